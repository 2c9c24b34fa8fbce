"""Structure of the shared documents: agenda, ärenden with their diarienummer, meeting date, document types,
and the rule that every piece of text reaches some chunk."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ingest.models import AgendaItem, Chunk, ParsedDocument
from ingest.pipeline import read_document

STEMS = {"000": "000_6424b87df5d164a5", "001": "001_dd2203c0605088ab", "002": "002_6f873dac8bcd0776",
         "003": "003_d650d4c9f54389cc", "004": "004_89afa5b7fa4a89ee"}
FORMATS = ("pdf", "txt")


def doc(corpus: dict[str, ParsedDocument], prefix: str, fmt: str) -> ParsedDocument:
    return corpus[f"{STEMS[prefix]}.{fmt}"]


def chunks_with(parsed: ParsedDocument, anchor: str) -> list[Chunk]:
    found = [c for c in parsed.chunks if anchor in c.text]
    assert found, f"no chunk of {parsed.source.file_name} contains {anchor!r}"
    return found


# --- agenda -------------------------------------------------------------------------------------------

AGENDA_001 = [
    ("5", "Socialnämndens årsredovisning 2022", "SOCN/2023:17"),
    ("6", "Socialnämndens plan med budget 2023", "SOCN/2023:16"),
    ("7", "Socialnämndens internkontrollrapport 2022", "SOCN/2022:15"),
    ("8", "Socialnämndens internkontrollplan 2023", "SOCN/2023:19"),
    ("9", "Rapportering av ej verkställda gynnande beslut", "SOCN/2022:26"),
    ("10", "Yttrande över motion om att inrätta en familjecentral", "SOCN/2022:42"),
    ("11", "Yttrande över remiss av Platsvarumärket Katrineholm", "SOCN/2022:111"),
    ("12", "Åtterrapporering - socialnämndens dataskyddsefterlevnad", "SOCN/2022:100"),
]


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_agenda_of_001_carries_the_diarienummer_of_items_5_to_12(fmt: str, corpus: dict) -> None:
    agenda = doc(corpus, "001", fmt).agenda

    assert [item.nr for item in agenda] == [str(n) for n in range(1, 16)]
    with_number = [(item.nr, item.title, item.diarienummer) for item in agenda if item.diarienummer]
    assert with_number == AGENDA_001
    assert next(item for item in agenda if item.nr == "4") == AgendaItem("4", "Sekretessärende", None)


@pytest.mark.parametrize(
    "prefix",
    [pytest.param("000"),
     "001", "004"],
)
def test_the_agenda_read_from_the_pdf_matches_the_text_export(prefix: str, corpus: dict) -> None:
    def normal(items: tuple[AgendaItem, ...]) -> list[tuple[str, str, str | None]]:
        return [(i.nr, re.sub(r"\s+", " ", i.title), i.diarienummer) for i in items]

    assert normal(doc(corpus, prefix, "pdf").agenda) == normal(doc(corpus, prefix, "txt").agenda)


def test_the_agenda_of_000_numbers_its_arenden(corpus: dict) -> None:
    agenda = doc(corpus, "000", "txt").agenda
    numbered = {item.nr: item.diarienummer for item in agenda if item.diarienummer}
    assert numbered == {"17": "SOCN/2018:38", "18": "SOCN/2018:65", "19": "SOCN/2018:64", "20": "SOCN/2017:31"}
    assert any(item.nr == "5.-16" and "SEKRETESS" in item.title for item in agenda)


# --- ärenden and their diarienummer -------------------------------------------------------------------

# A sentence from each ärende (the tjänsteskrivelse and its attachment) and the diarienummer it belongs to.
ARENDE_ANCHORS = [
    ("000", "Socialnämnden beslutar om rättelse genom ändring av beslutet", "SOCN/2018:38"),
    ("000", "Våld i nära relationer är ett stort samhälls- och folkhälsoproblem", "SOCN/2018:38"),
    ("000", "Utifrån det särskilda uppdrag som Samhällsbyggnadsförvaltningen", "SOCN/2018:65"),
    ("000", "Kommunens långsiktiga planering styrs av kommunens vision", "SOCN/2018:64"),
    ("001", "Socialnämnden redovisar en budgetavvikelse på -19 348 tkr för helåret 2022", "SOCN/2023:17"),
    ("001", "Årsredovisningen innehåller en översiktlig och sammanfattande", "SOCN/2023:17"),
    ("001", "Socialnämnden beslutar att anta den tilldelade budgetramen för 2023", "SOCN/2023:16"),
    ("001", "Socialnämndens internkontrollplan för 2022 omfattade", "SOCN/2022:15"),
    ("001", "Socialförvaltningens internkontrollplan för år 2023 omfattar", "SOCN/2023:19"),
    ("001", "Socialnämnden godkänner rapporten om ej verkställda gynnande", "SOCN/2022:26"),
    ("001", "Centerpartiet vill ge kraft åt varje människa", "SOCN/2022:42"),
    ("001", "Workshops i samband med framtagandet av platsvarumärkes", "SOCN/2022:111"),
    ("004", "Socialnämnden lägger socialförvaltningens kvalitetsberättelse", "SOCN/2024:65"),
    ("004", "Vänsterpartiet inkom 2023-05-03 med en motion", "SOCN/2023:52"),
    ("004", "Under mars månad inkom det 297 orosanmälningar", "SOCN/2024:56"),
    ("004", "rapporten om ej verkställda gynnande", "SOCN/2024:58"),
]



def _anchor_params() -> list:
    params = []
    for prefix, anchor, diarienummer in ARENDE_ANCHORS:
        for fmt in FORMATS:
            params.append(pytest.param(prefix, anchor, diarienummer, fmt, id=f"{prefix}-{fmt}-{anchor[:30]}"))
    return params


@pytest.mark.parametrize(("prefix", "anchor", "diarienummer", "fmt"), _anchor_params())
def test_text_of_an_arende_carries_its_diarienummer(
    prefix: str, anchor: str, diarienummer: str, fmt: str, corpus: dict
) -> None:
    assert {c.diarienummer for c in chunks_with(doc(corpus, prefix, fmt), anchor)} == {diarienummer}


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_chunk_under_the_arsredovisning_2022_has_socn_2023_17(fmt: str, corpus: dict) -> None:
    parsed = doc(corpus, "001", fmt)
    under = [c for c in parsed.chunks
             if c.section_path[0] in ("Socialnämndens årsredovisning 2022", "Årsredovisning Helår 2022")]
    assert len(under) > 100
    assert {c.diarienummer for c in under} == {"SOCN/2023:17"}
    assert {c.document_type for c in under} == {"tjänsteskrivelse", "årsredovisning"}



@pytest.mark.parametrize("fmt", FORMATS)
def test_the_dataskydd_arende_of_001_carries_socn_2022_100(fmt: str, corpus: dict) -> None:
    chunks = chunks_with(doc(corpus, "001", fmt), "Med anledning av den årliga rapporten från Sydarkivera")
    assert {c.diarienummer for c in chunks} == {"SOCN/2022:100"}
    assert not any("Platsvarumärket" in " ".join(c.section_path) for c in chunks)


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_arende_without_number_does_not_inherit_the_previous_one(fmt: str, corpus: dict) -> None:
    chunks = chunks_with(doc(corpus, "001", fmt), "Redovisning av delegationsbeslut tagna på socialnämndens vägnar")
    assert {c.diarienummer for c in chunks} == {None}


@pytest.mark.parametrize("prefix", ["000", "001", "004"])
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_chunk_belongs_to_exactly_one_section_of_one_arende(prefix: str, fmt: str, corpus: dict) -> None:
    """Each chunk's text comes from the blocks of a single section, whose path and number it carries."""
    parsed = doc(corpus, prefix, fmt)
    sections = [(s, "\n".join(b.text for b in s.blocks)) for s in parsed.sections]
    for chunk in (c for c in parsed.chunks if c.kind == "text"):
        homes = [s for s, text in sections if chunk.text in text or all(part in text for part in chunk.text.split("\n"))]
        assert homes, chunk.text[:80]
        assert any(s.path == chunk.section_path and s.diarienummer == chunk.diarienummer for s in homes), (
            chunk.section_path, chunk.diarienummer, [(s.path, s.diarienummer) for s in homes])


