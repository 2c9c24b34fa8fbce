"""Minutes in the margin layout: each part's label ("Yrkanden", "Beslutsgång", "Beslut", "Reservation") printed in a
narrow left column beside the first line of its text. A reader gives label and text as one line ("Beslut
Arbetsutskottet tilldelar …") or, when several stand so in a row, as a two-column table; they are read as the minutes
that print the label above its text are: the label a heading of its own, the text under it."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.models import Block
from ingest.patterns import section_label

# The parts of a protokoll § that the margin names (patterns.SECTION_LABELS), and the protokollsanteckning.
_MINUTES_PARTS = {"yrkanden", "decision", "proposition", "omrostning", "reservation"}
_LEVEL = 4  # under the § and its title, as a Word template's bold part label reads


def _part(label: str) -> bool:
    return section_label(label) in _MINUTES_PARTS or label.strip().lower().startswith("protokollsanteckning")


def _split(text: str) -> tuple[str, str] | None:
    """("Beslut", "Arbetsutskottet tilldelar …") of a line that opens with a part's label and goes on with a sentence
    (a capital after the label: prose that opens with such a noun goes on in lower case)."""
    words = text.split(" ")
    for k in range(1, min(4, len(words) - 1) + 1):
        label, rest = " ".join(words[:k]), " ".join(words[k:]).lstrip()
        if rest[:1].isupper() and _part(label):
            return label, rest
    return None


def _rows(block: Block) -> list[tuple[tuple[str, ...], tuple[int, int]]]:
    """The table's rows with their lines, a label hyphenated over two rows ("Protokolls-" / "anteckning") joined."""
    spans = block.lines if len(block.lines) == len(block.rows) else ((block.line_start, block.line_end),) * len(block.rows)
    out: list[tuple[tuple[str, ...], tuple[int, int]]] = []
    for row, span in zip(block.rows, spans, strict=True):
        if out and out[-1][0] and out[-1][0][0].rstrip().endswith("-") and row and row[0].strip():
            (before, (first, _)) = out[-1]
            label = before[0].rstrip()[:-1] + row[0].strip()
            out[-1] = ((label, " ".join(c.strip() for c in (*before[1:], *row[1:]) if c.strip())), (first, span[1]))
        else:
            out.append((row, span))
    return out


def _labelled_rows(block: Block) -> list[tuple[tuple[str, ...], tuple[int, int]]]:
    """The rows of a two-column table whose first row opens with a part's label, and every other row with one or with
    an empty first cell (its text wrapped); none for any other block."""
    if block.kind != "table" or not block.rows:
        return []
    rows = _rows(block)
    ok = bool(rows[0][0]) and _part(rows[0][0][0]) and all(
        len(row) >= 2 and (_part(row[0]) or not row[0].strip()) and any(c.strip() for c in row[1:]) for row, _ in rows)
    return rows if ok else []


def margin_labels(blocks: Sequence[Block]) -> list[Block]:
    """Each part label read beside its text as a heading over that text (see the module's docstring)."""
    out: list[Block] = []
    for block in blocks:
        labelled = _labelled_rows(block)
        if labelled:
            for row, (first, last) in labelled:
                text = " ".join(c.strip() for c in row[1:] if c.strip())
                if row[0].strip():
                    out.append(Block("heading", row[0].strip(), block.page, first, first, level=_LEVEL))
                    out.append(Block("paragraph", text, block.page, first, last))
                elif text:  # the text of the label above, wrapped onto a row of its own
                    previous = out[-1]
                    out[-1] = Block("paragraph", f"{previous.text}\n{text}", block.page, previous.line_start, last)
            continue
        split = _split(block.text) if block.kind == "paragraph" and "\n" not in block.text[:80] else None
        if split:
            out.append(Block("heading", split[0], block.page, block.line_start, block.line_start, level=_LEVEL))
            out.append(Block("paragraph", split[1], block.page, block.line_start, block.line_end))
            continue
        out.append(block)
    return out
