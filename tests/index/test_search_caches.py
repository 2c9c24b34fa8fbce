"""What search keeps between questions (chunks, question vectors computed ahead) must never outlive the index it
was read from: a re-ingested document is what the next question sees, in this process and in another."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np

from assistant.service import Assistant

REPORT = """# Uppföljning av hemtjänsten {year}

Antalet beviljade timmar inom hemtjänsten i Västra Vingåker var 41 200 under året, en ökning med sex procent.
"""
QUESTION = "Hur många timmar hemtjänst beviljades i Västra Vingåker?"


def _section_of_best_hit(assistant: Assistant) -> str:
    hits = assistant.search(QUESTION, 3)
    best = next(h for h in hits if "41 200" in h.chunk.text)
    return best.chunk.section_path[-1]


def test_a_changed_heading_is_what_the_next_search_shows_in_the_same_process(
    make_assistant: Callable[..., Assistant], write_doc: Callable[..., Path]
) -> None:
    # The passage's text stays the same, so its chunk id does too: only the heading it sits under changes.
    path = write_doc("hemtjanst.md", REPORT.format(year=2022))
    assistant = make_assistant()
    assistant.ingest([path])
    assert _section_of_best_hit(assistant) == "Uppföljning av hemtjänsten 2022"

    path.write_text(REPORT.format(year=2023), encoding="utf-8")
    assert assistant.ingest([path]).outcomes[0].status == "updated"

    assert _section_of_best_hit(assistant) == "Uppföljning av hemtjänsten 2023"


def test_a_change_by_another_process_is_what_the_next_search_shows(
    make_assistant: Callable[..., Assistant], write_doc: Callable[..., Path]
) -> None:
    path = write_doc("hemtjanst.md", REPORT.format(year=2022))
    reader, writer = make_assistant(), make_assistant()  # two Assistants on one data dir, as two processes are
    writer.ingest([path])
    assert _section_of_best_hit(reader) == "Uppföljning av hemtjänsten 2022"

    path.write_text(REPORT.format(year=2023), encoding="utf-8")
    writer.ingest([path])

    assert _section_of_best_hit(reader) == "Uppföljning av hemtjänsten 2023"


def test_a_vector_computed_ahead_is_the_vector_computed_when_asked(make_assistant: Callable[..., Assistant]) -> None:
    index = make_assistant().index
    index.prefetch_query_vector(QUESTION)
    ahead = index.query_vector(QUESTION)
    index.clear_query_cache()
    assert np.allclose(ahead, index.embedder.embed_query(QUESTION), atol=1e-6)
    assert not index._pending_vectors  # taken, not left behind

