"""The 'chroma-server' vector store against a real Chroma server started by the test (`chroma run`)."""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from assistant.service import Assistant
from index.errors import StoreUnavailable

pytestmark = pytest.mark.e2e

CHROMA = Path(sys.executable).parent / "chroma"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class ChromaServer:
    """One `chroma run` process on a fixed port and data folder; can be stopped and started again."""

    def __init__(self, path: Path, log: Path) -> None:
        self.path, self.log, self.port = path, log, free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        return f"127.0.0.1:{self.port}"

    def start(self) -> None:
        with self.log.open("ab") as log:
            self.process = subprocess.Popen(
                [str(CHROMA), "run", "--path", str(self.path), "--host", "127.0.0.1", "--port", str(self.port)],
                stdout=log, stderr=subprocess.STDOUT,
            )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                pytest.fail(f"chroma run exited with {self.process.returncode}: {self.log.read_text(errors='replace')}")
            heartbeat = f"http://{self.address}/api/v2/heartbeat"
            with contextlib.suppress(OSError), urllib.request.urlopen(heartbeat, timeout=2) as answer:
                if answer.status == 200:
                    return
            time.sleep(0.2)
        self.stop()
        pytest.fail(f"the Chroma server did not answer its heartbeat within 60 s: {self.log.read_text(errors='replace')}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[ChromaServer]:
    if not CHROMA.is_file():
        pytest.fail(f"the chroma CLI is missing at {CHROMA}: install chromadb in the virtual environment")
    server = ChromaServer(tmp_path / "chroma-server", tmp_path / "chroma-server.log")
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def server_assistant(chroma_server: ChromaServer, make_assistant: Callable[..., Assistant]) -> Assistant:
    return make_assistant(vector_store="chroma-server", chroma_url=chroma_server.address)


def test_ingest_and_search_through_a_real_chroma_server(
    server_assistant: Assistant, write_doc: Callable[..., Path]
) -> None:
    report = server_assistant.ingest([write_doc("april.md")])

    assert [(o.status, o.chunks) for o in report.outcomes] == [("added", 3)]
    assert server_assistant.index.vectors.count() == 3
    assert not server_assistant.settings.chroma_path.exists(), "vectors went to an embedded store, not the server"
    hits = server_assistant.search("Hur många barn var placerade i familjehem?")
    assert hits[0].chunk.text.startswith("Under april var 37 barn och unga placerade i familjehem")
    assert hits[0].dense_rank is not None


def test_vectors_outlive_a_server_restart(
    chroma_server: ChromaServer, server_assistant: Assistant, make_assistant: Callable[..., Assistant],
    write_doc: Callable[..., Path],
) -> None:
    server_assistant.ingest([write_doc("april.md")])
    chroma_server.stop()
    chroma_server.start()

    again = make_assistant(vector_store="chroma-server", chroma_url=chroma_server.address)
    assert again.index.vectors.count() == 3
    assert again.search("sjukfrånvaro bland socialsekreterare")[0].dense_rank is not None


def test_a_server_that_is_down_leaves_no_half_document(
    chroma_server: ChromaServer, server_assistant: Assistant, write_doc: Callable[..., Path]
) -> None:
    server_assistant.ingest([write_doc("april.md")])
    chroma_server.stop()

    with contextlib.suppress(Exception):  # how it fails is checked below; here only what it leaves behind
        server_assistant.ingest([write_doc("maj.md", "# Månadsrapport maj 2024\n\n## Vuxna\n\nVuxenstödet tog emot 18 nya ärenden.\n")])

    assert [r.file_name for r in server_assistant.documents()] == ["april.md"]
    assert server_assistant.index.catalog.chunk_count() == 3

    chroma_server.start()
    report = server_assistant.ingest([write_doc("maj.md", "# Månadsrapport maj 2024\n\n## Vuxna\n\nVuxenstödet tog emot 18 nya ärenden.\n")])
    assert report.outcomes[0].status == "added"
    assert server_assistant.index.vectors.count() == server_assistant.index.catalog.chunk_count() == 4


def test_a_server_that_is_down_is_reported_as_unavailable(
    chroma_server: ChromaServer, server_assistant: Assistant, write_doc: Callable[..., Path]
) -> None:
    server_assistant.ingest([write_doc("april.md")])
    chroma_server.stop()

    with pytest.raises(StoreUnavailable):
        server_assistant.ingest([write_doc("maj.md", "# Månadsrapport maj 2024\n\n## Vuxna\n\nNya ärenden.\n")])
