"""The JSON API over real HTTP: a uvicorn server around the ingested sample corpus."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from assistant.service import Assistant
from web.app import create_app

pytestmark = pytest.mark.e2e

DEFICIT_QUESTION = "Hur stort var socialnämndens underskott mot budget för hela 2022?"
GOLD = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev.jsonl"
ERROR_KEYS = {"error", "detail"}


def fold(text: str) -> str:
    """Whitespace runs as one space: page text keeps the PDF's line breaks, quotes may not."""
    return re.sub(r"\s+", " ", text).strip()


def assert_error(response: httpx.Response, status: int, *words: str) -> dict[str, str]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == ERROR_KEYS, body
    assert all(isinstance(value, str) and value for value in body.values())
    for word in words:
        assert word in body["detail"], body
    return body


def page_text(client: httpx.Client, document_id: str, page: int | None) -> str:
    document = client.get(f"/api/documents/{document_id}").json()
    pages = {p["number"]: p["text"] for p in document["pages"]}
    return pages[page if page is not None else min(pages)]  # a text file is one page


# --- the happy paths -----------------------------------------------------------------------------


def test_search_for_a_figure_returns_passages_containing_it(client: httpx.Client) -> None:
    response = client.get("/api/search", params={"q": "budgetavvikelse helåret 2022", "k": 10})

    assert response.status_code == 200
    body = response.json()
    assert body["query"] == "budgetavvikelse helåret 2022"
    assert 0 < len(body["hits"]) <= 10
    assert any("19 348" in fold(hit["text"]) for hit in body["hits"])
    first = body["hits"][0]
    for key in ("chunk_id", "document_id", "source", "title", "page", "section", "text", "score", "line_start"):
        assert key in first
    assert [h["score"] for h in body["hits"]] == sorted((h["score"] for h in body["hits"]), reverse=True)


def test_search_filters_by_document_type(client: httpx.Client) -> None:
    hits = client.get("/api/search", params={"q": "budget", "type": "årsredovisning"}).json()["hits"]

    # A chunk matches when it, or the document it belongs to, has the type.
    reports = {d["document_id"] for d in client.get("/api/documents").json()["documents"]
               if d["document_type"] == "årsredovisning"}
    assert hits
    assert all(hit["document_type"] == "årsredovisning" or hit["document_id"] in reports for hit in hits)


def test_chat_answers_the_deficit_with_a_citation_found_on_its_page(client: httpx.Client) -> None:
    response = client.post("/api/chat", json={"question": DEFICIT_QUESTION})

    assert response.status_code == 200
    answer = response.json()
    assert not answer["abstained"]
    assert "19 348" in fold(answer["answer"])
    assert "[1]" in answer["answer"]
    assert answer["citations"] and answer["conversation_id"]
    for citation in answer["citations"]:
        assert f"[{citation['n']}]" in answer["answer"]
        # The UI highlights the quote on the cited page: it must really stand there.
        assert fold(citation["quote"]) in fold(page_text(client, citation["document_id"], citation["page"]))
    assert any("19 348" in fold(c["quote"]) for c in answer["citations"]), "the figure should be quoted"


def test_every_citation_for_the_dev_questions_stands_on_its_page(client: httpx.Client) -> None:
    """The page highlights each quote on its cited page; over the dev set, none may be missing there."""
    questions = [json.loads(line)["question"] for line in GOLD.read_text(encoding="utf-8").splitlines() if line]
    missing, cited = [], 0
    for question in questions:
        for citation in client.post("/api/chat", json={"question": question}).json()["citations"]:
            cited += 1
            if fold(citation["quote"]) not in fold(page_text(client, citation["document_id"], citation["page"])):
                missing.append((question, citation["source"], citation["page"], citation["quote"][:80]))
    assert cited >= len(questions) // 2, "most dev questions should be answered with sources"
    assert not missing, missing


def test_a_year_no_document_covers_gets_a_partial_answer_that_says_so(client: httpx.Client) -> None:
    body = client.post("/api/chat", json={"question": "Hur stor var socialnämndens budgetavvikelse 2031?"}).json()
    # The asked year is not answered (abstained), the nearest year's figures are shown (partial).
    assert body["partial"] is True and body["abstained"] is True, body
    assert body["answer"].startswith("Det finns ingen uppgift för 2031 i handlingarna")
    assert body["citations"]
    plain = client.post("/api/chat", json={"question": DEFICIT_QUESTION}).json()
    assert plain["partial"] is False


