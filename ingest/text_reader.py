"""Text, markdown and HTML exports → blocks, keeping the original line numbers."""

from __future__ import annotations

import html
import re
from collections import Counter
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

from ingest.errors import UnreadableDocument
from ingest.letterhead import FIELD_LINE
from ingest.models import Block
from ingest.normalize import (
    clean_text,
    is_numbered_heading,
    is_page_number_line,
    join_lines,
    looks_like_heading,
    running_line_key,
    strip_markup,
    two_row_names,
)
from ingest.patterns import (
    YEAR,
    arende_heading,
    diarienummer_in,
    is_numeric,
    section_label,
    without_diarienummer,
)
from ingest.wrapped_tables import wrapped_tables

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
# Pandoc Markdown's heading attributes ("## Alternativ {#sec-alternativ}", "{.unnumbered}", "{-}"): markup, not title.
_PANDOC_ATTRIBUTES = re.compile(r"\s+\{(?:-|[#.][\w:.-]+)(?:\s+(?:[#.][\w:.-]+|[\w-]+=\S+))*\}\s*$")
_BOLD_LINE = re.compile(r"^\s*(?:\*\*|<b>)(.+?)(?:\*\*|</b>)\s*$", re.IGNORECASE)
_LIST = re.compile(r"^\s*(?:[-*•]\s+|\d{1,2}[.)]\s+)")
# A markdown (pipe) table's line under its header: "--- | ---", "|:---|---:|".
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
# The line that gives a definition list's definition: a colon, then the text (or nothing, and the text indented below).
_DEFINITION = re.compile(r"^:(?:[ \t]+|$)")
_HTML_BLOCK = re.compile(r"</?(?:html|head|body|meta|title|style|script)[^>]*>", re.IGNORECASE)
# HTML5's sectioning elements (a web-published protokoll's <main>, <section>, <article>, <footer> …): each starts a
# line of its own, and none of their tags is text.
_HTML_SECTION = re.compile(r"</?(?:main|section|article|header|footer|nav|aside|figure|figcaption|address|hgroup|"
                           r"details|summary|dl|dt|dd|blockquote|pre)\b[^>]*>", re.IGNORECASE)


def decode(raw: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), else UTF-16 with BOM, else Windows-1252; never binary."""
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnreadableDocument(f"{name}: filen verkar vara binär, inte text.")
    for encoding in ("utf-8-sig", "utf-16") if raw.startswith((b"\xff\xfe", b"\xfe\xff")) else ("utf-8-sig",):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError as exc:
        raise UnreadableDocument(f"{name}: okänd teckenkodning (varken UTF-8 eller Windows-1252).") from exc


# WAI-ARIA 1.2's table roles (W3C): a table built of <div>s by a web publishing system says what it is this way.
_ARIA_TABLE_ROLES = {"table": "table", "grid": "table", "treegrid": "table", "row": "tr", "columnheader": "th",
                     "rowheader": "th", "cell": "td", "gridcell": "td"}
# HTML's void elements (the HTML Living Standard): they have no end tag to match.
_VOID = frozenset("area base br col embed hr img input link meta source track wbr".split())


class _AriaTables(HTMLParser):
    """Where an element has a table role, the edits that write it as the table element of that role (start and end
    tag), so the rows of a <div> grid are read as a table's rows."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.text = text
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.open: list[tuple[str, str | None]] = []
        self.edits: list[tuple[int, int, str]] = []

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            return
        role = next((value or "" for name, value in attrs if name == "role"), "").strip().lower()
        element = _ARIA_TABLE_ROLES.get(role)
        self.open.append((tag, element))
        if element:
            self.edits.append((self._offset(), len(self.get_starttag_text() or ""), f"<{element}>"))

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.open) - 1, -1, -1):
            if self.open[depth][0] == tag:
                element = self.open[depth][1]
                del self.open[depth:]
                if element:
                    start = self._offset()
                    end = self.text.find(">", start) + 1
                    self.edits.append((start, end - start, f"</{element}>"))
                return


def aria_tables(text: str) -> str:
    """Elements with WAI-ARIA table roles written as <table>, <tr>, <th> and <td> (see _AriaTables)."""
    if not re.search(r"\brole\s*=\s*[\"']?(?:table|grid|treegrid)\b", text, re.IGNORECASE):
        return text
    parser = _AriaTables(text)
    parser.feed(text)
    parser.close()
    # One pass over the edits in order (a web page's grid has thousands of cells: re-slicing the text per edit was
    # quadratic).
    pieces: list[str] = []
    done = 0
    for start, length, replacement in sorted(parser.edits):
        pieces += (text[done:start], replacement)
        done = start + length
    return "".join(pieces) + text[done:]


_SPANNED_TABLE = re.compile(r"<table\b[^>]*>(?:(?!</table>).)*?\b(?:col|row)span\b.*?</table>", re.I | re.S)
_CELL = re.compile(r"<t([dh])\b([^>]*)>(.*?)</t\1>", re.I | re.S)


def _span(attrs: str, name: str) -> int:
    found = re.search(rf"\b{name}\s*=\s*[\"']?(\d+)", attrs, re.I)
    return max(1, min(int(found[1]), 50)) if found else 1


def _unspanned(match: re.Match[str]) -> str:
    """A table whose cells span columns or rows, laid out on its grid: a spanning cell fills every place it covers,
    and a head of two rows of header cells (a group "2025" over "Kvinnor | Män | Totalt") becomes one row naming
    each column by both ("2025 Kvinnor"), as a Word table's is (normalize.two_row_names). Read cell by cell, the
    lower row's columns stood one place off and the group's year was lost."""
    grid: list[list[tuple[bool, str] | None]] = []
    carried: dict[int, tuple[int, tuple[bool, str]]] = {}  # column → (rows still covered, the cell)
    for row in re.findall(r"<tr\b[^>]*>(.*?)</tr>", match[0], re.I | re.S):
        placed: list[tuple[bool, str] | None] = []
        for header, attrs, inner in _CELL.findall(row):
            while len(placed) in carried:
                placed.append(carried[len(placed)][1])
            cell, down = (header.lower() == "h", " ".join(inner.split())), _span(attrs, "rowspan")
            for _ in range(_span(attrs, "colspan")):
                if down > 1:
                    carried[len(placed)] = (down, cell)
                placed.append(cell)
        while len(placed) in carried:
            placed.append(carried[len(placed)][1])
        carried = {c: (n - 1, cell) for c, (n, cell) in carried.items() if n > 1 and c < len(placed) and placed[c] is cell}
        grid.append(placed)
    heads = 0
    while heads < len(grid) and grid[heads] and all(c is not None and c[0] for c in grid[heads]):
        heads += 1
    rows = [[c[1] if c else "" for c in row] for row in grid]
    if heads == 2 and len(grid[0]) == len(grid[1]):
        rows = [list(two_row_names(rows[0], rows[1])), *rows[2:]]
    # The caption stays above the rows, where html_to_lines sets it on a line of its own.
    caption = re.search(r"<caption\b.*?</caption>", match[0], re.I | re.S)
    return "<table>" + (caption[0] if caption else "") + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"


