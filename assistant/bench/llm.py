"""The LLM writer's figures: time to first token, tokens per second, and how much verification drops.

Measured through the writer's own stream on the gold questions over the current index, with the model at the
configured OpenAI-compatible URL (for the local figures: llama-server with the packaged Gemma 3 270M).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from assistant.bench.measure import _latency
from assistant.bench.results import Latency
from assistant.llm_writer import LLMWriter
from assistant.models import Answer
from assistant.service import Assistant
from assistant.verification import split_sentences


@dataclass(frozen=True)
class WriterFigures:
    """What the LLM writer did on a set of questions."""

    questions: int
    asked_model: int
    writers: dict[str, int]
    fallbacks: dict[str, int]
    first_token: Latency
    tokens_per_second: float | None
    sentences_written: int
    sentences_dropped: int

    @property
    def dropped_share(self) -> float | None:
        return self.sentences_dropped / self.sentences_written if self.sentences_written else None


def measure_writer(assistant: Assistant, writer: LLMWriter, questions: Sequence[str]) -> WriterFigures:
    """Stream every question's answer through `writer`; one streamed piece from the server is one token."""
    llm = replace(assistant, writer=writer)
    first_ms: list[float] = []
    tokens = 0
    token_seconds = 0.0
    written = dropped = asked = 0
    writers: Counter[str] = Counter()
    fallbacks: Counter[str] = Counter()
    for question in questions:
        started = time.perf_counter()
        stream = llm.ask_stream(question)
        pieces: list[str] = []
        first: float | None = None
        final: Answer | None = None
        for event in stream.events:
            if isinstance(event, Answer):
                final = event
            else:
                first = first if first is not None else time.perf_counter()
                pieces.append(event)
        ended = time.perf_counter()
        if final is None:
            continue
        writers[final.writer] += 1
        if final.fallback:
            fallbacks[final.fallback] += 1
        if stream.abstained:
            continue
        asked += 1
        if first is not None and final.fallback not in ("timeout", "error"):
            first_ms.append((first - started) * 1000)
            tokens += len(pieces)
            token_seconds += ended - first
            written += len(split_sentences("".join(pieces)))
            dropped += final.dropped_sentences
    return WriterFigures(len(questions), asked, dict(writers), dict(fallbacks), _latency(first_ms),
                         tokens / token_seconds if token_seconds else None, written, dropped)
