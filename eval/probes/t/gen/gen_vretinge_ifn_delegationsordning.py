"""Vretinge kommun – Individ- och familjeomsorgsnämnden: delegationsordning 2026 (PDF, A4 portrait, reportlab
platypus, DejaVu Sans: cover block, running header and footer 'Sida N (M)', a förkortningar table, one table per
area with Nr / Ärende / Lagrum / Delegat / Anmärkning, a list of changes against the previous delegationsordning)."""
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, KeepTogether

from common import out_dir, register_dejavu, numbered_canvas, sv_int, pdf_invariant

pdf_invariant()

register_dejavu()
FILE = "vretinge_ifn_delegationsordning_2026.pdf"
DNR = "IFN-2025-0231"

# beloppsgränser for ekonomiskt bistånd utöver riksnormen (kr per tillfälle)
HANDL, FORSTE_NY, FORSTE_GAMMAL = 10000, 30000, 20000
assert HANDL < FORSTE_GAMMAL < FORSTE_NY

ABBR = [("IFN", "Individ- och familjeomsorgsnämnden"), ("IU", "Individutskottet"),
        ("Ordf", "Nämndens ordförande; vid förhinder vice ordförande eller annan ledamot som nämnden utsett"),
        ("FC", "Förvaltningschef"), ("AC", "Avdelningschef individ- och familjeomsorg"), ("EC", "Enhetschef"),
        ("1:e soc", "Förste socialsekreterare"), ("Soc", "Socialsekreterare"),
        ("Handl", "Handläggare ekonomiskt bistånd"), ("Famr", "Familjerättssekreterare")]

AREAS = [
    ("A", "Ekonomiskt bistånd", [
        ("A1", "Beslut om försörjningsstöd enligt riksnormen", "SoL", "Handl", ""),
        ("A2", f"Ekonomiskt bistånd utöver riksnormen (livsföring i övrigt) upp till {sv_int(HANDL)} kr per tillfälle",
         "SoL", "Handl", ""),
        ("A3", f"Ekonomiskt bistånd utöver riksnormen upp till {sv_int(FORSTE_NY)} kr per tillfälle", "SoL",
         "1:e soc", "Höjd gräns, se avsnitt 5"),
        ("A4", f"Ekonomiskt bistånd utöver riksnormen över {sv_int(FORSTE_NY)} kr per tillfälle", "SoL", "EC", ""),
        ("A5", "Bistånd till hyresskuld motsvarande högst två månadshyror", "SoL", "1:e soc", ""),
        ("A6", "Bistånd till hyresskuld motsvarande mer än två månadshyror", "SoL", "IU", ""),
        ("A7", "Bistånd till begravningskostnader upp till 50 % av prisbasbeloppet", "SoL", "Soc", ""),
        ("A8", "Beslut om återkrav av ekonomiskt bistånd", "SoL", "EC", ""),
        ("A9", "Beslut att väcka talan om återkrav hos förvaltningsrätten", "SoL", "IU", ""),
    ]),
    ("B", "Barn och unga", [
        ("B1", "Beslut att inleda utredning", "SoL", "Soc", ""),
        ("B2", "Beslut att inte inleda utredning eller att lägga ned utredning", "SoL", "1:e soc", ""),
        ("B3", "Beslut om placering av barn i familjehem eller jourhem (bistånd)", "SoL", "IU",
         "Vid brådska: Ordf"),
        ("B4", "Beslut om placering av barn på HVB", "SoL", "IU", "Vid brådska: Ordf"),
        ("B5", "Beslut om omedelbart omhändertagande", "6 § LVU", "Ordf",
         "Anmäls vid nästa sammanträde med IU"),
        ("B6", "Ansökan hos förvaltningsrätten om vård enligt LVU", "4 § LVU", "IU", ""),
        ("B7", "Beslut om kontaktperson eller kontaktfamilj", "SoL", "EC", ""),
        ("B8", "Arvode och omkostnadsersättning till familjehem enligt SKR:s riktlinjer", "SoL", "EC",
         "Utöver riktlinjerna: AC"),
    ]),
    ("C", "Vuxna och missbruk", [
        ("C1", "Beslut om placering på HVB för vuxna upp till 30 dygn", "SoL", "AC", "Ny delegering, se avsnitt 5"),
        ("C2", "Beslut om placering på HVB för vuxna längre än 30 dygn", "SoL", "IU", ""),
        ("C3", "Ansökan hos förvaltningsrätten om vård enligt LVM", "11 § LVM", "IU", ""),
        ("C4", "Beslut om omedelbart omhändertagande", "13 § LVM", "Ordf", ""),
    ]),
    ("D", "Familjerätt", [
        ("D1", "Godkännande av avtal om vårdnad, boende och umgänge", "6 kap. FB", "Famr", ""),
        ("D2", "Godkännande av bekräftelse av faderskap eller föräldraskap", "1 kap. FB", "Famr", ""),
        ("D3", "Yttrande till domstol i mål om vårdnad, boende och umgänge", "6 kap. FB", "Famr", ""),
    ]),
    ("E", "Övrigt", [
        ("E1", "Beslut i ärenden som är så brådskande att nämndens avgörande inte kan avvaktas", "6 kap. 39 § KL",
         "Ordf", "Anmäls vid nästa sammanträde"),
        ("E2", "Polisanmälan vid misstanke om brott mot den egna verksamheten", "", "AC", ""),
        ("E3", "Anmälan till IVO enligt lex Sarah", "SoL", "FC", ""),
        ("E4", "Omprövning av beslut och yttrande vid överklagande", "FL", "Den som fattat beslutet", ""),
    ]),
]
assert sum(len(r) for _, _, r in AREAS) == 28

