"""The PDF reader on the five shared PDFs and on small PDFs made for the test: pages, running lines,
ligatures, hyphenation, verbatim chunk text, and the reasons it gives for files it cannot read."""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest
from pypdf.generic import DecodedStreamObject, NameObject

from ingest.errors import UnreadableDocument
from ingest.models import Chunk, ParsedDocument
from ingest.pipeline import read_document, read_source

SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPUS_PDF = SHARED / "corpus-pdf"
CORPUS_TEXT = SHARED / "corpus"
STEMS = ("000_6424b87df5d164a5", "001_dd2203c0605088ab", "002_6f873dac8bcd0776", "003_d650d4c9f54389cc",
         "004_89afa5b7fa4a89ee")
LIGATURES = re.compile("[\ufb00-\ufb06]")
SIDA = re.compile(r"\bSida \d+ \(\d+\)")


def raw_pages(path: Path) -> list[str]:
    """The pages as pypdf's plain extraction gives them: the reference the reader is checked against."""
    return [page.extract_text() for page in pypdf.PdfReader(str(path)).pages]


def squeeze(text: str) -> str:
    """Text with ligatures unfolded and all whitespace removed, for comparing two extractions."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text).replace("\u00ad", ""))


# --- the shared PDFs ----------------------------------------------------------------------------------


@pytest.mark.parametrize("stem", STEMS)
def test_every_sample_pdf_is_read_with_all_its_pages(stem: str, corpus: dict[str, ParsedDocument]) -> None:
    parsed = corpus[f"{stem}.pdf"]
    expected_pages = len(pypdf.PdfReader(str(CORPUS_PDF / f"{stem}.pdf")).pages)

    assert parsed.source.file_format == "pdf"
    assert parsed.source.has_pages
    assert [page.number for page in parsed.source.pages] == list(range(1, expected_pages + 1))
    assert all(page.text.strip() for page in parsed.source.pages), "a page of the sample PDFs came out empty"
    assert parsed.chunks


@pytest.mark.parametrize("stem", STEMS)
def test_chunks_keep_the_page_they_stand_on(stem: str, corpus: dict[str, ParsedDocument]) -> None:
    """Checked against pypdf's own extraction, not only against the reader's page texts."""
    parsed = corpus[f"{stem}.pdf"]
    raw = [squeeze(text) for text in raw_pages(CORPUS_PDF / f"{stem}.pdf")]

    pages = [chunk.page for chunk in parsed.chunks]
    assert all(isinstance(page, int) and 1 <= page <= len(raw) for page in pages)
    assert pages == sorted(pages), "chunks are not in page order"
    assert set(pages) == set(range(1, len(raw) + 1)), "some page produced no chunk"
    misplaced = [
        (chunk.page, chunk.text[:60]) for chunk in parsed.chunks
        if chunk.kind == "text" and squeeze(chunk.text)[:30] not in raw[chunk.page - 1]
    ]
    assert not misplaced


@pytest.mark.parametrize("stem", STEMS)
def test_running_header_and_footer_are_not_in_the_page_texts(stem: str, corpus: dict[str, ParsedDocument]) -> None:
    raw = raw_pages(CORPUS_PDF / f"{stem}.pdf")
    # The premise: every page of the sample PDFs carries the running header and the page footer.
    assert all("KATRINEHOLMS KOMMUN" in text and SIDA.search(text) for text in raw)

    pages = corpus[f"{stem}.pdf"].source.pages
    assert not [p.number for p in pages if "KATRINEHOLMS KOMMUN" in p.text]
    assert not [p.number for p in pages if SIDA.search(p.text)]
    # "Socialnämnden" stays where it is a heading or a recipient, but not as the running line on every page.
    with_line = [p.number for p in pages if "Socialnämnden" in p.text.splitlines()]
    assert len(with_line) < len(pages) / 2, with_line


LIGATURE_WORDS = [("000", "brottsoffer"), ("001", "flyttades"), ("002", "träffas"),
                  ("003", "krögarträff"), ("004", "effektivt")]


@pytest.mark.parametrize(("prefix", "word"), LIGATURE_WORDS)
def test_ligatures_become_plain_letters(prefix: str, word: str, corpus: dict[str, ParsedDocument]) -> None:
    stem = next(s for s in STEMS if s.startswith(prefix))
    raw = "\n".join(raw_pages(CORPUS_PDF / f"{stem}.pdf"))
    ligature_form = word.replace("ff", "\ufb00").replace("fi", "\ufb01").replace("fl", "\ufb02")
    assert ligature_form in raw, "premise: the PDF spells the word with a ligature"

    parsed = corpus[f"{stem}.pdf"]
    assert word in "\n".join(chunk.text for chunk in parsed.chunks)
    leftovers = [c.chunk_id for c in parsed.chunks if LIGATURES.search(f"{c.text}{c.context}{c.fact or ''}")]
    assert not leftovers
    assert not [p.number for p in parsed.source.pages if LIGATURES.search(p.text)]


@pytest.mark.parametrize("stem", STEMS)
def test_every_chunk_is_verbatim_in_its_page_text(stem: str, corpus: dict[str, ParsedDocument]) -> None:
    """Citations quote a chunk and point at its page; the quote must be found on that page as shown. A row of a
    table whose columns were printed as spaces (wrapped_tables) is its lines with tabs between the cells: found on
    the page with whitespace folded, as the evaluation compares every quote."""
    parsed = corpus[f"{stem}.pdf"]
    texts = {page.number: page.text for page in parsed.source.pages}

    def on_page(c: Chunk) -> bool:
        if c.kind == "table_row" and "\t" in c.text and c.text not in texts[c.page]:
            return " ".join(c.text.split()) in " ".join(texts[c.page].split())
        return c.text in texts[c.page]

    not_verbatim = [(c.kind, c.page, c.text[:60]) for c in parsed.chunks if c.page is None or not on_page(c)]
    assert not not_verbatim


# Hyphens that belong to the word and happen to fall at a line end in the sample PDFs. Whether a
# lower-case "jag-|stödjande" is a hyphenated word or a compound cannot be told from the line alone,
# so only cases that cannot be hyphenation are listed: a single-letter prefix, an abbreviation, figures.
# Each is checked against the text export of the same document, which has no line breaks there.
KEPT_HYPHENS = [
    pytest.param("003", "e-post"),
    pytest.param("003", "e-tjänster"),
    pytest.param("000", "SFI-undervisningen"),
    pytest.param("000", "KfV-regionen"),
    pytest.param("001", "OSA-enkäten"),
    ("003", "30-49"),
    ("003", "2020-01"),
]


@pytest.mark.parametrize(("prefix", "word"), KEPT_HYPHENS)
def test_hyphen_that_belongs_to_the_word_survives_a_line_break(
    prefix: str, word: str, corpus: dict[str, ParsedDocument]
) -> None:
    stem = next(s for s in STEMS if s.startswith(prefix))
    head, tail = word.split("-", 1)
    raw = unicodedata.normalize("NFKC", "\n".join(raw_pages(CORPUS_PDF / f"{stem}.pdf")))
    broken = raw.count(f"{head}-\n{tail}")
    assert broken, "premise: the PDF breaks a line at this hyphen"
    assert word in (CORPUS_TEXT / f"{stem}.txt").read_text(encoding="utf-8"), "premise: the export spells it so"

    page_texts = "\n".join(page.text for page in corpus[f"{stem}.pdf"].source.pages)
    found = re.findall(rf"\S*{re.escape(head)}-?\s?{re.escape(tail)}\S*", page_texts)
    assert page_texts.count(word) >= raw.count(word) + broken, found


# --- PDFs drawn for the test --------------------------------------------------------------------------

REPORT_PAGES = [
    [("h1", "Månadsrapport mars 2024"), ("gap", ""), ("h2", "Ekonomiskt bistånd"),
     ("body", "Kostnaderna för försörjningsstöd har minskat och social-"),
     ("body", "förvaltningen bedömer att trenden håller i sig under året."),
     ("body", "Arbetet inom individ-"),
     ("body", "och familjeomsorgen fortsätter som planerat."),
     ("gap", ""), ("h2", "Placeringar"), ("body", "Antalet externa placeringar är oförändrat sedan februari.")],
    [("h2", "Personal"), ("body", "Sjukfrånvaron har sjunkit jämfört med föregående år.")],
    [("h2", "Framåtblick"), ("body", "Nämnden planerar fler insatser på hemmaplan under hösten.")],
]


def test_a_word_hyphenated_at_a_line_end_is_joined(draw_pdf: Callable[..., Path]) -> None:
    parsed = read_document(draw_pdf("manadsrapport.pdf", REPORT_PAGES))
    text = parsed.chunks[0].text

    assert "och socialförvaltningen bedömer" in text
    # "individ- och familjeomsorg" is a Swedish shortened compound, not a hyphenated word.
    assert "inom individ- och familjeomsorgen" in text


def test_a_drawn_pdf_keeps_pages_headings_and_drops_its_running_lines(draw_pdf: Callable[..., Path]) -> None:
    parsed = read_document(draw_pdf("manadsrapport.pdf", REPORT_PAGES))

    assert [p.number for p in parsed.source.pages] == [1, 2, 3]
    assert not [p.number for p in parsed.source.pages if "KATRINEHOLMS" in p.text or SIDA.search(p.text)]
    by_heading = {chunk.section_path[-1]: chunk for chunk in parsed.chunks}
    assert by_heading["Personal"].page == 2
    assert by_heading["Framåtblick"].page == 3
    assert "Sjukfrånvaron har sjunkit" in by_heading["Personal"].text
    assert parsed.document_type == "månadsrapport"
    assert all(c.text in parsed.source.pages[c.page - 1].text for c in parsed.chunks)


def test_a_drawn_table_row_keeps_its_column_headers(draw_pdf: Callable[..., Path]) -> None:
    page = [("h1", "Månadsrapport mars 2024"), ("h2", "Driftredovisning"),
            ("body", "Tabellen visar utfall och budget per enhet i tusentals kronor."),
            ("small", "Enhet\tUtfall 2024\tBudget 2024"),
            ("small", "Familjerätt och placering\t-1 200\t-1 000"),
            ("small", "Vuxenstöd\t300\t250")]
    parsed = read_document(draw_pdf("drift.pdf", [page, [("body", "Sida två.")], [("body", "Sida tre.")]]))

    facts = [chunk.fact for chunk in parsed.chunks if chunk.kind == "table_row"]
    assert any("Familjerätt och placering" in f and "Utfall 2024 -1 200" in f and "Budget 2024 -1 000" in f
               for f in facts), facts


@pytest.mark.parametrize("turn", [90, -90, 180])
def test_a_page_set_turned_reads_in_the_direction_its_text_runs(tmp_path: Path, turn: int) -> None:
    """A landscape table drawn turned on a portrait page (shown upright by /Rotate, as a report's wide table is): its
    rows read as rows, each label with its figures, not as columns of the page's own x and y; the upright page before
    it reads as before."""
    import pypdf
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    width, height = A4
    drawn = tmp_path / "drawn.pdf"
    pdf = canvas.Canvas(str(drawn), pagesize=A4)
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, height - 72, "Verksamhetsberättelse 2025")
    pdf.drawString(72, height - 90, "Nämnden redovisar ett överskott om 1,4 mnkr för 2025.")
    pdf.showPage()
    pdf.saveState()
    # Move the origin to the corner the turned page starts from, then turn: the table reads upright once the viewer
    # turns the page back.
    origin = {90: (width, 0), -90: (0, height), 180: (width, height)}[turn]
    pdf.translate(*origin)
    pdf.rotate(turn)
    across, down = (height, width) if turn != 180 else (width, height)
    pdf.setFont("Helvetica", 11)
    rows = [("Nyckeltal", "2023", "2024", "2025"), ("Vakansgrad, %", "4,1", "3,8", "3,5"),
            ("Energi, kWh/kvm", "142", "139", "136"), ("Lokalkostnad, kr/kvm", "1 210", "1 262", "1 338")]
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            pdf.drawString(72 + j * min(150, (across - 144) / 4), down - 72 - i * 18, cell)
    pdf.drawString(72, down - 72 - 6 * 18, "Vakansgraden sjönk till 3,5 procent under 2025.")
    pdf.restoreState()
    pdf.showPage()
    pdf.save()
    reader, writer = pypdf.PdfReader(drawn), pypdf.PdfWriter()
    for number, page in enumerate(reader.pages):
        writer.add_page(page.rotate(-turn % 360) if number else page)
    path = tmp_path / "verksamhetsberattelse.pdf"
    with path.open("wb") as out:
        writer.write(out)
    parsed = read_document(path)
    facts = [chunk.fact for chunk in parsed.chunks if chunk.kind == "table_row"]
    assert any("Vakansgrad, %" in f and "2024 3,8" in f and "2025 3,5" in f for f in facts), facts
    text = "\n".join(chunk.text for chunk in parsed.chunks)
    assert "Vakansgraden sjönk till 3,5 procent under 2025." in text, text
    assert "Nämnden redovisar ett överskott om 1,4 mnkr för 2025." in text, text


# --- files the reader refuses -------------------------------------------------------------------------


def _unreadable(path: Path) -> str:
    with pytest.raises(UnreadableDocument) as caught:
        read_source(path, 50_000_000)
    assert caught.value.message.strip()
    return caught.value.message


def test_random_bytes_named_pdf_are_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "skadad.pdf"
    path.write_bytes(os.urandom(4096))
    assert "skadad" in _unreadable(path)


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.95])
def test_a_truncated_sample_pdf_is_reported_as_damaged(fraction: float, tmp_path: Path) -> None:
    whole = (CORPUS_PDF / f"{STEMS[2]}.pdf").read_bytes()
    path = tmp_path / "avbruten.pdf"
    path.write_bytes(whole[: int(len(whole) * fraction)])
    assert "skadad" in _unreadable(path)


def test_an_empty_pdf_is_reported_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "tom.pdf"
    path.touch()
    assert "tom" in _unreadable(path)


def test_a_pdf_without_text_is_reported_as_having_no_text(tmp_path: Path) -> None:
    writer = pypdf.PdfWriter()
    writer.add_blank_page(595, 842)
    path = tmp_path / "skannad.pdf"
    writer.write(path)
    assert "ingen text" in _unreadable(path)


@pytest.mark.parametrize("algorithm", ["RC4-128", "AES-128", "AES-256"])
def test_a_password_protected_pdf_is_reported_as_encrypted(algorithm: str, tmp_path: Path) -> None:
    writer = pypdf.PdfWriter(clone_from=CORPUS_PDF / f"{STEMS[2]}.pdf")
    writer.encrypt(user_password="hemligt", owner_password="ägare", algorithm=algorithm)
    path = tmp_path / "krypterad.pdf"
    writer.write(path)
    assert "krypterad" in _unreadable(path)


def test_a_pdf_locked_only_against_editing_is_read(tmp_path: Path) -> None:
    """An owner password with an empty user password opens in every viewer, so it is read as usual."""
    writer = pypdf.PdfWriter(clone_from=CORPUS_PDF / f"{STEMS[2]}.pdf")
    writer.encrypt(user_password="", owner_password="ägare", algorithm="AES-128")
    path = tmp_path / "skrivskyddad.pdf"
    writer.write(path)

    parsed = read_document(path)
    assert parsed.document_type == "delårsrapport"
    assert len(parsed.source.pages) == 12


def damaged_content_stream(source: Path, target: Path) -> Path:
    """A sample PDF whose first page's content stream ends in a 300-letter garbage operator, as bit rot leaves it."""
    writer = pypdf.PdfWriter(clone_from=source)
    page = writer.pages[0]
    stream = DecodedStreamObject()
    stream.set_data(page.get_contents().get_data() + b"\n" + b"x" * 300 + b"\n")
    page[NameObject("/Contents")] = writer._add_object(stream)
    writer.write(target)
    return target


def test_a_damaged_content_stream_is_reported_as_damaged(tmp_path: Path) -> None:
    path = damaged_content_stream(CORPUS_PDF / f"{STEMS[2]}.pdf", tmp_path / "bitrota.pdf")
    assert "skadad" in _unreadable(path)


def test_a_word_style_protokoll_page_with_a_field_grid_and_right_aligned_figures(tmp_path: Path) -> None:
    """Drawn as Word prints a protokoll (invented): a two-column field grid whose values wrap (cells top-aligned),
    and a table with a bold header and figures right-aligned under their headings, one wider than the rest."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "on_protokoll_2024-03-14.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    y = 780.0

    def line(*cells: tuple[float, str, str, bool]) -> None:
        nonlocal y
        for x, text, align, bold in cells:
            pdf.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
            (pdf.drawRightString if align == "r" else pdf.drawString)(x, y, text)

    for texts, step in ((("SAMMANTRÄDESPROTOKOLL", None), 20), (("Omsorgsnämnden", None), 24),
                        (("Plats och tid", "Rådhuset, sal Ekhagen, torsdag 14 mars 2024 kl. 09.00–12.10"), 16),
                        (("Beslutande", "Kerstin Ljung (S), ordförande; Ahmed Nur (M); Lisa Palm (V); Gustav Berg"), 12),
                        ((None, "(KD)"), 16), (("Övriga", "Maja Ek, förvaltningschef; Tor Lind, sekreterare"), 12),
                        (("närvarande", None), 16), (("Utses att justera", "Ahmed Nur"), 16),
                        (("Paragrafer", "21–23"), 30)):
        key, value = texts
        line(*[(x, t, "l", key == "SAMMANTRÄDESPROTOKOLL" or key == "Omsorgsnämnden")
               for x, t in ((56, key), (170, value)) if t])
        y -= step
    line((56, "§ 21 Dnr ON 2024/0017", "l", True))
    y -= 18
    line((56, "Årsredovisning 2023 för omsorgsnämnden", "l", True))
    y -= 24
    line((56, "Verksamhet", "l", True), (250, "Budget 2023", "r", True), (340, "Utfall 2023", "r", True),
         (430, "Avvikelse", "r", True))
    for label, *figures in (("Hemtjänst", "98,2", "101,0", "-2,8"), ("LSS-boenden", "61,5", "68,1", "-6,6"),
                            ("Summa", "159,7", "169,1", "-9,4")):
        y -= 18
        line((56, label, "l", False), *[(x, f, "r", False) for x, f in zip((250, 340, 430), figures, strict=True)])
    y -= 30
    line((56, "Omsorgsnämndens beslut", "l", True))
    y -= 16
    line((56, "Omsorgsnämnden godkänner årsredovisningen för 2023.", "l", False))
    pdf.showPage()
    pdf.save()

    parsed = read_document(path)
    meeting = parsed.board.meeting
    assert meeting.place == "Rådhuset, sal Ekhagen" and meeting.time == "09:00–12:10"
    assert meeting.beslutande == ("Kerstin Ljung (S)", "Ahmed Nur (M)", "Lisa Palm (V)", "Gustav Berg (KD)")
    assert meeting.chair == "Kerstin Ljung (S)" and meeting.justerare == ("Ahmed Nur",)
    assert meeting.secretary == "Tor Lind"
    facts = [c.fact for c in parsed.chunks if c.kind == "table_row"]
    assert any(f and f.endswith("Summa: Budget 2023 159,7; Utfall 2023 169,1; Avvikelse -9,4") for f in facts), facts


def test_a_field_grid_with_vertically_centred_cells(tmp_path: Path) -> None:
    """As a browser prints a table: a key stands between the two lines of its wrapped value, so no line holds both;
    a two-line key ("Övriga" / "närvarande") has its value between its lines (invented)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "on_protokoll.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(56, 780, "SAMMANTRÄDESPROTOKOLL")
    pdf.drawString(56, 756, "Omsorgsnämnden")
    pdf.setFont("Helvetica", 10)
    for x, y, text in ((56, 720, "Plats och tid"), (170, 720, "Rådhuset, sal Ekhagen, 14 mars 2024 kl. 09.00–12.10"),
                       (170, 702, "Kerstin Ljung (S), ordförande; Ahmed Nur (M); Lisa Palm (V); Gustav Berg"),
                       (56, 696, "Beslutande"), (170, 690, "(KD)"),
                       (56, 672, "Övriga"), (170, 666, "Maja Ek, förvaltningschef; Tor Lind, sekreterare"),
                       (56, 660, "närvarande"), (56, 642, "Utses att justera"), (170, 642, "Ahmed Nur")):
        pdf.drawString(x, y, text)
    pdf.setFont("Helvetica-Bold", 12)
    for y, text in ((610, "§ 21 Dnr ON 2024/0017"), (592, "Årsredovisning 2023"), (570, "Omsorgsnämndens beslut")):
        pdf.drawString(56, y, text)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(56, 554, "Omsorgsnämnden godkänner årsredovisningen för 2023.")
    pdf.showPage()
    pdf.save()
    meeting = read_document(path).board.meeting
    assert meeting.beslutande == ("Kerstin Ljung (S)", "Ahmed Nur (M)", "Lisa Palm (V)", "Gustav Berg (KD)")
    assert meeting.place == "Rådhuset, sal Ekhagen" and meeting.justerare == ("Ahmed Nur",)
    assert meeting.secretary == "Tor Lind"


def test_a_report_set_in_two_columns_is_read_column_by_column(tmp_path: Path) -> None:
    """An årsredovisning set as a brochure (invented): paragraphs flow down the left column and on into the right,
    whose lines share baselines with the left's, over three pages with a running footer. Read across the page, each
    line would join two sentences of different sections."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph

    path = tmp_path / "asbacka_arsredovisning_2023.pdf"
    width, height = A4
    gutter, margin = 24, 56
    column = (width - 2 * margin - gutter) / 2
    frames = [Frame(margin, 70, column, height - 150, id="left"),
              Frame(margin + column + gutter, 70, column, height - 150, id="right")]

    def furniture(canvas, doc) -> None:  # noqa: ANN001 - reportlab's callback
        canvas.setFont("Helvetica-Bold", 16)
        canvas.drawString(margin, height - 60, "Årsredovisning 2023")
        canvas.setFont("Helvetica", 8)
        canvas.drawString(margin, 40, f"Åsbacka kommun – Årsredovisning 2023, sida {doc.page}")

    doc = BaseDocTemplate(str(path), pagesize=A4, pageTemplates=[PageTemplate("cols", frames, onPage=furniture)])
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13, spaceAfter=6)
    head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=12, leading=15, spaceBefore=6, spaceAfter=4)
    filler = ("Verksamheten har under året arbetat vidare med att utveckla arbetssätt och samverkan mellan enheterna, "
              "och arbetet följs upp löpande i nämndens internkontroll. ")
    facts = {
        "Befolkning": "Den 31 december 2023 hade kommunen 24 318 invånare, vilket är en minskning med 112 personer "
                      "jämfört med året innan.",
        "Årets resultat": "Kommunens resultat för 2023 blev 18,4 miljoner kronor, vilket motsvarar 1,1 procent av "
                          "skatteintäkter och generella statsbidrag.",
        "Investeringar": "Nettoinvesteringarna uppgick till 212 miljoner kronor under 2023, jämfört med en budget på "
                         "298 miljoner kronor.",
        "Personal": "Sjukfrånvaron minskade från 8,9 procent 2022 till 8,1 procent 2023, men är fortfarande högst "
                    "inom vård och omsorg.",
        "Framtid": "Inför 2024 planerar nämnden att öppna en familjecentral i Västerby tillsammans med regionen.",
    }
    story = []
    for heading, fact in facts.items():
        story += [Paragraph(heading, head), Paragraph(fact + " " + filler * 2, body), Paragraph(filler * 3, body),
                  Paragraph(filler * 7, body)]
    doc.build(story)

    parsed = read_document(path)
    assert len(parsed.source.pages) == 3
    texts = [re.sub(r"\s+", " ", c.text) for c in parsed.chunks]
    for heading, fact in facts.items():
        # Each sentence whole, in the section of its own heading.
        holding = [c for c, text in zip(parsed.chunks, texts, strict=True) if fact in text]
        assert holding, (fact, texts)
        assert holding[0].section_path[-1] == heading, holding[0].section_path
    # The footer is a running line, not text of the last column.
    assert not any("sida" in text for text in texts)
    # Quotes stay verbatim: each chunk's text stands on its page.
    for chunk in parsed.chunks:
        page = parsed.source.pages[chunk.page - 1].text
        assert re.sub(r"\s+", " ", chunk.text) in re.sub(r"\s+", " ", page)


def test_right_aligned_figures_of_two_widths_stay_under_their_heading_and_a_lone_page_drops_its_footer(
        tmp_path: Path) -> None:
    """As a browser prints an HTML table whose cells are right-aligned (invented): in each column, figures of four
    and five characters start at two x positions, each on two rows. One page, so its footer repeats nowhere."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "sn_drift_2023.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(56, 780, "Driftredovisning per verksamhet (mnkr)")
    ends = (330, 420, 520)
    rows = [("Verksamhet", "Budget 2023", "Utfall 2023", "Avvikelse"), ("Barn och unga", "98,1", "107,9", "-9,8"),
            ("Vuxna", "41,5", "40,2", "1,3"), ("Ekonomiskt bistånd", "132,0", "31,4", "100,6"),
            ("Summa", "271,6", "179,5", "92,1")]
    for n, (label, *figures) in enumerate(rows):
        y = 750 - 18 * n
        pdf.setFont("Helvetica-Bold" if n == 0 else "Helvetica", 10)
        pdf.drawString(56, y, label)
        for end, figure in zip(ends, figures, strict=True):
            pdf.drawRightString(end, y, figure)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(56, 640, "Nämnden redovisar ett underskott på 7,9 miljoner kronor för 2023.")
    pdf.setFont("Helvetica", 8)
    pdf.drawString(200, 40, "Åsbacka kommun – Årsredovisning 2023, sida 1")
    pdf.showPage()
    pdf.save()

    parsed = read_document(path)
    facts = [c.fact for c in parsed.chunks if c.kind == "table_row"]
    assert any(f and f.endswith("Barn och unga: Budget 2023 98,1; Utfall 2023 107,9; Avvikelse -9,8") for f in facts), \
        facts
    assert any(f and f.endswith("Vuxna: Budget 2023 41,5; Utfall 2023 40,2; Avvikelse 1,3") for f in facts), facts
    assert not any("sida" in c.text for c in parsed.chunks), [c.text for c in parsed.chunks]


def _canvas_lines(path: Path):  # noqa: ANN202 - (canvas, line drawer)
    """A reportlab canvas and a drawer of one line of (x, text, align 'l'/'r', bold, size) cells at a y."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)

    def line(y: float, *cells: tuple[float, str, str, bool, float]) -> None:
        for x, text, align, bold, size in cells:
            pdf.setFont("Helvetica-Bold" if bold else "Helvetica", size)
            (pdf.drawRightString if align == "r" else pdf.drawString)(x, y, text)

    return pdf, line


def test_a_word_processor_protokoll_with_its_paragraphs_at_the_head_of_each_page(tmp_path: Path) -> None:
    """A protokoll as many templates print it (invented): the board and meeting date in the running header, the
    first page's fields pointing to an attendance list, names under signature lines, and each § opening a page with
    its number in bold beside its diarienummer in regular print (six-digit serials)."""
    path = tmp_path / "ks_protokoll_ljusvik.pdf"
    pdf, line = _canvas_lines(path)
    pages = [
        [(False, "Plats och tid  Kommunhuset, kl. 09.00–11.30 Ajournering kl. 10.00–10.15"),
         (False, "Beslutande  Se närvarolista, sidan 2"), (False, "Utses att justera  Eva Holm (C)"),
         (False, "Sekreterare ...................................... Paragrafer §§ 12–14"),
         (False, "Karin Lund"), (False, "Ordförande ......................................"),
         (False, "Per Ström (S)")],
        [(True, "§ 12"), (False, "Budgetuppföljning april 2024"), (False, "Kommunstyrelsens beslut"),
         (False, "Kommunstyrelsen godkänner budgetuppföljningen.")],
        [(True, "§ 13"), (False, "Taxa för bygglov"), (False, "Kommunstyrelsens beslut"),
         (False, "Kommunstyrelsen föreslår kommunfullmäktige att anta taxan.")],
        [(True, "§ 14"), (False, "Motion om cykelbanor"), (False, "Kommunstyrelsens beslut"),
         (False, "Kommunstyrelsen avslår motionen.")],
    ]
    dnr = {"§ 12": "KS 2024-000101", "§ 13": "KS 2024-000145", "§ 14": "KS 2024-000160"}
    for number, page in enumerate(pages, start=1):
        line(812, (56, "LJUSVIKS KOMMUN", "l", True, 9), (420, f"PROTOKOLL Sida {number} av {len(pages)}", "l", False, 9))
        line(800, (56, "Kommunstyrelsen 2024-06-17", "l", False, 9))
        y = 760.0
        for bold, text in page:
            if bold:  # the § in bold, its diarienummer beside it in regular print
                line(y, (56, f"KS {text}", "l", True, 11), (140, dnr[text], "l", False, 11))
            else:
                line(y, (56, text, "l", False, 10))
            y -= 22
        line(30, (56, "Justerandes signum", "l", False, 8))
        pdf.showPage()
    pdf.save()

    parsed = read_document(path)
    meeting = parsed.board.meeting
    assert parsed.meeting_date == "2024-06-17" and meeting.date == "2024-06-17"
    assert meeting.chair == "Per Ström (S)" and meeting.secretary == "Karin Lund", meeting
    assert meeting.place == "Kommunhuset" and not meeting.beslutande, meeting
    items = {item.paragraph: item for item in parsed.board.items}
    assert set(items) == {"12", "13", "14"}, items
    assert items["13"].diarienummer == "KS 2024-000145"
    assert items["13"].decision and "anta taxan" in items["13"].decision.text
    # Each § is a part of its own: its text is not filed under the first § of the minutes.
    decision_chunks = [c for c in parsed.chunks if "avslår motionen" in c.text]
    assert decision_chunks and all("§ 14" in c.section for c in decision_chunks), [c.section for c in decision_chunks]


def test_a_small_print_table_whose_rows_stand_as_close_as_wrapped_lines(tmp_path: Path) -> None:
    """A word processor's table (invented): 8.5 pt rows 12.5 pt apart (under 1.5 × the type size, as a wrapped cell
    would stand), a bold header row with a blank top-left cell, figures and headings right-aligned."""
    path = tmp_path / "delarsrapport_aspby_2024.pdf"
    pdf, line = _canvas_lines(path)
    line(790, (56, "Delårsrapport januari–augusti 2024", "l", True, 16))
    line(760, (56, "Ekonomin i sammandrag för Aspby kommun under årets första åtta månader.", "l", False, 10))
    line(735, (56, "Driftredovisning per nämnd (mnkr)", "l", True, 9))
    columns = (330, 400, 470)
    line(720, *[(x, head, "r", True, 8.5) for x, head in zip(columns, ("Budget 2024", "Prognos 2024", "Avvikelse"),
                                                              strict=True)])
    rows = (("Kommunstyrelsen", "98,4", "95,1", "3,3"), ("Socialnämnden", "201,3", "215,5", "-14,2"),
            ("Tekniska nämnden", "71,2", "69,5", "1,7"), ("Summa nämnder", "371,0", "380,1", "-9,2"))
    y = 720.0
    for label, *figures in rows:
        y -= 12.5
        line(y, (56, label, "l", False, 8.5), *[(x, f, "r", False, 8.5) for x, f in zip(columns, figures, strict=True)])
    line(y - 30, (56, "Socialnämndens underskott beror på placeringar.", "l", False, 10))
    facts = _saved_table_facts(pdf, path)
    assert "Driftredovisning per nämnd (mnkr) — Socialnämnden: Budget 2024 201,3; Prognos 2024 215,5; Avvikelse -14,2" \
        in facts, facts
    assert any(f.endswith("Summa nämnder: Budget 2024 371,0; Prognos 2024 380,1; Avvikelse -9,2") for f in facts), facts


def test_a_field_grid_whose_values_stand_a_third_across_the_page_is_no_second_column(tmp_path: Path) -> None:
    """A protokoll's first page (invented): labels at the left margin, values a third across the page, the
    Beslutande list one name a line. Read as a page set in two columns, every label came first and every value
    after, and the justering's date became the meeting's."""
    path = tmp_path / "mbn_protokoll_aspvik.pdf"
    pdf, line = _canvas_lines(path)
    line(810, (62, "Aspviks kommun", "l", False, 10), (300, "SAMMANTRÄDESPROTOKOLL", "l", True, 10))
    line(790, (62, "Miljö- och byggnadsnämnden", "l", True, 16))
    rows = [("Tid och plats", "Onsdagen den 18 september 2024 kl. 08.30–11.45, Kommunhuset"),
            ("Beslutande ledamöter", "Gunnar Sjö (C), ordförande"), (None, "Lisa Vik (S), vice ordförande"),
            (None, "Per Dahl (M)"), (None, "Sven Lind (SD)"), (None, "Ingrid Mo (S)"), (None, "Ahmed Kari (S)"),
            (None, "Helén Ståhl (KD)"), (None, "Bo Eng (M)"),
            (None, "Karin Rask (V), tjänstgörande ersättare för Ulf Kran (V)"),
            ("Ej tjänstgörande ersättare", "Maja Borg (S)"), (None, "Nils Ahl (M)"),
            ("Övriga närvarande tjänstepersoner", "Marie Blom, miljö- och byggchef"),
            (None, "Sara Hell, nämndsekreterare"),
            ("Justerare", "Per Dahl (M)"), ("Justeringens tid och plats", "2024-09-23, Samhällsbyggnadskontoret"),
            ("Paragrafer", "45–47"), ("Justeringens tid och plats", "Samhällsbyggnadskontoret")]
    y = 774.0
    for key, value in rows:
        y -= 19.5 if key else 13.5  # a field's lines stand closer than the fields
        line(y, *(((62, key, "l", False, 10),) if key else ()), (180, value, "l", False, 10))
    line(y - 20, (62, "§ 45 Dnr MBN 2024-000512", "l", True, 11))
    line(y - 40, (62, "Miljö- och byggnadsnämnden beviljar bygglov.", "l", False, 10))
    pdf.showPage()
    pdf.save()

    meeting = read_document(path).board.meeting
    assert meeting.date == "2024-09-18" and meeting.time == "08:30–11:45", meeting
    assert meeting.beslutande[:2] == ("Gunnar Sjö (C)", "Lisa Vik (S)") and "Karin Rask (V)" in meeting.beslutande
    assert [(s.name, s.replaces) for s in meeting.tjanstgorande_ersattare] == [("Karin Rask (V)", "Ulf Kran (V)")]
    assert meeting.justerare == ("Per Dahl (M)",), meeting



def test_headings_left_aligned_over_right_aligned_figures_with_a_note_at_the_margin_below() -> None:
    """Probe N's revisionsrapport (invented, eval/probes/n): a key-figure table set in from the text's margin,
    headings at the left of their cells over figures right-aligned in them ("2023" starts left of every figure under
    it), a small-print note under it at the margin. Each figure is read under its year: the note is no row, and the
    heading row is one although its cells overlap no figure."""
    path = Path(__file__).resolve().parents[2] / "eval/probes/n/docs/fjardinge_revision_anlaggningsbokning_2025.pdf"
    facts = [c.fact for c in read_document(path).chunks if c.kind == "table_row"]
    assert any(f and f.endswith("Intäkter från uthyrning, tkr: 2023 4 610; 2024 4 920") for f in facts), facts
    assert any(f and f.endswith("Beläggningsgrad Ishallen, %: 2023 –; 2024 94") for f in facts), facts


def test_a_table_whose_first_column_wraps_beside_the_other_cells_keeps_each_cell_whole() -> None:
    """Probe E's revisionsrapport (invented, eval/probes/e): the first column's cells wrap over lines of their own
    beside the other columns' lines (one cell each). Those lines stand among the rows: the table is read by its
    columns' edges, each recommendation whole beside the board's answer."""
    path = Path(__file__).resolve().parents[2] / "eval/probes/e/docs/kvarnstena_revisionsrapport_bygglov_2025.pdf"
    facts = [c.fact for c in read_document(path).chunks if c.kind == "table_row"]
    assert any(f and "— 1. Dokumentera komplett ansökan och bekräfta tidsfrist: Nämndens svar och åtgärd Nämnden "
               "instämmer." in f for f in facts), facts


def _saved_table_facts(pdf, path: Path) -> list[str | None]:  # noqa: ANN001 - a reportlab canvas
    """Finish the drawn page, save the PDF and read it: the facts of its table rows."""
    pdf.showPage()
    pdf.save()
    return [c.fact for c in read_document(path).chunks if c.kind == "table_row"]


def test_a_two_line_header_whose_upper_line_names_the_figure_columns_it_stands_over(tmp_path: Path) -> None:
    """A word processor's table in small print under its caption (invented, placed as a tjänsteskrivelse prints
    it): the lower heading line names every column, the labels' too ("Enhet"); the line above adds what the years
    and the unit are of ("Beläggning" over "2024"); every heading right-aligned like the figures, so each starts
    left of its column's figures."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "von_korttid.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 10.5)
    pdf.drawString(63, 800, "Korttidsvården har i dag två enheter med sammanlagt trettio platser i kommunen.")
    pdf.drawString(63, 786, "Beläggningen har sjunkit under två år i följd på båda enheterna.")
    pdf.setFont("Helvetica-Bold", 10.5)
    pdf.drawString(63, 770, "2.3 Beläggning och vårdtider")
    pdf.setFont("Helvetica", 9.5)
    pdf.drawString(63, 754, "Tabell 1. Platser, beläggning och genomsnittlig vårdtid per enhet")
    ends = (276, 355, 440, 532)
    for end, text in zip((353, 438, 535), ("Beläggning", "Beläggning", "Vårdtid 2025,"), strict=True):
        pdf.drawRightString(end, 739, text)
    pdf.drawString(63, 727, "Enhet")
    for end, text in zip(ends, ("Antal platser", "2024", "2025", "dygn"), strict=True):
        pdf.drawRightString(end, 727, text)
    rows = [("Solrosens korttidsboende", "18", "74 %", "61 %", "21"), ("Lärkan, avdelning 4", "12", "92 %", "88 %", "17"),
            ("Totalt", "30", "81 %", "72 %", "19")]
    for n, (label, *figures) in enumerate(rows):
        y = 709 - 18 * n
        pdf.drawString(63, y, label)
        for end, figure in zip((271, 354, 439, 532), figures, strict=True):
            pdf.drawRightString(end, y, figure)
    pdf.setFont("Helvetica", 10.5)
    pdf.drawString(63, 640, "Under året var i genomsnitt 21,5 av de 30 platserna belagda.")
    pdf.drawString(63, 626, "Vårdtiderna har blivit kortare sedan hösten.")
    facts = _saved_table_facts(pdf, path)
    assert any(f and f.endswith("Lärkan, avdelning 4: Antal platser 12; Beläggning 2024 92 %; Beläggning 2025 88 %; "
                                "Vårdtid 2025, dygn 17") for f in facts), facts


