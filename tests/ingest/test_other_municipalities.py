"""Documents in other municipalities' formats, written here (invented content): a kommunstyrelse kallelse with
'Dnr KS …' items, a protokoll with '§ 112/21' and 'Sn 78' headings, a stand-alone tjänsteskrivelse with
'Ärendebeskrivning'/'Beslutsunderlag', and a PDF whose table has the body text's size."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ingest.models import ParsedDocument
from ingest.pipeline import read_document

KALLELSE_KS = """\
NORRVIKS KOMMUN

# Kallelse

**Kommunstyrelsen**

Tid: tisdagen den 4 maj 2021 kl. 13.00
Plats: Kommunhuset, sal Ekan

## Föredragningslista

1. Upprop
2. Val av justerare
3. Budgetuppföljning per mars 2021, Dnr KS 2021/345
4. Yttrande över remiss om regional cykelplan, Dnr KS 2021/12
5. Meddelanden

## Budgetuppföljning per mars 2021

Dnr KS 2021/345

### Ärendebeskrivning

Kommunledningsförvaltningen har sammanställt uppföljningen per den 31 mars 2021. Prognosen för helåret
visar ett överskott på 4,2 mnkr, varav barn- och utbildningsnämnden svarar för -1 850 tkr.

### Beslutsunderlag

Tjänsteskrivelse daterad 2021-04-20.

### Förslag till beslut

Kommunstyrelsen godkänner budgetuppföljningen per mars 2021.

## Yttrande över remiss om regional cykelplan

Dnr KS 2021/12

### Sammanfattning

Region Västland har remitterat ett förslag till regional cykelplan för 2022–2030.

### Förvaltningens förslag

Kommunstyrelsen lämnar yttrande enligt förvaltningens förslag.
"""

PROTOKOLL_SN = """\
<html><body>
<p>Sjöstads stad</p>
<h1>Sammanträdesprotokoll</h1>
<p>Sammanträdande organ</p>
<p>Socialnämnden</p>
<p>Sammanträdesdatum</p>
<p>onsdagen den 17 november 2021</p>
<h2>§ 112/21</h2>
<h3>Ekonomiskt bistånd – uppföljning oktober</h3>
<p>Dnr SN 2021/0231</p>
<h4>Socialnämndens beslut</h4>
<p>Socialnämnden lägger uppföljningen till handlingarna.</p>
<h4>Ärendebeskrivning</h4>
<p>Kostnaden för ekonomiskt bistånd uppgick till 31 450 tkr till och med oktober 2021, 6 procent lägre än 2020.</p>
<h2>Sn 78</h2>
<h3>Val av ombud till föreningsstämma</h3>
<p>Socialnämnden utser Anna Berg till ombud vid stämman den 2 december 2021.</p>
<h2>Sn § 79 Dnr SN 2020/0145</h2>
<h3>Revidering av delegationsordning</h3>
<p>Socialnämnden antar den reviderade delegationsordningen enligt 10 kap. 4 § kommunallagen.</p>
</body></html>
"""

TJANSTESKRIVELSE_BUN = """\
# Tjänsteskrivelse

Barn- och utbildningsförvaltningen
Datum 2023-03-08
Diarienummer: BUN 2023/57

## Skolskjuts för elever i grundsärskolan

### Ärendebeskrivning

Barn- och utbildningsnämnden gav i februari 2023 förvaltningen i uppdrag att se över skolskjutsen.
Kostnaden beräknas till 1,2 mkr per läsår.

### Beslutsunderlag

Skolskjutsutredning daterad 2023-02-28.

### Förslag till beslut

