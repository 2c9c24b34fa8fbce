"""Gäddvika kommun – tekniska nämndens arbetsutskott, protokoll 2025-10-14. PDF via reportlab.

Layout: the classic **"marginal" protokoll**. Every § is a borderless two-column table: a narrow left column
(≈ 34 mm) holds "§ 31" and "Dnr 2025/212" on two lines, and later in the § the labels "Beslut", "Yrkanden",
"Beslutsgång", "Reservation" and "Protokollsanteckning"; the wide right column holds the bold title and the text.
Each row of the two columns is **aligned at the top** (VALIGN TOP), so a text extractor that reads line by line
may interleave the margin labels with the first lines of the text. A running header (municipality,
SAMMANTRÄDESPROTOKOLL, board, date, "Sida N av M") and a footer "Justerandes signatur | Utdragsbestyrkande" on
every page; a label/value grid on page 1.
"""
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, PageTemplate, Paragraph, Spacer, Table, TableStyle)

from common import out_dir, register_liberation, sv_int

FILE = "gaddvika_tnau_protokoll_2025-10-14.pdf"
DATE = "2025-10-14"
N_PAGES = 2

MEMBERS = [("Tomas Ekvall", "S", "ordförande"), ("Lena Öhrn", "M", "vice ordförande"), ("Patrik Salo", "C", ""),
           ("Jessica Dahl", "SD", ""), ("Mats Hedin", "S", "")]
NEJ = ["Jessica Dahl"]
JA = [m[0] for m in MEMBERS if m[0] not in NEJ]
assert (len(JA), len(NEJ)) == (4, 1)

PARK_OLD, PARK_NEW = 450, 550
LED_PRIS, LED_ARMATURER = 3_840_000, 1_260
ANBUD = [("Ljusbolaget Norrsken AB", 3_840_000, 92), ("Elteknik i Gäddvika AB", 4_115_000, 88),
         ("Nordisk Belysningsservice AB", 4_390_000, 79)]
assert min(a[1] for a in ANBUD) == LED_PRIS
# gata och park jan–sep, tenths of mnkr
UTF_2025, UTF_2024, BUDGET_JS, PROGNOS = 284, 269, 276, -12
EL, STORM, OVRIGT = -5, -6, -1
assert EL + STORM + OVRIGT == PROGNOS
DELEG = {"schakttillstånd": 23, "TA-planer": 14, "upplåtelse av offentlig plats": 5}
assert sum(DELEG.values()) == 42

register_liberation()
F, FB = "LibSans", "LibSans-Bold"
S_B = ParagraphStyle("b", fontName=F, fontSize=10, leading=13.2, spaceAfter=5)
S_T = ParagraphStyle("t", fontName=FB, fontSize=11.5, leading=14.5, spaceAfter=5)
S_M = ParagraphStyle("m", fontName=F, fontSize=9.5, leading=13.2)
S_MB = ParagraphStyle("mb", fontName=FB, fontSize=10, leading=13.2)
S_BUL = ParagraphStyle("bul", parent=S_B, leftIndent=12, bulletIndent=2)
LEFT_W, RIGHT_W = 34 * mm, 136 * mm


def rows_for(nr, dnr, title, blocks):
    """blocks: list of (margin label or None, [paragraph texts]). The first row carries § and Dnr in the margin."""
    rows = []
    first = blocks[0][1]
    rows.append([[Paragraph(f"§ {nr}", S_MB), Paragraph(f"Dnr {dnr}", S_M)],
                 [Paragraph(title, S_T)] + [Paragraph(t, S_B) for t in first]])
    for label, texts in blocks[1:]:
        rows.append([[Paragraph(label, S_MB)] if label else [],
                     [Paragraph(t[2:], S_BUL, bulletText="–") if t.startswith("– ") else Paragraph(t, S_B)
                      for t in texts]])
    return rows


