"""A citation's lines are its quote's lines: the source lines the quoted sentence or table row stands on, not the
whole passage's.

A passage runs over many lines (a flattened table of a text export: 50 lines for one row; a PDF page's paragraphs),
and a reader sent to "rad 22–73" for one sentence has to look for it. Ingest stores, for each line of a page's text,
the source lines it was read from (the file's lines of a text export, the page's lines of a PDF: `catalog.page_lines`),
so the quote is found in its page's text where it meets the passage's own lines, and cited at the lines it was read
from. A quote that cannot be placed that way keeps the passage's lines: they hold it too. A sentence inside a paragraph
the export wrapped over several lines is cited at all of them: ingest joins them into one line of page text.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cached_property

from assistant.models import Citation
from index.catalog import DocumentRecord
from index.catalog_store import CatalogStore

# Documents whose page texts are kept between answers (an answer cites a few; a summary of a meeting its packet's).
_KEPT = 32

Placed = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class PageText:
    """One page's text and, for each of its lines, the first and last source line it was read from."""

    text: str
    placed: Placed

    @cached_property
    def lines(self) -> list[str]:
        return self.text.split("\n")


@dataclass(frozen=True)
class DocumentText:
    """A document's record and its pages' texts, by the page number a citation gives (None for a text export's
    one page)."""

    record: DocumentRecord | None
    pages: dict[int | None, PageText]


class PageReader:
    """The page texts and line maps of documents, each read once per catalog generation: citations are placed on
    them (LinePlacer) and meeting facts located in them (Meetings), document after document of the same packets."""

    def __init__(self, catalog: CatalogStore) -> None:
        self.catalog = catalog
        self._documents: OrderedDict[str, DocumentText] = OrderedDict()
        self._generation: int | None = None
        # The server answers on several threads at once: one clearing the cache must not pull a document from under
        # another's reordering of it.
        self._lock = threading.Lock()

    def refresh(self) -> None:
        """Forget what an older generation of the catalog said (one database read)."""
        generation = self.catalog.generation()
        with self._lock:
            if generation != self._generation:
                self._documents.clear()
                self._generation = generation

    def document(self, document_id: str, refresh: bool = True) -> DocumentText:
        """The document's pages; `refresh=False` when the caller has just refreshed (placing many citations)."""
        if refresh:
            self.refresh()
        with self._lock:
            found = self._documents.get(document_id)
            if found is not None:
                self._documents.move_to_end(document_id)
                return found
            generation = self._generation
        record = self.catalog.document(document_id)
        placed = self.catalog.page_lines(document_id)
        # A text export's one page has no number in its citations.
        found = DocumentText(record, {(number if record is None or record.has_pages else None):
                                      PageText(text, placed.get(number, ()))
                                      for number, text in self.catalog.pages(document_id)})
        with self._lock:
            if generation != self._generation:  # the index changed while it was read: not kept, it may be stale
                return found
            self._documents[document_id] = found
            if len(self._documents) > _KEPT:
                self._documents.popitem(last=False)
        return found


class LinePlacer:
    """Narrows citations to their quote's source lines, on the pages a PageReader keeps."""

    def __init__(self, reader: PageReader) -> None:
        self.reader = reader

    @property
    def catalog(self) -> CatalogStore:
        return self.reader.catalog

    def placed(self, citations: Sequence[Citation]) -> tuple[Citation, ...]:
        """Each citation at the source lines of its quote, where they meet the lines it already names; one unchanged
        when its quote is not found there. The catalog's generation is read once for all of them (a database read)."""
        if not citations:
            return ()
        self.reader.refresh()
        return tuple(self._place(c) for c in citations)

    def _place(self, citation: Citation) -> Citation:
        if not citation.document_id or not citation.quote.strip():
            return citation
        page = self.reader.document(citation.document_id, refresh=False).pages.get(citation.page)
        span = quote_lines(page, citation.quote, (citation.line_start, citation.line_end)) if page else None
        if span is None or span == (citation.line_start, citation.line_end):
            return citation
        return replace(citation, line_start=span[0], line_end=span[1])


def quote_lines(page: PageText, quote: str, within: tuple[int, int]) -> tuple[int, int] | None:
    """The first and last source line of the quote's first occurrence in the page text whose lines meet `within` (the
    passage's lines: a list item's passage may name only the first of the two lines it was printed on). The quote is
    looked for verbatim, else line by line with runs of whitespace as one (a table row's cells are joined by single
    tabs in its quote). None when it is not there."""
    text, placed = page.text, page.placed
    if not placed:
        return None
    quote = quote.strip()
    for start in _occurrences(text, quote):
        first = text.count("\n", 0, start)
        last = first + quote.count("\n")
        span = _span(placed, first, last, within)
        if span:
            return span
    # Whitespace differs (cells joined by one tab, a wrapped line joined by a space): compare lines with runs of
    # whitespace folded, the quote's lines as consecutive lines of the page.
    wanted = [_folded(line) for line in quote.split("\n") if line.strip()]
    if not wanted:
        return None
    lines = [_folded(line) for line in text.split("\n")]
    for first in range(len(lines) - len(wanted) + 1):
        if lines[first:first + len(wanted)] == wanted:
            span = _span(placed, first, first + len(wanted) - 1, within)
            if span:
                return span
    return None


def _occurrences(text: str, quote: str) -> list[int]:
    found, at = [], text.find(quote)
    while at >= 0:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def _span(placed: Placed, first: int, last: int, within: tuple[int, int]) -> tuple[int, int] | None:
    if last >= len(placed):
        return None
    span = (placed[first][0], placed[last][1])
    return span if span[0] <= within[1] and within[0] <= span[1] else None


def _folded(line: str) -> str:
    return re.sub(r"\s+", " ", line).strip()
