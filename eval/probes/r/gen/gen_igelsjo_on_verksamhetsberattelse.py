"""Igelsjö kommun, omsorgsnämnden, verksamhetsberättelse 2025 (excerpt of the årsredovisning) as plain text.

Invented municipality, people and figures. Assertions keep the figures consistent.
"""
from common import out_dir

YEARS = [2022, 2023, 2024, 2025]
nyckeltal = [  # label, values (strings as printed)
    ("Sjukfrånvaro, %", ["9,8", "9,1", "8,7", "8,2"]),
    ("Andel heltidsanställda, %", ["71,5", "74,0", "78,6", "82,4"]),
    ("Personalomsättning, %", ["14,9", "13,2", "12,8", "11,6"]),
    ("Platser särskilt boende, antal", ["186", "186", "178", "178"]),
    ("Beläggningsgrad särskilt boende, %", ["96,4", "97,1", "94,8", "92,3"]),
    ("Beläggningsgrad korttidsvård, %", ["78,0", "84,2", "88,5", "81,1"]),
    ("Brukare med hemtjänst 31/12, antal", ["412", "428", "445", "463"]),
    ("Kostnad per brukare hemtjänst, kr", ["268 400", "281 900", "296 300", "304 800"]),
    ("Kostnad per plats särskilt boende, kr", ["842 000", "876 500", "915 200", "948 700"]),
    ("Brukare med LSS-insats, antal", ["164", "171", "169", "177"]),
]
# internal consistency: beläggningsgrad 2025 -> occupied places; cost growth per brukare
assert round(178 * 0.923, 1) == 164.3
assert 186 - 8 == 178   # Solvik closed
assert [int(v.replace(" ", "")) for v in nyckeltal[7][1]] == sorted(int(v.replace(" ", "")) for v in nyckeltal[7][1])
# economy (tenths of mnkr)
budget, utfall = 7842, 7894
assert budget - utfall == -52

W = 30
def tablerow(label, vals):
    return label.ljust(40) + "".join(v.rjust(10) for v in vals)


L = []
L += ["IGELSJÖ KOMMUN", "Årsredovisning 2025 – Verksamhetsberättelser", "", "",
      "OMSORGSNÄMNDEN", "=" * 14, "",
      "Ordförande: Britt-Marie Ljung (S)", "Förvaltningschef: Henrik Almqvist", "",
      "Ansvarsområde",
      "Omsorgsnämnden i Igelsjö kommun ansvarar för äldreomsorg, hälso- och sjukvård i kommunens regi upp till "
      "sjuksköterskenivå, stöd och service enligt LSS samt socialpsykiatri. Verksamheten bedrivs i huvudsak i "
      "egen regi; en av kommunens sex hemtjänstgrupper drivs sedan 2023 av en extern utförare enligt LOV.", "",
      "Årets viktigaste händelser",
      "- Vårdboendet Solvik med 8 platser stängdes i april 2024 och de boende flyttade till Åsgården och "
      "Igelkotten. Antalet platser i särskilt boende har därefter varit 178.",
      "- Ett nytt avtal om trygg och effektiv utskrivning från slutenvården började gälla 1 mars 2025. "
      "Medelantalet dagar från utskrivningsklar till hemgång minskade från 3,1 till 1,8.",
      "- Heltid som norm infördes fullt ut i hemtjänsten i september.",
      "- Nämnden genomförde en brukarundersökning i egen regi i oktober eftersom Socialstyrelsens "
      "nationella undersökning inte gjordes för hemtjänst detta år.", "",
      "Ekonomiskt utfall",
      "Nämndens nettokostnader uppgick till 789,4 mnkr mot en budget på 784,2 mnkr, vilket ger ett underskott "
      "på 5,2 mnkr (2024: underskott 9,7 mnkr). Underskottet finns främst i hemtjänsten, där antalet brukare "
      "fortsatt öka, och inom LSS där två nya gruppbostadsplatser öppnades tidigare än planerat. Särskilt boende "
      "visar ett överskott på 3,4 mnkr, bland annat beroende på lägre beläggning under hösten.", "",
      "Nyckeltal", "",
      tablerow("", [str(y) for y in YEARS]),
      "-" * 80]
