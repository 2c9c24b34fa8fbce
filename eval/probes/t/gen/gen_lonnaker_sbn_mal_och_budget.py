"""Lönnåkers kommun – Samhällsbyggnadsnämnden: Mål och budget 2026 med plan för 2027–2028 (DOCX, python-docx:
header and footer with a PAGE field, Heading 1/2, 'Table Grid' tables for mål, drift and investeringar, bullets)."""
import datetime

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

from common import out_dir, sv_int, sv_tenths, save_docx_deterministic

FILE = "lonnaker_sbn_mal_och_budget_2026-2028.docx"
DNR = "2025/276-SBN-041"

# ---------------------------------------------------------------- figures (tkr)
COLS = ["Budget 2025", "Budget 2026", "Plan 2027", "Plan 2028"]
DRIFT = [
    ("Nämnd och förvaltningsledning", [4200, 4350, 4450, 4550]),
    ("Plan och bygg", [9800, 9400, 9700, 9950]),
    ("Miljö och hälsoskydd", [6300, 6550, 6700, 6850]),
    ("Gata och park", [31500, 33200, 33900, 34600]),
    ("Exploatering och markförvaltning", [-1200, -1500, -1500, -1500]),
    ("Kart och GIS", [3900, 4000, 4100, 4200]),
]
TOT = [sum(r[1][i] for r in DRIFT) for i in range(4)]
assert TOT == [54500, 56000, 57350, 58650]
RAM_2026 = 56000
assert TOT[1] == RAM_2026
EFFEKT = RAM_2026 // 100  # 1 % effektiviseringskrav
assert EFFEKT == 560
PARK, EL = 900, 800
assert DRIFT[3][1][1] - DRIFT[3][1][0] == PARK + EL == 1700
INT_2025, INT_2026, LON = 7100, 7800, 300
assert DRIFT[1][1][1] - DRIFT[1][1][0] == LON - (INT_2026 - INT_2025) == -400

# investeringar in tenths of mnkr: 2026, 2027, 2028
INV = [
    ("Beläggningsunderhåll", [80, 80, 85]),
    ("Gång- och cykelväg Ekliden–centrum", [65, 20, 0]),
    ("Lekplats i Pilparken", [18, 0, 0]),
    ("Gatubelysning, byte till LED", [25, 25, 25]),
    ("Södra infarten, ombyggnad *", [0, 65, 120]),
]
ITOT = [sum(r[1][i] for r in INV) for i in range(3)]
assert ITOT == [188, 190, 230] and sum(ITOT) == 608
RAM_INV_2027, UTOKNING = 125, 65
assert ITOT[1] - UTOKNING == RAM_INV_2027

MAL = [
    ("Snabb och rättssäker handläggning", "Handläggningstid bygglov, median (veckor)", "5,2", "4,0", "3,5"),
    ("", "Nöjd kund-index (NKI) bygglov", "68", "72", "75"),
    ("Fler bostäder", "Antal bostäder med startbesked", "142", "180", "200"),
    ("", "Antal bostäder i antagna detaljplaner", "210", "300", "300"),
    ("Trygga och hållbara gaturum", "Andel gång- och cykelvägar med belysning (%)", "81", "85", "90"),
    ("", "Antal genomförda trygghetsvandringar", "3", "6", "6"),
]

# ---------------------------------------------------------------- document
d = docx.Document()
d.core_properties.author = "Samhällsbyggnadsförvaltningen"
d.core_properties.title = "Mål och budget 2026–2028"
d.core_properties.created = d.core_properties.modified = datetime.datetime(2025, 11, 12, 9, 0, 0)
st = d.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)

