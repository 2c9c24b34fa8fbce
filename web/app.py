"""The FastAPI app: JSON API, the chat page at `/`, and one error shape for everything."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import AsyncIterator
from pathlib import Path

import anyio
import swagger_ui_bundle
from fastapi import Depends, FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from assistant.service import Assistant
from assistant.settings import Settings
from web import api, board_api, documents_api, openai_routes
from web.auth import AUTH_RESPONSES, ReadKeyGate, require_reader
from web.errors import ContainErrors, install_error_handlers
from web.keys import make_key_store
from web.limits import BodyLimit
from web.mcp_server import build_mcp
from web.openapi import with_question_limit
from web.pool import WorkPool
from web.security import SECURITY_HEADERS, AccessLog, HostCheck, SecurityHeaders, allowed_hosts, docs_policy

STATIC = Path(__file__).parent / "static"

# The security headers (web/security.py) go on every response; the page's are the same as everyone's.
PAGE_HEADERS = dict(SECURITY_HEADERS)


class AssistantProvider:
    """Hands out the app's Assistant, building it from Settings once, on first use, when none was given."""

    def __init__(self, assistant: Assistant | None = None) -> None:
        self._assistant = assistant
        # Reading settings is cheap; loading the model and the index is not, so that waits for a request.
        self.settings = assistant.settings if assistant else Settings()
        self._lock = threading.Lock()

    def get(self) -> Assistant:
        if self._assistant is None:
            with self._lock:
                if self._assistant is None:
                    self._assistant = Assistant.from_settings(self.settings)
        return self._assistant


def create_app(assistant: Assistant | None = None) -> FastAPI:
    """Build the app around an Assistant; with None, one is built from NAMND_* settings on the first request."""
    provider = AssistantProvider(assistant)
    mcp = build_mcp(provider.get)

    @contextlib.asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        async with mcp.session_manager.run():  # without it every MCP call fails ("Task group is not initialized")
            yield

    app = FastAPI(
        lifespan=lifespan,
        title="Nämndassistenten",
        version="0.1.0",
        description="Frågor och svar ur nämndens handlingar, med källhänvisningar. Every error answers "
        'with `{"error": code, "detail": Swedish message}`.',
        docs_url=None,  # FastAPI's own /docs loads Swagger UI from a CDN; ours serves it from a package
    )
    app.state.assistants = provider
    settings = provider.settings
    app.state.keys = make_key_store(settings.database, settings.keys_path)
    app.state.pool = WorkPool(settings.workers, settings.queue, settings.question_timeout)
    # Uploads are ingested one at a time per process (the writer lock serialises them across processes anyway);
    # a limiter of their own keeps them from taking the threads the read routes run in.
    app.state.writers = anyio.CapacityLimiter(1)
    app.openapi = with_question_limit(app, app.state.assistants.settings.max_question_chars)  # type: ignore[method-assign]
    install_error_handlers(app)
    # Outermost last: the access log sees every answer, every answer gets the headers, an unexpected error
    # keeps its connection, and Host and body limits are checked before anything is read or run.
    app.add_middleware(BodyLimit, streamed=frozenset({("POST", documents_api.UPLOAD_PATH)}))
    app.add_middleware(HostCheck, hosts=allowed_hosts(app.state.assistants.settings.allowed_hosts))
    app.add_middleware(ContainErrors)
    # Around the limits and the Host check: every error on /v1/ (413 and 421 included) takes OpenAI's shape.
    app.add_middleware(openai_routes.OpenAIErrors)
    app.add_middleware(SecurityHeaders)
    app.add_middleware(AccessLog)
    # Read routes carry the reader guard (and declare it in the schema) only when reading needs a key: declaring a
    # key that is not required would make the schema lie.
    guard = {"dependencies": [Depends(require_reader)], "responses": AUTH_RESPONSES} if settings.require_read_key else {}
    app.include_router(api.router, **guard)
    app.include_router(board_api.router, **guard)
    app.include_router(openai_routes.router, **guard)
    # Write routes carry the editor guard themselves: always, whatever NAMND_REQUIRE_READ_KEY says.
    app.include_router(documents_api.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    # MCP over streamable HTTP at /mcp/ (/mcp redirects there).
    mcp_app = mcp.streamable_http_app(streamable_http_path="/")
    app.mount("/mcp", ReadKeyGate(mcp_app, app.state.keys) if settings.require_read_key else mcp_app)
    app.mount("/docs-assets", StaticFiles(directory=swagger_ui_bundle.swagger_ui_path), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        html = get_swagger_ui_html(openapi_url=app.openapi_url or "/openapi.json", title="Nämndassistenten – API",
                                   swagger_js_url="/docs-assets/swagger-ui-bundle.js",
                                   swagger_css_url="/docs-assets/swagger-ui.css",
                                   swagger_favicon_url="/static/favicon.svg")
        html.headers["Content-Security-Policy"] = docs_policy(bytes(html.body).decode())
        return html

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html", headers=PAGE_HEADERS)

    return app
