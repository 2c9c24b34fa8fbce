""""I år" of a named municipality is the newest year its own documents speak of, not that of another municipality's
budget for next year in the same index (two invented documents, ingested with the real pipeline, Chroma and the
packaged embedding model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import assert_answered

pytestmark = pytest.mark.slow

REPORT = """# Delårsrapport januari–augusti 2025

Ekholma kommun, vård- och omsorgsnämnden

## Ekonomiskt utfall

Nämnden prognostiserar för helåret 2025 ett underskott om 4,6 mnkr.

Underskottet i hemtjänsten beror främst på att de beviljade timmarna har ökat med 11 procent jämfört med samma
period förra året.

## Åtgärder

Åtgärderna bedöms minska underskottet under resten av året men inte ge full effekt förrän 2026.
"""

BUDGET = """# Verksamhetsplan med budget 2026

Västermora kommun, socialnämnden

## Budget 2026

Socialnämndens budgetram för 2026 är 412,0 mnkr. Hemtjänsten får 3,5 mnkr mer än 2025 för att möta fler
beviljade timmar.
"""


def test_this_year_of_a_named_municipality_is_its_own_newest_year(tmp_path: Path) -> None:
    assert_answered(tmp_path, {"ekholma.md": REPORT, "vastermora.md": BUDGET},
                    "Varför går hemtjänsten i Ekholma med underskott i år?", "11 procent")
