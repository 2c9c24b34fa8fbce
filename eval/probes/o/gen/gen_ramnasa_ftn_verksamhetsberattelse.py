"""Ramnåsa kommun – fastighetsnämndens verksamhetsberättelse 2025. PDF via the reportlab canvas.

Layout (new in probe o):
- page 1 (portrait) carries a **bar chart drawn on the canvas** (Diagram 1, energianvändning kWh/kvm 2021–2025):
  the values exist only as **data labels above the bars** and the years as category labels under them; the y axis
  has its own tick numbers (0, 40, 80, 120, 160). The chart's values are not repeated in any table or in the prose.
- page 2 is an A4 page whose MediaBox is **portrait** but which carries **/Rotate 90**; its content is drawn in a
  rotated coordinate system, so a viewer shows it as landscape. It holds the wide nyckeltal table (eight columns:
  2019 … 2025 and Budget 2026) with "–" for values that are not measured or not budgeted, and a note under it.
- page 3 (portrait): investment table and prose.
Running footer "Ramnåsa kommun · Fastighetsnämnden · Verksamhetsberättelse 2025 · Dnr FTN 2026/0017 · Sida N av 3".
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, Table, TableStyle

from common import out_dir, register_dejavu, sv_int, sv_tenths

FILE = "ramnasa_ftn_verksamhetsberattelse_2025.pdf"
DNR = "FTN 2026/0017"
N_PAGES = 3
W, H = A4

# --- figures (integers; tenths where a decimal is printed)
RES_2025, RES_2024 = 14, -21                       # mnkr, tenths
ENERGI_PRIS, SNO, VATTEN = 32, -11, -7              # parts of the result, tenths of mnkr
assert ENERGI_PRIS + SNO + VATTEN == RES_2025
INTAKT, KOSTNAD = 2864, 2850
assert INTAKT - KOSTNAD == RES_2025
CHART = [(2021, 148), (2022, 141), (2023, 136), (2024, 131), (2025, 125)]   # kWh per kvm Atemp
YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025]
NYCKEL = [  # label, unit kind, values 2019..2025, budget 2026 (None = "–")
    ("Förvaltad lokalyta, kvm BRA", "int", [198350, 199120, 203400, 205870, 208010, 209640, 212480], 214900),
    ("Vakansgrad, procent", "t", [29, 31, 34, 38, 32, 27, 24], None),
    ("Planerat underhåll, kr/kvm", "int", [96, 102, 108, 115, 121, 118, 127], 135),
    ("Lokalkostnad, kr/kvm", "int", [1084, 1102, 1131, 1188, 1246, 1297, 1338], 1372),
    ("Antal felanmälningar", "int", [6410, 6220, 6890, 7140, 7305, 7012, 6745], None),
    ("Nöjd-kund-index (NKI)¹", "int", [68, None, 71, 70, 72, 74, 76], None),
    ("Investeringar, mnkr", "t", [382, 416, 550, 624, 489, 713, 668], 840),
]
INVEST = [  # project, budget 2025, utfall 2025 (tenths of mnkr)
    ("Tallåsens skola, tillbyggnad", 320, 246),
    ("Ramnåsa simhall, ny reningsanläggning", 145, 159),
    ("Energieffektivisering och solceller", 90, 87),
    ("Övriga reinvesteringar", 213, 176),
]
INV_B, INV_U = sum(p[1] for p in INVEST), sum(p[2] for p in INVEST)
assert (INV_B, INV_U) == (768, 668) and INV_U == NYCKEL[-1][2][-1]

register_dejavu()
F, FB = "DejaVu", "DejaVu-Bold"
S = ParagraphStyle("b", fontName=F, fontSize=9.5, leading=12.6, spaceAfter=5)
S_H1 = ParagraphStyle("h1", fontName=FB, fontSize=16, leading=20, spaceAfter=6)
S_H2 = ParagraphStyle("h2", fontName=FB, fontSize=11.5, leading=15, spaceBefore=6, spaceAfter=4)
S_NOTE = ParagraphStyle("n", fontName=F, fontSize=8, leading=10)
BLUE = colors.HexColor("#2F5C8A")


def fmt(kind, v):
    if v is None:
        return "–"
    return sv_int(v) if kind == "int" else sv_tenths(v)


def footer(c, n, width=W):
    c.setFont(F, 7.5)
    c.setFillColor(colors.grey)
    c.drawString(20 * mm, 12 * mm, f"Ramnåsa kommun · Fastighetsnämnden · Verksamhetsberättelse 2025 · Dnr {DNR}")
    c.drawRightString(width - 20 * mm, 12 * mm, f"Sida {n} av {N_PAGES}")
    c.setFillColor(colors.black)


def flow(c, items, x, y, width):
    """Draw flowables from top y downwards; return the new y."""
    for f in items:
        w, h = f.wrapOn(c, width, 1000)
        sb = getattr(f, "style", None).spaceBefore if isinstance(f, Paragraph) else 0
        sa = getattr(f, "style", None).spaceAfter if isinstance(f, Paragraph) else 4
        y -= sb + h
        f.drawOn(c, x, y)
        y -= sa
    return y


def page1(c):
    x, width = 20 * mm, W - 40 * mm
    y = H - 22 * mm
    c.setFillColor(BLUE)
    c.rect(0, H - 12 * mm, W, 12 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(FB, 10)
    c.drawString(20 * mm, H - 8 * mm, "RAMNÅSA KOMMUN")
    c.setFillColor(colors.black)
    y = flow(c, [
        Paragraph("Fastighetsnämndens verksamhetsberättelse 2025", S_H1),
        Paragraph(f"Dnr {DNR} · Fastighetsförvaltningen · 2026-02-10 · Förvaltningschef Henrik Wadström", S),
        Paragraph("Sammanfattning", S_H2),
        Paragraph("Fastighetsnämnden förvaltar kommunens skolor, förskolor, äldreboenden, idrottsanläggningar och "
                  "administrativa lokaler. Verksamheten finansieras nästan helt med internhyror från de nämnder som "
                  "hyr lokalerna. Under året har tillbyggnaden av Tallåsens skola påbörjats och simhallens "
                  "reningsanläggning bytts ut. Vakansgraden har fortsatt att sjunka.", S),
        Paragraph("Ekonomiskt resultat", S_H2),
        Paragraph(f"Intäkterna uppgick till {sv_tenths(INTAKT)} mnkr och kostnaderna till {sv_tenths(KOSTNAD)} "
                  f"mnkr. Årets resultat blev därmed +{sv_tenths(RES_2025)} mnkr, att jämföra med "
                  f"−{sv_tenths(-RES_2024)} mnkr år 2024. Överskottet förklaras av lägre elpriser än budgeterat "
                  f"(+{sv_tenths(ENERGI_PRIS)} mnkr), medan snöröjningen under februari och december kostade "
                  f"{sv_tenths(-SNO)} mnkr mer än budget och akuta vattenskador i två förskolor "
                  f"{sv_tenths(-VATTEN)} mnkr.", S),
        Paragraph("Energianvändning", S_H2),
        Paragraph("Energianvändningen per kvadratmeter har minskat varje år sedan mätningen enligt den nya "
                  "metoden infördes 2021, främst genom styrning av ventilation och byte till LED-belysning. "
                  "Utvecklingen framgår av diagram 1. Uppgifter per enskild byggnad redovisas inte i "
                  "verksamhetsberättelsen.", S),
    ], x, y, width)
    # --- bar chart
    top = y - 6 * mm
    c.setFont(FB, 9)
    c.drawString(x, top, "Diagram 1. Energianvändning, kWh per kvm (Atemp), 2021–2025")
    ox, oy, cw, ch = x + 14 * mm, top - 78 * mm, 120 * mm, 62 * mm
    vmax = 160
    c.setFont(F, 7.5)
    c.setStrokeColor(colors.lightgrey)
    for t in range(0, vmax + 1, 40):   # y-axis ticks and grid first, as a chart tool writes them
        yy = oy + ch * t / vmax
        c.line(ox, yy, ox + cw, yy)
        c.drawRightString(ox - 2 * mm, yy - 2.5, str(t))
    c.setStrokeColor(colors.black)
    bw = cw / len(CHART) * 0.55
    for i, (year, val) in enumerate(CHART):
        bx = ox + cw / len(CHART) * (i + 0.225)
        bh = ch * val / vmax
        c.setFillColor(BLUE)
        c.rect(bx, oy, bw, bh, stroke=0, fill=1)
        c.setFillColor(colors.black)
        c.setFont(FB, 8.5)
        c.drawCentredString(bx + bw / 2, oy + bh + 2 * mm, str(val))      # data label above the bar
        c.setFont(F, 8)
        c.drawCentredString(bx + bw / 2, oy - 4.5 * mm, str(year))       # category label under the axis
    c.setFont(F, 7.5)
    c.drawString(x, oy - 12 * mm, "Källa: fastighetsförvaltningens energiuppföljning. Normalårskorrigerat.")
    footer(c, 1)


def page2(c):
    # MediaBox stays portrait; the page is shown landscape through /Rotate 90, content drawn rotated.
    c.saveState()
    c.translate(W, 0)
    c.rotate(90)
    LW, LH = H, W   # landscape width/height in the rotated system
    x = 18 * mm
    y = LH - 20 * mm
    y = flow(c, [Paragraph("Bilaga 1. Nyckeltal 2019–2025 och budget 2026", S_H1),
                 Paragraph("Tabellen visar nämndens nyckeltal för de senaste sju åren. För 2026 anges budgeterade "
                           "värden där nämnden har fastställt ett sådant; övriga celler markeras med streck.", S)],
             x, y, LW - 36 * mm)
    head = ["Nyckeltal"] + [str(yr) for yr in YEARS] + ["Budget 2026"]
    rows = [head] + [[lab] + [fmt(k, v) for v in vals] + [fmt(k, bud)] for lab, k, vals, bud in NYCKEL]
    t = Table(rows, colWidths=[62 * mm] + [23 * mm] * 7 + [26 * mm])
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), F, 9), ("FONT", (0, 0), (-1, 0), FB, 9),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE6F1")),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("LINEBELOW", (0, -1), (-1, -1), 0.8, colors.black),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#F4F6F9")]),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 4),
    ]))
    tw, th = t.wrapOn(c, LW, LH)
    y -= th + 4 * mm
    t.drawOn(c, x, y)
    y = flow(c, [Paragraph("¹ Ingen kundundersökning genomfördes 2020 på grund av pandemin. NKI mäts på en skala "
                           "0–100. Budget anges inte för vakansgrad, felanmälningar och NKI.", S_NOTE)],
             x, y - 3 * mm, LW - 36 * mm)
    footer(c, 2, width=LW)
    c.restoreState()


def page3(c):
    x, width = 20 * mm, W - 40 * mm
    y = H - 22 * mm
    y = flow(c, [Paragraph("Investeringar", S_H2),
                 Paragraph(f"Investeringsbudgeten för 2025 var {sv_tenths(INV_B)} mnkr och utfallet "
                           f"{sv_tenths(INV_U)} mnkr, en avvikelse på {sv_tenths(INV_B - INV_U)} mnkr.", S)],
             x, y, width)
    rows = [["Projekt", "Budget 2025, mnkr", "Utfall 2025, mnkr", "Avvikelse, mnkr"]]
    for name, b, u in INVEST:
        rows.append([name, sv_tenths(b), sv_tenths(u), sv_tenths(b - u).replace("-", "−")])
    rows.append(["Summa", sv_tenths(INV_B), sv_tenths(INV_U), sv_tenths(INV_B - INV_U)])
    t = Table(rows, colWidths=[78 * mm, 30 * mm, 30 * mm, 30 * mm])
    t.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), F, 9), ("FONT", (0, 0), (-1, 0), FB, 9),
                           ("FONT", (0, -1), (-1, -1), FB, 9), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                           ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black),
                           ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black)]))
    tw, th = t.wrapOn(c, width, H)
    y -= th
    t.drawOn(c, x, y)
    y -= 6 * mm
    y = flow(c, [
        Paragraph("Kommentarer till avvikelserna", S_H2),
        Paragraph("Tillbyggnaden av Tallåsens skola har ett underutfall på 7,4 mnkr. När schaktningen började i "
                  "april påträffades markföroreningar från en tidigare verkstad på tomten, och arbetena stoppades "
                  "under tio veckor medan saneringen utreddes. Projektet beräknas bli färdigt inom den totala "
                  "projektbudgeten men med inflyttning ett halvår senare, och de ej förbrukade medlen föreslås "
                  "föras över till 2026.", S),
        Paragraph("Simhallens reningsanläggning blev 1,4 mnkr dyrare än budgeterat eftersom pumparna fick "
                  "bytas till en större modell för att klara kraven på flöde.", S),
        Paragraph("Framtid", S_H2),
        Paragraph("Under 2026 ska nämnden ta fram en ny lokalförsörjningsplan tillsammans med barn- och "
                  "utbildningsnämnden och vård- och omsorgsnämnden. Budgeten för investeringar 2026 är 84,0 mnkr, "
                  "varav huvuddelen avser slutförandet av Tallåsens skola. Internhyrorna räknas upp med "
                  "lokalkostnadsindex.", S),
        Paragraph("Fastighetsförvaltningen föreslår att fastighetsnämnden godkänner verksamhetsberättelsen för 2025 "
                  "och överlämnar den till kommunstyrelsen.", S),
    ], x, y, width)
    footer(c, 3)


def main():
    c = Canvas(str(out_dir() / FILE), pagesize=A4, invariant=1)
    c.setTitle("Fastighetsnämndens verksamhetsberättelse 2025 – Ramnåsa kommun")
    page1(c)
    c.showPage()
    page2(c)
    c.showPage()
    page3(c)
    c.showPage()
    c.save()
    # reportlab's setPageRotation would also swap the MediaBox; here the MediaBox stays portrait and only the
    # /Rotate entry of page 2 is set, as some export tools write it
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, NumberObject
    path = out_dir() / FILE
    w = PdfWriter(clone_from=PdfReader(str(path)))
    w.pages[1][NameObject("/Rotate")] = NumberObject(90)
    w.add_metadata({"/Title": "Fastighetsnämndens verksamhetsberättelse 2025 – Ramnåsa kommun"})
    with open(path, "wb") as fh:
        w.write(fh)


if __name__ == "__main__":
    main()
