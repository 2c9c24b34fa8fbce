"""Alsmåla kommun – Valnämnden: tjänsteskrivelse om vallokaler och förtidsröstning vid valen 2026 (plain text as
saved from the case system: letter-head block, upper-case headings, numbered proposals, space-aligned tables with a
sum row, a cost table in tkr, signature block). Proposals only – valnämnden has not yet decided."""
from common import out_dir, sv_int, wrap

FILE = "alsmala_vn_tjansteskrivelse_vallokaler_2026.txt"
W = 100

DISTRIKT = [("Alsmåla Centrum", "Medborgarhuset, Stora salen", 1842),
            ("Alsmåla Väster", "Ekhagsskolan, matsalen", 1655),
            ("Alsmåla Öster", "Östergårdens fritidsgård", 1710),
            ("Bredåker", "Bredåkers bygdegård", 1120),
            ("Lerbäck", "Lerbäcks skola, gymnastiksalen", 980),
            ("Fallbo", "Fallbo missionshus", 640),
            ("Sjöryd", "Sjöryds bygdegård", 720),
            ("Tornhult", "Tornhults byagård", 560),
            ("Granstorp", "Granstorps skola, matsalen", 1030)]
RB_SUM = sum(r[2] for r in DISTRIKT)
assert RB_SUM == 10257 and len(DISTRIKT) == 9
FORTID = [("Medborgarhuset, biblioteket", "26 augusti–12 september", "Vardagar 10–19, lör–sön 11–15"),
          ("Alsmåla handelsplats, galleriet", "5–12 september", "Alla dagar 11–18"),
          ("Bredåkers bygdegård", "7–11 september", "14–18"),
          ("Lerbäcks skola, entréhallen", "8–10 september", "15–19")]
PER_DISTRIKT, FORTID_PERS, RESERVER = 6, 12, 8
RM = len(DISTRIKT) * PER_DISTRIKT + FORTID_PERS + RESERVER
assert RM == 74
ARVODE, ARVODE_ORDF, ARVODE_UTB = 2600, 3400, 500
KOST = [("Arvoden röstmottagare, valdagen", 520), ("Personal för förtidsröstning", 250), ("Lokalhyror", 85),
        ("Tillgänglighetsanpassning av lokaler", 180), ("Utbildning av röstmottagare", 60),
        ("Transporter och valmaterial", 145)]
KOST_SUM, BUDGET = sum(k for _, k in KOST), 950
assert KOST_SUM == 1240 and KOST_SUM - BUDGET == 290

L = []


def para(text):
    L.extend(wrap(text, W))
    L.append("")


def head(text):
    L.append(text.upper())
    L.append("")


L += ["ALSMÅLA KOMMUN", "Kommunledningsförvaltningen, kansliet", "",
      "TJÄNSTESKRIVELSE".ljust(60) + "Datum: 2025-10-21",
      "".ljust(60) + "Dnr VN.2025.14",
      "Handläggare: Petra Holmén, valsamordnare", "",
      "Till valnämnden", "", "",
      "Vallokaler, förtidsröstning och arvoden vid valen 2026", "=" * 53, ""]

head("Förslag till beslut")
for i, t in enumerate([
        "Valnämnden fastställer vallokaler för de nio valdistrikten enligt tabell 1.",
        "Valnämnden fastställer lokaler och öppettider för förtidsröstning enligt tabell 2.",
        f"Valnämnden fastställer arvoden för röstmottagare enligt avsnittet Röstmottagare.",
        f"Valnämnden hemställer hos kommunstyrelsen om ett tillskott på {sv_int(KOST_SUM - BUDGET)} tkr för "
        "genomförandet av valen 2026."], 1):
    lines = wrap(t, W - 4)
    L.append(f"{i}.  {lines[0]}")
    L.extend("    " + x for x in lines[1:])
L.append("")

head("Sammanfattning")
para("Den 13 september 2026 hålls val till riksdagen, regionfullmäktige och kommunfullmäktige. Valnämnden ansvarar "
     "för att det finns lämpliga vallokaler i varje valdistrikt och lokaler för förtidsröstning, och för att "
     "rekrytera och utbilda röstmottagare. Förvaltningen föreslår att två vallokaler byts ut jämfört med valen 2022, "
     "att förtidsröstning anordnas i fyra lokaler och att arvodena höjs. Kostnaden för valen beräknas överstiga "
     "valnämndens budget.")

