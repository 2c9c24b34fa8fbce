"""The tjänsteskrivelse's handläggare, date and "beslutet skickas till", read from a kallelse's letterheads: the
shared packets (text and PDF agree) and an invented packet in another municipality's layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.models import BoardItem
from ingest.pipeline import read_document

SHARED = Path(__file__).resolve().parents[3] / "shared"


def _items(path: Path) -> dict[str, BoardItem]:
    parsed = read_document(path)
    assert parsed.board is not None and parsed.board.kind == "kallelse"
    return {i.number or "": i for i in parsed.board.items}


@pytest.mark.parametrize("folder, suffix", [("corpus", "txt"), ("corpus-pdf", "pdf")])
def test_letterheads_of_the_shared_kallelser(folder: str, suffix: str) -> None:
    items = _items(SHARED / folder / f"001_dd2203c0605088ab.{suffix}")
    # "Vår handläggare / Julia LindbergHandläggare telefon": the name glued to the next label in the export.
    budget = items["6"]
    assert (budget.handlaggare, budget.date, budget.skickas_till) == ("Julia Lindberg", "2023-02-13", ("Akten",))
    report = items["9"]
    assert (report.handlaggare, report.date) == ("Matilda Johansson", "2023-02-13")
    assert report.skickas_till == ("Kommunfullmäktige", "Revisorerna", "Akten")  # one recipient per line
    # The first ärende follows the agenda without a letterhead: nothing is invented for it.
    assert items["5"].handlaggare is None and items["5"].skickas_till == ("Kommunstyrelsen", "Akten")
    assert items["11"].skickas_till == ("Kommunledningsförvaltningen", "Akten")  # the next document's title is not
    assert items["4"].sekretess and items["4"].handlaggare is None and not items["4"].skickas_till


@pytest.mark.parametrize("folder, suffix", [("corpus", "txt"), ("corpus-pdf", "pdf")])
def test_letterhead_of_the_2018_packet(folder: str, suffix: str) -> None:
    items = _items(SHARED / folder / f"000_6424b87df5d164a5.{suffix}")
    plan = items["17"]
    assert (plan.handlaggare, plan.date, plan.skickas_till) == ("Ola Nordqvist", "2018-08-07", ("Akten",))
    assert items["18"].date == "2018-07-30" and items["18"].skickas_till == ("Kommunstyrelsen", "Akt")


def test_kallelse_text_and_pdf_agree() -> None:
    for name in ("000_6424b87df5d164a5", "001_dd2203c0605088ab", "004_89afa5b7fa4a89ee"):
        text, pdf = _items(SHARED / "corpus" / f"{name}.txt"), _items(SHARED / "corpus-pdf" / f"{name}.pdf")
        assert {k: (i.handlaggare, i.date, i.skickas_till) for k, i in text.items()} == \
            {k: (i.handlaggare, i.date, i.skickas_till) for k, i in pdf.items()}


INVENTED = """\
SJÖVIKS KOMMUN

# Kallelse

**Barn- och utbildningsnämnden**

Tid: onsdagen den 8 mars 2023 kl. 14.00

## Föredragningslista

1. Upprop
2. Skolskjuts, riktlinjer, Dnr BUN 2023/14
3. Lokalförsörjningsplan, Dnr BUN 2022/301

Barn- och utbildningsförvaltningen
Handläggare: Per-Erik af Klint, utredare
Datum: 14 februari 2023
Diarienummer: BUN 2023/14

## Skolskjuts, riktlinjer

### Förslag till beslut

Barn- och utbildningsnämnden antar riktlinjer för skolskjuts.

### Ärendebeskrivning

Riktlinjerna har setts över efter ändrad lagstiftning.

Expedieras till: Skolskjutsenheten; Kommunstyrelsen samt akten

**Tjänsteskrivelse**Datum 2023-01-30Dnr BUN 2022/301Vår handläggare Sara Öberg-LindTelefon 0480-100 00

## Lokalförsörjningsplan

### Förslag till beslut

Barn- och utbildningsnämnden godkänner lokalförsörjningsplanen.

Beslutet expedieras till:

Samhällsbyggnadsförvaltningen

