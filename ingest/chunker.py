"""Sections → chunks that never mix two ärenden, two sections or two pages; tables also become row facts."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from ingest.models import Block, Chunk, Section
from ingest.normalize import looks_like_heading
from ingest.patterns import YEAR, find_diarienummer, is_numeric, years_in
from ingest.protokoll_meeting import is_field_key

MAX_CHARS = 900
# A column named by its year: "2022", "2023 (riket)".
_YEAR_CELL = re.compile(rf"^(?:{YEAR.pattern})(?:\s*\(.*\))?$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9])")


@dataclass(frozen=True)
class DocumentInfo:
    """What every chunk of one document shares."""

    document_id: str
    source: str
    title: str
    source_type: str
    meeting_date: str | None
    years: tuple[int, ...]
    has_pages: bool


def chunk_sections(sections: list[Section], info: DocumentInfo) -> list[Chunk]:
    """Cut each section into chunks of at most MAX_CHARS; tables become a table chunk plus one chunk per row."""
    chunks: list[Chunk] = []
    carried_header: tuple[tuple[str, ...], str] | None = None
    for section in sections:
        group: list[Block] = []
        for block in section.blocks:
            if block.kind == "table" and not block.text.strip():
                # A table without a cell of text (an HTML agenda row's empty "Handlingar" cell) is no table: taken
                # for one, it took the line above as its caption and emitted neither ("Föredragande: Sofie Lind,
                # ekonom" was in no passage).
                continue
            if block.kind == "table":
                # A short line right above a table, without closing punctuation, is its caption ("Nettokostnad per
                # verksamhet (mnkr)"): it names the rows' measure and unit better than the section heading does.
                above = group[-1] if group and group[-1].kind == "paragraph" else None
                caption = above.text if above and _is_caption(above.text) else None
                # The caption belongs to the table (it heads its passage and names its rows), not to the prose
                # above: left there, it was quoted alone as an answer sentence.
                _emit(chunks, group[:-1] if caption else group, section, info)
                group = []
                carried_header = _emit_table(chunks, block, section, info, carried_header, caption)
                continue
            if group and (block.page != group[0].page or _size(group) + len(block.text) > MAX_CHARS):
                _emit(chunks, group, section, info)
                group = []
            if len(block.text) > MAX_CHARS:
                for piece in _split_long(block):
                    _emit(chunks, [piece], section, info)
                continue
            group.append(block)
        _emit(chunks, group, section, info)
    return chunks


def _size(blocks: list[Block]) -> int:
    return sum(len(b.text) + 1 for b in blocks)


def _split_long(block: Block) -> list[Block]:
    """Split an over-long paragraph at sentence ends into pieces of at most MAX_CHARS; a sentence that is
    itself longer (a paragraph without . ? !) is cut at the last space before the limit, so every chunk
    stays well inside the embedding model's 512-token window and ingest time grows linearly with text."""
    pieces: list[str] = []
    for sentence in _SENTENCE_END.split(block.text):
        if pieces and len(pieces[-1]) + len(sentence) + 1 <= MAX_CHARS:
            pieces[-1] = f"{pieces[-1]} {sentence}"
        elif len(sentence) > MAX_CHARS:
            pieces.extend(_cut_at_spaces(sentence))
        else:
            pieces.append(sentence)
    return [Block(block.kind, p, block.page, block.line_start, block.line_end) for p in pieces]


def _cut_at_spaces(text: str) -> list[str]:
    """Verbatim pieces of at most MAX_CHARS, cut at whitespace (mid-word only where a run has none)."""
    pieces: list[str] = []
    start, end = 0, len(text)
    while start < end:
        stop = min(start + MAX_CHARS, end)
        if stop < end:
            space = max(text.rfind(" ", start, stop + 1), text.rfind("\n", start, stop + 1))
            stop = space if space > start + MAX_CHARS // 2 else stop
        piece = text[start:stop].strip()
        if piece:
            pieces.append(piece)
        start = stop
    return pieces


def _make(
    chunks: list[Chunk], kind: str, text: str, section: Section, info: DocumentInfo,
    first: Block, last: Block, fact: str | None = None, diarienummer: str | None = None,
    context_text: str | None = None,
) -> None:
    position = len(chunks)
    digest = hashlib.sha1(f"{info.document_id}|{position}|{kind}|{text}".encode()).hexdigest()[:16]
    section_text = " › ".join(section.path)
    years = years_in(f"{text} {fact or ''}") or years_in(section_text) or section.years or info.years
    context = f"{info.title} › {section_text}\n{context_text or fact or text}"
    chunks.append(
        Chunk(
            chunk_id=f"{info.document_id[:12]}-{digest}",
            document_id=info.document_id,
            source=info.source,
            position=position,
            kind=kind,  # type: ignore[arg-type]
            text=text,
            context=context,
            document_type=section.part_type,
            title=info.title,
            section_path=section.path,
            page=first.page if info.has_pages else None,
            line_start=first.line_start,
            line_end=last.line_end,
            meeting_date=info.meeting_date,
            diarienummer=diarienummer or section.diarienummer,
            years=years,
            fact=fact,
        )
    )


