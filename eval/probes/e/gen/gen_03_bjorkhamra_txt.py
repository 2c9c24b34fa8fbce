"""Doc 3: Björkhamra kommun, barn- och utbildningsnämnden, månadsuppföljning oktober 2025 (plain text)."""
import os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "docs", "bjorkhamra_bun_manadsuppfoljning_2025-10.txt")

# name, årsbudget, avvikelse jan-okt (+ = överskott), helårsprognos
rows = [
    ("Nämnd och förvaltningsledning", 14200, 310, 13800),
    ("Förskola", 148600, 2180, 145900),
    ("Pedagogisk omsorg", 4300, 150, 4100),
    ("Fritidshem", 41800, -390, 42300),
    ("Förskoleklass", 17900, 40, 17900),
    ("Grundskola", 286400, -7260, 295200),
    ("Anpassad grundskola", 22700, -1520, 24600),
    ("Gymnasieskola", 132500, -2610, 135700),
    ("Vuxenutbildning (komvux och sfi)", 28900, 1180, 27400),
    ("Skolskjuts", 19600, -1170, 21050),
    ("Elevhälsa", 23100, 420, 22600),
]

def f(n):
    s = "{:,}".format(abs(n)).replace(",", " ")
    return ("-" if n < 0 else "") + s

table = []
tot = [0] * 6
for name, ab, pav, prog in rows:
    pb = int(round(ab * 10 / 12 / 10.0)) * 10
    utf = pb - pav
    hav = ab - prog
    vals = [ab, pb, utf, pb - utf, prog, hav]
    assert vals[3] == pav
    tot = [a + b for a, b in zip(tot, vals)]
    table.append((name, vals))
assert tot[3] == tot[1] - tot[2] and tot[5] == tot[0] - tot[4]

W = 34
hdr1 = "{:<{w}}{:>11}{:>12}{:>12}{:>12}{:>12}{:>12}".format("Verksamhet", "Årsbudget", "Budget", "Utfall", "Avvikelse", "Prognos", "Avvikelse", w=W)
hdr2 = "{:<{w}}{:>11}{:>12}{:>12}{:>12}{:>12}{:>12}".format("", "2025", "jan-okt", "jan-okt", "jan-okt", "helår", "helår", w=W)
line = "-" * len(hdr1)
lines = [hdr1, hdr2, line]
for name, v in table:
    lines.append("{:<{w}}".format(name, w=W) + "".join("{:>{x}}".format(f(x), x=(11 if i == 0 else 12)) for i, x in enumerate(v)))
lines.append(line)
lines.append("{:<{w}}".format("SUMMA NÄMNDEN", w=W) + "".join("{:>{x}}".format(f(x), x=(11 if i == 0 else 12)) for i, x in enumerate(tot)))
lines.append("=" * len(hdr1))
main_table = "\n".join(lines)
TOT = {k: f(v) for k, v in zip(["ab", "pb", "utf", "pav", "prog", "hav"], tot)}
print(TOT)

trend = [("Februari", -1500), ("Mars", -2100), ("April", -3400), ("Maj", -4200), ("Juni", -5900),
         ("Augusti", -7800), ("September", -9300), ("Oktober", tot[5])]
trend_txt = "\n".join("  {:<12}{:>10}".format(m, f(v)) for m, v in trend)

vol = [("Barn i förskola (egen regi och fristående)", "1 480", "1 437", "-43"),
       ("Barn i pedagogisk omsorg", "52", "49", "-3"),
       ("Elever i grundskola, egen regi", "3 120", "3 098", "-22"),
       ("Elever i fristående grundskolor", "410", "474", "64"),
       ("Elever i anpassad grundskola", "46", "49", "3"),
       ("Gymnasieelever, totalt", "1 050", "1 083", "33"),
       ("  varav i andra kommuners skolor", "388", "431", "43")]
vol_txt = "\n".join("{:<46}{:>10}{:>12}{:>12}".format(*r) for r in vol)

