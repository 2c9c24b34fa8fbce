"""Typed results of the assistant: Hit (a retrieved chunk) and Answer with its Citations."""

from __future__ import annotations

from dataclasses import dataclass, field

from ingest.models import Chunk


@dataclass(frozen=True)
class Hit:
    """A retrieved chunk with its fused score and the ranks it had on each side."""

    chunk: Chunk
    score: float
    dense_rank: int | None = None
    keyword_rank: int | None = None
    dense_sim: float = 0.0


@dataclass(frozen=True)
class Citation:
    """A numbered source: where the quote stands (document, page or lines, section) and the quote itself.

    `page` is the PDF page (None for text exports); `line_start`/`line_end` count from 1 within that
    page for a PDF and within the file for a text export."""

    n: int
    chunk_id: str
    document_id: str
    source: str
    title: str
    page: int | None
    line_start: int
    line_end: int
    section: str
    diarienummer: str | None
    quote: str
    # For a kallelse or protokoll cited from the catalog: whether the text is a proposal or a decision, and a
    # board-style label ("Socialnämnden 2023-05-17 § 52, SOCN/2023:17, s. 7").
    basis: str | None = None
    label: str | None = None


@dataclass(frozen=True)
class Point:
    """One year's outcome in a series, the row text that states it and its citation."""

    year: int
    value: float
    text: str
    citation: Citation


@dataclass(frozen=True)
class Series:
    """A labelled series of yearly outcomes, oldest first (see assistant/series.py)."""

    label: str
    unit: str
    points: tuple[Point, ...]


@dataclass(frozen=True)
class Answer:
    """The assistant's reply: text with [n] markers, the citations they point to, whether it abstained, and
    whether it answers only part of the question (an asked year no document covers), and which writer wrote it."""

    question: str
    text: str
    abstained: bool
    citations: tuple[Citation, ...]
    hits: tuple[Hit, ...] = field(default=())
    conversation_id: str | None = None
    evidence: float = 0.0
    partial: bool = False
    series: Series | None = None
    # Who wrote the text: "extractive" (quoted sentences) or "llm" (a chat model, every sentence verified).
    writer: str = "extractive"
    # LLM sentences removed because a marker, figure, date or quote was not supported by the cited sources.
    dropped_sentences: int = 0
    # Why an LLM answer fell back to the extractive one ("timeout", "error", "unsupported"), if it did.
    fallback: str | None = None
    # A follow-up rewritten to stand alone ("Och 2021?" → "Hur stort var underskottet 2021?"); else the question.
    standalone_question: str | None = None


ABSTAIN_TEXT = "Jag hittar inget om det i handlingarna."
IDENTITY_NUMBER_REFUSAL = ("Personnummer och samordningsnummer lämnas inte ut: de maskeras (ÅÅMMDD-XXXX) när "
                           "handlingarna läses in.")
# Asked what was decided when the documents hold only the proposal (a kallelse without its protokoll): no answer, said
# the same way, before the proposal that is shown as what the documents do hold.
NO_DECISION = "Jag hittar inget beslut om det i handlingarna, bara förvaltningens förslag:"
# Asked what was decided, found only the kallelse that called the meeting (its agenda): the outcome is in no document.
NO_DECISION_CALLED = "Jag hittar inget beslut om det i handlingarna, bara kallelsen till sammanträdet:"
# Asked what a board answered, found only the request for its answer (an audit report's "svar senast …").
NO_REPLY = "Jag hittar inget svar i handlingarna, bara begäran om svar:"


def no_board_documents(committee: str) -> str:
    """The answer to a question filtered to a board that no indexed document is of (Assistant._board_documents)."""
    return f"Det finns inga handlingar från {committee.strip()} i indexet."
