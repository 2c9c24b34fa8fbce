"""Word documents (DOCX) → blocks: headings, paragraphs, list items and tables in reading order, the same shapes
the text reader gives. The zip is measured before python-docx opens it, so a zip bomb is refused unread."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from ingest.errors import UnreadableDocument
from ingest.models import Block
from ingest.normalize import clean_text, looks_like_heading, two_row_names
from ingest.patterns import YEAR, is_numeric, section_label

# A board's Word document is text plus a few images: tens of MB uncompressed at the very most. python-docx holds
# every part in memory, so the declared sizes are checked first (zipfile never inflates a member past its declared
# size, so the declaration is a true bound).
MAX_UNCOMPRESSED_BYTES = 100_000_000
# XML compresses about 5–20 times, images not at all; a whole file packed more than 100 times is a bomb.
MAX_RATIO = 100
MAX_MEMBERS = 5000

# Word's built-in heading styles keep their English names in the file whatever the user's language; 'Rubrik' is
# what Swedish templates call their own.
_HEADING_STYLE = re.compile(r"^(?:heading|rubrik)\s*(\d)$", re.IGNORECASE)
_TITLE_STYLES = {"title", "rubrik", "titel"}
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# A cell holding a § number and nothing else ("§ 23", "§23", "§ 7:"), the left column of minutes set in a table.
_PARAGRAPH_CELL = re.compile(r"^§\s?\d{1,4}:?$")


def check_zip(name: str, raw: bytes) -> None:
    """Refuse a DOCX whose zip would inflate too far, before anything inflates it."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise UnreadableDocument(f"{name}: DOCX-filen är skadad och kan inte läsas ({exc}).") from exc
    total = sum(m.file_size for m in members)
    packed = max(1, sum(m.compress_size for m in members))
    if len(members) > MAX_MEMBERS or total > MAX_UNCOMPRESSED_BYTES or total / packed > MAX_RATIO:
        raise UnreadableDocument(
            f"{name}: DOCX-filen packas upp till {total / 1e6:.0f} MB ur {packed / 1e6:.1f} MB "
            f"({len(members)} delar) – mer än ett Word-dokument rimligen innehåller (högst "
            f"{MAX_UNCOMPRESSED_BYTES / 1e6:.0f} MB, {MAX_RATIO} gånger packad). Den lästes inte in.")


@dataclass(frozen=True)
class DocxContent:
    """A Word document's blocks, and the lines of its page headers (the letterhead: "KOMMUN · Nämnden ·
    TJÄNSTESKRIVELSE" is often set there and nowhere else), as a PDF's running header is read."""

    blocks: list[Block]
    letterhead: tuple[str, ...]
    # The title its author set in the document's properties ("Avfallstaxa 2026"); empty when none.
    title: str = ""


def read_docx(path: Path, raw: bytes) -> DocxContent:
    """Read a DOCX (the bytes already read from `path`) into blocks; every block sits on 'page' 1 and its 'lines'
    are the document's paragraph and table positions, counted from 1. A footnote is read as a paragraph of its own
    after the paragraph or table that refers to it (at that one's position): what it says is part of the text
    ("Kommunen betalade … för 138 huvudmän" may stand only there)."""
    check_zip(path.name, raw)
    from docx import Document  # loaded only when a DOCX comes
    from docx.opc.exceptions import PackageNotFoundError
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = Document(io.BytesIO(raw))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise UnreadableDocument(f"{path.name}: DOCX-filen är skadad och kan inte läsas ({exc}).") from exc
    except Exception as exc:  # lxml raises its own kinds on broken XML
        raise UnreadableDocument(f"{path.name}: DOCX-filen är skadad och kan inte läsas ({type(exc).__name__}).") from exc
    _unwrap_content_controls(document.element)  # the page headers' own, where _page_headers reads them
    _unwrap_runs(document.element)
    notes = _footnotes(document)
    numbers = _ListNumbers(document)
    blocks: list[Block] = []
    for position, element in enumerate(document.element.body.iterchildren(), start=1):
        if element.tag == f"{_W}p":
            # A text box anchored in the paragraph (a template's letterhead: the municipality, the date, the Dnr in
            # floating boxes) is read before it, line by line: python-docx's text of the paragraph leaves it out.
            blocks.extend(b for box in _text_boxes(element) if (b := _paragraph(Paragraph(box, document), position)))
            paragraph = Paragraph(element, document)
            block = _paragraph(paragraph, position)
            number = numbers.next(paragraph)
            # A heading keeps its words: a template numbering its heading styles ("3 Förslag …") numbers sections,
            # and the section's name is what says what it is.
            if block is not None and number and block.kind != "heading":
                block = Block(block.kind, f"{number} {block.text}", block.page, block.line_start, block.line_end,
                              level=block.level)
        elif element.tag == f"{_W}tbl":
            table = Table(element, document)
            paragraphs = _paragraph_table(table, position)
            if paragraphs:
                blocks.extend(paragraphs)  # minutes laid out in a table of §§: the §§ in reading order
                block = None
            else:
                block = _table(table, position)
        else:
            block = None
        if block is not None:
            blocks.append(block)
        for ref in element.iter(f"{_W}footnoteReference") if notes else ():
            text = notes.get(ref.get(f"{_W}id") or "")
            if text:
                blocks.append(Block("paragraph", text, 1, position, position))
    return DocxContent(blocks, _page_headers(document), " ".join((document.core_properties.title or "").split()))


