"""Klintvik kommun – barn- och utbildningsnämnden, presentation "Ekonomisk uppföljning februari 2026" shown at the
meeting 2026-03-17 and published with the protokoll. A PowerPoint deck saved as PDF: reportlab canvas, four 16:9
slides of 960 × 540 pt (PowerPoint's widescreen size), Creator "Microsoft® PowerPoint® för Microsoft 365".

Layout: each slide is a set of free-standing text boxes in PowerPoint's shape order – title, body boxes, a
"big number" box whose caption is a separate box under it, a PowerPoint table (header row in the theme colour,
banded rows, numbers right-aligned, negatives in red), a column chart whose **values exist only as data labels
above the bars** (no value axis; the data labels are drawn before the category labels, so the text layer gives
the five amounts and then the five years), bullets drawn as separate "•" glyphs, and the footer placeholders (date,
footer text, slide number) last on every slide.
"""
from reportlab.lib import colors
from reportlab.pdfgen import canvas

from common import out_dir, register_liberation, sv_tenths

FILE = "klintvik_bun_presentation_ekonomi_2026-03-17.pdf"
W, H = 960, 540
register_liberation()
F, FB = "LibSans", "LibSans-Bold"
THEME = colors.HexColor("#1f5c4a")
ACCENT = colors.HexColor("#e9a23b")
RED = colors.HexColor("#c00000")

# mnkr in tenths: verksamhet, budget 2026, prognos 2026
ROWS = [
    ("Förskola", 1682, 1701),
    ("Grundskola F–9 inkl. fritidshem", 2865, 2909),
    ("Anpassad grundskola", 247, 279),
    ("Gymnasieskola", 986, 970),
    ("Skolskjuts", 213, 220),
    ("Central administration", 131, 123),
]
BUD, PROG = sum(r[1] for r in ROWS), sum(r[2] for r in ROWS)
assert (BUD, PROG, BUD - PROG) == (6124, 6202, -78)
UTFALL_JANFEB = 1019
assert round(UTFALL_JANFEB * 1000 / BUD) == 166
KOSTNAD = [("2022", 179), ("2023", 196), ("2024", 224), ("2025", 249), ("Prognos 2026", 279)]   # mnkr, tenths
assert KOSTNAD[-1][1] == ROWS[2][2]
ELEVER_FEB26, ELEVER_OKT25, PER_ELEV = 63, 57, 440
assert abs(ELEVER_FEB26 * PER_ELEV - KOSTNAD[-1][1] * 100) < 500
RAM_2027, OKNING, BEHOV = 6266, 142, 6339
assert BUD + OKNING == RAM_2027 and RAM_2027 - BEHOV == -73
ATGARDER_2026 = (9, 4, 5)               # anställningsstopp, skolskjuts, sammanslagning (hösten)
assert BUD - PROG + sum(ATGARDER_2026) == -60


def footer(c, n):
    c.setFont(F, 10)
    c.setFillColor(colors.HexColor("#6b6b6b"))
    c.drawString(40, 18, "2026-03-17")
    c.drawCentredString(W / 2, 18, "Klintvik kommun | Barn- och utbildningsförvaltningen")
    c.drawRightString(W - 40, 18, str(n))


def title(c, text):
    c.setFillColor(THEME)
    c.rect(0, H - 8, W, 8, stroke=0, fill=1)
    c.setFont(FB, 30)
    c.drawString(48, H - 70, text)


def bullets(c, x, y, items, size=17, lead=27, width_chars=44):
    import textwrap
    for it in items:
        lines = textwrap.wrap(it, width_chars)
        c.setFillColor(THEME)
        c.setFont(F, size)
        c.drawString(x, y, "•")
        c.setFillColor(colors.black)
        for k, ln in enumerate(lines):
            c.drawString(x + 20, y - k * (size + 4), ln)
        y -= lead + (len(lines) - 1) * (size + 4)
    return y