head("Ärendet")
head("Valdistrikt och vallokaler")
para("Indelningen i nio valdistrikt är densamma som vid valen 2022. Tabell 1 visar föreslagna vallokaler och "
     "antalet röstberättigade i varje distrikt vid valen 2022. Uppgifter om röstberättigade inför valen 2026 "
     "lämnas av Valmyndigheten när röstlängden upprättas.")
L.append("Tabell 1. Valdistrikt och föreslagna vallokaler")
L.append("")
L.append(f"{'Valdistrikt':<20}{'Vallokal':<36}{'Röstberättigade 2022':>22}")
L.append("-" * 78)
for d, v, n in DISTRIKT:
    L.append(f"{d:<20}{v:<36}{sv_int(n):>22}")
L.append("-" * 78)
L.append(f"{'Summa':<56}{sv_int(RB_SUM):>22}")
L.append("")
para("Vallokalen för Alsmåla Centrum flyttas från Kyrkskolan till Medborgarhuset eftersom Kyrkskolan renoveras "
     "under 2026 och skolans entré inte uppfyller kraven på tillgänglighet. Medborgarhuset har hiss, "
     "parkering för rörelsehindrade och ett avskilt rum för valsedlar. I Lerbäck flyttas vallokalen till Lerbäcks "
     "skola sedan Lerbäcks Folkets hus sålts 2024.")
para("Samtliga vallokaler har besökts av valsamordnaren tillsammans med kommunens tillgänglighetssamordnare. I "
     "Fallbo missionshus och Tornhults byagård behövs tillfälliga ramper och förbättrad belysning vid entrén.")

head("Förtidsröstning")
para("Andelen väljare som förtidsröstar har ökat vid de senaste valen. Förvaltningen föreslår därför att "
     "förtidsröstningen i Medborgarhuset pågår under hela perioden och att den kompletteras med tre lokaler under "
     "kortare tid. Därutöver anordnas ambulerande röstmottagning på kommunens särskilda boenden 7–11 september.")
L.append("Tabell 2. Lokaler och öppettider för förtidsröstning")
L.append("")
L.append(f"{'Lokal':<36}{'Period':<28}{'Öppettider'}")
L.append("-" * 94)
for a, b, c in FORTID:
    L.append(f"{a:<36}{b:<28}{c}")
L.append("")

head("Röstmottagare")
para(f"I varje valdistrikt behövs {PER_DISTRIKT} röstmottagare på valdagen. Till förtidsröstningen behövs "
     f"{FORTID_PERS} röstmottagare och därutöver {RESERVER} reserver, totalt {RM} röstmottagare. Rekryteringen "
     "börjar i februari 2026, i första hand bland kommunens anställda och tidigare röstmottagare.")
para(f"Arvodet föreslås bli {sv_int(ARVODE)} kr för en röstmottagare under valdagen (2022: 2 200 kr) och "
     f"{sv_int(ARVODE_ORDF)} kr för ordförande i ett valdistrikt (2022: 2 900 kr). För den obligatoriska "
     f"utbildningen betalas {ARVODE_UTB} kr. Höjningen motiveras av att uppdraget blivit mer krävande och av att "
     "det varit svårt att rekrytera röstmottagare till distrikten utanför centralorten.")

head("Ekonomi")
L.append("Tabell 3. Beräknade kostnader för valen 2026, tkr")
L.append("")
for k, v in KOST:
    L.append(f"{k:<50}{sv_int(v):>10}")
L.append("-" * 60)
L.append(f"{'Summa':<50}{sv_int(KOST_SUM):>10}")
L.append("")
para(f"Valnämndens budget för 2026 är {sv_int(BUDGET)} tkr. De beräknade kostnaderna uppgår till "
     f"{sv_int(KOST_SUM)} tkr, vilket innebär att {sv_int(KOST_SUM - BUDGET)} tkr saknas. Förvaltningen föreslår "
     "att valnämnden begär ett tillskott från kommunstyrelsen. Kommunstyrelsen väntas behandla begäran i början "
     "av 2026.")

head("Ärendets beredning")
para("Ärendet har beretts av kansliet i samråd med fastighetsavdelningen och kommunens tillgänglighetssamordnare. "
     "Valnämnden behandlar ärendet vid sitt sammanträde 2025-11-05.")
L += ["", "Petra Holmén", "Valsamordnare", "", "Jan-Erik Moberg", "Kanslichef", "",
      "Beslutet ska skickas till:", "Kommunstyrelsen", "Fastighetsavdelningen", "Länsstyrelsen för kännedom"]

(out_dir() / FILE).write_text("\n".join(L) + "\n", encoding="utf-8")
