"""Bäckhamra kommun – tekniska nämndens månadsuppföljning oktober 2025 as a PDF with tables.

Layout of a controller's report saved as PDF from Word: running header "Bäckhamra kommun | Tekniska nämnden –
Månadsuppföljning oktober 2025" with a rule, footer "Sida N av M"; a title block and a meta table; numbered
sections; a shaded driftredovisning table in tkr with columns Budget 2025 / Utfall jan–okt / Prognos 2025 /
Avvikelse okt / Avvikelse sep; comments per verksamhet as bold lead-ins; an investment table in mnkr; a small
nyckeltal table (okt 2025 / sep 2025 / okt 2024); åtgärder as bullets; förslag till beslut.
"""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from common import out_dir, register_dejavu, sv_int, sv_tenths

register_dejavu()
F, FB = "DejaVu", "DejaVu-Bold"
OUT = out_dir() / "backhamra_tn_manadsuppfoljning_2025-10.pdf"

# ---- facts (tkr) ----------------------------------------------------------------------------------------------
# verksamhet, budget, utfall jan–okt, prognos, avvikelse september
DRIFT = [
    ("Nämnd och administration", 6_200, 4_950, 6_000, 150),
    ("Gata och park", 38_400, 31_720, 38_900, -300),
    ("Vinterväghållning", 9_800, 10_940, 12_200, -2_100),
    ("Fastighetsförvaltning", 21_600, 17_210, 20_700, 700),
    ("Kost och lokalvård", 14_300, 12_480, 15_400, -1_000),
    ("Kollektivtrafik", 11_900, 9_640, 11_600, 300),
]
TOT = [sum(r[i] for r in DRIFT) for i in (1, 2, 3, 4)]
DEV = [r[1] - r[3] for r in DRIFT]
TOT_DEV = sum(DEV)
assert TOT[:3] == [102_200, 86_940, 104_800] and TOT_DEV == TOT[0] - TOT[2] == -2_600 and TOT[3] == -2_250
assert dict(zip([r[0] for r in DRIFT], DEV)) == {"Nämnd och administration": 200, "Gata och park": -500,
                                                "Vinterväghållning": -2_400, "Fastighetsförvaltning": 900,
                                                "Kost och lokalvård": -1_100, "Kollektivtrafik": 300}
assert TOT_DEV - TOT[3] == -350
# investments (tenths of mnkr): projekt, budget, utfall jan–okt, prognos
INV = [
    ("Ombyggnad Köpmangatan, etapp 2", 185, 129, 178),
    ("Ny förskola Lönnen", 320, 214, 305),
    ("Gång- och cykelväg längs Åvägen", 42, 6, 15),
    ("Reinvestering gatubelysning (LED)", 30, 27, 30),
]
INV_TOT = [sum(r[i] for r in INV) for i in (1, 2, 3)]
assert INV_TOT == [577, 376, 528] and INV_TOT[0] - INV_TOT[2] == 49
GC_MOVE = INV[2][1] - INV[2][3]
assert GC_MOVE == 27
PLOW, PLOW_NORMAL = 31, 18

# ---- styles ---------------------------------------------------------------------------------------------------
body = ParagraphStyle("b", fontName=F, fontSize=9.5, leading=13, spaceAfter=5)
h1 = ParagraphStyle("h1", parent=body, fontName=FB, fontSize=16, leading=20, spaceAfter=6)
h2 = ParagraphStyle("h2", parent=body, fontName=FB, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4)
cell = ParagraphStyle("c", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0)
cellb = ParagraphStyle("cb", parent=cell, fontName=FB)
num = ParagraphStyle("n", parent=cell, alignment=2)
numb = ParagraphStyle("nb", parent=num, fontName=FB)
bullet = ParagraphStyle("bl", parent=body, leftIndent=12, bulletIndent=2)
caption = ParagraphStyle("cap", parent=body, fontName=FB, fontSize=9, spaceBefore=4, spaceAfter=3)


class NumberedCanvas(rl_canvas.Canvas):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self._saved = []

    def showPage(self):
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        n = len(self._saved)
        for s in self._saved:
            self.__dict__.update(s)
            w, h = A4
            self.setFont(FB, 9)
            self.drawString(20 * mm, h - 14 * mm, "Bäckhamra kommun")
            self.setFont(F, 8.5)
            self.drawRightString(w - 20 * mm, h - 14 * mm, "Tekniska nämnden – Månadsuppföljning oktober 2025")
            self.setStrokeColor(colors.HexColor("#2e5d8a"))
            self.setLineWidth(1)
            self.line(20 * mm, h - 16.5 * mm, w - 20 * mm, h - 16.5 * mm)
            self.setFont(F, 8)
            self.drawCentredString(w / 2, 10 * mm, f"Sida {self._pageNumber} av {n}")
            super().showPage()
        super().save()


