"""Embeddings cached by model and text hash, so re-ingesting never re-embeds a chunk it has seen."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np


def text_key(text: str) -> str:
    """The cache key of a text: its SHA-1, so the same text is embedded once whatever chunk it belongs to."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


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
