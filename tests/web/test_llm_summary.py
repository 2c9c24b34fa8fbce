"""The secretary's draft written by the LLM writer, against a real local model (llama.cpp's llama-server with
Gemma 3 270M, temperature 0), over HTTP. The model is tiny, so these tests check mechanics: every sentence that
reaches the draft is verified against the item's cited sources, a failing or slow model leaves the extractive
sentences, and the response says who wrote the draft."""

from __future__ import annotations

import dataclasses

import httpx
import pytest

from assistant.llm_writer import LLMWriter
from assistant.service import Assistant
from assistant.summary import summarise
from assistant.summary_writer import item_sources, verified_sentences
from assistant.verification import figures
from tests.local_llm.server import LocalLLM, free_port
from tests.web.conftest import serve
from tests.web.test_board_api import assert_valid

pytestmark = [pytest.mark.slow, pytest.mark.e2e]

MEETING = "socialnamnden-2018-08-15"


def with_writer(assistant: Assistant, base_url: str, timeout: float = 900.0) -> Assistant:
    writer = LLMWriter(base_url=base_url, model="gemma-3-270m", api_key="test", timeout=timeout, max_tokens=80)
    return dataclasses.replace(assistant, writer=writer)


def test_the_model_phrases_the_draft_and_only_verified_sentences_remain(board_assistant: Assistant,
                                                                        local_llm: LocalLLM) -> None:
    llm = with_writer(board_assistant, local_llm.base_url)
    view = llm.meetings.get(MEETING)
    assert view is not None
    summary = llm.summary(view)
    items = {(i.number, i.paragraph): i for i in view.items}
    assert summary.sentences and summary.writer in {"llm", "extractive"}
    for sentence in summary.sentences:
        assert sentence.citations, sentence
        item = items[(sentence.number, sentence.paragraph)]
        if sentence.writer == "llm":
            assert not item.sekretess
            cited = " ".join(item_sources(item)[c.n] for c in sentence.citations)
            assert figures(sentence.text) <= figures(cited), sentence.text
    assert summary.writer == ("llm" if any(s.writer == "llm" for s in summary.sentences) else "extractive")

    with serve(llm) as base_url, httpx.Client(base_url=base_url, timeout=900) as client:
        body = client.post("/api/summaries", json={"meeting_id": MEETING}).json()
        assert body["writer"] in {"llm", "extractive"} and body["dropped_sentences"] >= 0
        for sentence in body["sentences"]:
            assert sentence["citations"] and sentence["writer"] in {"llm", "extractive"}
            for citation in sentence["citations"]:
                assert f"[{citation['n']}]" in sentence["text"]
                assert_valid(client, citation)


def test_a_failing_or_slow_model_leaves_the_extractive_draft(board_assistant: Assistant) -> None:
    view = board_assistant.meetings.get(MEETING)
    assert view is not None
    extractive = summarise(board_assistant.meetings, view)
    unreachable = with_writer(board_assistant, f"http://127.0.0.1:{free_port()}/v1", timeout=5)
    out_of_time = with_writer(board_assistant, f"http://127.0.0.1:{free_port()}/v1", timeout=0)
    for assistant in (unreachable, out_of_time):
        draft = assistant.summary(view)
        assert draft.writer == "extractive" and draft.sentences == extractive.sentences


def test_a_sentence_with_a_figure_no_cited_source_states_is_dropped(board_assistant: Assistant) -> None:
    view = board_assistant.meetings.get(MEETING)
    assert view is not None
    item = next(i for i in view.items if i.proposal and i.decision)
    decision = next(c for c in item.citations if c.basis == "decision")
    written = (f"Nämnden fattade beslut i ärendet [{decision.n}]. Kostnaden blir 4 711 tkr [{decision.n}]. "
               f"Ett påstående utan källa. Ett påstående med okänd källa [{len(item.citations) + 5}].")
    kept, dropped = verified_sentences(written, item)
    assert [s.text for s in kept] == ["Nämnden fattade beslut i ärendet."]
    assert kept[0].citations == (decision,) and kept[0].writer == "llm"
    assert dropped == 3
