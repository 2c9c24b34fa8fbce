"""Kärrvalla kommun – Arbetsmarknadsnämnden: Internkontrollplan 2026 med uppföljning av 2025 (PDF, A4 landscape,
reportlab platypus, Liberation Sans, running header and 'Sida N av M' footer)."""
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, PageBreak

from common import out_dir, register_liberation, numbered_canvas, sv_int, pdf_invariant

pdf_invariant()

register_liberation()
FILE = "karrvalla_amn_internkontrollplan_2026.pdf"
DNR = "Dnr AMN 2025/187"

# ---------------------------------------------------------------- figures
# uppföljning 2025: (kontrollmoment, metod, resultat, avvikelse?, åtgärd)
FEL_UTB, FEL_BELOPP = 2, 11850
NARV_SAKNAS, NARV_AVTAL = 4, 25
DU_ANTAL, DU_BELOPP, DU_STICK = 6, 412300, 30
DEL_EJ, DEL_STICK = 3, 50
UPPF = [
    ("Försörjningsstöd – korrekta utbetalningar",
     "Stickprov 40 ärenden (20 i maj, 20 i november)",
     f"{FEL_UTB} felaktiga utbetalningar, sammanlagt {sv_int(FEL_BELOPP)} kr (dubbelutbetalning av hyra)",
     True, "Återkrav har initierats. Dubbelkontroll införd vid manuell utbetalning."),
    ("Extratjänster och anställningsstöd – närvarorapportering",
     f"Granskning av samtliga {NARV_AVTAL} avtal",
     f"{NARV_SAKNAS} av {NARV_AVTAL} avtal saknade närvarorapport för minst en månad",
     True, "Påminnelserutin till arbetsgivare. Kontrollen ligger kvar i planen 2026."),
    ("Direktupphandling",
     f"Stickprov {DU_STICK} fakturor över 50 000 kr",
     f"{DU_ANTAL} fakturor på sammanlagt {sv_int(DU_BELOPP)} kr saknade dokumenterad direktupphandling",
     True, "Utbildning för beställare genomförd i oktober 2025."),
    ("Vuxenutbildning – betygsrapportering",
     "Stickprov 50 kursbetyg",
     "Inga avvikelser", False, "–"),
    ("Anmälan av delegationsbeslut",
     f"Jämförelse mellan verksamhetssystem och anmälningslistor, {DEL_STICK} beslut",
     f"{DEL_EJ} av {DEL_STICK} beslut hade inte anmälts till nämnden",
     True, "Anmälningslistorna tas sedan november 2025 ut automatiskt ur systemet."),
    ("Feriearbete – tidrapportering",
     "Kontroll av tidrapporter för 120 feriearbetande ungdomar",
     "Inga avvikelser", False, "–"),
]
assert sum(1 for r in UPPF if r[3]) == 4 and len(UPPF) == 6

# plan 2026: (nr, process, risk, S, K, kontrollmoment, ansvarig, frekvens, rapportering)
PLAN = [
    (1, "Försörjningsstöd", "Felaktiga eller dubbla utbetalningar", 3, 4,
     "Stickprov 30 ärenden per halvår", "Enhetschef försörjningsstöd", "Halvår", "Aug 2026 / feb 2027"),
    (2, "Extratjänster och anställningsstöd", "Stöd betalas ut utan att arbete utförts", 4, 3,
     "Kontroll av närvarorapporter för samtliga avtal", "Enhetschef arbetsmarknadsenheten", "Kvartal",
     "Aug 2026 / feb 2027"),
    (3, "Informationssäkerhet", "Avslutade medarbetare har kvar behörighet i verksamhetssystemet", 3, 4,
     "Kontroll att behörigheter tagits bort inom fem arbetsdagar efter avslutad anställning",
     "Systemförvaltare", "Kvartal", "Aug 2026 / feb 2027"),
    (4, "Inköp", "Direktupphandling utan dokumentation eller över beloppsgränsen", 3, 3,
     "Granskning av samtliga inköp över 100 000 kr", "Controller", "Halvår", "Aug 2026 / feb 2027"),
    (5, "Vuxenutbildning", "Felaktig rapportering av studieaktivitet till CSN", 3, 3,
     "Stickprov 40 elever", "Rektor vuxenutbildningen", "Halvår", "Aug 2026 / feb 2027"),
]
GRANS = 9
assert all(s * k >= GRANS for (_, _, _, s, k, *_r) in PLAN)
OUTSIDE = [("Hot och våld mot personal", 2, 4), ("Vuxenutbildning – betygsrapportering", 1, 4),
           ("Feriearbete – tidrapportering", 2, 2)]