def test_right_aligned_figures_three_characters_apart_at_the_start_are_one_column(tmp_path: Path) -> None:
    """A statistics table (invented): the years and the figures under them right-aligned, the widest figure three
    characters wider than the narrowest. Starts that far apart are still one column when the figures end together:
    split in two, a year heading named the other year's figures ("2025 7; 11" for 7 in 2024 and 11 in 2025)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "ifo_statistik.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(56, 780, "4. Tvångsvård och placeringar")
    pdf.setFont("Helvetica", 9)
    ends = (430, 520)
    for end, year in zip(ends, ("2024", "2025"), strict=True):
        pdf.drawRightString(end, 752, year)
    rows = [("Ansökningar om vård enligt LVU", "7", "11"), ("Omedelbara omhändertaganden", "5", "8"),
            ("Kostnad för placeringar, tkr", "1 298", "1 354"), ("Barn i familjehem den 31 december", "12", "15")]
    for n, (label, *figures) in enumerate(rows):
        y = 734 - 18 * n
        pdf.drawString(56, y, label)
        for end, figure in zip(ends, figures, strict=True):
            pdf.drawRightString(end, y, figure)
    pdf.setFont("Helvetica", 10.5)
    for n, text in enumerate(("Antalet ansökningar om vård enligt LVU ökade under året, från sju till elva.",
                              "Omedelbara omhändertaganden blev fler än året innan.",
                              "Kostnaden för placeringar steg något, främst i familjehemsvården.",
                              "Fler barn var placerade i familjehem vid årets slut än vid dess början.",
                              "Nämnden följer utvecklingen i varje månadsrapport under nästa år.",
                              "Uppgifterna kommer ur verksamhetssystemet och är avstämda mot akterna.")):
        pdf.drawString(56, 640 - 15 * n, text)
    facts = _saved_table_facts(pdf, path)
    assert any(f and f.endswith("Ansökningar om vård enligt LVU: 2024 7; 2025 11") for f in facts), facts
    assert any(f and f.endswith("Kostnad för placeringar, tkr: 2024 1 298; 2025 1 354") for f in facts), facts


def test_a_one_line_header_naming_the_labels_column_with_headings_ending_over_their_figures(tmp_path: Path) -> None:
    """An annual report's table (invented): "Nämnd" over the labels, every other heading right-aligned like the
    figures and so starting left of them, two of them close enough to read as one cell. Each heading names the
    figures it ends over (before, every figure took the heading to its right: "Utfall 2024 118,4" for the budget)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "ks_arsredovisning.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica-Bold", 12.5)
    pdf.drawString(63, 780, "Nämndernas ekonomiska utfall 2024")
    pdf.setFont("Helvetica", 10)
    for n, text in enumerate(("Tabellen visar nämndernas nettokostnader. Budget avser kommunfullmäktiges ram",
                              "inklusive beslutade tilläggsanslag under året.")):
        pdf.drawString(63, 760 - 14 * n, text)
    pdf.setFont("Helvetica", 9)
    ends = (302, 384, 452, 526)
    pdf.drawString(68, 710, "Nämnd")
    for end, text in zip(ends, ("Budget 2024", "Utfall 2024", "Avvikelse 2024", "Avvikelse 2023"), strict=True):
        pdf.drawRightString(end, 710, text)
    rows = [("Kommunstyrelsen", "118,4", "112,9", "5,5", "3,1"), ("Socialnämnden", "201,5", "215,9", "-14,4", "-6,0"),
            ("Tekniska nämnden", "64,7", "60,2", "4,5", "1,9"), ("Summa nämnder", "384,6", "389,0", "-4,4", "-1,0")]
    for n, (label, *figures) in enumerate(rows):
        y = 694 - 16 * n
        pdf.drawString(68, y, label)
        for end, figure in zip((306, 379, 455, 529), figures, strict=True):
            pdf.drawRightString(end, y, figure)
    pdf.setFont("Helvetica", 10)
    for n, text in enumerate(("Socialnämnden redovisar det största underskottet, främst inom försörjningsstödet.",
                              "Kommunstyrelsen och tekniska nämnden redovisar överskott mot sina ramar.",
                              "Nämnderna sammantaget redovisar ett underskott på 4,4 miljoner kronor.")):
        pdf.drawString(63, 610 - 14 * n, text)
    facts = _saved_table_facts(pdf, path)
    assert any(f and f.endswith("Kommunstyrelsen: Budget 2024 118,4; Utfall 2024 112,9; Avvikelse 2024 5,5; "
                                "Avvikelse 2023 3,1") for f in facts), facts


