"""A cap on request bodies, so an oversized upload is refused before it is read into memory."""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from web.errors import error_response

MAX_BODY_BYTES = 1_000_000  # a question is at most a few thousand characters; filters add little


class BodyLimit:
    """Answer 413 (in the API's error shape) when Content-Length announces more than the cap. A chunked body
    without Content-Length passes; the question-length check still bounds what reaches the model."""

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            length = dict(scope["headers"]).get(b"content-length", b"0")
            if length.isdigit() and int(length) > self.max_bytes:
                detail = f"Förfrågan är för stor (högst {self.max_bytes // 1000} kB)."
                await error_response(413, "payload_too_large", detail)(scope, receive, send)
                return
        await self.app(scope, receive, send)
