"""Files added over HTTP: kept under the data dir's uploads folder with a safe name, ingested under the writer
lock, removed with their document, and read again on a re-index. A file that cannot be ingested is not kept, and
an earlier version under the same name is put back, so a failed upload changes nothing."""

from __future__ import annotations

import os
import re
import time
import unicodedata
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from index.store import Index, IngestOutcome, IngestReport

MAX_NAME_CHARS = 120
# A received file (`*.part` in the staging folder) is written and ingested within its request, so one a day old was
# left by a process killed mid-upload, and its bytes were never ingested: the next upload removes it. Younger ones
# stay: another instance sharing the uploads folder may be receiving them now. (An earlier version set aside while its
# replacement is ingested, `*.previous`, is never removed: it may be the only copy of an indexed document's file.)
STALE_PART_SECONDS = 24 * 3600
_UNSAFE = re.compile(r"[^\w .()+,-]+")  # \w is Unicode-aware: å, ä and ö stay
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Upload:
    """One received file: the name the client sent and where its bytes wait (inside `staging_dir`)."""

    sent_name: str
    path: Path


def staging_dir(root: Path) -> Path:
    """Where received bytes wait until they are ingested: inside `root`, so moving them in is one rename."""
    folder = root / ".incoming"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def clear_stale_parts(folder: Path) -> None:
    """Remove the received files (`*.part`) in the staging folder that a killed process left behind: those last
    written more than STALE_PART_SECONDS ago. An upload calls it once, before it writes its own."""
    before = time.time() - STALE_PART_SECONDS
    for path in folder.glob("*.part"):
        try:
            if path.stat().st_mtime < before:
                path.unlink()
        except FileNotFoundError:  # another instance sharing the folder cleared it meanwhile
            continue


def safe_name(sent: str) -> str:
    """A file name that cannot leave the uploads folder or hide in it: the last path part only (either slash),
    compatibility forms folded (NFKC), control and format characters (NUL, bidi overrides) dropped, anything
    but letters, digits and plain punctuation replaced, no leading dot, at most MAX_NAME_CHARS."""
    name = re.split(r"[/\\]", sent)[-1]
    name = unicodedata.normalize("NFKC", name)
    name = "".join(c for c in name if not unicodedata.category(c).startswith("C"))
    name = _SPACES.sub(" ", _UNSAFE.sub("_", name)).strip(" .")
    stem, dot, suffix = name.rpartition(".")
    if not dot:
        stem, suffix = name, ""
    stem = stem.strip(" .") or "dokument"
    suffix = suffix.lower()[:10]
    stem = stem[: MAX_NAME_CHARS - len(suffix) - 1]
    return f"{stem}.{suffix}" if suffix else stem


def ingest_uploads(index: Index, root: Path, uploads: Sequence[Upload]) -> IngestReport:
    """Move each upload into `root` under its safe name and ingest it, all under the writer lock. The same name
    again replaces the earlier version (the same document, updated); a skipped file leaves the earlier one."""
    started = time.perf_counter()
    outcomes: list[IngestOutcome] = []
    with index.writing():
        for upload in uploads:
            target = root / safe_name(upload.sent_name)
            if target.resolve().parent != root.resolve():  # safe_name makes this impossible; checked all the same
                raise ValueError(f"unsafe upload name {upload.sent_name!r}")
            previous = _set_aside(target)
            os.replace(upload.path, target)
            try:
                outcome = index.ingest_file(target)
            except BaseException:
                _put_back(target, previous)  # the store failed: the folder goes back to what the index holds
                raise
            if outcome.status == "skipped":
                _put_back(target, previous)
            elif previous:
                previous.unlink()
            outcomes.append(outcome)
    return IngestReport(tuple(outcomes), time.perf_counter() - started)


def reindex(index: Index, document_ids: Sequence[str], on_document: Callable[[IngestOutcome], None] = lambda _o: None,
            on_locked: Callable[[], None] = lambda: None) -> IngestReport:
    """Parse the documents' source files again (even unchanged ones); a missing source is reported, and the
    indexed version stays. `on_locked` is told once the writer lock is held, `on_document` each outcome as it is
    done (a re-index of an archive takes minutes: progress for the caller)."""
    started = time.perf_counter()
    outcomes: list[IngestOutcome] = []
    with index.writing():
        on_locked()
        for document_id in document_ids:
            record = index.catalog.document(document_id)
            if record is None:
                continue
            path = Path(record.path)
            if not path.is_file():
                outcomes.append(IngestOutcome(record.file_name, "skipped", document_id=document_id, reason=(
                    f"{record.file_name}: källfilen finns inte längre ({path}). Den inlästa versionen ligger kvar; "
                    "ladda upp filen igen eller ta bort dokumentet.")))
            else:
                outcomes.append(index.ingest_file(path, force=True))
            on_document(outcomes[-1])
    return IngestReport(tuple(outcomes), time.perf_counter() - started)


def remove_document(index: Index, root: Path, document_id: str) -> IngestOutcome | None:
    """Remove a document from catalog, keyword index and vectors, and its file when it was uploaded; None when
    no document has that id."""
    with index.writing():
        record = index.catalog.document(document_id)
        if record is None or not index.remove(document_id):
            return None
        path = Path(record.path)
        if path.parent == root.resolve():
            path.unlink(missing_ok=True)
    return IngestOutcome(record.file_name, "removed", record.pages, record.chunks, document_id=document_id)


def _set_aside(target: Path) -> Path | None:
    if not target.exists():
        return None
    aside = staging_dir(target.parent) / f"{uuid.uuid4().hex}.previous"
    os.replace(target, aside)
    return aside


def _put_back(target: Path, previous: Path | None) -> None:
    target.unlink(missing_ok=True)
    if previous:
        os.replace(previous, target)