class _ListNumbers:
    """The numbers Word draws before the paragraphs of a numbered list ("1.", "2." …), which are in the numbering
    definitions, not in the text: an agenda set as a numbered list is read with its item numbers, as it is printed.
    Only decimal levels are numbered; a bullet or a letter level is left as it is."""

    def __init__(self, document: object) -> None:
        self.formats: dict[tuple[str, str], tuple[str, int]] = {}  # (numId, ilvl) → (numFmt, start)
        self.counts: dict[str, dict[int, int]] = {}
        try:
            root = document.part.numbering_part.element  # type: ignore[attr-defined]
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {a.get(f"{_W}abstractNumId"): a for a in root.iter(f"{_W}abstractNum")}
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            definition = abstract.get(ref.get(f"{_W}val")) if ref is not None else None
            for lvl in definition.iter(f"{_W}lvl") if definition is not None else ():
                fmt, start = lvl.find(f"{_W}numFmt"), lvl.find(f"{_W}start")
                self.formats[(num.get(f"{_W}numId") or "", lvl.get(f"{_W}ilvl") or "0")] = (
                    fmt.get(f"{_W}val") if fmt is not None else "decimal",
                    int(start.get(f"{_W}val") or 1) if start is not None else 1)

    def next(self, paragraph: object) -> str | None:
        """The number drawn before this paragraph ("3."), counting on from the list's earlier paragraphs. The list
        is the paragraph's own or its style's ("List Number" numbers every paragraph set in it)."""
        if not self.formats:
            return None
        num_pr = paragraph._p.find(f"{_W}pPr/{_W}numPr")  # type: ignore[attr-defined]
        style = paragraph.style  # type: ignore[attr-defined]
        while num_pr is None and style is not None:
            num_pr = style.element.find(f"{_W}pPr/{_W}numPr")
            style = style.base_style
        if num_pr is None:
            return None
        num_id, ilvl = num_pr.find(f"{_W}numId"), num_pr.find(f"{_W}ilvl")
        key = (num_id.get(f"{_W}val") if num_id is not None else "", ilvl.get(f"{_W}val") if ilvl is not None else "0")
        fmt, start = self.formats.get(key, ("", 1))
        if fmt != "decimal":
            return None
        level = int(key[1] or 0)
        counts = self.counts.setdefault(key[0], {})
        counts[level] = counts.get(level, start - 1) + 1
        for deeper in [k for k in counts if k > level]:
            del counts[deeper]  # a new item of this level starts its sublists afresh
        return f"{counts[level]}."


_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"


def _unwrap_content_controls(root: object) -> None:
    """Word's content controls (`w:sdt`: the fields of a template's letterhead — the date picker, the Dnr, the
    handläggare — or a whole block of paragraphs) replaced by what they hold, so their text is read where it stands:
    python-docx reads only the paragraphs, tables and runs directly under their parent and passes a control by. A
    control still showing its placeholder ("Klicka här för att ange text") holds nothing written and is dropped."""
    for control in list(root.iter(f"{_W}sdt")):  # type: ignore[attr-defined]
        parent = control.getparent()
        if parent is None:
            continue
        content = control.find(f"{_W}sdtContent")
        placeholder = control.find(f"{_W}sdtPr/{_W}showingPlcHdr") is not None
        at = parent.index(control)
        for child in [] if content is None or placeholder else list(content):
            parent.insert(at, child)
            at += 1
        parent.remove(control)


