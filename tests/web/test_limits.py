"""Limits that hold for every input, over real HTTP: body size while reading (chunked too), JSON depth, invalid
Unicode, question tokens, Host, security headers on every response, and an access log without questions."""

from __future__ import annotations

import http.client
import json
import logging
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn

from assistant.service import Assistant
from tests.conftest import REPO
from web.app import create_app

pytestmark = pytest.mark.e2e

ERROR_KEYS = {"error", "detail"}


def assert_error(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == ERROR_KEYS and body["error"] == code, body


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_mb(pid: int) -> tuple[float, float]:
    """(current, peak) resident memory of a process in MB."""
    fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


@pytest.fixture
def server_process(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen]]:
    """`uvicorn web.app:create_app` in its own process over an empty data dir (nothing loads before a question)."""
    port = free_port()
    env = {**os.environ, "NAMND_DATA_DIR": str(tmp_path / "data"), "PYTHONPATH": str(REPO), "OMP_NUM_THREADS": "1"}
    process = subprocess.Popen([sys.executable, "-m", "uvicorn", "web.app:create_app", "--factory", "--port", str(port),
                                "--log-level", "warning"], env=env, cwd=REPO, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"{base}/finns-inte", timeout=2).status_code == 404:
                break
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            pytest.fail(f"server did not start: {process.stderr.read().decode() if process.stderr else ''}")
        time.sleep(0.2)
    yield base, process
    process.terminate()
    process.wait(timeout=20)


