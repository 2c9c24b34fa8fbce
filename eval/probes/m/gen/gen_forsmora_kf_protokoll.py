"""Forsmora kommun – kommunfullmäktige, protokoll 2025-11-24. HTML exported from the municipal web-TV and
meeting portal "Forsmora Play".

Layout: portal chrome (top nav, a video-player placeholder, a chapter list linking to time stamps) around
<main>; the protocol's meeting data in a <dl>; **every ärende one <section class="arende">** with a small header
(<span class="paragraf">§ 149</span>, <h2> title, <span class="dnr">KS2025-0412</span>) and a time stamp in the
broadcast; **yrkanden, beslutsgång, the voteringslista and the written reservation each inside a
<details>/<summary> element** (collapsed in a browser). The voteringslista is a <table> with one row per member
(Ja / Nej / Avstår marked "X") and the tally in the <summary> and in a <tfoot> row.
"""
import html

from common import out_dir

FILE = "forsmora_kf_protokoll_2025-11-24.html"
DATE = "2025-11-24"

# 31 seats: (name, party); two absent members are replaced by tjänstgörande ersättare (already in this list)
MEMBERS = [
    ("Bengt Åkerlund", "C"), ("Karim Youssef", "S"), ("Lotta Fredén", "S"), ("Jan-Erik Mattsson", "S"),
    ("Susanne Holmér", "S"), ("Ali Demir", "S"), ("Birgitta Ståhlberg", "S"), ("Henrik Ljung", "S"),
    ("Monica Edvall", "S"), ("Stefan Rydén", "S"), ("Emelie Sjöblom", "S"), ("Gunnar Eklöf", "C"),
    ("Maja Tornberg", "C"), ("Per-Anders Nordin", "C"), ("Linnea Kask", "L"), ("Ola Widén", "L"),
    ("Frida Ekman", "MP"),
    ("Ingrid Sahlberg", "M"), ("Anna-Karin Sjöstedt", "M"), ("Magnus Trygg", "M"), ("Camilla Ros", "M"),
    ("Johan Ekberg", "M"), ("Erik Hallin", "M"), ("Marie Lundell", "KD"), ("Daniel Ohlin", "KD"),
    ("Tony Hallgren", "SD"), ("Petra Lindvall", "SD"), ("Kenneth Åhs", "SD"), ("Sofie Grahn", "SD"),
    ("Jonna Bergqvist", "V"), ("Amir Rashidi", "V"),
]
TJG = {"Emelie Sjöblom": "Ulf Brandt", "Erik Hallin": "Lena Paulsson"}  # ordinary member -> serving ersättare
SEATS = 31
assert len(MEMBERS) == SEATS and len({m[0] for m in MEMBERS}) == SEATS
PARTY_SEATS = {"S": 10, "C": 4, "L": 2, "MP": 1, "M": 6, "KD": 2, "SD": 4, "V": 2}
assert all(sum(1 for m in MEMBERS if m[1] == p) == n for p, n in PARTY_SEATS.items())
assert sum(PARTY_SEATS.values()) == SEATS


def present():
    """The 31 who vote: the two absent members replaced by their ersättare (same party)."""
    return [(TJG.get(n, n), p) for n, p in MEMBERS]


def vote_of(party):
    return "Ja" if party in ("S", "C", "L", "MP") else "Avstår" if party == "V" else "Nej"


VOTES = [(n, p, vote_of(p)) for n, p in present()]
JA, NEJ, AVST = (sum(1 for v in VOTES if v[2] == k) for k in ("Ja", "Nej", "Avstår"))
assert (JA, NEJ, AVST) == (17, 12, 2) and JA + NEJ + AVST == SEATS
# minoritetsåterremiss (5 kap. 51 § KL): at least a third of those present
ATERREMISS = [n for n, p in present() if p in ("M", "SD", "V")]
assert len(ATERREMISS) == 12 and 3 * len(ATERREMISS) >= SEATS
# budget figures, tenths of mnkr
RESULTAT, INVEST, SKATT_OLD_ORE, SKATT_M_ORE = 235, 1_420, 2164, 2144
assert SKATT_OLD_ORE - SKATT_M_ORE == 20


def kr(ore):
    return f"{ore // 100},{ore % 100:02d}"


