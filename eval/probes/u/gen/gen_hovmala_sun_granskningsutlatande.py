"""Hovmåla kommun – samhällsutvecklingsnämndens granskningsutlåtande för detaljplan Sågverkstomten (DOCX).

Layout (python-docx): page header "Hovmåla kommun – Samhällsutvecklingsnämnden" with the Dnr, footer with
"Granskningsutlåtande" and a PAGE field; Title and Subtitle; a two-column facts table; Heading 1 sections; the
yttranden as a "Table Grid" table (Nr / Avsändare / Inkom / Synpunkter / Kommentar) with a shaded header row;
"List Bullet" changes; "List Number" proposals. Saved with fixed zip timestamps.
"""
import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from common import out_dir, save_docx_deterministic

DNR = "SUN.2023.112"
HOMES_BEFORE, HOMES_AFTER = 140, 128
B_BEFORE, B_AFTER = 5, 4
assert HOMES_BEFORE - HOMES_AFTER == 12

# (nr, avsändare, inkom, synpunkter, kommentar, utan_erinran)
YTTRANDEN = [
    (1, "Länsstyrelsen", "2025-10-06",
     "Risk för översvämning från Hovån vid skyfall och markföroreningar från den tidigare sågverksdriften "
     "(impregnering). Länsstyrelsen kan komma att pröva planen om riskerna inte hanteras.",
     "Planbestämmelse om lägsta golvnivå +14,2 meter (RH 2000) har införts. Startbesked får inte ges förrän "
     "markföroreningarna har avhjälpts (bestämmelse a1)."),
    (2, "Lantmäteriet", "2025-09-29",
     "Otydlig gräns mellan kvartersmark och allmän plats vid Brädgårdsvägen; fastighetsindelningen bör redovisas.",
     "Plankartan har förtydligats. Fastighetsindelningen redovisas i planbeskrivningen."),
    (3, "Trafikverket", "2025-10-02",
     "Ljudnivån vid fasad mot väg 640 beräknas till 58 dBA, vilket överstiger riktvärdet.",
     "En bullerskyddsskärm om 2,5 meter regleras längs vägen och lägenheterna ska ha en tyst sida."),
    (4, "Räddningstjänsten Hovmåla", "2025-09-22", "Inga synpunkter.", "Noteras.", True),
    (5, "Hovmåla Energi AB", "2025-09-30",
     "Behöver ett E-område för en ny nätstation i planområdets norra del.",
     "Ett E-område om 40 kvadratmeter har lagts till.", False),
    (6, "Skanova", "2025-09-25", "Inga synpunkter.", "Noteras.", True),
    (7, "Kultur- och fritidsnämnden", "2025-10-01", "Ställer sig positiv till parken vid Hovån.", "Noteras.", True),
    (8, "Barn- och utbildningsnämnden", "2025-10-03",
     "Planen kan ge cirka 35 nya förskolebarn; behovet ryms i befintliga förskolor till och med 2028.",
     "Noteras.", True),
    (9, "Ägare till Hovmåla 3:18", "2025-10-05",
     "Motsätter sig fem våningar i kvarter B, som skulle skugga den egna tomten.",
     "Kvarter B har sänkts från fem till fyra våningar och högsta nockhöjd från 17,0 till 14,0 meter.", False),
    (10, "Ägare till Hovmåla 3:22", "2025-10-06",
     "Vill att infarten till kvarter C flyttas från Brädgårdsvägen till Sågaregatan.",
     "Tillgodoses inte. En infart från Sågaregatan skulle korsa gång- och cykelvägen till skolan.", False),
    (11, "Boende på Sågaregatan (namnlista med 23 namn)", "2025-10-04",
     "Vill att lindallén längs Sågaregatan bevaras och att antalet bostäder minskas.",
     "Lindallén skyddas med bestämmelsen n1 och krav på marklov för fällning. Antalet bostäder har minskat "
     "något genom ändringen i kvarter B men tillgodoses i övrigt inte.", False),
    (12, "Naturskyddsföreningen i Hovmåla", "2025-10-06",
     "Efterfrågar inventering av fladdermöss i den gamla torkladan.",
     "En inventering gjordes i augusti 2025. Tre arter påträffades men inga boplatser; inga särskilda "
     "åtgärder krävs.", False),
]
YTTRANDEN = [y if len(y) == 6 else y + (False,) for y in YTTRANDEN]
UTAN_ERINRAN = [y for y in YTTRANDEN if y[5]]
assert len(YTTRANDEN) == 12 and len(UTAN_ERINRAN) == 4


def shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def page_field(paragraph):
    run = paragraph.add_run()
    for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "separate")):
        el = OxmlElement(tag)
        if attr:
            el.set(qn("w:fldCharType"), attr)
        else:
            el.set(qn("xml:space"), "preserve")
            el.text = " PAGE "
        run._r.append(el)
    r2 = paragraph.add_run("1")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    r2._r.append(end)


d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(10.5)
sec = d.sections[0]
sec.left_margin = sec.right_margin = Cm(2.2)
hp = sec.header.paragraphs[0]
hp.text = f"Hovmåla kommun – Samhällsutvecklingsnämnden\tDnr {DNR}"
fp = sec.footer.paragraphs[0]
fp.text = "Granskningsutlåtande, detaljplan för Sågverkstomten\tSida "
page_field(fp)

d.add_paragraph("Granskningsutlåtande", style="Title")
d.add_paragraph("Detaljplan för Sågverkstomten, del av Hovmåla 3:41 m.fl., centrala Hovmåla", style="Subtitle")

facts = [("Diarienummer", DNR), ("Datum", "2025-10-28"), ("Planförfarande", "Utökat förfarande"),
         ("Samråd", "2025-03-03 – 2025-03-31"), ("Granskning", "2025-09-15 – 2025-10-06"),
         ("Handläggare", "Fredrik Strömgren, planarkitekt"), ("Beslutsinstans", "Kommunfullmäktige (antagande)")]
t = d.add_table(rows=0, cols=2)
for k, v in facts:
    row = t.add_row().cells
    row[0].text, row[1].text = k, v
    row[0].paragraphs[0].runs[0].bold = True
d.add_paragraph()

d.add_heading("1 Planens syfte och huvuddrag", level=1)
d.add_paragraph(
    f"Syftet med detaljplanen är att omvandla det tidigare sågverksområdet vid Hovån till en ny stadsdel med "
    f"bostäder, lokaler för verksamheter i bottenvåningarna och en allmän park längs ån. Granskningsförslaget "
    f"medgav cirka {HOMES_BEFORE} bostäder i flerbostadshus och radhus i tre kvarter (A–C). Efter granskningen "
    f"medger planen cirka {HOMES_AFTER} bostäder.")
d.add_paragraph(
    "Planen är förenlig med översiktsplanen, som anger området som utvecklingsområde för bostäder. Planen har "
    "bedömts inte medföra betydande miljöpåverkan, och länsstyrelsen delade den bedömningen i samrådet.")

d.add_heading("2 Hur granskningen har bedrivits", level=1)
d.add_paragraph(
    "Planförslaget har varit utställt för granskning under tiden 2025-09-15 – 2025-10-06. Granskningen "
    "kungjordes i ortstidningen Hovmålabladet den 13 september 2025 och på kommunens anslagstavla. Handlingarna "
    "fanns tillgängliga i kommunhusets reception och på kommunens webbplats. Sakägare och övriga berörda enligt "
    "fastighetsförteckningen fick underrättelse med brev.")
d.add_paragraph(
    f"Under granskningstiden kom det in {len(YTTRANDEN)} yttranden, varav {len(UTAN_ERINRAN)} utan erinran. "
    f"Yttrandena finns i sin helhet hos samhällsutvecklingsförvaltningen.")

d.add_heading("3 Inkomna yttranden och kommentarer", level=1)
tb = d.add_table(rows=1, cols=5)
tb.style = d.styles["Table Grid"]
for i, h in enumerate(["Nr", "Avsändare", "Inkom", "Synpunkter i sammandrag", "Kommentar"]):
    c = tb.rows[0].cells[i]
    c.text = h
    c.paragraphs[0].runs[0].bold = True
    shade(c, "D9E2F3")
