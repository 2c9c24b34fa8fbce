"""Kråkmora kommun – miljö- och byggnadsnämndens verksamhetsplan med budget 2026. DOCX via python-docx.

Layout: headings use the Heading 1/2 styles but the numbers are typed as plain text in the heading
("3.2 Tillsyn"). The budget table has a two-row header: "Verksamhet" merged vertically, "Budget 2026"
merged horizontally over "Intäkter | Kostnader | Netto", and "Budget 2025" over "Netto". A taxa table gives the
timavgifter for 2026 and 2025.
"""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from common import out_dir, sv_int

FILE = "krakmora_mbn_verksamhetsplan_budget_2026.docx"

# tkr: (verksamhet, intäkter 2026, kostnader 2026, netto 2025)
BUDGET = [("Nämnd och ledning", 0, 2140, -2010),
          ("Bygglov", 9850, 13420, -3210),
          ("Miljö- och hälsoskydd", 3260, 8940, -5450),
          ("Livsmedelskontroll", 2180, 3050, -940),
          ("Kart och mät", 1940, 4510, -2480)]
INT = sum(r[1] for r in BUDGET)
KOST = sum(r[2] for r in BUDGET)
NETTO = INT - KOST
NETTO_2025 = sum(r[3] for r in BUDGET)
assert (INT, KOST, NETTO, NETTO_2025) == (17230, 32060, -14830, -14090)
assert BUDGET[1][1] - BUDGET[1][2] == -3570

TAXA = [("Bygglov, anmälan och förhandsbesked (plan- och bygglagen)", 1380, 1290),
        ("Prövning och tillsyn enligt miljöbalken", 1250, 1190),
        ("Offentlig kontroll av livsmedel", 1420, 1350),
        ("Strålskydd och solarier", 1250, 1190)]
