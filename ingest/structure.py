"""Blocks → the parts of a meeting packet: agenda, ärenden (tjänsteskrivelser) and attachments, with sections."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ingest.issuer import is_board_name
from ingest.letterhead import is_field_line
from ingest.models import AgendaItem, Block, Section
from ingest.normalize import looks_like_heading

# years_in and find_diarienummer live in ingest.patterns; they stay importable from here for older callers.
from ingest.patterns import (
    NUMERIC_DATE,
    PARAGRAPH_HEADING,
    TRAILING_PARAGRAPH,
    agenda_item,
    arende_heading,
    dates_in,
    diarienummer_in,
    ends_with_page,
    find_diarienummer,
    paragraph_number,
    section_label,
    section_number,
    trailing_paragraphs,
    weekday_and_hour_line,
    without_diarienummer,
    years_in,
)

# The sections a tjänsteskrivelse opens with, as Swedish municipalities title them: the proposal ("Förslag till
# beslut", "Förvaltningens förslag (till beslut)", "Beslutsförslag", "Kommunledningsförvaltningens förslag"),
# the description ("Ärendebeskrivning", "Sammanfattning (av ärendet)", "Ärendet") and the documents
# ("Beslutsunderlag").
_PROPOSAL = re.compile(r"förslag till (?:\w+ )?beslut|^beslutsförslag$|^\w+(?:s|ens|ets) förslag$", re.IGNORECASE)
_ARENDE_OPENING = re.compile(
    r"förslag till (?:\w+ )?beslut|^beslutsförslag$|^\w+(?:s|ens|ets) förslag$|^sammanfattning av ärendet"
    r"|^ärendebeskrivning|^beskrivning av ärendet|^beslutsunderlag$|^ärendet$", re.IGNORECASE)
# "Sammanfattning" alone also heads reports; it marks an ärende only together with another opening section.
_WEAK_OPENING = re.compile(r"^(?:sammanfattning|bakgrund)$", re.IGNORECASE)
# Section names inside a tjänsteskrivelse or a protokoll paragraph; none of them is the title of an ärende.
_STANDARD_SECTION = re.compile(r"^(ärendets handlingar|beslutet skickas till|bilagor?|förvaltningens bedömning|"
                               r"bakgrund|överläggning|ärendebeskrivning|beskrivning av ärendet|sammanfattning|"
                               r"beslutsunderlag|yrkanden?|"
                               r"propositionsordning|reservationer?|protokollsanteckningar?|expediering|"
                               r"ekonomiska konsekvenser|\w+s beslut|beslut)\b", re.IGNORECASE)
# A heading that only names the kind of document ("TJÄNSTESKRIVELSE" over a letterhead's fields): what the document
# is, never the title of the ärende it proposes on (that stands under the fields).
_DOCUMENT_KIND = re.compile(r"^(?:tjänsteskrivelse|missiv|kallelse|protokoll(?:sutdrag)?)$", re.IGNORECASE)
_ATTACHMENTS = re.compile(r"^(ärendets handlingar|beslutet skickas till|bilagor?|beslutsunderlag)\b", re.IGNORECASE)
_CONTENTS = re.compile(r"^(innehållsförteckning|innehåll)$", re.IGNORECASE)
# Column headers naming the ärende in an agenda table (kallelse) or ärendeförteckning (protokoll).
_AGENDA_HEADERS = {"ärende", "ärenden", "ärendemening", "rubrik", "ärendelista"}
# Headings over an agenda written as a numbered list rather than a table.
_AGENDA_HEADING = re.compile(r"^(föredragningslista|dagordning|ärendelista|ärenden|förteckning över ärenden)$",
                             re.IGNORECASE)
# Labels of the meeting date on a kallelse's or protokoll's first page.
_DATE_LABELS = ("tid", "datum", "sammanträdesdatum", "sammanträdesdag", "tid och plats", "plats och tid",
                "mötesdatum", "sammanträde")

# The first pattern that matches a part's title (or, failing that, its text) names its type.
_TYPE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("protokoll", re.compile(r"protokoll(?:sutdrag)?\b|\bjusterare\b.*§", re.IGNORECASE)),
    # At the start of the title, or as a letterhead's cell or line of its own ("… | TJÄNSTESKRIVELSE"), or opening a
    # line with its date, as a letterhead's columns read in a text export ("TJÄNSTESKRIVELSE 2025-10-20 Dnr …").
    ("tjänsteskrivelse", re.compile(r"^tjänsteskrivelse\b|(?m:(?:^|\t)[ ]*tjänsteskrivelse[ ]*(?:\t|$))|"
                                    rf"(?m:^[ ]*tjänsteskrivelse[ ]+{NUMERIC_DATE.pattern})", re.IGNORECASE)),
    ("årsredovisning", re.compile(r"årsredovisning|verksamhetsberättelse", re.IGNORECASE)),
    ("delårsrapport", re.compile(r"delårsrapport|tertialrapport|tertialuppföljning|jan(?:uari)?[-–]\s?(?:april|aug)", re.IGNORECASE)),
    # "Månadsuppföljning" is the other usual name of a monthly report (SKR's and the municipalities' usage).
    ("månadsrapport", re.compile(r"månadsrapport|månadsuppföljning", re.IGNORECASE)),
    ("internkontroll", re.compile(r"internkontroll", re.IGNORECASE)),
    ("motion", re.compile(r"^motion\b", re.IGNORECASE)),
    ("yttrande", re.compile(r"^yttrande", re.IGNORECASE)),
    # A nämnd's yearly plan goes by "verksamhetsplan", "nämndplan" or "internbudget" (SKR's and the municipalities' usage).
    ("plan", re.compile(r"\bplan\b|handlingsplan|verksamhetsplan|nämndplan|internbudget|plan med budget|"
                        r"underlag för övergripande plan", re.IGNORECASE)),
    ("kvalitetsberättelse", re.compile(r"kvalitetsberättelse", re.IGNORECASE)),
    # An audit report is titled by what it examines ("Granskning av …", the revisorernas usual title); the auditors'
    # yearly statement to fullmäktige is a "revisionsberättelse" (kommunallagen 12 kap. 12 §) — it speaks of the
    # årsredovisning it examines, and is none.
    ("rapport", re.compile(r"rapport|återrapport|uppföljning|^granskning\b|revisionsberättelse", re.IGNORECASE)),
)


def names_type(title: str, doc_type: str) -> bool:
    """Whether `title` names a document of `doc_type` in any of its wordings ("Verksamhetsberättelse 2023" is an
    årsredovisning's title, "Tertialrapport" a delårsrapport's)."""
    return any(name == doc_type and pattern.search(title) for name, pattern in _TYPE_RULES)


def classify(title: str, text: str = "", default: str = "rapport") -> str:
    """Name a part's type from its title, else from its opening text; `default` when nothing fits."""
    for name, pattern in _TYPE_RULES:
        if pattern.search(title):
            return name
    # In the opening text the type named first is the document's own: a monthly report that goes on to say its
    # August figures are in "delårsrapporten" is no delårsrapport.
    opening = text[:3000]
    found = [(m.start(), k) for k, (_, pattern) in enumerate(_TYPE_RULES) if (m := pattern.search(opening))]
    return _TYPE_RULES[min(found)[1]][0] if found else default


