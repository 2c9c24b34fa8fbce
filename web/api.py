"""The JSON API. Questions run in the app's bounded WorkPool (web/pool.py); the other routes are plain `def`,
which FastAPI runs in its threadpool, so model and database calls never block the loop."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Annotated, TypeVar

from fastapi import APIRouter, Depends, Query, Request, Response

from assistant.errors import NotFound
from assistant.models import Answer
from assistant.service import Assistant
from assistant.writers import AnswerStream
from index.store import SearchFilter
from web.errors import ERROR_RESPONSES
from web.pool import WorkPool
from web.schemas import (
    NON_BLANK,
    ChatIn,
    ChatOut,
    DocumentDetailOut,
    DocumentListOut,
    DocumentOut,
    HealthOut,
    HitOut,
    SearchOut,
    SeriesOut,
    StreamEvent,
    TypeFilter,
    Year,
)
from web.streaming import guarded, stream_events, unbuffered

router = APIRouter(responses=ERROR_RESPONSES)
T = TypeVar("T")


def get_assistant(request: Request) -> Assistant:
    """The app's one Assistant; built on first use (in the threadpool, since loading takes seconds)."""
    return request.app.state.assistants.get()


AssistantDep = Annotated[Assistant, Depends(get_assistant)]


def search_filter(
    year: Annotated[list[Year] | None, Query(description="Only chunks about this year; repeatable.")] = None,
    document_type: Annotated[list[TypeFilter] | None,
                             Query(alias="type", description="Only this document type; repeatable.")] = None,
    diarienummer: Annotated[str | None, Query(max_length=100, description="Only this ärende, e.g. "
                                              "'SOCN/2023:17'.")] = None,
    committee: Annotated[str | None, Query(max_length=100, description="Only documents of this board, e.g. "
                                           "'Socialnämnden'.")] = None,
) -> SearchFilter:
    # Blank values are what a form's "all" choice sends: they mean no restriction, not an unknown type.
    return SearchFilter(tuple(year or ()), tuple(t for t in document_type or () if t.strip()), diarienummer or None,
                        (committee or "").strip() or None)


async def compute(request: Request, question: str, function: Callable[[], T]) -> T:
    """Run a question's work in the app's WorkPool: bounded workers, a bounded queue, a time budget."""
    pool: WorkPool = request.app.state.pool
    return await pool.run(pool.lane_for(question), function)


@router.get("/api/search", response_model=SearchOut, tags=["frågor"])
async def search(
    request: Request,
    assistant: AssistantDep,
    filters: Annotated[SearchFilter, Depends(search_filter)],
    q: Annotated[str, Query(description="The query.", json_schema_extra=NON_BLANK)],
    k: Annotated[int | None, Query(ge=1, le=100, description="Number of hits (default NAMND_SEARCH_K).")] = None,
) -> SearchOut:
    """The passages retrieval finds for a query, best first."""
    hits = await compute(request, q, lambda: assistant.search(q, k, filters))
    return SearchOut(query=q, hits=[HitOut.from_hit(h) for h in hits])


@router.get("/api/series", response_model=SeriesOut, tags=["frågor"])
async def series(
    request: Request,
    assistant: AssistantDep,
    filters: Annotated[SearchFilter, Depends(search_filter)],
    q: Annotated[str, Query(description="What to follow over the years, e.g. 'hushåll med ekonomiskt bistånd'.",
                            json_schema_extra=NON_BLANK)],
) -> SeriesOut:
    """One table row's yearly values across the reports, each with its citation; 404 when no row gives two years."""
    found = await compute(request, q, lambda: assistant.series(q, filters))
    if found is None:
        raise NotFound("Hittar ingen tabellrad med värden för minst två år som svarar mot frågan.")
    return SeriesOut.from_series(found)


@router.post("/api/chat", response_model=ChatOut, tags=["frågor"])
async def chat(body: ChatIn, request: Request, assistant: AssistantDep) -> ChatOut:
    """Answer a question with [n] markers and their citations, or abstain."""
    return ChatOut.from_answer(await compute(request, body.question, lambda: _ask(assistant, body)))


async def answer_stream(body: ChatIn, request: Request, assistant: AssistantDep, response: Response) -> AnswerStream:
    """Validation, retrieval and the evidence decision happen before the stream opens (in the bounded pool), so
    an invalid question still gets a JSON error status; the writing happens as the stream is sent."""
    unbuffered(response)
    filters = body.filters.to_domain() if body.filters else None
    return await compute(request, body.question,
                         lambda: assistant.ask_stream(body.question, body.conversation_id, filters))


@router.post(
    "/api/chat/stream", tags=["frågor"],
    responses={200: {"description": "JSON Lines (application/jsonl): one StreamEvent per line — `meta` "
                     "(conversation id, abstained, sources), then `delta` text pieces, then `done` with the final "
                     "answer, its citations and writer; `error` if the stream fails after it started."}},
)
def chat_stream(stream: Annotated[AnswerStream, Depends(answer_stream)]) -> Iterator[StreamEvent]:
    """As /api/chat, streamed as JSON Lines. Invalid questions get a JSON error before any event is sent."""
    yield from guarded(stream_events(stream))


@router.get("/api/documents", response_model=DocumentListOut, tags=["dokument"])
def documents(assistant: AssistantDep) -> DocumentListOut:
    """Every indexed document, by file name."""
    return DocumentListOut(documents=[DocumentOut.from_record(r) for r in assistant.documents()])


@router.get("/api/documents/{document_id}", response_model=DocumentDetailOut, tags=["dokument"])
def document(document_id: str, assistant: AssistantDep) -> DocumentDetailOut:
    """One document with the text of every page and its agenda; citations point into these pages."""
    return DocumentDetailOut.from_view(assistant.document(document_id))


@router.get("/healthz", response_model=HealthOut, tags=["drift"])
def healthz(assistant: AssistantDep) -> HealthOut:
    """Liveness plus what is indexed."""
    records = assistant.documents()
    return HealthOut(status="ok", documents=len(records), chunks=sum(r.chunks for r in records))


def _ask(assistant: Assistant, body: ChatIn) -> Answer:
    filters = body.filters.to_domain() if body.filters else None
    return assistant.ask(body.question, body.conversation_id, filters)
