"""Storlida kommun – revisionsrapport on kultur- och fritidsnämndens föreningsbidrag. Markdown with
definition lists (Term / ": definition") and nested bullet lists; no pipe tables. Key figures as
"- Antal ...: 1 318" bullet lines."""
from common import out_dir, sv_int, sv_tenths

FILE = "storlida_revision_foreningsbidrag_2025.md"

ANS = {2023: 1206, 2024: 1318}
BEV = {2023: 1071, 2024: 1142}
AVSL = {y: ANS[y] - BEV[y] for y in ANS}
assert AVSL == {2023: 135, 2024: 176}
# utbetalt per bidragsform 2024 (tkr)
FORMER = [("Aktivitetsbidrag", 5820), ("Lokalbidrag", 3940), ("Anläggningsbidrag", 1260), ("Arrangemangsbidrag", 580)]
UTB_2024 = sum(v for _, v in FORMER)
assert UTB_2024 == 11600
UTB_2023 = 10900
STICKPROV, BRISTER = 40, 11
assert round(100 * BRISTER / STICKPROV) == 28  # 27,5 % -> "drygt en fjärdedel"

KM = [
    ("Kontrollmål 1", "Finns ändamålsenliga och aktuella riktlinjer för föreningsbidrag?", "Delvis uppfyllt",
     ["Riktlinjerna antogs av nämnden 2019-05-14 och har inte reviderats sedan dess.",
      "Riktlinjerna saknar kriterier för bidrag till föreningar med verksamhet i flera kommuner.",
      "Handläggarna använder i stället en intern checklista:",
      ["Checklistan avviker i delar från riktlinjerna, bland annat om lägsta antal deltagare per aktivitet.",
       "Checklistan är inte beslutad av nämnden."]]),
    ("Kontrollmål 2", "Handläggs ansökningarna enligt riktlinjerna och delegationsordningen?", "Delvis uppfyllt",
     [f"Revisorerna har granskat ett stickprov om {STICKPROV} beviljade ansökningar från 2024.",
      f"I {BRISTER} av de {STICKPROV} ärendena saknades något av de underlag som riktlinjerna kräver.",
      ["Vanligast var att verksamhetsberättelse eller revisionsberättelse saknades (7 ärenden).",
       "I 4 ärenden saknades närvarokort för hela perioden."],
      "Samtliga beslut i stickprovet var fattade av rätt delegat."]),
    ("Kontrollmål 3", "Följer nämnden upp att bidragen används för avsett ändamål?", "Ej uppfyllt",
     ["Någon systematisk uppföljning av hur bidragen har använts görs inte.",
      "Återkrav har inte framställts under 2023–2024, trots att förvaltningen i två fall fått kännedom om "
      "felaktigt redovisade deltagartillfällen.",
      ["Förvaltningen uppger att det saknas resurser för kontrollbesök."]]),
    ("Kontrollmål 4", "Finns en tillräcklig intern kontroll av utbetalningarna?", "Delvis uppfyllt",
     ["Utbetalningar attesteras av en person och kontrolleras inte av någon annan innan de betalas ut.",
      "Bankkontouppgifter ändras av handläggaren utan kontroll mot föreningens firmatecknare."]),
    ("Kontrollmål 5", "Får nämnden tillräcklig information om bidragsgivningen?", "Uppfyllt",
     ["Nämnden får en årlig sammanställning av beviljade bidrag per förening och bidragsform.",
      "Delegationsbesluten anmäls till nämnden varje månad."]),
]
assert [k[2] for k in KM].count("Delvis uppfyllt") == 3

REK = [
    "revidera riktlinjerna för föreningsbidrag och besluta om dem i nämnden, samt ersätta den interna "
    "checklistan med en beslutad rutin,",
    "säkerställa att ansökningar inte beviljas innan samtliga underlag som riktlinjerna kräver har kommit in,",
    "införa en årlig uppföljning av ett urval föreningar, med kontrollbesök och granskning av närvaroredovisning,",
    "ta fram en rutin för återkrav av felaktigt utbetalda bidrag,",
    "införa dualitet vid utbetalning, så att varje utbetalning kontrolleras av ytterligare en person,",
    "säkerställa att ändringar av föreningars bankkontouppgifter kontrolleras mot firmatecknare.",
]
assert len(REK) == 6


def bullets(items, depth=0):
    out = []
    for it in items:
        if isinstance(it, list):
            out += bullets(it, depth + 1)
        else:
            out.append("  " * depth + "- " + it)
    return out


