"""The assistant as an OpenAI-compatible model: `GET /v1/models` and `POST /v1/chat/completions`.

Chat front-ends (Open WebUI, LibreChat), the official `openai` SDK, LangChain's `ChatOpenAI` and LiteLLM can then
use the board's documents as a model. The last user message is the question and the earlier user messages are the
conversation; the reply text carries the [n] markers and a source list, and the structured citations travel in an
extra `citations` field. Errors on these routes take OpenAI's shape, `{"error": {"message", "type", "code"}}`.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterator
from typing import Any, Literal

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.errors import InvalidQuestion
from assistant.models import Answer, Citation
from assistant.service import Assistant
from assistant.writers import word_pieces
from web.schemas import CitationOut
from web.streaming import STREAM_HEADERS

MODEL_ID = "namndassistenten"


class OpenAIErrorDetail(BaseModel):
    message: str = Field(description="Message for the user, in Swedish.")
    type: str = Field(description="OpenAI's error type, e.g. 'invalid_request_error' or 'server_error'.")
    param: str | None = None
    code: str = Field(description="Our short code, as in the rest of the API (e.g. 'invalid_question').")


class OpenAIErrorOut(BaseModel):
    """OpenAI's error shape, which the SDKs read; used on the /v1 routes only."""

    error: OpenAIErrorDetail


_ERRORS = {400: "The body is not valid JSON.", 404: "Unknown path.", 413: "The body is larger than 1 MB.",
           422: "No user message, an empty or too long question, or an invalid body.",
           500: "Unexpected error (logged, never returned).", 503: "The vector store cannot be reached."}
router = APIRouter(prefix="/v1", tags=["openai-kompatibelt"],
                   responses={status: {"model": OpenAIErrorOut, "description": text} for status, text in _ERRORS.items()})


class MessageIn(BaseModel):
    """One chat message; content as plain text or as OpenAI's list of parts (only text parts are read)."""

    model_config = ConfigDict(extra="allow")
    # OpenAI's chat roles (its API reference); only "user" messages are read as questions.
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[dict[str, Any]] | None = None

    def text(self) -> str:
        if isinstance(self.content, list):
            return " ".join(str(p.get("text", "")) for p in self.content if p.get("type") == "text")
        return self.content or ""


class ChatCompletionIn(BaseModel):
    """OpenAI's chat completion request; sampling options are accepted and ignored (the sources decide)."""

    model_config = ConfigDict(extra="allow")
    model: str = MODEL_ID
    # The schema says what the route needs: at least one user message with text (the last one is the question).
    messages: list[MessageIn] = Field(min_length=1, json_schema_extra={"contains": {
        "type": "object", "required": ["role", "content"],
        "properties": {"role": {"const": "user"}, "content": {"type": "string", "minLength": 1, "pattern": r"\S"}}}})
    stream: bool = Field(False, strict=True)  # JSON true/false, as OpenAI's clients send; 0 or "yes" is an error


def get_assistant(request: Request) -> Assistant:
    return request.app.state.assistants.get()  # type: ignore[no-any-return]


