"""The answer as a stream of events: `meta` (conversation and citations), `delta` pieces, then `done`.

FastAPI sends them as JSON Lines. The extractive answer is complete before the first event, so it is cut
into word-sized pieces; an LLM back-end will later yield real tokens through the same events.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator

from assistant.errors import AssistantError
from assistant.models import Answer
from web.errors import INTERNAL_MESSAGE, error_code
from web.schemas import CitationOut, DeltaEvent, DoneEvent, ErrorEvent, MetaEvent, SeriesOut, StreamEvent

log = logging.getLogger(__name__)

# A word with the whitespace after it, or leading whitespace alone: joined again they give the text back exactly.
_PIECE = re.compile(r"\S+\s*|\s+")


def word_pieces(text: str) -> list[str]:
    return _PIECE.findall(text)


def answer_events(answer: Answer) -> Iterator[StreamEvent]:
    yield MetaEvent(conversation_id=answer.conversation_id or "", abstained=answer.abstained, partial=answer.partial,
                    citations=[CitationOut.from_citation(c) for c in answer.citations],
                    series=SeriesOut.from_series(answer.series) if answer.series else None)
    for piece in word_pieces(answer.text):
        yield DeltaEvent(text=piece)
    yield DoneEvent(answer=answer.text)


def guarded(events: Iterable[StreamEvent]) -> Iterator[StreamEvent]:
    """Pass events on; a failure mid-stream becomes a last `error` event, since the status line has already
    gone out and the exception handlers can no longer answer."""
    try:
        yield from events
    except AssistantError as exc:
        yield ErrorEvent(error=error_code(exc), detail=exc.message)
    except Exception:
        log.exception("Answer stream failed")
        yield ErrorEvent(error="internal_error", detail=INTERNAL_MESSAGE)
