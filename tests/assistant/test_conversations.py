"""Conversations in SQLite: follow-ups rewritten to stand alone, turns surviving a restart and shared by workers."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from assistant.conversations import ConversationStore, standalone_question
from assistant.service import Assistant

DEFICIT_QUESTION = "Hur stort var socialnämndens underskott mot budget för hela 2022?"


@pytest.mark.parametrize(("previous", "question", "expected"), [
    (DEFICIT_QUESTION, "Och 2021?", "Hur stort var socialnämndens underskott mot budget för hela 2021?"),
    (DEFICIT_QUESTION, "Och för ekonomiskt bistånd?",
     "Hur stort var socialnämndens underskott mot budget för hela 2022 – ekonomiskt bistånd?"),
    (DEFICIT_QUESTION, "Vilka beslut fattade nämnden om placeringar av barn under våren?",
     "Vilka beslut fattade nämnden om placeringar av barn under våren?"),
    ("", "Och 2021?", "Och 2021?"),
])
def test_follow_ups_are_rewritten_to_stand_alone(previous: str, question: str, expected: str) -> None:
    assert standalone_question(previous, question) == expected


def test_turns_survive_a_restart_and_are_shared_between_workers(tmp_path: Path) -> None:
    path = tmp_path / "conversations.sqlite3"
    ConversationStore(path).remember("c1", DEFICIT_QUESTION)
    ConversationStore(path).remember("c1", "Och 2021?", "Hur stort var underskottet 2021?")

    restarted = ConversationStore(path)
    threads = [threading.Thread(target=restarted.remember, args=(f"w{i}", f"Fråga {i}")) for i in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

    assert restarted.previous("c1") == "Hur stort var underskottet 2021?"
    assert restarted.context_for("c1", "Och 2020?") == "Hur stort var underskottet 2021?"
    assert restarted.context_for("c1", "Vilka beslut fattade nämnden om placeringar av barn under våren?") == ""
    assert all(restarted.previous(f"w{i}") == f"Fråga {i}" for i in range(8))
    assert restarted.previous("okänd") is None


def test_only_the_latest_turns_are_kept(tmp_path: Path) -> None:
    store = ConversationStore(tmp_path / "c.sqlite3", keep=3)
    for i in range(10):
        store.remember("c", f"Fråga {i}")

    with store._connect() as db:
        turns = [row[0] for row in db.execute("SELECT question FROM turns ORDER BY turn")]
    assert turns == ["Fråga 7", "Fråga 8", "Fråga 9"]


@pytest.mark.slow
def test_a_follow_up_after_a_restart_is_read_with_the_stored_turn(corpus_assistant: Assistant) -> None:
    first = corpus_assistant.ask(DEFICIT_QUESTION)
    restarted = Assistant.from_settings(corpus_assistant.settings)

    follow = restarted.ask("Och 2021?", conversation_id=first.conversation_id)

    assert first.standalone_question == DEFICIT_QUESTION
    assert follow.standalone_question == "Hur stort var socialnämndens underskott mot budget för hela 2021?"
    assert restarted.ask("Och 2021?").standalone_question == "Och 2021?"  # a new conversation has no context
