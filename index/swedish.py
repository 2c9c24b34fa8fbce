"""Swedish keyword normalisation: tokens, Snowball stems, definite forms and compound parts."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

import Stemmer

_TOKEN = re.compile(r"[a-zåäöéü]+|\d+(?:[ ,.]\d{3})*(?:,\d+)?", re.IGNORECASE)
_STEMMER = Stemmer.Stemmer("swedish")
# Swedish compounds join with a linking -s- ("försörjning-s-stöd") or nothing at all.
_LINKS = ("s", "")
_MIN_PART = 4

STOPWORDS = frozenset(
    """och i att det som på är av för med till den har de inte om ett han men var jag sig från vi så kan
    man när år säger hon under också efter eller nu sin där vid mot ska skall hade vad hur många mycket
    vilka vilken vilket varför när var finns fanns blev blir bli får fick sina sitt deras dess detta denna
    dessa där här än då the what how many much which was were is are of in for to and did does do a an
    by on at with from this that as be it its""".split()
)


@lru_cache(maxsize=1)
def lexicon() -> frozenset[str]:
    """Known Swedish words (lower case) used to split compounds; shipped with the package."""
    text = resources.files("index").joinpath("lexicon.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def lexicon_stems() -> frozenset[str]:
    return frozenset(_STEMMER.stemWords(list(lexicon())))


def _known(word: str) -> bool:
    return word in lexicon() or _STEMMER.stemWord(word) in lexicon_stems()


def tokens(text: str) -> list[str]:
    """Lower-case word and number tokens; '19 348' stays one number token '19348'."""
    out = []
    for match in _TOKEN.finditer(text.lower()):
        token = match.group(0)
        if token[0].isdigit():
            token = re.sub(r"[ .]", "", token)
        out.append(token)
    return out


# Plural and definite endings, longest first. Snowball alone lets 'kostnad' and 'kostnader' (or 'ärende'
# and 'ärendet') end in different stems, so a known base form is looked for first.
_INFLECTIONS = ("ernas", "arnas", "ornas", "erna", "arna", "orna", "ens", "ets", "en", "et", "er", "ar", "or",
                "na", "n", "t", "s")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Snowball stem of the word's base form: 'kostnaderna', 'kostnader' and 'kostnad' share one stem,
    as do 'underskottet'/'underskott' and 'familjehemmet'/'familjehem'."""
    if word[0].isdigit():
        return word
    return _STEMMER.stemWord(base_form(word))


@lru_cache(maxsize=200_000)
def base_form(word: str) -> str:
    """The lexicon word this inflected form comes from, or the word itself. The lexicon holds inflected
    forms too, so the shorter base is tried first."""
    words = lexicon()
    for suffix in _INFLECTIONS:
        base = word[: -len(suffix)]
        if not word.endswith(suffix) or len(base) < 3:
            continue
        if base in words:
            return base
        if len(base) >= 4 and base[-1] == base[-2] and base[:-1] in words:
            return base[:-1]  # 'familjehemmet' → 'familjehem'
    return word


@lru_cache(maxsize=200_000)
def compound_parts(word: str) -> tuple[str, ...]:
    """Split a compound where a known word ends: 'budgetavvikelse' → ('budget', 'avvikelse')."""
    if len(word) < 2 * _MIN_PART or word[0].isdigit():
        return ()
    for i in range(len(word) - _MIN_PART, _MIN_PART - 1, -1):
        head, tail = word[:i], word[i:]
        if not _known(tail):
            continue
        for link in _LINKS:
            if link and not head.endswith(link):
                continue
            first = head[: len(head) - len(link)] if link else head
            if len(first) >= _MIN_PART and _known(first):
                return (first, tail)
            if len(first) >= 2 * _MIN_PART:
                inner = compound_parts(first)
                if inner:
                    return (*inner, tail)
    return ()


def terms(text: str, *, keep_stopwords: bool = False) -> list[str]:
    """Index terms of a text: the stem of each word plus the stems of its compound parts."""
    out: list[str] = []
    for token in tokens(text):
        if not keep_stopwords and token in STOPWORDS:
            continue
        out.append(stem(token))
        out.extend(stem(part) for part in compound_parts(token))
    return out
