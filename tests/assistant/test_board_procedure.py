"""Questions of meeting procedure over invented minutes in another municipality's format (nothing of the sample
corpus or the evaluation sets is in them): a roll-call vote, the anslagsbevis of the justering, who kept the minutes,
an English question about a reservation, a meeting named by its month in one word, a decision asked of a meeting
the documents do not hold, and which ärenden were decided by a vote."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from tests.conftest import assert_cited, make_settings

pytestmark = pytest.mark.slow

# Minutes with colon labels, a roll-call table (omröstningslista, a mark in the column voted) and an anslagsbevis in
# the "Datum för anslags uppsättande" wording of many municipalities' templates.
PROTOKOLL = """Norrvik kommun
SAMMANTRÄDESPROTOKOLL
Kultur- och fritidsnämnden
Sammanträdesdatum 2025-03-12

Plats och tid: Biblioteket, Storgatan 4, kl. 18.00–20.15
Beslutande: Ulla Dahl (S), ordförande, Hans Ström (M), Rut Lönn (C), Ali Demir (V), Siv Åberg (KD)
Sekreterare: Oskar Vik
Justerare: Rut Lönn (C)

Anslagsbevis
Datum för anslags uppsättande 2025-03-20
Datum för anslags nedtagande 2025-04-11
Förvaringsplats för protokollet: Kulturförvaltningen, Norrvik

§ 21 Dnr KFN 2025/14
Avgifter för kulturskolan 2026
Kultur- och fritidsnämndens beslut
Kultur- och fritidsnämnden beslutar att höja terminsavgiften för kulturskolan till 950 kronor från och med 2026.
Beslutet fattas efter omröstning med 3 ja-röster mot 1 nej-röst; 1 ledamot avstår.
Yrkanden
Hans Ström (M) yrkar bifall till förvaltningens förslag.
Ali Demir (V) yrkar avslag på förslaget om höjd avgift.
Omröstning
Ledamot\tJa\tNej\tAvstår
Ulla Dahl (S)\tX\t\t
Hans Ström (M)\tX\t\t
Rut Lönn (C)\tX\t\t
Ali Demir (V)\t\tX\t
Siv Åberg (KD)\t\t\tX
Summa\t3\t1\t1
Reservation
Ali Demir (V) reserverar sig mot beslutet och lämnar en skriftlig motivering.

§ 22 Dnr KFN 2025/20
Bidrag till studieförbunden 2025
Kultur- och fritidsnämndens beslut
Kultur- och fritidsnämnden beslutar att fördela 1 200 000 kronor till studieförbunden enligt bilaga.
"""


@pytest.fixture(scope="module")
def norrvik(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    root = tmp_path_factory.mktemp("norrvik")
    folder = root / "docs"
    folder.mkdir()
    (folder / "kfn_protokoll_2025-03-12.txt").write_text(PROTOKOLL, encoding="utf-8")
    assistant = Assistant.from_settings(make_settings(root / "index"))
    assert assistant.ingest([folder]).count("added") == 1
    return assistant


def test_who_abstained_or_voted_no_is_read_from_the_roll_call(norrvik: Assistant) -> None:
    answer = norrvik.ask("Vem avstod från att rösta om avgifterna för kulturskolan?")
    assert "Siv Åberg" in answer.text and not answer.abstained, answer.text
    assert "Ulla Dahl" not in answer.text.split("Beslut:")[0], answer.text  # one side asked, that side told
    assert_cited(norrvik, answer.text, answer.citations)
    answer = norrvik.ask("Who voted no on the fees for the kulturskola?")
    assert "Ali Demir" in answer.text, answer.text


def test_the_anslagsbevis_answers_when_the_notice_went_up(norrvik: Assistant) -> None:
    answer = norrvik.ask("När sattes anslaget om protokollets justering upp?")
    assert "2025-03-20" in answer.text and not answer.abstained, answer.text
    assert_cited(norrvik, answer.text, answer.citations)


def test_who_kept_the_minutes(norrvik: Assistant) -> None:
    answer = norrvik.ask("Vem förde protokollet i mars 2025?")
    assert "Oskar Vik" in answer.text, answer.text


def test_an_english_question_about_who_reserved_themselves(norrvik: Assistant) -> None:
    answer = norrvik.ask("Who reserved themselves against the decision on the kulturskola fees?")
    # The reservation leads, under its §: asked who reserved, not what was decided.
    assert answer.text.startswith("Kultur- och fritidsnämnden 2025-03-12, § 21 (Avgifter för kulturskolan 2026): "
                                  "Ali Demir (V) reserverar sig"), answer.text


def test_a_written_reservation_at_the_month_named_meeting(norrvik: Assistant) -> None:
    """'skriftlig' is the reservation's form, and 'marsmötet' the meeting's month: neither is the ärende's topic."""
    answer = norrvik.ask("Lämnade någon en skriftlig reservation på marsmötet?")
    assert answer.text.startswith("Kultur- och fritidsnämnden 2025-03-12, § 21 (Avgifter för kulturskolan 2026): "
                                  "Ali Demir (V) reserverar sig"), answer.text
    assert_cited(norrvik, answer.text, answer.citations)


def test_which_arenden_were_decided_by_a_vote(norrvik: Assistant) -> None:
    answer = norrvik.ask("Vilka ärenden avgjordes efter omröstning?")
    assert "kulturskolan" in answer.text and "studieförbunden" not in answer.text, answer.text


def test_a_decision_asked_of_a_meeting_not_in_the_documents_is_refused(norrvik: Assistant) -> None:
    answer = norrvik.ask("Vad beslutade nämnden om bidraget till studieförbunden i oktober 2025?")
    assert answer.abstained, answer.text
    assert answer.text.startswith("Inget sammanträde i handlingarna är daterat oktober 2025"), answer.text
    # The month of the meeting that was held is answered as before.
    answer = norrvik.ask("Vad beslutade nämnden om bidraget till studieförbunden i mars 2025?")
    assert "1 200 000" in answer.text and not answer.abstained, answer.text