def table(rows, widths, header_rows=1, total_row=True):
    t = Table(rows, colWidths=widths, repeatRows=header_rows)
    style = [("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#9aa9b8")),
             ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#dbe6f1")),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    if total_row:
        style.append(("BACKGROUND", (0, -1), (-1, -1), colors.HexColor("#eeeeee")))
    t.setStyle(TableStyle(style))
    return t


story = [Paragraph("Månadsuppföljning oktober 2025", h1),
         Paragraph("Tekniska nämnden", ParagraphStyle("s", parent=h2, spaceBefore=0))]
meta = Table([[Paragraph(a, cellb), Paragraph(b, cell)] for a, b in [
    ("Diarienummer", "TN 2025-118"), ("Upprättad", "2025-11-10"),
    ("Upprättad av", "Emma Fors, controller"), ("Ansvarig", "Gunnel Westin, teknisk chef"),
    ("Period", "Januari–oktober 2025, prognos för helåret")]], colWidths=(40 * mm, 80 * mm))
meta.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#cccccc"))]))
story += [meta, Spacer(1, 5 * mm)]

story.append(Paragraph("1. Sammanfattning", h2))
story.append(Paragraph(
    f"Tekniska nämnden prognostiserar ett underskott om {sv_int(-TOT_DEV)} tkr för 2025. Det är en försämring med "
    f"{sv_int(TOT[3] - TOT_DEV)} tkr jämfört med uppföljningen i september, då avvikelsen var {sv_int(TOT[3])} tkr. "
    f"Underskottet förklaras främst av vinterväghållningen och kost och lokalvård, som delvis vägs upp av "
    f"fastighetsförvaltningen. Investeringarna prognostiseras till {sv_tenths(INV_TOT[2])} mnkr av budgeterade "
    f"{sv_tenths(INV_TOT[0])} mnkr.", body))

story.append(Paragraph("2. Driftredovisning", h2))
story.append(Paragraph("Tabell 1. Driftredovisning per verksamhet, tkr", caption))
head = [Paragraph(x, cellb if i == 0 else numb) for i, x in enumerate(
    ["Verksamhet", "Budget 2025", "Utfall jan–okt", "Prognos 2025", "Avvikelse okt", "Avvikelse sep"])]
rows = [head]
for (name, b, u, p, sep), dv in zip(DRIFT, DEV):
    rows.append([Paragraph(name, cell)] + [Paragraph(x, num) for x in
                (sv_int(b), sv_int(u), sv_int(p), sv_int(dv, plus=True), sv_int(sep, plus=True))])
rows.append([Paragraph("Summa tekniska nämnden", cellb)] + [Paragraph(x, numb) for x in
            (sv_int(TOT[0]), sv_int(TOT[1]), sv_int(TOT[2]), sv_int(TOT_DEV, plus=True), sv_int(TOT[3], plus=True))])
story.append(table(rows, (48 * mm, 24 * mm, 24 * mm, 24 * mm, 25 * mm, 25 * mm)))
story.append(Paragraph("Positiv avvikelse innebär överskott mot budget, negativ avvikelse underskott.",
                       ParagraphStyle("note", parent=body, fontSize=8, spaceBefore=2)))

story.append(Paragraph("3. Kommentarer per verksamhet", h2))
comments = [
    ("Vinterväghållning",
     f"Utfallet för januari–oktober, {sv_int(DRIFT[2][2])} tkr, överstiger redan årets budget på "
     f"{sv_int(DRIFT[2][1])} tkr. Januari–mars 2025 var snörika med {PLOW} plogtillfällen mot normalt "
     f"{PLOW_NORMAL}. Prognosen bygger på att november och december blir normala vintermånader. Avvikelsen har "
     f"ökat med 300 tkr sedan september, eftersom halkbekämpningen startade tidigt i oktober."),
    ("Kost och lokalvård",
     "Livsmedelspriserna har ökat med cirka 6 procent jämfört med de 2 procent som budgeterades. Köken serverar i "
     "genomsnitt 2 900 portioner per dag till förskolor, skolor och äldreboenden. Menyerna ses över för att "
     "dämpa kostnadsökningen utan att försämra näringsinnehållet."),
    ("Fastighetsförvaltning",
     "Överskottet beror på lägre energikostnader, dels genom lägre elpris än budgeterat, dels genom "
     "energieffektiviseringar i skolor och idrottshallar."),
    ("Gata och park",
     "Underskottet beror på akuta reparationer av gatubelysning och fällning av stormskadade träd efter "
     "stormen i augusti."),
    ("Kollektivtrafik", "Kostnaderna för den anropsstyrda trafiken har blivit lägre än beräknat."),
    ("Nämnd och administration", "En tjänst som trafikingenjör var vakant under våren."),
]
for name, txt in comments:
    story.append(Paragraph(f"<b>{name}.</b> {txt}", body))

