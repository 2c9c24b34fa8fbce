"""A report's field grid (a label and its value per row: "Uppdragsgivare | De förtroendevalda revisorerna") says who
wrote the document, for whom and when — not what it says. Its rows are read as fields (their own chunk kind, an
invented audit report through the real reader and chunker), and answering keeps a field's row only for a question
that asks for that field."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.citations import citation
from assistant.extractive import ExtractiveAnswerer, Unit
from assistant.listing import with_table_rows
from assistant.models import Answer
from assistant.query import plan_query
from ingest.models import Chunk
from ingest.pipeline import read_document

REPORT = """# Granskning av inköp och avtalstrohet

Lindåsa kommun – Kommunens revisorer

| Granskad nämnd | Tekniska nämnden |
|---|---|
| Rapportnummer | REV 2025/07 |
| Uppdragsgivare | De förtroendevalda revisorerna i Lindåsa kommun |
| Genomförd av | Maja Grönberg, certifierad kommunal revisor |
| Antagen | 2025-10-14 |

## Sammanfattning

Vår samlade bedömning är att tekniska nämnden inte har en tillräcklig intern kontroll av inköpen.

| Kontroll | Granskade | Avvikelser |
|---|---|---|
| Inköp med avtal | 40 | 11 |
| Direktupphandling | 12 | 4 |

## Rekommendationer

Vi rekommenderar nämnden att ta fram en skriftlig rutin för direktupphandling och att följa upp
avtalstroheten två gånger per år.

TESTDOKUMENT
"""


def test_a_field_grids_rows_are_fields_a_tables_rows_are_not(tmp_path: Path) -> None:
    path = tmp_path / "lindasa_revisionsrapport_inkop_2025.md"
    path.write_text(REPORT, encoding="utf-8")
    kinds = {c.text.split("\t")[0]: c.kind for c in read_document(path).chunks if c.fact}
    assert kinds["Uppdragsgivare"] == kinds["Genomförd av"] == kinds["Antagen"] == "field", kinds
    assert kinds["Inköp med avtal"] == kinds["Direktupphandling"] == "table_row", kinds


def _field(label: str, value: str) -> Unit:
    fact = f"Granskning av inköp och avtalstrohet — {label}: {value}"
    chunk = Chunk(f"f-{label}", "d1", "x.md", 0, "field", f"{label}\t{value}", "", "rapport",
                  "Granskning av inköp och avtalstrohet", ("Granskning av inköp och avtalstrohet",), None, 1, 1, None,
                  None, (2025,), fact)
    return Unit(fact, chunk.text, chunk, 0, score=0.9)


PROSE = Unit("Vi rekommenderar nämnden att ta fram en skriftlig rutin för direktupphandling.",
             "Vi rekommenderar nämnden att ta fram en skriftlig rutin för direktupphandling.",
             Chunk("t1", "d1", "x.md", 1, "text", "Vi rekommenderar nämnden att ta fram en skriftlig rutin för "
                   "direktupphandling.", "", "rapport", "Granskning av inköp och avtalstrohet",
                   ("Granskning av inköp och avtalstrohet", "Rekommendationer"), None, 9, 9, None, None, (2025,)),
             1, score=0.4)


def _kept(question: str, field: Unit) -> bool:
    kept, _ = ExtractiveAnswerer().answering(plan_query(question), [field, PROSE], lambda _term: 3)
    return field in kept


@pytest.mark.parametrize(("question", "label", "value"), [
    # Asked what the report says: the field shares the question's words (revisorerna, granskningen), says none of it.
    ("Vad rekommenderar revisorerna i granskningen av inköpen?", "Uppdragsgivare",
     "De förtroendevalda revisorerna i Lindåsa kommun"),
    ("Vad kom granskningen av inköpen fram till?", "Genomförd av", "Maja Grönberg, certifierad kommunal revisor"),
    # The board the question names says whose report it asks about, not which field.
    ("Vad rekommenderar revisorerna tekniska nämnden att göra?", "Granskad nämnd", "Tekniska nämnden"),
])
def test_a_question_about_the_content_leaves_a_field_out(question: str, label: str, value: str) -> None:
    assert not _kept(question, _field(label, value))


@pytest.mark.parametrize(("question", "label", "value"), [
    # The label named in the question.
    ("Vem är uppdragsgivare för granskningen av inköpen?", "Uppdragsgivare",
     "De förtroendevalda revisorerna i Lindåsa kommun"),
    # Asked who, a field naming a person answers; asked when, a field giving a date.
    ("Vem genomförde granskningen av inköpen?", "Genomförd av", "Maja Grönberg, certifierad kommunal revisor"),
    ("När blev granskningen av inköpen klar?", "Antagen", "2025-10-14"),
    ("Vilken nämnd granskade revisorerna?", "Granskad nämnd", "Tekniska nämnden"),
])
def test_a_question_for_a_field_keeps_it(question: str, label: str, value: str) -> None:
    assert _kept(question, _field(label, value))


def test_asked_which_ones_a_cited_field_lists_the_grids_other_fields() -> None:
    """As a table's rows do (assistant/listing.py): asked which members sat and who stood in, the answer that cites
    the grid's "Beslutande" field goes on with its other fields ("Ersättare" …), each cited."""
    def field(position: int, label: str, value: str) -> Chunk:
        return Chunk(f"m-{position}", "d1", "p.txt", position, "field", f"{label}\t{value}", "", "protokoll",
                     "Protokoll", ("Protokoll", "Kommunstyrelsen"), None, position, position, "2025-03-11", None,
                     (2025,), f"Kommunstyrelsen — {label}: {value}")

    grid = [field(1, "Beslutande", "Anna Wester (S), ordförande; Karl Nyberg (M), §§ 34–38"),
            field(2, "Ersättare", "Emma Lund (M), tjänstgörande §§ 39–41"), field(3, "Utses att justera", "Per Holm (M)")]
    answer = Answer("Vilka ledamöter var beslutande och vilka ersättare tjänstgjorde?",
                    f"{grid[0].fact} [1]", False, (citation(1, grid[0], grid[0].text),))
    listed = with_table_rows(answer, [grid[0]], lambda _row: grid)
    assert "Tabellens övriga rader" in listed.text and "Emma Lund" in listed.text, listed.text
    assert [c.chunk_id for c in listed.citations] == ["m-1", "m-2", "m-3"], listed.citations
