"""Embeddings cached by model and text hash, so re-ingesting never re-embeds a chunk it has seen.

The cache also holds each candidate sentence's vector, which answering reads (the question–sentence similarity):
with a PostgreSQL database every instance must see them, not only the one that ingested, so there the vectors are
written to the database as well as the local file and read from the database first (`make_embedding_cache`)."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

if TYPE_CHECKING:
    from index.pg_database import PgDatabase


def text_key(text: str) -> str:
    """The cache key of a text: its SHA-1, so the same text is embedded once whatever chunk it belongs to."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class VectorCache(Protocol):
    """Vectors by model and text hash."""

    def get(self, model: str, hashes: Sequence[str]) -> dict[str, np.ndarray]: ...

    def put(self, model: str, vectors: dict[str, np.ndarray]) -> None: ...

    def close(self) -> None: ...


class EmbeddingCache:
    """A small SQLite file of vectors; separate from the catalog so deployments and test runs can share it."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(path), check_same_thread=False, timeout=30)
        self._lock = threading.Lock()
        with self._lock, self._db:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("CREATE TABLE IF NOT EXISTS embeddings (model TEXT NOT NULL, text_hash TEXT NOT NULL,"
                             " vector BLOB NOT NULL, PRIMARY KEY (model, text_hash))")

    def get(self, model: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        out: dict[str, np.ndarray] = {}
        with self._lock:
            for start in range(0, len(hashes), 500):
                part = list(hashes[start : start + 500])
                rows = self._db.execute(
                    f"SELECT text_hash, vector FROM embeddings WHERE model = ? AND text_hash IN ({','.join('?' * len(part))})",  # noqa: S608
                    [model, *part],
                ).fetchall()
                out.update({h: np.frombuffer(v, dtype=np.float32) for h, v in rows})
        return out

    def put(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        with self._lock, self._db:
            self._db.executemany("INSERT OR REPLACE INTO embeddings VALUES (?,?,?)",
                                 [(model, h, v.astype(np.float32).tobytes()) for h, v in vectors.items()])

    def close(self) -> None:
        with self._lock:
            self._db.close()


_PG_SCHEMA = """
CREATE TABLE IF NOT EXISTS embeddings (
    model TEXT NOT NULL,
    text_hash TEXT NOT NULL,
    vector BYTEA NOT NULL,
    PRIMARY KEY (model, text_hash)
)
"""


class PostgresEmbeddingCache:
    """The vectors in the shared PostgreSQL database (float32 bytes, as in the SQLite file)."""

    def __init__(self, database: PgDatabase) -> None:
        self.database = database
        database.ensure_schema("embeddings", _PG_SCHEMA)

    def get(self, model: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        if not hashes:
            return {}
        with self.database.connection() as conn:
            rows = conn.execute("SELECT text_hash, vector FROM embeddings WHERE model = %s AND text_hash = ANY(%s)",
                                (model, list(hashes))).fetchall()
        return {h: np.frombuffer(bytes(v), dtype=np.float32) for h, v in rows}

    def put(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        if not vectors:
            return
        with self.database.connection() as conn, conn.cursor() as cursor:
            cursor.executemany("INSERT INTO embeddings VALUES (%s, %s, %s) ON CONFLICT (model, text_hash) DO UPDATE "
                               "SET vector = EXCLUDED.vector",
                               [(model, h, v.astype(np.float32).tobytes()) for h, v in vectors.items()])

    def close(self) -> None:
        """The database's pool is shared with the other stores and closed with them."""


class LayeredEmbeddingCache:
    """The shared database first, then the instance's own file: every instance reads the vectors another one
    computed (a sentence's vector decides answers), and a file filled earlier (tests, a machine that ingested
    before the database was used) still saves embedding. Written to both; a vector only the file has is copied to
    the database when read (ingest reads every vector it stores, so the other instances find them)."""

    def __init__(self, shared: VectorCache, local: VectorCache) -> None:
        self.shared, self.local = shared, local

    def get(self, model: str, hashes: Sequence[str]) -> dict[str, np.ndarray]:
        found = self.shared.get(model, hashes)
        missing = [h for h in hashes if h not in found]
        if not missing:
            return found
        only_local = self.local.get(model, missing)
        self.shared.put(model, only_local)
        return {**only_local, **found}

    def put(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        self.shared.put(model, vectors)
        self.local.put(model, vectors)

    def close(self) -> None:
        self.local.close()


def make_embedding_cache(database_url: str | None, path: Path) -> VectorCache:
    """The SQLite file at `path`; with a PostgreSQL database, the database in front of it."""
    local = EmbeddingCache(path)
    if not database_url:
        return local
    from index.pg_database import open_database

    return LayeredEmbeddingCache(PostgresEmbeddingCache(open_database(database_url)), local)
