"""A document is written whole or not at all: real storage failures in the middle of an update leave the
previous version, and nothing of the new one, visible.

The failures are SQLite's own: the catalog's database reaching its page limit halfway through the document
(SQLITE_FULL, exactly what a full disk gives), and a second writer holding the catalog's write lock.
Making a directory read-only is not used: the tests run as root, and root writes through permission bits."""

from __future__ import annotations

import contextlib
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.service import Assistant
from index.errors import IndexWriteError
from index.swedish import terms

BODY = ("Kostnaderna för externa placeringar har ökat under året och förvaltningen följer utvecklingen noga "
        "tillsammans med ekonomienheten. ") * 3


def longer_version(text: str) -> str:
    """The document with forty more sections: far more rows than the catalog has room for below."""
    return text + "".join(f"\n## Uppföljning {i}\n\nUppföljning {i} av tillväxtbudgeten. {BODY}\n" for i in range(40))


def visible_state(assistant: Assistant) -> tuple:
    """What search and browsing can show: documents, every chunk's id and text, the pages, keyword hits."""
    catalog = assistant.index.catalog
    documents = tuple((r.document_id, r.file_hash, r.chunks, r.ingested_at) for r in catalog.documents())
    chunks = tuple(sorted((cid, c.text) for d in documents for cid, c in catalog.chunks(catalog.chunk_ids(d[0])).items()))
    pages = tuple(catalog.pages(d[0]) for d in documents)
    hits = tuple(h.chunk.chunk_id for h in assistant.search("Hur många barn var placerade i familjehem i april?"))
    return documents, chunks, catalog.chunk_count(), pages, hits


def fill_the_disk(assistant: Assistant) -> None:
    """Let the catalog grow by two pages at most. `_db` is the catalog's only connection, and max_page_count is a
    per-connection limit; SQLite then fails with SQLITE_FULL in the middle of the write, like a full disk."""
    db = assistant.index.catalog._db
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.execute(f"PRAGMA max_page_count = {pages + 2}")


def free_the_disk(assistant: Assistant) -> None:
    assistant.index.catalog._db.execute("PRAGMA max_page_count = 1073741823")


def test_a_full_disk_in_the_middle_of_an_update_leaves_the_old_version(
    make_assistant: Callable[..., Assistant], write_doc: Callable[..., Path]
) -> None:
    assistant = make_assistant()
    path = write_doc("april.md")
    assistant.ingest([path])
    before = visible_state(assistant)
    path.write_text(longer_version(path.read_text(encoding="utf-8")), encoding="utf-8")
    fill_the_disk(assistant)

    try:
        outcome = assistant.ingest([path]).outcomes[0]
    except (sqlite3.Error, IndexWriteError):
        pass  # failing loudly is fine; what matters is what is left behind
    else:
        assert outcome.status == "skipped", outcome

    assert visible_state(assistant) == before
    catalog = assistant.index.catalog
    whole_word = terms("tillväxtbudgeten")[0]  # the compound's own stem; its parts also occur in the old text
    assert catalog.document_frequency(whole_word) == 0
    assert not [h for h in assistant.search("Uppföljning av tillväxtbudgeten") if "tillväxtbudgeten" in h.chunk.text]

    free_the_disk(assistant)
    report = assistant.ingest([path])
    assert report.outcomes[0].status == "updated"
    assert catalog.document_frequency(whole_word) == 40
    assert assistant.index.vectors.count() == catalog.chunk_count() == report.chunks


def test_a_full_disk_on_a_new_document_leaves_nothing_of_it(
    make_assistant: Callable[..., Assistant], write_doc: Callable[..., Path]
) -> None:
    assistant = make_assistant()
    assistant.ingest([write_doc("april.md")])
    before = visible_state(assistant)
    fill_the_disk(assistant)

    with contextlib.suppress(sqlite3.Error, IndexWriteError):  # raising is fine; a report saying "added" would not be
        assistant.ingest([write_doc("tillvaxt.md", longer_version("# Månadsrapport juni 2024\n"))])

    assert visible_state(assistant) == before
    assert [r.file_name for r in assistant.documents()] == ["april.md"]


def test_a_full_disk_is_reported_as_a_full_disk(
    make_assistant: Callable[..., Assistant], write_doc: Callable[..., Path]
) -> None:
    assistant = make_assistant()
    path = write_doc("april.md")
    assistant.ingest([path])
    path.write_text(longer_version(path.read_text(encoding="utf-8")), encoding="utf-8")
    fill_the_disk(assistant)

    # Not the file's fault, so not a skipped file: the run stops and says why.
    with pytest.raises(IndexWriteError, match="full"):
        assistant.ingest([path])


def test_a_second_writer_holding_the_catalog_leaves_the_old_version_visible(
    make_assistant: Callable[..., Assistant], write_doc: Callable[..., Path], tmp_path: Path
) -> None:
    """Vectors are written before the catalog; the lock makes the catalog write fail after the vectors went in."""
    assistant = make_assistant()
    path = write_doc("april.md")
    assistant.ingest([path])
    before = visible_state(assistant)
    marker = f"jourhemmet i Valla {uuid.uuid4().hex[:8]}"
    path.write_text(path.read_text(encoding="utf-8") + f"\n## Jourhem\n\nNämnden öppnade {marker} i april.\n",
                    encoding="utf-8")

    other = sqlite3.connect(assistant.settings.catalog_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process ingesting at the same time
    try:
        try:
            outcome = assistant.ingest([path]).outcomes[0]
        except (sqlite3.OperationalError, IndexWriteError) as exc:
            assert "locked" in str(exc)
        else:
            assert outcome.status == "skipped", outcome
    finally:
        other.execute("ROLLBACK")
        other.close()

    # The premise: the new chunk's vector reached the vector store before the catalog write failed ...
    assert assistant.index.vectors.count() > assistant.index.catalog.chunk_count()
    # ... and yet nothing of the new version can be seen.
    assert visible_state(assistant) == before
    assert not [h for h in assistant.search(f"Vilket jourhem öppnade nämnden? {marker}") if marker in h.chunk.text]

    assert assistant.ingest([path]).outcomes[0].status == "updated"
    assert marker in assistant.search(f"Vilket jourhem öppnade nämnden? {marker}")[0].chunk.text
    assert assistant.index.vectors.count() == assistant.index.catalog.chunk_count()

