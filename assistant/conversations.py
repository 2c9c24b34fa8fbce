"""Conversations in SQLite under the data dir: turns survive a restart and are shared by every worker.

A follow-up ("Och 2021?") is read with the previous turn of its conversation. Each turn keeps the question as
asked and as a standalone question, so a chain of follow-ups keeps its subject.
"""

from __future__ import annotations

import re
import sqlite3
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from index.pg_database import PgDatabase

# How a follow-up starts (Swedish and English conjunctions and pronouns that lean on the turn before).
FOLLOW_UP_STARTS = ("och ", "men ", "samt ", "vad gäller", "hur är det med", "and ", "what about", "how about",
                    "samma ", "dess ", "det ", "den ", "de ", "detta ", "där", "då ")
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_LEAD = re.compile(r"^(?:och|men|samt|and|but)\s+(?:för\s+|i\s+|om\s+|for\s+|in\s+)?", re.IGNORECASE)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS turns (
    conversation_id TEXT NOT NULL,
    turn INTEGER NOT NULL,
    question TEXT NOT NULL,
    standalone TEXT NOT NULL,
    asked_at REAL NOT NULL,
    PRIMARY KEY (conversation_id, turn)
);
"""


def is_follow_up(question: str) -> bool:
    lower = question.lower().strip()
    return len(lower.split()) <= 5 or lower.startswith(FOLLOW_UP_STARTS)


def follow_up_context(previous: str, question: str) -> str:
    """The previous question when this one reads as a follow-up of it ('Och 2021?'), else nothing."""
    return previous if is_follow_up(question) else ""


def standalone_question(previous: str, question: str) -> str:
    """A follow-up rewritten by rules into a question that stands alone: new years replace the previous
    question's years ("Och 2021?" after "… underskott … 2022?"); otherwise the new words join the previous
    question as its new focus. A question that is no follow-up stands as it is."""
    if not previous or not follow_up_context(previous, question):
        return question
    years = _YEAR.findall(question)
    rest = _LEAD.sub("", _YEAR.sub("", question)).strip(" ?.!,")
    if years and _YEAR.search(previous) and not re.search(r"\w{3,}", rest):
        swapped = iter(years)
        return _YEAR.sub(lambda m: next(swapped, m.group(0)), previous)
    focus = _LEAD.sub("", question).strip(" ?.!")
    return f"{previous.rstrip(' ?.!')} – {focus}?"


class _Turns:
    """What both conversation stores derive from their last stored turn."""

    def previous(self, conversation_id: str | None) -> str | None:
        raise NotImplementedError

    def context_for(self, conversation_id: str | None, question: str) -> str:
        """The previous question (as it stood alone) when `question` follows up on it, else ''."""
        previous = self.previous(conversation_id)
        return follow_up_context(previous, question) if previous else ""


class ConversationStore(_Turns):
    """Turns per conversation in one SQLite file; a connection per call, so threads and processes share it."""

    def __init__(self, path: Path, keep: int = 50) -> None:
        self.path = path
        self.keep = keep
        path.parent.mkdir(parents=True, exist_ok=True)
        with self._connect() as db:
            db.executescript(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=30)
        db.execute("PRAGMA journal_mode=WAL")
        # A turn is worth no fsync per question: in WAL mode NORMAL never corrupts the file, a power cut can at most
        # forget the last turns (SQLite's documentation on synchronous), and it saves milliseconds on every answer.
        db.execute("PRAGMA synchronous=NORMAL")
        return db

    def previous(self, conversation_id: str | None) -> str | None:
        """The standalone form of the conversation's last question, if it has one."""
        if not conversation_id:
            return None
        with self._connect() as db:
            row = db.execute("SELECT standalone FROM turns WHERE conversation_id = ? ORDER BY turn DESC LIMIT 1",
                             (conversation_id,)).fetchone()
        return row[0] if row else None

    def remember(self, conversation_id: str, question: str, standalone: str | None = None) -> None:
        with self._connect() as db:
            db.execute(
                "INSERT INTO turns SELECT ?, COALESCE(MAX(turn), 0) + 1, ?, ?, ? FROM turns WHERE conversation_id = ?",
                (conversation_id, question, standalone or question, time.time(), conversation_id))
            db.execute("DELETE FROM turns WHERE conversation_id = ? AND turn <= "
                       "(SELECT MAX(turn) FROM turns WHERE conversation_id = ?) - ?",
                       (conversation_id, conversation_id, self.keep))


_PG_SCHEMA = """
CREATE TABLE IF NOT EXISTS turns (
    conversation_id TEXT NOT NULL, turn INTEGER NOT NULL, question TEXT NOT NULL, standalone TEXT NOT NULL,
    asked_at DOUBLE PRECISION NOT NULL, PRIMARY KEY (conversation_id, turn)
)
"""


class PostgresConversationStore(_Turns):
    """The same turns in the shared PostgreSQL database, so a conversation continues on any instance."""

    def __init__(self, database: PgDatabase, keep: int = 50) -> None:
        self.database = database
        self.keep = keep
        database.ensure_schema("conversations", _PG_SCHEMA)

    def previous(self, conversation_id: str | None) -> str | None:
        if not conversation_id:
            return None
        with self.database.connection() as conn:
            row = conn.execute("SELECT standalone FROM turns WHERE conversation_id = %s ORDER BY turn DESC LIMIT 1",
                               (conversation_id,)).fetchone()
        return row[0] if row else None

    def remember(self, conversation_id: str, question: str, standalone: str | None = None) -> None:
        with self.database.transaction() as conn:
            # Two instances answering the same conversation at once would both take MAX(turn) + 1.
            conn.execute("SELECT pg_advisory_xact_lock(hashtext(%s))", (conversation_id,))
            conn.execute(
                "INSERT INTO turns SELECT %s, COALESCE(MAX(turn), 0) + 1, %s, %s, %s FROM turns WHERE conversation_id = %s",
                (conversation_id, question, standalone or question, time.time(), conversation_id))
            conn.execute("DELETE FROM turns WHERE conversation_id = %s AND turn <= "
                         "(SELECT MAX(turn) FROM turns WHERE conversation_id = %s) - %s",
                         (conversation_id, conversation_id, self.keep))


def make_conversation_store(database_url: str | None, sqlite_path: Path) -> ConversationStore | PostgresConversationStore:
    """In the shared database when there is one, else the SQLite file under the data dir."""
    if database_url:
        from index.pg_database import open_database

        return PostgresConversationStore(open_database(database_url))
    return ConversationStore(sqlite_path)
