"""Limits on what a request may carry, enforced while the body is read: size (chunked bodies too), JSON nesting
depth, and text that is not valid Unicode. Each is refused in the API's error shape before any route runs."""

from __future__ import annotations

import json
import re

import numpy as np
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from web.errors import error_response

MAX_BODY_BYTES = 1_000_000  # a question is at most a few thousand characters; filters add little
# Our bodies nest two levels (body → filters → list); 32 leaves room and keeps the parser's recursion shallow.
MAX_JSON_DEPTH = 32

_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_OPENING = np.frombuffer(b"[{", dtype=np.uint8)
_CLOSING = np.frombuffer(b"]}", dtype=np.uint8)


class BodyLimit:
    """Read the body up to the cap and no further: a Content-Length over the cap, or a chunked body that grows
    past it, gets 413 at once, and what was read is dropped (uvicorn stops reading the connection while nobody
    asks for more, so memory stays flat). A JSON body that nests too deeply or holds a lone surrogate
    ('\\ud800', not Unicode) gets 422. The body read is handed on to the app unchanged."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES,
                 streamed: frozenset[tuple[str, str]] = frozenset()) -> None:
        self.app = app
        self.max_bytes = max_bytes
        # (method, path) of routes that read their own body under their own limit (the upload, counted as it
        # streams): buffering it here would hold the whole upload in memory.
        self.streamed = streamed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS")
                or (scope["method"], scope["path"]) in self.streamed):
            await self.app(scope, receive, send)
            return
        length = dict(scope["headers"]).get(b"content-length", b"0")
        if length.isdigit() and int(length) > self.max_bytes:
            await self._too_large(scope, receive, send)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                chunks.clear()
                await self._too_large(scope, receive, send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)
        problem = json_problem(body) if _is_json(scope) else None
        if problem:
            await error_response(422, *problem)(scope, receive, send)
            return
        await self.app(scope, _replay(body, receive), send)

    async def _too_large(self, scope: Scope, receive: Receive, send: Send) -> None:
        detail = f"Förfrågan är för stor (högst {self.max_bytes // 1000} kB)."
        # Connection: close, since the rest of the body is never read and cannot be skipped on this connection.
        response = error_response(413, "payload_too_large", detail, headers={"Connection": "close"})
        await response(scope, receive, send)


def json_problem(body: bytes) -> tuple[str, str] | None:
    """(code, Swedish message) when a JSON body nests deeper than MAX_JSON_DEPTH or is not valid Unicode; None
    otherwise (malformed JSON is left to FastAPI's own 400)."""
    depth = deepest(body)
    if depth > MAX_JSON_DEPTH:
        return "too_deep", f"Förfrågan är för djupt nästlad (högst {MAX_JSON_DEPTH} nivåer)."
    try:
        value = json.loads(body)
    except ValueError:
        return None
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return "invalid_text", "Förfrågan innehåller tecken som inte är giltig Unicode (ensamma surrogattecken)."
    return None


def deepest(body: bytes) -> int:
    """Greatest nesting of [ and { outside strings, counted without parsing (so without recursion)."""
    codes = np.frombuffer(_STRING.sub(b'""', body), dtype=np.uint8)
    steps = np.isin(codes, _OPENING).astype(np.int32) - np.isin(codes, _CLOSING).astype(np.int32)
    return int(np.cumsum(steps).max(initial=0))


def _is_json(scope: Scope) -> bool:
    content_type = dict(scope["headers"]).get(b"content-type", b"application/json")
    return b"json" in content_type.lower()


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()  # after the body: wait for the disconnect, as the server's own receive would

    return replay
