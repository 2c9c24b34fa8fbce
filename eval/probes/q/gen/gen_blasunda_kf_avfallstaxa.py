"""Blåsunda kommun – Avfallstaxa 2026 as adopted by kommunfullmäktige, the Word document published as the
decision's bilaga. DOCX via python-docx plus a little raw WordprocessingML.

Layout (a taxa/föreskrift document, not a tjänsteskrivelse): the adoption line and Dnr only in the Word **page
header**, "Sida X av Y" as PAGE/NUMPAGES fields in the footer; Title style; the rules as **"1 §", "2 §" … bold
run-ins at the start of Normal paragraphs** (no heading style, no Word numbering); five fee tables in "Table Grid":
table 2 has a **two-row header** ("Kärlstorlek" merged vertically, "Kronor per år" merged horizontally over three
columns) with **superscript note marks in header cells** explained in notes under the table, and "–" cells for
combinations not offered; table 3 has **full-width section rows** (gridSpan) "Restavfall" / "Matavfall"; the
tilläggstjänster table has a unit column. The comparison with 2025 exists only in a closing paragraph.
"""
from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from common import out_dir, sv_int

FILE = "blasunda_kf_avfallstaxa_2026.docx"

GRUND = [("En- och tvåbostadshus, permanentbostad", 1_180), ("Fritidshus", 650),
         ("Flerbostadshus, per lägenhet", 595), ("Verksamheter, per verksamhet", 1_020)]
KARL = [  # liter: varannan vecka, var fjärde vecka, sommarhämtning (None = erbjuds inte)
    (140, 1_760, 1_050, 980),
    (190, 2_462, 1_390, 1_240),
    (240, 3_150, 1_780, None),
    (370, 4_620, None, None),
]
FLER_REST = [(190, 3_260, 1_840), (370, 5_960, 3_310), (660, 9_880, 5_420)]   # varje vecka, varannan vecka
FLER_MAT = [(140, 1_420, 860)]
TILLAGG = [
    ("Gångavstånd 5–25 meter", 420, "per år"),
    ("Extra tömning vid ordinarie hämtningstur", 195, "per tillfälle"),
    ("Extra tömning utanför ordinarie hämtningstur", 590, "per tillfälle"),
    ("Byte av kärlstorlek (det första bytet per kalenderår är avgiftsfritt)", 250, "per byte"),
    ("Budad hämtning av grovavfall, högst fem kolli", 450, "per tillfälle"),
    ("Trädgårdsavfall, kärl 370 liter, april–november", 1_290, "per säsong"),
]
SLAM = [
    ("Slamavskiljare upp till 3 m³, ordinarie tömning", 1_340, "per tömning"),
    ("Tillägg per påbörjad m³ över 3 m³", 310, "per m³"),
    ("Sluten tank upp till 6 m³, ordinarie tömning", 1_790, "per tömning"),
    ("Akut tömning inom 24 timmar, tillägg", 2_900, "per tömning"),
]
NORMAL_2026 = GRUND[0][1] + KARL[1][1]
NORMAL_2025 = 3_410
assert NORMAL_2026 == 3_642 and round((NORMAL_2026 - NORMAL_2025) * 1000 / NORMAL_2025) == 68


def field(run, instr, cached):
    for kind, text in (("begin", None), (None, instr), ("separate", None), (None, cached), ("end", None)):
        if kind:
            e = OxmlElement("w:fldChar")
            e.set(qn("w:fldCharType"), kind)
            run._r.append(e)
        elif text == instr:
            e = OxmlElement("w:instrText")
            e.set(qn("xml:space"), "preserve")
            e.text = f" {instr} "
            run._r.append(e)
        else:
            e = OxmlElement("w:t")
            e.text = text
            run._r.append(e)


def rule(doc, n, text):
    p = doc.add_paragraph()
    r = p.add_run(f"{n} §")
    r.bold = True
    p.add_run("\u00a0\u00a0" + text)
    p.paragraph_format.space_after = Pt(6)
    return p


