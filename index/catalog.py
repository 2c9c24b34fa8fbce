"""One SQLite file: the catalog of documents, pages, agenda items and chunks, and the FTS5 keyword index
over Swedish-normalised terms."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path

from index.board_catalog import (
    BOARD_SCHEMA,
    BoardDocument,
    delete_board,
    read_board_documents,
    read_board_items,
    write_board,
)
from index.errors import CatalogOutdated
from index.lock import WriterLock
from index.swedish import terms
from ingest.models import ROW_KINDS, AgendaItem, BoardItem, Chunk, ParsedDocument
from ingest.patterns import diarienummer_key
from ingest.pipeline import PARSER_VERSION

# Bump when a table changes: an older catalog is then refused with a clear message instead of failing oddly.
SCHEMA_VERSION = 5
# A row chunk (a table's row, a grid's field) is no passage to cite a line at or to read around another passage: the
# kinds as an SQL list, for this catalog and the PostgreSQL one.
ROW_KINDS_SQL = ", ".join(f"'{kind}'" for kind in ROW_KINDS)

_SCHEMA = """
PRAGMA journal_mode=WAL;
CREATE TABLE IF NOT EXISTS documents (
    document_id TEXT PRIMARY KEY, file_name TEXT NOT NULL, path TEXT NOT NULL, file_hash TEXT NOT NULL,
    file_format TEXT NOT NULL, document_type TEXT NOT NULL, title TEXT NOT NULL, meeting_date TEXT,
    years TEXT NOT NULL, pages INTEGER NOT NULL, has_pages INTEGER NOT NULL, chunks INTEGER NOT NULL,
    committee TEXT, municipality TEXT,
    embedding_model TEXT NOT NULL, parser_version TEXT NOT NULL DEFAULT '', ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE IF NOT EXISTS pages (
    document_id TEXT NOT NULL, number INTEGER NOT NULL, text TEXT NOT NULL, lines TEXT NOT NULL,
    PRIMARY KEY (document_id, number)
);
CREATE TABLE IF NOT EXISTS agenda (
    document_id TEXT NOT NULL, nr TEXT NOT NULL, title TEXT NOT NULL, diarienummer TEXT, diarienummer_key TEXT
);
CREATE TABLE IF NOT EXISTS chunks (
    rowid INTEGER PRIMARY KEY, chunk_id TEXT UNIQUE NOT NULL, document_id TEXT NOT NULL, source TEXT NOT NULL,
    position INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, context TEXT NOT NULL, fact TEXT,
    document_type TEXT NOT NULL, title TEXT NOT NULL, section_path TEXT NOT NULL, page INTEGER,
    line_start INTEGER NOT NULL, line_end INTEGER NOT NULL, meeting_date TEXT, diarienummer TEXT,
    diarienummer_key TEXT, years TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_document ON chunks(document_id, position);
CREATE INDEX IF NOT EXISTS chunks_diarienummer ON chunks(diarienummer_key);
CREATE TABLE IF NOT EXISTS chunk_years (chunk_rowid INTEGER NOT NULL, year INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS chunk_years_year ON chunk_years(year, chunk_rowid);
CREATE VIRTUAL TABLE IF NOT EXISTS chunk_terms USING fts5(terms, tokenize="unicode61 remove_diacritics 0");
CREATE TABLE IF NOT EXISTS catalog_state (id INTEGER PRIMARY KEY CHECK (id = 0), generation INTEGER NOT NULL);
INSERT OR IGNORE INTO catalog_state VALUES (0, 0);
""" + BOARD_SCHEMA


@dataclass(frozen=True)
class DocumentRecord:
    """A catalogued document."""

    document_id: str
    file_name: str
    path: str
    file_hash: str
    file_format: str
    document_type: str
    title: str
    meeting_date: str | None
    years: tuple[int, ...]
    pages: int
    has_pages: bool
    chunks: int
    embedding_model: str
    parser_version: str
    ingested_at: str
    committee: str | None = None
    municipality: str | None = None


@dataclass(frozen=True)
class KeywordFilter:
    """Conditions on the keyword side, mirroring the vector store's filter."""

    years: tuple[int, ...] = ()
    document_types: tuple[str, ...] = ()
    diarienummer: str | None = None
    committee: str | None = None
    document_ids: tuple[str, ...] = ()


class Catalog:
    """Thread-safe access to the SQLite catalog; every document write is one transaction. The 'sqlite'
    `CatalogStore` (index/catalog_store.py)."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=30)
        self._db.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            # Check and create in one write transaction: two processes opening a new data dir at once would
            # otherwise see each other's half-made schema (tables, no version yet) and call the data outdated.
            self._db.execute("BEGIN IMMEDIATE")
            try:
                version = self._db.execute("PRAGMA user_version").fetchone()[0]
                populated = self._db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'documents'").fetchone()[0]
                if populated and version != SCHEMA_VERSION:
                    raise CatalogOutdated(
                        f"Indexet i {path.parent} är skapat av en annan version (schema {version}, nu "
                        f"{SCHEMA_VERSION}). Ta bort {path.parent} och läs in dokumenten igen (namnd ingest)."
                    )
                for statement in _SCHEMA.split(";"):
                    if statement.strip() and "journal_mode" not in statement:
                        self._db.execute(statement)
                self._db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                self._db.close()
                raise

    def generation(self) -> int:
        """Counts committed changes to documents; a reader that sees it move reloads what it caches."""
        with self._lock:
            return int(self._db.execute("SELECT generation FROM catalog_state").fetchone()[0])

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def atomic(self) -> AbstractContextManager[None]:
        # Vectors live in Chroma, outside this file: each document write is already its own transaction here,
        # and the index orders vector and catalog writes so that a crash leaves no half document visible.
        return nullcontext()

    def writer_lock(self, timeout: float) -> WriterLock:
        return WriterLock(self.path.parent / "writer.lock", timeout)

    def describe(self) -> str:
        return str(self.path)

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                # SQLite rolls back by itself on some errors (a full disk); a second ROLLBACK would hide the cause.
                if self._db.in_transaction:
                    self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # --- documents -------------------------------------------------------------------------------

    def document(self, document_id: str) -> DocumentRecord | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM documents WHERE document_id = ?", (document_id,)).fetchone()
        return _record(row) if row else None

    def documents(self) -> list[DocumentRecord]:
        with self._lock:
            rows = self._db.execute("SELECT * FROM documents ORDER BY file_name").fetchall()
        return [_record(r) for r in rows]

    def pages(self, document_id: str) -> list[tuple[int, str]]:
        with self._lock:
            rows = self._db.execute(
                "SELECT number, text FROM pages WHERE document_id = ? ORDER BY number", (document_id,)
            ).fetchall()
        return [(r["number"], r["text"]) for r in rows]

    def page_lines(self, document_id: str) -> dict[int, tuple[tuple[int, int], ...]]:
        with self._lock:
            rows = self._db.execute("SELECT number, lines FROM pages WHERE document_id = ?", (document_id,)).fetchall()
        return {r["number"]: _spans(r["lines"]) for r in rows}

    def agenda(self, document_id: str) -> list[AgendaItem]:
        with self._lock:
            rows = self._db.execute("SELECT nr, title, diarienummer FROM agenda WHERE document_id = ? ORDER BY rowid",
                                    (document_id,)).fetchall()
        return [AgendaItem(r["nr"], r["title"], r["diarienummer"]) for r in rows]

    def arende_title(self, diarienummer: str) -> str | None:
        """The agenda title of an ärende, from any kallelse that lists it."""
        with self._lock:
            row = self._db.execute("SELECT title FROM agenda WHERE diarienummer_key = ? LIMIT 1",
                                   (diarienummer_key(diarienummer),)).fetchone()
        return row[0] if row else None

    def replace_document(self, parsed: ParsedDocument, embedding_model: str) -> None:
        """Swap in a document's catalog rows, chunks and keyword terms in one transaction."""
        src = parsed.source
        with self._transaction() as db:
            self._delete(db, src.document_id)
            db.execute(
                "INSERT INTO documents (document_id, file_name, path, file_hash, file_format, document_type, title,"
                " meeting_date, years, pages, has_pages, chunks, embedding_model, parser_version, committee,"
                " municipality) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (src.document_id, src.file_name, src.path, src.file_hash, src.file_format, parsed.document_type,
                 parsed.title, parsed.meeting_date, json.dumps(parsed.years), len(src.pages), int(src.has_pages),
                 len(parsed.chunks), embedding_model, PARSER_VERSION, parsed.committee, parsed.municipality),
            )
            db.executemany("INSERT INTO pages VALUES (?,?,?,?)",
                           [(src.document_id, p.number, p.text, json.dumps(p.lines)) for p in src.pages])
            db.executemany("INSERT INTO agenda VALUES (?,?,?,?,?)",
                           [(src.document_id, a.nr, a.title, a.diarienummer, _key(a.diarienummer)) for a in parsed.agenda])
            for chunk in parsed.chunks:
                cur = db.execute(
                    "INSERT INTO chunks (chunk_id, document_id, source, position, kind, text, context, fact,"
                    " document_type, title, section_path, page, line_start, line_end, meeting_date, diarienummer,"
                    " diarienummer_key, years) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (chunk.chunk_id, chunk.document_id, chunk.source, chunk.position, chunk.kind, chunk.text,
                     chunk.context, chunk.fact, chunk.document_type, chunk.title, json.dumps(chunk.section_path),
                     chunk.page, chunk.line_start, chunk.line_end, chunk.meeting_date, chunk.diarienummer,
                     _key(chunk.diarienummer), json.dumps(chunk.years)),
                )
                rowid = cur.lastrowid
                db.execute("INSERT INTO chunk_terms (rowid, terms) VALUES (?, ?)",
                           (rowid, " ".join(terms(keyword_text(chunk)))))
                db.executemany("INSERT INTO chunk_years VALUES (?, ?)", [(rowid, y) for y in chunk.years])
            write_board(db, src.document_id, parsed.board)

    def remove_document(self, document_id: str) -> None:
        with self._transaction() as db:
            self._delete(db, document_id)

    @staticmethod
    def _delete(db: sqlite3.Connection, document_id: str) -> None:
        rowids = [r[0] for r in db.execute("SELECT rowid FROM chunks WHERE document_id = ?", (document_id,))]
        db.executemany("DELETE FROM chunk_terms WHERE rowid = ?", [(r,) for r in rowids])
        db.executemany("DELETE FROM chunk_years WHERE chunk_rowid = ?", [(r,) for r in rowids])
        delete_board(db, document_id)
        for table in ("chunks", "pages", "agenda", "documents"):
            db.execute(f"DELETE FROM {table} WHERE document_id = ?", (document_id,))  # noqa: S608 - fixed names
        db.execute("UPDATE catalog_state SET generation = generation + 1")  # every write passes through here

    # --- meetings and ärenden --------------------------------------------------------------------

    def board_documents(self) -> list[BoardDocument]:
        """Every indexed kallelse and protokoll with its meeting fields, oldest meeting first."""
        with self._lock:
            return read_board_documents(self._db)

    def board_items(self, document_id: str) -> list[BoardItem]:
        """The ärenden of one kallelse or protokoll, in order."""
        with self._lock:
            return read_board_items(self._db, document_id)

    def chunk_at(self, document_id: str, page: int | None, line: int) -> Chunk | None:
        """The chunk that holds a line of a document (a decision's first line), for citing it."""
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM chunks WHERE document_id = ? AND page IS ? AND line_start <= ? AND line_end >= ?"  # noqa: S608
                f" AND kind NOT IN ({ROW_KINDS_SQL}) ORDER BY line_end - line_start LIMIT 1",
                (document_id, page, line, line),
            ).fetchone()
        return _chunk(row) if row else None

    # --- chunks ----------------------------------------------------------------------------------

    def chunk_ids(self, document_id: str) -> list[str]:
        with self._lock:
            return [r[0] for r in self._db.execute("SELECT chunk_id FROM chunks WHERE document_id = ?", (document_id,))]

    def chunks(self, chunk_ids: Sequence[str]) -> dict[str, Chunk]:
        if not chunk_ids:
            return {}
        marks = ",".join("?" * len(chunk_ids))
        with self._lock:
            rows = self._db.execute(f"SELECT * FROM chunks WHERE chunk_id IN ({marks})", list(chunk_ids)).fetchall()  # noqa: S608
        return {r["chunk_id"]: _chunk(r) for r in rows}

    def neighbours(self, chunk: Chunk, before: int = 1, after: int = 1) -> list[Chunk]:
        """The chunks around `chunk` in the same document and section (a figure's explanation often follows)."""
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM chunks WHERE document_id = ? AND position BETWEEN ? AND ?"  # noqa: S608
                f" AND kind NOT IN ({ROW_KINDS_SQL}) ORDER BY position",
                (chunk.document_id, chunk.position - before, chunk.position + after),
            ).fetchall()
        return [c for c in map(_chunk, rows) if c.section_path == chunk.section_path]

    def chunks_for_diarienummer(self, diarienummer: str, limit: int = 50) -> list[Chunk]:
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM chunks WHERE diarienummer_key = ? ORDER BY document_id, position LIMIT ?",
                (diarienummer_key(diarienummer), limit),
            ).fetchall()
        return [_chunk(r) for r in rows]

    def chunk_count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT count(*) FROM chunks").fetchone()[0])

    def keyword_search(self, query_terms: Sequence[str], k: int, where: KeywordFilter) -> list[tuple[str, float]]:
        """BM25 over the normalised terms; returns (chunk_id, score) with higher scores better."""
        unique = list(dict.fromkeys(t for t in query_terms if t))
        if not unique:
            return []
        match = " OR ".join('"' + t.replace('"', "") + '"' for t in unique)
        if not (where.document_types or where.diarienummer or where.committee or where.document_ids):
            found = self._keyword_rowids(match, k, where.years)
            if found is not None:
                return found
        sql = ["SELECT c.chunk_id, bm25(chunk_terms) AS score FROM chunk_terms JOIN chunks c ON c.rowid = chunk_terms.rowid"]
        args: list[object] = []
        conditions = ["chunk_terms MATCH ?"]
        args.append(match)
        if where.years:
            conditions.append(f"c.rowid IN (SELECT chunk_rowid FROM chunk_years WHERE year IN ({','.join('?' * len(where.years))}))")
            args.extend(where.years)
        if where.document_types:
            marks = ",".join("?" * len(where.document_types))
            conditions.append(f"(c.document_type IN ({marks}) OR c.document_id IN "
                              f"(SELECT document_id FROM documents WHERE document_type IN ({marks})))")
            args.extend(where.document_types)
            args.extend(where.document_types)
        if where.diarienummer:
            conditions.append("c.diarienummer_key = ?")
            args.append(diarienummer_key(where.diarienummer))
        if where.committee:
            # A part of the board's name, any case: 'social' finds 'Socialnämnden' (as the meetings filter does).
            conditions.append("c.document_id IN (SELECT document_id FROM documents WHERE instr(lower(committee), ?))")
            args.append(where.committee.strip().lower())
        if where.document_ids:
            conditions.append(f"c.document_id IN ({','.join('?' * len(where.document_ids))})")
            args.extend(where.document_ids)
        sql.append("WHERE " + " AND ".join(conditions))
        sql.append("ORDER BY score LIMIT ?")
        args.append(k)
        with self._lock:
            rows = self._db.execute(" ".join(sql), args).fetchall()
        return [(r[0], -float(r[1])) for r in rows]

    def _keyword_rowids(self, match: str, k: int, years: Sequence[int]) -> list[tuple[str, float]] | None:
        """`keyword_search` without the join to chunks for every matching row (most chunks match an OR of a
        question's terms; the join was a third of the search): the best k rowids, then their ids. The rows reach the
        sort in the same order, so ties stay in it. None when a keyword row has no chunk (see `keyword_gaps`): the
        join would have skipped it."""
        sql = "SELECT rowid, bm25(chunk_terms) AS score FROM chunk_terms WHERE chunk_terms MATCH ?"
        args: list[object] = [match]
        if years:
            # `+rowid`: a filter on the scan, as the join's was; handed to FTS5 it looked each year's row up (100x slower).
            sql += f" AND +rowid IN (SELECT chunk_rowid FROM chunk_years WHERE year IN ({','.join('?' * len(years))}))"
            args.extend(years)
        args.append(k)
        with self._lock:
            rows = self._db.execute(sql + " ORDER BY score LIMIT ?", args).fetchall()
            if not rows:
                return []
            ids = dict(self._db.execute(f"SELECT rowid, chunk_id FROM chunks WHERE rowid IN ({','.join('?' * len(rows))})",  # noqa: S608
                                        [r[0] for r in rows]).fetchall())
        if len(ids) < len(rows):
            return None
        return [(ids[r[0]], -float(r[1])) for r in rows]

    def document_frequency(self, term: str) -> int:
        """In how many chunks a normalised term occurs."""
        with self._lock:
            row = self._db.execute("SELECT count(*) FROM chunk_terms WHERE chunk_terms MATCH ?",
                                   ('"' + term.replace('"', "") + '"',)).fetchone()
        return int(row[0])

    def documents_using(self, term: str) -> frozenset[str]:
        """The documents at least one of whose chunks has a normalised term."""
        with self._lock:
            rows = self._db.execute("SELECT DISTINCT c.document_id FROM chunk_terms JOIN chunks c ON c.rowid = chunk_terms.rowid "
                                    "WHERE chunk_terms MATCH ?", ('"' + term.replace('"', "") + '"',)).fetchall()
        return frozenset(r[0] for r in rows)

    def document_frequencies(self, terms: Sequence[str]) -> dict[str, int]:
        """The counts of those of `terms` that occur at all, in one read of the keyword index's vocabulary (a
        temporary fts5vocab table of this connection: nothing is written to the catalog)."""
        wanted = sorted({t for t in terms if t})
        if not wanted:
            return {}
        with self._lock:
            self._db.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.chunk_vocab USING fts5vocab(main, chunk_terms, row)")
            out: dict[str, int] = {}
            for start in range(0, len(wanted), 500):  # SQLite's limit on bound parameters
                part = wanted[start : start + 500]
                rows = self._db.execute(f"SELECT term, doc FROM temp.chunk_vocab WHERE term IN ({','.join('?' * len(part))})",  # noqa: S608
                                        part).fetchall()
                out.update((r[0], int(r[1])) for r in rows)
        return out

    # --- consistency (index/doctor.py) ----------------------------------------------------------

    def embedded_chunk_ids(self) -> set[str]:
        """Chunks that should have a vector: all but whole tables (those are found by keywords and row facts)."""
        with self._lock:
            return {r[0] for r in self._db.execute("SELECT chunk_id FROM chunks WHERE kind != 'table'")}

    def keyword_gaps(self) -> tuple[list[int], list[str]]:
        """Keyword rows whose chunk is gone, and chunks without keyword rows."""
        with self._lock:
            orphans = [r[0] for r in self._db.execute(
                "SELECT rowid FROM chunk_terms WHERE rowid NOT IN (SELECT rowid FROM chunks)")]
            missing = [r[0] for r in self._db.execute(
                "SELECT chunk_id FROM chunks WHERE rowid NOT IN (SELECT rowid FROM chunk_terms)")]
        return orphans, missing

    def repair_keywords(self, orphan_rowids: Sequence[int], chunk_ids: Sequence[str]) -> None:
        """Drop keyword rows of vanished chunks and index the chunks that have none, in one transaction."""
        with self._transaction() as db:
            db.executemany("DELETE FROM chunk_terms WHERE rowid = ?", [(r,) for r in orphan_rowids])
            db.executemany("DELETE FROM chunk_years WHERE chunk_rowid = ?", [(r,) for r in orphan_rowids])
            for row in db.execute(f"SELECT * FROM chunks WHERE chunk_id IN ({','.join('?' * len(chunk_ids))})",  # noqa: S608
                                  list(chunk_ids)).fetchall():
                db.execute("INSERT INTO chunk_terms (rowid, terms) VALUES (?, ?)",
                           (row["rowid"], " ".join(terms(keyword_text(_chunk(row))))))
            db.execute("UPDATE catalog_state SET generation = generation + 1")

    def known_values(self) -> dict[str, list]:
        """Values a filter may take: years, document types and diarienummer present in the index."""
        with self._lock:
            years = [r[0] for r in self._db.execute("SELECT DISTINCT year FROM chunk_years ORDER BY year")]
            types = sorted({r[0] for r in self._db.execute("SELECT DISTINCT document_type FROM chunks")}
                           | {r[0] for r in self._db.execute("SELECT DISTINCT document_type FROM documents")})
            dnrs = [r[0] for r in self._db.execute(
                "SELECT DISTINCT diarienummer FROM chunks WHERE diarienummer IS NOT NULL ORDER BY 1")]
        return {"years": years, "document_types": types, "diarienummer": dnrs}


