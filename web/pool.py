"""A bounded pool for the CPU-bound work of a question (embedding it, searching, writing the answer).

Two lanes: long questions (over LONG_QUESTION_CHARS) get one worker of their own and a short queue, the rest
share the other workers. Embedding grows with the question's tokens, so a handful of maximum-length questions
would otherwise take every worker and make a short question wait behind all of them. A lane whose workers and
queue are full answers at once with ServerBusy (503 + Retry-After) instead of queueing without end; a question
that has not finished within the time budget gets the same answer.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TypeVar

import anyio
import anyio.to_thread

T = TypeVar("T")

# A question of a sentence or two is under 200 characters; beyond that it is a pasted text, and its embedding
# costs several times as much (about 1 s for 400 tokens on one core).
LONG_QUESTION_CHARS = 200
LONG_QUEUE = 4  # long questions that may wait; more is a client hammering the server, told to come back later
RETRY_AFTER_SECONDS = 2


class ServerBusy(Exception):
    """Every worker and queue place is taken, or the question ran past its time budget."""

    def __init__(self, message: str, retry_after: int = RETRY_AFTER_SECONDS) -> None:
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after


@dataclass
class Lane:
    """Workers (a thread limiter) and a count of questions admitted: running, waiting, or past their budget
    but still running (a thread cannot be stopped, so it keeps its place until it ends)."""

    workers: int
    queue: int
    admitted: int = 0
    limiter: anyio.CapacityLimiter = field(init=False)

    def __post_init__(self) -> None:
        self.limiter = anyio.CapacityLimiter(self.workers)

    @property
    def full(self) -> bool:
        return self.admitted >= self.workers + self.queue


class WorkPool:
    """Run blocking functions in bounded worker threads, by lane, within a time budget."""

    def __init__(self, workers: int, queue: int, timeout: float) -> None:
        self.timeout = timeout
        self.short = Lane(max(1, workers - 1), queue)
        self.long = Lane(1, min(queue, LONG_QUEUE))

    def lane_for(self, question: str) -> Lane:
        return self.long if len(question) > LONG_QUESTION_CHARS else self.short

    async def run(self, lane: Lane, function: Callable[[], T]) -> T:
        """`function()` in a worker of `lane`; ServerBusy when the lane is full or the budget runs out."""
        if lane.full:
            raise ServerBusy("Tjänsten har många frågor just nu. Försök igen om en stund.")
        lane.admitted += 1
        started = False

        def work() -> T:
            nonlocal started
            started = True
            return function()

        task = asyncio.ensure_future(anyio.to_thread.run_sync(work, limiter=lane.limiter))
        task.add_done_callback(functools.partial(_release, lane))
        try:
            return await asyncio.wait_for(asyncio.shield(task), self.timeout)
        except TimeoutError:
            if not started:
                task.cancel()  # still waiting for a worker: it never runs
            raise ServerBusy("Frågan tog för lång tid att besvara just nu. Försök igen om en stund.") from None

    def status(self) -> dict[str, int]:
        return {"short_admitted": self.short.admitted, "long_admitted": self.long.admitted}


def _release(lane: Lane, task: asyncio.Future) -> None:
    lane.admitted -= 1
    if not task.cancelled():
        task.exception()  # retrieved here, so an abandoned task's error is not reported as never retrieved
