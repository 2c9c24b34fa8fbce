"""The text reader: the five shared text exports, and small markdown, HTML, Windows-1252 and UTF-16 files."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from ingest.errors import UnreadableDocument
from ingest.models import ParsedDocument
from ingest.normalize import strip_markup
from ingest.pipeline import read_document, read_source
from tests.documents import ALIGNED_KALLELSE

SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPUS_TEXT = SHARED / "corpus"
STEMS = ("000_6424b87df5d164a5", "001_dd2203c0605088ab", "002_6f873dac8bcd0776", "003_d650d4c9f54389cc",
         "004_89afa5b7fa4a89ee")


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.mark.parametrize("stem", STEMS)
def test_every_text_export_is_read_and_its_chunks_point_at_their_lines(
    stem: str, corpus: dict[str, ParsedDocument]
) -> None:
    parsed = corpus[f"{stem}.txt"]
    lines = (CORPUS_TEXT / f"{stem}.txt").read_text(encoding="utf-8").splitlines()

    assert parsed.source.file_format == "text"
    assert not parsed.source.has_pages
    assert parsed.chunks
    assert all(chunk.page is None for chunk in parsed.chunks)
    assert all(1 <= c.line_start <= c.line_end <= len(lines) for c in parsed.chunks)
    off = []
    for chunk in (c for c in parsed.chunks if c.kind == "text"):
        span = squeeze(strip_markup(" ".join(lines[chunk.line_start - 1 : chunk.line_end])))
        if squeeze(chunk.text)[:25] not in span or squeeze(chunk.text)[-25:] not in span:
            off.append((chunk.line_start, chunk.line_end, chunk.text[:50]))
    assert not off


MARKDOWN = """# Socialnämndens månadsrapport april 2024

## Ekonomiskt bistånd

