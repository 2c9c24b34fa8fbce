"""Doc 7: Tjärnås kommun, socialnämnden, ekonomisk månadsuppföljning september 2025 (PDF).
Table with a two-line header; negative numbers with U+2212 and space as thousands separator."""
import os
from pdfcommon import *

OUT = os.path.join(DOCS, "tjarnas_sn_manadsuppfoljning_2025-09.pdf")
register_ttf("DV", "DejaVuSans.ttf")
register_ttf("DV-Bold", "DejaVuSans-Bold.ttf")
register_ttf("DV-Oblique", "DejaVuSans-Oblique.ttf")
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("DV", normal="DV", bold="DV-Bold", italic="DV-Oblique", boldItalic="DV-Bold")
S = styles(font="DV", bold="DV-Bold", size=9.5, leading=13)
BODY, H1, H2, H3, SMALL, CELL = S["BODY"], S["H1"], S["H2"], S["H3"], S["SMALL"], S["CELL"]
MINUS = "\u2212"


def P(t, st=BODY):
    return Paragraph(t, st)


def n(x):
    return fmt(x, minus=MINUS)


def decorate(c, page, total):
    w, h = A4
    c.setFillColor(colors.HexColor("#7a1f2b"))
    c.rect(0, h - 12 * mm, w, 12 * mm, stroke=0, fill=1)
    c.setFillColor(colors.white)
    c.setFont("DV-Bold", 10)
    c.drawString(18 * mm, h - 8 * mm, "Tjärnås kommun")
    c.setFont("DV", 8.5)
    c.drawRightString(w - 18 * mm, h - 8 * mm, "Socialnämnden · Månadsuppföljning september 2025")
    c.setFillColor(colors.black)
    c.setFont("DV", 7.5)
    c.drawString(18 * mm, 10 * mm, "Dnr SN 2025/301 · Upprättad 2025-10-09 av ekonom Malin Ståhl")
    c.drawRightString(w - 18 * mm, 10 * mm, "Sida %d av %d" % (page, total))


# (name, årsbudget, utfall jan–sep, helårsprognos)
rows_v = [
    ("Nämnd och ledning", 4800, 3410, 4600),
    ("Ekonomiskt bistånd", 42000, 34820, 46300),
    ("Placeringar barn och unga", 36500, 31940, 42100),
    ("Placeringar vuxna", 14200, 9310, 12600),
    ("Öppenvård och förebyggande arbete", 18900, 13880, 18500),
    ("Familjerätt och familjehemsvård", 9600, 7050, 9400),
    ("Arbetsmarknadsenheten", 11300, 7990, 10700),
    ("Flyktingmottagning", 2100, 1120, 1500),
    ("Färdtjänst", 8400, 6880, 9200),
]
hdr1 = ["Verksamhet", "Årsbudget", "Ackumulerat januari–september", "", "", "Helårsprognos", ""]
hdr2 = ["(tkr)", "2025", "Budget", "Utfall", "Avvikelse", "Prognos", "Avvikelse"]
data = [hdr1, hdr2]
tot = [0] * 6
for name, b, u, p in rows_v:
    ba = round(b * 9 / 12)
    vals = [b, ba, u, ba - u, p, b - p]
    tot = [t + v for t, v in zip(tot, vals)]
    data.append([name] + [n(v) for v in vals])
data.append(["Summa socialnämnden"] + [n(v) for v in tot])
assert tot[5] == -7100, tot
assert tot[3] == -5550, tot

story = []
story.append(Spacer(1, 2 * mm))
story.append(P("Ekonomisk månadsuppföljning – september 2025", H1))
story.append(P("Socialnämnden, sammanträde 2025-10-22. Belopp i tusental kronor (tkr). Budget för perioden "
               "är beräknad som nio tolftedelar av årsbudgeten. Positiv avvikelse = överskott, "
               "negativ avvikelse (" + MINUS + ") = underskott."))
story.append(P("Sammanfattning", H2))
story.append(P("Socialnämnden prognostiserar ett underskott på 7 100 tkr (avvikelse " + n(-7100) + " tkr) för helåret 2025, "
               "vilket är en försämring med 900 tkr jämfört med augustiprognosen. Underskottet finns "
               "främst inom ekonomiskt bistånd och placeringar av barn och unga. Övriga verksamheter "
               "redovisar sammantaget ett överskott. Ackumulerat till och med september är avvikelsen "
               + n(-5550) + " tkr."))

