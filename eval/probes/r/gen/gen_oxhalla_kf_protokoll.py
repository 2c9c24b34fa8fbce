"""Oxhälla kommun, kommunfullmäktige, protokoll 2025-11-24 as a meeting-portal HTML page
(motion answered, interpellation, budget decision with vote).

Invented municipality, people and figures. Assertions keep the figures consistent.
"""
from common import out_dir, sv_tenths

# ramar 2026, tenths of mnkr
ramar = [("Kommunstyrelsen", 984), ("Barn- och utbildningsnämnden", 7426), ("Socialnämnden", 2983),
         ("Vård- och omsorgsnämnden", 5129), ("Tekniska nämnden", 961), ("Kultur- och fritidsnämnden", 487),
         ("Miljö- och byggnadsnämnden", 122), ("Revisionen", 26), ("Överförmyndarnämnden", 54)]
summa = sum(v for _, v in ramar)
assert summa == 18172
skatter = 18719
gemensamt = -262
resultat = skatter - summa + gemensamt
assert resultat == 285
assert round(resultat / skatter * 1000) == 15   # 1,5 %
ja, nej = 27, 22
assert ja + nej == 49
opp_tillskott_von = 140
assert opp_tillskott_von == 140

ram_rows = "\n".join(f"<tr><td>{n}</td><td class=\"num\">{sv_tenths(v)}</td></tr>" for n, v in ramar)

html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Protokoll Kommunfullmäktige 2025-11-24 - Oxhälla kommun - Möten och protokoll</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/mp/css/portal.css">
<style>td.num{{text-align:right}} .paragraf h3{{margin-bottom:0}}</style>
<script>window.mpConfig = {{"org": "oxhalla", "lang": "sv"}};</script>
</head>
<body>
<header class="portal-header">
<a class="logo" href="/">Oxhälla kommun</a>
<nav class="top-nav"><ul><li><a href="/mp/">Möten</a></li><li><a href="/mp/organ">Organ</a></li>
<li><a href="/mp/sok">Sök handlingar</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav>
</header>
<nav class="breadcrumb"><a href="/">Start</a> › <a href="/mp/">Möten och protokoll</a> ›
<a href="/mp/organ/kf">Kommunfullmäktige</a> › 2025-11-24</nav>
<main>
<aside class="motesinfo">
<h2>Mötesinformation</h2>
<dl>
<dt>Organ</dt><dd>Kommunfullmäktige</dd>
<dt>Datum</dt><dd>2025-11-24 kl. 18.00–22.40</dd>
<dt>Plats</dt><dd>Oxhälla Folkets hus, stora salen</dd>
<dt>Status</dt><dd>Protokoll justerat 2025-11-28</dd>
</dl>
<h2>Dokument</h2>
<ul class="doclist"><li><a href="/mp/dok/88412.pdf">Protokoll KF 2025-11-24 (pdf, 1,2 MB)</a></li>
<li><a href="/mp/dok/88413.pdf">Bilaga 1 Budget 2026 och plan 2027–2028 (pdf)</a></li>
<li><a href="/mp/dok/88414.pdf">Bilaga 2 Reservation S och V (pdf)</a></li></ul>
</aside>
<article class="protokoll">
<h1>Kommunfullmäktige – protokoll 2025-11-24</h1>
<p class="meta">Ordförande: Kerstin Dahlgren (C) · Sekreterare: Tobias Renström · Justerare: Hanna Lind (S) och
Magnus Öhrn (M) · Paragrafer: §§ 128–132</p>

<section class="paragraf" id="p128">
<h3>§ 128 Upprop och val av justerare</h3>
<p>Upprop förrättas. 49 ledamöter är närvarande, varav sex tjänstgörande ersättare. Fullmäktige utser Hanna Lind (S)
och Magnus Öhrn (M) att jämte ordföranden justera protokollet.</p>
</section>

