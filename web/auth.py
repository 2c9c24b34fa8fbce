"""Who may do what: write routes need an editor key, read routes a reader key when NAMND_REQUIRE_READ_KEY is set.

The key comes as `Authorization: Bearer KEY` (what OpenAI clients send) or `X-API-Key: KEY`. Both are declared as
security schemes, so the OpenAPI schema says which routes need a key."""

from __future__ import annotations

import ipaddress
from typing import Annotated

from fastapi import Depends, Request
from fastapi.responses import JSONResponse
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer
from starlette.types import ASGIApp, Receive, Scope, Send

from web.keys import ApiKey, KeyStore, Role
from web.schemas import ErrorOut

bearer = HTTPBearer(auto_error=False, description="Bearer KEY: an API key from `namnd keys create`.")
api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="An API key from `namnd keys create`.")

AUTH_RESPONSES: dict[int | str, dict] = {
    401: {"model": ErrorOut, "description": "No API key, or an unknown or revoked one (`unauthorized`)."},
    403: {"model": ErrorOut, "description": "The key's role may not do this (`forbidden`)."},
}


class Unauthorized(Exception):
    """No valid key where one is needed (401)."""

    message = "En giltig API-nyckel krävs (Authorization: Bearer NYCKEL eller X-API-Key: NYCKEL)."


class Forbidden(Exception):
    """A valid key whose role is too low (403)."""

    def __init__(self, needed: Role) -> None:
        names = {"reader": "läsare", "editor": "redaktör", "admin": "administratör"}
        self.message = f"Nyckeln saknar behörighet: det här kräver rollen {names[needed]} ({needed}) eller högre."


def presented_key(bearer_credentials: HTTPAuthorizationCredentials | None, header_key: str | None) -> str | None:
    if bearer_credentials and bearer_credentials.credentials.strip():
        return bearer_credentials.credentials.strip()
    return header_key.strip() if header_key and header_key.strip() else None


def _check(request: Request, key: str | None, role: Role) -> ApiKey:
    if key is None:
        raise Unauthorized
    store: KeyStore = request.app.state.keys
    record = store.verify(key)
    if record is None:
        raise Unauthorized
    if not record.allows(role):
        raise Forbidden(role)
    return record


def require_editor(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    header_key: Annotated[str | None, Depends(api_key_header)],
) -> ApiKey:
    """A write route's guard: an editor or admin key, always."""
    return _check(request, presented_key(credentials, header_key), "editor")


def require_reader(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    header_key: Annotated[str | None, Depends(api_key_header)],
) -> ApiKey:
    """A read route's guard, added to the read routers only when NAMND_REQUIRE_READ_KEY is true."""
    return _check(request, presented_key(credentials, header_key), "reader")


def is_loopback(host: str) -> bool:
    """'127.0.0.1', '::1', 'localhost' → True; '0.0.0.0' (every address) or an intranet name → False."""
    if host.strip().lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip().strip("[]")).is_loopback
    except ValueError:
        return False


def bind_refusal(host: str, require_read_key: bool, public_read: bool) -> str | None:
    """Why `namnd serve` must not listen on `host`, in Swedish; None when it may."""
    if is_loopback(host) or require_read_key or public_read:
        return None
    return (f"Vägrar lyssna på {host}: det är inte bara den här datorn (loopback), och vem som helst på nätet "
            "skulle då kunna läsa handlingarna. Sätt NAMND_REQUIRE_READ_KEY=true (läsning kräver en nyckel från "
            "`namnd keys create --role reader`) eller, om handlingarna får vara öppna för alla, "
            "NAMND_PUBLIC_READ=true.")


class ReadKeyGate:
    """The read-key check for a mounted ASGI app that has no FastAPI dependencies (the MCP server at /mcp)."""

    def __init__(self, app: ASGIApp, keys: KeyStore) -> None:
        self.app = app
        self.keys = keys

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
            scheme, _, token = headers.get("authorization", "").partition(" ")
            key = token.strip() if scheme.lower() == "bearer" and token.strip() else headers.get("x-api-key")
            record = self.keys.verify(key) if key else None
            if record is None or not record.allows("reader"):
                problem = Unauthorized() if record is None else Forbidden("reader")
                status, code = (401, "unauthorized") if record is None else (403, "forbidden")
                await error_json(status, code, problem.message)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def error_json(status: int, code: str, detail: str) -> JSONResponse:
    return JSONResponse(ErrorOut(error=code, detail=detail).model_dump(), status_code=status,
                        headers={"WWW-Authenticate": "Bearer"} if status == 401 else None)
