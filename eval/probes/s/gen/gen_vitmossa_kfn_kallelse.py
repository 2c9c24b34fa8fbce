"""Vitmossa kommun – kallelse till kultur- och fritidsnämnden 2025-11-18 with three tjänsteskrivelser, as DOCX.

Layout of a Word kallelse assembled from templates: page header "Vitmossa kommun – Kultur- och fritidsnämnden" and
footer "Kallelse med handlingar 2025-11-18"; a Title "Kallelse"; a two-column info table (Tid / Plats /
Gruppmöten / Ordförande / Sekreterare); the föredragningslista as a "Table Grid" table (Nr / Ärende / Diarienummer /
Föredragande); then, after page breaks, three tjänsteskrivelser, each opening with a small label/value table
(Datum / Diarienummer / Handläggare), Heading 1 title, Heading 2 sections ("Förvaltningens förslag till beslut",
"Sammanfattning", "Ärendet", "Ekonomiska konsekvenser", ...), a numbered list of proposals, and in the second one a
taxa table (Anläggning / Kategori / Taxa 2025 / Förslag 2026, kr per timme). Proposals only – no decision.
"""
import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.shared import Cm, Pt

from common import out_dir, sv_int

OUT = out_dir() / "vitmossa_kfn_kallelse_2025-11-18.docx"

# ---- facts ----------------------------------------------------------------------------------------------------
OLD_BIDRAG, NEW_BIDRAG = 12, 14          # kr per deltagartillfälle
TILLFALLEN_2024 = 162_400
FORENINGAR = 64
COST_RAISE = (NEW_BIDRAG - OLD_BIDRAG) * TILLFALLEN_2024
assert COST_RAISE == 324_800             # "cirka 325 000 kronor"
LOKAL_SAVING = 95_000
NET = 325_000 - LOKAL_SAVING
assert NET == 230_000
BUDGET_2025, BUDGET_2026 = 3_180, 3_450  # tkr
assert BUDGET_2026 - BUDGET_2025 >= NET // 1000

TAXA = [  # anläggning, kategori, 2025, 2026 (kr per timme)
    ("Vitmossahallen, hel hall", "Ungdom", 95, 100),
    ("Vitmossahallen, hel hall", "Vuxen", 260, 280),
    ("Gymnastiksal i skola", "Ungdom", 60, 60),
    ("Gymnastiksal i skola", "Vuxen", 150, 160),
    ("Konstgräsplan, 11 mot 11", "Ungdom", 180, 190),
    ("Konstgräsplan, 11 mot 11", "Vuxen", 420, 450),
    ("Ishallen Frostvallen", "Ungdom", 250, 260),
    ("Ishallen Frostvallen", "Vuxen", 900, 950),
]
avg_raise = sum((n - o) / o for _, _, o, n in TAXA) / len(TAXA)
assert 0.045 < avg_raise < 0.055, avg_raise   # "i genomsnitt cirka 5 procent"
UTEGYM_COST, UTEGYM_DRIFT, SPONT_RAM = 380_000, 18_000, 1_200_000
assert UTEGYM_COST < SPONT_RAM

AGENDA = [
    ("1", "Upprop och val av justerare", "", ""),
    ("2", "Godkännande av dagordning", "", ""),
    ("3", "Månadsuppföljning oktober 2025", "KFN 2025.012", "Lina Åkerlund, controller"),
    ("4", "Föreningsbidrag 2026 – nya bidragsnivåer", "KFN 2025.087", "Amra Begović, fritidskonsulent"),
    ("5", "Taxor för lokaluthyrning 2026", "KFN 2025.094", "Patrik Sjöberg, fritidschef"),
    ("6", "Svar på medborgarförslag om utegym i Råbäck", "KFN 2025.061", "Oskar Lindén, projektledare"),
    ("7", "Biblioteksplan 2026–2029 – information", "KFN 2025.102", "Hanna Wallin, bibliotekschef"),
    ("8", "Redovisning av delegationsbeslut", "KFN 2025.004", "Jesper Öhman, nämndsekreterare"),
    ("9", "Meddelanden", "", ""),
]

d = docx.Document()
st = d.styles["Normal"]
st.font.name = "Calibri"
st.font.size = Pt(11)
sec = d.sections[0]
sec.left_margin = sec.right_margin = Cm(2.3)
sec.header.paragraphs[0].text = "Vitmossa kommun – Kultur- och fritidsnämnden"
sec.footer.paragraphs[0].text = "Kallelse med handlingar 2025-11-18"
d.core_properties.author = "Jesper Öhman"
d.core_properties.title = "Kallelse kultur- och fritidsnämnden 2025-11-18"


def kv_table(rows):
    t = d.add_table(rows=0, cols=2)
    for a, b in rows:
        c = t.add_row().cells
        c[0].text, c[1].text = a, b
        c[0].paragraphs[0].runs[0].bold = True
        c[0].width, c[1].width = Cm(4.2), Cm(12.0)
    return t


