"""Tornvalla kommun – myndighetsnämndens tillsynsplan 2026 med behovsutredning (PDF, reportlab platypus).

Layout: A4 portrait, Liberation Sans, running header with the Dnr and footer "Sida N av M"; a label/value facts
table; numbered sections; Tabell 1 (resurser); the long Tabell 2 (behov per objektkategori) runs over a page break
with its column header repeated on the next page (repeatRows) and a bold sum row; Tabell 3 (prioritering).
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from common import numbered_canvas, out_dir, pdf_invariant, register_liberation, sv_int

pdf_invariant()
register_liberation()
FONT, BOLD = "LibSans", "LibSans-Bold"
DNR = "2025/0418-4.3.1"

body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.8, spaceAfter=5)
h1 = ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=16, leading=20, spaceAfter=4)
sub = ParagraphStyle("sub", parent=body, fontSize=11, leading=14, spaceAfter=8)
h2 = ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=11, leading=14, spaceBefore=7, spaceAfter=3)
cap = ParagraphStyle("cap", parent=body, fontName=BOLD, fontSize=8.5, leading=11, spaceAfter=2)
cell = ParagraphStyle("cell", parent=body, fontSize=8.2, leading=10, spaceAfter=0)

# (kategori, lagstiftning, riskklass/frekvens, antal objekt, timmar per objekt och år, prioritet)
ROWS = [
    ("Avloppsreningsverk > 2 000 pe", "MB", "Årlig", 2, 40, "A"),
    ("Avloppsreningsverk 200–2 000 pe", "MB", "Årlig", 5, 20, "A"),
    ("Täkter (berg, grus)", "MB", "Årlig", 4, 20, "A"),
    ("Fordonstvättar", "MB", "Vart 3:e år", 9, 6, "B"),
    ("Drivmedelsstationer", "MB", "Vart 3:e år", 11, 6, "B"),
    ("Verkstadsindustri (U-verksamhet)", "MB", "Vart 3:e år", 18, 8, "B"),
    ("Lantbruk > 100 djurenheter", "MB", "Vart 3:e år", 14, 10, "A"),
    ("Lantbruk 30–100 djurenheter", "MB", "Vart 5:e år", 41, 6, "C"),
    ("Hästhållning < 30 djurenheter", "MB", "Händelsestyrd", 120, 1, "C"),
    ("Förorenade områden, utredning", "MB", "Enligt plan", 12, 25, "B"),
    ("Enskilda avlopp, inventering", "MB", "Projekt", 120, 3, "A"),
    ("Enskilda avlopp, klagomål", "MB", "Händelsestyrd", 25, 8, "B"),
    ("Köldmedier, kontroll av rapporter", "MB", "Årlig", 64, 2, "C"),
    ("Förskolor", "MB", "Vart 2:a år", 28, 6, "A"),
    ("Grundskolor", "MB", "Vart 2:a år", 17, 8, "A"),
    ("Särskilda boenden", "MB", "Vart 3:e år", 9, 6, "B"),
    ("Bassängbad", "MB", "Årlig", 3, 12, "A"),
    ("Hygienlokaler (frisör, tatuering)", "MB", "Vart 3:e år", 46, 4, "C"),
    ("Solarier", "MB", "Ej planerad", 4, 0, "C"),
    ("Bostäder, klagomål (fukt, buller)", "MB", "Händelsestyrd", 60, 10, "B"),
    ("Livsmedel, riskklass hög", "LL", "Årlig", 22, 14, "A"),
    ("Livsmedel, riskklass förhöjd", "LL", "Årlig", 58, 9, "A"),
    ("Livsmedel, riskklass medel", "LL", "Vart 2:a år", 96, 6, "C"),
    ("Livsmedel, riskklass låg", "LL", "Vart 3:e år", 84, 4, "C"),
    ("Dricksvattenanläggningar", "LL", "Årlig", 7, 12, "A"),
    ("Livsmedel, klagomål och matförgiftning", "LL", "Händelsestyrd", 40, 6, "B"),
    ("Registrering och nya anläggningar", "LL/MB", "Händelsestyrd", 110, 5, "A"),
    ("Vägledning, remisser och yttranden", "LL/MB", "Löpande", 1, 1400, "B"),
]
need = [(r, r[3] * r[4]) for r in ROWS]
TOTAL = sum(n for _, n in need)
MB = sum(n for r, n in need if r[1] == "MB")
LL = sum(n for r, n in need if r[1] == "LL")
BOTH = sum(n for r, n in need if r[1] == "LL/MB")
assert MB + LL + BOTH == TOTAL
STAFF_TENTHS, HOURS_PER = 75, 800   # 7,5 årsarbetskrafter inspektörer × 800 h tillsynstid
AVAILABLE = STAFF_TENTHS * HOURS_PER // 10
GAP = TOTAL - AVAILABLE
PRIO_A = sum(n for r, n in need if r[5] == "A")
PRIO_B = sum(n for r, n in need if r[5] == "B")
PRIO_C = sum(n for r, n in need if r[5] == "C")
assert PRIO_A + PRIO_B + PRIO_C == TOTAL
assert PRIO_A + PRIO_B <= AVAILABLE < TOTAL, (PRIO_A, PRIO_B, AVAILABLE, TOTAL)
assert round(GAP / HOURS_PER, 1) == 1.5, GAP
C_PLANNED = AVAILABLE - PRIO_A - PRIO_B


def draw_page(c, page, total):
    w, h = A4
    c.setFillColor(colors.HexColor("#3c6e47"))
    c.rect(18 * mm, h - 19 * mm, 4 * mm, 7 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont(BOLD, 9)
    c.drawString(24 * mm, h - 14 * mm, "Tornvalla kommun")
    c.setFont(FONT, 8.5)
    c.drawString(24 * mm, h - 18.5 * mm, "Myndighetsnämnden")
    c.drawRightString(w - 18 * mm, h - 14 * mm, "Tillsynsplan 2026")
    c.drawRightString(w - 18 * mm, h - 18.5 * mm, f"Dnr {DNR}")
    c.setStrokeColor(colors.HexColor("#3c6e47"))
    c.line(18 * mm, h - 21 * mm, w - 18 * mm, h - 21 * mm)
    c.setFont(FONT, 7.5)
    c.drawString(18 * mm, 11 * mm, "Tornvalla kommun, Myndighetsnämnden, 681 92 Tornvalla · Växel 0590-123 00")
    c.drawRightString(w - 18 * mm, 11 * mm, f"Sida {page} av {total}")


def ruled(rows, widths, sum_row=False, repeat=1, right_from=None):
    t = Table(rows, colWidths=widths, repeatRows=repeat)
    st = [("FONT", (0, 0), (-1, -1), FONT, 8.2), ("FONT", (0, 0), (-1, 0), BOLD, 8.2),
          ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfeadf")),
          ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.HexColor("#3c6e47")),
          ("LINEBELOW", (0, 1), (-1, -1), 0.25, colors.HexColor("#9a9a9a")),
          ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 2),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if right_from is not None:
        st.append(("ALIGN", (right_from, 1), (-1, -1), "RIGHT"))
    if sum_row:
        st += [("FONT", (0, -1), (-1, -1), BOLD, 8.2), ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]
    t.setStyle(TableStyle(st))
    return t


facts = Table([["Beslutsinstans", "Myndighetsnämnden"], ["Antagen", "2025-12-04, § 131"],
               ["Diarienummer", DNR], ["Handläggare", "Sara Lindeborg, miljöchef"],
               ["Gäller", "Tillsynsplan 2026; behovsutredning för 2026–2028"]], colWidths=[35 * mm, 120 * mm])
facts.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, 8.8), ("FONT", (0, 0), (0, -1), BOLD, 8.8),
                           ("BOX", (0, 0), (-1, -1), 0.5, colors.grey), ("INNERGRID", (0, 0), (-1, -1), 0.25,
                                                                          colors.lightgrey)]))

story = [
    Paragraph("Tillsynsplan 2026", h1),
    Paragraph("Behovsutredning och tillsynsplan enligt miljöbalken och livsmedelslagstiftningen", sub),
    facts, Spacer(1, 8),
    Paragraph("1 Inledning", h2),
    Paragraph("Myndighetsnämnden ansvarar för kommunens tillsyn enligt miljöbalken (MB) och offentlig kontroll "
              "enligt livsmedelslagstiftningen (LL). Enligt miljötillsynsförordningen och "
              "livsmedelsförordningen ska nämnden varje år upprätta en plan för tillsynen och vart tredje år en "
              "utredning av tillsynsbehovet. Tillsyn enligt alkohollagen och lagen om tobak och liknande "
              "produkter ingår inte i denna plan; den utförs av socialnämnden.", body),
    Paragraph("2 Sammanfattning", h2),
    Paragraph(f"Behovet av tillsyn 2026 beräknas till {sv_int(TOTAL)} timmar, varav {sv_int(MB)} timmar enligt "
              f"miljöbalken, {sv_int(LL)} timmar enligt livsmedelslagstiftningen och {sv_int(BOTH)} timmar för "
              f"registrering, vägledning och remisser. Nämnden har {sv_int(AVAILABLE)} timmar tillgänglig "
              f"tillsynstid. Underskottet är {sv_int(GAP)} timmar, vilket motsvarar ungefär 1,5 årsarbetskrafter. "
              f"Planen prioriterar därför tillsyn som finansieras med fast årlig avgift, objekt med hög risk och "
              f"projektet om enskilda avlopp i Sjömyrbäckens avrinningsområde. Behovet bedöms öka till "
              f"{sv_int(TOTAL + 150)} timmar 2027 och {sv_int(TOTAL + 300)} timmar 2028, främst genom fler registrerade livsmedelsanläggningar.", body),
    Paragraph("Planen för 2025 genomfördes till 81 procent. De största eftersläpningarna gällde verkstadsindustri "
              "och livsmedelsanläggningar i riskklass låg.", body),
    Paragraph("3 Resurser", h2),
    Paragraph("Tabell 1. Tillgänglig tillsynstid 2026", cap),
    ruled([["Resurs", "Årsarbetskrafter", "Tillsynstid per åa, h", "Summa, h"],
           ["Miljö- och hälsoskyddsinspektörer", "5,0", sv_int(HOURS_PER), sv_int(5 * HOURS_PER)],
           ["Livsmedelsinspektörer", "2,5", sv_int(HOURS_PER), sv_int(25 * HOURS_PER // 10)],
           ["Summa", "7,5", "", sv_int(AVAILABLE)]],
          [70 * mm, 30 * mm, 35 * mm, 25 * mm], sum_row=True, right_from=1),
    Spacer(1, 4),
    Paragraph("Tillsynstiden per årsarbetskraft är den tid som återstår efter semester, frånvaro, utbildning, "
              "administration och restid. Nämndens timavgift 2026 är 1 290 kronor enligt miljöbalken och 1 460 "
              "kronor för offentlig livsmedelskontroll. Intäkterna från avgifter beräknas till 4,9 mnkr.", body),
    Paragraph("4 Behov per objektkategori", h2),
    Paragraph("Prioritet A ska genomföras 2026, prioritet B genomförs i den mån tid finns och prioritet C "
              "genomförs endast efter klagomål eller händelse. Timmar avser handläggningstid per objekt och år.",
              body),
    Paragraph("Tabell 2. Tillsynsbehov 2026 per objektkategori", cap),
]
rows = [["Objektkategori", "Lag", "Frekvens", "Antal objekt", "Timmar per objekt", "Behov, h", "Prio"]]
for r, n in need:
    rows.append([Paragraph(r[0], cell), r[1], r[2], sv_int(r[3]), sv_int(r[4]), sv_int(n), r[5]])
rows.append(["Summa", "", "", sv_int(sum(r[3] for r in ROWS)), "", sv_int(TOTAL), ""])
story += [ruled(rows, [58 * mm, 14 * mm, 26 * mm, 19 * mm, 20 * mm, 16 * mm, 10 * mm], sum_row=True,
                right_from=3), Spacer(1, 6)]
story += [
    Paragraph("5 Prioritering 2026", h2),
    Paragraph("Tabell 3. Behov och planerad tid per prioritet", cap),
    ruled([["Prioritet", "Behov, h", "Planerad tid, h"],
           ["A – genomförs 2026", sv_int(PRIO_A), sv_int(PRIO_A)],
           ["B – i mån av tid", sv_int(PRIO_B), sv_int(PRIO_B)],
           ["C – endast händelsestyrd", sv_int(PRIO_C), sv_int(C_PLANNED)],
           ["Summa", sv_int(TOTAL), sv_int(AVAILABLE)]],
          [60 * mm, 30 * mm, 30 * mm], sum_row=True, right_from=1),
    Spacer(1, 4),
    Paragraph("Planerad tillsyn av solarier och av hästhållning under 30 djurenheter genomförs inte 2026. "
              "Lantbruk med 30–100 djurenheter och livsmedelsanläggningar i riskklass medel och låg besöks i "
              "första hand efter klagomål. Kontrollen av köldmedierapporter görs som skrivbordskontroll.", body),
    Paragraph("6 Prioriterat projekt: enskilda avlopp", h2),
    Paragraph("Under 2026 inventeras 120 enskilda avlopp i Sjömyrbäckens avrinningsområde, där vattenmyndigheten "
              "bedömt att övergödning hindrar god ekologisk status. Fastighetsägare med bristfälliga avlopp får "
              "föreläggande om åtgärd inom två år. Projektet beräknas ta 360 timmar.", body),
    Paragraph("7 Uppföljning", h2),
    Paragraph("Planen följs upp i delårsrapporten per augusti och i verksamhetsberättelsen. Om underskottet inte "
              "kan täckas avser nämnden att i budgetdialogen inför 2027 begära medel för ytterligare en "
              "miljöinspektör.", body),
]

path = out_dir() / "tornvalla_myn_tillsynsplan_2026.pdf"
doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=26 * mm,
                        bottomMargin=20 * mm, title="Tillsynsplan 2026 – Myndighetsnämnden, Tornvalla kommun",
                        author="Myndighetsnämnden", creator="Microsoft® Word 2019")
doc.build(story, canvasmaker=numbered_canvas(draw_page))
print(path, TOTAL, MB, LL, BOTH, AVAILABLE, GAP, PRIO_A, PRIO_B, PRIO_C, C_PLANNED)
