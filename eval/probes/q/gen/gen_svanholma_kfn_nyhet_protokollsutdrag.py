"""Svanholma kommun – a news item on the municipal website about a kultur- och fritidsnämnd decision, with the
formal protokollsutdrag of the same decision shown under it by the site's meeting-system integration.

Layout: a saved CMS page (skip link, header with menu and search, breadcrumb, JSON-LD NewsArticle in the head, a
cookie notice, footer). The **press version** (`<article class="nyhet">`: h1, date line, ingress, figure with caption,
body, quotes as `<blockquote>`, an h2 with a `<ul>` of opening hours, contact box, "Läs mer" links with file size)
rounds and simplifies: "drygt 600 000 kronor om året", "från februari", "efter omröstning", "nästan 9 000 besök",
"kan också få öppet på lördagar". The **protokollsutdrag** (`<section class="mp-utdrag">`, headed "Utdrag ur
protokoll", with § number, Dnr, Ärendebeskrivning, Yrkanden, Beslutsgång with the vote, Beslut as an `<ol>`,
Reservation, Justerandes signatur / Utdragsbestyrkande) carries the exact figures: 640 tkr per helår (585 tkr 2026),
from 2026-02-02, 6–3, 8 640 besök Jan–Nov 2025 (7 910), only an uppdrag to investigate Saturday opening in Ekeby.
"""
from common import out_dir

FILE = "svanholma_kfn_nyhet_fritidsgardar_2025-12-16.html"

KOST_HELAR, KOST_2026, EVENEMANG, VAKANS = 640, 585, 400, 240
assert EVENEMANG + VAKANS == KOST_HELAR and KOST_2026 < KOST_HELAR
JA, NEJ = 6, 3
BESOK_25, BESOK_24 = 8_640, 7_910
assert 600 < KOST_HELAR < 700 and 8_500 < BESOK_25 < 9_000   # the press version's "drygt 600 000", "nästan 9 000"

HTML = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Längre öppettider på fritidsgårdarna från februari - Svanholma kommun</title>
<meta name="description" content="Fritidsgårdarna i Svanholma får öppet fler kvällar i veckan.">
<meta property="og:type" content="article">
<meta property="og:title" content="Längre öppettider på fritidsgårdarna från februari">
<link rel="stylesheet" href="/static/css/main.4f2a91.css">
<script type="application/ld+json">
{{"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Längre öppettider på fritidsgårdarna från februari",
 "datePublished": "2025-12-16T10:30:00+01:00", "dateModified": "2025-12-16T14:05:00+01:00",
 "publisher": {{"@type": "GovernmentOrganization", "name": "Svanholma kommun"}}}}
</script>
</head>
<body class="page-news">
<a class="skip-link" href="#main">Till innehållet</a>
<div class="cookie-notice" role="region" aria-label="Kakor">
  <p>Vi använder kakor för att webbplatsen ska fungera och för att förbättra den. <a href="/om-webbplatsen/kakor">Läs mer om kakor</a></p>
  <button type="button">Jag förstår</button>
</div>
<header class="site-header">
  <a class="logo" href="/"><img src="/static/img/svanholma-logo.svg" alt="Svanholma kommun"></a>
  <form class="search" action="/sok" role="search"><label for="q">Sök</label><input id="q" name="q" type="search"><button>Sök</button></form>
  <nav class="main-menu" aria-label="Huvudmeny">
    <ul>
      <li><a href="/uppleva-och-gora">Uppleva och göra</a></li>
      <li><a href="/barn-och-utbildning">Barn och utbildning</a></li>
      <li><a href="/omsorg-och-stod">Omsorg och stöd</a></li>
      <li><a href="/bygga-bo-och-miljo">Bygga, bo och miljö</a></li>
      <li><a href="/kommun-och-politik">Kommun och politik</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Du är här">
  <ol><li><a href="/">Start</a></li><li><a href="/nyheter">Nyheter</a></li><li aria-current="page">Längre öppettider på fritidsgårdarna från februari</li></ol>
</nav>
<main id="main">
<article class="nyhet">
  <h1>Längre öppettider på fritidsgårdarna från februari</h1>
  <p class="meta"><time datetime="2025-12-16">16 december 2025</time> · Kultur och fritid</p>
  <p class="ingress">Kultur- och fritidsnämnden har beslutat att fritidsgårdarna i Svanholma ska ha öppet fler kvällar i veckan. Satsningen kostar drygt 600 000 kronor om året.</p>
  <figure>
    <img src="/images/nyheter/fyren-biljard.jpg" alt="Ungdomar spelar biljard på fritidsgården Fyren">
    <figcaption>Fritidsgården Fyren får öppet alla vardagar. Foto: Svanholma kommun</figcaption>
  </figure>
  <p>Från februari har fritidsgården Fyren i centrala Svanholma öppet varje vardag. Fritidsgården i Ekeby får öppet tre kvällar i veckan i stället för två. För att klara de längre öppettiderna anställs fler fritidsledare.</p>
  <p>Fritidsgårdarna har haft fler besökare i år än i fjol, nästan 9 000 besök hittills.</p>
  <blockquote><p>– Fritidsgårdarna är en trygg mötesplats för många unga. Nu kan fler hitta dit varje vardag, säger Karin Holmberg (C), ordförande i kultur- och fritidsnämnden.</p></blockquote>
  <p>Pengarna tas från nämndens egen budget. Beslutet fattades efter omröstning. Socialdemokraterna ville skjuta upp ärendet.</p>
  <blockquote><p>– Vi är positiva till längre öppettider, men vi tycker inte att kommunens evenemang ska betala för dem, säger Tobias Ek (S).</p></blockquote>
  <p>Fritidsgården i Ekeby kan också få öppet på lördagar. Det ska förvaltningen nu titta på.</p>
  <h2>Så blir öppettiderna</h2>
  <ul>
    <li>Fyren: måndag–fredag kl. 15–21</li>
    <li>Ekeby: tisdag, onsdag och fredag kl. 16–21</li>
  </ul>
  <div class="kontakt">
    <h2>Kontakt</h2>
    <p>Jonas Pettersson, fritidschef<br>Telefon: 000-45 60 00 (växeln)</p>
  </div>
  <div class="las-mer">
    <h2>Läs mer</h2>
    <ul>
      <li><a href="/download/18.5c2e/KFN-2025-12-10-protokoll.pdf">Protokoll kultur- och fritidsnämnden 2025-12-10 (pdf, 412 kB)</a></li>
      <li><a href="/uppleva-och-gora/fritidsgardar">Fritidsgårdar i Svanholma</a></li>
    </ul>
  </div>
