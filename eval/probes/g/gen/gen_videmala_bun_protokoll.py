"""Videmåla kommun – barn- och utbildningsnämndens protokoll 2025-03-18. DOCX via python-docx.

Layout: letterhead in the page header, närvaro table, each paragraph opened by a
two-cell table (left cell "§ 23", right cell title + Dnr), a voteringslista table,
a reservation and a signature/anslag block at the end.
"""
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

from common import out_dir, sv_tenths

FILE = "videmala_bun_protokoll_2025-03-18.docx"

LEDAMOTER = [  # namn, parti, roll, närvaro
    ("Annika Sjöstrand", "S", "ordförande", "Närvarande"),
    ("Per-Olof Hedenius", "M", "1:e vice ordförande", "Närvarande"),
    ("Lina Ekstam", "C", "2:e vice ordförande", "Närvarande"),
    ("Tomas Vikander", "S", "ledamot", "Närvarande"),
    ("Helena Brolin", "S", "ledamot", "Närvarande"),
    ("Mats Granqvist", "SD", "ledamot", "Närvarande"),
    ("Sofia Ahlrot", "M", "ledamot", "Närvarande"),
    ("Johan Lilja", "KD", "ledamot", "Frånvarande – ersätts av Britt Sandahl (KD)"),
    ("Yasmin Haddad", "V", "ledamot", "Närvarande"),
    ("Erik Nordvall", "SD", "ledamot", "Närvarande"),
    ("Karin Fältskog", "L", "ledamot", "Närvarande"),
]
ERSATTARE = [
    ("Britt Sandahl", "KD", "tjänstgörande ersättare för Johan Lilja (KD)"),
    ("Gustav Ringdahl", "S", "ej tjänstgörande ersättare"),
    ("Maria Oxelgren", "M", "ej tjänstgörande ersättare"),
]
# Votering § 23: Ja = bifall till förvaltningens förslag, Nej = avslag
VOTES = {
    "Annika Sjöstrand": "Ja", "Per-Olof Hedenius": "Ja", "Lina Ekstam": "Ja", "Tomas Vikander": "Ja",
    "Helena Brolin": "Ja", "Mats Granqvist": "Nej", "Sofia Ahlrot": "Ja", "Britt Sandahl": "Nej",
    "Yasmin Haddad": "Nej", "Erik Nordvall": "Nej", "Karin Fältskog": "Ja",
}
PARTI = {n: p for n, p, _, _ in LEDAMOTER}
PARTI["Britt Sandahl"] = "KD"
JA = sum(v == "Ja" for v in VOTES.values())
NEJ = sum(v == "Nej" for v in VOTES.values())
TJANSTGORANDE = [n for n, _, _, nv in LEDAMOTER if nv == "Närvarande"] + ["Britt Sandahl"]
assert sorted(TJANSTGORANDE) == sorted(VOTES) and len(VOTES) == 11
assert (JA, NEJ) == (7, 4)

# § 22 prognos per verksamhet (tenths of mkr)
PROGNOS = [("Grundskola", -21), ("Skolskjutsar", -16), ("Förskola", 5), ("Gymnasieskola", 0)]
PROGNOS_SUM = sum(v for _, v in PROGNOS)
assert PROGNOS_SUM == -32

# § 25 grundbelopp (kr per barn och år): 2025, 2024
BELOPP = [
    ("Förskola, barn 1–3 år", 168412, 161930),
    ("Förskola, barn 4–5 år", 129550, 124660),
    ("Pedagogisk omsorg", 118240, 113870),
    ("Fritidshem", 41270, 39850),
]
for _, b25, b24 in BELOPP:
    assert 0.03 < b25 / b24 - 1 < 0.045, "uppräkning ska ligga mellan 3 och 4,5 procent"

