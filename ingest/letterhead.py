"""A tjänsteskrivelse's letterhead and closing: its handläggare, its date and who the decision is sent to.

Swedish municipal letterheads put labelled fields above the ärende's heading ("Datum", "Vår handläggare",
"Vår beteckning", "Mottagare" …) and end the skrivelse with "Beslutet skickas till:" (or "Expedieras till").
Text exports often glue a field's value to the next label ("Julia LindbergHandläggare telefon"), so the fields
are read by finding the labels in the flat text, never by line breaks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ingest.models import Block
from ingest.patterns import dates_in, diarienummer_in, is_numeric, paragraphs_in
from ingest.protokoll_meeting import FIELD_LABELS

# Labels of the letterhead fields in Swedish municipal templates (SKR/kommunal dokumentmall: tjänsteskrivelse,
# missiv, beslutsunderlag). Longer labels first so "Handläggare telefon" is not read as "Handläggare".
_LABELS = (
    "Vår handläggare", "Ert handläggare", "Handläggare telefon", "Handläggare e-post", "Handläggarens namn",
    "Handläggare", "Föredragande", "Ert datum", "Er referens", "Vår referens", "Referens", "Datum",
    "Vår beteckning", "Er beteckning", "Beteckning", "Diarienummer", "Dnr", "Mottagare", "Telefon", "E-post",
    "Epost", "Sida", "Tjänsteskrivelse", "TJÄNSTESKRIVELSE",
)
# A label starts with a capital, so compounds such as "vuxenhandläggare" never match; it may be glued to the
# text before it (no space) but not run into a longer word after it.
_LABEL = re.compile(r"(?<![A-Za-zÅÄÖåäö])(?:" + "|".join(re.escape(x) for x in _LABELS) + r")(?![a-zåäö])"
                    r"|(?<=[a-zåäö0-9.*)])(?:" + "|".join(re.escape(x) for x in _LABELS) + r")(?![a-zåäö])")
# A line that opens with a label and its colon is one field of the letterhead ("Datum: 2024-03-12" over
# "Diarienummer: BUN 2024/45"): a text export's field lines are not one wrapped paragraph.
FIELD_LINE = re.compile(r"^(?:" + "|".join(re.escape(x) for x in _LABELS) + r")\s*:", re.IGNORECASE)
# The same field without its colon, as a meeting portal's page or an export of label and value cells prints it
# ("Föredragande Erik Sandgren, kostchef", "Tid 13.00–16.00", "Sekreterare Linnea Öst"): a letterhead's label or a
# meeting page's (protokoll_meeting.FIELD_LABELS), capitalised as a label opens a line, then a value that opens with a
# capital or a digit — "Datum för sammanträden" is a heading, not a field.
_BARE_LABELS = sorted({*_LABELS, *(k[:1].upper() + k[1:] for k in FIELD_LABELS)}, key=len, reverse=True)
BARE_FIELD_LINE = re.compile(r"^(?:" + "|".join(re.escape(x) for x in _BARE_LABELS) + r")[ \t]+(?=[A-ZÅÄÖ0-9])")


def is_field_line(text: str) -> bool:
    """A line that is one field of a letterhead or a meeting page, with its colon or without (see the two above)."""
    return bool(FIELD_LINE.match(text) or BARE_FIELD_LINE.match(text))


_HANDLAGGARE = {"Vår handläggare", "Handläggare", "Handläggarens namn", "Föredragande"}
_BETECKNING = {"Diarienummer", "Dnr", "Vår beteckning", "Beteckning"}
# The closing line: "Beslutet skickas till:", "Beslutet expedieras till", "Expedieras till", "Sänds till",
# "Delges", "Expediering" (the wording of Swedish tjänsteskrivelser and protokoll).
_SEND_TO = re.compile(r"^(?:beslutet\s+)?(?:ska\s+)?(?:skickas|expedieras|sänds|delges)(?:\s+till)?\s*:?\s*(.*)$"
                      r"|^expediering\s*:?\s*(.*)$", re.IGNORECASE | re.DOTALL)
# A person's name: two to five capitalised words (hyphenated names and particles such as "af", "von" allowed).
_NAME = re.compile(r"^[A-ZÅÄÖÉ][\wÅÄÖåäöéü'-]+(?:\s+(?:(?:af|von|de|van|der)\s+)?[A-ZÅÄÖÉ][\wÅÄÖåäöéü'-]+){1,4}$")
_LETTERHEAD_BLOCKS = 16  # a letterhead is a handful of short fields; never read further back than this
_LONG = 200  # characters: running text, not a letterhead field
_SIGNATURE = re.compile(r"\bsign(?:atur)?\b|\bjusterare\b|\bjusterandes\b|\bordförandens\b", re.IGNORECASE)
# The signer under a tjänsteskrivelse: a name and a title in the indefinite form of Swedish public-sector titles
# ("Anna Svensson" / "Förvaltningschef", "Per Ek, utvecklingsstrateg"); a recipient is a unit or a role in the
# definite form ("Skolskjutssamordnaren", "Ekonomienheten").
_TITLES = (r"[\wåäö-]*(?:chef|direktör|strateg|handläggare|sekreterare|controller|samordnare|utredare|ansvarig|ekonom|"
           r"jurist|planerare|ordförande)")
_SIGNER = re.compile(rf"^[A-ZÅÄÖÉ][\wåäöéü'-]+(?:\s+[A-ZÅÄÖÉ][\wåäöéü'-]+){{1,3}},?\s+{_TITLES}$", re.IGNORECASE)
# A signature on behalf of a body leads in with it ("För Björkfors kommuns revisorer Gunilla Strömberg, ordförande");
# the name is then capitalised, or any "för …" sentence ending in a title would be one.
_SIGNER_FOR = re.compile(rf"^för\s+[\wåäöéü' -]{{3,60}}?\s+(?-i:[A-ZÅÄÖÉ][\wåäöéü'-]+(?:\s+[A-ZÅÄÖÉ][\wåäöéü'-]+){{1,3}}),"
                         rf"?\s+{_TITLES}$", re.IGNORECASE)


@dataclass(frozen=True)
class Letterhead:
    """What a tjänsteskrivelse says about itself: handläggare, date and recipients of the decision."""

    handlaggare: str | None = None
    date: str | None = None  # YYYY-MM-DD
    send_to: tuple[str, ...] = ()
    diarienummer: str | None = None  # its "Diarienummer"/"Dnr"/"Beteckning" field, when it names one


def read_letterhead(blocks: Sequence[Block], heading: int, end: int) -> Letterhead:
    """The letterhead above `blocks[heading]` (the ärende's heading) and the closing "Beslutet skickas till" in
    `blocks[heading:end]`, the skrivelse's own blocks."""
    # Nearest the heading first: in a plain export the short lines above may reach back into the previous
    # skrivelse's letterhead.
    fields = _fields(_letterhead_text(blocks, heading))[::-1]
    handlaggare = next((_name(v) for k, v in fields if k in _HANDLAGGARE and _name(v)), None)
    date = next((_date(v) for k, v in fields if k == "Datum" and _date(v)), None)
    dnr = next((found[0] for k, v in fields if k in _BETECKNING and (found := diarienummer_in(v))), None)
    return Letterhead(handlaggare, date, _send_to(blocks, heading, end), dnr)


def recipients(texts: Sequence[str]) -> tuple[str, ...]:
    """'Kommunstyrelsen, Viadidaktnämnden och akten' or one recipient per line → names, capitalised."""
    names: list[str] = []
    for text in texts:
        if len(text) > 120:
            break  # running text after the list: the list has ended
        # "Barn- och utbildningsnämnden" is one board: an "och" after a hyphen joins the parts of one name.
        for part in re.split(r"\s*(?:,|;|\n|\bsamt\b)\s*|(?<!-)\s+och\s+", text):
            part = part.strip(" .-–•")
            if part:
                names.append(part[0].upper() + part[1:])
    return tuple(dict.fromkeys(names))


# The fields that make a block of cells a letterhead rather than a table: a case number or a handläggare given with
# its label and colon ("Diarienummer: BUN 2025/187", "Handläggare: Petra Sandgren"), or the document's kind as the
# template prints it ("TJÄNSTESKRIVELSE"), and another such field beside it.
_FIELD_CELL = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(x) for x in _LABELS if x.lower() not in ("sida", "telefon"))
                         + r")\s*:|^\s*TJÄNSTESKRIVELSE\b")
