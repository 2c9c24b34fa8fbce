"""One PostgreSQL database shared by the catalog, the keyword index, pgvector, the writer lock, conversations and
API keys of an instance: a small connection pool per URL, and a transaction that every store of this thread joins.

The catalog and the vector store get the same `PgDatabase` for the same URL (`open_database`), so a document's
catalog rows, keyword terms and vectors are written in one transaction (`transaction()` pins the connection to
the thread until it ends; nested calls become savepoints). Pooling is psycopg_pool's."""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from index.errors import ConfigurationError, StoreUnavailable

# Connections per instance: the question workers, the request threads that read documents, and one writer. Ten
# instances of the default stay within PostgreSQL's default max_connections (100).
DEFAULT_POOL = 8
WAIT_SECONDS = 10  # for a connection: past it the question gets the Swedish "svarar inte" (503), not a hang


def application_name() -> str:
    """Shown in pg_stat_activity, and by the writer lock's message when another instance holds it."""
    return f"namnd {socket.gethostname()}:{os.getpid()}"[:63]


def driver() -> Any:
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - the 'postgres' extra is missing
        raise ConfigurationError("PostgreSQL kräver paketet psycopg: pip install 'namndassistent[postgres]'.") from exc
    return psycopg


class PgDatabase:
    """psycopg_pool's bounded pool of autocommit connections; `transaction()` for writes that must land together."""

    def __init__(self, url: str, pool_size: int = DEFAULT_POOL) -> None:
        self.url = url
        self._psycopg = driver()
        from psycopg_pool import ConnectionPool, PoolTimeout

        self._pool_timeout = PoolTimeout
        self._local = threading.local()
        self._schemas: set[str] = set()
        # check: a pooled connection whose server went away is replaced before it is handed out, so an instance
        # recovers by itself when the database is back. reconnect_timeout: psycopg_pool retries a lost connection
        # with doubling delays (1, 2, 4, 8 … s) for as long as this lasts (default 5 minutes), so after an outage
        # of a minute the next attempt could be a minute away and every question would time out meanwhile; given
        # up after WAIT_SECONDS instead, the next question that waits starts a fresh attempt at once.
        self._pool = ConnectionPool(url, min_size=1, max_size=pool_size, open=False, timeout=WAIT_SECONDS,
                                    reconnect_timeout=WAIT_SECONDS,
                                    check=ConnectionPool.check_connection, name="namnd", kwargs={
                                        "autocommit": True, "application_name": application_name(),
                                        "connect_timeout": WAIT_SECONDS})
        try:  # fail at start-up, with a message, rather than at the first question
            self._pool.open(wait=True, timeout=WAIT_SECONDS)
        except PoolTimeout as exc:
            self._pool.close()
            raise StoreUnavailable(f"Databasen (PostgreSQL) svarar inte: ingen anslutning inom {WAIT_SECONDS} s "
                                   f"({_safe(url)}).") from exc

    def connect(self) -> Any:
        """A connection of its own, outside the pool (the writer lock holds one for as long as it is held)."""
        try:
            return self._psycopg.connect(self.url, autocommit=True, application_name=application_name(),
                                         connect_timeout=WAIT_SECONDS)
        except self._psycopg.OperationalError as exc:
            raise StoreUnavailable(f"Databasen (PostgreSQL) svarar inte: {_first_line(exc)}") from exc

    @contextmanager
    def connection(self) -> Iterator[Any]:
        """This thread's connection inside a transaction, else one borrowed from the pool."""
        pinned = getattr(self._local, "conn", None)
        if pinned is not None:
            yield pinned
            return
        try:
            with self._pool.connection() as conn:
                try:
                    yield conn
                except self._psycopg.OperationalError as exc:
                    raise StoreUnavailable(f"Databasen (PostgreSQL) svarar inte: {_first_line(exc)}") from exc
        except self._pool_timeout as exc:
            raise StoreUnavailable(f"Databasen (PostgreSQL) svarar inte: ingen anslutning inom {WAIT_SECONDS} s.") \
                from exc

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """One transaction for everything this thread writes through any store of this database until it ends."""
        pinned = getattr(self._local, "conn", None)
        if pinned is not None:
            with pinned.transaction():
                yield pinned
            return
        with self.connection() as conn:
            self._local.conn = conn
            try:
                with conn.transaction():
                    yield conn
            finally:
                self._local.conn = None

    def ensure_schema(self, name: str, statements: str) -> None:
        """Create a store's tables once per process; an advisory transaction lock keeps two instances that start
        together from racing on CREATE TABLE IF NOT EXISTS (which is not safe against itself in PostgreSQL)."""
        if name in self._schemas:
            return
        with self.transaction() as conn:
            conn.execute("SELECT pg_advisory_xact_lock(hashtext('namnd schema'))")
            for statement in statements.split(";"):
                if statement.strip():
                    conn.execute(statement)
        self._schemas.add(name)

    def close(self) -> None:
        self._pool.close()


_DATABASES: dict[str, PgDatabase] = {}
_OPEN_LOCK = threading.Lock()


def open_database(url: str, pool_size: int = DEFAULT_POOL) -> PgDatabase:
    """The process's one `PgDatabase` for `url`: catalog, vectors, conversations and keys share its transactions."""
    with _OPEN_LOCK:
        database = _DATABASES.get(url)
        if database is None:
            database = _DATABASES[url] = PgDatabase(url, pool_size)
        return database


def _safe(url: str) -> str:
    """The URL without its password, for a message."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    return parts._replace(netloc=parts.netloc.rsplit("@", 1)[-1]).geturl() if "@" in parts.netloc else url


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def close_database(url: str) -> None:
    """Close the pool's idle connections for `url` and forget it (tests that make a database each)."""
    with _OPEN_LOCK:
        database = _DATABASES.pop(url, None)
    if database is not None:
        database.close()