def test_a_300_mb_chunked_body_is_refused_while_reading_and_memory_stays_flat(
        server_process: tuple[str, subprocess.Popen]) -> None:
    base, process = server_process
    port = int(base.rsplit(":", 1)[1])
    before, _ = rss_mb(process.pid)
    sock = socket.create_connection(("127.0.0.1", port), timeout=60)
    sock.sendall(b"POST /api/chat HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 b"Transfer-Encoding: chunked\r\n\r\n")
    piece = b"x" * 1_000_000
    sent = {"bytes": 0}
    deadline = time.monotonic() + 60

    def send_body() -> None:  # stops when the server closes the connection, or after 300 MB / 60 s
        try:
            while sent["bytes"] < 300_000_000 and time.monotonic() < deadline:
                sock.sendall(b"%x\r\n" % len(piece) + piece + b"\r\n")
                sent["bytes"] += len(piece)
            sock.sendall(b"0\r\n\r\n")
        except OSError:
            pass

    sender = threading.Thread(target=send_body, daemon=True)
    sender.start()
    reply = b""
    while b"\r\n\r\n" not in reply:
        data = sock.recv(65536)
        if not data:
            break
        reply += data
    sender.join(timeout=70)
    sock.close()
    time.sleep(0.5)
    after, peak = rss_mb(process.pid)

    assert reply.startswith(b"HTTP/1.1 413"), reply[:200]
    assert b"payload_too_large" in reply or b"content-length" in reply.lower()
    assert sent["bytes"] < 300_000_000, "the server read the whole body"
    assert after - before < 50 and peak - before < 50, (before, after, peak)
    assert httpx.get(f"{base}/finns-inte", timeout=10).status_code == 404  # still serving


@pytest.fixture
def small_server(empty_assistant: Assistant) -> Iterator[str]:
    """A real uvicorn server in this process around an empty index, with one route that fails."""
    app = create_app(empty_assistant)

    @app.get("/boom")
    def boom() -> None:
        raise RuntimeError("internals")

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    yield f"127.0.0.1:{sock.getsockname()[1]}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


def test_a_500_keeps_the_kept_alive_connection(small_server: str) -> None:
    connection = http.client.HTTPConnection(small_server, timeout=30)
    connection.request("GET", "/boom")
    failed = connection.getresponse()
    body = json.loads(failed.read())
    first_socket = connection.sock

    statuses = []
    for _ in range(10):
        connection.request("GET", "/healthz")
        response = connection.getresponse()
        response.read()
        statuses.append(response.status)

    assert failed.status == 500 and body["error"] == "internal_error" and "internals" not in json.dumps(body)
    assert statuses == [200] * 10
    assert connection.sock is first_socket, "the connection was dropped after the 500"
    connection.close()


@pytest.mark.parametrize("payload", [
    '{"question": "Hur mycket \\ud800 kostade det?"}',
    '{"question": "Vad kostade placeringarna?", "filters": {"document_types": ["\\udfff"]}}',
    '{"question": "Vad kostade placeringarna?", "filters": {"diarienummer": "SOCN/2023:\\ud83d"}}',
    '{"question": "Vad kostade placeringarna?", "conversation_id": "\\ud800"}',
])
def test_lone_surrogates_are_422(client: httpx.Client, payload: str) -> None:
    for path in ("/api/chat", "/api/chat/stream"):
        response = client.post(path, content=payload, headers={"content-type": "application/json"})
        assert_error(response, 422, "invalid_text")
    assert client.get("/healthz").status_code == 200


def test_a_surrogate_pair_is_valid_unicode(client: httpx.Client) -> None:
    response = client.post("/api/chat", content='{"question": "Vad kostade placeringarna \\ud83d\\ude00?"}',
                           headers={"content-type": "application/json"})
    assert response.status_code == 200, response.text


def test_deeply_nested_json_is_422_without_parsing(client: httpx.Client) -> None:
    deep = '{"question": "Vad kostade placeringarna?", "filters": ' + "[" * 100_000 + "]" * 100_000 + "}"
    assert_error(client.post("/api/chat", content=deep, headers={"content-type": "application/json"}), 422, "too_deep")


def test_a_question_within_the_characters_but_over_the_tokens_is_422(client: httpx.Client) -> None:
    # Digits and punctuation cost the tokenizer about one token per character or two.
    question = "Vad hände " + " ".join(f"{n}-{n}" for n in range(250))
    assert len(question) <= 2000
    response = client.post("/api/chat", json={"question": question})
    assert_error(response, 422, "invalid_question")
    assert "orddelar" in response.json()["detail"]


def test_field_sizes_are_bounded(client: httpx.Client) -> None:
    too_many = {"question": "Vad kostade placeringarna?", "filters": {"document_types": ["x"] * 21}}
    assert_error(client.post("/api/chat", json=too_many), 422, "invalid_request")
    too_long = {"question": "Vad kostade placeringarna?", "filters": {"document_types": ["x" * 101]}}
    assert_error(client.post("/api/chat", json=too_long), 422, "invalid_request")


def test_a_foreign_host_is_refused(live_server: str) -> None:
    response = httpx.get(f"{live_server}/api/documents", headers={"Host": "rebound.example.com"})
    assert_error(response, 421, "host_not_allowed")
    port = live_server.rsplit(":", 1)[1]
    for host in (f"localhost:{port}", f"127.0.0.1:{port}", f"[::1]:{port}"):
        assert httpx.get(f"{live_server}/healthz", headers={"Host": host}).status_code == 200, host


@pytest.mark.parametrize("path", ["/", "/api/documents", "/api/search?q=budget", "/openapi.json", "/docs",
                                  "/static/app.js", "/docs-assets/swagger-ui.css", "/finns-inte"])
def test_every_response_has_the_security_headers(client: httpx.Client, path: str) -> None:
    headers = client.get(path).headers
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    assert "default-src 'self'" in headers["content-security-policy"]


def test_the_docs_policy_allows_only_its_own_inline_script(client: httpx.Client) -> None:
    policy = client.get("/docs").headers["content-security-policy"]
    assert "'sha256-" in policy and "'unsafe-inline'" not in policy.split("script-src", 1)[1].split(";")[0]


def test_the_access_log_keeps_no_question_text(client: httpx.Client, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="namnd.access"):
        client.get("/api/search", params={"q": "hemlighetsfullt budgetord"})
        client.post("/api/chat", json={"question": "hemlighetsfullt budgetord"})
    lines = [r.getMessage() for r in caplog.records if r.name.startswith(("namnd", "uvicorn"))]
    assert any(line.startswith("GET /api/search 200") for line in lines), lines
    assert any(line.startswith("POST /api/chat 200") for line in lines), lines
    assert not any("hemlighet" in line for line in lines)
