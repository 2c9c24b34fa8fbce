"""The catalog and keyword index behind one interface, so the index and the assistant do not care whether it is the
zero-setup SQLite file in the data dir or a PostgreSQL database shared by several instances.

Implementations are registered by name: 'sqlite' (index/catalog.py) and 'postgres' (index/pg_catalog.py). A
`postgresql://` database URL chooses 'postgres'; no URL keeps the SQLite file."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from index.errors import ConfigurationError

if TYPE_CHECKING:
    from index.board_catalog import BoardDocument
    from index.catalog import DocumentRecord, KeywordFilter
    from ingest.models import AgendaItem, BoardItem, Chunk, ParsedDocument


class WriterLockLike(Protocol):
    """One writer at a time: re-entrant within a thread, told through `on_wait` once when it has to wait."""

    def hold(self, on_wait: Callable[[str], None] | None = None) -> AbstractContextManager[None]: ...


class CatalogStore(Protocol):
    """What the index, the assistant, the meetings view and the consistency check read and write."""

    def generation(self) -> int: ...

    def close(self) -> None: ...

    def atomic(self) -> AbstractContextManager[None]:
        """One transaction around several writes of this thread (and of a vector store in the same database)."""
        ...

    def writer_lock(self, timeout: float) -> WriterLockLike: ...

    def describe(self) -> str:
        """Where the catalog lives, for messages ('data/catalog.sqlite3', 'PostgreSQL')."""
        ...

    # documents
    def document(self, document_id: str) -> DocumentRecord | None: ...

    def documents(self) -> list[DocumentRecord]: ...

    def pages(self, document_id: str) -> list[tuple[int, str]]: ...

    def page_lines(self, document_id: str) -> dict[int, tuple[tuple[int, int], ...]]:
        """Where each line of each page's text stands in the source, by page number: the first and last line of
        the file (of the page, for a PDF), as chunks count them."""
        ...

    def agenda(self, document_id: str) -> list[AgendaItem]: ...

    def arende_title(self, diarienummer: str) -> str | None: ...

    def replace_document(self, parsed: ParsedDocument, embedding_model: str) -> None: ...

    def remove_document(self, document_id: str) -> None: ...

    # meetings
    def board_documents(self) -> list[BoardDocument]: ...

    def board_items(self, document_id: str) -> list[BoardItem]: ...

    def chunk_at(self, document_id: str, page: int | None, line: int) -> Chunk | None: ...

    # chunks and keywords
    def chunk_ids(self, document_id: str) -> list[str]: ...

    def chunks(self, chunk_ids: Sequence[str]) -> dict[str, Chunk]: ...

    def neighbours(self, chunk: Chunk, before: int = 1, after: int = 1) -> list[Chunk]: ...

    def chunks_for_diarienummer(self, diarienummer: str, limit: int = 50) -> list[Chunk]: ...

    def chunk_count(self) -> int: ...

    def keyword_search(self, query_terms: Sequence[str], k: int, where: KeywordFilter) -> list[tuple[str, float]]:
        """BM25 over the analysed terms (index/swedish.py); (chunk_id, score), higher is better."""
        ...

    def document_frequency(self, term: str) -> int: ...

    def documents_using(self, term: str) -> frozenset[str]:
        """The documents at least one of whose chunks has a normalised term."""
        ...

    def document_frequencies(self, terms: Sequence[str]) -> dict[str, int]:
        """Counts of many single terms at once; a term that occurs nowhere is left out."""
        ...

    def known_values(self) -> dict[str, list]: ...

    # consistency (index/doctor.py)
    def embedded_chunk_ids(self) -> set[str]: ...

    def keyword_gaps(self) -> tuple[list[int], list[str]]: ...

    def repair_keywords(self, orphan_rowids: Sequence[int], chunk_ids: Sequence[str]) -> None: ...


def _sqlite(location: str) -> CatalogStore:
    from index.catalog import Catalog

    return Catalog(Path(location))


def _postgres(location: str) -> CatalogStore:
    from index.pg_catalog import PostgresCatalog
    from index.pg_database import open_database

    return PostgresCatalog(open_database(location))


CATALOG_STORES: dict[str, Callable[[str], CatalogStore]] = {"sqlite": _sqlite, "postgres": _postgres}


def is_database_url(value: str | None) -> bool:
    return bool(value) and value.split("://", 1)[0] in ("postgresql", "postgres")  # type: ignore[union-attr]


def check_database_url(database_url: str) -> None:
    if not is_database_url(database_url):
        raise ConfigurationError("NAMND_DATABASE_URL ska börja med postgresql:// (t.ex. "
                                 "postgresql://namnd@dbhost/namnd); lämna den tom för SQLite i data-mappen.")


def make_catalog_store(database_url: str | None, sqlite_path: Path) -> CatalogStore:
    """PostgreSQL when a database URL is given, else the SQLite file at `sqlite_path` (the default)."""
    if not database_url:
        return CATALOG_STORES["sqlite"](str(sqlite_path))
    check_database_url(database_url)
    return CATALOG_STORES["postgres"](database_url)