<section class="paragraf" id="p129">
<h3>§ 129 Budget 2026 och plan 2027–2028</h3>
<p class="dnr">Dnr KS 2025/0188</p>
<h4>Ärendebeskrivning</h4>
<p>Kommunstyrelsen har 2025-11-04 § 162 lämnat förslag till budget för 2026 och plan för 2027–2028. Förslaget
bygger på en oförändrad skattesats och ger ett budgeterat resultat för 2026 på {sv_tenths(resultat)} mnkr, vilket
motsvarar 1,5 procent av skatteintäkter och generella statsbidrag ({sv_tenths(skatter)} mnkr). För planåren beräknas
resultatet till 31,0 mnkr för 2027 och 36,2 mnkr för 2028. Investeringsbudgeten för 2026 omfattar 186,0 mnkr, varav
64,5 mnkr avser den nya förskolan i Hagaberg.</p>
<table class="ramar">
<caption>Driftramar 2026 per nämnd (mnkr)</caption>
<thead><tr><th>Nämnd</th><th>Ram 2026</th></tr></thead>
<tbody>
{ram_rows}
<tr><td>Summa nämnder</td><td class="num">{sv_tenths(summa)}</td></tr>
<tr><td>Kommungemensamma poster och finansnetto</td><td class="num">{sv_tenths(gemensamt)}</td></tr>
<tr><td>Skatteintäkter och generella statsbidrag</td><td class="num">{sv_tenths(skatter)}</td></tr>
<tr><td><strong>Budgeterat resultat 2026</strong></td><td class="num"><strong>{sv_tenths(resultat)}</strong></td></tr>
</tbody>
</table>
<h4>Yrkanden</h4>
<p>Lars-Erik Modin (M) yrkar, med instämmande av Sofia Grahn (KD), Ulf Bergkvist (C) och Emma Sand (L), bifall till
kommunstyrelsens förslag. Hanna Lind (S) yrkar, med instämmande av Leif Ström (V), bifall till Socialdemokraternas
och Vänsterpartiets gemensamma budgetförslag, som innebär en skattesats på 22,09 kronor och ett tillskott om
{sv_tenths(opp_tillskott_von)} mnkr till vård- och omsorgsnämnden. Patrik Hägg (SD) yrkar bifall till kommunstyrelsens
förslag med den ändringen att ramen för kultur- och fritidsnämnden minskas med 2,0 mnkr.</p>
<h4>Beslutsgång</h4>
<p>Ordföranden ställer först Patrik Häggs ändringsyrkande mot kommunstyrelsens förslag och finner att fullmäktige
avslår ändringsyrkandet. Därefter ställer ordföranden kommunstyrelsens förslag mot S och V:s budgetförslag och finner
att fullmäktige bifaller kommunstyrelsens förslag. Votering begärs och verkställs. Den som vill bifalla
kommunstyrelsens förslag röstar ja, den som vill bifalla S och V:s förslag röstar nej. Voteringen utfaller med
{ja} ja-röster mot {nej} nej-röster (voteringslista, bilaga 3). Fullmäktige har därmed bifallit kommunstyrelsens
förslag.</p>
<h4>Beslut</h4>
<ol>
<li>Skattesatsen för 2026 fastställs till oförändrade 21,84 kronor per skattekrona.</li>
<li>Budget 2026 och plan 2027–2028 fastställs enligt kommunstyrelsens förslag, bilaga 1, med driftramar per nämnd
enligt tabellen ovan.</li>
<li>Investeringsbudget 2026 fastställs till 186,0 mnkr.</li>
<li>Kommunstyrelsen får under 2026 nyupplåna, det vill säga öka kommunens skulder, med högst 90,0 mnkr.</li>
</ol>
<h4>Reservation</h4>
<p>Socialdemokraternas och Vänsterpartiets ledamöter reserverar sig mot beslutet till förmån för sitt eget
budgetförslag (bilaga 2). Sverigedemokraternas ledamöter lämnar en protokollsanteckning.</p>
</section>

<section class="paragraf" id="p130">
<h3>§ 130 Svar på motion om avgiftsfri kollektivtrafik för invånare över 75 år</h3>
<p class="dnr">Dnr KS 2024/0311</p>
<h4>Ärendebeskrivning</h4>
<p>Leif Ström (V) föreslår i en motion väckt 2024-09-30 att kommunen inför avgiftsfria resor i den regionala
busstrafiken inom kommunen för invånare som fyllt 75 år. I kommunen bor omkring 4 300 personer i den åldern.
Kommunstyrelsens förvaltning har tillsammans med regionens kollektivtrafikförvaltning beräknat att förslaget skulle
minska biljettintäkterna med cirka 2,1 mnkr per år, som kommunen måste ersätta regionen för. Det finns i dag ingen
finansiering i budgeten. Kommunstyrelsen föreslog 2025-10-21 § 151 att motionen avslås.</p>
<h4>Yrkanden</h4>
<p>Leif Ström (V) och Hanna Lind (S) yrkar bifall till motionen. Ulf Bergkvist (C) yrkar bifall till
kommunstyrelsens förslag.</p>
<h4>Beslutsgång</h4>
<p>Ordföranden ställer proposition på de båda yrkandena och finner att fullmäktige bifaller kommunstyrelsens
förslag.</p>
<h4>Beslut</h4>
<p>Motionen avslås.</p>
<h4>Reservation</h4>
<p>Leif Ström (V) reserverar sig mot beslutet.</p>
</section>

<section class="paragraf" id="p131">
<h3>§ 131 Interpellation om personalkontinuiteten i hemtjänsten</h3>
<p class="dnr">Dnr KS 2025/0402</p>
<p>Hanna Lind (S) har ställt en interpellation till vård- och omsorgsnämndens ordförande Göran Ekdahl (M). Lind
frågar hur nämnden ska förbättra kontinuiteten, eftersom en brukare med hemtjänst i genomsnitt möter 16 olika
medarbetare under en period om 14 dagar, och om nämnden kommer att sätta ett mål för antalet.</p>
<p>Göran Ekdahl (M) svarar att kontinuiteten är en prioriterad fråga och att nämnden i sin verksamhetsplan för 2026
satt målet att antalet ska understiga 12. Hemtjänsten ska delas in i mindre arbetslag, och nämnden har gett
förvaltningen i uppdrag att förbereda en upphandling av ett nytt planeringssystem som ska påbörjas under våren
2026. Ekdahl framhåller att personalomsättningen har minskat från 19 till 15 procent på två år.</p>
<p>I den efterföljande debatten deltar Hanna Lind (S), Göran Ekdahl (M) och Leif Ström (V).</p>
<h4>Beslut</h4>
<p>Interpellationen är besvarad och debatten förklaras avslutad.</p>
</section>

<section class="paragraf" id="p132">
<h3>§ 132 Avsägelse och fyllnadsval</h3>
<p class="dnr">Dnr KS 2025/0019</p>
<p>Emma Sand (L) har avsagt sig uppdraget som ersättare i miljö- och byggnadsnämnden. Fullmäktige beviljar
avsägelsen och väljer Jakob Tell (L) till ny ersättare för tiden till och med 2026-12-31.</p>
</section>
</article>
</main>
<footer class="portal-footer"><p>Oxhälla kommun · Torggatan 1 · Växel 0555-120 00 ·
<a href="/om-webbplatsen/tillganglighet">Tillgänglighetsredogörelse</a> · <a href="/kakor">Om kakor</a></p></footer>
</body>
</html>
"""
(out_dir() / "oxhalla_kf_protokoll_2025-11-24.html").write_text(html, encoding="utf-8")
