"""/api/chat shows how a follow-up was read: `standalone_question`."""

from __future__ import annotations

import json

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


def test_stream_done_carries_the_standalone_question(client: httpx.Client) -> None:
    first = client.post("/api/chat", json={"question": DEFICIT_QUESTION}).json()
    body = {"question": "Och 2021?", "conversation_id": first["conversation_id"]}
    with client.stream("POST", "/api/chat/stream", json=body) as response:
        events = [json.loads(line) for line in response.iter_lines() if line.strip()]

    assert events[-1]["type"] == "done"
    assert events[-1]["standalone_question"] == "Hur stort var socialnämndens underskott mot budget för hela 2021?"