def html_tables_to_lines(text: str) -> str:
    """The HTML tables a markdown or text export carries (Markdown allows raw HTML, and converters write a table
    with merged cells that way), as the lines an HTML export's tables become; the rest is left as it is."""
    return re.sub(r"<table\b.*?</table>", lambda m: _on_its_lines(html_to_lines(m[0]), m[0].count("\n")), text,
                  flags=re.I | re.S)


def _on_its_lines(text: str, breaks: int) -> str:
    """A table's lines in as many lines as its markup took, so every line after it keeps its number in the file
    (citations point at the file's lines): its rows from the table's first line, blank lines after them."""
    rows = [line for line in text.split("\n") if line.strip()]
    if len(rows) > breaks + 1:  # more rows than the markup had lines: nothing after the table can keep its number
        return "\n".join(rows)
    return "\n".join(rows + [""] * (breaks + 1 - len(rows)))


def html_to_lines(text: str) -> str:
    """Turn an HTML export into the same line shapes a text export has."""
    # A site's navigation (HTML5's <nav>: breadcrumbs, menus) is the web page's, not the document's.
    text = re.sub(r"<(script|style|title|head|nav)\b[^>]*>.*?</\1>", "", text, flags=re.IGNORECASE | re.DOTALL)
    # A page's controls and embedded objects (HTML's interactive and embedded content: a cookie notice's "Jag
    # förstår" button, a search form's options, an icon's SVG, "Aktivera JavaScript" in <noscript>) are not its text.
    text = re.sub(r"<(button|select|textarea|noscript|svg|iframe|template|object|audio|video|canvas)\b[^>]*>.*?</\1>",
                  "", text, flags=re.IGNORECASE | re.DOTALL)
    # The tags of a form and of embedded media are markup around text, or around nothing.
    text = re.sub(r"</?(?:form|input|fieldset|legend|option|optgroup|datalist|output|picture|source|track|embed|wbr)"
                  r"\b[^>]*>", "", text, flags=re.IGNORECASE)
    # Text marked deleted (HTML's <del>: a meeting's start time changed, "<del>13.00</del> <ins>08.30</ins>") is no
    # longer the document's, as a Word document's tracked deletion is not; its lines stay, blank.
    text = re.sub(r"<del\b[^>]*>.*?</del>", lambda m: "\n" * m[0].count("\n"), text, flags=re.IGNORECASE | re.DOTALL)
    text = _SPANNED_TABLE.sub(_unspanned, text)
    text = aria_tables(text)
    text = re.sub(r"<!--.*?-->|<!DOCTYPE[^>]*>", "", text, flags=re.IGNORECASE | re.DOTALL)
    # A table's caption stands on its own line above the rows, where the chunker takes it for their caption.
    text = re.sub(r"<caption[^>]*>(.*?)</caption>", r"\n\n\1\n\n", text, flags=re.IGNORECASE | re.DOTALL)
    # A table's head and body are one table: <thead>/<tbody>/<tfoot> are grouping only (between them a blank line
    # had cut a meeting system's agenda into a header alone and rows without it).
    text = re.sub(r"</?(?:thead|tbody|tfoot)[^>]*>", "", text, flags=re.IGNORECASE)
    # Lines broken with <br> inside a table cell (the names under 'Beslutande') stay in their cell, parted as a
    # list is.
    text = re.sub(r"<t([dh])([^>]*)>(.*?)</t\1>",
                  lambda m: f"<t{m[1]}{m[2]}>" + re.sub(r"\s*<br\s*/?>\s*", "; ", m[3].strip(), flags=re.IGNORECASE)
                  .strip("; ") + f"</t{m[1]}>", text, flags=re.IGNORECASE | re.DOTALL)
    # A row's cells are one line, however the source laid out their tags (one per line, indented), and the rows
    # stay adjacent: one table.
    text = re.sub(r"</t[dh]>\s*<t[dh][^>]*>", "\t", text, flags=re.IGNORECASE)
    text = re.sub(r"(<tr[^>]*>)\s*(<t[dh])", r"\1\2", text, flags=re.IGNORECASE)
    text = re.sub(r"(</t[dh]>)\s*(</tr>)", r"\1\2", text, flags=re.IGNORECASE)
    text = re.sub(r"</tr>\s*<tr[^>]*>", "\n", text, flags=re.IGNORECASE)
    text = _HTML_BLOCK.sub("", text)
    # A description list's term and its description ("<dt>Plats</dt><dd>Sessionssalen</dd>", a meeting system's
    # first-page fields) are one statement, written as the definition list of a text export ("Plats" / ": …").
    text = re.sub(r"<dt[^>]*>(.*?)</dt>\s*<dd[^>]*>(.*?)</dd>",
                  lambda m: "\n\n" + " ".join(m[1].split()) + "\n: " + " ".join(m[2].split()) + "\n\n", text,
                  flags=re.IGNORECASE | re.DOTALL)
    text = _HTML_SECTION.sub("\n", text)
    text = re.sub(r"<h([1-6])[^>]*>(.*?)</h\1>", lambda m: "\n" + "#" * int(m[1]) + " " + m[2] + "\n", text,
                  flags=re.IGNORECASE | re.DOTALL)
    text = re.sub(r"</?(?:tr|table|thead|tbody)[^>]*>", "\n", text, flags=re.IGNORECASE)
    text = re.sub(r"<t[dh][^>]*>|</t[dh]>", "", text, flags=re.IGNORECASE)
    text = re.sub(r"<li[^>]*>", "\n- ", text, flags=re.IGNORECASE)
    text = re.sub(r"<br\s*/?>|</p>|</li>|</div>", "\n", text, flags=re.IGNORECASE)
    text = re.sub(r"<p[^>]*>", "\n\n", text, flags=re.IGNORECASE)
    return html.unescape(text)


