"""Typed data that flows out of ingest: SourceDocument → Block → Section/AgendaItem → Chunk."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, get_args

BlockKind = Literal["heading", "paragraph", "list_item", "table"]
ChunkKind = Literal["text", "table", "table_row", "field", "agenda"]
# The kinds of a chunk that is one row of a table, with its fact: a table's row, or a field grid's field.
ROW_KINDS = ("table_row", "field")


@dataclass(frozen=True)
class Page:
    """One page of a document as the reader rendered it; citations are checked against this text."""

    number: int
    text: str
    # Where each line of `text` stands in the source: the first and last line of the file (of the page, for a PDF),
    # as chunks count them. The text leaves out blank lines and joins a paragraph's wrapped lines into one.
    lines: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class Block:
    """A heading, paragraph, list item or table, in reading order, with where it stands."""

    kind: BlockKind
    text: str
    page: int
    line_start: int
    line_end: int
    level: int = 0
    rows: tuple[tuple[str, ...], ...] = ()
    # For a text of several lines (a table's rows), the first and last source line of each; empty when not known,
    # and then each line of the text is placed on the whole block (see source_lines).
    lines: tuple[tuple[int, int], ...] = ()


def source_lines(block: Block) -> tuple[tuple[int, int], ...]:
    """The first and last source line of each line of a block's text."""
    count = block.text.count("\n") + 1
    if len(block.lines) == count:
        return block.lines
    return ((block.line_start, block.line_end),) * count


# The closed set of document types `ingest.structure.classify` gives a document or a part of one; the API's
# schema enumerates it, so a client knows every filter value before anything is indexed.
DocumentType = Literal["kallelse", "protokoll", "tjänsteskrivelse", "årsredovisning", "delårsrapport", "månadsrapport",
                       "internkontroll", "motion", "yttrande", "plan", "kvalitetsberättelse", "rapport"]
DOCUMENT_TYPES: tuple[str, ...] = get_args(DocumentType)
FileFormat = Literal["pdf", "text", "markdown", "html", "docx"]


@dataclass(frozen=True)
class SourceDocument:
    """A file as read: its identity, its pages and its blocks."""

    document_id: str
    path: str
    file_name: str
    file_hash: str
    file_format: FileFormat
    pages: tuple[Page, ...]
    blocks: tuple[Block, ...]
    has_pages: bool
    # Running header/footer lines the reader set apart from the text ("KATRINEHOLMS KOMMUN Socialnämnden"):
    # not body text, but they name the board and municipality.
    letterhead: tuple[str, ...] = ()
    # Those of its lines that state what the text does not (ingest/letterhead.header_facts), as page 1 shows them.
    header: Block | None = None
    # The title the file states of itself apart from its text (a Word document's properties, an HTML <title>, a
    # markdown title block); empty when none. Read only when the text names no title of its own.
    stated_title: str = ""


@dataclass(frozen=True)
class AgendaItem:
    """One line of a kallelse's agenda: number, ärende title and diarienummer (beteckning)."""

    nr: str
    title: str
    diarienummer: str | None


@dataclass(frozen=True)
class Section:
    """A run of blocks under one heading path, inside one part (ärende or attachment)."""

    path: tuple[str, ...]
    part_title: str
    part_type: str
    diarienummer: str | None
    blocks: tuple[Block, ...]
    years: tuple[int, ...] = ()


@dataclass(frozen=True)
class Chunk:
    """The unit we index and cite: verbatim text plus the metadata that locates it."""

    chunk_id: str
    document_id: str
    source: str
    position: int
    kind: ChunkKind
    text: str
    context: str
    document_type: str
    title: str
    section_path: tuple[str, ...]
    page: int | None
    line_start: int
    line_end: int
    meeting_date: str | None
    diarienummer: str | None
    years: tuple[int, ...]
    fact: str | None = None

    @property
    def section(self) -> str:
        return " › ".join(self.section_path)


@dataclass(frozen=True)
class ParsedDocument:
    """A document split into its parts, ready for the index."""

    source: SourceDocument
    document_type: str
    title: str
    meeting_date: str | None
    years: tuple[int, ...]
    agenda: tuple[AgendaItem, ...]
    sections: tuple[Section, ...]
    chunks: tuple[Chunk, ...] = field(default=())
    committee: str | None = None  # the board, as the document names it: "Socialnämnden", "Kommunstyrelsen"
    municipality: str | None = None  # "Katrineholms kommun", "Malmö stad", "Region Sörmland"
    board: BoardRecord | None = None  # meetings, ärenden, proposals and decisions of a kallelse or protokoll


