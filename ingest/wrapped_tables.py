"""Tables that a PDF-to-text export flattened: a header line of columns that each end in a year ("Volymmått Utfall
jan-april 2019 Prognos 2019 Utfall 2018"), then one paragraph per row whose label wraps over lines and whose last
line ends in one figure per column ("… genomsnitt per månad 602 550 599"). Read as a table, each row becomes a
self-describing fact ("Antal hushåll …: Utfall jan-april 2019 602; Prognos 2019 550; Utfall 2018 599"), so the year
a figure belongs to is no longer lost.

Only the unambiguous case is read: every row ends in exactly as many plain figures as the header has columns (a
figure written with a space as thousands separator cannot be told from two figures, so such a row leaves the
layout as it was)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ingest.models import Block, source_lines
from ingest.patterns import YEAR

# A plain figure: digits (no thousands space), an optional decimal comma, an optional sign or per cent sign.
_FIGURE = r"[-−]?\d+(?:,\d+)?\s?%?"
_TRAILING = re.compile(rf"^(?P<label>.*?\D)\s+(?P<figures>{_FIGURE}(?:\s+{_FIGURE})*)$", re.DOTALL)
MIN_ROWS = 2


def wrapped_tables(blocks: Sequence[Block]) -> list[Block]:
    """`blocks` with each header-and-rows run of the kind above replaced by one table block. A row the header got
    glued to (a table continued on the next page repeats its header right under the last row) goes back to the
    table above; a row that ends in no figures ("Nytt mått") stays in the table as a label, if rows follow it."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        found = _columns(blocks[i])
        if found is None:
            out.append(blocks[i])
            i += 1
            continue
        header, glued = found
        rows: list[tuple[str, ...]] = []
        j = i + 1
        while j < len(blocks) and blocks[j].kind in ("paragraph", "heading"):
            block = blocks[j]
            row = _row(block.text, len(header) - 1) if block.kind == "paragraph" else None
            if row is None:
                repeated = _columns(block)
                if repeated and len(repeated[0]) == len(header):  # the header again, atop the next page
                    rows.extend([repeated[1]] if repeated[1] else [])
                    j += 1
                    continue
                if (block.kind != "paragraph" or j + 1 >= len(blocks) or len(block.text) > 120
                        or not _continues(blocks[j + 1], len(header))):
                    break
                row = (" ".join(block.text.split()),)
            rows.append(row)
            j += 1
        if len(rows) < MIN_ROWS:
            out.append(blocks[i])
            i += 1
            continue
        if glued and out and out[-1].kind == "table" and len(out[-1].rows[0]) == len(header):
            last = out[-1]
            out[-1] = Block("table", f"{last.text}\n{blocks[i].text}", last.page, last.line_start, blocks[i].line_end,
                            rows=(*last.rows, glued), lines=(*source_lines(last), *source_lines(blocks[i])))
        elif glued:
            rows.insert(0, glued)
        out.append(Block("table", "\n".join(b.text for b in blocks[i:j]), blocks[i].page, blocks[i].line_start,
                         blocks[j - 1].line_end, rows=(header, *rows),
                         lines=tuple(n for b in blocks[i:j] for n in source_lines(b))))
        i = j
    return out


def _continues(block: Block, columns: int) -> bool:
    """The table goes on after a row without figures: a row follows, or the header repeated under one."""
    if block.kind == "paragraph" and _row(block.text, columns - 1) is not None:
        return True
    found = _columns(block)
    return bool(found and found[1] and len(found[0]) == columns)


def _columns(block: Block) -> tuple[tuple[str, ...], tuple[str, ...] | None] | None:
    """(('Volymmått', 'Utfall jan-april 2019', 'Prognos 2019', 'Utfall 2018'), glued row or None): a short text
    that ends in a label and two or more column names, each ending in a year and starting with a capital."""
    if block.kind not in ("heading", "paragraph") or len(block.text) > 200:
        return None
    text = " ".join(block.text.split())
    ends = [m.end() for m in YEAR.finditer(text)]
    if len(ends) < 2 or ends[-1] != len(text):
        return None
    names, start = [], 0
    for end in ends:
        names.append(text[start:end].strip())
        start = end
    # The first column's name follows the row labels' own heading: split at its last capitalised word.
    first = re.match(r"^(?P<label>.*\S)\s+(?P<column>[A-ZÅÄÖ]\S*(?:\s+[^A-ZÅÄÖ\s]\S*)*)$", names[0])
    if first is None or not all(re.match(r"[A-ZÅÄÖ]", n) for n in names[1:]):
        return None
    label, glued = first["label"], None
    # "Antal kvinnofridsärenden 22 140 125 Volymmått": the last row of the page above, then the repeated header.
    before = re.match(rf"^(?P<row>.*\D\s{_FIGURE}(?:\s+{_FIGURE})*)\s+(?P<label>[A-ZÅÄÖ]\S*)$", label)
    if before:
        glued = _row(before["row"], len(names))
        if glued:
            label = before["label"]
    if len(label) > 40:
        return None
    return (label, first["column"], *names[1:]), glued


def _row(text: str, columns: int) -> tuple[str, ...] | None:
    """('Antal hushåll som beviljats ekonomiskt bistånd, genomsnitt per månad', '602', '550', '599'), or None."""
    match = _TRAILING.match(" ".join(text.split()))
    if match is None:
        return None
    figures = re.findall(_FIGURE, match["figures"])
    label = match["label"].strip()
    if len(figures) != columns or not re.search(r"[A-Za-zÅÄÖåäö]{3}", label):
        return None
    return (label, *(f.strip() for f in figures))
