"""A citation found by `Meetings.locate` (where and when a meeting was held, who took part, a tjänsteskrivelse's
handläggare, a decision's recipients) cites the lines of the source file that hold its quote, as a chunk's citation
does: the file's lines for a text export, the page's lines as the PDF reader counts them for a PDF. The catalog's
page text leaves out blank lines and joins wrapped ones, so its own line numbers are no place in the file."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from assistant.models import Citation
from assistant.service import Assistant
from tests.conftest import SHARED, make_settings
from tests.source_lines import cited_words, part_of

PROTOKOLL_TEXT = SHARED / "corpus-protokoll"
PROTOKOLL_PDF = SHARED / "corpus-protokoll-pdf"


@pytest.fixture(scope="module")
def protokoll_assistant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    """The three test protokoll, each as text export and as PDF (read by pypdf)."""
    assistant = Assistant.from_settings(make_settings(tmp_path_factory.mktemp("located")))
    report = assistant.ingest([PROTOKOLL_TEXT, PROTOKOLL_PDF])
    assert report.count("added") == 6, [o for o in report.outcomes if o.status != "added"]
    yield assistant


def assert_cites_its_lines(assistant: Assistant, citation: Citation) -> None:
    """The cited lines hold every word of the quote, and their first and last line are lines of the quote; a
    paragraph's or a text export's lines hold nothing else. A PDF table's row may share its lines with the cells of
    the next row (a cell wrapped over three lines beside one of one line), so there only the ends are checked."""
    cited, words, quoted = cited_words(assistant, citation)
    where = (citation.source, citation.page, citation.line_start, citation.line_end, citation.quote)
    shared = citation.page is not None and "\t" in citation.quote
    for line, line_words in zip(cited, words, strict=True):
        if shared and line not in (cited[0], cited[-1]):
            continue
        stray = [w for w in line_words if not part_of(w, quoted)]
        assert (stray == [] if not shared else not line_words or len(stray) < len(line_words)), (where, line, stray)


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