Barn- och utbildningsnämnden beslutar att anta riktlinjen för skolskjuts.
"""


def _read(tmp_path: Path, name: str, text: str) -> ParsedDocument:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path)


def test_a_kommunstyrelse_kallelse_is_titled_by_its_board_and_date(tmp_path: Path) -> None:
    parsed = _read(tmp_path, "kallelse_ks.md", KALLELSE_KS)

    assert parsed.document_type == "kallelse"
    assert parsed.title == "Kallelse kommunstyrelsen 2021-05-04"
    assert parsed.committee == "Kommunstyrelsen"
    assert parsed.municipality == "Norrviks kommun"
    assert parsed.meeting_date == "2021-05-04"
    assert parsed.years == (2021,)


def test_a_listed_agenda_carries_the_dnr_of_its_items(tmp_path: Path) -> None:
    agenda = _read(tmp_path, "kallelse_ks.md", KALLELSE_KS).agenda

    assert [(a.nr, a.title, a.diarienummer) for a in agenda] == [
        ("1", "Upprop", None),
        ("2", "Val av justerare", None),
        ("3", "Budgetuppföljning per mars 2021", "KS 2021/345"),
        ("4", "Yttrande över remiss om regional cykelplan", "KS 2021/12"),
        ("5", "Meddelanden", None),
    ]


def test_arenden_open_at_arendebeskrivning_and_sammanfattning(tmp_path: Path) -> None:
    parsed = _read(tmp_path, "kallelse_ks.md", KALLELSE_KS)
    parts = {(s.part_title, s.part_type, s.diarienummer) for s in parsed.sections if s.part_type == "tjänsteskrivelse"}

    assert parts == {("Budgetuppföljning per mars 2021", "tjänsteskrivelse", "KS 2021/345"),
                     ("Yttrande över remiss om regional cykelplan", "tjänsteskrivelse", "KS 2021/12")}
    proposal = next(c for c in parsed.chunks if "godkänner budgetuppföljningen" in c.text)
    assert proposal.section_path == ("Budgetuppföljning per mars 2021", "Förslag till beslut")
    assert proposal.diarienummer == "KS 2021/345"
    remiss = next(c for c in parsed.chunks if "regional cykelplan för 2022–2030" in c.text)
    assert remiss.diarienummer == "KS 2021/12"
    assert remiss.years == (2022, 2030)


def test_a_protokoll_opens_an_arende_at_each_paragraph(tmp_path: Path) -> None:
    parsed = _read(tmp_path, "protokoll_sn.html", PROTOKOLL_SN)

    assert parsed.document_type == "protokoll"
    assert parsed.title == "Protokoll socialnämnden 2021-11-17"
    assert parsed.committee == "Socialnämnden"
    assert parsed.municipality == "Sjöstads stad"
    parts = list(dict.fromkeys((s.part_title, s.part_type, s.diarienummer) for s in parsed.sections
                               if s.part_title != parsed.title))
    assert parts == [
        ("§ 112/21 Ekonomiskt bistånd – uppföljning oktober", "protokoll", "SN 2021/0231"),
        ("Sn 78 Val av ombud till föreningsstämma", "protokoll", None),
        ("Sn § 79 Revidering av delegationsordning", "protokoll", "SN 2020/0145"),
    ]
    cost = next(c for c in parsed.chunks if "31 450 tkr" in c.text)
    assert cost.section_path == ("§ 112/21 Ekonomiskt bistånd – uppföljning oktober", "Ärendebeskrivning")
    assert cost.years == (2021, 2020)
    ombud = next(c for c in parsed.chunks if "utser Anna Berg" in c.text)
    assert ombud.diarienummer is None  # no number of its own, and none inherited from § 112/21


def test_a_standalone_tjansteskrivelse_is_titled_by_its_arende(tmp_path: Path) -> None:
    parsed = _read(tmp_path, "tjansteskrivelse.md", TJANSTESKRIVELSE_BUN)

    assert parsed.document_type == "tjänsteskrivelse"
    assert parsed.title == "Skolskjuts för elever i grundsärskolan"
    assert parsed.committee == "Barn- och utbildningsnämnden"
    arende = [s for s in parsed.sections if s.part_title == "Skolskjuts för elever i grundsärskolan"]
    assert [s.path[-1] for s in arende] == ["Ärendebeskrivning", "Beslutsunderlag", "Förslag till beslut"]
    assert {s.diarienummer for s in arende} == {"BUN 2023/57"}
    assert {s.years for s in arende} == {(2023,)}


def test_a_verksamhetsberattelse_keeps_its_own_title(tmp_path: Path) -> None:
    """A board's verksamhetsberättelse is read as an årsredovisning but titled as it titles itself (it had become
    "Årsredovisning 2023", the same title as every other board's report of that year)."""
    html = ("<html><body><h1>Verksamhetsberättelse 2023 – Kultur- och fritidsnämnden</h1><p>Exempelby kommun</p>"
            "<h2>Ekonomi</h2><p>Nämnden redovisar ett överskott på 0,8 mnkr mot budget 2023.</p></body></html>")
    parsed = _read(tmp_path, "verksamhetsberattelse.html", html)
    assert parsed.document_type == "årsredovisning"
    assert parsed.title == "Verksamhetsberättelse 2023 – Kultur- och fritidsnämnden"
    assert parsed.committee == "Kultur- och fritidsnämnden"


def test_a_report_whose_text_names_only_its_type_takes_the_title_the_file_states(tmp_path: Path) -> None:
    """A document whose text opens with its issuer ("Revisorerna i …", "Avfallstaxa för Exempelby kommun") was named by
    its type and most-mentioned year ("Rapport 2025"): the title its file states of itself — a Word document's
    properties, an HTML page's <title>, a markdown title block or front matter — names it, its year the document's."""
    from docx import Document

    document = Document()
    document.core_properties.title = "Avfallstaxa 2026"
    document.add_heading("Avfallstaxa för Exempelby kommun", 0)
    document.add_paragraph("Grundavgiften för 2025 var 1 020 kronor. Jämfört med 2025 höjs den med 5 procent.")
    document.add_paragraph("Förändring jämfört med 2025: hämtningsavgiften höjs för alla kärl.")
    path = tmp_path / "avfallstaxa.docx"
    document.save(path)
    taxa = read_document(path)
    assert taxa.title == "Avfallstaxa 2026" and taxa.years == (2026,), (taxa.title, taxa.years)
    body = "<h1>Exempelby kommun</h1><p>Förvaltningen föreslår att nämnden yttrar sig över planen.</p>"
    html = _read(tmp_path, "remissvar.html", "<html><head><title>Förslag till yttrande – Regional "
                 f"vattenförsörjningsplan</title></head><body>{body}</body></html>")
    assert html.title.startswith("Förslag till yttrande – Regional vattenförsörjningsplan"), html.title
    for name, head in (("utredning.md", "% Utredning om bibliotekets filialer\n% Exempelby kommun\n\n"),
                       ("front.md", "---\ntitle: \"Utredning om bibliotekets filialer\"\nauthor: X\n---\n\n")):
        parsed = _read(tmp_path, name, head + "# Exempelby kommun\n\nBiblioteket hade 41 000 besök 2024.\n")
        assert parsed.title.startswith("Utredning om bibliotekets filialer"), (name, parsed.title)
    # A file that states no title, or a system's export number, keeps the title its text gives.
    plain = _read(tmp_path, "plain.md", "# Exempelby kommun\n\nBiblioteket hade 41 000 besök 2024.\n")
    assert not plain.title.startswith("Utredning")
    export = _read(tmp_path, "export.html", f"<html><head><title>Export 4711</title></head><body>{body}</body></html>")
    assert "4711" not in export.title, export.title


# --- a PDF from another municipality whose table is set in the body text's size ----------------------------

