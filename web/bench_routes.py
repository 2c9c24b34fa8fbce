"""What the OpenAI-compatible and MCP routes cost over `/api/chat`: the same questions, the same server, one run.

The app runs in uvicorn on a free port; each route answers every question `repeats` times after a warm-up, and
the overhead is its p50 minus `/api/chat`'s p50.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

import anyio
import httpx

from assistant.bench.measure import _latency
from assistant.bench.results import Latency
from assistant.service import Assistant
from web.load import loopback_server


@dataclass(frozen=True)
class RouteFigures:
    """p50/p95 per route, and each route's p50 over /api/chat's."""

    latencies: dict[str, Latency]

    def overhead_ms(self, route: str) -> float | None:
        base, other = self.latencies["/api/chat"].p50_ms, self.latencies[route].p50_ms
        return other - base if base is not None and other is not None else None


def measure_routes(assistant: Assistant, questions: Sequence[str], repeats: int = 3) -> RouteFigures:
    """Time /api/chat, /v1/chat/completions (JSON) and the MCP `ask` tool on the same questions, taking turns
    question by question so that load on the machine and cache warmth fall on all three alike."""
    for name in ("mcp", "httpx"):  # their per-request INFO lines would bury the table
        logging.getLogger(name).setLevel(logging.WARNING)
    with loopback_server(assistant) as url:
        timings = anyio.run(_measure, url, questions, repeats)
    return RouteFigures({route: _latency(ms) for route, ms in timings.items()})


async def _measure(url: str, questions: Sequence[str], repeats: int) -> dict[str, list[float]]:
    from mcp import Client

    async with httpx.AsyncClient(base_url=url, timeout=600) as http, \
            Client(f"{url}/mcp/", read_timeout_seconds=600) as mcp:
        async def chat(q: str) -> None:
            (await http.post("/api/chat", json={"question": q})).raise_for_status()

        async def completions(q: str) -> None:
            body = {"model": "namndassistenten", "messages": [{"role": "user", "content": q}]}
            (await http.post("/v1/chat/completions", json=body)).raise_for_status()

        async def ask(q: str) -> None:
            await mcp.call_tool("ask", {"question": q})

        routes: dict[str, Callable[[str], Awaitable[None]]] = {
            "/api/chat": chat, "/v1/chat/completions": completions, "/mcp/ ask": ask}
        timings: dict[str, list[float]] = {route: [] for route in routes}
        for q in questions[:2]:  # warm-up
            for call in routes.values():
                await call(q)
        order = list(routes.items())
        for _ in range(repeats):
            for q in questions:
                # Whoever asks a question first pays for embedding it (later asks hit the cache): take turns.
                order = order[1:] + order[:1]
                for route, call in order:
                    started = time.perf_counter()
                    await call(q)
                    timings[route].append((time.perf_counter() - started) * 1000)
    return timings