def on_page(c, doc):
    w, h = A4
    c.saveState()
    c.setFont(FB, 11)
    c.drawString(20 * mm, h - 16 * mm, "Gäddvika kommun")
    c.setFont(FB, 9)
    c.drawRightString(w - 20 * mm, h - 14 * mm, "SAMMANTRÄDESPROTOKOLL")
    c.setFont(F, 9)
    c.drawRightString(w - 20 * mm, h - 18.5 * mm, f"Tekniska nämndens arbetsutskott   {DATE}")
    c.drawRightString(w - 20 * mm, h - 23 * mm, f"Sida {doc.page} av {N_PAGES}")
    c.line(20 * mm, h - 26 * mm, w - 20 * mm, h - 26 * mm)
    c.line(20 * mm, 22 * mm, w - 20 * mm, 22 * mm)
    c.setFont(F, 8)
    c.drawString(20 * mm, 17 * mm, "Justerandes signatur")
    c.drawString(80 * mm, 17 * mm, "Utdragsbestyrkande")
    c.restoreState()


def main():
    doc = BaseDocTemplate(str(out_dir() / FILE), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                          topMargin=30 * mm, bottomMargin=26 * mm, title="Protokoll tekniska nämndens au 2025-10-14",
                          author="Gäddvika kommun")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])
    fl = []
    grid = [
        ["Plats och tid", f"Stadshuset, sammanträdesrum Braxen, tisdagen den 14 oktober 2025 kl. 08.30–11.45"],
        ["Beslutande", "<br/>".join(f"{n} ({p}){', ' + r if r else ''}" for n, p, r in MEMBERS)],
        ["Övriga deltagare", "Henrik Lövgren, förvaltningschef<br/>Anna Strid, gatu- och parkchef (§§ 31–34)<br/>"
                             "Jonas Ferm, controller (§ 33)<br/>Karin Ulf, nämndsekreterare"],
        ["Utses att justera", "Lena Öhrn (M)"],
        ["Justeringens plats och tid", "Samhällsbyggnadsförvaltningen, 2025-10-17"],
        ["Paragrafer", "§§ 31–36"],
        ["Underskrifter", "Sekreterare ............................ Karin Ulf<br/>"
                          "Ordförande ............................ Tomas Ekvall<br/>"
                          "Justerare ............................ Lena Öhrn"],
        ["Anslag", "Protokollet har justerats och tillkännagivits på kommunens anslagstavla 2025-10-20."],
    ]
    t = Table([[Paragraph(a, S_MB), Paragraph(b, S_B)] for a, b in grid], colWidths=[LEFT_W + 10 * mm,
                                                                                      RIGHT_W - 10 * mm])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, "#999999"),
                           ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    fl += [t, Spacer(1, 14)]

    rows = []
    rows += rows_for(31, "2025/212", "Avgift för boendeparkering från 2026", [
        (None, [f"Boendeparkering i zon A (centrum) kostar i dag {PARK_OLD} kr per månad och har inte räknats upp "
                "sedan 2019. Förvaltningen föreslår en höjning så att avgiften närmar sig kostnaden för "
                "skötsel, snöröjning och övervakning av gatuparkeringen. Antalet utfärdade tillstånd var 318 "
                "i september 2025."]),
        ("Yrkanden", ["Tomas Ekvall (S) yrkar bifall till förvaltningens förslag. Jessica Dahl (SD) yrkar avslag."]),
        ("Beslutsgång", ["Ordföranden ställer proposition på bifall och avslag och finner att arbetsutskottet "
                         "bifaller förvaltningens förslag. Votering begärs inte. Arbetsutskottet beslutar med "
                         f"{len(JA)} röster mot {len(NEJ)} enligt ordförandens förslag."]),
        ("Beslut", ["Arbetsutskottet föreslår tekniska nämnden besluta",
                    f"– att avgiften för boendeparkering i zon A höjs från {PARK_OLD} kr till {PARK_NEW} kr per "
                    "månad från och med den 1 januari 2026,",
                    "– att avgiften i zon B lämnas oförändrad."]),
        ("Reservation", ["Jessica Dahl (SD) reserverar sig mot beslutet till förmån för eget yrkande."]),
    ])
    rows += rows_for(32, "2025/198", "Tilldelning – byte till LED i gatubelysningen, etapp 2", [
        (None, [f"Upphandlingen omfattar utbyte av {sv_int(LED_ARMATURER)} armaturer i Norrviken och "
                "Gäddvika centrum. Tre anbud har kommit in och utvärderats efter pris och kvalitet. "
                "Arbetsutskottet har delegation att fatta tilldelningsbeslut i upphandlingar under 5 mnkr.",
                "Anbudsgivare och anbudssumma: " + "; ".join(f"{n} {sv_int(p)} kr ({q} kvalitetspoäng)"
                                                             for n, p, q in ANBUD) + ".",
                "Tidplanen för utbytet fastställs vid startmötet med leverantören."]),
        ("Beslut", [f"Arbetsutskottet tilldelar Ljusbolaget Norrsken AB kontraktet till en anbudssumma av "
                    f"{sv_int(LED_PRIS)} kr.",
                    "Beslutet förklaras omedelbart justerat."]),
    ])
    rows += rows_for(33, "2025/044", "Ekonomisk uppföljning per september 2025 – gata och park", [
        (None, [f"Nettokostnaden för gata och park uppgick för januari–september 2025 till 28,4 mnkr, att jämföra "
                f"med 26,9 mnkr för samma period 2024. Periodens budget var 27,6 mnkr.",
                "Helårsprognosen visar ett underskott om 1,2 mnkr. Avvikelsen förklaras främst av högre elpriser "
                "för gatubelysningen (0,5 mnkr) och av kostnaderna efter stormen i augusti, då fallna träd "
                "behövde röjas i parker och längs gång- och cykelvägar (0,6 mnkr). Övriga poster avviker med "
                "0,1 mnkr."]),
        ("Beslut", ["Arbetsutskottet lägger uppföljningen till handlingarna."]),
    ])
    rows += rows_for(34, "2025/233", "Medborgarförslag om farthinder på Skolvägen i Norrviken", [
        (None, ["Förslagsställaren vill att farthinder anläggs på Skolvägen vid Norrvikens skola. Mätningar i "
                "augusti visade att 85 procent av fordonen höll högst 38 km/tim där hastighetsgränsen är "
                "30 km/tim."]),
        ("Beslut", ["Arbetsutskottet föreslår tekniska nämnden besluta att bifalla medborgarförslaget delvis "
                    "genom att två tillfälliga farthinder placeras ut från den 1 maj 2026."]),
    ])
    rows += rows_for(35, "2025/251", "Yttrande över detaljplan för kvarteret Gäddan, samråd", [
        (None, ["Samhällsbyggnadsnämnden har skickat detaljplanen på samråd. Planen medger 90 bostäder. "
                "Förvaltningen har i sitt förslag till yttrande framfört synpunkter på dagvattenhanteringen "
                "och på att vändplanen för sopbilar är för liten."]),
        ("Beslut", ["Arbetsutskottet lämnar förvaltningens förslag till yttrande som sitt eget. Yttrandet "
                    "skickas till samhällsbyggnadsnämnden senast 2025-10-24."]),
        ("Protokolls-<br/>anteckning", ["Patrik Salo (C) antecknar att han saknar en analys av hur gång- och "
                                   "cykeltrafiken till skolan påverkas."]),
    ])
    rows += rows_for(36, "2025/009", "Redovisning av delegationsbeslut", [
        (None, ["Under september 2025 har " + ", ".join(f"{v} beslut om {k}" for k, v in DELEG.items()) +
                f" fattats på delegation, sammanlagt {sum(DELEG.values())} beslut."]),
        ("Beslut", ["Arbetsutskottet godkänner redovisningen."]),
    ])
    t = Table(rows, colWidths=[LEFT_W, RIGHT_W], splitByRow=1)
    style = [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (0, -1), 0),
             ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
    # a thin rule above every § (first row of each §)
    for i, r in enumerate(rows):
        if r[0] and isinstance(r[0][0], Paragraph) and r[0][0].text.startswith("§ "):
            style.append(("LINEABOVE", (0, i), (-1, i), 0.4, "#777777"))
            style.append(("TOPPADDING", (0, i), (-1, i), 8))
    t.setStyle(TableStyle(style))
    fl.append(t)
    doc.build(fl)
    from pypdf import PdfReader
    assert len(PdfReader(str(out_dir() / FILE)).pages) == N_PAGES


if __name__ == "__main__":
    main()