_PDF_PAGES: list[list[tuple[str, str]]] = [
    [("h1", "Månadsrapport september 2022"),
     ("body", "Vård- och omsorgsnämnden redovisar utfallet till och med september 2022."),
     ("body", "Nämnden prognostiserar ett underskott för helåret."),
     ("gap", ""),
     ("h2", "Driftredovisning per verksamhet (tkr)"),
     ("body", "Verksamhet\tBudget 2022\tUtfall 2022"),
     ("body", "Hemtjänst\t-152 300\t-158 940"),
     ("body", "Särskilt boende\t-231 800\t-229 410"),
     ("body", "Hälso- och sjukvård\t-48 100\t-50 020"),
     ("gap", ""),
     ("body", "Hemtjänsten har ökat antalet beviljade timmar under året."),
     ("body", "Särskilt boende håller budget tack vare lägre kostnader för bemanning.")],
    [("h2", "Personal"),
     ("body", "Sjukfrånvaron var 8,1 procent i september."),
     ("body", "Nämnden har rekryterat fler undersköterskor.")],
    [("h2", "Framåtblick"),
     ("body", "Nämnden fortsätter arbetet med heltid som norm.")],
]


@pytest.fixture
def report_pdf(draw_pdf: Callable[..., Path]) -> ParsedDocument:
    return read_document(draw_pdf("manadsrapport.pdf", _PDF_PAGES, header="ÅSBY KOMMUN Vård- och omsorgsnämnden",
                                  footer="{number} ({total})", running_size=10, pitch=1.4))


def test_a_table_in_body_size_is_found_by_its_columns(report_pdf: ParsedDocument) -> None:
    tables = [b for b in report_pdf.source.blocks if b.kind == "table"]

    assert len(tables) == 1
    assert tables[0].rows == (("Verksamhet", "Budget 2022", "Utfall 2022"), ("Hemtjänst", "-152 300", "-158 940"),
                              ("Särskilt boende", "-231 800", "-229 410"),
                              ("Hälso- och sjukvård", "-48 100", "-50 020"))
    # The prose around the table stays prose.
    paragraphs = [b.text for b in report_pdf.source.blocks if b.kind == "paragraph"]
    assert any(p.startswith("Vård- och omsorgsnämnden redovisar utfallet") for p in paragraphs)
    assert any(p.startswith("Hemtjänsten har ökat antalet") for p in paragraphs)


def test_a_body_size_table_row_becomes_a_fact(report_pdf: ParsedDocument) -> None:
    facts = [c.fact for c in report_pdf.chunks if c.kind == "table_row"]

    assert "Driftredovisning per verksamhet (tkr) — Särskilt boende: Budget 2022 -231 800; Utfall 2022 -229 410" in facts


def test_the_pdf_letterhead_names_board_and_municipality(report_pdf: ParsedDocument) -> None:
    assert report_pdf.committee == "Vård- och omsorgsnämnden"
    assert report_pdf.municipality == "Åsby kommun"
    assert report_pdf.document_type == "månadsrapport"
    assert report_pdf.years == (2022,)
    assert not any("ÅSBY KOMMUN" in page.text for page in report_pdf.source.pages)


def test_the_municipality_a_question_is_about() -> None:
    from ingest.issuer import municipalities_asked, place_key
    assert municipalities_asked("Hur stor budget har socialnämnden i Vingåkers kommun?") == ["Vingåkers kommun"]
    assert municipalities_asked("What did the municipality of Umeå decide?") == ["municipality of Umeå"]
    assert municipalities_asked("Vad säger Malmö stads plan?") == ["Malmö stads"]
    # A partner or a point of comparison is not what the question is about; nor is "varje kommun".
    assert municipalities_asked("Vilket samarbete finns med Vingåkers kommun?") == []
    assert municipalities_asked("Hur står sig nämnden jämfört med Flens kommun?") == []
    assert municipalities_asked("Hur mycket får varje kommun?") == []
    # A board tied to a place names that place's municipality when it is one of SCB's 290 (not a county, not a
    # joint body), in the genitive or after "i"; as a point of comparison it names nothing.
    assert municipalities_asked("Vad beslutade kommunstyrelsen i Umeå om skolan?") == ["Umeå kommun"]
    assert municipalities_asked("Hur stor var Borås socialnämnds budget?") == ["Borås kommun"]
    assert municipalities_asked("Vad säger Länsstyrelsen i Södermanlands län?") == []
    assert municipalities_asked("Hur stor var Samordningsförbundets nämnds budget?") == []
    assert municipalities_asked("Hur stort var underskottet jämfört med socialnämnden i Umeå?") == []
    # Every form of a name keys the same, as the documents' issuer and as the question writes it.
    assert {place_key(n) for n in ("Katrineholms kommun", "Katrineholm", "KATRINEHOLMS KOMMUNS",
                                   "Katrineholm municipality")} == {"katrineholm"}
    assert place_key("Borås stad") == place_key("Borås stads")


def test_a_municipality_named_bare_after_a_preposition_of_place() -> None:
    from ingest.issuer import places_asked
    assert places_asked("Hur många hushåll i Växjö får ekonomiskt bistånd?") == ["Växjö"]
    assert places_asked("I Kalmar, hur många hushåll får försörjningsstöd?") == ["Kalmar"]
    assert places_asked("How many evictions were carried out in Gävle in 2023?") == ["Gävle"]
    # Not a place without the preposition (a name's part, a genitive), nor a point of comparison, nor a word SCB's
    # list does not hold.
    assert places_asked("Hur många samråd hade Barnahus Växjö 2019?") == []
    assert places_asked("Hur ligger vi till jämfört med i Kalmar?") == []
    assert places_asked("Vad händer i Stadsparken?") == []


