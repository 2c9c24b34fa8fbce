"""Chunking: table row facts with their headers, chunk boundaries at sections and pages, sizes and ids."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from ingest.chunker import MAX_CHARS, row_fact, split_fact
from ingest.models import Chunk, ParsedDocument
from ingest.pipeline import read_document

STEMS = ("000_6424b87df5d164a5", "001_dd2203c0605088ab", "002_6f873dac8bcd0776", "003_d650d4c9f54389cc",
         "004_89afa5b7fa4a89ee")
FILES = [f"{stem}.{fmt}" for stem in STEMS for fmt in ("pdf", "txt")]
DRIFT_001 = ("001_dd2203c0605088ab.pdf", "001_dd2203c0605088ab.txt")


def row_facts(parsed: ParsedDocument, label: str) -> list[Chunk]:
    return [c for c in parsed.chunks if c.kind == "table_row" and c.fact and f"— {label}:" in c.fact]


# --- the Driftredovisning table of the Årsredovisning 2022 in 001 -------------------------------------


@pytest.mark.parametrize("name", DRIFT_001)
def test_driftredovisning_row_fact_for_familjeratt_och_placering(name: str, corpus: dict) -> None:
    rows = [c for c in row_facts(corpus[name], "Familjerätt och placering") if "Driftredovisning" in c.fact]
    assert len(rows) == 1, [c.fact for c in rows]
    row = rows[0]

    # The value stands right after its column header: "Budget- avvikelse 2022 -19 965" (the header is
    # hyphenated in both the PDF and the text export).
    assert re.search(r"avvikelse 2022 -19 965(;|$)", row.fact), row.fact
    assert "Utfall 2022 -77 482" in row.fact and "Budget 2022 -57 517" in row.fact
    assert row.fact.startswith("Driftredovisning, nettoresultat (tkr) — ")
    assert row.diarienummer == "SOCN/2023:17"
    assert row.section_path[0] == "Årsredovisning Helår 2022" and row.section_path[-1] == "Driftredovisning"
    assert row.text == "Familjerätt och placering\t-77 482\t-75 262\t-57 517\t-19 965"
    if row.page is not None:
        assert row.page == 7


@pytest.mark.parametrize("name", DRIFT_001)
def test_every_row_of_the_driftredovisning_names_its_columns(name: str, corpus: dict) -> None:
    rows = [c for c in corpus[name].chunks if c.kind == "table_row" and c.fact
            and c.fact.startswith("Driftredovisning, nettoresultat (tkr) — ")]
    assert len(rows) >= 10
    for row in rows:
        values = row.fact.split(": ", 1)[1].split("; ")
        assert values[0].startswith("Utfall 2022 "), row.fact
        assert all(re.match(r"^(Utfall|Budget)", v) for v in values), row.fact


def test_a_table_continued_on_the_next_page_keeps_its_header_in_the_facts(corpus: dict) -> None:
    """The indicator table of 001 runs from page 12 onto page 13; the PDF's facts must read like the export's."""
    pdf = row_facts(corpus["001_dd2203c0605088ab.pdf"], "Invånare med riskabla alkoholvanor, andel (%)")
    assert [c.page for c in pdf] == [13]
    assert "Utfall 10%" in pdf[0].fact and "Riket 13%" in pdf[0].fact and "Utfall män 13%" in pdf[0].fact


# --- tables made for the test -------------------------------------------------------------------------


def _write(tmp_path: Path, name: str, text: str) -> ParsedDocument:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path)


LONG_TABLE = "# Månadsrapport 2024\n\n## Driftredovisning per enhet\n\nEnhet\tUtfall 2024\tBudget 2024\tAvvikelse 2024\n" + \
    "\n".join(f"Enhet nummer {i} inom individ- och familjeomsorgen\t-{i} 100\t-{i} 000\t-100" for i in range(1, 61)) + "\n"


def test_every_row_fact_of_a_long_table_carries_the_header(tmp_path: Path) -> None:
    parsed = _write(tmp_path, "lang.md", LONG_TABLE)
    facts = [c.fact for c in parsed.chunks if c.kind == "table_row"]

    assert len(facts) == 60
    assert facts[41] == ("Driftredovisning per enhet — Enhet nummer 42 inom individ- och familjeomsorgen: "
                         "Utfall 2024 -42 100; Budget 2024 -42 000; Avvikelse 2024 -100")


def test_a_row_fact_splits_back_into_its_caption_and_its_row(tmp_path: Path) -> None:
    """The assistant reads a fact's caption and row apart (split_fact) in the format row_fact writes them."""
    fact = row_fact("Driftredovisning (tkr)", ("", "Utfall 2022", "Budget 2022"), ("Ekonomiskt bistånd", "-56 783", "-52 326"))
    assert split_fact(fact) == ("Driftredovisning (tkr)", "Ekonomiskt bistånd: Utfall 2022 -56 783; Budget 2022 -52 326")
    assert split_fact(row_fact("Tabell 1", (), ("612", "640"))) == ("Tabell 1", "612; 640")
    assert split_fact("En mening utan rad") == ("En mening utan rad", "")
    parsed = _write(tmp_path, "lang.md", LONG_TABLE)
    assert {split_fact(c.fact)[0] for c in parsed.chunks if c.kind == "table_row"} == {"Driftredovisning per enhet"}


