"""Typing errors in questions: a topic word that neither the documents nor the Swedish dictionary know is most likely
mistyped ("verksamhhetskostnader") or typed without å, ä and ö ("forsorjningsstod"), and is read as the word the
documents use.

One edit is one of Damerau's four kinds of single error — a letter left out, added, changed, or two neighbours
swapped — which cover most typing errors; it is tried on words of six letters or more (shorter words have too many
neighbours). Å, ä and ö are put back in any word of three letters or more. A capitalised word is a name and stays as
written. The Swedish dictionary is the Hunspell one keyword analysis uses (index/swedish.py), so a real word the
documents lack ("fotbollsplan") is never "corrected" into one they have: it stays unknown, and the evidence model may
refuse.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.query import QUESTION_WORDS, QueryPlan
from index.swedish import STOPWORDS, compound_parts, dictionary, stem

MIN_LENGTH = 6
_LETTERS = "abcdefghijklmnopqrstuvwxyzåäöé"


def edits(word: str) -> set[str]:
    """Every string one edit from `word` (deleted, inserted, replaced or transposed letter)."""
    out: set[str] = set()
    for i in range(len(word) + 1):
        head, tail = word[:i], word[i:]
        if tail:
            out.add(head + tail[1:])
        if len(tail) > 1:
            out.add(head + tail[1] + tail[0] + tail[2:])
        for letter in _LETTERS:
            out.add(head + letter + tail)
            if tail:
                out.add(head + letter + tail[1:])
    out.discard(word)
    return out


# A keyboard without å, ä and ö writes a and o for them ("forsorjningsstod"): each a may stand for å or ä, each o
# for ö. At most this many spellings are tried for one word (a word with many a's and o's is rarely typed so).
_RESTORED = {"a": "aåä", "o": "oö"}
MAX_RESTORATIONS = 243


def restorations(word: str) -> set[str]:
    """The spellings of a word typed without å, ä and ö that put them back (none when it has one already)."""
    if re.search("[åäö]", word):
        return set()
    out = [""]
    for letter in word:
        out = [head + option for head in out for option in _RESTORED.get(letter, letter)]
        if len(out) > MAX_RESTORATIONS:
            return set()
    return set(out) - {word}


def is_word(word: str) -> bool:
    """The Swedish dictionary knows the word, as an inflected form or as a compound of its words."""
    return dictionary().lemma(word) is not None or bool(compound_parts(word))


def corrections(plan: QueryPlan, counts: Callable[[Sequence[str]], dict[str, int]]) -> dict[str, str]:
    """Mistyped topic word (or two words of a compound written apart) → the dictionary word the documents use most
    among its spellings with å, ä and ö put back, else among those one edit away; `counts` gives the index's
    document frequencies of the terms that occur."""
    if plan.english:
        return {}
    names = {w.lower() for w in re.findall(r"\b[A-ZÅÄÖ]\w*", plan.question)}
    # A question with no å, ä or ö at all was likely typed on a keyboard without them: there a word the documents do
    # not use is read with them put back even when it is a word as written ("okade" is a form of 'oka', to yoke;
    # "manga" is a loan word), and a question word ("hur manga", "nar") is put back as well.
    keyless = not re.search("[åäöÅÄÖ]", plan.question)
    out: dict[str, str] = {}
    asked = [c for c in plan.concepts
             if not c.inherited and c.word.isalpha() and c.word not in names and len(c.word) >= 3]
    # Most words are known: that is read first, for all of them in one look-up (one each was a database read
    # each), and the candidates are made only for the others.
    known = counts(sorted({s for c in asked for s in c.whole_stems()})) if asked else {}
    for concept in asked:
        word = concept.word
        if any(s in known for s in concept.whole_stems()):
            continue
        real = is_word(word)
        if real and not keyless:
            continue
        restored = restorations(word)
        question_words = restored & QUESTION_WORDS if keyless else set()
        if question_words:
            out[word] = max(question_words)
            continue
        edited = edits(word) if len(word) >= MIN_LENGTH and not real else set()
        stems = {candidate: stem(candidate) for candidate in restored | edited}
        found = counts(sorted(set(stems.values())))
        # A spelling with å, ä or ö put back explains the word without an error: it goes before an edit.
        ranked = [(c in restored, found[s], c) for c, s in stems.items() if s in found and is_word(c)]
        if ranked:
            out[word] = max(ranked)[2]
    out.update(_joined(plan.question, counts))
    return out


def _joined(question: str, counts: Callable[[Sequence[str]], dict[str, int]]) -> dict[str, str]:
    """Compounds written apart ("verksamhets kostnader", särskrivning): two neighbouring lower-case words whose
    joined form is a compound the dictionary makes and the documents use. A stop word never begins one ("för
    skolan" is not "förskolan")."""
    words = [(m[0], m.start(), m.end()) for m in re.finditer(r"(?<![\w-])[a-zåäö]+(?![\w-])", question)]
    pairs = {f"{a} {b}": a + b for (a, _, end), (b, start, _) in zip(words, words[1:], strict=False)
             if question[end:start] == " " and len(a) >= 2 and len(b) >= 3 and a not in STOPWORDS
             and b not in STOPWORDS and compound_parts(a + b)}
    if not pairs:
        return {}
    found = counts(sorted({stem(joined) for joined in pairs.values()}))
    return {pair: joined for pair, joined in pairs.items() if stem(joined) in found}


def corrected(question: str, fixes: dict[str, str]) -> str:
    """The question with each mistyped word replaced by its correction (first occurrence, case kept lower)."""
    for word, fixed in fixes.items():
        question = re.sub(rf"(?i)(?<![\w-]){re.escape(word)}(?![\w-])", fixed, question, count=1)
    return question
