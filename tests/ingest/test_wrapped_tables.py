"""Tables a PDF-to-text export flattened into lines: read back as tables whose rows say which column each figure
is in."""

from __future__ import annotations

from pathlib import Path

from ingest.chunker import row_fact
from ingest.text_reader import read_text
from tests.conftest import CORPUS_TEXT

INVENTED = """\
3.1 Nyckeltal

Mått Utfall jan-juni 2021 Budget 2021 Utfall 2020

Antal beviljade 
insatser inom 
hemtjänsten 311 620 598

Antal brukare med 
trygghetslarm 1204 1250 1188

Antal ärenden hos 
budget- och skuldrådgivningen 57  Nytt mått

Antal inkomna anmälningar 88 170 166
 Mått Utfall jan-juni 2021 Budget 2021 Utfall 2020

Andel nöjda brukare 91,5 % 90 % 89,0 %

Antal besök på träffpunkterna 2400 5000 4870
"""


def _tables(tmp_path: Path, text: str) -> list:
    path = tmp_path / "rapport.txt"
    path.write_text(text, encoding="utf-8")
    return [b for b in read_text(path, path.read_bytes()) if b.kind == "table"]


def test_a_flattened_table_is_read_with_its_year_columns(tmp_path: Path) -> None:
    [table] = _tables(tmp_path, INVENTED)

    assert table.rows[0] == ("Mått", "Utfall jan-juni 2021", "Budget 2021", "Utfall 2020")
    assert table.rows[1] == ("Antal beviljade insatser inom hemtjänsten", "311", "620", "598")
    assert row_fact("3.1 Nyckeltal", table.rows[0], table.rows[2]) == (
        "3.1 Nyckeltal — Antal brukare med trygghetslarm: Utfall jan-juni 2021 1204; Budget 2021 1250; "
        "Utfall 2020 1188")
    # A row without figures between two that have them stays, as a label; the header repeated at the top of the
    # next page, glued under the page's last row, gives that row back and is not read as a row itself.
    assert table.rows[3:] == (
        ("Antal ärenden hos budget- och skuldrådgivningen 57 Nytt mått",),
        ("Antal inkomna anmälningar", "88", "170", "166"),
        ("Andel nöjda brukare", "91,5 %", "90 %", "89,0 %"),
        ("Antal besök på träffpunkterna", "2400", "5000", "4870"),
    )
    assert table.line_start == 3 and table.line_end == 20


def test_ambiguous_figures_leave_the_text_as_it_was(tmp_path: Path) -> None:
    # "12 000" could be one figure or two: with a space as thousands separator the row count does not fit.
    text = "Mått Utfall 2021 Budget 2021\n\nAntal besök 12 000 11 500\n\nAntal samtal 4 100 3 900\n"
    assert _tables(tmp_path, text) == []


def test_the_sample_reports_volume_table_names_its_columns() -> None:
    path = next(CORPUS_TEXT.glob("002_*.txt"))
    [table] = [b for b in read_text(path, path.read_bytes()) if b.kind == "table" and "\t" not in b.text]
    assert table.rows[0][1:] == ("Utfall jan-april 2019", "Prognos 2019", "Utfall 2018")
    assert len(table.rows) - 1 >= 15 and all(len(r) in (1, 4) for r in table.rows)
