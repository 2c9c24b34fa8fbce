"""What a benchmark run produces, and its configuration."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError
from assistant.settings import Settings

MB = 1024 * 1024


class BenchUnavailable(AssistantError):
    """The benchmark cannot run: a missing optional package or an unusable input."""


# --- results ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Latency:
    """Percentiles of one operation, in milliseconds."""

    p50_ms: float | None
    p95_ms: float | None
    samples: int


@dataclass(frozen=True)
class Memory:
    """Resident memory during a phase: its peak and how far it rose above the phase's start."""

    peak_mb: float
    growth_mb: float


@dataclass(frozen=True)
class PipelineResult:
    """Every figure measured for one pipeline on the sample corpus."""

    name: str
    documents: int
    pages: int
    chunks: int
    embedded: int
    ingest_seconds: float
    pages_per_second: float
    chunks_per_second: float
    reingest_seconds: float | None
    quality: dict[str, float | None]
    search: Latency
    chat: Latency
    index_bytes: int
    cache_bytes: int
    memory: Memory


@dataclass(frozen=True)
class ComparisonRow:
    metric: str
    ours: float | None
    baseline: float | None
    ratio: float | None


@dataclass(frozen=True)
class Priming:
    """The one-off embedding of the text renderings that the replicas are made from."""

    documents: int
    chunks: int
    seconds: float
    embedded: int
    from_main_run: int


@dataclass(frozen=True)
class ScalePoint:
    """Ingest and query figures for the corpus replicated `scale` times."""

    scale: int
    documents: int
    chunks: int
    vectors: int
    vectors_computed: int
    vectors_reused: int
    vectors_from_own_cache: int
    ingest_seconds: float
    chunks_per_second: float
    search: Latency
    chat: Latency
    index_bytes: int
    memory: Memory


@dataclass(frozen=True)
class Machine:
    date: str
    code: str
    cpu_count: int
    cpu_model: str
    python: str
    omp_threads: str
    embedding_threads: int
    load_average: tuple[float, float, float]


@dataclass(frozen=True)
class BenchResult:
    machine: Machine
    config: dict[str, Any]
    ours: PipelineResult
    baseline: PipelineResult | None
    comparison: tuple[ComparisonRow, ...]
    priming: Priming | None
    scales: tuple[ScalePoint, ...]
    reuse_vectors: bool
    seconds: float
    load_average_end: tuple[float, float, float]

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=2, default=str)


@dataclass(frozen=True)
class BenchConfig:
    """What to run. `settings` supplies back-ends and threads; each run gets its own data dir and cache."""

    docs: tuple[Path, ...]
    gold: Path
    settings: Settings
    scales: tuple[int, ...] = (1, 10, 50)
    repeats: int = 3
    baseline: bool = True
    reuse_vectors: bool = True
    half: str = "all"  # which half of the gold set is scored and timed: 'check' (odd ids), 'tune' or 'all'


