"""Sandhyttan kommun – kultur- och fritidsnämndens verksamhetsplan med internbudget 2026
(plan 2027–2028). Landscape A4 PDF with wide multi-year tables and a goal/indicator table."""
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak

from common import out_dir, register_fonts, sv_int

FILE = "sandhyttan_kfn_verksamhetsplan_2026.pdf"
PAGE = landscape(A4)

YEARS = ["Bokslut 2024", "Budget 2025", "Prognos 2025 (aug)", "Budget 2026", "Plan 2027", "Plan 2028"]
DRIFT = [  # tkr, nettokostnad
    ("Nämnd och administration", 3_850, 4_020, 3_960, 4_150, 4_230, 4_310),
    ("Bibliotek", 11_420, 11_860, 11_790, 12_240, 12_480, 12_730),
    ("Kulturskola", 9_310, 9_640, 9_980, 10_120, 10_320, 10_530),
    ("Allmänkultur och kulturarv", 4_270, 4_400, 4_350, 4_480, 4_570, 4_660),
    ("Fritidsgårdar och ungdomsverksamhet", 7_980, 8_210, 8_450, 8_320, 8_490, 8_660),
    ("Idrottsanläggningar", 21_560, 22_300, 22_950, 23_140, 23_600, 24_070),
    ("Sandhyttebadet (simhall)", 8_640, 8_900, 9_420, 9_310, 9_500, 9_690),
    ("Föreningsbidrag", 5_200, 5_350, 5_350, 5_500, 5_610, 5_720),
]
TOT = [sum(r[i] for r in DRIFT) for i in range(1, 7)]
assert TOT == [72_230, 74_680, 76_250, 77_260, 78_800, 80_370], TOT
OKNING_2026 = TOT[3] - TOT[1]
assert OKNING_2026 == 2_580
PROGNOS_AVV_2025 = TOT[1] - TOT[2]
assert PROGNOS_AVV_2025 == -1_570

# Ramförändring 2026 (tkr): must explain the increase exactly
RAM = [("Pris- och lönekompensation", 2_240), ("Driftkostnad ny konstgräsplan Hyttvallen (halvår)", 420),
       ("Utökat öppethållande fritidsgårdar, helårseffekt", 400), ("Effektiviseringskrav 0,6 procent", -480)]
assert sum(v for _, v in RAM) == OKNING_2026

INVEST = [  # projekt, 2026, 2027, 2028 (tkr)
    ("Konstgräsplan Hyttvallen", 6_500, 0, 0),
    ("Ventilation Sandhyttebadet, reinvestering", 3_200, 2_800, 0),
    ("Meröppet bibliotek, teknik och skalskydd", 450, 0, 0),
    ("Spontanidrottsplats Norrgärdet", 0, 1_900, 0),
    ("Belysning elljusspår Kolbotten", 0, 0, 1_250),
    ("Inventarier och instrument, kulturskola", 300, 300, 300),
]
ITOT = [sum(r[i] for r in INVEST) for i in range(1, 4)]
assert ITOT == [10_450, 5_000, 1_550], ITOT
assert max(INVEST, key=lambda r: r[1])[0] == "Konstgräsplan Hyttvallen"

# mål, indikator, utfall 2023, utfall 2024, målvärde 2026, målvärde 2028
MAL = [
    ("1. Fler barn och unga deltar i kulturskolans verksamhet",
     "Antal elever i kulturskolan (unika)", "612", "648", "700", "760"),
    ("", "Antal barn i kö till kulturskolan", "214", "187", "120", "60"),
    ("2. Biblioteken är öppna mötesplatser för alla",
     "Fysiska besök på biblioteken per invånare", "3,1", "3,4", "3,8", "4,2"),
    ("", "Utlån per invånare (fysiska och digitala)", "4,6", "4,5", "4,8", "5,0"),
    ("3. Fler invånare är fysiskt aktiva",
     "Deltagartillfällen med LOK-stöd, 7–20 år", "98 400", "101 250", "106 000", "110 000"),
    ("", "Andel flickor av deltagartillfällena, %", "41", "42", "45", "47"),
    ("4. Besökarna är nöjda med anläggningarna",
     "Nöjd kund-index, Sandhyttebadet", "71", "74", "78", "80"),
    ("5. Unga upplever fritiden som trygg",
     "Andel unga i årskurs 8 som känner sig trygga på fritidsgården, %", "81", "84", "90", "92"),
]


