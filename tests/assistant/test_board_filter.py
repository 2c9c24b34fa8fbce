"""A search or question filtered to one board, in an index holding several boards' documents (invented content)."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from index.store import SearchFilter
from tests.conftest import indexed_assistant

pytestmark = pytest.mark.slow

SOCIAL = """# Socialnämnden – Verksamhetsberättelse 2023

Ekby kommun

## Försörjningsstöd

Socialnämnden betalade ut 41 miljoner kronor i försörjningsstöd under 2023, fyra miljoner mer än året innan.

## Hushåll med försörjningsstöd

I genomsnitt fick 412 hushåll försörjningsstöd varje månad under 2023.

## Orsaker till försörjningsstöd

Arbetslöshet var den vanligaste orsaken till försörjningsstöd, följd av sjukdom och väntan på annan ersättning.

## Försörjningsstöd till unga vuxna

Bland hushållen med försörjningsstöd var 96 unga vuxna under 25 år.

## Återbetalning av försörjningsstöd

Nämnden återkrävde 1,2 miljoner kronor i felaktigt utbetalt försörjningsstöd.

## Handläggning av försörjningsstöd

Handläggningstiden för en ansökan om försörjningsstöd var i genomsnitt nio dagar.
"""

CULTURE = """# Kultur- och fritidsnämnden – Verksamhetsberättelse 2023

Ekby kommun

## Biblioteket

Stadsbiblioteket hade 182 000 besök under 2023 och lånade ut 240 000 medier.

## Simhallen

Simhallen var stängd i tre månader för renovering av bassängen.

## Föreningsbidrag

Nämnden delade ut 3,4 miljoner kronor i bidrag till idrottsföreningar.

## Kulturskolan

Kulturskolan hade 640 elever i musik, dans och teater.

## Ungdomens hus

Ungdomens hus hade öppet fem kvällar i veckan och 9 400 besök.

## Konsthallen

Konsthallen visade sex utställningar, den största med lokala konstnärer.
"""


@pytest.fixture(scope="module")
def two_boards(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("boards"), {"social.md": SOCIAL, "kultur.md": CULTURE})


def test_the_boards_are_read_from_their_documents(two_boards: Assistant) -> None:
    assert {r.committee for r in two_boards.documents()} == {"Socialnämnden", "Kultur- och fritidsnämnden"}


def test_a_search_filtered_to_a_board_fills_its_k_hits_from_that_boards_documents(two_boards: Assistant) -> None:
    # Every passage of the social board's report is nearer the question than any of the culture board's: the dense
    # side must search the culture board's documents only, or its hits are left out after the fusion and the
    # filtered search returns fewer than asked for.
    board = "Kultur- och fritidsnämnden"
    culture = {r.document_id for r in two_boards.documents() if r.committee == board}
    hits = two_boards.search("Hur mycket försörjningsstöd betalades ut?", 5, SearchFilter(committee=board))
    assert len(hits) == 5
    assert {h.chunk.document_id for h in hits} == culture
    # Short forms and other casing match the board as before.
    assert {h.chunk.document_id for h in two_boards.search("besök", 3, SearchFilter(committee="KULTUR"))} == culture


def test_a_question_filtered_to_a_board_without_documents_says_so(two_boards: Assistant) -> None:
    answer = two_boards.ask("Hur många besök hade biblioteket 2023?", filters=SearchFilter(committee="Byggnadsnämnden"))
    assert answer.abstained and answer.text == "Det finns inga handlingar från Byggnadsnämnden i indexet."
    assert two_boards.search("besök", 5, SearchFilter(committee="Byggnadsnämnden")) == []
    assert two_boards.series("Hur många besök hade biblioteket?", SearchFilter(committee="Byggnadsnämnden")) is None


def test_a_question_filtered_to_a_board_is_answered_from_its_documents(two_boards: Assistant) -> None:
    culture = {r.document_id for r in two_boards.documents() if r.committee == "Kultur- och fritidsnämnden"}
    answer = two_boards.ask("Hur många besök hade biblioteket 2023?", filters=SearchFilter(committee="kultur"))
    assert not answer.abstained and "182 000" in answer.text, answer.text
    assert {c.document_id for c in answer.citations} == culture, answer.citations
