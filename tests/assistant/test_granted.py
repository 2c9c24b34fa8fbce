"""'Bevilja' asked as a board's decision ("Har fullmäktige beviljat …?", "Beviljade fullmäktige …?") while the
documents hold only the request: no decision is told. Its participle ("beviljade insatser", "beviljat bistånd") asks
no decision."""

from __future__ import annotations

import pytest

from assistant.query import asks_decided
from assistant.service import Assistant
from tests.conftest import assert_cited, indexed_assistant

pytestmark = pytest.mark.slow

# A tjänsteskrivelse whose proposal asks fullmäktige for more money: fullmäktige has decided nothing yet.
MEMO = """# Sjöby kommun – Tekniska förvaltningen

Tjänsteskrivelse 2026-03-02

## Utökad budget för ombyggnaden av Hamngatan

Ombyggnaden av Hamngatan har blivit dyrare än beräknat, främst på grund av ledningar som behövt flyttas.

## Förslag till beslut

Tekniska nämnden beslutar
- att hos kommunfullmäktige begära att budgeten för ombyggnaden av Hamngatan utökas med 2 400 tkr till 14 900 tkr.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("granted"), {"sjoby_tn_hamngatan.md": MEMO})


@pytest.mark.parametrize("question", ["Har kommunfullmäktige i Sjöby beviljat den utökade budgeten för Hamngatan?",
                                      "Beviljade kommunfullmäktige den utökade budgeten för Hamngatan?"])
def test_asked_whether_granted_a_request_alone_is_no_decision(assistant: Assistant, question: str) -> None:
    assert asks_decided(question)
    answer = assistant.ask(question)
    assert answer.abstained, answer.text
    assert answer.text.startswith("Jag hittar inget beslut") and "2 400 tkr" in answer.text, answer.text
    assert_cited(assistant, answer.text, answer.citations)


@pytest.mark.parametrize("question", ["Hur många beviljade insatser var inte verkställda?",
                                      "Hur mycket beviljat bistånd betalades ut 2025?",
                                      "Fanns det beviljade beslut som väntat mer än tre månader?"])
def test_the_participle_asks_no_decision(question: str) -> None:
    assert not asks_decided(question)
