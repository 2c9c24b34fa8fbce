"""The assistant as an MCP server (official `mcp` SDK): tools `search`, `ask`, `get_document`, `list_meetings`
and `get_case`.

Served over streamable HTTP inside the FastAPI app at `/mcp/` and over stdio by `namnd mcp`, so MCP-capable
assistants (Claude Desktop, VS Code / Copilot, Cursor, Open WebUI's MCP bridge) can search and cite the board's
documents. The tools return the same models as the JSON API (`list_meetings` as `/api/meetings`, `get_case` as
`/api/cases/{diarienummer}`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import anyio
from mcp.server import MCPServer
from mcp.server.mcpserver.exceptions import ToolError

from assistant.errors import AssistantError
from assistant.service import Assistant
from web.board_schemas import CaseOut, MeetingOut
from web.schemas import ChatOut, DocumentDetailOut, HitOut, PageOut

INSTRUCTIONS = (
    "Nämndassistenten svarar på frågor ur nämndens handlingar (kallelser, tjänsteskrivelser, protokoll, "
    "planer och rapporter) med källhänvisningar. Använd `ask` för ett svar med [n]-hänvisningar och citat, "
    "`search` för att se de stycken som hittas, och `get_document` för en sidas text."
)


def build_mcp(get_assistant: Callable[[], Assistant]) -> MCPServer:
    """An MCP server whose tools call the Assistant `get_assistant` returns (built lazily on first use)."""
    mcp: MCPServer = MCPServer("namnd", instructions=INSTRUCTIONS)

    async def call(work: Callable[[Assistant], Any]) -> Any:
        # The assistant's work is blocking (model, SQLite): off the event loop, and its errors as tool errors.
        def run() -> Any:
            try:
                return work(get_assistant())
            except AssistantError as exc:
                raise ToolError(exc.message) from exc

        return await anyio.to_thread.run_sync(run)

    @mcp.tool()
    async def search(query: str, k: int = 10) -> list[HitOut]:
        """Sök i nämndens handlingar: de stycken som bäst matchar frågan, bäst först (k: 1–100)."""
        k = max(1, min(100, k))
        return await call(lambda a: [HitOut.from_hit(h) for h in a.search(query, k)])

    @mcp.tool()
    async def ask(question: str, conversation_id: str | None = None) -> ChatOut:
        """Svara på en fråga ur handlingarna med [n]-hänvisningar och citat, eller säg att underlag saknas.
        Skicka tillbaka conversation_id för en följdfråga."""
        return await call(lambda a: ChatOut.from_answer(a.ask(question, conversation_id)))

    @mcp.tool()
    async def get_document(document_id: str, page: int | None = None) -> DocumentDetailOut:
        """Ett dokuments uppgifter och text; med page bara den sidans text (en textfil är en sida)."""

        def one(a: Assistant) -> DocumentDetailOut:
            detail = DocumentDetailOut.from_view(a.document(document_id))
            if page is None:
                return detail
            pages = [p for p in detail.pages if p.number == page]
            if not pages:
                raise ToolError(f"Sidan {page} finns inte i dokumentet (det har {detail.page_count} sidor).")
            return detail.model_copy(update={"pages": [PageOut(number=p.number, text=p.text) for p in pages]})

        return await call(one)

    @mcp.tool()
    async def list_meetings(committee: str | None = None) -> list[MeetingOut]:
        """Nämndens sammanträden (ur protokoll och kallelser), nyast först; committee begränsar till en nämnd."""
        return await call(lambda a: [MeetingOut.from_view(v) for v in a.meetings.list((committee or "").strip() or None)])

    @mcp.tool()
    async def get_case(diarienummer: str) -> CaseOut:
        """Ett ärendes tidslinje över sammanträden (diarienummer i valfri skrivform), med förslag, beslut och källor."""

        def timeline(a: Assistant) -> CaseOut:
            entries = a.meetings.case(diarienummer, None) if diarienummer.strip() else []
            if not entries:
                raise ToolError(f"Inget ärende med diarienummer '{diarienummer}' finns i kallelser eller protokoll.")
            return CaseOut.from_entries(diarienummer, entries)

        return await call(timeline)

    return mcp


def run_stdio() -> None:
    """`namnd mcp`: the tools over stdio, the assistant built from NAMND_* settings on the first call."""
    from web.app import AssistantProvider

    build_mcp(AssistantProvider().get).run()
