"""Siklunda kommun – kultur- och fritidsnämndens protokoll 2026-02-24 as published on the municipal website (HTML).

Layout: site navigation, breadcrumbs, a cookie banner and a site footer around the content; each § is an
<h3> heading with paragraphs; "Beslut" is a <p><strong>Beslut</strong></p> followed by paragraphs; the
föreningsbidrag are a small <table> per förening.
"""
from html import escape

from common import out_dir, sv_int

FILE = "siklunda_kfn_protokoll_2026-02-24.html"

LEDAMOTER = [("Anna Hed", "C", "ordförande"), ("Lars Nyqvist", "S", "vice ordförande"), ("Fredrik Ström", "M", ""),
             ("Camilla Borg", "M", ""), ("Maja Örn", "S", ""), ("Emil Sand", "V", ""), ("Tommy Lindvall", "SD", ""),
             ("Rebecka Alm", "SD", "tjänstgörande ersättare för Kent Hjort (SD)"), ("Oskar Nord", "KD", "")]
assert len(LEDAMOTER) == 9
NEJ = {"S", "V"}
JA_N = sum(p not in NEJ for _, p, _ in LEDAMOTER)
NEJ_N = sum(p in NEJ for _, p, _ in LEDAMOTER)
assert (JA_N, NEJ_N) == (6, 3)

BIDRAG = [("Siklunda IF", 185000, 160000), ("Sjöviks Ridklubb", 92000, 80000),
          ("Siklunda Schacksällskap", 18000, 15000), ("Brunnsbo Hembygdsförening", 40000, 40000),
          ("KFUM Siklunda", 75000, 62000)]
SOKT, BEV = sum(b[1] for b in BIDRAG), sum(b[2] for b in BIDRAG)
RAM = 380000
assert (SOKT, BEV) == (410000, 357000) and BEV <= RAM
AVG_GAMMAL, AVG_NY = 70, 80
BESOK_2025, BESOK_2024 = 84200, 79600
PRIS = 20000


def build():
    members = "".join(f"<li>{escape(n)} ({p}){', ' + escape(r) if r else ''}</li>" for n, p, r in LEDAMOTER)
    rows = "".join(f"<tr><td>{escape(n)}</td><td>{sv_int(s)}</td><td>{sv_int(b)}</td></tr>" for n, s, b in BIDRAG)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Protokoll kultur- och fritidsnämnden 2026-02-24 – Siklunda kommun</title>
