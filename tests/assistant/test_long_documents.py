"""Questions over three long documents in other municipalities' formats (tests/long_documents.py): a verksamhets-
berättelse and a kommunstyrelse protokoll printed to PDF by Chromium, and a kallelse with four tjänsteskrivelser in
Word, all in one index, as a board's assistant holds several boards' and municipalities' documents."""

from __future__ import annotations

import pytest

from assistant.evaluation import normalise
from assistant.service import Assistant
from tests import long_documents
from tests.conftest import make_settings

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def long_index(chromium_path: str, tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    folder = tmp_path_factory.mktemp("long-docs")
    long_documents.print_pdf(chromium_path, long_documents.verksamhetsberattelse_html(),
                             folder / "ostervalla_von_verksamhetsberattelse_2023.pdf")
    long_documents.print_pdf(chromium_path, long_documents.protokoll_html(), folder / "hedeby_ks_protokoll_2023-11-14.pdf")
    long_documents.build_kallelse_docx(folder / "skogsang_ifn_kallelse_2024-03-19.docx")
    assistant = Assistant.from_settings(make_settings(tmp_path_factory.mktemp("long-index")))
    report = assistant.ingest([folder])
    assert report.count("added") == 3, report.outcomes
    return assistant


def _assert_cited(assistant: Assistant, citations) -> None:  # noqa: ANN001
    assert citations
    for c in citations:
        page = dict(assistant.index.catalog.pages(c.document_id))[c.page or 1]
        assert normalise(c.quote) in normalise(page), c.quote


@pytest.mark.parametrize(("question", "dnr", "title"), [
    ("Vilket diarienummer har ärendet om renhållningstaxa?", "KS 2023/0455", "Renhållningstaxa"),
    ("What is the case number of the motion about solar panels?", "KS 2023/0290", "solceller"),
])
def test_a_case_number_is_the_asked_arendes_not_the_best_letterheads(long_index: Assistant, question: str,
                                                                      dnr: str, title: str) -> None:
    """Another ärende's letterhead ("Dnr IFN 2024/0040", "Ärende 6") matches "diarienummer" and "ärende" best; the
    answer names the ärende whose subject the question asks about."""
    answer = long_index.ask(question)
    assert answer.text.startswith(f"{dnr} – ärendet «") and title in answer.text.split("»")[0], answer.text
    _assert_cited(long_index, answer.citations)


def test_a_question_in_a_strong_verbs_past_tense_is_answered(long_index: Assistant) -> None:
    """'såldes' (sälja) is no unknown word when the protokoll says 'beslutar att sälja': the sale price is given."""
    answer = long_index.ask("Hur mycket såldes Prästgården 1:14 för?")
    assert not answer.abstained and "2 350 000" in answer.text, answer.text
    _assert_cited(long_index, answer.citations)


def test_an_english_question_about_a_womens_shelter_finds_the_kvinnojour(long_index: Assistant) -> None:
    answer = long_index.ask("What is the proposed grant to the women's shelter?")
    assert not answer.abstained and "380 000" in answer.text, answer.text
    _assert_cited(long_index, answer.citations)
