"""Snäckviks kommun – kommunstyrelsens personalutskott, protokoll 2025-09-16. Markdown converted from the
intranet wiki.

Layout: **YAML front matter holds all the meeting fields** (datum, tid, plats, ordförande, sekreterare,
justerare, justering, anslag, beslutande/ersättare/övriga as YAML lists); the body never repeats the justerare,
the time or the room ("Justerare: se protokollshuvudet"). The §§ are "## PU § 45 Title" headings with the dnr in an
italic line under them ("*Dnr Ks 2025:211*"). The **reservation and the protokollsanteckning are Markdown
footnotes** ("[^1]") whose text stands only in the footnote definitions at the end of the file. Delegationsbeslut
in a pipe table.
"""
from common import out_dir, sv_int

FILE = "snackvik_kspu_protokoll_2025-09-16.md"

MEMBERS = [("Camilla Österlund", "M", "ordförande"), ("Jens Wallin", "KD", "vice ordförande"),
           ("Tove Ringström", "L", ""), ("Lennart Öhman", "S", ""), ("Fatima Aziz", "S", "")]
JA = ["Camilla Österlund", "Jens Wallin", "Tove Ringström"]
NEJ = ["Lennart Öhman", "Fatima Aziz"]
assert len(JA) + len(NEJ) == len(MEMBERS) and (len(JA), len(NEJ)) == (3, 2)

FRISKVARD_OLD, FRISKVARD_NEW, ANSTALLDA = 2_500, 3_000, 1_220
FRISKVARD_KOSTNAD = (FRISKVARD_NEW - FRISKVARD_OLD) * ANSTALLDA
assert FRISKVARD_KOSTNAD == 610_000
LONEKART = {"Undersköterska, hemtjänst": 162_000, "Kock": 88_000, "Lokalvårdare": 162_000}
assert sum(LONEKART.values()) == 412_000
# sjukfrånvaro, tenths of a percent
SJUK_2025, SJUK_2024 = 68, 74


def front_matter():
    lines = ["---",
             'title: "Protokoll – kommunstyrelsens personalutskott 2025-09-16"',
             "wiki_space: Politik/Kommunstyrelsen/Personalutskottet",
             "kommun: Snäckviks kommun",
             "organ: Kommunstyrelsens personalutskott",
             "datum: 2025-09-16",
             'tid: "13.00–15.40"',
             'plats: "Kommunhuset, sammanträdesrum Måsen"',
             'paragrafer: "PU § 45–51"',
             'ordforande: "Camilla Österlund (M)"',
             'sekreterare: "Daniel Rask"',
             'justerare: "Lennart Öhman (S)"',
             'justering: "2025-09-19, HR-avdelningen"',
             "anslag:",
             "  uppsatt: 2025-09-22",
             "  nedtas: 2025-10-14",
             "beslutande:"]
    lines += [f'  - "{n} ({p}){", " + r if r else ""}"' for n, p, r in MEMBERS]
    lines += ["ersattare:", '  - "Rolf Ekvik (C)"', '  - "Agnes Håkansson (S)"',
              "ovriga:", '  - "Daniel Rask, sekreterare"', '  - "Mona Lövgren, HR-chef"',
              '  - "Kim Aldén, förhandlingschef, PU § 46–48"',
              "last_modified: 2025-09-22T09:14:00+02:00",
              "author: daniel.rask",
              "tags: [protokoll, personalutskott, 2025]",
              "---"]
    return "\n".join(lines)


