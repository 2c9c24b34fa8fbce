"""`namnd bench --serving`: the route overhead figures come from real requests on all three routes."""

from __future__ import annotations

import pytest

from assistant.service import Assistant
from web.bench_routes import measure_routes

pytestmark = [pytest.mark.slow, pytest.mark.e2e]


def test_every_route_is_timed_on_every_question(corpus_assistant: Assistant) -> None:
    questions = ["Hur stort var socialnämndens underskott mot budget för hela 2022?", "budget 2021"]

    figures = measure_routes(corpus_assistant, questions, repeats=2)

    assert set(figures.latencies) == {"/api/chat", "/v1/chat/completions", "/mcp/ ask"}
    assert all(latency.samples == 4 and latency.p50_ms and latency.p50_ms > 0
               for latency in figures.latencies.values())
    assert figures.overhead_ms("/api/chat") == 0