_KEY_FIELD = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(x) for x in (*_HANDLAGGARE, *_BETECKNING)) + r")\s*:"
                        r"|^\s*TJÄNSTESKRIVELSE\b")


def as_letterhead(block: Block) -> list[Block] | None:
    """A letterhead that a reader found as a table (a tjänsteskrivelse's boxed fields in two columns, "Vårnäsa kommun
    | TJÄNSTESKRIVELSE 2026-01-22 Diarienummer: BUN 2025/00187-6.1" over "Handläggare: … | Barn- och
    utbildningsnämnden"), as its rows in plain lines: a table's rows become facts that answer questions, and a
    letterhead's fields answer none of the questions a table's cells do (its case number is read from the lines as
    from any letterhead). None when the block is no such table: every cell text, no cell a figure, two field cells
    or more, one of them the case number, the handläggare or the document's kind."""
    if block.kind != "table" or not block.rows:
        return None
    cells = [cell.strip() for row in block.rows for cell in row if cell.strip()]
    fields = [cell for cell in cells if _FIELD_CELL.search(cell)]
    if len(fields) < 2 or not any(_KEY_FIELD.search(cell) for cell in fields) or any(is_numeric(c) for c in cells):
        return None
    spans = block.lines if len(block.lines) == len(block.rows) else ((block.line_start, block.line_end),) * len(block.rows)
    kept = [(" ".join(c.strip() for c in row if c.strip()), span) for row, span in zip(block.rows, spans, strict=True)
            if any(c.strip() for c in row)]
    # One block of its lines, as a letterhead printed line by line is read: a row alone would be a short standalone
    # line, taken for a heading ("Barn- och utbildningsförvaltningen Diarienummer: …").
    return [Block("paragraph", "\n".join(text for text, _ in kept), block.page, block.line_start, block.line_end,
                  lines=tuple(span for _, span in kept))]