def set_cell(cell, text, bold=False, align=None, sup=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if sup:
        s = p.add_run(sup)
        s.font.superscript = True
        s.bold = bold
    if align == "right":
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    sh = OxmlElement("w:shd")
    sh.set(qn("w:val"), "clear")
    sh.set(qn("w:color"), "auto")
    sh.set(qn("w:fill"), fill)
    tcPr.append(sh)


def caption(doc, text):
    p = doc.add_paragraph()
    r = p.add_run(text)
    r.bold = True
    r.font.size = Pt(10)
    p.paragraph_format.space_before = Pt(6)
    p.paragraph_format.keep_with_next = True


def note(doc, mark, text):
    p = doc.add_paragraph()
    s = p.add_run(mark)
    s.font.superscript = True
    r = p.add_run(" " + text)
    for x in (s, r):
        x.font.size = Pt(8.5)
    p.paragraph_format.space_after = Pt(2)


def build(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)

    hp = sec.header.paragraphs[0]
    hp.text = "Blåsunda kommun\tAvfallstaxa 2026"
    hp2 = sec.header.add_paragraph("Antagen av kommunfullmäktige 2025-11-24, § 131\tDnr KS 2025/0377")
    for p in (hp, hp2):
        p.runs[0].font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    fp.add_run("Sida ")
    field(fp.add_run(), "PAGE", "1")
    fp.add_run(" av ")
    field(fp.add_run(), "NUMPAGES", "3")

    doc.add_paragraph("Avfallstaxa för Blåsunda kommun", style="Title")
    doc.add_paragraph("Gäller från och med den 1 januari 2026. Ersätter avfallstaxan som kommunfullmäktige antog "
                      "2024-11-25, § 118.")

    doc.add_heading("Allmänna bestämmelser", level=1)
    rule(doc, 1, "Denna taxa gäller för insamling, transport och behandling av hushållsavfall i Blåsunda kommun. "
                 "Tekniska nämnden är huvudman för avfallshanteringen. Insamlingen utförs av kommunens "
                 "entreprenör.")
    rule(doc, 2, "Avfallsavgiften består av en grundavgift och en hämtningsavgift. Grundavgiften finansierar "
                 "återvinningscentralen, mottagning av farligt avfall, information och administration. "
                 "Hämtningsavgiften beror på kärlstorlek och tömningsintervall.")
    rule(doc, 3, "Alla avgifter i taxan anges inklusive mervärdesskatt.")
    rule(doc, 4, "Avgiften betalas av fastighetsinnehavaren. Grundavgift och hämtningsavgift faktureras fyra "
                 "gånger per år.")
    rule(doc, 5, "Tekniska nämnden får besluta om att räkna upp avgifterna inför ett nytt kalenderår med högst "
                 "förändringen i konsumentprisindex (KPI) mellan oktober de två närmast föregående åren. Tekniska "
                 "nämnden får också besluta om avgift för en tjänst som inte finns i taxan.")
    rule(doc, 6, "För en permanentbostad kan tekniska nämnden medge uppehåll i hämtningen om fastigheten inte "
                 "används under minst sex sammanhängande månader. För ett fritidshus kan uppehåll medges för en "
                 "hel hämtningssäsong. Ansökan ska ha kommit in senast en månad före uppehållet. Under uppehållet "
                 "betalas grundavgift.")
    rule(doc, 7, "Två närboende hushåll kan efter anmälan dela kärl. Vart och ett av hushållen betalar då "
                 "grundavgift och halva hämtningsavgiften.")
    rule(doc, 8, "Betalas inte avgiften i tid debiteras dröjsmålsränta enligt räntelagen och påminnelseavgift "
                 "enligt lagen om ersättning för inkassokostnader.")

    doc.add_heading("Grundavgift", level=1)
    caption(doc, "Tabell 1. Grundavgift")
    t = doc.add_table(rows=1 + len(GRUND), cols=2)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Kategori", bold=True)
    set_cell(t.cell(0, 1), "Kronor per år", bold=True, align="right")
    for i, (k, v) in enumerate(GRUND, 1):
        set_cell(t.cell(i, 0), k)
        set_cell(t.cell(i, 1), sv_int(v), align="right")

    doc.add_heading("Hämtningsavgift för en- och tvåbostadshus och fritidshus", level=1)
    doc.add_paragraph("Kärlet töms på restavfall och matavfall (tvådelat kärl). Kärl större än 370 liter "
                      "erbjuds inte för en- och tvåbostadshus.")
    caption(doc, "Tabell 2. Hämtningsavgift, kronor per år")
    t = doc.add_table(rows=2 + len(KARL), cols=4)
    t.style = "Table Grid"
    a = t.cell(0, 0).merge(t.cell(1, 0))
    set_cell(a, "Kärlstorlek", bold=True)
    b = t.cell(0, 1).merge(t.cell(0, 3))
    set_cell(b, "Kronor per år", bold=True)
    b.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_cell(t.cell(1, 1), "Varannan vecka", bold=True, align="right")
    set_cell(t.cell(1, 2), "Var fjärde vecka", bold=True, align="right", sup="1")
    set_cell(t.cell(1, 3), "Sommarhämtning", bold=True, align="right", sup="2")
    for i, (liter, v2, v4, som) in enumerate(KARL, 2):
        set_cell(t.cell(i, 0), f"{liter} liter")
        for k, v in enumerate((v2, v4, som), 1):
            set_cell(t.cell(i, k), "–" if v is None else sv_int(v), align="right")
    note(doc, "1", "Hämtning var fjärde vecka förutsätter att matavfallet komposteras i en hemkompost som är "
                   "anmäld till miljö- och byggnadsnämnden.")
    note(doc, "2", "Endast fritidshus. Hämtning varannan vecka under veckorna 20–39.")

    doc.add_heading("Hämtningsavgift för flerbostadshus och verksamheter", level=1)
    caption(doc, "Tabell 3. Hämtningsavgift per kärl, kronor per år")
    rows = 1 + 1 + len(FLER_REST) + 1 + len(FLER_MAT)
    t = doc.add_table(rows=rows, cols=3)
    t.style = "Table Grid"
    set_cell(t.cell(0, 0), "Kärlstorlek", bold=True)
    set_cell(t.cell(0, 1), "Tömning varje vecka", bold=True, align="right")
    set_cell(t.cell(0, 2), "Tömning varannan vecka", bold=True, align="right")
    r = 1
    for title, data in (("Restavfall", FLER_REST), ("Matavfall", FLER_MAT)):
        c = t.cell(r, 0).merge(t.cell(r, 2))
        set_cell(c, title, bold=True)
        shade(c, "E7EEF4")
        r += 1
        for liter, w1, w2 in data:
            set_cell(t.cell(r, 0), f"{liter} liter")
            set_cell(t.cell(r, 1), sv_int(w1), align="right")
            set_cell(t.cell(r, 2), sv_int(w2), align="right")
            r += 1
    doc.add_paragraph("Avgifter för underjordsbehållare och containrar fastställs i en särskild prislista som "
                      "tekniska nämnden beslutar om.")

    doc.add_heading("Tilläggstjänster", level=1)
    caption(doc, "Tabell 4. Tilläggstjänster")
    t = doc.add_table(rows=1 + len(TILLAGG), cols=3)
    t.style = "Table Grid"
    for k, h in enumerate(("Tjänst", "Avgift, kronor", "Enhet")):
        set_cell(t.cell(0, k), h, bold=True, align="right" if k == 1 else None)
    for i, (name, v, unit) in enumerate(TILLAGG, 1):
        set_cell(t.cell(i, 0), name)
        set_cell(t.cell(i, 1), sv_int(v), align="right")
        set_cell(t.cell(i, 2), unit)

    doc.add_heading("Slamtömning", level=1)
    caption(doc, "Tabell 5. Tömning av enskilda avloppsanläggningar")
    t = doc.add_table(rows=1 + len(SLAM), cols=3)
    t.style = "Table Grid"
    for k, h in enumerate(("Tjänst", "Avgift, kronor", "Enhet")):
        set_cell(t.cell(0, k), h, bold=True, align="right" if k == 1 else None)
    for i, (name, v, unit) in enumerate(SLAM, 1):
        set_cell(t.cell(i, 0), name)
        set_cell(t.cell(i, 1), sv_int(v), align="right")
        set_cell(t.cell(i, 2), unit)
    doc.add_paragraph("I avgiften ingår 20 meter slang. Längre slangdragning debiteras enligt särskild prislista.")

    doc.add_heading("Förändring jämfört med 2025", level=1)
    doc.add_paragraph(f"För ett normalhushåll i villa med 190-literskärl och hämtning varannan vecka blir den "
                      f"sammanlagda avgiften {sv_int(NORMAL_2026)} kronor per år 2026, jämfört med "
                      f"{sv_int(NORMAL_2025)} kronor 2025. Det är en ökning med 6,8 procent. Höjningen beror främst "
                      "på det nya insamlingsavtalet, som började gälla den 1 oktober 2025, och på högre "
                      "behandlingsavgifter för restavfall.")

    for tb in doc.tables:
        tb.alignment = WD_TABLE_ALIGNMENT.LEFT
    doc.core_properties.title = "Avfallstaxa 2026"
    doc.core_properties.author = "Tekniska förvaltningen"
    doc.save(str(path))


if __name__ == "__main__":
    build(out_dir() / FILE)
