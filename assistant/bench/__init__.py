"""Benchmark: our pipeline against the LangChain + Chroma build a user typically tries first, and query latency
as the corpus grows. Everything runs in one process on one corpus with one embedding model instance, so the
differences come from the pipelines, not from the model or the machine."""

from __future__ import annotations

import os
import platform
import subprocess
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from assistant.bench.baseline import bench_baseline
from assistant.bench.measure import PeakMemory, Session, disk_usage, measure_latency, measure_paired
from assistant.bench.replicas import (
    REUSE_BACKEND,
    ReuseVectors,
    digit_shape,
    registered,
    render_text,
    shift_copy,
    write_replicas,
    year_shift,
)
from assistant.bench.report import compare, fmt, header, tables
from assistant.bench.results import (
    BenchConfig,
    BenchResult,
    BenchUnavailable,
    Latency,
    Machine,
    PipelineResult,
    Priming,
    ScalePoint,
)
from assistant.evaluation import GoldItem, evaluate, load_gold, page_reader, split, summarise
from assistant.service import Assistant, Conversations
from assistant.settings import Settings
from index.embedders import Embedder
from index.store import expand
from ingest.errors import IngestError
from ingest.models import SourceDocument
from ingest.pipeline import read_source

# --- the whole run ---------------------------------------------------------------------------------------

__all__ = ["BenchConfig", "BenchResult", "ReuseVectors", "digit_shape", "header", "render_text", "run_bench",
           "shift_copy", "tables", "write_replicas", "year_shift"]


def run_bench(config: BenchConfig, log: Callable[[str], None] = lambda _: None) -> BenchResult:
    """Run our pipeline, the baseline and the scale curve, and collect every figure."""
    _check_inputs(config)
    started = time.perf_counter()
    machine = describe_machine(config.settings)
    gold = split(load_gold(config.gold), config.half)
    with tempfile.TemporaryDirectory(prefix="namnd-bench-") as tmp:
        work = Path(tmp)
        ours, assistant = bench_ours(config, gold, work / "ours", log, timed=not config.baseline)
        baseline = None
        if config.baseline:
            baseline, baseline_session = bench_baseline(config.docs, gold, assistant.index.embedder, work / "baseline",
                                                        log)
            log("Svarstider: båda i tur och ordning på varje fråga…")
            (search, chat), (base_search, base_chat) = measure_paired(
                [g.question for g in gold], [lambda: _fresh_session(assistant), baseline_session], config.repeats)
            ours = replace(ours, search=search, chat=chat)
            baseline = replace(baseline, search=base_search, chat=base_chat)
        priming, scales = bench_scales(config, assistant, [g.question for g in gold], work / "scale", log)
    return BenchResult(
        machine, {"docs": [str(p) for p in config.docs], "gold": str(config.gold), "half": config.half, "scales": list(config.scales),
                  "repeats": config.repeats},
        ours, baseline, compare(ours, baseline), priming, scales, config.reuse_vectors,
        time.perf_counter() - started, _load_average(),
    )


def _check_inputs(config: BenchConfig) -> None:
    missing = [str(p) for p in (*config.docs, config.gold) if not p.exists()]
    if missing:
        raise BenchUnavailable(f"Hittar inte: {', '.join(missing)}")
    if any(s < 1 for s in config.scales) or config.repeats < 1:
        raise BenchUnavailable("Skalor och upprepningar måste vara minst 1.")


def describe_machine(settings: Settings) -> Machine:
    return Machine(datetime.now().astimezone().isoformat(timespec="seconds"), _code_version(), os.cpu_count() or 0,
                   _cpu_model(),
                   platform.python_version(), os.environ.get("OMP_NUM_THREADS", "(unset)"),
                   settings.embedding_threads, _load_average())


def _code_version() -> str:
    """The commit measured, marked '+changes' when the working tree differs from it (figures move with the code)."""
    root = Path(__file__).resolve().parents[1]
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root, capture_output=True, text=True,
                                check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=root,
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return f"{commit}+changes" if dirty else commit


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _load_average() -> tuple[float, float, float]:
    try:
        return os.getloadavg()
    except OSError:
        return (0.0, 0.0, 0.0)


# --- our pipeline ----------------------------------------------------------------------------------------


def bench_ours(config: BenchConfig, gold: Sequence[GoldItem], data_dir: Path,
               log: Callable[[str], None], timed: bool = True) -> tuple[PipelineResult, Assistant]:
    """Cold ingest (fresh data dir and embedding cache), re-ingest, gold-set quality and latency (unless `timed`
    is False: with a baseline, latency is timed in turn with it)."""
    assistant = Assistant.from_settings(_settings_for(config.settings, data_dir))
    _load_model(assistant.index.embedder)
    log("Vår pipeline: läser in (kall cache, alla vektorer beräknas)…")
    with PeakMemory() as memory:
        started = time.perf_counter()
        report = assistant.ingest(config.docs)
        seconds = time.perf_counter() - started
        for outcome in report.skipped:
            log(f"  hoppade över {outcome.file}: {outcome.reason}")
        started = time.perf_counter()
        assistant.ingest(config.docs)
        reingest = time.perf_counter() - started
        log(f"  {report.chunks} chunkar på {seconds:.0f} s; andra inläsningen {reingest:.2f} s. Frågor…")
        quality = summarise(evaluate(gold, lambda q: assistant.search(q, 10), assistant.ask,
                                     page_reader(assistant.index.catalog.pages)).results)
        search = chat = Latency(None, None, 0)
        if timed:
            search, chat = measure_latency([g.question for g in gold], lambda: _fresh_session(assistant),
                                           config.repeats)
    cache = assistant.settings.embedding_cache_path
    result = PipelineResult(
        "ours", report.count("added", "updated"), report.pages, report.chunks,
        sum(o.embedded for o in report.outcomes), seconds, report.pages / seconds, report.chunks / seconds,
        reingest, quality, search, chat, disk_usage(data_dir), disk_usage(cache), memory.result(),
    )
    return result, assistant


