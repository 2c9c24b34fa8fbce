"""Getaryds kommun – tjänsteskrivelse to valnämnden on förtidsröstning 2026. DOCX via python-docx + raw XML.

Layout: the **letterhead is in two floating text boxes** (DrawingML `wp:anchor` with a `wps:wsp` shape whose
`wps:txbx` holds `w:txbxContent`), anchored in the first body paragraph: the left box holds the municipality and
förvaltning, the right box "TJÄNSTESKRIVELSE", Datum, Dnr and Handläggare. The addressee "Till valnämnden" is a
paragraph in a **floating frame** (`w:framePr`). The Dnr and the handläggare occur **only inside the text box**.
The body is ordinary paragraphs (Heading 2 for Ärendebeskrivning, Förslag till beslut, Beslutsunderlag) and one
small table of the proposed lokaler.
"""
import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from common import out_dir, sv_int

WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
FILE = "getaryd_valn_tjansteskrivelse_2025-11-05.docx"
DNR = "Ks2025/0333"
DATE = "2025-11-05"

FORTID_2022, AVGIVNA_2022 = 7_412, 17_990      # förtidsröster 2022 and all votes cast in the riksdagsval 2022
assert round(1000 * FORTID_2022 / AVGIVNA_2022) == 412  # 41,2 %
ARVODE_NY, ARVODE_2022 = 1_450, 1_200
LOKALER = [  # name, place, days, hours on weekdays, passes
    ("Getaryds bibliotek", "Getaryd", "26 augusti–13 september", "10–19", 54),
    ("Medborgarhuset Lövnäs", "Lövnäs", "26 augusti–12 september", "12–18", 36),
    ("Stationshuset", "Getaryd", "31 augusti–12 september", "11–18", 26),
    ("Folkets hus Skärvik", "Skärvik", "2–12 september", "14–19", 18),
    ("Vårdcentralen Åsbacken", "Getaryd", "7–11 september", "10–14", 10),
    ("Servicepunkten Kvarnviken", "Kvarnviken", "9–12 september", "13–18", 8),
]
PASS = sum(x[4] for x in LOKALER)
assert PASS == 152
ARVODEN = PASS * 2 * ARVODE_NY              # two röstmottagare per pass
assert ARVODEN == 440_800
HYRA = 84_000
TOTAL = ARVODEN + HYRA + 61_200            # + utbildning och material
assert TOTAL == 586_000


def textbox(pid, name, x_emu, y_emu, cx, cy, lines):
    """A floating DrawingML text box (wps) anchored to the page, holding `lines` as w:txbxContent paragraphs."""
    paras = "".join(
        f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr>{"<w:b/>" if bold else ""}'
        f'<w:sz w:val="{size}"/></w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'
        for text, bold, size in lines)
    xml = f"""<w:r {nsdecls('w', 'wp', 'a')} {WPS}><w:drawing>
<wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="{251658240 + pid}"
 behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="page"><wp:posOffset>{x_emu}</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>{y_emu}</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/>
<wp:docPr id="{pid}" name="{name}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/>
<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>
<a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"""
    return parse_xml(xml)