Kostnaderna för **försörjningsstöd** har minskat under våren.
De är nu lägre än budget enligt [Kolada](https://www.kolada.se).

## Driftredovisning

Enhet\tUtfall 2024\tBudget 2024
Familjerätt och placering\t-1 200\t-1 000
Vuxenstöd\t300\t250

### Kommentar

- Placeringarna har blivit färre.
- Vuxenstöd ligger över budget.
"""


def test_markdown_headings_paragraphs_lists_and_a_tab_table(tmp_path: Path) -> None:
    path = tmp_path / "manadsrapport.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    parsed = read_document(path)

    assert parsed.source.file_format == "markdown"
    assert parsed.document_type == "månadsrapport"
    assert parsed.title == "Socialnämndens månadsrapport april 2024"
    assert parsed.years == (2024,)
    by_section = {}
    for chunk in parsed.chunks:
        by_section.setdefault(chunk.section_path, []).append(chunk)
    text = by_section[(parsed.title, "Ekonomiskt bistånd")][0].text
    # Wrapped lines are one paragraph; emphasis and link markup are gone, the link text stays.
    assert text == ("Kostnaderna för försörjningsstöd har minskat under våren. "
                    "De är nu lägre än budget enligt Kolada.")
    table = [c for c in by_section[(parsed.title, "Driftredovisning")] if c.kind == "table"]
    assert len(table) == 1
    assert table[0].text.splitlines()[0] == "Enhet\tUtfall 2024\tBudget 2024"
    facts = [c.fact for c in by_section[(parsed.title, "Driftredovisning")] if c.kind == "table_row"]
    assert facts == [
        "Driftredovisning — Familjerätt och placering: Utfall 2024 -1 200; Budget 2024 -1 000",
        "Driftredovisning — Vuxenstöd: Utfall 2024 300; Budget 2024 250",
    ]
    comment = by_section[(parsed.title, "Driftredovisning", "Kommentar")]
    assert "- Placeringarna har blivit färre.\n- Vuxenstöd ligger över budget." in comment[0].text


HTML = """<html lang="sv"><head><meta charset="utf-8"><style>p { color: red; }</style>
<script>var sekret = "ska inte indexeras";</script></head>
<body>
<h1>Kvalitetsberättelse 2023</h1>
<h2>Öppenvård för unga</h2>
<p>Öppenvården har <b>utökat</b> sina insatser &amp; stöd för unga.</p>
<ul>
  <li>Föräldrastöd i grupp</li>
  <li>Samtalsstöd för ungdomar</li>
</ul>
<h2>Insatser</h2>
<table>
  <tr><th>Insats</th><th>Antal 2022</th><th>Antal 2023</th></tr>
  <tr><td>Föräldrastöd</td><td>35</td><td>42</td></tr>
  <tr><td>Samtalsstöd</td><td>110</td><td>128</td></tr>
</table>
</body></html>
"""


def test_html_headings_paragraphs_list_items_and_table_rows(tmp_path: Path) -> None:
    path = tmp_path / "kvalitet.html"
    path.write_text(HTML, encoding="utf-8")
    parsed = read_document(path)
    everything = "\n".join(f"{c.text}\n{c.context}" for c in parsed.chunks)

    assert parsed.source.file_format == "html"
    assert parsed.title == "Kvalitetsberättelse 2023"
    assert "<" not in everything and "&amp;" not in everything
    assert "sekret" not in everything and "color" not in everything
    opening = [c for c in parsed.chunks if c.section_path[-1] == "Öppenvård för unga"]
    assert opening[0].text == ("Öppenvården har utökat sina insatser & stöd för unga.\n"
                               "- Föräldrastöd i grupp\n- Samtalsstöd för ungdomar")
    facts = [c.fact for c in parsed.chunks if c.kind == "table_row"]
    assert facts == ["Insatser — Föräldrastöd: Antal 2022 35; Antal 2023 42",
                     "Insatser — Samtalsstöd: Antal 2022 110; Antal 2023 128"]


def test_an_html_table_stays_one_table_with_its_header(tmp_path: Path) -> None:
    path = tmp_path / "kvalitet.html"
    path.write_text(HTML, encoding="utf-8")
    parsed = read_document(path)

    tables = [c for c in parsed.chunks if c.kind == "table"]
    assert [t.text for t in tables] == ["Insats\tAntal 2022\tAntal 2023\nFöräldrastöd\t35\t42\nSamtalsstöd\t110\t128"]


def test_a_div_grid_with_aria_table_roles_is_a_table_and_the_sites_navigation_no_text(tmp_path: Path) -> None:
    """A web publishing system's monthly report (invented): the table is <div>s with WAI-ARIA roles, one tag per line,
    a deficit in parentheses as accounts write it, and the page's breadcrumbs in a <nav>."""
    cells = lambda role, values: "".join(f'\n    <div class="cell" role="{role}">{v}</div>' for v in values)  # noqa: E731
    path = tmp_path / "uppfoljning.html"
    path.write_text(
        "<html><body><header><div>Nordby kommun</div><nav><a href='/'>Start</a> › Politik › Uppföljning</nav>"
        "</header><article><h1>Månadsuppföljning oktober 2025</h1><p>Nämnden prognostiserar ett underskott.</p>"
        "<h2>Driftredovisning (tkr)</h2>\n<div class='grid' role='table'>\n  <div class='row' role='row'>"
        + cells("columnheader", ["Verksamhet", "Budget 2025", "Prognos 2025", "Avvikelse"]) + "\n  </div>\n"
        "  <div class='row' role='row'>" + cells("rowheader", ["Hemtjänst"]) + cells("cell", ["124 600", "123 350", "1 250"])
        + "\n  </div>\n  <div class='row' role='row'>" + cells("rowheader", ["Särskilt boende"])
        + cells("cell", ["182 300", "189 800", "(7 500)"]) + "\n  </div>\n</div>\n</article></body></html>\n",
        encoding="utf-8")
    parsed = read_document(path)

    facts = [c.fact for c in parsed.chunks if c.kind == "table_row"]
    assert facts == ["Driftredovisning (tkr) — Hemtjänst: Budget 2025 124 600; Prognos 2025 123 350; Avvikelse 1 250",
                     "Driftredovisning (tkr) — Särskilt boende: Budget 2025 182 300; Prognos 2025 189 800; "
                     "Avvikelse (7 500)"], facts
    everything = " ".join(c.text for c in parsed.chunks)
    assert "Start" not in everything and "Politik ›" not in everything, everything
    assert "<" not in everything


def test_a_definition_lists_term_and_definition_are_one_statement(tmp_path: Path) -> None:
    """An audit report in markdown (invented) gives each kontrollmål's assessment as a definition list: the term is
    no heading over a chunk of its own (": Ej uppfyllt" alone said nothing of what it assessed)."""
    path = tmp_path / "granskning.md"
    path.write_text("# Granskning av bidragen\n\n### Kontrollmål 3\n\nKontrollmål 3\n: Följer nämnden upp bidragen?\n\n"
                    "Iakttagelser\n:\n  - Ingen systematisk uppföljning görs.\n  - Återkrav har inte framställts.\n\n"
                    "Bedömning\n: **Ej uppfyllt**\n", encoding="utf-8")
    chunks = read_document(path).chunks
    text = " ".join(c.text for c in chunks)

    assert "Bedömning: Ej uppfyllt" in text and "Kontrollmål 3: Följer nämnden upp bidragen?" in text, text
    assert "Iakttagelser: - Ingen systematisk uppföljning görs. - Återkrav har inte framställts." in text, text
    assert all(c.section_path[-1] != "Bedömning" for c in chunks)


def test_footnote_marks_do_not_join_the_word_or_figure_they_mark() -> None:
    """Superscript digits after a label or a year are footnote marks (NFKC alone made 'F–9¹' 'F–91' and '2025⁴'
    '20254'); a unit of area or volume keeps its exponent."""
    assert strip_markup("Grundskola F–9¹ 268 540,0") == "Grundskola F–9 268 540,0"
    assert strip_markup("2025⁴ 1 098") == "2025 1 098"
    assert strip_markup("¹ Avser tilläggsbelopp.") == "Avser tilläggsbelopp."
    assert strip_markup("150 m³/år, 36,00 kr/m³ och 12 kWh/m ²") == "150 m3/år, 36,00 kr/m3 och 12 kWh/m 2"


def test_the_doctype_comments_and_head_of_an_html_export_are_not_indexed(tmp_path: Path) -> None:
    path = tmp_path / "export.html"
    path.write_text("<!DOCTYPE html>\n<!-- exporterad från Ciceron -->\n<html><head><title>Export 4711</title>"
                    "</head><body>\n<h1>Kvalitetsberättelse 2023</h1>\n<p>Brukarna är nöjda med stödet.</p>\n"
                    "</body></html>\n", encoding="utf-8")
    parsed = read_document(path)

    assert [c.text for c in parsed.chunks] == ["Brukarna är nöjda med stödet."]


def test_html5_sectioning_tags_are_no_text(tmp_path: Path) -> None:
    """A web-published protokoll (invented) wraps its parts in <main>, <section>, <article> and <footer>."""
    path = tmp_path / "protokoll.html"
    path.write_text("<!DOCTYPE html><html><body><main><article><section><h2>§ 12 Taxa för bygglov</h2>"
                    "<p>Nämnden beslutar att anta taxan. <time datetime='2024-05-02'>2 maj 2024</time></p></section>"
                    "<section><h2>§ 13 Sammanträdestider</h2><p>Nämnden fastställer tiderna.</p></section>"
                    "</article></main><footer><small>Sida 1</small></footer></body></html>", encoding="utf-8")
    texts = " ".join(c.text for c in read_document(path).chunks)

    assert "<" not in texts and "Nämnden beslutar att anta taxan. 2 maj 2024" in texts, texts


def test_a_layout_export_table_with_a_blank_corner_and_a_two_line_header(tmp_path: Path) -> None:
    """As pdftotext -layout writes a report's tables (invented): the caption right above the header, the header over
    two lines ("Budget" / "2023") or a row of years alone, no heading over the labels."""
    path = tmp_path / "kfn_verksamhetsberattelse_2023.txt"
    path.write_text(
        "Ekonomi\n\nNämnden redovisar ett överskott mot budget.\n\n"
        "Driftredovisning (mnkr)\n"
        "                                        Budget       Utfall      Avvikelse\n"
        "                                          2023         2023           2023\n"
        "Bibliotek                                 14,2         14,0            0,2\n"
        "Kulturskola                                9,6         10,5           -0,9\n\n"
        "Nyckeltal\n\n"
        "                                              2022        2023\n"
        "Besökare, badet                             71 230      98 450\n"
        "Elever i kulturskolan                          641         659\n", encoding="utf-8")
    facts = [c.fact for c in read_document(path).chunks if c.kind == "table_row"]

    assert "Driftredovisning (mnkr) — Kulturskola: Budget 2023 9,6; Utfall 2023 10,5; Avvikelse 2023 -0,9" in facts, facts
    assert "Nyckeltal — Besökare, badet: 2022 71 230; 2023 98 450" in facts, facts


def test_a_bare_paragraph_line_with_its_title_below_opens_the_paragraph(tmp_path: Path) -> None:
    """A layout export of minutes (invented): "§ 49" alone on its line, a blank line, the ärende's title."""
    path = tmp_path / "sn_protokoll_2024-05-22.txt"
    path.write_text("Ängby kommun\nPROTOKOLL\nSocialnämnden\n\n§ 48 Dnr SN 2024/0008\nIntern kontrollplan 2024\n\n"
                    "Socialnämndens beslut\nSocialnämnden antar planen.\n\n\n§ 49\n\nInformation från förvaltningen\n\n"
                    "Socialnämndens beslut\nInformationen noteras till protokollet.\n", encoding="utf-8")
    parsed = read_document(path)
    noted = [c for c in parsed.chunks if "noteras" in c.text]
    assert noted and all(c.section.startswith("§ 49 Information från förvaltningen") for c in noted), \
        [c.section for c in noted]
    assert [i.paragraph for i in parsed.board.items] == ["48", "49"]


SWEDISH = ("Årsrapport för äldreomsorg\n\nKöerna till särskilt boende har ökat under året. "
           "Nämnden överväger åtgärder för att möta behovet.\n")


@pytest.mark.parametrize(
    ("name", "encoding"),
    [("windows.txt", "cp1252"), ("utf16le.txt", "utf-16"), ("utf16be.txt", "utf-16-be-bom"),
     ("bom.txt", "utf-8-sig"), ("plain.txt", "utf-8")],
)
def test_swedish_letters_survive_every_supported_encoding(name: str, encoding: str, tmp_path: Path) -> None:
    raw = ("\ufeff" + SWEDISH).encode("utf-16-be") if encoding == "utf-16-be-bom" else SWEDISH.encode(encoding)
    path = tmp_path / name
    path.write_bytes(raw)
    parsed = read_document(path)
    text = "\n".join(c.text for c in parsed.chunks)

    assert parsed.title == "Årsrapport för äldreomsorg"
    assert text == "Köerna till särskilt boende har ökat under året. Nämnden överväger åtgärder för att möta behovet."
    assert "\ufeff" not in text and "Ã" not in text


def test_windows_1252_typography_is_decoded(tmp_path: Path) -> None:
    """Dashes and quotes live in 0x80–0x9F of Windows-1252, where Latin-1 has control characters."""
    path = tmp_path / "yttrande.txt"
    path.write_bytes("Yttrande – ”Nollvision mot vräkning” gäller 2023–2024.\n".encode("cp1252"))
    parsed = read_document(path)
    assert parsed.chunks[0].text == "Yttrande – ”Nollvision mot vräkning” gäller 2023–2024."


def test_a_binary_file_named_txt_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bilaga.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(2048))
    with pytest.raises(UnreadableDocument, match="binär"):
        read_source(path, 50_000_000)


