"""A real uvicorn server around the corpus assistant, shared by the API, page and schema tests."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

import httpx
import pytest

from assistant.service import Assistant
from tests.conftest import SHARED, make_settings
from web.app import create_app
from web.load import serving

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def serve(assistant: Assistant) -> contextlib.AbstractContextManager[str]:
    """The app around `assistant`, served by uvicorn on a free loopback port (web.load.serving)."""
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