assert all(s * k < GRANS for (_, s, k) in OUTSIDE)
N_RISKER = 14
assert N_RISKER >= len(PLAN) + len(OUTSIDE)

# ---------------------------------------------------------------- styles
base = ParagraphStyle("b", fontName="LibSans", fontSize=9.5, leading=12.5, alignment=TA_LEFT, spaceAfter=5)
small = ParagraphStyle("s", parent=base, fontSize=8, leading=10, spaceAfter=0)
smallb = ParagraphStyle("sb", parent=small, fontName="LibSans-Bold")
h1 = ParagraphStyle("h1", parent=base, fontName="LibSans-Bold", fontSize=16, leading=20, spaceAfter=8)
h2 = ParagraphStyle("h2", parent=base, fontName="LibSans-Bold", fontSize=12, leading=15, spaceBefore=8, spaceAfter=4)
cap = ParagraphStyle("c", parent=base, fontName="LibSans-Italic", fontSize=8.5, spaceBefore=2)

PW, PH = landscape(A4)


def draw_page(c, n, total):
    c.saveState()
    c.setFont("LibSans-Bold", 9)
    c.drawString(18 * mm, PH - 12 * mm, "KÄRRVALLA KOMMUN")
    c.setFont("LibSans", 8.5)
    c.drawString(18 * mm, PH - 16 * mm, "Arbetsmarknadsnämnden")
    c.drawRightString(PW - 18 * mm, PH - 12 * mm, "Internkontrollplan 2026")
    c.drawRightString(PW - 18 * mm, PH - 16 * mm, DNR)
    c.setStrokeColor(colors.HexColor("#2e5d7d"))
    c.setLineWidth(0.8)
    c.line(18 * mm, PH - 18.5 * mm, PW - 18 * mm, PH - 18.5 * mm)
    c.setFont("LibSans", 7.5)
    c.drawString(18 * mm, 10 * mm, "Kärrvalla kommun · Arbetsförvaltningen · Box 410 · 000 00 Kärrvalla")
    c.drawRightString(PW - 18 * mm, 10 * mm, f"Sida {n} av {total}")
    c.restoreState()