def test_a_long_table_is_cut_between_rows_never_inside_one(tmp_path: Path) -> None:
    parsed = _write(tmp_path, "lang.md", LONG_TABLE)
    pieces = [c for c in parsed.chunks if c.kind == "table"]
    rows = LONG_TABLE.split("\n\n")[-1].strip().split("\n")

    assert len(pieces) > 1
    assert [line for piece in pieces for line in piece.text.split("\n")] == rows


def test_every_piece_of_a_long_table_carries_its_header(tmp_path: Path) -> None:
    parsed = _write(tmp_path, "lang.md", LONG_TABLE)
    header = "Enhet\tUtfall 2024\tBudget 2024\tAvvikelse 2024"
    pieces = [c for c in parsed.chunks if c.kind == "table"]
    assert len(pieces) > 1
    assert all(header in p.text or header in p.context for p in pieces)


def test_a_header_of_years_names_the_columns_of_every_row(tmp_path: Path) -> None:
    parsed = _write(tmp_path, "kvalitet.md", "# Kvalitetsberättelse 2023\n\n## Brukarbedömning\n\n"
                    "Nyckeltal\t2022\t2023\t2023 (riket)\nHelhetssyn, andel (%)\t92\t92\t86\n"
                    "Förbättrad situation, andel (%)\t70\t96\t69\n")
    facts = [c.fact for c in parsed.chunks if c.kind == "table_row"]
    assert facts == ["Brukarbedömning — Helhetssyn, andel (%): 2022 92; 2023 92; 2023 (riket) 86",
                     "Brukarbedömning — Förbättrad situation, andel (%): 2022 70; 2023 96; 2023 (riket) 69"]


@pytest.mark.parametrize("name", ["004_89afa5b7fa4a89ee.pdf", "004_89afa5b7fa4a89ee.txt"])
def test_the_brukarbedomning_of_004_names_its_years(name: str, corpus: dict) -> None:
    rows = row_facts(corpus[name], "Brukarbedömning individ- och familjeomsorg totalt - helhetssyn, andel (%)")
    assert len(rows) == 1
    assert "2022 92" in rows[0].fact and "2023 (riket) 86" in rows[0].fact


# --- chunk boundaries, sizes and ids ------------------------------------------------------------------


def test_chunks_end_at_every_heading_even_when_small(tmp_path: Path) -> None:
    parsed = _write(tmp_path, "rapport.md", "# Månadsrapport maj 2024\n\n## Barn och unga\n\nOrosanmälningarna ökade.\n\n"
                    "## Vuxna\n\nFärre vuxna placerades.\n\n### Missbruk\n\nÖppenvården växer.\n")
    assert [(c.section_path[1:], c.text) for c in parsed.chunks] == [
        (("Barn och unga",), "Orosanmälningarna ökade."),
        (("Vuxna",), "Färre vuxna placerades."),
        (("Vuxna", "Missbruk"), "Öppenvården växer."),
    ]


def test_a_section_running_over_a_page_break_gives_one_chunk_per_page(draw_pdf: Callable[..., Path]) -> None:
    pages = [
        [("h1", "Delårsrapport 2024"), ("h2", "Ekonomi"), ("body", "Utfallet för perioden visar ett underskott.")],
        [("body", "Prognosen för helåret är ett underskott på 12 miljoner kronor.")],
        [("h2", "Personal"), ("body", "Sjukfrånvaron minskar.")],
    ]
    parsed = read_document(draw_pdf("delar.pdf", pages))
    economy = [c for c in parsed.chunks if c.section_path[-1] == "Ekonomi"]

    assert [(c.page, c.text) for c in economy] == [
        (1, "Utfallet för perioden visar ett underskott."),
        (2, "Prognosen för helåret är ett underskott på 12 miljoner kronor."),
    ]


