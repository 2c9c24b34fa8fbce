"""HTTP request and response models; they live only here and are built from the domain types at the edge."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, Field

from assistant.models import Answer, Citation, Hit, Series
from assistant.service import DocumentView
from index.catalog import DocumentRecord
from index.store import IngestOutcome, IngestReport, SearchFilter
from ingest.models import DocumentType, FileFormat

# A document-type filter value: one of the types the parser gives, or blank (a form's "all", no restriction).
TypeFilter = Literal[DocumentType, ""]

NON_BLANK: dict[str, object] = {"minLength": 1, "pattern": r"\S"}
Year = Annotated[int, Field(ge=1900, le=2100)]


class ErrorOut(BaseModel):
    """The one error shape of the API: a short code and a Swedish message for the user."""

    error: str = Field(description="Short machine-readable code, e.g. 'invalid_question'.")
    detail: str = Field(description="Message for the user, in Swedish.")


class FiltersIn(BaseModel):
    """Optional restrictions on which chunks may be searched or cited."""

    years: list[Year] = Field(default_factory=list, max_length=50, description="Only chunks about these years.")
    document_types: list[TypeFilter] = Field(
        default_factory=list, max_length=20, description="Only these document types; blank means no restriction.")
    diarienummer: str | None = Field(None, max_length=100, description="Only chunks of this ärende, e.g. 'SOCN/2023:17'.")
    committee: str | None = Field(None, max_length=100, description="Only documents of this board, e.g. 'Socialnämnden'.")

    def to_domain(self) -> SearchFilter:
        types = tuple(t for t in self.document_types if t.strip())  # blank means no restriction, as in /api/search
        return SearchFilter(tuple(self.years), types, self.diarienummer or None, (self.committee or "").strip() or None)


class ChatIn(BaseModel):
    """A question, optionally continuing a conversation."""

    # Only documented here, not enforced: the assistant's own check rejects blank and over-long questions with
    # its Swedish message, and the length limit comes from Settings (web.openapi writes it into the schema).
    question: str = Field(description="The question, in Swedish or English.", json_schema_extra=NON_BLANK)
    conversation_id: str | None = Field(None, max_length=64, pattern=r"^[A-Za-z0-9_-]+$",
                                        description="Id from an earlier answer, so follow-ups are read in context.")
    filters: FiltersIn | None = Field(None, description="Optional restrictions on the sources.")


class HitOut(BaseModel):
    """One retrieved passage."""

    chunk_id: str
    document_id: str
    source: str = Field(description="Original file name.")
    title: str
    page: int | None = Field(description="Page number in the PDF; null for text files (see line_start).")
    line_start: int
    line_end: int
    section: str
    diarienummer: str | None
    document_type: DocumentType
    years: list[int]
    text: str
    fact: str | None = Field(description="For a table row: the row read out as a sentence.")
    score: float

    @classmethod
    def from_hit(cls, hit: Hit) -> HitOut:
        c = hit.chunk
        return cls(chunk_id=c.chunk_id, document_id=c.document_id, source=c.source, title=c.title, page=c.page,
                   line_start=c.line_start, line_end=c.line_end, section=c.section, diarienummer=c.diarienummer,
                   document_type=c.document_type, years=list(c.years), text=c.text, fact=c.fact, score=hit.score)


class SearchOut(BaseModel):
    query: str
    hits: list[HitOut]


class CitationOut(BaseModel):
    """A numbered source: marker [n] in the answer points here."""

    n: int
    chunk_id: str
    document_id: str
    source: str = Field(description="Original file name.")
    title: str
    page: int | None = Field(description="Page number in the PDF; null for text files (see line_start/line_end).")
    line_start: int
    line_end: int
    section: str
    diarienummer: str | None
    quote: str = Field(description="Verbatim excerpt of the cited passage.")
    basis: Literal["proposal", "decision"] | None = Field(None, description="For meeting documents: 'proposal' (förvaltningens förslag) or "
                              "'decision' (the protokoll's beslut).")
    label: str | None = Field(None, description="Board-style label, e.g. 'Socialnämnden 2023-02-22 § 18, SOCN/2023:17'.")

    @classmethod
    def from_citation(cls, c: Citation) -> CitationOut:
        return cls(n=c.n, chunk_id=c.chunk_id, document_id=c.document_id, source=c.source, title=c.title,
                   page=c.page, line_start=c.line_start, line_end=c.line_end, section=c.section,
                   diarienummer=c.diarienummer, quote=c.quote, basis=c.basis, label=c.label)


class PointOut(BaseModel):
    year: int
    value: float
    citation: CitationOut


class SeriesOut(BaseModel):
    """Figures over time: one table row's yearly values, each with its own citation."""

    label: str
    unit: str = Field(description="The unit the table states, e.g. 'tkr'; empty when it states none.")
    points: list[PointOut]

    @classmethod
    def from_series(cls, series: Series) -> SeriesOut:
        return cls(label=series.label, unit=series.unit, points=[
            PointOut(year=p.year, value=p.value, citation=CitationOut.from_citation(p.citation)) for p in series.points])


