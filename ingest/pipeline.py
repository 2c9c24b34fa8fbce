"""One entry point: a file path → ParsedDocument with its chunks."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from ingest.board import board_record, without_sekretess
from ingest.chunker import DocumentInfo, chunk_sections
from ingest.docx_reader import read_docx
from ingest.errors import UnreadableDocument
from ingest.issuer import after_issuer, committee_in, is_issuer_name, municipality_in, names_issuer
from ingest.letterhead import as_letterhead, header_facts
from ingest.margin_labels import margin_labels
from ingest.models import AgendaItem, Block, Page, ParsedDocument, Section, SourceDocument, source_lines
from ingest.normalize import own_header
from ingest.patterns import dates_in, find_diarienummer, section_label, without_diarienummer, year_mentions
from ingest.pdf_reader import read_pdf, scanned_message
from ingest.privacy import mask_block
from ingest.sniff import check_content
from ingest.structure import (
    classify,
    demote_empty_headings,
    letterhead_date,
    meeting_date,
    names_type,
    opens_arende,
    parse_agenda,
    promote_headings,
    split_sections,
    years_in,
)
from ingest.text_reader import read_text, stated_title

# Bump when reading, splitting or chunking changes (or the keyword analysis, index/swedish.py, whose terms the
# catalog stores, or the embedding text, index/store.embedding_text): unchanged files are then parsed and embedded
# again on the next ingest.
PARSER_VERSION = "114"
# Heading-styled paragraphs from which a Word document counts as marking its own headings.
_STYLED_HEADINGS = 3

SUPPORTED = {".pdf": "pdf", ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown",
             ".html": "html", ".htm": "html", ".docx": "docx"}


def document_id_for(path: Path) -> str:
    """Stable id from the file's full path: a changed file replaces its earlier version, while two
    'kallelse.md' in different meeting folders stay two documents."""
    return hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:16]


def file_hash(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def supported(path: Path) -> bool:
    return path.suffix.lower() in SUPPORTED


def read_source(path: Path, max_bytes: int) -> SourceDocument:
    """Read a file into pages and blocks, or raise UnreadableDocument saying why."""
    if not path.is_file():
        raise UnreadableDocument(f"{path}: filen finns inte.")
    fmt = SUPPORTED.get(path.suffix.lower())
    if fmt is None:
        raise UnreadableDocument(
            f"{path.name}: filtypen stöds inte (stöds: {', '.join(sorted(SUPPORTED))})."
        )
    size = path.stat().st_size
    if size == 0:
        raise UnreadableDocument(f"{path.name}: filen är tom.")
    if size > max_bytes:
        raise UnreadableDocument(
            f"{path.name}: filen är för stor ({size / 1e6:.1f} MB; gränsen är {max_bytes / 1e6:.0f} MB)."
        )
    raw = path.read_bytes()
    check_content(path.name, raw)  # a .pdf that is really HTML is refused, not read as something it is not
    if fmt == "pdf":
        content = read_pdf(path, raw)  # the same bytes that were hashed, read once
        blocks = [b for _, page_blocks in content.pages for b in page_blocks]
        has_pages, letterhead, title = True, content.letterhead, ""
    elif fmt == "docx":
        docx = read_docx(path, raw)
        blocks, has_pages, letterhead, title = docx.blocks, False, docx.letterhead, docx.title
    else:
        blocks = read_text(path, raw)
        has_pages, letterhead, title = False, (), stated_title(path, raw)
    # Personal identity numbers go before anything else sees the text: pages, chunks, embeddings and every store
    # are built from these blocks, so they all get the masked text and stay consistent with each other.
    blocks = [mask_block(b) for b in blocks]
    # A letterhead a reader took for a table (boxed fields in two columns) is read as the lines it is.
    blocks = [line for b in blocks for line in (as_letterhead(b) or (b,))]
    # A § part's label printed in the margin beside its text is the heading over that text.
    blocks = margin_labels(blocks)
    # A Word document whose author set its headings in heading styles says itself which lines are headings: its short
    # plain paragraphs ("Ekonomiavdelningen" under "Beslutet skickas till", "Ärende 4") stay text.
    styled = fmt == "docx" and sum(b.kind == "heading" for b in blocks) >= _STYLED_HEADINGS
    blocks = demote_empty_headings(blocks if styled else promote_headings(blocks))
    if not any(b.text.strip() for b in blocks):
        if fmt == "pdf":
            raise UnreadableDocument(scanned_message(path.name))
        raise UnreadableDocument(f"{path.name}: filen innehåller ingen läsbar text.")
    facts = header_facts(letterhead, "\n".join(b.text for b in blocks))
    header = Block("paragraph", "\n".join(facts), 1, 1, 1) if facts else None
    numbers = sorted({b.page for b in blocks}) if has_pages else [1]
    if has_pages:
        numbers = list(range(1, max(numbers) + 1))
    # Each line of a page's text is placed in the source as chunks are: the file's lines of a text export, the page's
    # lines of a PDF, so that a citation of any line of the page cites where it stands.
    shown = [*blocks, header] if header else blocks  # the header is printed on page 1 too: its text, after the body's
    pages = tuple(Page(n, "\n".join(b.text for b in shown if b.page == n),
                       tuple(span for b in shown if b.page == n for span in source_lines(b))) for n in numbers)
    return SourceDocument(
        document_id=document_id_for(path),
        path=str(path.resolve()),
        file_name=path.name,
        file_hash=file_hash(raw),
        file_format=fmt,  # type: ignore[arg-type]
        pages=pages,
        blocks=tuple(blocks),
        has_pages=has_pages,
        letterhead=letterhead,
        header=header,
        stated_title=title,
    )


def parse_document(source: SourceDocument) -> ParsedDocument:
    """Split a read document into agenda, ärenden, attachments and sections, then chunk it."""
    blocks = list(source.blocks)
    agenda = parse_agenda(blocks)
    date = meeting_date(blocks)
    text = "\n".join(b.text for b in blocks)
    committee = committee_in(blocks, source.letterhead)
    first = _title_heading(blocks)
    doc_type = classify(first, text, "") if not agenda else "protokoll" if _is_protokoll(blocks) else "kallelse"
    if not agenda and doc_type != "protokoll" and _opens_as_kallelse(blocks):
        # A kallelse whose agenda could not be read as one still says what it is in its opening headings; its
        # text (a "januari–april" in an ärende's title) does not make it a report.
        doc_type = "kallelse"
    # A header printed on every page that says what the document is ("SAMMANTRÄDESPROTOKOLL", "KALLELSE") is set
    # apart as running text, so the first lines no longer say it: the header decides.
    doc_type = _letterhead_type(source.letterhead) or doc_type
    if doc_type not in {"kallelse", "protokoll"} and any(_TJANSTESKRIVELSE.search(line) for line in
                                                         own_header(source.letterhead)):
        # The header names it a tjänsteskrivelse ("HAMREFORS KOMMUN | Överförmyndarnämnden | TJÄNSTESKRIVELSE"); a
        # meeting document's agenda says more than the header of a tjänsteskrivelse attached to it.
        doc_type = "tjänsteskrivelse"
    if not doc_type:
        # Nothing names the type: a document that opens an ärende ("… / Förslag till beslut") is a tjänsteskrivelse
        # whose letterhead does not say so (a field grid of Datum, Diarienummer, Handläggare); anything else a report.
        doc_type = "tjänsteskrivelse" if opens_arende(blocks) else "rapport"
    if doc_type in {"kallelse", "protokoll"}:
        date = date or letterhead_date(blocks) or _letterhead_meeting_date(source.letterhead, committee)
        title = _meeting_title(doc_type, committee, date, agenda)
        years = years_in(date) if date else ()
    else:
        title = _report_title(_named_title(blocks, first, doc_type), doc_type, text)
        stated = source.stated_title
        if doc_type != "tjänsteskrivelse" and _generic_title(title, doc_type) and _stated_title(stated):
            # The text names no title but its type ("Rapport 2025"): the title the file states of itself says what it
            # is ("Avfallstaxa 2026"), and its year is the document's. (A tjänsteskrivelse is named by its ärende.)
            main = _main_years(text)
            title = f"{stated} {main[0]}" if main and not years_in(stated) else stated
        years = years_in(title)
    years = years or _main_years(text)
    sections = split_sections(blocks, agenda, title, doc_type, years)
    if doc_type == "tjänsteskrivelse":
        # A tjänsteskrivelse on its own is named by its ärende, not by the word 'Tjänsteskrivelse'.
        generic = title
        title = next((s.part_title for s in sections if s.part_type == doc_type and s.part_title != title), title)
        if title == generic or section_label(title):
            title = _lead_line(blocks) or title
        if title != generic and not any(s.part_title == title for s in sections):
            # Its ärende read from a plain line opens no part: the sections under the generic title are the
            # ärende's, named by it and numbered by the diarienummer its opening gives ("Diarienummer: ÖFN 2025-033").
            dnr = next((d for b in _before_sections(blocks) if (d := find_diarienummer(b.text))), None)
            sections = [replace(s, path=(title, *s.path[1:]), part_title=title, diarienummer=s.diarienummer or dnr)
                        if s.part_title == generic else s for s in sections]
    if source.header:
        # The page header's own statements are the document's, under its title; set last, they change nothing the
        # body's reading (title, meeting, sections) found.
        sections = [*sections, Section((title,), title, doc_type, find_diarienummer(source.header.text),
                                       (source.header,), years)]
    info = DocumentInfo(source.document_id, source.file_name, title, doc_type, date, years, source.has_pages)
    board = board_record(source, doc_type, agenda, sections, committee, date)
    chunks = without_sekretess(chunk_sections(sections, info), board, sections)
    return ParsedDocument(source, doc_type, title, date, years, agenda, tuple(sections), tuple(chunks),
                          committee=committee, municipality=municipality_in(blocks, source.letterhead), board=board)


_PROTOKOLL = re.compile(r"protokoll(?:sutdrag)?\b", re.IGNORECASE)
# The word alone on a header line or in a header cell (the letterhead's "… | TJÄNSTESKRIVELSE").
_TJANSTESKRIVELSE = re.compile(r"(?:^|\t)\s*tjänsteskrivelse\s*(?:\t|$)", re.IGNORECASE)


def _is_protokoll(blocks: Sequence[Block]) -> bool:
    """A meeting document whose first lines call it a protokoll ('Sammanträdesprotokoll', 'Protokoll',
    'Protokollsutdrag'); otherwise it is the kallelse."""
    return any(_PROTOKOLL.search(b.text) for b in blocks[:12] if len(b.text) <= 80)


_KALLELSE = re.compile(r"\bkallelse\b", re.IGNORECASE)
_MEETING_DATE_LABEL = re.compile(r"\b(?:sammanträdesdatum|sammanträdesdag|mötesdatum|sammanträde)\b\s*:?\s*(.{0,40})",
                                 re.IGNORECASE)


# What a kallelse's opening heading says: the header's word (_KALLELSE), or that the board is called.
_CALLED = re.compile(_KALLELSE.pattern + r"|\bkallas\s+till\s+sammanträde", re.IGNORECASE)


def _opens_as_kallelse(blocks: Sequence[Block]) -> bool:
    """One of the first headings calls the document a kallelse ("KALLELSE", "Nämnden kallas till sammanträde")."""
    return any(b.kind == "heading" and len(b.text) <= 80 and _CALLED.search(b.text) for b in blocks[:6])


def _letterhead_type(letterhead: Sequence[str]) -> str | None:
    """'protokoll' or 'kallelse' when the running header names the document so; an attachment's header ("Bilaga
    till protokoll 2024-04-08 § 41") names the protokoll it belongs to, not itself."""
    lines = own_header(letterhead)
    if any(_PROTOKOLL.search(line) for line in lines):
        return "protokoll"
    if any(_KALLELSE.search(line) for line in lines):
        return "kallelse"
    return None


