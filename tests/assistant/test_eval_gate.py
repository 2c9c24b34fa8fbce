"""The evaluation gate: retrieval and answers on the dev set must not slide back.

The thresholds sit a little under the figures measured when they were set over the PDFs and text exports
together (recall@5 0.94, MRR 0.88, answers 0.89, abstention 1.00 / 0.00; see the README);
the full table comes from `namnd eval`, not from here."""

from __future__ import annotations

import pytest

from assistant.evaluation import evaluate, load_gold
from assistant.service import Assistant
from tests.conftest import GOLD

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def overall(corpus_assistant: Assistant) -> dict[str, float | None]:
    pages: dict[str, dict[int, str]] = {}

    def page_text(document_id: str, page: int | None) -> str:
        if document_id not in pages:
            pages[document_id] = dict(corpus_assistant.index.catalog.pages(document_id))
        return pages[document_id].get(page or 1, "")

    report = evaluate(load_gold(GOLD), lambda q: corpus_assistant.search(q, 10), corpus_assistant.ask, page_text)
    return report.rows()["overall"]


def test_retrieval_recall(overall: dict[str, float | None]) -> None:
    assert overall["recall@5"] >= 0.92
    assert overall["mrr@10"] >= 0.82


def test_answers_contain_the_gold_figures(overall: dict[str, float | None]) -> None:
    assert overall["answer_contains"] >= 0.85


def test_every_citation_is_verbatim_in_its_page(overall: dict[str, float | None]) -> None:
    assert overall["citations_valid"] == 1.0


def test_abstention(overall: dict[str, float | None]) -> None:
    assert overall["abstained_unanswerable"] >= 0.9
    assert overall["false_abstention"] <= 0.05
