"""Fårhults kommun – arbetsmarknadsförvaltningen, tjänsteskrivelse to arbetsmarknadsnämnden: svar på motion om
feriejobb (2025-11-12). DOCX via python-docx plus raw XML.

Layout: the letterhead is made of **Word content controls** (structured document tags, `w:sdt`): a block-level
control "Avsändare" (municipality and förvaltning) and a letterhead table whose value cells hold **inline content
controls** ("Datum" as a date picker, "Diarienummer", "Handläggare", "Mottagare"). The dnr and the handläggare occur
**only inside content controls**, which python-docx's `Paragraph.text` / `Document.paragraphs` do not see. The
Förslag till beslut is a **typed numbered list** ("1. …", "2. …", "3. …" in the text, hanging indent, no Word
numbering), and the motion's three att-satser are **quoted** in the built-in "Quote" style with a left border.
"""
import copy

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt

from common import out_dir, sv_int

FILE = "farhult_amn_tjansteskrivelse_motionssvar_2025-11-12.docx"
DNR = "AMN.2025.19"
DATUM = "2025-11-12"
HANDL = "Jonas Berglöf, utredare"

# --- figures ------------------------------------------------------------------------------------------------
SOKANDE, PLACERADE, PRIVATA = 612, 418, 37
assert round(PLACERADE * 1000 / SOKANDE) == 683           # 68,3 %
LON, LON_MOTION = 96, 110                                  # kr per timme
TIMMAR = 3 * 30                                            # tre veckor à 30 timmar
PLATS_KR = 14_200                                          # kostnad per plats inkl. handledning
BUDGET_2025_TKR = 5_940
assert round(PLACERADE * PLATS_KR, -4) == BUDGET_2025_TKR * 1000
EXTRA_PLATSER = SOKANDE - PLACERADE
assert EXTRA_PLATSER == 194
GARANTI_KR = EXTRA_PLATSER * PLATS_KR
assert GARANTI_KR == 2_754_800
LONEHOJN_KR = round((LON_MOTION - LON) * TIMMAR * SOKANDE * 1.3142, -4)  # inkl. arbetsgivaravgifter 31,42 %
assert LONEHOJN_KR == 1_010_000
TOTAL_TENTHS_MNKR = round((GARANTI_KR + LONEHOJN_KR) / 100_000)
assert TOTAL_TENTHS_MNKR == 38                             # cirka 3,8 mnkr
PRIVATA_MAL = 60

ATT = [
    "att kommunen garanterar alla ungdomar mellan 16 och 18 år som söker feriejobb minst tre veckors "
    "feriearbete,",
    f"att ersättningen till ferieungdomarna höjs till {LON_MOTION} kronor per timme, samt",
    "att arbetsmarknadsnämnden ges i uppdrag att utveckla samarbetet med det lokala näringslivet så att fler "
    "feriejobb erbjuds hos privata arbetsgivare.",
]


def sdt_inline(alias, text, date=None):
    pr = f'<w:alias w:val="{alias}"/><w:tag w:val="{alias.lower()}"/>'
    if date:
        pr += (f'<w:date w:fullDate="{date}T00:00:00Z"><w:dateFormat w:val="yyyy-MM-dd"/><w:lid w:val="sv-SE"/>'
               '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
    else:
        pr += "<w:text/>"
    return parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr>{pr}</w:sdtPr><w:sdtContent><w:r><w:rPr><w:sz w:val="20"/>'
                     f'</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:sdtContent></w:sdt>')