def _letterhead_meeting_date(letterhead: Sequence[str], committee: str | None = None) -> str | None:
    """'Sammanträdesdatum 2024-04-08' in a running header, or the board's name with one date and nothing else
    ('Kommunfullmäktige 2024-06-17'): a header dates the meeting its pages record."""
    # The label and its date may stand on lines of their own ("Kommunstyrelsen Sammanträdesdatum" / "2024-03-11").
    for line in (*letterhead, " ".join(letterhead)):
        label = _MEETING_DATE_LABEL.search(line)
        if label and dates_in(label[1]):
            return dates_in(label[1])[0]
    # A cell of a header set in columns is a line of its own ("ULVSÄTERS KOMMUN | Protokoll | Gymnasienämnden 2026-02-12").
    for line in [cell for row in letterhead for cell in dict.fromkeys((row, *row.split("\t")))] if committee else ():
        dates = dates_in(line)
        if len(dates) == 1 and re.fullmatch(rf"\s*{re.escape(committee)}\s+(?:\S+\s*){{1,4}}", line, re.IGNORECASE):
            return dates[0]
    return None


def _meeting_title(doc_type: str, committee: str | None, date: str | None, agenda: tuple[AgendaItem, ...]) -> str:
    """'Kallelse socialnämnden 2018-08-15', 'Protokoll kommunstyrelsen 2021-05-04'; the board as the document
    names it, the date of the meeting, else the first ärenden."""
    label = "Protokoll" if doc_type == "protokoll" else "Kallelse"
    who = f" {committee[0].lower()}{committee[1:]}" if committee else ""
    if date:
        return f"{label}{who} {date}"
    return f"{label}{who} – {agenda_titles(agenda)}" if agenda else f"{label}{who}"


