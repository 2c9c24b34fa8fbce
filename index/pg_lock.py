"""One writer at a time on a shared PostgreSQL database: a session-level advisory lock, held on a connection of
its own for as long as the write lasts. Instances on other machines see it (a file lock would not), and a writer
that dies releases it with its session. Same re-entrancy, messages and timeout as the data dir's flock."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from index.errors import IndexBusy
from index.lock import POLL_SECONDS, ReentrantWriterLock, busy_message, wait_message

if TYPE_CHECKING:
    from index.pg_database import PgDatabase

# The two-key form of the advisory lock: (this application's key space, the writer lock).
LOCK_SPACE, WRITER = 0x6E616D6E, 1  # 'namn'


class AdvisoryWriterLock(ReentrantWriterLock):
    """Held while this process writes the shared catalog, keyword index and vectors; readers never take it."""

    def __init__(self, database: PgDatabase, timeout: float = 600.0) -> None:
        super().__init__(timeout)
        self.database = database
        self._conn: Any = None

    def _acquire(self, on_wait: Callable[[str], None] | None) -> None:
        conn = self.database.connect()
        deadline = time.monotonic() + self.timeout
        told = False
        try:
            while not conn.execute("SELECT pg_try_advisory_lock(%s::int4, %s::int4)", (LOCK_SPACE, WRITER)).fetchone()[0]:
                where = f"i databasen{_holder(conn)}"
                if time.monotonic() >= deadline:
                    raise IndexBusy(busy_message(where, self.timeout))
                if on_wait and not told:
                    on_wait(wait_message(where))
                    told = True
                time.sleep(POLL_SECONDS)
        except BaseException:
            conn.close()
            raise
        self._conn = conn

    def _release(self) -> None:
        if self._conn is not None:
            conn, self._conn = self._conn, None
            try:
                conn.execute("SELECT pg_advisory_unlock(%s::int4, %s::int4)", (LOCK_SPACE, WRITER))
            finally:
                conn.close()  # closing the session would release it anyway


def _holder(conn: Any) -> str:
    """' (process host:pid)' of the instance that holds the lock, from its connection's application name."""
    row = conn.execute(
        "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = "
        "'advisory' AND l.granted AND l.classid = %s::int8::oid AND l.objid = %s::int8::oid AND l.objsubid = 2 LIMIT 1",
        (LOCK_SPACE, WRITER)).fetchone()
    name = (row[0] if row else "") or ""
    return f" (process {name.removeprefix('namnd ')})" if name.startswith("namnd ") else ""
