"""The 'postgres' `CatalogStore`: the catalog and the keyword index in a PostgreSQL database that several instances
share (several processes, several machines).

Keyword search uses the project's own Swedish analysis (index/swedish.py: stems of base forms and compound parts),
not PostgreSQL's `swedish` configuration, whose Snowball stemmer leaves definite forms apart ('underskottet' ≠
'underskott'). The analysed terms of a chunk are stored as a `tsvector` whose lexemes are exactly those terms (the
`simple` configuration's behaviour, written as a tsvector literal so the parser cannot split a number like '6,1';
each token as SQLite FTS5's unicode61 tokenizer sees it, with positions). A question is an OR `tsquery` of its
analysed terms, matched through a GIN index on that column. Ranking is BM25 computed in SQL with the constants and
quantities SQLite FTS5's bm25() uses (k1 = 1.2, b = 0.75, idf = ln((N − n + 0.5)/(n + 0.5)) floored at 1e-6,
document length in tokens), rather than ts_rank, whose cover-density scoring has no inverse document frequency: the
same question then finds the same top chunks with the same scores on either engine. Term and document frequencies
are read from a postings table (chunk_terms: lexeme, chunk, tf) written in the same transaction — unnesting every
matching chunk's tsvector cost 100 ms a question on the sample corpus. N and the total token count are kept in
catalog_state, so a search does not count the table."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any

from index.board_catalog import BOARD_SCHEMA, BoardDocument, board_document, board_item, board_rows
from index.catalog import ROW_KINDS_SQL, DocumentRecord, KeywordFilter, keyword_text
from index.errors import CatalogOutdated
from index.pg_database import PgDatabase
from index.pg_lock import AdvisoryWriterLock
from index.swedish import terms
from ingest.models import AgendaItem, BoardItem, Chunk, ParsedDocument
from ingest.patterns import diarienummer_key
from ingest.pipeline import PARSER_VERSION

SCHEMA_VERSION = 2
K1, B = 1.2, 0.75  # SQLite FTS5's bm25() constants
_FTS5_TOKEN = re.compile(r"[^\W_]+")
MAX_POSITION = 16383  # PostgreSQL's largest tsvector position; later occurrences share it

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS catalog_state (
    id INTEGER PRIMARY KEY CHECK (id = 0), schema_version INTEGER NOT NULL, generation BIGINT NOT NULL,
    chunk_total BIGINT NOT NULL, term_total BIGINT NOT NULL
);
INSERT INTO catalog_state VALUES (0, {SCHEMA_VERSION}, 0, 0, 0) ON CONFLICT DO NOTHING;
CREATE TABLE IF NOT EXISTS documents (
    document_id TEXT PRIMARY KEY, file_name TEXT NOT NULL, path TEXT NOT NULL, file_hash TEXT NOT NULL,
    file_format TEXT NOT NULL, document_type TEXT NOT NULL, title TEXT NOT NULL, meeting_date TEXT,
    years INTEGER[] NOT NULL, pages INTEGER NOT NULL, has_pages BOOLEAN NOT NULL, chunks INTEGER NOT NULL,
    committee TEXT, municipality TEXT, embedding_model TEXT NOT NULL, parser_version TEXT NOT NULL,
    ingested_at TEXT NOT NULL DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')
);
CREATE TABLE IF NOT EXISTS pages (
    document_id TEXT NOT NULL, number INTEGER NOT NULL, text TEXT NOT NULL, lines TEXT NOT NULL,
    PRIMARY KEY (document_id, number)
);
CREATE TABLE IF NOT EXISTS agenda (
    id BIGSERIAL PRIMARY KEY, document_id TEXT NOT NULL, nr TEXT NOT NULL, title TEXT NOT NULL,
    diarienummer TEXT, diarienummer_key TEXT
);
CREATE INDEX IF NOT EXISTS agenda_document ON agenda(document_id);
CREATE INDEX IF NOT EXISTS agenda_dnr ON agenda(diarienummer_key);
CREATE TABLE IF NOT EXISTS chunks (
    id BIGSERIAL PRIMARY KEY, chunk_id TEXT UNIQUE NOT NULL, document_id TEXT NOT NULL, source TEXT NOT NULL,
    position INTEGER NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, context TEXT NOT NULL, fact TEXT,
    document_type TEXT NOT NULL, title TEXT NOT NULL, section_path TEXT NOT NULL, page INTEGER,
    line_start INTEGER NOT NULL, line_end INTEGER NOT NULL, meeting_date TEXT, diarienummer TEXT,
    diarienummer_key TEXT, years INTEGER[] NOT NULL, terms TSVECTOR, term_count INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS chunks_document ON chunks(document_id, position);
CREATE INDEX IF NOT EXISTS chunks_diarienummer ON chunks(diarienummer_key);
CREATE INDEX IF NOT EXISTS chunks_terms ON chunks USING gin(terms);
CREATE INDEX IF NOT EXISTS chunks_years ON chunks USING gin(years);
CREATE TABLE IF NOT EXISTS chunk_terms (
    lexeme TEXT NOT NULL, chunk BIGINT NOT NULL, tf INTEGER NOT NULL, PRIMARY KEY (lexeme, chunk)
);
CREATE INDEX IF NOT EXISTS chunk_terms_chunk ON chunk_terms(chunk);
{BOARD_SCHEMA}
"""  # the board tables are the SQLite catalog's (plain SQL both engines read)

