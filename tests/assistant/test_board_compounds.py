"""An ärende named by a compound the minutes do not use: its specific part must stand in the ärende, its head may
stand inside another word ("simhallsbygget" is the ärende of the simhall's "ombyggnad"), and an ärende that lacks the
specific part is not it ("idrottshallen" is not the simhall's). Invented fullmäktige minutes."""

from __future__ import annotations

import textwrap

import pytest

from assistant.service import Assistant
from tests.conftest import make_settings

pytestmark = pytest.mark.slow

PROTOKOLL = textwrap.dedent("""\
    Protokoll kommunfullmäktige 2026-04-27

    Ramsjö kommun

    § 114 Utökad investeringsram för ombyggnad av Ramsjö simhall
    Dnr KS 2025:0211

    Kommunstyrelsen föreslår att ramen för ombyggnaden av simhallen utökas med 26,0 mnkr.

    Yrkanden
    Anna Lind (S) yrkar bifall till kommunstyrelsens förslag. Per Ek (M) yrkar avslag.

    Kommunfullmäktiges beslut
    Investeringsramen för ombyggnad av Ramsjö simhall utökas med 26,0 mnkr.

    Reservationer
    Moderaternas ledamöter reserverar sig mot beslutet. Lena Strand (SD) reserverar sig skriftligt.

    § 115 Renovering av fotbollsplanen i Norrby
    Dnr KS 2025:0300

    Kommunstyrelsen föreslår att planen renoveras 2027.

    Kommunfullmäktiges beslut
    Fotbollsplanen i Norrby renoveras 2027.
    """)


@pytest.fixture(scope="module")
def ramsjo(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    folder = tmp_path_factory.mktemp("ramsjo")
    (folder / "kf_protokoll_2026-04-27.txt").write_text(PROTOKOLL, encoding="utf-8")
    assistant = Assistant.from_settings(make_settings(tmp_path_factory.mktemp("ramsjo-index")))
    assert assistant.ingest([folder]).count("added") == 1
    return assistant


def test_a_compound_whose_head_stands_inside_another_word_names_the_arende(ramsjo: Assistant) -> None:
    answer = ramsjo.ask("Vilka reserverade sig när fullmäktige utökade ramen för simhallsbygget?")
    assert "§ 114" in answer.text and "Moderaternas ledamöter" in answer.text and "Lena Strand" in answer.text, answer.text


def test_a_compound_whose_specific_part_the_arende_lacks_does_not_name_it(ramsjo: Assistant) -> None:
    answer = ramsjo.ask("Vilka reserverade sig mot beslutet om idrottshallsbygget?")
    assert "§ 114" not in answer.text, answer.text
