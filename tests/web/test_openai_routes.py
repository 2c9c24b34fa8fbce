"""The assistant as an OpenAI-compatible model, driven by the official `openai` SDK and LangChain's ChatOpenAI
against a real uvicorn server around the ingested sample corpus."""

from __future__ import annotations

import re

import httpx
import openai
import pytest
from langchain_openai import ChatOpenAI

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

DEFICIT_QUESTION = "Hur stort var socialnämndens underskott mot budget för hela 2022?"


@pytest.fixture(scope="module")
def sdk(live_server: str) -> openai.OpenAI:
    return openai.OpenAI(base_url=f"{live_server}/v1", api_key="ingen-nyckel", timeout=300, max_retries=0)


def test_models_lists_the_assistant(sdk: openai.OpenAI) -> None:
    assert [m.id for m in sdk.models.list()] == ["namndassistenten"]


def test_sdk_gets_the_answer_with_markers_sources_and_structured_citations(sdk: openai.OpenAI,
                                                                           client: httpx.Client) -> None:
    completion = sdk.chat.completions.create(model="namndassistenten",
                                             messages=[{"role": "user", "content": DEFICIT_QUESTION}])

    text = completion.choices[0].message.content or ""
    citations = (completion.model_extra or {})["citations"]
    expected = client.post("/api/chat", json={"question": DEFICIT_QUESTION}).json()
    assert completion.choices[0].finish_reason == "stop"
    assert text.startswith(expected["answer"]) and "19 348" in text
    assert "\n\nKällor:\n[1] " in text
    assert [c["n"] for c in citations] == [c["n"] for c in expected["citations"]]
    assert {int(n) for n in re.findall(r"\[(\d+)\]", expected["answer"])} == {c["n"] for c in citations}
    assert completion.model_extra["namnd"]["writer"] == "extractive"


def test_sdk_stream_joins_to_the_same_reply_and_ends_with_done(sdk: openai.OpenAI, live_server: str) -> None:
    whole = sdk.chat.completions.create(model="namndassistenten",
                                        messages=[{"role": "user", "content": DEFICIT_QUESTION}])
    chunks = list(sdk.chat.completions.create(model="namndassistenten", stream=True,
                                              messages=[{"role": "user", "content": DEFICIT_QUESTION}]))

    assert chunks[0].choices[0].delta.role == "assistant"
    assert "".join(c.choices[0].delta.content or "" for c in chunks) == whole.choices[0].message.content
    assert chunks[-1].choices[0].finish_reason == "stop"
    assert chunks[-1].model_extra["citations"] == whole.model_extra["citations"]
    with httpx.stream("POST", f"{live_server}/v1/chat/completions", timeout=300,
                      json={"model": "x", "stream": True, "messages": [{"role": "user", "content": "budget 2022"}]}) \
            as raw:
        lines = [line for line in raw.iter_lines() if line]
    assert raw.headers["content-type"].startswith("text/event-stream")
    assert (raw.headers["cache-control"], raw.headers["x-accel-buffering"]) == ("no-cache", "no")
    assert lines[-1] == "data: [DONE]" and all(line.startswith("data: ") for line in lines)


def test_earlier_messages_are_the_conversation(sdk: openai.OpenAI, client: httpx.Client) -> None:
    first = client.post("/api/chat", json={"question": DEFICIT_QUESTION}).json()
    follow = client.post("/api/chat", json={"question": "Och 2021?", "conversation_id": first["conversation_id"]})

    completion = sdk.chat.completions.create(model="namndassistenten", messages=[
        {"role": "system", "content": "Du är en hjälpsam assistent."},
        {"role": "user", "content": DEFICIT_QUESTION},
        {"role": "assistant", "content": first["answer"]},
        {"role": "user", "content": "Och 2021?"},
    ])

    assert (completion.choices[0].message.content or "").startswith(follow.json()["answer"])


def test_langchain_chat_openai_invokes_and_streams(live_server: str) -> None:
    model = ChatOpenAI(base_url=f"{live_server}/v1", api_key="ingen-nyckel", model="namndassistenten", timeout=300,
                       max_retries=0)

    reply = model.invoke(DEFICIT_QUESTION)
    streamed = "".join(str(chunk.content) for chunk in model.stream(DEFICIT_QUESTION))

    assert "19 348" in str(reply.content) and "Källor:" in str(reply.content)
    assert streamed == reply.content


@pytest.mark.parametrize(("body", "status", "code"), [
    ({"model": "x", "messages": []}, 422, "invalid_request"),
    ({"model": "x", "messages": [{"role": "user", "content": "   "}]}, 422, "invalid_question"),
    ({"model": "x", "messages": [{"role": "system", "content": "Hej"}]}, 422, "invalid_question"),
])
def test_errors_take_openai_shape(client: httpx.Client, body: dict[str, object], status: int, code: str) -> None:
    response = client.post("/v1/chat/completions", json=body)

    assert response.status_code == status
    error = response.json()["error"]
    assert error["code"] == code and error["type"] == "invalid_request_error" and error["message"]


def test_sdk_raises_its_own_error_with_our_message(sdk: openai.OpenAI, client: httpx.Client) -> None:
    with pytest.raises(openai.UnprocessableEntityError) as raised:
        sdk.chat.completions.create(model="x", messages=[{"role": "user", "content": " "}])
    assert "tom" in raised.value.message.lower() or "saknas" in raised.value.message.lower()
    # Other routes keep the app's own shape.
    assert set(client.post("/api/chat", json={"question": " "}).json()) == {"error", "detail"}
    assert client.get("/v1/nothing").json()["error"]["code"] == "not_found"
