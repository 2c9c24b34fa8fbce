"""The answer as a stream of events: `meta` (conversation and citations), `delta` pieces, then `done`.

FastAPI sends them as JSON Lines. The extractive answer is complete before the first event, so it is cut
into word-sized pieces; the LLM writer yields its tokens through the same events, and `done` carries the verified
text, which may differ from the joined pieces.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from typing import TypeVar

from fastapi import Response

from assistant.errors import AssistantError
from assistant.models import Answer
from assistant.writers import AnswerStream
from ingest.errors import IngestError
from web.errors import INTERNAL_MESSAGE, error_code
from web.schemas import CitationOut, DeltaEvent, DoneEvent, ErrorEvent, MetaEvent, SeriesOut, StreamEvent

log = logging.getLogger(__name__)
T = TypeVar("T")

# A word with the whitespace after it, or leading whitespace alone: joined again they give the text back exactly.
_PIECE = re.compile(r"\S+\s*|\s+")


# Every stream's headers: no cache, and no buffering by proxies such as nginx, which would hold the events back.
STREAM_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}


def unbuffered(response: Response) -> None:
    """STREAM_HEADERS on a streamed route's response, set by its dependency: the generator's body only runs once the
    headers have gone out."""
    response.headers.update(STREAM_HEADERS)


def word_pieces(text: str) -> list[str]:
    return _PIECE.findall(text)


def stream_events(stream: AnswerStream) -> Iterator[StreamEvent]:
    """A writer's stream as events: its sources first, each text piece as it comes, the verified answer last."""
    yield MetaEvent(conversation_id=stream.conversation_id or "", abstained=stream.abstained,
                    citations=[CitationOut.from_citation(c) for c in stream.sources])
    for event in stream.events:
        yield DeltaEvent(text=event) if isinstance(event, str) else done_event(event)


def done_event(answer: Answer) -> DoneEvent:
    return DoneEvent(answer=answer.text, abstained=answer.abstained,
                     citations=[CitationOut.from_citation(c) for c in answer.citations],
                     writer="llm" if answer.writer == "llm" else "extractive",
                     dropped_sentences=answer.dropped_sentences, partial=answer.partial,
                     series=SeriesOut.from_series(answer.series) if answer.series else None,
                     standalone_question=answer.standalone_question or answer.question)


def guarded(events: Iterable[T]) -> Iterator[T | ErrorEvent]:
    """Pass events on; a failure mid-stream becomes a last `error` event, since the status line has already
    gone out and the exception handlers can no longer answer. Our errors carry a message written for people (an
    index error too: a store gone down mid-stream), shown as the handlers show it; anything else is logged."""
    try:
        yield from events
    except (AssistantError, IngestError) as exc:
        yield ErrorEvent(error=error_code(exc), detail=exc.message)
    except Exception:
        log.exception("Stream failed")
        yield ErrorEvent(error="internal_error", detail=INTERNAL_MESSAGE)