text = f"""BJÖRKHAMRA KOMMUN
Barn- och utbildningsnämnden
==========================================================================================================

MÅNADSUPPFÖLJNING OKTOBER 2025
Ekonomiskt utfall januari-oktober samt helårsprognos

Diarienummer:   BUN 2025/0087
Upprättad:      2025-11-10
Upprättad av:   Malin Sjöstedt, controller, Barn- och utbildningsförvaltningen
Behandlas:      Barn- och utbildningsnämnden 2025-11-19, ärende 6
Belopp:         tkr om inget annat anges. Negativ avvikelse = underskott (kostnad över budget).

----------------------------------------------------------------------------------------------------------
1. SAMMANFATTNING
----------------------------------------------------------------------------------------------------------

Barn- och utbildningsnämnden har en budgetram för 2025 på {TOT['ab']} tkr. Utfallet för januari-oktober
uppgår till {TOT['utf']} tkr, vilket är {TOT['pav'].lstrip('-')} tkr mer än periodens budget. Helårsprognosen visar ett
underskott på {TOT['hav'].lstrip('-')} tkr, en försämring med 1 250 tkr jämfört med prognosen i september (-9 300 tkr).

De största underskotten finns inom grundskolan, gymnasieskolan och anpassad grundskola. Förskolan och
vuxenutbildningen visar överskott som delvis täcker underskotten.

----------------------------------------------------------------------------------------------------------
2. EKONOMISKT UTFALL OCH PROGNOS PER VERKSAMHET (tkr)
----------------------------------------------------------------------------------------------------------

{main_table}

Periodens budget är beräknad som tio tolftedelar av årsbudgeten. Avvikelse jan-okt = budget jan-okt minus
utfall jan-okt. Avvikelse helår = årsbudget minus prognos.

----------------------------------------------------------------------------------------------------------
3. PROGNOSUTVECKLING 2025, AVVIKELSE MOT ÅRSBUDGET (tkr)
----------------------------------------------------------------------------------------------------------

  Månad           Prognos
{trend_txt}

Månadsuppföljning upprättas inte för januari och juli. Uppföljningen per augusti ingår i delårsrapporten.

----------------------------------------------------------------------------------------------------------
4. VOLYMER, OKTOBER 2025
----------------------------------------------------------------------------------------------------------

{"Antal":<46}{"Budget":>10}{"Utfall okt":>12}{"Skillnad":>12}
{vol_txt}

----------------------------------------------------------------------------------------------------------
5. ANALYS AV AVVIKELSER
----------------------------------------------------------------------------------------------------------

Grundskola (prognos -8 800 tkr)
  Underskottet har tre huvudsakliga orsaker. Antalet elever som går i fristående grundskolor är 64 fler
  än budgeterat, vilket ger högre kostnader för grundbelopp till fristående huvudmän med cirka 4 100 tkr
  på helår. Kostnaderna för tilläggsbelopp och extra anpassningar för elever i behov av särskilt stöd
  har ökat med cirka 3 200 tkr, främst vid Ekbackeskolan och Lindviksskolan som under hösten har tagit
  emot flera elever med omfattande stödbehov. Därtill har två elever placerats i resursskola i annan
  kommun, vilket beräknas kosta 1 500 tkr mer än budgeterat. Resultat per skolenhet redovisas inte i
  månadsuppföljningen utan i delårsrapport och årsbokslut.

Gymnasieskola (prognos -3 200 tkr)
  Fler elever än budgeterat har valt program i andra kommuners skolor (431 mot budgeterade 388). De
  interkommunala ersättningarna ökar därför med cirka 3 200 tkr jämfört med budget.

Anpassad grundskola (prognos -1 900 tkr)
  Tre fler elever än budgeterat, varav två med mycket omfattande behov som kräver egen assistent under
  hela skoldagen.

Skolskjuts (prognos -1 450 tkr)
  Det nya skolskjutsavtalet som gäller från 1 juli 2025 har indexuppräknats med 6,8 procent, att jämföra
  med budgeterade 3 procent. Dessutom har antalet anpassade resor med taxi för elever med särskilda
  behov ökat från 38 till 47 elever sedan vårterminen.

Fritidshem (prognos -500 tkr)
  Högre personalkostnader till följd av fler barn med behov av stöd på fritidshemmen i Norra området.

Förskola (prognos +2 700 tkr)
  Antalet inskrivna barn är 43 färre än budgeterat. Förvaltningen har därför inte ersatt vakanta
  tjänster vid två förskolor, vilket ger lägre personalkostnader.

Vuxenutbildning (prognos +1 500 tkr)
  Statsbidraget för regional yrkesinriktad vuxenutbildning blev 1 500 tkr högre än budgeterat.

Nämnd och förvaltningsledning (+400 tkr), pedagogisk omsorg (+200 tkr) och elevhälsa (+500 tkr)
  Överskotten beror på vakanser, bland annat en skolpsykologtjänst som varit vakant sedan augusti.

----------------------------------------------------------------------------------------------------------
6. ÅTGÄRDER
----------------------------------------------------------------------------------------------------------

  - Anställningsprövning: alla återbesättningar av tjänster prövas av förvaltningschefen till och med
    31 december 2025.
  - Förvaltningen ser över rutinerna för beslut om tilläggsbelopp och prövar alla nya ansökningar i en
    central resursgrupp.
  - Dialog förs med skolskjutsentreprenören om samordning av anpassade resor.
  - Åtgärderna beräknas förbättra resultatet med cirka 800 tkr under november-december. Effekten är
    inte inräknad i prognosen.

----------------------------------------------------------------------------------------------------------
7. FÖRSLAG TILL BESLUT
----------------------------------------------------------------------------------------------------------

  Barn- och utbildningsnämnden föreslås besluta
  att godkänna månadsuppföljningen för oktober 2025, samt
  att uppdra åt förvaltningschefen att fortsätta arbetet med åtgärder för en budget i balans.

Anders Wikholm                          Malin Sjöstedt
Förvaltningschef                        Controller

==========================================================================================================
Björkhamra kommun | Barn- och utbildningsförvaltningen | Månadsuppföljning oktober 2025 | BUN 2025/0087
"""
with open(OUT, "w", encoding="utf-8") as fh:
    fh.write(text)
print(text)