def page_break():
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def numbered(items):
    for it in items:
        d.add_paragraph(it, style="List Number")


def ts_head(datum, dnr, handl):
    p = d.add_paragraph()
    r = p.add_run("TJÄNSTESKRIVELSE")
    r.bold = True
    p.add_run("\tKultur- och fritidsförvaltningen")
    kv_table([("Datum", datum), ("Diarienummer", dnr), ("Handläggare", handl)])


# ---- kallelse -------------------------------------------------------------------------------------------------
d.add_paragraph("Kallelse", style="Title")
d.add_paragraph("Kultur- och fritidsnämnden kallas till sammanträde.")
kv_table([
    ("Tid", "Tisdagen den 18 november 2025 kl. 08.30"),
    ("Plats", "Kulturhuset Vävstolen, konferensrum Varpen"),
    ("Gruppmöten", "Kl. 07.45. Majoriteten i Varpen, oppositionen i rum Inslaget"),
    ("Ordförande", "Sofia Lindahl (L)"),
    ("Sekreterare", "Jesper Öhman, tfn 0461-280 17"),
])
d.add_paragraph("Ersättare kallas för kännedom. Den som har förhinder anmäler detta till sekreteraren så snart som "
                "möjligt, så att ersättare kan kallas in. Handlingarna finns även i nämndappen.")
d.add_heading("Föredragningslista", level=1)
t = d.add_table(rows=1, cols=4)
t.style = "Table Grid"
for c, h in zip(t.rows[0].cells, ("Nr", "Ärende", "Diarienummer", "Föredragande")):
    c.text = h
    c.paragraphs[0].runs[0].bold = True
for row in AGENDA:
    cells = t.add_row().cells
    for c, v in zip(cells, row):
        c.text = v
d.add_paragraph("Sofia Lindahl\nOrdförande")
d.add_paragraph("Jesper Öhman\nSekreterare")

# ---- tjänsteskrivelse 1 ---------------------------------------------------------------------------------------
page_break()
ts_head("2025-10-28", "KFN 2025.087", "Amra Begović, fritidskonsulent")
d.add_heading("Föreningsbidrag 2026 – nya bidragsnivåer", level=1)
d.add_heading("Förvaltningens förslag till beslut", level=2)
d.add_paragraph("Kultur- och fritidsnämnden beslutar att")
numbered([
    f"aktivitetsbidraget höjs från {OLD_BIDRAG} kr till {NEW_BIDRAG} kr per deltagartillfälle för deltagare "
    f"i åldern 7–20 år från och med den 1 januari 2026,",
    "lokalbidraget begränsas till högst 40 procent av föreningens godkända lokalkostnad och högst 150 000 kr per "
    "förening och år,",
    "de nya bidragsnivåerna gäller för ansökningar som avser verksamhetsåret 2026."])
d.add_heading("Sammanfattning", level=2)
d.add_paragraph(
    f"Aktivitetsbidraget har legat på {OLD_BIDRAG} kr per deltagartillfälle sedan 2019. Förvaltningen föreslår en "
    f"höjning för att kompensera föreningarna för ökade kostnader och för att stimulera fler aktiviteter för barn "
    f"och unga. Höjningen finansieras delvis genom att lokalbidraget begränsas.")
d.add_heading("Ärendet", level=2)
d.add_paragraph(
    f"Under 2025 fick {FORENINGAR} föreningar bidrag från kultur- och fritidsnämnden. För 2024 redovisade "
    f"föreningarna sammanlagt {sv_int(TILLFALLEN_2024)} deltagartillfällen för deltagare i åldern 7–20 år. "
    f"Lokalbidraget ersätter i dag hälften av föreningarnas godkända lokalkostnader utan något tak, vilket gör att "
    f"ett fåtal föreningar med egna anläggningar får en stor del av bidragsbudgeten.")
d.add_paragraph(
    "Förvaltningen har under september 2025 haft dialogmöten med föreningslivet. Flera föreningar har framfört att "
    "aktivitetsbidraget inte har följt kostnadsutvecklingen, särskilt för resor och domararvoden.")
d.add_heading("Ekonomiska konsekvenser", level=2)
d.add_paragraph(
    f"Höjningen av aktivitetsbidraget beräknas kosta cirka 325 000 kr per år med 2024 års antal "
    f"deltagartillfällen. Begränsningen av lokalbidraget minskar kostnaden med cirka {sv_int(LOKAL_SAVING)} kr. "
    f"Nettokostnaden blir därmed cirka {sv_int(NET)} kr per år, vilket ryms inom nämndens budget för "
    f"föreningsbidrag 2026 om {sv_int(BUDGET_2026)} tkr (2025: {sv_int(BUDGET_2025)} tkr).")
d.add_heading("Barnkonsekvensanalys", level=2)
d.add_paragraph("Förslaget bedöms gynna barn och unga, eftersom bidraget är kopplat till deltagande av barn och "
                "unga i åldern 7–20 år.")
