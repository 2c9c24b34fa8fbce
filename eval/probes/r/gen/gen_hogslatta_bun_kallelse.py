"""Högslätta kommun, barn- och utbildningsnämnden, kallelse 2025-12-09 with föredragningslista and two
tjänsteskrivelser, as a markdown export of the meeting system. Proposals only – no decisions.

Invented municipality, people and figures. Assertions keep the figures consistent.
"""
from common import out_dir

# skolskjuts (mnkr in tenths): current cost, extra cost of proposal
skjuts_2025 = 142           # 14,2 mnkr
extra_gr = 6                # 0,6 mnkr from lowered distance limit
extra_vinter = 2            # 0,2 mnkr winter exception
assert extra_gr + extra_vinter == 8
nya_elever = 45 + 15
assert nya_elever == 60
# Västerbyskolan
elever = {2025: 312, 2028: 356, 2030: 390}
kapacitet = 330
assert elever[2030] - kapacitet == 60
alt = {"Alternativ A, tillbyggnad med sex klassrum": 48, "Alternativ B, ny skola för 450 elever": 132}

items = [
    ("1", "Val av justerare", "", ""),
    ("2", "Godkännande av dagordning", "", ""),
    ("3", "Ekonomisk uppföljning november 2025", "BUN 2025/021", "Föredragande: Johanna Mäkelä, controller"),
    ("4", "Riktlinjer för skolskjuts från och med läsåret 2026/27", "BUN 2025/311", "Tjänsteskrivelse bifogas"),
    ("5", "Lokalbehov Västerbyskolan – beställning av förstudie", "BUN 2025/274", "Tjänsteskrivelse bifogas"),
    ("6", "Internkontrollplan 2026", "BUN 2025/298", ""),
    ("7", "Sammanträdesplan 2026", "BUN 2025/305", ""),
    ("8", "Information: resultat från skolenkäten hösten 2025", "", "Föredragande: Oskar Lindblad, kvalitetsstrateg"),
    ("9", "Anmälan av delegationsbeslut", "BUN 2025/004", ""),
    ("10", "Förvaltningschefen informerar", "", ""),
]

L = []
L.append("# KALLELSE")
L.append("")
L.append("**Högslätta kommun** – Barn- och utbildningsnämnden")
L.append("")
L.append("| | |")
L.append("|---|---|")
L.append("| Tid | Tisdagen den 9 december 2025 kl. 13.30 |")
L.append("| Plats | Kommunhuset, sammanträdesrum Gullvivan |")
L.append("| Ordförande | Anders Hellqvist (KD) |")
L.append("| Sekreterare | Lina Borg |")
L.append("")
L.append("Ledamöter som är förhindrade att delta meddelar detta till nämndsekreteraren senast "
         "måndagen den 8 december kl. 12.00 så att ersättare kan kallas in. Gruppmöten hålls kl. 12.30.")
L.append("")
L.append("## Föredragningslista")
L.append("")
L.append("| Nr | Ärende | Dnr | Anmärkning |")
L.append("|---|---|---|---|")
for n, t, dnr, note in items:
    L.append(f"| {n} | {t} | {dnr} | {note} |")
L.append("")
L.append("Anders Hellqvist, ordförande  ")
L.append("Lina Borg, sekreterare")
L.append("")
L.append("---")
L.append("")
L.append("## Ärende 4 – Tjänsteskrivelse")
L.append("")
L.append("**Riktlinjer för skolskjuts från och med läsåret 2026/27**  ")
L.append("Dnr BUN 2025/311  ")
L.append("Datum: 2025-11-18  ")
L.append("Handläggare: Emil Sandberg, utredare, barn- och utbildningsförvaltningen")
L.append("")
L.append("### Förslag till beslut")
L.append("")
L.append("Barn- och utbildningsförvaltningen föreslår att barn- och utbildningsnämnden beslutar")
L.append("")
L.append("1. att anta Riktlinjer för skolskjuts enligt bilaga, att gälla från och med läsåret 2026/27,")
L.append("2. att avståndsgränsen för elever i årskurs 4–6 sänks från 3 kilometer till 2,5 kilometer,")
L.append("3. att kostnadsökningen hanteras inom nämndens ram för 2026.")
L.append("")
L.append("### Sammanfattning")
L.append("")
L.append("Nuvarande riktlinjer antogs 2019. Sedan dess har trafikmiljön längs flera skolvägar förändrats, "
         "bland annat genom den ökade tunga trafiken till industriområdet vid Malmkullen. Förvaltningen har "
         "gjort en översyn och föreslår att avståndsgränsen för mellanstadiet sänks. Avståndsgränserna för "
         "förskoleklass till årskurs 3 (2 kilometer) och för årskurs 7–9 (4 kilometer) föreslås vara oförändrade.")