def read_document(path: Path, max_bytes: int = 50_000_000) -> ParsedDocument:
    """Read, split and chunk one file."""
    return parse_document(read_source(path, max_bytes))


def agenda_titles(agenda: tuple, limit: int = 2) -> str:
    named = [item.title for item in agenda if item.diarienummer][:limit]
    return ", ".join(named) or agenda[0].title


def _main_years(text: str) -> tuple[int, ...]:
    counts = Counter(year_mentions(text))
    return tuple(sorted(y for y, _ in counts.most_common(1)))


_TYPE_LABEL = {"årsredovisning": "Årsredovisning", "delårsrapport": "Delårsrapport", "månadsrapport": "Månadsrapport",
               "protokoll": "Protokoll", "plan": "Plan", "rapport": "Rapport", "tjänsteskrivelse": "Tjänsteskrivelse"}


# How far into a document its title may stand: past the letterhead and a field grid, before the body text.
_OPENING_BLOCKS = 12


def _opening(blocks: Sequence[Block]) -> list[Block]:
    """The blocks before the body text begins (the first paragraph of more than 200 characters)."""
    out = []
    for block in blocks[:_OPENING_BLOCKS]:
        if block.kind == "paragraph" and len(block.text) > 200:
            break
        out.append(block)
    return out