for nr, who, date, what, comment, _ in YTTRANDEN:
    cells = tb.add_row().cells
    for c, v in zip(cells, [str(nr), who, date, what, comment]):
        c.text = v
        for r in c.paragraphs[0].runs:
            r.font.size = Pt(9)
for row in tb.rows:
    for c, w in zip(row.cells, [Cm(0.9), Cm(3.4), Cm(2.2), Cm(5.3), Cm(5.3)]):
        c.width = w
d.add_paragraph()

d.add_heading("4 Ändringar efter granskningen", level=1)
d.add_paragraph("Efter granskningen har följande ändringar gjorts i planförslaget:")
for txt in [f"Kvarter B sänks från {B_BEFORE} till {B_AFTER} våningar; högsta nockhöjd 14,0 meter i stället för "
            f"17,0 meter. Antalet bostäder minskar därmed från cirka {HOMES_BEFORE} till cirka {HOMES_AFTER}.",
            "Lägsta golvnivå +14,2 meter (RH 2000) införs för alla bostadshus.",
            "Villkor för startbesked (a1): markföroreningarna ska vara avhjälpta.",
            "Bullerskyddsskärm, 2,5 meter, längs väg 640.",
            "E-område för nätstation i norra delen av planområdet.",
            "Lindallén längs Sågaregatan skyddas (n1) och marklov krävs för fällning."]:
    d.add_paragraph(txt, style="List Bullet")
d.add_paragraph(
    "Ändringarna bedöms inte vara väsentliga. De innebär inskränkningar jämfört med granskningsförslaget och "
    "berör i första hand ägaren till Hovmåla 3:18, vars synpunkter har tillgodosetts. Någon ny granskning behövs "
    "därför inte.")

d.add_heading("5 Synpunkter som inte har tillgodosetts", level=1)
d.add_paragraph("Följande sakägare och andra som har lämnat synpunkter under samråd eller granskning har "
                "synpunkter som inte har tillgodosetts:")
d.add_paragraph("Ägaren till Hovmåla 3:22 (infarten till kvarter C via Brädgårdsvägen).", style="List Bullet")
d.add_paragraph("Boende på Sågaregatan (antalet bostäder och exploateringen i stort).", style="List Bullet")
d.add_paragraph("De som inte fått sina synpunkter tillgodosedda kan ha rätt att överklaga ett beslut att anta "
                "detaljplanen.")

d.add_heading("6 Fortsatt arbete och tidplan", level=1)
d.add_paragraph(
    "Planen beräknas kunna antas av kommunfullmäktige den 15 december 2025 och vinna laga kraft i januari 2026, "
    "om den inte överklagas. Kommunen avser att anvisa marken i kvarter A och C till byggaktörer under 2026. "
    "Sanering av marken ska vara klar innan bostadsbyggandet startar.")

d.add_heading("7 Förslag till beslut", level=1)
d.add_paragraph("Samhällsutvecklingsförvaltningen föreslår att samhällsutvecklingsnämnden beslutar")
d.add_paragraph("att godkänna granskningsutlåtandet, och", style="List Number")
d.add_paragraph("att föreslå kommunfullmäktige att anta detaljplanen för Sågverkstomten.", style="List Number")
p = d.add_paragraph()
p.add_run("Fredrik Strömgren\nPlanarkitekt").italic = True
p2 = d.add_paragraph("Maria Öberg\nPlanchef")
p2.alignment = WD_ALIGN_PARAGRAPH.LEFT

path = out_dir() / "hovmala_sun_granskningsutlatande_sagverkstomten_2025-10-28.docx"
d.core_properties.author = "Fredrik Strömgren"
d.core_properties.title = "Granskningsutlåtande detaljplan Sågverkstomten"
import datetime
d.core_properties.created = d.core_properties.modified = datetime.datetime(2025, 10, 28, 9, 0, 0)
d.core_properties.last_modified_by = "Fredrik Strömgren"
d.core_properties.revision = 7
save_docx_deterministic(d, path, stamp=(2025, 10, 28, 9, 0, 0))
print(path)