Akten
"""


def test_an_invented_letterhead_in_another_layout(tmp_path: Path) -> None:
    path = tmp_path / "kallelse-bun.md"
    path.write_text(INVENTED, encoding="utf-8")
    items = _items(path)
    first = items["2"]
    assert (first.handlaggare, first.date) == ("Per-Erik af Klint", "2023-02-14")
    assert first.skickas_till == ("Skolskjutsenheten", "Kommunstyrelsen", "Akten")
    second = items["3"]
    assert (second.handlaggare, second.date) == ("Sara Öberg-Lind", "2023-01-30")  # every field glued to the next
    assert second.skickas_till == ("Samhällsbyggnadsförvaltningen", "Akten")


def test_a_recipient_named_x_och_y_is_one_board() -> None:
    """"Barn- och utbildningsnämnden" is one board, not "Barn" and "Utbildningsnämnden" (invented list)."""
    from ingest.letterhead import recipients

    assert recipients(["Barn- och utbildningsnämnden, Kommunstyrelsen och akten",
                       "Vård- och omsorgsförvaltningen samt ekonomienheten"]) == (
        "Barn- och utbildningsnämnden", "Kommunstyrelsen", "Akten", "Vård- och omsorgsförvaltningen", "Ekonomienheten")


def test_a_word_letterhead_of_labels_over_values_is_read_column_by_column() -> None:
    """A Word template's letterhead table (invented): a row of labels over a row of their values, the first cell
    of the value row blank."""
    from ingest.letterhead import read_letterhead
    from ingest.models import Block

    blocks = [Block("table", "Tjänsteskrivelse\tDatum\tDiarienummer\n2024-08-12\tMBN 2024-000312", 1, 1, 2,
                    rows=(("Tjänsteskrivelse", "Datum", "Diarienummer"), ("", "2024-08-12", "MBN 2024-000312"))),
              Block("paragraph", "Handläggare: Sara Lund", 1, 3, 3),
              Block("heading", "Tillsynsplan för livsmedelskontroll 2025", 1, 4, 4, level=1),
              Block("heading", "Förslag till beslut", 1, 5, 5, level=2)]
    letterhead = read_letterhead(blocks, 2, len(blocks))
    assert letterhead.date == "2024-08-12" and letterhead.handlaggare == "Sara Lund", letterhead
    assert letterhead.diarienummer == "MBN 2024-000312", letterhead


def test_a_tjansteskrivelse_published_as_html_on_its_own(tmp_path: Path) -> None:
    """A tjänsteskrivelse exported as a web page (invented): the letterhead a two-column table of fields above the
    heading, the proposal a lead-in sentence over a list of att-clauses. The lead-in is the proposal's first line,
    not a heading that would hide the proposal; the letterhead gives the handläggare, the date and the diarienummer."""
    path = tmp_path / "tn_tjansteskrivelse.html"
    path.write_text(
        "<html><head><title>Tjänsteskrivelse</title></head><body><header><div>Ekeby kommun</div>"
        "<table><tr><td>Handläggare</td><td>Sanna Ek, färdtjänsthandläggare</td></tr>"
        "<tr><td>Datum</td><td>2025-09-15</td></tr><tr><td>Diarienummer</td><td>TN 2025/0284</td></tr>"
        "<tr><td>Mottagare</td><td>Tekniska nämnden</td></tr></table></header>"
        "<h1>TJÄNSTESKRIVELSE</h1><h2>Nya avgifter för färdtjänst från och med 2026</h2>"
        "<h3>Förslag till beslut</h3><p>Tekniska nämnden föreslår kommunfullmäktige besluta</p>"
        "<ol><li>att anta nya egenavgifter för färdtjänst enligt tabell 1,</li>"
        "<li>att de nya avgifterna ska gälla från och med den 1 januari 2026.</li></ol>"
        "<h3>Sammanfattning</h3><p>Avgifterna har inte ändrats sedan 2022 och föreslås nu höjas med 5 till 30 kronor "
        "per enkelresa.</p></body></html>", encoding="utf-8")
    parsed = read_document(path)
    assert parsed.board is not None and parsed.board.kind == "tjänsteskrivelse", parsed.board
    (item,) = parsed.board.items
    assert (item.handlaggare, item.date, item.diarienummer) == ("Sanna Ek", "2025-09-15", "TN 2025/0284"), item
    assert item.proposal is not None and item.proposal.text.startswith("Tekniska nämnden föreslår kommunfullmäktige "
                                                                       "besluta\n- att anta nya egenavgifter"), item


def test_a_word_tjansteskrivelse_whose_letterhead_table_names_the_municipality_above_its_labels(tmp_path: Path) -> None:
    """A Word template (invented): the letterhead table's first row is the municipality and "TJÄNSTESKRIVELSE", the
    labels under it, their values under them. The file is a tjänsteskrivelse (its text names reports later: "att
    återrapportera" made it a report), with its handläggare, date and diarienummer."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for r, cells in enumerate((("EKEBY KOMMUN\nSocialförvaltningen", "", "TJÄNSTESKRIVELSE"),
                               ("Handläggare", "Datum", "Diarienummer"),
                               ("Camilla Rehn\nEnhetschef familjehem", "2025-09-02", "SN/2025:143"))):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    document.add_heading("Förstärkt familjehemsvård", level=1)
    document.add_heading("Förslag till beslut", level=2)
    document.add_paragraph("Socialförvaltningen föreslår att socialnämnden beslutar")
    document.add_paragraph("att familjehemsenheten utökas med 2,0 årsarbetare, samt", style="List Bullet")
    document.add_paragraph("att uppdra åt förvaltningen att återrapportera utfallet i september 2026.", style="List Bullet")
    document.add_heading("Sammanfattning", level=2)
    document.add_paragraph("Kostnaderna för köpt vård för barn och unga har ökat kraftigt de senaste åren.")
    path = tmp_path / "sn_tjansteskrivelse.docx"
    document.save(path)
    parsed = read_document(path)
    assert parsed.document_type == "tjänsteskrivelse", parsed.document_type
    (item,) = parsed.board.items
    assert (item.handlaggare, item.date, item.diarienummer) == ("Camilla Rehn", "2025-09-02", "SN/2025:143"), item


def test_a_meeting_systems_html_kallelse_with_a_table_head_and_body(tmp_path: Path) -> None:
    """An HTML kallelse (invented) whose agenda table has <thead> and <tbody>, and whose letterhead gives the meeting
    as "Datum och tid": every agenda item is read under the header, and the meeting has its date and time."""
    path = tmp_path / "ks_kallelse.html"
    path.write_text(
        "<html><body><p>Ekeby kommun</p><p>Kommunstyrelsen</p><h1>Kallelse</h1>"
        "<table><tr><td>Datum och tid</td><td>Tisdagen den 3 mars 2026 kl. 08.30</td></tr>"
        "<tr><td>Plats</td><td>Sessionssalen, Stadshuset</td></tr></table>"
        "<h2>Föredragningslista</h2><table>\n<thead>\n<tr><th>Nr</th><th>Ärende</th><th>Dnr</th>"
        "<th>Föredragande</th></tr>\n</thead>\n<tbody>\n"
        "<tr><td>1</td><td>Val av justerare</td><td></td><td>Ordföranden</td></tr>\n"
        "<tr><td>2</td><td>Årsredovisning 2025</td><td>KS 2026/12</td><td>Ekonomichef Eva Lind</td></tr>\n"
        "<tr><td>3</td><td>Internkontrollplan 2026</td><td>KS 2026/24</td><td>Controller Per Ek</td></tr>\n"
        "</tbody></table></body></html>", encoding="utf-8")
    parsed = read_document(path)
    assert parsed.document_type == "kallelse" and parsed.board is not None
    meeting = parsed.board.meeting
    assert (meeting.date, meeting.time, meeting.place) == ("2026-03-03", "08:30", "Sessionssalen, Stadshuset"), meeting
    assert [(i.number, i.title, i.diarienummer) for i in parsed.board.items] == [
        ("1", "Val av justerare", None), ("2", "Årsredovisning 2025", "KS 2026/12"),
        ("3", "Internkontrollplan 2026", "KS 2026/24")], parsed.board.items


def test_a_letterhead_of_two_columns_on_a_later_page_is_no_table(tmp_path: Path) -> None:
    """A kallelse PDF with a tjänsteskrivelse appended (invented): its letterhead a box of fields in two columns
    ("Ekeby kommun | TJÄNSTESKRIVELSE 2026-01-22", "Diarienummer: …", "Handläggare: … | Barn- och
    utbildningsnämnden"). The fields are read as the letterhead's lines: none becomes a table row (a fact that
    answered questions about the ärende's decision), the ärende keeps its diarienummer and its handläggare."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "bun_kallelse_2026-02-17.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)

    def text(x: float, y: float, value: str, bold: bool = False, size: float = 10) -> None:
        pdf.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        pdf.drawString(x, y, value)

    text(56, 780, "KALLELSE", True, 14)
    text(56, 750, "Barn- och utbildningsnämnden kallas till sammanträde tisdagen den 17 februari 2026 kl. 13.00.")
    text(56, 720, "Föredragningslista", True, 12)
    text(56, 700, "1. Val av justerare")
    text(56, 685, "2. Revidering av riktlinjer för skolskjuts, BUN 2025/00187-6.1")
    pdf.showPage()
    pdf.rect(50, 730, 495, 70)
    for x, y, value in ((56, 785, "Ekeby kommun"), (330, 785, "TJÄNSTESKRIVELSE 2026-01-22"),
                        (56, 770, "Barn- och utbildningsförvaltningen"), (330, 770, "Diarienummer: BUN 2025/00187-6.1"),
                        (56, 755, "Handläggare: Petra Sand, skolskjutssamordnare"), (330, 755, "Barn- och utbildningsnämnden")):
        text(x, y, value)
    text(56, 700, "Revidering av riktlinjer för skolskjuts", True, 14)
    text(56, 675, "Förslag till beslut", True, 11)
    text(56, 660, "Barn- och utbildningsnämnden beslutar att anta reviderade riktlinjer för skolskjuts.")
    text(56, 635, "Ärendebeskrivning", True, 11)
    text(56, 620, "Under 2025 hade 1 238 elever rätt till skolskjuts och kostnaden uppgick till 14 870 tkr.")
    pdf.showPage()
    pdf.save()

    parsed = read_document(path)
    assert not [c.fact for c in parsed.chunks if c.kind in ("table_row", "field")], [c.fact for c in parsed.chunks]
    assert any("Diarienummer: BUN 2025/00187-6.1" in c.text for c in parsed.chunks if c.kind == "text")
    item = next(i for i in parsed.board.items if "skolskjuts" in i.title)
    assert item.diarienummer == "BUN 2025/00187-6.1" and item.handlaggare == "Petra Sand", item


@pytest.mark.parametrize("title", [
    "Revidering av taxa för serveringstillstånd",
    # too long to be read as a heading: the ärende is the line all the same, "TJÄNSTESKRIVELSE" above it is not
    "Revidering av taxa för prövning och tillsyn av serveringstillstånd samt för försäljning av tobak och folköl",
])
def test_a_text_export_whose_letterhead_fields_are_aligned_by_spaces(tmp_path: Path, title: str) -> None:
    """A tjänsteskrivelse exported as text (invented): its letterhead fields aligned in two columns by spaces
    ("Datum:          2025-09-02"). They are the letterhead's lines, not a table whose title would be
    "TJÄNSTESKRIVELSE": the ärende is the line under them, with its diarienummer and its proposal."""
    path = tmp_path / "sn_taxa.txt"
    path.write_text(
        "EKEBY KOMMUN\nSocialförvaltningen, Tillståndsenheten\n\nTJÄNSTESKRIVELSE\n"
        "Datum:          2025-09-02\nDiarienummer:   SN 2025/0214-706\n"
        "Handläggare:    Therese Blom, tillståndshandläggare\nMottagare:      Socialnämnden\n\n"
        f"{title}\n\nFÖRSLAG TILL BESLUT\n"
        "Socialnämnden föreslår kommunfullmäktige besluta att anta reviderad taxa från och med 2026-01-01.\n\n"
        "SAMMANFATTNING\nAvgifterna har inte ändrats sedan 2021 och täcker i dag 81 procent av kostnaderna.\n",
        encoding="utf-8")
    parsed = read_document(path)
    assert not [c for c in parsed.chunks if c.kind in ("table_row", "field")], [c.fact for c in parsed.chunks]
    (item,) = parsed.board.items
    assert item.title == title, item
    assert item.diarienummer == "SN 2025/0214-706" and item.proposal is not None, item
