"""A kallelse or protokoll → BoardRecord: the meeting and its ärenden with proposals and decisions, as data.

Also keeps sekretess ärenden out of the chunks: an item under sekretess is listed by number, nothing under it is
indexed for chat."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ingest.letterhead import Letterhead, read_letterhead
from ingest.models import (
    AgendaItem,
    Block,
    BoardItem,
    BoardRecord,
    Chunk,
    Meeting,
    Paragraph,
    Passage,
    Section,
    SourceDocument,
)
from ingest.patterns import agenda_item, diarienummer_key
from ingest.protokoll import parse_protokoll
from ingest.protokoll_meeting import letterhead_meeting
from ingest.structure import match_agenda, parse_agenda

# An agenda title or § heading that announces a sekretess ärende ("Sekretessärende", "SEKRETESSÄRENDEN",
# "Ärenden som omfattas av sekretess"); the wording of Swedish agendas under OSL.
_SEKRETESS_TITLE = re.compile(r"sekretess", re.IGNORECASE)
# The section headings of a tjänsteskrivelse that say what the ärende is (Swedish tjänsteskrivelse templates).
_SUMMARY_HEADING = re.compile(r"^(?:sammanfattning(?: av ärendet)?|ärendebeskrivning|ärendet|bakgrund)$", re.IGNORECASE)
_PROPOSAL_HEADING = re.compile(r"förslag till beslut|beslutsförslag", re.IGNORECASE)


def board_record(source: SourceDocument, document_type: str, agenda: Sequence[AgendaItem],
                 sections: Sequence[Section], committee: str | None, date: str | None) -> BoardRecord | None:
    """The board's view of a meeting document: a kallelse, a protokoll, or a tjänsteskrivelse on its own; None for
    anything else."""
    if document_type == "protokoll":
        protokoll = parse_protokoll(source)
        if protokoll is None:
            return None
        items = tuple(_paragraph_item(i, p, source) for i, p in enumerate(protokoll.paragraphs))
        meeting = protokoll.meeting
        # The board and the date may stand only in the header printed on every page (read with the document).
        meeting = replace(meeting, committee=meeting.committee or committee, date=meeting.date or date)
        return BoardRecord("protokoll", meeting, items)
    if document_type == "kallelse" and agenda:
        called = letterhead_meeting(_kallelse_header(source.blocks), committee)
        meeting = Meeting(committee, date or called.date, called.time, called.place, None, None, (), None)
        return BoardRecord("kallelse", meeting, tuple(_agenda_items(agenda, sections, source)))
    if document_type == "tjänsteskrivelse":
        # A tjänsteskrivelse on its own (not inside a kallelse): its ärenden, each with the proposal, summary and
        # letterhead (handläggare, date, recipients), addressed to a board but called to no meeting.
        proposed = [(s.part_title, s.diarienummer) for s in sections if s.part_type == "tjänsteskrivelse" and s.path
                    and _PROPOSAL_HEADING.search(s.path[-1])]
        own = tuple(AgendaItem("", title, dnr) for title, dnr in dict.fromkeys(proposed))
        items = tuple(replace(item, number=None) for item in _agenda_items(own, sections, source))
        return BoardRecord("tjänsteskrivelse", Meeting(committee, None, None, None, None, None, (), None), items) \
            if items else None
    return None


# How far down a kallelse's letterhead goes at most: past it come the agenda and the tjänsteskrivelser, whose own
# "Datum" is the day they were written.
_KALLELSE_HEADER = 15


def _kallelse_header(blocks: Sequence[Block]) -> list[Block]:
    """The blocks above the agenda: the agenda's table or first numbered line ends the letterhead (a table of
    Tid, Plats … is part of it)."""
    header = []
    for block in blocks[:_KALLELSE_HEADER]:
        if block.kind == "table" and parse_agenda([block]) or (block.kind == "heading" and agenda_item(block.text)):
            break
        header.append(block)
    return header


def _passage(block: Block, has_pages: bool, text: str | None = None) -> Passage:
    return Passage(text if text is not None else block.text, block.page if has_pages else None, block.line_start)


def _paragraph_item(position: int, paragraph: Paragraph, source: SourceDocument) -> BoardItem:
    pages = source.has_pages
    heading = Passage(f"§ {paragraph.nr}", paragraph.page if pages else None, paragraph.line)
    if paragraph.sekretess:
        return BoardItem(position, paragraph.nr, paragraph.nr, paragraph.title, None, True, heading,
                         outcome="sekretess")
    decision = None
    if paragraph.decision and paragraph.decision_line is not None:
        decision = Passage(paragraph.decision, paragraph.decision_page if pages else None, paragraph.decision_line)
    return BoardItem(
        position, paragraph.nr, paragraph.nr, paragraph.title, paragraph.dnr, False, heading,
        decision=decision, outcome=paragraph.outcome, yrkanden=paragraph.yrkanden, votes=paragraph.votes,
        reservationer=paragraph.reservationer, skickas_till=paragraph.skickas_till,
        body=tuple(_passage(b, pages) for b in _paragraph_blocks(paragraph, source)),
    )


def _paragraph_blocks(paragraph: Paragraph, source: SourceDocument) -> list[Block]:
    """The blocks of a § in the source, found by the § 's own text (the parser keeps it verbatim, block by block)."""
    start = next((i for i, b in enumerate(source.blocks)
                  if b.page == paragraph.page and b.line_start == paragraph.line), None)
    if start is None:
        return []
    out: list[Block] = []
    misses = 0
    for block in source.blocks[start + 1:]:
        if block.text in paragraph.text:
            out.append(block)
            misses = 0
            continue
        misses += 1  # a signature line or running footer between pages of one §; three in a row end it
        if misses >= 3 or block.text.lstrip().startswith("§"):
            break
    return out