def test_a_text_file_of_blank_lines_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "tom.txt"
    path.write_text("\n\n   \n\t\n", encoding="utf-8")
    with pytest.raises(UnreadableDocument, match="ingen läsbar text"):
        read_source(path, 50_000_000)


@pytest.mark.parametrize("framed", [False, True])
def test_a_markdown_pipe_table_is_a_table_whose_rows_name_the_caption_above(tmp_path: Path, framed: bool) -> None:
    """Pandoc-style markdown exports write tables with pipes, framed ('| a | b |') or not; the short line above a
    table, with its unit in parentheses, is the rows' caption (invented content)."""
    rows = [["Verksamhet", "Utfall 2022", "Utfall 2023"], ["---", "---:", "---:"],
            ["Hemtjänst", "41,2", "38,9"], ["Särskilt boende", "96,4", "101,7"]]
    table = "\n".join(("| " + " | ".join(r) + " |") if framed else " | ".join(r) for r in rows)
    path = tmp_path / "rapport.md"
    path.write_text(f"# Rapport 2023\n\n## Ekonomi\n\nUtfallet redovisas nedan.\n\nNettokostnad per verksamhet (mnkr)\n\n"
                    f"{table}\n\nEfter tabellen kommer text.\n", encoding="utf-8")
    parsed = read_document(path)
    (table_chunk,) = [c for c in parsed.chunks if c.kind == "table"]
    assert table_chunk.text == "Verksamhet\tUtfall 2022\tUtfall 2023\nHemtjänst\t41,2\t38,9\nSärskilt boende\t96,4\t101,7"
    assert (table_chunk.line_start, table_chunk.line_end) == (9, 12)
    assert [c.fact for c in parsed.chunks if c.kind == "table_row"] == [
        "Nettokostnad per verksamhet (mnkr) — Hemtjänst: Utfall 2022 41,2; Utfall 2023 38,9",
        "Nettokostnad per verksamhet (mnkr) — Särskilt boende: Utfall 2022 96,4; Utfall 2023 101,7",
    ]
    assert any(c.text == "Efter tabellen kommer text." for c in parsed.chunks)


def test_an_html_tables_caption_names_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "protokoll.html"
    path.write_text("<html><body><h1>Årsredovisning 2022</h1><p>Resultatet redovisas nedan.</p><table>"
                    "<caption>Resultat per nämnd 2022 (mnkr)</caption>"
                    "<tr><th>Nämnd</th><th>Budget 2022</th><th>Utfall 2022</th></tr>"
                    "<tr><td>Socialnämnden</td><td>-612,0</td><td>-628,4</td></tr></table></body></html>",
                    encoding="utf-8")
    parsed = read_document(path)
    assert [c.fact for c in parsed.chunks if c.kind == "table_row"] == [
        "Resultat per nämnd 2022 (mnkr) — Socialnämnden: Budget 2022 -612,0; Utfall 2022 -628,4"]
    assert not any("<caption" in c.text for c in parsed.chunks)


def test_a_space_aligned_agenda_makes_the_file_a_kallelse_with_its_meeting(tmp_path: Path) -> None:
    path = tmp_path / "kfn_kallelse.txt"
    path.write_text(ALIGNED_KALLELSE, encoding="utf-8")
    parsed = read_document(path)
    assert parsed.document_type == "kallelse" and parsed.meeting_date == "2024-10-22"
    assert [(a.nr, a.title, a.diarienummer) for a in parsed.agenda] == [
        ("1", "Val av justerare", None), ("2", "Bidrag till studieförbund", "KFN 2024/77"),
        ("3", "Biblioteksplan 2025–2028", "KFN 2024/102")]
    assert parsed.board is not None
    meeting = parsed.board.meeting
    assert (meeting.date, meeting.time, meeting.place) == ("2024-10-22", "17:30", "Kulturhuset, rum Ljusgården")
    # A consequence heading of the tjänsteskrivelse heads its text instead of opening its first sentence.
    assert any(s.path[-1] == "Ekonomiska konsekvenser" for s in parsed.sections), [s.path for s in parsed.sections]
    assert not any(c.text.startswith("Ekonomiska konsekvenser Förslaget") for c in parsed.chunks)


def test_lines_that_end_in_gaps_at_different_places_are_no_table(tmp_path: Path) -> None:
    """A PDF-to-text export's rows end in gaps ("5,3 %   7,3 %"), but not at the same column: prose, not a table."""
    path = tmp_path / "rapport.txt"
    path.write_text("Sjukfrånvaro\n\nSjukfrånvaro månadsanställda 1/12-28/2 5,3 %   7,3 %\n"
                    "varav sjukfrånvaro <15 dagar 1/12-28/2 2,8 %   3,3 %\n"
                    "varav sjukfrånvaro 15-90 dagar 0,8 %   2,0 %\n", encoding="utf-8")
    blocks = read_source(path, 10**6).blocks
    assert not any(b.kind == "table" for b in blocks), blocks


def test_numbered_chapter_headings_and_a_right_aligned_table_of_a_plain_text_report(tmp_path: Path) -> None:
    path = tmp_path / "vo_arsredovisning_2023.txt"
    path.write_text("Årsredovisning 2023\n\n\n1. Sammanfattning\n\nNämnden redovisar ett underskott på 14,6 mnkr.\n\n\n"
                    "2. Ekonomi\n\nVerksamhet          Budget 2023   Utfall 2023\nHemtjänst             182 400       191 900\n"
                    "Särskilt boende       264 100       262 300\nTotalt              1 586 500     1 601 100\n",
                    encoding="utf-8")
    parsed = read_document(path)
    summary = next(c for c in parsed.chunks if "14,6 mnkr" in c.text)
    assert summary.section_path[-1] == "1. Sammanfattning" and "1. Sammanfattning" not in summary.text
    facts = [c.fact for c in parsed.chunks if c.kind == "table_row"]
    assert "Totalt: Budget 2023 1 586 500; Utfall 2023 1 601 100" in " ".join(f or "" for f in facts), facts
    assert any(c.section_path[-1] == "2. Ekonomi" for c in parsed.chunks if c.kind == "table")


