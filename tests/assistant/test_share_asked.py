"""A question asking a share ("Hur stor andel …", "What share …") is answered only by a share — a per cent, "X av
Y", a fraction — not by the sum or count it would be a share of: with only the total stated, the assistant refuses;
with the share stated, it answers it (an invented uppföljning, ingested with the real pipeline, Chroma and the
packaged embedding model)."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from tests.conftest import assert_cited, indexed_assistant

pytestmark = pytest.mark.slow

REPORT = """# Uppföljning januari–september 2025 – Socialnämnden i Grävsta

## Ekonomiskt bistånd

Utbetalt ekonomiskt bistånd januari–september uppgår till 34 820 tkr, mot en budget om 31 500 tkr. I september fick
612 hushåll ekonomiskt bistånd, att jämföra med 578 hushåll i september året innan.

## Placeringar

Av de 48 barn som var placerade den 30 september var 35 placerade i familjehem. Kostnaden för placeringar
uppgår till 21 400 tkr.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("share"), {"uppfoljning.md": REPORT})


def test_a_share_asked_of_a_total_the_report_does_not_divide_is_refused(assistant: Assistant) -> None:
    answer = assistant.ask("Hur stor andel av det ekonomiska biståndet i Grävsta gick till hyra?")
    assert answer.abstained, answer.text


@pytest.mark.parametrize(("question", "expected"), [
    ("Hur stor andel av de placerade barnen i Grävsta var placerade i familjehem?", ("35", "48")),
    ("What share of the placed children in Grävsta were in foster homes?", ("35", "48")),
])
def test_a_share_stated_as_x_of_y_answers(assistant: Assistant, question: str, expected: tuple[str, ...]) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert all(figure in answer.text for figure in expected), answer.text
    assert_cited(assistant, answer.text, answer.citations)
