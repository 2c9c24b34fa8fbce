"""Brattvik kommun, vård- och omsorgsnämnden, delårsrapport januari–augusti 2025 (DOCX, python-docx).

Invented municipality, people and figures. Assertions keep the figures consistent.
"""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt, Cm

from common import out_dir, sv_int

# tkr: budget 2025, utfall jan–aug 2025, prognos 2025
rows = [
    ("Nämnd och förvaltningsledning", 18400, 11820, 17650),
    ("Hemtjänst", 142300, 101460, 151100),
    ("Särskilt boende", 238600, 161390, 241900),
    ("Hälso- och sjukvård", 61200, 39650, 60100),
    ("Funktionsstöd (LSS)", 119800, 82310, 123450),
    ("Korttidsvård och dagverksamhet", 27700, 17240, 26300),
]
B = sum(r[1] for r in rows)
U = sum(r[2] for r in rows)
PR = sum(r[3] for r in rows)
AV = B - PR
assert (B, PR, AV) == (608000, 620500, -12500)
assert U == 413870
dev = {r[0]: r[1] - r[3] for r in rows}
assert dev["Hemtjänst"] == -8800 and dev["Särskilt boende"] == -3300 and dev["Funktionsstöd (LSS)"] == -3650
assert dev["Hälso- och sjukvård"] == 1100 and dev["Korttidsvård och dagverksamhet"] == 1400
assert sum(dev.values()) == AV
# hemtjänst hours
timmar_2024, timmar_2025 = 187400, 204300   # jan–aug
assert round((timmar_2025 / timmar_2024 - 1) * 100) == 9
# åtgärder, tkr
atg = [("minskad användning av bemanningsföretag", 1500), ("översyn av nattorganisationen", 1200),
       ("vakanshållning inom administration", 800), ("samordnad schemaläggning i hemtjänsten", 900)]
assert sum(a for _, a in atg) == 4400

d = docx.Document()
st = d.styles["Normal"]
st.font.name, st.font.size = "Calibri", Pt(11)
sec = d.sections[0]
sec.header.paragraphs[0].text = "Brattviks kommun\tVård- och omsorgsnämnden\tDelårsrapport januari–augusti 2025"
sec.footer.paragraphs[0].text = "Dnr VON 2025/0142"

d.add_heading("Delårsrapport januari–augusti 2025", 0)
d.add_paragraph("Vård- och omsorgsnämnden, Brattviks kommun. Behandlad av nämnden 2025-09-24, § 71. "
                "Rapporten omfattar perioden 1 januari – 31 augusti 2025 med helårsprognos för 2025.")

d.add_heading("1 Sammanfattning", 1)
d.add_paragraph(f"Vård- och omsorgsnämnden prognostiserar för helåret 2025 ett underskott på {sv_int(-AV)} tkr mot "
                f"en nettobudget på {sv_int(B)} tkr. Det motsvarar 2,1 procent av budgeten. Vid "
                "tertialuppföljningen i april var prognosen ett underskott på 7 900 tkr. Försämringen förklaras "
                "framför allt av fortsatt ökad efterfrågan på hemtjänst och av kostnaderna för två nya externa "
                "placeringar inom funktionsstöd. Nämnden har beslutat om en åtgärdsplan som beräknas minska "
                f"underskottet med {sv_int(sum(a for _, a in atg))} tkr under resten av året; effekten är "
                "inräknad i prognosen.")

d.add_heading("2 Driftredovisning", 1)
d.add_paragraph("Tabell 1. Driftredovisning per verksamhet, budget, utfall och prognos 2025.")
tab = d.add_table(rows=1, cols=5)
tab.style = "Table Grid"
hdr = ["Verksamhet (tkr)", "Budget 2025", "Utfall jan–aug 2025", "Prognos 2025", "Avvikelse mot budget"]
for c, t in zip(tab.rows[0].cells, hdr):
    c.text = t
    c.paragraphs[0].runs[0].bold = True
for name, b, u, p in rows + [("Summa vård- och omsorgsnämnden", B, U, PR)]:
    cells = tab.add_row().cells
    vals = [name, sv_int(b), sv_int(u), sv_int(p), sv_int(b - p, plus=True)]
    for k, (c, v) in enumerate(zip(cells, vals)):
        c.text = v
        if k:
            c.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
        if name.startswith("Summa"):
            c.paragraphs[0].runs[0].bold = True
d.add_paragraph("Positivt tal innebär överskott, negativt tal underskott mot budget.")

