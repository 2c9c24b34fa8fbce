"""A question in parts, one of which asks when ("Vad kostar … och när …?", "När hölls …, och när är …?"), gets for
that part a sentence with a date or month, not the one restating its subject best (an invented tjänsteskrivelse,
ingested with the real pipeline, Chroma and the packaged embedding model)."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from tests.conftest import assert_cited, indexed_assistant

pytestmark = pytest.mark.slow

MEMO = """# Tjänsteskrivelse – Ny återvinningscentral och taxa för slamtömning i Tornvik

## Återvinningscentralen vid Mossängen

Tekniska nämnden i Tornvik planerar en ny återvinningscentral vid Mossängen. Bygglovet för återvinningscentralen
har överklagats till mark- och miljödomstolen. Investeringen beräknas till 38 mnkr. Den nuvarande
återvinningscentralen vid Hamnvägen är för liten för dagens besöksantal.

## Ny taxa för slamtömning

Förvaltningen föreslår att avgiften för slamtömning av en trekammarbrunn höjs från 1 450 kronor till 1 620 kronor
per tömning. Den nya taxan föreslås gälla från och med den 1 mars 2026.

## Samverkan med fastighetsägare

Förvaltningen och fastighetsägarna i Tornvik har inlett en samverkan om att förebygga vräkningar. Samverkansmöten
med fastighetsägarna ska enligt handlingsplanen hållas två gånger per termin, och nästa samverkansmöte
förbereds av förvaltningen. Det första mötet med fastighetsägarna hölls i oktober 2025. Inbjudan till nästa träff
gäller mars 2026.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("when"), {"skrivelse.md": MEMO})


@pytest.mark.parametrize(("question", "expected"), [
    ("Från vilket datum ska den nya taxan för slamtömning i Tornvik gälla?", ("1 mars 2026",)),
    ("Vad ska slamtömningen av en trekammarbrunn i Tornvik kosta och när börjar det gälla?", ("1 620", "1 mars 2026")),
    # both parts ask when: each is answered by a sentence with its time, not by the one restating the samverkan
    ("När hölls det första samverkansmötet med fastighetsägarna i Tornvik, och när är nästa samverkansmöte?",
     ("oktober 2025", "mars 2026")),
])
def test_asked_when_is_answered_with_the_time(assistant: Assistant, question: str, expected: tuple[str, ...]) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert all(figure in answer.text for figure in expected), answer.text
    assert_cited(assistant, answer.text, answer.citations)