# § 23 kostnad per elev (kr)
KOSTN_KVARNAS, KOSTN_SNITT, ELEVER = 148_000, 104_000, 34
BESPARING = 2_900_000
# the extra cost per pupil alone explains about half of the saving; premises explain the rest
assert (KOSTN_KVARNAS - KOSTN_SNITT) * ELEVER == 1_496_000 < BESPARING


def kr(n):
    return f"{n:,}".replace(",", " ")


def shade(cell, hex_fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), hex_fill)
    tcPr.append(shd)


def build(path):
    d = Document()
    sec = d.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.3)
    sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
    st = d.styles["Normal"]
    st.font.name = "Garamond"
    st.font.size = Pt(11.5)

    # letterhead in page header
    hp = sec.header.paragraphs[0]
    hp.text = ""
    r = hp.add_run("VIDEMÅLA KOMMUN")
    r.bold = True
    hp.add_run("\tSAMMANTRÄDESPROTOKOLL\t")
    hp2 = sec.header.add_paragraph("Barn- och utbildningsnämnden\tSammanträdesdatum 2025-03-18\t")
    for p in (hp, hp2):
        for run in p.runs:
            run.font.size = Pt(9)
    fp = sec.footer.paragraphs[0]
    fp.text = "Justerandes signatur ________        Utdragsbestyrkande ________"
    fp.runs[0].font.size = Pt(8)

    def para(text, bold=False, italic=False, size=None, align=None, space_after=6):
        p = d.add_paragraph()
        run = p.add_run(text)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
        if align:
            p.alignment = align
        p.paragraph_format.space_after = Pt(space_after)
        return p

    def label(lbl, text):
        p = d.add_paragraph()
        r1 = p.add_run(lbl + " ")
        r1.bold = True
        p.add_run(text)
        p.paragraph_format.space_after = Pt(4)
        return p

    def paragraf(nr, title, dnr):
        t = d.add_table(rows=1, cols=2)
        t.alignment = WD_TABLE_ALIGNMENT.LEFT
        t.autofit = False
        c0, c1 = t.rows[0].cells
        c0.width, c1.width = Cm(2.2), Cm(14.2)
        c0.paragraphs[0].add_run(f"§ {nr}").bold = True
        c0.paragraphs[0].runs[0].font.size = Pt(14)
        shade(c0, "E7EEF5")
        c1.paragraphs[0].add_run(title).bold = True
        c1.paragraphs[0].runs[0].font.size = Pt(12.5)
        if dnr:
            c1.add_paragraph(f"Dnr {dnr}").runs[0].font.size = Pt(9.5)
        d.add_paragraph().paragraph_format.space_after = Pt(0)

    def grid(rows, widths, header=True):
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        t.style = "Table Grid"
        for i, row in enumerate(rows):
            for j, val in enumerate(row):
                c = t.cell(i, j)
                c.width = Cm(widths[j])
                c.text = ""
                run = c.paragraphs[0].add_run(str(val))
                run.font.size = Pt(10)
                if header and i == 0:
                    run.bold = True
                    shade(c, "E7EEF5")
        d.add_paragraph().paragraph_format.space_after = Pt(0)
        return t

    # ---- första sidan
    para("Barn- och utbildningsnämnden", bold=True, size=18, space_after=2)
    para("Protokoll från sammanträde 2025-03-18", size=12.5, space_after=12)
    label("Plats och tid:", "Sessionssalen, kommunhuset i Videmåla, tisdagen den 18 mars 2025 kl. 13.00–16.40. "
                            "Ajournering kl. 14.45–15.05.")
    label("Beslutande:", "Se närvarolista nedan.")
    label("Övriga närvarande:", "Marie Torstensson, förvaltningschef; Olle Bäckman, ekonom (§ 22); "
                                "Frida Kullgren, rektor (§ 23); Jenny Alm, nämndsekreterare.")
    label("Utses att justera:", "Per-Olof Hedenius (M)")
    label("Justeringens tid och plats:", "Barn- och utbildningsförvaltningen, Skolgatan 4, 2025-03-24 kl. 10.00")
    label("Justerade paragrafer:", "§§ 21–28")
    para("")
    grid([["Underskrifter", ""],
          ["Sekreterare", "Jenny Alm"],
          ["Ordförande", "Annika Sjöstrand (S)"],
          ["Justerare", "Per-Olof Hedenius (M)"]], [4.5, 11.9])
    para("ANSLAG/BEVIS", bold=True, space_after=2)
    para("Protokollet är justerat. Justeringen har tillkännagetts genom anslag på kommunens digitala "
         "anslagstavla.", space_after=2)
    grid([["Organ", "Barn- och utbildningsnämnden"],
          ["Sammanträdesdatum", "2025-03-18"],
          ["Datum då anslaget sätts upp", "2025-03-25"],
          ["Datum då anslaget tas ned", "2025-04-16"],
          ["Förvaringsplats för protokollet", "Barn- och utbildningsförvaltningen"]], [5.5, 10.9], header=False)
    d.add_page_break()

    # ---- närvaro
    para("Närvarolista", bold=True, size=13)
    rows = [["Ledamot", "Parti", "Uppdrag", "Närvaro"]]
    rows += [[n, p, roll, nv] for n, p, roll, nv in LEDAMOTER]
    grid(rows, [4.6, 1.4, 3.8, 6.6])
    rows = [["Ersättare", "Parti", "Anmärkning"]]
    rows += [[n, p, a] for n, p, a in ERSATTARE]
    grid(rows, [4.6, 1.4, 10.4])

    # ---- § 21
    paragraf(21, "Val av justerare och godkännande av dagordning", None)
    para("Beslut", bold=True)
    para("Barn- och utbildningsnämnden beslutar att utse Per-Olof Hedenius (M) att jämte ordföranden justera "
         "dagens protokoll, samt att godkänna dagordningen med den ändringen att ärendet om skolskjutsriktlinjer "
         "behandlas före ärendet om bidragsbelopp.")

    # ---- § 22
    paragraf(22, "Ekonomisk uppföljning februari 2025", "BUN 2025/0012")
    para("Ärendebeskrivning", bold=True)
    txt = ", ".join(f"{n.lower()} {sv_tenths(v, plus=True)} mkr" for n, v in PROGNOS)
    para("Ekonom Olle Bäckman redovisar den ekonomiska uppföljningen efter februari. Prognosen för helåret "
         f"2025 visar ett underskott på {sv_tenths(-PROGNOS_SUM)} mkr mot nämndens budgetram. "
         f"Prognosen per verksamhet är: {txt}. Underskottet i grundskolan beror på fler elever med "
         "tilläggsbelopp, och skolskjutsarna påverkas av det nya trafikavtalet som gäller sedan januari.")
    para("Beslut", bold=True)
    para("Barn- och utbildningsnämnden beslutar att godkänna den ekonomiska uppföljningen för februari 2025, "
         "samt att uppdra åt förvaltningschefen att redovisa förslag till åtgärder för en budget i balans vid "
         "nämndens sammanträde 2025-04-15.")

    # ---- § 23
    paragraf(23, "Förändrad skolorganisation – avveckling av Kvarnåsens skola", "BUN 2024/0156")
    para("Ärendebeskrivning", bold=True)
    para(f"Kvarnåsens skola är en F–3-skola med {ELEVER} elever läsåret 2024/25. Enligt befolkningsprognosen "
         "minskar elevantalet till 27 elever läsåret 2026/27. Kostnaden per elev uppgår till "
         f"{kr(KOSTN_KVARNAS)} kronor, att jämföra med {kr(KOSTN_SNITT)} kronor i genomsnitt för kommunens "
         "F–3-skolor. Skolbyggnaden behöver dessutom en omfattande renovering av ventilation och tak.")
    para("Förvaltningen föreslår att skolan avvecklas och att eleverna erbjuds plats vid Videmåla centralskola, "
         "cirka sex kilometer bort. Den årliga besparingen beräknas till 2,9 mkr, varav lokalkostnader utgör "
         "den största delen. En barnkonsekvensanalys har genomförts och samråd med vårdnadshavare hölls "
         "2025-02-11. Rektor Frida Kullgren redogör för synpunkterna från samrådet.")
    para("Förslag till beslut", bold=True)
    para("Förvaltningens förslag: att Kvarnåsens skola avvecklas från och med 2026-08-01, att eleverna erbjuds "
         "placering vid Videmåla centralskola samt att förvaltningen får i uppdrag att i samråd med tekniska "
         "förvaltningen ta fram en plan för skolskjuts och trafiksäkerhet.")
    para("Yrkanden", bold=True)
    para("Annika Sjöstrand (S), Per-Olof Hedenius (M) och Karin Fältskog (L) yrkar bifall till förvaltningens "
         "förslag. Mats Granqvist (SD) yrkar, med instämmande av Yasmin Haddad (V), avslag på förvaltningens "
         "förslag.")
    para("Propositionsordning", bold=True)
    para("Ordföranden ställer proposition på förvaltningens förslag mot avslagsyrkandet och finner att nämnden "
         "bifaller förvaltningens förslag. Votering begärs.")
    para("Voteringsproposition", bold=True)
    para("Den som vill bifalla förvaltningens förslag röstar ja. Den som vill bifalla Mats Granqvists (SD) "
         "avslagsyrkande röstar nej.")
    para("Omröstningsresultat", bold=True)
    para(f"Med {JA} ja-röster mot {NEJ} nej-röster beslutar nämnden att bifalla förvaltningens förslag. "
         "Hur var och en har röstat framgår av voteringslistan.")
    rows = [["Ledamot/tjänstgörande ersättare", "Parti", "Ja", "Nej", "Avstår"]]
    for n, _, _, nv in LEDAMOTER:
        name = "Britt Sandahl" if n == "Johan Lilja" else n
        v = VOTES[name]
        rows.append([name, PARTI[name], "X" if v == "Ja" else "", "X" if v == "Nej" else "", ""])
    rows.append(["Summa", "", str(JA), str(NEJ), "0"])
    grid(rows, [7.0, 1.6, 2.4, 2.4, 2.4])
    para("Beslut", bold=True)
    para("Barn- och utbildningsnämnden beslutar")
    para("1. att Kvarnåsens skola avvecklas från och med 2026-08-01,")
    para("2. att eleverna vid Kvarnåsens skola erbjuds placering vid Videmåla centralskola,")
    para("3. att ge förvaltningen i uppdrag att i samråd med tekniska förvaltningen ta fram en plan för "
         "skolskjuts och trafiksäkerhet, som redovisas för nämnden senast i oktober 2025.")
    para("Reservationer", bold=True)
    para("Mats Granqvist (SD) och Erik Nordvall (SD) reserverar sig mot beslutet till förmån för eget yrkande. "
         "Yasmin Haddad (V) reserverar sig mot beslutet med en skriftlig reservation, bilaga 1.")
    para("Protokollsanteckning", bold=True)
    para("Britt Sandahl (KD) får till protokollet anteckna att Kristdemokraterna anser att landsbygdsskolornas "
         "framtid borde ha utretts samlat i stället för skola för skola.")
    para("Beslutet skickas till", bold=True)
    para("Kommunstyrelsen, tekniska nämnden, rektor för Kvarnåsens skola, rektor för Videmåla centralskola.")

    # ---- § 24
    paragraf(24, "Revidering av riktlinjer för skolskjuts", "BUN 2024/0211")
    para("Ärendebeskrivning", bold=True)
    para("Riktlinjerna för skolskjuts antogs 2019 och behöver anpassas till ändringarna i skollagen och till "
         "kommunens nya trafikavtal. De avståndsgränser som ger rätt till skolskjuts är oförändrade: 2 kilometer "
         "för förskoleklass till årskurs 3, 3 kilometer för årskurs 4–6 och 4 kilometer för årskurs 7–9. Nytt "
         "är att elever med växelvis boende kan beviljas skolskjuts från båda vårdnadshavarnas adresser om "
         "båda ligger inom kommunen.")
    para("Beslut", bold=True)
    para("Barn- och utbildningsnämnden beslutar att anta reviderade riktlinjer för skolskjuts, att gälla från "
         "och med 2025-07-01.")

    # ---- § 25
    paragraf(25, "Bidragsbelopp 2025 till fristående förskolor, pedagogisk omsorg och fritidshem",
             "BUN 2024/0198")
    para("Ärendebeskrivning", bold=True)
    para("Bidraget till enskilda huvudmän ska bestämmas efter samma grunder som kommunen tillämpar för sin egen "
         "verksamhet. Grundbeloppen för 2025 bygger på budget 2025 och innehåller ett administrationspåslag på "
         "3 procent och momskompensation på 6 procent.")
    rows = [["Verksamhet", "Grundbelopp 2025, kr per barn och år", "Grundbelopp 2024, kr per barn och år"]]
    rows += [[n, kr(a), kr(b)] for n, a, b in BELOPP]
    grid(rows, [6.4, 5.0, 5.0])
    para("Beslut", bold=True)
    para("Barn- och utbildningsnämnden beslutar att fastställa grundbeloppen för 2025 enligt tabellen, med "
         "retroaktiv tillämpning från 2025-01-01.")

    # ---- § 26
    paragraf(26, "Svar på medborgarförslag om utegym vid Videmåla centralskola", "BUN 2024/0177")
    para("Ärendebeskrivning", bold=True)
    para("I ett medborgarförslag föreslås att ett utegym byggs på skolgården vid Videmåla centralskola så att "
         "det kan användas både av eleverna och av allmänheten på kvällar och helger. Förvaltningen konstaterar "
         "att skolgården ska rustas upp 2026 inom ramen för tekniska nämndens investeringsplan och att förslaget "
         "kommer att vägas in i gestaltningsarbetet, där elevrådet också deltar.")
    para("Beslut", bold=True)
    para("Barn- och utbildningsnämnden beslutar att medborgarförslaget ska anses besvarat med hänvisning till "
         "förvaltningens yttrande.")

    # ---- § 27
    paragraf(27, "Anmälan av delegationsbeslut", "BUN 2025/0003")
    para("Beslut", bold=True)
    para("Barn- och utbildningsnämnden beslutar att lägga redovisningen av delegationsbeslut för perioden "
         "2025-02-01–2025-02-28 till handlingarna.")

    # ---- § 28
    paragraf(28, "Förvaltningschefen informerar", None)
    para("Förvaltningschef Marie Torstensson informerar om skolvalet inför hösten 2025, om arbetet med den nya "
         "läroplanen för förskoleklass och om att Skolinspektionens regelbundna tillsyn av Videmåla "
         "centralskola inleds i april.")
    para("Beslut", bold=True)
    para("Barn- och utbildningsnämnden beslutar att lägga informationen till handlingarna.")

    # ---- bilaga
    d.add_page_break()
    para("Bilaga 1 till § 23", bold=True, size=12.5)
    para("Reservation – avveckling av Kvarnåsens skola", bold=True)
    para("Vänsterpartiet anser att en liten skola nära hemmet är en trygghet för de yngsta eleverna. Längre "
         "skolvägar och skolskjuts för sexåringar är inte ett rimligt pris för en besparing som till stor del "
         "hade kunnat uppnås genom samverkan med förskolan i samma byggnad. Jag reserverar mig därför mot "
         "beslutet.")
    para("Videmåla 2025-03-18")
    para("Yasmin Haddad (V)")

    d.core_properties.title = "Protokoll barn- och utbildningsnämnden 2025-03-18"
    d.core_properties.author = "Jenny Alm"
    d.save(str(path))


if __name__ == "__main__":
    p = out_dir() / FILE
    build(p)
    print("wrote", p)
