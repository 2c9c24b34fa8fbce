"""Minutes in the margin layout (ingest/margin_labels.py): a § part's label printed beside its text, read as a
heading over the text. Blocks as the PDF reader gives them for such a page (invented)."""

from __future__ import annotations

from ingest.margin_labels import margin_labels
from ingest.models import Block


def _texts(blocks: list[Block]) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in blocks]


def test_a_label_read_on_one_line_with_its_text_is_a_heading_over_it() -> None:
    blocks = [Block("paragraph", "Beslut Arbetsutskottet tilldelar Ljusbolaget AB kontraktet.", 2, 10, 11),
              Block("paragraph", "Reservation Jessica Dahl (SD) reserverar sig mot beslutet.", 2, 12, 12),
              # prose that opens with such a noun goes on in small letters: no label
              Block("paragraph", "Beslut om avgiften fattades i maj.", 2, 13, 13)]
    assert _texts(margin_labels(blocks)) == [
        ("heading", "Beslut"), ("paragraph", "Arbetsutskottet tilldelar Ljusbolaget AB kontraktet."),
        ("heading", "Reservation"), ("paragraph", "Jessica Dahl (SD) reserverar sig mot beslutet."),
        ("paragraph", "Beslut om avgiften fattades i maj.")]


def test_labels_read_as_a_table_become_headings_and_a_hyphenated_label_is_joined() -> None:
    rows = (("Yrkanden", "Tomas Ek (S) yrkar bifall. Jessica Dahl (SD) yrkar avslag."),
            ("Beslut", "Arbetsutskottet lämnar förvaltningens förslag till yttrande"),
            ("", "som sitt eget."),
            ("Protokolls-", "Patrik Salo (C) antecknar att han saknar en analys av"),
            ("anteckning", "cykeltrafiken till skolan."))
    table = Block("table", "\n".join("\t".join(r) for r in rows), 1, 20, 24, rows=rows,
                  lines=((20, 20), (21, 21), (22, 22), (23, 23), (24, 24)))
    assert _texts(margin_labels([table])) == [
        ("heading", "Yrkanden"), ("paragraph", "Tomas Ek (S) yrkar bifall. Jessica Dahl (SD) yrkar avslag."),
        ("heading", "Beslut"), ("paragraph", "Arbetsutskottet lämnar förvaltningens förslag till yttrande\nsom sitt eget."),
        ("heading", "Protokollsanteckning"),
        ("paragraph", "Patrik Salo (C) antecknar att han saknar en analys av cykeltrafiken till skolan.")]
    # a table of figures whose first column is no part's label stays a table
    figures = Block("table", "Verksamhet\tBudget\nBeslut\t12", 1, 1, 2, rows=(("Verksamhet", "Budget"), ("Beslut", "12")))
    assert margin_labels([figures]) == [figures]