d.add_heading("Beslutsunderlag", level=2)
d.add_paragraph("Tjänsteskrivelse 2025-10-28\nSammanställning av dialogmöten med föreningslivet, september 2025")
d.add_paragraph("Patrik Sjöberg\nFritidschef\n\nAmra Begović\nFritidskonsulent")

# ---- tjänsteskrivelse 2 ---------------------------------------------------------------------------------------
page_break()
ts_head("2025-10-30", "KFN 2025.094", "Patrik Sjöberg, fritidschef")
d.add_heading("Taxor för lokaluthyrning 2026", level=1)
d.add_heading("Förvaltningens förslag till beslut", level=2)
d.add_paragraph("Kultur- och fritidsnämnden föreslår kommunfullmäktige att")
numbered(["fastställa taxor för uthyrning av kultur- och fritidsnämndens anläggningar enligt tabellen nedan, att "
          "gälla från och med den 1 januari 2026."])
d.add_heading("Ärendet", level=2)
d.add_paragraph(
    "Taxorna för uthyrning av idrottshallar, gymnastiksalar, konstgräsplan och ishall ses över varje år. "
    "Förvaltningen föreslår att taxorna räknas upp för att följa kostnadsutvecklingen för energi, städning och "
    "underhåll. Höjningen är i genomsnitt cirka 5 procent. Taxan för ungdomsverksamhet i gymnastiksalar lämnas "
    "oförändrad.")
d.add_paragraph("Taxekategorin Ungdom gäller föreningsverksamhet för deltagare i åldern 7–20 år. Kategorin Vuxen "
                "gäller övrig föreningsverksamhet.")
tt = d.add_table(rows=1, cols=4)
tt.style = "Table Grid"
tt.alignment = WD_TABLE_ALIGNMENT.CENTER
for c, h in zip(tt.rows[0].cells, ("Anläggning", "Kategori", "Taxa 2025, kr/tim", "Förslag 2026, kr/tim")):
    c.text = h
    c.paragraphs[0].runs[0].bold = True
for a, k, o, n in TAXA:
    cells = tt.add_row().cells
    cells[0].text, cells[1].text, cells[2].text, cells[3].text = a, k, sv_int(o), sv_int(n)
d.add_heading("Ekonomiska konsekvenser", level=2)
d.add_paragraph("De föreslagna taxorna beräknas öka nämndens intäkter med cirka 310 000 kr per år vid oförändrad "
                "bokningsgrad.")
d.add_heading("Beslutsunderlag", level=2)
d.add_paragraph("Tjänsteskrivelse 2025-10-30\nJämförelse av taxor i länets kommuner")
d.add_paragraph("Patrik Sjöberg\nFritidschef")

# ---- tjänsteskrivelse 3 ---------------------------------------------------------------------------------------
page_break()
ts_head("2025-10-21", "KFN 2025.061", "Oskar Lindén, projektledare")
d.add_heading("Svar på medborgarförslag om utegym i Råbäck", level=1)
d.add_heading("Förvaltningens förslag till beslut", level=2)
d.add_paragraph("Kultur- och fritidsnämnden beslutar att")
numbered(["bifalla medborgarförslaget,",
          "ge förvaltningen i uppdrag att anlägga ett utegym vid Råbäcks skola under 2026."])
d.add_heading("Ärendet", level=2)
d.add_paragraph(
    "I ett medborgarförslag som inkom i april 2025 föreslås att kommunen bygger ett utegym i Råbäck. "
    "Förslagsställaren pekar på att det saknas platser för spontan träning i kommunens östra del. "
    "Kommunfullmäktige har överlämnat åt kultur- och fritidsnämnden att besvara förslaget.")
d.add_paragraph(
    "Förvaltningen har tillsammans med skolan undersökt tänkbara platser. Den föreslagna platsen ligger i "
    "anslutning till skolans bollplan och belysta motionsslinga, vilket gör att utegymmet kan användas även "
    "kvällstid under vinterhalvåret.")
d.add_heading("Ekonomiska konsekvenser", level=2)
d.add_paragraph(
    f"Utegymmet beräknas kosta {sv_int(UTEGYM_COST)} kr inklusive markarbeten och fallskydd. Investeringen "
    f"finansieras inom nämndens investeringsram för spontanidrott 2026, som uppgår till 1,2 mnkr. Den årliga "
    f"driftkostnaden för tillsyn och underhåll beräknas till {sv_int(UTEGYM_DRIFT)} kr och ryms inom budgeten för "
    f"anläggningsdrift.")
d.add_heading("Beslutsunderlag", level=2)
d.add_paragraph("Tjänsteskrivelse 2025-10-21\nMedborgarförslag om utegym i Råbäck\nKarta över föreslagen placering")
d.add_paragraph("Patrik Sjöberg\nFritidschef\n\nOskar Lindén\nProjektledare")

d.save(str(OUT))
print("wrote", OUT)