<style>body{{font-family:sans-serif}} .cookie{{background:#eee;padding:1em}} nav a{{margin-right:1em}}</style>
</head>
<body>
<div class="cookie" id="cookie-banner">
<p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra din upplevelse. Genom att
klicka på "Godkänn alla" samtycker du till att vi använder kakor för statistik.</p>
<button>Godkänn alla</button> <button>Endast nödvändiga</button> <a href="/om-webbplatsen/kakor">Läs mer om kakor</a>
</div>
<header>
<a href="/" class="logo">Siklunda kommun</a>
<nav aria-label="Huvudmeny">
<a href="/omsorg-och-stod">Omsorg och stöd</a>
<a href="/utbildning-och-barnomsorg">Utbildning och barnomsorg</a>
<a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a>
<a href="/kultur-och-fritid">Kultur och fritid</a>
<a href="/kommun-och-politik">Kommun och politik</a>
</nav>
<form role="search"><input type="search" placeholder="Sök på webbplatsen"><button>Sök</button></form>
</header>
<nav aria-label="Brödsmulor" class="breadcrumbs">
<a href="/">Start</a> › <a href="/kommun-och-politik">Kommun och politik</a> ›
<a href="/kommun-och-politik/namnder">Nämnder</a> › Kultur- och fritidsnämnden › Protokoll 2026-02-24
</nav>
<main>
<h1>Kultur- och fritidsnämnden – protokoll 2026-02-24</h1>
<p class="ingress">Protokoll från kultur- och fritidsnämndens sammanträde tisdagen den 24 februari 2026 kl. 18.00–20.40
i Biblioteket, Siklunda. Protokollet justerades 2026-03-02.</p>
<h2>Närvarande</h2>
<p>Beslutande:</p>
<ul>{members}</ul>
<p>Övriga: Jenny Blom, kultur- och fritidschef; Patrik Ros, nämndsekreterare.</p>

<h3>§ 8 Val av justerare</h3>
<p>Lars Nyqvist (S) utses att jämte ordföranden justera protokollet.</p>

<h3>§ 9 Föreningsbidrag 2026 – verksamhetsbidrag</h3>
<p>Dnr KFN 2025/64</p>
<p>Fem föreningar har ansökt om verksamhetsbidrag för 2026 med sammanlagt {sv_int(SOKT)} kronor. Nämndens ram för
verksamhetsbidrag 2026 är {sv_int(RAM)} kronor. Förvaltningen har bedömt ansökningarna enligt nämndens riktlinjer för
föreningsstöd, där antalet aktiva medlemmar under 25 år och föreningens egen finansiering väger tyngst.</p>
<table>
<caption>Verksamhetsbidrag 2026 per förening (kronor)</caption>
<thead><tr><th>Förening</th><th>Sökt belopp</th><th>Beviljat belopp</th></tr></thead>
<tbody>{rows}</tbody>
<tfoot><tr><td>Summa</td><td>{sv_int(SOKT)}</td><td>{sv_int(BEV)}</td></tr></tfoot>
</table>
<p><strong>Beslut</strong></p>
<p>Kultur- och fritidsnämnden beslutar att bevilja verksamhetsbidrag för 2026 enligt tabellen, sammanlagt
{sv_int(BEV)} kronor.</p>
<p>Bidragen betalas ut i mars 2026. Återstående {sv_int(RAM - BEV)} kronor av ramen reserveras för ansökningar om
aktivitetsbidrag under hösten.</p>

<h3>§ 10 Entréavgifter i Siklunda simhall</h3>
<p>Dnr KFN 2025/71</p>
<p>Simhallens intäkter täcker i dag en mindre del av driftkostnaden än i jämförbara anläggningar, och energikostnaderna
har ökat. Förvaltningen föreslår att entréavgiften för vuxna höjs från {AVG_GAMMAL} kronor till {AVG_NY} kronor. Avgiften
för barn och ungdomar under 18 år lämnas oförändrad.</p>
<p>Lars Nyqvist (S) yrkar avslag på förvaltningens förslag. Fredrik Ström (M) yrkar bifall till förvaltningens förslag.</p>
<p>Votering begärs och genomförs. Ja-röst för bifall till förvaltningens förslag, nej-röst för avslag.
Med {JA_N} ja-röster mot {NEJ_N} nej-röster beslutar nämnden enligt förvaltningens förslag.
Ja: {", ".join(f"{n} ({p})" for n, p, _ in LEDAMOTER if p not in NEJ)}.
Nej: {", ".join(f"{n} ({p})" for n, p, _ in LEDAMOTER if p in NEJ)}.</p>
<p><strong>Beslut</strong></p>
<p>Kultur- och fritidsnämnden beslutar att höja entréavgiften för vuxna i Siklunda simhall från {AVG_GAMMAL} kronor
till {AVG_NY} kronor.</p>
<p>Den nya avgiften gäller från och med 2026-04-01.</p>
<p><strong>Reservation</strong></p>
<p>Lars Nyqvist (S), Maja Örn (S) och Emil Sand (V) reserverar sig mot beslutet.</p>

<h3>§ 11 Biblioteksverksamheten – redovisning av besöksstatistik 2025</h3>
<p>Dnr KFN 2026/5</p>
<p>Biblioteken i Siklunda hade {sv_int(BESOK_2025)} fysiska besök under 2025, jämfört med {sv_int(BESOK_2024)} besök
under 2024. Ökningen förklaras av de utökade meröppettiderna på filialen i Sjövik, som infördes i mars 2025.</p>
<p><strong>Beslut</strong></p>
<p>Kultur- och fritidsnämnden tackar för redovisningen och lägger den till handlingarna.</p>

<h3>§ 12 Siklunda kommuns kulturpris 2026</h3>
<p>Dnr KFN 2025/80</p>
<p>Sju nomineringar har kommit in. Nämndens presidium har berett ärendet.</p>
<p><strong>Beslut</strong></p>
<p>Kultur- och fritidsnämnden beslutar att tilldela Siklunda kommuns kulturpris 2026 om {sv_int(PRIS)} kronor till
textilkonstnären Ingrid Vall för hennes arbete med offentlig konst och workshoppar för unga.</p>
<p>Priset delas ut vid nationaldagsfirandet den 6 juni 2026.</p>
</main>
<footer>
<p>Siklunda kommun · 123 45 Siklunda · Telefon 0123-456 00 · kommun@siklunda.example</p>
<p><a href="/om-webbplatsen">Om webbplatsen</a> · <a href="/tillganglighet">Tillgänglighetsredogörelse</a> ·
<a href="/om-webbplatsen/kakor">Kakor</a> · Senast uppdaterad 2026-03-03</p>
</footer>
</body>
</html>
"""
    (out_dir() / FILE).write_text(html, encoding="utf-8")


if __name__ == "__main__":
    build()
