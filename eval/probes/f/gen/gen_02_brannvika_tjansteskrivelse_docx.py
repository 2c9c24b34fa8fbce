"""Doc 2: Brännvika kommun, socialförvaltningen, tjänsteskrivelse (DOCX via python-docx)."""
import os
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "docs", "brannvika_sn_tjansteskrivelse_familjehem_2025-09-02.docx")

d = Document()
sec = d.sections[0]
sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
sec.left_margin = sec.right_margin = Cm(2.3)
sec.top_margin, sec.bottom_margin = Cm(1.8), Cm(2.0)
st = d.styles["Normal"]
st.font.name = "Garamond"
st.font.size = Pt(11.5)

# footer
fp = sec.footer.paragraphs[0]
fp.text = ("Brännvika kommun • Socialförvaltningen • Postadress: 871 80 Brännvika • "
           "Besöksadress: Rådhusgatan 4")
fp.runs[0].font.size = Pt(8)
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

# letterhead table
lt = d.add_table(rows=4, cols=3)
lt.alignment = WD_TABLE_ALIGNMENT.CENTER
c = lt.cell(0, 0)
r = c.paragraphs[0].add_run("BRÄNNVIKA KOMMUN")
r.bold = True; r.font.size = Pt(15); r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
c.add_paragraph("Socialförvaltningen\nAvdelningen för barn och familj")
lt.cell(0, 2).paragraphs[0].add_run("TJÄNSTESKRIVELSE").bold = True
lt.cell(1, 0).text = "Handläggare"
lt.cell(1, 1).text = "Datum"
lt.cell(1, 2).text = "Diarienummer"
lt.cell(2, 0).text = "Camilla Rehn\nEnhetschef familjehemsenheten"
lt.cell(2, 1).text = "2025-09-02"
lt.cell(2, 2).text = "SN/2025:143"
lt.cell(3, 0).text = ""
lt.cell(3, 2).text = "Socialnämnden"
for cell in (lt.cell(1, 0), lt.cell(1, 1), lt.cell(1, 2)):
    for run in cell.paragraphs[0].runs:
        run.font.size = Pt(8); run.italic = True

d.add_paragraph()
h = d.add_heading("Förstärkt familjehemsvård för att minska behovet av placeringar på HVB", level=1)

def heading(t):
    d.add_heading(t, level=2)

def para(t):
    return d.add_paragraph(t)

def att(t):
    p = d.add_paragraph(style="List Bullet")
    p.add_run("att ").bold = True
    p.add_run(t)

heading("Förslag till beslut")
para("Socialförvaltningen föreslår att socialnämnden beslutar")
att("familjehemsenheten utökas med 2,0 årsarbetare familjehemssekreterare från och med den 1 januari 2026,")
att("kostnaden finansieras inom nämndens ram genom minskade kostnader för köpt vård för barn och unga,")
att("arvodet för förstärkta familjehem höjs enligt bilaga 2 från och med den 1 januari 2026, samt")
att("uppdra åt förvaltningen att återrapportera utfallet av satsningen till nämnden i september 2026.")

heading("Sammanfattning")
para("Kostnaderna för köpt vård för barn och unga har ökat kraftigt de senaste åren. Den 31 augusti 2025 "
     "var 14 barn och unga placerade på hem för vård eller boende (HVB), jämfört med 9 vid samma tidpunkt "
     "2024. En HVB-placering kostar i genomsnitt 4 250 kronor per dygn, medan ett konsulentstött familjehem "
     "kostar cirka 2 100 kronor per dygn och ett av kommunens egna familjehem cirka 850 kronor per dygn, "
     "arvode och omkostnadsersättning inräknade.")
para("Familjehemsenheten har i dag 4,0 årsarbetare och ansvarar för rekrytering, utredning, utbildning "
     "och stöd till 38 familjehem. Enheten har inte kapacitet att rekrytera fler familjehem, vilket gör "
     "att barn som skulle kunna placeras i familjehem i stället placeras på HVB eller i konsulentstödda "
     "familjehem. Förvaltningen föreslår därför att enheten förstärks med två familjehemssekreterare och "
     "att kommunen inför ett förstärkt arvode för familjehem som tar emot barn med större behov. Förslaget "
     "beräknas ge en nettobesparing redan första året.")

heading("Bakgrund")
para("Socialnämnden gav i mars 2025 förvaltningen i uppdrag att ta fram förslag på åtgärder för att "
     "minska kostnaderna för externa placeringar (SN/2025:37). Prognosen för köpt vård barn och unga är "
     "38,6 mnkr för 2025, vilket är 5,2 mnkr mer än budget. Av prognosen avser cirka 70 procent "
     "HVB-placeringar.")
para("Utvecklingen av antalet placerade barn och unga vid mätdatumet den 31 augusti framgår av tabellen nedan.")

t = d.add_table(rows=1, cols=4)
t.style = "Light Grid Accent 1"
hdr = ["Placeringsform (antal 31 augusti)", "2023", "2024", "2025"]
for i, x in enumerate(hdr):
    t.rows[0].cells[i].text = x