def _emit(chunks: list[Chunk], group: list[Block], section: Section, info: DocumentInfo) -> None:
    if group:
        _make(chunks, "text", "\n".join(b.text for b in group), section, info, group[0], group[-1])


def _is_caption(text: str) -> bool:
    """A heading-like line, also when it ends in its unit in parentheses ('… per verksamhet (mnkr)')."""
    return looks_like_heading(re.sub(r"\s*\([^()]{1,20}\)$", "", text.strip()))


def _emit_table(
    chunks: list[Chunk], block: Block, section: Section, info: DocumentInfo,
    carried: tuple[tuple[str, ...], str] | None, caption_above: str | None = None,
) -> tuple[tuple[str, ...], str] | None:
    """Emit the table in row-complete pieces, then one self-describing fact per data row."""
    rows = [r for r in block.rows if any(c.strip() for c in r)]
    if not rows:
        return carried
    caption = caption_above or section.path[-1]
    if len([c for c in rows[0] if c.strip()]) == 1 and len(rows) > 1:
        caption = next(c for c in rows[0] if c.strip())
        rows = rows[1:]
    # A meeting document's field grid (a key and its value per row: "Beslutande | …", "Ersättare | …") has no
    # header: each row is a field, however short its cells.
    # So is a list of fields whose every label ends in a colon ("Diarienummer:  BUN 2025/0087", "Upprättad av:  …"),
    # as a report's head sets them: the colon is what marks a label in Swedish typography.
    short = all(len([c for c in r if c.strip()]) <= 2 for r in rows)
    grid = short and (sum(is_field_key(r[0]) for r in rows) >= 2
                      or len(rows) >= 2 and all(r[0].strip().endswith(":") for r in rows)
                      or _label_value_list(rows))
    # A first row without figures heads the columns too, unless a cell is prose: the first row of a field grid
    # ("Plats och tid | Rådhuset, sal Ekhagen, torsdag 14 mars 2024 kl. 09.00–12.10") is data like the rest.
    if grid:
        header, body = (), rows
    elif not _states_quantity(rows[0]) and not _numbered(rows[0]) and (
            _looks_like_header(rows[0], allow_years=True)
            or not any(is_numeric(c) or len(c) > _HEADER_CELL for c in rows[0])):
        header, body = rows[0], rows[1:]
        if carried and carried[0] == header and caption_above is None and block.page is not None \
                and block.line_start == 1:
            caption = carried[1]  # the header repeated atop the next page: the table printed above goes on
    elif carried and len(carried[0]) == len(rows[0]):
        header, caption = carried
        body = rows
    else:
        header, body = (), rows
    lines = block.text.split("\n")
    header_line = "\t".join(c for c in header if c)
    pieces: list[list[str]] = [[]]
    for line in lines:
        if pieces[-1] and sum(len(x) + 1 for x in pieces[-1]) + len(line) > MAX_CHARS * 1.5:
            pieces.append([])
        pieces[-1].append(line)
    for piece in pieces:
        text = "\n".join(piece)
        # Later pieces of a long table are read with the header they were printed under.
        shown = text if not header_line or text.startswith(header_line) else f"{header_line}\n{text}"
        _make(chunks, "table", text, section, info, block, block, fact=None, context_text=f"{caption}\n{shown}")
    for row in body:
        if not grid and _looks_like_header(row) and not _states_quantity(row) and not _data_row(row):
            # Two tables printed back to back: a new header row starts the second one.
            header, caption = row, caption
            continue
        fact = row_fact(caption, header, row)
        if fact:
            text = "\t".join(c for c in row if c)
            # An agenda row names its own ärende: "10 Yttrande över motion … SOCN/2022:42".
            dnr = next((d for d in map(find_diarienummer, row) if d), None)
            # A field grid's row (a label and its value) says something about the document — who wrote it, when it
            # was adopted, which body decides — not about its subject: a kind of its own, so answering can tell.
            # A row stating a quantity ("SD:s förslag | 4 röster") is data, in a grid or not.
            field = grid and not _states_quantity(row)
            _make(chunks, "field" if field else "table_row", text, section, info, block, block, fact=fact,
                  diarienummer=dnr)
    return (header, caption) if header else carried