class ChatOut(BaseModel):
    conversation_id: str
    question: str
    answer: str = Field(description="Answer text with [n] markers pointing at citations.")
    abstained: bool = Field(description="True when the documents hold no answer. Asked what was decided when only "
                            "the proposal is known, or for a year or month of which only another's figures are "
                            "found, it is true together with `partial`, and what there is is cited.")
    partial: bool = Field(False, description="True when the answer covers only part of the question: an asked year "
                          "no document covers (the nearest is given), an asked month or year of which only another's "
                          "figures are found, or a decision of which only the proposal is known.")
    citations: list[CitationOut]
    series: SeriesOut | None = Field(None, description="For a question about how something developed: the yearly "
                                     "values, each with its citation (also among `citations`).")
    writer: Literal["llm", "extractive"] = Field(
        "extractive", description="Who wrote the text: 'llm' (a chat model, every sentence verified against the "
        "sources it cites) or 'extractive' (quoted sentences; also the fallback when the LLM fails).")
    dropped_sentences: int = Field(0, description="LLM sentences removed because a marker, figure, date or quote "
                                   "was not supported by the cited sources.")
    standalone_question: str = Field(description="The question as it stands alone: a follow-up ('Och 2021?') "
                                     "rewritten with the conversation's previous question, a question with a "
                                     "typing error as it was read ('forsorjningsstod' → 'försörjningsstöd'); "
                                     "else the question.")

    @classmethod
    def from_answer(cls, answer: Answer) -> ChatOut:
        return cls(conversation_id=answer.conversation_id or "", question=answer.question, answer=answer.text,
                   abstained=answer.abstained, partial=answer.partial,
                   citations=[CitationOut.from_citation(c) for c in answer.citations],
                   series=SeriesOut.from_series(answer.series) if answer.series else None,
                   writer="llm" if answer.writer == "llm" else "extractive",
                   dropped_sentences=answer.dropped_sentences,
                   standalone_question=answer.standalone_question or answer.question)


class MetaEvent(BaseModel):
    """First event of a stream: the conversation, whether the assistant abstained, and the sources the [n] in the
    pieces point at (for an LLM answer: every passage it was given; `done` has the ones the final text cites)."""

    type: Literal["meta"] = "meta"
    conversation_id: str
    abstained: bool
    citations: list[CitationOut]


class DeltaEvent(BaseModel):
    """The next piece of the answer text; the pieces joined give the answer."""

    type: Literal["delta"] = "delta"
    text: str


class DoneEvent(BaseModel):
    """Last event of a stream: the complete, final answer (authoritative over the joined pieces and meta)."""

    type: Literal["done"] = "done"
    answer: str
    abstained: bool = False
    citations: list[CitationOut] = Field(default_factory=list, description="The citations of the final text.")
    writer: Literal["llm", "extractive"] = "extractive"
    dropped_sentences: int = 0
    partial: bool = False
    series: SeriesOut | None = None
    standalone_question: str | None = Field(None, description="The question as it stands alone (as in /api/chat), "
                                            "so the page can show how a follow-up or a mistyped question was read.")


