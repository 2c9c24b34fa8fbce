"""Hamrefors kommun – överförmyndarnämnden, tjänsteskrivelse on revised arvoden for gode män and förvaltare.
DOCX via python-docx.

- Headings use Word's own multilevel list numbering ("1.", "2.1" ...) attached to the Heading 1 / Heading 2
  styles, so the numbers are rendered by Word and are NOT part of the paragraph text.
- The arvode table has merged header cells: "Uppdrag" spans two header rows, "Nuvarande nivå 2025" and
  "Föreslagen nivå 2026" each span two columns over the sub-headers "Normal" / "Omfattande".
- Two real Word footnotes (word/footnotes.xml); the second one carries a figure (138 huvudmän) that is
  stated nowhere else.
"""
import copy

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Cm

from common import out_dir, sv_int

FILE = "hamrefors_ofn_tjansteskrivelse_arvoden_2026.docx"

# ställföreträdarskap 31 december
GODMAN, FORVALTARE, ENSAMK = 412, 97, 6
TOTAL_2025, TOTAL_2024 = GODMAN + FORVALTARE + ENSAMK, 488
assert TOTAL_2025 == 515 and TOTAL_2025 - TOTAL_2024 == 27
STF_PERSONER, PROFFS = 361, 44
ARSRAKNINGAR, ANMARKNING = 468, 41

# arvode kr per månad: (uppdrag, nuvarande normal, nuvarande omfattande, föreslagen normal, föreslagen omfattande)
ARVODE = [
    ("Godmanskap – bevaka rätt", 640, 960, 700, 1050),
    ("Godmanskap – förvalta egendom", 720, 1080, 790, 1180),
    ("Godmanskap – sörja för person", 860, 1290, 940, 1410),
    ("Förvaltarskap (samtliga delar)", 2350, 3520, 2570, 3850),
]
for _, a, b, c, d in ARVODE:
    for old, new in ((a, c), (b, d)):
        assert 9.0 <= (new - old) * 100 / old <= 10.0, (old, new)

KOSTNAD_2025 = 2140          # tkr
OKNING = 310                 # tkr per år
FINANS = [("lägre kostnader för köpt utbildning av ställföreträdare", 120),
          ("minskat anlitande av extern juridisk konsult", 190)]
assert sum(v for _, v in FINANS) == OKNING
HUVUDMAN_KOMMUNEN_BETALAR = 138

FOOTNOTES = {
    1: "Med yrkesverksam ställföreträdare avses i denna skrivelse en person som har fler än tio uppdrag och "
       "utför dem som huvudsaklig sysselsättning.",
    2: f"Kommunen betalade under 2025 arvode och kostnadsersättning för {HUVUDMAN_KOMMUNEN_BETALAR} huvudmän vars "
       "inkomst understeg 2,65 prisbasbelopp och vars tillgångar inte översteg två prisbasbelopp.",
}

W_NS = nsdecls("w")


def add_heading_numbering(d: Document):
    """A multilevel list (1. / 1.1) attached to Heading 1 and Heading 2."""
    numbering = d.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {W_NS} w:abstractNumId="77">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading1"/>'
        '<w:lvlText w:val="%1."/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:pStyle w:val="Heading2"/>'
        '<w:lvlText w:val="%1.%2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="576" w:hanging="576"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    numbering.append(parse_xml(f'<w:num {W_NS} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'))
    for style_name, ilvl in (("Heading 1", 0), ("Heading 2", 1)):
        pPr = d.styles[style_name].element.get_or_add_pPr()
        numPr = parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="{ilvl}"/><w:numId w:val="77"/></w:numPr>')
        # schema order: pStyle, keepNext, keepLines, pageBreakBefore, framePr, widowControl, numPr, ...
        before = [c for c in pPr if c.tag in {qn("w:pStyle"), qn("w:keepNext"), qn("w:keepLines"),
                                              qn("w:pageBreakBefore"), qn("w:framePr"), qn("w:widowControl")}]
        if before:
            before[-1].addnext(numPr)
        else:
            pPr.insert(0, numPr)