# --- dates, types and titles --------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_kallelse_000_is_dated_2018_08_15(fmt: str, corpus: dict) -> None:
    parsed = doc(corpus, "000", fmt)
    assert parsed.meeting_date == "2018-08-15"
    assert parsed.title == "Kallelse socialnämnden 2018-08-15"
    assert {c.meeting_date for c in parsed.chunks} == {"2018-08-15"}


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize(
    ("prefix", "document_type", "years"),
    [("000", "kallelse", (2018,)), ("001", "kallelse", None), ("002", "delårsrapport", (2019,)),
     ("003", "årsredovisning", (2019,)), ("004", "kallelse", None)],
)
def test_document_type_and_years(
    prefix: str, document_type: str, years: tuple[int, ...] | None, fmt: str, corpus: dict
) -> None:
    """A kallelse without a meeting date (001, 004) has no single right year; only that it has one is checked."""
    parsed = doc(corpus, prefix, fmt)
    assert parsed.document_type == document_type
    if years is None:
        assert parsed.years and all(str(y) in "\n".join(b.text for b in parsed.source.blocks) for y in parsed.years)
    else:
        assert parsed.years == years


@pytest.mark.parametrize("fmt", FORMATS)
def test_reports_are_titled_by_type_and_year(fmt: str, corpus: dict) -> None:
    assert doc(corpus, "002", fmt).title == "Delårsrapport 2019"
    assert doc(corpus, "003", fmt).title == "Årsredovisning 2019"