def test_a_kallelse_letterhead_written_as_a_table_gives_its_meeting(tmp_path: Path) -> None:
    """The letterhead's fields in a table of their own, above the agenda's table: the first is the meeting's."""
    path = tmp_path / "on_kallelse.txt"
    path.write_text("KALLELSE\nOmsorgsnämnden\n\nTid\tTorsdag 16 maj 2024 kl. 09.00\nPlats\tRådhuset, sal Ekhagen\n"
                    "Ordförande\tKerstin Ljung\n\nNr\tÄrende\tDnr\n1\tVal av justerare\t\n"
                    "2\tDelårsrapport april 2024\tON 2024/0044\n", encoding="utf-8")
    parsed = read_document(path)
    assert parsed.document_type == "kallelse" and parsed.board is not None
    meeting = parsed.board.meeting
    assert (meeting.date, meeting.time, meeting.place) == ("2024-05-16", "09:00", "Rådhuset, sal Ekhagen")


def test_a_plain_text_report_drawn_with_rules(tmp_path: Path) -> None:
    """As a finance system exports a monthly follow-up as plain text (invented): chapter headings framed by rules of
    dashes, a table whose header runs over two lines with its first column named, a rule under the header and one
    over the sum, and the report's fields as "Label:   value" lines."""
    rule = "-" * 78
    path = tmp_path / "bun_uppfoljning_2025-10.txt"
    path.write_text(
        "EKEBY KOMMUN\nBarn- och utbildningsnämnden\n" + "=" * 78 + "\n\n"
        "MÅNADSUPPFÖLJNING OKTOBER 2025\n\n"
        "Diarienummer:   BUN 2025/0087\nUpprättad:      2025-11-10\nUpprättad av:   Malin Sjöstedt, controller\n\n"
        f"{rule}\n2. EKONOMISKT UTFALL OCH PROGNOS PER VERKSAMHET (tkr)\n{rule}\n\n"
        "Verksamhet                 Årsbudget      Budget      Utfall   Avvikelse\n"
        "                                2025     jan-okt     jan-okt     jan-okt\n"
        f"{rule}\n"
        "Förskola                     148 600     123 830     121 650       2 180\n"
        "Grundskola                   286 400     238 670     245 930      -7 260\n"
        f"{rule}\n"
        "SUMMA NÄMNDEN                435 000     362 500     367 580      -5 080\n"
        + "=" * 78 + "\n\nUppföljningen per augusti ingår i delårsrapporten.\n", encoding="utf-8")
    parsed = read_document(path)
    facts = [c.fact for c in parsed.chunks if c.kind in ("table_row", "field")]
    heading = "2. EKONOMISKT UTFALL OCH PROGNOS PER VERKSAMHET (tkr)"
    assert f"{heading} — Grundskola: Årsbudget 2025 286 400; Budget jan-okt 238 670; Utfall jan-okt 245 930; " \
           "Avvikelse jan-okt -7 260" in facts, facts
    assert any(f and f.startswith(f"{heading} — SUMMA NÄMNDEN:") for f in facts), facts
    assert any(f and f.endswith("— Upprättad av: Malin Sjöstedt, controller") for f in facts), facts
    assert not any(set(c.text) & set("=") or "---" in c.text for c in parsed.chunks), "a rule was read as text"
    # The report names itself a monthly follow-up before it mentions the delårsrapport.
    assert parsed.document_type == "månadsrapport", parsed.document_type


def test_an_aligned_table_whose_labels_wrap_and_whose_cells_carry_units(tmp_path: Path) -> None:
    """A goal table as `pdftotext -layout` writes it (invented): a goal too long for its column goes on under it,
    outcomes written with their unit ("688 elever", "-2,1 procent"). Each goal is one row with its status, and the
    row's text reads as the page does; a short row with a unit is data, not the header of a second table. A vote
    counted in a small table with units ("18 röster") has no header row."""
    path = tmp_path / "kfn_arsredovisning_2024.txt"
    path.write_text(
        "Måluppfyllelse\n\n"
        "Mål                                                      Utfall 2024          Bedömning\n"
        "Fler barn och unga ska delta i kulturskolans              688 elever           Uppfyllt\n"
        "verksamhet (målvärde 650 elever)\n"
        "Biblioteksbesöken ska öka med 5 procent                   -2,1 procent         Ej uppfyllt\n"
        "jämfört med 2023\n"
        "Nöjd medborgar-index för idrotts- och                     63                   Uppfyllt\n"
        "motionsanläggningar ska vara minst 60\n\n"
        "Votering om motförslag\n"
        "  S/V/MP:s förslag        18 röster\n"
        "  SD:s förslag             4 röster\n"
        "  Avstår                  27 röster\n", encoding="utf-8")
    chunks = read_document(path).chunks
    facts = [c.fact for c in chunks if c.kind == "table_row"]
    assert "Måluppfyllelse — Biblioteksbesöken ska öka med 5 procent: Utfall 2024 -2,1 procent; Bedömning Ej " \
           "uppfyllt; jämfört med 2023" in facts, facts
    row = next(c for c in chunks if c.kind == "table_row" and c.text.startswith("Biblioteksbesöken"))
    page = path.read_text(encoding="utf-8")
    assert re.sub(r"\s+", " ", row.text) in re.sub(r"\s+", " ", page), row.text
    assert any(f and f.endswith("— SD:s förslag: 4 röster") for f in facts), facts
    assert not any(f and "18 röster 4 röster" in f for f in facts), facts


def test_a_tree_drawn_with_box_characters_is_an_outline(tmp_path: Path) -> None:
    """A planning system's goal tree ("│   ├── Indikator: …") reads as an outline without its stems, not as a table of
    "│" cells: a branch with branches under it is a heading (what is under it is about it), a leaf a list item; the
    branch lines keep their place in the file (invented)."""
    path = tmp_path / "malträd.txt"
    path.write_text("VERKSAMHETSPLAN 2026 – KULTURNÄMNDEN\n├── 1 Mål\n│   ├── Indikator: Besök på biblioteken\n"
                    "│   │   ├── Utgångsvärde 2024: 61 200\n│   │   └── Målvärde 2026: 65 000\n│\n└── 2 Budget\n"
                    "    └── Nettokostnad: 41,3 mnkr\n", encoding="utf-8")
    source = read_source(path, 1_000_000)
    items = [(b.kind, b.text, b.line_start) for b in source.blocks if b.kind != "paragraph"]
    assert items == [("heading", "1 Mål", 2), ("heading", "Indikator: Besök på biblioteken", 3),
                     ("list_item", "- Utgångsvärde 2024: 61 200", 4), ("list_item", "- Målvärde 2026: 65 000", 5),
                     ("heading", "2 Budget", 7), ("list_item", "- Nettokostnad: 41,3 mnkr", 8)]
    assert not any("│" in b.text or "├" in b.text for b in source.blocks)
    target = next(c for c in read_document(path).chunks if "65 000" in c.text)
    assert target.section_path[-2:] == ("1 Mål", "Indikator: Besök på biblioteken")


