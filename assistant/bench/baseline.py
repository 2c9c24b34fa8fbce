"""The baseline a typical user builds first: pypdf pages, RecursiveCharacterTextSplitter(1000, 200), Chroma,
dense top-k, with the same embedding model as ours."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from langchain_core.embeddings import Embeddings

from assistant.bench.measure import PeakMemory, Session, disk_usage
from assistant.bench.results import BenchUnavailable, Latency, PipelineResult
from assistant.evaluation import GoldItem, evaluate, summarise
from assistant.models import Answer, Hit
from index.embedders import Embedder
from index.store import expand
from ingest.models import Chunk

# --- the baseline ----------------------------------------------------------------------------------------


class E5Embeddings(Embeddings):
    """Our embedder as a LangChain `Embeddings`, so the baseline uses the very same model instance."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed_passages(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed_query(text).tolist()


def bench_baseline(docs: Sequence[Path], gold: Sequence[GoldItem], embedder: Embedder, folder: Path,
                   log: Callable[[str], None]) -> tuple[PipelineResult, Callable[[], Session]]:
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
    # Latency is timed afterwards, in turn with our pipeline on each question (measure.measure_paired).
    untimed = Latency(None, None, 0)
    return (PipelineResult("baseline", len(files), len(pages), len(chunks), len(chunks), seconds,
                           len(pages) / seconds, len(chunks) / seconds, None, quality, untimed, untimed,
                           disk_usage(folder), 0, memory.result()),
            lambda: (search, ask))


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