@pytest.mark.parametrize("name", FILES)
def test_text_chunks_stay_within_the_size_limit(name: str, corpus: dict) -> None:
    oversize = [(c.position, len(c.text)) for c in corpus[name].chunks if c.kind == "text" and len(c.text) > MAX_CHARS]
    assert not oversize


def test_a_paragraph_longer_than_the_limit_is_cut_at_sentence_ends(tmp_path: Path) -> None:
    sentences = [f"Mening nummer {i} handlar om placeringar och deras kostnader under året." for i in range(40)]
    parsed = _write(tmp_path, "lang.txt", "Rubrik för rapporten\n\n" + " ".join(sentences) + "\n")
    texts = [c.text for c in parsed.chunks]

    assert len(texts) > 1 and all(len(t) <= MAX_CHARS for t in texts)
    assert all(t.endswith("året.") for t in texts)
    assert " ".join(texts) == " ".join(sentences)


def test_chunk_ids_are_unique_across_the_corpus_and_positions_are_dense(corpus: dict) -> None:
    ids = [c.chunk_id for parsed in corpus.values() for c in parsed.chunks]
    assert len(ids) == len(set(ids))
    for parsed in corpus.values():
        assert [c.position for c in parsed.chunks] == list(range(len(parsed.chunks)))
        assert {c.document_id for c in parsed.chunks} == {parsed.source.document_id}


def test_reading_the_same_file_twice_gives_the_same_ids(tmp_path: Path) -> None:
    path = tmp_path / "lang.md"
    path.write_text(LONG_TABLE, encoding="utf-8")
    first, second = read_document(path), read_document(path)
    assert first.source.document_id == second.source.document_id
    assert [c.chunk_id for c in first.chunks] == [c.chunk_id for c in second.chunks]


def test_counts_that_look_like_years_are_data_not_a_header(tmp_path: Path) -> None:
    parsed = _write(tmp_path, "volym.md", "# Årsredovisning 2019\n\n## Volymutveckling\n\n"
                    "Volymmått\tUtfall 2018\tUtfall 2019\nAntal startade utredningar\t2005\t1946\n"
                    "Antal avslutade utredningar\t1940\t1952\nAntal pågående utredningar\t449\t405\n")
    facts = [c.fact for c in parsed.chunks if c.kind == "table_row"]
    assert "Volymutveckling — Antal startade utredningar: Utfall 2018 2005; Utfall 2019 1946" in facts
    assert "Volymutveckling — Antal pågående utredningar: Utfall 2018 449; Utfall 2019 405" in facts


def test_the_first_row_of_a_field_grid_is_data_not_the_header() -> None:
    """'Plats och tid | Rådhuset, …' heads no column: the next row's fact is 'Beslutande: …' alone."""
    from ingest.chunker import DocumentInfo, chunk_sections
    from ingest.models import Block, Section

    rows = (("Plats och tid", "Rådhuset, sal Ekhagen, torsdag 14 mars 2024 kl. 09.00–12.10"),
            ("Beslutande", "Kerstin Ljung (S), ordförande; Ahmed Nur (M)"), ("Utses att justera", "Ahmed Nur"))
    table = Block("table", "\n".join("\t".join(r) for r in rows), 1, 1, 3, rows=rows)
    section = Section(("Protokoll", "Omsorgsnämnden"), "Protokoll", "protokoll", None, (table,))
    info = DocumentInfo("d", "p.pdf", "Protokoll", "protokoll", "2024-03-14", (2024,), True)
    facts = [c.fact for c in chunk_sections([section], info) if c.kind == "field"]
    assert "Omsorgsnämnden — Beslutande: Kerstin Ljung (S), ordförande; Ahmed Nur (M)" in facts, facts
    assert any(f.startswith("Omsorgsnämnden — Plats och tid: Rådhuset") for f in facts), facts


