"""Answer writers: who turns the evidence into the reply's text, behind one Protocol.

The extractive answerer always runs first: it decides whether the documents answer at all and gives the
answer every other writer falls back to. A writer then gets that answer with the same hits and writes its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Protocol

from assistant.models import Answer, Citation, Hit
from assistant.query import QueryPlan

# A word with the whitespace after it, or leading whitespace alone: joined again they give the text back exactly.
_PIECE = re.compile(r"\S+\s*|\s+")


@dataclass(frozen=True)
class AnswerStream:
    """An answer being written: what is known before the first token, then the text pieces as they come.

    `sources` are the numbered passages the writer may cite (the [n] in the pieces point at them); the last item
    of `events` is the final, verified Answer, whose text and citations are authoritative."""

    conversation_id: str | None
    abstained: bool
    sources: tuple[Citation, ...]
    events: Iterator[str | Answer]


class AnswerWriter(Protocol):
    """Writes the reply from the extractive answer and the hits it rests on."""

    name: str

    def write(self, plan: QueryPlan, hits: Sequence[Hit], extractive: Answer) -> Answer:
        """The final answer."""
        ...

    def stream(self, plan: QueryPlan, hits: Sequence[Hit], extractive: Answer) -> AnswerStream:
        """The answer as text pieces, ending with the final answer."""
        ...

    def standalone(self, previous: str, question: str, by_rules: str) -> str:
        """A follow-up rewritten to stand alone; `by_rules` is the rule-based rewrite and the fallback."""
        ...


def word_pieces(text: str) -> list[str]:
    return _PIECE.findall(text)


class ExtractiveWriter:
    """The extractive answer as it is: quoted sentences, no LLM. The offline default."""

    name = "extractive"

    def write(self, plan: QueryPlan, hits: Sequence[Hit], extractive: Answer) -> Answer:
        return extractive

    def stream(self, plan: QueryPlan, hits: Sequence[Hit], extractive: Answer) -> AnswerStream:
        return AnswerStream(extractive.conversation_id, extractive.abstained, extractive.citations, _pieces_then(extractive))

    def standalone(self, previous: str, question: str, by_rules: str) -> str:
        return by_rules


def _pieces_then(answer: Answer) -> Iterator[str | Answer]:
    # The answer is complete before the first event, so it is cut into word-sized pieces.
    yield from word_pieces(answer.text)
    yield answer