def slide1(c):
    c.setFillColor(THEME)
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(ACCENT)
    c.rect(48, 300, 120, 6, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont(FB, 40)
    c.drawString(48, 360, "Ekonomisk uppföljning februari 2026")
    c.setFont(F, 22)
    c.drawString(48, 322, "Barn- och utbildningsnämnden 17 mars 2026")
    c.setFont(F, 15)
    c.drawString(48, 92, "Prognosen efter februari visar ett underskott på 7,8 mnkr. Förvaltningen föreslår åtgärder")
    c.drawString(48, 73, "som minskar underskottet med 1,8 mnkr under 2026.")
    c.setFont(F, 16)
    c.drawString(48, 250, "Maja Sörensen, ekonomichef")
    c.drawString(48, 226, "Anders Rydh, förvaltningschef")
    c.setFont(FB, 16)
    c.drawString(560, 250, "Innehåll")
    c.setFont(F, 16)
    for k, it in enumerate(["Helårsprognos 2026", "Anpassad grundskola", "Åtgärder",
                            "Budgetförutsättningar 2027"]):
        c.drawString(560, 224 - k * 24, f"{k + 1}. {it}")
    c.setFont(F, 10)
    c.setFillColor(colors.HexColor("#cfe3dc"))
    c.drawString(40, 18, "2026-03-17")
    c.drawCentredString(W / 2, 18, "Klintvik kommun | Barn- och utbildningsförvaltningen")
    c.drawRightString(W - 40, 18, "1")


def slide2(c):
    title(c, "Helårsprognos 2026 per verksamhet")
    # PowerPoint table
    x0, y0, widths, rh = 40, 410, [270, 105, 105, 100], 34
    hdr = ["Verksamhet, mnkr", "Budget 2026", "Prognos 2026", "Avvikelse"]
    data = [hdr] + [[n, sv_tenths(b), sv_tenths(p), sv_tenths(b - p)] for n, b, p in ROWS] + \
        [["Summa", sv_tenths(BUD), sv_tenths(PROG), sv_tenths(BUD - PROG)]]
    for r, row in enumerate(data):
        y = y0 - r * rh
        fill = THEME if r == 0 else (colors.HexColor("#dcebe6") if r % 2 else colors.HexColor("#eef5f2"))
        if r == len(data) - 1:
            fill = colors.HexColor("#c9ddd6")
        c.setFillColor(fill)
        c.rect(x0, y - rh, sum(widths), rh, stroke=0, fill=1)
        x = x0
        for k, cell in enumerate(row):
            bold = r == 0 or r == len(data) - 1
            c.setFont(FB if bold else F, 15)
            neg = r > 0 and k == 3 and cell.startswith("-")
            c.setFillColor(colors.white if r == 0 else (RED if neg else colors.black))
            if k == 0:
                c.drawString(x + 10, y - 23, cell)
            else:
                c.drawRightString(x + widths[k] - 12, y - 23, cell)
            x += widths[k]
    # big number and its caption (two text boxes)
    c.setFillColor(RED)
    c.setFont(FB, 50)
    c.drawCentredString(790, 380, sv_tenths(BUD - PROG) + " mnkr")
    c.setFillColor(colors.black)
    c.setFont(F, 14)
    c.drawCentredString(790, 354, "prognostiserad avvikelse")
    c.drawCentredString(790, 337, "mot budget helår 2026")
    # comments box
    c.setFont(FB, 14)
    c.setFillColor(THEME)
    c.drawString(652, 300, "Kommentarer")
    bullets(c, 652, 278, [
        "Grundskolan: två nya resursgrupper och fler elever i behov av särskilt stöd (−4,4 mnkr)",
        "Anpassad grundskola: fler elever än budgeterat (−3,2 mnkr)",
        "Förskolan: fler inskrivna barn än planerat (−1,9 mnkr)",
        "Gymnasieskolan: färre elever hos andra huvudmän (+1,6 mnkr)",
        "Skolskjuts: nytt taxiavtal från årsskiftet (−0,7 mnkr)",
    ], size=12, lead=17, width_chars=40)
    c.setFont(F, 12)
    c.setFillColor(colors.HexColor("#444444"))
    c.drawString(40, 100, f"Utfall jan–feb: {sv_tenths(UTFALL_JANFEB)} mnkr (16,6 % av årsbudgeten)")
    footer(c, 2)


def slide3(c):
    title(c, "Anpassad grundskola – kostnaderna ökar")
    # chart title
    c.setFont(FB, 15)
    c.setFillColor(colors.black)
    c.drawString(60, 440, "Nettokostnad anpassad grundskola, mnkr")
    base, x0, bw, gap, scale = 110, 80, 56, 34, 9.5
    # bars
    for k, (_, v) in enumerate(KOSTNAD):
        c.setFillColor(THEME if k < 4 else ACCENT)
        c.rect(x0 + k * (bw + gap), base, bw, v / 10 * scale, stroke=0, fill=1)
    # data labels (drawn before the category axis)
    c.setFont(FB, 15)
    c.setFillColor(colors.black)
    for k, (_, v) in enumerate(KOSTNAD):
        c.drawCentredString(x0 + k * (bw + gap) + bw / 2, base + v / 10 * scale + 8, sv_tenths(v))
    # category axis
    c.setStrokeColor(colors.HexColor("#7f7f7f"))
    c.line(x0 - 20, base, x0 + 5 * (bw + gap), base)
    c.setFont(F, 13)
    for k, (lbl, _) in enumerate(KOSTNAD):
        c.drawCentredString(x0 + k * (bw + gap) + bw / 2, base - 20, lbl)
    c.setFont(F, 10)
    c.setFillColor(colors.HexColor("#6b6b6b"))
    c.drawString(60, 60, "2022–2025 utfall enligt bokslut, 2026 prognos efter februari.")
    bullets(c, 530, 420, [
        f"{ELEVER_FEB26} elever i februari 2026, sex fler än i oktober 2025",
        f"Kostnad per elev: cirka {PER_ELEV} tkr per år",
        "Tilläggsbelopp för fyra elever med omfattande behov: 2,1 mnkr",
        "Prognos 2026: −3,2 mnkr mot budget",
        "En utredning om egen skolenhet redovisas för nämnden i juni",
    ], size=17, lead=25, width_chars=36)
    footer(c, 3)


def slide4(c):
    title(c, "Åtgärder och budgetförutsättningar 2027")
    c.setFont(FB, 20)
    c.setFillColor(THEME)
    c.drawString(48, 440, "Åtgärder 2026")
    c.drawString(520, 440, "Budget 2027")
    bullets(c, 48, 400, [
        "Anställningsstopp för administrativa tjänster från 1 april 2026 (effekt 0,9 mnkr)",
        "Omförhandling av skolskjutsavtalet (0,4 mnkr)",
        "Förslag: förskolorna Kattfoten och Smörbollen slås samman från höstterminen 2026 "
        "(0,5 mnkr 2026, 1,2 mnkr per helår). Nämnden beslutar i maj.",
        "Med åtgärderna beräknas underskottet bli cirka −6,0 mnkr",
    ], size=15, lead=24, width_chars=46)
    bullets(c, 520, 400, [
        f"Preliminär ram från kommunstyrelsen: {sv_tenths(RAM_2027)} mnkr (+{sv_tenths(OKNING)} mnkr)",
        f"Nämndens beräknade behov: {sv_tenths(BEHOV)} mnkr",
        f"Skillnad mot ramen: {sv_tenths(RAM_2027 - BEHOV).replace('-', '−')} mnkr",
        "Budgetdialog med kommunstyrelsen 8 april 2026",
    ], size=15, lead=24, width_chars=42)
    c.setFont(FB, 13)
    c.setFillColor(RED)
    c.drawString(520, 120, "Risk")
    c.setFont(F, 13)
    c.setFillColor(colors.black)
    c.drawString(520, 102, "Fler elever i anpassad grundskola under våren kan")
    c.drawString(520, 86, "försämra prognosen med upp till 1,5 mnkr.")
    footer(c, 4)


def build(path):
    c = canvas.Canvas(str(path), pagesize=(W, H))
    c.setTitle("BUN 2026-03-17 Ekonomisk uppföljning februari")
    c.setAuthor("Maja Sörensen")
    c.setCreator("Microsoft® PowerPoint® för Microsoft 365")
    for s in (slide1, slide2, slide3, slide4):
        s(c)
        c.showPage()
    c.save()


if __name__ == "__main__":
    build(out_dir() / FILE)