# Agenda columns of people, not of the ärende (the headers Swedish agendas use for them).
_PRESENTER_HEADER = re.compile(r"^(?:föredragande|föredragare|handläggare|ansvarig|presenteras av|kontaktperson)$",
                               re.IGNORECASE)


# Agenda columns of the papers an ärende is decided on (beslutsunderlag, as kommunallagen 6 kap. 28 § has the nämnd's
# ärenden prepared), not of its title.
_PAPERS_HEADER = re.compile(r"^(?:beslutsunderlag|underlag|handlingar|handling|bilagor|bilaga|handlingar i ärendet)$",
                            re.IGNORECASE)


def parse_agenda(blocks: list[Block]) -> tuple[AgendaItem, ...]:
    """The kallelse's agenda (or a protokoll's ärendeförteckning): the first table whose header names the
    ärende, else a numbered list under a 'Föredragningslista'/'Dagordning' heading."""
    for block in blocks:
        if block.kind != "table" or not block.rows:
            continue
        if not any(cell.strip().lower() in _AGENDA_HEADERS for cell in block.rows[0]):
            continue
        # A column naming who presents or handles the item ("Föredragande", "Handläggare"), or the papers it is decided
        # on ("Beslutsunderlag", "Handlingar"), is no part of its title.
        not_title = {k for k, cell in enumerate(block.rows[0])
                     if _PRESENTER_HEADER.match(cell.strip()) or _PAPERS_HEADER.match(cell.strip())}
        rows = [tuple("" if k in not_title else cell for k, cell in enumerate(row)) for row in block.rows[1:]]
        items = [item for item in map(_agenda_row, rows) if item]
        if items:
            return tuple(items)
    return _listed_agenda(blocks)


