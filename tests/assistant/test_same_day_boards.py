"""Two municipalities in one index whose boards meet the same day and report the same tables (invented documents),
ingested with the real pipeline, Chroma and the packaged embedding model: a question naming one municipality is
answered from its documents alone — its meeting is not merged with the other's, and the rows read beyond the passages
found (a table's deficits) are its own."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from tests.conftest import indexed_assistant

pytestmark = pytest.mark.slow

ALMBY_KALLELSE = """TESTDOKUMENT
Almby kommun
Kommunstyrelsen

KALLELSE TILL SAMMANTRÄDE

Tid: Tisdagen den 3 mars 2026, kl. 13.00
Plats: Kommunhuset, sal Almen

Ordförande: Karin Ek (S)
Sekreterare: Per Lind

Ärendelista
1. Val av justerare
2. Sommarlovsaktiviteter 2026

Ärende 2: Sommarlovsaktiviteter 2026
Dnr KS 2026/12

Sammanfattning
Staten har gett kommunen bidrag för avgiftsfria sommarlovsaktiviteter för barn och unga.

Beslutsförslag
Kommunstyrelsen beslutar att fördela 1 650 tkr för avgiftsfria sommarlovsaktiviteter 2026.

TESTDOKUMENT
"""

BJORKVIK_PROTOKOLL = """TESTDOKUMENT
BJÖRKVIKS KOMMUN                               SAMMANTRÄDESPROTOKOLL
Kommunstyrelsen                                Sammanträdesdatum 2026-03-03

Plats och tid        Stadshuset, sal Björken, kl. 09.00–11.30
Beslutande           Lena Holm (M), ordförande
                     Nils Berg (S)
                     Sara Wiik (C)
Utses att justera    Nils Berg (S)
Paragrafer           § 44

Justerandes sign                                Utdragsbestyrkande
BJÖRKVIKS KOMMUN                               SAMMANTRÄDESPROTOKOLL
Kommunstyrelsen                                Sammanträdesdatum 2026-03-03

KS § 44                                                    KS 2026/38

Utökat borgensåtagande för Björkviks Energi AB

Ärendet
Björkviks Energi AB behöver låna till en ny panncentral. Bolagets nuvarande borgensram är 120 mnkr.

Beslut
Kommunstyrelsen föreslår kommunfullmäktige besluta att kommunen ingår borgen för Björkviks Energi AB:s lån upp till
165 mnkr.

Justerandes sign                                Utdragsbestyrkande
TESTDOKUMENT
"""

# Almby tells its deficits in prose; Björkvik sets them in a table with a deviation column.
ALMBY_REPORT = """# Almby kommun – Vård- och omsorgsnämnden

## Verksamhetsberättelse 2025

Hemtjänsten gick med ett underskott på 8,8 mnkr 2025 och korttidsvården med ett underskott på 1,4 mnkr. Särskilt
boende visade ett överskott på 1,7 mnkr.

### Nyckeltal

| Nyckeltal | Utfall 2023 | Utfall 2024 | Utfall 2025 |
|---|---:|---:|---:|
| Beviljade hemtjänsttimmar | 398 600 | 412 300 | 436 900 |
"""

BJORKVIK_REPORT = """# Björkviks kommun – Vård- och omsorgsnämnden

## Verksamhetsberättelse 2025

Nämnden redovisar årets resultat per verksamhet.

### Driftredovisning 2025 (tkr)

| Verksamhet | Budget 2025 | Utfall 2025 | Avvikelse 2025 |
|---|---:|---:|---:|
| Hemsjukvård | 61 200 | 63 900 | -2 700 |
| Dagverksamhet | 18 400 | 17 650 | 750 |
| Nattpatrull | 9 800 | 11 300 | -1 500 |

### Nyckeltal

| Nyckeltal | Utfall 2022 | Utfall 2023 | Utfall 2024 |
|---|---:|---:|---:|
| Beviljade hemtjänsttimmar | 120 400 | 126 800 | 131 500 |
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("same_day_boards"), {
        "almby_ks_kallelse_2026-03-03.txt": ALMBY_KALLELSE,
        "bjorkvik_ks_protokoll_2026-03-03.txt": BJORKVIK_PROTOKOLL,
        "almby_von_verksamhetsberattelse_2025.md": ALMBY_REPORT,
        "bjorkvik_von_verksamhetsberattelse_2025.md": BJORKVIK_REPORT,
    })


def test_two_municipalities_boards_meeting_the_same_day_are_two_meetings(assistant: Assistant) -> None:
    issuers = {r.file_name: r.municipality for r in assistant.index.catalog.documents()}
    assert issuers["almby_ks_kallelse_2026-03-03.txt"] == "Almby kommun", issuers
    assert issuers["bjorkvik_ks_protokoll_2026-03-03.txt"] == "Björkviks kommun", issuers
    # Almby's ärende stays Almby's (merged into Björkvik's protokoll, it had no meeting to stand in).
    [entry] = assistant.meetings.case("KS 2026/12")
    assert "1 650 tkr" in (entry.item.proposal or ""), entry
    meetings = [m for m in assistant.meetings.list() if m.date == "2026-03-03"]
    assert sorted(m.id for m in meetings) == ["kommunstyrelsen-2026-03-03-almby", "kommunstyrelsen-2026-03-03-bjorkvik"]
    assert all(len(m.sources) == 1 for m in meetings), [m.sources for m in meetings]
    assert entry.meeting_id == "kommunstyrelsen-2026-03-03-almby", entry


def test_a_decision_is_not_given_the_other_municipalitys_proposal(assistant: Assistant) -> None:
    """Björkvik's § 44 has no proposal of its own here: Almby's kallelse of the same day is another meeting, whose
    proposal on summer activities is no proposal on Björkvik's guarantee."""
    answer = assistant.ask("Vad föreslår kommunstyrelsen i Björkvik att fullmäktige ska besluta om borgen för "
                           "Björkviks Energi AB?")
    assert not answer.abstained and "165 mnkr" in answer.text, answer.text
    assert "sommarlov" not in answer.text.lower(), answer.text
    assert {c.source for c in answer.citations} == {"bjorkvik_ks_protokoll_2026-03-03.txt"}, answer.citations


def test_the_rows_of_a_deficit_are_read_from_the_named_municipalitys_documents(assistant: Assistant) -> None:
    """Asked which of Almby's activities had a deficit, the rows of a deficit come from Almby's documents: its report
    says them in sentences, and Björkvik's table of deviations is another municipality's."""
    answer = assistant.ask("Vilka verksamheter i Almby gick med underskott 2025?")
    assert not answer.abstained and "8,8 mnkr" in answer.text, answer.text
    for other in ("Hemsjukvård", "Nattpatrull"):
        assert other not in answer.text, answer.text
    assert {c.source for c in answer.citations} == {"almby_von_verksamhetsberattelse_2025.md"}, answer.citations


def test_a_series_asked_of_one_municipality_is_read_from_its_reports(assistant: Assistant) -> None:
    """Both municipalities report "Beviljade hemtjänsttimmar" year by year: Almby's series holds Almby's years only,
    not Björkvik's 2022 or its other 2023 and 2024 figures."""
    series = assistant.series("Hur har beviljade hemtjänsttimmar utvecklats i Almby?")
    assert series is not None
    assert [(p.year, p.value) for p in series.points] == [(2023, 398600.0), (2024, 412300.0), (2025, 436900.0)]
    assert {p.citation.source for p in series.points} == {"almby_von_verksamhetsberattelse_2025.md"}