def _settings_for(base: Settings, data_dir: Path, **changes: object) -> Settings:
    """The user's settings with a fresh data dir and its own embedding cache inside it (cold)."""
    return base.model_copy(update={"data_dir": data_dir, "embedding_cache": None, **changes})


def _load_model(embedder: Embedder) -> None:
    """Load the model before any phase starts, so neither pipeline is charged for it (time or memory)."""
    embedder.embed_query("uppvärmning")


def _fresh_session(assistant: Assistant) -> Session:
    """The same index and stores behind new per-process caches (query vectors, term frequencies), so a timed
    gold question is new to it — repeating a question would otherwise skip its query embedding."""
    assistant.index.clear_query_cache()
    # A copy of the assistant with no conversations, sharing its readers of the index as a running server's
    # questions do (see Assistant.with_conversations): before, each timed chat rebuilt every meeting (~10 ms).
    view = assistant.with_conversations(Conversations())
    return (lambda q: view.search(q, 10)), view.ask




# --- the scale curve -------------------------------------------------------------------------------------


def bench_scales(config: BenchConfig, main: Assistant, questions: Sequence[str], folder: Path,
                 log: Callable[[str], None]) -> tuple[Priming | None, tuple[ScalePoint, ...]]:
    """Ingest and query latency for the corpus ×n, each size in its own fresh data dir."""
    if not config.scales:
        return None, ()
    sources = _readable_sources(config.docs, main.index.max_file_bytes)
    copies = write_replicas(sources, max(config.scales), folder / "texts")
    reuse = ReuseVectors(main.index.embedder, seed=main.index.cache)
    points: list[ScalePoint] = []
    with registered(REUSE_BACKEND, reuse):
        priming = _prime(config.settings, reuse, copies[0], folder / "priming", log) if config.reuse_vectors else None
        reuse.borrow = True
        for scale in sorted(set(config.scales)):
            log(f"Skala ×{scale}: läser in {scale * len(sources)} dokument…")
            files = [path for copy in copies[:scale] for path in copy]
            points.append(_measure_scale(config, scale, files, reuse if config.reuse_vectors else None, questions,
                                         folder / f"x{scale}"))
            log(f"  {points[-1].chunks} chunkar, {fmt(points[-1].chunks_per_second)} chunkar/s, "
                f"chatt p50 {fmt(points[-1].chat.p50_ms)} ms")
    return priming, tuple(points)


def _readable_sources(docs: Sequence[Path], max_bytes: int) -> list[SourceDocument]:
    sources = []
    for path in expand(docs)[0]:
        try:
            sources.append(read_source(path, max_bytes))
        except IngestError:
            continue  # our own ingest has reported it already
    return sources


def _prime(base: Settings, reuse: ReuseVectors, files: list[Path], data_dir: Path,
           log: Callable[[str], None]) -> Priming:
    """Ingest the unshifted renderings once, so each of their chunks has its own real vector to lend."""
    log("Skalkurvan: bäddar in textversionerna av originalen (en gång)…")
    before = reuse.counts.copy()
    assistant = Assistant.from_settings(_settings_for(base, data_dir, embedding_backend=REUSE_BACKEND))
    started = time.perf_counter()
    report = assistant.ingest(files)
    seconds = time.perf_counter() - started
    spent = reuse.counts - before
    return Priming(len(files), report.chunks, seconds, spent["embedded"], spent["seeded"])


def _measure_scale(config: BenchConfig, scale: int, files: list[Path], reuse: ReuseVectors | None,
                   questions: Sequence[str], data_dir: Path) -> ScalePoint:
    backend = REUSE_BACKEND if reuse else config.settings.embedding_backend
    assistant = Assistant.from_settings(_settings_for(config.settings, data_dir, embedding_backend=backend))
    before = reuse.counts.copy() if reuse else Counter()
    with PeakMemory() as memory:
        started = time.perf_counter()
        report = assistant.ingest(files)
        seconds = time.perf_counter() - started
        search, chat = measure_latency(questions, lambda: _fresh_session(assistant), config.repeats)
    # Index._embed asks the embedder only for texts its own cache lacks: passages identical in every copy
    # (no year or figure to shift) come from that cache.
    vectors = assistant.index.vectors.count()
    if reuse:
        spent = reuse.counts - before
        computed, asked = spent["embedded"], spent["asked"]
    else:
        computed = asked = sum(o.embedded for o in report.outcomes)
    return ScalePoint(scale, report.count("added", "updated"), report.chunks, vectors, computed, asked - computed,
                      vectors - asked, seconds, report.chunks / seconds, search, chat, disk_usage(data_dir),
                      memory.result())


