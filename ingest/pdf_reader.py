"""PDF → pages and blocks through pypdf, using font size and weight to find headings and tables."""

from __future__ import annotations

import io
import re
import statistics
from collections import Counter
from collections.abc import Container
from dataclasses import dataclass, replace
from pathlib import Path

import pypdf
from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

from ingest.errors import UnreadableDocument
from ingest.figure_tables import figure_tables
from ingest.models import Block
from ingest.normalize import (
    clean_text,
    is_numbered_heading,
    is_page_number_line,
    join_lines,
    repeated_lines,
    running_line_key,
)
from ingest.patterns import YEAR, is_numeric, paragraph_number, section_label
from ingest.pdf_lines import Line as _Line
from ingest.pdf_lines import Run as _Run
from ingest.pdf_lines import cell_end as _cell_end
from ingest.pdf_lines import cells as _cells
from ingest.protokoll_meeting import is_field_key
from ingest.wrapped_tables import wrapped_tables

_BULLET = re.compile(r"^(?:[•●▪◦·\-–]\s+|\d{1,2}[.)]\s+)")


def scanned_message(name: str) -> str:
    """Why a PDF with pages but no text on them is not read: its pages are pictures, as a scanner makes them."""
    return (f"{name}: PDF:en saknar textlager (ingen text att läsa) – den verkar vara inskannad. Kör OCR "
            "(textigenkänning) på den först och ladda sedan upp resultatet.")


def open_pdf(path: Path, raw: bytes) -> pypdf.PdfReader:
    """Open a PDF from its bytes, or raise UnreadableDocument with the reason in plain words."""
    try:
        reader = pypdf.PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            # An owner-password-only PDF opens with the empty user password; anything else is locked.
            try:
                if not reader.decrypt(""):
                    raise UnreadableDocument(f"{path.name}: PDF-filen är krypterad (lösenordsskyddad).")
            except (FileNotDecryptedError, DependencyError, NotImplementedError) as exc:
                raise UnreadableDocument(f"{path.name}: PDF-filen är krypterad (lösenordsskyddad).") from exc
        if len(reader.pages) == 0:
            raise UnreadableDocument(f"{path.name}: PDF-filen har inga sidor.")
        return reader
    except UnreadableDocument:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise UnreadableDocument(f"{path.name}: PDF-filen är skadad och kan inte läsas ({exc}).") from exc


def _page_runs(page: pypdf.PageObject) -> tuple[list[_Run], float]:
    """The page's text runs, placed in the frame its text reads in, and the page's width in that frame. A page set
    turned (a landscape table drawn at 90° on a portrait page, shown upright by /Rotate) has its text running up or
    down the page: read by the page's own x and y its lines would come out as columns, the table's years one line and
    its key ratios another. So every run is placed along and across the direction most of the page's text runs in."""
    found: list[tuple[str, float, float, float, bool, tuple[int, int]]] = []

    def visit(text: str, cm: list[float], tm: list[float], font: dict | None, size: float) -> None:
        if not text.strip():
            return
        x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
        y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
        scale = (tm[0] ** 2 + tm[1] ** 2) ** 0.5 * ((cm[0] ** 2 + cm[1] ** 2) ** 0.5)
        # The direction the text runs in on the page (the text matrix's first row through the CTM), to the nearest
        # quarter turn.
        dx, dy = tm[0] * cm[0] + tm[1] * cm[2], tm[0] * cm[1] + tm[1] * cm[3]
        direction = (1, 0) if abs(dx) >= abs(dy) and dx >= 0 else (-1, 0) if abs(dx) >= abs(dy) else \
            (0, 1) if dy > 0 else (0, -1)
        found.append((text, x, y, size * scale, "Bold" in str((font or {}).get("/BaseFont", "")), direction))

    page.extract_text(visitor_text=visit)
    weight: Counter[tuple[int, int]] = Counter()
    for text, *_, direction in found:
        weight[direction] += len(text.strip())
    ux, uy = weight.most_common(1)[0][0] if weight else (1, 0)
    runs: list[_Run] = []
    for text, x, y, size, bold, _direction in found:
        # Along the text and across it, upward: the identity for upright text.
        along, across = x * ux + y * uy, -x * uy + y * ux
        for i, part in enumerate(text.split("\n")):
            if part.strip():
                runs.append(_Run(clean_text(part), along, across - i * size * 1.2, round(size, 1), bold))
    box = page.mediabox
    width = float(box.width) if ux else float(box.height)
    if ux < 0 or uy < 0:  # read turned, the page's far edge is where the frame starts: shift it back onto the page
        runs = [replace(r, x=r.x + width) for r in runs]
    return runs, width


def _lines(runs: list[_Run]) -> list[_Line]:
    lines: list[_Line] = []
    for run in sorted(runs, key=lambda r: (-r.y, r.x)):
        if lines and abs(lines[-1].y - run.y) < 1.0:
            lines[-1].runs.append(run)
        else:
            lines.append(_Line([run]))
    return lines


# Two columns of prose (an årsredovisning set as a brochure): read across the page, a line of the left column and the
# line of the right column beside it would join two sentences ("… jämfört med året Investeringar innan"), and where
# the columns' baselines differ their lines would alternate. A page is set in columns when, near its middle, at
# least this many lines of prose start at one x while as many lines of prose start left of it, beside them.
_COLUMN_LINES = 5
_PROSE = 20  # letters on a side of the gutter, so that a table's short cells or figures never count