_HEADER_CELL = 50  # characters: longer is a sentence or a list of names, not a column's name
# A cell that is a figure with its unit ("688 elever", "-2,1 procent", "18 röster", "42 %"; not a year, not a section
# number before its title, "1.2 Volymutveckling") states a quantity: its row is data however short its cells, never
# a table's header.
_QUANTITY_CELL = re.compile(r"^[-−+]?(?!(?:19|20)\d\d\b)\d[\d ,.]*(?:\s?%|\s[a-zåäö])")


# A row numbered as a list item ("2. Godkännande av dagordningen") or holding an empty cell's dash ("–", "..":
# nothing to report) is a row of data, however short its cells: a column's name is neither. (An "X" is no placeholder
# here: a roll-call list marks votes with it, and is read by its own rules.)
_NUMBERED_CELL = re.compile(r"^\d{1,3}[.)]\s")
_PLACEHOLDER_CELL = re.compile(r"^(?:[-–—−]|\.\.)$")


def _numbered(row: tuple[str, ...]) -> bool:
    first = next((c.strip() for c in row if c.strip()), "")
    return bool(_NUMBERED_CELL.match(first))


def _data_row(row: tuple[str, ...]) -> bool:
    return _numbered(row) or any(_PLACEHOLDER_CELL.match(c.strip()) for c in row)


def _states_quantity(row: tuple[str, ...]) -> bool:
    return any(_QUANTITY_CELL.match(c.strip()) for c in row)


def _label_value_list(rows: list[tuple[str, ...]]) -> bool:
    """Three or more rows of a label and a value, no value a figure ("Rapportdatum | 2025-04-10", "Granskad nämnd |
    Samhällsbyggnadsnämnden", "Handläggare | Sanna Ek"): a report's or letter's fields, not a table whose first row
    names its columns. A two-column table of figures ("Nämnd | Budget", rows of amounts) is a table."""
    pairs = [[c.strip() for c in r if c.strip()] for r in rows]
    return len(rows) >= 3 and all(len(p) == 2 for p in pairs) \
        and not any(is_numeric(label) or is_numeric(value) for label, value in pairs) \
        and all(len(label) <= 40 for label, _ in pairs)


def _looks_like_header(row: tuple[str, ...], allow_years: bool = False) -> bool:
    """Short label cells. A first row may name its columns by year ('Nyckeltal | 2022 | 2023 (riket)') when
    those years lie close together; '2005 | 1946' is data (counts that happen to look like years)."""
    cells = [c.strip() for c in row if c.strip()]
    numeric = [c for c in cells if is_numeric(c)]
    if numeric:
        years = [int(c[:4]) for c in numeric if _YEAR_CELL.match(c)]
        if not allow_years or len(years) != len(numeric) or max(years) - min(years) > 10:
            return False
    return len(cells) >= 2 and all(len(c) <= 40 for c in cells) and sum(len(c) for c in cells) <= 90 \
        and not any(c.endswith(".") for c in cells)


# Between a row fact's caption and its row: the one place the format is named (row_fact writes it, split_fact reads it).
FACT_SEPARATOR = " — "


def split_fact(fact: str) -> tuple[str, str]:
    """(caption, row) of a fact row_fact wrote ("Driftredovisning (tkr)", "Ekonomiskt bistånd: Utfall 2022 …"); a text
    without the separator is all caption, its row empty (as str.partition reads it)."""
    caption, _, row = fact.partition(FACT_SEPARATOR)
    return caption, row


def row_fact(caption: str, header: tuple[str, ...], row: tuple[str, ...]) -> str | None:
    """'Driftredovisning (tkr) — Ekonomiskt bistånd: Utfall 2022 -56 783; Budget 2022 -52 326'."""
    cells = [(i, c.strip()) for i, c in enumerate(row) if c.strip()]
    if not cells:
        return None
    label = ""
    if not is_numeric(cells[0][1]):
        label = cells[0][1].rstrip(":").rstrip()
        cells = cells[1:]
    values = [f"{header[i].strip()} {c}".strip() if i < len(header) else c for i, c in cells]
    if not values:
        return f"{caption}{FACT_SEPARATOR}{label}" if label and len(label) > 20 else None
    row_text = f"{label}: {'; '.join(values)}" if label else "; ".join(values)
    return f"{caption}{FACT_SEPARATOR}{row_text}"
