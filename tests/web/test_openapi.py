"""Schemathesis fuzzes the live API from its own OpenAPI schema: no 500s, only documented codes and types."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.e2e

SCHEMATHESIS = Path(sys.executable).with_name("schemathesis")


def test_the_api_keeps_its_openapi_contract(live_server: str, tmp_path: Path) -> None:
    if not SCHEMATHESIS.exists():
        pytest.fail("schemathesis is missing: install the test extra (pip install -e '.[test]')")
    command = [
        str(SCHEMATHESIS), "run", f"{live_server}/openapi.json",
        "--max-examples", "10", "--workers", "1", "--request-timeout", "120", "--seed", "20261126",
        "--generation-database", "none", "--no-color",
    ]  # every check on, positive_data_acceptance included: the schema enumerates its closed sets
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=900)

    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