def _agenda_row(row: tuple[str, ...]) -> AgendaItem | None:
    cells = [c for c in row if c.strip()]
    if not cells:
        return None
    dnr = next((d for c in cells for d in diarienummer_in(c)), None)
    rest = [without_diarienummer(c) for c in cells]
    rest = [c for c in rest if c and c.lower() != "sekretess"]
    if rest and re.fullmatch(r"(?:§\s?)?\d{1,3}\.?", rest[0]):
        nr, title = rest[0].lstrip("§ ").rstrip("."), " ".join(rest[1:])
    else:
        numbered = agenda_item(" ".join(rest))
        nr, title = numbered if numbered else ("", " ".join(rest))
    return AgendaItem(nr=nr, title=title.strip(), diarienummer=dnr)


def _listed_agenda(blocks: list[Block]) -> tuple[AgendaItem, ...]:
    """'1. Upprop', '5. Budget 2024 Dnr KS 2023/12' under a 'Föredragningslista' heading, up to the next heading."""
    for i, block in enumerate(blocks[:60]):
        # The list's heading may be a line of plain text in an export that marks no headings.
        if block.kind not in ("heading", "paragraph") or not _AGENDA_HEADING.match(block.text.strip()):
            continue
        items: list[AgendaItem] = []
        crossed = False
        for following in blocks[i + 1 :]:
            if following.kind == "heading" and not agenda_item(following.text):
                # A short plain line read as a heading ("Föredragande Nina Ahlberg" under an item of a meeting
                # system's agenda) ends the list only if the numbering does not go on after it.
                if following.level < _PROMOTED_LEVEL or not items:
                    break
                crossed = True
                continue
            numbered = agenda_item(without_diarienummer(following.text))
            if numbered and crossed and not _next_number(items[-1].nr, numbered[0]):
                break
            if numbered:
                items.append(AgendaItem(numbered[0], numbered[1], find_diarienummer(following.text)))
            elif items and not items[-1].diarienummer and not without_diarienummer(following.text) \
                    and (dnr := find_diarienummer(following.text)):
                # The item's diarienummer on a line of its own under its title ("4. Markanvisning …" / "Dnr KS.2025.112").
                items[-1] = replace(items[-1], diarienummer=dnr)
        if items:
            return tuple(items)
    return ()


_LETTERHEAD_BLOCKS = 8
# The level promote_headings gives a plain line it reads as a heading.
_PROMOTED_LEVEL = 6


def _next_number(previous: str, number: str) -> bool:
    """'4' follows '3' (an agenda's items numbered one after the other)."""
    return previous.isdigit() and number.isdigit() and int(number) == int(previous) + 1