def _unwrap_runs(root: object) -> None:
    """A document saved with tracked changes read as it reads with them accepted: an insertion (`w:ins`, `w:moveTo`)
    replaced by the runs it holds, a deletion (`w:del`, `w:moveFrom`) dropped. python-docx reads only the runs directly
    under a paragraph, so an inserted figure ("till <ins>1,4 mnkr</ins> per år") was lost; a deleted one is written
    as w:delText, which no reader takes for text. The other wrappers of runs are unwrapped the same way: a simple
    field's shown result (`w:fldSimple`: a template's DATE or DOCPROPERTY Dnr), a smart tag and a custom XML
    element (older Word's marked places, names and dates)."""
    for wrapper in list(root.iter(f"{_W}ins", f"{_W}moveTo", f"{_W}fldSimple", f"{_W}smartTag",  # type: ignore[attr-defined]
                                  f"{_W}customXml")):
        parent = wrapper.getparent()
        # Only a wrapper of content; w:ins also marks a paragraph mark or a table row (under w:rPr, w:trPr) as
        # inserted, and holds nothing.
        if parent is None or parent.tag in (f"{_W}rPr", f"{_W}trPr", f"{_W}pPr"):
            continue
        at = parent.index(wrapper)
        for child in list(wrapper):
            parent.insert(at, child)
            at += 1
        parent.remove(wrapper)
    for change in list(root.iter(f"{_W}del", f"{_W}moveFrom")):  # type: ignore[attr-defined]
        parent = change.getparent()
        if parent is not None and parent.tag not in (f"{_W}rPr", f"{_W}trPr", f"{_W}pPr"):
            parent.remove(change)


def _text_boxes(element: object) -> list[object]:
    """The paragraphs of the text boxes anchored in a paragraph, in order. Word writes a box twice, as a drawing
    (mc:Choice) and as its VML fallback (mc:Fallback): the fallback's copy is left out."""
    return [p for box in element.iter(f"{_W}txbxContent")  # type: ignore[attr-defined]
            if not any(a.tag == f"{_MC}Fallback" for a in box.iterancestors())
            for p in box.iterchildren(f"{_W}p")]


def _footnotes(document: object) -> dict[str, str]:
    """Footnote texts by id (the separator notes Word keeps under ids -1 and 0 have no text)."""
    from lxml import etree

    for rel in document.part.rels.values():  # type: ignore[attr-defined]
        if rel.reltype.endswith("/footnotes") and not rel.is_external:
            root = etree.fromstring(rel.target_part.blob)
            return {note.get(f"{_W}id") or "": clean_text("".join(t.text or "" for t in note.iter(f"{_W}t")))
                    for note in root.iter(f"{_W}footnote")}
    return {}


def _page_headers(document: object) -> tuple[str, ...]:
    """The lines of the sections' page headers, once each: a paragraph is a line, a table row its cells joined by
    tabs (a letterhead set as a table reads as a PDF's header line of columns does)."""
    lines: list[str] = []
    for section in document.sections:  # type: ignore[attr-defined]
        headers = [section.header] + ([section.first_page_header] if section.different_first_page_header_footer else [])
        for header in headers:
            if header.is_linked_to_previous:
                continue
            _unwrap_content_controls(header._element)
            _unwrap_runs(header._element)
            # A line break inside a header paragraph ("Harvsjö kommun⇥SAMMANTRÄDESPROTOKOLL↵Bygg- och miljönämnden⇥…")
            # sets lines as separate paragraphs would: each is a header line of its own.
            lines += [line for p in header.paragraphs for line in clean_text(p.text).split("\n")]
            # A letterhead set in text boxes of the header, each box line a header line.
            lines += [clean_text("".join(t.text or "" for t in box.iter(f"{_W}t")))
                      for p in header.paragraphs for box in _text_boxes(p._p)]
            lines += ["\t".join(clean_text(c.text) for c in row.cells) for t in header.tables for row in t.rows]
    return tuple(dict.fromkeys(line for line in lines if line.strip()))