# --- nothing is lost on the way from blocks to chunks -------------------------------------------------


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("prefix", list(STEMS))
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_paragraph_reaches_a_chunk(prefix: str, fmt: str, corpus: dict) -> None:
    """Body text (not headings, not the table of contents with its dot leaders) all ends up in some chunk."""
    parsed = doc(corpus, prefix, fmt)
    chunked = squeeze("".join(c.text for c in parsed.chunks))
    lost = [b.text[:80] for b in parsed.source.blocks
            if b.kind != "heading" and "....." not in b.text and squeeze(b.text) not in chunked]
    assert not lost


def test_the_yrkanden_of_the_motion_in_004_pdf_reach_a_chunk(corpus: dict) -> None:
    anchor = "Kommunen inför en nollvision mot vräkning av barnfamiljer"
    assert chunks_with(doc(corpus, "004", "txt"), anchor)
    assert chunks_with(doc(corpus, "004", "pdf"), anchor)


@pytest.mark.parametrize("fmt", FORMATS)
def test_a_numbered_list_without_full_stops_reaches_a_chunk(fmt: str, corpus: dict) -> None:
    parsed = doc(corpus, "001", fmt)
    findable = "\n".join(f"{c.text}\n{c.context}" for c in parsed.chunks)
    assert "Investeringar i skattefinansierad infrastruktur" in findable


def test_every_type_the_classifier_gives_is_in_the_enumerated_set() -> None:
    from ingest.models import DOCUMENT_TYPES
    from ingest.structure import _TYPE_RULES, classify

    assert {name for name, _ in _TYPE_RULES} | {classify("")} <= set(DOCUMENT_TYPES)


def test_a_bold_sentence_that_goes_on_below_is_text_and_a_wrapped_numbered_heading_stays_one() -> None:
    """An audit report sets its verdict in bold (invented): "Vår samlade bedömning är att nämnden delvis säkerställer
    en ändamålsenlig" / "och rättssäker handläggning …" is one sentence, not a heading over the rest of it. A numbered
    heading that wrapped ("4.1 Ekonomiskt utfall enligt driftsredovisningen inkl" / "helårsprognos …") stays a heading."""
    from ingest.models import Block
    from ingest.structure import demote_empty_headings

    blocks = [Block("heading", "1. Sammanfattning", 1, 1, 1, level=2),
              Block("heading", "Vår samlade bedömning är att nämnden delvis säkerställer en ändamålsenlig", 1, 2, 2,
                    level=3),
              Block("paragraph", "och rättssäker handläggning av bygglov.", 1, 3, 3),
              Block("heading", "4.1 Ekonomiskt utfall enligt driftsredovisningen inkl", 1, 4, 4, level=3),
              Block("paragraph", "helårsprognos enligt tabellen nedan.", 1, 5, 5)]
    out = demote_empty_headings(blocks)
    assert [(b.kind, b.text) for b in out] == [
        ("heading", "1. Sammanfattning"),
        ("paragraph", "Vår samlade bedömning är att nämnden delvis säkerställer en ändamålsenlig och rättssäker "
                      "handläggning av bygglov."),
        ("heading", "4.1 Ekonomiskt utfall enligt driftsredovisningen inkl"),
        ("paragraph", "helårsprognos enligt tabellen nedan.")], out
    assert (out[1].line_start, out[1].line_end) == (2, 3)


