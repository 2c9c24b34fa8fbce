"""The one place where errors become HTTP answers: always `{"error": code, "detail": Swedish message}`."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from assistant.errors import AssistantError
from index.errors import ConfigurationError, IndexBusy, StoreUnavailable
from ingest.errors import IngestError
from web.auth import Forbidden, Unauthorized
from web.pool import ServerBusy
from web.schemas import ErrorOut

log = logging.getLogger(__name__)

INTERNAL_MESSAGE = "Något gick fel hos oss. Försök igen om en stund."
# When to try a write again after the writer lock was not had in time: ingests take seconds to minutes.
INDEX_BUSY_RETRY_SECONDS = 30

_HTTP_MESSAGES: dict[int, tuple[str, str]] = {
    400: ("bad_request", "Förfrågan kunde inte tolkas."),
    404: ("not_found", "Det du söker finns inte."),
    405: ("method_not_allowed", "Metoden stöds inte för den här adressen."),
}

# Declared on every route, so the OpenAPI schema names each status code the API can answer with.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "The request could not be read (e.g. malformed JSON)."},
    401: {"model": ErrorOut, "description": "An API key is needed (NAMND_REQUIRE_READ_KEY, or a write route) and "
          "none or an unknown one was sent."},
    403: {"model": ErrorOut, "description": "The API key's role does not allow this route."},
    404: {"model": ErrorOut, "description": "No such document or resource."},
    413: {"model": ErrorOut, "description": "The request body is larger than 1 MB."},
    421: {"model": ErrorOut, "description": "The Host header names no host in NAMND_ALLOWED_HOSTS."},
    422: {"model": ErrorOut, "description": "Invalid question, parameter or filter, a body nested too deeply or "
          "text that is not valid Unicode; `detail` says which, in Swedish."},
    500: {"model": ErrorOut, "description": "Unexpected error; details are logged, never returned."},
    503: {"model": ErrorOut, "description": "The server is busy (see Retry-After) or the vector store cannot be "
          "reached."},
}


class UploadRefused(Exception):
    """An upload refused before anything was stored; `status` and `code` say how."""

    status = 400
    code = "bad_upload"

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BadUpload(UploadRefused):
    """The multipart body cannot be read, or holds no files (400)."""


class PayloadTooLarge(UploadRefused):
    """The upload passed NAMND_MAX_UPLOAD_MB while it was read (413)."""

    status = 413
    code = "payload_too_large"


class UnsupportedUpload(UploadRefused):
    """A file of a type we do not read, or whose content is another type than its name says (415)."""

    status = 415
    code = "unsupported_media_type"


def error_response(status: int, code: str, detail: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse(ErrorOut(error=code, detail=detail).model_dump(), status_code=status, headers=headers)


def error_code(exc: Exception) -> str:
    """InvalidQuestion -> 'invalid_question': the code follows the error class, so new errors need no table."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", type(exc).__name__).lower().strip("_")


def install_error_handlers(app: FastAPI) -> None:
    """Register handlers for our errors, request validation, HTTP errors and anything unexpected."""

    async def on_assistant_error(_: Request, exc: AssistantError) -> JSONResponse:
        return error_response(exc.status, error_code(exc), exc.message)

    async def on_ingest_error(_: Request, exc: IngestError) -> JSONResponse:
        # Index errors under IngestError are the server's trouble (store down, bad setting), not the user's;
        # their messages are written for people, so they are shown, and logged for the operator.
        if isinstance(exc, StoreUnavailable | ConfigurationError | IndexBusy):
            log.error("%s: %s", type(exc).__name__, exc.message)
            # Another ingest holds the writer lock: it will end, so the client is told when to try again.
            retry = {"Retry-After": str(INDEX_BUSY_RETRY_SECONDS)} if isinstance(exc, IndexBusy) else None
            return error_response(500 if isinstance(exc, ConfigurationError) else 503, error_code(exc), exc.message,
                                  retry)
        return error_response(422, error_code(exc), exc.message)

    async def on_validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        if any(e.get("type") == "json_invalid" for e in errors):
            return error_response(400, "invalid_json", "Förfrågan är inte giltig JSON.")
        return error_response(422, "invalid_request", validation_message(errors))

    async def on_http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code, message = _HTTP_MESSAGES.get(exc.status_code, ("http_error", "Förfrågan kunde inte utföras."))
        headers = getattr(exc, "headers", None)
        allow = allowed_methods(request) if exc.status_code == 405 else None
        if allow:
            headers = {**(headers or {}), "Allow": allow}
        return error_response(exc.status_code, code, message, headers)

    async def on_upload_refused(_: Request, exc: UploadRefused) -> JSONResponse:
        # After a 413 the rest of the body is never read, so the connection cannot carry another request.
        headers = {"Connection": "close"} if isinstance(exc, PayloadTooLarge) else None
        return error_response(exc.status, exc.code, exc.message, headers)

    async def on_busy(_: Request, exc: ServerBusy) -> JSONResponse:
        return error_response(503, "server_busy", exc.message, {"Retry-After": str(exc.retry_after)})

    async def on_unauthorized(_: Request, exc: Unauthorized) -> JSONResponse:
        return error_response(401, "unauthorized", exc.message, {"WWW-Authenticate": "Bearer"})

    async def on_forbidden(_: Request, exc: Forbidden) -> JSONResponse:
        return error_response(403, "forbidden", exc.message)

    async def on_unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("Unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
        return error_response(500, "internal_error", INTERNAL_MESSAGE)

    app.add_exception_handler(AssistantError, on_assistant_error)  # type: ignore[arg-type]
    app.add_exception_handler(IngestError, on_ingest_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, on_validation_error)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, on_http_error)  # type: ignore[arg-type]
    app.add_exception_handler(UploadRefused, on_upload_refused)  # type: ignore[arg-type]
    app.add_exception_handler(ServerBusy, on_busy)  # type: ignore[arg-type]
    app.add_exception_handler(Unauthorized, on_unauthorized)  # type: ignore[arg-type]
    app.add_exception_handler(Forbidden, on_forbidden)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, on_unexpected)