</article>

<section class="mp-utdrag" data-source="meetings" aria-labelledby="utdrag-rubrik">
  <h2 id="utdrag-rubrik">Protokollsutdrag</h2>
  <div class="utdrag-huvud">
    <p>Svanholma kommun</p>
    <p><strong>Utdrag ur protokoll</strong></p>
    <p>Kultur- och fritidsnämnden</p>
    <p>Sammanträdesdatum 2025-12-10</p>
  </div>
  <h3>§ 98 Utökade öppettider för fritidsgårdarna 2026</h3>
  <p class="dnr">Dnr KFN-2025/142</p>
  <h4>Ärendebeskrivning</h4>
  <p>Kultur- och fritidsförvaltningen har på nämndens uppdrag (2025-06-11, § 51) utrett hur fritidsgårdarnas öppettider kan utökas. I dag har fritidsgården Fyren öppet tre kvällar i veckan (tisdag, torsdag och fredag kl. 15–21) och fritidsgården i Ekeby två kvällar (onsdag och fredag kl. 16–21). Under januari–november 2025 hade gårdarna sammanlagt {BESOK_25:,} besök, jämfört med {BESOK_24:,} under samma period 2024.</p>
  <p>Förvaltningen föreslår att Fyren håller öppet måndag–fredag kl. 15–21 och Ekeby tisdag, onsdag och fredag kl. 16–21 från och med den 2 februari 2026. Utökningen kräver 1,5 årsarbetare fritidsledare. Kostnaden beräknas till {KOST_2026} tkr för 2026 och {KOST_HELAR} tkr per helår. Den finansieras genom att anslaget för evenemang minskas med {EVENEMANG} tkr och genom att en vakant tjänst som kulturutvecklare ({VAKANS} tkr) inte tillsätts.</p>
  <h4>Yrkanden</h4>
  <p>Karin Holmberg (C) yrkar bifall till förvaltningens förslag.</p>
  <p>Tobias Ek (S) yrkar att ärendet återremitteras för att utreda en finansiering som inte minskar anslaget för evenemang.</p>
  <h4>Beslutsgång</h4>
  <p>Ordföranden ställer först frågan om ärendet ska avgöras i dag eller återremitteras och finner att det ska avgöras i dag. Votering begärs. Den som vill att ärendet avgörs i dag röstar ja, den som vill att det återremitteras röstar nej. Omröstningen utfaller med {JA} ja-röster och {NEJ} nej-röster. Ärendet avgörs därmed i dag.</p>
  <p>Ordföranden ställer därefter förvaltningens förslag under proposition och finner att nämnden bifaller det.</p>
  <h4>Beslut</h4>
  <ol>
    <li>Fritidsgården Fyren har öppet måndag–fredag kl. 15–21 och fritidsgården i Ekeby tisdag, onsdag och fredag kl. 16–21 från och med den 2 februari 2026.</li>
    <li>Kostnaden, {KOST_HELAR} tkr per helår, finansieras enligt förvaltningens förslag.</li>
    <li>Förvaltningen får i uppdrag att utreda lördagsöppet på fritidsgården i Ekeby och redovisa utredningen för nämnden senast den 20 maj 2026.</li>
  </ol>
  <h4>Reservation</h4>
  <p>Tobias Ek, Sanna Malm och Omar Haddad (alla S) reserverar sig mot beslutet till förmån för eget yrkande om återremiss.</p>
  <p class="expediering">Beslutet skickas till: Kultur- och fritidsförvaltningen, Ekonomienheten</p>
  <div class="utdrag-fot">
    <p>Justerandes signatur: Karin Holmberg, Lars Tapper</p>
    <p>Protokollet justerat 2025-12-15</p>
    <p>Utdragsbestyrkande: Elin Brask, nämndsekreterare</p>
  </div>
</section>
</main>
<footer class="site-footer">
  <p>Svanholma kommun, 000 00 Svanholma · Telefon 000-45 60 00 · kommun@svanholma.example</p>
  <ul><li><a href="/om-webbplatsen/tillganglighet">Tillgänglighetsredogörelse</a></li><li><a href="/om-webbplatsen/personuppgifter">Så hanterar vi personuppgifter</a></li></ul>
</footer>
</body>
</html>
""".replace("8,640", "8 640").replace("7,910", "7 910")


if __name__ == "__main__":
    (out_dir() / FILE).write_text(HTML, encoding="utf-8")
