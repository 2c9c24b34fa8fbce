"""Ingesting again: unchanged files are left alone, changed files replace their old chunks, deleted files
are pruned, removal works, and ids depend only on content."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.errors import NotFound
from assistant.service import Assistant
from index.store import SearchFilter

SHARED = Path(__file__).resolve().parents[3] / "shared"
DELARSRAPPORT = SHARED / "corpus" / "002_6f873dac8bcd0776.txt"
OLD_SENTENCE = "Under mars månad har enheten ekonomiskt bistånd påbörjat ett nytt arbetssätt"


def cached_vectors(path: Path) -> int:
    with sqlite3.connect(path) as db:
        return int(db.execute("SELECT count(*) FROM embeddings").fetchone()[0])


def texts_containing(assistant: Assistant, document_id: str, needle: str) -> list[str]:
    catalog = assistant.index.catalog
    return [c.text for c in catalog.chunks(catalog.chunk_ids(document_id)).values() if needle in c.text]


def test_an_unchanged_file_is_reported_unchanged_and_nothing_is_embedded_or_rewritten(
    make_assistant: Callable[..., Assistant], write_doc: Callable[..., Path], snapshot: Callable, tmp_path: Path
) -> None:
    cache = tmp_path / "own-embeddings.sqlite3"  # a private cache, so the first ingest must embed
    assistant = make_assistant(embedding_cache=cache)
    path = write_doc("april.md")
    first = assistant.ingest([path]).outcomes[0]
    assert (first.status, first.embedded) == ("added", first.chunks) and first.chunks > 0
    before, vectors_in_cache = snapshot(assistant), cached_vectors(cache)

    again = assistant.ingest([path]).outcomes[0]

    assert (again.status, again.embedded, again.chunks) == ("unchanged", 0, first.chunks)
    assert cached_vectors(cache) == vectors_in_cache
    assert snapshot(assistant) == before  # ingested_at included: the catalog row was not rewritten


def test_an_unchanged_file_is_unchanged_for_a_fresh_assistant_on_the_same_data_dir(
    make_assistant: Callable[..., Assistant], write_doc: Callable[..., Path]
) -> None:
    path = write_doc("april.md")
    make_assistant().ingest([path])
    assert make_assistant().ingest([path]).outcomes[0].status == "unchanged"


def test_a_changed_file_replaces_its_old_chunks(
    make_assistant: Callable[..., Assistant], tmp_path: Path
) -> None:
    path = tmp_path / "docs" / DELARSRAPPORT.name
    path.parent.mkdir()
    shutil.copy(DELARSRAPPORT, path)
    assistant = make_assistant()
    added = assistant.ingest([path]).outcomes[0]
    document_id = assistant.documents()[0].document_id
    old_ids = set(assistant.index.catalog.chunk_ids(document_id))
    assert texts_containing(assistant, document_id, OLD_SENTENCE)

    # A unique new sentence, so it is never in the shared embedding cache and must be embedded now.
    marker = f"kvällsöppen rådgivning i Forssjö {uuid.uuid4().hex[:8]}"
    new_sentence = f"Under mars månad har enheten ekonomiskt bistånd startat {marker}"
    original = path.read_text(encoding="utf-8")
    assert original.count(OLD_SENTENCE) == 1
    path.write_text(original.replace(OLD_SENTENCE, new_sentence), encoding="utf-8")

    updated = assistant.ingest([path]).outcomes[0]

    assert (updated.status, updated.chunks, updated.embedded) == ("updated", added.chunks, 1)
    assert [r.file_name for r in assistant.documents()] == [path.name]
    assert not texts_containing(assistant, document_id, OLD_SENTENCE)
    assert texts_containing(assistant, document_id, marker)
    new_ids = set(assistant.index.catalog.chunk_ids(document_id))
    assert len(old_ids - new_ids) == 1 and len(new_ids - old_ids) == 1  # only the edited chunk changed id
    assert set(assistant.index.vectors.ids_for_document(document_id)) <= new_ids
    assert not (old_ids - new_ids) & set(assistant.index.vectors.ids_for_document(document_id))

    found = assistant.search(marker)  # the new words find the edited chunk
    assert marker in found[0].chunk.text
    stale = assistant.search("Vilket nytt arbetssätt har enheten ekonomiskt bistånd påbörjat i mars?")
    assert not [h for h in stale if OLD_SENTENCE in h.chunk.text]


def test_ids_come_from_the_file_and_its_content_not_from_the_index(
    make_assistant: Callable[..., Assistant], write_doc: Callable[..., Path], tmp_path: Path
) -> None:
    """The same file read into two fresh indexes gets the same document and chunk ids."""
    path = write_doc("april.md")
    first = make_assistant("first")
    first.ingest([path])
    second = make_assistant("second")
    second.ingest([path])

    [one], [two] = first.documents(), second.documents()
    assert one.document_id == two.document_id
    assert sorted(first.index.catalog.chunk_ids(one.document_id)) == sorted(second.index.catalog.chunk_ids(two.document_id))


def test_two_files_with_the_same_name_in_different_folders_are_two_documents(
    make_assistant: Callable[..., Assistant], write_doc: Callable[..., Path], tmp_path: Path
) -> None:
    assistant = make_assistant()
    february = write_doc("kallelse.md", "# Månadsrapport februari 2023\n\n## Ekonomi\n\nUnderskottet i februari var 3 miljoner.\n",
                         folder="2023-02")
    march = write_doc("kallelse.md", "# Månadsrapport mars 2023\n\n## Ekonomi\n\nUnderskottet i mars var 5 miljoner.\n",
                      folder="2023-03")

    report = assistant.ingest([tmp_path / "2023-02", tmp_path / "2023-03"])

    assert [o.status for o in report.outcomes] == ["added", "added"]
    assert sorted(r.path for r in assistant.documents()) == sorted(str(p.resolve()) for p in (february, march))


def test_prune_removes_a_document_whose_file_is_gone(
    make_assistant: Callable[..., Assistant], write_doc: Callable[..., Path], tmp_path: Path
) -> None:
    assistant = make_assistant()
    april = write_doc("april.md")
    write_doc("maj.md", "# Månadsrapport maj 2024\n\n## Öppenvård\n\nÖppenvården startade en föräldragrupp i Forssjö.\n")
    other = write_doc("juni.md", "# Månadsrapport juni 2024\n\n## Vuxna\n\nVuxenstödet tog emot 18 nya ärenden.\n",
                      folder="other")
    docs = tmp_path / "docs"
    assert assistant.ingest([docs, other]).count("added") == 3
    april_id = next(r.document_id for r in assistant.documents() if r.file_name == "april.md")
    april.unlink()

    report = assistant.ingest([docs], prune=True)

    assert sorted((o.file, o.status) for o in report.outcomes) == [("april.md", "removed"), ("maj.md", "unchanged")]
    assert sorted(r.file_name for r in assistant.documents()) == ["juni.md", "maj.md"]
    assert assistant.index.catalog.chunk_ids(april_id) == []
    assert assistant.index.vectors.ids_for_document(april_id) == []
    assert not [h for h in assistant.search("barn placerade i familjehem i april") if h.chunk.document_id == april_id]


def test_without_prune_a_deleted_file_stays_indexed(
    make_assistant: Callable[..., Assistant], write_doc: Callable[..., Path], tmp_path: Path
) -> None:
    assistant = make_assistant()
    april = write_doc("april.md")
    assistant.ingest([tmp_path / "docs"])
    april.unlink()

    report = assistant.ingest([tmp_path / "docs"])

    assert report.outcomes == ()
    assert [r.file_name for r in assistant.documents()] == ["april.md"]


@pytest.mark.parametrize("by", ["file_name", "document_id"])
def test_remove_takes_a_document_out_of_catalog_vectors_and_search(
    by: str, make_assistant: Callable[..., Assistant], write_doc: Callable[..., Path]
) -> None:
    assistant = make_assistant()
    assistant.ingest([write_doc("april.md"),
                      write_doc("maj.md", "# Månadsrapport maj 2024\n\n## Öppenvård\n\nÖppenvården startade en föräldragrupp.\n")])
    record = next(r for r in assistant.documents() if r.file_name == "april.md")

    removed = assistant.remove(getattr(record, by))

    assert removed.document_id == record.document_id
    assert [r.file_name for r in assistant.documents()] == ["maj.md"]
    assert assistant.index.catalog.chunk_ids(record.document_id) == []
    assert assistant.index.vectors.ids_for_document(record.document_id) == []
    assert assistant.index.vectors.count() == assistant.index.catalog.chunk_count()
    assert not [h for h in assistant.search("barn placerade i familjehem") if h.chunk.document_id == record.document_id]
    with pytest.raises(NotFound):
        assistant.document(record.document_id)
    with pytest.raises(NotFound):
        assistant.remove("april.md")


def test_a_corrected_year_is_no_longer_found_under_the_old_year(
    make_assistant: Callable[..., Assistant], write_doc: Callable[..., Path]
) -> None:
    assistant = make_assistant()
    body = "\n\n## Placeringar\n\nAntalet placerade barn är oförändrat sedan förra månaden.\n"
    path = write_doc("manadsrapport.md", "# Månadsrapport april 2023" + body)
    assistant.ingest([path])
    path.write_text("# Månadsrapport april 2024" + body, encoding="utf-8")
    assert assistant.ingest([path]).outcomes[0].status == "updated"

    hits = assistant.search("Hur många barn är placerade?", filters=SearchFilter(years=(2023,)))

    assert [(h.chunk.text, h.chunk.years) for h in hits] == []
