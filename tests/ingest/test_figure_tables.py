"""Tables of figures in body-size type as other municipalities' PDFs set them (tests/table_documents.py, printed
by Chromium): each row's label, however it wraps, is read with its own figures, under its own column headings."""

from __future__ import annotations

import pytest

from ingest.models import ParsedDocument
from ingest.pipeline import read_document
from tests import long_documents, table_documents
from tests.table_documents import MINUS, NBSP


@pytest.fixture(scope="module")
def report(chromium_path: str, tmp_path_factory: pytest.TempPathFactory) -> ParsedDocument:
    folder = tmp_path_factory.mktemp("figure_tables")
    pdf = long_documents.print_pdf(chromium_path, table_documents.delarsrapport_html(),
                                   folder / "fiktiva_socn_delarsrapport_2023.pdf")
    return read_document(pdf)


def test_a_label_wrapped_around_its_centred_figures_is_one_row(report: ParsedDocument) -> None:
    """A browser centres cells in height: the figures stand alone on a line between the label's two lines."""
    facts = long_documents.row_facts(report, "Tabell 1. Driftredovisning per verksamhet (mnkr) — ")
    assert "Tabell 1. Driftredovisning per verksamhet (mnkr) — Köp av huvudverksamhet (placeringar) inklusive " \
           f"familjehem och kontaktfamiljer: Budget 2023 62,0; Prognos 2023 71,4; Avvikelse {MINUS}9,4" in facts
    assert "Tabell 1. Driftredovisning per verksamhet (mnkr) — Ekonomiskt bistånd: Budget 2023 27,5; Prognos 2023 " \
           f"30,1; Avvikelse {MINUS}2,6" in facts
    assert len(facts) == len(table_documents.VERKSAMHETER)


def test_a_header_over_two_lines_names_each_column(report: ParsedDocument) -> None:
    """'Budget' / '2023' and 'Avvikelse' / 'mot budget', each heading's words read down its own column."""
    assert "Tabell 2. Prognos per verksamhet, rubriker på två rader (mnkr) — Summa: Budget 2023 175,4; Prognos 2023 " \
           f"189,6; Avvikelse mot budget {MINUS}14,2" in long_documents.row_facts(report, "Tabell 2")


def test_figures_with_non_breaking_spaces_and_a_label_over_three_lines(report: ParsedDocument) -> None:
    assert "Tabell 3. Kostnadsslag (tkr) — Personalkostnader inklusive sociala avgifter och pensionskostnader: " \
           f"Budget 2023 98 300; Prognos 2023 101 920; Avvikelse {MINUS}3 620" in long_documents.row_facts(report, "Tabell 3")
    assert f"Tabell 3. Kostnadsslag (tkr) — Intäkter: Budget 2023 {MINUS}12 400; Prognos 2023 {MINUS}13 250; " \
           "Avvikelse 850" in long_documents.row_facts(report, "Tabell 3")
    assert NBSP not in "".join(long_documents.row_facts(report, "Tabell 3"))


def test_rows_without_cell_padding_keep_their_wrapped_labels(report: ParsedDocument) -> None:
    """Without padding a wrapped line stands as far below as the next row: a line with figures starts a row, a label
    line alone carries on the row above (cells top-aligned, headings left-aligned over right-aligned figures)."""
    caption = "Tabell 4. Verksamheter i Word-tabell (mnkr)"
    facts = long_documents.row_facts(report, caption)
    assert f"{caption} — Köp av huvudverksamhet (placeringar) inklusive familjehem och kontaktfamiljer: Budget 2023 " \
           "62,0; Prognos 2023 71,4; Avvikelse -9,4" in facts, facts
    assert f"{caption} — Summa: Budget 2023 175,4; Prognos 2023 189,6; Avvikelse -14,2" in facts, facts
    assert len(facts) == len(table_documents.VERKSAMHETER)


def test_a_table_over_three_pages_keeps_caption_header_and_every_row(report: ParsedDocument) -> None:
    """The header repeated atop each page is the table's header (not a running header), the rows there keep the
    table's caption, and the rows at a page's foot (figures alone on a line) are not taken for a running footer."""
    facts = long_documents.row_facts(report, "Tabell 5. Hemtjänst per område (tkr) — ")
    assert len(facts) == len(table_documents.OMRADEN), [f[:60] for f in facts]
    pages = {c.page for c in report.chunks if c.kind == "table_row" and c.fact and c.fact.startswith("Tabell 5")}
    assert len(pages) == 3
    for label, budget, prognos, avvikelse in table_documents.OMRADEN:
        assert f"— {label}: Budget 2023 {budget}; Prognos 2023 {prognos}; Avvikelse {avvikelse.replace(NBSP, ' ')}" \
            in "\n".join(facts), label
