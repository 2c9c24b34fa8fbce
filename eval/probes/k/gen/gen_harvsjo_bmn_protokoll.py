"""Harvsjö kommun – bygg- och miljönämndens protokoll 2026-03-19. DOCX via python-docx.

Layout: the whole body of the protokoll after the front page is ONE two-column Word table with one row per §:
the left cell holds only "§ 23", the right cell holds the bold title, the dnr ("Dnr BMN 2025-000341"), the
text, a bold "Beslut" line and the decision, and any votering, reservation and protokollsanteckning – all
as paragraphs inside the cell. The front page (plats och tid, beslutande, justering, underskrifter) is a
label/value table; the letterhead is in the Word page header and a "Justerandes signatur" line in the footer.
"""
import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.shared import Cm, Pt

from common import out_dir, sv_int

FILE = "harvsjo_bmn_protokoll_2026-03-19.docx"

# ledamöter (name, party, role)
MEMBERS = [("Karin Sandell", "S", "ordförande"), ("Tomas Ek", "C", "vice ordförande"),
           ("Anders Hägg", "M", "ledamot"), ("Birgitta Rönn", "S", "ledamot"), ("Jonas Frid", "S", "ledamot"),
           ("Elin Strand", "M", "ledamot"), ("Per Vallin", "SD", "ledamot"), ("Maria Holk", "V", "ledamot"),
           ("Leif Nord", "KD", "ledamot")]
# § 24 votering: ja = förvaltningens förslag (bevilja), nej = avslag
NEJ = {"Anders Hägg", "Elin Strand", "Leif Nord"}
JA = [m[0] for m in MEMBERS if m[0] not in NEJ]
assert (len(JA), len(NEJ)) == (6, 3) and len(MEMBERS) == 9

LAGENHETER = 32
HOJD_PLAN, HOJD_SOKT = "16,0", "17,4"
BYGGLOVSAVGIFT = 148_600
SANKTION = 57_240
# § 26 ekonomisk uppföljning, jan–feb
ANS_2026, ANS_2025 = 61, 74
INT_2026, INT_2025 = 1120, 1460  # tkr bygglovsintäkter jan–feb
assert ANS_2026 < ANS_2025 and INT_2025 - INT_2026 == 340
# § 27 tillsynsplan
TILLSYN = [("Miljöfarlig verksamhet", 118), ("Enskilda avlopp", 45), ("Hälsoskydd (skolor, förskolor, "
           "bassängbad)", 62), ("Lantbruk", 51), ("Köldmedier och cisterner", 34)]
TILLSYN_SUM = sum(n for _, n in TILLSYN)
assert TILLSYN_SUM == 310
DELEG = 87
TIM_OLD, TIM_NEW = 1290, 1410


def para(cell_or_doc, text="", bold=False, size=None, first=False):
    p = cell_or_doc.paragraphs[0] if first else cell_or_doc.add_paragraph()
    if text:
        r = p.add_run(text)
        r.bold = bold
        if size:
            r.font.size = Pt(size)
    return p


def section_row(tbl, nr, title, dnr, blocks):
    """One § = one table row: "§ nr" left, everything else as paragraphs in the right cell."""
    row = tbl.add_row()
    left, right = row.cells
    para(left, f"§ {nr}", bold=True, first=True)
    para(right, title, bold=True, first=True)
    if dnr:
        para(right, f"Dnr {dnr}")
    for kind, text in blocks:
        if kind == "h":
            para(right, text, bold=True)
        else:
            para(right, text)


