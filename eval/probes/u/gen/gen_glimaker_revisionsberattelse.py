"""Glimåkers kommun – revisorernas revisionsberättelse för år 2025 med redogörelse (PDF, reportlab platypus).

Layout: A4 portrait, DejaVu Sans, running header (kommun / Revisorerna / Revisionsberättelse för år 2025) and footer
(Dnr, "Sida N av M") on every page; the formal revisionsberättelse on page 1–2 with a signature grid, then the
redogörelse with a ruled table of the year's granskningar and a table of socialnämndens avvikelser.
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                TableStyle)

from common import numbered_canvas, out_dir, pdf_invariant, register_dejavu, sv_tenths

pdf_invariant()
register_dejavu()
FONT, BOLD = "DejaVu", "DejaVu-Bold"
DNR = "Rev 2026:04"

body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.2, spaceAfter=5)
h1 = ParagraphStyle("h1", parent=body, fontName=BOLD, fontSize=15, leading=19, spaceBefore=4, spaceAfter=8)
h2 = ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=11, leading=14, spaceBefore=8, spaceAfter=4)
small = ParagraphStyle("small", parent=body, fontSize=8.2, leading=10.5, spaceAfter=0)
smallb = ParagraphStyle("smallb", parent=small, fontName=BOLD)

# --- figures (tenths of mnkr), asserted -------------------------------------------------------------------------
SN_DEV = [("Placeringar barn och unga", -121), ("Ekonomiskt bistånd", -49), ("Missbruksvård vuxna", -23),
          ("Myndighet och administration", 7)]
SN_TOTAL = -186
assert sum(v for _, v in SN_DEV) == SN_TOTAL
TN_SAMPLE, TN_NO_CONTRACT = 60, 22
RESULT, RESULT_2024, BALANS = 124, 217, 98
GOALS_FIN = (2, 4)
GOALS_VERK = (5, 4, 3)   # uppfyllda, delvis, ej
assert sum(GOALS_VERK) == 12
REV_BUDGET, REV_UTFALL = 1640, 1587

GRANSKNINGAR = [
    ("1", "Grundläggande granskning av styrelse och nämnder", "Samtliga", "–", "2026-03-19"),
    ("2", "Upphandling och avtalstrohet", "Tekniska nämnden", "Ej tillfredsställande", "2025-10-14"),
    ("3", "Ekonomistyrning inom socialtjänsten", "Socialnämnden", "Delvis tillfredsställande", "2025-11-20"),
    ("4", "Skolans arbete med problematisk frånvaro", "Barn- och utbildningsnämnden", "Tillfredsställande",
     "2025-06-05"),
    ("5", "Handläggning av bostadsanpassningsbidrag", "Miljö- och byggnadsnämnden", "Delvis tillfredsställande",
     "2025-09-02"),
    ("6", "Informationssäkerhet och behörigheter", "Kommunstyrelsen", "Delvis tillfredsställande", "2025-12-03"),
    ("7", "Delårsrapport januari–augusti 2025", "Kommunstyrelsen", "–", "2025-10-08"),
    ("8", "Årsredovisning 2025", "Kommunstyrelsen", "–", "2026-04-02"),
]

REVISORER = [("Gunnel Arvidsson (S)", "ordförande"), ("Tord Lindmark (M)", "vice ordförande"),
             ("Bengt-Åke Rask (SD)", ""), ("Maja Svedin (V)", ""), ("Leif Olausson (C)", "")]


def draw_page(c, page, total):
    w, h = A4
    c.setFont(BOLD, 9)
    c.drawString(20 * mm, h - 14 * mm, "GLIMÅKERS KOMMUN")
    c.setFont(FONT, 8.5)
    c.drawString(20 * mm, h - 18.5 * mm, "Revisorerna")
    c.drawRightString(w - 20 * mm, h - 14 * mm, "Revisionsberättelse för år 2025")
    c.drawRightString(w - 20 * mm, h - 18.5 * mm, "Till kommunfullmäktige")
    c.setStrokeColor(colors.HexColor("#2b5c8a"))
    c.setLineWidth(0.8)
    c.line(20 * mm, h - 21 * mm, w - 20 * mm, h - 21 * mm)
    c.setLineWidth(0.4)
    c.line(20 * mm, 16 * mm, w - 20 * mm, 16 * mm)
    c.setFont(FONT, 7.5)
    c.drawString(20 * mm, 11.5 * mm, f"Glimåkers kommun · Revisorerna · Dnr {DNR}")
    c.drawRightString(w - 20 * mm, 11.5 * mm, f"Sida {page} av {total}")


def grid(rows, widths, header=True, sum_row=False):
    t = Table(rows, colWidths=widths, repeatRows=1 if header else 0)
    st = [("FONT", (0, 0), (-1, -1), FONT, 8.2), ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a8a8a")),
          ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    if header:
        st += [("FONT", (0, 0), (-1, 0), BOLD, 8.2), ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dce6f0"))]
    if sum_row:
        st += [("FONT", (0, -1), (-1, -1), BOLD, 8.2)]
    t.setStyle(TableStyle(st))
    return t


def minus(t):
    return sv_tenths(t).replace("-", "\u2212")


story = [
    Paragraph("Till kommunfullmäktige i Glimåkers kommun<br/>Organisationsnummer 212000-4471", body),
    Spacer(1, 4),
    Paragraph("Revisionsberättelse för år 2025", h1),
    Paragraph("Vi, av fullmäktige utsedda revisorer, har granskat den verksamhet som bedrivits i kommunstyrelsen och "
              "nämnderna och, genom utsedda lekmannarevisorer, den verksamhet som bedrivits i kommunens företag "
              "Glimåkers Energi AB och AB Glimåkershus.", body),
    Paragraph("Kommunstyrelsen och nämnderna ansvarar för att verksamheten bedrivs enligt gällande mål, beslut och "
              "riktlinjer samt de lagar och föreskrifter som gäller för verksamheten. De ansvarar också för att det "
              "finns en tillräcklig intern kontroll och för att återredovisa till fullmäktige.", body),
    Paragraph("Revisorerna ansvarar för att granska verksamhet, intern kontroll och räkenskaper och pröva om "
              "verksamheten bedrivits enligt fullmäktiges uppdrag. Granskningen har utförts enligt kommunallagen, "
              "god revisionssed i kommunal verksamhet och kommunens revisionsreglemente. Granskningen har genomförts "
              "med den inriktning och omfattning som behövs för att ge rimlig grund för bedömning och "
              "ansvarsprövning.", body),
    Paragraph("Bedömningar", h2),
    Paragraph("Vi bedömer sammantaget att kommunstyrelsen och nämnderna, med undantag av tekniska nämnden, i allt "
              "väsentligt har bedrivit verksamheten på ett ändamålsenligt och från ekonomisk synpunkt "
              "tillfredsställande sätt. Vi bedömer att räkenskaperna i allt väsentligt är rättvisande och att "
              "kommunstyrelsens och nämndernas interna kontroll har varit tillräcklig, med undantag av tekniska "
              "nämndens kontroll av inköp.", body),
    Paragraph(f"Vi bedömer att resultatet i årsredovisningen är delvis förenligt med de mål som fullmäktige "
              f"beslutat. Av fyra finansiella mål har {['noll','ett','två','tre','fyra'][GOALS_FIN[0]]} uppfyllts. "
              f"Av tolv verksamhetsmål har fem uppfyllts, fyra delvis uppfyllts och tre inte uppfyllts.", body),
    Paragraph("Anmärkning", h2),
    Paragraph(f"Vi riktar <b>anmärkning mot tekniska nämnden</b> för bristande intern kontroll vid upphandling och "
              f"inköp. Vår granskning visar att nämnden under 2025 gjort inköp för sammanlagt 14,2 mnkr utan giltigt "
              f"avtal eller dokumenterad direktupphandling. Av {TN_SAMPLE} granskade fakturor saknade {TN_NO_CONTRACT} "
              f"stöd i avtal. Samma brist påtalades i vår granskning 2023, och de åtgärder som nämnden då utlovade har "
              f"inte genomförts.", body),
    Paragraph("Kritik", h2),
    Paragraph(f"Vi framför <b>kritik mot socialnämnden</b>, men riktar inte anmärkning, för att nämnden inte i "
              f"tillräcklig omfattning vidtagit åtgärder för att få ekonomin i balans. Nämndens underskott mot "
              f"budget uppgick till {minus(SN_TOTAL)} mnkr (2024: \u221211,3 mnkr). En åtgärdsplan antogs först i "
              f"oktober 2025.", body),
    Paragraph("Tillstyrkan och avstyrkan", h2),
    Paragraph("Vi tillstyrker att fullmäktige beviljar ansvarsfrihet för kommunstyrelsen och nämnderna samt de "
              "enskilda förtroendevalda i dessa organ, med undantag av tekniska nämnden.", body),
    Paragraph("Vi <b>avstyrker</b> att fullmäktige beviljar ansvarsfrihet för tekniska nämnden och de enskilda "
              "förtroendevalda i nämnden.", body),
    Paragraph("Vi tillstyrker att kommunens årsredovisning för 2025 godkänns.", body),
    Paragraph("Vi åberopar bifogad redogörelse och de rapporter som upprättats under året.", body),
    Spacer(1, 6),
    Paragraph("Glimåker den 9 april 2026", body),
]
sig_rows = []
for i in range(0, len(REVISORER), 2):
    row = []
    for name, role in REVISORER[i:i + 2]:
        row.append([Paragraph("_______________________________", small),
                    Paragraph(name + (f", {role}" if role else ""), small)])
    while len(row) < 2:
        row.append("")
    sig_rows.append(row)
sig = Table(sig_rows, colWidths=[85 * mm, 85 * mm])
sig.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 9)]))
story += [KeepTogether([sig]), Spacer(1, 6),
          Paragraph("Bilagor: Redogörelse för revisionen 2025; revisionsrapporter enligt förteckning; "
                    "granskningsrapporter från lekmannarevisorerna i Glimåkers Energi AB och AB Glimåkershus.", small),
          PageBreak()]

story += [
    Paragraph("Redogörelse för revisionen 2025", h1),
    Paragraph("1. Revisionens organisation", h2),
    Paragraph(f"Fullmäktige har valt fem revisorer för mandatperioden 2023–2026. Revisorerna biträds av Aspekta "
              f"Kommunrevision AB med certifierade kommunala revisorn Elin Bäckström som sakkunnig. Revisionens "
              f"budget för 2025 var {REV_BUDGET // 1000} {REV_BUDGET % 1000:03d} tkr och utfallet blev "
              f"{REV_UTFALL // 1000} {REV_UTFALL % 1000:03d} tkr. Revisorerna har haft elva protokollförda "
              f"sammanträden och träffat samtliga nämnders presidier.", body),
    Paragraph("2. Genomförda granskningar", h2),
    Paragraph("Tabell 1. Granskningar under revisionsåret 2025", smallb),
    Spacer(1, 2),
    grid([["Nr", "Granskning", "Nämnd", "Bedömning", "Rapport"]] +
         [[Paragraph(c, small) for c in r] for r in GRANSKNINGAR],
         [9 * mm, 58 * mm, 42 * mm, 36 * mm, 22 * mm]),
    Spacer(1, 6),
    Paragraph("3. Tekniska nämnden – upphandling och avtalstrohet", h2),
    Paragraph(f"Granskningen omfattade ett stickprov om {TN_SAMPLE} fakturor från perioden januari–augusti 2025. "
              f"{TN_NO_CONTRACT} av fakturorna saknade stöd i avtal eller dokumenterad direktupphandling. Uppräknat "
              f"på helåret motsvarar bristerna inköp för 14,2 mnkr, främst konsulttjänster, maskinhyror och "
              f"fordonsreparationer. I vår rapport 2023-11-07 påtalade vi samma brist, och nämnden svarade då att "
              f"en inköpssamordnare skulle anställas under 2024. Tjänsten har inte tillsatts. Nämnden har inte "
              f"lämnat något svar på årets rapport trots påminnelse.", body),
    Paragraph("4. Socialnämnden – ekonomistyrning", h2),
    Paragraph(f"Socialnämnden redovisar ett underskott om {minus(SN_TOTAL)} mnkr mot budget, det tredje året i "
              f"följd. Nämnden antog en åtgärdsplan 2025-10-22, § 97, med en beräknad besparing om 6,5 mnkr på "
              f"helårsbasis, varav 1,2 mnkr fick effekt under 2025.", body),
    Paragraph("Tabell 2. Socialnämndens budgetavvikelse 2025 per verksamhet (mnkr)", smallb),
    Spacer(1, 2),
    grid([["Verksamhet", "Avvikelse mot budget"]] + [[n, minus(v)] for n, v in SN_DEV] +
         [["Socialnämnden totalt", minus(SN_TOTAL)]], [90 * mm, 40 * mm], sum_row=True),
    Spacer(1, 6),
    Paragraph("5. Årsredovisningen", h2),
    Paragraph(f"Kommunens resultat 2025 uppgick till {sv_tenths(RESULT)} mnkr (2024: {sv_tenths(RESULT_2024)} "
              f"mnkr) och balanskravsresultatet till {sv_tenths(BALANS)} mnkr. Balanskravet är därmed uppfyllt. "
              f"Målet om ett resultat på minst 2,0 procent av skatter och generella statsbidrag nåddes inte; utfallet "
              f"blev 0,8 procent. Målen om soliditet och om självfinansiering av investeringar uppfylldes, medan "
              f"målet om en låneskuld under 45 000 kr per invånare inte uppfylldes.", body),
    Paragraph("6. Kommunens företag", h2),
    Paragraph("Lekmannarevisorerna i Glimåkers Energi AB och AB Glimåkershus har inte riktat några anmärkningar. "
              "De bedömer att bolagens verksamhet har skötts på ett ändamålsenligt och från ekonomisk synpunkt "
              "tillfredsställande sätt.", body),
    Paragraph("7. Ansvarsprövningen", h2),
    Paragraph("Revisionsberättelsen överlämnas till kommunfullmäktige, som prövar frågan om ansvarsfrihet vid "
              "sammanträdet den 25 maj 2026. Före prövningen ska fullmäktige inhämta förklaring från tekniska "
              "nämnden över den riktade anmärkningen.", body),
]

path = out_dir() / "glimaker_revisionsberattelse_2025.pdf"
doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=27 * mm,
                        bottomMargin=22 * mm, title="Revisionsberättelse för år 2025 – Glimåkers kommun",
                        author="Revisorerna i Glimåkers kommun", creator="Microsoft® Word för Microsoft 365")
doc.build(story, canvasmaker=numbered_canvas(draw_page))
print(path)
