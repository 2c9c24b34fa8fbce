"""Vector store back-ends behind one small interface: Chroma embedded (default), a Chroma server, or pgvector in
the shared PostgreSQL database (index/pg_vectors.py)."""

from __future__ import annotations

import fcntl
import functools
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import httpx
import numpy as np

from index.errors import ConfigurationError, StoreUnavailable
from ingest.patterns import diarienummer_key

COLLECTION = "namnd_chunks"
# The HNSW search breadth. At Chroma's default (100) a search for the 60 candidates retrieval fuses came back with a
# different tail in different processes over the same index (measured: 1 run in 4), so an answer could change
# between restarts; at 500 the same index gives the same candidates every time, for a fraction of a millisecond.
EF_SEARCH = 500


@dataclass(frozen=True)
class VectorFilter:
    """Metadata conditions a dense search must satisfy; empty means no filter."""

    years: tuple[int, ...] = ()
    document_types: tuple[str, ...] = ()
    diarienummer: str | None = None
    document_ids: tuple[str, ...] = ()


class VectorStore(Protocol):
    """Stores chunk vectors with a little metadata and finds the nearest ones."""

    def upsert(self, ids: Sequence[str], vectors: np.ndarray, metadatas: Sequence[dict[str, Any]]) -> None: ...

    def delete(self, ids: Sequence[str]) -> None: ...

    def ids_for_document(self, document_id: str) -> list[str]: ...

    def query(self, vector: np.ndarray, k: int, where: VectorFilter) -> list[tuple[str, float]]: ...

    def count(self) -> int: ...


def _reachable(method):  # noqa: ANN001, ANN202 - a decorator over this module's own methods
    """Turn a lost connection to a Chroma server into StoreUnavailable, with a message a user can act on."""

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        try:
            return method(self, *args, **kwargs)
        except (httpx.TransportError, ConnectionError) as exc:
            raise StoreUnavailable(f"Vektorlagret (Chroma) svarar inte: {exc}") from exc

    return wrapper


class ChromaVectorStore:
    """Chroma with our own embeddings (never Chroma's default embedding function: it downloads)."""

    def __init__(self, client: Any, collection: str = COLLECTION, reopen: Callable[[], Any] | None = None) -> None:
        self._client = client
        self._name = collection
        self._reopen = reopen
        try:
            self._collection = client.get_or_create_collection(
                name=collection, embedding_function=None,
                configuration={"hnsw": {"space": "cosine", "ef_search": EF_SEARCH}},
            )
            # The raw JSON: reading `.configuration` deserialises Chroma's legacy embedding-function entry (a warning).
            hnsw = (getattr(self._collection, "configuration_json", None) or {}).get("hnsw") or {}
            if hnsw.get("ef_search", EF_SEARCH) < EF_SEARCH:
                self._collection.modify(configuration={"hnsw": {"ef_search": EF_SEARCH}})  # made before this setting
        except Exception as exc:  # noqa: BLE001 - connection errors come in many types
            raise StoreUnavailable(f"Chroma is not reachable: {exc}") from exc

    def refresh(self) -> None:
        """See what other processes wrote: an embedded client keeps its nearest-neighbour index in memory and
        never rereads it, so open a fresh client on the same folder (questions in flight finish on the old one)."""
        if self._reopen is not None:
            fresh = ChromaVectorStore(self._reopen(), self._name, self._reopen)
            self._client, self._collection = fresh._client, fresh._collection

    @_reachable
    def upsert(self, ids: Sequence[str], vectors: np.ndarray, metadatas: Sequence[dict[str, Any]]) -> None:
        # Chroma merges the metadata of an id that exists, so a year flag that no longer applies would
        # survive an upsert: replace such records instead.
        existing = set(self._collection.get(ids=list(ids), include=[])["ids"]) if ids else set()
        if existing:
            self._collection.delete(ids=sorted(existing))
        batch = 1000
        for start in range(0, len(ids), batch):
            self._collection.upsert(
                ids=list(ids[start : start + batch]),
                embeddings=vectors[start : start + batch].tolist(),
                metadatas=list(metadatas[start : start + batch]),
            )

    @_reachable
    def delete(self, ids: Sequence[str]) -> None:
        if ids:
            self._collection.delete(ids=list(ids))

    @_reachable
    def ids_for_document(self, document_id: str) -> list[str]:
        return list(self._collection.get(where={"document_id": document_id}, include=[])["ids"])

    @_reachable
    def query(self, vector: np.ndarray, k: int, where: VectorFilter) -> list[tuple[str, float]]:
        # Chroma 1.x returns what it has when asked for more (an empty collection gives an empty list), so no count
        # first: it cost a round trip per query, a millisecond of every question.
        result = self._collection.query(
            query_embeddings=[vector.tolist()], n_results=k, where=_where(where), include=["distances"]
        )
        return [(cid, 1.0 - float(dist)) for cid, dist in zip(result["ids"][0], result["distances"][0], strict=True)]

    @_reachable
    def all_ids(self) -> set[str]:
        """Every stored id, read in pages (for the consistency check)."""
        ids: set[str] = set()
        page = 5000
        while True:
            found = self._collection.get(include=[], limit=page, offset=len(ids))["ids"]
            ids.update(found)
            if len(found) < page:
                return ids

    @_reachable
    def count(self) -> int:
        return int(self._collection.count())


