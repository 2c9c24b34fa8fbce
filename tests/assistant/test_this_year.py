""""I år" of a named municipality is the newest year its own documents speak of, not that of another municipality's
budget for next year in the same index, and a plan's present is its first year, not its last (invented documents,
ingested with the real pipeline, Chroma and the packaged embedding model)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import assert_answered, indexed_assistant

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


PLAN_AHEAD = """# Budget 2026 och verksamhetsplan 2027–2028

Norrhamra kommun, barn- och utbildningsnämnden

## Budget och plan

Nämndens budgetram för 2026 är 612,0 mnkr. I planen för 2027 och 2028 räknas ramen upp med 2,5 procent per år.
"""


def test_a_plan_for_years_ahead_speaks_of_its_first_year_as_the_present(tmp_path: Path) -> None:
    """A budget for 2026 with a plan for 2027–2028 is in force in 2026: "förra året" of the index is 2025, not 2027
    (the plan's last year less one), and "i år" 2026."""
    assistant = indexed_assistant(tmp_path, {"ekholma.md": REPORT, "norrhamra_budget_2026_plan_2027-2028.md": PLAN_AHEAD})
    plan = next(r for r in assistant.documents() if r.file_name.startswith("norrhamra"))
    assert (plan.document_type, plan.years) == ("plan", (2026, 2027, 2028)), plan
    assert assistant.plan("Hur stort var underskottet förra året?").years == (2025,)
    assert assistant.plan("Hur stor är budgetramen i år?").years == (2026,)