def test_a_word_before_the_municipalitys_name_is_not_part_of_it() -> None:
    from ingest.issuer import municipality_in
    from ingest.models import Block

    def issuer(line: str) -> str | None:
        return municipality_in([Block("paragraph", line, 1, 0, 0)])

    assert issuer("TESTDOKUMENT Sjöhamns kommun") == "Sjöhamns kommun"
    assert issuer("Sammanträdesprotokoll Katrineholms kommun") == "Katrineholms kommun"
    # The names of two words in SCB's list of municipalities stay whole, as do hyphenated ones.
    assert issuer("Upplands Väsby kommun") == "Upplands Väsby kommun"
    assert issuer("Lilla Edets kommun") == "Lilla Edets kommun"
    assert issuer("Malung-Sälens kommun") == "Malung-Sälens kommun"


def test_a_kommunalforbund_issues_its_own_documents_and_is_asked_for_by_its_place() -> None:
    """A kommunalförbund's letterhead names the förbund, not a municipality (kommunallagen 9 kap.; invented names):
    it is the issuer, keyed by its place, so "RSF Skärvsta" in a question scopes to it. In running text a förbund is
    a partner of the municipality that writes, not the issuer."""
    from ingest.issuer import municipality_in, place_key
    from ingest.models import Block

    def issuer(*lines: str) -> str | None:
        return municipality_in([Block("paragraph", line, 1, i, i) for i, line in enumerate(lines)])

    assert issuer("RÄDDNINGSTJÄNSTFÖRBUNDET SKÄRVSTA Protokoll, direktionen 2026-03-12",
                  "Kommunalförbund för Skärvsta, Lindåsen och Norrgrava kommuner") == "Räddningstjänstförbundet Skärvsta"
    assert issuer("Samordningsförbundet Mitt Åsen", "Protokoll") == "Samordningsförbundet Mitt Åsen"
    assert place_key("Räddningstjänstförbundet Skärvsta") == "skärvsta"
    assert issuer("Socialnämnden", "Ängby kommun är sedan länge medlem i Vårdförbundet Norrsjön, som driver behandlingshem "
                  "och familjerådgivning för kommunerna i länet.", "Ängby kommun") == "Ängby kommun"


def test_a_letterhead_line_is_told_from_a_sentence() -> None:
    from ingest.issuer import is_issuer_name
    assert is_issuer_name("Bergsjö kommun") and is_issuer_name("Åsbacka kommun 2024-03-28")
    assert is_issuer_name("Barn- och utbildningsnämnden")
    assert is_issuer_name("Vård- och omsorgsnämnden Årsredovisning 2023 Söderviks kommun")
    assert not is_issuer_name("Åsbacka kommun hade 24 318 invånare 2023.")
    assert not is_issuer_name("Socialnämnden beslutar att godkänna rapporten.")


def test_a_board_named_by_an_adjective_is_told_from_a_verb_before_a_board() -> None:
    from ingest.issuer import board_names_in
    assert board_names_in("Vad beslutade tekniska nämnden?") == ("tekniska nämnden",)
    assert board_names_in("Allmänna utskottets protokoll") == ("allmänna utskottet",)
    # An infinitive follows "att" or a modal verb: "utveckla" and "minska" here are no boards' names.
    assert board_names_in("målet om att utveckla nämndens insatser") == ()
    assert board_names_in("Förvaltningen ska minska nämndens kostnader.") == ()


def test_a_letters_place_and_date_and_a_signature_for_a_body_are_told_from_sentences() -> None:
    from ingest.letterhead import is_signer
    from ingest.patterns import is_dateline
    # "Ort och datum" over a report's or motion's signature, in the forms Swedish letters write it.
    assert is_dateline("Ekby den 12 september 2025") and is_dateline("Västra Frölunda den 1 mars 2024.")
    assert is_dateline("Ekby, 2025-09-12") and is_dateline("Ekby, den 12/9 2025")
    # A label and its date is a fact, and a sentence with a date is a sentence.
    assert not is_dateline("Mätdatum 2023-11-30")
    assert not is_dateline("Nämnden beslutade den 3 maj 2023")
    assert is_signer("För Ekby kommuns revisorer Gunilla Ström, ordförande")
    assert is_signer("För socialnämnden Per Ek, förvaltningschef")
    assert not is_signer("För att nå målet krävs en ny ordförande")
    # A field's label before the name makes the line a field, not a signature.
    assert is_signer("Jonas Berglund Lokalvårdschef")
    assert not is_signer("Föredragande Jonas Berglund, lokalvårdschef")


def test_a_two_page_report_drops_the_lines_at_the_head_and_foot_of_both_pages(draw_pdf: Callable[..., Path]) -> None:
    """A two-page revisionsrapport (invented) with its title over both pages and its name, issuer and diarienummer
    under both: with two pages nothing can recur on three, yet both lines are the pages' furniture, not text."""
    pages = [[("h1", "Granskning av inköp"),
              ("body", "Revisorerna har granskat tekniska nämndens inköp."),
              ("body", "Av 40 granskade fakturor visade 9 en avvikelse.")],
             [("h2", "Rekommendationer"),
              ("body", "Revisorerna rekommenderar nämnden att följa upp avtalstroheten."),
              ("body", "Ekby den 12 september 2025")]]
    footer = "Revisionsrapport, Ekby kommuns förtroendevalda revisorer, REV 2025/7"
    parsed = read_document(draw_pdf("revisionsrapport.pdf", pages, header="Granskning av intern kontroll vid inköp",
                                    footer=footer, running_size=8))

    texts = [page.text for page in parsed.source.pages]
    assert len(texts) == 2
    assert not any("REV 2025/7" in t or "Granskning av intern kontroll" in t for t in texts)
    assert "Av 40 granskade fakturor visade 9 en avvikelse." in texts[0]
    assert "Revisorerna rekommenderar nämnden" in texts[1]
    # The lines at the head and foot that differ from page to page stay.
    assert texts[1].rstrip().endswith("Ekby den 12 september 2025")
    assert "Rekommendationer" in texts[1]


