"""A question asking two figures of different kinds — how many, and what it costs — where each is stated in a
sentence of its own (an invented tjänsteskrivelse, ingested with the real pipeline, Chroma and the packaged embedding
model). Before, the evidence model's "no figure of the asked kind" signal looked for one sentence stating both, found
none and refused; a figure of either part's kind answers a part."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.query import plan_query
from tests.conftest import assert_answered

pytestmark = pytest.mark.slow

MEMO = """# Sommarjobb för ungdomar 2026

Tjänsteskrivelse, kommunstyrelsen, Västerlunda kommun, 2026-02-10

## Ärendebeskrivning

Arbetsmarknadsenheten föreslår att kommunen erbjuder 240 platser för sommarjobb sommaren 2026 för ungdomar i gymnasieåldern.

Platserna finns inom äldreomsorgen, parkförvaltningen och föreningslivet.

## Ekonomiska konsekvenser

Den totala kostnaden beräknas till 4 380 tkr och finansieras ur kommunstyrelsens anslag för arbetsmarknadsåtgärder.

## Förslag till beslut

Kommunstyrelsen beslutar att genomföra sommarjobb för ungdomar sommaren 2026 enligt förvaltningens förslag.
"""


@pytest.mark.parametrize("question", [
    "Hur många platser för sommarjobb erbjuder Västerlunda ungdomar 2026, och vad kostar det?",
    "How many summer job places will Västerlunda offer young people in 2026, and what will it cost?",
])
def test_a_count_and_a_sum_asked_together_are_answered_from_two_sentences(tmp_path: Path, question: str) -> None:
    assert_answered(tmp_path, {"tjansteskrivelse.md": MEMO}, question, "240", "4 380")


@pytest.mark.parametrize(("question", "count", "money"), [
    ("Hur många platser för sommarjobb erbjuds 2026, och vad kostar det?", False, True),
    ("How many summer job places are offered in 2026, and what is the estimated annual cost?", False, None),
    # A later part that asks no figure of its own words asks the first part's kind.
    ("Hur många platser för sommarjobb erbjuds 2026, och hur många för gymnasieelever?", True, False),
])
def test_a_later_part_asking_its_own_figure_asks_its_own_kind(question: str, count: bool, money: bool | None) -> None:
    second = plan_query(question, 2026).parts[1]
    assert second.quantity
    assert second.count is count
    if money is not None:
        assert second.money is money
