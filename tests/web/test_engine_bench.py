"""`namnd bench --engines`: both engines answer every chat at each level, and the figures say so."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.service import Assistant
from tests.conftest import make_settings
from tests.index.conftest import APRIL, MAJ
from web.engine_bench import measure_engine

pytestmark = pytest.mark.e2e


def test_each_engine_answers_every_chat_at_each_level(tmp_path: Path, database_url: str) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "april.md").write_text(APRIL, encoding="utf-8")
    (docs / "maj.md").write_text(MAJ, encoding="utf-8")
    questions = ["Hur många barn var placerade i familjehem?", "Hur lång var väntetiden till samtalsstöd?"]
    for engine, settings in (("sqlite", make_settings(tmp_path / "s")),
                             ("postgres", make_settings(tmp_path / "p", database_url=database_url))):
        assistant = Assistant.from_settings(settings)
        assert assistant.ingest([docs]).count("added") == 2
        levels = measure_engine(engine, assistant, questions, levels=(1, 3), rounds=2)

        assert [(lvl.engine, lvl.concurrency, lvl.latencies.count) for lvl in levels] == [(engine, 1, 10), (engine, 3, 6)]
        assert all(lvl.latencies.errors == 0 and lvl.latencies.busy == 0 for lvl in levels)
        assert all(0 < lvl.latencies.p50 <= lvl.latencies.p95 for lvl in levels)
