"""Hedsunda kommun – Avfallstaxa 2026 as a saved page of the municipal web site (HTML: cookie banner, header with
navigation, breadcrumb, 'på denna sida' list, tables with <caption> comparing 2026 with 2025, a collapsed
<details> block, contact box and footer). The taxa was prepared by vatten- och avfallsnämnden and adopted by KF."""
from common import out_dir, sv_int

FILE = "hedsunda_avfallstaxa_2026.html"

GRUND = [("En- och tvåbostadshus", 1240, 1150), ("Fritidshus", 620, 575),
         ("Lägenhet i flerbostadshus, per lägenhet", 610, 565)]
HAMT = [("Matavfall 140 liter + restavfall 190 liter", "Varannan vecka", 1820, 1690),
        ("Matavfall 140 liter varannan vecka + restavfall 190 liter", "Restavfall var fjärde vecka", 1340, 1250),
        ("Hemkompost + restavfall 190 liter", "Var fjärde vecka", 960, 900),
        ("Restavfall 370 liter utan matavfallssortering", "Varannan vecka", 3950, 3400),
        ("Fritidshus: matavfall 140 liter + restavfall 190 liter", "Varannan vecka, vecka 18–39", 1080, 1010)]
SLAM = [("Slamavskiljare upp till 3 m³, schemalagd tömning", 1290, 1210),
        ("Slamavskiljare upp till 3 m³, extra tömning inom 5 arbetsdagar", 1890, 1760),
        ("Slamavskiljare upp till 3 m³, akut tömning inom 24 timmar", 2950, 2700),
        ("Sluten tank upp till 6 m³, tömning", 1640, 1530),
        ("Tillägg för slanglängd över 20 meter, per påbörjade 10 meter", 150, 140)]
TYP26 = GRUND[0][1] + HAMT[0][2]
TYP25 = GRUND[0][2] + HAMT[0][3]
assert (TYP26, TYP25, TYP26 - TYP25) == (3060, 2840, 220)
assert all(a >= b for *_x, a, b in GRUND + SLAM) and all(r[2] > r[3] for r in HAMT)
# the unsorted subscription rises most, in kronor and in per cent
incr = [(r[2] - r[3]) / r[3] for r in HAMT]
assert max(incr) == incr[3] and HAMT[3][2] - HAMT[3][3] == 550


def table(caption, head, rows):
    h = "".join(f'<th scope="col">{x}</th>' for x in head)
    body = "\n".join("      <tr>" + "".join(
        (f'<th scope="row">{c}</th>' if j == 0 else f"<td>{c}</td>") for j, c in enumerate(r)) + "</tr>"
        for r in rows)
    return f"""  <table class="taxa-table">
    <caption>{caption}</caption>
    <thead><tr>{h}</tr></thead>
    <tbody>
{body}
    </tbody>
  </table>"""


g_rows = [(n, f"{sv_int(a)} kr", f"{sv_int(b)} kr") for n, a, b in GRUND]
h_rows = [(n, f, f"{sv_int(a)} kr", f"{sv_int(b)} kr") for n, f, a, b in HAMT]
s_rows = [(n, f"{sv_int(a)} kr", f"{sv_int(b)} kr") for n, a, b in SLAM]

page = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Avfallstaxa 2026 - Hedsunda kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/static/css/main.4f2a91.css">
<script>window.dataLayer = window.dataLayer || [];</script>
</head>
<body class="page-content">
<div id="cookie-consent" class="cookie-banner" role="dialog" aria-label="Kakor">
  <p>Hedsunda kommun använder kakor (cookies) för att webbplatsen ska fungera och för besöksstatistik.</p>
  <button type="button">Godkänn alla</button> <button type="button">Endast nödvändiga</button>
</div>
<header class="site-header">
  <a class="logo" href="/">Hedsunda kommun</a>
  <nav class="main-nav" aria-label="Huvudmeny">
    <ul>
      <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
      <li><a href="/utbildning-och-barnomsorg">Utbildning och barnomsorg</a></li>
      <li><a href="/bo-och-bygga" aria-current="true">Bo och bygga</a></li>
      <li><a href="/kultur-och-fritid">Kultur och fritid</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
  <form class="search" action="/sok"><input type="search" name="q" placeholder="Sök på webbplatsen"></form>
</header>
<nav class="breadcrumb" aria-label="Brödsmulor">
  <ol>
    <li><a href="/">Start</a></li>
    <li><a href="/bo-och-bygga">Bo och bygga</a></li>
    <li><a href="/bo-och-bygga/avfall-och-atervinning">Avfall och återvinning</a></li>
    <li aria-current="page">Avfallstaxa 2026</li>
  </ol>