sec = d.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
hp = sec.header.paragraphs[0]
hp.text = "Lönnåkers kommun – Samhällsbyggnadsnämnden\tMål och budget 2026–2028"
fp = sec.footer.paragraphs[0]
fp.text = f"Dnr {DNR}\tFastställd 2025-11-20, § 112\tSida "
fp.alignment = WD_ALIGN_PARAGRAPH.LEFT
run = fp.add_run()
for kind, text in (("begin", None), (None, " PAGE "), ("separate", None), ("t", "1"), ("end", None)):
    if kind in ("begin", "separate", "end"):
        e = OxmlElement("w:fldChar")
        e.set(qn("w:fldCharType"), kind)
        run._r.append(e)
    elif kind is None:
        e = OxmlElement("w:instrText")
        e.set(qn("xml:space"), "preserve")
        e.text = text
        run._r.append(e)
    else:
        e = OxmlElement("w:t")
        e.text = text
        run._r.append(e)


def grid(rows, widths=None, bold_last=False, right_from=1):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            cell = t.cell(i, j)
            cell.text = str(v)
            p = cell.paragraphs[0]
            if j >= right_from and i > 0:
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            if i == 0 or (bold_last and i == len(rows) - 1):
                for rr in p.runs:
                    rr.bold = True
            for rr in p.runs:
                rr.font.size = Pt(9.5)
    if widths:
        for j, w in enumerate(widths):
            for row in t.rows:
                row.cells[j].width = Cm(w)
    return t


def caption(text):
    p = d.add_paragraph(text)
    p.runs[0].italic = True
    p.runs[0].font.size = Pt(9)


d.add_paragraph("Samhällsbyggnadsnämnden", style="Subtitle")
d.add_heading("Mål och budget 2026 med plan för 2027–2028", level=0)
grid([["Diarienummer", DNR],
      ["Fastställd", "Samhällsbyggnadsnämnden 2025-11-20, § 112"],
      ["Ram beslutad av", "Kommunfullmäktige 2025-06-16, § 61"],
      ["Kontaktperson", "Sofie Lindén, förvaltningsekonom"]], widths=[4.5, 11], right_from=9)
d.add_paragraph()

d.add_heading("1 Inledning", level=1)
d.add_paragraph(
    "Samhällsbyggnadsnämnden ansvarar för fysisk planering, bygglov, miljö- och hälsoskydd, gator och parker, "
    "exploatering och markförvaltning samt kart- och GIS-verksamhet i Lönnåkers kommun. Detta dokument beskriver "
    "nämndens mål, driftbudget och investeringar för 2026 med plan för 2027–2028 inom den ram som "
    "kommunfullmäktige beslutade 2025-06-16, § 61.")

d.add_heading("2 Förutsättningar", level=1)
d.add_paragraph(
    "Lönnåker hade 24 318 invånare den 31 december 2024. Befolkningsprognosen pekar på en ökning med "
    "1,1 procent per år, främst i centralorten och längs Södra infarten. Det ökar efterfrågan på detaljplaner, "
    "bygglov och skötsel av allmän platsmark.")
for txt in ("Lönekostnaderna räknas upp med 3,2 procent och övriga kostnader med 2,5 procent.",
            f"Ramen innehåller ett effektiviseringskrav på 1 procent, motsvarande {sv_int(EFFEKT)} tkr.",
            f"Nämndens nettoram för 2026 är {sv_int(RAM_2026)} tkr.",
            "Antalet årsarbetare beräknas till 58 (2025: 56), inklusive en ny tjänst som planarkitekt."):
    d.add_paragraph(txt, style="List Bullet")

d.add_heading("3 Mål och indikatorer", level=1)
d.add_paragraph(
    "Nämndens mål utgår från kommunfullmäktiges tre inriktningsmål. För varje nämndmål finns indikatorer med "
    "målvärden för 2026 och 2028. Utfallet följs upp i delårsrapporten och i årsredovisningen.")
grid([["Nämndmål", "Indikator", "Utfall 2024", "Målvärde 2026", "Målvärde 2028"]] + [list(r) for r in MAL],
     widths=[4.2, 6.3, 2, 2.2, 2.2], right_from=2)