_HTML_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
# Pandoc's title block ("% Utredning om bibliotekets filialer" on the first line) and YAML front matter's
# "title: …" (between the "---" lines that open a markdown file).
_PANDOC_TITLE = re.compile(r"\A\ufeff?%[ \t]+(\S.*)")
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*\n", re.DOTALL)
_YAML_TITLE = re.compile(r"^title:[ \t]*[\"']?(.+?)[\"']?[ \t]*$", re.MULTILINE)


def stated_title(path: Path, raw: bytes) -> str:
    """The title a text export states of itself, apart from its text: an HTML page's <title>, a markdown file's
    pandoc title block or front-matter title; empty when it states none."""
    suffix = path.suffix.lower()
    if suffix in {".html", ".htm"}:
        found = _HTML_TITLE.search(decode(raw, path.name))
    elif suffix in _MARKDOWN:
        text = decode(raw, path.name)
        front = _FRONT_MATTER.match(text)
        found = _YAML_TITLE.search(front[1]) if front else _PANDOC_TITLE.match(text)
    else:
        return ""  # a plain text export states no title apart from its text: not decoded a second time
    return " ".join(html.unescape(found[1]).split()) if found else ""


# One "key: value" line of YAML front matter (a plain scalar, possibly quoted).
_YAML_FIELD = re.compile(r"^([A-Za-zÅÄÖåäö_][\wÅÄÖåäö -]*?):[ \t]+[\"']?(.*?)[\"']?[ \t]*$")


def _front_matter_as_fields(text: str) -> str:
    """A markdown export's YAML front matter ("---", "title: …", "kommun: Ekbacka kommun", "---") is the document's
    fields, not its text: each "key: value" line becomes a row of a label–value table (a field grid, as a report's
    head of fields is read), the fences blank lines; the lines keep their numbers. Joined into one paragraph, the
    fields ran together ("…/Personalutskottet kommun: Ekbacka kommun" read as a municipality) and stood as a sentence."""
    front = _FRONT_MATTER.match(text)
    if not front:
        return text
    head = front[0].split("\n")[:-1]  # the front matter's lines, its closing fence last
    rows = ["" if n in (0, len(head) - 1) else (f"{m[1]}\t{m[2]}" if (m := _YAML_FIELD.match(line)) and m[2]
                                                else line) for n, line in enumerate(head)]
    return "\n".join(rows) + "\n" + text[front.end():]


def read_text(path: Path, raw: bytes) -> list[Block]:
    """Read a text/markdown/HTML export into blocks; every block sits on 'page' 1."""
    text = decode(raw, path.name)
    if path.suffix.lower() in _MARKDOWN:
        text = _front_matter_as_fields(text)
    if path.suffix.lower() in {".html", ".htm"}:
        text = html_to_lines(text)
    elif "<table" in text.lower():
        text = html_tables_to_lines(text)
    if path.suffix.lower() not in _MARKDOWN | {".html", ".htm"}:
        text = _unquoted(text)
    plain = _without_running_lines(text)
    if path.suffix.lower() not in _MARKDOWN:
        plain = _without_margin(plain)
    lines = _tree_lines(plain)
    if path.suffix.lower() in {".html", ".htm"}:
        lines = _numbers_joined(lines)
    notes: dict[str, Block] = {}
    if path.suffix.lower() in _MARKDOWN:
        lines, notes = _footnotes(lines)
        lines = _pandoc_grids(lines)
    # A rule drawn with characters ("-----", "=====", markdown's "---" and "* * *") parts the page and says nothing:
    # read as a blank line, it no longer joins the heading it frames to the text below, and a table it underlines
    # or closes (a header, a rule, the rows, a rule over the sum) stays one table.
    rules = frozenset(n for n, line in enumerate(lines) if _RULE.match(line))
    lines = ["" if n in rules else line for n, line in enumerate(lines)]
    page_gaps = _page_gaps(text, lines)
    bands = [] if path.suffix.lower() in _MARKDOWN | {".html", ".htm"} else _column_bands(lines)
    if bands:
        # Each band of two columns read as its left column's lines, then its right column's, in their own places.
        left, right = list(lines), [""] * len(lines)
        for first, end, gutter in bands:
            for n in range(first, end):
                left[n], right[n] = _split_at(lines[n], gutter) or (lines[n], "")
        blocks = _in_bands(_blocks(left, rules, page_gaps), _blocks(right, rules, page_gaps), bands)
    else:
        blocks = _blocks(lines, rules, page_gaps)
    if notes:
        blocks = _with_footnotes(blocks, notes)
    return wrapped_tables(blocks)  # a table a PDF-to-text export flattened into lines