def meeting_date(blocks: list[Block]) -> str | None:
    """The date under or after a 'Tid' (or 'Sammanträdesdatum', 'Datum') label on the first page."""
    for i, block in enumerate(blocks[:40]):
        text = block.text.strip()
        if text.lower().rstrip(":") in _DATE_LABELS:
            for following in blocks[i + 1 : i + 3]:
                dates = dates_in(following.text)
                if dates:
                    return dates[0]
        # On the same line: "Tid: 2023-05-17 kl. 13.00", "Plats och tid<TAB>Rådhuset, onsdagen den 17 maj 2023".
        label = re.match(r"^(?:tid|sammanträdesdatum|sammanträdesdag|mötesdatum|tid och plats|plats och tid)\b"
                         r"\s*:?\s*(.+)", text, re.IGNORECASE)
        if label and dates_in(label[1][:200]):
            return dates_in(label[1][:200])[0]
        # A later line of a field grid read as one block ("Organ: …" over "Sammanträdesdatum: 2025-09-02"), a field
        # by its colon or cell.
        for line in text.split("\n")[1:]:
            field = _DATE_FIELD.match(line.strip())
            if field and dates_in(field[1][:200]):
                return dates_in(field[1][:200])[0]
    # Without a label, the line that says when as a kallelse says it: a weekday, a date and the hour ("Tisdag 27
    # januari 2026 kl. 08.30", a meeting system's page).
    line = weekday_and_hour_line(block.text for block in blocks[:40])
    return dates_in(line)[0] if line else None


_DATE_FIELD = re.compile(r"^(?:tid|sammanträdesdatum|sammanträdesdag|mötesdatum|tid och plats|plats och tid)\s*[:\t]\s*(.+)",
                         re.IGNORECASE)


def letterhead_date(blocks: list[Block]) -> str | None:
    """A kallelse's "Datum: 2024-10-22" on its letterhead's own line. Only this high up, and only for a meeting
    document: further down, and in a tjänsteskrivelse, "Datum" is the day the text was written."""
    for block in blocks[:_LETTERHEAD_BLOCKS]:
        label = re.match(r"^datum\b\s*:?\s*(.+)", block.text.strip(), re.IGNORECASE)
        if label and dates_in(label[1][:40]):
            return dates_in(label[1][:40])[0]
    return None


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 2}


def match_agenda(title: str, agenda: tuple[AgendaItem, ...]) -> AgendaItem | None:
    """The agenda item whose title shares most words with `title` (at least 60 % of the shorter)."""
    best, best_score = None, 0.0
    for item in agenda:
        a, b = _words(title), _words(item.title)
        if not a or not b:
            continue
        score = len(a & b) / min(len(a), len(b))
        if score > best_score:
            best, best_score = item, score
    return best if best_score >= 0.6 else None


def demote_empty_headings(blocks: list[Block]) -> list[Block]:
    """A sentence-like 'heading' with nothing under it (a bold proposal, a wrapped list item) is text:
    keep it as a paragraph so that no text is lost between two headings."""
    out: list[Block] = []
    skip = False
    for i, block in enumerate(blocks):
        if skip:
            skip = False
            continue
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        empty = following is None or (following.kind == "heading" and following.level <= block.level)
        sentence_like = block.text.rstrip().endswith((".", ":", ";")) or len(block.text) > 60
        if block.kind == "heading" and _continued(block, following):
            # A sentence set in bold (an audit report's "Vår samlade bedömning är att nämnden delvis säkerställer en
            # ändamålsenlig" / "och rättssäker handläggning …"): the line below goes on with it, in lower case.
            out.append(Block("paragraph", f"{block.text.rstrip()} {following.text.lstrip()}", block.page,
                             block.line_start, following.line_end))
            skip = True
        elif block.kind == "heading" and empty and sentence_like:
            out.append(Block("paragraph", block.text, block.page, block.line_start, block.line_end))
        else:
            out.append(block)
    return out


def _continued(block: Block, following: Block | None) -> bool:
    """Whether `following`, a paragraph on the same page, continues the heading's text as one sentence: the heading
    ends in a word (no full stop, colon or closing bracket) and the paragraph opens in a lower-case letter. A numbered
    heading ("4.1 Ekonomiskt utfall enligt driftsredovisningen inkl" / "helårsprognos") is a heading that wrapped."""
    if following is None or following.kind != "paragraph" or following.page != block.page:
        return False
    head, body = block.text.rstrip(), following.text.lstrip()
    if not head or not body or re.match(r"\d{1,2}(?:\.\d{1,2})*\.?\s", head):
        return False
    return head[-1].isalpha() and body[0].islower() and len(head.split()) >= 4