def tbl(rows, widths, header_rows=1):
    data = [[Paragraph(str(x), smallb if i < header_rows else small) for x in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=header_rows)
    t.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#7f8c8d")),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#d6e4ee")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]))
    return t


def P(text, st=base):
    return Paragraph(text, st)


story = [
    P("Internkontrollplan 2026 med uppföljning av internkontrollplan 2025", h1),
    tbl([["Nämnd", "Arbetsmarknadsnämnden"],
         ["Diarienummer", DNR],
         ["Antagen", "Arbetsmarknadsnämnden 2025-12-10, § 98"],
         ["Upprättad av", "Johan Ekvall, controller, och Marika Heed, förvaltningschef"],
         ["Gäller", "1 januari–31 december 2026"]], [45, 150], header_rows=0),
    Spacer(1, 6),
    P("1 Inledning", h2),
    P("Enligt kommunallagen ska nämnden se till att den interna kontrollen är tillräcklig. I Kärrvalla regleras arbetet "
      "av reglementet för intern kontroll, antaget av kommunfullmäktige 2019-04-29, § 37. Varje nämnd ska årligen "
      "anta en internkontrollplan som grundar sig på en risk- och väsentlighetsanalys och följa upp föregående års "
      "plan. Arbetsmarknadsnämnden ansvarar för försörjningsstöd, arbetsmarknadsinsatser, feriearbete och "
      "vuxenutbildning inklusive SFI."),
    P("2 Risk- och väsentlighetsanalys", h2),
    P(f"Förvaltningens ledningsgrupp genomförde riskanalysen vid en workshop 2025-09-17. {N_RISKER} risker "
      "identifierades och bedömdes efter sannolikhet (1–4) och konsekvens (1–4). Riskvärdet är produkten av de två "
      f"och kan alltså vara 1–16. Risker med riskvärde {GRANS} eller högre tas med i internkontrollplanen; övriga "
      "hanteras i det löpande arbetet med ledningssystemet."),
    P("Bland de risker som inte tagits med i planen finns hot och våld mot personal (riskvärde 8), som hanteras "
      "inom arbetsmiljöarbetet, samt betygsrapportering inom vuxenutbildningen (riskvärde 4) och tidrapportering "
      "för feriearbete (riskvärde 4), där 2025 års kontroller inte visade några avvikelser."),
    P("3 Uppföljning av internkontrollplan 2025", h2),
    P("Internkontrollplanen för 2025 omfattade sex kontrollmoment. Kontrollerna genomfördes av controller och "
      "berörda enhetschefer. Fyra av sex kontrollmoment visade avvikelser. Resultatet framgår av tabell 1."),
    tbl([["Kontrollmoment", "Metod", "Resultat", "Avvikelse", "Åtgärd"]] +
        [[a, b, c, "Ja" if d else "Nej", e] for a, b, c, d, e in UPPF], [55, 55, 70, 18, 63]),
    P("Tabell 1. Uppföljning av internkontrollplan 2025.", cap),
    P("Den största avvikelsen gäller direktupphandling. Av de granskade fakturorna saknade sex en dokumenterad "
      f"direktupphandling; sammanlagt {sv_int(DU_BELOPP)} kr. Inköpen avsåg främst utbildningsinsatser och "
      "konsulttjänster inom arbetsmarknadsenheten. Ingen av fakturorna översteg gränsen för direktupphandling, men "
      "kravet på dokumentation enligt kommunens riktlinjer var inte uppfyllt."),
    P("Kontrollen av försörjningsstöd visade två dubbelutbetalningar av hyra i samband med manuell utbetalning. "
      "Felen har rättats och återkrav har initierats. Kontrollen av extratjänster visade att närvarorapporter saknades "
      "hos fyra arbetsgivare, vilket innebär en risk att stöd betalas ut utan att arbete utförts."),
    PageBreak(),
    P("4 Internkontrollplan 2026", h2),
    P("Internkontrollplanen för 2026 omfattar fem kontrollmoment. Riskvärdet för extratjänster och anställningsstöd "
      "har höjts från 6 till 12 eftersom kontrollen 2025 visade att 4 av 25 avtal saknade närvarorapport. "
      "Behörigheter i verksamhetssystemet är ett nytt kontrollmoment efter en intern granskning av "
      "informationssäkerheten våren 2025. Kontrollen av CSN-rapportering återkommer efter ett uppehåll."),
    tbl([["Nr", "Process/rutin", "Risk", "S", "K", "Risk­värde", "Kontrollmoment", "Ansvarig", "Frekvens",
          "Rapporteras"]] +
        [[n, p, r, s, k, s * k, km, a, f, rap] for (n, p, r, s, k, km, a, f, rap) in PLAN],
        [9, 32, 45, 8, 8, 15, 58, 38, 18, 30]),
    P("Tabell 2. Internkontrollplan 2026. S = sannolikhet, K = konsekvens, riskvärde = S × K.", cap),
    P("5 Rapportering", h2),
    P("Resultatet av 2026 års kontroller rapporteras till arbetsmarknadsnämnden i samband med delårsrapporten i "
      "augusti 2026 och årsredovisningen i februari 2027. Avvikelser av allvarligt slag rapporteras omedelbart till "
      "förvaltningschefen, som beslutar om åtgärder och informerar nämndens ordförande. Nämndens uppföljning av "
      "planen lämnas därefter till kommunstyrelsen, som har uppsikt över den samlade interna kontrollen."),
    P("6 Beslut", h2),
    P("Arbetsmarknadsnämnden beslutade 2025-12-10, § 98, att anta internkontrollplan 2026 och att godkänna "
      "uppföljningen av internkontrollplan 2025 samt att överlämna uppföljningen till kommunstyrelsen."),
    Spacer(1, 14),
    P("Anders Nyrén (KD)<br/>Ordförande, arbetsmarknadsnämnden"),
    P("Marika Heed<br/>Förvaltningschef, arbetsförvaltningen"),
]

doc = SimpleDocTemplate(str(out_dir() / FILE), pagesize=landscape(A4), leftMargin=18 * mm, rightMargin=18 * mm,
                        topMargin=24 * mm, bottomMargin=18 * mm, title="Internkontrollplan 2026",
                        author="Arbetsförvaltningen", creator="Microsoft® Word för Microsoft 365")
doc.build(story, canvasmaker=numbered_canvas(draw_page))