def metadata_for(document_id: str, document_type: str, source_type: str, diarienummer: str | None,
                 years: Sequence[int]) -> dict[str, Any]:
    """Flat metadata Chroma can filter on: one boolean flag per year the chunk speaks of, and the diarienummer as
    its canonical key (so 'KS 2021/345' finds what was written 'KS/2021:345')."""
    meta: dict[str, Any] = {"document_id": document_id, "document_type": document_type, "source_type": source_type,
                            "diarienummer": diarienummer_key(diarienummer) if diarienummer else ""}
    meta.update({f"y{year}": True for year in years})
    return meta


def _where(f: VectorFilter) -> dict[str, Any] | None:
    clauses: list[dict[str, Any]] = []
    if f.years:
        years = [{f"y{y}": True} for y in f.years]
        clauses.append(years[0] if len(years) == 1 else {"$or": years})
    if f.document_types:
        types = list(f.document_types)
        clauses.append({"$or": [{"document_type": {"$in": types}}, {"source_type": {"$in": types}}]})
    if f.diarienummer:
        clauses.append({"diarienummer": diarienummer_key(f.diarienummer)})
    if f.document_ids:
        clauses.append({"document_id": {"$in": list(f.document_ids)}})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def _embedded(location: str) -> VectorStore:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    Path(location).mkdir(parents=True, exist_ok=True)

    def open_client() -> Any:
        from chromadb.api.shared_system_client import SharedSystemClient

        # Chroma shares one system (with its in-memory index) per folder in a process; forget ours so the
        # new client reads the folder afresh. Clients already handed out keep working on the old one.
        SharedSystemClient._identifier_to_system.pop(location, None)
        SharedSystemClient._identifier_to_refcount.pop(location, None)
        return chromadb.PersistentClient(path=location, settings=ChromaSettings(anonymized_telemetry=False))

    # Two processes opening a new folder at once both run Chroma's schema migrations on its SQLite file and one
    # can fail or leave it half made. Opening (and creating the collection) under a short file lock of its own
    # serialises that; it is not the writer lock, whose wait can be minutes and which readers never take.
    with _opening(Path(location)):
        client = chromadb.PersistentClient(path=location, settings=ChromaSettings(anonymized_telemetry=False))
        return ChromaVectorStore(client, reopen=open_client)


@contextmanager
def _opening(folder: Path) -> Iterator[None]:
    fd = os.open(folder / "open.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # held for the fraction of a second an open takes
        yield
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)


def _server(location: str) -> VectorStore:
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    host, _, port = location.removeprefix("http://").rstrip("/").partition(":")
    try:
        client = chromadb.HttpClient(host=host, port=int(port or 8000),
                                     settings=ChromaSettings(anonymized_telemetry=False))
    except Exception as exc:  # noqa: BLE001
        raise StoreUnavailable(f"Chroma server at {location} is not reachable: {exc}") from exc
    return ChromaVectorStore(client)


def _pgvector(location: str) -> VectorStore:
    from index.pg_database import open_database
    from index.pg_vectors import PgVectorStore

    return PgVectorStore(open_database(location))


VECTOR_STORES: dict[str, Callable[[str], VectorStore]] = {
    "chroma": _embedded, "chroma-server": _server, "pgvector": _pgvector,  # pgvector: location is a database URL
}


def make_vector_store(backend: str, location: str) -> VectorStore:
    """Open the store registered under `backend` at `location` (a folder, or host:port for a server)."""
    try:
        factory = VECTOR_STORES[backend]
    except KeyError:
        raise ConfigurationError(
            f"Unknown vector store '{backend}'. Valid: {', '.join(sorted(VECTOR_STORES))}."
        ) from None
    return factory(location)
