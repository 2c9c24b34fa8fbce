"""Mossberga kommun – socialnämndens tjänsteskrivelse om reviderad taxa för tillstånd och tillsyn
enligt alkohollagen och lagen om tobak och liknande produkter. Plain text with ASCII grid tables
(+---+ borders), as pasted from an e-mail/ärendesystem export."""
from common import out_dir, sv_int

FILE = "mossberga_sn_taxa_alkohol_tobak_2026.txt"

# avgiftsslag, nuvarande avgift (kr), föreslagen 2026 (kr), beräknad volym 2026
AVGIFTER = [
    ("Nyansökan stadigvarande serveringstillstånd, allmänheten", 10_500, 11_800, 6),
    ("Nyansökan stadigvarande serveringstillstånd, slutet sällskap", 6_000, 6_800, 2),
    ("Ändring av stadigvarande tillstånd (t.ex. utökad serveringstid)", 3_500, 4_000, 9),
    ("Tillfälligt serveringstillstånd, allmänheten", 3_000, 3_400, 24),
    ("Tillfälligt serveringstillstånd, slutet sällskap", 800, 900, 30),
    ("Kunskapsprov, prov och omprov", 1_000, 1_200, 10),
    ("Anmälan om catering till slutet sällskap", 1_500, 1_700, 3),
    ("Pausservering", 2_000, 2_200, 2),
    ("Fast årlig tillsynsavgift, serveringstillstånd", 2_500, 2_800, 48),
    ("Försäljningstillstånd tobak, nyansökan", 8_500, 9_500, 3),
    ("Årlig tillsynsavgift, tobak", 3_000, 3_400, 21),
]
ROKLASS = [  # omsättningsklass alkohol (kr/år), nuvarande, föreslagen, antal tillstånd
    ("0 - 100 000", 1_000, 1_100, 8),
    ("100 001 - 250 000", 2_000, 2_300, 12),
    ("250 001 - 500 000", 3_000, 3_500, 14),
    ("500 001 - 1 000 000", 4_500, 5_200, 9),
    ("över 1 000 000", 6_500, 7_500, 5),
]
assert sum(r[3] for r in ROKLASS) == AVGIFTER[8][3] == 48  # every tillstånd pays both fast and rörlig avgift
INT_OLD = sum(a * n for _, a, _, n in AVGIFTER + ROKLASS)
INT_NEW = sum(b * n for _, _, b, n in AVGIFTER + ROKLASS)
assert (INT_OLD, INT_NEW) == (576_500, 654_500)
assert f"{(INT_NEW / INT_OLD - 1) * 100:.1f}" == "13.5"  # "höjs med i genomsnitt 13,5 procent"
HOURS, TIMKOSTNAD = 14, 845
assert HOURS * TIMKOSTNAD == 11_830 and round(HOURS * TIMKOSTNAD, -2) == AVGIFTER[0][2]
KOSTNAD_VERKSAMHET = 712_000
TG_OLD = round(INT_OLD / KOSTNAD_VERKSAMHET * 100)
TG_NEW = round(INT_NEW / KOSTNAD_VERKSAMHET * 100)
assert (TG_OLD, TG_NEW) == (81, 92)
JAMFOR = [("Mossberga, nuvarande", 10_500), ("Mossberga, förslag 2026", 11_800), ("Kronbäcka kommun", 12_400),
          ("Lilltorpa kommun", 10_900), ("Medianvärde i länet", 11_500)]


def grid(header, rows, aligns):
    cols = list(zip(header, *rows))
    w = [max(len(str(x)) for x in c) for c in cols]
    sep = "+" + "+".join("-" * (x + 2) for x in w) + "+"

    def line(vals):
        return "| " + " | ".join(str(v).ljust(w[i]) if aligns[i] == "l" else str(v).rjust(w[i])
                                 for i, v in enumerate(vals)) + " |"
    out = [sep, line(header), sep.replace("-", "=")]
    out += [line(r) for r in rows]
    out.append(sep)
    return "\n".join(out)