def _title_heading(blocks: Sequence[Block]) -> str:
    """The document's own title: the most prominent heading of its opening (the first of those), not a letterhead
    line naming only the municipality or board ("Kvarnstena kommun Kommunens revisorer" set small above
    "Granskning av bygglovshandläggningen"); else its first heading, else its first line."""
    headings = [b for b in _opening(blocks) if b.kind == "heading"
                and not (is_issuer_name(b.text) and not classify(b.text, "", ""))]
    if headings:
        return min(headings, key=lambda b: b.level).text
    return next((b.text for b in blocks if b.kind == "heading"), blocks[0].text[:80])


def _named_title(blocks: Sequence[Block], first: str, doc_type: str) -> str:
    """The title heading, else the first line of the opening, that names the document's type once the letterhead's
    municipality and board a text export joins to it are taken off, naming no other ("MÅNADSUPPFÖLJNING OKTOBER
    2025 …" after "BJÖRKHAMRA KOMMUN Barn- och utbildningsnämnden"; not a page header "KOMMUN Årsredovisning 2024
    Kultur- och fritidsnämnden 34"), without its diarienummer; else the title heading as it stands."""
    label = _TYPE_LABEL.get(doc_type, doc_type.capitalize()).lower()

    def names(line: str) -> bool:
        return 0 < len(line) <= 120 and (label in line.lower() or names_type(line, doc_type))

    if any(b.kind == "heading" and b.text == first for b in blocks) and names(line := after_issuer(first)):
        return _sentence_case(line)  # the heading may name the board it is about ("Granskning av … nämndens …")
    for block in _opening(blocks):
        line = without_diarienummer(after_issuer(block.text))
        if block.kind in ("heading", "paragraph") and names(line) and not names_issuer(line):
            return _sentence_case(line)
    return first