def build(path):
    register_fonts()
    base = ParagraphStyle("b", fontName="LibSans", fontSize=10, leading=13.5, spaceAfter=6)
    h1 = ParagraphStyle("h1", parent=base, fontName="LibSans-Bold", fontSize=18, leading=22, spaceAfter=4,
                        textColor=colors.HexColor("#6b2c5b"))
    sub = ParagraphStyle("sub", parent=base, fontSize=11, textColor=colors.HexColor("#444444"))
    h2 = ParagraphStyle("h2", parent=base, fontName="LibSans-Bold", fontSize=13, leading=16, spaceBefore=8,
                        textColor=colors.HexColor("#6b2c5b"))
    cell = ParagraphStyle("c", parent=base, fontSize=9, leading=11, spaceAfter=0)
    cellb = ParagraphStyle("cb", parent=cell, fontName="LibSans-Bold")

    def deco(c, doc):
        c.saveState()
        c.setFont("LibSans", 8)
        c.setFillColor(colors.HexColor("#6b2c5b"))
        c.drawString(15 * mm, PAGE[1] - 10 * mm, "Sandhyttan kommun · Kultur- och fritidsnämnden")
        c.drawRightString(PAGE[0] - 15 * mm, PAGE[1] - 10 * mm, "Verksamhetsplan med internbudget 2026")
        c.drawRightString(PAGE[0] - 15 * mm, 8 * mm, f"{doc.page}")
        c.restoreState()

    def table(rows, widths, total=False, num_from=1, head_bg="#efe3ec"):
        data = []
        for r, row in enumerate(rows):
            data.append([Paragraph(str(v), cellb if r == 0 or (total and r == len(rows) - 1) else cell)
                         if (i < num_from or r == 0) else str(v) for i, v in enumerate(row)])
        t = Table(data, colWidths=widths, repeatRows=1)
        st = [("FONT", (0, 0), (-1, -1), "LibSans", 9),
              ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor(head_bg)),
              ("ALIGN", (num_from, 1), (-1, -1), "RIGHT"),
              ("VALIGN", (0, 0), (-1, -1), "TOP"),
              ("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#c9b3c4")),
              ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
        if total:
            st += [("FONT", (0, -1), (-1, -1), "LibSans-Bold", 9),
                   ("LINEABOVE", (0, -1), (-1, -1), 0.9, colors.black)]
        t.setStyle(TableStyle(st))
        return t

    s = [Paragraph("Verksamhetsplan med internbudget 2026", h1),
         Paragraph("Kultur- och fritidsnämnden, Sandhyttan kommun · Plan för 2027–2028 · Dnr KFN 2025/112", sub),
         Paragraph("Fastställd av kultur- och fritidsnämnden 2025-11-12, § 71", sub),
         Spacer(1, 3 * mm)]
    s.append(Paragraph("Inledning", h2))
    s.append(Paragraph(
        "Verksamhetsplanen beskriver hur kultur- och fritidsnämnden ska bidra till kommunfullmäktiges mål under "
        "2026 och hur nämndens budgetram fördelas på verksamheterna. Kommunfullmäktige fastställde nämndens ram "
        f"för 2026 till {sv_int(TOT[3])} tkr den 2025-10-27. Ramen är {sv_int(OKNING_2026)} tkr högre än budget "
        "2025. Planåren 2027 och 2028 bygger på kommunens flerårsplan och innehåller endast uppräkning för pris "
        "och lön.", base))
    s.append(Paragraph(
        f"Prognosen för 2025 efter augusti visar ett underskott på {sv_int(-PROGNOS_AVV_2025)} tkr, som "
        "framför allt beror på högre energikostnader för Sandhyttebadet och idrottsanläggningarna, samt på att "
        "kulturskolan har tagit emot fler elever än budgeterat. Underskottet ska inte återställas 2026 enligt "
        "kommunstyrelsens riktlinjer.", base))

    s.append(Paragraph("Driftbudget per verksamhet, tkr (nettokostnad)", h2))
    rows = [["Verksamhet"] + YEARS + ["Förändring 2026 mot budget 2025"]]
    for r in DRIFT:
        rows.append([r[0]] + [sv_int(v) for v in r[1:]] + [sv_int(r[4] - r[2], plus=True)])
    rows.append(["Summa kultur- och fritidsnämnden"] + [sv_int(v) for v in TOT] + [sv_int(OKNING_2026, plus=True)])
    s.append(table(rows, [62 * mm] + [27 * mm] * 6 + [39 * mm], total=True))
    s.append(PageBreak())

    s.append(Paragraph("Förändring av budgetramen 2026 jämfört med 2025, tkr", h2))
    rows = [["Förändring", "Belopp"]] + [[a, sv_int(v, plus=True)] for a, v in RAM]
    rows.append(["Summa förändring", sv_int(OKNING_2026, plus=True)])
    s.append(table(rows, [120 * mm, 35 * mm], total=True))

    s.append(Paragraph("Investeringsbudget 2026 och plan 2027–2028, tkr", h2))
    rows = [["Projekt", "Budget 2026", "Plan 2027", "Plan 2028", "Summa 2026–2028"]]
    rows += [[p, sv_int(a), sv_int(b), sv_int(c), sv_int(a + b + c)] for p, a, b, c in INVEST]
    rows.append(["Summa investeringar"] + [sv_int(v) for v in ITOT] + [sv_int(sum(ITOT))])
    s.append(table(rows, [95 * mm, 32 * mm, 32 * mm, 32 * mm, 38 * mm], total=True))
    s.append(Paragraph(
        "Konstgräsplanen på Hyttvallen ersätter den nuvarande grusplanen och beräknas kunna tas i bruk i augusti "
        "2026. Ventilationen i Sandhyttebadet byts i två etapper så att badet kan hållas öppet under arbetet.",
        base))

    s.append(PageBreak())
    s.append(Paragraph("Mål och indikatorer 2026–2028", h2))
    s.append(Paragraph(
        "Nämndens mål utgår från kommunfullmäktiges målområden Livskvalitet och Barn och unga. Målvärdena är "
        "satta för 2026 och för slutet av planperioden 2028.", base))
    rows = [["Nämndmål", "Indikator", "Utfall 2023", "Utfall 2024", "Målvärde 2026", "Målvärde 2028"]]
    rows += [list(r) for r in MAL]
    s.append(table(rows, [72 * mm, 88 * mm, 25 * mm, 25 * mm, 28 * mm, 28 * mm], num_from=2))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("Prioriterade aktiviteter 2026", h2))
    for txt in [
        "Kulturskolan inför gruppundervisning i gitarr och slagverk för att korta kön, och erbjuder "
        "avgiftsfri prova-på-termin för elever i årskurs 3.",
        "Huvudbiblioteket får meröppet med självbetjäning alla dagar kl. 07–22.",
        "Fritidsgårdarna håller öppet även på fredags- och lördagskvällar under hela året i samverkan med "
        "fältgruppen.",
        "Nämnden tar fram en ny anläggningsplan för idrotts- och friluftsanläggningar till 2035.",
    ]:
        s.append(Paragraph("• " + txt, base))

    doc = SimpleDocTemplate(str(path), pagesize=PAGE, leftMargin=15 * mm, rightMargin=15 * mm,
                            topMargin=15 * mm, bottomMargin=14 * mm,
                            title="Verksamhetsplan med internbudget 2026 – Kultur- och fritidsnämnden",
                            author="Sandhyttan kommun")
    doc.build(s, onFirstPage=deco, onLaterPages=deco)


if __name__ == "__main__":
    p = out_dir() / FILE
    build(p)
    print("wrote", p)
