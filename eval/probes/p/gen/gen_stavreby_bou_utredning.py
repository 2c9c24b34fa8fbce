"""Stavreby kommun – utredning om måltidsorganisationen till barn- och ungdomsnämnden. DOCX via python-docx plus
raw WordprocessingML.

Layout (new in probe p):
- a **table of contents field** right after the title block: a `w:sdt` (docPartGallery "Table of Contents") holding
  a complex `TOC \\o "1-2" \\h \\z \\u` field whose cached result is TOC1/TOC2 paragraphs with `w:hyperlink`s to
  `_Toc` bookmarks and nested `PAGEREF` fields (the entry text carries the section number, e.g. "3.3");
- **headings numbered by Word**: Heading 1/2 paragraphs with `w:numPr` in their own `w:pPr` (a multilevel list
  "%1" / "%1.%2" in numbering.xml), so the numbers 1–6 and 1.1–4.2 are **not in the heading text**; the running text
  refers to "avsnitt 3.3" and "avsnitt 4.1";
- two tables with **merged cells**: table 1 has the kitchen type **merged vertically (vMerge) over the body rows**
  (the type is written only in the first row of its group) and a sum row whose label spans two columns
  (gridSpan); table 2 has a two-row header ("Alternativ" and "Investering" merged vertically, "Årlig
  driftkostnad" spanning three columns).
"""
import copy

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from common import out_dir, sv_int, sv_tenths

FILE = "stavreby_bou_utredning_maltidsorganisation_2025-10-28.docx"

KOK = [("Tillagningskök", [("Klövervallsskolan", 410), ("Sörgårdsskolan", 360), ("Stavreby gymnasium", 520),
                           ("Solvändans förskola", 95), ("Övriga tio tillagningskök", 1_065)]),
       ("Centralkök", [("Stavreby centralkök (levererar till 22 mottagningskök)", 1_450)])]
PORTIONER = sum(n for _, ks in KOK for _, n in ks)
assert PORTIONER == 3_900
# alternativ: investering, personal, övrigt (tenths of mnkr), årsarbetare
ALT = [("1. Nollalternativ", 0, 339, 147, 92), ("2. Nytt centralkök", 960, 287, 164, 78),
       ("3. Fyra områdeskök", 615, 309, 154, 84)]
for _, _, p, o, _ in ALT:
    assert 400 < p + o < 500
assert [p + o for _, _, p, o, _ in ALT] == [486, 451, 463]

SECTIONS = []  # (level, title, paragraphs) filled below


def build_sections():
    S = SECTIONS
    S.append((1, "Bakgrund och uppdrag", []))
    S.append((2, "Uppdraget", [
        "Barn- och ungdomsnämnden gav 2025-03-19, § 31, förvaltningen i uppdrag att utreda hur "
        "måltidsverksamheten i förskola och skola ska organiseras från 2027. Utredningen ska återrapporteras "
        "senast i oktober 2025. Utredningen har gjorts av Annika Sköld, utredare, tillsammans med måltidschef "
        "Jonas Ekwall."]))
    S.append((2, "Avgränsning", [
        "Utredningen omfattar förskolornas och skolornas måltider. Måltiderna inom äldreomsorgen tillagas av "
        "omsorgsnämndens egna kök och ingår inte i utredningen."]))
    S.append((1, "Nuläge", []))
    S.append((2, "Kök och portioner", [
        f"Måltidsverksamheten har i dag 14 tillagningskök och ett centralkök. Sammanlagt serveras "
        f"{sv_int(PORTIONER)} portioner per skoldag (tabell 1)."]))
    S.append((2, "Kostnader och matsvinn", [
        "Kostnaden per portion var 38,40 kronor 2024 (2023: 36,10 kronor), varav livsmedel 14,20 kronor. "
        "Matsvinnet i skolorna mättes till 21 gram per portion 2024 (2023: 27 gram). Förskolornas matsvinn mäts "
        "inte."]))
    S.append((2, "Lokaler och arbetsmiljö", [
        "Centralköket byggdes 1978. Arbetsmiljöverket inspekterade köket 2025-05-06 och ställde krav på åtgärder "
        "för ventilation och tunga lyft. Kraven kan inte uppfyllas i nuvarande lokaler utan en större "
        "ombyggnad."]))
    S.append((1, "Alternativ", []))
    S.append((2, "Alternativ 1 – nollalternativ", [
        "Nuvarande organisation behålls. Centralköket får en begränsad upprustning inom driftbudgeten, men "
        "Arbetsmiljöverkets krav uppfylls inte fullt ut."]))
    S.append((2, "Alternativ 2 – nytt centralkök", [
        "Ett nytt centralkök byggs i Stavreby industriområde och samtliga förskolor och skolor utom gymnasiet får "
        "mottagningskök. Investeringen beräknas till 96,0 mnkr."]))
    S.append((2, "Alternativ 3 – fyra områdeskök", [
        "Klövervallsskolans, Sörgårdsskolans och Stavreby gymnasiums kök samt centralköket byggs om till "
        "områdeskök som var och ett lagar mat till sitt närområde. Övriga kök blir mottagningskök. Investeringen "
        "beräknas till 61,5 mnkr för de fyra områdesköken sammantaget; någon fördelning per kök har inte gjorts "
        "i detta skede."]))
    S.append((1, "Jämförelse och konsekvenser", []))
    S.append((2, "Ekonomi", [
        "Tabell 2 visar investering, årlig driftkostnad och antal årsarbetare för de tre alternativen. "
        "Driftkostnaden avser helår från 2028 i 2025 års prisnivå."]))
    S.append((2, "Personal", [
        "Alternativ 2 och 3 minskar behovet av årsarbetare. Minskningen bedöms kunna ske genom naturliga "
        "avgångar; 19 av måltidsverksamhetens medarbetare fyller 63 år eller mer före utgången av 2028."]))
    S.append((1, "Förvaltningens bedömning", [
        "Förvaltningen förordar alternativ 3, fyra områdeskök (se avsnitt 3.3 och 4.1). Alternativet ger lägre "
        "driftkostnad än nollalternativet, kräver en betydligt mindre investering än ett nytt centralkök och "
        "behåller tillagning nära barnen."]))
    S.append((1, "Fortsatt process", [
        "Utredningen skickas på remiss till den centrala samverkansgruppen och till kommunala pensionärsrådet. "
        "Barn- och ungdomsnämnden planeras behandla ärendet 2026-02-18. Investeringsramen beslutas av "
        "kommunfullmäktige i samband med budgeten i juni 2026. Något beslut om val av alternativ är ännu inte "
        "fattat."]))