def _letterhead_text(blocks: Sequence[Block], heading: int) -> str:
    """The short blocks right above the heading, back to running text, a table or the previous skrivelse's end."""
    texts: list[str] = []
    for block in reversed(blocks[max(0, heading - _LETTERHEAD_BLOCKS):heading]):
        text = block.text.strip()
        if block.kind == "table" and not _LABEL.search(text) or len(text) > _LONG or _SEND_TO.match(text):
            break
        texts.append(_label_grid(block) or text.replace("\t", " "))
    return "\n".join(reversed(texts))


def _label_grid(block: Block) -> str | None:
    """A Word letterhead laid out as a row of labels over a row of their values ("Datum | Diarienummer" /
    "2024-08-12 | MBN 2024-000312"): each value put after its label, column by column (a value under a blank or
    unlabelled cell is left out)."""
    if block.kind != "table":
        return None
    # The labels need not be the first row: a template may put the municipality and "TJÄNSTESKRIVELSE" above them.
    for labels, values in zip(block.rows, block.rows[1:], strict=False):
        named = [cell.strip() for cell in labels if cell.strip()]
        # Every cell of the row a label (a list of fields, "Handläggare | Robin Aspelin", is read as text instead).
        if len(labels) != len(values) or len(named) < 2 or not all(_LABEL.fullmatch(cell) for cell in named) \
                or any(_LABEL.fullmatch(cell.strip()) for cell in values if cell.strip()):
            continue
        return "\n".join(f"{label.strip()} {value.strip()}" for label, value in zip(labels, values, strict=True)
                         if label.strip() and value.strip() and _LABEL.fullmatch(label.strip()))
    return None


def _fields(text: str) -> list[tuple[str, str]]:
    """(label, value) pairs: each value is the text between its label and the next one."""
    matches = list(_LABEL.finditer(text))
    out = []
    for n, m in enumerate(matches):
        stop = matches[n + 1].start() if n + 1 < len(matches) else len(text)
        out.append((m.group(0), text[m.end():stop].strip(" :\n*")))
    return out


def _name(value: str) -> str | None:
    first = re.split(r"[,\n]", value, maxsplit=1)[0].strip(" *")
    return first if _NAME.match(first) else None


def _date(value: str) -> str | None:
    value = value.lstrip(" :")
    found = dates_in(value[:24]) if value[:1].isdigit() else ()  # "Datum för kontroll: …" is no letterhead date
    return found[0] if found else None


def is_signer(text: str) -> bool:
    """A signature under a tjänsteskrivelse: a name and a title ("Anna Svensson Förvaltningschef")."""
    line = " ".join(text.split())
    # A field's label before the name makes the line a field ("Föredragande Erik Sandgren, kostchef"), not a signature.
    return not _LABEL.match(line) and bool(_SIGNER.match(line) or _SIGNER_FOR.match(line))


def _send_to(blocks: Sequence[Block], heading: int, end: int) -> tuple[str, ...]:
    for n in range(heading, min(end, len(blocks))):
        m = _SEND_TO.match(blocks[n].text.strip())
        if not m:
            continue  # the closing line may be read as a heading (a short line standing alone): it counts too
        inline = (m.group(1) or m.group(2) or "").strip()
        if inline:
            return recipients([inline])
        following = []
        for block in blocks[n + 1:n + 9]:
            text = block.text.strip()
            # A short bold line ("Akten") is read as a minor heading; a part's heading (level 1-3) ends the list.
            major = block.kind == "heading" and 0 < block.level <= 3
            wordy = any(len(line.split()) > 5 for line in text.split("\n"))  # a title or a sentence, not a name
            if major or wordy or block.kind == "table" or len(text) > 80 or _SIGNATURE.search(text) \
                    or _LABEL.match(text) or is_signer(text):
                break
            following.append(text)
            if block.kind == "heading":
                break  # a bold last line ends the list; what follows it is the next document's front page
        return recipients(following)
    return ()


def header_facts(letterhead: Sequence[str], body: str) -> tuple[str, ...]:
    """The lines of a page header that say something the body does not: a date, a diarienummer or a § the text
    never gives ("Antagen av kommunfullmäktige 2025-11-24, § 131 | Dnr KS 2025/0377", "Upprättad 2025-10-09 av
    ekonom …"). The header is set apart from the text as running lines; such a line is still the document's
    statement, and the only place it makes it. A header of names and page numbers says nothing of the kind."""
    def facts(text: str) -> set[str]:
        return {*dates_in(text), *diarienummer_in(text), *(f"§{n}" for n in paragraphs_in(text))}

    known = facts(body)
    return tuple(dict.fromkeys(line for line in letterhead if facts(line) - known))
