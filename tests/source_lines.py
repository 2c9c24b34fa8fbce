"""Where a citation points in its source: the lines its numbers count (the file's for a text export, the cited page's
for a PDF) and the words of a quote as the tests compare them. Shared by the citation-line tests."""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from assistant.models import Citation
from assistant.service import Assistant
from ingest.normalize import strip_markup
from ingest.pdf_reader import numbered_lines

# A personal identity number is masked in everything indexed, the quote too; the file keeps it.
MASK = "ååååmmddxxxx"


def quote_words(text: str) -> list[str]:
    """Words as compared: markup and dashes dropped ("e-post" and a cell's "e-" / "post" read alike)."""
    return re.findall(r"\w+", re.sub(r"[-–−‐]", "", unicodedata.normalize("NFKC", strip_markup(text)).casefold()))


def part_of(word: str, quoted: list[str]) -> bool:
    """A word of the quote, or a piece of one that a hyphen broke over two lines."""
    return word in quoted or any(q.startswith(word) or q.endswith(word) for q in quoted) or \
        (MASK in quoted and word.isdigit() and len(word) in (10, 12))


def held(word: str, cited: list[list[str]]) -> bool:
    """A word of the quote stands in the cited lines, whole or broken over two of them (a hyphenated word, a
    table cell's "2023-01-" / "01")."""
    if word == MASK or any(word in line for line in cited):
        return True
    return any(word[:k] in line and any(word[k:] in later for later in cited[n + 1:])
               for k in range(1, len(word)) for n, line in enumerate(cited))


def source_lines(assistant: Assistant, citation: Citation) -> list[str]:
    """The lines a citation's numbers count: the file's for a text export, the cited page's for a PDF."""
    record = assistant.index.catalog.document(citation.document_id)
    assert record is not None
    path = Path(record.path)
    if record.has_pages:
        assert citation.page is not None
        return numbered_lines(path, path.read_bytes())[citation.page - 1]
    return path.read_text(encoding="utf-8").splitlines()


def cited_words(assistant: Assistant, citation: Citation) -> tuple[list[str], list[list[str]], list[str]]:
    """The cited source lines, the words of each and the words of the quote, once it is checked that the cited lines
    exist and hold every word of the quote."""
    lines = source_lines(assistant, citation)
    where = (citation.source, citation.page, citation.line_start, citation.line_end, citation.quote)
    assert 1 <= citation.line_start <= citation.line_end <= len(lines), where
    cited = lines[citation.line_start - 1 : citation.line_end]
    words = [quote_words(line) for line in cited]
    quoted = quote_words(citation.quote)
    assert [w for w in quoted if not held(w, words)] == [], (where, cited)
    return cited, words, quoted
