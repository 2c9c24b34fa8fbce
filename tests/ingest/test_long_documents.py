"""Long documents in other municipalities' formats (tests/long_documents.py), printed to PDF by Chromium as a
browser prints them: right-aligned multi-year tables, tables broken across pages, per-page headers and footers."""

from __future__ import annotations

import pytest

from ingest.models import ParsedDocument
from ingest.pipeline import read_document
from tests import long_documents


@pytest.fixture(scope="module")
def report(chromium_path: str, tmp_path_factory: pytest.TempPathFactory) -> ParsedDocument:
    folder = tmp_path_factory.mktemp("report")
    pdf = long_documents.print_pdf(chromium_path, long_documents.verksamhetsberattelse_html(),
                                   folder / "ostervalla_von_verksamhetsberattelse_2023.pdf")
    return read_document(pdf)


def test_right_aligned_year_columns_keep_their_headings(report: ParsedDocument) -> None:
    """Figures and headings right-aligned in their cells start wherever their width puts them: each figure stays
    under its own year, the first heading does not swallow the second, and a short figure is no column of its own."""
    assert "Tabell 8. Driftredovisning (tkr) — Hemtjänst: Utfall 2022 182 640; Budget 2023 188 900; " \
           "Utfall 2023 199 420; Avvikelse -10 520" in long_documents.row_facts(report, "Tabell 8")
    assert "Tabell 8. Driftredovisning (tkr) — Nämnd och förvaltningsledning: Utfall 2022 18 412; Budget 2023 " \
           "19 300; Utfall 2023 18 950; Avvikelse 350" in long_documents.row_facts(report, "Tabell 8")
    assert "Tabell 3. Nyckeltal hemtjänst — Antal brukare med hemtjänst (genomsnitt per månad): Utfall 2021 612; " \
           "Utfall 2022 634; Utfall 2023 671" in long_documents.row_facts(report, "Tabell 3")
    assert "Tabell 7. Personalnyckeltal — Sjukfrånvaro (%): Utfall 2021 9,8; Utfall 2022 9,1; Utfall 2023 8,4" \
        in long_documents.row_facts(report, "Tabell 7")


def test_a_table_broken_across_pages_keeps_its_header(report: ParsedDocument) -> None:
    """The rows printed on the next page are read with the caption and header printed above the first rows."""
    facts = long_documents.row_facts(report, "Tabell 10")
    assert "Tabell 10. Investeringar (tkr) — Summa: Budget 2023 8 500; Utfall 2023 7 305; Avvikelse 1 195" in facts
    assert "Tabell 5. Nyckeltal hälso- och sjukvård — Inskrivna i hemsjukvård vid årets slut: Utfall 2021 742; " \
           "Utfall 2022 768; Utfall 2023 803" in long_documents.row_facts(report, "Tabell 5")


def test_the_running_header_and_footer_are_not_text(report: ParsedDocument) -> None:
    text = "\n".join(page.text for page in report.source.pages[2:])
    assert "Sida 5 av" not in text and "Verksamhetsberättelse 2023 – Vård- och omsorgsnämnden" not in text
    assert report.committee == "Vård- och omsorgsnämnden" and report.municipality == "Östervalla kommun"


@pytest.fixture(scope="module")
def kallelse(tmp_path_factory: pytest.TempPathFactory) -> ParsedDocument:
    folder = tmp_path_factory.mktemp("kallelse")
    return read_document(long_documents.build_kallelse_docx(folder / "skogsang_ifn_kallelse_2024-03-19.docx"))


def test_an_agenda_column_of_presenters_is_no_part_of_the_title(kallelse: ParsedDocument) -> None:
    """'Nr | Ärende | Dnr | Föredragande': the presenter's name is not the ärende's title."""
    items = {item.diarienummer: item.title for item in kallelse.board.items if item.diarienummer}
    assert items["IFN 2024/0012"] == "Internkontrollplan 2024"
    assert items["IFN 2024/0040"] == "Ansökan om föreningsbidrag från Kvinnojouren Linnean 2024"


def test_a_word_document_with_heading_styles_keeps_its_short_lines_as_text(kallelse: ParsedDocument) -> None:
    """Its author marked the headings: the recipients under 'Beslutet skickas till' and the lines of 'Beslutsunderlag'
    are that section's text, not headings of their own."""
    paths = {section.path[1:] for section in kallelse.sections}
    assert ("Beslutet skickas till",) in paths and ("Beslutsunderlag",) in paths
    assert not any(len(path) > 1 and path[0] in {"Beslutet skickas till", "Beslutsunderlag"} for path in paths), paths
    sent = [s for s in kallelse.sections if s.diarienummer == "IFN 2024/0012" and s.path[-1] == "Beslutet skickas till"]
    assert [b.text for b in sent[0].blocks][:2] == ["Kommunstyrelsen", "Revisorerna"]