def test_a_reports_fields_are_facts_of_their_own_and_a_two_column_table_of_figures_keeps_its_header() -> None:
    """An audit report's cover (invented): label and value per row, no figures, so no row heads the others
    ("Uppdragsgivare: Samhällsbyggnadsnämnden Kvarnstena kommuns revisorer" had mixed the first row into every fact).
    A two-column table of amounts under a header stays a table."""
    from ingest.chunker import DocumentInfo, chunk_sections
    from ingest.models import Block, Section

    def facts(rows: tuple[tuple[str, ...], ...]) -> list[str | None]:
        table = Block("table", "\n".join("\t".join(r) for r in rows), 1, 1, len(rows), rows=rows)
        section = Section(("Revisionsrapport 2025",), "Revisionsrapport 2025", "rapport", None, (table,))
        info = DocumentInfo("d", "r.pdf", "Revisionsrapport 2025", "rapport", None, (2025,), True)
        return [f"{c.fact} ({c.kind})" for c in chunk_sections([section], info) if c.fact]

    cover = facts((("Granskad nämnd", "Samhällsbyggnadsnämnden"), ("Uppdragsgivare", "Kommunens revisorer"),
                   ("Rapportdatum", "2025-04-10")))
    # The fields are of their own kind (answering keeps them for a question that asks for the field).
    assert cover == ["Revisionsrapport 2025 — Granskad nämnd: Samhällsbyggnadsnämnden (field)",
                     "Revisionsrapport 2025 — Uppdragsgivare: Kommunens revisorer (field)",
                     "Revisionsrapport 2025 — Rapportdatum: 2025-04-10 (field)"], cover
    amounts = facts((("Nämnd", "Budget"), ("Socialnämnden", "312,4"), ("Kulturnämnden", "48,0")))
    assert "Revisionsrapport 2025 — Socialnämnden: Budget 312,4 (table_row)" in amounts, amounts


def test_an_agenda_row_of_dashes_is_no_new_header(tmp_path: Path) -> None:
    """A kallelse's agenda (invented, a markdown export of a Word table): the second item's row is short and has no
    figures, but its numbering and its dashes make it data; taken for a second table's header, it had named the
    columns of every row below ("3. Månadsuppföljning: – SN/2025:12; Ordföranden Controller …")."""
    path = tmp_path / "kallelse_sn_2025-12-09.md"
    path.write_text("# Kallelse socialnämnden 2025-12-09\n\n## Föredragningslista\n\n"
                    "| Ärende | Beteckning | Föredragande |\n|---|---|---|\n"
                    "| 1. Val av justerare | – | Ordföranden |\n| 2. Godkännande av dagordningen | – | Ordföranden |\n"
                    "| 3. Månadsuppföljning november 2025 | SN/2025:12 | Controller Sara Vinge |\n", encoding="utf-8")
    facts = [c.fact for c in read_document(path).chunks if c.kind == "table_row"]
    assert "Föredragningslista — 3. Månadsuppföljning november 2025: Beteckning SN/2025:12; Föredragande Controller " \
           "Sara Vinge" in facts, facts
    assert "Föredragningslista — 2. Godkännande av dagordningen: Beteckning –; Föredragande Ordföranden" in facts, facts


def test_a_numbered_first_row_is_data_not_the_header(tmp_path: Path) -> None:
    """A tjänsteskrivelse's decision route (invented): each body and the date it handles the ärende, the first row
    numbered like the rest; taken for the header, its date had been written before every other row's."""
    path = tmp_path / "tjansteskrivelse_taxa.txt"
    path.write_text("Revidering av taxa\n\nBeslutsgång\n-----------\n"
                    "  1. Miljö- och hälsoskyddsnämndens arbetsutskott        2025-10-30\n"
                    "  2. Miljö- och hälsoskyddsnämnden                        2025-11-13\n"
                    "  3. Kommunfullmäktige                                    2025-12-15\n\n"
                    "Förslag till beslut\n-------------------\nNämnden föreslår fullmäktige att anta taxan.\n",
                    encoding="utf-8")
    facts = [c.fact for c in read_document(path).chunks if c.kind == "table_row"]
    assert "Beslutsgång — 3. Kommunfullmäktige: 2025-12-15" in facts, facts



def test_a_length_of_time_in_a_cell_is_a_figure_under_its_heading() -> None:
    """A row of key figures (invented): "52 dagar" is a figure like "8,7 %", not the row's label, so it is read under
    the heading above it."""
    from ingest.chunker import row_fact

    header = ("Väntetid till särskilt boende, median", "Sjukfrånvaro, medarbetare", "Nettokostnad jan–aug")
    fact = row_fact("Nyckeltal", header, ("52 dagar", "8,7 %", "412,6 mnkr"))
    assert fact == ("Nyckeltal — Väntetid till särskilt boende, median 52 dagar; Sjukfrånvaro, medarbetare 8,7 %; "
                    "Nettokostnad jan–aug 412,6 mnkr"), fact
    # a label that only counts time ("Handläggning inom 3 veckor") stays a label
    assert row_fact("Mål", ("Mål", "Utfall"), ("Handläggning inom 3 veckor", "92 %")) == \
        "Mål — Handläggning inom 3 veckor: Utfall 92 %"