def test_an_agenda_column_of_papers_is_no_part_of_the_title(tmp_path: Path) -> None:
    """'Ärende | Beteckning | Föredragande | Beslutsunderlag' (invented): the papers an ärende is decided on are not
    its title."""
    path = tmp_path / "kallelse_sn_2025-12-09.md"
    path.write_text("# Kallelse socialnämnden 2025-12-09\n\n## Föredragningslista\n\n"
                    "| Ärende | Beteckning | Föredragande | Beslutsunderlag |\n|---|---|---|---|\n"
                    "| 1. Val av justerare | – | Ordföranden | – |\n"
                    "| 2. Intern kontrollplan 2026 | SN/2025:97 | Hanna Blom | Tjänsteskrivelse 2025-11-20; Riskanalys 2026 |\n",
                    encoding="utf-8")
    agenda = {item.nr: item.title for item in read_document(path).agenda}
    assert agenda == {"1": "Val av justerare", "2": "Intern kontrollplan 2026"}, agenda


def test_an_audit_report_keeps_its_own_title(tmp_path: Path) -> None:
    """The auditors title their report by what it examines (invented): that title names it, not "Rapport <år>"."""
    path = tmp_path / "revision_foreningsbidrag.md"
    path.write_text("# Granskning av kultur- och fritidsnämndens hantering av föreningsbidrag\n\n"
                    "Revisionsrapport 2025\n\n## Bakgrund\n\nNämnden fördelar bidrag till föreningar varje år sedan 2025.\n",
                    encoding="utf-8")
    document = read_document(path)
    assert document.document_type == "rapport"
    assert document.title.startswith("Granskning av kultur- och fritidsnämndens hantering av föreningsbidrag"), \
        document.title


def test_numbered_sections_before_a_numbered_proposal_are_one_documents(tmp_path: Path) -> None:
    """A report whose sections are numbered through to its proposal ("5 Tidplan", "6 Förslag till beslut"; invented):
    the section before the proposal is the report's, not an ärende's title over it."""
    path = tmp_path / "granskningsutlatande_kvarnen.md"
    path.write_text("# Granskningsutlåtande\n\nDetaljplan för Kvarnen 2, Lillby, 2026\n\n"
                    "## 1 Planens syfte\n\nPlanen ger plats för 40 bostäder vid den gamla kvarnen.\n\n"
                    "## 2 Inkomna yttranden\n\nUnder granskningen kom det in nio yttranden.\n\n"
                    "## 5 Fortsatt arbete och tidplan\n\nPlanen kan antas av kommunfullmäktige i mars 2026.\n\n"
                    "## 6 Förslag till beslut\n\nByggnadsnämnden godkänner granskningsutlåtandet.\n",
                    encoding="utf-8")
    document = read_document(path)
    assert not document.title.startswith("5 "), document.title
    timetable = next(c for c in document.chunks if "antas av kommunfullmäktige" in c.text)
    assert timetable.document_type != "tjänsteskrivelse", timetable
    assert all(not step.startswith("5 ") for step in timetable.section_path[:1]), timetable.section_path


def test_the_auditors_statement_is_no_annual_report(tmp_path: Path) -> None:
    """A revisionsberättelse (invented, in the form kommunallagen 12 kap. gives it) speaks of the årsredovisning it
    examines: it is the auditors' report, titled by its own title line."""
    path = tmp_path / "revisionsberattelse_2025.txt"
    path.write_text("Till kommunfullmäktige i Norrlunda kommun\n\nRevisionsberättelse för år 2025\n\n"
                    "Vi har granskat kommunstyrelsens och nämndernas verksamhet under 2025. Årsredovisningen har "
                    "upprättats enligt lagen om kommunal bokföring och redovisning.\n\nVi tillstyrker att "
                    "kommunfullmäktige beviljar ansvarsfrihet för kommunstyrelsen och nämnderna.\n",
                    encoding="utf-8")
    document = read_document(path)
    assert document.document_type == "rapport", document.document_type
    assert document.title.startswith("Revisionsberättelse för år 2025"), document.title


