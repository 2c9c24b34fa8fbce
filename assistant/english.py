"""English questions: telling them from Swedish ones, and Swedish words for their content words.

Translations come from the FreeDict English–Swedish and Swedish–English dictionaries (Debian packages
`dict-freedict-eng-swe` and `dict-freedict-swe-eng`, dictd format, GPL; the Makefile installs them). Both
directions are read, the second one reversed, since each holds words the other lacks. They are general
dictionaries of a few thousand headwords each: the domain's own terms (deficit, foster home, …) come from the
glossary in assistant/synonyms.py. Without the files the assistant logs a warning and translates nothing.
"""

from __future__ import annotations

import gzip
import logging
import re
from functools import lru_cache
from pathlib import Path

from index.stopwords import ENGLISH_STOPWORDS, SWEDISH_STOPWORDS

log = logging.getLogger(__name__)

DICTD_DIR = Path("/usr/share/dictd")
_WORD = re.compile(r"[a-zåäöéü]+")
_ENGLISH_ONLY = ENGLISH_STOPWORDS - SWEDISH_STOPWORDS
_SWEDISH_ONLY = SWEDISH_STOPWORDS - ENGLISH_STOPWORDS
# The first few senses are the common ones; the rest of a long entry is mostly noise for search.
_MAX_TRANSLATIONS = 4
# Regular English inflections, tried when a word itself is not a headword: (ending, replacement).
_ENGLISH_ENDINGS = (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
                    ("ing", "e"))
# The past tense and past participle of common English irregular verbs (the table of any English grammar), so
# "spent", "rose" and "held" find "spend", "rise" and "hold". A form that is also a headword of its own ("left",
# "found", "saw", "fell") is looked up as itself first.
_IRREGULAR_VERBS = {
    form: base for base, forms in {
        "be": "was were been", "become": "became", "begin": "began begun", "bring": "brought", "build": "built",
        "buy": "bought", "choose": "chose chosen", "come": "came", "cost": "cost", "cut": "cut", "do": "did done",
        "draw": "drew drawn", "drive": "drove driven", "fall": "fell fallen", "feel": "felt", "find": "found",
        "forbid": "forbade forbidden", "forecast": "forecast", "get": "got gotten", "give": "gave given",
        "go": "went gone", "grow": "grew grown", "have": "had", "hold": "held", "keep": "kept", "know": "knew known",
        "lead": "led", "leave": "left", "lend": "lent", "let": "let", "lose": "lost", "make": "made", "mean": "meant",
        "meet": "met", "pay": "paid", "put": "put", "read": "read", "rise": "rose risen", "run": "ran",
        "say": "said", "see": "saw seen", "sell": "sold", "send": "sent", "set": "set", "show": "shown",
        "shut": "shut", "sit": "sat", "speak": "spoke spoken", "spend": "spent", "stand": "stood",
        "take": "took taken", "teach": "taught", "tell": "told", "think": "thought", "understand": "understood",
        "win": "won", "write": "wrote written",
    }.items() for form in forms.split()
}
# English nouns with irregular plurals (English grammar), so the plural finds the singular's headword.
_IRREGULAR_PLURALS = {"children": "child", "women": "woman", "men": "man", "people": "person", "feet": "foot",
                      "teeth": "tooth", "mice": "mouse", "lives": "life", "wives": "wife", "knives": "knife"}
_BASE64 = {c: i for i, c in enumerate("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")}


def is_english(text: str) -> bool:
    """True when the text uses more English than Swedish function words (Snowball's stop word lists;
    words both languages share, such as 'i' and 'under', count for neither)."""
    words = _WORD.findall(text.lower())
    english = sum(word in _ENGLISH_ONLY for word in words)
    swedish = sum(word in _SWEDISH_ONLY for word in words)
    return english > swedish


def translate(text: str) -> list[tuple[str, str]]:
    """(English word or phrase, its Swedish translations space-joined) for the content words of an English
    text; two-word phrases the dictionary knows are taken whole. Words it does not know are left out."""
    glossary = english_swedish()
    words = _WORD.findall(text.lower())
    out: dict[str, str] = {}
    i = 0
    while i < len(words):
        pair = " ".join(words[i : i + 2])
        if i + 1 < len(words) and pair in glossary:
            out[pair] = glossary[pair]
            i += 2
            continue
        word = words[i]
        i += 1
        if word in ENGLISH_STOPWORDS or len(word) < 3:
            continue
        found = _lookup(word, glossary)
        if found:
            out.setdefault(word, found)
    return list(out.items())


def is_english_word(word: str) -> bool:
    """The general English–Swedish dictionary knows the word (in any inflection it reads): a capitalised one in an
    English question is a title's word ("the Social Services Act"), not a name."""
    return _lookup(word.lower(), english_swedish()) is not None or word.lower() in ENGLISH_STOPWORDS


def _lookup(word: str, glossary: dict[str, str]) -> str | None:
    if word in glossary:
        return glossary[word]
    if _IRREGULAR_PLURALS.get(word) in glossary:
        return glossary[_IRREGULAR_PLURALS[word]]
    if _IRREGULAR_VERBS.get(word) in glossary:
        return glossary[_IRREGULAR_VERBS[word]]
    for ending, replacement in _ENGLISH_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            base = word[: -len(ending)] + replacement
            if base in glossary:
                return glossary[base]
    return None


@lru_cache(maxsize=2)
def english_swedish(folder: Path = DICTD_DIR) -> dict[str, str]:
    """Lower-case English headword or phrase → Swedish translations (space-joined), read once per process."""
    senses: dict[str, list[str]] = {}
    for english, swedish in _entries(folder, "freedict-eng-swe"):
        senses.setdefault(english, []).extend(swedish)
    for swedish, english_words in _entries(folder, "freedict-swe-eng"):
        for english in english_words:
            senses.setdefault(english, []).append(swedish)
    return {english: " ".join(dict.fromkeys(words[:_MAX_TRANSLATIONS])) for english, words in senses.items()
            if words}


def _entries(folder: Path, name: str) -> list[tuple[str, list[str]]]:
    """(headword, translations) of a dictd dictionary: the .index gives each entry's offset and length in
    base64, the .dict.dz (gzip-compatible dictzip) holds 'headword /ipa/' and then numbered translations."""
    index, data = folder / f"{name}.index", folder / f"{name}.dict.dz"
    if not (index.is_file() and data.is_file()):
        log.warning("Ordboken %s saknas (Debian-paketet dict-%s); engelska frågor översätts inte.", name, name)
        return []
    text = gzip.decompress(data.read_bytes())
    out = []
    for line in index.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) != 3 or fields[0].startswith("00database"):
            continue
        start, length = _base64(fields[1]), _base64(fields[2])
        head, *senses = text[start : start + length].decode("utf-8").strip().splitlines()
        headword = head.split(" /", 1)[0].strip().lower()
        translations = [_clean(t) for sense in senses for t in re.sub(r"^\d+\.\s*", "", sense).split(",")]
        out.append((headword, [t for t in translations if t]))
    return out


def _clean(translation: str) -> str:
    """A translation as plain lower-case words ('' for fragments such as 'sten‐')."""
    words = translation.strip().lower().split()
    return " ".join(words) if words and all(_WORD.fullmatch(w) for w in words) else ""


def _base64(digits: str) -> int:
    value = 0
    for char in digits:
        value = value * 64 + _BASE64[char]
    return value