def body():
    deleg = [("2025-08-18", "Anställning av förvaltningschef för samhällsbyggnadsförvaltningen, Rebecka Holmgren, "
                            "tillsvidare från 2025-10-01", "Kommundirektör", "3.1"),
             ("2025-08-25", "Lönesättning vid nyanställning, förvaltningschef samhällsbyggnad", "Kommundirektör",
              "3.4"),
             ("2025-09-03", "Beslut om avstängning av arbetstagare under utredning (personalärende)", "HR-chef",
              "3.7"),
             ("2025-09-08", "Tecknande av lokalt kollektivavtal om arbetstidsförläggning i hemtjänsten",
              "Förhandlingschef", "4.2")]
    rows = "\n".join(f"| {d} | {b} | {w} | {p} |" for d, b, w, p in deleg)
    lk = "\n".join(f"- {k}: {sv_int(v)} kronor" for k, v in LONEKART.items())
    return f"""
# Kommunstyrelsens personalutskott – protokoll

Sammanträdesuppgifter, närvaro och justering: se protokollshuvudet (sidans egenskaper).

## PU § 45 Fastställande av dagordning

*Dnr Ks 2025:12*

Dagordningen fastställs med tillägg av ärendet *Friskvårdsbidrag 2026* (PU § 49).

## PU § 46 Lönekartläggning 2025

*Dnr Ks 2025:211*

HR-avdelningen har genomfört den årliga lönekartläggningen enligt 3 kap. diskrimineringslagen. Osakliga
löneskillnader har identifierats i tre befattningar där kvinnor är i majoritet. Justeringarna kostar
sammanlagt {sv_int(sum(LONEKART.values()))} kronor per år:

{lk}

**Beslut**

Personalutskottet beslutar att genomföra lönejusteringarna enligt lönekartläggningen från och med den
1 oktober 2025 och att kostnaden finansieras ur kommunstyrelsens oförutsedda medel.

## PU § 47 Riktlinjer för distansarbete

*Dnr Ks 2025:318*

HR-avdelningen föreslår riktlinjer som innebär att arbetstagare vars arbetsuppgifter tillåter det får arbeta
på distans högst två dagar per vecka efter överenskommelse med närmaste chef.

**Yrkanden**

Camilla Österlund (M) och Jens Wallin (KD) yrkar bifall till förvaltningens förslag. Lennart Öhman (S) yrkar
att distansarbete ska få omfatta högst tre dagar per vecka.

**Propositionsordning och omröstning**

Ordföranden ställer förvaltningens förslag mot Lennart Öhmans yrkande och finner att utskottet bifaller
förvaltningens förslag. Votering begärs. Ja-röst för förvaltningens förslag, nej-röst för Lennart Öhmans
yrkande. Med {len(JA)} ja-röster mot {len(NEJ)} nej-röster beslutar utskottet enligt förvaltningens förslag.
Ja: {", ".join(JA)}. Nej: {", ".join(NEJ)}.

**Beslut**

Personalutskottet antar riktlinjer för distansarbete, med högst två dagar per vecka, att gälla från och med
den 1 november 2025.

Reservation: Lennart Öhman (S) och Fatima Aziz (S) reserverar sig mot beslutet.[^1]

## PU § 48 Lönepolitiska prioriteringar inför löneöversyn 2026

*Dnr Ks 2025:322*

Utskottet diskuterar prioriteringar inför löneöversynen 2026. Förhandlingschefen redovisar läget i de centrala
avtalsrörelserna; utfallet av löneöversynen är inte klart.

**Beslut**

Personalutskottet beslutar att prioritera sjuksköterskor, förskollärare och socialsekreterare i löneöversyn
2026.[^2]

## PU § 49 Friskvårdsbidrag 2026

*Dnr Ks 2025:331*

Friskvårdsbidraget är i dag {sv_int(FRISKVARD_OLD)} kronor per anställd och år. En höjning till
{sv_int(FRISKVARD_NEW)} kronor beräknas kosta {sv_int(FRISKVARD_KOSTNAD)} kronor per år, om samtliga
{sv_int(ANSTALLDA)} tillsvidareanställda som använde bidraget 2024 använder det fullt ut.

**Beslut**

Personalutskottet beslutar att höja friskvårdsbidraget till {sv_int(FRISKVARD_NEW)} kronor per anställd och
år från och med den 1 januari 2026.

## PU § 50 Anmälan av delegationsbeslut

*Dnr Ks 2025:5*

| Datum | Beslut | Delegat | Punkt i delegationsordningen |
|---|---|---|---|
{rows}

**Beslut**

Anmälan av delegationsbeslut läggs till handlingarna.

## PU § 51 Information om sjukfrånvaro

*Dnr Ks 2025:14*

HR-chefen informerar om att den totala sjukfrånvaron under första halvåret 2025 var
{SJUK_2025 // 10},{SJUK_2025 % 10} procent, jämfört med {SJUK_2024 // 10},{SJUK_2024 % 10} procent under
första halvåret 2024. Korttidssjukfrånvaron har minskat mest inom förskolan.

**Beslut**

Informationen noteras.

---

[^1]: Reservation från Lennart Öhman (S) och Fatima Aziz (S): Tre dagars distansarbete per vecka hade gjort
    kommunen mer attraktiv som arbetsgivare och minskat behovet av kontorslokaler i kommunhuset.

[^2]: Protokollsanteckning från Fatima Aziz (S): Socialdemokraterna vill att även undersköterskor prioriteras
    i löneöversyn 2026.
"""


def main():
    (out_dir() / FILE).write_text(front_matter() + "\n" + body(), encoding="utf-8")


if __name__ == "__main__":
    main()