def test_a_kallelse_without_a_tid_label_is_dated_by_its_weekday_line() -> None:
    """A meeting system's kallelse page (invented, after probe P's Trastbo) says when as "Tisdag 27 januari 2026 kl.
    08.30", with no "Tid" label: that line dates the meeting and gives its hour. A weekday line without the hour
    dates nothing, and a labelled date does not give way to it."""
    from ingest.models import Block
    from ingest.structure import meeting_date

    page = [Block("heading", "Bygg- och miljönämnden", 1, 1, 1, level=1),
            Block("paragraph", "Tisdag 27 januari 2026 kl. 08.30", 1, 2, 2),
            Block("paragraph", "Plats: Sammanträdesrum Sälgen", 1, 3, 3)]
    assert meeting_date(page) == "2026-01-27"
    assert meeting_date([Block("paragraph", "Tisdag 27 januari 2026 lämnas rapporten in.", 1, 1, 1)]) is None
    assert meeting_date([Block("paragraph", "Onsdagen den 3 december 2025 kl. 13.00 hålls en dialog.", 1, 1, 1),
                         Block("paragraph", "Tid: 2025-12-10 kl. 09.00", 1, 2, 2)]) == "2025-12-10"
    # The meeting it calls to: that day, at that hour, in the place its label gives.
    from ingest.protokoll_meeting import letterhead_meeting

    called = letterhead_meeting(page, "Bygg- och miljönämnden")
    assert (called.date, called.time, called.place) == ("2026-01-27", "08:30", "Sammanträdesrum Sälgen"), called


def test_a_plain_line_over_another_promoted_line_is_text_not_a_heading_over_nothing(tmp_path: Path) -> None:
    """Short standalone lines over body text are read as headings in a plain export. Two such lines in a row (invented,
    as the sample årsredovisning prints "Ekonomisk redovisning" / "Ekonomiskt utfall enligt driftsredovisningen", and a
    remiss answer its "<footer>Remissen, s. 14</footer>" under a quoted question, over "Förvaltningens svar") were two
    headings of one level: the first headed nothing — the second took its place in the section path — and its text
    was in no passage. The first is text now."""
    report = tmp_path / "arsredovisning_2024.txt"
    report.write_text("Årsredovisning 2024 för kultur- och fritidsnämnden\n\n"
                      "Nämndens verksamhet har under året präglats av ombyggnaden av simhallen.\n\n"
                      "Ekonomisk redovisning\n\nEkonomiskt utfall för helåret\n\n"
                      "Nämnden redovisar ett överskott på 2,4 miljoner kronor mot budget för helåret 2024.\n",
                      encoding="utf-8")
    chunks = read_document(report).chunks
    assert any("Ekonomisk redovisning" in c.text for c in chunks), [(c.section_path, c.text) for c in chunks]
    [chunk] = [c for c in chunks if "överskott på 2,4" in c.text]
    assert chunk.section_path[-1] == "Ekonomiskt utfall för helåret", chunk.section_path

    remiss = tmp_path / "remissvar_vattenplan.html"
    remiss.write_text("<html><body><h1>Yttrande över remiss: Regional vattenförsörjningsplan</h1>"
                      "<h2>Fråga 1. Urval av vattenresurser</h2><blockquote><p>Har kommunen synpunkter på urvalet av "
                      "vattenresurser?</p><footer>Remissen, s. 14</footer></blockquote>"
                      "<div><p>Förvaltningens svar</p><p>Förvaltningen instämmer i urvalet men saknar "
                      "Hägerträsk grundvattenmagasin, som försörjer Alnäs vattenverk.</p></div></body></html>",
                      encoding="utf-8")
    chunks = read_document(remiss).chunks
    [quoted] = [c for c in chunks if "Remissen, s. 14" in c.text]
    assert "Har kommunen synpunkter" in quoted.text, quoted.text
