"""What every response gets and every request must show: an allowed `Host`, security headers, and an
access log that keeps no question text."""

from __future__ import annotations

import base64
import hashlib
import logging
import re
import time

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from web.errors import error_response

access_log = logging.getLogger("namnd.access")

# The page loads nothing from elsewhere (there may be no internet) and builds its DOM without innerHTML; the
# policy makes both a rule the browser enforces. JSON and static files get the same policy: a browser that is
# tricked into rendering one of them as a page may then run nothing from anywhere else either.
CONTENT_SECURITY_POLICY = "default-src 'self'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",  # frame-ancestors for browsers that predate it
}

_INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


def docs_policy(html: str) -> str:
    """Swagger UI starts from one inline script: allow exactly that script by its hash, and the inline styles
    Swagger sets on its elements; everything else as strict as the page."""
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'"
                      for s in _INLINE_SCRIPT.findall(html))
    return (f"default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
            "img-src 'self' data:; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


def allowed_hosts(setting: str) -> frozenset[str]:
    """'localhost, 127.0.0.1' → the host names (lower case, without port); '*' allows any."""
    return frozenset(h.strip().lower().strip("[]") for h in setting.split(",") if h.strip())


class HostCheck:
    """Refuse a request whose Host header names no allowed host (421): a page on another site that rebinds its
    DNS name to this machine's address sends its own name, and so cannot read the API."""

    def __init__(self, app: ASGIApp, hosts: frozenset[str]) -> None:
        self.app = app
        self.hosts = hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and "*" not in self.hosts and request_host(scope) not in self.hosts:
            detail = "Adressen (Host) är inte tillåten för den här tjänsten. Se NAMND_ALLOWED_HOSTS."
            await error_response(421, "host_not_allowed", detail)(scope, receive, send)
            return
        await self.app(scope, receive, send)


def request_host(scope: Scope) -> str:
    """The Host header's name without port: 'localhost:8000' → 'localhost', '[::1]:8000' → '::1'."""
    raw = dict(scope["headers"]).get(b"host", b"").decode("latin-1").strip().lower()
    if raw.startswith("["):
        return raw[1:].partition("]")[0]
    return raw.rpartition(":")[0] if raw.count(":") == 1 else raw


class SecurityHeaders:
    """Add the security headers to every response (API, docs, static files, errors); a route that set its own
    Content-Security-Policy (the docs page) keeps it."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    if name not in headers:
                        headers[name] = value
            await send(message)

        await self.app(scope, receive, with_headers)


class AccessLog:
    """One line per request — method, path, status, milliseconds — and never the query string: a search's
    question is in it (`/api/search?q=…`), and questions may name people."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        status = 500

        async def record(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, record)
        finally:
            access_log.info("%s %s %d %.0f ms", scope["method"], scope["path"], status,
                            (time.perf_counter() - started) * 1000)