def allowed_methods(request: Request) -> str | None:
    """Every method the API serves at this path, from the OpenAPI schema (None for a path outside it). Starlette's
    405 names only the first route whose path matches, and /api/documents has its GET (read routes) and its POST
    and DELETE (write routes) in two routers."""
    methods: set[str] = set()
    for template, operations in request.app.openapi().get("paths", {}).items():
        pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template))
        if re.fullmatch(pattern, request.url.path):
            methods |= {m.upper() for m in operations if m in _HTTP_METHODS}
    return ", ".join(sorted(methods)) or None


_HTTP_METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


_FIELD_NAMES = {"question": "frågan", "q": "sökfrågan (q)", "k": "antal träffar (k)", "year": "år (year)",
                "type": "dokumenttyp (type)", "diarienummer": "diarienummer", "conversation_id": "konversations-id",
                "years": "år (years)", "document_types": "dokumenttyper (document_types)", "filters": "filter",
                "body": "förfrågans innehåll"}

_BOUNDS = {"ge": "minst", "le": "högst", "gt": "större än", "lt": "mindre än"}


def validation_message(errors: Sequence[Any]) -> str:
    """A Swedish sentence for the first validation problem; pydantic's English never reaches the user."""
    first = errors[0] if errors else {}
    location = [str(part) for part in first.get("loc", ()) if part not in ("body", "query", "path")]
    name = next((part for part in reversed(location) if not part.isdigit()), "body")
    field = _FIELD_NAMES.get(name, f"'{name}'")
    kind = str(first.get("type", ""))
    if kind == "missing":
        return f"Värde saknas för {field}."
    if kind.startswith(("int_", "float_")):
        return f"Ogiltigt värde för {field}: ett heltal krävs."
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        limits = first.get("ctx", {})
        bound = ", ".join(f"{_BOUNDS.get(k, k)} {v}" for k, v in limits.items())
        return f"Ogiltigt värde för {field}: {bound}."
    if kind in ("string_too_long", "too_long"):
        return f"För långt värde för {field}."
    if kind == "string_pattern_mismatch":
        return f"Ogiltigt format för {field}."
    if kind == "literal_error":  # a closed set: say which values it has
        expected = str(first.get("ctx", {}).get("expected", "")).replace(" or ", " eller ")
        return f"Ogiltigt värde för {field}. Giltiga: {expected}."
    if kind.endswith("_type") or kind == "model_attributes_type":
        return f"Fel typ av värde för {field}."
    return f"Ogiltigt värde för {field}."


class ContainErrors:
    """Answer an unexpected error with the generic 500 and keep the connection: Starlette's outermost handler
    sends its 500 and then re-raises, and uvicorn answers a re-raised error by closing the connection, so the
    client's next request on that kept-alive connection would be reset without a word. Only an error after a
    response has started but not finished (a broken stream) still closes the connection: nothing else is
    honest then."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = finished = False

        async def watch(message: Message) -> None:
            nonlocal started, finished
            if message["type"] == "http.response.start":
                started = True
            elif message["type"] == "http.response.body" and not message.get("more_body", False):
                finished = True
            await send(message)

        try:
            await self.app(scope, receive, watch)
        except Exception as exc:
            if started and not finished:
                raise
            if not started:
                log.exception("Unhandled error on %s %s", scope.get("method"), scope.get("path"), exc_info=exc)
                await error_response(500, "internal_error", INTERNAL_MESSAGE)(scope, receive, send)
