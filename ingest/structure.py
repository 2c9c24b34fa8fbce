"""Blocks → the parts of a meeting packet: agenda, ärenden (tjänsteskrivelser) and attachments, with sections."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ingest.models import AgendaItem, Block, Section
from ingest.normalize import looks_like_heading

DIARIENUMMER = re.compile(r"\b([A-ZÅÄÖ]{2,6})\s?/\s?(\d{4})\s?:\s?(\d{1,4})\b")
_DATE = re.compile(r"\b(20\d{2}|19\d{2})-(\d{2})-(\d{2})\b")
_YEAR = re.compile(r"(?<![\d/])(199\d|20[0-4]\d)(?![\d:])")
_PROPOSAL = re.compile(r"förslag till beslut", re.IGNORECASE)
# The sections a tjänsteskrivelse opens with; an ärende without a proposal still has its summary.
_ARENDE_OPENING = re.compile(r"förslag till beslut|^sammanfattning av ärendet|^ärendebeskrivning", re.IGNORECASE)
# Section names inside a tjänsteskrivelse; none of them is the title of an ärende.
_STANDARD_SECTION = re.compile(r"^(ärendets handlingar|beslutet skickas till|bilagor?|förvaltningens bedömning|"
                               r"bakgrund|överläggning|ärendebeskrivning|sammanfattning)\b", re.IGNORECASE)
_ATTACHMENTS = re.compile(r"^(ärendets handlingar|beslutet skickas till|bilagor?)\b", re.IGNORECASE)
_CONTENTS = re.compile(r"^(innehållsförteckning|innehåll)$", re.IGNORECASE)
_AGENDA_NR = re.compile(r"^(\d{1,3}(?:\.?\s?[-–]\s?\d{1,3})?)\.?\s+(.+)$")

# The first pattern that matches a part's title (or, failing that, its text) names its type.
_TYPE_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("protokoll", re.compile(r"\bprotokoll\b|\bjusterare\b.*§", re.IGNORECASE)),
    ("årsredovisning", re.compile(r"årsredovisning|verksamhetsberättelse", re.IGNORECASE)),
    ("delårsrapport", re.compile(r"delårsrapport|tertialrapport|tertialuppföljning|jan(?:uari)?[-–]\s?(?:april|aug)", re.IGNORECASE)),
    ("månadsrapport", re.compile(r"månadsrapport", re.IGNORECASE)),
    ("internkontroll", re.compile(r"internkontroll", re.IGNORECASE)),
    ("motion", re.compile(r"^motion\b", re.IGNORECASE)),
    ("yttrande", re.compile(r"^yttrande", re.IGNORECASE)),
    ("plan", re.compile(r"\bplan\b|handlingsplan|plan med budget|underlag för övergripande plan", re.IGNORECASE)),
    ("kvalitetsberättelse", re.compile(r"kvalitetsberättelse", re.IGNORECASE)),
    ("rapport", re.compile(r"rapport|återrapport|uppföljning", re.IGNORECASE)),
)


def classify(title: str, text: str = "") -> str:
    """Name a part's type from its title, else from its opening text; 'rapport' when nothing fits."""
    for source in (title, text[:3000]):
        for name, pattern in _TYPE_RULES:
            if pattern.search(source):
                return name
    return "rapport"


def years_in(text: str) -> tuple[int, ...]:
    """The four-digit years a text speaks of, in order of first mention."""
    return tuple(dict.fromkeys(int(y) for y in _YEAR.findall(text)))


def find_diarienummer(text: str) -> str | None:
    match = DIARIENUMMER.search(text)
    return f"{match[1]}/{match[2]}:{match[3]}" if match else None


def parse_agenda(blocks: list[Block]) -> tuple[AgendaItem, ...]:
    """The kallelse's agenda: the first table whose header names 'Ärende'."""
    for block in blocks:
        if block.kind != "table" or not block.rows:
            continue
        if not any(cell.strip().lower() == "ärende" for cell in block.rows[0]):
            continue
        items = []
        for row in block.rows[1:]:
            cells = [c for c in row if c.strip()]
            if not cells:
                continue
            dnr = next((find_diarienummer(c) for c in cells if find_diarienummer(c)), None)
            rest = [c for c in cells if not find_diarienummer(c) and c.strip().lower() != "sekretess"]
            if rest and re.fullmatch(r"\d{1,3}\.?", rest[0]):
                nr, title = rest[0].rstrip("."), " ".join(rest[1:])
            else:
                match = _AGENDA_NR.match(" ".join(rest))
                nr, title = (match[1], match[2]) if match else ("", " ".join(rest))
            items.append(AgendaItem(nr=nr, title=title.strip(), diarienummer=dnr))
        if items:
            return tuple(items)
    return ()


