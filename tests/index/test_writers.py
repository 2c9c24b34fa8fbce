"""One writer at a time, and readers that follow: real `namnd ingest` processes on one data dir while a real
server answers throughout."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
import uvicorn

from assistant.service import Assistant
from assistant.settings import Settings
from index.lock import WriterLock
from index.store import SearchFilter
from tests.conftest import EMBEDDING_CACHE, REPO
from tests.index.conftest import APRIL, MAJ
from web.app import create_app

pytestmark = pytest.mark.e2e

JUNI = """# Månadsrapport juni 2024

## Äldreomsorg

Hemtjänsten i Valla utförde 5 300 besök i juni. Nattpatrullen fick en extra bil.
"""


def namnd(data_dir: Path, *args: str, **env: str) -> subprocess.Popen:
    environment = {**os.environ, "NAMND_DATA_DIR": str(data_dir), "NAMND_EMBEDDING_CACHE": str(EMBEDDING_CACHE),
                   "PYTHONPATH": str(REPO), "OMP_NUM_THREADS": "1", "COLUMNS": "200", **env}
    return subprocess.Popen([sys.executable, "-m", "web.cli", *args], cwd=REPO, env=environment,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def finish(process: subprocess.Popen, timeout: float = 300) -> tuple[int, str]:
    output, _ = process.communicate(timeout=timeout)
    return process.returncode, output


def test_two_first_ingests_racing_on_a_new_data_dir_both_succeed(tmp_path: Path,
                                                                 write_doc: Callable[..., Path]) -> None:
    data = tmp_path / "ny-data"
    first = namnd(data, "ingest", str(write_doc("april.md", APRIL, "a")))
    second = namnd(data, "ingest", str(write_doc("maj.md", MAJ, "b")))
    results = [finish(first), finish(second)]

    for code, output in results:
        assert code == 0, output
        assert "Ta bort" not in output and "schema" not in output
    assistant = Assistant.from_settings(Settings(data_dir=data, embedding_cache=EMBEDDING_CACHE))
    assert sorted(r.file_name for r in assistant.documents()) == ["april.md", "maj.md"]
    assert vectors_match_catalog(assistant)


def test_ingests_in_two_processes_are_serialised_and_a_running_server_follows_them(
        tmp_path: Path, write_doc: Callable[..., Path]) -> None:
    data = tmp_path / "data"
    assert finish(namnd(data, "ingest", str(write_doc("april.md", APRIL, "a"))))[0] == 0
    served = Assistant.from_settings(Settings(data_dir=data, embedding_cache=EMBEDDING_CACHE))
    question = "Hur många besök gjorde hemtjänsten i Valla?"
    assert not any("Valla" in h.chunk.text for h in served.search(question))  # asked before: cached as unknown

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(served), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{sock.getsockname()[1]}"
    statuses: list[int] = []
    stop = threading.Event()

    def ask_throughout() -> None:
        with httpx.Client(base_url=base, timeout=60) as client:
            while not stop.is_set():
                statuses.append(client.post("/api/chat", json={"question": "Hur många barn var placerade?"}).status_code)
                time.sleep(0.1)

    asker = threading.Thread(target=ask_throughout)
    asker.start()
    try:
        first = namnd(data, "ingest", str(write_doc("maj.md", MAJ, "b")))
        second = namnd(data, "ingest", str(write_doc("juni.md", JUNI, "c")))
        results = [finish(first), finish(second)]
        time.sleep(0.3)
        with httpx.Client(base_url=base, timeout=60) as client:
            found = client.get("/api/search", params={"q": question, "k": 3}).json()["hits"]
            documents = client.get("/api/documents").json()["documents"]
    finally:
        stop.set()
        asker.join(timeout=60)
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()

    assert [code for code, _ in results] == [0, 0], results
    assert statuses and set(statuses) == {200}, statuses
    assert sorted(d["file_name"] for d in documents) == ["april.md", "juni.md", "maj.md"]
    assert "Valla" in found[0]["text"]
    # The dense side sees the new passages too (embedded Chroma reopened on the new generation).
    juni = next(d["document_id"] for d in documents if d["file_name"] == "juni.md")
    dense = served.index.dense(question, 5, SearchFilter())
    assert any(cid in served.index.catalog.chunk_ids(juni) for cid, _ in dense)
    assert vectors_match_catalog(served)


def test_an_ingest_that_cannot_get_the_lock_waits_then_gives_up_in_swedish(tmp_path: Path,
                                                                          write_doc: Callable[..., Path]) -> None:
    data = tmp_path / "data"
    lock = WriterLock(data / "writer.lock")
    with lock.hold():
        code, output = finish(namnd(data, "ingest", str(write_doc("april.md")), NAMND_LOCK_TIMEOUT="2"))

    assert code == 2, output
    assert "Väntar" in output and f"process {os.getpid()}" in output
    assert "Fel:" in output and "Inget ändrades" in output
    assert finish(namnd(data, "ingest", str(tmp_path / "docs" / "april.md")))[0] == 0


def vectors_match_catalog(assistant: Assistant) -> bool:
    catalog = assistant.index.catalog
    embedded = {cid for r in assistant.documents()
                for cid, chunk in catalog.chunks(catalog.chunk_ids(r.document_id)).items() if chunk.kind != "table"}
    stored = {cid for r in assistant.documents() for cid in assistant.index.vectors.ids_for_document(r.document_id)}
    return embedded == stored and assistant.index.vectors.count() == len(embedded)
