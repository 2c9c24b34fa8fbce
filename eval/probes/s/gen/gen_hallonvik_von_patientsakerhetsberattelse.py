"""Hallonvik kommun – vård- och omsorgsnämndens patientsäkerhetsberättelse 2025 as markdown.

Layout of a markdown export (e.g. from an intranet/wiki editor): YAML-like front matter is NOT used; instead a bold
line with the board, a pipe table of document facts (Diarienummer / Datum / Upprättad av / Medverkande / Behandlas),
"## N Heading" sections in the order Socialstyrelsen's föreskrift suggests, one pipe table of avvikelser per
category for 2024 and 2025 with a total row, bullet lists, a numbered list of lex Maria cases, and a goals table
for 2026.
"""
from common import out_dir, sv_int, sv_tenths

OUT = out_dir() / "hallonvik_von_patientsakerhetsberattelse_2025.md"

# ---- facts ----------------------------------------------------------------------------------------------------
AVV = [  # kategori, 2024, 2025
    ("Fall", 1_126, 1_048),
    ("Läkemedel", 612, 689),
    ("Vård och behandling", 143, 131),
    ("Informationsöverföring och dokumentation", 88, 97),
    ("Övrigt", 54, 61),
]
T24, T25 = sum(a[1] for a in AVV), sum(a[2] for a in AVV)
assert (T24, T25) == (2_023, 2_026)
UTEBLIVEN_SHARE = 74                     # procent av läkemedelsavvikelserna 2025
FRACT_24, FRACT_25 = 23, 19
PPM_N, PPM_SORE = 238, 20
assert round(1000 * PPM_SORE / PPM_N) == 84   # 8,4 procent
PPM_24 = 112                             # 11,2 procent (tenths)
HYG_24, HYG_25 = 86, 91
COMPL_24, COMPL_25 = 29, 37
RISK, JOURNALS = 14, 60

