"""A citation found by `Meetings.locate` (where and when a meeting was held, who took part, a tjänsteskrivelse's
handläggare, a decision's recipients) cites the lines of the source file that hold its quote, as a chunk's citation
does: the file's lines for a text export, the page's lines as the PDF reader counts them for a PDF. The catalog's
page text leaves out blank lines and joins wrapped ones, so its own line numbers are no place in the file."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.models import Citation
from assistant.service import Assistant
from ingest.normalize import strip_markup
from ingest.pdf_reader import numbered_lines
from tests.conftest import SHARED, make_settings

PROTOKOLL_TEXT = SHARED / "corpus-protokoll"
PROTOKOLL_PDF = SHARED / "corpus-protokoll-pdf"


@pytest.fixture(scope="module")
def protokoll_assistant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    """The three test protokoll, each as text export and as PDF (read by pypdf)."""
    assistant = Assistant.from_settings(make_settings(tmp_path_factory.mktemp("located")))
    report = assistant.ingest([PROTOKOLL_TEXT, PROTOKOLL_PDF])
    assert report.count("added") == 6, [o for o in report.outcomes if o.status != "added"]
    yield assistant


# A personal identity number is masked in everything indexed, the quote too; the file keeps it.
_MASK = "ååååmmddxxxx"


def _words(text: str) -> list[str]:
    """Words as compared: markup and dashes dropped ("e-post" and a cell's "e-" / "post" read alike)."""
    return re.findall(r"\w+", re.sub(r"[-–−‐]", "", unicodedata.normalize("NFKC", strip_markup(text)).casefold()))


def _part_of(word: str, quoted: list[str]) -> bool:
    """A word of the quote, or a piece of one that a hyphen broke over two lines."""
    return word in quoted or any(q.startswith(word) or q.endswith(word) for q in quoted) or \
        (_MASK in quoted and word.isdigit() and len(word) in (10, 12))


def _held(word: str, cited: list[list[str]]) -> bool:
    """A word of the quote stands in the cited lines, whole or broken over two of them (a hyphenated word, a
    table cell's "2023-01-" / "01")."""
    if word == _MASK or any(word in line for line in cited):
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


def assert_cites_its_lines(assistant: Assistant, citation: Citation) -> None:
    """The cited lines hold every word of the quote, and their first and last line are lines of the quote; a
    paragraph's or a text export's lines hold nothing else. A PDF table's row may share its lines with the cells of
    the next row (a cell wrapped over three lines beside one of one line), so there only the ends are checked."""
    lines = source_lines(assistant, citation)
    where = (citation.source, citation.page, citation.line_start, citation.line_end, citation.quote)
    assert 1 <= citation.line_start <= citation.line_end <= len(lines), where
    cited = lines[citation.line_start - 1 : citation.line_end]
    quoted = _words(citation.quote)
    words = [_words(line) for line in cited]
    assert [w for w in quoted if not _held(w, words)] == [], (where, cited)
    shared = citation.page is not None and "\t" in citation.quote
    for line, held in zip(cited, words, strict=True):
        if shared and line not in (cited[0], cited[-1]):
            continue
        stray = [w for w in held if not _part_of(w, quoted)]
        assert (stray == [] if not shared else not held or len(stray) < len(held)), (where, line, stray)


def test_a_handlaggare_is_cited_at_the_letterhead_lines_of_the_file(corpus_assistant: Assistant) -> None:
    # The kallelse's letterhead for the budget 2023 ärende stands at lines 697–700 of 001_dd2203c0605088ab.txt; its
    # line in the catalog's page text is 432.
    for question in ("Vem är handläggare för nämndens plan med budget 2023?",
                     "Vem är handläggare för återrapporteringen om dataskyddsefterlevnad?"):
        answer = corpus_assistant.ask(question)
        assert answer.citations and "handläggare" in answer.citations[0].quote.lower(), answer.text
        for citation in answer.citations:
            assert_cites_its_lines(corpus_assistant, citation)


def test_proposed_recipients_are_cited_at_their_lines_of_the_file(corpus_assistant: Assistant) -> None:
    # No protokoll in this index: the recipients are the tjänsteskrivelse's list, found in the kallelse's page text.
    answer = corpus_assistant.ask("Vart expedieras beslutet om internkontrollplanen 2023?")
    assert answer.partial and answer.citations, answer.text
    for citation in answer.citations:
        assert_cites_its_lines(corpus_assistant, citation)


@pytest.mark.parametrize("question", [
    "Vem justerade protokollet från socialnämndens sammanträde den 15 augusti 2018, och när skedde justeringen?",
    "När och var hölls socialnämndens sammanträde där årsredovisningen för 2022 behandlades?",
    "Vilka var beslutande vid socialnämndens sammanträde den 17 april 2024?",
])
def test_meeting_facts_are_cited_at_their_lines_of_the_file(protokoll_assistant: Assistant, question: str) -> None:
    answer = protokoll_assistant.ask(question)
    assert answer.citations and not answer.abstained, answer.text
    for citation in answer.citations:
        assert_cites_its_lines(protokoll_assistant, citation)


def _sweep(assistant: Assistant, file_names: tuple[str, ...], step: int) -> int:
    """Locate every `step`-th line of each named meeting document's page text by its own words and check the lines
    the citation gives. Returns how many were checked."""
    meetings = assistant.meetings
    views = meetings.all()
    by_name = {r.file_name: r.document_id for r in assistant.documents()}
    checked = 0
    for name in file_names:
        document_id = by_name[name]
        view = next(v for v in views if any(s.document_id == document_id for s in v.sources))
        lines = [line for _, text in assistant.index.catalog.pages(document_id) for line in text.split("\n")]
        for line in lines[::step]:
            anchor = line.strip()[:60].strip()
            if len(anchor) < 4:
                continue
            citation = meetings.locate(view, document_id, anchor)
            assert citation is not None, (name, anchor)
            assert_cites_its_lines(assistant, citation)
            checked += 1
    return checked


@pytest.mark.parametrize("file_names", [
    ("protokoll_2018-08-15.txt", "protokoll_2023-02-22.txt", "protokoll_2024-04-17.txt"),
    ("protokoll_2018-08-15.pdf", "protokoll_2023-02-22.pdf", "protokoll_2024-04-17.pdf"),
])
def test_any_line_of_a_protokoll_is_cited_at_its_own_lines(protokoll_assistant: Assistant,
                                                            file_names: tuple[str, ...]) -> None:
    """Paragraphs, headings, list items and the rows of the first page's field grid, text export and PDF."""
    assert _sweep(protokoll_assistant, file_names, step=3) > 100


@pytest.mark.parametrize("file_names", [
    ("000_6424b87df5d164a5.txt", "001_dd2203c0605088ab.txt", "004_89afa5b7fa4a89ee.txt"),
    ("000_6424b87df5d164a5.pdf", "001_dd2203c0605088ab.pdf", "004_89afa5b7fa4a89ee.pdf"),
])
def test_any_line_of_a_kallelse_is_cited_at_its_own_lines(corpus_assistant: Assistant,
                                                           file_names: tuple[str, ...]) -> None:
    """The kallelser's agenda tables, letterheads and tjänsteskrivelser, text export and PDF."""
    assert _sweep(corpus_assistant, file_names, step=17) > 100
