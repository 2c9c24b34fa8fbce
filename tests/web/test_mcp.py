"""The MCP server, driven by the official SDK's own client over streamable HTTP (mounted in the app at /mcp/)
and over stdio (`namnd mcp` in a child process), against the ingested sample corpus."""

from __future__ import annotations

import os
import sys
from typing import Any

import pytest
from mcp import Client, StdioServerParameters

from assistant.service import Assistant
from tests.conftest import EMBEDDING_CACHE, REPO, run_async

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

DEFICIT_QUESTION = "Hur stort var socialnämndens underskott mot budget för hela 2022?"


async def exercise(server: str | StdioServerParameters) -> dict[str, Any]:
    """List the tools and call each one, as an MCP-capable assistant would."""
    async with Client(server, read_timeout_seconds=300) as client:
        tools = await client.list_tools()
        found = await client.call_tool("search", {"query": "budgetavvikelse helåret 2022", "k": 5})
        hits = found.structured_content["result"]
        answered = await client.call_tool("ask", {"question": DEFICIT_QUESTION})
        cited = answered.structured_content["citations"][0]
        page = await client.call_tool("get_document", {"document_id": cited["document_id"],
                                                       "page": cited["page"] or 1})
        missing = await client.call_tool("get_document", {"document_id": "finns-inte"})
        return {"tools": {t.name for t in tools.tools}, "hits": hits, "answer": answered.structured_content,
                "cited": cited, "page": page.structured_content, "missing": missing}


def check(result: dict[str, Any]) -> None:
    assert {"search", "ask", "get_document"} <= result["tools"]
    assert 0 < len(result["hits"]) <= 5 and all("text" in h and "chunk_id" in h for h in result["hits"])
    answer = result["answer"]
    assert not answer["abstained"] and "19 348" in answer["answer"] and answer["writer"] == "extractive"
    (only_page,) = result["page"]["pages"]
    assert " ".join(result["cited"]["quote"].split()) in " ".join(only_page["text"].split())
    assert result["missing"].is_error
    assert "finns inte" in result["missing"].content[0].text


def test_mcp_over_streamable_http_in_the_app(live_server: str) -> None:
    check(run_async(exercise, f"{live_server}/mcp/"))


def test_mcp_over_stdio(corpus_assistant: Assistant) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO), "OMP_NUM_THREADS": "1", "HF_HUB_OFFLINE": "1",
           "NAMND_DATA_DIR": str(corpus_assistant.settings.data_dir), "NAMND_EMBEDDING_CACHE": str(EMBEDDING_CACHE)}
    server = StdioServerParameters(command=sys.executable, args=["-m", "web.cli", "mcp"], env=env, cwd=str(REPO))

    check(run_async(exercise, server))


async def board_tools(server: str) -> dict[str, Any]:
    async with Client(server, read_timeout_seconds=300) as client:
        meetings = await client.call_tool("list_meetings", {})
        case = await client.call_tool("get_case", {"diarienummer": "SOCN/2023:17"})
        missing = await client.call_tool("get_case", {"diarienummer": "KS 1999/1"})
        return {"meetings": meetings.structured_content["result"], "case": case.structured_content, "missing": missing}


def test_mcp_meetings_and_cases_from_the_board_catalog(board_server: str) -> None:
    result = run_async(board_tools, f"{board_server}/mcp/")
    dates = [m["date"] for m in result["meetings"]]
    assert dates == sorted(dates, reverse=True) and "2023-02-22" in dates
    timeline = result["case"]["timeline"]
    assert timeline and result["case"]["diarienummer"].replace(" ", "") == "SOCN/2023:17"
    assert result["missing"].is_error and "finns" in result["missing"].content[0].text