def test_series_gives_each_year_with_a_citation_on_its_page(client: httpx.Client) -> None:
    response = client.get("/api/series", params={"q": "Antal hushåll som beviljats ekonomiskt bistånd"})
    assert response.status_code == 200, response.text
    series = response.json()
    years = [p["year"] for p in series["points"]]
    assert years == sorted(years) and len(years) >= 2
    assert {2017, 2018, 2019} <= set(years)
    for point in series["points"]:
        quote = point["citation"]["quote"]
        assert fold(quote) in fold(page_text(client, point["citation"]["document_id"], point["citation"]["page"]))
        assert str(int(point["value"])) in quote.replace(" ", "")


def test_series_for_nothing_in_the_tables_is_a_404(client: httpx.Client) -> None:
    assert_error(client.get("/api/series", params={"q": "elefanter och giraffer"}), 404)


def test_a_development_question_answers_with_the_series_and_one_citation_per_value(client: httpx.Client) -> None:
    body = client.post("/api/chat", json={"question": "Hur har antalet hushåll med ekonomiskt bistånd utvecklats?"}).json()
    series = body["series"]
    assert series and len(series["points"]) >= 2, body
    numbers = {c["n"] for c in body["citations"]}
    for point in series["points"]:
        assert point["citation"]["n"] in numbers
        assert f"[{point['citation']['n']}]" in body["answer"]


def test_a_follow_up_keeps_its_conversation(client: httpx.Client) -> None:
    first = client.post("/api/chat", json={"question": DEFICIT_QUESTION}).json()
    follow_up = client.post("/api/chat", json={"question": "Och 2021?", "conversation_id": first["conversation_id"]})

    assert follow_up.status_code == 200
    assert follow_up.json()["conversation_id"] == first["conversation_id"]