def test_headings_left_aligned_in_their_cells_over_figures_right_aligned_in_them(tmp_path: Path) -> None:
    """A key-figure table (invented): each heading, over up to three lines, starts at its cell's left edge, and the
    figures end at its right edge, so headings and figures start at two different places in every column. The two
    starts are one column: they never stand on one line, the left one holds only words, the right one only figures."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "bun_nyckeltal.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 10.5)
    for n, text in enumerate(("Antalet barn i förskolan fortsätter att minska medan grundskolan växer något.",
                              "Kostnaden per elev har ökat varje år sedan 2021, främst genom högre lönekostnader.",
                              "Andelen behöriga till yrkesprogram sjönk under året efter två år av ökning.",
                              "Nettokostnaden följer budgeten och nämnden räknar med ett litet överskott.")):
        pdf.drawString(63, 800 - 14 * n, text)
    pdf.setFont("Helvetica-Bold", 11.5)
    pdf.drawString(63, 730, "4. Nyckeltal")
    pdf.setFont("Helvetica", 8)
    starts, ends = (117, 196, 275, 366, 457), (182, 261, 350, 443, 521)
    heads = (("", "Barn i", "förskola, antal"), ("", "Elever F–9,", "antal"), ("", "Kostnad per elev", "F–9, kr"),
             ("Behöriga till", "yrkesprogram,", "%"), ("", "Nettokostnad,", "mnkr"))
    for x, lines in zip(starts, heads, strict=True):
        for k, text in enumerate(lines):
            pdf.drawString(x, 712 - 10 * k, text)
    pdf.drawString(71, 692, "År")
    rows = [("2021", "1 182", "3 406", "108 950", "84,2", "538,6"), ("2022", "1 164", "3 452", "112 300", "82,9", "556,1"),
            ("2023", "1 139", "3 489", "117 840", "85,6", "579,8"), ("2024", "1 121", "3 511", "121 460", "86,1", "597,3")]
    pdf.setFont("Helvetica", 8.5)
    for n, (year, *figures) in enumerate(rows):
        y = 676 - 16 * n
        pdf.drawString(71, y, year)
        for end, figure in zip(ends, figures, strict=True):
            pdf.drawRightString(end, y, figure)
    pdf.setFont("Helvetica", 10.5)
    pdf.drawString(63, 590, "Uppgifterna för 2024 avser läget den 15 oktober.")
    facts = _saved_table_facts(pdf, path)
    assert any(f and f.endswith("År 2022; Barn i förskola, antal 1 164; Elever F–9, antal 3 452; Kostnad per elev "
                                "F–9, kr 112 300; Behöriga till yrkesprogram, % 82,9; Nettokostnad, mnkr 556,1")
               for f in facts), facts


def test_indented_row_labels_are_one_column_of_labels(tmp_path: Path) -> None:
    """A driftredovisning (invented): sub-rows indented under their row, "varav" rows further in, every heading
    right-aligned over its figures. The three label indentations are one column; read as three, the first heading
    fell into the third and every figure took the heading to its right ("Utfall 2025 35,5" for the budget)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    path = tmp_path / "tn_arsbokslut.pdf"
    pdf = canvas.Canvas(str(path), pagesize=landscape(A4))
    pdf.setFont("Helvetica", 10.5)
    for n, text in enumerate(("Nämnden redovisar ett underskott mot budget, främst inom gata och trafik.",
                              "Vinterväghållningen kostade mer än budgeterat efter en snörik vinter.",
                              "Fastighetsverksamheten håller sin budget.")):
        pdf.drawString(57, 560 - 14 * n, text)
    pdf.setFont("Helvetica-Bold", 11)
    pdf.drawString(57, 510, "Driftredovisning per verksamhet, nettokostnad i mnkr")
    pdf.setFont("Helvetica", 9)
    ends = (354, 439, 569, 652, 778)
    pdf.drawString(58, 492, "Verksamhet")
    for end, text in zip(ends, ("Budget 2025", "Utfall 2025", "Avvikelse mot budget 2025", "Utfall 2024",
                                "Förändring 2025 mot 2024"), strict=True):
        pdf.drawRightString(end, 492, text)
    rows = [(56, "Gata och trafik", "35,5", "38,0", "-2,5", "35,2", "+2,8"),
            (68, "Vinterväghållning", "11,8", "14,9", "-3,1", "11,2", "+3,7"),
            (68, "Beläggning och underhåll", "16,4", "15,8", "+0,6", "17,1", "-1,3"),
            (56, "Fastighet", "103,8", "103,9", "-0,1", "99,9", "+4,0"),
            (68, "Verksamhetslokaler", "86,2", "85,8", "+0,4", "82,9", "+3,3"),
            (82, "varav skollokaler", "51,1", "50,7", "+0,4", "48,8", "+2,3"),
            (82, "varav äldreboenden", "20,4", "20,9", "-0,5", "19,7", "+0,7"),
            (56, "Summa tekniska nämnden", "139,3", "142,8", "-3,5", "135,1", "+7,7")]
    for n, (x, label, *figures) in enumerate(rows):
        y = 476 - 16 * n
        pdf.drawString(x, y, label)
        for end, figure in zip(ends, figures, strict=True):
            pdf.drawRightString(end, y, figure)
    pdf.setFont("Helvetica", 10.5)
    pdf.drawString(57, 320, "Raderna med varav är delmängder av raden ovanför.")
    pdf.showPage()
    pdf.setFont("Helvetica", 10.5)
    for n in range(24):  # the report's prose: its body type is larger than the table's
        pdf.drawString(57, 540 - 18 * n, f"Avsnitt {n + 1}: nämndens verksamhet under året beskrivs här med sina "
                                         "viktigaste händelser och resultat.")
    facts = _saved_table_facts(pdf, path)
    assert any(f and f.endswith("Vinterväghållning: Budget 2025 11,8; Utfall 2025 14,9; Avvikelse mot budget 2025 "
                                "-3,1; Utfall 2024 11,2; Förändring 2025 mot 2024 +3,7") for f in facts), facts
    assert any(f and f.endswith("varav skollokaler: Budget 2025 51,1; Utfall 2025 50,7; Avvikelse mot budget 2025 "
                                "+0,4; Utfall 2024 48,8; Förändring 2025 mot 2024 +2,3") for f in facts), facts