def test_an_html_description_list_is_fields(tmp_path: Path) -> None:
    """A meeting system's first page as <dl> (term, description) reads as "Plats: …" lines, which the meeting
    parser reads as fields (invented)."""
    path = tmp_path / "utdrag.html"
    path.write_text("<h1>Protokollsutdrag</h1><dl><dt>Sammanträdesdatum</dt><dd>2025-05-06</dd>"
                    "<dt>Plats</dt>\n<dd>Rådhuset, sal 2</dd></dl><h2>§ 7 Val av justerare</h2><h3>Beslut</h3>"
                    "<p>Nämnden utser Ola Berg (KD) att jämte ordföranden justera protokollet.</p>", encoding="utf-8")
    texts = [b.text for b in read_source(path, 1_000_000).blocks]
    assert "Sammanträdesdatum: 2025-05-06" in texts and "Plats: Rådhuset, sal 2" in texts
    from ingest.protokoll import parse_protokoll

    meeting = parse_protokoll(read_source(path, 1_000_000)).meeting
    # No justerare field: the § that chose them names them.
    assert (meeting.date, meeting.place, meeting.justerare) == ("2025-05-06", "Rådhuset, sal 2", ("Ola Berg (KD)",))


def test_a_meeting_systems_agenda_of_divs_is_an_agenda(tmp_path: Path) -> None:
    """A kallelse exported from a meeting system as nested <div>s, one element to a line as the page's source lays
    them out (invented): each item's number in an element of its own beside its title, then "Diarienummer
    2025-000118" and "Föredragande …" lines and a description. It is read as a kallelse whose agenda has every item
    with its number and diarienummer."""
    from ingest.pipeline import read_document

    items = "".join(
        f'<div class="agenda-item">\n  <div class="item-number">{n}</div>\n  <div class="item-body">\n'
        f'    <div class="item-title">{title}</div>\n'
        + (f'    <div class="item-dnr"><span>Diarienummer</span> <span>{dnr}</span></div>\n'
           f'    <div class="item-presenter"><span>Föredragande</span> <span>{who}</span></div>\n'
           f'    <div class="item-description">{text}</div>\n' if dnr else "") + "  </div>\n</div>\n"
        for n, title, dnr, who, text in (
            (1, "Val av justerare", None, None, None),
            (2, "Internpriser för måltidsservice 2026", "2025-000118", "Erik Sand, kostchef",
             "Förvaltningen föreslår att internpriset för en skollunch höjs till 41,20 kr."),
            (3, "Leasing av elbilar till bilpoolen", "2025-000131", "Anna Ek, fordonssamordnare",
             "Avtalet omfattar tolv elbilar under fyra år.")))
    path = tmp_path / "sen_kallelse.html"
    path.write_text(
        '<html><body>\n<div class="meeting">\n<div class="doc-type">KALLELSE</div>\n<div class="org">Ekeby kommun</div>\n'
        '<div class="meta-row"><span>Organ</span> <span>Servicenämnden</span></div>\n'
        '<div class="meta-row"><span>Datum</span> <span>2025-12-09</span></div>\n'
        f'<div class="agenda">\n<div class="agenda-head">Ärenden</div>\n{items}</div>\n</div>\n</body></html>',
        encoding="utf-8")
    parsed = read_document(path)
    assert parsed.document_type == "kallelse", parsed.document_type
    assert [(a.nr, a.title, a.diarienummer) for a in parsed.agenda] == [
        ("1", "Val av justerare", None), ("2", "Internpriser för måltidsservice 2026", "2025-000118"),
        ("3", "Leasing av elbilar till bilpoolen", "2025-000131")], parsed.agenda


def test_a_protokollsutdrag_mailed_as_text_names_its_body_and_date_from_its_field_grid(tmp_path: Path) -> None:
    """A protokollsutdrag sent as the text of an e-mail (invented): the mail's header lines, a heading underlined
    with "====", and the fields aligned by spaces ("Organ:              Kommunfullmäktiges presidium",
    "Sammanträdesdatum:  2025-09-02"). The body is the presidium (a board's body named after its genitive), not
    the fullmäktige the text names most often, and the meeting is dated from its field, not by a year in the text."""
    from ingest.pipeline import read_document

    path = tmp_path / "kfpres_protokollsutdrag.txt"
    path.write_text(
        "Från: Ekeby kommun, Kommunkansliet\nSkickat: den 5 september 2025 10:42\nÄmne: Protokollsutdrag\n\n"
        "EKEBY KOMMUN – PROTOKOLLSUTDRAG\n===============================\n\n"
        "Organ:              Kommunfullmäktiges presidium\nSammanträdesdatum:  2025-09-02\n"
        "Plats och tid:      Kommunhuset, kl. 15.00–16.30\nJusterare:          Henrik Wall (M)\n\n"
        "§ 14  Revisorernas budget för 2026\n----------------------------------\nDnr KFP 2025:14\n\n"
        "Revisorerna har begärt en ram om 1 485 000 kronor för 2026. Kommunfullmäktige fastställer budgeten "
        "i november, och kommunfullmäktige har tidigare följt presidiets förslag.\n\n"
        "Beslut\nPresidiet föreslår kommunfullmäktige besluta att fastställa revisorernas budget för 2026.\n\n"
        "§ 15  Webbsändningar\n--------------------\nDnr KFP 2025:11\n\nPresidiet beslutar att webbsändningarna "
        "textas från 2026.\n", encoding="utf-8")
    parsed = read_document(path)
    assert parsed.committee == "Kommunfullmäktiges presidium", parsed.committee
    assert parsed.title == "Protokoll kommunfullmäktiges presidium 2025-09-02", parsed.title


def test_an_html_table_in_markdown_with_merged_header_cells_names_each_column_by_both(tmp_path: Path) -> None:
    """A personalbokslut in Markdown (invented) carrying its table as raw HTML, as converters write a table with
    merged cells: "Förvaltning" spans two header rows, each year three columns. The table is read as a table, its
    columns named by year and group, and the rows under it keep their places."""
    path = tmp_path / "personalbokslut.md"
    path.write_text(
        "# Personalbokslut 2025\n\nSjukfrånvaro i procent av ordinarie arbetstid.\n\n"
        '<table class="sjuk">\n  <caption>Sjukfrånvaro per förvaltning</caption>\n  <thead>\n'
        '    <tr><th rowspan="2">Förvaltning</th><th colspan="2">2025</th><th colspan="2">2024</th></tr>\n'
        "    <tr><th>Kvinnor</th><th>Män</th><th>Kvinnor</th><th>Män</th></tr>\n  </thead>\n  <tbody>\n"
        "    <tr><td>Omsorgsförvaltningen</td><td>9,8</td><td>7,1</td><td>10,6</td><td>7,5</td></tr>\n"
        "    <tr><td><strong>Totalt</strong></td><td>8,0</td><td>4,9</td><td>8,6</td><td>5,2</td></tr>\n"
        "  </tbody>\n</table>\n\nSjukfrånvaron minskade.\n", encoding="utf-8")
    (table,) = [b for b in read_source(path, 50_000_000).blocks if b.kind == "table"]
    assert table.rows == (("Förvaltning", "2025 Kvinnor", "2025 Män", "2024 Kvinnor", "2024 Män"),
                          ("Omsorgsförvaltningen", "9,8", "7,1", "10,6", "7,5"), ("Totalt", "8,0", "4,9", "8,6", "5,2"))
    text = "\n".join(b.text for b in read_source(path, 50_000_000).blocks)
    assert "<t" not in text and "Sjukfrånvaro per förvaltning" in text, text