def _reading_order(lines: list[_Line], width: float) -> list[_Line]:
    """The page's lines in reading order: where the page is set in two columns, the left column's lines and then
    the right's, band by band. A band is a stretch of lines that each fit the columns (no wider on the left than a
    column's line, anything on the right starting at the gutter) with no gap wider than a paragraph break: a
    heading across both columns, a letterhead's right-aligned date or a footer lies outside it."""
    gutter = _gutter(lines, width)
    if gutter is None:
        return lines
    left = [line for line in lines if _left_prose(line, gutter)]
    column_chars = sorted(len(_side(line, gutter, left=True)) for line in left)[len(left) // 2]
    steps = sorted(a.y - b.y for a, b in zip(left, left[1:], strict=False))
    leading = steps[len(steps) // 2]
    body = sorted(line.size for line in left)[len(left) // 2]

    def fits(line: _Line) -> bool:
        right = [r.x for r in line.runs if not _is_left(r, gutter)]
        return len(_side(line, gutter, left=True)) <= 1.3 * column_chars and \
            (not right or min(right) <= gutter + 2 * line.size)

    out: list[_Line] = []
    i = 0
    while i < len(lines):
        if not fits(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        j = i + 1
        while j < len(lines) and fits(lines[j]) and lines[j - 1].y - lines[j].y <= 2.2 * leading:
            j += 1
        band = lines[i:j]
        if sum(_right_prose(line, gutter) for line in band) < 2 or sum(_left_prose(line, gutter) for line in band) < 2:
            out += band
            i = j
            continue
        # Below the right column's last line, the band holds what stands beside it (a heading left at a column's
        # foot) and the left column's paragraph running on; a heading or a caption after a break spans the page (a
        # table's caption above the table it names).
        end = max(k for k, line in enumerate(band) if _side(line, gutter, left=False)) + 1
        foot = band[end - 1].y
        while end < len(band) and (band[end].y >= foot - leading or band[end].size <= body + 0.5
                                   and not band[end].bold and band[end - 1].y - band[end].y <= 1.5 * leading):
            end += 1
        out += _by_column(band[:end], gutter)
        i += end
    return out


def _gutter(lines: list[_Line], width: float) -> float | None:
    """The x where a right column starts, if enough lines of prose start there and left of it, side by side."""
    starts: Counter[int] = Counter()
    for line in lines:
        starts.update({round(run.x / 2) * 2 for run in line.runs if 0.3 * width < run.x < 0.7 * width})
    for x, count in starts.most_common(3):
        if count < _COLUMN_LINES:
            break
        right = [line.y for line in lines if _right_prose(line, float(x))]
        left = [line.y for line in lines if _left_prose(line, float(x))]
        # A protokoll's field grid ("Beslutande ledamöter | Gunnar Sjöberg (C), ordförande" / "| Lisa Wiklund …")
        # has prose on the right and short labels on the left: read across, label by label, it is no second column.
        keys = [line for line in lines if is_field_key(_side(line, float(x), True)) and _side(line, float(x), False)]
        if len(keys) >= 3:
            continue
        if len(right) >= _COLUMN_LINES and len(left) >= _COLUMN_LINES:
            # Side by side: most of the right column's lines lie within the left column's height.
            inside = sum(min(left) <= y <= max(left) for y in right)
            if inside >= 0.5 * len(right):
                return float(x)
    return None


_GUTTER_SLACK = 3  # points a right-column run may start left of the gutter (or either side, to start at it)


def _is_left(run: _Run, gutter: float) -> bool:
    return run.x < gutter - _GUTTER_SLACK


def _side(line: _Line, gutter: float, left: bool) -> str:
    return " ".join(r.text for r in sorted(line.runs, key=lambda r: r.x) if _is_left(r, gutter) == left)


def _right_prose(line: _Line, gutter: float) -> bool:
    return any(abs(r.x - gutter) <= _GUTTER_SLACK for r in line.runs) and _prose(_side(line, gutter, False))


def _left_prose(line: _Line, gutter: float) -> bool:
    return _prose(_side(line, gutter, True))


def _prose(text: str) -> bool:
    """Words, not a table's figures: enough letters, and most of what is printed is letters."""
    letters = sum(c.isalpha() for c in text)
    return letters >= _PROSE and letters >= 0.7 * sum(not c.isspace() for c in text)


def _by_column(band: list[_Line], gutter: float) -> list[_Line]:
    left = [_Line([r for r in line.runs if _is_left(r, gutter)]) for line in band]
    right = [_Line([r for r in line.runs if not _is_left(r, gutter)]) for line in band]
    return [line for line in left + right if line.runs]


@dataclass(frozen=True)
class PdfContent:
    """A PDF as read: blocks per page (numbered from 1) and the running header/footer lines set apart."""

    pages: tuple[tuple[int, tuple[Block, ...]], ...]
    letterhead: tuple[str, ...]


def read_pdf(path: Path, raw: bytes) -> PdfContent:
    """Read a PDF (the bytes already read from `path`) into blocks per page; page numbers start at 1."""
    pages, letterhead = _body_lines(path, raw)
    body = _body_size(pages)
    if body is None:
        raise UnreadableDocument(scanned_message(path.name))
    heading_sizes = sorted(
        {ln.size for lines in pages for ln in lines if ln.bold and ln.size >= body - 0.05}, reverse=True
    )
    # Lines are counted from 1 within each page, as a reader counts them (numbered_lines gives them).
    # A table whose every line is one run (its columns printed as spaces) is read back as the text exports' are
    # (wrapped_tables), page by page so that a table's lines stay on its page.
    numbered = tuple((n, tuple(_counted_from_one(b) for b in wrapped_tables(_blocks(lines, body, heading_sizes, n))))
                     for n, lines in enumerate(pages, start=1))
    return PdfContent(numbered, letterhead)


def numbered_lines(path: Path, raw: bytes) -> list[list[str]]:
    """The text of each page's lines as citations of a PDF count them: line n of page p is item n - 1 of item
    p - 1 (the page's lines in reading order, its running header and footer lines left out)."""
    return [[line.text for line in lines] for lines in _body_lines(path, raw)[0]]


def _counted_from_one(block: Block) -> Block:
    return replace(block, line_start=block.line_start + 1, line_end=block.line_end + 1,
                   lines=tuple((first + 1, last + 1) for first, last in block.lines))


def _body_lines(path: Path, raw: bytes) -> tuple[list[list[_Line]], tuple[str, ...]]:
    """Each page's lines in reading order without its running header and footer lines, and those lines as first
    printed (the letterhead)."""
    reader = open_pdf(path, raw)
    try:
        pages = [_reading_order(_lines(runs), width) for runs, width in map(_page_runs, reader.pages)]
    except (PyPdfError, ValueError, KeyError, TypeError, ZeroDivisionError, AttributeError, IndexError) as exc:
        # pypdf raises many kinds of error on a damaged content stream (LimitReachedError among them).
        raise UnreadableDocument(f"{path.name}: PDF-filen är skadad och kan inte läsas ({exc}).") from exc
    running = repeated_lines([[line.text for line in lines[:3] + lines[-3:]] for lines in pages])
    if len(pages) < 3:
        # Too few pages for anything to repeat: a page-number line at a page's foot or head is running text.
        running |= {running_line_key(ln.text) for lines in pages for ln in lines[:2] + lines[-2:]
                    if is_page_number_line(ln.text)}
    if len(pages) == 2:
        # Two pages: a line printed at the head of both, or at the foot of both, is their running header or footer
        # (a report's title over each page, "Revisionsrapport, … REV 2025/7" under each), not text of either.
        heads, feet = ([{running_line_key(ln.text) for ln in part} for part in parts]
                       for parts in ((p[:2] for p in pages), (p[-2:] for p in pages)))
        running |= (heads[0] & heads[1]) | (feet[0] & feet[1])
    # A table's header repeated atop each page it runs over is no running header, nor is a row at a page's foot whose
    # figures alone on a line ("12,4 −4,8 4 028") read like another page's once their digits are blanked.
    print_size = _body_size(pages) if running else None
    in_tables = {id(ln) for lines in pages if print_size for table in figure_tables(lines, print_size - 0.3).values()
                 for ln in lines[table.start:table.end] if not is_page_number_line(ln.text)}

    # A § heading at the head of each page it opens ("MBN § 45 MBN 2024-000512", then "MBN § 47 …") looks like a
    # running header once its digits are blanked; printed only once as it stands, it is the § itself.
    printed = Counter(ln.text for lines in pages for ln in lines[:3] + lines[-3:])

    def is_running(lines: list[_Line], i: int) -> bool:
        return (i < 3 or i >= len(lines) - 3) and running_line_key(lines[i].text) in running \
            and id(lines[i]) not in in_tables \
            and not (printed[lines[i].text] == 1 and paragraph_number(lines[i].text) is not None)

    # The running lines as first printed (page numbers vary, so the first page's wording stands for all).
    first_seen: dict[str, str] = {}
    for lines in pages:
        for i, ln in enumerate(lines):
            if is_running(lines, i):
                first_seen.setdefault(running_line_key(ln.text), ln.text)
    letterhead = tuple(first_seen.values())
    return [[ln for i, ln in enumerate(lines) if not is_running(lines, i)] for lines in pages], letterhead


def _body_size(pages: list[list[_Line]]) -> float | None:
    """The size body text is printed in: the commonest size of regular (not bold) text, by characters."""
    sizes: Counter[float] = Counter()
    for lines in pages:
        for line in lines:
            for run in line.runs:
                if not run.bold:
                    sizes[run.size] += len(run.text)
    if not sizes:  # only bold text (a cover page, say): its own sizes then say what body text is
        sizes.update({run.size: len(run.text) for lines in pages for line in lines for run in line.runs})
    return sizes.most_common(1)[0][0] if sizes else None


def _blocks(lines: list[_Line], body: float, heading_sizes: list[float], page: int) -> list[Block]:
    blocks: list[Block] = []
    # Tables of figures found by their layout (label and figure columns, however their cells wrap).
    tables = figure_tables(lines, body - 0.3)
    i = 0
    while i < len(lines):
        line = lines[i]
        if i in tables:
            table = tables[i]
            text = "\n".join("\t".join(cell for cell in row if cell) for row in table.rows)
            blocks.append(Block("table", text, page, i, table.end - 1, rows=table.rows, lines=table.lines))
            i = table.end
            continue
        if line.size < body - 0.3:
            j = i
            while j < len(lines) and lines[j].size < body - 0.3 and j not in tables:
                j += 1
            blocks.extend(_table_blocks(lines[i:j], page, i))
            i = j
            continue
        end = _worded_table_end(lines, i)
        if end > i:
            # Its rows are told by the space between them, as small print's are: a cell's lines stand closer.
            blocks.extend(_table_blocks(lines[i:end], page, i))
            i = end
            continue
        end = _layout_table_end(lines, i)
        if end == i and line.bold and i + 1 < len(lines):
            # A bold header right above a table, one heading per column (right-aligned over figures, so its
            # cells do not start where the rows' do): the table's first row, not a heading of its own.
            below = _layout_table_end(lines, i + 1)
            if below > i + 1 and len(_cells(line.runs)) == len(_cells(lines[i + 1].runs)) >= 2:
                blocks.extend(_table_blocks(lines[i:below], page, i, row_gap=0.5, header=True))
                i = below
                continue
        if end > i:
            # Lines of a table found by layout are rows each: no smaller print tells a wrapped cell from a row.
            blocks.extend(_table_blocks(lines[i:end], page, i, row_gap=0.5))
            i = end
            continue
        grid = _centred_grid(lines, i)
        if grid:
            end, rows, spans = grid
            text = "\n".join("\t".join(row) for row in rows)
            blocks.append(Block("table", text, page, i, end - 1, rows=tuple(rows), lines=spans))
            i = end
            continue
        # A § of the minutes opens with its number in bold, its diarienummer often in regular print beside it
        # ("**§ 59 Interpellation …** Dnr KS 2024.0389"): a heading all the same.
        opens_paragraph = any(run.bold for run in line.runs) and paragraph_number(line.text) is not None
        if (line.bold or opens_paragraph) and line.size >= body - 0.05 and len(line.text) < 120:
            level = heading_sizes.index(line.size) + 1 if line.size in heading_sizes else len(heading_sizes)
            # A long heading wraps onto the next line in the same bold size.
            j = _bold_lines_end(lines, i, 1.5, tables)
            blocks.append(Block("heading", join_lines(ln.text for ln in lines[i:j]), page, i, j - 1, level=level))
            i = j
            continue
        if is_numbered_heading(line.text):
            blocks.append(Block("heading", line.text, page, i, i, level=len(heading_sizes) + 1))
            i += 1
            continue
        j = i + 1
        while j < len(lines) and j not in tables and _continues(lines[j - 1], lines[j], body):
            j += 1
        text = join_lines(ln.text for ln in lines[i:j])
        kind = "list_item" if _BULLET.match(text) else "paragraph"
        blocks.append(Block(kind, text, page, i, j - 1))
        i = j
    return blocks


# A lone list marker standing in its own run before the item's text: "•", "–", "1.", "a)".
_MARKER = re.compile(r"^(?:[•●▪◦·\-–]|\d{1,2}[.)]|[a-z][.)])$")
_MIN_TABLE_LINES = 3


def _layout_table_end(lines: list[_Line], i: int) -> int:
    """Where a table found by its layout ends (i when none starts at line i): at least three lines in a row, each
    of two or more text runs, whose runs start at the same x positions beyond the left edge — columns, whatever
    the font size. A bulleted list (marker run + text run) is not a table."""
    columns: set[int] = set()
    j = i
    last_full = i  # one past the last line of two or more runs
    while j < len(lines):
        starts = _run_starts(lines[j])
        if len(starts) == 1 and columns and _wraps_cell(lines[j - 1], lines[j], columns):
            j += 1  # a cell's text wrapped onto the next line, alone in its column
            continue
        if len(starts) < 2 or _MARKER.match(min(lines[j].runs, key=lambda r: r.x).text.strip()):
            break
        if columns:
            inner = {x for x in starts if x != min(starts)}
            if not any(_near(x, columns) for x in inner):
                break
        columns |= starts
        j += 1
        last_full = j
    j = last_full  # wrapped lines after the last row belong to what follows the table
    if sum(1 for line in lines[i:j] if len(_run_starts(line)) > 1) < _MIN_TABLE_LINES:
        return i
    # The columns must recur: every line shares a start beyond its left edge with the other lines.
    for line in lines[i:j]:
        starts = _run_starts(line)
        if len(starts) == 1:
            continue
        others = {x for other in lines[i:j] if other is not line for x in _run_starts(other)}
        if not any(_near(x, others) for x in starts if x != min(starts)):
            return i
    return j


def _worded_table_end(lines: list[_Line], i: int) -> int:
    """Where a table of words in body print ends (i when none starts at line i): a bold header of three columns or
    more (its own wrapped lines, "Risk-" / "värde", set as close as a cell's), then lines in the same print, none
    bold, none starting left of the first column nor running across two columns' edges as prose does, at least one of
    them a cell's wrapped line alone — an internal control plan's "Nr | Process | Risk | … | Ansvarig | Resultat",
    whose cells wrap into several lines each. Small print would tell it for a table whose rows stand apart; in body
    print, a cell centred in its row's height stands between the lines of the others, so its columns share no edge
    from line to line and _layout_table_end does not see it, and where they do, the bold header's path read it a line
    per row, a cell's further lines lost (so this is asked first)."""
    head = lines[i]
    if not head.bold:
        return i
    size = head.size
    j = _bold_lines_end(lines, i, 1.0)
    if max(len(_cells(line.runs)) for line in lines[i:j]) < 3:
        return i
    edges = sorted({cell[0].x for line in lines[i:j] for cell in _cells(line.runs)})
    k, wrapped = j, False
    while k < len(lines):
        line = lines[k]
        if line.bold or abs(line.size - size) > 0.3 or not 0 < lines[k - 1].y - line.y <= 3.5 * size \
                or any(run.x < edges[0] - 3 or _crosses(run, edges) for run in line.runs):
            break
        wrapped = wrapped or len(_cells(line.runs)) == 1
        k += 1
    return k if wrapped and k - j >= 2 else i


def _bold_lines_end(lines: list[_Line], i: int, leading: float, stop: Container[int] = ()) -> int:
    """One past the bold lines in line i's size that follow it at most `leading` × that size apart (a heading, or a
    table's header, wrapped onto lines of its own), short of any line in `stop`."""
    j = i + 1
    while j < len(lines) and j not in stop and lines[j].bold and lines[j].size == lines[i].size \
            and 0 < lines[j - 1].y - lines[j].y <= lines[i].size * leading:
        j += 1
    return j


def _crosses(run: _Run, edges: list[float]) -> bool:
    """A run running past two column edges right of where it starts (by the width bound of pdf_lines.cells): prose
    across the page, not a cell's line."""
    end = _cell_end([run])
    return sum(run.x + 3 < edge < end for edge in edges) >= 2


def _centred_grid(lines: list[_Line], i: int) -> tuple[int, list[tuple[str, str]], tuple[tuple[int, int], ...]] | None:
    """A two-column field grid whose cells are centred vertically (as a browser prints a table): the key of a
    value that wraps stands between the value's lines, so no line holds both and no column lines up row by row.
    Read from line i: lines whose runs start only at a key column and a value column far to its right, at least
    two keys and two values, a line holding a key alone; each value line goes to the key nearest it in height, and
    key lines close above each other are one wrapped key ("Övriga" / "närvarande"). Returns the end, the rows and the
    first and last line of each row; None when no grid starts here."""
    size = lines[i].size
    starts = _run_starts(lines[i])
    key_x = min(starts)
    j, value_x = i, None
    while j < len(lines) and lines[j].size == size and not lines[j].bold:
        here = _run_starts(lines[j])
        if j > i and not 0 < lines[j - 1].y - lines[j].y <= size * 2.2:
            break
        others = {x for x in here if not _near(x, {key_x})}
        if value_x is None and others:
            value_x = min(others)
        if value_x is None or others - {x for x in others if _near(x, {value_x})} or len(here) > 2:
            break
        j += 1
    if value_x is None or value_x - key_x < size * 8 or j - i < _MIN_TABLE_LINES:
        return None
    keys: list[tuple[float, float, str]] = []  # (top y, bottom y, text)
    values: list[tuple[float, str]] = []
    key_lines: list[list[int]] = []  # the lines each key and its values stand on
    value_lines: list[int] = []
    for k, line in enumerate(lines[i:j], start=i):
        for cell in _cells(line.runs):
            text = " ".join(run.text for run in cell).strip()
            if _near(round(cell[0].x), {key_x}):
                if keys and 0 < keys[-1][1] - line.y <= size * 1.4:
                    keys[-1] = (keys[-1][0], line.y, f"{keys[-1][2]} {text}")
                    key_lines[-1].append(k)
                else:
                    keys.append((line.y, line.y, text))
                    key_lines.append([k])
            else:
                values.append((line.y, text))
                value_lines.append(k)
    alone = any(_run_starts(line) == {x for x in _run_starts(line) if _near(x, {key_x})} for line in lines[i:j])
    if len(keys) < 2 or len(values) < 2 or not alone or any(len(text) > 40 or _MARKER.match(text) for *_, text in keys):
        return None
    rows: list[list[str]] = [[text, ""] for *_, text in keys]
    for (y, text), k in zip(values, value_lines, strict=True):
        nearest = min(range(len(keys)), key=lambda k: abs((keys[k][0] + keys[k][1]) / 2 - y))
        rows[nearest][1] = join_lines(filter(None, (rows[nearest][1], text)))
        key_lines[nearest].append(k)
    return j, [(key, value) for key, value in rows], tuple((min(ks), max(ks)) for ks in key_lines)


def _wraps_cell(previous: _Line, line: _Line, columns: set[int]) -> bool:
    """A line of one run that carries on a cell of the row above: it starts in one of the table's columns, in the
    same print, at the spacing of a wrapped line ("Beslutande | Kerstin Ljung …, Gustav Berg" / "(KD)"; a Word
    table's cells are top-aligned)."""
    start = round(line.x)
    return _near(start, columns) and 0 < previous.y - line.y <= line.size * 1.4 and line.size == previous.size


def _run_starts(line: _Line) -> set[int]:
    """The x positions where the cells of a line start (see _cells)."""
    return {round(cell[0].x) for cell in _cells(line.runs)}


def _near(x: int, positions: set[int]) -> bool:
    return any(abs(x - p) <= 3 for p in positions)


def _continues(previous: _Line, line: _Line, body: float) -> bool:
    """Whether `line` carries on the paragraph of `previous` (same style, normal spacing, no bullet)."""
    if line.size < body - 0.3 or (line.bold and line.size >= body - 0.05 and not previous.bold):
        return False
    if line.bold != previous.bold:
        return False
    if previous.text.endswith(("-", ",")) and not previous.bold:
        return 0 < previous.y - line.y <= line.size * 1.6
    if _BULLET.match(line.text) or is_numbered_heading(line.text):
        return False
    if section_label(previous.text) or section_label(line.text):
        return False  # a label on its own line ('Socialnämndens beslut') opens a part of the §, in any print
    gap = previous.y - line.y
    return 0 < gap <= line.size * 1.6


def _table_blocks(lines: list[_Line], page: int, first: int, row_gap: float = 1.5, header: bool = False) -> list[Block]:
    """Small-print or column-aligned lines: a table when the runs stand in columns, otherwise plain paragraphs.
    With `header`, the first line heads the columns: one heading per column, in order."""
    runs = [run for line in lines for run in line.runs]
    columns = _columns([run for line in lines[1:] for run in line.runs] if header else runs)
    placed = _cell_columns(lines)
    if placed:
        columns, assigned = placed
    else:
        assigned = {}
        columns = _complementary_merged(columns, lines)
    if len(columns) < 2:
        text = join_lines(line.text for line in lines)
        return [Block("paragraph", text, page, first, first + len(lines) - 1)]
    rows: list[tuple[str, ...]] = []
    spans: list[tuple[int, int]] = []  # the first and last line of each row
    line_of = {id(run): first + k for k, line in enumerate(lines) for run in line.runs}
    size = max(run.size for run in runs)
    band: list[_Run] = []
    last_y: float | None = None
    # A layout table's line of one run, close under the line above, carries on a cell of that row.
    edges = {round(x) for x in columns}
    wrapped = {id(run) for previous, line in zip(lines, lines[1:], strict=False)
               if row_gap < 1 and len(_run_starts(line)) == 1 and _wraps_cell(previous, line, edges) for run in line.runs}
    figures = {first + k: _figure_cells(line) for k, line in enumerate(lines)}
    ends = _figure_ends(runs, columns, assigned)
    ordered = sorted(runs, key=lambda r: -r.y)
    opening: dict[int, int] = {}  # each line's first run in this order
    for run in ordered:
        opening.setdefault(line_of[id(run)], id(run))
    for run in ordered:
        # Small print wraps a cell at about 1.2 × its size and starts a new row further down. Where rows stand as
        # close as wrapped lines do (a word processor's table), the figures tell (see _starts_row).
        new_line = bool(band) and opening[line_of[id(run)]] == id(run)
        if last_y is not None and ((last_y - run.y > size * row_gap and id(run) not in wrapped)
                                   or (new_line and _starts_row(figures[line_of[id(run)]], band, line_of, figures, size))):
            rows.append(_row(band, columns, assigned, ends))
            spans.append(_band_lines(band, line_of))
            band = []
        band.append(run)
        last_y = run.y
    if band:
        rows.append(_row(band, columns, assigned, ends))
        spans.append(_band_lines(band, line_of))
    if header:
        heads = [" ".join(run.text for run in cell).strip() for cell in _cells(lines[0].runs)]
        if len(heads) == len(columns):
            rows[0] = tuple(heads)
            spans[0] = (first, first)
    kept = [(row, span) for row, span in zip(rows, spans, strict=True) if any(row)]
    rows = [row for row, _ in kept]
    text = "\n".join("\t".join(cell for cell in row if cell) for row in rows)
    return [Block("table", text, page, first, first + len(lines) - 1, rows=tuple(rows),
                  lines=tuple(span for _, span in kept))]


def _figure_cells(line: _Line) -> list[tuple[float, float, str]]:
    """Where the cells of a line that hold a figure start and end, and their text (a year alone heads a column: it
    is no figure here)."""
    return [(cell[0].x, _cell_end(cell), text) for cell in _cells(line.runs)
            if is_numeric(text := " ".join(run.text for run in cell).strip()) and not YEAR.fullmatch(text)]


def _starts_row(line_figures: list[tuple[float, float, str]], band: list[_Run], line_of: dict[int, int],
                figures: dict[int, list[tuple[float, float, str]]], size: float) -> bool:
    """A line of two or more figures opens a new row under a row that has figures in the same columns (by either
    edge: figures are right-aligned as often as not), or under a bold header row of several cells and no figures.
    Three digits under one to three of the same column may end a number that wrapped in its narrow column ("18" /
    "928"), and a line of one figure may be a wrapped cell: those are left to the spacing."""
    numbers = sorted({line_of[id(run)] for run in band})
    above = [cell for number in numbers for cell in figures[number]]
    near = size * 0.6

    def same_column(cell: tuple[float, float, str], other: tuple[float, float, str]) -> bool:
        return abs(cell[0] - other[0]) <= near or abs(cell[1] - other[1]) <= near

    whole = [cell for cell in line_figures if not (re.fullmatch(r"\d{3}", cell[2]) and any(
        re.fullmatch(r"\d{1,3}", other[2]) and same_column(cell, other) for other in above))]
    if len(whole) < 2:
        return False
    if not above:
        return all(run.bold for run in band) and \
            any(len(_cells([run for run in band if line_of[id(run)] == n])) >= 2 for n in numbers)
    return any(same_column(cell, other) for cell in whole for other in above)


def _band_lines(band: list[_Run], line_of: dict[int, int]) -> tuple[int, int]:
    """The first and last line a row's runs stand on."""
    numbers = [line_of[id(run)] for run in band]
    return min(numbers), max(numbers)


def _cell_columns(lines: list[_Line]) -> tuple[list[float], dict[int, int]] | None:
    """Columns from the lines that hold a cell in every column, as a browser prints an HTML table whose figures and
    headings are right-aligned: their cells start wherever their width puts them ("350" far right of "-10 520",
    "Utfall 2022" left of "18 412"), so left edges split one column in two and push a heading into the column
    before it ("Verksamhet (tkr) Utfall 2022"). When most lines of two or more cells have the same number of
    cells, that number is the table's: on those lines cell k is column k, and a cell of a line with fewer (a
    heading over some columns, a wrapped cell) goes to the column whose cells it overlaps most. Returns the
    columns' left edges and each run's column, or None when no count prevails (the edges then decide)."""
    cells_of = [_cells(line.runs) for line in lines]
    if not any(cells_of):
        return None
    # The grid's left edge is where its rows of two cells or more start when every line of one cell further left
    # stands above or below them (a note at the text's margin under an indented table: no row, and measured from it
    # no row started at the edge). A cell of one line among the rows is the first column's, read line by line.
    rows_y = [line.y for line, cells in zip(lines, cells_of, strict=True) if len(cells) >= 2]
    grid_left = min((cells[0][0].x for cells in cells_of if len(cells) >= 2), default=0.0)
    among = any(len(cells) == 1 and cells[0][0].x < grid_left - line.size
                and min(rows_y) - line.size <= line.y <= max(rows_y) + line.size
                for line, cells in zip(lines, cells_of, strict=True)) if rows_y else True
    left = min(cells[0][0].x for cells in cells_of if cells) if among else grid_left
    # Only a line that starts in the first column is a whole row; a line of figures alone stands beside a row label
    # that wraps above and below it (cells centred in height).
    counts = Counter(len(cells) for cells in cells_of if len(cells) >= 2 and cells[0][0].x <= left + cells[0][0].size)
    if not counts:
        return None
    count, full = counts.most_common(1)[0]
    total = sum(counts.values())
    if full * 5 < total * 3 or (full < 2 and total > 1):
        return None
    whole = [cells for cells in cells_of if len(cells) == count and cells[0][0].x <= left + cells[0][0].size]
    # A whole row's cell k overlaps the other whole rows' cells k; one that stands elsewhere ("Anmälan av
    # delegationsbeslut-   delegationsbeslut kompletteras …", a gap inside a cell's text) is no row of this grid.
    middle = [(statistics.median(cells[k][0].x for cells in whole), statistics.median(_cell_end(cells[k]) for cells in whole))
              for k in range(count)]
    # A heading row left-aligned over right-aligned figures ("2023" at its cell's left, the figures at the right)
    # overlaps no figure, but each of its cells stands between the columns beside it: a row of the grid too.
    def fits(cell: list[_Run], k: int) -> bool:
        start, end = cell[0].x, _cell_end(cell)
        if start <= middle[k][1] + 3 and end >= middle[k][0] - 3:
            return True
        return (k == 0 or start >= middle[k - 1][1] - 3) and (k + 1 == count or end <= middle[k + 1][0] + 3)

    whole = [cells for cells in whole if all(fits(cell, k) for k, cell in enumerate(cells))]
    if not whole:
        return None
    # Only a grid of one-line rows: any other line is a caption or note alone at the left. A row whose cells wrap
    # onto lines of their own (or are centred in height beside a wrapped one) is left to the edges, which read it.
    if any(not (any(cells is w for w in whole) or (len(cells) == 1 and cells[0][0].x <= left + cells[0][0].size))
           for cells in cells_of if cells):
        return None
    spans = [[min(cells[k][0].x for cells in whole), max(_cell_end(cells[k]) for cells in whole)] for k in range(count)]
    if any(spans[k][0] >= spans[k + 1][0] for k in range(count - 1)):
        return None  # the columns' cells interleave: no grid of this many columns
    edges = _columns([run for line in lines for run in line.runs])
    if len(edges) == count and all(_edge_column(cell[0], edges) == k for cells in whole for k, cell in enumerate(cells)):
        return None  # the left edges already read every whole row right
    assigned: dict[int, int] = {}
    for cells in cells_of:
        for k, cell in enumerate(cells):
            assigned.update({id(run): k if any(cells is w for w in whole) else _span_column(cell, spans)
                             for run in cell})
    return [span[0] for span in spans], assigned


def _span_column(cell: list[_Run], spans: list[list[float]]) -> int:
    """The column of a cell on a line without a cell in every column: the one it starts at (left-aligned), else the
    one whose cells its start falls within, else the one it overlaps most (a right-aligned heading or figure)."""
    start, end = cell[0].x, _cell_end(cell)
    for test in (lambda c: abs(start - spans[c][0]) <= 3, lambda c: spans[c][0] <= start <= spans[c][1]):
        found = [c for c in range(len(spans)) if test(c)]
        if found:
            return found[0]
    return max(range(len(spans)), key=lambda c: (min(end, spans[c][1]) - max(start, spans[c][0]),
                                                 -abs(start - spans[c][0])))


def _columns(runs: list[_Run]) -> list[float]:
    """Left edges of the columns: x positions where runs start on more than one line (a run that starts
    once, mid-line, is a word in another style, not a column)."""
    starts = Counter(round(run.x) for run in runs)
    recurring = {x for x, n in starts.items() if n >= 2 or any(abs(x - y) < 4 and starts[y] >= 2 for y in starts if y != x)}
    # Right-aligned figures of different widths ("98,1" and "107,9" under one heading) start a character or two
    # apart: where only figures start, starts closer than two of their characters chain into one column, which
    # recurs when it holds two runs.
    figures_only = set(starts) - {round(r.x) for r in runs if not is_numeric(r.text)}
    size = sorted(run.size for run in runs)[len(runs) // 2]
    # Or further apart when the figures starting there end together: right-aligned "-1 298,2" and "251,9" are three
    # characters apart at the start and one column.
    ends_at: dict[int, list[float]] = {}
    for run in runs:
        if round(run.x) in figures_only:
            ends_at.setdefault(round(run.x), []).append(_cell_end([run]))
    end_of = {x: statistics.median(found) for x, found in ends_at.items()}

    def chains(x: int, last: int) -> bool:
        if not (x in figures_only and last in figures_only):
            return False
        return x - last < 1.1 * size or (x - last < 3 * size and abs(end_of[x] - end_of[last]) <= 0.8 * size)

    chain: list[int] = []
    for x in sorted(figures_only) + [None]:
        if x is not None and chain and chains(x, chain[-1]):
            chain.append(x)
            continue
        if sum(starts[c] for c in chain) >= 2:
            recurring |= set(chain)
        chain = [x] if x is not None else []
    if len({round(x / 4) for x in recurring}) < 2:
        recurring = set(starts)
    edges: list[float] = []
    last = None
    for x in sorted(recurring):
        if last is None or not (x - last < 4 or chains(x, last)):
            edges.append(float(x))
        last = x
    return edges


def _complementary_merged(columns: list[float], lines: list[_Line]) -> list[float]:
    """Neighbouring column edges that never hold runs on the same line are one column when the left one holds no
    figure and the right one only figures: a heading left-aligned over right-aligned figures ("Budget" at 204, its
    figures from 231). Two columns of figures that take turns (an increase in one, a decrease in the other) stay
    apart, and so do two columns of text (a wrapped cell leaves the other blank on its later lines)."""
    if len(columns) < 3:
        return columns
    columns = _labels_merged(columns, lines)
    used: list[set[int]] = []  # the columns each line has runs in
    kinds: dict[int, set[bool]] = {}  # whether each column's runs are figures
    for line in lines:
        used.append(set())
        for run in line.runs:
            if run.text.strip():
                k = _edge_column(run, columns)
                used[-1].add(k)
                kinds.setdefault(k, set()).add(_is_figure(run.text))
    merged = list(columns)
    for k in range(len(columns) - 2, 0, -1):  # never the labels' column
        if kinds.get(k) == {False} and kinds.get(k + 1) == {True} and not any(k in u and k + 1 in u for u in used):
            del merged[k + 1]
    return merged


def _labels_merged(columns: list[float], lines: list[_Line]) -> list[float]:
    """Left of the first column that holds a figure, edges that each start some row's label, where no line has more
    than one run, are the labels' column indented ("Vinterväghållning" under "Gata och trafik", "varav …" further in): one column."""
    figure_columns = [_edge_column(run, columns) for line in lines for run in line.runs
                      if _is_figure(run.text)]
    first = min(figure_columns, default=0)
    if first < 2:
        return columns
    labelled: set[int] = set()  # the edges that start a row's label: on a line with figures, one run left of them
    rows_begun = False
    for line in lines:
        figures = any(_is_figure(run.text) for run in line.runs)
        rows_begun = rows_begun or figures
        if not rows_begun:
            continue  # the heading lines: a heading may stand left of its figures ("Budget 2025" right-aligned)
        left = [k for run in line.runs if run.text.strip() and (k := _edge_column(run, columns)) < first]
        if len(left) > 1:
            return columns
        if figures:
            labelled.update(left)
    # A heading left-aligned over figures stands on heading lines only; an indented label starts a row.
    return [columns[0], *columns[first:]] if labelled >= set(range(first)) else columns


def _is_figure(text: str) -> bool:
    """A figure of the table's body: numeric, and not a year (a year is a column's heading)."""
    text = text.strip()
    return is_numeric(text) and not YEAR.fullmatch(text)


def _edge_column(run: _Run, columns: list[float]) -> int:
    """The column whose left edge is the last one at or before the run's start."""
    return max(i for i, edge in enumerate(columns) if edge <= round(run.x) + 3) if round(run.x) + 3 >= columns[0] else 0


def _figure_ends(runs: list[_Run], columns: list[float], assigned: dict[int, int]) -> dict[int, float]:
    """Where each column's figures end, for the columns that hold two or more (the median of their right ends)."""
    found: dict[int, list[float]] = {}
    for run in runs:
        if is_numeric(run.text.strip()):
            found.setdefault(assigned.get(id(run), _edge_column(run, columns)), []).append(_cell_end([run]))
    return {k: statistics.median(xs) for k, xs in found.items() if len(xs) >= 2}


def _right_aligned(run: _Run, columns: list[float], ends: dict[int, float], slack: float = 0.0) -> int | None:
    """The column of a heading printed right-aligned over a column of figures ("Jan–aug 2024" ending where the
    figures under it end, but starting left of them, in the column before): the column its right end meets.
    `slack`: a share of the heading's width its end may miss by too (the width is estimated from its letters, and
    a long heading's estimate strays further); the nearest such column then."""
    end, here = _cell_end([run]), _edge_column(run, columns)
    tolerance = run.size * 0.8 + slack * (end - run.x)
    found = [(abs(end - x), k) for k, x in ends.items() if k > here and abs(end - x) <= tolerance]
    return (min(found)[1] if slack else found[0][1]) if found else None


def _row(band: list[_Run], columns: list[float], assigned: dict[int, int] | None = None,
         ends: dict[int, float] | None = None) -> tuple[str, ...]:
    """One table row: each run goes to its column; runs on one line join with a space, wrapped lines
    through join_lines (which mends a word broken at the line end). On a line with as many cells as there are
    columns, a figure that starts just left of its column's edge goes to that column: right-aligned and wider
    than the others ("159,7" under "98,2"), it would otherwise join the cell before it ("Summa 159,7")."""
    lines: dict[float, list[_Run]] = {}
    for run in band:
        key = next((y for y in lines if abs(y - run.y) < 1.0), run.y)
        lines.setdefault(key, []).append(run)
    column_of: dict[int, int] = dict(assigned or {})
    for runs in lines.values() if not column_of else ():
        cells = _cells(runs)
        if len(cells) != len(columns) or len(cells) < 2:
            continue
        for k, cell in enumerate(cells):
            text = " ".join(run.text for run in cell).strip()
            if _edge_column(cell[0], columns) == k - 1 and is_numeric(text):
                column_of.update({id(run): k for run in cell})
    # A row of column headings with no cell over the labels (the table's top left corner is blank): its headings
    # stand over the figures they name, right-aligned as the figures are.
    heading_row = not any(round(run.x) <= columns[0] + 3 or is_numeric(run.text.strip()) for run in band)
    # So is a line of headings above one that names every column, the labels' too ("Beläggning" right-aligned over
    # "Enhet  Antal platser  2024 …"): a heading over a figure column that starts left of it. Only above: a line
    # under a full one is a heading's wrapped rest ("Utfall" over "kvinnor"), placed as its first line is.
    full = [y for y, runs in lines.items() if len(_cells(runs)) == len(columns)
            and min(round(run.x) for run in runs) <= columns[0] + 3]
    over_full = {id(run) for y, runs in lines.items() if full and y > max(full)
                 and not any(round(run.x) <= columns[0] + 3 or is_numeric(run.text.strip()) for run in runs)
                 for run in runs}
    headings_only = not any(_is_figure(run.text) for run in band)
    # (A heading of one line is taken as full when it has a run per column: the widths its cells are told apart by
    # are estimates, and two headings close together read as one cell.)
    alone = len(lines) == 1 and (full or any(
        len([r for r in runs if r.text.strip()]) == len(columns) and min(round(r.x) for r in runs) <= columns[0] + 3
        for runs in lines.values()))
    if headings_only and (over_full or alone):
        # The full line under them is headings too (no figure but years): its headings right-aligned the same way
        # ("dygn" under "Vårdtid 2025,", "Antal platser" ending over its figures); so is a heading row of one line
        # that names the labels' column ("Nämnd  Budget 2024  Utfall 2024 …", each heading ending over its figures).
        over_full |= {id(run) for runs in ([lines[y] for y in full] if not alone else lines.values()) for run in runs
                      if round(run.x) > columns[0] + 3}
        # A heading row of one line with one run per column, the first over the labels, names the columns in order,
        # however each heading is aligned over its figures: left-aligned headings over right-aligned figures start in
        # the column before theirs ("Summa, h" after the end of the figures under "Tillsynstid per åa, h"), and a wide
        # one ends nearer the next column's figures than its own — an edge or an end would put two in one cell. (Not a
        # band of several lines: there a line's runs may be a wrapped cell's rest, not one per column.)
        named = sorted((r for r in band if r.text.strip()), key=lambda r: r.x) if len(lines) == 1 else []
        if len(named) == len(columns) and round(named[0].x) <= columns[0] + 3 \
                and all(round(run.x) < columns[k + 1] + 3 for k, run in enumerate(named[:-1])):
            column_of.update({id(run): k for k, run in enumerate(named)})

    def place(run: _Run) -> int:
        index = column_of.get(id(run))
        if index is None and heading_row:
            index = _right_aligned(run, columns, ends or {})
        if index is None and id(run) in over_full:
            index = _right_aligned(run, columns, ends or {}, slack=0.3)
        return _edge_column(run, columns) if index is None else index

    # Read so, each line's headings must keep their left-to-right order (a page turned on its side prints its
    # headings in another order than their places; then the left edges decide, as before).
    for runs in lines.values():
        placed = [place(run) for run in sorted(runs, key=lambda r: r.x)]
        if any(a > b for a, b in zip(placed, placed[1:], strict=False)):
            over_full -= {id(run) for run in runs}
    cells: list[list[tuple[float, str]]] = [[] for _ in columns]
    for run in sorted(band, key=lambda r: (-r.y, r.x)):
        parts = cells[place(run)]
        if parts and abs(parts[-1][0] - run.y) < 1.0:
            parts[-1] = (parts[-1][0], f"{parts[-1][1]} {run.text}")
        else:
            parts.append((run.y, run.text))
    return tuple(join_lines(text for _, text in parts) for parts in cells)
