"""Asked what a meeting decided when the documents hold only the kallelse that called it, or only the förvaltning's
tjänsteskrivelse (invented documents, ingested with the real pipeline, Chroma and the packaged embedding model): the
agenda or the memo is shown, never as the decision."""

from __future__ import annotations

import pytest

from assistant.models import NO_DECISION, NO_DECISION_CALLED
from assistant.query import asks_decided
from assistant.service import Assistant
from tests.conftest import assert_cited, indexed_assistant

pytestmark = pytest.mark.slow

KALLELSE = """Kallelse till sammanträde

Barn- och utbildningsnämnden, Lindås kommun

| Fält | Uppgift |
|---|---|
| Tid | Tisdagen den 10 mars 2026 kl. 13.00 |
| Plats | Kommunhuset, sammanträdesrum Ugglan |

## Föredragningslista

| Nr | Ärende | Dnr | Föredragande |
|---|---|---|---|
| 1 | Val av justerare | | |
| 2 | Ny skolskjutsgräns för årskurs 4–6 | BUN 2026/0042 | Skolskjutssamordnare Eva Holm |
| 3 | Ekonomisk uppföljning februari 2026 | BUN 2026/0007 | Controller Nils Ek |

Förhinder anmäls till nämndsekreterare Pia Berg.
"""

# An earlier decision told in a tjänsteskrivelse of the same packet: a decision stated answers, wherever it stands.
EARLIER = """# Lindås kommun – Barn- och utbildningsförvaltningen

Tjänsteskrivelse 2026-02-20

## Måltidspolicy för förskola och skola

Barn- och utbildningsnämnden beslutade 2025-11-18, § 88, att anta en måltidspolicy som gäller från 1 januari 2026.
"""

# A tjänsteskrivelse describing a change, with no decision told and no proposal sentence first.
MEMO = """# Lindås kommun – Barn- och utbildningsförvaltningen

Tjänsteskrivelse 2026-02-25

## Områdeskök i förskola och skola

Köken i Ekbackaskolan och Lindås gymnasium byggs om till områdeskök som var och ett lagar mat till sitt närområde.
Investeringen i områdesköken beräknas till 12,5 mnkr. Ombyggnaden av köken planeras till hösten 2026.
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    return indexed_assistant(tmp_path_factory.mktemp("called_meeting"), {
        "lindas_bun_kallelse_2026-03-10.md": KALLELSE, "lindas_bun_maltidspolicy.md": EARLIER,
        "lindas_bun_omradeskok.md": MEMO})


@pytest.mark.parametrize("question", ["Vad blev beslutet om skolskjutsgränsen?", "Vad blev nämndens beslut om den nya "
                                      "skolskjutsgränsen?", "Vad beslutade nämnden om skolskjutsgränsen den 10 mars 2026?"])
def test_asked_what_was_decided_a_kallelse_alone_is_no_decision(assistant: Assistant, question: str) -> None:
    assert asks_decided(question)
    answer = assistant.ask(question)
    assert answer.abstained and answer.partial, answer.text
    assert answer.text.startswith(NO_DECISION_CALLED) and "BUN 2026/0042" in answer.text, answer.text
    assert_cited(assistant, answer.text, answer.citations)


def test_a_decision_stated_beside_a_kallelse_answers(assistant: Assistant) -> None:
    answer = assistant.ask("Vad beslutade nämnden om måltidspolicyn?")
    assert not answer.abstained and "beslutade 2025-11-18" in answer.text, answer.text


def test_asked_whether_decided_a_tjansteskrivelse_alone_is_no_decision(assistant: Assistant) -> None:
    answer = assistant.ask("Har barn- och utbildningsnämnden i Lindås beslutat att införa områdeskök?")
    assert answer.abstained and answer.partial, answer.text
    assert answer.text.startswith(NO_DECISION) and "områdeskök" in answer.text, answer.text
    assert_cited(assistant, answer.text, answer.citations)
