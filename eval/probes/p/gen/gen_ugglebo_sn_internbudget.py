"""Ugglebo kommun – socialnämndens internbudget 2026 med plan 2027–2028. PDF via the reportlab canvas.

Layout (new in probe p): the PDF **looks printed from Excel**: A4 landscape, light-grey gridlines around every cell,
a sheet footer ("Blad: Drift", print time), a unit line "Belopp i tkr" above the table, a **two-row header with
merged cells** ("Verksamhet" merged vertically; "Budget" over 2025 and 2026, "Plan" over 2027 and 2028),
group rows and **bold subtotal rows on a grey fill**, thousands separated by a **period** ("41.200"), and
negative numbers **in red and in parentheses** ("(650)"). Page 2 is a second sheet with the investment and
nyckeltal tables and an Excel text box with the comments.
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from common import out_dir, register_liberation

FILE = "ugglebo_sn_internbudget_2026_plan_2027-2028.pdf"
W, H = landscape(A4)
register_liberation()
F, FB, FI = "LibSans", "LibSans-Bold", "LibSans-Italic"
RED = colors.HexColor("#C00000")
GRID = colors.HexColor("#BFBFBF")
FILL = colors.HexColor("#E7E6E6")
HEADFILL = colors.HexColor("#DDEBF7")


def xl(n: int) -> str:
    """Excel custom format #.##0;(#.##0) with Swedish-style period grouping."""
    s = f"{abs(n):,}".replace(",", ".")
    return f"({s})" if n < 0 else s


# verksamhet: Bokslut 2024, Budget 2025, Budget 2026, Plan 2027, Plan 2028 (nettokostnad, tkr)
GROUPS = [
    ("Individ- och familjeomsorg", "Summa individ- och familjeomsorg", [
        ("Försörjningsstöd", [38_940, 36_500, 41_200, 40_400, 39_800]),
        ("Barn och unga, placeringar", [27_310, 24_800, 26_900, 26_100, 25_600]),
        ("Vuxna, missbruk och beroende", [11_460, 12_300, 11_650, 11_900, 12_150]),
        ("Öppenvård och förebyggande", [9_870, 10_400, 10_950, 11_200, 11_450]),
    ]),
    ("Funktionsstöd", "Summa funktionsstöd", [
        ("LSS-boende", [64_200, 66_900, 70_350, 72_100, 73_800]),
        ("Daglig verksamhet", [18_730, 19_400, 19_050, 19_500, 19_900]),
        ("Personlig assistans", [22_480, 21_900, 23_600, 24_100, 24_600]),
    ]),
    ("Nämnd och förvaltningsgemensamt", "Summa nämnd och förvaltningsgemensamt", [
        ("Nämnd, ledning och administration", [7_950, 8_300, 8_150, 8_250, 8_350]),
    ]),
]
TOTAL = [sum(v[i] for _, _, rows in GROUPS for _, v in rows) for i in range(5)]
RESULT = [-4_820, 0, 0, -1_850, -3_400]          # kommunbidrag − nettokostnad
RAM = [t + r for t, r in zip(TOTAL, RESULT)]
assert RAM[1] == TOTAL[1] and RAM[2] == TOTAL[2]
FS = dict(GROUPS[0][2])["Försörjningsstöd"]
assert FS[2] - FS[1] == 4_700

COLS = [40, 300, 385, 470, 555, 640, 725, 810]   # column edges
ROW_H = 17


def cell_text(c, col, y, text, font=F, size=9, color=colors.black, align="right"):
    c.setFont(font, size)
    c.setFillColor(color)
    if align == "right":
        c.drawRightString(COLS[col + 1] - 5, y + 5, text)
    elif align == "center":
        c.drawCentredString((COLS[col] + COLS[col + 1]) / 2, y + 5, text)
    else:
        c.drawString(COLS[col] + 5, y + 5, text)
    c.setFillColor(colors.black)


def grid_row(c, y, fill=None, bold_top=False):
    if fill is not None:
        c.setFillColor(fill)
        c.rect(COLS[0], y, COLS[-1] - COLS[0], ROW_H, stroke=0, fill=1)
        c.setFillColor(colors.black)
    c.setStrokeColor(GRID)
    c.setLineWidth(0.4)
    for x in COLS:
        c.line(x, y, x, y + ROW_H)
    c.line(COLS[0], y, COLS[-1], y)
    c.setStrokeColor(colors.black)
    if bold_top:
        c.setLineWidth(0.9)
        c.line(COLS[0], y + ROW_H, COLS[-1], y + ROW_H)


def num_row(c, y, label, vals, bold=False, indent=12, fill=None):
    grid_row(c, y, fill, bold_top=bold)
    font = FB if bold else F
    c.setFont(font, 9)
    c.drawString(COLS[0] + 5 + indent, y + 5, label)
    change = vals[2] - vals[1]
    for i, v in enumerate(vals + [change]):
        cell_text(c, i + 1, y, xl(v), font, color=RED if v < 0 else colors.black)


