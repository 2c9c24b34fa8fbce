"""Sälgnäs kommun – Förskolenämnden: yttrande över motion om barnomsorg på obekväm arbetstid (markdown export of a
case-management system: h1, bold board line, pipe table of case facts, '## ' sections, blockquoted att-satser,
a pipe table of alternatives with costs, the nämnd's decision with a reservation)."""
from common import out_dir, sv_int, sv_tenths

FILE = "salgnas_fsn_yttrande_motion_obekvam_arbetstid.md"

BARN, SVAR = 1140, 612
PCT = round(100 * SVAR / BARN)
assert PCT == 54
BEHOV = {"kvällar efter kl. 21.00": 18, "nätter": 11, "helger": 9}
YRKEN = {"vård och omsorg": 21, "industri med skiftarbete": 9, "handel och transport": 8}
assert sum(BEHOV.values()) == sum(YRKEN.values()) == 38
ALT = [("A", "Utökade öppettider på förskolan Tistelbacken till kl. 23.00 vardagar", 12, 1450),
       ("B", "En avdelning öppen dygnet runt alla dagar", 10, 6900),
       ("C", "Pedagogisk omsorg (dagbarnvårdare) på obekväm arbetstid", 6, 1900)]
B_PER_PLATS = ALT[1][3] // ALT[1][2]
assert B_PER_PLATS == 690
SNITT = 168
PROGNOS = -32  # tenths of mnkr

alt_rows = "\n".join(f"| {a} | {t} | {p} | {sv_int(k)} |" for a, t, p, k in ALT)
(bk, bv), (nk, nv), (hk, hv) = BEHOV.items()
behov = f"{bv} familjer behov av omsorg {bk}, {nv} familjer behov av omsorg {nk} och {hv} familjer behov av omsorg {hk}"

md = f"""# Yttrande över motion om barnomsorg på kvällar, nätter och helger

**Förskolenämnden, Sälgnäs kommun**

| Uppgift | Värde |
|---|---|
| Diarienummer | FSN 2025.045 |
| Kommunstyrelsens diarienummer | KS 2025/118 |
| Datum | 2025-09-30 |
| Handläggare | Therese Ahlgren, utvecklingsstrateg |
| Mottagare | Kommunstyrelsen |

## Sammanfattning

Förskolenämnden har fått motionen om barnomsorg på obekväm arbetstid på remiss från kommunstyrelsen. En
behovsinventering har genomförts under våren 2025. Den visar ett begränsat men tydligt behov av omsorg på kvällar,
nätter och helger. Förvaltningen bedömer att en avdelning som är öppen dygnet runt inte ryms i nämndens ekonomi och
föreslår att motionens första att-sats avslås och att den andra anses besvarad.

## Motionen

Sara Lindqvist (S) och Omar Haddad (S) väckte motionen i kommunfullmäktige 2025-03-24, § 31. Kommunstyrelsen
remitterade den 2025-04-08 till förskolenämnden för yttrande senast 2025-10-15. Motionärerna yrkar

> 1. att Sälgnäs kommun inför barnomsorg på kvällar, nätter och helger senast hösten 2026,
> 2. att förskolenämnden inventerar behovet av sådan omsorg bland kommunens föräldrar.

Motionärerna pekar på att många i kommunen arbetar inom äldreomsorgen och industrin med schemalagda kvälls- och
nattpass, och att ensamstående föräldrar i dag kan ha svårt att ta sådana anställningar.

## Bakgrund

Enligt 25 kap. 5 § skollagen ska kommunen sträva efter att erbjuda omsorg för barn under den tid förskola inte
erbjuds, om föräldrarnas arbetstider kräver det. Det är alltså inte en skyldighet. Kommunens förskolor har i dag
öppet kl. 06.30–18.30. Förskolan Tistelbacken har sedan augusti 2023 utökade öppettider kl. 06.00–21.00 på
vardagar för barn vars vårdnadshavare arbetar på kvällar. Omsorg på nätter och helger erbjuds inte.

## Behovsinventering

Under april 2025 skickades en enkät till vårdnadshavarna till samtliga {sv_int(BARN)} barn i kommunens förskolor.
{SVAR} vårdnadshavare svarade, en svarsfrekvens på {PCT} %. 38 familjer uppgav att de har behov av omsorg på
obekväm arbetstid. Av dessa uppgav {behov}. Behovet finns främst bland föräldrar som arbetar inom
{", ".join(f"{k} ({v})" for k, v in list(YRKEN.items())[:2])} och {list(YRKEN)[2]} ({list(YRKEN.values())[2]}).

Många familjer angav att behovet varierar med schemat och att det ofta gäller några kvällar eller nätter i månaden.
Flera av de svarande har i dag lösningar via släkt och nätverk.

## Alternativ och kostnader

Förvaltningen har beräknat årskostnaden för tre alternativ. Kostnaderna avser personal, lokaler och måltider, med
2025 års lönenivå.

| Alternativ | Innehåll | Platser | Kostnad per år (tkr) |
|---|---|---|---|
{alt_rows}

Alternativ B motsvarar en kostnad på {B_PER_PLATS} tkr per plats och år, att jämföra med den genomsnittliga
kostnaden per barn i förskolan på {SNITT} tkr år 2024. Skillnaden beror främst på att en avdelning som är öppen
dygnet runt kräver bemanning även när få barn är närvarande.

## Ekonomiska förutsättningar

Förskolenämnden redovisade i delårsrapporten per augusti 2025 en prognos på {sv_tenths(PROGNOS)} mnkr för helåret.
Nämnden har inom sin ram inget utrymme för nya verksamheter 2026.

## Förvaltningens bedömning

Behovsinventeringen visar att behovet av omsorg nattetid och på helger gäller ett fåtal familjer. Kostnaden för
alternativ B står inte i proportion till behovet. Alternativ A, utökade kvällsöppettider på Tistelbacken, skulle
möta en stor del av behovet på kvällar till en lägre kostnad. Förvaltningen återkommer i budgetunderlaget för 2027
med en konsekvensbeskrivning av alternativ A. Motionens andra att-sats anses besvarad genom den genomförda
inventeringen.

## Förslag till beslut

Förskolenämnden antar förvaltningens skrivelse som sitt yttrande och föreslår att kommunfullmäktige

1. avslår motionens första att-sats,
2. anser motionens andra att-sats besvarad.

## Förskolenämndens beslut 2025-10-08, § 67

Förskolenämnden beslutar enligt förvaltningens förslag. Ärendet överlämnas till kommunstyrelsen.

**Reservation:** Ledamöterna för Socialdemokraterna och Vänsterpartiet reserverar sig mot beslutet till förmån för
eget förslag om bifall till motionen.

---

Ingela Brandt (M), ordförande förskolenämnden
Mats Engdahl, förvaltningschef

*Exporterad från ärendehanteringssystemet 2025-10-09*
"""
(out_dir() / FILE).write_text(md, encoding="utf-8")