def _blocks(lines: list[str], rules: frozenset[int], page_gaps: frozenset[int]) -> list[Block]:
    """The blocks of an export's lines (headings, paragraphs, list items, tables), each with its lines' numbers."""
    blocks: list[Block] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            i += 1
            continue
        if "|" in line and i + 1 < len(lines) and _PIPE_RULE.match(lines[i + 1]):
            j = i + 2
            while j < len(lines) and "|" in lines[j] and lines[j].strip():
                j += 1
            # The rule under the header is markup, not a row.
            blocks.append(_table([_pipe_cells(line) for line in (lines[i], *lines[i + 2 : j])], i + 1, j,
                                 [i + 1, *range(i + 3, j + 1)]))
            i = j
            continue
        aligned = _aligned_rows(lines, i, rules, page_gaps)
        if aligned:
            rows, numbers = aligned
            j = numbers[-1][1]
            blocks.append(_table(rows, i + 1, j, numbers))
            i = j
            continue
        if "\t" in line and not (i + 1 < len(lines) and "\t" in lines[i + 1]) and _paragraph_heading(line):
            # A § and its diarienummer laid out as a one-row table ("§ 34 | Dnr 0118/22", as meeting systems export
            # the head of each paragraph): the paragraph's heading, not a table.
            blocks.append(Block("heading", _paragraph_heading(line)[1], 1, i + 1, i + 1, level=2))
            i += 1
            if i < len(lines) and _ends_paragraph_head(lines[i]):
                blocks.append(Block("heading", strip_markup(lines[i]).strip(), 1, i + 1, i + 1, level=3))
                i += 1
            continue
        if "\t" in line:
            j = i
            while j < len(lines) and "\t" in lines[j]:
                j += 1
            blocks.append(_table([line.split("\t") for line in lines[i:j]], i + 1, j, list(range(i + 1, j + 1))))
            i = j
            continue
        if i + 1 < len(lines) and _DEFINITION.match(lines[i + 1]) and not _DEFINITION.match(line) \
                and not _MD_HEADING.match(line):
            # A definition list (Pandoc's and PHP Markdown Extra's "Term" / ": definition", an audit report's
            # "Bedömning" / ": Ej uppfyllt"): the term and its definition are one statement, not a heading over it.
            j = i + 2
            while j < len(lines) and lines[j].strip() and (lines[j][:1] in " \t" or _DEFINITION.match(lines[j])):
                j += 1
            definition = join_lines(strip_markup(_DEFINITION.sub("", part, count=1)) for part in lines[i + 1:j])
            blocks.append(Block("paragraph", f"{strip_markup(line).strip()}: {definition}".strip(), 1, i + 1, j))
            i = j
            continue
        heading = _heading(line) or _paragraph_heading(line) or _label_heading(line) or _numbered_title(lines, i) \
            or _bare_paragraph(lines, i) or _framed(lines, i, rules)
        if heading:
            level, title = heading
            if title:
                blocks.append(Block("heading", title, 1, i + 1, i + 1, level=level))
            i += 1
            # The ärende's title on the line under its § ("§ 16 Dnr …" / "Avgift för familjerådgivning"); under a
            # bare "§ 49" also after a blank line (a layout export's "§ 49" / "" / "Information från förvaltningen").
            # A § line with no title of its own (bare, or only its diarienummer: "TN § 14      Dnr TN 2026/12").
            bare = bool(_bare_paragraph(lines, i - 1)) or _untitled_paragraph(line)
            opens = bool(_paragraph_heading(line)) or bare
            title = i
            while bare and title < len(lines) and not lines[title].strip() and title - i < 2:
                title += 1
            if opens and title < len(lines) and _ends_paragraph_head(lines[title]):
                blocks.append(Block("heading", strip_markup(lines[title]).strip(), 1, title + 1, title + 1, level=3))
                i = title + 1
            continue
        j = i + 1
        # Under 'Expedieras till' / 'Beslutet skickas till' each line names one recipient: no line is wrapped text.
        recipients = bool(blocks) and blocks[-1].kind == "heading" and section_label(blocks[-1].text) == "skickas"
        # A table's header right under its caption ("Driftredovisning (mnkr)" / "   Budget   Utfall …") ends it too.
        while not recipients and j < len(lines) and lines[j].strip() and "\t" not in lines[j] \
                and not _starts_block(lines[j]) and not _aligned_rows(lines, j, rules):
            j += 1
        body = join_lines(strip_markup(part) for part in lines[i:j])
        if body:
            kind = "list_item" if _LIST.match(line) else "paragraph"
            blocks.append(Block(kind, body, 1, i + 1, j))
        i = j
    return blocks


# Two columns of prose in a layout export (pdftotext -layout of a brochure-set report): each line holds a line of the
# left column, a gap, and the line of the right column beside it. Read across, every line would join two sentences.
# A band of such lines is read as the left column and then the right, each line keeping its number in the file.
_COLUMN_GAP = 3  # spaces at least between the columns
_COLUMN_LINES = 5  # lines with text on both sides of the gutter, at least
_COLUMN_PROSE = 20  # letters on a side, so that a table's figures or a field grid's short labels never count


def _split_at(line: str, gutter: int) -> tuple[str, str] | None:
    """(left, right) of a line that fits a gutter at `gutter` (give or take one column): text on the left ending a
    gap before it, text on the right starting at it, or either alone; None when the line crosses it."""
    if not line.strip():
        return "", ""
    for g in (gutter, gutter - 1, gutter + 1):
        if 0 < g <= len(line) and line[g - 1] == " " and (g == len(line) or line[g] != " "):
            left, right = line[:g].rstrip(), line[g:].strip()
            if len(line[:g]) - len(left) >= _COLUMN_GAP or not left:
                return left, right
    if len(line.rstrip()) <= gutter - _COLUMN_GAP:
        return line.rstrip(), ""
    return None


def _letters(text: str) -> int:
    return sum(ch.isalpha() for ch in text)


def _column_bands(lines: list[str]) -> list[tuple[int, int, int]]:
    """(first, end, gutter) of each band of two-column prose: the most lines holding prose on both sides of one
    gutter, every line between them fitting it."""
    starts: Counter[int] = Counter()
    for line in lines:
        for m in re.finditer(rf"\S( {{{_COLUMN_GAP},}})(?=\S)", line):
            if _letters(line[: m.start() + 1]) >= _COLUMN_PROSE and _letters(line[m.end():]) >= _COLUMN_PROSE:
                starts[m.end()] += 1
    bands: list[tuple[int, int, int]] = []
    taken: set[int] = set()
    for gutter, count in starts.most_common(3):
        if count < _COLUMN_LINES:
            break
        i = 0
        while i < len(lines):
            if i in taken or _split_at(lines[i], gutter) is None:
                i += 1
                continue
            j = i
            while j < len(lines) and j not in taken and _split_at(lines[j], gutter) is not None:
                j += 1
            both = [s for s in (_split_at(line, gutter) for line in lines[i:j]) if s and s[0] and s[1]]
            prose = [(left, right) for left, right in both
                     if _letters(left) >= _COLUMN_PROSE and _letters(right) >= _COLUMN_PROSE]
            if len(prose) >= _COLUMN_LINES:
                while not lines[j - 1].strip():
                    j -= 1
                while not lines[i].strip():
                    i += 1
                bands.append((i, j, gutter))
                taken.update(range(i, j))
            i = max(j, i + 1)
    return sorted(bands)


def _in_bands(left: list[Block], right: list[Block], bands: list[tuple[int, int, int]]) -> list[Block]:
    """The blocks of the page read in order, each band's right column after its left column's last block."""
    out: list[Block] = []
    pending = [[b for b in right if first < b.line_start <= end] for first, end, _ in bands]
    ends = [end for _, end, _ in bands]
    k = 0
    for block in left:
        while k < len(bands) and block.line_start > ends[k]:
            out += pending[k]
            k += 1
        out.append(block)
    for rest in pending[k:]:
        out += rest
    return out


