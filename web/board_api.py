"""Routes for the board's work: meetings, cases, decisions and the secretary's summary draft."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from assistant.errors import NotFound
from assistant.meetings import MeetingView
from assistant.service import Assistant
from assistant.summary import Summary, to_docx, to_markdown
from web.api import AssistantDep
from web.board_schemas import (
    CaseEntryOut,
    CaseOut,
    DecisionListOut,
    MeetingDetailOut,
    MeetingListOut,
    MeetingOut,
    OutcomeLabel,
    SummaryIn,
    SummaryOut,
)
from web.errors import ERROR_RESPONSES

router = APIRouter(responses=ERROR_RESPONSES, tags=["nämndens arbete"])

Committee = Annotated[str | None, Query(max_length=100, description="Only this board, e.g. 'Socialnämnden' "
                                        "(case-insensitive; a part of the name matches).")]
IsoDate = Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD.")]
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@router.get("/api/meetings", response_model=MeetingListOut)
def meetings(assistant: AssistantDep, committee: Committee = None) -> MeetingListOut:
    """Every meeting (from its protokoll and kallelse), newest first."""
    return MeetingListOut(meetings=[MeetingOut.from_view(v) for v in assistant.meetings.list(_blank(committee))])


@router.get("/api/meetings/{meeting_id}", response_model=MeetingDetailOut)
def meeting(meeting_id: str, assistant: AssistantDep) -> MeetingDetailOut:
    """One meeting with its ärenden: agenda number, §, proposal, decision, outcome and citations."""
    return MeetingDetailOut.from_view(_meeting(assistant, meeting_id))


@router.get("/api/cases/{diarienummer:path}", response_model=CaseOut)
def case(diarienummer: str, assistant: AssistantDep, committee: Committee = None) -> CaseOut:
    """One ärende (diarienummer in any written form) across meetings, in date order, proposals and decisions cited."""
    entries = assistant.meetings.case(diarienummer, _blank(committee)) if diarienummer.strip() else []
    if not entries:
        raise NotFound(f"Inget ärende med diarienummer '{diarienummer}' finns i kallelser eller protokoll.")
    return CaseOut.from_entries(diarienummer, entries)


@router.get("/api/decisions", response_model=DecisionListOut)
def decisions(
    assistant: AssistantDep,
    q: Annotated[str, Query(max_length=500, description="Words that must all occur in the title, diarienummer, "
                            "proposal or decision.")] = "",
    date_from: Annotated[IsoDate, Query(alias="from")] = None,
    date_to: Annotated[IsoDate, Query(alias="to")] = None,
    outcome: Annotated[OutcomeLabel | None, Query(description="Only this outcome.")] = None,
    committee: Committee = None,
) -> DecisionListOut:
    """Past decisions (protokoll §§, never sekretess), newest first."""
    found = assistant.meetings.decisions(q, date_from, date_to, outcome, _blank(committee))
    return DecisionListOut(decisions=[CaseEntryOut.from_entry(e) for e in found])


@router.post("/api/summaries", response_model=SummaryOut)
def summary(body: SummaryIn, assistant: AssistantDep) -> SummaryOut:
    """A draft summary for the secretary: per ärende one or two cited sentences; sekretess ärenden by number only."""
    draft = _summary(assistant, body.meeting_id)
    return SummaryOut.from_summary(draft, to_markdown(draft))


@router.get("/api/summaries/{meeting_id}/markdown", response_class=Response,
            responses={200: {"content": {"text/markdown": {}}, "description": "The draft as Markdown."}})
def summary_markdown(meeting_id: str, assistant: AssistantDep) -> Response:
    """The draft as a Markdown download."""
    draft = _summary(assistant, meeting_id)
    return Response(to_markdown(draft), media_type="text/markdown; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="sammanfattning-{_safe(meeting_id)}.md"'})


@router.get("/api/summaries/{meeting_id}/docx", response_class=Response,
            responses={200: {"content": {DOCX: {}}, "description": "The draft as a Word document."}})
def summary_docx(meeting_id: str, assistant: AssistantDep) -> Response:
    """The draft as a DOCX download."""
    draft = _summary(assistant, meeting_id)
    return Response(to_docx(draft), media_type=DOCX,
                    headers={"Content-Disposition": f'attachment; filename="sammanfattning-{_safe(meeting_id)}.docx"'})


def _meeting(assistant: Assistant, meeting_id: str) -> MeetingView:
    view = assistant.meetings.get(meeting_id)
    if view is None:
        raise NotFound(f"Sammanträdet '{meeting_id}' finns inte. Se /api/meetings för de som finns.")
    return view


def _summary(assistant: Assistant, meeting_id: str) -> Summary:
    return assistant.summary(_meeting(assistant, meeting_id))


def _blank(value: str | None) -> str | None:
    return (value or "").strip() or None


def _safe(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_" else "-" for c in text)[:80]
