"""Consistency of the three stores: catalog (source of truth), keyword index and vector store, and of the candidate
sentences' vectors in the embedding cache. A check reports what disagrees; a repair removes orphans and re-embeds or
re-indexes what is missing, under the writer lock."""

from __future__ import annotations

from dataclasses import dataclass

from index.embedding_cache import text_key
from index.store import Index, agenda_titles, embedding_text
from index.vector_store import metadata_for


@dataclass(frozen=True)
class Consistency:
    """What the catalog, the keyword index and the vector store disagree on."""

    documents: int
    chunks: int
    vectors: int
    orphan_vectors: tuple[str, ...]  # in the vector store, not in the catalog (a crash after the vectors were written)
    missing_vectors: tuple[str, ...]  # catalog chunks that should have a vector and have none
    orphan_terms: tuple[int, ...]  # keyword rows of chunks that are gone
    missing_terms: tuple[str, ...]  # chunks without keyword rows
    # Candidate sentences without a vector in the embedding cache (an index restored on another machine, a cache
    # deleted): answers then choose sentences without the question–sentence similarity.
    missing_sentences: tuple[str, ...] = ()

    @property
    def consistent(self) -> bool:
        return not (self.orphan_vectors or self.missing_vectors or self.orphan_terms or self.missing_terms
                    or self.missing_sentences)


def check(index: Index) -> Consistency:
    """Compare the stores as they are now (taking no lock: a concurrent ingest may show as orphans)."""
    index.follow()
    expected = index.catalog.embedded_chunk_ids()
    stored = index.vectors.all_ids()  # type: ignore[attr-defined]
    orphan_terms, missing_terms = index.catalog.keyword_gaps()
    return Consistency(len(index.catalog.documents()), index.catalog.chunk_count(), len(stored),
                       tuple(sorted(stored - expected)), tuple(sorted(expected - stored)),
                       tuple(orphan_terms), tuple(missing_terms), _missing_sentences(index))


def sentence_vectors_sampled(index: Index, chunks: int = 40) -> tuple[int, int]:
    """(missing, sampled) candidate sentences of up to `chunks` chunks spread over the documents: a quick look, at
    start-up, for an index served with another embedding cache than it was ingested with."""
    if index.sentence_texts is None:
        return 0, 0
    records = index.catalog.documents()
    spread = records[:: max(1, len(records) // 8)][:8]  # a few documents' chunk lists read, however large the index
    sample = []
    for record in spread:
        ids = index.catalog.chunk_ids(record.document_id)
        sample += ids[:: max(1, len(ids) * len(spread) // chunks)][: max(1, chunks // len(spread))]
    missing, texts = _without_vectors(index, sample)
    return len(missing), len(texts)


def _missing_sentences(index: Index) -> tuple[str, ...]:
    """The candidate sentences of every chunk that have no vector (none when the index cuts no sentences)."""
    if index.sentence_texts is None:
        return ()
    ids = [cid for record in index.catalog.documents() for cid in index.catalog.chunk_ids(record.document_id)]
    return _without_vectors(index, ids)[0]


def _without_vectors(index: Index, chunk_ids: list[str]) -> tuple[tuple[str, ...], list[str]]:
    """The candidate sentences of these chunks without a vector in the embedding cache, and all of them."""
    assert index.sentence_texts is not None
    texts = list(dict.fromkeys(t for chunk in index.catalog.chunks(chunk_ids).values() for t in index.sentence_texts(chunk)))
    found = index.cache.get(index.embedder.name, [text_key(t) for t in texts])
    return tuple(t for t in texts if text_key(t) not in found), texts


def repair(index: Index) -> tuple[Consistency, Consistency]:
    """Under the writer lock: delete orphan vectors and keyword rows, embed missing vectors, index missing
    keyword rows. Returns the state found and the state after."""
    with index.writing():
        found = check(index)
        if found.orphan_vectors:
            index.vectors.delete(list(found.orphan_vectors))
        if found.orphan_terms or found.missing_terms:
            index.catalog.repair_keywords(found.orphan_terms, found.missing_terms)
        if found.missing_vectors:
            reembed(index, found.missing_vectors)
        if found.missing_sentences:
            index.embed_texts(found.missing_sentences)  # into the embedding cache, where answering reads them
        return found, check(index)


def reembed(index: Index, chunk_ids: tuple[str, ...]) -> None:
    """Embed catalog chunks that have no vector (from the embedding cache where it has them)."""
    chunks = list(index.catalog.chunks(list(chunk_ids)).values())
    types = {r.document_id: r.document_type for r in index.catalog.documents()}
    # The texts as ingest embedded them: an attachment titled by its kallelse's agenda (see embedding_text).
    titles = {d: agenda_titles(index.catalog.agenda(d)) for d in {c.document_id for c in chunks}}
    vectors, _ = index.embed_texts([embedding_text(c, titles[c.document_id]) for c in chunks])
    metadatas = [metadata_for(c.document_id, c.document_type, types.get(c.document_id, c.document_type),
                              c.diarienummer, c.years) for c in chunks]
    index.vectors.upsert([c.chunk_id for c in chunks], vectors, metadatas)

