"""Bäverås kommun – äldrenämnden, delårsrapport januari–augusti 2025. PDF via reportlab (DejaVu Sans).

Layout: 3 pages. Page 1 has a **"Nyckeltal" panel drawn on the canvas**: one outer rectangle holding six KPI
**tiles** (3 × 2 rounded rectangles), each with a small caption on top, the value in large type, the comparison value
("jan–aug 2024: 139 410") and the change with an arrow ("▲ +6,6 %", "▼ −0,7 procentenheter") – no table at all.
The tile texts are drawn **row by row across the tiles** (three captions, then three values, then three comparison
lines, then three changes), so in the text layer a value is separated from its caption by the other captions.
Page 2 has the driftredovisning (tkr, hyphen-minus negatives, a footnote marker on a row label) and the monthly
prognosis list; page 3 analysis, åtgärder and förslag till beslut. Running footer with dnr and "Sida N av 3".
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Paragraph, Spacer,
                                Table, TableStyle)

from common import out_dir, register_dejavu, sv_int, sv_tenths

FILE = "baveras_an_delarsrapport_jan-aug_2025.pdf"
DNR = "ÄN-2025-0061"
N_PAGES = 3
MINUS = "\u2212"

# --- figures -----------------------------------------------------------------------------------------------
# key figures: (caption, value 2025, value 2024, unit kind)
TIMMAR, TIMMAR_24 = 148_620, 139_410
BRUKARE, BRUKARE_24 = 1_046, 1_012
BELAGG, BELAGG_24 = 978, 951          # tenths of %
VANTE, VANTE_24 = 52, 67              # days (median)
SJUK, SJUK_24 = 87, 94                # tenths of %
NETTO, NETTO_24 = 4_126, 3_961        # tenths of mnkr


def pct_change_tenths(new, old):
    return round((new - old) * 1000 / old)


assert pct_change_tenths(TIMMAR, TIMMAR_24) == 66          # +6,6 %
assert pct_change_tenths(BRUKARE, BRUKARE_24) == 34        # +3,4 %
assert pct_change_tenths(VANTE, VANTE_24) == -224          # −22,4 %
assert pct_change_tenths(NETTO, NETTO_24) == 42            # +4,2 %
assert BELAGG - BELAGG_24 == 27 and SJUK - SJUK_24 == -7   # +2,7 / −0,7 procentenheter

# driftredovisning, tkr: budget helår 2025, utfall jan–aug 2025, utfall jan–aug 2024, prognos helår 2025
DRIFT = [
    ("Nämnd och förvaltningsledning", 14_200, 9_180, 8_960, 13_900, ""),
    ("Hemtjänst", 236_500, 162_440, 150_710, 243_300, ""),
    ("Särskilt boende", 296_400, 196_870, 190_330, 294_900, ""),
    ("Korttidsboende och växelvård", 31_800, 21_950, 20_140, 32_600, ""),
    ("Dagverksamhet", 12_600, 7_860, 8_120, 11_900, ""),
    ("Hälso- och sjukvård", 21_500, 14_300, 17_840, 21_100, "¹"),
]
TOT = [sum(r[i] for r in DRIFT) for i in (1, 2, 3, 4)]
assert TOT == [613_000, 412_600, 396_100, 617_700]
assert TOT[1] == NETTO * 100 and TOT[2] == NETTO_24 * 100
AVV = [r[1] - r[4] for r in DRIFT]
assert AVV == [300, -6_800, 1_500, -800, 700, 400] and sum(AVV) == -4_700
INKONT_24 = 3_420  # tkr jan–aug 2024 for inkontinenshjälpmedel (footnote ¹)
assert DRIFT[5][3] - DRIFT[5][2] == 3_540
# prognosis development, tenths of mnkr (no prognosis in July)
PROGNOS = [("april (tertial 1)", -21), ("maj", -29), ("juni", -38), ("augusti", -47)]
assert PROGNOS[-1][1] * 100 == sum(AVV)
# hemtjänst deviation split, tkr
HT_PARTS = [("fler beviljade hemtjänsttimmar", 4_900), ("dubbelbemanning", 1_300), ("nattpatrull", 600)]
assert sum(p[1] for p in HT_PARTS) == -AVV[1]

register_dejavu()
F, FB = "DejaVu", "DejaVu-Bold"
S_H1 = ParagraphStyle("h1", fontName=FB, fontSize=17, leading=21, spaceAfter=4)
S_H2 = ParagraphStyle("h2", fontName=FB, fontSize=12, leading=15, spaceBefore=9, spaceAfter=4)
S_B = ParagraphStyle("b", fontName=F, fontSize=9.5, leading=13, spaceAfter=5)
S_SM = ParagraphStyle("sm", fontName=F, fontSize=7.5, leading=10, spaceAfter=3)
S_META = ParagraphStyle("meta", fontName=F, fontSize=9, leading=12, textColor=colors.HexColor("#444444"))
S_T = ParagraphStyle("t", fontName=F, fontSize=8.5, leading=10.5)
S_TB = ParagraphStyle("tb", fontName=FB, fontSize=8.5, leading=10.5)


def tkr(n):
    return sv_int(n)  # hyphen-minus, e.g. -6 800


def mnkr_minus(t):
    return sv_tenths(t).replace("-", MINUS)


class KpiPanel(Flowable):
    """An outer rectangle "Nyckeltal januari–augusti 2025" with 3 × 2 tiles drawn directly on the canvas."""
    W, H = 170 * mm, 92 * mm

    TILES = [
        ("Beviljade hemtjänsttimmar", sv_int(TIMMAR), f"jan–aug 2024: {sv_int(TIMMAR_24)}", "▲ +6,6 %"),
        ("Brukare med hemtjänst (aug)", sv_int(BRUKARE), f"aug 2024: {sv_int(BRUKARE_24)}", "▲ +3,4 %"),
        ("Beläggning särskilt boende", sv_tenths(BELAGG) + " %", f"jan–aug 2024: {sv_tenths(BELAGG_24)} %",
         "▲ +2,7 procentenheter"),
        ("Väntetid till särskilt boende, median", f"{VANTE} dagar", f"jan–aug 2024: {VANTE_24} dagar",
         f"▼ {MINUS}22,4 %"),
        ("Sjukfrånvaro, medarbetare", sv_tenths(SJUK) + " %", f"jan–aug 2024: {sv_tenths(SJUK_24)} %",
         f"▼ {MINUS}0,7 procentenheter"),
        ("Nettokostnad jan–aug", sv_tenths(NETTO) + " mnkr", f"jan–aug 2024: {sv_tenths(NETTO_24)} mnkr",
         "▲ +4,2 %"),
    ]

    def wrap(self, aw, ah):
        return self.W, self.H

    def draw(self):
        c = self.canv
        c.setStrokeColor(colors.HexColor("#1f4e79"))
        c.setLineWidth(1.2)
        c.rect(0, 0, self.W, self.H)
        c.setFillColor(colors.HexColor("#1f4e79"))
        c.rect(0, self.H - 9 * mm, self.W, 9 * mm, fill=1, stroke=0)
        c.setFillColor(colors.white)
        c.setFont(FB, 11)
        c.drawString(4 * mm, self.H - 6.2 * mm, "Nyckeltal januari–augusti 2025")
        c.setFont(F, 8)
        c.drawRightString(self.W - 4 * mm, self.H - 6.2 * mm, "jämfört med samma period 2024")
        tw, th, gap = 52 * mm, 36 * mm, 3 * mm
        x0, ytop = 4 * mm, self.H - 12 * mm
        pos = []
        for i in range(len(self.TILES)):
            col, row = i % 3, i // 3
            pos.append((x0 + col * (tw + gap), ytop - (row + 1) * th - row * gap))
            c.setStrokeColor(colors.HexColor("#9db3c8"))
            c.setFillColor(colors.HexColor("#eef3f8"))
            c.roundRect(pos[i][0], pos[i][1], tw, th, 2.5 * mm, fill=1, stroke=1)
        # the text is drawn line by line across each row of tiles (as a grid layout engine does), so the
        # content stream holds the three captions of a row first, then the three values, and so on
        for row in (0, 1):
            idx = [row * 3 + k for k in range(3)]
            for field, font, size, dy in ((0, F, 7.5, th - 6 * mm), (1, FB, 17, th - 17 * mm),
                                          (2, F, 7.5, 10 * mm), (3, FB, 8.5, 4 * mm)):
                for i in idx:
                    x, y = pos[i]
                    txt = self.TILES[i][field]
                    if field == 3:
                        good = txt.startswith("\u25bc") if i in (3, 4) else (i != 5)
                        c.setFillColor(colors.HexColor("#2e7d32") if good else colors.HexColor("#b23c17"))
                    else:
                        c.setFillColor(colors.HexColor({0: "#333333", 1: "#1f4e79", 2: "#555555"}[field]))
                    c.setFont(font, size)
                    c.drawString(x + 3 * mm, y + dy, txt)


def on_page(c, doc):
    c.saveState()
    c.setFont(F, 8)
    c.setFillColor(colors.HexColor("#555555"))
    c.drawString(20 * mm, 12 * mm, f"Bäverås kommun · Äldrenämnden · Delårsrapport januari–augusti 2025 · Dnr {DNR}")
    c.drawRightString(190 * mm, 12 * mm, f"Sida {doc.page} av {N_PAGES}")
    c.restoreState()


def build():
    path = out_dir() / FILE
    doc = BaseDocTemplate(str(path), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=18 * mm,
                          bottomMargin=20 * mm, title="Delårsrapport januari–augusti 2025 – Äldrenämnden",
                          author="Bäverås kommun")
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="f")
    doc.addPageTemplates([PageTemplate(id="p", frames=[frame], onPage=on_page)])
    s = []
    s.append(Paragraph("BÄVERÅS KOMMUN · Äldreförvaltningen", S_META))
    s.append(Spacer(1, 3 * mm))
    s.append(Paragraph("Delårsrapport januari–augusti 2025", S_H1))
    s.append(Paragraph(f"Äldrenämnden · Dnr {DNR} · 2025-09-16 · Handläggare: Annika Roos, controller", S_META))
    s.append(Spacer(1, 4 * mm))
    s.append(Paragraph("Sammanfattning", S_H2))
    s.append(Paragraph(
        "Äldrenämndens nettokostnad för januari–augusti 2025 uppgår till 412,6 mnkr, vilket är 4,2 procent högre "
        "än motsvarande period 2024. Helårsprognosen visar ett underskott om " + mnkr_minus(-47) + " mnkr mot "
        "budget. Underskottet finns i huvudsak inom hemtjänsten, där antalet beviljade hemtjänsttimmar fortsätter "
        "att öka. Särskilt boende och dagverksamhet prognostiserar överskott. Beläggningen i särskilt boende är "
        "hög och väntetiden har minskat jämfört med samma period förra året.", S_B))
    s.append(Spacer(1, 3 * mm))
    s.append(KpiPanel())
    s.append(Paragraph("Källa: verksamhetssystemet Omsorgsportalen och ekonomisystemet, uttag 2025-09-05. "
                       "Förändringen avser jämförelse med samma period 2024.", S_SM))
    s.append(Paragraph("Viktiga händelser under perioden", S_H2))
    s.append(Paragraph(
        "I mars öppnade korttidsenheten Ekbacken med 12 platser. Från den 1 maj bemannas nattpatrullen med ett "
        "extra team i hemtjänstens norra område. Införandet av digitala trygghetslarm slutfördes i juni.", S_B))
    s.append(PageBreak())

    # --- page 2: driftredovisning
    s.append(Paragraph("Ekonomiskt utfall och prognos", S_H2))
    s.append(Paragraph("Tabell 1. Driftredovisning per verksamhet, tkr. Negativ avvikelse innebär underskott.", S_TB))
    hdr = ["Verksamhet", "Budget helår 2025", "Utfall jan–aug 2025", "Utfall jan–aug 2024", "Prognos helår 2025",
           "Avvikelse prognos mot budget"]
    rows = [[Paragraph(h, S_TB) for h in hdr]]
    for (name, b, u, u24, p, mark), a in zip(DRIFT, AVV):
        rows.append([Paragraph(name + mark, S_T), tkr(b), tkr(u), tkr(u24), tkr(p), tkr(a)])
    rows.append([Paragraph("Summa äldrenämnden", S_TB)] + [tkr(v) for v in TOT] + [tkr(sum(AVV))])
    t = Table(rows, colWidths=[48 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm, 26 * mm], repeatRows=1)
    t.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), F, 8.5), ("FONT", (0, -1), (-1, -1), FB, 8.5),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, colors.black), ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde7f0")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -2), [colors.white, colors.HexColor("#f5f7fa")]),
    ]))
    s.append(t)
    s.append(Spacer(1, 2 * mm))
    s.append(Paragraph(
        "¹ Från och med 2025 redovisas kostnaden för inkontinenshjälpmedel under Hemtjänst och Särskilt boende i "
        f"stället för under Hälso- och sjukvård. Jämförelsetalet för 2024 är inte omräknat; det innehåller "
        f"{sv_int(INKONT_24)} tkr för inkontinenshjälpmedel, vilket förklarar det lägre utfallet 2025.", S_SM))
    s.append(Paragraph("Prognosutveckling 2025", S_H2))
    s.append(Paragraph("Helårsprognosen för nämnden som helhet har försämrats under året (mnkr, avvikelse mot "
                       "budget):", S_B))
    for month, v in PROGNOS:
        s.append(Paragraph(f"• Prognos {month}: {mnkr_minus(v)} mnkr", S_B))
    s.append(Paragraph("Ingen prognos lämnades i juli på grund av semesterperioden.", S_B))
    s.append(Paragraph("Kommentarer till avvikelserna", S_H2))
    s.append(Paragraph(
        f"<b>Hemtjänst</b> prognostiserar ett underskott om {sv_int(-AVV[1])} tkr. Av underskottet avser "
        f"{sv_int(HT_PARTS[0][1])} tkr fler beviljade hemtjänsttimmar än budgeterat (148 620 timmar jan–aug mot "
        f"139 410 samma period 2024), {sv_int(HT_PARTS[1][1])} tkr ökad dubbelbemanning hos brukare med stora "
        f"omvårdnadsbehov och {sv_int(HT_PARTS[2][1])} tkr det extra nattpatrullteamet från maj.", S_B))
    s.append(Paragraph(
        f"<b>Särskilt boende</b> prognostiserar ett överskott om {sv_int(AVV[2])} tkr, främst på grund av lägre "
        "kostnader för bemanningssjuksköterskor. <b>Korttidsboende och växelvård</b> visar ett underskott om "
        f"{sv_int(-AVV[3])} tkr till följd av fler utskrivningsklara patienter från slutenvården. "
        f"<b>Dagverksamhet</b> har ett överskott om {sv_int(AVV[4])} tkr eftersom en grupp varit stängd under "
        "våren.", S_B))
    s.append(PageBreak())

    # --- page 3
    s.append(Paragraph("Investeringar", S_H2))
    s.append(Paragraph(
        "Investeringsbudgeten för 2025 är 6 500 tkr. Utfallet till och med augusti är 2 140 tkr och avser främst "
        "digitala trygghetslarm och möbler till Ekbacken. Helårsprognosen är 5 900 tkr.", S_B))
    s.append(Paragraph("Åtgärder för budget i balans", S_H2))
    s.append(Paragraph(
        "Förvaltningen har påbörjat en genomgång av hemtjänstens planering och biståndsbedömningen av insatser. "
        "En åtgärdsplan med förslag till åtgärder och deras ekonomiska effekt redovisas vid nämndens sammanträde "
        "i oktober 2025. Någon beräkning av åtgärdernas effekt görs inte i denna rapport.", S_B))
    s.append(Paragraph("Måluppfyllelse", S_H2))
    s.append(Paragraph(
        "Av nämndens fem mål bedöms två vara uppfyllda, två delvis uppfyllda och ett ej uppfyllt vid årets slut. "
        "Målet om att väntetiden till särskilt boende ska vara högst 60 dagar bedöms uppfyllt. Målet om minskad "
        "sjukfrånvaro till högst 8,0 procent bedöms inte uppfyllas.", S_B))
    s.append(Paragraph("Förslag till beslut", S_H2))
    s.append(Paragraph("Äldreförvaltningen föreslår att äldrenämnden beslutar", S_B))
    s.append(Paragraph("att godkänna delårsrapport januari–augusti 2025 för äldrenämnden,", S_B))
    s.append(Paragraph("att överlämna delårsrapporten till kommunstyrelsen, samt", S_B))
    s.append(Paragraph("att uppdra åt förvaltningschefen att redovisa en åtgärdsplan vid sammanträdet i oktober "
                       "2025.", S_B))
    s.append(Spacer(1, 6 * mm))
    s.append(Paragraph("Lars-Göran Tegnér, förvaltningschef &nbsp;&nbsp;&nbsp; Annika Roos, controller", S_B))
    doc.build(s)
    from pypdf import PdfReader
    assert len(PdfReader(str(path)).pages) == N_PAGES, len(PdfReader(str(path)).pages)
    return path


if __name__ == "__main__":
    print(build())