_CHUNK_COLUMNS = ("chunk_id, document_id, source, position, kind, text, context, fact, document_type, title, "
                  "section_path, page, line_start, line_end, meeting_date, diarienummer, diarienummer_key, years, "
                  "terms, term_count")


def fts5_tokens(term: str) -> list[str]:
    """The tokens SQLite FTS5's unicode61 tokenizer makes of an analysed term: '6,1' is '6' and '1'."""
    return _FTS5_TOKEN.findall(term)


def tsvector_literal(analysed: Sequence[str]) -> str:
    """The analysed terms as a tsvector literal: each FTS5 token of them one lexeme, as it is, with its positions
    (so term frequencies survive, and a number like '6,1' is the phrase '6' '1' as on SQLite)."""
    positions: dict[str, list[int]] = {}
    tokens = [token for term in analysed for token in fts5_tokens(term)]
    for n, token in enumerate(tokens, start=1):
        positions.setdefault(token, []).append(min(n, MAX_POSITION))
    return " ".join(f"{_quote(token)}:{','.join(map(str, dict.fromkeys(p)))}" for token, p in positions.items())


def term_query(term: str) -> str:
    """One analysed term as a tsquery: a lexeme, or a phrase of its tokens ('6,1' → '6' <-> '1')."""
    tokens = fts5_tokens(term)
    if not tokens:
        return ""
    return _quote(tokens[0]) if len(tokens) == 1 else "(" + " <-> ".join(map(_quote, tokens)) + ")"


def tsquery_literal(analysed: Sequence[str]) -> str:
    """An OR of the analysed terms, quoted so the tsquery parser takes each token as one lexeme."""
    return " | ".join(q for q in dict.fromkeys(map(term_query, analysed)) if q)


def _text(row: Sequence[Any]) -> tuple:
    """PostgreSQL text cannot hold NUL (SQLite can, and a PDF's text layer or a text file past its first 4 KB may
    have one): it carries nothing to read, so it is left out rather than failing the document."""
    return tuple(v.replace("\x00", "") if isinstance(v, str) else v for v in row)