story.append(Paragraph("4. Investeringar", h2))
story.append(Paragraph("Tabell 2. Investeringsprojekt, mnkr", caption))
irows = [[Paragraph(x, cellb if i == 0 else numb) for i, x in enumerate(
    ["Projekt", "Budget 2025", "Utfall jan–okt", "Prognos 2025", "Avvikelse"])]]
for name, b, u, p in INV:
    irows.append([Paragraph(name, cell)] + [Paragraph(x, num) for x in
                 (sv_tenths(b), sv_tenths(u), sv_tenths(p), sv_tenths(b - p, plus=True))])
irows.append([Paragraph("Summa", cellb)] + [Paragraph(x, numb) for x in
             (sv_tenths(INV_TOT[0]), sv_tenths(INV_TOT[1]), sv_tenths(INV_TOT[2]),
              sv_tenths(INV_TOT[0] - INV_TOT[2], plus=True))])
story.append(table(irows, (66 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm)))
story.append(Spacer(1, 3 * mm))
story.append(Paragraph(
    f"<b>Gång- och cykelväg längs Åvägen.</b> Upphandlingen av entreprenaden överklagades i maj 2025 av en av "
    f"anbudsgivarna. Förvaltningsrätten meddelade dom i september och tilldelningen står fast, men byggstarten "
    f"har flyttats till april 2026. Under 2025 beräknas {sv_tenths(INV[2][3])} mnkr förbrukas för projektering och "
    f"ledningsflytt. Förvaltningen föreslår att {sv_tenths(GC_MOVE)} mnkr ombudgeteras till 2026.", body))
story.append(Paragraph(
    "<b>Ny förskola Lönnen.</b> Markarbetena blev billigare än kalkylerat. Inflyttning planeras till januari 2026.",
    body))
story.append(Paragraph(
    "<b>Ombyggnad Köpmangatan, etapp 2.</b> Arbetet följer tidplanen och beräknas vara klart i december.", body))

story.append(Paragraph("5. Personal och nyckeltal", h2))
story.append(Paragraph("Tabell 3. Nyckeltal", caption))
krows = [[Paragraph(x, cellb if i == 0 else numb) for i, x in enumerate(["Nyckeltal", "Okt 2025", "Sep 2025",
                                                                         "Okt 2024"])],
         [Paragraph("Sjukfrånvaro, %", cell)] + [Paragraph(x, num) for x in ("6,1", "5,8", "6,9")],
         [Paragraph("Tillsvidareanställda, antal", cell)] + [Paragraph(x, num) for x in ("212", "211", "205")],
         [Paragraph("Felanmälningar gatubelysning under månaden, antal", cell)] +
         [Paragraph(x, num) for x in ("64", "41", "58")]]
story.append(table(krows, (80 * mm, 25 * mm, 25 * mm, 25 * mm), total_row=False))

story.append(Paragraph("6. Åtgärder", h2))
for b in ["Vakanta administrativa tjänster tillsätts inte under resten av året.",
          "Fastighetsförvaltningen skjuter två planerade underhållsåtgärder av mindre karaktär till 2026.",
          "Kostenheten ser över menyer och inköp av livsmedel inför vårterminen."]:
    story.append(Paragraph(b, bullet, bulletText="•"))
story.append(Paragraph("7. Affärsverksamheter", h2))
story.append(Paragraph(
    "Vatten och avlopp samt avfallsverksamheten ingår inte i denna uppföljning. De redovisas i egna "
    "uppföljningar till nämndens VA- och avfallsutskott.", body))

story.append(Paragraph("8. Förslag till beslut", h2))
story.append(Paragraph("Tekniska nämnden beslutar att", body))
for i, b in enumerate([
        "godkänna månadsuppföljningen för oktober 2025,",
        f"hos kommunstyrelsen begära att {sv_tenths(GC_MOVE)} mnkr av investeringsbudgeten för gång- och cykelväg "
        f"längs Åvägen flyttas till 2026."], 1):
    story.append(Paragraph(b, bullet, bulletText=f"{i}."))

doc = SimpleDocTemplate(str(OUT), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm, topMargin=24 * mm,
                        bottomMargin=20 * mm, title="Månadsuppföljning oktober 2025 – Tekniska nämnden",
                        author="Emma Fors", creator="Microsoft® Word för Microsoft 365")
doc.build(story, canvasmaker=NumberedCanvas)
print("wrote", OUT)