def _protokoll_with_a_running_header(path: Path) -> Path:
    """A protokoll as minute-taking systems print it (invented): 'SAMMANTRÄDESPROTOKOLL', the board and the meeting
    date in a header on every page, a field grid without the date (the header has it) whose Beslutande cell holds one
    name per line, the justering's own date, and § headings with the dnr right-aligned on the same line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    width, height = A4
    pdf = canvas.Canvas(str(path), pagesize=A4)
    y = height - 90

    def header(number: int) -> None:
        pdf.setFont("Helvetica", 8)
        pdf.drawString(56, height - 40, "Tallby kommun")
        pdf.drawRightString(width - 56, height - 40, "SAMMANTRÄDESPROTOKOLL")
        pdf.drawString(56, height - 50, "Kommunstyrelsen")
        pdf.drawRightString(width - 56, height - 50, "Sammanträdesdatum 2024-04-08")
        pdf.drawString(56, 30, "Justerandes signatur")
        pdf.drawRightString(width - 56, 30, f"Sida {number} av 3")

    def line(text: str, bold: bool = False, x: float = 56, step: float = 14, right: str | None = None) -> None:
        nonlocal y
        pdf.setFont("Helvetica-Bold" if bold else "Helvetica", 10)
        pdf.drawString(x, y, text)
        if right:
            pdf.drawRightString(width - 56, y, right)
        y -= step

    header(1)
    for key, values in (("Plats och tid", ["Kommunhuset, Stora salen, kl. 13.00–15.40"]),
                        ("Beslutande", ["Eva Holm (S), ordförande", "Per Lund (M)", "Sara Ek (C)", "Omar Aziz (V)"]),
                        ("Övriga närvarande", ["Karin Ström, kommundirektör", "Anders Vik, nämndsekreterare"]),
                        ("Utses att justera", ["Per Lund (M)"]), ("Justeringens plats och tid", ["Kommunhuset 2024-04-12"]),
                        ("Paragrafer", ["§§ 41–43"])):
        line(key, bold=True, step=0)
        for n, value in enumerate(values):
            line(value, x=190, step=14 if n + 1 < len(values) else 22)
    for number, (paragraph, dnr, title, decision) in enumerate((
            ("§ 41", "Dnr KS 2024/31", "Årsredovisning 2023", "Kommunstyrelsen godkänner årsredovisningen för 2023."),
            ("§ 42", "Dnr KS 2024/58", "Motion om laddstolpar", "Kommunstyrelsen föreslår fullmäktige att avslå motionen."),
            ("§ 43", "Dnr KS 2024/77", "Taxa för bygglov 2024", "Kommunstyrelsen återremitterar ärendet.")), start=2):
        if number > 2:
            line("", step=10)
        if number != 3:
            pdf.showPage()
            header(number)
            y = height - 90
        line(paragraph, bold=True, step=16, right=dnr)
        line(title, bold=True, step=20)
        line("Beslut", bold=True)
        line(decision, step=24)
    pdf.showPage()
    pdf.save()
    return path


def test_a_protokoll_whose_header_on_every_page_names_it(tmp_path: Path) -> None:
    parsed = read_document(_protokoll_with_a_running_header(tmp_path / "ks_protokoll_2024-04-08.pdf"))
    assert parsed.document_type == "protokoll" and parsed.title == "Protokoll kommunstyrelsen 2024-04-08"
    meeting = parsed.board.meeting
    # The date is the header's, not the justering's; each line of the Beslutande cell is a name.
    assert meeting.date == "2024-04-08" and meeting.committee == "Kommunstyrelsen"
    assert meeting.beslutande == ("Eva Holm (S)", "Per Lund (M)", "Sara Ek (C)", "Omar Aziz (V)")
    assert meeting.chair == "Eva Holm (S)" and meeting.justerare == ("Per Lund (M)",)
    assert meeting.secretary == "Anders Vik"
    assert [(i.paragraph, i.diarienummer) for i in parsed.board.items] == [
        ("41", "KS 2024/31"), ("42", "KS 2024/58"), ("43", "KS 2024/77")]
    assert parsed.board.items[2].outcome == "återremitterat"


# A protokoll as a meeting system exports it to the web (invented): <div>s and <span>s, no <p> or <table>, the
# Beslutande names separated by <br>, and a § heading with its diarienummer unlabelled ("§ 61 SN 2024/0088").
DIV_PROTOKOLL = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Protokoll Socialnämnden 2024-06-12</title></head>
<body><div class="header"><span class="org">Björkviks kommun</span><br><span class="doctype">Sammanträdesprotokoll</span></div>
<div class="meta"><div class="row"><span class="label">Sammanträdande organ</span><span class="value">Socialnämnden</span></div>
<div class="row"><span class="label">Datum</span><span class="value">2024-06-12</span></div>
<div class="row"><span class="label">Tid</span><span class="value">08.30–11.45</span></div>
<div class="row"><span class="label">Plats</span><span class="value">Stadshuset, sammanträdesrum Ekorren</span></div>
<div class="row"><span class="label">Beslutande</span><span class="value">Johan Sjö (S), ordförande<br>Maria Lind (M)<br>Peter Ek (SD)<br>Anna Karlsson (L)</span></div>
<div class="row"><span class="label">Justerare</span><span class="value">Maria Lind (M)</span></div>
<div class="row"><span class="label">Sekreterare</span><span class="value">Helena Björk</span></div></div>
<div class="paragraph"><div class="ph">§ 61 <span class="dnr">SN 2024/0088</span></div><div class="title">Ekonomisk uppföljning maj 2024</div>
<div class="section"><strong>Beslut</strong><br>Socialnämnden godkänner den ekonomiska uppföljningen för maj 2024.</div>
<div class="section"><strong>Sammanfattning av ärendet</strong><br>Socialnämnden prognostiserar ett underskott på 11,3 miljoner kronor för 2024. Underskottet beror främst på ökade kostnader för placeringar av barn och unga.</div></div>
<div class="paragraph"><div class="ph">§ 62 <span class="dnr">SN 2024/0102</span></div><div class="title">Remissvar om ny socialtjänstlag</div>
<div class="section"><strong>Beslut</strong><br>Socialnämnden antar förvaltningens förslag till remissvar och skickar det till kommunstyrelsen.</div></div>
</body></html>"""


