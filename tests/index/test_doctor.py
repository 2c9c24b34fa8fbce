"""Consistency you can check: `namnd doctor [--repair]` after kill -9 of real `namnd ingest` processes, and
ingest cleaning up the orphans a killed run left."""

from __future__ import annotations

import re
import sqlite3
import time
from pathlib import Path

import numpy as np
import pytest

from tests.index.test_writers import finish, namnd

pytestmark = pytest.mark.e2e


def report(text: str, what: str) -> int:
    match = re.search(rf"{what}[^│\n]*│\s*(\d+)", text)
    assert match, text
    return int(match.group(1))


def fresh_client(path: Path):  # noqa: ANN201 - a chromadb client
    """A Chroma client that reads the folder as the other processes left it (not this process's cached view)."""
    import chromadb
    from chromadb.api.shared_system_client import SharedSystemClient
    from chromadb.config import Settings as ChromaSettings

    SharedSystemClient._identifier_to_system.pop(str(path), None)
    SharedSystemClient._identifier_to_refcount.pop(str(path), None)
    return chromadb.PersistentClient(path=str(path), settings=ChromaSettings(anonymized_telemetry=False))


def documents_in(catalog: Path) -> int:
    try:
        with sqlite3.connect(f"file:{catalog}?mode=ro", uri=True, timeout=1) as db:
            return int(db.execute("SELECT count(*) FROM documents").fetchone()[0])
    except sqlite3.Error:
        return 0


def write_reports(folder: Path, count: int = 3) -> list[Path]:
    """Monthly reports with one paragraph per chunk, new to the embedding cache, so embedding takes real time."""
    folder.mkdir(parents=True)
    paths = []
    for n in range(count):
        paragraphs = [f"Enhet {n}-{p} rapporterade {17 * p + n} nya ärenden under vecka {p + 1}, varav {p + n} gällde "
                      f"unga vuxna. " * 6 for p in range(20)]
        path = folder / f"rapport-{n}.md"
        path.write_text(f"# Veckorapport {n}\n\n## Ärenden\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_kill_9_during_ingest_then_doctor_reports_repairs_and_ingest_cleans_up(tmp_path: Path) -> None:
    data = tmp_path / "data"
    docs = tmp_path / "docs"
    write_reports(docs)
    env = {"NAMND_EMBEDDING_CACHE": str(tmp_path / "embeddings.sqlite3")}
    catalog = data / "catalog.sqlite3"

    for documents in (0, 1, 2):  # kill while the first, the second, the third document is being written
        process = namnd(data, "ingest", str(docs), **env)
        deadline = time.monotonic() + 240
        while (not catalog.exists() or documents_in(catalog) < documents) and process.poll() is None \
                and time.monotonic() < deadline:
            time.sleep(0.05)
        time.sleep(1.5)  # into the next document's embedding or writing
        process.kill()
        process.wait()
        code, output = finish(namnd(data, "doctor", **env))
        assert report(output, "chunkar utan vektor") == 0, output  # vectors first: never half a document
        assert report(output, "chunkar utan sökord") == 0, output
        assert code == (0 if report(output, "föräldralösa") == 0 else 1), output

    code, output = finish(namnd(data, "doctor", "--repair", **env))
    assert code == 0 and "stämmer" in output, output
    assert finish(namnd(data, "doctor", **env))[0] == 0

    code, output = finish(namnd(data, "ingest", str(docs), **env))
    assert code == 0, output
    code, output = finish(namnd(data, "doctor", **env))
    assert code == 0 and report(output, "dokument") == 3, output

    # Orphans as a killed run leaves them (vectors the catalog never got) are gone after the next ingest, whatever
    # it ingests; vectors lost from the store are re-embedded by --repair.
    client = fresh_client(data / "chroma")
    collection = client.get_collection("namnd_chunks")
    lost = collection.get(limit=4, include=[])["ids"]
    collection.delete(ids=lost)
    collection.add(ids=["orphan-1", "orphan-2"], embeddings=np.ones((2, 384)).tolist(),
                   metadatas=[{"document_id": "gone"}, {"document_id": "gone"}])
    del collection, client

    code, output = finish(namnd(data, "doctor", **env))
    assert code == 1 and report(output, "föräldralösa") == 2 and report(output, "chunkar utan vektor") == 4, output
    assert "--repair" in output
    code, output = finish(namnd(data, "doctor", "--repair", **env))
    assert code == 0 and "Lagat" in output, output
    code, output = finish(namnd(data, "doctor", **env))
    assert code == 0, output

    client = fresh_client(data / "chroma")
    client.get_collection("namnd_chunks").add(ids=["orphan-3"], embeddings=np.ones((1, 384)).tolist(),
                                              metadatas=[{"document_id": "gone"}])
    del client
    assert finish(namnd(data, "ingest", str(docs / "rapport-0.md"), **env))[0] == 0  # unchanged, still cleans
    code, output = finish(namnd(data, "doctor", **env))
    assert code == 0 and report(output, "föräldralösa") == 0, output

    code, output = finish(namnd(data, "ask", "Hur många nya ärenden rapporterade enhet 1-3?", **env))
    assert code == 0 and "[1]" in output, output
