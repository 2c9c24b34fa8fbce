"""/api/chat and /api/chat/stream with the LLM writer: a real local model behind the app, over real HTTP."""

from __future__ import annotations

import json
from collections.abc import Iterator

import httpx
import pytest

from assistant.service import Assistant
from tests.assistant.test_llm_writer import DEFICIT_QUESTION, with_writer
from tests.local_llm.server import LocalLLM
from web.app import create_app
from web.load import serving

pytestmark = [pytest.mark.slow, pytest.mark.e2e]


@pytest.fixture(scope="module")
def llm_client(corpus_assistant: Assistant, local_llm: LocalLLM) -> Iterator[httpx.Client]:
    with serving(create_app(with_writer(corpus_assistant, local_llm.base_url))) as url, \
            httpx.Client(base_url=url, timeout=600) as http:
        yield http


def test_chat_says_who_wrote_the_answer(llm_client: httpx.Client, client: httpx.Client) -> None:
    written = llm_client.post("/api/chat", json={"question": DEFICIT_QUESTION}).json()
    quoted = client.post("/api/chat", json={"question": DEFICIT_QUESTION}).json()

    assert written["writer"] in ("llm", "extractive") and isinstance(written["dropped_sentences"], int)
    assert written["citations"] and not written["abstained"]
    assert (quoted["writer"], quoted["dropped_sentences"]) == ("extractive", 0)
    if written["writer"] == "extractive":
        assert written["answer"] == quoted["answer"] and written["dropped_sentences"] >= 1


def test_stream_sends_tokens_then_the_verified_answer(llm_client: httpx.Client) -> None:
    with llm_client.stream("POST", "/api/chat/stream", json={"question": DEFICIT_QUESTION}) as response:
        assert response.status_code == 200
        events = [json.loads(line) for line in response.iter_lines() if line.strip()]

    meta, deltas, done = events[0], events[1:-1], events[-1]
    assert meta["type"] == "meta" and len(meta["citations"]) >= 1 and not meta["abstained"]
    assert deltas and all(e["type"] == "delta" for e in deltas)
    assert done["type"] == "done" and done["writer"] in ("llm", "extractive")
    numbers = {c["n"] for c in done["citations"]}
    assert numbers and all(f"[{n}]" in done["answer"] for n in numbers)
    # The same answer as the JSON route: done is authoritative, whatever the joined tokens said.
    again = llm_client.post("/api/chat", json={"question": DEFICIT_QUESTION}).json()
    assert done["answer"] == again["answer"] and done["dropped_sentences"] == again["dropped_sentences"]