def mnkr(t):
    return f"{t // 10},{t % 10}"


def e(s):
    return html.escape(s, quote=False)


def section(nr, title, dnr, ts, body, details=(), beslut=()):
    out = [f'<section class="arende" id="paragraf-{nr}" data-start="{ts}">',
           '  <div class="arende-head">',
           f'    <span class="paragraf">§ {nr}</span>',
           f'    <h2>{e(title)}</h2>',
           f'    <span class="dnr">{dnr}</span>' if dnr else '',
           '  </div>',
           f'  <p class="tidpunkt">Tidpunkt i sändningen: <a href="#t={ts}">{ts}</a></p>']
    out += [f"  <p>{p}</p>" for p in body]
    for cls, summary, inner in details:
        out += [f'  <details class="{cls}">', f"    <summary>{summary}</summary>", inner, "  </details>"]
    if beslut:
        out += ['  <div class="beslut">', "    <h3>Beslut</h3>"] + [f"    <p>{p}</p>" for p in beslut] + ["  </div>"]
    out.append("</section>")
    return "\n".join(x for x in out if x != "")


def vote_table():
    rows = []
    for n, p, v in VOTES:
        cells = "".join(f"<td>{'X' if v == k else ''}</td>" for k in ("Ja", "Nej", "Avstår"))
        rows.append(f"        <tr><th scope=\"row\">{e(n)}</th><td>{p}</td>{cells}</tr>")
    return ("    <table class=\"voteringslista\">\n      <thead><tr><th>Ledamot</th><th>Parti</th><th>Ja</th>"
            "<th>Nej</th><th>Avstår</th></tr></thead>\n      <tbody>\n" + "\n".join(rows) +
            f"\n      </tbody>\n      <tfoot><tr><th>Summa</th><td></td><td>{JA}</td><td>{NEJ}</td><td>{AVST}</td>"
            f"</tr></tfoot>\n    </table>")