def test_stream_yields_the_same_answer_as_chat(client: httpx.Client) -> None:
    expected = client.post("/api/chat", json={"question": DEFICIT_QUESTION}).json()

    with client.stream("POST", "/api/chat/stream", json={"question": DEFICIT_QUESTION}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("application/jsonl")
        assert (response.headers["cache-control"], response.headers["x-accel-buffering"]) == ("no-cache", "no")
        events = [json.loads(line) for line in response.iter_lines() if line.strip()]

    types = [e["type"] for e in events]
    assert types[0] == "meta" and types[-1] == "done"
    assert set(types[1:-1]) == {"delta"} and len(types) > 5, "the answer should come in word-sized pieces"
    assert "".join(e["text"] for e in events[1:-1]) == events[-1]["answer"] == expected["answer"]
    assert events[0]["citations"] == expected["citations"]
    assert events[0]["abstained"] is False and events[0]["conversation_id"]


def test_healthz_counts_the_index(client: httpx.Client) -> None:
    body = client.get("/healthz").json()

    assert body["status"] == "ok"
    assert body["documents"] == 10
    assert body["chunks"] > 100


def test_documents_lists_the_ten_sample_documents_and_opens_one(client: httpx.Client) -> None:
    documents = client.get("/api/documents").json()["documents"]

    assert len(documents) == 10
    assert {d["file_format"] for d in documents} == {"pdf", "text"}
    for key in ("document_id", "file_name", "title", "document_type", "pages", "meeting_date", "years"):
        assert key in documents[0]
    pdf = next(d for d in documents if d["file_format"] == "pdf")
    detail = client.get(f"/api/documents/{pdf['document_id']}").json()
    assert detail["file_name"] == pdf["file_name"]
    assert detail["page_count"] == pdf["pages"] == len(detail["pages"])
    assert [p["number"] for p in detail["pages"]] == list(range(1, pdf["pages"] + 1))
    assert all(p["text"] for p in detail["pages"][:3])
    assert isinstance(detail["agenda"], list)


def test_the_page_and_the_api_docs_are_served(client: httpx.Client) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "Nämndassistenten" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    assert client.get("/static/app.js").status_code == 200
    docs = client.get("/docs")
    assert docs.status_code == 200
    # There is no internet: the API docs must load their Swagger UI from this server, not from a CDN.
    assert "cdn" not in docs.text.lower()
    assert client.get("/docs-assets/swagger-ui-bundle.js").status_code == 200
    schema = client.get("/openapi.json").json()
    chat = schema["paths"]["/api/chat"]["post"]
    assert {"400", "404", "422", "500"} <= set(chat["responses"])
    assert schema["components"]["schemas"]["ChatIn"]["properties"]["question"]["maxLength"] == 2000


# --- errors: one shape, Swedish messages ---------------------------------------------------------


@pytest.mark.parametrize("question", ["", "   \n "])
def test_empty_question_is_422(client: httpx.Client, question: str) -> None:
    assert_error(client.post("/api/chat", json={"question": question}), 422, "tom")


@pytest.mark.parametrize("length", [2001, 100_000])
def test_too_long_question_is_422(client: httpx.Client, length: int) -> None:
    body = assert_error(client.post("/api/chat", json={"question": "a" * length}), 422, "2000")
    assert body["error"] == "invalid_question"


def test_a_body_over_one_megabyte_is_refused_unread(client: httpx.Client) -> None:
    body = assert_error(client.post("/api/chat", json={"question": "a" * 1_500_000}), 413, "för stor")
    assert body["error"] == "payload_too_large"


def test_stream_rejects_an_empty_question_before_streaming(client: httpx.Client) -> None:
    assert_error(client.post("/api/chat/stream", json={"question": ""}), 422, "tom")


def test_missing_question_is_422_in_swedish(client: httpx.Client) -> None:
    assert_error(client.post("/api/chat", json={}), 422, "frågan")


@pytest.mark.parametrize("payload", ['{"question": ', "not json", "\x00\xff"])
def test_malformed_json_is_400(client: httpx.Client, payload: str) -> None:
    response = client.post("/api/chat", content=payload, headers={"content-type": "application/json"})
    assert_error(response, 400, "JSON")


def test_json_that_is_not_an_object_is_422(client: httpx.Client) -> None:
    assert_error(client.post("/api/chat", json=["question"]), 422)


def test_unknown_document_is_404(client: httpx.Client) -> None:
    assert_error(client.get("/api/documents/0000000000000000"), 404, "finns inte")


def test_unknown_path_and_method_use_the_error_shape(client: httpx.Client) -> None:
    assert_error(client.get("/api/nothing-here"), 404)
    assert_error(client.delete("/api/documents"), 405)


def test_unknown_document_type_is_422_listing_the_valid_ones(client: httpx.Client) -> None:
    body = assert_error(client.get("/api/search", params={"q": "budget", "type": "nonsense"}), 422, "Giltiga")
    assert "kallelse" in body["detail"] and "årsredovisning" in body["detail"]
    chat = client.post("/api/chat", json={"question": "budget", "filters": {"document_types": ["nonsense"]}})
    assert_error(chat, 422, "kallelse")


def test_a_document_type_nothing_indexed_has_is_valid_and_finds_nothing(client: httpx.Client) -> None:
    # "yttrande" is in the schema's enumeration; the sample corpus has none, so the search is valid and empty.
    response = client.get("/api/search", params={"q": "budget", "type": "yttrande"})
    assert response.status_code == 200, response.text
    assert response.json()["hits"] == []


def test_the_schema_enumerates_document_types(client: httpx.Client) -> None:
    schema = client.get("/openapi.json").json()
    parameter = next(p for p in schema["paths"]["/api/search"]["get"]["parameters"] if p["name"] == "type")
    values = parameter["schema"]["anyOf"][0]["items"]["enum"]
    assert {"kallelse", "protokoll", "årsredovisning", "delårsrapport", ""} <= set(values)
    assert {401, 403} <= {int(code) for code in schema["paths"]["/api/chat"]["post"]["responses"]}


@pytest.mark.parametrize(("params", "word"), [
    ({"q": "budget", "year": "tjugo"}, "heltal"),
    ({"q": "budget", "year": "1066"}, "1900"),
    ({"q": "budget", "k": "0"}, "minst 1"),
    ({}, "sökfrågan"),
    ({"q": ""}, "tom"),
])
def test_bad_search_parameters_are_422_in_swedish(client: httpx.Client, params: dict[str, str], word: str) -> None:
    assert_error(client.get("/api/search", params=params), 422, word)


def test_unexpected_errors_are_500_logged_and_not_echoed(corpus_assistant: Assistant,
                                                          caplog: pytest.LogCaptureFixture) -> None:
    app: FastAPI = create_app(corpus_assistant)

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret internals /etc/passwd")

    with (TestClient(app, raise_server_exceptions=False, base_url="http://localhost") as local,
          caplog.at_level(logging.ERROR)):
        response = local.get("/boom")

    assert response.status_code == 500
    assert response.json()["error"] == "internal_error" and set(response.json()) == ERROR_KEYS
    assert "secret" not in response.text and "RuntimeError" not in response.text
    logged = [r for r in caplog.records if r.name == "web.errors" and r.exc_info]
    assert logged and "secret internals" in str(logged[0].exc_info[1])  # type: ignore[index]


def test_app_without_an_assistant_builds_one_from_settings_on_first_use(isolated_data_dir: Path) -> None:
    app = create_app()  # as `namnd serve` does; NAMND_DATA_DIR points at this test's empty folder
    assert not isolated_data_dir.exists(), "nothing should load before the first request"

    with TestClient(app, base_url="http://localhost") as local:
        health = local.get("/healthz").json()
        assert local.app.state.assistants.get() is local.app.state.assistants.get()  # type: ignore[attr-defined]

    assert health == {"status": "ok", "documents": 0, "chunks": 0}
    assert isolated_data_dir.exists()
