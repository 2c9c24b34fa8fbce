"""Ljungtorpa kommun – revisorernas granskning av socialnämndens handläggning av
ekonomiskt bistånd (missiv + revisionsrapport). Markdown without pipe tables:
key figures as a fixed-width code block, control objectives as a definition-style list."""
from common import out_dir, sv_tenths, sv_int

FILE = "ljungtorpa_revision_ekonomiskt_bistand_2025.md"

HUSHALL = {2023: 574, 2024: 612}
UTBETALT = {2023: 347, 2024: 389}  # tenths of mkr
LANGVARIGT = {2023: 35, 2024: 38}  # procent
HANDL_TID = {2023: 15, 2024: 19}  # dagar
OKNING = UTBETALT[2024] - UTBETALT[2023]
assert OKNING == 42 and round(OKNING / UTBETALT[2023] * 100) == 12
assert HUSHALL[2024] - HUSHALL[2023] == 38
PER_HUSHALL = {y: round(UTBETALT[y] * 100_000 / HUSHALL[y], -2) for y in HUSHALL}
assert PER_HUSHALL == {2023: 60_500.0, 2024: 63_600.0}

STICKPROV = 30
BRISTER = [("saknade dokumenterad bedömning av den sökandes arbetsförmåga", 9),
           ("saknade en aktuell planering för att bli självförsörjande", 7),
           ("innehöll avslagsbeslut utan tillräcklig motivering", 4)]
assert all(n <= STICKPROV for _, n in BRISTER)

KONTROLLMAL = [
    ("Det finns aktuella riktlinjer och en delegationsordning som är anpassade till gällande lagstiftning.",
     "Delvis uppfyllt"),
    ("Ansökningar om ekonomiskt bistånd handläggs skyndsamt och inom den tid som anges i nämndens riktlinjer.",
     "Ej uppfyllt"),
    ("Utredningar och beslut dokumenteras i enlighet med socialtjänstlagen och Socialstyrelsens föreskrifter.",
     "Delvis uppfyllt"),
    ("Nämnden följer upp hushåll med långvarigt bistånd och insatser för att de ska bli självförsörjande.",
     "Ej uppfyllt"),
    ("Det finns en tillräcklig intern kontroll av utbetalningarna.", "Delvis uppfyllt"),
]
REKOMMENDATIONER = [
    "säkerställa att beslut om ekonomiskt bistånd fattas inom tio arbetsdagar från komplett ansökan, i "
    "enlighet med nämndens egna riktlinjer, och att handläggningstiden följs upp månadsvis,",
    "revidera delegationsordningen så att den överensstämmer med nuvarande organisation och lagstiftning,",
    "införa en systematisk uppföljning av hushåll som har haft bistånd i mer än tio månader under ett år, med "
    "individuella planer för självförsörjning,",
    "komplettera den interna kontrollen med regelbundna stickprov på utbetalningar och kontroll mot andra "
    "myndigheters register,",
    "säkerställa att samverkan med arbetsmarknadsenheten dokumenteras i genomförandeplanerna.",
]
assert len(REKOMMENDATIONER) == 5 and len(KONTROLLMAL) == 5


