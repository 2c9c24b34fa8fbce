"""Which row of a table has the largest deficit, or which rows went with a surplus: read from the figures of an
invented municipality's report (a markdown table of operating results and one of investments, costs written
positive), not from the words of the sentences around them."""

from __future__ import annotations

import re

import pytest

from assistant.extremes import TableAsk, table_ask
from assistant.service import Assistant
from index.swedish import terms
from tests.conftest import assert_cited, indexed_assistant, make_settings

pytestmark = pytest.mark.slow

REPORT = """# Kultur- och fritidsnämnden – Årsbokslut 2024

Lövbacka kommun

## Ekonomiskt resultat

Kultur- och fritidsnämnden redovisar ett samlat resultat på -1 150 tkr för 2024. Kostnaderna för
badanläggningarna steg under året när energipriserna ökade.

### Driftredovisning per verksamhet (tkr)

| Verksamhet | Budget 2024 | Utfall 2024 | Avvikelse 2024 |
|---|---|---|---|
| Bibliotek | 14 200 | 13 650 | 550 |
| Badanläggningar | 9 800 | 11 940 | -2 140 |
| Fritidsgårdar | 6 300 | 6 410 | -110 |
| Kulturskola | 8 900 | 8 350 | 550 |
| Föreningsbidrag | 5 100 | 4 700 | 400 |
| Summa | 44 300 | 45 050 | -750 |

### Investeringar (tkr)

| Projekt | Budget 2024 | Utfall 2024 | Avvikelse 2024 |
|---|---|---|---|
| Konstgräsplan Norrvik | 4 000 | 1 200 | 2 800 |
| Ny scen i Folkparken | 900 | 950 | -50 |
"""