d.add_heading("3 Kommentarer till avvikelserna per verksamhet", 1)
d.add_heading("Nämnd och förvaltningsledning", 2)
d.add_paragraph("Överskottet på 750 tkr beror på att tjänsten som kvalitetsstrateg varit vakant sedan februari och "
                "att nämndens kostnader för utbildning och resor blivit lägre än budgeterat.")
d.add_heading("Hemtjänst", 2)
d.add_paragraph(f"Hemtjänsten prognostiserar det största underskottet, {sv_int(-dev['Hemtjänst'])} tkr. Antalet "
                f"utförda timmar under januari–augusti var {sv_int(timmar_2025)}, vilket är cirka 9 procent fler "
                f"än under samma period 2024 ({sv_int(timmar_2024)} timmar). Ökningen gäller främst brukare som "
                "skrivs ut från slutenvården med omfattande behov, och den är störst i område Norr där två nya "
                "trygghetsboenden tagits i bruk under våren. Budgeten för 2025 byggde på oförändrad volym. "
                "Verksamheten har också haft kostnader för extrapersonal under semesterperioden.")
d.add_heading("Särskilt boende", 2)
d.add_paragraph(f"Särskilt boende visar ett underskott på {sv_int(-dev['Särskilt boende'])} tkr. På "
                "Lindgläntans demensboende har nattbemanningen förstärkts med en extra vaknatt sedan mars, efter "
                "flera fallolyckor och en lex Sarah-utredning. Förstärkningen kostar omkring 1 900 tkr för året. "
                "Resten av underskottet avser övertid och timanställda under sommaren, då rekryteringen av "
                "semestervikarier inte räckte till.")
d.add_heading("Hälso- och sjukvård", 2)
d.add_paragraph(f"Hälso- och sjukvården väntas ge ett överskott på {sv_int(dev['Hälso- och sjukvård'])} tkr. "
                "Flera tjänster som sjuksköterska har varit vakanta under våren, och de vakanta tjänsterna har "
                "bara delvis ersatts med inhyrd personal. Kostnaden för bemanningsföretag uppgår hittills till "
                "2 300 tkr. Överskottet är alltså inte ett tecken på att verksamheten har en långsiktigt "
                "hållbar bemanning.")
d.add_heading("Funktionsstöd (LSS)", 2)
d.add_paragraph(f"Funktionsstöd prognostiserar ett underskott på {sv_int(-dev['Funktionsstöd (LSS)'])} tkr. Under "
                "perioden har två personer med omfattande behov fått beslut om bostad med särskild service som inte "
                "kunnat verkställas i egen regi. De har i stället placerats i externa boenden, till en sammanlagd "
                "kostnad av 3 400 tkr för resten av året. Personlig assistans enligt LSS ligger i nivå med budget.")
d.add_heading("Korttidsvård och dagverksamhet", 2)
d.add_paragraph("Korttidsvård och dagverksamhet beräknas ge ett överskott på 1 400 tkr. Beläggningen på "
                "korttidsboendet har varit lägre än planerat och en av de två avdelningarna hölls stängd under "
                "sex veckor i sommar, vilket minskade personalkostnaderna.")

d.add_heading("4 Åtgärder för ekonomi i balans", 1)
d.add_paragraph("Nämnden beslutade 2025-06-18 om följande åtgärder (beräknad effekt 2025):")
for a, v in atg:
    d.add_paragraph(f"{a[0].upper() + a[1:]}, {sv_int(v)} tkr", style="List Bullet")
d.add_paragraph("Förvaltningen bedömer att det inte är möjligt att nå en budget i balans under 2025 utan att "
                "påverka kvaliteten för brukarna. En fördjupad analys av hemtjänstens resursfördelning redovisas "
                "för nämnden i november.")

d.add_heading("5 Personal", 1)
d.add_paragraph("Den totala sjukfrånvaron för nämndens medarbetare var 10,2 procent under januari–augusti, jämfört "
                "med 9,6 procent under samma period föregående år. Korttidsfrånvaron har ökat mest, främst i "
                "hemtjänsten. Antalet tillsvidareanställda var 1 046 den 31 augusti 2025.")

d.add_heading("6 Investeringar", 1)
d.add_paragraph("Investeringsbudgeten för 2025 är 4 600 tkr, varav 3 100 tkr avser nya larm och dörrmiljöer på "
                "Lindgläntan. Utfallet till och med augusti är 1 750 tkr och hela budgeten beräknas förbrukas.")

d.save(str(out_dir() / "brattvik_von_delarsrapport_jan-aug_2025.docx"))
