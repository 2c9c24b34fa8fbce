"""Ljusterby kommun – kulturnämndens beslutsuppföljning per 2026-01-31. Markdown, as exported from an
intranet wiki.

Layout: YAML front matter (title, space, last_modified, author), a breadcrumb line, a wiki table-of-contents
macro "[[_TOC_]]", an info panel as a blockquote, then a pipe table of 14 earlier decisions with the columns
Beslutsdatum | § | Dnr | Beslut | Ansvarig | Status | Kommentar. Cells contain `<br>` line breaks and one
escaped pipe ("Biblioteksenheten \\| arkivet"); the status is a bare word (Verkställd / Pågår / Ej påbörjad).
Prose sections follow: sammanfattning with the counts, comments on ongoing and not-started decisions, next
follow-up.
"""
from collections import Counter

from common import out_dir

FILE = "ljusterby_kun_beslutsuppfoljning_2026-01.md"

ROWS = [
    ("2024-11-19", "§ 88", "KUN-2024-077", "Bokbuss införs från hösten 2025. Fordonet upphandlas inom en ram på "
     "3,6 mnkr.", "Biblioteksenheten", "Pågår", "Upphandlingen överprövades av en leverantör.<br>"
     "Förvaltningsrättens dom väntas under våren 2026."),
    ("2025-01-28", "§ 4", "KUN-2025-003", "Två kulturstipendier om vardera 15 000 kr delas ut 2025.",
     "Kulturenheten", "Verkställd", "Stipendierna delades ut på nationaldagen."),
    ("2025-02-25", "§ 12", "KUN-2025-011", "Meröppet bibliotek i Rödmossens filial, kl. 7–22 alla dagar.",
     "Biblioteksenheten", "Verkställd", "Meröppet sedan 2025-09-01.<br>312 låntagare har tecknat avtal."),
    ("2025-03-25", "§ 21", "KUN-2025-019", "Konstnärlig gestaltning i nya Solbergaskolan, 480 000 kr.",
     "Kulturenheten", "Pågår", "Konstnär utsedd (Mira Ekwall).<br>Installation planeras till hösten 2026."),
    ("2025-04-22", "§ 33", "KUN-2025-024", "Terminsavgiften i kulturskolan höjs från 650 kr till 750 kr "
     "från och med höstterminen 2025.", "Kulturskolan", "Verkställd", "Ny avgift debiteras sedan 2025-08-18."),
    ("2025-04-22", "§ 34", "KUN-2025-026", "Förvaltningen får i uppdrag att utreda syskonrabatt i "
     "kulturskolan.", "Kulturskolan", "Ej påbörjad", "Tas upp i översynen av avgiftsmodellen 2026."),
    ("2025-05-20", "§ 41", "KUN-2025-031", "Förvaltningen får i uppdrag att utreda en flytt av Ljusterby "
     "konsthall till gamla tingshuset.", "Kulturchef", "Ej påbörjad", "Avvaktar kommunens "
     "lokalförsörjningsplan.<br>Planen ska antas av kommunstyrelsen i juni 2026."),
    ("2025-06-17", "§ 52", "KUN-2025-040", "Reviderade riktlinjer för bidrag till kulturföreningar.",
     "Kulturenheten", "Verkställd", "Gäller från 2026-01-01."),
    ("2025-06-17", "§ 53", "KUN-2025-041", "Digitalisering av det lokalhistoriska bildarkivet, 320 000 kr.",
     "Biblioteksenheten \\| arkivet", "Pågår", "4 200 av cirka 10 500 bilder är digitaliserade.<br>Klart "
     "enligt plan i december 2026."),
    ("2025-09-16", "§ 63", "KUN-2025-052", "Slutredovisning av sommarlovsaktiviteter 2025 godkänns.",
     "Kulturenheten", "Verkställd", "Redovisad till Socialstyrelsen 2025-10-01."),
    ("2025-10-21", "§ 72", "KUN-2025-058", "Avtal med Ljusterby teaterförening om Godsmagasinet 2026–2028, "
     "210 000 kr per år.", "Kulturchef", "Verkställd", "Avtalet undertecknades 2025-11-12."),
    ("2025-11-18", "§ 81", "KUN-2025-066", "Ljusterby museum håller öppet även söndagar kl. 12–16.",
     "Museet", "Pågår", "Söndagsöppet införs 2026-03-01 när ny museivärd har anställts."),
    ("2025-12-09", "§ 90", "KUN-2025-071", "Förvaltningen får i uppdrag att ta fram en kulturplan för "
     "2027–2030.", "Kulturchef", "Pågår", "Dialogmöten hålls februari–april 2026."),
    ("2025-12-09", "§ 91", "KUN-2025-072", "Förvaltningen får i uppdrag att utreda ett kulturkort för "
     "16-åringar.", "Kulturenheten", "Ej påbörjad", "Kräver finansiering; tas upp i budgetdialogen "
     "inför 2027."),
]
COUNT = Counter(r[5] for r in ROWS)
assert dict(COUNT) == {"Verkställd": 6, "Pågår": 5, "Ej påbörjad": 3} and len(ROWS) == 14