def _quote(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


class PostgresCatalog:
    """The catalog in PostgreSQL; every document write is one transaction (joined by pgvector's writes)."""

    def __init__(self, database: PgDatabase) -> None:
        self.database = database
        database.ensure_schema("catalog", SCHEMA)
        with database.connection() as conn:
            version = conn.execute("SELECT schema_version FROM catalog_state").fetchone()[0]
        if version != SCHEMA_VERSION:
            raise CatalogOutdated(f"Databasens katalog är skapad av en annan version (schema {version}, nu "
                                  f"{SCHEMA_VERSION}). Töm databasen och läs in dokumenten igen (namnd ingest).")

    # --- plumbing ---------------------------------------------------------------------------------

    def _all(self, sql: str, args: Sequence[Any] = ()) -> list[tuple]:
        with self.database.connection() as conn:
            return conn.execute(sql, args).fetchall()

    def _one(self, sql: str, args: Sequence[Any] = ()) -> tuple | None:
        with self.database.connection() as conn:
            return conn.execute(sql, args).fetchone()

    def generation(self) -> int:
        return int(self._one("SELECT generation FROM catalog_state")[0])  # type: ignore[index]

    def close(self) -> None:
        """The pool is shared with the other stores of this database (index/pg_database.py); nothing of ours."""

    def atomic(self) -> AbstractContextManager[Any]:
        return self.database.transaction()

    def writer_lock(self, timeout: float) -> AdvisoryWriterLock:
        return AdvisoryWriterLock(self.database, timeout)

    def describe(self) -> str:
        return "PostgreSQL"

    # --- documents -------------------------------------------------------------------------------

    def document(self, document_id: str) -> DocumentRecord | None:
        row = self._one(f"SELECT {_DOCUMENT_COLUMNS} FROM documents WHERE document_id = %s", (document_id,))  # noqa: S608
        return _record(row) if row else None

    def documents(self) -> list[DocumentRecord]:
        return [_record(r) for r in self._all(f"SELECT {_DOCUMENT_COLUMNS} FROM documents ORDER BY file_name")]  # noqa: S608

    def pages(self, document_id: str) -> list[tuple[int, str]]:
        return [(r[0], r[1]) for r in self._all(
            "SELECT number, text FROM pages WHERE document_id = %s ORDER BY number", (document_id,))]

    def page_lines(self, document_id: str) -> dict[int, tuple[tuple[int, int], ...]]:
        return {r[0]: tuple((first, last) for first, last in json.loads(r[1])) for r in self._all(
            "SELECT number, lines FROM pages WHERE document_id = %s", (document_id,))}

    def agenda(self, document_id: str) -> list[AgendaItem]:
        return [AgendaItem(*r) for r in self._all(
            "SELECT nr, title, diarienummer FROM agenda WHERE document_id = %s ORDER BY id", (document_id,))]

    def arende_title(self, diarienummer: str) -> str | None:
        row = self._one("SELECT title FROM agenda WHERE diarienummer_key = %s ORDER BY id LIMIT 1",
                        (diarienummer_key(diarienummer),))
        return row[0] if row else None

    def replace_document(self, parsed: ParsedDocument, embedding_model: str) -> None:
        src = parsed.source
        with self.database.transaction() as db:
            self._delete(db, src.document_id)
            db.execute(
                "INSERT INTO documents (document_id, file_name, path, file_hash, file_format, document_type, title,"
                " meeting_date, years, pages, has_pages, chunks, embedding_model, parser_version, committee,"
                " municipality) VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
                _text((src.document_id, src.file_name, src.path, src.file_hash, src.file_format, parsed.document_type,
                       parsed.title, parsed.meeting_date, list(parsed.years), len(src.pages), src.has_pages,
                       len(parsed.chunks), embedding_model, PARSER_VERSION, parsed.committee, parsed.municipality)),
            )
            with db.cursor() as cur:
                cur.executemany("INSERT INTO pages VALUES (%s,%s,%s,%s)",
                                [_text((src.document_id, p.number, p.text, json.dumps(p.lines))) for p in src.pages])
                cur.executemany(
                    "INSERT INTO agenda (document_id, nr, title, diarienummer, diarienummer_key) VALUES (%s,%s,%s,%s,%s)",
                    [_text((src.document_id, a.nr, a.title, a.diarienummer, _key(a.diarienummer))) for a in parsed.agenda])
                analysed = {chunk.chunk_id: terms(keyword_text(chunk)) for chunk in parsed.chunks}
                rows = [_chunk_row(chunk, analysed[chunk.chunk_id]) for chunk in parsed.chunks]
                cur.executemany(f"INSERT INTO chunks ({_CHUNK_COLUMNS}) VALUES "  # noqa: S608
                                f"({','.join(['%s'] * 18)}, %s::tsvector, %s)", rows)
                ids = dict(db.execute("SELECT chunk_id, id FROM chunks WHERE document_id = %s",
                                      (src.document_id,)).fetchall())
                _write_postings(cur, [(ids[cid], a) for cid, a in analysed.items()])
                if parsed.board is not None:
                    document, items = board_rows(src.document_id, parsed.board)
                    cur.execute("INSERT INTO board_documents VALUES (%s,%s,%s,%s,%s)", _text(document))
                    cur.executemany("INSERT INTO board_items VALUES (%s,%s,%s,%s,%s,%s,%s,%s,%s,%s)",
                                    [_text(item) for item in items])
            db.execute("UPDATE catalog_state SET chunk_total = chunk_total + %s, term_total = term_total + %s",
                       (len(rows), sum(r[-1] for r in rows)))

    def remove_document(self, document_id: str) -> None:
        with self.database.transaction() as db:
            self._delete(db, document_id)

    @staticmethod
    def _delete(db: Any, document_id: str) -> None:
        count, total = db.execute("SELECT count(*), coalesce(sum(term_count), 0) FROM chunks WHERE document_id = %s",
                                  (document_id,)).fetchone()
        db.execute("DELETE FROM chunk_terms WHERE chunk IN (SELECT id FROM chunks WHERE document_id = %s)",
                   (document_id,))
        for table in ("board_items", "board_documents", "chunks", "pages", "agenda", "documents"):
            db.execute(f"DELETE FROM {table} WHERE document_id = %s", (document_id,))  # noqa: S608 - fixed names
        # Every write passes through here: readers in other instances see the generation move and reload.
        db.execute("UPDATE catalog_state SET generation = generation + 1, chunk_total = chunk_total - %s, "
                   "term_total = term_total - %s", (count, total))

    # --- meetings --------------------------------------------------------------------------------

    def board_documents(self) -> list[BoardDocument]:
        return [board_document(*r) for r in self._all(
            "SELECT document_id, kind, meeting FROM board_documents ORDER BY date, document_id")]

    def board_items(self, document_id: str) -> list[BoardItem]:
        return [board_item(r[0]) for r in self._all(
            "SELECT item FROM board_items WHERE document_id = %s ORDER BY position", (document_id,))]

    def chunk_at(self, document_id: str, page: int | None, line: int) -> Chunk | None:
        row = self._one(
            f"SELECT {_READ_COLUMNS} FROM chunks WHERE document_id = %s AND page IS NOT DISTINCT FROM %s"  # noqa: S608
            f" AND line_start <= %s AND line_end >= %s AND kind NOT IN ({ROW_KINDS_SQL}) ORDER BY line_end - line_start, id"
            " LIMIT 1", (document_id, page, line, line))
        return _chunk(row) if row else None

    # --- chunks and keywords ---------------------------------------------------------------------

    def chunk_ids(self, document_id: str) -> list[str]:
        return [r[0] for r in self._all("SELECT chunk_id FROM chunks WHERE document_id = %s", (document_id,))]

    def chunks(self, chunk_ids: Sequence[str]) -> dict[str, Chunk]:
        if not chunk_ids:
            return {}
        rows = self._all(f"SELECT {_READ_COLUMNS} FROM chunks WHERE chunk_id = ANY(%s)", (list(chunk_ids),))  # noqa: S608
        return {r[0]: _chunk(r) for r in rows}

    def neighbours(self, chunk: Chunk, before: int = 1, after: int = 1) -> list[Chunk]:
        rows = self._all(
            f"SELECT {_READ_COLUMNS} FROM chunks WHERE document_id = %s AND position BETWEEN %s AND %s"  # noqa: S608
            f" AND kind NOT IN ({ROW_KINDS_SQL}) ORDER BY position, id",
            (chunk.document_id, chunk.position - before, chunk.position + after))
        return [c for c in map(_chunk, rows) if c.section_path == chunk.section_path]

    def chunks_for_diarienummer(self, diarienummer: str, limit: int = 50) -> list[Chunk]:
        rows = self._all(f"SELECT {_READ_COLUMNS} FROM chunks WHERE diarienummer_key = %s "  # noqa: S608
                         "ORDER BY document_id, position, id LIMIT %s", (diarienummer_key(diarienummer), limit))
        return [_chunk(r) for r in rows]

    def chunk_count(self) -> int:
        return int(self._one("SELECT count(*) FROM chunks")[0])  # type: ignore[index]

    def keyword_search(self, query_terms: Sequence[str], k: int, where: KeywordFilter) -> list[tuple[str, float]]:
        unique = [t for t in dict.fromkeys(query_terms) if fts5_tokens(t)]
        if not unique:
            return []
        singles = list(dict.fromkeys(fts5_tokens(t)[0] for t in unique if len(fts5_tokens(t)) == 1))
        phrases = list(dict.fromkeys(term_query(t) for t in unique if len(fts5_tokens(t)) > 1))
        conditions = ["c.terms @@ %(query)s::tsquery"]
        args: dict[str, Any] = {"query": tsquery_literal(unique), "singles": singles, "phrases": phrases, "k": k,
                                "k1": K1, "b": B}
        if where.years:
            conditions.append("c.years && %(years)s::int[]")
            args["years"] = list(where.years)
        if where.document_types:
            conditions.append("(c.document_type = ANY(%(types)s) OR c.document_id IN "
                              "(SELECT document_id FROM documents WHERE document_type = ANY(%(types)s)))")
            args["types"] = list(where.document_types)
        if where.diarienummer:
            conditions.append("c.diarienummer_key = %(dnr)s")
            args["dnr"] = diarienummer_key(where.diarienummer)
        if where.committee:
            # A part of the board's name, any case: 'social' finds 'Socialnämnden' (as the SQLite store does).
            conditions.append("c.document_id IN (SELECT document_id FROM documents "
                              "WHERE strpos(lower(committee), %(committee)s) > 0)")
            args["committee"] = where.committee.strip().lower()
        if where.document_ids:
            conditions.append("c.document_id = ANY(%(document_ids)s)")
            args["document_ids"] = list(where.document_ids)
        # Term frequencies and document frequencies come from the postings (chunk_terms): reading them out of
        # every matching chunk's tsvector costs a hundred times more. A phrase term (a decimal number) is matched
        # in the tsvector and counts once per chunk that has it (FTS5 counts its occurrences; they differ only
        # when a chunk repeats the same decimal number).
        # N and the mean length are one-value sub-queries (a CTE over catalog_state would be planned as a thousand
        # rows), and each term's postings are read through the primary key (OFFSET 0 keeps the planner from
        # joining all postings of all hits instead).
        sql = f"""
            WITH single AS MATERIALIZED (
                SELECT q.lexeme, GREATEST(ln((n.total - df.n + 0.5) / (df.n + 0.5)), 1e-6) AS idf
                FROM unnest(%(singles)s::text[]) AS q(lexeme)
                CROSS JOIN (SELECT chunk_total::float8 AS total FROM catalog_state) n
                CROSS JOIN LATERAL (SELECT count(*)::float8 AS n FROM chunk_terms WHERE lexeme = q.lexeme) df),
            phrase AS MATERIALIZED (
                SELECT q.query, GREATEST(ln((n.total - df.n + 0.5) / (df.n + 0.5)), 1e-6) AS idf
                FROM unnest(%(phrases)s::text[]) AS q(query)
                CROSS JOIN (SELECT chunk_total::float8 AS total FROM catalog_state) n
                CROSS JOIN LATERAL (SELECT count(*)::float8 AS n FROM chunks WHERE terms @@ q.query::tsquery) df),
            postings AS MATERIALIZED (
                SELECT ct.chunk, ct.tf, single.idf FROM single CROSS JOIN LATERAL (
                    SELECT chunk, tf FROM chunk_terms WHERE lexeme = single.lexeme OFFSET 0) ct),
            hits AS MATERIALIZED (SELECT c.id, c.chunk_id, c.term_count FROM chunks c WHERE {" AND ".join(conditions)}),
            matches AS (
                SELECT h.id, h.chunk_id, h.term_count, p.idf, p.tf FROM postings p JOIN hits h ON h.id = p.chunk
                UNION ALL
                SELECT h.id, h.chunk_id, h.term_count, phrase.idf, 1
                FROM phrase JOIN chunks c ON c.terms @@ phrase.query::tsquery JOIN hits h ON h.id = c.id)
            SELECT m.chunk_id, sum(m.idf * (m.tf * (%(k1)s + 1)) / (m.tf + %(k1)s * (1 - %(b)s + %(b)s * m.term_count
                / (SELECT GREATEST(term_total::float8 / NULLIF(chunk_total, 0), 1e-9) FROM catalog_state)))) AS score
            FROM matches m
            GROUP BY m.id, m.chunk_id ORDER BY score DESC, m.id LIMIT %(k)s"""  # noqa: S608 - conditions are fixed text
        with self.database.connection() as conn:
            rows = conn.execute(sql, args).fetchall()
        return [(r[0], float(r[1])) for r in rows]

    def document_frequency(self, term: str) -> int:
        tokens = fts5_tokens(term)
        if len(tokens) == 1:
            return int(self._one("SELECT count(*) FROM chunk_terms WHERE lexeme = %s", tokens)[0])  # type: ignore[index]
        if not tokens:
            return 0
        return int(self._one("SELECT count(*) FROM chunks WHERE terms @@ %s::tsquery", (term_query(term),))[0])  # type: ignore[index]

    def documents_using(self, term: str) -> frozenset[str]:
        tokens = fts5_tokens(term)
        if len(tokens) == 1:
            rows = self._all("SELECT DISTINCT c.document_id FROM chunk_terms t JOIN chunks c ON c.id = t.chunk "
                             "WHERE t.lexeme = %s", tokens)
        elif tokens:
            rows = self._all("SELECT DISTINCT document_id FROM chunks WHERE terms @@ %s::tsquery", (term_query(term),))
        else:
            rows = []
        return frozenset(r[0] for r in rows)

    def document_frequencies(self, terms: Sequence[str]) -> dict[str, int]:
        """The counts of those of `terms` (single lexemes) that occur at all, in one query of the postings."""
        wanted = sorted({t for t in terms if t})
        if not wanted:
            return {}
        rows = self._all("SELECT lexeme, count(*) FROM chunk_terms WHERE lexeme = ANY(%s) GROUP BY lexeme", (wanted,))
        return {r[0]: int(r[1]) for r in rows}

    def known_values(self) -> dict[str, list]:
        years = [r[0] for r in self._all("SELECT DISTINCT unnest(years) AS y FROM chunks ORDER BY y")]
        types = sorted({r[0] for r in self._all("SELECT DISTINCT document_type FROM chunks")}
                       | {r[0] for r in self._all("SELECT DISTINCT document_type FROM documents")})
        dnrs = [r[0] for r in self._all(
            "SELECT DISTINCT diarienummer FROM chunks WHERE diarienummer IS NOT NULL ORDER BY 1")]
        return {"years": years, "document_types": types, "diarienummer": dnrs}

    # --- consistency -----------------------------------------------------------------------------

    def embedded_chunk_ids(self) -> set[str]:
        return {r[0] for r in self._all("SELECT chunk_id FROM chunks WHERE kind != 'table'")}

    def keyword_gaps(self) -> tuple[list[int], list[str]]:
        """Postings whose chunk is gone (by chunk row id), and chunks without terms or postings."""
        orphans = [r[0] for r in self._all(
            "SELECT DISTINCT t.chunk FROM chunk_terms t LEFT JOIN chunks c ON c.id = t.chunk WHERE c.id IS NULL")]
        missing = [r[0] for r in self._all(
            "SELECT chunk_id FROM chunks c WHERE terms IS NULL OR (term_count > 0 AND NOT EXISTS "
            "(SELECT 1 FROM chunk_terms t WHERE t.chunk = c.id)) ORDER BY id")]
        return orphans, missing

    def repair_keywords(self, orphan_rowids: Sequence[int], chunk_ids: Sequence[str]) -> None:
        chunks = self.chunks(chunk_ids)
        with self.database.transaction() as db:
            db.execute("DELETE FROM chunk_terms WHERE chunk = ANY(%s)", (list(orphan_rowids),))
            ids = dict(db.execute("SELECT chunk_id, id FROM chunks WHERE chunk_id = ANY(%s)",
                                  (list(chunks),)).fetchall())
            db.execute("DELETE FROM chunk_terms WHERE chunk = ANY(%s)", (list(ids.values()),))
            analysed = {chunk.chunk_id: terms(keyword_text(chunk)) for chunk in chunks.values()}
            for chunk_id, these in analysed.items():
                db.execute("UPDATE chunks SET terms = %s::tsvector, term_count = %s WHERE chunk_id = %s",
                           (tsvector_literal(these), term_count(these), chunk_id))
            with db.cursor() as cur:
                _write_postings(cur, [(ids[cid], a) for cid, a in analysed.items()])
            db.execute("UPDATE catalog_state SET generation = generation + 1, chunk_total = (SELECT count(*) FROM "
                       "chunks), term_total = (SELECT coalesce(sum(term_count), 0) FROM chunks)")


def postings(analysed: Sequence[str]) -> dict[str, int]:
    """How often each FTS5 token of the analysed terms occurs: the term frequencies BM25 reads."""
    counts: dict[str, int] = {}
    for term in analysed:
        for token in fts5_tokens(term):
            counts[token] = counts.get(token, 0) + 1
    return counts


def _write_postings(cur: Any, chunks: Sequence[tuple[int, Sequence[str]]]) -> None:
    """The postings of chunks (row id, analysed terms), copied in one stream."""
    with cur.copy("COPY chunk_terms (lexeme, chunk, tf) FROM STDIN") as copy:
        for row_id, analysed in chunks:
            for token, tf in postings(analysed).items():
                copy.write_row((token, row_id, tf))


_DOCUMENT_COLUMNS = ("document_id, file_name, path, file_hash, file_format, document_type, title, meeting_date, "
                     "years, pages, has_pages, chunks, embedding_model, parser_version, ingested_at, committee, "
                     "municipality")
_READ_COLUMNS = ("chunk_id, document_id, source, position, kind, text, context, fact, document_type, title, "
                 "section_path, page, line_start, line_end, meeting_date, diarienummer, years")


def term_count(analysed: Sequence[str]) -> int:
    """The chunk's length for BM25 as SQLite FTS5 counts it: its unicode61 tokenizer splits '6,1' in two."""
    return sum(len(fts5_tokens(term)) for term in analysed)


def _chunk_row(chunk: Chunk, analysed: Sequence[str]) -> tuple:
    return _text((chunk.chunk_id, chunk.document_id, chunk.source, chunk.position, chunk.kind, chunk.text,
                  chunk.context, chunk.fact, chunk.document_type, chunk.title, json.dumps(chunk.section_path),
                  chunk.page, chunk.line_start, chunk.line_end, chunk.meeting_date, chunk.diarienummer,
                  _key(chunk.diarienummer), list(chunk.years), tsvector_literal(analysed), term_count(analysed)))


def _key(diarienummer: str | None) -> str | None:
    return diarienummer_key(diarienummer) if diarienummer else None


def _record(row: tuple) -> DocumentRecord:
    return DocumentRecord(*row[:8], years=tuple(row[8]), pages=row[9], has_pages=bool(row[10]),  # type: ignore[misc]
                          chunks=row[11], embedding_model=row[12], parser_version=row[13], ingested_at=row[14],
                          committee=row[15], municipality=row[16])


def _chunk(row: tuple) -> Chunk:
    return Chunk(
        chunk_id=row[0], document_id=row[1], source=row[2], position=row[3], kind=row[4], text=row[5],
        context=row[6], fact=row[7], document_type=row[8], title=row[9], section_path=tuple(json.loads(row[10])),
        page=row[11], line_start=row[12], line_end=row[13], meeting_date=row[14], diarienummer=row[15],
        years=tuple(row[16]),
    )

