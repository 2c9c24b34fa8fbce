"""Tables of figures found by their layout alone, as Word, LibreOffice and browsers print them in body-size type:
a column of row labels at one left edge and columns of figures to its right, under a header of one or more lines.

Such a table is told by its rows, not by smaller print: lines of a label cell and figure cells only ("Ekonomiskt
bistånd | 27,5 | 30,1 | −2,6"). Figures are right-aligned, so they start wherever their width puts them: a column is
where the figure cells overlap, not where they start. A label that wraps is read with its row whatever the cell's
vertical alignment: top-aligned (figures on the first line, the label's rest below), centred (a line of figures
alone between the label's lines) or bottom-aligned. Rows are told apart by the padding between them, which is wider
than a cell's own line spacing; where there is none (a Word table without cell margins), a line with figures starts
a row and a label line alone carries on the row above. A header over two or more lines ("Budget" / "2023", a
heading centred in height beside them) is read column by column."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.normalize import join_lines
from ingest.patterns import is_numeric
from ingest.pdf_lines import Line, Run, cell_end, cell_text, cells

# An empty figure cell as reports print it: a dash, "x", "..".
_PLACEHOLDER = re.compile(r"^(?:[-–—−]|x|\.\.)$", re.IGNORECASE)
_YEAR_TOKEN = re.compile(r"^(?:19|20)\d\d(?:\s*\(.*\))?$")
_MAX_HEADER_LINES = 6
_MIN_FIGURE_ROWS = 2
_WRAPPED_LINES = 3  # label lines in a row before its figures (a label centred beside them)
_REACH = _MAX_HEADER_LINES + _WRAPPED_LINES


@dataclass(frozen=True)
class FigureTable:
    """A table found on a page: its lines run from `start` to `end` (exclusive); its rows, the header's first when
    one is printed."""

    start: int
    end: int
    rows: tuple[tuple[str, ...], ...]
    lines: tuple[tuple[int, int], ...] = ()  # the first and last line of each row, as `start` and `end` count


@dataclass
class _Parsed:
    """One line of a candidate table: its label cell (at the left edge), if any, and its figure cells."""

    line: Line
    label: list[Run] | None
    figures: list[list[Run]]


def figure_tables(lines: list[Line], min_size: float) -> dict[int, FigureTable]:
    """The tables of figures printed in `min_size` or larger on one page's lines (in reading order), by the index of
    their first line. (Smaller print is read as a table by pdf_reader already, its rows told apart by spacing.)"""
    found: dict[int, FigureTable] = {}
    parsed = [_parse(line) for line in lines]
    # Only where figures follow within a header's and a wrapped label's reach can a table start: prose is passed by.
    near: list[bool] = []
    following = len(lines) + _REACH
    for k in range(len(lines) - 1, -1, -1):
        following = k if parsed[k] is not None and parsed[k].figures else following
        near.append(following - k <= _REACH)
    near.reverse()
    i = 0
    while i < len(lines):
        table = _table_at(lines, parsed, i) if near[i] and lines[i].size >= min_size else None
        if table is None:
            i += 1
            continue
        found[i] = table
        i = table.end
    return found


def _figure(text: str) -> bool:
    return is_numeric(text) or bool(_PLACEHOLDER.match(text))


# Character widths in ems, near Helvetica's and Arial's (Word's, LibreOffice's and browsers' usual sans): narrow
# letters and punctuation, wide ones, capitals, figures; anything else half an em.
_NARROW = set("ijlftrI.,:;'!()[]-–− ")
_WIDE = set("mwMWÅÄÖ@%")


def _width(run: Run) -> float:
    ems = sum(0.3 if c in _NARROW else 0.85 if c in _WIDE else 0.56 if c.isdigit() else 0.68 if c.isupper() else 0.5
              for c in run.text)
    return ems * run.size


def _table_cells(line: Line) -> list[list[Run]]:
    """The line's cells (see cells()), a figure run split from the label before it when the label's width by
    letter, not by the upper bound cells() uses, leaves white space wider than a word space between them: a label
    that fills its column ("… inklusive familjehem") stands close to a right-aligned figure."""
    out: list[list[Run]] = []
    for cell in cells(line.runs):
        out.append([cell[0]])
        for previous, run in zip(cell, cell[1:], strict=False):
            if is_numeric(run.text) and not is_numeric(previous.text) and run.x - previous.x - _width(previous) > 0.5 * run.size:
                out.append([])
            out[-1].append(run)
    return out


def _parse(line: Line) -> _Parsed | None:
    """A line of label and figures, figures alone or a label alone; None for anything else (two text cells)."""
    found = _table_cells(line)
    if not found:
        return None
    texts = [cell_text(cell) for cell in found]
    if all(_figure(t) for t in texts):
        return _Parsed(line, None, found) if any(is_numeric(t) for t in texts) else None
    if not all(_figure(t) for t in texts[1:]):
        return None
    return _Parsed(line, found[0], found[1:])


def _header_line(line: Line) -> bool:
    """Column headings: short words or years, nothing else a figure ('Budget' / '2023', 'Avvikelse mot budget')."""
    texts = [cell_text(cell) for cell in cells(line.runs)]
    return bool(texts) and all(len(t) <= 40 and (not is_numeric(t) or _YEAR_TOKEN.match(t)) and not t.endswith(".")
                               for t in texts)


def _table_at(lines: list[Line], parsed_lines: list[_Parsed | None], i: int) -> FigureTable | None:
    size = lines[i].size
    header_end = i
    while (header_end < len(lines) and header_end - i < _MAX_HEADER_LINES and _header_line(lines[header_end])
           and abs(lines[header_end].size - size) <= 0.3
           and (header_end == i or 0 < lines[header_end - 1].y - lines[header_end].y <= 1.6 * size)):
        header_end += 1
    if header_end > i and not any(len(cells(line.runs)) >= 2 for line in lines[i:header_end]):
        return None  # a caption or a heading alone above: the table, if any, starts below it
    body = _body(lines, parsed_lines, header_end, size)
    if body is None:
        if header_end == i:
            return None
        # A first line of years ("Nyckeltal 2021 2022 2023") is a row of figures by its print: read it as header.
        header_end = i
        body = _body(lines, parsed_lines, i, size)
        if body is None:
            return None
    parsed, columns = body
    if header_end > i and not 0 < lines[header_end - 1].y - parsed[0].line.y <= 2.2 * size:
        return None
    spans = [(min(p.label[0].x for p in parsed if p.label), columns[0][0] - 1), *columns]
    header = _header(lines[i:header_end], parsed, columns) if header_end > i else None
    if header_end > i and header is None:
        return None
    rows, bands = _rows(parsed, spans, size)
    if sum(1 for row in rows if any(row[1:])) < _MIN_FIGURE_ROWS + (header is None):
        return None
    # The parsed lines follow the header's one by one.
    lines_of = ((i, header_end - 1),) if header else ()
    return FigureTable(i, header_end + len(parsed), ((header,) if header else ()) + tuple(rows),
                       lines_of + tuple((header_end + a, header_end + b) for a, b in bands))


def _body(lines: list[Line], parsed_lines: list[_Parsed | None], start: int, size: float) -> tuple[list[_Parsed], list[tuple[float, float]]] | None:
    """The table's rows from line `start`: the parsed lines and the figure columns' spans (left to right)."""
    parsed: list[_Parsed] = []
    columns: list[tuple[float, float]] = []
    left: float | None = None
    alone = 0  # label lines in a row without figures
    for line, here in zip(lines[start:], parsed_lines[start:], strict=True):
        if abs(line.size - size) > 0.3 or (parsed and not 0 < parsed[-1].line.y - line.y <= 2.2 * size):
            break
        alone = alone + 1 if here is not None and not here.figures else 0
        if here is None or alone > _WRAPPED_LINES:
            break
        if here.label is not None:
            x = here.label[0].x
            if left is None:
                left = x
            # A label starts at the table's left edge, or indented under it ("varav …"); it ends before the figures.
            if not left - 3 <= x <= left + 3 * size or (columns and cell_end(here.label) > columns[0][0] + 2 * size):
                break
        elif left is not None and here.figures[0][0].x <= left + 3 * size:
            break  # figures at the left edge: a new table, or no table
        widened = _place(columns, here.figures)
        if widened is None:
            break
        columns = widened
        parsed.append(here)
    # A label alone after the last row of figures carries on that row only at a wrapped line's spacing.
    while parsed and not parsed[-1].figures and (len(parsed) < 2 or parsed[-2].line.y - parsed[-1].line.y > 1.45 * size):
        parsed.pop()
    if not any(p.label for p in parsed) or sum(1 for p in parsed if p.figures) < 2:
        return None
    return parsed, columns


def _place(columns: list[tuple[float, float]], figures: list[list[Run]]) -> list[tuple[float, float]] | None:
    """The figure columns widened by one line's figure cells, each overlapping one column or standing in a gap
    between columns (a new one); None when a cell spans two columns or two cells fall in one."""
    out = list(columns)
    taken: set[int] = set()
    for cell in figures:
        start, end = cell[0].x, cell_end(cell)
        hits = [k for k, (a, b) in enumerate(out) if start <= b and end >= a]
        if len(hits) > 1:
            return None
        if hits:
            k = hits[0]
            out[k] = (min(out[k][0], start), max(out[k][1], end))
        else:
            out.append((start, end))
            out.sort()
            k = out.index((start, end))
            taken = {t + (t >= k) for t in taken}
        if k in taken:
            return None
        taken.add(k)
    if any(out[k][1] >= out[k + 1][0] for k in range(len(out) - 1)):
        return None
    return out


def _column(start: float, end: float, spans: list[tuple[float, float]]) -> int | None:
    """The column a cell overlaps most; None when it overlaps none."""
    overlaps = [min(end, b) - max(start, a) for a, b in spans]
    best = max(range(len(spans)), key=lambda k: overlaps[k])
    return best if overlaps[best] > 0 else None


def _header(lines: list[Line], parsed: list[_Parsed], columns: list[tuple[float, float]]) -> tuple[str, ...] | None:
    """Each column's heading, its words read top to bottom. A heading may be left-aligned, centred or right-aligned
    over right-aligned figures, so it goes by its middle: to the labels when that lies left of where the longest
    label ends, else to the first figure column that ends right of it. None when no figure column is headed."""
    label_end = max(run.x + _width(run) for p in parsed if p.label for run in p.label)
    bounds = [label_end, *(end for _, end in columns)]
    parts: list[list[str]] = [[] for _ in bounds]
    for line in lines:
        for cell in _table_cells(line):
            middle = (cell[0].x + cell[-1].x + _width(cell[-1])) / 2
            parts[next((k for k, bound in enumerate(bounds) if middle <= bound), len(bounds) - 1)].append(cell_text(cell))
    if not any(parts[1:]):
        return None
    return tuple(" ".join(p) for p in parts)


def _rows(parsed: list[_Parsed], spans: list[tuple[float, float]], size: float) -> tuple[list[tuple[str, ...]],
                                                                                         list[tuple[int, int]]]:
    """The rows, each label read with its figures (see the module's docstring for how lines are grouped), and the
    first and last of the parsed lines each row is read from."""
    threshold = _band_gap(parsed, size)
    rows: list[tuple[list[str], list[list[str]]]] = []
    bands: list[tuple[int, int]] = []
    previous: Line | None = None
    for k, here in enumerate(parsed):
        gap = previous.y - here.line.y if previous else None
        new_band = gap is not None and threshold is not None and gap > threshold
        has_figures = bool(rows) and any(rows[-1][1])
        if not rows or new_band or (here.figures and has_figures):
            rows.append(([], [[] for _ in spans[1:]]))
            bands.append((k, k))
        bands[-1] = (bands[-1][0], k)
        label, figures = rows[-1]
        if here.label:
            label.append(cell_text(here.label))
        for cell in here.figures:
            k = _column(cell[0].x, cell_end(cell), spans[1:])
            figures[k if k is not None else -1].append(cell_text(cell))
        previous = here.line
    return [(join_lines(label), *(" ".join(f) for f in figures)) for label, figures in rows], bands


def _band_gap(parsed: list[_Parsed], size: float) -> float | None:
    """The spacing beyond which a line starts a new row (the padding between rows makes it wider than a wrapped
    line's), or None when rows stand as close as a cell's lines."""
    rows = [a.line.y - b.line.y for a, b in zip(parsed, parsed[1:], strict=False)
            if a.label and a.figures and b.label and b.figures]
    # A cell's own line spacing: the closest two label lines stand (a line of figures centred between them aside).
    labels = [p.line for p in parsed if p.label]
    wraps = [g for a, b in zip(labels, labels[1:], strict=False) if 0.9 * size <= (g := a.y - b.y) <= 1.6 * size]
    if not wraps:
        return min(rows) - 1.0 if rows else None
    wrap = min(wraps)
    row = min(rows) if rows else max(a.line.y - b.line.y for a, b in zip(parsed, parsed[1:], strict=False))
    return (wrap + row) / 2 if row - wrap >= 1.5 else None

