"""Rävlunda kommun – samhällsbyggnadsnämnden, uppföljning av internkontrollplan 2025. Markdown.

The status of each kontrollpunkt is given with coloured emoji plus a word (🟢 Grön / 🟡 Gul / 🔴 Röd) in a
summary pipe table, and again per kontrollpunkt in a "### K1 …" section with bold field labels. Last year's
åtgärder are a GitHub-style task list with "✔ Åtgärdad" / "⏳ Pågår".
"""
from common import out_dir

FILE = "ravlunda_sbn_internkontroll_uppfoljning_2025.md"

ICON = {"Grön": "🟢", "Gul": "🟡", "Röd": "🔴"}

# (id, kontrollpunkt, process, status)
PUNKTER = [
    ("K1", "Handläggningstid för bygglov inom lagstadgad tid", "Bygglov", "Röd"),
    ("K2", "Debitering av bygglovsavgift enligt taxa", "Bygglov", "Grön"),
    ("K3", "Registrering av inkomna handlingar inom två arbetsdagar", "Ärendehantering", "Gul"),
    ("K4", "Anmälan av delegationsbeslut till nämnden", "Ärendehantering", "Grön"),
    ("K5", "Attest av leverantörsfakturor", "Ekonomi", "Grön"),
    ("K6", "Följsamhet till ramavtal vid inköp", "Ekonomi", "Röd"),
    ("K7", "Representation och interna måltider", "Ekonomi", "Grön"),
    ("K8", "Tillsyn av obligatorisk ventilationskontroll (OVK)", "Tillsyn", "Gul"),
    ("K9", "Uppföljning av förelägganden", "Tillsyn", "Grön"),
    ("K10", "Borttagning av behörigheter i ärendesystemet vid avslutad anställning", "Informationssäkerhet", "Gul"),
    ("K11", "Loggkontroll av åtkomst till personuppgifter", "Informationssäkerhet", "Grön"),
]
COUNT = {s: sum(1 for p in PUNKTER if p[3] == s) for s in ICON}
assert len(PUNKTER) == 11 and COUNT == {"Grön": 6, "Gul": 3, "Röd": 2}

# K1
BL_BESLUT, BL_INOM = 214, 167
BL_ANDEL = round(BL_INOM * 100 / BL_BESLUT)
assert BL_ANDEL == 78
BL_REDUCERADE, BL_REDUKTION_KR = 31, 146800
# K3
REG_STICK, REG_INOM = 50, 43
assert round(REG_INOM * 100 / REG_STICK) == 86
# K6
INK_STICK, INK_UTAN = 40, 11
assert INK_UTAN * 1000 / INK_STICK == 275    # 27,5 %
# K8
OVK_FORFALLNA, OVK_GODKANDA = 120, 88
assert round(OVK_GODKANDA * 100 / OVK_FORFALLNA) == 73
# K10
AVSLUT, AVSLUT_INOM = 14, 9
# K5
FAKT_STICK = 60

ATGARDER_2024 = [
    (True, "Rutin för debitering av tillsynsavgifter enligt miljöbalken har införts"),
    (True, "Checklista för anmälan av delegationsbeslut har tagits fram"),
    (True, "Attestförteckningen har uppdaterats och publicerats på intranätet"),
    (False, "Dokumenthanteringsplanen för bygglovsprocessen revideras (klar under våren 2026)"),
]
assert sum(d for d, _ in ATGARDER_2024) == 3