def text():
    t1 = grid(["Avgiftsslag", "Nuvarande avgift, kr", "Förslag 2026, kr", "Förändring, kr"],
              [[n, sv_int(a), sv_int(b), sv_int(b - a, plus=True)] for n, a, b, _ in AVGIFTER],
              "lrrr")
    t2 = grid(["Omsättning alkohol, kr per år", "Nuvarande avgift, kr", "Förslag 2026, kr"],
              [[k, sv_int(a), sv_int(b)] for k, a, b, _ in ROKLASS], "lrr")
    t3 = grid(["Kommun", "Nyansökan allmänheten, kr"], [[k, sv_int(v)] for k, v in JAMFOR], "lr")
    return f"""MOSSBERGA KOMMUN
Socialförvaltningen, Tillståndsenheten

TJÄNSTESKRIVELSE
Datum:          2025-09-02
Diarienummer:   SN 2025/0214-706
Handläggare:    Therese Blomgren, tillståndshandläggare
Mottagare:      Socialnämnden

Revidering av taxa för tillstånd och tillsyn enligt alkohollagen och lagen om tobak och liknande produkter

FÖRSLAG TILL BESLUT
Socialnämnden föreslår kommunfullmäktige besluta

1. att anta reviderad taxa för prövning och tillsyn enligt alkohollagen (2010:1622) och lagen (2018:2088)
   om tobak och liknande produkter enligt bilaga 1, att gälla från och med 2026-01-01,
2. att socialnämnden får i uppdrag att årligen räkna upp avgifterna med förändringen av
   prisindex för kommunal verksamhet (PKV), avrundat till närmaste hundratal kronor.

SAMMANFATTNING
Kommunens avgifter för serveringstillstånd och tobakstillstånd har inte ändrats sedan 2021 och täcker i dag
ungefär {TG_OLD} procent av kostnaderna för handläggning och tillsyn. Kommunen får enligt alkohollagen och
tobakslagen ta ut avgifter som motsvarar självkostnaden. Förvaltningen föreslår att avgifterna höjs med i
genomsnitt 13,5 procent, så att kostnadstäckningsgraden ökar till cirka {TG_NEW} procent. Förslaget innebär
att intäkterna beräknas öka från {sv_int(INT_OLD)} kronor till {sv_int(INT_NEW)} kronor per år, räknat på
samma ärendevolymer som 2024.

ÄRENDET
Bakgrund
Kommunfullmäktige antog nuvarande taxa 2020-11-23, § 118 (Dnr KS 2020/0412), med giltighet från
2021-01-01. Sedan dess har lönekostnaderna och kostnaderna för verksamhetssystem och kunskapsprov ökat.
Tillståndsenheten har 2,1 årsarbetare som arbetar med alkohol- och tobaksfrågor. Verksamhetens totala
kostnad, inklusive overhead, beräknas till {sv_int(KOSTNAD_VERKSAMHET)} kronor för 2026.

Beräkning av avgifterna
Avgifterna har beräknats utifrån den genomsnittliga handläggningstiden för respektive ärendetyp och en
timkostnad på {TIMKOSTNAD} kronor. En nyansökan om stadigvarande serveringstillstånd till allmänheten tar i
genomsnitt {HOURS} timmar att handlägga, vilket ger {sv_int(HOURS * TIMKOSTNAD)} kronor. Avgiften föreslås
därför bli {sv_int(AVGIFTER[0][2])} kronor. Avgiften för kunskapsprov höjs mer än övriga avgifter,
eftersom Folkhälsomyndighetens avgift för det digitala provet har höjts.

Nuvarande och föreslagna avgifter
{t1}

Rörlig tillsynsavgift för serveringstillstånd
Utöver den fasta tillsynsavgiften betalar varje tillståndshavare en rörlig avgift som beror på föregående
års omsättning av alkoholdrycker enligt restaurangrapporten.

{t2}

Jämförelse med andra kommuner
Förvaltningen har jämfört avgiften för nyansökan om stadigvarande serveringstillstånd till allmänheten med
två grannkommuner och med medianvärdet för kommunerna i länet.

{t3}

Konsekvenser
Höjningen påverkar i första hand restauranger och föreningar som ansöker om tillfälliga tillstånd.
Föreningar som ansöker om tillfälligt tillstånd för slutet sällskap vid högst ett tillfälle per år
betalar även fortsättningsvis en reducerad avgift. Förslaget har stämts av med företagarföreningen i
Mossberga, som inte hade några invändningar mot principen om full kostnadstäckning.

Ärendets fortsatta hantering
Ärendet behandlas av socialnämnden 2025-09-17 och därefter av kommunstyrelsen. Behandling i
kommunfullmäktige planeras till sammanträdet 2025-11-24.

Beslutsunderlag
- Denna tjänsteskrivelse, 2025-09-02
- Bilaga 1: Förslag till taxa för prövning och tillsyn enligt alkohollagen och tobakslagen
- Bilaga 2: Beräkning av handläggningstider per ärendetyp

Kristoffer Almén                     Therese Blomgren
Socialchef                           Tillståndshandläggare

Beslutet ska skickas till
Kommunfullmäktige, kommunstyrelsen, ekonomienheten, tillståndsenheten
"""


if __name__ == "__main__":
    p = out_dir() / FILE
    p.write_text(text(), encoding="utf-8")
    print("wrote", p)