@router.get("/models")
def models() -> dict[str, Any]:
    """The one model this server offers: the assistant itself."""
    return {"object": "list", "data": [{"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "namnd"}]}


@router.post("/chat/completions", response_model=None, responses={200: {
    "description": "A chat.completion object, or with `stream: true` Server-Sent Events of chat.completion.chunk "
                   "objects ending with `data: [DONE]`.",
    "content": {"application/json": {"schema": {"type": "object"}}, "text/event-stream": {"schema": {
        "type": "object", "required": ["data"], "description": "One server-sent event.",
        "properties": {"data": {"type": "string", "description": "A chat.completion.chunk as JSON, or [DONE]."},
                       "event": {"type": "string"}}}}}}})
def chat_completions(body: ChatCompletionIn, request: Request) -> JSONResponse | StreamingResponse:
    """Answer the last user message with the earlier user messages as the conversation."""
    assistant = get_assistant(request)
    questions = [m.text().strip() for m in body.messages if m.role == "user" and m.text().strip()]
    if not questions:
        raise InvalidQuestion("Ingen fråga: det sista användarmeddelandet saknas eller är tomt.")
    question, history = questions[-1], questions[:-1]
    completion_id = f"chatcmpl-{uuid.uuid4().hex}"
    if body.stream:
        stream = assistant.ask_stream(question, history=history)
        return StreamingResponse(_sse(completion_id, body.model, _final(stream.events)),
                                 media_type="text/event-stream",
                                 headers=STREAM_HEADERS)
    answer = assistant.ask(question, history=history)
    return JSONResponse(_completion(completion_id, body.model, answer))


def reply_text(answer: Answer) -> str:
    """The answer with its sources written out, for clients that show only the text."""
    if not answer.citations:
        return answer.text
    return f"{answer.text}\n\nKällor:\n" + "\n".join(_source_line(c) for c in answer.citations)


def _source_line(c: Citation) -> str:
    where = f"s. {c.page}" if c.page is not None else f"rad {c.line_start}–{c.line_end}"
    section = f", {c.section}" if c.section else ""
    return f"[{c.n}] {c.title} ({c.source}, {where}{section})"


def _extras(answer: Answer) -> dict[str, Any]:
    return {"citations": [CitationOut.from_citation(c).model_dump() for c in answer.citations],
            "namnd": {"conversation_id": answer.conversation_id, "abstained": answer.abstained,
                      "writer": answer.writer, "dropped_sentences": answer.dropped_sentences}}


def _completion(completion_id: str, model: str, answer: Answer) -> dict[str, Any]:
    return {"id": completion_id, "object": "chat.completion", "created": int(time.time()), "model": model,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": reply_text(answer)},
                         "finish_reason": "stop"}],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0}, **_extras(answer)}


def _final(events: Iterator[str | Answer]) -> Answer:
    """The verified answer. Raw model tokens are not streamed here: a client joins the deltas and has no `done`
    to replace them with, so only verified text may go out."""
    final = None
    for event in events:
        if isinstance(event, Answer):
            final = event
    assert final is not None, "a writer's stream ends with its Answer"
    return final


def _sse(completion_id: str, model: str, answer: Answer) -> Iterator[str]:
    created = int(time.time())

    def chunk(delta: dict[str, Any], finish: Literal["stop"] | None = None, **extra: Any) -> str:
        body = {"id": completion_id, "object": "chat.completion.chunk", "created": created, "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra}
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

    yield chunk({"role": "assistant", "content": ""})
    for piece in word_pieces(reply_text(answer)):
        yield chunk({"content": piece})
    yield chunk({}, "stop", **_extras(answer))
    yield "data: [DONE]\n\n"


_OPENAI_TYPES = {401: "authentication_error", 403: "permission_error", 429: "rate_limit_error"}


class OpenAIErrors:
    """ASGI middleware: on /v1/ paths, the app's `{"error": code, "detail": message}` becomes OpenAI's
    `{"error": {"message", "type", "param", "code"}}`, which the SDKs read. Other paths pass untouched."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        held: list[Message] = []

        async def reshaping_send(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] >= 400:
                held.append(message)
                return
            if held and message["type"] == "http.response.body":
                held.append(message)
                if not message.get("more_body"):
                    await _send_reshaped(held, send)
                return
            await send(message)

        await self.app(scope, receive, reshaping_send)


async def _send_reshaped(held: list[Message], send: Send) -> None:
    start, body = held[0], b"".join(m.get("body", b"") for m in held[1:])
    status = start["status"]
    try:
        ours = json.loads(body)
        code, message = str(ours["error"]), str(ours["detail"])
    except (ValueError, KeyError, TypeError):
        code, message = "error", body.decode("utf-8", "replace")
    kind = _OPENAI_TYPES.get(status, "server_error" if status >= 500 else "invalid_request_error")
    payload = json.dumps({"error": {"message": message, "type": kind, "param": None, "code": code}},
                         ensure_ascii=False).encode()
    headers = [(k, v) for k, v in start.get("headers", []) if k.lower() not in (b"content-length", b"content-type")]
    headers += [(b"content-type", b"application/json"), (b"content-length", str(len(payload)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})
