"""The board tables of the catalog: per meeting document its meeting fields and its ärenden (proposals, decisions).

Rows belong to one document and are written and deleted in the document's own transaction (see Catalog), so a
meeting is assembled at read time from whatever kallelse and protokoll are indexed."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict, dataclass

from ingest.models import BoardItem, BoardRecord, Meeting, Passage, Substitute, Vote, Yrkande
from ingest.patterns import diarienummer_key

BOARD_SCHEMA = """
CREATE TABLE IF NOT EXISTS board_documents (
    document_id TEXT PRIMARY KEY, kind TEXT NOT NULL, committee TEXT, date TEXT, meeting TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS board_items (
    document_id TEXT NOT NULL, position INTEGER NOT NULL, number TEXT, paragraph TEXT, title TEXT NOT NULL,
    diarienummer TEXT, diarienummer_key TEXT, sekretess INTEGER NOT NULL, outcome TEXT, item TEXT NOT NULL,
    PRIMARY KEY (document_id, position)
);
CREATE INDEX IF NOT EXISTS board_items_dnr ON board_items(diarienummer_key);
"""


@dataclass(frozen=True)
class BoardDocument:
    """A catalogued meeting document: which document, kallelse or protokoll, and its meeting fields."""

    document_id: str
    kind: str
    meeting: Meeting


def board_rows(document_id: str, record: BoardRecord) -> tuple[tuple, list[tuple]]:
    """The board_documents row and the board_items rows of a document (shared by the SQLite and PostgreSQL stores)."""
    m = record.meeting
    document = (document_id, record.kind, m.committee, m.date, json.dumps(asdict(m), ensure_ascii=False))
    items = [(document_id, i.position, i.number, i.paragraph, i.title, i.diarienummer,
              diarienummer_key(i.diarienummer) if i.diarienummer else None, int(i.sekretess), i.outcome,
              json.dumps(asdict(i), ensure_ascii=False)) for i in record.items]
    return document, items


def write_board(db: sqlite3.Connection, document_id: str, record: BoardRecord | None) -> None:
    """Insert a document's board rows (inside the caller's transaction)."""
    if record is None:
        return
    document, items = board_rows(document_id, record)
    db.execute("INSERT INTO board_documents VALUES (?,?,?,?,?)", document)
    db.executemany("INSERT INTO board_items VALUES (?,?,?,?,?,?,?,?,?,?)", items)


def delete_board(db: sqlite3.Connection, document_id: str) -> None:
    db.execute("DELETE FROM board_items WHERE document_id = ?", (document_id,))
    db.execute("DELETE FROM board_documents WHERE document_id = ?", (document_id,))


def read_board_documents(db: sqlite3.Connection) -> list[BoardDocument]:
    rows = db.execute("SELECT document_id, kind, meeting FROM board_documents ORDER BY date, document_id").fetchall()
    return [board_document(*r) for r in rows]


def read_board_items(db: sqlite3.Connection, document_id: str) -> list[BoardItem]:
    rows = db.execute("SELECT item FROM board_items WHERE document_id = ? ORDER BY position", (document_id,))
    return [board_item(r[0]) for r in rows]


def board_document(document_id: str, kind: str, meeting_json: str) -> BoardDocument:
    return BoardDocument(document_id, kind, _meeting(json.loads(meeting_json)))


def board_item(item_json: str) -> BoardItem:
    return _item(json.loads(item_json))


def _meeting(d: dict) -> Meeting:
    return Meeting(
        d["committee"], d["date"], d["time"], d["place"], d["chair"], d["secretary"], tuple(d["justerare"]),
        d["paragraph_range"], tuple(d["beslutande"]), tuple(Substitute(**s) for s in d["tjanstgorande_ersattare"]),
        tuple(d["ersattare"]),
    )


def _passage(d: dict | None) -> Passage | None:
    return Passage(**d) if d else None


def _vote(d: dict) -> Vote:
    """A stored vote; its roll call (JSON lists) as pairs, and none in rows written before it was read."""
    return Vote(**{**d, "roll_call": tuple(tuple(pair) for pair in d.get("roll_call", ()))})


def _item(d: dict) -> BoardItem:
    return BoardItem(
        position=d["position"], number=d["number"], paragraph=d["paragraph"], title=d["title"],
        diarienummer=d["diarienummer"], sekretess=d["sekretess"], heading=_passage(d["heading"]),
        proposal=_passage(d["proposal"]), summary=_passage(d["summary"]), decision=_passage(d["decision"]),
        outcome=d["outcome"], yrkanden=tuple(Yrkande(y["by"], y["text"], tuple(y["supporters"])) for y in d["yrkanden"]),
        votes=_vote(d["votes"]) if d["votes"] else None, reservationer=tuple(d["reservationer"]),
        skickas_till=tuple(d["skickas_till"]), body=tuple(Passage(**p) for p in d["body"]),
        handlaggare=d.get("handlaggare"), date=d.get("date"),
    )