def numbers():
    out, a, b = [], 0, 0
    for lvl, title, _ in SECTIONS:
        if lvl == 1:
            a, b = a + 1, 0
            out.append(f"{a}")
        else:
            b += 1
            out.append(f"{a}.{b}")
    return out


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    absxml = (f'<w:abstractNum {nsdecls("w")} w:abstractNumId="90"><w:multiLevelType w:val="multilevel"/>'
              '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1"/>'
              '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
              '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/>'
              '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl>'
              '</w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    absnode = parse_xml(absxml)
    if first_num is not None:
        first_num.addprevious(absnode)
    else:
        numbering.append(absnode)
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    return 90


def toc_xml(nums):
    W = nsdecls("w")
    paras = [f'<w:p {W}><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr><w:r><w:t>Innehåll</w:t></w:r></w:p>']
    pages = []
    for (lvl, _, paras_) in SECTIONS:
        pages.append(2 if len(pages) < 4 else 3 if len(pages) < 12 else 4)
    for i, ((lvl, title, _), num, page) in enumerate(zip(SECTIONS, nums, pages)):
        begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o '
                 '"1-2" \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
                 ) if i == 0 else ""
        anchor = f"_Toc2025{i:04d}"
        paras.append(
            f'<w:p {W}><w:pPr><w:pStyle w:val="TOC{lvl}"/><w:tabs><w:tab w:val="right" w:leader="dot" '
            f'w:pos="9062"/></w:tabs></w:pPr>{begin}<w:hyperlink w:anchor="{anchor}" w:history="1">'
            f'<w:r><w:t>{num}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:t xml:space="preserve">{title}</w:t></w:r>'
            f'<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText '
            f'xml:space="preserve"> PAGEREF {anchor} \\h </w:instrText></w:r><w:r><w:fldChar '
            f'w:fldCharType="separate"/></w:r><w:r><w:t>{page}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/>'
            f'</w:r></w:hyperlink></w:p>')
    paras.append(f'<w:p {W}><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>')
    return (f'<w:sdt {W}><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/><w:docPartUnique/>'
            f'</w:docPartObj></w:sdtPr><w:sdtContent>{"".join(paras)}</w:sdtContent></w:sdt>')


def set_cell(cell, text, bold=False, align=None):
    cell.text = ""
    p = cell.paragraphs[0]
    r = p.add_run(text)
    r.bold = bold
    if align:
        p.alignment = align


def vmerge(cell, val):
    tcPr = cell._tc.get_or_add_tcPr()
    el = parse_xml(f'<w:vMerge {nsdecls("w")} w:val="{val}"/>' if val else f'<w:vMerge {nsdecls("w")}/>')
    tcPr.append(el)


def grid_span(row_tr, first_idx, n):
    """Merge n cells of a row horizontally by gridSpan (removing the following n-1 w:tc)."""
    tcs = row_tr.findall(qn("w:tc"))
    tcPr = tcs[first_idx].get_or_add_tcPr()
    tcPr.append(parse_xml(f'<w:gridSpan {nsdecls("w")} w:val="{n}"/>'))
    for tc in tcs[first_idx + 1:first_idx + n]:
        row_tr.remove(tc)


