"""The `namnd` command as a user runs it: a real subprocess, its exit code and its output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS_TEXT, EMBEDDING_CACHE

pytestmark = pytest.mark.e2e


def namnd(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NAMND_DATA_DIR": str(data_dir), "NAMND_EMBEDDING_CACHE": str(EMBEDDING_CACHE),
           "OMP_NUM_THREADS": "1", "COLUMNS": "200"}
    return subprocess.run([sys.executable, "-m", "web.cli", *args], capture_output=True, text=True, env=env,
                          timeout=600, check=False)


def test_ingest_ask_and_reingest(tmp_path: Path) -> None:
    source = next(CORPUS_TEXT.glob("004_*.txt"))
    first = namnd("ingest", str(source), data_dir=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "Inläsning" in first.stdout
    again = namnd("ingest", str(source), data_dir=tmp_path)
    assert again.returncode == 0
    row = next(line for line in again.stdout.splitlines() if line.strip().startswith("│"))
    assert [cell.strip() for cell in row.strip("│").split("│")][:4] == ["1", "0", "0", "1"], row  # unchanged

    answer = namnd("ask", "Hur många nya ärenden öppnades på ekonomiskt bistånd i mars 2024?", "--json",
                   data_dir=tmp_path)
    assert answer.returncode == 0, answer.stderr
    payload = json.loads(answer.stdout)
    assert "33" in payload["answer"] and not payload["abstained"]
    assert payload["citations"][0]["source"] == source.name
    assert payload["citations"][0]["quote"] in source.read_text(encoding="utf-8")


def test_errors_are_one_line_messages_with_exit_code_2(tmp_path: Path) -> None:
    empty = namnd("ask", "   ", data_dir=tmp_path)
    assert empty.returncode == 2
    assert "Frågan är tom" in empty.stderr
    assert "Traceback" not in empty.stderr

    missing = namnd("ingest", str(tmp_path / "finns-inte.pdf"), data_dir=tmp_path)
    assert missing.returncode == 2
    assert "Hittar inte" in missing.stderr

    no_index = namnd("eval", str(tmp_path / "gold.jsonl"), data_dir=tmp_path)
    assert no_index.returncode == 2


def test_ingest_reads_a_docx_and_search_finds_it(tmp_path: Path) -> None:
    from docx import Document

    document = Document()
    document.add_heading("Rapport om Ekbackens dagverksamhet", level=1)
    document.add_paragraph("Ekbackens dagverksamhet tog emot fjorton nya besökare under hösten.")
    path = tmp_path / "ekbacken.docx"
    document.save(path)
    data = tmp_path / "data"
    ingested = namnd("ingest", str(path), data_dir=data)
    assert ingested.returncode == 0, ingested.stderr
    row = next(line for line in ingested.stdout.splitlines() if line.strip().startswith("│"))
    assert [cell.strip() for cell in row.strip("│").split("│")][:2] == ["1", "1"], row  # files, added
    found = namnd("search", "Ekbackens dagverksamhet besökare", data_dir=data)
    assert found.returncode == 0 and "ekbacken.docx" in found.stdout, found.stdout