for row in [["HVB", "8", "9", "14"],
            ["Konsulentstött familjehem", "11", "13", "15"],
            ["Kommunens egna familjehem", "31", "33", "32"],
            ["Stödboende", "3", "4", "6"],
            ["Summa", "53", "59", "67"]]:
    cells = t.add_row().cells
    for i, x in enumerate(row):
        cells[i].text = x
for col in range(1, 4):
    vals = [int(t.rows[r].cells[col].text) for r in range(1, 5)]
    assert sum(vals) == int(t.rows[5].cells[col].text)
para("")
para("Erfarenheter från andra kommuner och från Socialstyrelsens kunskapsstöd visar att barn i familjehem "
     "i regel får bättre förutsättningar till stabila relationer och skolgång än barn som placeras på "
     "institution. Ett förstärkt familjehem får utökat stöd från familjehemssekreteraren, handledning "
     "en gång i månaden och ett högre arvode.")

heading("Ärendets beredning")
para("Ärendet har beretts av familjehemsenheten tillsammans med förvaltningens ekonom Oskar Lindeberg. "
     "Samverkan har skett i förvaltningens samverkansgrupp den 27 augusti 2025.")

heading("Barnrättsperspektiv")
para("Förslaget bedöms vara till barnets bästa. Fler barn ska kunna växa upp i en familj och nära sitt "
     "nätverk, och färre barn ska behöva flytta mellan olika placeringar. Barn i familjehem får egen "
     "socialsekreterare och barnets åsikter ska dokumenteras i varje uppföljning.")

heading("Ekonomiska konsekvenser")
para("Förvaltningen bedömer att två HVB-placeringar kan ersättas med placeringar i egna familjehem under "
     "2026 och ytterligare två under 2027. Kostnaderna och de beräknade minskade kostnaderna framgår av "
     "tabellen (tusental kronor, negativa tal är minskade kostnader).")
et = d.add_table(rows=1, cols=3)
et.style = "Table Grid"
for i, x in enumerate(["Post (tkr)", "2026", "2027"]):
    et.rows[0].cells[i].text = x
    et.rows[0].cells[i].paragraphs[0].runs[0].bold = True
erows = [("Lönekostnad 2,0 familjehemssekreterare inkl. PO", 1480, 1520),
         ("Rekrytering och utbildning av familjehem", 320, 180),
         ("Förstärkt arvode, 6 familjehem", 410, 410),
         ("Minskade kostnader för HVB-placeringar", -2480, -4960)]
tot = [sum(r[1] for r in erows), sum(r[2] for r in erows)]
assert tot == [-270, -2850], tot

def f(n):
    s = "{:,}".format(abs(n)).replace(",", " ")
    return ("-" + s) if n < 0 else s

for name, a, b in erows + [("Nettoeffekt", tot[0], tot[1])]:
    cells = et.add_row().cells
    cells[0].text, cells[1].text, cells[2].text = name, f(a), f(b)
    for cc in cells[1:]:
        cc.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
for cc in et.rows[-1].cells:
    for run in cc.paragraphs[0].runs:
        run.bold = True
para("")
para("Nettoeffekten beräknas till en minskad kostnad om 270 tkr år 2026 och 2 850 tkr år 2027. "
     "Beräkningen bygger på en genomsnittlig HVB-kostnad på 4 250 kronor per dygn och en kostnad i eget "
     "familjehem på 850 kronor per dygn. Om rekryteringen av familjehem går långsammare än beräknat "
     "blir besparingen mindre. Förvaltningen bedömer ändå att risken är begränsad eftersom det räcker "
     "att en HVB-placering per år ersätts för att satsningen ska bära sina egna kostnader.")

heading("Uppföljning")
para("Förvaltningen följer upp antalet nyrekryterade familjehem, antalet placeringar per placeringsform "
     "och kostnaden för köpt vård i den månatliga ekonomiska uppföljningen. En samlad återrapportering "
     "lämnas till nämnden i september 2026.")

heading("Beslutsunderlag")
for x in ["Tjänsteskrivelse 2025-09-02",
          "Bilaga 1: Kostnadsberäkning familjehemsvård",
          "Bilaga 2: Arvodesnivåer för förstärkta familjehem 2026"]:
    d.add_paragraph(x, style="List Number")

heading("Beslutet ska skickas till")
for x in ["Avdelningschef barn och familj", "Familjehemsenheten", "Förvaltningens ekonom"]:
    para(x)

d.add_paragraph()
p = para("Socialförvaltningen")
p.runs[0].bold = True
para("Mattias Öberg\nSocialchef")
para("Camilla Rehn\nEnhetschef familjehemsenheten")

d.core_properties.title = "Förstärkt familjehemsvård – tjänsteskrivelse"
d.core_properties.author = "Camilla Rehn"
d.save(OUT)
print(OUT)
