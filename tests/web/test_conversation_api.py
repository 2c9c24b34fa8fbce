"""/api/chat shows how a follow-up was read: `standalone_question`."""

from __future__ import annotations

import httpx
import pytest

pytestmark = pytest.mark.e2e

DEFICIT_QUESTION = "Hur stort var socialnämndens underskott mot budget för hela 2022?"


def test_chat_shows_the_standalone_question(client: httpx.Client) -> None:
    first = client.post("/api/chat", json={"question": DEFICIT_QUESTION}).json()
    follow = client.post("/api/chat", json={"question": "Och 2021?", "conversation_id": first["conversation_id"]})

    assert first["standalone_question"] == DEFICIT_QUESTION
    assert follow.json()["standalone_question"] == "Hur stort var socialnämndens underskott mot budget för hela 2021?"
    assert follow.json()["question"] == "Och 2021?"
