"""Benchmark: our pipeline against the LangChain + Chroma build a user typically tries first, and query latency
as the corpus grows. Everything runs in one process on one corpus with one embedding model instance, so the
differences come from the pipelines, not from the model or the machine."""

from __future__ import annotations

import json
import os
import platform
import re
import subprocess
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import numpy as np
from langchain_core.embeddings import Embeddings
from rich.table import Table

from assistant.errors import AssistantError
from assistant.evaluation import GoldItem, evaluate, load_gold, summarise
from assistant.models import Answer, Hit
from assistant.service import Assistant, Conversations
from assistant.settings import Settings
from index.embedders import EMBEDDERS, Embedder
from index.embedding_cache import EmbeddingCache, text_key
from index.store import expand
from ingest.errors import IngestError
from ingest.models import Chunk, SourceDocument
from ingest.pipeline import read_source

# Not gold questions: warming up on these loads the model, SQLite pages and Chroma segments while every gold
# question stays unseen, so its first timed run pays what a new question pays.
WARMUP_QUESTIONS = ("Hur ser budgeten ut för ekonomiskt bistånd?", "Vilka ärenden tas upp på sammanträdet?",
                    "Vad är nämndens mål för barn och unga?")
REUSE_BACKEND = "bench-reuse"
_NUMBER = re.compile(r"(?<!\d)\d{1,3}(?: \d{3})+(?!\d)|\d+")
_YEARS = range(1990, 2050)  # what ingest/structure.py takes for a year in running text
_YEAR_LIKE = range(1900, 2100)  # what ingest/chunker.py takes for a year in a table cell
_MB = 1024 * 1024
Search = Callable[[str], object]
Session = tuple[Search, Search]


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


# --- the whole run ---------------------------------------------------------------------------------------


def run_bench(config: BenchConfig, log: Callable[[str], None] = lambda _: None) -> BenchResult:
    """Run our pipeline, the baseline and the scale curve, and collect every figure."""
    _check_inputs(config)
    started = time.perf_counter()
    machine = describe_machine(config.settings)
    gold = load_gold(config.gold)
    with tempfile.TemporaryDirectory(prefix="namnd-bench-") as tmp:
        work = Path(tmp)
        ours, assistant = bench_ours(config, gold, work / "ours", log)
        baseline = None
        if config.baseline:
            baseline = bench_baseline(config.docs, gold, assistant.index.embedder, work / "baseline", config.repeats,
                                      log)
        priming, scales = bench_scales(config, assistant, [g.question for g in gold], work / "scale", log)
    return BenchResult(
        machine, {"docs": [str(p) for p in config.docs], "gold": str(config.gold), "scales": list(config.scales),
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
               log: Callable[[str], None]) -> tuple[PipelineResult, Assistant]:
    """Cold ingest (fresh data dir and embedding cache), re-ingest, gold-set quality and latency."""
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
                                     _page_text(assistant)).results)
        search, chat = measure_latency([g.question for g in gold], lambda: _fresh_session(assistant), config.repeats)
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


def _page_text(assistant: Assistant) -> Callable[[str, int | None], str]:
    pages: dict[str, dict[int, str]] = {}

    def page_text(document_id: str, page: int | None) -> str:
        if document_id not in pages:
            pages[document_id] = dict(assistant.index.catalog.pages(document_id))
        return pages[document_id].get(page or 1, "")

    return page_text


def _fresh_session(assistant: Assistant) -> Session:
    """The same index and stores behind new per-process caches (query vectors, term frequencies), so a timed
    gold question is new to it — repeating a question would otherwise skip its query embedding."""
    assistant.index.clear_query_cache()
    # A copy of the assistant starts with its own term-frequency cache and no conversations.
    view = replace(assistant, conversations=Conversations())
    return (lambda q: view.search(q, 10)), view.ask


# --- the baseline ----------------------------------------------------------------------------------------