def build():
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Arial"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = ("Harvsjö kommun\tSAMMANTRÄDESPROTOKOLL\n"
                                     "Bygg- och miljönämnden\tSammanträdesdatum 2026-03-19")
    sec.footer.paragraphs[0].text = "Justerandes signatur ………………   ………………\tUtdragsbestyrkande ………………"

    para(d, "Bygg- och miljönämnden", bold=True, size=16)
    front = d.add_table(rows=0, cols=2)
    front.style = "Table Grid"
    rows = [
        ("Plats och tid", "Kommunhuset, sammanträdesrum Ljungen, torsdagen den 19 mars 2026 kl. 13.00–16.10"),
        ("Beslutande", "; ".join(f"{n} ({p}), {r}" if r != "ledamot" else f"{n} ({p})" for n, p, r in MEMBERS)),
        ("Ersättare", "Hanna Berglöf (S), Nils Örtegren (M), Ulla Sten (C)"),
        ("Övriga deltagande", "Cecilia Wahl, bygg- och miljöchef; Martin Ölund, bygglovshandläggare § 24; "
                              "Lisa Moberg, nämndsekreterare"),
        ("Utses att justera", "Anders Hägg (M)"),
        ("Justeringens plats och tid", "Samhällsbyggnadsförvaltningen, tisdagen den 24 mars 2026"),
        ("Justerade paragrafer", "§§ 23–29"),
        ("Underskrifter", "Sekreterare Lisa Moberg\nOrdförande Karin Sandell\nJusterare Anders Hägg"),
        ("Anslag", "Protokollet är justerat och tillkännagivet på kommunens anslagstavla 2026-03-25. "
                   "Sista dag för överklagande är 2026-04-15."),
    ]
    for k, v in rows:
        c = front.add_row().cells
        c[0].text = k
        c[1].text = v
    d.add_page_break()

    tbl = d.add_table(rows=0, cols=2)
    tbl.alignment = WD_TABLE_ALIGNMENT.LEFT
    section_row(tbl, 23, "Val av justerare och godkännande av dagordning", None, [
        ("p", "Anders Hägg (M) utses att justera dagens protokoll. Dagordningen godkänns med tillägget att "
              "ärendet om laddinfrastruktur vid Torget utgår."),
        ("h", "Beslut"),
        ("p", "Bygg- och miljönämnden utser Anders Hägg (M) till justerare och godkänner dagordningen."),
    ])
    section_row(tbl, 24, "Bygglov för nybyggnad av flerbostadshus, Mjölnaren 7", "BMN 2025-000341", [
        ("p", f"Bostadsbolaget Harvsjöhem AB ansöker om bygglov för ett flerbostadshus i fem våningar med "
              f"{LAGENHETER} lägenheter på fastigheten Mjölnaren 7. Detaljplanen medger en byggnadshöjd om "
              f"{HOJD_PLAN} meter; den sökta byggnadshöjden är {HOJD_SOKT} meter. Förvaltningen bedömer att "
              "avvikelsen är liten och förenlig med planens syfte, eftersom den beror på ett utökat "
              "bjälklag för installationer. Grannar har hörts och två har lämnat erinringar om skuggning."),
        ("p", "Förvaltningen föreslår att bygglov beviljas."),
        ("h", "Yrkanden"),
        ("p", "Karin Sandell (S) yrkar bifall till förvaltningens förslag. Anders Hägg (M) yrkar, med instämmande "
              "av Elin Strand (M) och Leif Nord (KD), att ansökan avslås med hänvisning till att avvikelsen inte "
              "är liten."),
        ("h", "Beslutsgång"),
        ("p", "Ordföranden ställer förslagen mot varandra och finner att nämnden beslutar enligt "
              "förvaltningens förslag. Votering begärs. Den som vill bifalla förvaltningens förslag röstar ja, "
              "den som vill bifalla Anders Häggs avslagsyrkande röstar nej."),
        ("p", f"Omröstningsresultat: {len(JA)} ja-röster ({', '.join(JA)}) och {len(NEJ)} nej-röster "
              f"(Anders Hägg, Elin Strand, Leif Nord). Nämnden har alltså beslutat enligt förvaltningens förslag "
              f"med {len(JA)} röster mot {len(NEJ)}."),
        ("h", "Beslut"),
        ("p", f"Bygg- och miljönämnden beviljar bygglov för nybyggnad av flerbostadshus på Mjölnaren 7 med stöd "
              f"av 9 kap. 30 och 31 b §§ plan- och bygglagen. Avgiften för bygglovet fastställs till "
              f"{sv_int(BYGGLOVSAVGIFT)} kronor enligt gällande taxa."),
        ("h", "Reservation"),
        ("p", "Anders Hägg (M), Elin Strand (M) och Leif Nord (KD) reserverar sig mot beslutet till förmån för "
              "det egna yrkandet."),
        ("p", "Expedieras: sökanden, berörda grannar (delgivning), Lantmäteriet"),
    ])
    section_row(tbl, 25, "Byggsanktionsavgift för olovligt byggande, Strandbo 2:14", "BMN 2025-000298", [
        ("p", "Fastighetsägaren har uppfört en sjöbod om 28 kvadratmeter utan bygglov inom "
              "strandskyddat område vid Harvsjön. Byggnaden togs i bruk innan startbesked hade getts. "
              "Fastighetsägaren har yttrat sig och uppger att hon trodde att byggnaden var bygglovsbefriad."),
        ("h", "Beslut"),
        ("p", f"Bygg- och miljönämnden påför fastighetsägaren en byggsanktionsavgift om {sv_int(SANKTION)} "
              "kronor för att ha påbörjat byggnationen utan bygglov och startbesked. Avgiften ska betalas "
              "inom två månader från det att beslutet vunnit laga kraft."),
        ("h", "Protokollsanteckning"),
        ("p", "Maria Holk (V) antecknar till protokollet att frågan om strandskyddsdispens bör prövas "
              "innan nämnden tar ställning till ett eventuellt rivningsföreläggande."),
    ])
    section_row(tbl, 26, "Ekonomisk uppföljning februari 2026", "BMN 2026-000019", [
        ("p", f"Under januari och februari 2026 kom {ANS_2026} ansökningar om bygglov in, jämfört med "
              f"{ANS_2025} under samma period 2025. Bygglovsintäkterna för perioden uppgår till "
              f"{sv_int(INT_2026)} tkr, vilket är {sv_int(INT_2025 - INT_2026)} tkr lägre än motsvarande "
              f"period föregående år ({sv_int(INT_2025)} tkr). Minskningen förklaras främst av färre "
              "ansökningar om nya enbostadshus; förvaltningen bedömer att det höga ränteläget fortfarande "
              "håller tillbaka privata byggprojekt."),
        ("p", "Nämnden prognostiserar trots detta en budget i balans för helåret, eftersom två tjänster som "
              "bygglovshandläggare har stått vakanta under perioden."),
        ("h", "Beslut"),
        ("p", "Bygg- och miljönämnden lägger den ekonomiska uppföljningen till handlingarna."),
    ])
    lines = "; ".join(f"{k} {n}" for k, n in TILLSYN)
    section_row(tbl, 27, "Tillsynsplan 2026 enligt miljöbalken", "BMN 2026-000007", [
        ("p", f"Tillsynsplanen omfattar {TILLSYN_SUM} planerade tillsynsbesök under 2026 fördelade på: "
              f"{lines}. Tillsynen av enskilda avlopp inriktas på fastigheterna runt Harvsjön, där "
              "vattenkvaliteten har försämrats."),
        ("h", "Beslut"),
        ("p", "Bygg- och miljönämnden fastställer tillsynsplan 2026 enligt miljöbalken."),
    ])
    section_row(tbl, 28, "Revidering av taxa för bygglov, timavgift", "BMN 2026-000022", [
        ("p", f"Förvaltningen har räknat om timkostnaden för handläggning enligt plan- och bygglagen. "
              f"Timavgiften föreslås höjas från {sv_int(TIM_OLD)} kronor till {sv_int(TIM_NEW)} kronor. "
              "Höjningen motiveras av ökade lönekostnader och kostnader för ärendesystemet."),
        ("h", "Beslut"),
        ("p", f"Bygg- och miljönämnden föreslår kommunfullmäktige besluta att timavgiften i taxan för "
              f"bygglov höjs till {sv_int(TIM_NEW)} kronor från och med 2026-07-01."),
        ("p", "Beslutet är enhälligt."),
    ])
    section_row(tbl, 29, "Delegationsbeslut och meddelanden", None, [
        ("p", f"Förteckning över {DELEG} delegationsbeslut fattade under februari 2026 redovisas, liksom "
              "länsstyrelsens beslut i två överklagade ärenden."),
        ("h", "Beslut"),
        ("p", "Bygg- och miljönämnden lägger redovisningen till handlingarna."),
    ])
    for row in tbl.rows:
        row.cells[0].width = Cm(2.0)
        row.cells[1].width = Cm(14.0)
    d.save(str(out_dir() / FILE))


if __name__ == "__main__":
    build()