def add_footnotes_part(d: Document):
    notes = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {t}</w:t></w:r></w:p></w:footnote>'
        for i, t in FOOTNOTES.items())
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W_NS}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
           f'</w:footnote>{notes}</w:footnotes>')
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                xml.encode("utf-8"), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)


def footnote_ref(paragraph, fid: int):
    r = paragraph.add_run()
    r._r.append(parse_xml(f'<w:footnoteReference {W_NS} w:id="{fid}"/>'))
    rPr = r._r.get_or_add_rPr()
    rPr.append(parse_xml(f'<w:vertAlign {W_NS} w:val="superscript"/>'))


def shade(cell, fill="D9E2F3"):
    tcPr = cell._tc.get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:shd {W_NS} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def build():
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    add_heading_numbering(d)
    add_footnotes_part(d)

    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.3)
    hp = sec.header.paragraphs[0]
    hp.text = "HAMREFORS KOMMUN\tÖverförmyndarnämnden\tTJÄNSTESKRIVELSE"
    fp = sec.footer.paragraphs[0]
    fp.text = "Hamrefors kommun · Överförmyndarenheten · Rådhusgatan 12 · Kommunhuset plan 3"
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for line in ("Datum: 2026-01-20", "Diarienummer: ÖFN 2025-033",
                 "Handläggare: Nadja Holmqvist, handläggare", "Till: Överförmyndarnämnden"):
        p = d.add_paragraph(line)
        p.paragraph_format.space_after = Pt(0)
    d.add_paragraph()
    t = d.add_paragraph()
    r = t.add_run("Reviderade riktlinjer för arvode till gode män och förvaltare från 2026")
    r.bold = True
    r.font.size = Pt(15)

    d.add_heading("Sammanfattning", level=1)
    d.add_paragraph(
        "Överförmyndarnämndens riktlinjer för arvodering av ställföreträdare antogs 2021 och har inte räknats upp "
        "sedan dess. Förvaltningen föreslår nya arvodesnivåer som i genomsnitt innebär en höjning med drygt 9 procent. "
        "Syftet är att kunna rekrytera och behålla ställföreträdare, särskilt för de mest krävande uppdragen. "
        "Ärendet behandlas vid nämndens sammanträde 2026-02-05.")

    d.add_heading("Bakgrund", level=1)
    d.add_heading("Ställföreträdarskap i kommunen", level=2)
    p = d.add_paragraph(
        f"Vid utgången av 2025 fanns {TOTAL_2025} pågående ställföreträdarskap i Hamrefors kommun, jämfört med "
        f"{TOTAL_2024} vid utgången av 2024. Av dessa var {GODMAN} godmanskap, {FORVALTARE} förvaltarskap och "
        f"{ENSAMK} godmanskap för ensamkommande barn. Uppdragen utfördes av {STF_PERSONER} ställföreträdare, "
        f"varav {PROFFS} yrkesverksamma")
    footnote_ref(p, 1)
    p.add_run(". Antalet ställföreträdare har inte ökat i samma takt som antalet uppdrag, och väntetiden för "
              "att få en god man förordnad har ökat till i genomsnitt sju veckor.")
    d.add_paragraph(
        f"Under 2025 granskade överförmyndarenheten {ARSRAKNINGAR} årsräkningar. I {ANMARKNING} av dem lämnades "
        "anmärkning, oftast för att verifikationer saknades eller för att uttag gjorts utan nämndens samtycke.")
    d.add_heading("Nuvarande arvodesmodell", level=2)
    d.add_paragraph(
        "Arvodet bestäms per månad och per del av uppdraget (bevaka rätt, förvalta egendom, sörja för person). "
        "Varje del bedöms som normal eller omfattande utifrån årsräkningen och ställföreträdarens redogörelse. "
        "Arvodet betalas av huvudmannen, utom när huvudmannens inkomster och tillgångar understiger vissa "
        "gränser; då betalar kommunen.")

    d.add_heading("Förslag till nya arvodesnivåer", level=1)
    d.add_heading("Grundarvode per månad", level=2)
    d.add_paragraph("Tabell 1. Arvode per månad i kronor, nuvarande och föreslagen nivå.")
    tbl = d.add_table(rows=2 + len(ARVODE), cols=5)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    c = tbl.cell(0, 0).merge(tbl.cell(1, 0))
    c.text = "Uppdrag"
    c = tbl.cell(0, 1).merge(tbl.cell(0, 2))
    c.text = "Nuvarande nivå 2025"
    c = tbl.cell(0, 3).merge(tbl.cell(0, 4))
    c.text = "Föreslagen nivå 2026"
    for j, txt in ((1, "Normal"), (2, "Omfattande"), (3, "Normal"), (4, "Omfattande")):
        tbl.cell(1, j).text = txt
    for i, (name, a, b, c_, d_) in enumerate(ARVODE, start=2):
        tbl.cell(i, 0).text = name
        for j, v in enumerate((a, b, c_, d_), start=1):
            tbl.cell(i, j).text = sv_int(v)
            tbl.cell(i, j).paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for row in tbl.rows[:2]:
        for cell in row.cells:
            shade(cell)
            for r in cell.paragraphs[0].runs:
                r.bold = True
    d.add_paragraph()
    d.add_paragraph(
        "Arvode för särskilt förordnade vårdnadshavare och gode män för ensamkommande barn omfattas inte av denna "
        "revidering och behandlas i ett separat ärende.")
    d.add_heading("Kostnadsersättning", level=2)
    d.add_paragraph(
        "Schablonersättningen för kostnader föreslås höjas från 1 100 kr till 1 200 kr per år. Reseersättning "
        "betalas som tidigare enligt Skatteverkets schablon. Ställföreträdare som begär ersättning för faktiska "
        "kostnader ska styrka dem med kvitton.")

    d.add_heading("Ekonomiska konsekvenser", level=1)
    p = d.add_paragraph(f"Kommunens kostnad för arvoden till ställföreträdare uppgick 2025 till "
                        f"{sv_int(KOSTNAD_2025)} tkr")
    footnote_ref(p, 2)
    fin = " och ".join(f"{t} ({v} tkr)" for t, v in FINANS)
    p.add_run(f". De nya nivåerna beräknas öka kommunens kostnad med {OKNING} tkr per år från 2026. "
              f"Ökningen föreslås rymmas inom nämndens budgetram genom {fin}.")

    d.add_heading("Beslutsunderlag", level=1)
    for b in ("Tjänsteskrivelse 2026-01-20",
              "Förslag till reviderade riktlinjer för arvodering av ställföreträdare (bilaga 1)",
              "Jämförelse av arvodesnivåer med fyra närliggande kommuner (bilaga 2)",
              "Nuvarande riktlinjer, antagna 2021-11-16 (bilaga 3)"):
        d.add_paragraph(b, style="List Bullet")

    d.add_heading("Förslag till beslut", level=1)
    d.add_paragraph("Överförmyndarnämnden föreslås besluta")
    for b in ("att anta reviderade riktlinjer för arvodering av ställföreträdare enligt bilaga 1, att gälla för "
              "arvodesperioder från och med 2026-01-01,",
              f"att kostnadsökningen om {OKNING} tkr per år hanteras inom nämndens budgetram,",
              "att riktlinjerna ska ses över senast 2028."):
        d.add_paragraph(b, style="List Number")
    d.add_paragraph()
    for line in ("Karin Wendel", "Överförmyndarchef", "", "Nadja Holmqvist", "Handläggare"):
        p = d.add_paragraph(line)
        p.paragraph_format.space_after = Pt(0)

    # deterministic core properties (so regenerated files are comparable)
    cp = d.core_properties
    cp.author = "Nadja Holmqvist"
    cp.title = "Reviderade riktlinjer för arvode till gode män och förvaltare från 2026"
    import datetime as _dt
    cp.created = cp.modified = _dt.datetime(2026, 1, 20, 9, 0, 0)
    cp.last_modified_by = "Nadja Holmqvist"
    cp.revision = 1
    d.save(str(out_dir() / FILE))


if __name__ == "__main__":
    build()
    print("wrote", out_dir() / FILE)
