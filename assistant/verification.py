"""Checks a written answer sentence by sentence against the numbered sources it cites.

A sentence reaches the user only when it cites at least one supplied source, every marker points at a supplied
source, every figure and date in it occurs in a cited source, and every quotation is verbatim in one. Anything
else is dropped: a model may phrase, but it may not add facts.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

_MARKER = re.compile(r"\[(\d{1,3})\]")
# A sentence ends at . ! ? (with any markers written after the stop) before whitespace, or at a line break.
# A full stop between digits ("1.5") or before a digit is no sentence end.
_SENTENCE_END = re.compile(r"(?<=[.!?])((?:\s*\[\d{1,3}\])*)(?=\s|$)|\n+")
# Figures: a number grouped by spaces ("19 348", "1 200 000") or plain, with decimals ("5,2", "3.5").
_FIGURE = re.compile(r"(?<![\d,.])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[,.]\d+)?(?![\d])|(?<![\d,.])\d+(?:[,.]\d+)?")
# Quotations in the usual Swedish and English marks; short ones ("ja") are words, not quotes.
_QUOTE = re.compile(r"[\"”“»«]([^\"”“»«]{12,})[\"”“»«]")
_SPACE = re.compile(r"\s+")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class Checked:
    """One sentence of a written answer, the sources it cites, and why it was dropped (None: kept)."""

    text: str
    markers: tuple[int, ...]
    problem: str | None


@dataclass(frozen=True)
class Verified:
    """The kept sentences joined, and every sentence with its verdict."""

    text: str
    sentences: tuple[Checked, ...]

    @property
    def dropped(self) -> int:
        return sum(1 for s in self.sentences if s.problem)


def split_sentences(text: str) -> list[str]:
    """Sentences with the markers that follow them; a list item or line is a sentence of its own."""
    out: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end(1) if match.group(1) is not None else match.start()
        piece = text[start:end].strip()
        if _LETTER.search(piece):  # "1." of a numbered list or a lone dash is no sentence
            out.append(piece)
        start = match.end() if match.group(1) is None else end
    tail = text[start:].strip()
    if _LETTER.search(tail):
        out.append(tail)
    return out


def figures(text: str) -> set[str]:
    """The figures of a text, normalised: digit groups joined, decimal comma and point the same."""
    return {_SPACE.sub("", m.group(0)).replace(",", ".") for m in _FIGURE.finditer(_MARKER.sub(" ", text))}


def fold(text: str) -> str:
    return _SPACE.sub(" ", text).strip().lower()


def check_sentence(sentence: str, sources: Mapping[int, str]) -> Checked:
    """The verdict on one sentence, given the text of each supplied source by its number."""
    markers = tuple(dict.fromkeys(int(n) for n in _MARKER.findall(sentence)))
    if not markers:
        return Checked(sentence, markers, "no_marker")
    unknown = [n for n in markers if n not in sources]
    if unknown:
        return Checked(sentence, markers, "unknown_source")
    cited = [sources[n] for n in markers]
    supported = set().union(*(figures(text) for text in cited))
    if not figures(sentence) <= supported:
        return Checked(sentence, markers, "unsupported_figure")
    folded = [fold(text) for text in cited]
    for quote in _QUOTE.findall(sentence):
        if not any(fold(quote) in text for text in folded):
            return Checked(sentence, markers, "quote_not_verbatim")
    return Checked(sentence, markers, None)


def verify(text: str, sources: Mapping[int, str]) -> Verified:
    """Keep the sentences the cited sources support; join them with single spaces."""
    checked = tuple(check_sentence(s, sources) for s in split_sentences(text))
    kept = " ".join(c.text for c in checked if c.problem is None)
    return Verified(kept, checked)
