"""Ekeslätts kommun – utbildningsförvaltningens tjänsteskrivelse to barn- och utbildningsnämnden on a larger
investment frame for Bäckaskolan, 2025-11-04. DOCX via python-docx plus raw WordprocessingML.

Layout (new in probe o): the document is saved **with tracked changes still in it** (track revisions on in
settings.xml). A second author's edits are `w:ins` (inserted runs, to count) and `w:del` (runs with `w:delText`,
not to count) inside body paragraphs, inside the Förslag till beslut and **inside two table cells**. One whole
sentence and one whole att-sats exist only as deletions. A Word **comment** (comments.xml) is anchored on the
Sammanfattning. The accepted text is: total 42,3 mnkr, inflyttning januari 2027, internhyra +3 420 tkr; the
deleted text says 38,5 mnkr, augusti 2026, 3 110 tkr and a financing through Rönnbäckens förskola.
"""
import copy

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from common import out_dir, sv_tenths, sv_int

FILE = "ekeslatt_bun_tjansteskrivelse_backaskolan_2025-11-04.docx"
AUTHOR, REV_DATE = "Karin Österlund", "2025-11-06T09:12:00Z"

RAM_KF = 360                              # tenths of mnkr, KF 2024-06-17
OLD = {"Entreprenad": 303, "Projektering": 24, "Byggherrekostnader": 18, "Oförutsett": 40}
NEW = {"Entreprenad": 341, "Projektering": 24, "Byggherrekostnader": 18, "Oförutsett": 40}
OLD_SUM, NEW_SUM = sum(OLD.values()), sum(NEW.values())
assert (OLD_SUM, NEW_SUM) == (385, 423)
HYRA_OLD, HYRA_NEW = 3110, 3420           # tkr per year
RADON = 11                                # tenths of mnkr, part of the entreprenad increase
assert NEW["Entreprenad"] - OLD["Entreprenad"] > RADON
ELEVER_NU, ELEVER_NY = 310, 420

_rev_id = [100]


def _next_id():
    _rev_id[0] += 1
    return str(_rev_id[0])


def _run(text, deleted=False, bold=False):
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _wrap(kind, text):
    el = OxmlElement(kind)
    el.set(qn("w:id"), _next_id())
    el.set(qn("w:author"), AUTHOR)
    el.set(qn("w:date"), REV_DATE)
    el.append(_run(text, deleted=(kind == "w:del")))
    return el


def fill(p, segments):
    """segments: list of plain strings, ('ins', text) or ('del', text)."""
    for seg in segments:
        if isinstance(seg, str):
            p._p.append(_run(seg))
        else:
            p._p.append(_wrap("w:" + seg[0], seg[1]))
    return p


def para(d, segments, style=None):
    p = d.add_paragraph(style=style)
    return fill(p, segments)


