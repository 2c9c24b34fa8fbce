"""API keys: stored hashed, managed by `namnd keys`, checked over HTTP on a real server; `serve` refuses to open
the documents to the network by accident."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from assistant.service import Assistant
from tests.conftest import EMBEDDING_CACHE, make_settings
from tests.web.conftest import serve
from web.keys import KeyStore


def test_keys_are_stored_hashed_and_revocation_holds(tmp_path: Path) -> None:
    store = KeyStore(tmp_path / "keys.sqlite3")
    record, key = store.create("editor", "sekreterare")
    assert key.startswith(f"namnd_{record.key_id}_")
    # The secret is URL-safe base64, which may itself hold "_": it is everything after the id.
    secret = key.removeprefix(f"namnd_{record.key_id}_")
    assert len(secret) >= 40
    assert secret.encode() not in (tmp_path / "keys.sqlite3").read_bytes()
    assert store.verify(key) == record
    assert store.verify(key[:-1] + ("A" if key[-1] != "A" else "B")) is None  # one character off
    assert store.verify("namnd_" + record.key_id + "_x") is None
    assert record.allows("reader") and record.allows("editor") and not record.allows("admin")
    store.revoke(record.key_id)
    assert store.verify(key) is None
    with pytest.raises(ValueError, match="redan återkallad"):
        store.revoke(record.key_id)
    with pytest.raises(ValueError, match="Okänd roll"):
        store.create("gud")


def namnd(*args: str, data_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "NAMND_DATA_DIR": str(data_dir), "NAMND_EMBEDDING_CACHE": str(EMBEDDING_CACHE),
                   "OMP_NUM_THREADS": "1", "COLUMNS": "200", **env}
    return subprocess.run([sys.executable, "-m", "web.cli", *args], capture_output=True, text=True,
                          env=environment, timeout=120, check=False)


@pytest.mark.e2e
def test_keys_command_creates_lists_and_revokes(tmp_path: Path) -> None:
    created = namnd("keys", "create", "--role", "reader", "--name", "intranätet", data_dir=tmp_path)
    assert created.returncode == 0, created.stderr
    key = created.stdout.strip().splitlines()[-1]
    key_id = key.split("_")[1]
    listed = namnd("keys", "list", data_dir=tmp_path)
    assert key_id in listed.stdout and "intranätet" in listed.stdout and key not in listed.stdout
    assert KeyStore(tmp_path / "keys.sqlite3").verify(key) is not None
    revoked = namnd("keys", "revoke", key_id, data_dir=tmp_path)
    assert revoked.returncode == 0 and "återkallad" in revoked.stdout
    assert KeyStore(tmp_path / "keys.sqlite3").verify(key) is None
    bad = namnd("keys", "create", "--role", "gud", data_dir=tmp_path)
    assert bad.returncode == 2 and "Okänd roll" in bad.stderr


@pytest.mark.e2e
def test_serve_refuses_a_network_address_without_keys_or_public_read(tmp_path: Path) -> None:
    refused = namnd("serve", "--host", "0.0.0.0", data_dir=tmp_path)  # noqa: S104 - the address being refused
    assert refused.returncode == 2
    assert "NAMND_REQUIRE_READ_KEY=true" in refused.stderr and "NAMND_PUBLIC_READ=true" in refused.stderr
    assert "Traceback" not in refused.stderr


@pytest.mark.e2e
def test_read_routes_need_a_reader_key_when_required(tmp_path: Path) -> None:
    settings = make_settings(tmp_path / "data", require_read_key=True)
    store = KeyStore(settings.keys_path)
    _, reader = store.create("reader")
    revoked_record, revoked = store.create("reader")
    store.revoke(revoked_record.key_id)
    with serve(Assistant.from_settings(settings)) as url, httpx.Client(base_url=url, timeout=60) as http:
        missing = http.get("/api/documents")
        assert missing.status_code == 401
        assert missing.json()["error"] == "unauthorized" and "API-nyckel" in missing.json()["detail"]
        assert missing.headers["WWW-Authenticate"] == "Bearer"
        assert http.get("/api/documents", headers={"Authorization": f"Bearer {revoked}"}).status_code == 401
        assert http.get("/api/documents", headers={"Authorization": f"Bearer {reader}"}).status_code == 200
        assert http.get("/api/documents", headers={"X-API-Key": reader}).status_code == 200
        # OpenAI clients send the key as a Bearer token; errors there keep OpenAI's shape.
        assert http.get("/v1/models", headers={"Authorization": f"Bearer {reader}"}).status_code == 200
        assert http.get("/v1/models").status_code == 401
        assert http.post("/mcp/", json={}).status_code == 401
        assert http.get("/", headers={}).status_code == 200  # the page itself: the key is typed into it
        schema = http.get("/openapi.json").json()
        search = schema["paths"]["/api/search"]["get"]
        assert {"401", "403"} <= set(search["responses"]) and search["security"]