# A list of att-clauses completes the line above it ("Tekniska nämnden föreslår kommunfullmäktige besluta" / "- att
# anta …"): the way Swedish proposals and decisions are written, so that line is the sentence's start, not a heading.
_ATT_CLAUSE = re.compile(r"^\s*(?:[-*•–]|\d{1,2}[.)])?\s*att\s", re.IGNORECASE)


def promote_headings(blocks: list[Block]) -> list[Block]:
    """Short standalone one-line paragraphs followed by body text become headings (plain exports have no markup);
    one right above 'Förslag till beslut' is the title of the ärende it proposes on."""
    # A kallelse's agenda item written out ("4. Internpriser för måltidsservice 2026" over "Diarienummer 2025-000118",
    # as a meeting portal prints each item with its number, presenter and summary) is the item's heading, so that each
    # item is a passage of its own and its number stays with its text. Told first: the short line above such an item
    # (the last attachment of the item before, "Bilaga Prislista 2026.pdf") heads nothing — taken for a heading over
    # the item it was a heading over nothing, and its text was in no passage.
    blocks = [_as_heading(block, _PROMOTED_LEVEL)
              if _written_out_item(block, blocks[i + 1] if i + 1 < len(blocks) else None) else block
              for i, block in enumerate(blocks)]
    out: list[Block] = []
    promoted: set[int] = set()
    for i, block in enumerate(blocks):
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        # A letterhead's field line ("Diarienummer: BUN 2024/45", "Föredragande Erik Sandgren") is a field, never a
        # heading; nor is an agenda item's diarienummer on a line of its own ("Dnr KS.2025.112" under the item's title).
        standalone = block.kind == "paragraph" and block.line_start == block.line_end and \
            looks_like_heading(block.text) and not is_field_line(block.text) and bool(without_diarienummer(block.text))
        if standalone and following is not None and following.kind in {"paragraph", "list_item", "table"} \
                and len(following.text) > len(block.text) and not _ATT_CLAUSE.match(following.text):
            out.append(_as_heading(block, _PROMOTED_LEVEL))
            promoted.add(i)
        elif standalone and following is not None and following.kind == "heading" \
                and _PROPOSAL.search(following.text.strip()) and without_diarienummer(block.text).strip():
            out.append(_as_heading(block, max(1, following.level - 1)))
        else:
            out.append(block)
    # A promoted line right over another is text: a heading over a heading of its own level heads nothing, and its
    # text was in no passage ("Remissen, s. 14" under a quoted question, over "Förvaltningens svar").
    for i in promoted:
        if i + 1 in promoted:
            out[i] = blocks[i]
    return out


def _as_heading(block: Block, level: int) -> Block:
    """A one-line paragraph read as a heading of `level` (see promote_headings)."""
    return Block("heading", block.text, block.page, block.line_start, block.line_end, level=level)


def _contents_entry(block: Block) -> bool:
    """Whether most lines of `block` end with a page number, as a table of contents' entries do: a block under the
    contents' heading that does not is the text after the contents (a chapter's title on a line of its own)."""
    lines = [line for line in block.text.splitlines() if line.strip()]
    return bool(lines) and 2 * sum(ends_with_page(line) for line in lines) >= len(lines)


def _written_out_item(block: Block, following: Block | None) -> bool:
    """A numbered agenda item of one line over a line that is only its diarienummer (see promote_headings)."""
    return block.kind == "list_item" and block.line_start == block.line_end and bool(agenda_item(block.text)) \
        and following is not None and following.kind == "paragraph" and not without_diarienummer(following.text)


@dataclass
class _Part:
    title: str
    part_type: str
    diarienummer: str | None
    level: int
    is_arende: bool
    years: tuple[int, ...] = ()
    headings: list[tuple[int, str]] = field(default_factory=list)
    after_handlingar: bool = False