def test_a_web_exported_protokoll_of_divs_with_unlabelled_diarienummer(tmp_path: Path) -> None:
    path = tmp_path / "sn_protokoll_2024-06-12.html"
    path.write_text(DIV_PROTOKOLL, encoding="utf-8")
    parsed = read_document(path)
    assert parsed.document_type == "protokoll" and parsed.municipality == "Björkviks kommun"
    meeting = parsed.board.meeting
    assert (meeting.date, meeting.time, meeting.place) == ("2024-06-12", "08:30–11:45", "Stadshuset, sammanträdesrum Ekorren")
    assert meeting.chair == "Johan Sjö (S)" and meeting.secretary == "Helena Björk"
    assert meeting.beslutande == ("Johan Sjö (S)", "Maria Lind (M)", "Peter Ek (SD)", "Anna Karlsson (L)")
    assert [(i.paragraph, i.title, i.diarienummer) for i in parsed.board.items] == [
        ("61", "Ekonomisk uppföljning maj 2024", "SN 2024/0088"), ("62", "Remissvar om ny socialtjänstlag", "SN 2024/0102")]


@pytest.mark.parametrize(("name", "text", "kind", "title"), [
    # A letterhead set as a small heading above the title: the most prominent heading of the opening is the title.
    ("revision.md", "### Kvarnby kommun Kommunens revisorer\n\n# Granskning av bygglovshandläggningen\n\n"
     "Revisionsrapport 2025.\n\nRevisorerna har granskat byggnadsnämndens handläggning av bygglov under 2024 och "
     "2025 och bedömer att handläggningen i huvudsak fungerar men att tidsfristerna inte alltid hålls.\n",
     "rapport", "Granskning av bygglovshandläggningen 2025"),
    # A text export joins the letterhead and the title on one line; a verksamhetsplan is a plan.
    ("valnamnd.txt", "LUNDBY KOMMUN\nValnämnden\nVerksamhetsplan och internbudget 2026\nDnr VN 2025/19\n\n"
     "Valnämnden ansvarar för genomförandet av val och folkomröstningar i kommunen. Under 2026 genomförs val till "
     "riksdag, region- och kommunfullmäktige, och nämnden planerar för fler förtidsröstningslokaler än 2022.\n",
     "plan", "Verksamhetsplan och internbudget 2026"),
    # A title in capitals is set in the case of running text; a year it names is not added again.
    ("manad.txt", "NORRBY KOMMUN Barn- och utbildningsnämnden\nMÅNADSUPPFÖLJNING MARS 2025 Ekonomiskt utfall\n\n"
     "Nämnden prognostiserar ett underskott om 2,1 mnkr för 2025, främst inom grundskolan där elevantalet ökat mer "
     "än budgeterat, medan förskolan visar ett överskott till följd av vakanser under våren 2026.\n",
     "månadsrapport", "Månadsuppföljning mars 2025 Ekonomiskt utfall"),
])
def test_a_reports_title_is_its_own_line_not_its_letterhead(tmp_path: Path, name: str, text: str, kind: str,
                                                             title: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    parsed = read_document(path)
    assert (parsed.document_type, parsed.title) == (kind, title)


KALLELSE_WITH_CONSEQUENCES = """# Kallelse barn- och utbildningsnämnden

Ängsby kommun

Datum: 2026-02-17

## Föredragningslista

1. Val av justerare
2. Revidering av riktlinjer för skolskjuts, Dnr BUN 2025/00187-6.1

## Revidering av riktlinjer för skolskjuts

Diarienummer: BUN 2025/00187-6.1

### Ärendebeskrivning

Förvaltningen föreslår att avståndsgränsen för årskurs 4–6 sänks från 3,5 km till 3 km.

### Konsekvenser för barn

En sänkt avståndsgräns ökar trafiksäkerheten för yngre elever.

### Förslag till beslut

Barn- och utbildningsnämnden beslutar att anta reviderade riktlinjer för skolskjuts.
"""


def test_a_template_section_above_the_proposal_is_no_arende_of_its_own(tmp_path: Path) -> None:
    """"Konsekvenser för barn" right above "Förslag till beslut" (the consequence headings of the tjänsteskrivelse
    templates; invented kallelse) is a section of the ärende, so the proposal stays the ärende's, under its
    classified diarienummer; the number's classification code is no part of the title."""
    parsed = _read(tmp_path, "kallelse_bun.md", KALLELSE_WITH_CONSEQUENCES)
    proposal = next(c for c in parsed.chunks if c.text.startswith("Barn- och utbildningsnämnden beslutar"))
    assert proposal.section_path[-2:] == ("Revidering av riktlinjer för skolskjuts", "Förslag till beslut")
    assert proposal.diarienummer == "BUN 2025/00187-6.1"
    [item] = [i for i in parsed.board.items if i.diarienummer]
    assert (item.title, item.diarienummer) == ("Revidering av riktlinjer för skolskjuts", "BUN 2025/00187-6.1")
    assert item.proposal is not None and "anta reviderade riktlinjer" in item.proposal.text


def test_a_letterhead_line_of_type_and_date_names_a_tjansteskrivelse() -> None:
    """A text export joins a letterhead's columns into one line ("TJÄNSTESKRIVELSE 2025-10-20 Dnr …"; invented)."""
    from ingest.structure import classify

    opening = "Hej!\nHär kommer tjänsteskrivelsen.\nFURUHAMRA KOMMUN\nTJÄNSTESKRIVELSE 2025-10-20 Dnr 2025/412 - 042\n"
    assert classify("Revidering av taxa", opening) == "tjänsteskrivelse"
    assert classify("Om skolskjutsen", "Tjänsteskrivelsen 2025-10-20 beskriver läget.") != "tjänsteskrivelse"


def test_a_markdown_exports_front_matter_is_read_as_its_fields(tmp_path: Path) -> None:
    """A wiki's markdown export opens with YAML front matter. Read as one paragraph, its lines ran together: the
    wiki path's last part before the next field's label ("…/Personalutskottet" over "kommun: Ekbacka kommun") was
    read as the issuer "Personalutskottet kommun", and the fields stood as a sentence an answer could quote. They
    are the document's fields: a grid of label and value, one fact each."""
    head = ("---\ntitle: \"Protokoll Personalutskottet 2025-10-14\"\n"
            "wiki_space: Politik/Kommunstyrelsen/Personalutskottet\nkommun: Ekbacka kommun\ndatum: 2025-10-14\n---\n\n")
    body = ("# Protokoll\n\nPersonalutskottet sammanträdde i Kommunhuset.\n\n## § 12 Lönekartläggning 2025\n\n"
            "Personalutskottet beslutar att godkänna lönekartläggningen 2025. Den omfattar 1 240 anställda.\n")
    parsed = _read(tmp_path, "personalutskottet.md", head + body)
    assert parsed.municipality == "Ekbacka kommun", parsed.municipality
    assert parsed.committee == "Personalutskottet", parsed.committee
    assert parsed.title.lower().startswith("protokoll personalutskottet"), parsed.title
    facts = {c.fact for c in parsed.chunks if c.fact}
    assert any("kommun: Ekbacka kommun" in f for f in facts), facts
    assert not any("wiki_space" in c.text and "kommun" in c.text for c in parsed.chunks if c.kind == "text")


def test_an_html_agendas_line_above_an_empty_cell_stays_in_a_passage(tmp_path: Path) -> None:
    """A meeting portal's agenda as an HTML table: each item's cell holds its summary and "Föredragande: …", the next
    cell its documents as a list. The reader leaves an empty table between them; taken for a table, it took the
    presenter's line as its caption and emitted neither, so no passage said who presents the item."""
    item = ("<tr><td>{nr}</td><td><a href='#'>{title}</a> <span>{dnr}</span>\n<p>{text}</p>\n"
            "<p class='foredragande'>Föredragande: {who}</p>\n</td>\n"
            "<td class='handlingar'><ul><li>Tjänsteskrivelse (PDF, 201 kB)</li></ul></td></tr>\n")
    page = ("<html><body><h1>Kallelse</h1><p>Ekbacka kommun</p><p>Bygg- och miljönämnden, 27 januari 2026</p>\n"
            "<h2>Föredragningslista</h2>\n<table>\n<tr><th>Nr</th><th>Ärende</th><th>Handlingar</th></tr>\n"
            "<tr><td>1</td><td>Val av justerare och tid för justering</td><td></td></tr>\n"
            + item.format(nr=2, title="Ekonomisk rapport – bokslut 2025", dnr="BMN 2026/004", who="Sofie Lind, ekonom",
                          text="Det preliminära resultatet redovisas muntligt. Prognosen i november var ett överskott "
                               "på 0,6 mnkr.")
            + item.format(nr=3, title="Taxa för tillsyn 2026", dnr="BMN 2025/402", who="Johan Ekstam, miljöchef",
                          text="Timavgiften föreslås höjas från 1 290 kronor till 1 380 kronor.")
            + "</table></body></html>")
    parsed = _read(tmp_path, "kallelse.html", page)
    texts = "\n".join(c.text for c in parsed.chunks)
    for line in ("Föredragande: Sofie Lind, ekonom", "Föredragande: Johan Ekstam, miljöchef"):
        assert line in texts, (line, texts)
    assert all(c.text.strip() for c in parsed.chunks)


def test_a_table_row_read_as_a_line_of_text_is_no_heading(tmp_path: Path) -> None:
    """A PDF's small table of one figure per row comes out of the text layer as lines; a short one over a longer line
    was promoted to a heading ("Nattpatrullen 380"), so its figure stood in no passage. A line ending in a figure is a
    fact; a year or a short number still ends a heading ("Tertialrapport 2 2025", "Bilaga 3")."""
    text = ("# Delårsrapport januari–augusti 2025\n\n## Hemtjänstens avvikelse per grupp\n\n"
            "Hemtjänst Centrum (860)\n\nNattpatrullen 380\n\n"
            "Summa hemtjänst (4 700), negativa belopp inom parentes, enligt prognosen för helåret.\n\n"
            "Tertialrapport 2 2025\n\nNämndens prognos för helåret 2025 är ett underskott om 4,6 mnkr.\n")
    parsed = _read(tmp_path, "delarsrapport.md", text)
    texts = "\n".join(c.text for c in parsed.chunks)
    assert "Nattpatrullen 380" in texts, texts
    assert not any("Nattpatrullen" in " ".join(s.path) for s in parsed.sections)
    assert any("Tertialrapport 2 2025" in s.path for s in parsed.sections), [s.path for s in parsed.sections]


def test_a_meeting_portals_items_are_passages_with_their_number_and_presenter(tmp_path: Path) -> None:
    """Each agenda item a meeting portal prints ("3. Internpriser för lokalvård 2026" over "Diarienummer 2025-000152"
    and "Föredragande Jonas Berglund, lokalvårdschef") is a passage of its own under its title, the presenter line in
    its text: a field without its colon is no heading, and a numbered item over a line that is only a diarienummer
    is one, and the line above it no heading."""
    from tests.documents import PORTAL_KALLELSE
    parsed = _read(tmp_path, "granaker_tn_kallelse_2026-02-17.html", PORTAL_KALLELSE)
    item = [c for c in parsed.chunks if c.section_path and c.section_path[-1] == "3. Internpriser för lokalvård 2026"]
    assert item, [c.section_path for c in parsed.chunks]
    text = "\n".join(c.text for c in item)
    assert "2025-000152" in text and "Föredragande Jonas Berglund, lokalvårdschef" in text, text
    assert "2025-000163" not in text and "2025-000140" not in text, text
    assert not any("Föredragande" in part for s in parsed.sections for part in s.path), [s.path for s in parsed.sections]
    # The last attachment listed under an item, right above the next item's number, is text of a passage, not a
    # heading over nothing.
    texts = "\n".join(c.text for c in parsed.chunks)
    assert "Bilaga Taxetabell.pdf" in texts, texts


# An internal control plan's follow-up as a landscape table in body print: each row's cells wrap into lines of their
# own (top-aligned), a one-line cell stands at the middle of its row, a bold header names the columns.
_CONTROL_COLUMNS = (40, 62, 150, 300, 380, 560, 680)
_CONTROL_HEADER = ("Nr", "Process / rutin", "Risk", "Sannolikhet", "Kontrollmoment och metod", "Ansvarig", "Resultat")
_CONTROL_ROWS = (
    ("1", ("Ekonomi –", "leverantörsfakturor"),
     ("Fakturor betalas två gånger", "när samma faktura registreras", "både på papper och som e-faktura."),
     ("2 – Mindre", "sannolik"), ("Stickprov på 30 fakturor från", "mars 2025: kontroll av", "dubbletter i reskontran."),
     ("Anna Berg,", "ekonom"), "Ingen avvikelse"),
    ("2", ("Inköp –", "avtalstrohet"),
     ("Inköp görs utanför avtal, vilket", "kan leda till högre priser och", "en otillåten direktupphandling."),
     ("3 – Möjlig",), ("Stickprov på 20 inköp över", "50 000 kronor under", "april–juni 2025."),
     ("Johan Ek,", "inköpare"), "Avvikelse"),
    ("3", ("Fordon –", "körjournaler"),
     ("Bilarna används privat eller utan", "att resorna förs in i", "körjournalen."),
     ("2 – Mindre", "sannolik"), ("Kontroll av körjournaler för", "8 av 30 bilar i oktober 2025."),
     ("Per Lind,", "fordonschef"), "Avvikelse"),
)


def _control_plan_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=landscape(A4))
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(40, 540, "Uppföljning av internkontrollplan 2025")
    pdf.setFont("Helvetica", 8)
    for k, line in enumerate(("Tekniska nämnden antog internkontrollplanen för 2025 i december 2024. Planen har tre "
                              "kontrollmoment, och två av dem visade avvikelser.",
                              "Uppföljningen redovisas för nämnden i januari 2026 och lämnas sedan till "
                              "kommunstyrelsen.")):
        pdf.drawString(40, 515 - 10 * k, line)
    y = 480.0
    pdf.setFont("Helvetica-Bold", 8)
    for x, head in zip(_CONTROL_COLUMNS, _CONTROL_HEADER, strict=True):
        pdf.drawString(x, y, head)
    y -= 18
    pdf.setFont("Helvetica", 8)
    for nr, *cells, result in _CONTROL_ROWS:
        height = max(len(cell) for cell in cells)
        for x, cell in zip(_CONTROL_COLUMNS[1:-1], cells, strict=True):
            for k, part in enumerate(cell):
                pdf.drawString(x, y - 10 * k, part)
        for x, one in ((_CONTROL_COLUMNS[0], nr), (_CONTROL_COLUMNS[-1], result)):
            pdf.drawString(x, y - 10 * (height // 2), one)
        y -= 10 * height + 8
    pdf.drawString(40, y - 6, "Övriga kontroller gav inga anmärkningar och redovisas i bilaga 2 till denna uppföljning.")
    pdf.showPage()
    pdf.save()
    return path


def test_a_table_of_wrapped_word_cells_in_body_print_is_read_row_by_row(tmp_path: Path) -> None:
    """A follow-up of an internal control plan: a table in the body's print whose word cells wrap into several lines.
    Its bold header was read over rows of one line each, and a cell's last lines ("en otillåten direktupphandling.",
    "3 – Möjlig") were lost. Read as a table whose rows are told by the space between them, each row is one fact with
    its cells under their column names. (The page is still taken for two columns of prose at the "Kontrollmoment"
    column's edge, so the table is read as two halves, each whole; reading it as one cost a measurement probe a
    refusal — README, ablation table.)"""
    parsed = read_document(_control_plan_pdf(tmp_path / "uppfoljning_internkontroll.pdf"))
    facts = [c.fact for c in parsed.chunks if c.kind == "table_row" and c.fact]
    risk = next((f for f in facts if "Nr 2;" in f), "")
    assert "Process / rutin Inköp – avtalstrohet" in risk, facts
    assert "Risk Inköp görs utanför avtal, vilket kan leda till högre priser och en otillåten direktupphandling." \
        in risk and "Sannolikhet 3 – Möjlig" in risk, risk
    control = next((f for f in facts if "Johan Ek" in f), "")
    assert "Stickprov på 20 inköp över 50 000 kronor under april–juni 2025." in control, facts
    assert "Ansvarig Johan Ek, inköpare" in control and "Resultat Avvikelse" in control, control
    # The line under the table is text of its own, not a cell.
    assert not any("Övriga kontroller" in f for f in facts), facts
    assert any("Övriga kontroller gav inga anmärkningar" in c.text for c in parsed.chunks if c.kind == "text")
