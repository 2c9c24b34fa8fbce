"""Furuhamra kommun – miljö- och hälsoskyddsnämnden, tjänsteskrivelse on a revised taxa, as a plain-text
e-mail export (Från/Till/Ärende/Datum headers). The fee table is fixed-width: columns separated by runs of
spaces, with a header that spans two lines."""
from common import out_dir, sv_int, sv_tenths

FILE = "furuhamra_mhn_taxa_2026_epost.txt"

# avgiftsslag, nuvarande kr, föreslagen kr
FEES = [
    ("Timavgift, tillsyn enligt miljöbalken", 1180, 1350),
    ("Timavgift, offentlig livsmedelskontroll", 1240, 1420),
    ("Timavgift, tillsyn tobak och nikotin", 1180, 1350),
    ("Registrering av livsmedelsanläggning", 2360, 2700),
    ("Anmälan om värmepump (fast avgift)", 2950, 3375),
    ("Ansökan om enskilt avlopp (fast avgift)", 5900, 6750),
]


def pct_tenths(old, new):
    """Percentage change in tenths, rounded half up."""
    return (2000 * (new - old) + old) // (2 * old)


PCT = [pct_tenths(o, n) for _, o, n in FEES]
assert PCT == [144, 145, 144, 144, 144, 144]
# the fixed fees are the hourly fee times a number of hours (2, 2,5 and 5 hours)
assert FEES[3][2] == 2 * 1350 and FEES[4][2] * 2 == 5 * 1350 and FEES[5][2] == 5 * 1350
assert FEES[3][1] == 2 * 1180 and FEES[4][1] * 2 == 5 * 1180 and FEES[5][1] == 5 * 1180

# självkostnad (tkr)
KOSTNAD_TILLSYN = 6420
INTAKT_NU = 3980
INTAKT_OKNING = 590
INTAKT_NY = INTAKT_NU + INTAKT_OKNING
assert INTAKT_NY == 4570
assert round(100 * INTAKT_NU / KOSTNAD_TILLSYN) == 62 and round(100 * INTAKT_NY / KOSTNAD_TILLSYN) == 71


def table():
    w = [42, 12, 12, 11]
    lines = ["Avgiftsslag".ljust(w[0]) + "Nuvarande".rjust(w[1]) + "Föreslagen".rjust(w[2] + 2) + "Förändring".rjust(w[3] + 2),
             "".ljust(w[0]) + "avgift, kr".rjust(w[1]) + "avgift, kr".rjust(w[2] + 2) + "procent".rjust(w[3] + 2),
             "-" * (sum(w) + 4)]
    for (name, o, n), p in zip(FEES, PCT):
        lines.append(name.ljust(w[0]) + sv_int(o).rjust(w[1]) + sv_int(n).rjust(w[2] + 2) +
                     ("+" + sv_tenths(p)).rjust(w[3] + 2))
    return "\n".join(lines)