def _paragraph(paragraph: object, position: int) -> Block | None:
    text = clean_text(paragraph.text)  # type: ignore[attr-defined]
    if not text:
        return None
    style = (paragraph.style.name if paragraph.style is not None else "") or ""  # type: ignore[attr-defined]
    match = _HEADING_STYLE.match(style.strip())
    if match:
        return Block("heading", text, 1, position, position, level=int(match[1]))
    if style.strip().lower() in _TITLE_STYLES:
        return Block("heading", text, 1, position, position, level=1)
    if _all_bold(paragraph) and looks_like_heading(text):
        # Many municipal templates head their sections with bold Normal text ('Ärendebeskrivning', the ärende's
        # title) instead of heading styles: a short bold line alone in its paragraph is a heading all the same.
        # A section label ranks under the title it follows.
        return Block("heading", text, 1, position, position, level=4 if section_label(text) else 3)
    numbered = paragraph._p.pPr is not None and paragraph._p.pPr.numPr is not None  # type: ignore[attr-defined]
    kind = "list_item" if numbered or style.lower().startswith(("list", "liststycke")) else "paragraph"
    return Block(kind, text, 1, position, position)


def _all_bold(paragraph: object) -> bool:
    """Every run with text in the paragraph is bold (directly or through its character style)."""
    runs = [run for run in paragraph.runs if run.text.strip()]  # type: ignore[attr-defined]
    return bool(runs) and all(run.bold or (run.style is not None and run.style.font.bold) for run in runs)


def _paragraph_table(table: object, position: int) -> list[Block] | None:
    """Minutes whose template sets each § in a table row, the § number alone in the left cell ("§ 23") and the §'s
    title, diarienummer and text as paragraphs in the right one (a table of all the §§, or one small table opening
    each §): the § as the minutes printed line by line read, its number and title one heading, the right cell's
    paragraphs after it (its bold lines "Beslut", "Yrkanden" the §'s own headings). None for any other table: every
    row of two cells or more must open with a § number alone."""
    rows = []
    for row in table.rows:  # type: ignore[attr-defined]
        cells = list(dict.fromkeys(cell._tc for cell in row.cells))  # a merged cell is listed once per column
        if len(cells) < 2:
            return None
        rows.append(row.cells)
    if not rows or not all(_PARAGRAPH_CELL.match(clean_text(cells[0].text)) for cells in rows):
        return None
    blocks: list[Block] = []
    for cells in rows:
        number = clean_text(cells[0].text)
        # python-docx gives a merged cell once per grid column it spans, each time a new object: one by its element.
        right_cells = list({cell._tc: cell for cell in cells[1:] if cell._tc is not cells[0]._tc}.values())
        right = [p for cell in right_cells for p in cell.paragraphs if clean_text(p.text)]
        title = clean_text(right[0].text) if right else ""
        blocks.append(Block("heading", f"{number} {title}".strip(), 1, position, position, level=2))
        for paragraph in right[1:]:
            block = _paragraph(paragraph, position)
            if block is not None:
                blocks.append(block)
    return blocks


def _table(table: object, position: int) -> Block | None:
    rows: list[tuple[str, ...]] = []
    grid: list[list[tuple[object, str]]] = []  # each row's cell per grid column, a merged cell once per column
    for row in table.rows:  # type: ignore[attr-defined]
        cells: list[str] = []
        previous = None
        spanned = [(cell._tc, clean_text(cell.text)) for cell in row.cells]
        for tc, text in spanned:
            if tc is previous:  # a merged cell is listed once per grid column it spans
                continue
            previous = tc
            cells.append(text)
        if any(cells):
            rows.append(tuple(cells))
            grid.append(spanned)
    if not rows:
        return None
    text = "\n".join("\t".join(cell for cell in row if cell) for row in rows)
    header = _two_row_header(grid)
    return Block("table", text, 1, position, position, rows=(header, *rows[2:]) if header else tuple(rows))


def _two_row_header(grid: list[list[tuple[object, str]]]) -> tuple[str, ...] | None:
    """A header over two rows, a group cell merged across the columns under it ("Budget 2026" over "Intäkter |
    Kostnader | Netto"), as one row naming each column by both ("Budget 2026 Netto"); None for any other table. Read
    apart, the lower row alone names the columns and the group's year is lost ("Netto | Netto")."""
    if len(grid) < 3 or len(grid[0]) != len(grid[1]):
        return None
    top, below = grid[0], grid[1]
    spans = any(a[0] is b[0] for a, b in zip(top, top[1:], strict=False))
    below_spans = any(a[0] is b[0] and a[0] is not t[0] for a, b, t in zip(below, below[1:], top, strict=False))
    if not spans or below_spans or any(is_numeric(text) and not YEAR.fullmatch(text) for _, text in below):
        return None
    return two_row_names([text for _, text in top], [text for _, text in below])