def main():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name, st.font.size = "Calibri", Pt(11)

    head = d.add_paragraph()
    head.add_run("Ekeslätts kommun").bold = True
    head.add_run("\nUtbildningsförvaltningen")
    p = d.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    p.add_run("TJÄNSTESKRIVELSE").bold = True
    for line in ("Datum: 2025-11-04", "Diarienummer: BUN 2025-0071", "Handläggare: Johanna Lilja, lokalstrateg",
                 "Till: Barn- och utbildningsnämnden"):
        d.add_paragraph(line)

    d.add_heading("Utökad investeringsram för om- och tillbyggnad av Bäckaskolan", level=1)
    d.add_heading("Sammanfattning", level=2)
    summ = para(d, [f"Kommunfullmäktige beslutade 2024-06-17 (§ 88) om en investeringsram på {sv_tenths(RAM_KF)} "
                    "mnkr för om- och tillbyggnad av Bäckaskolan. Efter upphandlingen beräknas projektet kosta ",
                    ("del", sv_tenths(OLD_SUM)), ("ins", sv_tenths(NEW_SUM)),
                    " mnkr. Förvaltningen föreslår att nämnden begär en utökad investeringsram."])
    d.add_comment(summ.runs[0] if summ.runs else summ.add_run(""), text="Stäm av beloppen med ekonomienheten "
                  "innan utskick.", author=AUTHOR, initials="KÖ")

    d.add_heading("Ärendebeskrivning", level=2)
    para(d, [f"Bäckaskolan (F–6) har i dag {ELEVER_NU} elever. Efter om- och tillbyggnaden ska skolan kunna ta "
             f"emot {ELEVER_NY} elever, vilket motsvarar befolkningsprognosen för skolans upptagningsområde till "
             "och med 2032."])
    para(d, ["Upphandlingen av totalentreprenaden avslutades i oktober 2025. Det lägsta anbudet låg ",
             ("ins", "12 procent "), "över förvaltningens kalkyl",
             ("del", ", främst på grund av allmänt höjda byggpriser"), ". ",
             ("ins", "Den främsta orsaken är höjda priser på stomme och installationer. Därtill har en "
                     "radonmätning visat att berggrunden kräver ett förstärkt ventilationssystem, vilket kostar "
                     f"ytterligare {sv_tenths(RADON)} mnkr. "),
             ("del", "Merkostnaden kan finansieras genom att ombyggnaden av Rönnbäckens förskola skjuts upp "
                     "till 2027.")])
    para(d, ["Byggstart planeras till mars 2026 och inflyttning till ", ("del", "augusti 2026"),
             ("ins", "januari 2027"), ". Under byggtiden undervisas eleverna i tillfälliga paviljonger på "
             "skolgården. Kostnaden för de tillfälliga paviljongerna ingår inte i kalkylen och redovisas i ett "
             "separat ärende."])

    para(d, ["Tillbyggnaden omfattar en ny byggnadskropp i två plan med tolv klassrum, grupprum och ett "
             "tillagningskök. Den befintliga skolbyggnaden från 1974 får ny ventilation, nya fönster och "
             "tillgänglighetsanpassade entréer. Idrottshallen ingår inte i projektet."])

    d.add_heading("Barnkonsekvensanalys", level=2)
    para(d, ["Eleverna har fått lämna synpunkter genom elevrådet. De har framför allt efterfrågat fler "
             "grupprum, en större matsal och en tryggare skolgård. Förvaltningen bedömer att förseningen av "
             "inflyttningen med ett halvår innebär att eleverna går en längre tid i tillfälliga lokaler, men att "
             "den förbättrade ventilationen väger tyngre för barnens arbetsmiljö."])

    d.add_heading("Samverkan", level=2)
    para(d, ["Ärendet har behandlats i förvaltningens samverkansgrupp 2025-10-28. Skolans rektor och "
             "fastighetsavdelningen har deltagit i arbetet med kalkylen."])

    d.add_heading("Kostnadskalkyl", level=2)
    t = d.add_table(rows=1, cols=2)
    t.style = "Table Grid"
    t.cell(0, 0).text, t.cell(0, 1).text = "Post", "Belopp, mnkr"
    for k in NEW:
        row = t.add_row().cells
        row[0].text = k
        p = row[1].paragraphs[0]
        if OLD[k] == NEW[k]:
            fill(p, [sv_tenths(NEW[k])])
        else:
            fill(p, [("del", sv_tenths(OLD[k])), ("ins", sv_tenths(NEW[k]))])
    row = t.add_row().cells
    row[0].paragraphs[0].add_run("Summa").bold = True
    fill(row[1].paragraphs[0], [("del", sv_tenths(OLD_SUM)), ("ins", sv_tenths(NEW_SUM))])

    d.add_heading("Ekonomiska konsekvenser", level=2)
    para(d, ["Den årliga internhyran för Bäckaskolan beräknas öka med ", ("del", sv_int(HYRA_OLD)),
             ("ins", sv_int(HYRA_NEW)), " tkr från och med 2027. Hyreshöjningen ska rymmas inom nämndens "
             "driftram", ("ins", " och beaktas i budgetarbetet för 2027"), "."])

    d.add_heading("Förslag till beslut", level=2)
    para(d, ["1. Barn- och utbildningsnämnden föreslår kommunstyrelsen att hos kommunfullmäktige begära en "
             f"utökning av investeringsramen för Bäckaskolan från {sv_tenths(RAM_KF)} mnkr till ",
             ("del", sv_tenths(OLD_SUM)), ("ins", sv_tenths(NEW_SUM)), " mnkr."])
    para(d, [("del", "2. Merkostnaden finansieras genom omprioritering inom nämndens investeringsbudget.")])
    para(d, [("ins", "2. Förvaltningen får i uppdrag att återrapportera projektets ekonomi till nämnden vid varje "
                     "tertialuppföljning.")])

    d.add_heading("Beslutsunderlag", level=2)
    d.add_paragraph("Tjänsteskrivelse 2025-11-04")
    d.add_paragraph("Anbudssammanställning, totalentreprenad Bäckaskolan (sekretess enligt OSL 19 kap. 3 §)")
    d.add_paragraph("")
    d.add_paragraph("Karin Österlund\nutbildningschef")
    d.add_paragraph("Johanna Lilja\nlokalstrateg")

    # turn on "Spåra ändringar" in settings.xml, as in a document saved while revisions are tracked
    settings = d.settings.element
    tr = OxmlElement("w:trackRevisions")
    proof = settings.find(qn("w:proofState"))   # schema order: … proofState … revisionView, trackRevisions …
    proof.addnext(tr)
    d.core_properties.author = "Johanna Lilja"
    d.core_properties.last_modified_by = AUTHOR
    d.save(str(out_dir() / FILE))


if __name__ == "__main__":
    main()