TILLSYN_2026, TILLSYN_2025 = 420, 385
AVLOPP = 150
BYGGLOV_ANS_2025 = 412


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    hp = sec.header.paragraphs[0]
    hp.text = "Kråkmora kommun\tMiljö- och byggnadsnämnden\tDnr MBN 2025/318"
    fp = sec.footer.paragraphs[0]
    fp.text = "Verksamhetsplan med budget 2026 – fastställd av miljö- och byggnadsnämnden 2025-12-10, § 112"

    d.add_paragraph("Kråkmora kommun", style="Title")
    d.add_paragraph("Miljö- och byggnadsnämnden – Verksamhetsplan med budget 2026", style="Subtitle")
    d.add_paragraph("Ordförande: Gunnar Lövgren (C). Förvaltningschef samhällsbyggnad: Therese Almqvist.")

    d.add_heading("1 Inledning", level=1)
    d.add_paragraph("Verksamhetsplanen beskriver hur miljö- och byggnadsnämnden avser att genomföra sitt "
                    "uppdrag under 2026 inom den ram som kommunfullmäktige beslutade om i november 2025. Planen "
                    "omfattar mål, prioriteringar, tillsynsplan i sammandrag, budget per verksamhet och taxor.")
    d.add_heading("2 Uppdrag och organisation", level=1)
    d.add_paragraph("Nämnden ansvarar för kommunens uppgifter enligt plan- och bygglagen, miljöbalken och "
                    "livsmedelslagstiftningen samt för kart- och mätverksamheten. Verksamheten bedrivs av "
                    "samhällsbyggnadsförvaltningens bygg- och miljöavdelning med 31 tjänster.")
    d.add_heading("3 Verksamhet 2026", level=1)
    d.add_heading("3.1 Bygglov", level=2)
    d.add_paragraph(f"Under 2025 kom {BYGGLOV_ANS_2025} ansökningar om bygglov in till nämnden. Målet för 2026 är "
                    "att mediantiden från komplett ansökan till beslut ska vara högst fyra veckor. Nämnden "
                    "fortsätter att utveckla e-tjänsten för bygglov så att fler ansökningar är kompletta från "
                    "början.")
    d.add_heading("3.2 Tillsyn", level=2)
    d.add_paragraph(f"Nämnden planerar {TILLSYN_2026} tillsynsbesök enligt miljöbalken under 2026, jämfört med "
                    f"{TILLSYN_2025} planerade besök 2025. Ökningen beror på att nämnden prioriterar tillsyn av "
                    f"enskilda avlopp i Kråkmoraåns avrinningsområde, där {AVLOPP} fastigheter ska inventeras "
                    "under året. Tillsynen av lantbruk och hästgårdar genomförs enligt den treåriga "
                    "tillsynsplanen.")
    d.add_paragraph("Den byggnadstekniska tillsynen inriktas på ovårdade tomter och olovligt byggande i "
                    "strandnära lägen. Ärenden som gäller ovårdade byggnader prioriteras när de innebär fara "
                    "för människor.")
    d.add_heading("3.3 Livsmedelskontroll", level=2)
    d.add_paragraph("Kontrollen följer den nationella kontrollplanen. Under 2026 genomförs en riktad "
                    "kontroll av allergenmärkning i restauranger och skolkök.")
    d.add_heading("4 Ekonomi", level=1)
    d.add_heading("4.1 Budget per verksamhet", level=2)
    d.add_paragraph("Tabellen visar budget 2026 per verksamhet i tusentals kronor (tkr), med nettobudget 2025 "
                    "som jämförelse. Negativa nettobelopp innebär att verksamheten finansieras med "
                    "kommunbidrag.")
    t = d.add_table(rows=2 + len(BUDGET) + 1, cols=5)
    t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(1, 0))
    a.text = "Verksamhet"
    b = t.cell(0, 1).merge(t.cell(0, 3))
    b.text = "Budget 2026"
    t.cell(0, 4).text = "Budget 2025"
    for i, x in enumerate(("Intäkter", "Kostnader", "Netto", "Netto"), start=1):
        t.cell(1, i).text = x
    for r, (name, i_, k, n25) in enumerate(BUDGET, start=2):
        vals = [name, sv_int(i_), sv_int(k), sv_int(i_ - k), sv_int(n25)]
        for c, v in enumerate(vals):
            t.cell(r, c).text = v
    last = 2 + len(BUDGET)
    for c, v in enumerate(["Summa", sv_int(INT), sv_int(KOST), sv_int(NETTO), sv_int(NETTO_2025)]):
        t.cell(last, c).text = v
    for row in t.rows:
        for c in row.cells[1:]:
            for p in c.paragraphs:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for c in (t.cell(0, 0), t.cell(0, 1), t.cell(0, 4)) + tuple(t.cell(1, i) for i in range(1, 5)):
        for p in c.paragraphs:
            for run in p.runs:
                run.bold = True
    d.add_paragraph("")
    d.add_paragraph(f"Nämndens nettokostnad ökar med {sv_int(-(NETTO - NETTO_2025))} tkr jämfört med 2025. "
                    "Ökningen förklaras framför allt av två nya tjänster som miljöinspektör, varav en finansieras "
                    "med avgifter från avloppsinventeringen.")
    d.add_heading("4.2 Taxor", level=2)
    d.add_paragraph("Kommunfullmäktige har beslutat om nya timavgifter som gäller från och med 2026-01-01. "
                    "Timavgiften räknas upp med prisindex för kommunal verksamhet och med hänsyn till ökade "
                    "lönekostnader.")
    tt = d.add_table(rows=1 + len(TAXA), cols=3)
    tt.style = "Table Grid"
    for c, v in enumerate(("Område", "Timavgift 2026, kr", "Timavgift 2025, kr")):
        tt.cell(0, c).text = v
    for r, (name, n26, n25) in enumerate(TAXA, start=1):
        for c, v in enumerate((name, sv_int(n26), sv_int(n25))):
            tt.cell(r, c).text = v
    d.add_paragraph("")
    d.add_heading("5 Uppföljning", level=1)
    d.add_paragraph("Verksamhetsplanen följs upp i delårsrapporten per augusti och i verksamhetsberättelsen "
                    "för 2026. Nämnden får en månatlig ekonomisk rapport från och med mars.")
    d.save(out_dir() / FILE)


if __name__ == "__main__":
    build()