t = Table(data, colWidths=[50 * mm, 19 * mm, 19 * mm, 19 * mm, 20 * mm, 19 * mm, 20 * mm], repeatRows=2)
t.setStyle(TableStyle([
    ("FONTNAME", (0, 0), (-1, -1), "DV"),
    ("FONTSIZE", (0, 0), (-1, -1), 8),
    ("FONTNAME", (0, 0), (-1, 1), "DV-Bold"),
    ("FONTNAME", (0, -1), (-1, -1), "DV-Bold"),
    ("SPAN", (2, 0), (4, 0)),
    ("SPAN", (5, 0), (6, 0)),
    ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
    ("ALIGN", (2, 0), (6, 0), "CENTER"),
    ("BACKGROUND", (0, 0), (-1, 1), colors.HexColor("#f1e4e6")),
    ("LINEBELOW", (0, 1), (-1, 1), 0.8, colors.black),
    ("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black),
    ("LINEBELOW", (2, 0), (6, 0), 0.3, colors.grey),
    ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
    ("LINEBEFORE", (2, 0), (2, -1), 0.4, colors.grey),
    ("LINEBEFORE", (5, 0), (5, -1), 0.4, colors.grey),
    ("ROWBACKGROUNDS", (0, 2), (-1, -2), [colors.white, colors.HexColor("#f8f8f8")]),
    ("TOPPADDING", (0, 0), (-1, -1), 2.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
]))
story.append(Spacer(1, 2 * mm))
story.append(t)
story.append(Spacer(1, 2 * mm))
story.append(P("Tabell 1. Driftredovisning per verksamhet, januari–september 2025 och helårsprognos.", SMALL))

story.append(P("Prognosutveckling", H2))
prog = [["Prognos efter månad", "april", "maj", "juni", "augusti", "september"],
        ["Helårsavvikelse, tkr", n(-3900), n(-4600), n(-5800), n(-6200), n(-7100)]]
story.append(grid_table(prog, [50, 22, 22, 22, 22, 22], S, num_cols=(1, 2, 3, 4, 5), font_size=8))

story.append(P("Analys per verksamhet", H2))
story.append(P("<b>Nämnd och ledning (+200 tkr).</b> Lägre kostnader för utbildning och konsulter än "
               "budgeterat."))
story.append(P("<b>Ekonomiskt bistånd (" + n(-4300) + " tkr).</b> Antalet hushåll med försörjningsstöd har "
               "ökat varje månad sedan januari och var 690 i september, jämfört med 612 i januari. "
               "Ökningen består främst av hushåll där den vuxna saknar rätt till ersättning från "
               "arbetslöshetskassan och av hushåll som har fått avslag på sjukpenning. Det genomsnittliga "
               "utbetalda beloppet per hushåll var 8 410 kronor i september. Utbetalt bistånd "
               "januari–september uppgår till 34 820 tkr."))
vol = [["Hushåll med försörjningsstöd", "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep"],
       ["Antal, 2025", "612", "628", "641", "655", "649", "662", "671", "684", "690"]]
story.append(grid_table(vol, [52, 12.5, 12.5, 12.5, 12.5, 12.5, 12.5, 12.5, 12.5, 12.5], S, num_cols=range(1, 10), font_size=8))
story.append(Spacer(1, 2 * mm))
story.append(P("<b>Placeringar barn och unga (" + n(-5600) + " tkr).</b> Den 30 september var 11 barn och "
               "unga placerade på HVB, 46 i familjehem och 7 i stödboende. Tre placeringar på HVB med "
               "särskilt omfattande behov har tillkommit under sommaren, med dygnskostnader på mellan "
               "5 900 och 7 200 kronor. Utfallet till och med september är 31 940 tkr, vilket är "
               "4 565 tkr mer än budget för perioden."))
story.append(P("<b>Placeringar vuxna (+1 600 tkr).</b> Färre placeringar enligt LVM och på behandlingshem "
               "än budgeterat. Den 30 september fanns 4 personer placerade, mot budgeterade 7."))
story.append(P("<b>Öppenvård och förebyggande arbete (+400 tkr).</b> En vakant tjänst som "
               "behandlare under våren."))
story.append(P("<b>Familjerätt och familjehemsvård (+200 tkr).</b> Lägre kostnader för utredningar "
               "som köps externt."))
story.append(P("<b>Arbetsmarknadsenheten (+600 tkr).</b> Högre intäkter från Arbetsförmedlingen för "
               "personer i arbetsmarknadsanställning."))
story.append(P("<b>Flyktingmottagning (+600 tkr).</b> Färre nyanlända har anvisats till kommunen än "
               "beräknat."))
story.append(P("<b>Färdtjänst (" + n(-800) + " tkr).</b> Antalet resor har ökat med 9 procent jämfört "
               "med samma period förra året, och det nya trafikavtalet som gäller sedan april har ett "
               "högre pris per resa."))

story.append(P("Åtgärder", H2))
story.append(P("Förvaltningen har sedan juni en placeringsgrupp som granskar alla nya placeringar av barn "
               "och unga och prövar om öppenvård eller familjehem kan användas i stället för HVB. Inom "
               "ekonomiskt bistånd har ett samarbete startat med arbetsmarknadsenheten så att alla "
               "arbetsföra personer som söker bistånd erbjuds ett första möte med en arbetsmarknadscoach "
               "inom två veckor. Effekten av åtgärderna bedöms bli synlig först under 2026."))
story.append(P("Förvaltningen föreslår att nämnden lägger uppföljningen till handlingarna och att "
               "uppföljningen överlämnas till kommunstyrelsen."))

doc = SimpleDocTemplate(OUT, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm,
                        topMargin=20 * mm, bottomMargin=18 * mm,
                        title="Socialnämnden månadsuppföljning september 2025", author="Tjärnås kommun")
doc.build(story, canvasmaker=numbered_canvas(decorate))
np_ = extract(OUT, os.path.join(os.path.dirname(__file__), "07_tjarnas_sn_manadsuppfoljning.extracted.txt"))
print(OUT, np_, "pages")