base = ParagraphStyle("b", fontName="DejaVu", fontSize=9, leading=12, spaceAfter=5)
small = ParagraphStyle("s", parent=base, fontSize=7.6, leading=9.6, spaceAfter=0)
smallb = ParagraphStyle("sb", parent=small, fontName="DejaVu-Bold")
h1 = ParagraphStyle("h1", parent=base, fontName="DejaVu-Bold", fontSize=17, leading=21, spaceAfter=6)
h2 = ParagraphStyle("h2", parent=base, fontName="DejaVu-Bold", fontSize=11.5, leading=14, spaceBefore=9,
                    spaceAfter=4, textColor=colors.HexColor("#5b2a45"))
PW, PH = A4


def draw_page(c, n, total):
    c.saveState()
    c.setFillColor(colors.HexColor("#5b2a45"))
    c.rect(20 * mm, PH - 17 * mm, 4 * mm, 6 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    c.setFont("DejaVu-Bold", 9)
    c.drawString(26 * mm, PH - 13 * mm, "Vretinge kommun")
    c.setFont("DejaVu", 8)
    c.drawString(26 * mm, PH - 16.5 * mm, "Individ- och familjeomsorgsnämnden")
    c.drawRightString(PW - 20 * mm, PH - 13 * mm, "Delegationsordning")
    c.drawRightString(PW - 20 * mm, PH - 16.5 * mm, DNR)
    c.setFont("DejaVu", 7)
    c.drawString(20 * mm, 11 * mm, "Antagen av IFN 2025-11-26, § 142. Gäller från 2026-01-01.")
    c.drawRightString(PW - 20 * mm, 11 * mm, f"Sida {n} ({total})")
    c.restoreState()


def tbl(rows, widths, header=True):
    data = [[Paragraph(str(x), smallb if (header and i == 0) else small) for x in r] for i, r in enumerate(rows)]
    t = Table(data, colWidths=[w * mm for w in widths], repeatRows=1 if header else 0)
    style = [("LINEBELOW", (0, 0), (-1, -1), 0.3, colors.HexColor("#b9a3ae")),
             ("VALIGN", (0, 0), (-1, -1), "TOP"),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if header:
        style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eadde4")))
    t.setStyle(TableStyle(style))
    return t


def P(t, st=base):
    return Paragraph(t, st)


story = [
    P("Delegationsordning för individ- och familjeomsorgsnämnden", h1),
    P(f"Diarienummer {DNR}<br/>Antagen av individ- och familjeomsorgsnämnden 2025-11-26, § 142<br/>"
      "Gäller från 2026-01-01 och ersätter delegationsordningen antagen 2023-05-24, § 61"),
    P("1 Allmänt om delegering", h2),
    P("Nämnden får enligt 6 kap. 37 § kommunallagen (KL) uppdra åt ett utskott, en ledamot eller ersättare eller "
      "en anställd att besluta på nämndens vägnar. Den som fattar ett beslut med stöd av delegering beslutar på "
      "nämndens vägnar, och beslutet gäller som nämndens eget. Vissa ärenden får inte delegeras, bland annat "
      "ärenden som avser verksamhetens mål, inriktning, omfattning eller kvalitet och yttranden med anledning av att "
      "nämndens beslut i dess helhet överklagats (6 kap. 38 § KL)."),
    P("Delegaten kan alltid överlämna ett ärende till nämnden eller individutskottet för beslut, om ärendet är av "
      "principiell beskaffenhet eller annars av större vikt. Vid förfall för en delegat beslutar närmast "
      "överordnad chef. Beslut i ärenden som gäller en enskild person fattas av individutskottet när ärendet inte är "
      "delegerat till tjänsteperson."),
    P("2 Anmälan av delegationsbeslut", h2),
    P("Beslut som fattats med stöd av delegering anmäls till nämnden vid nästa sammanträde. Beslut i ärenden om "
      "enskilda anmäls genom listor ur verksamhetssystemet. Ordförandebeslut enligt LVU och LVM samt beslut i "
      "brådskande ärenden anmäls vid nästa sammanträde med individutskottet respektive nämnden."),
    P("3 Vidaredelegering", h2),
    P("Förvaltningschefen får enligt 7 kap. 6 § KL vidaredelegera sin beslutanderätt till annan anställd. Beslut som "
      "fattats med stöd av vidaredelegering anmäls till förvaltningschefen, som anmäler dem till nämnden."),
    P("4 Förkortningar", h2),
    tbl([["Förkortning", "Betydelse"]] + [list(r) for r in ABBR], [28, 142]),
]
for letter, name, rows in AREAS:
    story.append(KeepTogether([P(f"Avsnitt {letter}. {name}", h2),
                               tbl([["Nr", "Ärende", "Lagrum", "Delegat", "Anmärkning"]] + [list(r) for r in rows],
                                   [11, 78, 24, 22, 35])]))
story += [
    P("5 Ändringar jämfört med tidigare delegationsordning", h2),
    P(f"Beloppsgränsen för förste socialsekreterare vid ekonomiskt bistånd utöver riksnormen (A3) höjs från "
      f"{sv_int(FORSTE_GAMMAL)} kr till {sv_int(FORSTE_NY)} kr per tillfälle. Skälet är att många ärenden i dag "
      "lyfts till enhetschef trots att de inte är principiella, vilket förlänger handläggningstiden."),
    P("Beslut om placering på HVB för vuxna upp till 30 dygn (C1) delegeras till avdelningschef. Tidigare beslutade "
      "individutskottet i samtliga sådana ärenden, vilket medförde att akuta placeringar fick beslutas av ordförande."),
    P("Avsnitt D om familjerätt har kompletterats med yttrande till domstol (D3). Hänvisningarna till "
      "socialtjänstlagen har uppdaterats efter den nya socialtjänstlagen som trädde i kraft 1 juli 2025."),
    Spacer(1, 10),
    P("Individ- och familjeomsorgsnämnden<br/>Vretinge kommun"),
]

doc = SimpleDocTemplate(str(out_dir() / FILE), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                        topMargin=24 * mm, bottomMargin=18 * mm, title="Delegationsordning IFN",
                        author="Socialförvaltningen", creator="Microsoft® Word 2016")
doc.build(story, canvasmaker=numbered_canvas(draw_page))
