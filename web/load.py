"""`namnd bench --load`: fairness under load, measured over real HTTP on loopback, bounded in count and time.

Two phases against a server in this process: (1) a normal question's latency while long questions of the
maximum length keep a number of requests in flight; (2) many normal chats at once, counting errors.
"""

from __future__ import annotations

import socket
import statistics
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass

import httpx
import uvicorn
from fastapi import FastAPI

from assistant.service import Assistant
from index.embedders import fit_window
from web.app import create_app


@dataclass(frozen=True)
class Latencies:
    """Latencies in seconds of the requests that succeeded, and how the others ended."""

    count: int
    errors: int
    busy: int
    p50: float
    p95: float
    worst: float

    @classmethod
    def of(cls, seconds: Sequence[float], errors: int = 0, busy: int = 0) -> Latencies:
        ordered = sorted(seconds) or [0.0]
        p95 = ordered[min(len(ordered) - 1, max(0, round(0.95 * len(ordered)) - 1))]
        return cls(len(seconds), errors, busy, statistics.median(ordered), p95, ordered[-1])


@dataclass(frozen=True)
class LoadResult:
    """Both phases of the load run."""

    long_in_flight: int
    long_question_chars: int
    normal_under_long: Latencies
    long_requests: Latencies
    concurrent_chats: Latencies
    seconds: float


def loopback_server(assistant: Assistant) -> AbstractContextManager[str]:
    """The app around `assistant`, served by uvicorn on a free loopback port for the duration."""
    return serving(create_app(assistant))


@contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    """Any app served by uvicorn in a background thread on a free loopback port; yields its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))  # bound before the server starts, so no other process can take the port
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


def longest_questions(assistant: Assistant, count: int) -> list[str]:
    """`count` different questions as long as the server accepts (characters and tokens), cut from the index's
    own text at different places: each is new to the server, so none is answered from its cache."""
    settings = assistant.settings
    words = " ".join(text for r in assistant.documents() for _, text in assistant.index.catalog.pages(r.document_id)).split()
    step = max(1, (len(words) - 400) // max(1, count))
    questions = []
    for i in range(count):
        text = " ".join(words[i * step: i * step + 400])[: settings.max_question_chars - 1]
        questions.append(fit_window(assistant.index.embedder, text, settings.max_question_tokens).rstrip() + "?")
    return questions


def run_load(assistant: Assistant, questions: Sequence[str], *, long_in_flight: int = 5, samples: int = 30,
             concurrent: int = 50, budget_seconds: float = 240.0) -> LoadResult:
    """Phase 1: `samples` normal questions one after another while `long_in_flight` clients keep sending the
    longest question; phase 2: `concurrent` normal chats at once. Stops early when the budget is spent."""
    started = time.monotonic()
    deadline = started + budget_seconds
    sample = longest_questions(assistant, 1)[0]
    longest = len(sample)
    long_questions = iter(longest_questions(assistant, 400))
    with loopback_server(assistant) as base, httpx.Client(base_url=base, timeout=120) as client:
        client.post("/api/chat", json={"question": questions[0]})  # warm-up: model and caches loaded
        stop = threading.Event()
        long_results: list[tuple[float, int]] = []

        def hammer() -> None:
            with httpx.Client(base_url=base, timeout=120) as own:
                for question in long_questions:  # shared: each question is asked once
                    if stop.is_set() or time.monotonic() > deadline:
                        break
                    long_results.append(_timed(own, question))

        hammers = [threading.Thread(target=hammer, daemon=True) for _ in range(long_in_flight)]
        for thread in hammers:
            thread.start()
        time.sleep(1.0)  # let the long questions occupy their lane first
        normal = [_timed(client, questions[i % len(questions)]) for i in range(samples)
                  if time.monotonic() < deadline]
        stop.set()
        for thread in hammers:
            thread.join(timeout=130)
        crowd = _concurrently(base, [questions[i % len(questions)] for i in range(concurrent)])
    return LoadResult(long_in_flight, longest, _summary(normal), _summary(long_results),
                      _summary(crowd), time.monotonic() - started)


def _timed(client: httpx.Client, question: str) -> tuple[float, int]:
    begun = time.perf_counter()
    try:
        status = client.post("/api/chat", json={"question": question}).status_code
    except httpx.HTTPError:
        status = 0
    return time.perf_counter() - begun, status


def _concurrently(base: str, questions: Sequence[str]) -> list[tuple[float, int]]:
    results: list[tuple[float, int]] = []
    barrier = threading.Barrier(len(questions))

    def one(question: str) -> None:
        with httpx.Client(base_url=base, timeout=120) as own:
            barrier.wait(timeout=60)
            results.append(_timed(own, question))

    threads = [threading.Thread(target=one, args=(q,), daemon=True) for q in questions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=180)
    return results


def _summary(results: Sequence[tuple[float, int]]) -> Latencies:
    ok = [seconds for seconds, status in results if status == 200]
    busy = sum(1 for _, status in results if status == 503)
    return Latencies.of(ok, errors=len(results) - len(ok) - busy, busy=busy)
