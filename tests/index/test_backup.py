"""`namnd backup` while an index is open for reading, `namnd restore` into a fresh data dir: the same answer."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from assistant.service import Assistant
from assistant.settings import Settings
from tests.conftest import EMBEDDING_CACHE
from tests.index.conftest import MAJ
from tests.index.test_writers import finish, namnd

pytestmark = pytest.mark.e2e

QUESTION = "Hur många barn var placerade i familjehem i april?"


def test_backup_while_serving_then_restore_into_a_fresh_data_dir_answers_the_same(
        tmp_path: Path, write_doc: Callable[..., Path]) -> None:
    data, snapshot, fresh = tmp_path / "data", tmp_path / "kopia", tmp_path / "ny-data"
    assert finish(namnd(data, "ingest", str(write_doc("april.md")), str(write_doc("maj.md", MAJ))))[0] == 0
    serving = Assistant.from_settings(Settings(data_dir=data, embedding_cache=EMBEDDING_CACHE))
    before = serving.ask(QUESTION)

    code, output = finish(namnd(data, "backup", str(snapshot)))
    assert code == 0 and "2 dokument" in output, output
    assert serving.ask(QUESTION).text == before.text  # the server kept answering
    manifest = json.loads((snapshot / "namnd-backup.json").read_text(encoding="utf-8"))
    assert manifest["documents"] == 2 and manifest["vectors_included"] is True

    code, output = finish(namnd(fresh, "restore", str(snapshot)))
    assert code == 0 and "Återställde 2 dokument" in output, output
    code, output = finish(namnd(fresh, "ask", QUESTION, "--json"))
    assert code == 0, output
    restored = json.loads(output[output.index("{"):])
    assert restored["answer"] == before.text and not restored["abstained"]
    assert [c["quote"] for c in restored["citations"]] == [c.quote for c in before.citations]
    assert finish(namnd(fresh, "doctor"))[0] == 0

    code, output = finish(namnd(data, "restore", str(snapshot)))
    assert code == 2 and "redan ett index" in output, output
    code, output = finish(namnd(data, "backup", str(snapshot)))
    assert code == 2 and "inte tom" in output, output
