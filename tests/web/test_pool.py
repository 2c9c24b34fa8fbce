"""The bounded pool: a full lane answers at once with ServerBusy, a long question never takes a short one's worker,
and the time budget holds."""

from __future__ import annotations

import asyncio
import threading

import httpx
import pytest

from tests.conftest import run_async
from web.pool import LONG_QUESTION_CHARS, ServerBusy, WorkPool

LONG = "x" * (LONG_QUESTION_CHARS + 1)


def test_a_full_lane_is_busy_at_once_and_short_questions_still_run() -> None:
    async def scenario() -> None:
        pool = WorkPool(workers=2, queue=1, timeout=30)
        release = threading.Event()
        long_lane = pool.lane_for(LONG)
        running = asyncio.ensure_future(pool.run(long_lane, lambda: release.wait(20)))
        waiting = asyncio.ensure_future(pool.run(long_lane, lambda: "after"))
        await asyncio.sleep(0.2)

        with pytest.raises(ServerBusy):
            await pool.run(long_lane, lambda: "too many")
        assert await asyncio.wait_for(pool.run(pool.lane_for("Kort fråga?"), lambda: "kort"), 5) == "kort"

        release.set()
        assert await running is True and await waiting == "after"
        assert pool.status() == {"short_admitted": 0, "long_admitted": 0}

    run_async(scenario, timeout=120)


def test_the_time_budget_answers_busy_and_frees_the_queue_place() -> None:
    async def scenario() -> None:
        pool = WorkPool(workers=2, queue=1, timeout=0.5)
        release = threading.Event()
        lane = pool.lane_for("Kort fråga?")
        with pytest.raises(ServerBusy):
            await pool.run(lane, lambda: release.wait(20))
        with pytest.raises(ServerBusy):  # waits behind the first, never starts
            await pool.run(lane, lambda: "never")
        release.set()
        await asyncio.sleep(0.3)
        assert pool.status()["short_admitted"] == 0
        assert await pool.run(lane, lambda: "again") == "again"

    run_async(scenario, timeout=120)


@pytest.mark.e2e
def test_busy_is_503_with_retry_after_in_swedish(client: httpx.Client, live_server: str) -> None:
    # Twelve different long questions (the same one twelve times is answered from cached vectors in milliseconds),
    # sent at one moment: more than 1 worker + 4 places for long questions can hold.
    questions = [f"Vad beslutade nämnden om {'placeringar och kostnader ' * 10}under år {2000 + i}?" for i in range(12)]
    results: list[httpx.Response] = []
    start = threading.Barrier(len(questions))

    def ask(question: str) -> None:
        with httpx.Client(base_url=live_server, timeout=120) as own:
            start.wait(30)
            results.append(own.post("/api/chat", json={"question": question}))

    threads = [threading.Thread(target=ask, args=(q,)) for q in questions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=180)

    busy = [r for r in results if r.status_code == 503]
    assert busy and all(r.status_code in (200, 503) for r in results), [r.status_code for r in results]
    assert busy[0].headers["retry-after"].isdigit()
    assert busy[0].json()["error"] == "server_busy" and "Försök igen" in busy[0].json()["detail"]
    assert client.post("/api/chat", json={"question": "Vad kostade placeringarna?"}).status_code == 200
