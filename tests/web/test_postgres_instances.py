"""Two `namnd serve` processes on one PostgreSQL database (tests/conftest.py starts a real one): what one ingest
writes, the other instance answers from within a second, and a conversation begun on one continues on the other."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.conftest import CORPUS_TEXT, EMBEDDING_CACHE, REPO

psycopg = pytest.importorskip("psycopg", reason="psycopg is not installed (the 'postgres' extra, which "
                              "make install-test installs)")

pytestmark = pytest.mark.e2e

FILE = min(CORPUS_TEXT.glob("*.txt"), key=lambda p: p.stat().st_size)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _env(database_url: str, data_dir: Path) -> dict[str, str]:
    return {**os.environ, "NAMND_DATABASE_URL": database_url, "NAMND_DATA_DIR": str(data_dir),
            "NAMND_EMBEDDING_CACHE": str(EMBEDDING_CACHE), "PYTHONPATH": str(REPO), "OMP_NUM_THREADS": "1",
            "HF_HUB_OFFLINE": "1", "NAMND_UPLOADS_DIR": str(data_dir.parent / "shared-uploads")}


@pytest.fixture
def instances(database_url: str, tmp_path: Path) -> Iterator[list[str]]:
    """Two `namnd serve` processes, each with its own (empty) data dir, started together on one database."""
    processes, bases = [], []
    for name in ("a", "b"):
        port = _free_port()
        processes.append(subprocess.Popen(
            [sys.executable, "-m", "web.cli", "serve", "--port", str(port)], env=_env(database_url, tmp_path / name),
            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
        bases.append(f"http://127.0.0.1:{port}")
    try:
        for base, process in zip(bases, processes, strict=True):
            deadline = time.monotonic() + 180
            while True:
                try:
                    if httpx.get(f"{base}/healthz", timeout=60).status_code == 200:
                        break
                except httpx.TransportError:
                    pass
                if process.poll() is not None or time.monotonic() > deadline:
                    process.kill()
                    pytest.fail(f"namnd serve did not start: {process.stderr.read().decode()[-2000:]}")
                time.sleep(0.3)
        yield bases
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)


def test_an_ingest_is_answered_by_the_other_instance_and_conversations_move(
        instances: list[str], database_url: str, tmp_path: Path) -> None:
    a, b = (httpx.Client(base_url=base, timeout=120) for base in instances)
    assert a.get("/healthz").json()["documents"] == 0 == b.get("/healthz").json()["documents"]
    assert b.get("/api/search", params={"q": "socialnämnden budget"}).json()["hits"] == []  # B has looked once

    ingest = subprocess.run([sys.executable, "-m", "web.cli", "ingest", str(FILE)], cwd=REPO, timeout=600,
                            env=_env(database_url, tmp_path / "cli"), capture_output=True, text=True)
    done = time.monotonic()
    assert ingest.returncode == 0, ingest.stderr[-2000:]

    with psycopg.connect(database_url) as conn:
        document_id, heading = conn.execute(
            "SELECT document_id, section_path::json->>-1 FROM chunks WHERE kind = 'text' "
            "AND length(section_path::json->>-1) > 8 ORDER BY id LIMIT 1").fetchone()
    while True:  # the other instance: no restart, no notice, it follows the generation in the database
        hits = b.get("/api/search", params={"q": heading}).json()["hits"]
        if any(h["document_id"] == document_id for h in hits) or time.monotonic() - done > 5:
            break
        time.sleep(0.05)
    assert any(h["document_id"] == document_id for h in hits)
    assert time.monotonic() - done < 1.0
    assert [d["document_id"] for d in a.get("/api/documents").json()["documents"]] == [document_id]

    question = f"Vad står det om {heading.lower()} år 2022?"
    first = a.post("/api/chat", json={"question": question}).json()
    follow = b.post("/api/chat", json={"question": "Och 2021?", "conversation_id": first["conversation_id"]}).json()
    assert follow["standalone_question"] == question.replace("2022", "2021")
    third = a.post("/api/chat", json={"question": "Och 2020?", "conversation_id": first["conversation_id"]}).json()
    assert third["standalone_question"] == question.replace("2022", "2020")


def test_a_document_uploaded_through_one_instance_is_answered_by_the_other(
        instances: list[str], database_url: str, tmp_path: Path) -> None:
    created = subprocess.run([sys.executable, "-m", "web.cli", "keys", "create", "--role", "editor", "--name", "test"],
                             cwd=REPO, env=_env(database_url, tmp_path / "cli"), capture_output=True, text=True,
                             timeout=120)
    assert created.returncode == 0, created.stderr[-2000:]
    key = created.stdout.strip().splitlines()[-1]  # the key is stored in the database: both instances know it
    a, b = (httpx.Client(base_url=base, timeout=600) for base in instances)
    assert b.get("/api/search", params={"q": "socialnämnden budget"}).json()["hits"] == []

    uploaded = a.post("/api/documents", headers={"Authorization": f"Bearer {key}"},
                      files=[("files", (FILE.name, FILE.read_bytes(), "text/plain"))])
    done = time.monotonic()
    assert uploaded.status_code == 200, uploaded.text
    [outcome] = uploaded.json()["outcomes"]
    assert outcome["status"] == "added" and outcome["chunks"] > 0, outcome

    with psycopg.connect(database_url) as conn:
        heading = conn.execute(
            "SELECT section_path::json->>-1 FROM chunks WHERE kind = 'text' AND document_id = %s "
            "AND length(section_path::json->>-1) > 8 ORDER BY id LIMIT 1", (outcome["document_id"],)).fetchone()[0]
    while True:
        hits = b.get("/api/search", params={"q": heading}).json()["hits"]
        if any(h["document_id"] == outcome["document_id"] for h in hits) or time.monotonic() - done > 5:
            break
        time.sleep(0.05)
    assert any(h["document_id"] == outcome["document_id"] for h in hits)
    assert time.monotonic() - done < 1.0
    answer = b.post("/api/chat", json={"question": f"Vad står det om {heading.lower()}?"}).json()
    assert not answer["abstained"] and {c["document_id"] for c in answer["citations"]} == {outcome["document_id"]}

    # The upload folder is shared (NAMND_UPLOADS_DIR): the other instance can remove it, file and all.
    stored = list((tmp_path / "shared-uploads").glob("*.txt"))
    assert [p.name for p in stored] == [FILE.name]
    removed = b.delete(f"/api/documents/{outcome['document_id']}", headers={"Authorization": f"Bearer {key}"})
    assert removed.status_code == 200, removed.text
    assert not stored[0].exists()
    assert a.get("/api/documents").json()["documents"] == []


def test_two_ingest_processes_on_one_database_take_turns(database_url: str, tmp_path: Path) -> None:
    """Two `namnd ingest` processes (as on two machines: each its own data dir) write one database one after the
    other; afterwards catalog, keyword postings and vectors agree."""
    from assistant.service import Assistant
    from index.doctor import check
    from tests.conftest import make_settings

    files = sorted(CORPUS_TEXT.glob("*.txt"), key=lambda p: p.stat().st_size)[:2]
    runs = [subprocess.Popen([sys.executable, "-m", "web.cli", "ingest", str(path)], cwd=REPO,
                             env=_env(database_url, tmp_path / f"w{n}"), stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True) for n, path in enumerate(files)]
    outputs = [run.communicate(timeout=600)[0] for run in runs]

    assert [run.returncode for run in runs] == [0, 0], outputs
    assistant = Assistant.from_settings(make_settings(tmp_path / "reader", database_url=database_url))
    assert sorted(r.file_name for r in assistant.documents()) == sorted(p.name for p in files)
    state = check(assistant.index)
    assert state.consistent and state.vectors == len(assistant.index.catalog.embedded_chunk_ids())


def test_backup_while_serving_and_restore_into_a_fresh_database(instances: list[str], database_url: str,
                                                                  postgres_server: str, tmp_path: Path) -> None:
    """`namnd backup` dumps the shared database (pg_dump, one transaction) while an instance answers; `namnd
    restore` puts it into a new database, which then answers the same question with the same citations."""
    from urllib.parse import urlsplit, urlunsplit

    env = _env(database_url, tmp_path / "cli")
    assert subprocess.run([sys.executable, "-m", "web.cli", "ingest", str(FILE)], cwd=REPO, env=env, timeout=600,
                          capture_output=True).returncode == 0
    a = httpx.Client(base_url=instances[0], timeout=120)
    question = "Hur stor var budgetavvikelsen?"
    before = a.post("/api/chat", json={"question": question}).json()

    backup = subprocess.run([sys.executable, "-m", "web.cli", "backup", str(tmp_path / "kopia")], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=600)
    assert backup.returncode == 0, backup.stderr[-2000:]
    assert a.get("/healthz").status_code == 200  # served throughout
    again = subprocess.run([sys.executable, "-m", "web.cli", "restore", str(tmp_path / "kopia")], cwd=REPO, env=env,
                           capture_output=True, text=True, timeout=600)
    assert again.returncode == 2 and "redan dokument" in again.stderr  # never over a live index

    fresh = f"restored_{os.getpid()}"
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{fresh}"')
    fresh_url = urlunsplit(urlsplit(postgres_server)._replace(path=f"/{fresh}"))
    restored = subprocess.run([sys.executable, "-m", "web.cli", "restore", str(tmp_path / "kopia")], cwd=REPO,
                              env=_env(fresh_url, tmp_path / "fresh"), capture_output=True, text=True, timeout=600)
    assert restored.returncode == 0, restored.stdout[-2000:] + restored.stderr[-2000:]

    from assistant.service import Assistant
    from index.pg_database import close_database
    from tests.conftest import make_settings

    try:
        answer = Assistant.from_settings(make_settings(tmp_path / "reader", database_url=fresh_url)).ask(question)
        assert answer.text == before["answer"]
        assert [c.quote for c in answer.citations] == [c["quote"] for c in before["citations"]]
    finally:
        close_database(fresh_url)