def split_sections(
    blocks: list[Block], agenda: tuple[AgendaItem, ...], fallback_title: str, fallback_type: str,
    fallback_years: tuple[int, ...] = (),
) -> list[Section]:
    """Walk the blocks once, opening a part at each ärende (a tjänsteskrivelse's title or a protokoll's §) and
    attachment, and a section at each heading."""
    sections: list[Section] = []
    part = _Part(fallback_title, fallback_type, None, 0, False, fallback_years)
    pending: list[Block] = []
    skipping_contents = False
    letterhead_dnr: str | None = None
    consumed: set[int] = set()
    # Minutes that print each § number in the right margin, after its title ("Val av justerare   § 41").
    margin_numbers = trailing_paragraphs([b.text for b in blocks if b.kind == "heading"],
                                         [b.text for b in blocks if len(b.text) <= 200])

    def flush() -> None:
        if pending:
            path = (part.title, *[h for _, h in part.headings if h != part.title])
            sections.append(Section(path, part.title, part.part_type, part.diarienummer, tuple(pending), part.years))
            pending.clear()

    for i, block in enumerate(blocks):
        if i in consumed:
            continue
        if block.kind != "heading":
            if skipping_contents and _contents_entry(block):
                continue
            skipping_contents = False
            letterhead_dnr = find_diarienummer(block.text) or letterhead_dnr
            pending.append(block)
            continue
        skipping_contents = bool(_CONTENTS.match(block.text.strip()))
        if skipping_contents:
            flush()  # the text before the contents is a passage of its own, not joined to the text after them
            continue
        paragraph = paragraph_number(block.text)
        if paragraph is None and margin_numbers and (margin := TRAILING_PARAGRAPH.match(block.text.strip())):
            paragraph = int(margin["number"])
        opens = paragraph is not None or _opens_arende(blocks, i)
        if not opens and not is_board_name(block.text):
            # Only what stands right above an ärende's heading is its letterhead; the board it is addressed to
            # ("Barn- och utbildningsnämnden" between letterhead and title) is part of it.
            letterhead_dnr = None
        if paragraph is not None:
            flush()
            part = _paragraph_part(blocks, i, paragraph, agenda, consumed, fallback_years)
            letterhead_dnr = None
        elif opens:
            flush()
            # "Ärende 4: Skolskjutsregler": the agenda number picks the item, the title is the rest.
            numbered = arende_heading(block.text)
            title = numbered[1] if numbered else block.text
            item = next((a for a in agenda if numbered and a.nr == numbered[0]), None) or match_agenda(title, agenda)
            # The agenda decides when it lists the ärende's beteckning; otherwise the letterhead just above the
            # heading, or a 'Dnr' line just under it, does.
            dnr = item.diarienummer if item and item.diarienummer else (letterhead_dnr or _dnr_below(blocks, i))
            part = _Part(title, "tjänsteskrivelse", dnr, block.level, True, years_in(title) or fallback_years)
            letterhead_dnr = None
        elif part.is_arende and part.after_handlingar and block.level <= part.level:
            flush()
            title = _with_subtitle(blocks, i)
            part = _Part(title, classify(title), part.diarienummer, block.level, False, years_in(title) or part.years)
        else:
            flush()
            if part.is_arende and _ATTACHMENTS.match(block.text.strip()):
                part.after_handlingar = True
            part.headings = [(lvl, h) for lvl, h in part.headings if lvl < block.level]
            part.headings.append((block.level, block.text))
            continue
        part.headings = [(block.level, part.title if paragraph is not None or arende_heading(block.text) else block.text)]
    flush()
    return sections


def _paragraph_part(
    blocks: list[Block], i: int, number: int, agenda: tuple[AgendaItem, ...], consumed: set[int],
    fallback_years: tuple[int, ...],
) -> _Part:
    """A protokoll's paragraph ('§ 18 Dnr SOCN/2023:17', then the ärende's title as the next heading) as one
    ärende: titled '§ 18 <title>', its diarienummer from the heading, the ärendeförteckning or a Dnr line."""
    heading = blocks[i]
    opening = PARAGRAPH_HEADING.match(heading.text)
    margin = None if opening else TRAILING_PARAGRAPH.match(heading.text.strip())
    if margin:  # "Val av justerare   § 41": the number from the margin, the title before it
        label, rest = f"§ {number}", without_diarienummer(margin["title"])
    else:
        end = opening.end() if opening else 0
        label, rest = heading.text[:end].strip(), without_diarienummer(heading.text[end:])
    following = blocks[i + 1] if i + 1 < len(blocks) else None
    title = rest
    if not title and following is not None and following.kind == "heading" and paragraph_number(following.text) is None:
        title = following.text
        consumed.add(i + 1)  # the title heading is the part's title, not a section of it
    item = next((a for a in agenda if a.nr == str(number)), None) or match_agenda(title, agenda)
    dnr = find_diarienummer(heading.text) or (item.diarienummer if item else None) or _dnr_below(blocks, i)
    if not title and item:
        title = item.title
    full = f"{label} {title}".strip()
    return _Part(full, "protokoll", dnr, heading.level, True, years_in(title) or fallback_years)