def sheet_frame(c, page, sheet):
    c.setFont(F, 8)
    c.drawString(40, H - 28, "Ugglebo kommun")
    c.drawCentredString(W / 2, H - 28, "Socialnämnden – Internbudget 2026 med plan 2027–2028")
    c.drawRightString(W - 32, H - 28, "Dnr SN-25/318")
    c.drawString(40, 22, f"Blad: {sheet}")
    c.drawCentredString(W / 2, 22, f"Sida {page} av 2")
    c.drawRightString(W - 32, 22, "Utskrivet 2025-12-04 09:12")


def page1(c):
    sheet_frame(c, 1, "Drift")
    c.setFont(FB, 14)
    c.drawString(40, H - 62, "Driftbudget per verksamhet 2026 med plan 2027–2028")
    c.setFont(F, 9)
    c.drawString(40, H - 78, "Socialnämnden, Ugglebo kommun. Nettokostnad per verksamhet. Fastställd av "
                             "socialnämnden 2025-11-26, § 142.")
    c.setFont(FI, 9)
    c.drawString(40, H - 98, "Belopp i tkr")
    # two-row header with merged cells
    y2 = H - 140
    y1 = y2 + ROW_H
    c.setFillColor(HEADFILL)
    c.rect(COLS[0], y2, COLS[-1] - COLS[0], 2 * ROW_H, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setStrokeColor(GRID)
    c.setLineWidth(0.4)
    c.rect(COLS[0], y2, COLS[-1] - COLS[0], 2 * ROW_H, stroke=1, fill=0)
    for x in COLS[1:-1]:
        top = y1 + ROW_H if x in (COLS[1], COLS[2], COLS[4], COLS[6]) else y1
        c.line(x, y2, x, top)
    c.line(COLS[1], y1, COLS[-1], y1)
    c.setFont(FB, 9)
    c.drawString(COLS[0] + 5, y2 + ROW_H - 4, "Verksamhet")               # merged vertically
    for a, b, t in ((1, 2, "Utfall"), (2, 4, "Budget"), (4, 6, "Plan"), (6, 7, "Förändring")):
        c.drawCentredString((COLS[a] + COLS[b]) / 2, y1 + 5, t)            # merged horizontally
    for i, t in enumerate(["Bokslut 2024", "2025", "2026", "2027", "2028", "2026 mot 2025"]):
        cell_text(c, i + 1, y2, t, FB, 9, align="center")
    y = y2
    for group, summa, rows in GROUPS:
        y -= ROW_H
        grid_row(c, y)
        c.setFont(FB, 9)
        c.drawString(COLS[0] + 5, y + 5, group)
        for label, vals in rows:
            y -= ROW_H
            num_row(c, y, label, vals)
        y -= ROW_H
        num_row(c, y, summa, [sum(v[i] for _, v in rows) for i in range(5)], bold=True, indent=0, fill=FILL)
    y -= ROW_H
    num_row(c, y, "Summa nettokostnad", TOTAL, bold=True, indent=0, fill=FILL)
    y -= ROW_H
    num_row(c, y, "Kommunbidrag (ram)", RAM, indent=0)
    y -= ROW_H
    num_row(c, y, "Resultat / ofinansierat", RESULT, bold=True, indent=0, fill=FILL)
    c.setFont(FI, 8)
    c.drawString(40, y - 16, "Negativa belopp visas inom parentes och i rött. Planåren 2027–2028 bygger på "
                             "kommunfullmäktiges preliminära ramar.")


INV = [("Trygghetslarm och välfärdsteknik", [1_200, 800, 800]),
       ("Inventarier LSS-boende Solgårdsvägen", [950, 0, 0]),
       ("Verksamhetssystem individ- och familjeomsorg", [600, 300, 0])]
INV_TOT = [sum(v[i] for _, v in INV) for i in range(3)]
assert INV_TOT == [2_750, 1_100, 800]
KEY = [("Hushåll med försörjningsstöd, snitt per månad", ["418", "400", "455"]),
       ("Personer med bostad enligt LSS", ["86", "88", "92"]),
       ("Beviljade timmar personlig assistans (SoL/LSS), tusental", ["61,2", "60,0", "63,5"])]


def page2(c):
    sheet_frame(c, 2, "Investeringar och nyckeltal")
    c.setFont(FB, 14)
    c.drawString(40, H - 62, "Investeringsbudget och nyckeltal")
    c.setFont(FI, 9)
    c.drawString(40, H - 84, "Belopp i tkr")
    xs = [40, 360, 460, 560, 660]
    y = H - 120
    c.setFillColor(HEADFILL)
    c.rect(xs[0], y, xs[-1] - xs[0], 2 * ROW_H, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setStrokeColor(GRID)
    c.rect(xs[0], y, xs[-1] - xs[0], 2 * ROW_H, stroke=1, fill=0)
    for x in xs[1:-1]:
        c.line(x, y, x, y + (2 * ROW_H if x in (xs[1], xs[2]) else ROW_H))
    c.line(xs[2], y + ROW_H, xs[-1], y + ROW_H)
    c.setFont(FB, 9)
    c.drawString(xs[0] + 5, y + ROW_H - 4, "Investeringsprojekt")
    c.drawCentredString((xs[1] + xs[2]) / 2, y + ROW_H - 4, "Budget 2026")
    c.drawCentredString((xs[2] + xs[4]) / 2, y + ROW_H + 5, "Plan")
    c.drawCentredString((xs[2] + xs[3]) / 2, y + 5, "2027")
    c.drawCentredString((xs[3] + xs[4]) / 2, y + 5, "2028")
    for label, vals, bold in [(lb, v, False) for lb, v in INV] + [("Summa investeringar", INV_TOT, True)]:
        y -= ROW_H
        if bold:
            c.setFillColor(FILL)
            c.rect(xs[0], y, xs[-1] - xs[0], ROW_H, stroke=0, fill=1)
            c.setFillColor(colors.black)
        c.setStrokeColor(GRID)
        c.rect(xs[0], y, xs[-1] - xs[0], ROW_H, stroke=1, fill=0)
        for x in xs[1:-1]:
            c.line(x, y, x, y + ROW_H)
        c.setFont(FB if bold else F, 9)
        c.drawString(xs[0] + 5, y + 5, label)
        for i, v in enumerate(vals):
            c.drawRightString(xs[i + 2] - 5, y + 5, xl(v))
    # nyckeltal
    y -= 40
    c.setFont(FB, 11)
    c.drawString(40, y + 8, "Nyckeltal")
    y -= ROW_H + 4
    c.setFillColor(HEADFILL)
    c.rect(xs[0], y, xs[-1] - xs[0] - 100, ROW_H, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont(FB, 9)
    for x, t in zip(xs[1:4], ["Utfall 2024", "Budget 2025", "Budget 2026"]):
        c.drawRightString(x + 95, y + 5, t)
    c.drawString(xs[0] + 5, y + 5, "Nyckeltal")
    for label, vals in KEY:
        y -= ROW_H
        c.setStrokeColor(GRID)
        c.rect(xs[0], y, xs[-1] - xs[0] - 100, ROW_H, stroke=1, fill=0)
        c.setFont(F, 9)
        c.drawString(xs[0] + 5, y + 5, label)
        for x, v in zip(xs[1:4], vals):
            c.drawRightString(x + 95, y + 5, v)
    # the Excel text box with comments
    box_top = y - 24
    lines = [
        ("Kommentarer till budgeten", FB),
        ("Socialnämnden fastställde internbudgeten 2025-11-26, § 142. Förvaltningschef är Ingrid Svahn; "
         "ekonom för nämnden är Daniel Rehn.", F),
        ("Ramen för 2026 är 11.350 tkr högre än 2025. Försörjningsstödet ökar med 4.700 tkr eftersom fler hushåll "
         "har förlorat etableringsersättningen", F),
        ("och arbetslösheten har stigit; budgeten bygger på i genomsnitt 455 hushåll per månad (utfall 2024: 418).",
         F),
        ("Vuxna, missbruk och beroende minskar med 650 tkr när två externa platser ersätts av egen öppenvård.", F),
        ("Budgeten redovisas netto per verksamhet; fördelningen på kostnadsslag (personal, lokaler, köpt "
         "verksamhet) görs i ekonomisystemet och ingår inte här.", F),
        ("Kommunfullmäktiges preliminära ramar för 2027 och 2028 räcker inte för planerad verksamhet. Det "
         "ofinansierade beloppet, 1.850 tkr 2027", F),
        ("och 3.400 tkr 2028, ska hanteras i budgetprocessen våren 2026.", F),
    ]
    c.setStrokeColor(colors.HexColor("#7F7F7F"))
    c.setFillColor(colors.HexColor("#FFFFF0"))
    c.rect(40, box_top - 14 * len(lines) - 8, W - 80, 14 * len(lines) + 14, stroke=1, fill=1)
    c.setFillColor(colors.black)
    for i, (t, f) in enumerate(lines):
        c.setFont(f, 9)
        c.drawString(48, box_top - 14 * i, t)


def main():
    diff = RAM[2] - RAM[1]
    assert diff == 11_350, diff
    c = canvas.Canvas(str(out_dir() / FILE), pagesize=(W, H))
    c.setTitle("Internbudget 2026 med plan 2027–2028 – Socialnämnden, Ugglebo kommun")
    c.setCreator("Microsoft® Excel® för Microsoft 365")
    page1(c)
    c.showPage()
    page2(c)
    c.showPage()
    c.save()


if __name__ == "__main__":
    main()