def build():
    tab = "\n".join(f"| {i} | {k} | {p} | {ICON[s]} {s} |" for i, k, p, s in PUNKTER)
    task = "\n".join(f"- [{'x' if d else ' '}] {'✔ Åtgärdad' if d else '⏳ Pågår'} – {t}" for d, t in ATGARDER_2024)
    st = {i: f"{ICON[s]} {s}" for i, _, _, s in PUNKTER}
    md = f"""# Uppföljning av internkontrollplan 2025

**Rävlunda kommun – Samhällsbyggnadsnämnden**
Samhällsbyggnadsförvaltningen · Dnr 2025.0412 · 2026-01-28
Handläggare: Filippa Norrström, kvalitetscontroller
Ärendet behandlas av samhällsbyggnadsnämnden 2026-02-11.

---

## Sammanfattning

Samhällsbyggnadsnämndens internkontrollplan för 2025 antogs 2024-12-11 (§ 142) och omfattar
{len(PUNKTER)} kontrollpunkter inom fem processer. Kontrollerna har genomförts under året enligt planen.
Resultatet: **{COUNT['Grön']} gröna, {COUNT['Gul']} gula och {COUNT['Röd']} röda** kontrollpunkter.
De röda gäller handläggningstiden för bygglov (K1) och följsamheten till ramavtal vid inköp (K6).
Förvaltningen föreslår att båda följs upp särskilt i internkontrollplanen för 2026.

### Teckenförklaring

- 🟢 **Grön** – inga eller obetydliga avvikelser
- 🟡 **Gul** – avvikelser som behöver åtgärdas men inte är allvarliga
- 🔴 **Röd** – allvarliga avvikelser eller kontroll som inte kunnat genomföras

## Översikt

| Nr | Kontrollpunkt | Process | Status |
|----|---------------|---------|--------|
{tab}

## Resultat per kontrollpunkt

### K1 Handläggningstid för bygglov inom lagstadgad tid

**Risk:** Beslut fattas inte inom tio veckor från komplett ansökan, vilket ger avgiftsreduktion och
minskat förtroende.
**Kontrollmetod:** Uttag ur ärendesystemet för samtliga beslut om bygglov under året.
**Ansvarig:** Kristoffer Dahl, bygglovschef
**Resultat:** Av {BL_BESLUT} beslut om bygglov under 2025 fattades {BL_INOM} inom lagstadgad tid, det vill säga
{BL_ANDEL} %. Målet är 100 %. Avgiften reducerades enligt plan- och bygglagen i {BL_REDUCERADE} ärenden, med
sammanlagt {BL_REDUKTION_KR:,} kr.
**Status:** {st['K1']}
**Kommentar och åtgärd:** Avvikelsen beror på vakanser på två bygglovshandläggartjänster under våren och på
övergången till ett nytt ärendesystem i maj, då handläggningen stod stilla i nästan tre veckor. Båda
tjänsterna är tillsatta sedan november 2025, och ärenden som närmar sig tidsgränsen bevakas nu varje vecka.

### K2 Debitering av bygglovsavgift enligt taxa

**Ansvarig:** Kristoffer Dahl, bygglovschef
**Resultat:** Stickprov på 30 beslut. Samtliga avgifter var korrekt beräknade enligt gällande taxa.
**Status:** {st['K2']}

### K3 Registrering av inkomna handlingar inom två arbetsdagar

**Ansvarig:** Emma Wiklander, registrator
**Resultat:** Av {REG_STICK} granskade handlingar registrerades {REG_INOM} (86 %) inom två arbetsdagar. Målet är 95 %.
**Status:** {st['K3']}
**Kommentar och åtgärd:** Förseningarna uppstod under semesterperioden. En ersättarordning för
registraturen införs till sommaren 2026.

### K4 Anmälan av delegationsbeslut till nämnden

**Ansvarig:** Johan Sellberg, nämndsekreterare
**Resultat:** Samtliga delegationsbeslut i stickprovet hade anmälts till nämnden.
**Status:** {st['K4']}

### K5 Attest av leverantörsfakturor

**Ansvarig:** Ali Rahimi, controller
**Resultat:** Stickprov på {FAKT_STICK} fakturor. Inga avvikelser.
**Status:** {st['K5']}

### K6 Följsamhet till ramavtal vid inköp

**Risk:** Inköp görs utanför upphandlade avtal, vilket kan strida mot lagen om offentlig upphandling och
ge högre kostnader.
**Kontrollmetod:** Stickprov på {INK_STICK} inköp över 10 000 kr.
**Ansvarig:** Ali Rahimi, controller
**Resultat:** {INK_UTAN} av {INK_STICK} inköp (27,5 %) saknade koppling till ramavtal. Toleransnivån är 10 %.
**Status:** {st['K6']}
**Kommentar och åtgärd:** De flesta avvikelserna gällde hyra av entreprenadmaskiner och konsulttjänster
inom detaljplanering. Orsaken bedöms vara bristande kännedom om de ramavtal som tecknades under 2025.
Utbildning för alla beställare genomförs i mars 2026.

### K7 Representation och interna måltider

**Ansvarig:** Ali Rahimi, controller
**Resultat:** Samtliga granskade verifikationer hade uppgift om syfte och deltagare.
**Status:** {st['K7']}

### K8 Tillsyn av obligatorisk ventilationskontroll (OVK)

**Ansvarig:** Sofie Brandt, byggnadsinspektör
**Resultat:** Av {OVK_FORFALLNA} byggnader med förfallen besiktning hade {OVK_GODKANDA} (73 %) fått en godkänd OVK
efter påminnelse. Förelägganden har skickats till övriga fastighetsägare.
**Status:** {st['K8']}

### K9 Uppföljning av förelägganden

**Ansvarig:** Sofie Brandt, byggnadsinspektör
**Resultat:** Samtliga förelägganden i stickprovet var uppföljda inom angiven tid.
**Status:** {st['K9']}

### K10 Borttagning av behörigheter i ärendesystemet vid avslutad anställning

**Ansvarig:** Martin Öberg, systemförvaltare
**Resultat:** {AVSLUT} medarbetare slutade under året. För {AVSLUT_INOM} av dem togs behörigheten bort inom en vecka;
för övriga dröjde det upp till fem veckor.
**Status:** {st['K10']}
**Kommentar och åtgärd:** Rutinen kopplas till HR-systemets avslutsflöde från och med april 2026.

### K11 Loggkontroll av åtkomst till personuppgifter

**Ansvarig:** Martin Öberg, systemförvaltare
**Resultat:** Fyra loggkontroller har genomförts. Ingen obehörig åtkomst har upptäckts.
**Status:** {st['K11']}

## Åtgärder från föregående års uppföljning

{task}

Tre av fyra åtgärder är genomförda.

## Förslag till beslut

1. Samhällsbyggnadsnämnden godkänner uppföljningen av internkontrollplan 2025.
2. Kontrollpunkterna K1 och K6 förs över till internkontrollplanen för 2026.
3. Uppföljningen överlämnas till kommunstyrelsen.
"""
    md = md.replace("146,800", "146 800")
    (out_dir() / FILE).write_text(md, encoding="utf-8")


if __name__ == "__main__":
    build()
    print("wrote", out_dir() / FILE)
