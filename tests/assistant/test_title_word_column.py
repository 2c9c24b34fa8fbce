"""A question word that is its document's own title word names the document, not a table column: "i planen för 2027"
of a "Budget 2026 med plan 2027–2028" asks the plan's 2027 figures, not the column headed "Plan 2028"
(`extractive._asked_columns_years`). Invented documents, ingested with the real pipeline, Chroma and the packaged
embedding model."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import assert_answered

pytestmark = pytest.mark.slow

BUDGET = """# Budget 2026 med plan 2027–2028

Lunda kommun, tekniska nämnden

## Investeringar (tkr)

| Projekt | Budget 2026 | 2027 | Plan 2028 |
|---|---|---|---|
| Summa investeringar | 4 200 | 3 100 | 2 500 |

## Kommentarer

Investeringarna avser främst gång- och cykelvägar och belysning.
"""


def test_the_plans_year_is_asked_not_its_plan_column(tmp_path: Path) -> None:
    assert_answered(tmp_path, {"lunda_tn_budget_2026.md": BUDGET},
                    "Hur mycket investeringar finns i planen för 2027?", "3 100")