def keyword_text(chunk: Chunk) -> str:
    """What the keyword index sees: title, section path, text, and the row fact for table rows."""
    return f"{chunk.context}\n{chunk.text if chunk.fact else ''}"


def _key(diarienummer: str | None) -> str | None:
    """Diarienummer are compared by their canonical key: the same ärende written 'KS 2021/345' or 'KS/2021:345'."""
    return diarienummer_key(diarienummer) if diarienummer else None


def _record(row: sqlite3.Row) -> DocumentRecord:
    return DocumentRecord(
        document_id=row["document_id"], file_name=row["file_name"], path=row["path"], file_hash=row["file_hash"],
        file_format=row["file_format"], document_type=row["document_type"], title=row["title"],
        meeting_date=row["meeting_date"], years=tuple(json.loads(row["years"])), pages=row["pages"],
        has_pages=bool(row["has_pages"]), chunks=row["chunks"], embedding_model=row["embedding_model"],
        parser_version=row["parser_version"], ingested_at=row["ingested_at"], committee=row["committee"],
        municipality=row["municipality"],
    )


def _chunk(row: sqlite3.Row) -> Chunk:
    return Chunk(
        chunk_id=row["chunk_id"], document_id=row["document_id"], source=row["source"], position=row["position"],
        kind=row["kind"], text=row["text"], context=row["context"], document_type=row["document_type"],
        title=row["title"], section_path=tuple(json.loads(row["section_path"])), page=row["page"],
        line_start=row["line_start"], line_end=row["line_end"], meeting_date=row["meeting_date"],
        diarienummer=row["diarienummer"], years=tuple(json.loads(row["years"])), fact=row["fact"],
    )


def _spans(stored: str) -> tuple[tuple[int, int], ...]:
    """A page's line map as stored (JSON pairs) back as (first, last) pairs."""
    return tuple((first, last) for first, last in json.loads(stored))