def build():
    ledam = ", ".join(f"{n} ({p})" for n, p in present())
    secs = []
    secs.append(section(148, "Upprop och val av justerare", None, "00:02:05", [
        f"Upprop förrättas. {SEATS} ledamöter är närvarande, varav två tjänstgörande ersättare: "
        f"{', '.join(f'{v} ({dict(MEMBERS)[k]}) för {k}' for k, v in TJG.items())}.",
    ], beslut=["Kommunfullmäktige utser Ingrid Sahlberg (M) och Karim Youssef (S) att tillsammans med "
               "ordföranden justera dagens protokoll. Justeringen äger rum fredagen den 28 november 2025 kl. 10.00 "
               "i stadshuset."]))
    secs.append(section(149, "Mål och budget 2026 med plan för 2027–2028", "KS2025-0412", "00:06:12", [
        "Kommunstyrelsen har lämnat förslag till mål och budget 2026 med plan för 2027–2028. Förslaget innebär "
        f"en oförändrad skattesats om {kr(SKATT_OLD_ORE)} kronor per skattekrona, ett budgeterat resultat för "
        f"2026 om {mnkr(RESULTAT)} mnkr och en investeringsram om {mnkr(INVEST)} mnkr.",
        "Debatten finns i sändningen mellan 00:06:12 och 01:48:30.",
    ], details=[
        ("yrkanden", "Yrkanden (3)",
         "    <ol>\n"
         "      <li>Karim Youssef (S), Gunnar Eklöf (C), Linnea Kask (L) och Frida Ekman (MP) yrkar bifall till "
         "kommunstyrelsens förslag.</li>\n"
         f"      <li>Ingrid Sahlberg (M), Marie Lundell (KD) och Tony Hallgren (SD) yrkar bifall till "
         f"Moderaternas förslag till budget med en skattesats om {kr(SKATT_M_ORE)} kronor.</li>\n"
         "      <li>Jonna Bergqvist (V) meddelar att Vänsterpartiet inte deltar i beslutet.</li>\n"
         "    </ol>"),
        ("beslutsgang", "Beslutsgång",
         "    <p>Ordföranden ställer kommunstyrelsens förslag mot Moderaternas förslag och finner att "
         "kommunfullmäktige beslutar enligt kommunstyrelsens förslag. Votering begärs och verkställs. Den som "
         "vill bifalla kommunstyrelsens förslag röstar ja, den som vill bifalla Moderaternas förslag röstar nej. "
         f"Omröstningen utföll med {JA} ja-röster, {NEJ} nej-röster och {AVST} som avstod. Kommunfullmäktige "
         "har således beslutat enligt kommunstyrelsens förslag.</p>"),
        ("votering", f"Voteringslista – votering 1 (Ja {JA}, Nej {NEJ}, Avstår {AVST})", vote_table()),
        ("reservation", "Bilaga 3 – Skriftlig reservation från Sverigedemokraterna",
         "    <p>Vi reserverar oss mot beslutet. Budgeten saknar en realistisk plan för äldreomsorgens "
         "lokalbehov, och investeringsramen om 142,0 mnkr bygger på en upplåning som vi inte kan ställa oss "
         "bakom. Tony Hallgren, Petra Lindvall, Kenneth Åhs och Sofie Grahn (SD)</p>"),
    ], beslut=[
        f"Kommunfullmäktige beslutar att fastställa skattesatsen för 2026 till {kr(SKATT_OLD_ORE)} kronor per "
        f"skattekrona, att anta mål och budget 2026 med plan för 2027–2028 enligt kommunstyrelsens förslag samt "
        f"att fastställa investeringsramen för 2026 till {mnkr(INVEST)} mnkr.",
        "Reservationer: Moderaternas och Kristdemokraternas ledamöter reserverar sig mot beslutet. "
        "Sverigedemokraternas ledamöter reserverar sig skriftligt, bilaga 3.",
    ]))
    secs.append(section(150, "Detaljplan för Smedjegården etapp 2", "KS2025-0271", "01:49:02", [
        "Gunnar Eklöf (C) anmäler jäv, eftersom han äger en fastighet inom planområdet, och lämnar lokalen. "
        "Han deltar inte i handläggningen av ärendet.",
        "Detaljplanen möjliggör 64 nya bostäder i radhus och flerbostadshus samt en förskola med sex "
        "avdelningar. Samhällsbyggnadsnämnden har godkänt planen och kommunstyrelsen föreslår att den antas.",
    ], details=[
        ("yrkanden", "Yrkanden (1)",
         "    <ol>\n      <li>Lotta Fredén (S) yrkar bifall till kommunstyrelsens förslag.</li>\n    </ol>"),
        ("protokollsanteckning", "Protokollsanteckning (MP)",
         "    <p>Frida Ekman (MP) lämnar en protokollsanteckning: Miljöpartiet förutsätter att "
         "dagvattenhanteringen i etapp 2 följer den nya dagvattenpolicyn.</p>"),
    ], beslut=["Kommunfullmäktige antar detaljplan för Smedjegården etapp 2."]))
    secs.append(section(151, "Renhållningstaxa 2026", "KS2025-0390", "01:58:40", [
        "Kommunstyrelsen har föreslagit en ny renhållningstaxa för 2026 med ny avgiftsstruktur för "
        "matavfallsinsamling.",
    ], details=[
        ("yrkanden", "Yrkanden (1)",
         "    <ol>\n      <li>Anna-Karin Sjöstedt (M) yrkar att ärendet bordläggs till fullmäktiges "
         "sammanträde den 15 december 2025, eftersom konsekvenserna för fritidshusägare inte har redovisats."
         "</li>\n    </ol>"),
        ("beslutsgang", "Beslutsgång",
         "    <p>Ordföranden frågar om ärendet ska avgöras i dag eller bordläggas och finner att "
         "kommunfullmäktige beslutar att bordlägga ärendet.</p>"),
    ], beslut=["Ärendet bordläggs till sammanträdet den 15 december 2025."]))
    secs.append(section(152, "Motion om utegym i kransorterna", "KS2025-0133", "02:04:15", [
        "Jonna Bergqvist (V) har i en motion föreslagit att kommunen bygger utegym i Forsmora-Näs, Lillåker "
        "och Storbyn. Kommunstyrelsen föreslår att motionen avslås med hänvisning till att det saknas "
        "medel i investeringsbudgeten.",
    ], details=[
        ("yrkanden", "Yrkanden (2)",
         "    <ol>\n      <li>Stefan Rydén (S) yrkar bifall till kommunstyrelsens förslag.</li>\n"
         "      <li>Jonna Bergqvist (V), Magnus Trygg (M) och Petra Lindvall (SD) yrkar att ärendet "
         "återremitteras till kommunstyrelsen för att utreda kostnaderna för drift och underhåll samt "
         "möjligheten till medfinansiering från föreningar.</li>\n    </ol>"),
        ("beslutsgang", "Beslutsgång",
         f"    <p>Återremissyrkandet biträds av {len(ATERREMISS)} av {SEATS} närvarande ledamöter, vilket är "
         "minst en tredjedel. Ärendet ska därmed återremitteras enligt 5 kap. 51 § kommunallagen "
         "(minoritetsåterremiss).</p>"),
    ], beslut=["Motionen återremitteras till kommunstyrelsen för att utreda kostnaderna för drift och "
               "underhåll samt möjligheten till medfinansiering från föreningar."]))
    secs.append(section(153, "Avsägelse och fyllnadsval – ersättare i socialnämnden", "KS2025-0022", "02:11:50", [
        "Linnea Kask (L) har avsagt sig uppdraget som ersättare i socialnämnden.",
    ], beslut=["Kommunfullmäktige godkänner avsägelsen och väljer Mikael Bodin (L) till ny ersättare i "
               "socialnämnden för tiden till och med 2026-12-31."]))
    secs.append(section(154, "Anmälan av nya motioner", None, "02:13:20", [
        "Motion från Daniel Ohlin (KD) om trygghetsvandringar i centrum (KS2025-0441).",
        "Motion från Frida Ekman (MP) om laddplatser vid kommunens förskolor (KS2025-0446).",
    ], beslut=["Motionerna överlämnas till kommunstyrelsen för beredning."]))

    chapters = "\n".join(f'        <li><a href="#paragraf-{nr}">§ {nr}</a></li>' for nr in range(148, 155))
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Kommunfullmäktige {DATE} – protokoll – Forsmora Play</title>
<style>
  details {{ border: 1px solid #ccc; margin: .4em 0; padding: .3em .6em; }}
  .arende-head {{ display: flex; gap: 1em; align-items: baseline; }}
  .dnr {{ margin-left: auto; color: #555; }}
</style>
</head>
<body>
<nav class="portal-nav"><a href="/">Forsmora Play</a> | <a href="/direkt">Direktsändning</a> |
  <a href="/arkiv">Arkiv</a> | <a href="/protokoll">Protokoll</a> | <a href="/hjalp">Hjälp</a></nav>
<div class="player" data-video="kf-{DATE}.mp4">
  <p class="player-fallback">Videospelaren kräver JavaScript. Sändningens längd 02:16:45.</p>
</div>
<nav class="kapitel">
  <p>Kapitel i sändningen</p>
  <ol>
{chapters}
  </ol>
</nav>
<main>
<h1>Kommunfullmäktige i Forsmora kommun – protokoll {DATE}</h1>
<dl class="motesfakta">
  <dt>Organ</dt><dd>Kommunfullmäktige, Forsmora kommun</dd>
  <dt>Plats och tid</dt><dd>Forsmora Folkets hus, stora salen, måndagen den 24 november 2025 kl. 18.00–20.20</dd>
  <dt>Ordförande</dt><dd>Bengt Åkerlund (C)</dd>
  <dt>Sekreterare</dt><dd>Therese Vinge</dd>
  <dt>Justerare</dt><dd>Ingrid Sahlberg (M), Karim Youssef (S)</dd>
  <dt>Justering</dt><dd>Stadshuset, 2025-11-28</dd>
  <dt>Paragrafer</dt><dd>§ 148–154</dd>
  <dt>Beslutande</dt><dd>{e(ledam)}</dd>
  <dt>Anslag</dt><dd>Protokollet anslogs på kommunens digitala anslagstavla 2025-12-01 och tas ned 2025-12-23.</dd>
</dl>
{chr(10).join(secs)}
</main>
<footer class="portal-footer"><p>Forsmora Play drivs av Forsmora kommun, kommunledningskontoret. Sändningarna
  arkiveras i två år. Kontakt: fullmaktige@forsmora.example</p></footer>
</body>
</html>
"""


def main():
    (out_dir() / FILE).write_text(build(), encoding="utf-8")


if __name__ == "__main__":
    main()