def test_a_dot_leader_between_a_label_and_its_value_reads_as_a_colon(tmp_path: Path) -> None:
    """A project report printed from a finance system (invented): "Label ......: value" lines. Each reads as
    "Label: value", also a label so long that three dots are left of its leader; an ellipsis of three dots stays, and
    so does a line to sign on (dots without a colon)."""
    path = tmp_path / "projektuppfoljning.txt"
    path.write_text("PROJEKT 4120\n\n Benämning .........: Tryckstegringsstation Lunnehöjden\n"
                    " Projektledare .....: Per Ekelund\n Plan 2027 .........: 6 890 tkr\n Utfall januari–oktober 2025 ...: 31 640 tkr"
                    "\n\nOklart... tills vidare.\n\n"
                    "Ordförande ............ Sekreterare ............\n",
                    encoding="utf-8")
    text = "\n".join(b.text for b in read_source(path, 50_000_000).blocks)
    assert "Projektledare: Per Ekelund" in text and "Plan 2027: 6 890 tkr" in text, text
    assert "Utfall januari–oktober 2025: 31 640 tkr" in text, text
    assert "Oklart... tills vidare." in text and "Ordförande ............ Sekreterare" in text, text


def test_markdown_footnotes_stand_after_what_refers_to_them_and_lines_keep_their_numbers(tmp_path: Path) -> None:
    """A personalbokslut in Markdown (invented) with footnotes ("[^1]" where it refers, "[^1]: …" at the end) and a raw
    HTML table before them. The mark is left out of the text, the note is read right after the block that refers to it
    (on its own lines), and every block after the HTML table still stands on its line of the file."""
    source = ("# Personalbokslut 2025\n\n- Långtidssjukfrånvaro[^1]: 41,2 % (44,0 %)\n\n"
              "<table>\n  <tr><th rowspan=\"2\">Förvaltning</th><th colspan=\"2\">2025</th></tr>\n"
              "  <tr><th>Kvinnor</th><th>Män</th></tr>\n  <tr><td>Omsorg[^2]</td><td>9,8</td><td>7,1</td></tr>\n"
              "</table>\n\nSjukfrånvaron minskade.\n\n"
              "[^1]: Långtidssjukfrånvaro avser sjukfrånvaro om 60 dagar eller mer.\n"
              "[^2]: Omsorgsförvaltningen bildades 2025 genom en sammanslagning;\n    2024 är omräknat.\n")
    path = tmp_path / "personalbokslut.md"
    path.write_text(source, encoding="utf-8")
    lines = source.split("\n")
    blocks = read_source(path, 50_000_000).blocks
    texts = [b.text for b in blocks]
    assert texts[1:3] == ["- Långtidssjukfrånvaro: 41,2 % (44,0 %)",
                          "Långtidssjukfrånvaro avser sjukfrånvaro om 60 dagar eller mer."], texts
    table = blocks[3]
    assert table.kind == "table" and table.rows[1] == ("Omsorg", "9,8", "7,1"), table
    assert texts[4] == "Omsorgsförvaltningen bildades 2025 genom en sammanslagning; 2024 är omräknat.", texts
    assert (blocks[4].line_start, blocks[4].line_end) == (14, 15), blocks[4]
    assert not any("[^" in t for t in texts), texts
    (after,) = [b for b in blocks if b.text == "Sjukfrånvaron minskade."]
    assert lines[after.line_start - 1] == "Sjukfrånvaron minskade.", after


def test_a_protokollsutdrag_quoted_in_a_saved_e_mail_reads_as_minutes(tmp_path: Path) -> None:
    """A protokollsutdrag forwarded by mail and saved as text (invented, after probe P's Lindskära; Windows-1252, CRLF):
    the minutes stand only in the quoted reply, every line after "> ". Read without the quotation marks, its § is a §
    with its decision under it, and each line keeps its number in the file."""
    mail = ("From: Tomas Hed <tomas.hed@example.se>\r\nSubject: VB: Protokollsutdrag KS 2025-12-02\r\n\r\n"
            "Hej Anna,\r\nse utdraget nedan.\r\n\r\nDen 4 dec. 2025 skrev Karin Lindell:\r\n> Hej Tomas,\r\n>\r\n"
            "> § 189  Uppdrag om plan för publik laddinfrastruktur\r\n> Dnr KS-2025/301\r\n>\r\n"
            "> Kommunstyrelsens beslut\r\n> Kommunstyrelsen ger förvaltningen i uppdrag att ta fram en plan.\r\n"
            "> Uppdraget ska återrapporteras senast 2026-05-12.\r\n")
    path = tmp_path / "ks_protokollsutdrag.txt"
    path.write_bytes(mail.encode("cp1252"))
    document = read_document(path)
    assert not any(re.search(r"(?:^|\s)>(?:\s|$)", c.text) for c in document.chunks), [c.text for c in document.chunks]
    decision = next(c for c in document.chunks if "återrapporteras" in c.text)
    assert "§ 189 Uppdrag om plan för publik laddinfrastruktur" in decision.section, decision.section
    assert decision.line_start == 14, decision.line_start
    # A reply that quotes a line or two is no quotation to unwrap: its ">" stay.
    path.write_text("Hej,\n\n> Kan du skicka protokollet?\n\nHär kommer det.\n", encoding="utf-8")
    assert any(re.search(r"(?:^|\s)> Kan du", c.text) for c in read_document(path).chunks)


def test_text_an_html_page_marks_deleted_is_not_read(tmp_path: Path) -> None:
    """A meeting system's page (invented) whose start time was changed: "<del>13.00</del> <ins>08.30</ins>". The
    deleted time is no longer the page's; the inserted one is."""
    path = tmp_path / "kallelse.html"
    path.write_text("<html><body><h1>Kallelse bygg- och miljönämnden</h1>\n<p>Tisdag 27 januari 2026 kl. "
                    "<del datetime=\"2026-01-15\">13.00</del> <ins>08.30</ins></p>\n<p>Plats: Sälgen</p></body></html>",
                    encoding="utf-8")
    text = "\n".join(b.text for b in read_source(path, 50_000_000).blocks)
    assert "kl. 08.30" in text and "13.00" not in text, text