def meeting_date(blocks: list[Block]) -> str | None:
    """The date after a 'Tid' (or 'Datum för sammanträde') heading on the first page."""
    for i, block in enumerate(blocks[:40]):
        if block.text.strip().lower() in {"tid", "datum", "sammanträdesdatum", "tid och plats"}:
            for following in blocks[i + 1 : i + 3]:
                match = _DATE.search(following.text)
                if match:
                    return match[0]
        match = re.match(r"^(?:tid|sammanträdesdatum)\s*:?\s*(\d{4}-\d{2}-\d{2})", block.text, re.IGNORECASE)
        if match:
            return match[1]
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
    for i, block in enumerate(blocks):
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        empty = following is None or (following.kind == "heading" and following.level <= block.level)
        sentence_like = block.text.rstrip().endswith((".", ":", ";")) or len(block.text) > 60
        if block.kind == "heading" and empty and sentence_like:
            out.append(Block("paragraph", block.text, block.page, block.line_start, block.line_end))
        else:
            out.append(block)
    return out


def promote_headings(blocks: list[Block]) -> list[Block]:
    """Short standalone one-line paragraphs followed by body text become headings (plain exports have no markup)."""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            block.kind == "paragraph"
            and block.line_start == block.line_end
            and looks_like_heading(block.text)
            and following is not None
            and following.kind in {"paragraph", "list_item", "table"}
            and len(following.text) > len(block.text)
        ):
            out.append(Block("heading", block.text, block.page, block.line_start, block.line_end, level=6))
        else:
            out.append(block)
    return out


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
    """Walk the blocks once, opening a part at each ärende and attachment and a section at each heading."""
    sections: list[Section] = []
    part = _Part(fallback_title, fallback_type, None, 0, False, fallback_years)
    pending: list[Block] = []
    skipping_contents = False
    letterhead_dnr: str | None = None

    def flush() -> None:
        if pending:
            path = (part.title, *[h for _, h in part.headings if h != part.title])
            sections.append(Section(path, part.title, part.part_type, part.diarienummer, tuple(pending), part.years))
            pending.clear()

    for i, block in enumerate(blocks):
        if block.kind != "heading":
            if skipping_contents:
                continue
            letterhead_dnr = find_diarienummer(block.text) or letterhead_dnr
            pending.append(block)
            continue
        skipping_contents = bool(_CONTENTS.match(block.text.strip()))
        if skipping_contents:
            continue
        opens = _opens_arende(blocks, i)
        if not opens:
            letterhead_dnr = None  # only what stands right above an ärende's heading is its letterhead
        if opens:
            flush()
            item = match_agenda(block.text, agenda)
            # The agenda decides when it lists the ärende (an item without beteckning has none);
            # otherwise the letterhead just above the heading does.
            dnr = item.diarienummer if item else letterhead_dnr
            part = _Part(block.text, "tjänsteskrivelse", dnr, block.level, True, years_in(block.text) or fallback_years)
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
        part.headings = [(block.level, block.text)]
    flush()
    return sections


def _opens_arende(blocks: list[Block], i: int) -> bool:
    """A heading opens an ärende when a 'förslag till beslut' heading follows within a few blocks."""
    heading = blocks[i]
    if _ARENDE_OPENING.search(heading.text) or _STANDARD_SECTION.match(heading.text.strip()):
        return False
    for block in blocks[i + 1 : i + 4]:
        if block.kind == "heading":
            text = block.text.strip()
            # "Förslag till beslut" right after a heading opens an ärende; a summary only does so under it.
            return bool(_PROPOSAL.search(text) or (_ARENDE_OPENING.search(text) and block.level > heading.level))
    return False


def _with_subtitle(blocks: list[Block], i: int) -> str:
    """'Årsredovisning' + 'Helår 2022' → 'Årsredovisning Helår 2022'; 'Kvalitetsberättelse' + '2023'."""
    title = blocks[i].text
    following = blocks[i + 1] if i + 1 < len(blocks) else None
    if following is not None and len(following.text) <= 25 and re.search(r"\d{4}|helår|delår", following.text, re.I):
        return f"{title} {following.text}"
    return title
