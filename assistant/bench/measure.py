"""Latency, memory and disk: how the pipelines are timed and weighed."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from assistant.bench.results import MB, BenchUnavailable, Latency, Memory

# Not gold questions: warming up on these loads the model, SQLite pages and Chroma segments while every gold
# question stays unseen, so its first timed run pays what a new question pays.
WARMUP_QUESTIONS = ("Hur ser budgeten ut för ekonomiskt bistånd?", "Vilka ärenden tas upp på sammanträdet?",
                    "Vad är nämndens mål för barn och unga?")

Search = Callable[[str], object]
Session = tuple[Search, Search]


# --- latency and memory ----------------------------------------------------------------------------------


def measure_latency(questions: Sequence[str], new_session: Callable[[], Session], repeats: int) -> tuple[Latency,
                                                                                                        Latency]:
    """Search and chat percentiles over `repeats` passes of the questions, after a warm-up on other questions.
    Search and chat get separate sessions, so chat does not reuse the query vector that search computed. (One
    pipeline timed alone: `measure_paired` with nobody to take turns with.)"""
    [(search, chat)] = measure_paired(questions, [new_session], repeats)
    return search, chat


def measure_paired(questions: Sequence[str], pipelines: Sequence[Callable[[], Session]],
                   repeats: int) -> list[tuple[Latency, Latency]]:
    """Search and chat percentiles of several pipelines timed *in turn on each question* (which goes first
    alternates), so a slower or busier stretch of the machine falls on all of them alike: timed one after the
    other, minutes apart, their ratio moved by ±0.15 between runs of the same code. A warm-up on other questions
    first; each pass opens fresh sessions, and search and chat are timed in separate passes."""
    for new_session in pipelines:
        search, ask = new_session()
        for question in WARMUP_QUESTIONS:
            search(question)
            ask(question)
    search_ms: list[list[float]] = [[] for _ in pipelines]
    chat_ms: list[list[float]] = [[] for _ in pipelines]
    for _ in range(repeats):
        for kind, samples in ((0, search_ms), (1, chat_ms)):
            operations = [new_session()[kind] for new_session in pipelines]
            for i, question in enumerate(questions):
                order = range(len(operations)) if i % 2 == 0 else reversed(range(len(operations)))
                for n in order:
                    samples[n].append(_milliseconds(operations[n], question))
    return [(_latency(s), _latency(c)) for s, c in zip(search_ms, chat_ms, strict=True)]


def _milliseconds(operation: Search, question: str) -> float:
    started = time.perf_counter()
    operation(question)
    return (time.perf_counter() - started) * 1000


def _latency(samples: list[float]) -> Latency:
    if not samples:
        return Latency(None, None, 0)
    ordered = sorted(samples)

    def nearest_rank(q: float) -> float:  # the same percentile rule as assistant/evaluation.py
        return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]

    return Latency(nearest_rank(0.5), nearest_rank(0.95), len(samples))


class PeakMemory:
    """Peak resident memory of this process during a phase, sampled every 20 ms by a thread.
    (resource.getrusage's ru_maxrss is a high-water mark for the whole process and cannot be reset per phase.)"""

    def __init__(self, interval: float = 0.02) -> None:
        try:
            import psutil
        except ImportError as exc:
            raise BenchUnavailable("Minnesmätningen behöver psutil: pip install -e '.[bench]'.") from exc
        self._process = psutil.Process()
        self._interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self.start = self.peak = 0

    def __enter__(self) -> PeakMemory:
        self.start = self.peak = self._process.memory_info().rss
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, self._process.memory_info().rss)

    def _sample(self) -> None:
        while not self._stop.wait(self._interval):
            self.peak = max(self.peak, self._process.memory_info().rss)

    def result(self) -> Memory:
        return Memory(self.peak / MB, (self.peak - self.start) / MB)


def disk_usage(path: Path) -> int:
    """Bytes allocated on disk under `path` (as `du` counts them); a file path counts itself and its SQLite
    -wal/-shm companions."""
    if path.is_dir():
        return sum(p.stat().st_blocks * 512 for p in path.rglob("*") if p.is_file())
    companions = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
    return sum(p.stat().st_blocks * 512 for p in companions if p.is_file())


