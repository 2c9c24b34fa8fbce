"""API keys with a role, stored hashed in SQLite under the data dir (`keys.sqlite3`).

A key reads `namnd_<id>_<secret>`: the id finds the row without trying every hash, the secret is checked against
its salted scrypt hash in constant time. The key itself is shown once, at creation, and never stored."""

from __future__ import annotations

import hashlib
import hmac
import secrets
import sqlite3
import threading
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, get_args

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
        with closing(self._connect()) as db, db:
            db.execute("INSERT INTO api_keys VALUES (?, ?, ?, ?, ?, ?, NULL)",
                       (key_id, name.strip() or role, role, salt, _hash(secret, salt), now))
        return ApiKey(key_id, name.strip() or role, role, now, None), f"{PREFIX}_{key_id}_{secret}"  # type: ignore[arg-type]

    def list(self) -> list[ApiKey]:
        with closing(self._connect()) as db:
            rows = db.execute("SELECT * FROM api_keys ORDER BY created_at, key_id").fetchall()
        return [_record(row) for row in rows]

    def revoke(self, key_id: str) -> ApiKey:
        """Revoke a key at once (every process re-reads the row on each request)."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        with closing(self._connect()) as db, db:
            changed = db.execute("UPDATE api_keys SET revoked_at = ? WHERE key_id = ? AND revoked_at IS NULL",
                                 (now, key_id)).rowcount
            row = db.execute("SELECT * FROM api_keys WHERE key_id = ?", (key_id,)).fetchone()
        if row is None:
            raise ValueError(f"Ingen nyckel har id '{key_id}'.")
        if not changed:
            raise ValueError(f"Nyckeln '{key_id}' är redan återkallad.")
        return _record(row)

    def verify(self, key: str) -> ApiKey | None:
        """The key's record when `key` is a key of this store that has not been revoked; None otherwise."""
        prefix, _, rest = key.strip().partition("_")
        key_id, _, secret = rest.partition("_")
        if prefix != PREFIX or not key_id or not secret or not self.path.exists():
            return None
        with closing(self._connect()) as db:
            row = db.execute("SELECT * FROM api_keys WHERE key_id = ?", (key_id,)).fetchone()
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


def _hash(secret: str, salt: bytes) -> bytes:
    return hashlib.scrypt(secret.encode(), salt=salt, **SCRYPT)


def _record(row: sqlite3.Row) -> ApiKey:
    return ApiKey(row["key_id"], row["name"], row["role"], row["created_at"], row["revoked_at"])