def table1(doc):
    rows = sum(len(ks) for _, ks in KOK) + 2
    t = doc.add_table(rows=rows, cols=3)
    t.style = "Table Grid"
    for c, h in zip(t.rows[0].cells, ["Typ av kök", "Kök", "Portioner per dag"]):
        set_cell(c, h, bold=True)
    r = 1
    for typ, ks in KOK:
        for i, (name, n) in enumerate(ks):
            cells = t.rows[r].cells
            if i == 0:
                set_cell(cells[0], typ)
            if len(ks) > 1:
                vmerge(cells[0], "restart" if i == 0 else None)
            set_cell(cells[1], name)
            set_cell(cells[2], sv_int(n), align=WD_ALIGN_PARAGRAPH.RIGHT)
            r += 1
    last = t.rows[r]
    set_cell(last.cells[0], "Summa", bold=True)
    set_cell(last.cells[2], sv_int(PORTIONER), bold=True, align=WD_ALIGN_PARAGRAPH.RIGHT)
    grid_span(last._tr, 0, 2)
    return t


def table2(doc):
    t = doc.add_table(rows=2 + len(ALT), cols=6)
    t.style = "Table Grid"
    h1, h2 = t.rows[0], t.rows[1]
    set_cell(h1.cells[0], "Alternativ", bold=True)
    set_cell(h1.cells[1], "Investering, mnkr", bold=True)
    set_cell(h1.cells[2], "Årlig driftkostnad, mnkr", bold=True)
    set_cell(h1.cells[5], "Årsarbetare", bold=True)
    for c in (0, 1, 5):
        vmerge(h1.cells[c], "restart")
        vmerge(h2.cells[c], None)
    for c, txt in zip((2, 3, 4), ("Personal", "Övrigt inkl. livsmedel", "Totalt")):
        set_cell(h2.cells[c], txt, bold=True)
    grid_span(h1._tr, 2, 3)
    for row, (name, inv, p, o, aa) in zip(t.rows[2:], ALT):
        vals = [name, sv_tenths(inv), sv_tenths(p), sv_tenths(o), sv_tenths(p + o), str(aa)]
        for i, (c, v) in enumerate(zip(row.cells, vals)):
            set_cell(c, v, align=None if i == 0 else WD_ALIGN_PARAGRAPH.RIGHT)
    return t


def caption(doc, text):
    p = doc.add_paragraph(text, style="Caption")
    return p


def main():
    build_sections()
    nums = numbers()
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    hdr = doc.sections[0].header.paragraphs[0]
    hdr.text = "Stavreby kommun\tBarn- och ungdomsförvaltningen\tUTREDNING"
    ftr = doc.sections[0].footer.paragraphs[0]
    ftr.text = "Dnr BoU 2025/311"
    doc.add_paragraph("Framtida organisation av måltidsverksamheten i förskola och skola", style="Title")
    for line in ("Datum: 2025-10-28", "Diarienummer: BoU 2025/311", "Utredare: Annika Sköld",
                 "Till: Barn- och ungdomsnämnden"):
        doc.add_paragraph(line)
    body = doc.element.body
    # TOC styles (python-docx's default template lacks them): add as paragraph styles
    from docx.enum.style import WD_STYLE_TYPE
    for name in ("TOC Heading", "toc 1", "toc 2"):
        if name not in [s.name for s in doc.styles]:
            s = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            s.base_style = doc.styles["Normal"]
    ids = {s.name: s.style_id for s in doc.styles}
    xml = toc_xml(nums).replace('w:val="TOCHeading"', f'w:val="{ids["TOC Heading"]}"') \
        .replace('w:val="TOC1"', f'w:val="{ids["toc 1"]}"').replace('w:val="TOC2"', f'w:val="{ids["toc 2"]}"')
    sdt = parse_xml(xml)
    body.insert(len(body) - 1, sdt)   # before sectPr
    num_id = add_numbering(doc)
    for i, (lvl, title, paras) in enumerate(SECTIONS):
        h = doc.add_heading(title, level=lvl)
        pPr = h._p.get_or_add_pPr()
        pPr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{lvl - 1}"/>'
                             f'<w:numId w:val="{num_id}"/></w:numPr>'))
        h._p.insert(1, parse_xml(f'<w:bookmarkStart {nsdecls("w")} w:id="{i}" w:name="_Toc2025{i:04d}"/>'))
        h._p.append(parse_xml(f'<w:bookmarkEnd {nsdecls("w")} w:id="{i}"/>'))
        for t in paras:
            doc.add_paragraph(t)
        if title == "Kök och portioner":
            caption(doc, "Tabell 1. Kök och serverade portioner per skoldag, 2024")
            table1(doc)
        if title == "Ekonomi":
            caption(doc, "Tabell 2. Alternativen i jämförelse")
            table2(doc)
    doc.core_properties.title = "Utredning måltidsorganisation – Stavreby kommun"
    doc.core_properties.author = "Annika Sköld"
    doc.save(str(out_dir() / FILE))


if __name__ == "__main__":
    main()