def sdt_block(alias, lines):
    paras = "".join(f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr>{"<w:b/>" if i == 0 else ""}'
                    f'<w:sz w:val="{28 if i == 0 else 20}"/></w:rPr><w:t xml:space="preserve">{t}</w:t></w:r></w:p>'
                    for i, t in enumerate(lines))
    return parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias.lower()}"/>'
                     f'</w:sdtPr><w:sdtContent>{paras}</w:sdtContent></w:sdt>')


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(11)
    for sec in d.sections:
        sec.left_margin = sec.right_margin = Cm(2.5)
        sec.footer.paragraphs[0].text = "Fårhults kommun · Arbetsmarknadsförvaltningen · Tjänsteskrivelse"

    body = d.element.body
    # block-level content control with the sender, placed first in the body
    first = d.add_paragraph()
    first._p.addprevious(sdt_block("Avsändare", ["Fårhults kommun", "Arbetsmarknadsförvaltningen",
                                                 "Avdelningen för arbete och studier"]))
    first.text = ""
    # letterhead table: label | content control
    t = d.add_table(rows=4, cols=2)
    labels = [("Datum", DATUM, DATUM), ("Diarienummer", DNR, None), ("Handläggare", HANDL, None),
              ("Mottagare", "Arbetsmarknadsnämnden", None)]
    for row, (label, value, date) in zip(t.rows, labels):
        row.cells[0].width, row.cells[1].width = Cm(4), Cm(10)
        r = row.cells[0].paragraphs[0].add_run(label)
        r.bold, r.font.size = True, Pt(10)
        row.cells[1].paragraphs[0]._p.append(sdt_inline(label, value, date))
    d.add_paragraph()
    first._p.getparent().remove(first._p)

    d.add_heading("Svar på motion om feriejobb för alla ungdomar 16–18 år", level=1)

    d.add_heading("Förslag till beslut", level=2)
    d.add_paragraph("Arbetsmarknadsnämnden föreslår kommunfullmäktige besluta")
    props = [
        "Motionen anses besvarad i den del som avser samarbetet med näringslivet (att-sats 3).",
        "Motionen avslås i övrigt (att-satserna 1 och 2).",
    ]
    own = [f"Arbetsmarknadsförvaltningen får i uppdrag att till sommaren 2026 öka antalet feriejobb hos privata "
           f"arbetsgivare till minst {PRIVATA_MAL}."]
    n = 0

    def numbered(text):
        nonlocal n
        n += 1
        p = d.add_paragraph(f"{n}.\t{text}")
        p.paragraph_format.left_indent = Cm(0.9)
        p.paragraph_format.first_line_indent = Cm(-0.9)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(0.9))

    for x in props:
        numbered(x)
    d.add_paragraph("Arbetsmarknadsnämnden beslutar för egen del")
    for x in own:
        numbered(x)

    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph(
        "Linnea Sjöstrand (V) och Amir Hadžić (V) föreslår i en motion att alla ungdomar mellan 16 och 18 år som "
        "söker feriejobb ska garanteras minst tre veckors arbete och att ersättningen höjs. Förvaltningen "
        "bedömer att en garanti och en höjd timlön inte ryms i nämndens ram, men delar motionärernas syn på att "
        "fler feriejobb bör erbjudas hos privata arbetsgivare.")

    d.add_heading("Motionen", level=2)
    d.add_paragraph("Motionen väcktes i kommunfullmäktige den 24 mars 2025 (§ 41) och remitterades till "
                    "arbetsmarknadsnämnden för yttrande. Motionärerna föreslår att kommunfullmäktige beslutar")
    for a in ATT:
        q = d.add_paragraph(a, style="Quote")
        pPr = q._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:left w:val="single" w:sz="18" w:space="8" '
                             f'w:color="7F7F7F"/></w:pBdr>'))
        q.paragraph_format.left_indent = Cm(1)

    d.add_heading("Ärendebeskrivning", level=2)
    d.add_paragraph(
        f"Sommaren 2025 sökte {SOKANDE} ungdomar feriejobb genom kommunen. {PLACERADE} av dem fick en plats, "
        f"vilket motsvarar 68,3 procent. Av platserna fanns {PRIVATA} hos privata arbetsgivare och resten inom "
        f"kommunens egna verksamheter. Ett feriejobb omfattar tre veckor à 30 timmar. Ersättningen är i dag "
        f"{LON} kronor per timme plus semesterersättning. Kostnaden per plats, inklusive arbetsgivaravgifter och "
        f"handledning, är cirka {sv_int(PLATS_KR)} kronor. Budgeten för feriejobb 2025 var {sv_int(BUDGET_2025_TKR)} "
        "tkr.")
    d.add_heading("Förvaltningens bedömning", level=3)
    d.add_paragraph(
        f"Att-sats 1: En garanti skulle med 2025 års söktryck kräva ytterligare {EXTRA_PLATSER} platser. "
        "Förvaltningen bedömer också att det är svårt att ordna meningsfulla arbetsuppgifter och handledning för "
        "så många ungdomar inom kommunens verksamheter.")
    d.add_paragraph(
        f"Att-sats 2: En höjning av timlönen från {LON} till {LON_MOTION} kronor skulle ge Fårhult en högre "
        "ersättning än de flesta kommuner i länet. Förvaltningen föreslår att ersättningen även fortsättningsvis "
        "följer den rekommendation som kommunstyrelsens personalutskott fastställer.")
    d.add_paragraph(
        "Att-sats 3: Förvaltningen har sedan 2024 ett samarbete med Näringslivsrådet i Fårhult. Förvaltningen "
        f"föreslår att arbetet utvecklas så att minst {PRIVATA_MAL} platser finns hos privata arbetsgivare 2026. "
        "Att-satsen kan därmed anses besvarad.")

    d.add_heading("Ekonomiska konsekvenser", level=2)
    d.add_paragraph("Motionens förslag skulle medföra följande merkostnader per år, beräknade på 2025 års antal "
                    "sökande:")
    et = d.add_table(rows=4, cols=2)
    et.style = "Table Grid"
    vals = [("Förslag", "Merkostnad per år, kronor"),
            (f"Garanti för samtliga sökande ({EXTRA_PLATSER} platser × {sv_int(PLATS_KR)} kr)", sv_int(GARANTI_KR)),
            (f"Timlön {LON_MOTION} kronor (inkl. arbetsgivaravgifter)", sv_int(LONEHOJN_KR)),
            ("Summa", sv_int(GARANTI_KR + LONEHOJN_KR))]
    for row, (a, b) in zip(et.rows, vals):
        row.cells[0].text, row.cells[1].text = a, b
        row.cells[1].paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for c in et.rows[0].cells + et.rows[3].cells:
        for r in c.paragraphs[0].runs:
            r.bold = True
    d.add_paragraph("Merkostnaden om cirka 3,8 mnkr per år ryms inte inom arbetsmarknadsnämndens ram för 2026. "
                    "Förvaltningens förslag om fler platser hos privata arbetsgivare bedöms kunna genomföras inom "
                    "befintlig budget.")

    d.add_heading("Barnrättsperspektiv", level=2)
    d.add_paragraph("Feriejobb ger ungdomar en första kontakt med arbetslivet. Förvaltningen har samrått med "
                    "Fårhults ungdomsråd, som främst efterfrågar fler platser inom handel och besöksnäring.")

    d.add_heading("Beslutsunderlag", level=2)
    for x in ("Tjänsteskrivelse denna dag", "Motion om feriejobb för alla ungdomar 16–18 år, 2025-03-24",
              "Kommunfullmäktiges beslut 2025-03-24 § 41 om remiss"):
        d.add_paragraph(x, style="List Bullet")
    d.add_paragraph()
    d.add_paragraph("Maria Enqvist\narbetsmarknadschef")

    path = out_dir() / FILE
    d.save(str(path))
    # the dnr and the handläggare must be invisible to python-docx's paragraph API
    chk = docx.Document(str(path))
    plain = [p.text for p in chk.paragraphs] + [c.text for t in chk.tables for r in t.rows for c in r.cells]
    assert not any(DNR in x or "Berglöf" in x for x in plain), plain[:8]
    return path


if __name__ == "__main__":
    print(build())