def text():
    kpi_rows = [
        ("Antal hushåll med ekonomiskt bistånd", sv_int(HUSHALL[2023]), sv_int(HUSHALL[2024])),
        ("Utbetalt ekonomiskt bistånd, mkr", sv_tenths(UTBETALT[2023]), sv_tenths(UTBETALT[2024])),
        ("Utbetalt per hushåll, kr", sv_int(int(PER_HUSHALL[2023])), sv_int(int(PER_HUSHALL[2024]))),
        ("Andel hushåll med långvarigt bistånd, %", str(LANGVARIGT[2023]), str(LANGVARIGT[2024])),
        ("Handläggningstid nyansökan, dagar (medel)", str(HANDL_TID[2023]), str(HANDL_TID[2024])),
    ]
    kpi = "\n".join(f"{a:<46}{b:>10}{c:>10}" for a, b, c in [("Nyckeltal", "2023", "2024")] + kpi_rows)
    km = "\n\n".join(f"**Kontrollmål {i}.** {t}  \n*Bedömning:* {b}" for i, (t, b) in enumerate(KONTROLLMAL, 1))
    rek = "\n".join(f"{i}. {r}" for i, r in enumerate(REKOMMENDATIONER, 1))
    brist = "\n".join(f"- {n} av {STICKPROV} akter {t}," for t, n in BRISTER)
    return f"""# Revisorerna i Ljungtorpa kommun

**Missiv**

Till: Socialnämnden
För kännedom: Kommunfullmäktige, kommunstyrelsen
Datum: 2025-10-15
Diarienummer: REV 2025/07

## Granskning av socialnämndens handläggning av ekonomiskt bistånd

Revisorerna har i sin revisionsplan för 2025 beslutat att granska socialnämndens handläggning av ekonomiskt
bistånd. Granskningen har genomförts av sakkunniga biträden från Granskningsgruppen Ekvall & Partners AB på
revisorernas uppdrag. Resultatet redovisas i bifogad revisionsrapport.

Revisorernas samlade bedömning är att socialnämnden inte helt säkerställer en ändamålsenlig och rättssäker
handläggning av ekonomiskt bistånd och att den interna kontrollen inte är tillräcklig. Revisorerna ställer sig
bakom bedömningarna och rekommendationerna i rapporten.

Revisorerna önskar socialnämndens yttrande över granskningen senast **2025-11-28**. Av yttrandet ska framgå
vilka åtgärder nämnden avser att vidta med anledning av rekommendationerna, när åtgärderna ska vara genomförda
och vem som ansvarar för dem.

För revisorerna i Ljungtorpa kommun

Bengt Karlgren (S), ordförande
Ingrid Västlund (M), vice ordförande

---

# Revisionsrapport: Handläggning av ekonomiskt bistånd

Ljungtorpa kommun, socialnämnden
Oktober 2025

Malin Åkerlund, certifierad kommunal revisor
Fredrik Sundin, verksamhetsrevisor
Granskningsgruppen Ekvall & Partners AB

## 1. Sammanfattning

Kostnaderna för ekonomiskt bistånd i Ljungtorpa har ökat under de senaste åren. År 2024 betalades
{sv_tenths(UTBETALT[2024])} mkr ut, vilket är {sv_tenths(OKNING)} mkr eller
{round(OKNING / UTBETALT[2023] * 100)} procent mer än året innan. Samtidigt har handläggningstiden för
nyansökningar blivit längre och andelen hushåll med långvarigt bistånd ökat.

Vår sammanfattande bedömning är att socialnämnden delvis har ändamålsenliga riktlinjer för handläggningen, men
att nämnden inte säkerställer att riktlinjerna följs. Handläggningstiderna överskrider nämndens egen norm,
dokumentationen i akterna är bristfällig i flera avseenden och nämnden saknar en systematisk uppföljning av
långvarigt biståndsmottagande. Den interna kontrollen av utbetalningarna bygger enbart på attest och har inte
omfattat stickprov under 2024.

Vi lämnar fem rekommendationer till socialnämnden, se avsnitt 4.

## 2. Inledning

### 2.1 Bakgrund

Ekonomiskt bistånd är samhällets yttersta skyddsnät och ska garantera den enskilde en skälig levnadsnivå.
Biståndet ska utformas så att det stärker möjligheterna att leva ett självständigt liv. Revisorerna har i sin
riskanalys bedömt att det finns risk för att handläggningen inte är likvärdig och att nämnden inte har
tillräcklig styrning och kontroll över en verksamhet med stigande kostnader.

### 2.2 Syfte och revisionsfråga

Granskningen ska besvara frågan: *Säkerställer socialnämnden en ändamålsenlig och rättssäker handläggning av
ekonomiskt bistånd med en tillräcklig intern kontroll?*

### 2.3 Kontrollmål och avgränsning

Revisionsfrågan har brutits ned i fem kontrollmål, som redovisas i avsnitt 3. Granskningen avser handläggning
av ekonomiskt bistånd enligt 4 kap. 1 § socialtjänstlagen inom individ- och familjeomsorgens
försörjningsstödsenhet. Granskningen omfattar inte arbetsmarknadsenhetens insatser eller handläggningen av
ärenden om skuldrådgivning.

### 2.4 Metod

Granskningen har genomförts genom dokumentstudier, intervjuer med nämndens presidium, socialchef, enhetschef,
två gruppledare och fem socialsekreterare samt genom en aktgranskning. I aktgranskningen ingick ett slumpmässigt
urval av {STICKPROV} akter med beslut fattade under perioden januari–juni 2025. Rapporten har
faktagranskats av socialchefen och enhetschefen för försörjningsstöd.

## 3. Iakttagelser och bedömningar

### 3.1 Nyckeltal

Uppgifterna har hämtats från verksamhetssystemet och nämndens verksamhetsberättelser.

```
{kpi}
```

Ökningen av antalet hushåll förklaras enligt intervjuerna främst av fler hushåll där etableringstiden har löpt ut
och av fler personer som har nått maximal tid i sjukförsäkringen. Andelen hushåll med långvarigt bistånd avser
hushåll som har haft bistånd tio till tolv månader under året.

### 3.2 Riktlinjer och delegationsordning

Nämndens riktlinjer för ekonomiskt bistånd antogs 2023-05-16 och är i huvudsak aktuella. Delegationsordningen
reviderades senast 2019 och hänvisar till befattningar som inte längre finns i organisationen. Det innebär att det
i vissa fall är oklart vem som har rätt att fatta beslut om bistånd utöver riksnormen.

### 3.3 Handläggningstider

Enligt nämndens riktlinjer ska beslut om ekonomiskt bistånd fattas inom tio arbetsdagar från det att ansökan är
komplett. Under 2024 var handläggningstiden för nyansökningar i genomsnitt {HANDL_TID[2024]} dagar, mot
{HANDL_TID[2023]} dagar året innan. Handläggningstiden redovisas till nämnden endast i samband med
delårsrapport och årsredovisning.

### 3.4 Dokumentation i akterna

Aktgranskningen visar att
{brist}
- samtliga akter innehöll beslut med besvärshänvisning.

Enligt socialsekreterarna beror bristerna främst på hög arbetsbelastning och på att dokumentationsmallarna i
verksamhetssystemet inte har anpassats till riktlinjerna.

### 3.5 Uppföljning av långvarigt bistånd

Nämnden får ingen särskild redovisning av hushåll med långvarigt bistånd och har inte fastställt några mål för
andelen hushåll som blir självförsörjande. Samverkan med arbetsmarknadsenheten sker, men den dokumenteras
sällan i genomförandeplanerna.

### 3.6 Intern kontroll

Utbetalningar attesteras av gruppledare. Nämndens internkontrollplan för 2024 innehöll inte någon kontroll av
utbetalningar av ekonomiskt bistånd, och några stickprov har inte genomförts. Kontroll mot andra myndigheters
register görs manuellt och endast vid nyansökan.

### 3.7 Bedömning per kontrollmål

{km}

## 4. Samlad bedömning och rekommendationer

Vår samlade bedömning är att socialnämnden inte helt säkerställer en ändamålsenlig och rättssäker
handläggning av ekonomiskt bistånd och att den interna kontrollen inte är tillräcklig.

Mot bakgrund av granskningen rekommenderar vi socialnämnden att

{rek}

Ljungtorpa den 15 oktober 2025

Malin Åkerlund
Certifierad kommunal revisor

Fredrik Sundin
Verksamhetsrevisor

## Bilaga: Intervjuade funktioner

- Socialnämndens ordförande och vice ordförande
- Socialchef
- Enhetschef försörjningsstöd
- Gruppledare försörjningsstöd (två personer)
- Socialsekreterare (fem personer)
- Controller inom individ- och familjeomsorgen
"""


if __name__ == "__main__":
    p = out_dir() / FILE
    p.write_text(text(), encoding="utf-8")
    print("wrote", p)