class ErrorEvent(BaseModel):
    """Sent instead of `done` when the stream fails after it started."""

    type: Literal["error"] = "error"
    error: str
    detail: str


StreamEvent = Annotated[MetaEvent | DeltaEvent | DoneEvent | ErrorEvent, Field(discriminator="type")]


class _DocumentMeta(BaseModel):
    """Catalog fields shared by the list and the detail view."""

    document_id: str
    file_name: str = Field(description="Original file name.")
    title: str
    document_type: DocumentType
    file_format: FileFormat
    meeting_date: str | None
    years: list[int]
    has_pages: bool = Field(description="False for text files, whose citations give line spans instead of pages.")
    chunks: int
    ingested_at: str

    @staticmethod
    def fields_of(r: DocumentRecord) -> dict[str, object]:
        return {"document_id": r.document_id, "file_name": r.file_name, "title": r.title,
                "document_type": r.document_type, "file_format": r.file_format, "meeting_date": r.meeting_date,
                "years": list(r.years), "has_pages": r.has_pages, "chunks": r.chunks, "ingested_at": r.ingested_at}


class DocumentOut(_DocumentMeta):
    """A catalogued document, as listed."""

    pages: int = Field(description="Number of pages (1 for text files).")

    @classmethod
    def from_record(cls, r: DocumentRecord) -> DocumentOut:
        return cls(**cls.fields_of(r), pages=r.pages)  # type: ignore[arg-type]


class DocumentListOut(BaseModel):
    documents: list[DocumentOut]


class PageOut(BaseModel):
    number: int
    text: str


class AgendaItemOut(BaseModel):
    nr: str
    title: str
    diarienummer: str | None


class DocumentDetailOut(_DocumentMeta):
    """A document with its page texts and, for a kallelse, its agenda."""

    page_count: int = Field(description="Number of pages (1 for text files).")
    pages: list[PageOut] = Field(description="The text of every page as read; a text file is one page.")
    agenda: list[AgendaItemOut]

    @classmethod
    def from_view(cls, view: DocumentView) -> DocumentDetailOut:
        return cls(**cls.fields_of(view.record), page_count=view.record.pages,  # type: ignore[arg-type]
                   pages=[PageOut(number=n, text=t) for n, t in view.pages],
                   agenda=[AgendaItemOut(nr=a.nr, title=a.title, diarienummer=a.diarienummer) for a in view.agenda])


class HealthOut(BaseModel):
    status: Literal["ok"]
    documents: int
    chunks: int


OutcomeStatus = Literal["added", "updated", "unchanged", "skipped", "removed"]


class OutcomeOut(BaseModel):
    """What happened to one file: added, updated (replaced an earlier version), unchanged, skipped (with the
    reason) or removed."""

    file: str = Field(description="The file name as stored (uploads get a safe name).")
    document_id: str | None = Field(description="The document's id; null when the file was skipped and is not "
                                    "indexed.")
    status: OutcomeStatus
    pages: int = Field(description="Pages read (1 for text and Word files).")
    chunks: int = Field(description="Passages indexed.")
    reason: str | None = Field(description="Why the file was skipped, in Swedish; null otherwise.")

    @classmethod
    def from_outcome(cls, o: IngestOutcome) -> OutcomeOut:
        return cls(file=o.file, document_id=o.document_id,
                   status=o.status, pages=o.pages, chunks=o.chunks, reason=o.reason)


class IngestReportOut(BaseModel):
    """The report of an upload, removal or re-index: one outcome per file, and the counts."""

    outcomes: list[OutcomeOut]
    added: int
    updated: int
    unchanged: int
    skipped: int
    removed: int
    seconds: float = Field(description="Time the ingest took (waiting for the writer lock included).")

    @classmethod
    def from_report(cls, report: IngestReport) -> IngestReportOut:
        return cls(outcomes=[OutcomeOut.from_outcome(o) for o in report.outcomes], added=report.count("added"),
                   updated=report.count("updated"), unchanged=report.count("unchanged"),
                   skipped=report.count("skipped"), removed=report.count("removed"), seconds=round(report.seconds, 3))
