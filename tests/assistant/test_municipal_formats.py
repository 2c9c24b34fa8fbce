"""Questions over the board documents of tests/municipal_formats.py (invented municipalities and content), ingested
with the real pipeline, Chroma and the packaged embedding model."""

from __future__ import annotations

import pytest

from assistant.evaluation import normalise
from assistant.service import Assistant
from tests import municipal_formats
from tests.conftest import make_settings

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    folder = tmp_path_factory.mktemp("municipal_formats")
    municipal_formats.write_all(folder)
    assistant = Assistant.from_settings(make_settings(tmp_path_factory.mktemp("municipal_formats_index")))
    report = assistant.ingest([folder])
    assert report.count("added") == 6, report.outcomes
    return assistant


def _assert_cited(assistant: Assistant, answer) -> None:  # noqa: ANN001
    assert answer.citations, answer.text
    for c in answer.citations:
        page = dict(assistant.index.catalog.pages(c.document_id))[c.page or 1]
        assert normalise(c.quote) in normalise(page), c.quote


@pytest.mark.parametrize(("question", "expected"), [
    ("Vad beslutade kommunstyrelsen i § 115?", "avslå motionen"),
    ("Vem var ordförande vid kommunstyrelsens sammanträde den 18 oktober 2021?", "Hanna Forsberg"),
    ("Vad gäller KSN-2021-0361?", "serveringstillstånd"),
    ("Vilket diarienummer har detaljplanen för Glasblåsaren?", "0118/22"),
])
def test_minutes_in_other_layouts_answer_by_paragraph_meeting_and_diarienummer(
        assistant: Assistant, question: str, expected: str) -> None:
    answer = assistant.ask(question)
    assert not answer.abstained and expected in answer.text, answer.text
    _assert_cited(assistant, answer)


def test_a_reservation_asked_of_an_arende_whose_minutes_record_none(assistant: Assistant) -> None:
    """§ 116 (Sammanträdestider 2022) has no reservation: that is said, not § 113's reservations given instead."""
    answer = assistant.ask("Vem reserverade sig mot beslutet om sammanträdestiderna?")
    assert answer.abstained and "antecknar ingen reservation" in answer.text and "§ 116" in answer.text, answer.text
    assert "Olof Granlund" not in answer.text
    reserved = assistant.ask("Vilka reserverade sig mot beslutet om simhallen?")
    assert "Olof Granlund (M) och Tomas Wik (SD) reserverar sig" in reserved.text, reserved.text



def test_a_compound_sharing_only_its_generic_part_with_an_arende_is_not_that_arende(assistant: Assistant) -> None:
    """"den nya idrottshallen" is not the ärende about the simhall ('hall' is all they share): not its decision."""
    answer = assistant.ask("Vad beslutade kommunstyrelsen om den nya idrottshallen i Älvby?")
    assert "simhallen" not in answer.text, answer.text
    assert "Ängsparken" in assistant.ask("Vad beslutade kommunstyrelsen om den nya simhallen?").text


@pytest.mark.parametrize(("question", "expected"), [
    ("Vart expedieras beslutet om simhallen?", "Samhällsbyggnadsförvaltningen"),
    ("Vad blev socialnämndens prognostiserade avvikelse för 2023 i Sjöhamn?", None),  # Sjöhamn's report is of 2022
])
def test_recipients_and_the_asked_municipality(assistant: Assistant, question: str, expected: str | None) -> None:
    answer = assistant.ask(question)
    if expected is None:
        assert answer.abstained or "Granbo" not in answer.text and "7,3" not in answer.text, answer.text
    else:
        assert not answer.abstained and expected in answer.text, answer.text
        _assert_cited(assistant, answer)


def test_asked_which_ones_a_table_lists_the_answer_gives_every_row(assistant: Assistant) -> None:
    """"Vilka verksamheter …" over Bergvik's table of budget and outcome per verksamhet: the best rows alone named
    some of them; every row of the table follows, each cited on its own line of the table."""
    answer = assistant.ask("Vilka verksamheter redovisade kultur- och fritidsnämnden i Bergvik budget och bokslut för 2023?")
    assert not answer.abstained, answer.text
    for name in ("Bibliotek", "Kulturskola", "Idrottsanläggningar", "Föreningsstöd"):
        assert name in answer.text, answer.text
    _assert_cited(assistant, answer)
    rows = [c for c in answer.citations if c.quote.startswith(("Bibliotek", "Kulturskola", "Idrottsanläggningar",
                                                                "Föreningsstöd", "Summa"))]
    assert len({c.line_start for c in rows}) == len(rows) >= 4, [(c.quote, c.line_start) for c in rows]
    # Not asked which ones: the best sentences only, no table appended.
    single = assistant.ask("Hur stor var avvikelsen för kulturskolan i Bergvik 2023?")
    assert "Tabellens övriga rader" not in single.text, single.text


@pytest.mark.parametrize("question", [
    "När och var har barn- och utbildningsnämnden sitt möte i maj 2023?",
    # The board's municipality inside the phrase: it had been read as a sentence search.
    "När och var har barn- och utbildningsnämnden i Granbo sitt möte i maj 2023?",
])
def test_when_and_where_a_board_has_its_meeting_is_answered_from_the_kallelse(assistant: Assistant,
                                                                              question: str) -> None:
    """"När och var har … sitt möte" (a meeting asked with "har", not "hålls" or "sammanträder") is a question about
    the meeting: its date, time and place from Granbo's kallelse, not a sentence that happens to name the month."""
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    for expected in ("2023-05-16", "17:00", "Granbo skola, aulan"):
        assert expected in answer.text, answer.text
    _assert_cited(assistant, answer)