# A field of a letterhead's grid written as a line ("Diarienummer: ÖFN 2025-033", "Till: Överförmyndarnämnden").
_FIELD_LINE = re.compile(r"^[\wÅÄÖåäö .-]{2,30}:\s")


def _before_sections(blocks: Sequence[Block]) -> list[Block]:
    """A tjänsteskrivelse's letterhead and ärende: its first blocks, up to its first section heading."""
    out = []
    for block in blocks[:15]:
        if block.kind == "heading" and section_label(block.text.strip()):
            break
        out.append(block)
    return out


def _lead_line(blocks: Sequence[Block]) -> str | None:
    """A tjänsteskrivelse's ärende as a plain line: the last short line before its first section heading, after the
    letterhead's fields ("Till: Överförmyndarnämnden" / "Reviderade riktlinjer för arvode …" / "Sammanfattning")."""
    lead = None
    for block in _before_sections(blocks):
        text = block.text.strip()
        if block.kind in ("heading", "paragraph") and len(text) <= 150 and len(text.split()) >= 3 and not _FIELD_LINE.match(text) \
                and not is_issuer_name(text) and not text.endswith((":", "!")) and re.search(r"[a-zåäö]", text):
            lead = text
    return lead


def _sentence_case(line: str) -> str:
    """A title set in capitals, in the case of running text ("MÅNADSUPPFÖLJNING OKTOBER 2025 Ekonomiskt utfall" →
    "Månadsuppföljning oktober 2025 Ekonomiskt utfall"); an abbreviation of up to four letters stays ("IFO")."""
    words = line.split()
    # A word in capitals is lowered when it is long, or follows a long one ("OKTOBER" after "MÅNADSUPPFÖLJNING").
    text = " ".join(w.lower() if w.isupper() and (len(w) > 4 or (i and words[i - 1].isupper() and len(words[i - 1]) > 4))
                    else w for i, w in enumerate(words))
    return text[:1].upper() + text[1:]


def _report_title(first_heading: str, doc_type: str, text: str) -> str:
    """A report's own title heading when it names the report (in any wording of its type: a verksamhetsberättelse is
    read as an årsredovisning, and keeps its own title), with the main year when it names none, else its type and
    main year."""
    label = _TYPE_LABEL.get(doc_type, doc_type.capitalize())
    years = _main_years(text)
    # A document of no known kind (a taxa, an utredning, a personalbokslut) is named by its own title heading too:
    # "Rapport 2025" says nothing of it.
    if label.lower() in first_heading.lower() or names_type(first_heading, doc_type) or (
            doc_type == "rapport" and _own_title(first_heading)):
        return f"{first_heading} {years[0]}" if years and not years_in(first_heading) else first_heading
    return f"{label} {years[0]}" if years else label


def _generic_title(title: str, doc_type: str) -> bool:
    """The title is only the document's type, with or without a year ("Rapport 2025")."""
    return bool(re.fullmatch(rf"{re.escape(_TYPE_LABEL.get(doc_type, doc_type.capitalize()))}(?: \d{{4}})?", title))


def _stated_title(title: str) -> bool:
    """Whether a title the file states of itself can name it: words of a title (it may name its municipality, as
    "Utredning måltidsorganisation – Stavreby kommun" does), not only the issuer, a section's label, a file name or a
    system's export number ("Export 4711", "Dokument1")."""
    words = len(re.findall(r"[^\W\d_]{3,}", title))
    return (3 <= len(title) <= 150 and (words >= 2 or words == 1 and bool(years_in(title))) and not is_issuer_name(title)
            and not section_label(title) and not re.search(r"\.\w{3,4}$", title))


def _own_title(heading: str) -> bool:
    """Whether a heading can name a document: words of a title, not a section's label ("Sammanfattning"), a field
    ("Sammanträde: 2025-11-13, ärende 6"), or only its issuer ("Revisorerna i Ljungtorpa kommun")."""
    return (3 <= len(heading) <= 120 and len(heading.split()) >= 2 and ":" not in heading
            and not section_label(heading) and not names_issuer(heading) and not is_issuer_name(heading))
