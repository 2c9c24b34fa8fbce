"""Asked what a board answered when the documents hold only the request for its answer (an audit report, invented;
ingested with the real pipeline, Chroma and the packaged embedding model): the request is shown, never as the answer.
When the board's yttrande is indexed too, it answers."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.models import NO_REPLY
from tests.conftest import assert_cited, indexed_assistant

pytestmark = pytest.mark.slow

AUDIT = """# Granskning av tekniska nämndens hantering av vinterväghållningen

Lindås kommuns förtroendevalda revisorer, november 2025

## Revisionell bedömning

Vår samlade bedömning är att tekniska nämnden inte helt säkerställer en ändamålsenlig vinterväghållning.

## Rekommendationer

Revisorerna rekommenderar tekniska nämnden att ta fram en plan för prioritering av gång- och cykelvägar.

Revisorerna begär ett skriftligt svar från tekniska nämnden senast den 31 januari 2026.
"""

REPLY = """# Yttrande över revisorernas granskning av vinterväghållningen

Tekniska nämnden, Lindås kommun, 2026-01-20

## Nämndens svar

Tekniska nämnden tar fram en plan för prioritering av gång- och cykelvägar till vintersäsongen 2026/27.
"""


def test_asked_what_was_answered_a_request_for_the_answer_is_no_answer(tmp_path: Path) -> None:
    assistant = indexed_assistant(tmp_path, {"revisionsrapport.md": AUDIT})
    answer = assistant.ask("Vad svarade tekniska nämnden på revisorernas rekommendationer?")
    assert answer.abstained and answer.partial and answer.text.startswith(NO_REPLY), answer.text
    assert_cited(assistant, answer.text, answer.citations)
    # When the answer is due is what the request says.
    due = assistant.ask("När ska tekniska nämnden senast svara revisorerna?")
    assert not due.abstained and "31 januari 2026" in due.text, due.text


def test_the_boards_yttrande_answers(tmp_path: Path) -> None:
    assistant = indexed_assistant(tmp_path, {"revisionsrapport.md": AUDIT, "yttrande.md": REPLY})
    answer = assistant.ask("Vad svarade tekniska nämnden på revisorernas rekommendationer?")
    assert not answer.abstained and "vintersäsongen 2026/27" in answer.text, answer.text