def test_pandoc_grid_tables_and_fenced_divs_read_as_tables_and_text(tmp_path: Path) -> None:
    """A Pandoc Markdown utredning (invented): a fenced div around a note, and a grid table whose header stands over
    a "+===+" border and one of whose cells runs over two lines. The note reads without its fences; the table as a
    table whose rows name their columns; the paragraph after it keeps its line number."""
    path = tmp_path / "utredning.md"
    path.write_text("# Sammanfattning\n\n::: {.callout-note}\nFörvaltningen föreslår att filialen i Norrby stängs "
                    "den 1 juli 2026.\n:::\n\n## Kostnader\n\n"
                    "+---------------------+-----------+-----------+\n"
                    "| Filial              | 2024 (tkr)| 2025 (tkr)|\n"
                    "+=====================+===========+===========+\n"
                    "| Norrby              | 1 240     | 1 310     |\n"
                    "+---------------------+-----------+-----------+\n"
                    "| Åsen med            | 980       | 1 020     |\n"
                    "| bokbussen           |           |           |\n"
                    "+---------------------+-----------+-----------+\n\n"
                    "Besöken i Norrby minskade med 9 procent.\n", encoding="utf-8")
    parsed = read_document(path)
    texts = [b.text for b in parsed.source.blocks]
    assert "Förvaltningen föreslår att filialen i Norrby stängs den 1 juli 2026." in texts, texts
    assert not any(":::" in t or "+---" in t for t in texts), texts
    facts = [c.fact for c in parsed.chunks if c.kind == "table_row"]
    assert any("Norrby" in f and "2024 (tkr) 1 240" in f and "2025 (tkr) 1 310" in f for f in facts), facts
    assert any("Åsen med bokbussen" in f and "2025 (tkr) 1 020" in f for f in facts), facts
    after = next(b for b in parsed.source.blocks if b.text.startswith("Besöken"))
    assert after.line_start == 18


def test_a_layout_export_of_two_columns_of_prose_reads_column_by_column(tmp_path: Path) -> None:
    """pdftotext -layout of a delårsrapport set in two columns (invented): each line holds a line of each column.
    The left column reads first, then the right, every sentence whole and with its own lines' numbers; the title
    above the columns and a table below them read as before."""
    left = ["Ekonomiskt resultat", "", "Barn- och utbildningsnämnden redovisar", "för perioden januari–augusti ett",
            "överskott om 3,2 mnkr. Helårsprognosen", "visar ett underskott om 1,8 mnkr,",
            "främst till följd av ökade kostnader", "för skolskjuts och tilläggsbelopp.",
            "Grundskolan prognostiserar ett underskott", "om 2,4 mnkr medan förskolan väntas göra",
            "ett överskott om 0,9 mnkr."]
    right = ["Personal", "", "Sjukfrånvaron var 6,1 procent under", "perioden, jämfört med 6,8 procent",
             "samma period föregående år. Andelen", "heltidsanställda har ökat till 82", "procent, och personalomsättningen",
             "har minskat till 9,4 procent jämfört", "med 11,2 procent under samma period.", "", ""]
    body = "\n".join(("    " + a.ljust(44) + "   " + b).rstrip() for a, b in zip(left, right, strict=True))
    table = ("\n\n    Verksamhet              Budget 2025    Prognos 2025\n"
             "    Grundskola                  412,0          414,4\n    Förskola                    168,2          167,3\n")
    path = tmp_path / "delarsrapport.txt"
    path.write_text("              Lövhyttans kommun – Delårsrapport januari–augusti 2025\n\n" + body + table,
                    encoding="utf-8")
    parsed = read_document(path)
    texts = [b.text for b in parsed.source.blocks]
    assert "Barn- och utbildningsnämnden redovisar för perioden januari–augusti ett överskott om 3,2 mnkr. " \
           "Helårsprognosen visar ett underskott om 1,8 mnkr, främst till följd av ökade kostnader för skolskjuts " \
           "och tilläggsbelopp. Grundskolan prognostiserar ett underskott om 2,4 mnkr medan förskolan väntas göra " \
           "ett överskott om 0,9 mnkr." in texts, texts
    assert "Sjukfrånvaron var 6,1 procent under perioden, jämfört med 6,8 procent samma period föregående år. " \
           "Andelen heltidsanställda har ökat till 82 procent, och personalomsättningen har minskat till 9,4 " \
           "procent jämfört med 11,2 procent under samma period." in texts, texts
    assert texts.index("Personal") > texts.index("Ekonomiskt resultat")
    facts = [c.fact for c in parsed.chunks if c.kind == "table_row"]
    assert any("Grundskola" in f and "Budget 2025 412,0" in f for f in facts), facts
    right_block = next(b for b in parsed.source.blocks if b.text.startswith("Sjukfrånvaron"))
    assert (right_block.line_start, right_block.line_end) == (5, 11)


def test_a_layout_export_with_a_margin_and_a_table_cut_by_a_page_break(tmp_path: Path) -> None:
    """As pdftotext -layout writes a protokoll (invented): every line indented by the page's margin, justified
    paragraphs whose widened gaps line up by chance, and a table the page break cuts — the running footer and
    header between its rows, its header not repeated. The table is one table with its header, the paragraph no
    table."""
    def page(number: int, body: str) -> str:
        return (f"          ÅBYLUND KOMMUN                           SAMMANTRÄDESPROTOKOLL                 Sida {number} (3)\n"
                "          Tekniska nämnden                         2026-02-19\n\n" + body +
                "\n\n          Justerandes sign                         Utdragsbestyrkande\n")
    table_head = ("          Verksamhet                        Budget 2025  Utfall 2025   Avvikelse   Avvikelse\n"
                  "                                                                                       2024\n"
                  "          Gator och vägar                         31,4         32,9        -1,5        -0,6\n"
                  "          Vinterväghållning                        9,5         14,8        -5,3        -1,2\n")
    table_tail = ("          Fastighetsförvaltning                   38,7         36,8         1,9         0,9\n"
                  "          Kost och lokalvård                      15,2         14,6         0,6         0,1\n")
    justified = ("          Investeringsbudgeten  för 2025 var 46,0  mnkr och utfallet  38,1 mnkr. Förvaltningen\n"
                 "          föreslår   att 6,2 mnkr förs över till 2026   för projekt som har påbörjats men inte\n"
                 "          avslutats:  ombyggnaden av Stationsgatan etapp 2 (4,5 mnkr) och den nya lekplatsen i\n"
                 "          Lertagsparken (1,7 mnkr).\n")
    path = tmp_path / "tn_protokoll.txt"
    path.write_text(page(1, "          TN § 13\n\n          Dagordning\n\n          Dagordningen fastställs.") + "\f"
                    + page(2, "          TN § 14\n\n          Bokslut 2025\n\n          Nettokostnad per verksamhet, mnkr\n\n"
                           + table_head) + "\f"
                    + page(3, table_tail + "\n" + justified), encoding="utf-8")
    chunks = read_document(path).chunks
    facts = [c.fact for c in chunks if c.kind == "table_row"]

    assert "Nettokostnad per verksamhet, mnkr — Fastighetsförvaltning: Budget 2025 38,7; Utfall 2025 36,8; " \
           "Avvikelse 1,9; Avvikelse 2024 0,9" in facts, facts
    assert "Nettokostnad per verksamhet, mnkr — Gator och vägar: Budget 2025 31,4; Utfall 2025 32,9; " \
           "Avvikelse -1,5; Avvikelse 2024 -0,6" in facts, facts
    assert len(facts) == 4, facts  # neither the justified paragraph nor a page's header is a row
    assert any("Investeringsbudgeten för 2025 var 46,0 mnkr" in c.text for c in chunks if c.kind == "text")


