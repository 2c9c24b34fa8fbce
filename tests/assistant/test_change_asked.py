"""Asked by how much something changed, answered by a passage that states both figures: the difference leads the
answer, computed from the cited figures and citing them (assistant/change.py). Invented documents in other
municipalities' formats, ingested with the real pipeline, Chroma and the packaged embedding model."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.change import asks_change
from assistant.service import Assistant
from tests.conftest import assert_cited, indexed_assistant

pytestmark = pytest.mark.slow

# A budget with each board's frame per year (markdown table, thousands of kronor in the caption).
BUDGET = """# Mål och budget 2026 med plan 2027–2028

Ekby kommun, kommunfullmäktige

## Driftramar per nämnd (tkr)

| Nämnd | Budget 2025 | Budget 2026 | Plan 2027 |
|---|---|---|---|
| Kultur- och fritidsnämnden | 48 200 | 51 900 | 52 700 |
| Miljö- och byggnadsnämnden | 21 400 | 20 800 | 21 100 |

Ramarna räknas upp med 2,1 procent för löner och priser.
"""

# A tjänsteskrivelse proposing new fees: a before/after table and a sentence comparing two years.
FEES = """# Ny taxa för Ekbybadet 2026

Ekby kommun, kultur- och fritidsförvaltningen

## Förslag till avgifter

| Avgift | Nuvarande avgift | Föreslagen avgift |
|---|---|---|
| Årskort för pensionärer | 1 150 kr | 1 300 kr |

## Intäkter

Badets intäkter från entréavgifter beräknas bli 2 840 000 kronor 2026, jämfört med 2 610 000 kronor 2025.

Besöken minskade från 96 400 år 2024 till 91 200 år 2025, en minskning med 5 200 besök.
"""


# Key ratios of a year against the year before (a table with one column per year).
RATIOS = """# Nyckeltal individ- och familjeomsorg 2025

Ekby kommun, socialnämnden

## Ekonomiskt bistånd

| Nyckeltal | Utfall 2024 | Utfall 2025 |
|---|---|---|
| Hushåll med försörjningsstöd, antal per månad | 412 | 455 |

Ökningen förklaras av fler hushåll med långvarigt bistånd.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root: Path = tmp_path_factory.mktemp("change")
    return indexed_assistant(root, {"ekby_budget_2026.md": BUDGET, "ekby_badtaxa_2026.md": FEES,
                                     "ekby_ifo_nyckeltal_2025.md": RATIOS})


@pytest.mark.parametrize(("question", "line"), [
    ("Hur mycket ökar kultur- och fritidsnämndens ram i Ekby från 2025 till 2026?",
     "Från 48 200 till 51 900 är en ökning med 3 700 tkr (7,7 procent)."),
    ("Hur mycket höjs årskortet för pensionärer på Ekbybadet?",
     "Från 1 150 kr till 1 300 kr är en ökning med 150 kr (13,0 procent)."),
    ("Hur mycket mer i entréavgifter räknar Ekbybadet med att få in 2026 jämfört med 2025?",
     "Från 2 610 000 kronor till 2 840 000 kronor är en ökning med 230 000 kronor (8,8 procent)."),
    ("Hur många fler hushåll fick försörjningsstöd i Ekby 2025 jämfört med 2024?",
     "Från 412 till 455 är en ökning med 43 (10,4 procent)."),
])
def test_the_change_between_the_cited_figures_leads(assistant: Assistant, question: str, line: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained and answer.text.startswith(line), answer.text
    assert_cited(assistant, answer.text, answer.citations)
    # The line cites the passage stating both figures it is computed from.
    marker = int(re.match(r"\s*\[(\d+)\]", answer.text[len(line):])[1])
    quote = " ".join(next(c.quote for c in answer.citations if c.n == marker).split())
    before, after = (re.match(r"[\d ]*\d", figure)[0] for figure in re.match(r"Från (.+?) till (.+?) är", line).groups())
    assert before in quote and after in quote, quote

def test_a_decrease_of_a_frame_is_a_decrease(assistant: Assistant) -> None:
    answer = assistant.ask("Med hur mycket minskar miljö- och byggnadsnämndens ram från 2025 till 2026?")
    assert answer.text.startswith("Från 21 400 till 20 800 är en minskning med 600 tkr (2,8 procent)."), answer.text


def test_a_change_the_passage_states_is_not_computed_again(assistant: Assistant) -> None:
    answer = assistant.ask("Hur mycket minskade besöken på Ekbybadet mellan 2024 och 2025?")
    assert not answer.abstained and "5 200" in answer.text, answer.text
    assert not answer.text.startswith("Från "), answer.text


def test_a_question_for_a_figure_gets_no_change() -> None:
    assert asks_change("Med hur mycket ökar ramen?")
    assert asks_change("By how much did the fees increase?")
    assert asks_change("Hur mycket mer kostar kortet?")
    assert asks_change("Hur många fler elever får skolskjuts?") and asks_change("How many fewer visits were there?")
    assert not asks_change("Hur mycket kostar årskortet för pensionärer?")
    assert not asks_change("Hur stort var underskottet 2022?")