caption("Tabell 1. Nämndmål och indikatorer.")
d.add_paragraph(
    "Handläggningstiden för bygglov har minskat sedan e-tjänsten infördes, men medianen 2024 låg fortfarande över "
    "lagens krav i många ärenden. Målet är en median på 4,0 veckor 2026. Nöjd kund-index mäts genom SKR:s "
    "servicemätning för bygglov; någon motsvarande mätning görs inte för miljö- och hälsoskyddsområdet.")

d.add_heading("4 Driftbudget", level=1)
rows = [["Verksamhet (tkr)"] + COLS]
rows += [[n] + [sv_int(v) for v in vals] for n, vals in DRIFT]
rows += [["Summa samhällsbyggnadsnämnden"] + [sv_int(v) for v in TOT]]
grid(rows, widths=[6.4, 2.5, 2.5, 2.5, 2.5], bold_last=True)
caption("Tabell 2. Driftbudget per verksamhet, nettokostnad i tkr. Negativa belopp är nettointäkter.")
d.add_heading("4.1 Förändringar jämfört med 2025", level=2)
d.add_paragraph(
    f"Gata och park ökar med {sv_int(PARK + EL)} tkr. Av ökningen avser {sv_int(PARK)} tkr skötsel av den nya "
    f"Sjöängsparken som invigs våren 2026 och {sv_int(EL)} tkr högre elkostnader för gatubelysningen.")
d.add_paragraph(
    f"Plan och bygg minskar med 400 tkr. Minskningen beror på högre budgeterade bygglovsintäkter, "
    f"{sv_int(INT_2026)} tkr mot {sv_int(INT_2025)} tkr 2025, efter den taxehöjning som gäller från 1 januari "
    f"2026. Lönekostnaderna ökar samtidigt med {sv_int(LON)} tkr.")
d.add_paragraph(
    "Exploatering och markförvaltning budgeteras med ett större överskott genom arrendeintäkter och försäljning av "
    "tomter i Ekliden etapp 3. Miljö och hälsoskydd ökar med 250 tkr, främst till följd av lönerevision.")

d.add_heading("5 Investeringar", level=1)
rows = [["Projekt (mnkr)", "2026", "2027", "2028", "Totalt"]]
rows += [[n] + [sv_tenths(v) for v in vals] + [sv_tenths(sum(vals))] for n, vals in INV]
rows += [["Summa"] + [sv_tenths(v) for v in ITOT] + [sv_tenths(sum(ITOT))]]
grid(rows, widths=[7, 2.4, 2.4, 2.4, 2.4], bold_last=True)
caption("Tabell 3. Investeringsbudget 2026 och plan 2027–2028, mnkr.")
d.add_paragraph(
    f"* Södra infarten ingår inte i den investeringsram som kommunfullmäktige har beslutat. Ramen för 2027 är "
    f"{sv_tenths(RAM_INV_2027)} mnkr; med Södra infarten blir behovet {sv_tenths(ITOT[1])} mnkr. Nämnden begär "
    f"därför hos kommunfullmäktige att investeringsramen för 2027 utökas med {sv_tenths(UTOKNING)} mnkr. "
    "Kommunfullmäktige behandlar begäran i budgetberedningen våren 2026. Om ramen inte utökas skjuts projektet "
    "upp till 2028.")

d.add_heading("6 Beslut", level=1)
d.add_paragraph(
    "Samhällsbyggnadsnämnden beslutade 2025-11-20, § 112:")
for txt in ("att fastställa mål och budget 2026 med plan för 2027–2028,",
            f"att hos kommunfullmäktige begära att investeringsramen för 2027 utökas med {sv_tenths(UTOKNING)} "
            "mnkr för ombyggnad av Södra infarten."):
    d.add_paragraph(txt, style="List Number")
d.add_paragraph()
d.add_paragraph("Camilla Strömberg (M), ordförande\nHenrik Alm, förvaltningschef")

save_docx_deterministic(d, str(out_dir() / FILE))