def _agenda_items(agenda: Sequence[AgendaItem], sections: Sequence[Section], source: SourceDocument) -> list[BoardItem]:
    """Each agenda line with the proposal, summary and letterhead of its tjänsteskrivelse, matched by diarienummer,
    else title."""
    has_pages = source.has_pages
    parts: dict[str, dict[str, Passage]] = {}
    by_title: dict[str, str] = {}
    part_sections: dict[str, list[Section]] = {}
    for section in sections:
        if section.part_type != "tjänsteskrivelse" or not section.path or not section.blocks:
            continue
        key = diarienummer_key(section.diarienummer) if section.diarienummer else f"title:{section.part_title.lower()}"
        by_title.setdefault(section.part_title, key)
        part_sections.setdefault(key, []).append(section)
        heading = section.path[-1].strip()
        text = "\n".join(b.text for b in section.blocks if b.text.strip() != heading).strip()
        if not text:
            continue
        first = next(b for b in section.blocks if b.text.strip() != heading)
        slot = "proposal" if _PROPOSAL_HEADING.search(heading) else "summary" if _SUMMARY_HEADING.match(heading) else None
        if slot:
            parts.setdefault(key, {}).setdefault(slot, _passage(first, has_pages, text))
    letterheads = {key: _letterhead(source.blocks, found) for key, found in part_sections.items()}
    items = []
    titles = tuple(AgendaItem("", t, None) for t in by_title)
    for position, item in enumerate(agenda):
        sekretess = bool(_SEKRETESS_TITLE.search(item.title))
        key = None
        if not sekretess:
            if item.diarienummer and diarienummer_key(item.diarienummer) in part_sections:
                key = diarienummer_key(item.diarienummer)
            else:
                match = match_agenda(item.title, titles)
                key = by_title[match.title] if match else None
        found = parts.get(key, {}) if key else {}
        letterhead = letterheads.get(key, Letterhead()) if key else Letterhead()
        # An agenda without a Dnr column: the beteckning is the one its tjänsteskrivelse carries.
        dnr = item.diarienummer or (part_sections[key][0].diarienummer if key else None) or letterhead.diarienummer
        items.append(BoardItem(position, item.nr.rstrip("."), None, item.title,
                               None if sekretess else dnr, sekretess,
                               proposal=found.get("proposal"), summary=found.get("summary"),
                               skickas_till=letterhead.send_to, handlaggare=letterhead.handlaggare,
                               date=letterhead.date))
    return items


def _letterhead(blocks: Sequence[Block], part: Sequence[Section]) -> Letterhead:
    """The letterhead above a tjänsteskrivelse's heading and its closing "Beslutet skickas till"."""
    where = {(b.page, b.line_start): n for n, b in enumerate(blocks)}
    first = where.get((part[0].blocks[0].page, part[0].blocks[0].line_start))
    last = where.get((part[-1].blocks[-1].page, part[-1].blocks[-1].line_start))
    if first is None or last is None:
        return Letterhead()
    title = part[0].part_title.strip()
    heading = next((n for n in range(first, max(-1, first - 4), -1)
                    if blocks[n].kind == "heading" and blocks[n].text.strip() == title), first)
    return read_letterhead(blocks, heading, last + 1)


def without_sekretess(chunks: Sequence[Chunk], record: BoardRecord | None, sections: Sequence[Section]) -> list[Chunk]:
    """The chunks minus everything under a sekretess ärende: a protokoll's sekretess §§ (by their line span) and a
    kallelse's parts titled as sekretess ärenden. The agenda lines that list them stay (they only name them)."""
    if record is None:
        return list(chunks)
    secret_parts = {s.part_title for s in sections if s.part_type != record.kind and _SEKRETESS_TITLE.search(s.part_title)}
    spans = _sekretess_spans(record)
    kept = []
    for chunk in chunks:
        where = (chunk.page or 0, chunk.line_start)
        if chunk.section_path and chunk.section_path[0] in secret_parts:
            continue
        if any(start <= where < end for start, end in spans):
            continue
        kept.append(chunk)
    return kept


def _sekretess_spans(record: BoardRecord) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(page, line) from a sekretess § 's heading up to the next § 's heading."""
    if record.kind != "protokoll":
        return []
    heads = [(i.heading.page or 0, i.heading.line) if i.heading else None for i in record.items]
    spans = []
    for n, item in enumerate(record.items):
        if item.sekretess and heads[n] is not None:
            end = next((h for h in heads[n + 1:] if h is not None), (10**9, 0))
            spans.append((heads[n], end))
    return spans
