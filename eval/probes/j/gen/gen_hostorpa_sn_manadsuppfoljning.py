"""Höstorpa kommun – socialnämndens månadsuppföljning november 2025, as a plain-text export from a PDF-to-text tool.

Layout: fixed line width with words hyphenated across line breaks ("försörj-" / "ningsstödet"), a repeated
page header line and "– 2 –" page-number lines that interrupt paragraphs, and a key-figure table whose columns
are separated by runs of spaces.
"""
from common import out_dir, sv_int

FILE = "hostorpa_sn_manadsuppfoljning_2025-11.txt"

HH_N25, HH_N24 = 412, 388
UTB_N25, UTB_N24 = 4870, 4410                 # tkr in november
SNITT_N25, SNITT_N24 = round(UTB_N25 * 1000 / HH_N25), round(UTB_N24 * 1000 / HH_N24)
assert (SNITT_N25, SNITT_N24) == (11820, 11366)
ACK, BUDGET_FS, PROGNOS_FS = 51630, 52000, 56400  # tkr
AVV_FS = BUDGET_FS - PROGNOS_FS
assert AVV_FS == -4400 and PROGNOS_FS - ACK == 4770
ORO_N25, ORO_N24 = 148, 131
HVB_N25, HVB_N24 = 9, 11
FH_N25, FH_N24 = 38, 35
VUX_N25, VUX_N24 = 14, 12
AVV_PLAC, AVV_PERS = -2150, 450
AVV_TOT = AVV_FS + AVV_PLAC + AVV_PERS
assert AVV_TOT == -6100
ETABL_HH = 31

HEADER = "Höstorpa kommun          Socialnämnden          Månadsuppföljning november 2025"


def diff(a, b):
    return ("+" if a >= b else "−") + sv_int(abs(a - b))


def page(n):
    return f"\n{HEADER}\n\n                                         – {n} –\n\n"


def build():
    rows = [("Hushåll med försörjningsstöd, antal", HH_N25, HH_N24),
            ("Utbetalt försörjningsstöd, tkr", UTB_N25, UTB_N24),
            ("Genomsnitt per hushåll, kr", SNITT_N25, SNITT_N24),
            ("Orosanmälningar barn och unga", ORO_N25, ORO_N24),
            ("Placerade barn, HVB", HVB_N25, HVB_N24),
            ("Placerade barn, familjehem", FH_N25, FH_N24),
            ("Vuxna placerade, HVB missbruk", VUX_N25, VUX_N24)]
    table = [f"{'Nyckeltal':<40}{'Nov 2025':>12}{'Nov 2024':>12}{'Förändring':>14}",
             "-" * 78]
    table += [f"{name:<40}{sv_int(a):>12}{sv_int(b):>12}{diff(a, b):>14}" for name, a, b in rows]
    table = "\n".join(table)

    text = f"""{HEADER}

                                         – 1 –

MÅNADSUPPFÖLJNING NOVEMBER 2025
Socialnämnden, Höstorpa kommun
Dnr SN 2025/0088
Handläggare: Johanna Lundh, controller
Behandlas av socialnämnden 2025-12-16

1. Sammanfattning

Socialnämnden prognostiserar för helåret 2025 en negativ avvikelse mot
budget om {sv_int(-AVV_TOT)} tkr, vilket är en försämring med 900 tkr jämfört med
oktoberuppföljningen. Avvikelsen finns inom ekonomiskt bistånd och inom
placeringar av vuxna. Personalkostnaderna beräknas bli lägre än budgeterat
till följd av vakanta tjänster inom myndighetsutövningen.

2. Ekonomiskt bistånd

Antalet hushåll som fick försörjningsstöd under november var {HH_N25}, vilket
är {HH_N25 - HH_N24} fler än i november föregående år. Det utbetalda beloppet för
månaden uppgick till {sv_int(UTB_N25)} tkr. Det ackumulerade utfallet för försörj-
ningsstödet januari–november uppgår till {sv_int(ACK)} tkr, att jämföra med en
helårsbudget om {sv_int(BUDGET_FS)} tkr. Prognosen för helåret är {sv_int(PROGNOS_FS)} tkr,
vilket ger en negativ avvikelse om {sv_int(-AVV_FS)} tkr.

Ökningen förklaras främst av att {ETABL_HH} hushåll har övergått till försörj-
ningsstöd sedan deras etableringsersättning upphört under året. Flera av hushål-
len har stora barnfamiljer, vilket ger högre norm per hushåll. Genomsnittligt
utbetalt bistånd per hushåll var {sv_int(SNITT_N25)} kronor i november. Arbetsmark-
nadsenheten har sedan oktober förstärkt arbetet med individuella planer för
hushåll som uppbär bistånd längre än sex månader, och nämnden följer effek-
{page(2)}terna av arbetet i varje månadsuppföljning.

3. Barn och unga

Under november kom {ORO_N25} orosanmälningar in gällande barn och unga, att
jämföra med {ORO_N24} i november 2024. Antalet anmälningar har ökat under hös-
ten, främst från skolan. Antalet placerade barn i HVB har minskat till {HVB_N25},
medan antalet barn i familjehem har ökat till {FH_N25}. Förskjutningen mot
familjehemsplaceringar är i linje med nämndens mål och sänker den genom-
snittliga dygnskostnaden.

4. Vuxna

Antalet vuxna placerade i HVB på grund av missbruk var {VUX_N25} i november.
Placeringskostnaderna för vuxna beräknas överskrida budget med
{sv_int(-AVV_PLAC)} tkr för helåret. Två av placeringarna avser personer med
skyddat boende efter våld i nära relation, som kräver längre vistelse-
tider än vad som budgeterats.

5. Nyckeltal

{table}

Källa: verksamhetssystemet och ekonomisystemet, uttag 2025-12-04.
{page(3)}6. Åtgärder

Förvaltningen fortsätter arbetet enligt den handlingsplan som nämnden
antog i september. Handlingsplanen innebär bland annat att alla placer-
ingar av vuxna ska prövas på nytt var tredje månad och att samverkan med
Arbetsförmedlingen utvecklas för hushåll med ekonomiskt bistånd.

7. Förslag till beslut

Socialnämnden beslutar att godkänna månadsuppföljningen för november 2025.
"""
    assert "försörj-\nningsstödet" in text
    (out_dir() / FILE).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    build()
