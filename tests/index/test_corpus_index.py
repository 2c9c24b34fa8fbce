"""The whole sample corpus in one index (the session's `corpus_assistant`): counts, idempotence, search."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest

from assistant.service import Assistant
from index.store import SearchFilter
from ingest.pipeline import read_document

pytestmark = pytest.mark.slow

SHARED = Path(__file__).resolve().parents[3] / "shared"
FILES = sorted((SHARED / "corpus-pdf").glob("*.pdf")) + sorted((SHARED / "corpus").glob("*.txt"))


def test_every_file_of_the_corpus_is_catalogued_with_its_pages_and_chunks(corpus_assistant: Assistant) -> None:
    records = {r.file_name: r for r in corpus_assistant.documents()}
    assert sorted(records) == sorted(p.name for p in FILES) and len(records) == 10

    catalog = corpus_assistant.index.catalog
    embedded = 0
    for path in FILES:
        record, parsed = records[path.name], read_document(path)
        pages = len(pypdf.PdfReader(str(path)).pages) if path.suffix == ".pdf" else 1
        assert (record.pages, record.chunks, record.file_hash) == (pages, len(parsed.chunks), parsed.source.file_hash)
        stored = catalog.chunks(catalog.chunk_ids(record.document_id))
        assert set(stored) == {c.chunk_id for c in parsed.chunks}
        assert sorted(corpus_assistant.index.vectors.ids_for_document(record.document_id)) == sorted(
            cid for cid, c in stored.items() if c.kind != "table")
        embedded += sum(1 for c in stored.values() if c.kind != "table")
    assert catalog.chunk_count() == sum(r.chunks for r in records.values())
    assert corpus_assistant.index.vectors.count() == embedded


def test_ingesting_the_corpus_again_changes_and_embeds_nothing(corpus_assistant: Assistant) -> None:
    before = [(r.document_id, r.file_hash, r.ingested_at) for r in corpus_assistant.documents()]
    count = corpus_assistant.index.catalog.chunk_count()

    report = corpus_assistant.ingest([SHARED / "corpus-pdf", SHARED / "corpus"])

    assert [o.status for o in report.outcomes] == ["unchanged"] * 10
    assert sum(o.embedded for o in report.outcomes) == 0
    assert [(r.document_id, r.file_hash, r.ingested_at) for r in corpus_assistant.documents()] == before
    assert corpus_assistant.index.catalog.chunk_count() == count


def test_search_finds_the_driftredovisning_row_of_familjeratt_och_placering(corpus_assistant: Assistant) -> None:
    hits = corpus_assistant.search("Vilken budgetavvikelse hade Familjerätt och placering 2022?", k=5)
    rows = [h.chunk for h in hits if h.chunk.fact and "Familjerätt och placering" in h.chunk.fact
            and "-19 965" in h.chunk.fact]
    assert rows, [h.chunk.fact or h.chunk.text[:80] for h in hits]
    assert rows[0].diarienummer == "SOCN/2023:17"
    assert rows[0].source.startswith("001_dd2203c0605088ab")


def test_year_and_type_filters_hold_for_every_hit(corpus_assistant: Assistant) -> None:
    hits = corpus_assistant.search("kostnader för externa placeringar",
                                   filters=SearchFilter(years=(2019,), document_types=("delårsrapport",)))
    assert hits
    assert all(h.chunk.source.startswith("002_6f873dac8bcd0776") for h in hits)
    assert all(2019 in h.chunk.years for h in hits)


def test_a_diarienummer_filter_keeps_to_one_arende(corpus_assistant: Assistant) -> None:
    hits = corpus_assistant.search("familjecentral", filters=SearchFilter(diarienummer="SOCN/2022:42"))
    assert hits
    assert {h.chunk.diarienummer for h in hits} == {"SOCN/2022:42"}