rows = "\n".join(f"| {k} | {sv_int(a)} | {sv_int(b)} | {sv_int(b - a, plus=True)} |" for k, a, b in AVV)
text = f"""# Patientsäkerhetsberättelse 2025

**Vård- och omsorgsnämnden, Hallonviks kommun**

| Uppgift | |
|---|---|
| Diarienummer | VON 2026/23 |
| Datum | 2026-02-12 |
| Upprättad av | Ylva Sundqvist, medicinskt ansvarig sjuksköterska (MAS) |
| Medverkande | Rickard Almén, medicinskt ansvarig för rehabilitering (MAR); enhetschefer inom vård och omsorg |
| Behandlas | Vård- och omsorgsnämnden 2026-02-26 |

## Sammanfattning

Patientsäkerhetsberättelsen beskriver hur vård- och omsorgsnämnden i Hallonvik har arbetat med patientsäkerhet
under 2025 och vilka resultat som har uppnåtts. Antalet rapporterade avvikelser är i stort sett oförändrat,
{sv_int(T25)} jämfört med {sv_int(T24)} året innan. Fallavvikelserna har minskat medan läkemedelsavvikelserna har
ökat. Andelen personer med trycksår på särskilt boende har minskat. Under året gjordes två anmälningar enligt
lex Maria till Inspektionen för vård och omsorg (IVO).

## 1 Övergripande mål och strategier

Nämndens mål är att ingen patient ska drabbas av vårdskada. Arbetet utgår från den nationella handlingsplanen för
ökad patientsäkerhet och fokuserar 2025 på fall, läkemedelshantering och trycksår.

## 2 Organisation och ansvar

- **Vård- och omsorgsnämnden** är vårdgivare och ytterst ansvarig för patientsäkerheten.
- **Förvaltningschefen** ansvarar för att det finns ett ledningssystem för systematiskt kvalitetsarbete.
- **MAS och MAR** ansvarar för att rutinerna är ändamålsenliga och att avvikelser och lex Maria-ärenden utreds.
- **Enhetscheferna** ansvarar för att rutinerna följs på de fyra särskilda boendena Rosengården, Ängsbacka,
  Furuliden och Sjöstugan, i hemsjukvården och på korttidsenheten.

## 3 Avvikelser

Avvikelser rapporteras i verksamhetssystemet och analyseras månadsvis på varje enhet. Tabellen visar antalet
rapporterade avvikelser per kategori.

| Avvikelsekategori | 2024 | 2025 | Förändring |
|---|---:|---:|---:|
{rows}
| **Totalt** | **{sv_int(T24)}** | **{sv_int(T25)}** | **{sv_int(T25 - T24, plus=True)}** |

## 4 Fall

Fallavvikelserna minskade från {sv_int(AVV[0][1])} till {sv_int(AVV[0][2])}. Antalet fall som ledde till
fraktur var {FRACT_25}, jämfört med {FRACT_24} året innan. Alla som flyttar in på särskilt boende får en
fallriskbedömning inom två veckor, och fysioterapeuterna har infört gruppträning för balans på samtliga boenden.

## 5 Läkemedel

Läkemedelsavvikelserna ökade från {AVV[1][1]} till {AVV[1][2]}. Den vanligaste avvikelsetypen är utebliven dos,
som svarar för {UTEBLIVEN_SHARE} procent av läkemedelsavvikelserna 2025. Ökningen bedöms till stor del bero på att
digital signering av läkemedel infördes i mars 2025. Med digital signering upptäcks och registreras missade
signeringar automatiskt, vilket tidigare inte alltid skedde. Förvaltningen bedömer därför att ökningen främst
speglar en bättre rapportering och inte fler faktiska fel.

## 6 Trycksår

Punktprevalensmätningen av trycksår genomfördes vecka 40. Mätningen omfattade personer på särskilt boende;
ordinärt boende ingick inte. Av {PPM_N} undersökta personer hade {PPM_SORE} minst ett trycksår, vilket motsvarar
{sv_tenths(round(1000 * PPM_SORE / PPM_N))} procent. Vid mätningen 2024 var andelen {sv_tenths(PPM_24)} procent.

## 7 Vårdrelaterade infektioner

Följsamheten till basala hygienrutiner och klädregler mättes två gånger under året på de särskilda boendena.
Vid höstens mätning var följsamheten {HYG_25} procent, jämfört med {HYG_24} procent hösten 2024.

## 8 Klagomål och synpunkter

Under 2025 inkom {COMPL_25} klagomål som rörde hälso- och sjukvård, jämfört med {COMPL_24} året innan. De flesta
gällde bemötande och läkemedelshantering. Samtliga klagomål har besvarats.

## 9 Händelser och lex Maria

Under 2025 gjordes två anmälningar enligt lex Maria till IVO:

1. En person på Rosengården fick en felaktig dos insulin efter att en ordination hade förts över fel mellan två
   system. IVO avslutade ärendet i november 2025 och bedömde att vårdgivaren hade vidtagit tillräckliga åtgärder.
2. En person i ordinärt boende med hemsjukvård fick fördröjd läkarkontakt efter ett fall. IVO:s handläggning
   av ärendet pågår när denna patientsäkerhetsberättelse skrivs.

## 10 Riskanalyser och egenkontroll

Under året genomfördes {RISK} riskanalyser, bland annat inför införandet av digital signering. Vid den årliga
journalgranskningen granskades {JOURNALS} journaler inom hemsjukvård och särskilt boende.

## 11 Mål och planerade åtgärder 2026

| Mål 2026 | Åtgärd |
|---|---|
| Antalet fall med skada ska minska med 10 procent | Utökad balansträning och fallriskbedömning även i hemsjukvården |
| Färre avvikelser om utebliven dos | Uppföljning av digital signering varje månad på varje enhet |
| Andelen trycksår ska understiga 8 procent | Utbildning i förebyggande hudvård för all omvårdnadspersonal |

Ylva Sundqvist
Medicinskt ansvarig sjuksköterska
"""
OUT.write_text(text, encoding="utf-8")
print("wrote", OUT)