def build():
    L = []
    L += ["# Granskning av kultur- och fritidsnämndens hantering av föreningsbidrag", "",
          "**Storlida kommun – de förtroendevalda revisorerna**  ", "**Revisionsrapport 2025, diarienummer Rev 2025:06**  ",
          "**Nämndens diarienummer: KFN 25/0133**", "",
          "## Missiv", "",
          "Till: Kultur- och fritidsnämnden  ", "För kännedom: Kommunfullmäktiges presidium, kommunstyrelsen", "",
          "Datum", ": 2025-11-26", "",
          "Sakkunnigt biträde", ": Hallbergs Revision & Rådgivning AB, Jenny Wahlgren (certifierad kommunal revisor)", "",
          "Begärt svar", ": Revisorerna önskar kultur- och fritidsnämndens svar senast **2026-02-27** med uppgift om vilka "
          "åtgärder nämnden avser att vidta med anledning av rekommendationerna och när de ska vara genomförda.", "",
          "För Storlida kommuns revisorer", "",
          "- Gösta Lindeberg (S), ordförande",
          "- Yvonne Carlberg (M), vice ordförande",
          "- Per-Erik Sjölin (C)",
          "- Amanda Roos (SD)",
          "- Kjell Ahlström (V)", "",
          "## 1. Bakgrund och syfte", "",
          "Kultur- och fritidsnämnden fördelar varje år bidrag till föreningar inom idrott, kultur och "
          "fritid. Revisorerna har i sin riskanalys för 2025 bedömt att det finns risk för att bidrag betalas "
          "ut på felaktiga grunder och att uppföljningen av bidragens användning är bristfällig. Syftet med "
          "granskningen är att bedöma om nämnden har en ändamålsenlig och tillräckligt kontrollerad hantering "
          "av föreningsbidrag.", "",
          "Granskningen har genomförts under september–oktober 2025 genom dokumentstudier, intervjuer med "
          "nämndens presidium, förvaltningschefen och två handläggare samt en stickprovsgranskning av ärenden.", "",
          "## 2. Fakta om bidragsgivningen", "",
          f"- Antal ansökningar om föreningsbidrag 2023: {sv_int(ANS[2023])}",
          f"- Antal ansökningar om föreningsbidrag 2024: {sv_int(ANS[2024])}",
          f"- Antal beviljade ansökningar 2023: {sv_int(BEV[2023])}",
          f"- Antal beviljade ansökningar 2024: {sv_int(BEV[2024])}",
          f"- Antal avslagna ansökningar 2024: {AVSL[2024]}",
          f"- Utbetalda föreningsbidrag 2023: {sv_tenths(UTB_2023 // 100)} mnkr",
          f"- Utbetalda föreningsbidrag 2024: {sv_tenths(UTB_2024 // 100)} mnkr",
          ]
    for name, v in FORMER:
        L.append(f"  - varav {name.lower()}: {sv_int(v)} tkr")
    L += ["- Antal bidragsberättigade föreningar i registret per 2024-12-31: 148",
          "- Antal handläggare (årsarbetare) för föreningsbidrag: 1,5", "",
          "## 3. Iakttagelser och bedömningar per kontrollmål", ""]
    for km, q, bed, obs in KM:
        L += [f"### {km}", "", km, f": {q}", "", "Iakttagelser", ":"]
        L += bullets(obs, 1)
        L += ["", "Bedömning", f": **{bed}**", ""]
    L += ["## 4. Samlad bedömning", "",
          "Revisorernas samlade bedömning är att kultur- och fritidsnämnden delvis har en ändamålsenlig "
          "hantering av föreningsbidrag, men att den interna kontrollen inte är tillräcklig. Den största "
          "bristen är att nämnden inte följer upp att bidragen används för avsett ändamål. Av fem kontrollmål "
          "bedöms ett som uppfyllt, tre som delvis uppfyllda och ett som ej uppfyllt.", "",
          "## 5. Rekommendationer", "",
          "Revisorerna rekommenderar kultur- och fritidsnämnden att:", ""]
    L += [f"{i}. {r}" for i, r in enumerate(REK, 1)]
    L += ["", "Rekommendationerna 3 och 5 bedöms som mest angelägna.", "",
          "## Bilaga: Intervjuade funktioner", "",
          "- Kultur- och fritidsnämndens presidium",
          "  - ordförande Sara Björklund (S)",
          "  - vice ordförande Mikael Strömgren (KD)",
          "- Förvaltningschef, kultur- och fritidsförvaltningen",
          "- Två handläggare vid föreningsenheten",
          "- Redovisningsansvarig vid ekonomienheten", ""]
    (out_dir() / FILE).write_text("\n".join(L), encoding="utf-8")


if __name__ == "__main__":
    build()
