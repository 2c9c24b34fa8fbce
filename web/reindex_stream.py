"""`POST /api/reindex/stream`: every document parsed again, its progress as JSON Lines.

A re-index of a whole archive takes minutes; one silent request gives the caller nothing to show and nothing to tell
a hung server from a busy one. The work runs on a thread of its own and sends `started` (how many documents) once
the writer lock is held, `document` as each is done, and `done` with the report — or `error` when it fails after it
started. Before the lock is held nothing has been sent, so a busy index is still a 503 with Retry-After.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from typing import Annotated, Literal

from pydantic import BaseModel, Field

from assistant.service import Assistant
from index.store import IngestOutcome, IngestReport
from web.schemas import ErrorEvent, IngestReportOut, OutcomeOut
from web.streaming import guarded


class StartedEvent(BaseModel):
    """First event: the writer lock is held and the re-index has begun."""

    type: Literal["started"] = "started"
    total: int = Field(description="Documents to parse again.")


class DocumentEvent(BaseModel):
    """One document parsed again (or skipped: its source file is gone)."""

    type: Literal["document"] = "document"
    done: int = Field(description="Documents done so far, this one included.")
    total: int
    outcome: OutcomeOut


class ReindexDoneEvent(BaseModel):
    """Last event: the whole report, as `POST /api/reindex` answers it."""

    type: Literal["done"] = "done"
    report: IngestReportOut


ReindexEvent = Annotated[StartedEvent | DocumentEvent | ReindexDoneEvent | ErrorEvent, Field(discriminator="type")]
_Item = IngestOutcome | IngestReport | BaseException


def start_reindex(assistant: Assistant) -> Iterator[ReindexEvent]:
    """Begin re-indexing every document and return its events; returns once the writer lock is held, and raises
    what the re-index raised before it was (IndexBusy, a store that is down) so that it is answered with a status.
    A client that goes away does not stop the work: each document is replaced whole or not at all."""
    ids = [record.document_id for record in assistant.documents()]
    items: queue.Queue[_Item] = queue.Queue()
    settled = threading.Event()
    locked: list[bool] = []

    def on_locked() -> None:
        locked.append(True)
        settled.set()

    def work() -> None:
        try:
            items.put(assistant.reindex(ids, items.put, on_locked))
        except BaseException as exc:  # handed to the caller, or to the stream as its error event
            items.put(exc)
        finally:
            settled.set()

    threading.Thread(target=work, name="namnd-reindex", daemon=True).start()
    settled.wait()
    if not locked:
        failure = items.get()
        raise failure if isinstance(failure, BaseException) else RuntimeError("re-index ended without the lock")
    # What the re-index raises after it started becomes the stream's last event, `error`.
    return guarded(_progress(items, len(ids)))


def _progress(items: queue.Queue[_Item], total: int) -> Iterator[ReindexEvent]:
    yield StartedEvent(total=total)
    done = 0
    while True:
        item = items.get()
        if isinstance(item, BaseException):
            raise item
        if isinstance(item, IngestReport):
            yield ReindexDoneEvent(report=IngestReportOut.from_report(item))
            return
        done += 1
        # A document removed after it was counted is left out, so `done` may end below `total`; one added meanwhile
        # is not re-indexed.
        yield DocumentEvent(done=done, total=total, outcome=OutcomeOut.from_outcome(item))