def main():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(11)
    sec = d.sections[0]
    sec.top_margin = Pt(150)
    cm = 360000
    anchor = d.add_paragraph()
    anchor._p.append(textbox(1, "Brevhuvud vänster", int(2.0 * cm), int(1.2 * cm), int(8.5 * cm), int(2.6 * cm), [
        ("Getaryds kommun", True, 32),
        ("Kommunledningsförvaltningen", False, 20),
        ("Kansliavdelningen – valkansliet", False, 20),
    ]))
    anchor._p.append(textbox(2, "Brevhuvud höger", int(12.0 * cm), int(1.2 * cm), int(7.5 * cm), int(3.0 * cm), [
        ("TJÄNSTESKRIVELSE", True, 24),
        (f"Datum: {DATE}", False, 20),
        (f"Dnr: {DNR}", False, 20),
        ("Handläggare: Sara Wennström, valsamordnare", False, 20),
    ]))
    # the addressee in a floating frame (w:framePr)
    to = d.add_paragraph()
    to._p.get_or_add_pPr().append(parse_xml(
        f'<w:framePr {nsdecls("w")} w:w="3400" w:hSpace="180" w:wrap="around" w:vAnchor="page" w:hAnchor="page" '
        f'w:x="6800" w:y="2300"/>'))
    r = to.add_run("Till valnämnden")
    r.italic = True

    d.add_heading("Lokaler och öppettider för förtidsröstning samt arvode för röstmottagare vid valen 2026", 1)
    d.add_heading("Sammanfattning", 2)
    d.add_paragraph(
        "Valkansliet föreslår att förtidsröstningen inför valen den 13 september 2026 ordnas i sex lokaler i stället "
        "för fem som vid förra valet, och att arvodet till röstmottagare i förtidsröstningen räknas upp. Förslaget "
        "bygger på erfarenheterna från 2022 och på Valmyndighetens krav på tillgänglighet och insynsskyddade "
        "valskärmar.")
    d.add_heading("Ärendebeskrivning", 2)
    d.add_paragraph(
        "Enligt vallagen ska kommunen se till att det finns lokaler för förtidsröstning under perioden från arton "
        "dagar före valdagen. Förtidsröstningen kan därmed öppna onsdagen den 26 augusti 2026. Valnämnden beslutar "
        "om vilka lokaler som ska användas och om öppettiderna; beslutet ska meddelas länsstyrelsen.")
    d.add_paragraph(
        f"Vid valen 2022 togs {sv_int(FORTID_2022)} förtidsröster emot i kommunen, vilket motsvarade 41,2 procent av "
        f"samtliga avgivna röster i riksdagsvalet ({sv_int(AVGIVNA_2022)}). Trängseln var störst i biblioteket under "
        "den sista veckan, då väntetiden vid flera tillfällen översteg 40 minuter. Valkansliet föreslår därför att "
        "en sjätte lokal, Servicepunkten Kvarnviken, öppnas under valveckan och att biblioteket har längre "
        "öppettider.")
    d.add_paragraph("Förslaget till lokaler och perioder framgår av tabellen nedan.")
    t = d.add_table(rows=1, cols=5)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ("Lokal", "Ort", "Period 2026", "Öppet vardagar", "Antal pass")):
        c.text = h
        c.paragraphs[0].runs[0].bold = True
    for row in LOKALER:
        cells = t.add_row().cells
        for c, v in zip(cells, row):
            c.text = str(v)
    cells = t.add_row().cells
    cells[0].text, cells[4].text = "Summa", str(PASS)

    d.add_paragraph(
        "Ambulerande röstmottagning erbjuds väljare som på grund av sjukdom, funktionsnedsättning eller ålder inte "
        "kan ta sig till en röstningslokal. Vid valen 2022 utfördes 64 sådana besök. Beställning ska göras senast "
        "klockan 12.00 dagen före valdagen.")
    d.add_heading("Ekonomiska konsekvenser", 2)
    d.add_paragraph(
        f"Varje pass bemannas av två röstmottagare. Med {PASS} pass och ett arvode om {sv_int(ARVODE_NY)} kr per "
        f"pass (2022: {sv_int(ARVODE_2022)} kr) blir kostnaden för arvoden {sv_int(ARVODEN)} kr. Till detta kommer "
        f"lokalhyror om {sv_int(HYRA)} kr samt utbildning och material, sammanlagt {sv_int(TOTAL)} kr. Kostnaden "
        "ryms inom valnämndens budget för 2026, som delvis finansieras med statsbidrag.")
    d.add_heading("Förslag till beslut", 2)
    d.add_paragraph("Valkansliet föreslår att valnämnden beslutar")
    for x in ("att förtidsröstning vid valen 2026 anordnas i de sex lokaler och under de perioder som framgår av "
              "tjänsteskrivelsen,",
              f"att arvodet till röstmottagare i förtidsröstningen fastställs till {sv_int(ARVODE_NY)} kr per pass,",
              "att ambulerande röstmottagning erbjuds under hela förtidsröstningsperioden samt på valdagen, och",
              "att beslutet meddelas länsstyrelsen."):
        d.add_paragraph(x, style="List Bullet")
    d.add_heading("Beslutsunderlag", 2)
    for x in (f"Tjänsteskrivelse, {DATE}",
              "Sammanställning av förtidsröstningen 2022 per lokal och dag",
              "Valmyndighetens handbok om förtidsröstning och ambulerande röstmottagning"):
        d.add_paragraph(x, style="List Bullet")
    d.add_paragraph("")
    d.add_paragraph("Anders Friberg\nKanslichef")
    d.save(out_dir() / FILE)


if __name__ == "__main__":
    main()