def test_a_page_header_left_in_place_is_no_row_of_the_table_the_page_break_cuts(tmp_path: Path) -> None:
    """A two-page export (invented): the second page opens with the report's header and its page number, which
    only one page repeats, so it is not blanked as a running line. It lines up with the table's columns; a figure
    where the column above holds words, it is not the table's next row."""
    path = tmp_path / "arsredovisning.txt"
    path.write_text(
        " Måluppfyllelse\n\n"
        " Mål                                                      Utfall 2024          Bedömning\n"
        " Fler barn ska delta i kulturskolan                       688 elever           Uppfyllt\n"
        " Biblioteksbesöken ska öka                                -2,1 procent         Ej uppfyllt\n"
        " Andelen flickor ska vara minst 45 procent                42 procent           Delvis uppfyllt\n"
        "\fEKBY KOMMUN                                                      Årsredovisning 2024\n"
        "Kultur- och fritidsnämnden                                                          36\n\n"
        " Personal\n\n Antalet anställda ökade.\n"
        "\fEKBY KOMMUN                                                      Årsredovisning 2024\n"
        "Kultur- och fritidsnämnden                                                          37\n\n"
        " Framtid\n\n Nämnden planerar för fler besökare.\n", encoding="utf-8")
    facts = [c.fact for c in read_document(path).chunks if c.kind == "table_row"]

    assert len(facts) == 3 and not any("36" in f or "Årsredovisning" in f for f in facts), facts


def test_a_web_pages_buttons_and_forms_are_no_text(tmp_path: Path) -> None:
    """A municipal news page (invented) with a cookie notice's button and a search form in its header: neither the
    controls' labels nor their tags are read, the article is."""
    path = tmp_path / "nyhet.html"
    path.write_text(
        "<html><body><div class=\"cookie-notice\"><p>Vi använder kakor.</p><button type=\"button\">Jag förstår</button>"
        "</div>\n<header><form class=\"search\" action=\"/sok\"><label for=\"q\">Sök</label><input id=\"q\" name=\"q\">"
        "<select name=\"s\"><option>Hela webbplatsen</option></select><button>Sök</button></form></header>\n"
        "<main><h1>Längre öppettider på fritidsgårdarna</h1><p>Nämnden har beslutat att gårdarna ska ha öppet fler "
        "kvällar.</p></main></body></html>", encoding="utf-8")
    text = "\n".join(b.text for b in read_source(path, 50_000_000).blocks)

    assert "<" not in text and "Jag förstår" not in text and "Hela webbplatsen" not in text, text
    assert "Nämnden har beslutat att gårdarna ska ha öppet fler kvällar." in text


def test_a_report_of_no_known_kind_is_named_by_its_title_and_pandoc_heading_attributes_are_no_text(
        tmp_path: Path) -> None:
    """A personalbokslut in pandoc Markdown (invented): a kind of report the type list does not name, so its own
    title heading names it, not "Rapport 2025"; its headings' attributes ("{#sec-sjuk}", "{.unnumbered}") are
    markup."""
    path = tmp_path / "personalbokslut.md"
    path.write_text("# Personalbokslut 2025\n\nKommunstyrelsen redovisar personalens utveckling under året.\n\n"
                    "## Sjukfrånvaro {#sec-sjuk}\n\nSjukfrånvaron var 6,1 procent av arbetad tid 2025.\n\n"
                    "## Bilagor {.unnumbered}\n\nInga bilagor.\n", encoding="utf-8")
    parsed = read_document(path)

    assert parsed.title == "Personalbokslut 2025", parsed.title
    paths = {c.section_path[-1] for c in parsed.chunks}
    assert "Sjukfrånvaro" in paths and "Bilagor" in paths and not any("{" in p for p in paths), paths


def test_a_paragraph_line_with_the_boards_abbreviation_or_only_a_diarienummer_takes_the_title_below(
        tmp_path: Path) -> None:
    """A meeting system's protokoll as layout text (invented): "TN § 13" alone, or "TN § 14" with only its Dnr, a
    blank line, then the ärende's title — the title heads the paragraph's sections as it does under a bare "§ 49"."""
    path = tmp_path / "tn_protokoll_2026-02-19.txt"
    path.write_text("Åbylund kommun\nSAMMANTRÄDESPROTOKOLL\nTekniska nämnden 2026-02-19\n\n"
                    "TN § 13\n\nFastställande av dagordning\n\nTekniska nämndens beslut\n\nDagordningen fastställs.\n\n\n"
                    "TN § 14                                                Dnr TN 2026/12\n\nBokslut 2025\n\n"
                    "Tekniska nämndens beslut\n\nNämnden godkänner bokslutet.\n", encoding="utf-8")
    chunks = read_document(path).chunks

    def section_of(text: str) -> str:
        return next(c.section for c in chunks if text in c.text)

    assert section_of("Dagordningen fastställs.").startswith("TN § 13 Fastställande av dagordning"), \
        [c.section for c in chunks]
    assert section_of("Nämnden godkänner bokslutet.").startswith("TN § 14 Bokslut 2025"), [c.section for c in chunks]


def test_a_table_indented_as_a_whole_with_figures_ending_past_their_headings(tmp_path: Path) -> None:
    """A författningssamling's rules set as plain text (invented): the table stands five spaces in, as its header
    does, between rules of dashes; the figures are right-aligned to an edge past their heading's last letter, so a
    one-digit figure ("8") stands under no letter of "Procent"."""
    rule = "     " + "-" * 70
    path = tmp_path / "kf_arvoden.txt"
    path.write_text(
        "ÅSBERGA KOMMUN\n\nBESTÄMMELSER OM ARVODEN\n\n3 § ÅRSARVODE. Förtroendevalda med uppdrag enligt tabellen "
        "nedan får ett fast arvode.\n\n"
        "     Uppdrag                                       Procent   Kronor/månad\n" + rule + "\n"
        "     Kommunstyrelsens ordförande                        100         74 000\n"
        "     Kommunstyrelsens förste vice ordförande             45         33 300\n"
        "     Kommunfullmäktiges ordförande                        8          5 920\n"
        "     Valnämndens ordförande                               3          2 220\n" + rule + "\n\n"
        "4 § VICE ORDFÖRANDE. Vice ordförande får 25 procent av ordförandens arvode.\n", encoding="utf-8")
    parsed = read_document(path)
    facts = [c.fact or "" for c in parsed.chunks if c.kind == "table_row"]
    assert any(f.endswith("Kommunfullmäktiges ordförande: Procent 8; Kronor/månad 5 920") for f in facts), facts
    assert any(f.endswith("Kommunstyrelsens förste vice ordförande: Procent 45; Kronor/månad 33 300") for f in facts)
    assert not any("33 300" in c.text and "74 000" in c.text for c in parsed.chunks if c.kind == "text")
