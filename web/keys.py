"""API keys with a role, stored hashed in SQLite under the data dir (`keys.sqlite3`), or in the shared PostgreSQL
database when NAMND_DATABASE_URL is set.

A key reads `namnd_<id>_<secret>`: the id finds the row without trying every hash, the secret is checked against
its salted scrypt hash in constant time. The key itself is shown once, at creation, and never stored."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
import threading
from collections.abc import Mapping
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, get_args

from index.pg_database import PgDatabase, open_database

Role = Literal["reader", "editor", "admin"]
ROLES: tuple[Role, ...] = get_args(Role)
# Each role may do what the ones before it may: an editor reads, an admin edits.
RANK = {role: n for n, role in enumerate(ROLES)}

PREFIX = "namnd"
# scrypt's interactive cost (RFC 7914 §2: N=2^14, r=8, p=1): ~50 ms and 16 MB per check on this machine, so a
# stolen keys file cannot be searched fast; a verified key is remembered (by its SHA-256) to spare each request.
SCRYPT = {"n": 2**14, "r": 8, "p": 1, "dklen": 32}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS api_keys (
    key_id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, salt BLOB NOT NULL, hash BLOB NOT NULL,
    created_at TEXT NOT NULL, revoked_at TEXT
)"""


@dataclass(frozen=True)
class ApiKey:
    """A key's record: never the key itself."""

    key_id: str
    name: str
    role: Role
    created_at: str
    revoked_at: str | None

    def allows(self, role: Role) -> bool:
        return self.revoked_at is None and RANK[self.role] >= RANK[role]


class KeyStore:
    """Create, list, revoke and verify API keys."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._verified: dict[str, bytes] = {}  # key_id → SHA-256 of a key already checked against its scrypt hash
        self._lock = threading.Lock()

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=30)
        connection.row_factory = sqlite3.Row
        connection.execute(_SCHEMA)
        return connection

    def create(self, role: str, name: str = "") -> tuple[ApiKey, str]:
        """A new key with `role`: its record and the key, which is shown once and never stored."""
        if role not in ROLES:
            raise ValueError(f"Okänd roll '{role}'. Giltiga: {', '.join(ROLES)}.")
        key_id = secrets.token_hex(6)
        secret = secrets.token_urlsafe(32)
        salt = secrets.token_bytes(16)
        now = datetime.now(UTC).isoformat(timespec="seconds")
        self._insert((key_id, name.strip() or role, role, salt, _hash(secret, salt), now))
        return ApiKey(key_id, name.strip() or role, role, now, None), f"{PREFIX}_{key_id}_{secret}"  # type: ignore[arg-type]

    def list(self) -> list[ApiKey]:
        return [_record(row) for row in self._rows()]

    def revoke(self, key_id: str) -> ApiKey:
        """Revoke a key at once (every process re-reads the row on each request)."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        changed, row = self._revoke(key_id, now)
        if row is None:
            raise ValueError(f"Ingen nyckel har id '{key_id}'.")
        if not changed:
            raise ValueError(f"Nyckeln '{key_id}' är redan återkallad.")
        return _record(row)

    def verify(self, key: str) -> ApiKey | None:
        """The key's record when `key` is a key of this store that has not been revoked; None otherwise."""
        prefix, _, rest = key.strip().partition("_")
        key_id, _, secret = rest.partition("_")
        if prefix != PREFIX or not key_id or not secret or not self._available():
            return None
        row = self._row(key_id)
        if row is None or row["revoked_at"] is not None:
            return None
        digest = hashlib.sha256(key.encode()).digest()
        with self._lock:
            known = self._verified.get(key_id)
        if known is None or not hmac.compare_digest(known, digest):
            if not hmac.compare_digest(_hash(secret, row["salt"]), row["hash"]):
                return None
            with self._lock:
                self._verified[key_id] = digest
        return _record(row)

    # --- storage: one SQLite file (below) or the shared PostgreSQL database (PostgresKeyStore) ---------------

    def _available(self) -> bool:
        return self.path.exists()  # no file: no keys, and a failed check must not create one

    def _insert(self, row: tuple) -> None:
        with closing(self._connect()) as db, db:
            db.execute("INSERT INTO api_keys VALUES (?, ?, ?, ?, ?, ?, NULL)", row)

    def _rows(self) -> list[Mapping[str, Any]]:
        with closing(self._connect()) as db:
            return db.execute("SELECT * FROM api_keys ORDER BY created_at, key_id").fetchall()

    def _row(self, key_id: str) -> Mapping[str, Any] | None:
        with closing(self._connect()) as db:
            return db.execute("SELECT * FROM api_keys WHERE key_id = ?", (key_id,)).fetchone()

    def _revoke(self, key_id: str, now: str) -> tuple[int, Mapping[str, Any] | None]:
        with closing(self._connect()) as db, db:
            changed = db.execute("UPDATE api_keys SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL",
                                 (now, key_id)).rowcount
            return changed, db.execute("SELECT * FROM api_keys WHERE key_id = ?", (key_id,)).fetchone()


_PG_SCHEMA = """
CREATE TABLE IF NOT EXISTS api_keys (
    key_id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, salt BYTEA NOT NULL, hash BYTEA NOT NULL,
    created_at TEXT NOT NULL, revoked_at TEXT
)"""


class PostgresKeyStore(KeyStore):
    """The same keys in the shared PostgreSQL database: a key made on one instance works on all of them, and a
    revoked one stops at once everywhere (each request re-reads its row)."""

    def __init__(self, database: PgDatabase) -> None:
        super().__init__(Path("postgresql"))
        self.database = database
        database.ensure_schema("keys", _PG_SCHEMA)

    def _available(self) -> bool:
        return True

    def _query(self, sql: str, args: tuple = ()) -> Any:
        from psycopg.rows import dict_row

        with self.database.connection() as conn, conn.cursor(row_factory=dict_row) as cur:
            cur.execute(sql, args)
            return cur.rowcount, (cur.fetchall() if cur.description else [])

    def _insert(self, row: tuple) -> None:
        self._query("INSERT INTO api_keys VALUES (%s, %s, %s, %s, %s, %s, NULL)", row)

    def _rows(self) -> list[Mapping[str, Any]]:
        return self._query("SELECT * FROM api_keys ORDER BY created_at, key_id")[1]

    def _row(self, key_id: str) -> Mapping[str, Any] | None:
        rows = self._query("SELECT * FROM api_keys WHERE key_id = %s", (key_id,))[1]
        return _bytes(rows[0]) if rows else None

    def _revoke(self, key_id: str, now: str) -> tuple[int, Mapping[str, Any] | None]:
        changed = self._query("UPDATE api_keys SET revoked_at = %s WHERE key_id = %s AND revoked_at IS NULL",
                              (now, key_id))[0]
        return changed, self._row(key_id)


def make_key_store(database_url: str | None, sqlite_path: Path) -> KeyStore:
    """In the shared database when there is one, else `keys.sqlite3` under the data dir."""
    if database_url:
        return PostgresKeyStore(open_database(database_url))
    return KeyStore(sqlite_path)


def _bytes(row: Mapping[str, Any]) -> Mapping[str, Any]:
    """bytea comes back as memoryview; hmac.compare_digest wants bytes."""
    return {k: bytes(v) if isinstance(v, memoryview) else v for k, v in row.items()}


def _hash(secret: str, salt: bytes) -> bytes:
    return hashlib.scrypt(secret.encode(), salt=salt, **SCRYPT)


def _record(row: Mapping[str, Any]) -> ApiKey:
    return ApiKey(row["key_id"], row["name"], row["role"], row["created_at"], row["revoked_at"])