def _dnr_below(blocks: list[Block], i: int) -> str | None:
    """A diarienummer standing in the short lines right under an ärende's heading ('Dnr KS 2021/345')."""
    for block in blocks[i + 1 : i + 4]:
        if block.kind == "heading" and not _ARENDE_OPENING.search(block.text) and block.level <= blocks[i].level:
            return None
        if len(block.text) <= 120:
            dnr = find_diarienummer(block.text)
            if dnr:
                return dnr
    return None


def opens_arende(blocks: list[Block]) -> bool:
    """Whether any heading of the blocks opens a tjänsteskrivelse's ärende (see _opens_arende)."""
    return any(b.kind == "heading" and paragraph_number(b.text) is None and _opens_arende(blocks, i)
               for i, b in enumerate(blocks))


def _opens_arende(blocks: list[Block], i: int) -> bool:
    """A heading opens an ärende when a 'förslag till beslut' heading follows within a few blocks, or when the
    subheadings under it are those a tjänsteskrivelse opens with ('Ärendebeskrivning', 'Beslutsunderlag', or
    'Sammanfattning' together with another of them)."""
    heading = blocks[i]
    text = heading.text.strip()
    # A section of a tjänsteskrivelse's template ("Konsekvenser för barn" right above "Förslag till beslut") is
    # inside an ärende, never the title of one.
    if _ARENDE_OPENING.search(text) or _WEAK_OPENING.match(text) or _STANDARD_SECTION.match(text) \
            or section_label(text) or _DOCUMENT_KIND.match(text):
        return False
    for block in blocks[i + 1 : i + 4]:
        if block.kind == "heading":
            sub = block.text.strip()
            if _next_section(text, sub):
                # "6 Tidplan" then "7 Förslag till beslut": numbered sections of one document, not an ärende's title
                # over its proposal.
                return False
            # "Förslag till beslut" right after a heading opens an ärende; a summary only does so under it.
            if _PROPOSAL.search(sub):
                return True
            if block.level <= heading.level:
                return False
            if _ARENDE_OPENING.search(sub):
                return True
            if _WEAK_OPENING.match(sub):
                return _strong_opening_follows(blocks, i)
            return False
    return False


def _next_section(heading: str, following: str) -> bool:
    """Whether `following` carries the section number right after `heading`'s ("6" → "7", "2.3" → "2.4")."""
    first, second = section_number(heading), section_number(following)
    return bool(first and second) and len(first) == len(second) and first[:-1] == second[:-1] \
        and second[-1] == first[-1] + 1


def _strong_opening_follows(blocks: list[Block], i: int) -> bool:
    """Under a heading whose first subheading is 'Sammanfattning': another opening section follows before the
    next heading of the same level."""
    level = blocks[i].level
    for block in blocks[i + 2 : i + 40]:
        if block.kind != "heading":
            continue
        if block.level <= level:
            return False
        if _ARENDE_OPENING.search(block.text.strip()):
            return True
    return False


def _with_subtitle(blocks: list[Block], i: int) -> str:
    """'Årsredovisning' + 'Helår 2022' → 'Årsredovisning Helår 2022'; 'Kvalitetsberättelse' + '2023'."""
    title = blocks[i].text
    following = blocks[i + 1] if i + 1 < len(blocks) else None
    if following is not None and len(following.text) <= 25 and (years_in(following.text) or re.search(r"helår|delår", following.text, re.I)):
        return f"{title} {following.text}"
    return title