# An e-mail's quoted lines ("> " before each, "> > " two replies back: RFC 3676 and every mail program), as a
# protokollsutdrag forwarded by mail and saved as text carries the minutes.
_QUOTED = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)
_MIN_QUOTED = 5


def _unquoted(text: str) -> str:
    """A text whose lines are in good part an e-mail's quotation read without the quotation marks (each line where it
    was: citations keep their line numbers)."""
    lines = [line for line in text.split("\n") if line.strip()]
    quoted = sum(1 for line in lines if line.lstrip().startswith(">"))
    if quoted < _MIN_QUOTED or quoted * 3 < len(lines):
        return text
    return _QUOTED.sub("", text)


_MARKDOWN = {".md", ".markdown"}
# Markdown's footnotes (Pandoc, GitHub, PHP Markdown Extra): "[^2]" where it refers, "[^2]: …" where it is defined.
_FOOTNOTE_DEFINITION = re.compile(r"^\[\^([^\]\s]+)\]:\s*(.*)$")
_FOOTNOTE_MARK = re.compile(r"\[\^([^\]\s]+)\]")  # the definitions are out of the lines by then


# Pandoc's fenced divs (":::: {.callout-note}" … "::::"): markup around the text, a line of its own each.
_FENCED_DIV = re.compile(r"^\s*:{3,}\s*(?:\{[^}]*\}|[\w-]+)?\s*:*\s*$")
# A grid table's border (Pandoc's grid tables: "+-----+-----+", "+=====+=====+" under the header).
_GRID_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")


def _pandoc_grids(lines: list[str]) -> list[str]:
    """Pandoc Markdown's fenced divs read as blank lines, and its grid tables as the pipe tables they mean: each row's
    cells (a cell may run over several lines) on one line from the table's first line, the rule under the header,
    blank lines after them so that every line after the table keeps its number."""
    out = ["" if _FENCED_DIV.match(line) else line for line in lines]
    i = 0
    while i < len(out):
        if not _GRID_BORDER.match(out[i]):
            i += 1
            continue
        j = i + 1
        while j < len(out) and (_GRID_BORDER.match(out[j]) or out[j].strip().startswith("|")):
            j += 1
        table = out[i:j]
        cuts = [k for k, ch in enumerate(table[0].rstrip()) if ch == "+"]
        rows: list[list[str]] = []
        header = 0
        current: list[list[str]] | None = None
        for line in table[1:]:
            if _GRID_BORDER.match(line):
                if current is not None:
                    rows.append([" ".join(part for part in cell if part) for cell in current])
                current = None
                if "=" in line and not header:
                    header = len(rows)
                continue
            current = current or [[] for _ in cuts[1:]]
            for k, (a, b) in enumerate(zip(cuts, cuts[1:], strict=False)):
                current[k].append(line[a + 1:b].strip() if len(line) > a else "")
        if len(rows) < 2:
            i = j
            continue
        header = header or 1
        shown = ["| " + " | ".join(cells) + " |" for cells in rows[:header]][-1:] + \
            ["|" + "---|" * len(rows[0])] + ["| " + " | ".join(cells) + " |" for cells in rows[header:]]
        out[i:j] = shown + [""] * (j - i - len(shown))
        i = j
    return out


def _footnotes(lines: list[str]) -> tuple[list[str], dict[str, Block]]:
    """The footnote definitions taken out of the lines (blank in their place, so every other line keeps its number),
    each as a paragraph on its own lines; a definition continues on the indented lines under it."""
    notes: dict[str, Block] = {}
    kept = list(lines)
    i = 0
    while i < len(lines):
        found = _FOOTNOTE_DEFINITION.match(lines[i])
        if not found:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j][:1] in (" ", "\t") and lines[j].strip():
            j += 1
        text = join_lines(strip_markup(part) for part in [found[2], *lines[i + 1:j]])
        if text:
            notes[found[1]] = Block("paragraph", text, 1, i + 1, j)
        kept[i:j] = [""] * (j - i)
        i = j
    return kept, notes


def _with_footnotes(blocks: list[Block], notes: dict[str, Block]) -> list[Block]:
    """A footnote read right after the block that first refers to it, as a Word document's is (docx_reader), its mark
    left out ("Omsorgsförvaltningen[^2]" is "Omsorgsförvaltningen"): what the note says — why a row's figures were
    recalculated, what a measure counts — stands beside what it explains. A note nothing refers to keeps its place at
    the end."""
    out: list[Block] = []
    told: set[str] = set()
    for block in blocks:
        marks = [m for m in _FOOTNOTE_MARK.findall(block.text) if m in notes]
        if not marks:
            out.append(block)
            continue
        rows = tuple(tuple(_FOOTNOTE_MARK.sub("", cell) for cell in row) for row in block.rows)
        out.append(replace(block, text=_FOOTNOTE_MARK.sub("", block.text), rows=rows))
        for mark in dict.fromkeys(marks):
            if mark not in told:
                told.add(mark)
                out.append(notes[mark])
    return out + [note for mark, note in notes.items() if mark not in told]


# A tree drawn with box-drawing characters, as planning systems export their goal trees ("│   ├── Indikator: …",
# "└── 5 Tidplan"; also the ASCII "|-- " and "`-- " of the tree command): read as an outline (see _tree_lines).
_TREE = re.compile(r"^([│|\s]*)(?:(?:├──?|└──?)\s*|[|`]--\s+)([^\s─].*)$")  # one class: no backtracking over blank runs
_TREE_STEM = re.compile(r"^[\s│|]*[│]\s*$")


_LONE_NUMBER = re.compile(r"^\s*(\d{1,3})\.?\s*$")


def _numbers_joined(lines: list[str]) -> list[str]:
    """A web page's number in an element of its own beside the title it numbers (a meeting system's agenda: <div
    class="item-number">4</div><div class="item-title">Internpriser …</div>), read as the numbered line it shows
    ("4. Internpriser …"). A page number never stands so in HTML."""
    out = list(lines)
    for i, line in enumerate(out):
        number = _LONE_NUMBER.match(strip_markup(line))
        if not number:
            continue
        j = next((k for k in range(i + 1, min(i + 4, len(out))) if strip_markup(out[k]).strip()), None)
        following = strip_markup(out[j]).strip() if j is not None else ""
        if j is not None and len(following) <= 150 and not _LONE_NUMBER.match(following) and following[:1].isalpha():
            out[i], out[j] = "", f"{number[1]}. {out[j].lstrip()}"
    return out