TEXT = f"""Från: Rebecka Nordahl <rebecka.nordahl@furuhamra.se>
Till: Miljö- och hälsoskyddsnämndens arbetsutskott <mhn.au@furuhamra.se>
Kopia: Magnus Strid <magnus.strid@furuhamra.se>; Registrator <registrator@furuhamra.se>
Ärende: Tjänsteskrivelse – Revidering av taxa för miljö- och hälsoskyddsnämndens verksamhet, Dnr 2025/412 - 042
Datum: 2025-10-21 09:47

Hej!

Här kommer tjänsteskrivelsen om den reviderade taxan inför arbetsutskottets möte den 30 oktober.
Texten nedan är densamma som i den registrerade handlingen. Tabellen är inklistrad som text, så
kolumnerna kan se förskjutna ut i vissa e-postprogram.

Hälsningar
Rebecka Nordahl
Miljöstrateg, Miljö- och hälsoskyddsförvaltningen, Furuhamra kommun
Tfn 0000-12 34 56

======================================================================
FURUHAMRA KOMMUN
Miljö- och hälsoskyddsförvaltningen

TJÄNSTESKRIVELSE                                   2025-10-20
                                                   Dnr 2025/412 - 042

Revidering av taxa för miljö- och hälsoskyddsnämndens verksamhet

Sammanfattning
--------------
Förvaltningen föreslår att timavgiften för tillsyn enligt miljöbalken höjs från 1 180 kronor till
1 350 kronor och att timavgiften för offentlig livsmedelskontroll höjs från 1 240 kronor till
1 420 kronor. De fasta avgifter som beräknas som ett antal timmar gånger timavgiften räknas om i
samma proportion. Den reviderade taxan föreslås träda i kraft den 1 februari 2026.

Bakgrund
--------
Timavgifterna i Furuhamra har inte räknats upp sedan 2022, trots att kommunfullmäktige i taxan gav
nämnden rätt att årligen räkna upp avgifterna med prisindex för kommunal verksamhet (PKV). Nämnden har
inte utnyttjat den möjligheten. Samtidigt har kostnaderna för tillsynen ökat, bland annat genom nya
lönenivåer och ett nytt verksamhetssystem. Sveriges Kommuner och Regioner har tagit fram underlag
för beräkning av timavgift, som förvaltningen har använt.

Förvaltningens beräkning visar att den totala kostnaden för tillsyn och prövning 2025 beräknas till
{sv_int(KOSTNAD_TILLSYN)} tkr, medan avgiftsintäkterna med nuvarande taxa beräknas till {sv_int(INTAKT_NU)} tkr.
Självkostnadstäckningen är därmed 62 procent. Med den föreslagna taxan beräknas intäkterna öka med
{sv_int(INTAKT_OKNING)} tkr per år till {sv_int(INTAKT_NY)} tkr, vilket ger en självkostnadstäckning på 71 procent.
Resterande del finansieras med skattemedel, bland annat för rådgivning och information som inte får
avgiftsbeläggas.

Förslag till nya avgifter
-------------------------
{table()}

Avgiften för registrering av livsmedelsanläggning motsvarar två timmar, anmälan om värmepump två och
en halv timme och ansökan om enskilt avlopp fem timmar. Den årliga avgiften för fast tillsyn inom
miljöbalkens område beräknas som timavgiften gånger det antal timmar som anges för respektive
verksamhetskod i bilaga 1 till taxan. Timfaktorerna i bilaga 1 föreslås vara oförändrade.

Jämförelse med andra kommuner
-----------------------------
Förvaltningen har jämfört med kommunerna i det regionala miljösamverkansnätverket. Den föreslagna
timavgiften för tillsyn enligt miljöbalken ligger i nivå med genomsnittet i nätverket. Den största
kommunen i nätverket tar i dag ut 1 420 kronor per timme.

Konsekvenser för företag och enskilda
-------------------------------------
För ett typiskt enskilt avlopp ökar avgiften med 850 kronor. En restaurang med två timmars årlig
kontrolltid får en ökning av den årliga kontrollavgiften med 360 kronor. Förvaltningen bedömer att
höjningen är rimlig i förhållande till att avgifterna har legat oförändrade i fyra år.

Samverkan
---------
Ärendet har behandlats i förvaltningens samverkansgrupp 2025-10-14 utan erinran.

Beslutsgång
-----------
  1. Miljö- och hälsoskyddsnämndens arbetsutskott        2025-10-30
  2. Miljö- och hälsoskyddsnämnden                        2025-11-13
  3. Kommunstyrelsen                                      2025-12-02
  4. Kommunfullmäktige                                    2025-12-15

Förslag till beslut
-------------------
Miljö- och hälsoskyddsnämnden föreslår kommunstyrelsen att föreslå kommunfullmäktige besluta

  att anta reviderad taxa för miljö- och hälsoskyddsnämndens verksamhet enligt bilaga 2,
  att taxan ska träda i kraft den 1 februari 2026, samt
  att nämnden även fortsättningsvis får räkna upp timavgifterna årligen med PKV från och med
      den 1 januari 2027.

Magnus Strid                          Rebecka Nordahl
Förvaltningschef                      Miljöstrateg

Bilagor
  1. Timfaktorer per verksamhetskod (oförändrad)
  2. Reviderad taxa, förslag
  3. Beräkning av timavgift enligt SKR:s modell
======================================================================
"""


def build():
    (out_dir() / FILE).write_text(TEXT, encoding="utf-8")


if __name__ == "__main__":
    build()
