"""Consistent snapshots of a data dir: the SQLite catalog through SQLite's online backup, the embedded Chroma
store copied while the writer lock is held (a quiet point: readers never write), and a manifest."""

from __future__ import annotations

import json
import shutil
import sqlite3
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from index.errors import IndexError_
from index.lock import WriterLock

CATALOG = "catalog.sqlite3"
CHROMA = "chroma"
MANIFEST = "namnd-backup.json"


class BackupError(IndexError_):
    """A backup or restore that cannot be done as asked."""


@dataclass(frozen=True)
class BackupManifest:
    """What a snapshot holds."""

    created: str
    generation: int
    documents: int
    chunks: int
    vectors_included: bool


def backup(data_dir: Path, target: Path, lock: WriterLock, *, with_vectors: bool = True) -> BackupManifest:
    """Write a snapshot of `data_dir` into the empty or new folder `target`, while the server may run."""
    catalog = data_dir / CATALOG
    if not catalog.is_file():
        raise BackupError(f"Det finns inget index i {data_dir} att säkerhetskopiera.")
    if target.exists() and any(target.iterdir()):
        raise BackupError(f"{target} är inte tom. Välj en ny eller tom mapp för säkerhetskopian.")
    target.mkdir(parents=True, exist_ok=True)
    with lock.hold():
        _copy_sqlite(catalog, target / CATALOG)
        if with_vectors and (data_dir / CHROMA).is_dir():
            _copy_chroma(data_dir / CHROMA, target / CHROMA)
    manifest = _describe(target / CATALOG, with_vectors)
    (target / MANIFEST).write_text(json.dumps(asdict(manifest), indent=2) + "\n", encoding="utf-8")
    return manifest


def restore(source: Path, data_dir: Path, lock: WriterLock) -> BackupManifest:
    """Put a snapshot into `data_dir`, which must hold no index yet (a running server keeps its open files, so a
    live index is never replaced underneath it)."""
    if not (source / MANIFEST).is_file() or not (source / CATALOG).is_file():
        raise BackupError(f"{source} är ingen säkerhetskopia från `namnd backup` ({MANIFEST} saknas).")
    manifest = BackupManifest(**json.loads((source / MANIFEST).read_text(encoding="utf-8")))
    with lock.hold():
        if (data_dir / CATALOG).exists() or (data_dir / CHROMA).exists():
            raise BackupError(f"{data_dir} innehåller redan ett index. Återställ till en ny, tom data-mapp "
                              "(NAMND_DATA_DIR) och peka sedan tjänsten dit.")
        _copy_sqlite(source / CATALOG, data_dir / CATALOG)
        if (source / CHROMA).is_dir():
            _copy_chroma(source / CHROMA, data_dir / CHROMA)
    return manifest


def _copy_sqlite(source: Path, target: Path) -> None:
    """SQLite's online backup: a consistent copy even while others read (or, for Chroma's file, hold it open)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    sqlite3.connect(target).close()


def _copy_chroma(source: Path, target: Path) -> None:
    """Chroma's SQLite file by online backup, its index segment folders as files (written only by writers)."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("chroma.sqlite3*"))
    if (source / "chroma.sqlite3").is_file():
        _copy_sqlite(source / "chroma.sqlite3", target / "chroma.sqlite3")


def _describe(catalog: Path, with_vectors: bool) -> BackupManifest:
    with sqlite3.connect(f"file:{catalog}?mode=ro", uri=True) as db:
        generation = db.execute("SELECT generation FROM catalog_state").fetchone()[0]
        documents = db.execute("SELECT count(*) FROM documents").fetchone()[0]
        chunks = db.execute("SELECT count(*) FROM chunks").fetchone()[0]
    return BackupManifest(datetime.now(UTC).isoformat(timespec="seconds"), int(generation), int(documents),
                          int(chunks), with_vectors)
