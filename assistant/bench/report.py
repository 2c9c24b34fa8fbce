"""The comparison rows and the rich tables the CLI prints."""

from __future__ import annotations

from collections.abc import Callable

from rich.table import Table

from assistant.bench.results import MB, BenchResult, ComparisonRow, PipelineResult

# --- comparison and tables -------------------------------------------------------------------------------

_COMPARED: tuple[tuple[str, Callable[[PipelineResult], float | None]], ...] = (
    ("recall@5 (a top-5 chunk contains the gold quote)", lambda r: _quality(r, "recall@5")),
    ("MRR@10", lambda r: _quality(r, "mrr@10")),
    ("answer has every must_contain (baseline: top-1 chunk)", lambda r: _quality(r, "answer_contains")),
    ("citations valid", lambda r: _quality(r, "citations_valid")),
    ("abstains on unanswerable", lambda r: _quality(r, "abstained_unanswerable")),
    ("false abstention on answerable", lambda r: _quality(r, "false_abstention")),
    ("ingest s (cold, embedding included)", lambda r: r.ingest_seconds),
    ("ingest pages/s", lambda r: r.pages_per_second),
    ("ingest chunks/s", lambda r: r.chunks_per_second),
    ("chunks", lambda r: r.chunks),
    ("vectors embedded", lambda r: r.embedded),
    ("second ingest, nothing changed, ms", lambda r: None if r.reingest_seconds is None else r.reingest_seconds * 1000),
    ("search p50 ms", lambda r: r.search.p50_ms),
    ("search p95 ms", lambda r: r.search.p95_ms),
    ("chat p50 ms (baseline: top chunk)", lambda r: r.chat.p50_ms),
    ("chat p95 ms (baseline: top chunk)", lambda r: r.chat.p95_ms),
    ("index on disk MB", lambda r: r.index_bytes / MB),
    ("  of which embedding cache MB", lambda r: r.cache_bytes / MB),
    ("peak RSS MB (psutil sampling)", lambda r: r.memory.peak_mb),
    ("RSS growth during phase MB", lambda r: r.memory.growth_mb),
)


def _quality(result: PipelineResult, key: str) -> float | None:
    value = result.quality.get(key)
    return None if value is None else float(value)  # a mean of booleans comes back as an int


def compare(ours: PipelineResult, baseline: PipelineResult | None) -> tuple[ComparisonRow, ...]:
    rows = []
    for label, value in _COMPARED:
        mine, theirs = value(ours), value(baseline) if baseline else None
        ratio = mine / theirs if mine is not None and theirs else None
        rows.append(ComparisonRow(label, mine, theirs, ratio))
    return tuple(rows)


def header(result: BenchResult) -> str:
    m = result.machine
    return (f"{m.date} · code {m.code} · {m.cpu_count} CPU ({m.cpu_model}) · Python {m.python} · OMP_NUM_THREADS={m.omp_threads} · "
            f"embedding threads {m.embedding_threads} · load average {_loads(m.load_average)} at start, "
            f"{_loads(result.load_average_end)} at end · bench took {result.seconds / 60:.1f} min")


def _loads(values: tuple[float, float, float]) -> str:
    return "/".join(f"{v:.1f}" for v in values)


def tables(result: BenchResult) -> list[Table]:
    return [comparison_table(result), scale_table(result)] if result.scales else [comparison_table(result)]


def comparison_table(result: BenchResult) -> Table:
    ours = result.ours
    table = Table(title=f"Vår pipeline mot baslinjen ({ours.documents} dokument, {ours.pages} sidor)")
    for column, justify in (("metric", "left"), ("ours", "right"), ("baseline", "right"), ("ours/baseline", "right")):
        table.add_column(column, justify=justify)  # type: ignore[arg-type]
    for row in result.comparison:
        table.add_row(row.metric, fmt(row.ours), fmt(row.baseline), f"{row.ratio:.2f}×" if row.ratio else "–")
    return table


def scale_table(result: BenchResult) -> Table:
    if result.reuse_vectors:
        note = ("Ingest columns exclude embedding: replica chunks borrow their original's vector ('reused'); "
                "'own cache' = identical passages served by the pipeline's embedding cache; 'computed' vectors "
                "were embedded for real inside the timed ingest")
        if result.priming:
            p = result.priming
            note += (f". One-off before the curve: {p.chunks} chunks of the {p.documents} unshifted renderings, "
                     f"{p.embedded} embedded in {p.seconds:.0f} s, {p.from_main_run} taken from the main run's cache")
    else:
        note = "every vector embedded for real: ingest columns include embedding time"
    table = Table(title="Skalkurva (extraktiv chatt, inget LLM)", caption=note)
    for column in ("corpus", "docs", "chunks", "vectors", "computed", "reused", "own cache", "ingest s", "chunks/s",
                   "search p50 ms",
                   "search p95 ms", "chat p50 ms", "chat p95 ms", "index MB", "peak RSS MB"):
        table.add_column(column, justify="right")
    for p in result.scales:
        table.add_row(f"×{p.scale}", str(p.documents), str(p.chunks), str(p.vectors), str(p.vectors_computed),
                      str(p.vectors_reused), str(p.vectors_from_own_cache),
                      fmt(p.ingest_seconds), fmt(p.chunks_per_second), fmt(p.search.p50_ms),
                      fmt(p.search.p95_ms), fmt(p.chat.p50_ms), fmt(p.chat.p95_ms), fmt(p.index_bytes / MB),
                      fmt(p.memory.peak_mb))
    return table


def fmt(value: float | None) -> str:
    if value is None:
        return "–"
    if isinstance(value, int):
        return str(value)
    return f"{value:.0f}" if abs(value) >= 100 else f"{value:.1f}" if abs(value) >= 10 else f"{value:.2f}"

