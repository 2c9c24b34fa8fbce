"""Every passage fits the embedding model's 512-token window, and ingest time grows linearly with text."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from assistant.service import Assistant
from index.embedders import WINDOW_TOKENS, fit_window, token_count
from index.store import embedding_text
from ingest.chunker import MAX_CHARS


def test_a_one_megabyte_line_without_sentence_ends_is_split_and_ingested_in_bounded_time(
        tmp_path: Path, make_assistant: Callable[..., Assistant]) -> None:
    path = tmp_path / "en-rad.txt"
    path.write_text("placering " * 100_000 + "\n", encoding="utf-8")  # 1 MB, no . ? ! anywhere
    assistant = make_assistant()

    started = time.perf_counter()
    report = assistant.ingest([path])
    seconds = time.perf_counter() - started

    assert report.count("added") == 1, report.outcomes
    document_id = assistant.documents()[0].document_id
    chunks = assistant.index.catalog.chunks(assistant.index.catalog.chunk_ids(document_id))
    page = assistant.index.catalog.pages(document_id)[0][1]
    assert len(chunks) > 1000 and all(len(c.text) <= MAX_CHARS for c in chunks.values())
    assert all(c.text in page for c in chunks.values())  # still verbatim, so citations stay checkable
    assert seconds < 120, f"1 MB took {seconds:.0f} s"


def test_every_passage_of_the_sample_corpus_fits_the_window(corpus_assistant: Assistant) -> None:
    catalog = corpus_assistant.index.catalog
    embedder = corpus_assistant.index.embedder
    ids = [cid for record in corpus_assistant.documents() for cid in catalog.chunk_ids(record.document_id)]
    texts = [embedding_text(c) for c in catalog.chunks(ids).values() if c.kind != "table"]
    assert max(token_count(embedder, t) for t in texts) <= WINDOW_TOKENS


def test_a_text_over_the_window_is_cut_to_fit_at_a_space(empty_assistant: Assistant) -> None:
    embedder = empty_assistant.index.embedder
    heading = " ".join(f"Rubrikord{n} 2023-{n:04d}" for n in range(400))
    fitted = fit_window(embedder, heading)
    assert token_count(embedder, heading) > WINDOW_TOKENS >= token_count(embedder, fitted) > WINDOW_TOKENS - 20
    assert heading.startswith(fitted) and heading[len(fitted)] == " "
