"""Rödvalla kommun – vård- och omsorgsförvaltningens tjänsteskrivelse on moving the korttidsvård together.
PDF via reportlab platypus, Liberation Sans (as a Word template from a case-management system prints).

Layout: a letterhead line (kommun and förvaltning at the left, TJÄNSTESKRIVELSE at the right) over a **2 × 3 table
of fields**, each cell holding a small grey label above its value (Handläggare / Datum / Diarienummer;
Mottagare / Sammanträde / Beslutsinstans); the title; "Förslag till beslut" with three numbered att-points; then the
body in **typed, numbered sections** "1 Sammanfattning", "2 Bakgrund", "2.1 …", "2.2 …", "3.1 …", "4.1 …" (the numbers
are part of the heading text); two ruled tables (beläggning, driftkostnad per alternativ in tkr); the signature
block; a footer with address line and "Sida N av M" on every page.
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Frame, KeepTogether, PageTemplate, Paragraph, Spacer, Table,
                                TableStyle)

from common import out_dir, register_liberation, sv_int

FILE = "rodvalla_von_tjansteskrivelse_korttidsvard_2026-01-14.pdf"
register_liberation()
F, FB = "LibSans", "LibSans-Bold"
BODY = ParagraphStyle("b", fontName=F, fontSize=10.5, leading=14, spaceAfter=6)
LBL = ParagraphStyle("l", fontName=F, fontSize=7.5, leading=9, textColor=colors.HexColor("#555555"))
VAL = ParagraphStyle("v", fontName=F, fontSize=10, leading=12.5)
TITLE = ParagraphStyle("t", fontName=FB, fontSize=15, leading=19, spaceBefore=10, spaceAfter=8)
H1 = ParagraphStyle("h1", fontName=FB, fontSize=12, leading=15, spaceBefore=10, spaceAfter=4)
H2 = ParagraphStyle("h2", fontName=FB, fontSize=10.5, leading=13.5, spaceBefore=6, spaceAfter=3)
CELL = ParagraphStyle("c", fontName=F, fontSize=9.5, leading=12)
CELLB = ParagraphStyle("cb", parent=CELL, fontName=FB)
CELLR = ParagraphStyle("cr", parent=CELL, alignment=2)
CELLRB = ParagraphStyle("crb", parent=CELLR, fontName=FB)
NUM = ParagraphStyle("n", parent=BODY, leftIndent=7 * mm, firstLineIndent=-7 * mm)

# --- figures -------------------------------------------------------------------------------------------------
PLATS = {"Kastanjen": 18, "Hagbacken": 12}
BEL = {"Kastanjen": (74, 61), "Hagbacken": (92, 88)}       # beläggning 2024, 2025 (procent)
VT = {"Kastanjen": 21, "Hagbacken": 17}                    # genomsnittlig vårdtid 2025, dygn
TOT = sum(PLATS.values())
TOT_BEL = tuple(round(sum(PLATS[k] * BEL[k][i] for k in PLATS) / TOT) for i in (0, 1))
assert TOT == 30 and TOT_BEL == (81, 72)
BELAGDA_2025 = sum(PLATS[k] * BEL[k][1] for k in PLATS) / 100          # 21,54 belagda platser i snitt
NYA_PLATSER = 24
assert round(BELAGDA_2025 * 100 / NYA_PLATSER) == 90

KOST = [  # tkr per helår: alternativ 1, alternativ 2
    ("Personal", 24_800, 21_200),
    ("Lokalhyra", 3_950, 2_480),
    ("Måltider och förbrukning", 1_900, 1_560),
    ("Kapitalkostnad för ombyggnad", 0, 210),
]
S1, S2 = sum(r[1] for r in KOST), sum(r[2] for r in KOST)
assert (S1, S2, S2 - S1) == (30_650, 25_450, -5_200)
KASTANJEN_HYRA = 1_470
assert KOST[1][1] - KOST[1][2] == KASTANJEN_HYRA


def fields_table():
    cells = [
        [("Handläggare", "Therese Lindfors, verksamhetsutvecklare"), ("Datum", "2026-01-14"),
         ("Diarienummer", "VON 25/214")],
        [("Mottagare", "Vård- och omsorgsnämnden"), ("Sammanträde", "2026-02-04"),
         ("Beslutsinstans", "Vård- och omsorgsnämnden")],
    ]
    data = [[[Paragraph(lbl, LBL), Paragraph(val, VAL)] for lbl, val in row] for row in cells]
    tb = Table(data, colWidths=[74 * mm, 46 * mm, 50 * mm])
    tb.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#7a7a7a")),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9a9a9a")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return tb


def ruled(data, widths, bold_last=True):
    tb = Table(data, colWidths=widths, repeatRows=1)
    st = [("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
          ("LINEBELOW", (0, 1), (-1, -1), 0.3, colors.HexColor("#9a9a9a")),
          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6eef5")),
          ("VALIGN", (0, 0), (-1, -1), "BOTTOM")]
    if bold_last:
        st.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black))
    tb.setStyle(TableStyle(st))
    return tb


def story():
    s = [fields_table(),
         Paragraph("Samlokalisering av korttidsvården till Hagbackens vård- och omsorgsboende", TITLE),
         Paragraph("Förslag till beslut", H1)]
    for i, txt in enumerate([
        "Vård- och omsorgsnämnden beslutar att korttidsvården samlas på Hagbackens vård- och omsorgsboende från "
        "och med den 1 september 2026.",
        "Förvaltningen får i uppdrag att säga upp hyresavtalet för Kastanjens korttidsboende.",
        "Vård- och omsorgsnämnden hemställer hos kommunstyrelsen om en investeringsram på 2,8 mnkr för "
        "ombyggnad av avdelning 3 på Hagbacken.",
    ], 1):
        s.append(Paragraph(f"{i}.\u00a0\u00a0{txt}", NUM))

    s += [Paragraph("1 Sammanfattning", H1),
          Paragraph("Rödvalla kommun har i dag 30 korttidsplatser fördelade på två enheter: Kastanjens "
                    "korttidsboende med 18 platser och avdelning 4 på Hagbackens vård- och omsorgsboende med 12 "
                    "platser. Beläggningen på Kastanjen har sjunkit under två år i följd. Förvaltningen föreslår "
                    f"att korttidsvården samlas på Hagbacken, där avdelning 3 byggs om, så att kommunen får "
                    f"{NYA_PLATSER} korttidsplatser i samma hus. Förändringen beräknas minska kostnaderna med "
                    f"{sv_int(-(S2 - S1))} tkr per helår.", BODY),
          Paragraph("2 Bakgrund", H1),
          Paragraph("2.1 Uppdraget", H2),
          Paragraph("Vård- och omsorgsnämnden gav den 21 maj 2025, § 58, förvaltningen i uppdrag att utreda "
                    "förutsättningarna för att samla kommunens korttidsvård på en enhet.", BODY),
          Paragraph("2.2 Nuvarande organisation", H2),
          Paragraph("Kastanjens korttidsboende ligger i en hyrd fastighet i norra Rödvalla. Hyresavtalet löper "
                    "till och med den 31 mars 2027 med nio månaders uppsägningstid, vilket innebär att avtalet "
                    "måste sägas upp senast den 30 juni 2026 för att inte förlängas med tre år. Hagbackens vård- "
                    "och omsorgsboende ägs av kommunen. Avdelning 3 har 12 rum och har stått tom sedan mars 2024, "
                    "då de permanenta platserna flyttades till det nya boendet Ängsklockan.", BODY),
          Paragraph("2.3 Beläggning och vårdtider", H2),
          Paragraph("Tabell 1. Platser, beläggning och genomsnittlig vårdtid per enhet", CELLB)]
    hdr = [Paragraph(x, CELLB if i == 0 else CELLRB) for i, x in
           enumerate(["Enhet", "Antal platser", "Beläggning 2024", "Beläggning 2025", "Vårdtid 2025, dygn"])]
    rows = [hdr]
    for k, name in (("Kastanjen", "Kastanjens korttidsboende"), ("Hagbacken", "Hagbacken, avdelning 4")):
        rows.append([Paragraph(name, CELL), Paragraph(str(PLATS[k]), CELLR), Paragraph(f"{BEL[k][0]} %", CELLR),
                     Paragraph(f"{BEL[k][1]} %", CELLR), Paragraph(str(VT[k]), CELLR)])
    rows.append([Paragraph("Totalt", CELLB), Paragraph(str(TOT), CELLRB), Paragraph(f"{TOT_BEL[0]} %", CELLRB),
                 Paragraph(f"{TOT_BEL[1]} %", CELLRB), Paragraph("19", CELLRB)])
    s.append(ruled(rows, [52 * mm, 26 * mm, 30 * mm, 30 * mm, 32 * mm]))
    s += [Spacer(1, 6),
          Paragraph("Under 2025 var i genomsnitt 21,5 av de 30 platserna belagda. Vårdtiderna har blivit kortare "
                    "sedan teamet för trygg hemgång startade i oktober 2025. Kommunen betalade under 2025 "
                    "1,1 mnkr till regionen för 118 vårddygn för utskrivningsklara patienter, nästan alla under "
                    "januari och februari.", BODY),
          Paragraph("3 Alternativ", H1),
          Paragraph("3.1 Alternativ 1 – nuvarande organisation", H2),
          Paragraph("Korttidsvården bedrivs som i dag på två enheter. Hyresavtalet för Kastanjen förlängs då till "
                    "och med den 31 mars 2030. Fastighetsägaren har aviserat att hyran höjs med 8 procent vid en "
                    "förlängning.", BODY),
          Paragraph("3.2 Alternativ 2 – samlokalisering på Hagbacken", H2),
          Paragraph(f"Avdelning 3 på Hagbacken byggs om till korttidsavdelning. Tillsammans med avdelning 4 ger det "
                    f"{NYA_PLATSER} korttidsplatser, sex färre än i dag. Med 2025 års efterfrågan motsvarar det en "
                    "beläggning på omkring 90 procent. Nattbemanning, sjuksköterskor och rehabilitering kan "
                    "samordnas för båda avdelningarna.", BODY),
          Paragraph("3.3 Förvaltningens bedömning", H2),
          Paragraph("Förvaltningen förordar alternativ 2. Om efterfrågan ökar kraftigt kan två av Hagbackens "
                    "permanenta platser tillfälligt användas som korttidsplatser.", BODY),
          Paragraph("4 Ekonomiska konsekvenser", H1),
          Paragraph("4.1 Driftkostnader", H2),
          Paragraph("Tabell 2. Driftkostnad per helår, tkr", CELLB)]
    rows = [[Paragraph(x, CELLB if i == 0 else CELLRB) for i, x in
             enumerate(["Kostnadspost", "Alternativ 1", "Alternativ 2", "Skillnad"])]]
    for name, a1, a2 in KOST:
        rows.append([Paragraph(name, CELL), Paragraph(sv_int(a1), CELLR), Paragraph(sv_int(a2), CELLR),
                     Paragraph(sv_int(a2 - a1, plus=True).replace("-", "−"), CELLR)])
    rows.append([Paragraph("Summa", CELLB), Paragraph(sv_int(S1), CELLRB), Paragraph(sv_int(S2), CELLRB),
                 Paragraph(sv_int(S2 - S1).replace("-", "−"), CELLRB)])
    s.append(ruled(rows, [70 * mm, 32 * mm, 32 * mm, 32 * mm]))
    s += [Spacer(1, 6),
          Paragraph("Personalkostnaden minskar med 6,0 årsarbetare. Minskningen hanteras genom vakanser och "
                    "naturliga avgångar och förvaltningen bedömer att inga uppsägningar behövs. Eftersom hyran för "
                    "Kastanjen betalas till och med mars 2027 beräknas besparingen till 1,1 mnkr 2026 och 4,8 mnkr "
                    "2027. Full effekt, 5,2 mnkr, nås från 2028.", BODY),
          Paragraph("4.2 Investering", H2),
          Paragraph("Ombyggnaden av avdelning 3 omfattar anpassning av hygienrum, nytt larmsystem och en större "
                    "dagrumsdel och beräknas kosta 2,8 mnkr. Kapitalkostnaden blir 210 tkr per år. Investeringen "
                    "ryms inte i nämndens investeringsbudget för 2026 och behöver därför beviljas av "
                    "kommunstyrelsen.", BODY),
          Paragraph("5 Konsekvenser för brukare och medarbetare", H1),
          Paragraph("Hagbacken ligger fyra kilometer från Kastanjen och har bättre tillgång till sjuksköterska "
                    "dygnet runt. Brukare som vistas på Kastanjen när flytten sker flyttas med personal de känner. "
                    "Medarbetarna på Kastanjen erbjuds anställning på Hagbacken eller på andra enheter inom "
                    "förvaltningen.", BODY),
          Paragraph("6 Samverkan", H1),
          Paragraph("Ärendet har förhandlats enligt 11 § MBL den 12 januari 2026. Kommunal har framfört oro för "
                    "arbetsmiljön under ombyggnadstiden.", BODY),
          Paragraph("Beslutsunderlag", H1),
          Paragraph("Tjänsteskrivelse 2026-01-14<br/>Lokalutredning Hagbacken avdelning 3, 2025-11-20", BODY),
          Spacer(1, 10),
          KeepTogether([Table([[Paragraph("Ulrika Sand<br/>Förvaltningschef", BODY),
                                Paragraph("Therese Lindfors<br/>Verksamhetsutvecklare", BODY)]],
                              colWidths=[85 * mm, 85 * mm])]),
          Paragraph("Beslutet skickas till: Kommunstyrelsen, Ekonomiavdelningen, Lokalförsörjningsenheten", BODY)]
    return s


class Doc(BaseDocTemplate):
    def __init__(self, path):
        super().__init__(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=32 * mm,
                         bottomMargin=24 * mm, title="Tjänsteskrivelse – samlokalisering av korttidsvården",
                         author="Therese Lindfors", creator="Microsoft® Word för Microsoft 365")
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="f")
        self.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=self.decorate)])
        self.total = 0

    def decorate(self, c, doc):
        w, h = A4
        c.saveState()
        c.setFont(FB, 13)
        c.drawString(20 * mm, h - 18 * mm, "Rödvalla kommun")
        c.setFont(F, 9)
        c.drawString(20 * mm, h - 23 * mm, "Vård- och omsorgsförvaltningen")
        c.setFont(FB, 11)
        c.drawRightString(w - 20 * mm, h - 18 * mm, "TJÄNSTESKRIVELSE")
        c.setStrokeColor(colors.HexColor("#2f5d8a"))
        c.setLineWidth(1.2)
        c.line(20 * mm, h - 26 * mm, w - 20 * mm, h - 26 * mm)
        c.setFont(F, 7.5)
        c.setFillColor(colors.HexColor("#444444"))
        c.drawString(20 * mm, 14 * mm, "Rödvalla kommun · Vård- och omsorgsförvaltningen · Besöksadress: "
                                       "Kyrkogatan 7 · Växel 000-12 30 00")
        c.drawRightString(w - 20 * mm, 14 * mm, f"Sida {doc.page} av {self.total or '?'}")
        c.restoreState()


def build(path):
    doc = Doc(str(path))
    doc.build(story())
    n = doc.page
    doc = Doc(str(path))
    doc.total = n
    doc.build(story())
    return n


if __name__ == "__main__":
    n = build(out_dir() / FILE)
    assert 2 <= n <= 4, n
