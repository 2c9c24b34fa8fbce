"""A real uvicorn server around the corpus assistant, shared by the API, page and schema tests."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from assistant.service import Assistant
from tests.conftest import SHARED, make_settings
from web.app import create_app

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


@contextlib.contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    """Any app served by uvicorn in a background thread on a free port, for the duration; yields its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))  # bound before the server starts, so no other process can take the port
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def serve(assistant: Assistant) -> contextlib.AbstractContextManager[str]:
    """The app around `assistant`, served as by `serving`."""
    return serving(create_app(assistant))


@pytest.fixture(scope="session")
def live_server(corpus_assistant: Assistant) -> Iterator[str]:
    """The app around the corpus assistant."""
    with serve(corpus_assistant) as url:
        yield url


@pytest.fixture(scope="session")
def board_assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    """An assistant over the kallelser and reports (text exports) and the three test protokoll (text, one as PDF)."""
    assistant = Assistant.from_settings(make_settings(tmp_path_factory.mktemp("board")))
    report = assistant.ingest([SHARED / "corpus", SHARED / "corpus-protokoll",
                               SHARED / "corpus-protokoll-pdf" / "protokoll_2024-04-17.pdf"])
    assert report.count("added") == 9, [o for o in report.outcomes if o.status != "added"]
    return assistant


@pytest.fixture(scope="session")
def board_server(board_assistant: Assistant) -> Iterator[str]:
    with serve(board_assistant) as url:
        yield url


@pytest.fixture(scope="session")
def board_client(board_server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=board_server, timeout=120) as http:
        yield http


@pytest.fixture(scope="session")
def client(live_server: str) -> Iterator[httpx.Client]:
    # Generous timeout: answers share two cores with the test process and sometimes a background job.
    with httpx.Client(base_url=live_server, timeout=120) as http:
        yield http


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any], chromium_path: str) -> dict[str, Any]:
    """pytest-playwright launches Debian's chromium (a downloaded browser build cannot be had offline)."""
    return {**browser_type_launch_args, "executable_path": chromium_path, "args": CHROMIUM_ARGS}