L.append("")
L.append("### Ekonomiska konsekvenser")
L.append("")
L.append(f"Kostnaden för skolskjuts var 14,2 mnkr 2024 och väntas bli ungefär densamma 2025. Med den lägre "
         f"avståndsgränsen beräknas omkring {nya_elever} fler elever bli berättigade, vilket enligt "
         "trafikplaneraren ökar kostnaden med cirka 0,6 mnkr per år. Därtill föreslås ett undantag vintertid för "
         "elever längs väg 642 som beräknas kosta 0,2 mnkr. Den sammanlagda kostnadsökningen blir därmed "
         "0,8 mnkr per år.")
L.append("")
L.append("### Samverkan")
L.append("")
L.append("Ärendet har behandlats i förvaltningens samverkansgrupp 2025-11-25.")
L.append("")
L.append("Emil Sandberg  ")
L.append("Utredare")
L.append("")
L.append("---")
L.append("")
L.append("## Ärende 5 – Tjänsteskrivelse")
L.append("")
L.append("**Lokalbehov Västerbyskolan – beställning av förstudie**  ")
L.append("Dnr BUN 2025/274  ")
L.append("Datum: 2025-11-20  ")
L.append("Handläggare: Karin Wiklund, lokalstrateg")
L.append("")
L.append("### Förslag till beslut")
L.append("")
L.append("Barn- och utbildningsförvaltningen föreslår att barn- och utbildningsnämnden beslutar")
L.append("")
L.append("1. att hos kommunstyrelsen beställa en förstudie av alternativ A och B enligt tjänsteskrivelsen,")
L.append("2. att förstudien ska redovisas för nämnden senast i juni 2026.")
L.append("")
L.append("### Bakgrund")
L.append("")
L.append(f"Västerbyskolan (F–6) har i dag {elever[2025]} elever och är dimensionerad för {kapacitet}. Enligt "
         f"kommunens befolkningsprognos från april 2025 väntas elevantalet öka till {elever[2028]} år 2028 och "
         f"till {elever[2030]} år 2030, främst till följd av nybyggnationen i Västerby strand. Skolan saknar "
         "redan i dag ett grupprum per klass och matsalen används i tre sittningar.")
L.append("")
L.append("### Alternativ")
L.append("")
L.append("| Alternativ | Preliminär investering (mnkr) |")
L.append("|---|---|")
for a, v in alt.items():
    L.append(f"| {a} | {v} |")
L.append("")
L.append("Alternativ A ger plats för omkring 420 elever tillsammans med befintliga lokaler men kräver tillfälliga "
         "moduler under byggtiden. Alternativ B innebär att nuvarande byggnad, uppförd 1964, kan avyttras eller "
         "användas för annan verksamhet. Investeringsbeloppen är grova uppskattningar och ska preciseras i "
         "förstudien. Något val mellan alternativen görs inte i detta skede.")
L.append("")
L.append("### Konsekvenser för barn")
L.append("")
L.append("En barnkonsekvensanalys ska ingå i förstudien. Elevrådet på Västerbyskolan har informerats.")
L.append("")
L.append("Karin Wiklund  ")
L.append("Lokalstrateg")
L.append("")

(out_dir() / "hogslatta_bun_kallelse_2025-12-09.md").write_text("\n".join(L), encoding="utf-8")