def build():
    lines = ["---",
             'title: "Beslutsuppföljning kulturnämnden – per 2026-01-31"',
             "space: Kultur och fritid / Kulturnämnden",
             "last_modified: 2026-02-10T14:32:07+01:00",
             "author: Johanna Blom",
             "tags: [beslutsuppföljning, kulturnämnden, nämndadministration]",
             "---",
             "",
             "Intranät › Kultur och fritid › Kulturnämnden › Beslutsuppföljning",
             "",
             "# Beslutsuppföljning kulturnämnden – per 2026-01-31",
             "",
             "[[_TOC_]]",
             "",
             "> **Info**  ",
             "> Sidan är exporterad från Ljusterby kommuns intranät och redovisades för kulturnämnden "
             "2026-02-24, § 9 (Dnr KUN-2026-006). Listan omfattar kulturnämndens beslut med uppdrag eller "
             "åtgärder som fattats från och med november 2024. Fritidsnämndens beslut följs upp i en egen lista.",
             "",
             "## Sammanfattning",
             "",
             f"Av de {len(ROWS)} beslut som följs upp är {COUNT['Verkställd']} verkställda, {COUNT['Pågår']} "
             f"pågår och {COUNT['Ej påbörjad']} har ännu inte påbörjats. Inget beslut bedöms som försenat i "
             "förhållande till nämndens tidplan, med undantag för bokbussen, där starten har skjutits upp på "
             "grund av överprövningen.",
             "",
             "## Beslut och status",
             "",
             "| Beslutsdatum | § | Dnr | Beslut | Ansvarig | Status | Kommentar |",
             "|---|---|---|---|---|---|---|"]
    for r in ROWS:
        lines.append("| " + " | ".join(r) + " |")
    lines += ["",
              "Status: **Verkställd** = beslutet är genomfört. **Pågår** = arbetet har startat men är inte "
              "klart. **Ej påbörjad** = arbetet har inte startat.",
              "",
              "## Kommentarer till beslut som pågår",
              "",
              "### Bokbuss (§ 88/2024)",
              "",
              "Bokbussen skulle enligt beslutet ha börjat köra hösten 2025. Tilldelningsbeslutet i upphandlingen "
              "överprövades av en av de förlorande leverantörerna, och kommunen får inte teckna avtal förrän "
              "förvaltningsrätten har avgjort målet. Biblioteket kör under tiden en tillfällig hämta-och-lämna-"
              "service till byarna Norrlid och Stensjön med en hyrd skåpbil.",
              "",
              "### Konstnärlig gestaltning Solbergaskolan (§ 21/2025)",
              "",
              "Juryn utsåg i oktober 2025 konstnären Mira Ekwall. Verket ska placeras i skolans entréhall när "
              "skolan är färdigbyggd.",
              "",
              "## Ej påbörjade beslut",
              "",
              "- **Konsthallen (§ 41/2025):** utredningen startar först när lokalförsörjningsplanen är antagen, "
              "eftersom tingshusets framtida användning avgörs där.",
              "- **Syskonrabatt (§ 34/2025):** hanteras i den samlade översynen av kulturskolans avgifter.",
              "- **Kulturkort för 16-åringar (§ 91/2025):** kräver nya medel och kan tidigast genomföras 2027.",
              "",
              "## Nästa uppföljning",
              "",
              "Nästa uppföljning redovisas för kulturnämnden 2026-05-19. Verkställda beslut tas då bort ur listan.",
              "",
              "*Senast ändrad 2026-02-10 av Johanna Blom, nämndsekreterare.*",
              ""]
    (out_dir() / FILE).write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    build()