# The outcome labels of a protokoll paragraph (one per §), as the board's secretariat would sort them.
Outcome = Literal[
    "beslutat enligt förslag",
    "beslutat med ändring",
    "återremitterat",
    "bordlagt",
    "sekretess",
    "informationsärende/lägges till handlingarna",
    "formalia",
]


@dataclass(frozen=True)
class Substitute:
    """An ersättare who took part in the decisions in place of an absent ledamot."""

    name: str
    replaces: str | None


@dataclass(frozen=True)
class Meeting:
    """The first page of a protokoll: who met, when and where, who signed."""

    committee: str | None
    date: str | None
    time: str | None
    place: str | None
    chair: str | None
    secretary: str | None
    justerare: tuple[str, ...]
    paragraph_range: str | None
    beslutande: tuple[str, ...] = ()
    tjanstgorande_ersattare: tuple[Substitute, ...] = ()
    ersattare: tuple[str, ...] = ()


@dataclass(frozen=True)
class Yrkande:
    """A motion made during the meeting: who moved it, what it says, who supported it."""

    by: str
    text: str
    supporters: tuple[str, ...] = ()


@dataclass(frozen=True)
class Vote:
    """The result of an omröstning."""

    ja: int
    nej: int
    avstar: int
    result: str
    # A roll-call vote (omröstning med namnupprop, kommunallagen 5 kap. 55 §): each member and how they voted, "ja",
    # "nej" or "avstår", read from the minutes' omröstningslista; empty when the minutes give counts only.
    roll_call: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Paragraph:
    """One § of a protokoll (or a block of §§ sharing one heading), with the decision and how it came about."""

    nr: str
    first: int
    last: int
    title: str
    dnr: str | None
    decision: str
    outcome: Outcome
    page: int
    line: int
    decision_page: int | None
    decision_line: int | None
    sekretess: bool
    yrkanden: tuple[Yrkande, ...] = ()
    votes: Vote | None = None
    reservationer: tuple[str, ...] = ()
    skickas_till: tuple[str, ...] = ()
    reason: str | None = None
    text: str = ""
    follows_proposal: bool | None = None


@dataclass(frozen=True)
class Protokoll:
    """A read protokoll: the meeting and its paragraphs in order."""

    file_name: str
    meeting: Meeting
    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True)
class Passage:
    """A verbatim text of a document and where it stands (page None for text exports, whose lines count from 1)."""

    text: str
    page: int | None
    line: int


@dataclass(frozen=True)
class BoardItem:
    """One ärende of a meeting as one document shows it: a kallelse's agenda line with the tjänsteskrivelse's
    proposal, or a protokoll's § with its decision. Nothing under a sekretess item is kept."""

    position: int
    number: str | None  # the agenda number ("5", "5.-16"); for a protokoll the § number
    paragraph: str | None  # "52", "49–60"; None in a kallelse
    title: str
    diarienummer: str | None
    sekretess: bool
    heading: Passage | None = None
    proposal: Passage | None = None  # förslag till beslut (kallelse)
    summary: Passage | None = None  # sammanfattning / ärendebeskrivning (kallelse)
    decision: Passage | None = None  # beslut (protokoll)
    outcome: Outcome | None = None
    yrkanden: tuple[Yrkande, ...] = ()
    votes: Vote | None = None
    reservationer: tuple[str, ...] = ()
    skickas_till: tuple[str, ...] = ()  # the protokoll's, or the tjänsteskrivelse's "Beslutet skickas till"
    body: tuple[Passage, ...] = ()  # the § 's blocks (yrkanden, propositionsordning, reservation …) for citing
    handlaggare: str | None = None  # the tjänsteskrivelse's handläggare (kallelse)
    date: str | None = None  # the tjänsteskrivelse's date, YYYY-MM-DD (kallelse)


@dataclass(frozen=True)
class BoardRecord:
    """What one meeting document says about the meeting and its ärenden."""

    kind: Literal["kallelse", "protokoll", "tjänsteskrivelse"]  # a tjänsteskrivelse's meeting has only its board
    meeting: Meeting
    items: tuple[BoardItem, ...]
