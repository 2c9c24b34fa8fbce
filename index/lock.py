"""One writer at a time on a data dir: an advisory file lock (flock) that serialises ingest and removal across
processes, and a thread lock for writers inside one process. Readers never take it."""

from __future__ import annotations

import fcntl
import os
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from index.errors import IndexBusy

POLL_SECONDS = 0.2


class ReentrantWriterLock:
    """What every writer lock shares: re-entrant within a thread (an ingest that prunes removes documents while
    holding it), one holder per process at a time; subclasses say how to take and give back the lock itself."""

    def __init__(self, timeout: float = 600.0) -> None:
        self.timeout = timeout
        self._threads = threading.RLock()
        self._depth = 0

    @contextmanager
    def hold(self, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
        with self._threads:
            if self._depth == 0:
                self._acquire(on_wait)
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
                if self._depth == 0:
                    self._release()

    def _acquire(self, on_wait: Callable[[str], None] | None) -> None:
        raise NotImplementedError

    def _release(self) -> None:
        raise NotImplementedError


class WriterLock(ReentrantWriterLock):
    """Held while a process writes the catalog, keyword index and vector store. The lock file names the holder's
    process id, so the one that waits can say whom it waits for."""

    def __init__(self, path: Path, timeout: float = 600.0) -> None:
        super().__init__(timeout)
        self.path = path
        self._file: int | None = None

    def _acquire(self, on_wait: Callable[[str], None] | None) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.timeout
        told = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                holder = _holder(fd)
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise IndexBusy(busy_message(f"i {self.path.parent}{holder}", self.timeout)) from None
                if on_wait and not told:
                    on_wait(wait_message(f"i {self.path.parent}{holder}"))
                    told = True
                time.sleep(POLL_SECONDS)
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        self._file = fd

    def _release(self) -> None:
        if self._file is not None:
            fd, self._file = self._file, None
            os.ftruncate(fd, 0)
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)


def busy_message(where: str, timeout: float) -> str:
    """What the writer that gave up is told (`where`: the data dir or the database, and the holder if known)."""
    return (f"En annan inläsning eller borttagning pågår {where} och blev inte klar inom {timeout:.0f} s. "
            "Inget ändrades; försök igen när den är klar.")


def wait_message(where: str) -> str:
    """What the writer that waits is told, once."""
    return f"Väntar: en annan inläsning eller borttagning pågår {where}. Den här fortsätter när den är klar."


def _holder(fd: int) -> str:
    pid = os.pread(fd, 32, 0).decode(errors="replace").strip()
    return f" (process {pid})" if pid.isdigit() else ""