def _tree_lines(lines: list[str]) -> list[str]:
    """A tree's branches as an outline: a branch with branches under it is a heading at its depth (what is under it
    is about it: "Indikator: Valdeltagande …" over "Målvärde 2026: 83,0 %"), a leaf a list item; the tree's stems
    alone are blank lines. Lines keep their numbers."""
    branches = [_TREE.match(line) for line in lines]
    if not any(branches):
        return lines
    depths = [_depth(m[1]) if m else None for m in branches]
    out = []
    for n, (line, match, depth) in enumerate(zip(lines, branches, depths, strict=True)):
        if match is None:
            out.append("" if _TREE_STEM.match(line) else line)
            continue
        below = depths[n + 1] if n + 1 < len(lines) else None  # a branch right under it, deeper: it has branches
        inner = below is not None and below > depth
        out.append("#" * min(depth + 2, 6) + " " + match[2] if inner else "  " * depth + "- " + match[2])
    return out


def _depth(prefix: str) -> int:
    """How deep a branch stands: one level per stem or four spaces before it."""
    return len(re.findall(r"[│|]|\s{4}", re.sub(r"[│|]\s{0,3}", "│", prefix)))


def _without_running_lines(text: str) -> list[str]:
    """The lines of `text`; in a PDF-to-text export (pages parted by form feeds, as pdftotext writes them) the
    running header and footer lines — the same text at the same place from the head or the foot on most pages —
    are blanked, except on the first page, whose header names the document and whose footer signs it. Blanked, not removed, so line
    numbers stay those of the file."""
    lines = text.splitlines(keepends=True)
    pages: list[list[int]] = [[]]
    for n, line in enumerate(lines):
        pages[-1].append(n)
        if line.endswith("\f"):
            pages.append([])
    plain = [line.rstrip("\r\n\f") for line in lines]
    if len(pages) < 3:
        return plain
    placed: dict[int, tuple[str, int, str]] = {}
    for page in pages:
        filled = [n for n in page if plain[n].strip()]
        for k, n in enumerate(filled[:3]):
            placed[n] = ("head", k, _running_key(plain[n]))
        for k, n in enumerate(reversed(filled[-3:])):
            placed.setdefault(n, ("foot", k, _running_key(plain[n])))
    counts = Counter(placed.values())
    running = {key for key, count in counts.items() if count >= max(3, (len(pages) + 1) // 2)}
    first_page = set(pages[0])
    for n, key in placed.items():
        if key in running and n not in first_page:
            plain[n] = ""
    return plain


def _without_margin(lines: list[str]) -> list[str]:
    """The lines without the page's left margin: a PDF-to-text export made with its layout kept indents every line
    by the margin ("          TN § 14"). Only the spaces all written lines share go, so what stands further in
    still does, and a table's first column starts at the edge as a text export's does."""
    margin = min((len(line) - len(line.lstrip(" ")) for line in lines if line.strip()), default=0)
    return [line[margin:] if line.strip() else line for line in lines] if margin else lines


def _page_gaps(text: str, lines: list[str]) -> frozenset[int]:
    """The blank lines around each page break of a PDF-to-text export (its form feed, the running lines blanked
    with it): a table the break cuts goes on after them, as on paper."""
    raw = text.splitlines(keepends=True)
    breaks = [n for n, line in enumerate(raw) if line.endswith("\f")]
    gaps: set[int] = set()
    for n in breaks:
        if n >= len(lines) or lines[n].strip():
            continue
        first, last = n, n
        while first > 0 and not lines[first - 1].strip():
            first -= 1
        while last + 1 < len(lines) and not lines[last + 1].strip():
            last += 1
        # Only where the page's running header or footer was blanked: a header left in place ("SJÖHOLMA KOMMUN …
        # Årsredovisning 2024") would otherwise be read as the table's next row.
        if any(raw[k].strip() for k in range(first, last + 1)):
            gaps.update(range(first, last + 1))
    return frozenset(gaps)


def _running_key(line: str) -> str:
    """A line as compared across pages: its page number blanked ('Sida 3 av 12'), other figures kept, so that the
    '§ 112' heading that opens each page of a protokoll is not taken for a header."""
    text = clean_text(line)
    return running_line_key(text) if is_page_number_line(text) else text.replace("#", "")


def _heading(line: str) -> tuple[int, str] | None:
    match = _MD_HEADING.match(line)
    if match:
        return len(match[1]), strip_markup(_PANDOC_ATTRIBUTES.sub("", match[2]))
    match = _BOLD_LINE.match(line)
    if match and looks_like_heading(strip_markup(match[1])):
        return 5, strip_markup(match[1])
    if is_numbered_heading(strip_markup(line)):
        return 5, strip_markup(line)
    numbered = arende_heading(strip_markup(line))
    if numbered and looks_like_heading(without_diarienummer(numbered[1])):
        return 2, strip_markup(line)
    return None


# A protokoll § opening its own line with its diarienummer or title ("§ 16 Dnr SN 2023/0412", "§ 16 Avgift för …"):
# the § and its ärende head what follows. A bare "§ 113" is left as text: kallelser quote protokollsutdrag that way
# and their PDFs print it in body type.
_PARAGRAPH_LINE = re.compile(r"^§§?\s?\d{1,4}(?:\s?[-–]\s?\d{1,4})?(?:/\d{2,4})?\s+\S")
# The board's abbreviation a meeting system prints before the § ("KS § 112", "Bun § 7").
_BOARD_PREFIX = r"(?:[A-ZÅÄÖ]{2,6}|[A-ZÅÄÖ][a-zåäö]{1,2})"
# "§ 48" (or "TN § 13") alone on its line: a § only with its ärende's title on a line below (within a blank line).
_BARE_PARAGRAPH_LINE = re.compile(rf"^(?:{_BOARD_PREFIX}\s)?§§?\s?\d{{1,4}}(?:\s?[-–]\s?\d{{1,4}})?\s*$")
# The board's abbreviation before the § ("KS § 112  KSN-2021-0345", "BUN § 7  Dnr BUN 2023/0145") heads a
# paragraph when only the diarienummer follows: "KF § 6 Kommunplan 2023–2026 (SOCN2023:64)" is a line of a
# meddelanden list citing another board's minutes.
_PREFIXED_PARAGRAPH_LINE = re.compile(rf"^{_BOARD_PREFIX}\s§§?\s?\d{{1,4}}(?:/\d{{2,4}})?\s+(?P<rest>\S.*)$")


_NUMBERED_LINE = re.compile(r"^(\d{1,2})\.\s+(\S.*)$")


def _numbered_title(lines: list[str], i: int) -> tuple[int, str] | None:
    """'1. Sammanfattning' standing alone between blank lines, with prose and not the next item of a list below
    it: a numbered chapter heading of a report. '1. Val av justerare' followed by '2. …' stays a list item."""
    match = _NUMBERED_LINE.match(lines[i].strip())
    if not match or not looks_like_heading(match[2]) or len(match[2].split()) > 6:
        return None
    if i > 0 and lines[i - 1].strip() or i + 1 < len(lines) and lines[i + 1].strip():
        return None
    below = next((line.strip() for line in lines[i + 1:] if line.strip()), "")
    following = _NUMBERED_LINE.match(below) or re.match(r"^(\d{1,2})\s", below)
    if not below or following and int(following[1]) == int(match[1]) + 1:
        return None
    return 2, strip_markup(lines[i]).strip()


def _framed(lines: list[str], i: int, rules: frozenset[int]) -> tuple[int, str] | None:
    """A short line with a rule right above and right below it: a chapter heading of a plain-text report, however
    many words it has ("2. EKONOMISKT UTFALL OCH PROGNOS PER VERKSAMHET (tkr)")."""
    text = strip_markup(lines[i]).strip()
    return (2, text) if i - 1 in rules and i + 1 in rules and len(text) <= 100 else None


def _paragraph_heading(line: str) -> tuple[int, str] | None:
    """A line that opens a § is a heading also where the export marks none (a plain-text protokoll)."""
    text = strip_markup(line.replace("\t", " ")).strip()
    if len(text) > 80:
        return None
    return (2, text) if _untitled_paragraph(line) or _PARAGRAPH_LINE.match(text) else None


def _bare_paragraph(lines: list[str], i: int) -> tuple[int, str] | None:
    """A "§ 48" line alone, followed (within a blank line) by its ärende's title."""
    text = strip_markup(lines[i]).strip()
    if not _BARE_PARAGRAPH_LINE.match(text):
        return None
    below = next((line for line in lines[i + 1 : i + 3] if line.strip()), "")
    return (2, text) if _ends_paragraph_head(below) else None


def _untitled_paragraph(line: str) -> bool:
    """A line that opens a § and names nothing but its number and diarienummer ("KS § 112  KSN-2021-0345")."""
    prefixed = _PREFIXED_PARAGRAPH_LINE.match(strip_markup(line.replace("\t", " ")).strip())
    return bool(prefixed and diarienummer_in(prefixed["rest"]) and not without_diarienummer(prefixed["rest"]))


def _ends_paragraph_head(line: str) -> bool:
    text = strip_markup(line).strip()
    return bool(text) and looks_like_heading(text) and not section_label(text) and not _heading(line) \
        and not _paragraph_heading(line) and bool(without_diarienummer(text).strip(" ,;:-–()"))


def _label_heading(line: str) -> tuple[int, str] | None:
    """A section label on a line of its own ('Socialnämndens beslut', 'Yrkanden') heads what follows, also where
    the export marks no heading: joined to the next line, the decision would read as part of the text before it."""
    text = strip_markup(line).strip()
    return (6, text.rstrip(":").strip()) if section_label(text) else None


def _starts_block(line: str) -> bool:
    return bool(_MD_HEADING.match(line) or _LIST.match(line) or is_numbered_heading(strip_markup(line))
                or section_label(strip_markup(line)) or _paragraph_heading(line) or FIELD_LINE.match(line))


# Two or more spaces part the columns of a table laid out with spaces (a plain-text export of a kallelse's
# "Nr  Ärende  Dnr" list, `pdftotext -layout`); one space is the space between words.
_ALIGNED_CELL = re.compile(r"\S+(?: \S+)*")
_HEADING_WORDS = 5  # a column's heading is a few words ("Avvikelse mot budget 2024"), not a line of prose
_MIN_ALIGNED = 3  # a header and two rows: two lines that happen to share a gap are no table
# A line drawn with one character, three times or more (spaced, as markdown allows: "* * *").
_RULE = re.compile(r"^\s*([-=_*~])(?:\s?\1){2,}\s*$")


def _aligned_rows(lines: list[str], i: int, rules: frozenset[int] = frozenset(), page_gaps: frozenset[int] = frozenset()
                  ) -> tuple[list[list[str]], list[tuple[int, int]]] | None:
    """The cells of each row of a space-aligned table starting at line i, and the first and last line (counted from
    1) each row stands on; None when no table starts there.

    A table here is a header line and at least two rows, each of two or more cells, where every cell after the
    first starts where a header cell starts (give or take two characters) or, right-aligned figures, lies under
    one. Prose never lines up like that. A row with fewer cells than the header gets its cells in the columns
    they stand in, so a missing Dnr stays missing. A header with a blank top-left cell (its first heading stands over
    figures, far from the margin) has an unnamed column for the rows' labels, and a header over two lines ("Budget"
    / "2023") is one row. A rule (`rules`: the lines that were one, now blank) under the header or between rows
    does not end the table, nor does a page break (`page_gaps`: the blank lines around it) when the row after it is
    alike the rows before."""
    margin = 0  # the table's own indent, when the whole table stands further in than the text around it

    def spans(line: str) -> list[tuple[int, str]]:
        if "\t" in line or line[:margin].strip():
            return []  # a line less indented than the table's rows is no row of it
        return [(m.start() - margin, m.group()) for m in _ALIGNED_CELL.finditer(line)]

    def heading(cells: list[tuple[int, str]]) -> bool:
        return not any(is_numeric(cell) and not YEAR.fullmatch(cell) for _, cell in cells)

    header = spans(lines[i])
    if header and header[0][0] > 2:
        # A table indented as a whole ("     Uppdrag      Procent   Kronor/månad", its rows as far in): its
        # header's first cell and the first row's label start at the same place, which is the table's left edge. (A
        # header with a blank top-left cell has its first heading over figures, right of the rows' labels.)
        after = next((n for n in range(i + 1, min(i + 4, len(lines))) if lines[n].strip() and n not in rules), None)
        first_row = spans(lines[after]) if after is not None else []
        if len(first_row) >= 2 and first_row[0][0] == header[0][0]:
            margin = header[0][0]
            header = spans(lines[i])
    repeated = [[cell for _, cell in header]]  # the header's lines, repeated where a page break cuts the table
    if len(header) < 2 or not heading(header[1:]):
        return None  # a header names its columns; a line whose cells are figures is a row of something else
    if any(cell[0].islower() for _, cell in header) \
            or not header[0][1].endswith(":") and any(len(cell.split()) > _HEADING_WORDS for _, cell in header):
        # A justified line ("Investeringsbudgeten  för 2025 var  46,0 mnkr och  …") or a line of a page set in two
        # columns ("Nämnden har under årets första åtta månader   Nämndens budget för 2025 är …") names no columns;
        # a field's line ("Plats och tid:   Åsberga stadshus, fullmäktigesalen, …") opens a list of fields.
        return None
    start = i + 1
    below = spans(lines[start]) if start < len(lines) else []
    if header[0][0] > 2 and len(below) == len(header) and below[0][0] > 2 and heading(below) \
            and [_column(s, len(c), header) for s, c in below] == list(range(len(header))):
        header = [(s, f"{h} {c}") for (s, h), (_, c) in zip(header, below, strict=True)]
        repeated.append([cell for _, cell in below])
        start += 1
    elif header[0][0] <= 2 and below and below[0][0] > 2 and heading(below):
        # The second line of a header whose first column is named ("Verksamhet  Budget" / "  2025"): each of its
        # cells under a different heading, none under the rows' labels.
        columns = [_column(s, len(c), header) for s, c in below]
        if None not in columns and columns == sorted(set(columns)) and columns[0] != 0:
            merged = list(header)
            for k, (_, c) in zip(columns, below, strict=True):
                merged[k] = (merged[k][0], f"{merged[k][1]} {c}")
            header = merged
            repeated.append([cell for _, cell in below])
            start += 1
    if header[0][0] > 2:
        header = [(0, ""), *header]
    def fitted(cells: list[tuple[int, str]]) -> list[str] | None:
        """The row these cells make under the header, None when they do not line up with it."""
        if len(cells) < 2 or cells[0][0] > 2:
            return None
        columns = [_column(start, len(cell), header, is_numeric(cell)) for start, cell in cells[1:]]
        if None in columns or columns != sorted(set(columns)) or columns[0] == 0:
            return None
        row = [cells[0][1]] + [""] * (len(header) - 1)
        for k, (_, cell) in zip(columns, cells[1:], strict=True):
            row[k] = cell
        return row

    def alike(row: list[str]) -> bool:
        """Whether a row has a figure where the rows above have figures and text where they have text."""
        for k, cell in enumerate(row[1:], start=1):
            above = {is_numeric(r[k]) for r in rows[1:] if r[k]}
            if cell and len(above) == 1 and is_numeric(cell) not in above:
                return False
        return True

    rows, numbers = [[cell for _, cell in header]], [(i + 1, i + 1)]
    after_break = False
    for n, line in enumerate(lines[start:], start=start):
        if n in rules or n in page_gaps:
            after_break = after_break or n in page_gaps
            continue
        cells = spans(line)
        if [cell for _, cell in cells] in repeated and len(rows) > 1:
            continue
        row = fitted(cells)
        if row is not None and after_break and not alike(row):
            row = None  # the next page's own header or footer ("Kultur- och fritidsnämnden      36"), not a row
        after_break = False
        if row is None and len(rows) > 1 and len(cells) == 1 and cells[0][0] <= 2 \
                and (cells[0][1][0].islower() or n + 1 < len(lines) and fitted(spans(lines[n + 1])) is not None):
            # A label too long for its column wraps onto the next line ("Biblioteksbesöken ska öka med 5 procent" /
            # "jämfört med 2023"): the rest of the row above, kept after its cells so the row's text reads in the
            # order of the page.
            rows[-1].append(cells[0][1])
            numbers[-1] = (numbers[-1][0], n + 1)
            continue
        if row is None:
            break
        rows.append(row)
        numbers.append((n + 1, n + 1))
    return (rows, numbers) if len(rows) >= _MIN_ALIGNED else None


def _column(start: int, width: int, header: list[tuple[int, str]], figure: bool = False) -> int | None:
    """The header column a cell stands in: one it starts at (left-aligned text), or else the one it overlaps most
    (figures are right-aligned under their heading); None when it stands under none. A figure under none stands in
    the gap after a heading: right-aligned to its column's edge, which lies past the heading's last letter ("8"
    under "Procent" where "100" ends), so that heading's."""
    aligned = next((k for k, (s, _) in enumerate(header) if abs(s - start) <= 2), None)
    if aligned is not None:
        return aligned
    overlaps = [(min(start + width, s + len(h)) - max(start, s), k) for k, (s, h) in enumerate(header)]
    best, k = max(overlaps)
    if best > 0:
        return k
    before = [k for k, (s, h) in enumerate(header) if s + len(h) <= start]
    return before[-1] if figure and before and before[-1] > 0 else None


def _pipe_cells(line: str) -> list[str]:
    """The cells of a markdown pipe table's row."""
    cells = line.strip().split("|")
    if cells and not cells[0].strip():
        cells = cells[1:]  # "| a | b |": the outer pipes frame the row
    if cells and not cells[-1].strip():
        cells = cells[:-1]
    return [cell.strip() for cell in cells]


def _table(cells: list[list[str]], first: int, last: int, numbers: list[int] | list[tuple[int, int]]) -> Block:
    """A table block from each row's cells (tab-separated or pipe rows), on lines `first` to `last`; `numbers` are
    the lines the rows stand on (a line, or the first and last of a row that wraps)."""
    spans = [n if isinstance(n, tuple) else (n, n) for n in numbers]
    read = [(tuple(strip_markup(cell) for cell in line), n) for line, n in zip(cells, spans, strict=True)]
    kept = [(row, n) for row, n in read if any(row)]
    rows = tuple(row for row, _ in kept)
    text = "\n".join("\t".join(cell for cell in row if cell) for row in rows)
    return Block("table", text, 1, first, last, rows=rows, lines=tuple(n for _, n in kept))