</nav>
<main id="content">
<article>
  <h1>Avfallstaxa 2026</h1>
  <p class="preamble">Kommunfullmäktige beslutade den 27 oktober 2025 om en ny avfallstaxa för Hedsunda kommun. Den nya
  taxan gäller från och med 1 januari 2026. Avgifterna höjs i genomsnitt med 7,5 procent.</p>
  <div class="toc">
    <h2>På denna sida</h2>
    <ul>
      <li><a href="#varfor">Varför höjs avgiften?</a></li>
      <li><a href="#grundavgift">Grundavgift</a></li>
      <li><a href="#hamtning">Hämtningsavgift för en- och tvåbostadshus</a></li>
      <li><a href="#slam">Tömning av enskilda avlopp</a></li>
      <li><a href="#ovrigt">Övriga avgifter</a></li>
    </ul>
  </div>

  <h2 id="varfor">Varför höjs avgiften?</h2>
  <p>Avfallsverksamheten finansieras helt med avgifter enligt självkostnadsprincipen; ingen skatt används. Taxan
  höjs av tre skäl. Den nya entreprenaden för insamling av hushållsavfall, som börjar gälla 1 januari 2026, blev
  omkring 11 procent dyrare än det tidigare avtalet. Kostnaden för att ta emot och behandla matavfall har ökat, och
  avgifterna räknas dessutom upp med avfallsindex.</p>
  <p>För ett typhus, en villa med matavfallssortering och hämtning varannan vecka, blir den sammanlagda avgiften
  {sv_int(TYP26)} kronor per år 2026. Det är {sv_int(TYP26 - TYP25)} kronor mer än 2025, då avgiften var
  {sv_int(TYP25)} kronor.</p>
  <p>Avgiften för abonnemang utan matavfallssortering höjs mer än övriga, från {sv_int(HAMT[3][3])} till
  {sv_int(HAMT[3][2])} kronor per år. Syftet är att styra mot att fler hushåll sorterar ut sitt matavfall, vilket
  är ett krav för alla hushåll sedan 2024.</p>

  <h2 id="grundavgift">Grundavgift</h2>
  <p>Grundavgiften betalas av alla hushåll och täcker bland annat återvinningscentralen, farligt avfall,
  kundtjänst och information. Den tas ut per hushåll och år.</p>
{table("Grundavgift per år", ["Typ av bostad", "Avgift 2026", "Avgift 2025"], g_rows)}

  <h2 id="hamtning">Hämtningsavgift för en- och tvåbostadshus</h2>
  <p>Hämtningsavgiften beror på kärlstorlek och hur ofta kärlen töms. Alla avgifter gäller per år och inkluderar
  moms.</p>
{table("Hämtningsavgift per år, en- och tvåbostadshus", ["Abonnemang", "Hämtningsintervall", "Avgift 2026", "Avgift 2025"], h_rows)}
  <p>Den som vill byta abonnemang gör det via e-tjänsten. Byte av kärlstorlek kostar 300 kr. Två grannar kan dela
  kärl; var och en betalar då sin grundavgift medan hämtningsavgiften delas.</p>

  <h2 id="slam">Tömning av enskilda avlopp</h2>
{table("Avgift per tömning", ["Tjänst", "Avgift 2026", "Avgift 2025"], s_rows)}
  <p>Schemalagd tömning av slamavskiljare sker en gång per år för permanentbostäder och vartannat år för
  fritidshus. Akut tömning beställs via kundtjänst eller, utanför kontorstid, via kommunens jourtelefon.</p>

  <h2 id="ovrigt">Övriga avgifter</h2>
  <ul>
    <li>Dragväg längre än 5 meter: 25 kr per kärl och tömning.</li>
    <li>Uppehåll i hämtning (minst sex månader), handläggningsavgift: 350 kr.</li>
    <li>Återvinningscentralen Rödjan: besök ingår i grundavgiften för hushåll. Företag betalar 400 kr per besök.</li>
  </ul>
  <p>Grovavfall, trädgårdsavfall och elavfall lämnas på Rödjans återvinningscentral.</p>

  <details class="accordion">
    <summary>Beslut och taxedokument</summary>
    <p>Taxan har tagits fram av vatten- och avfallsnämnden, som föreslog den för kommunfullmäktige vid sitt
    sammanträde 2025-09-18. Kommunfullmäktige antog taxan 2025-10-27, § 84 (dnr VAN 2025-0093). Den fullständiga
    taxan med föreskrifter finns som PDF.</p>
    <ul class="downloads">
      <li><a href="/download/18.3c1e/avfallstaxa-2026.pdf">Avfallstaxa 2026 (PDF, 412 kB)</a></li>
      <li><a href="/download/18.3c1f/avfallsforeskrifter.pdf">Föreskrifter om avfallshantering (PDF, 655 kB)</a></li>
    </ul>
  </details>

  <aside class="contact-box">
    <h2>Kontakt</h2>
    <p>Kundtjänst Vatten och avfall<br>E-post: avfall@hedsunda.se<br>Telefontid vardagar 8–16</p>
  </aside>
  <p class="page-meta">Senast uppdaterad: 2025-11-04 · Ansvarig för sidan: Vatten och avfall</p>
</article>
</main>
<footer class="site-footer">
  <p>Hedsunda kommun · Stadshuset · Torget 1 · 000 00 Hedsunda</p>
  <ul><li><a href="/tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/kakor">Om kakor</a></li>
  <li><a href="/personuppgifter">Så hanterar vi personuppgifter</a></li></ul>
</footer>
</body>
</html>
"""
(out_dir() / FILE).write_text(page, encoding="utf-8")
