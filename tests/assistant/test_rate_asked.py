"""A question asking a rate ("Hur hög blev sjukfrånvaron …", "hur stor blir skattesatsen …", "What was the occupancy
rate …") is not answered by a sum of money: with only the budget's millions stated beside the measure's name, the
assistant refuses; with the rate stated, it answers it (an invented verksamhetsplan, ingested with the real pipeline,
Chroma and the packaged embedding model)."""

from __future__ import annotations

import pytest

from assistant.query import plan_query
from assistant.service import Assistant
from tests.conftest import assert_cited, indexed_assistant

pytestmark = pytest.mark.slow

PLAN = """# Verksamhetsplan 2026 – Vård- och omsorgsnämnden i Grävsta

## Ekonomi

Budgetramen för vård och omsorg 2026 är 628,0 mnkr, vilket är 23,5 mnkr mer än 2025 års budget. Under 2026 ska
nämnden arbeta vidare med att minska sjukfrånvaron inom vård och omsorg och öka andelen heltidsanställda.
"""
# The same plan with the rate stated.
STATED = PLAN + """
## Personal

Sjukfrånvaron inom äldreomsorgen var 8,1 procent 2025, mot 8,9 procent 2024.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("rate"), {"verksamhetsplan.md": PLAN})


@pytest.fixture(scope="module")
def stated(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("rate_stated"), {"verksamhetsplan.md": STATED})


def test_a_rate_asked_is_read_from_the_question() -> None:
    assert plan_query("Hur hög blev sjukfrånvaron inom vård och omsorg 2026?").rate
    assert plan_query("Hur stor var beläggningsgraden på korttidsboendet?").rate
    assert plan_query("What was the occupancy rate in 2023?").rate
    assert not plan_query("Hur mycket kostade hemtjänsten 2025?").rate


def test_a_rate_asked_is_not_answered_by_a_sum_of_money(assistant: Assistant) -> None:
    answer = assistant.ask("Hur hög blev sjukfrånvaron inom vård och omsorg i Grävsta 2026?")
    assert answer.abstained, answer.text


def test_a_rate_stated_answers(stated: Assistant) -> None:
    answer = stated.ask("Hur hög var sjukfrånvaron inom äldreomsorgen i Grävsta 2025?")
    assert not answer.abstained, answer.text
    assert "8,1 procent" in answer.text, answer.text
    assert_cited(stated, answer.text, answer.citations)