def test_a_heading_row_left_aligned_over_right_aligned_figures_names_each_column(tmp_path: Path) -> None:
    """A tillsynsplan's table as reportlab's Table sets it (invented): bold headings at their cells' left edges, the
    figures right-aligned in the cells, so "Summa, h" starts after the last figure under "Tillsynstid per åa, h" and
    before its own column's figures. One heading per column, in order: each its own column's."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    path = tmp_path / "myn_tillsynsplan.pdf"
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=9.5, leading=12.8, spaceAfter=5)
    rows = [["Resurs", "Årsarbetskrafter", "Tillsynstid per åa, h", "Summa, h"],
            ["Miljö- och hälsoskyddsinspektörer", "5,0", "800", "4 000"], ["Livsmedelsinspektörer", "2,5", "800", "2 000"],
            ["Summa", "7,5", "", "6 000"]]
    table = Table(rows, colWidths=[70 * mm, 25 * mm, 35 * mm, 25 * mm])
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), "Helvetica", 8.2), ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8.2),
                               ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.2), ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    SimpleDocTemplate(str(path), pagesize=A4).build([
        Paragraph("Nämnden har 6 000 timmar tillgänglig tillsynstid och behöver 7 212 timmar.", body),
        Paragraph("Tabell 1. Tillgänglig tillsynstid 2026", body), table,
        Paragraph("Tillsynstiden per årsarbetskraft är den tid som återstår efter frånvaro och utbildning.", body)])
    facts = [c.fact or "" for c in read_document(path).chunks if c.kind == "table_row"]
    assert any(f.endswith("Miljö- och hälsoskyddsinspektörer: Årsarbetskrafter 5,0; Tillsynstid per åa, h 800; "
                          "Summa, h 4 000") for f in facts), facts
    assert any(f.endswith("Summa: Årsarbetskrafter 7,5; Summa, h 6 000") for f in facts), facts
