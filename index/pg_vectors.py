"""The 'pgvector' `VectorStore`: chunk vectors in the same PostgreSQL database as the catalog, so a document's
catalog rows, keyword terms and vectors are written in one transaction (the index wraps them in the catalog's
`atomic()`, and both stores share the thread's connection, index/pg_database.py).

Vectors are passed as text and cast to `vector` in SQL rather than through pgvector's registered type: a pooled
connection opened before the extension existed would not know the type. The column gets its dimension, and the
HNSW cosine index, from the first vectors written (the embedding model decides it, not this module). The query
vector is always a parameter: from a sub-select the planner falls back to a full scan (../shared/OFFLINE.md)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from index.errors import ConfigurationError
from index.pg_database import PgDatabase
from index.vector_store import VectorFilter
from ingest.patterns import diarienummer_key

SCHEMA = """
CREATE EXTENSION IF NOT EXISTS vector;
CREATE TABLE IF NOT EXISTS chunk_vectors (
    chunk_id TEXT PRIMARY KEY, document_id TEXT NOT NULL, document_type TEXT NOT NULL, source_type TEXT NOT NULL,
    diarienummer TEXT NOT NULL, years INTEGER[] NOT NULL, embedding vector NOT NULL
);
CREATE INDEX IF NOT EXISTS chunk_vectors_document ON chunk_vectors(document_id)
"""
# hnsw.ef_search bounds how many candidates the index returns; below k a query would return fewer than asked.
MIN_EF_SEARCH = 40


def vector_text(vector: np.ndarray) -> str:
    return "[" + ",".join(map(repr, np.asarray(vector, dtype=np.float32).tolist())) + "]"


class PgVectorStore:
    """Nearest chunks by cosine distance over an HNSW index; metadata as columns, filtered in the same query."""

    def __init__(self, database: PgDatabase) -> None:
        self.database = database
        database.ensure_schema("vectors", SCHEMA)

    def _dimension(self, conn: Any) -> int:
        row = conn.execute("SELECT atttypmod FROM pg_attribute WHERE attrelid = 'chunk_vectors'::regclass "
                           "AND attname = 'embedding'").fetchone()
        return int(row[0])

    def upsert(self, ids: Sequence[str], vectors: np.ndarray, metadatas: Sequence[dict[str, Any]]) -> None:
        if not ids:
            return
        dimension = int(vectors.shape[1])
        with self.database.transaction() as conn:
            stored = self._dimension(conn)
            if stored <= 0:
                # The first vectors fix the dimension; writes run under the writer lock, so this happens once.
                conn.execute(f"ALTER TABLE chunk_vectors ALTER COLUMN embedding TYPE vector({dimension})")
                conn.execute("CREATE INDEX IF NOT EXISTS chunk_vectors_hnsw ON chunk_vectors "
                             "USING hnsw (embedding vector_cosine_ops)")
            elif stored != dimension:
                raise ConfigurationError(
                    f"Databasens vektorer har {stored} dimensioner men inbäddningsmodellen ger {dimension}. "
                    "Använd samma modell som vid inläsningen, eller töm databasen och läs in dokumenten igen.")
            conn.execute("DELETE FROM chunk_vectors WHERE chunk_id = ANY(%s)", (list(ids),))
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO chunk_vectors VALUES (%s, %s, %s, %s, %s, %s, %s::vector)",
                    [(cid, meta["document_id"], meta["document_type"], meta["source_type"], meta["diarienummer"],
                      sorted(int(key[1:]) for key in meta if key[0] == "y" and key[1:].isdigit()), vector_text(vec))
                     for cid, vec, meta in zip(ids, vectors, metadatas, strict=True)])

    def delete(self, ids: Sequence[str]) -> None:
        if ids:
            with self.database.connection() as conn:
                conn.execute("DELETE FROM chunk_vectors WHERE chunk_id = ANY(%s)", (list(ids),))

    def ids_for_document(self, document_id: str) -> list[str]:
        with self.database.connection() as conn:
            return [r[0] for r in conn.execute("SELECT chunk_id FROM chunk_vectors WHERE document_id = %s",
                                               (document_id,))]

    def query(self, vector: np.ndarray, k: int, where: VectorFilter) -> list[tuple[str, float]]:
        conditions, args = _where(where)
        args["v"] = vector_text(vector)
        args["k"] = k
        sql = (f"SELECT chunk_id, 1 - (embedding <=> %(v)s::vector) FROM chunk_vectors {conditions} "  # noqa: S608
               "ORDER BY embedding <=> %(v)s::vector LIMIT %(k)s")
        with self.database.transaction() as conn:
            conn.execute("SELECT set_config('hnsw.ef_search', %s, true)", (str(max(MIN_EF_SEARCH, k)),))
            if conditions:
                # With a filter the index keeps scanning until k rows pass it (pgvector 0.8), in exact order.
                conn.execute("SELECT set_config('hnsw.iterative_scan', 'strict_order', true)")
            rows = conn.execute(sql, args).fetchall()
        return [(r[0], float(r[1])) for r in rows]

    def all_ids(self) -> set[str]:
        with self.database.connection() as conn:
            return {r[0] for r in conn.execute("SELECT chunk_id FROM chunk_vectors")}

    def count(self) -> int:
        with self.database.connection() as conn:
            return int(conn.execute("SELECT count(*) FROM chunk_vectors").fetchone()[0])


def _where(f: VectorFilter) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    args: dict[str, Any] = {}
    if f.years:
        clauses.append("years && %(years)s::int[]")
        args["years"] = list(f.years)
    if f.document_types:
        clauses.append("(document_type = ANY(%(types)s) OR source_type = ANY(%(types)s))")
        args["types"] = list(f.document_types)
    if f.diarienummer:
        clauses.append("diarienummer = %(dnr)s")
        args["dnr"] = diarienummer_key(f.diarienummer)
    if f.document_ids:
        clauses.append("document_id = ANY(%(ids)s)")
        args["ids"] = list(f.document_ids)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), args