class E5Embeddings(Embeddings):
    """Our embedder as a LangChain `Embeddings`, so the baseline uses the very same model instance."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed_passages(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed_query(text).tolist()


def bench_baseline(docs: Sequence[Path], gold: Sequence[GoldItem], embedder: Embedder, folder: Path, repeats: int,
                   log: Callable[[str], None]) -> PipelineResult:
    """pypdf page text → RecursiveCharacterTextSplitter(1000, 200) → Chroma → dense top-k; 'chat' is the top chunk."""
    chroma, splitter, chroma_settings = _baseline_packages()
    files, _ = expand(docs)
    log("Baslinje (LangChain + Chroma): läser in…")
    with PeakMemory() as memory:
        started = time.perf_counter()
        pages = [page for path in files for page in _baseline_pages(path)]
        chunks = splitter(chunk_size=1000, chunk_overlap=200).split_documents(pages)
        store = chroma.from_documents(chunks, E5Embeddings(embedder), collection_name="baseline",
                                      persist_directory=str(folder),
                                      client_settings=chroma_settings(anonymized_telemetry=False))
        seconds = time.perf_counter() - started
        log(f"  {len(chunks)} chunkar på {seconds:.0f} s. Frågor…")

        def search(question: str) -> list[Hit]:
            found = store.similarity_search(question, k=10)
            return [_as_hit(d.page_content, d.metadata, rank) for rank, d in enumerate(found, start=1)]

        def ask(question: str) -> Answer:
            top = store.similarity_search(question, k=1)
            return Answer(question, top[0].page_content if top else "", False, ())

        quality = summarise(evaluate(gold, search, ask, lambda _doc, _page: "").results)
        latency = measure_latency([g.question for g in gold], lambda: (search, ask), repeats)
    return PipelineResult("baseline", len(files), len(pages), len(chunks), len(chunks), seconds,
                          len(pages) / seconds, len(chunks) / seconds, None, quality, *latency,
                          disk_usage(folder), 0, memory.result())


def _baseline_packages() -> tuple[Any, Any, Any]:
    try:
        from chromadb.config import Settings as ChromaSettings
        from langchain_chroma import Chroma
        from langchain_text_splitters import RecursiveCharacterTextSplitter
    except ImportError as exc:
        raise BenchUnavailable(f"Baslinjen behöver {exc.name}: pip install -e '.[bench]' (eller --skip-baseline).")\
            from exc
    return Chroma, RecursiveCharacterTextSplitter, ChromaSettings


def _baseline_pages(path: Path) -> list[Any]:
    """What PyPDFLoader / TextLoader give: one Document per PDF page, one per text file."""
    import pypdf
    from langchain_core.documents import Document

    if path.suffix.lower() == ".pdf":
        reader = pypdf.PdfReader(str(path))
        return [Document(page.extract_text() or "", metadata={"source": path.name, "page": n})
                for n, page in enumerate(reader.pages, start=1)]
    return [Document(path.read_text(encoding="utf-8", errors="replace"), metadata={"source": path.name, "page": 1})]


def _as_hit(text: str, metadata: dict[str, Any], rank: int) -> Hit:
    """A baseline result in our Hit shape, so `evaluate` scores both pipelines with the same code."""
    source = str(metadata.get("source", ""))
    chunk = Chunk(chunk_id=f"baseline-{rank}", document_id=source, source=source, position=rank, kind="text",
                  text=text, context="", document_type="", title=source, section_path=(), page=metadata.get("page"),
                  line_start=0, line_end=0, meeting_date=None, diarienummer=None, years=())
    return Hit(chunk, 1.0 / rank)


# --- latency and memory ----------------------------------------------------------------------------------


def measure_latency(questions: Sequence[str], new_session: Callable[[], Session], repeats: int) -> tuple[Latency,
                                                                                                        Latency]:
    """Search and chat percentiles over `repeats` passes of the questions, after a warm-up on other questions.
    Search and chat get separate sessions, so chat does not reuse the query vector that search computed."""
    search, ask = new_session()
    for question in WARMUP_QUESTIONS:
        search(question)
        ask(question)
    search_ms: list[float] = []
    chat_ms: list[float] = []
    for _ in range(repeats):
        search, _ask = new_session()
        search_ms.extend(_milliseconds(search, q) for q in questions)
        _search, ask = new_session()
        chat_ms.extend(_milliseconds(ask, q) for q in questions)
    return _latency(search_ms), _latency(chat_ms)


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
        return Memory(self.peak / _MB, (self.peak - self.start) / _MB)


def disk_usage(path: Path) -> int:
    """Bytes allocated on disk under `path` (as `du` counts them); a file path counts itself and its SQLite
    -wal/-shm companions."""
    if path.is_dir():
        return sum(p.stat().st_blocks * 512 for p in path.rglob("*") if p.is_file())
    companions = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
    return sum(p.stat().st_blocks * 512 for p in companions if p.is_file())


# --- replicas --------------------------------------------------------------------------------------------


def render_text(source: SourceDocument) -> str:
    """A document as read, written back as a markdown-like text export: headings keep their level, tables
    their cells, so the text reader finds the same structure."""
    parts = []
    for block in source.blocks:
        text = block.text.replace("\t", " ")
        if block.kind == "heading":
            parts.append("#" * max(1, min(block.level, 6)) + " " + text.replace("\n", " "))
        elif block.kind == "table" and block.rows:
            # A one-cell row needs a tab too, or the text reader would end the table there.
            parts.append("\n".join("\t".join(row) + ("\t" if len(row) == 1 else "") for row in block.rows))
        else:
            parts.append(text.replace("\n", " "))
    return "\n\n".join(parts) + "\n"


def shift_copy(text: str, copy: int) -> str:
    """Replica `copy` of a text: years moved by year_shift(copy), figures of three or more digits scaled, every
    number keeping its digit count and its kind (year or figure). So a replica is chunked exactly like its
    original, and each replica chunk differs from its original chunk only in digits. Copy 0 is the original."""
    if copy == 0:
        return text
    years = year_shift(copy)
    factor = 1 + 0.01 * copy
    return _NUMBER.sub(lambda m: _shift_number(m[0], years, factor), text)


def year_shift(copy: int) -> int:
    """+1, −1, +2, −2, …: every copy gets its own years, and up to ×50 (±25) the sample's 2018–2024 stay
    within 1990–2049, the range the year parser recognises, so year filters and boosts work on replicas too."""
    step = (copy + 1) // 2
    return step if copy % 2 else -step


def _shift_number(token: str, years: int, factor: float) -> str:
    digits = token.replace(" ", "")
    value = int(digits)
    if len(digits) < 3:
        # Days, months, list and page numbers and small counts stay: dates remain dates, lists stay lists.
        return token
    if len(digits) == 4 and " " not in token and value in _YEAR_LIKE:
        candidates: tuple[int, ...] = (value + years,)
    else:
        candidates = (round(value * factor), round(value / factor))
    new = next((c for c in candidates if _same_kind(c, value)), value)
    replacement = iter(str(new).zfill(len(digits)))
    return "".join(next(replacement) if ch.isdigit() else ch for ch in token)


def _same_kind(candidate: int, value: int) -> bool:
    """Same digit count, and a year for the pipeline exactly when the original is one. Ingest reads a table
    row whose cells look like years as a header, so a figure turning into a 'year' would re-cut the chunks."""
    return (len(str(candidate)) == len(str(value)) and (candidate in _YEARS) == (value in _YEARS)
            and (candidate in _YEAR_LIKE) == (value in _YEAR_LIKE))


def write_replicas(sources: Sequence[SourceDocument], copies: int, folder: Path) -> list[list[Path]]:
    """Text files for copies 0..copies-1 of every document; copy 0 is the unshifted rendering."""
    folder.mkdir(parents=True, exist_ok=True)
    rendered = [(f"{Path(s.file_name).stem}-{s.file_format}", render_text(s)) for s in sources]
    out: list[list[Path]] = []
    for copy in range(copies):
        paths = []
        for stem, text in rendered:
            path = folder / f"{stem}-x{copy:02d}.txt"
            path.write_text(shift_copy(text, copy), encoding="utf-8")
            paths.append(path)
        out.append(paths)
    return out


def digit_shape(text: str) -> str:
    """A text with every digit blanked: an original chunk and its replicas share it."""
    return re.sub(r"\d", "0", text)


class ReuseVectors:
    """Embedder for the scale curve. A text seen before gets its stored vector; once `borrow` is on, a text
    that differs from a seen one only in digits (a replica chunk) gets the original's vector. Anything else is
    looked up in the main run's embedding cache, then embedded for real, and counted either way."""

    def __init__(self, inner: Embedder, seed: EmbeddingCache | None = None) -> None:
        self.name = f"{inner.name}+{REUSE_BACKEND}"
        self.inner = inner
        self.seed = seed
        self.borrow = False
        self.counts: Counter[str] = Counter()
        self._exact: dict[str, np.ndarray] = {}
        self._by_shape: dict[str, np.ndarray] = {}

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        self.counts["asked"] += len(texts)
        known = [self._known(t) for t in texts]
        missing = [t for t, v in zip(texts, known, strict=True) if v is None]
        computed = iter(self._compute(missing))
        vectors = [v if v is not None else next(computed) for v in known]
        return np.stack(vectors) if vectors else np.zeros((0, 384), dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self.inner.embed_query(text)

    def _known(self, text: str) -> np.ndarray | None:
        if text in self._exact:
            self.counts["exact"] += 1
            return self._exact[text]
        if self.borrow and (vector := self._by_shape.get(digit_shape(text))) is not None:
            self.counts["borrowed"] += 1
            return vector
        return None

    def _compute(self, texts: list[str]) -> list[np.ndarray]:
        found = self._from_seed(texts)
        self.counts["seeded"] += len(found)
        fresh = [t for t in dict.fromkeys(texts) if t not in found]
        if fresh:
            found.update(zip(fresh, self.inner.embed_passages(fresh), strict=True))
            self.counts["embedded"] += len(fresh)
        for text, vector in found.items():
            self._exact[text] = vector
            self._by_shape.setdefault(digit_shape(text), vector)
        return [found[t] for t in texts]

    def _from_seed(self, texts: list[str]) -> dict[str, np.ndarray]:
        if self.seed is None or not texts:
            return {}
        keys = {text_key(t): t for t in texts}
        cached = self.seed.get(self.inner.name, list(keys))
        return {keys[k]: v for k, v in cached.items()}


@contextmanager
def registered(name: str, embedder: Embedder) -> Iterator[None]:
    """Make `embedder` available as embedding back-end `name` while the block runs."""
    EMBEDDERS[name] = lambda _model, _threads: embedder
    try:
        yield
    finally:
        EMBEDDERS.pop(name, None)


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
            log(f"  {points[-1].chunks} chunkar, {_fmt(points[-1].chunks_per_second)} chunkar/s, "
                f"chatt p50 {_fmt(points[-1].chat.p50_ms)} ms")
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
    ("index on disk MB", lambda r: r.index_bytes / _MB),
    ("  of which embedding cache MB", lambda r: r.cache_bytes / _MB),
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
        table.add_row(row.metric, _fmt(row.ours), _fmt(row.baseline), f"{row.ratio:.2f}×" if row.ratio else "–")
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
                      _fmt(p.ingest_seconds), _fmt(p.chunks_per_second), _fmt(p.search.p50_ms),
                      _fmt(p.search.p95_ms), _fmt(p.chat.p50_ms), _fmt(p.chat.p95_ms), _fmt(p.index_bytes / _MB),
                      _fmt(p.memory.peak_mb))
    return table


def _fmt(value: float | None) -> str:
    if value is None:
        return "–"
    if isinstance(value, int):
        return str(value)
    return f"{value:.0f}" if abs(value) >= 100 else f"{value:.1f}" if abs(value) >= 10 else f"{value:.2f}"