@pytest.fixture(scope="module")
def lovbacka(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    folder = tmp_path_factory.mktemp("lovbacka")
    (folder / "kfn_arsbokslut_2024.md").write_text(REPORT, encoding="utf-8")
    assistant = Assistant.from_settings(make_settings(tmp_path_factory.mktemp("lovbacka-index")))
    assert assistant.ingest([folder]).count("added") == 1
    return assistant


def _lead(text: str) -> str:
    """The answer's first sentence (up to the first citation marker's full stop)."""
    return text.split("]. ", 1)[0]


def test_the_row_with_the_largest_deficit_is_read_from_the_figures(lovbacka: Assistant) -> None:
    answer = lovbacka.ask("Vilken verksamhet hade störst underskott 2024?")
    assert not answer.abstained, answer.text
    lead = _lead(answer.text)
    assert lead.startswith("Störst underskott"), answer.text
    assert "Badanläggningar -2 140" in lead and "Fritidsgårdar" not in lead
    # Investments are not a board's deficit: the stage's -50 is not compared.
    assert "scen" not in lead.lower()
    assert_cited(lovbacka, answer.text, answer.citations)


def test_the_smallest_surplus_and_the_rows_with_a_surplus(lovbacka: Assistant) -> None:
    smallest = _lead(lovbacka.ask("Vilken verksamhet hade minst överskott 2024?").text)
    assert "Föreningsbidrag 400" in smallest
    listed = lovbacka.ask("Vilka verksamheter gick med överskott 2024?")
    lead = _lead(listed.text)
    assert lead.startswith("Med överskott"), listed.text
    named = set(re.findall(r"(Bibliotek|Badanläggningar|Fritidsgårdar|Kulturskola|Föreningsbidrag|Summa)", lead))
    assert named == {"Bibliotek", "Kulturskola", "Föreningsbidrag"}
    assert_cited(lovbacka, listed.text, listed.citations)


def test_investments_are_compared_only_when_asked(lovbacka: Assistant) -> None:
    lead = _lead(lovbacka.ask("Vilket investeringsprojekt hade störst överskott 2024?").text)
    assert "Konstgräsplan Norrvik 2 800" in lead


def test_a_deficit_written_in_parentheses_is_negative(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Accounts write a negative in parentheses ("(7 500)"): without the sign, another table's deficit was chosen."""
    folder = tmp_path_factory.mktemp("nordby")
    (folder / "von_manadsrapport.md").write_text(
        "# Vård- och omsorgsnämnden – Månadsrapport oktober 2025\n\nNordby kommun\n\n"
        "### Driftredovisning per verksamhet (tkr)\n\n| Verksamhet | Budget 2025 | Prognos 2025 | Avvikelse |\n"
        "|---|---|---|---|\n| Hemtjänst | 124 600 | 123 350 | 1 250 |\n| Särskilt boende | 182 300 | 189 800 | (7 500) |\n"
        "| LSS-boende | 96 200 | 98 380 | (2 180) |\n| Summa | 403 100 | 411 530 | (8 430) |\n", encoding="utf-8")
    assistant = Assistant.from_settings(make_settings(tmp_path_factory.mktemp("nordby-index")))
    assert assistant.ingest([folder]).count("added") == 1

    largest = assistant.ask("Vilken verksamhet har störst underskott 2025?")
    assert _lead(largest.text).startswith("Störst underskott") and "Särskilt boende (7 500)" in largest.text, largest.text
    listed = _lead(assistant.ask("Vilka verksamheter går med underskott 2025?").text)
    assert "Särskilt boende" in listed and "LSS-boende" in listed and "Hemtjänst" not in listed, listed
    assert_cited(assistant, largest.text, largest.citations)


@pytest.mark.parametrize("question", [
    "Vilket underskott redovisade kultur- och fritidsnämnden 2024?",  # the deficit itself, not a row
    "Vilket år hade nämnden störst underskott?",  # the columns, not the rows
    "Vilken verksamhet hade störst underskott 2019?",  # no table of that year
])
def test_questions_that_ask_no_row_are_left_to_the_answer(lovbacka: Assistant, question: str) -> None:
    answer = lovbacka.ask(question)
    assert not answer.text.startswith(("Störst", "Med underskott")), answer.text


def test_what_a_question_asks_of_a_table() -> None:
    assert table_ask("Vilka enheter gick back 2022?") == table_ask("Which units overspent in 2022?")
    assert table_ask("Vilken nämnd hade störst överskott?").largest is True
    # Another column is asked by the noun its superlative qualifies; the table's signs decide whether it answers.
    assert table_ask("Vilken enhet hade lägst kostnad 2022?") == TableAsk(False, 0, tuple(terms("kostnad")))
    assert table_ask("Hur många deltagare hade insatsen som mest?") is None  # no "which", no row asked
    assert table_ask("Hur stort var underskottet 2022?") is None


RESULTS = """# Samordningsförbundet Ekådalen – Verksamhetsberättelse 2025

## Resultat per insats 2025

| Insats | Deltagare | Till arbete eller studier | Andel, % | Kostnad, tkr |
|---|---|---|---|---|
| Steget vidare | 88 | 21 | 23,9 | 1 860 |
| UngKraft | 52 | 24 | 46,2 | 1 240 |
| Språkväg | 40 | 9 | 22,5 | 610 |
| Summa | 180 | 54 | 30,0 | 3 710 |
"""


@pytest.fixture(scope="module")
def ekadalen(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("ekadalen"), {"verksamhetsberattelse_2025.md": RESULTS})


@pytest.mark.parametrize(("question", "row"), [
    # The column is the one the superlative's noun names, not the one most like the question's other words: the
    # most people to work or studies is Steget vidare's 21 of 88, the highest share UngKraft's 46,2 %.
    ("Vilken insats hade högst andel till arbete eller studier?", "UngKraft 46,2"),
    ("Vilken insats hade flest deltagare?", "Steget vidare 88"),
    ("Vilken insats hade lägst andel till arbete eller studier?", "Språkväg 22,5"),
])
def test_a_superlative_is_read_from_the_column_its_noun_names(ekadalen: Assistant, question: str, row: str) -> None:
    answer = ekadalen.ask(question)
    lead = _lead(answer.text)
    assert lead.startswith(("Högst", "Lägst")) and row in lead, answer.text
    assert "Summa" not in lead  # a total is no member of the set its rows make up
    assert_cited(ekadalen, answer.text, answer.citations)


def test_a_column_of_costs_beside_incomes_has_no_highest(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Costs written negative beside incomes written positive in one column: "lägst nettokostnad" would be the largest
    income by the figures, so no row is put first."""
    assistant = indexed_assistant(tmp_path_factory.mktemp("mixed"), {"tn_bokslut_2025.md": (
        "# Tekniska nämnden – Bokslut 2025\n\nEkådalens kommun\n\n### Nettokostnad per verksamhet (tkr)\n\n"
        "| Verksamhet | Nettokostnad 2025 |\n|---|---|\n| Gata och park | -18 400 |\n| Hamnen | 2 300 |\n"
        "| Fastigheter | -9 100 |\n")})
    answer = assistant.ask("Vilken verksamhet hade lägst nettokostnad 2025?")
    assert not _lead(answer.text).startswith(("Högst", "Lägst")), answer.text


REVISION = """# Redogörelse för revisionen 2025

Ekedala kommun

## Socialnämnden

Socialnämnden redovisar ett underskott mot budget, det tredje året i följd.

### Socialnämndens budgetavvikelse 2025 per verksamhet (mnkr)

| Verksamhet | Avvikelse mot budget |
|---|---|
| Placeringar barn och unga | −12,1 |
| Ekonomiskt bistånd | −4,9 |
| Myndighet och administration | 0,7 |
| Socialnämnden totalt | −16,3 |
"""


def test_a_total_row_named_at_its_end_is_no_member_of_the_set(tmp_path_factory: pytest.TempPathFactory) -> None:
    """The board's own total ("Socialnämnden totalt") has the largest deficit of the table, but it is the sum of
    the rows, not one of the activities asked about."""
    folder = tmp_path_factory.mktemp("ekedala")
    (folder / "revision_2025.md").write_text(REVISION, encoding="utf-8")
    assistant = Assistant.from_settings(make_settings(tmp_path_factory.mktemp("ekedala-index")))
    assert assistant.ingest([folder]).count("added") == 1
    answer = assistant.ask("Vilken verksamhet stod för det största underskottet i socialnämnden 2025?")
    lead = _lead(answer.text)
    assert lead.startswith("Störst underskott"), answer.text
    assert "Placeringar barn och unga −12,1" in lead and "totalt" not in lead, answer.text
    assert_cited(assistant, answer.text, answer.citations)