for lab, vals in nyckeltal:
    L.append(tablerow(lab, vals))
L += ["-" * 80,
      "Källa: personalsystemet, verksamhetssystemet och Kolada. Beläggningsgrad avser genomsnitt för året.", "",
      "Kommentar till nyckeltalen",
      "Sjukfrånvaron har sjunkit för tredje året i rad men är fortfarande högst i hemtjänsten. Beläggningen i "
      "särskilt boende har minskat sedan 2023, vilket hänger samman med att fler äldre väljer att bo kvar "
      "hemma med omfattande hemtjänst. Kostnaden per brukare i hemtjänsten ökade med 2,9 procent, vilket är "
      "lägre än löne- och prisökningen. Korttidsvårdens beläggning sjönk när utskrivningarna från sjukhuset "
      "gick snabbare och fler kunde skrivas ut direkt till hemmet.", "",
      "Mål och måluppfyllelse",
      "Nämnden hade fem mål för 2025. Bedömningsskalan är uppfyllt, delvis uppfyllt och ej uppfyllt.", "",
      "Mål 1. Den enskilde ska känna sig trygg med sin hemtjänst.",
      "   Mått: andel brukare som känner sig trygga, målvärde minst 88 procent.",
      "   Utfall: 86 procent (egen brukarundersökning).",
      "   Bedömning: Delvis uppfyllt.", "",
      "Mål 2. Sjukfrånvaron ska minska.",
      "   Mått: sjukfrånvaro, målvärde högst 8,0 procent.",
      "   Utfall: 8,2 procent.",
      "   Bedömning: Ej uppfyllt. Frånvaron har minskat men målvärdet nåddes inte.", "",
      "Mål 3. Fler medarbetare ska arbeta heltid.",
      "   Mått: andel heltidsanställda, målvärde minst 80 procent.",
      "   Utfall: 82,4 procent.",
      "   Bedömning: Uppfyllt.", "",
      "Mål 4. Den som beviljats särskilt boende ska få plats inom rimlig tid.",
      "   Mått: genomsnittlig väntetid från beslut till erbjudande, målvärde högst 60 dagar.",
      "   Utfall: 41 dagar.",
      "   Bedömning: Uppfyllt.", "",
      "Mål 5. Verksamheten ska bedrivas inom budget.",
      "   Mått: nettokostnad i förhållande till budget.",
      "   Utfall: underskott 5,2 mnkr.",
      "   Bedömning: Ej uppfyllt.", "",
      "Sammantaget är två mål uppfyllda, ett delvis uppfyllt och två ej uppfyllda.", "",
      "Framtiden",
      "Andelen invånare över 80 år väntas öka med omkring 30 procent fram till 2030. Nämnden planerar att under "
      "2026 utreda om en avdelning i särskilt boende kan ställas om till korttidsplatser eller trygghetsboende. "
      "Rekryteringen av sjuksköterskor och undersköterskor är fortsatt den största utmaningen.", ""]

goals = [x for x in L if x.startswith("   Bedömning:")]
assert sum("Ej uppfyllt" in g for g in goals) == 2 and sum("Delvis" in g for g in goals) == 1
assert sum(g.strip() in ("Bedömning: Uppfyllt.",) for g in goals) == 2

# wrap prose lines at ~100 characters, keep table rows
import textwrap
out = []
for line in L:
    if len(line) > 100 and not line.startswith(" "):
        out += textwrap.wrap(line, 100, subsequent_indent="  " if line.startswith("- ") else "")
    else:
        out.append(line)
(out_dir() / "igelsjo_on_verksamhetsberattelse_2025.txt").write_text("\n".join(out), encoding="utf-8")
