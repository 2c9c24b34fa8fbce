"""Trastbo kommun – kallelse till bygg- och miljönämnden 2026-01-27. HTML as the municipal website's
"Sammanträden" module publishes a meeting.

Layout (new in probe p): site header, breadcrumb and footer around the module; the meeting's **starting time was
changed and is shown as `<del>13.00</del> <ins>08.30</ins>`** (the new time exists only in the `<ins>`); the
föredragningslista is a `<table class="arendelista">` with one row per ärende: the title is an **`<a>` link to the
ärende page**, the diarienummer a **`<span class="dnr">`** after the link, the description, a
"Förslag till beslut" paragraph and "Föredragande" in the same cell, and the **bilagor as a `<ul>` of links with
file type and size** in the third cell; a **withdrawn item is struck through (`<tr class="utgar">`, title in
`<del>`) with "Ärendet utgår"**, and an item added after the kallelse is marked "Tillkommande ärende".
"""
from common import out_dir

FILE = "trastbo_bmn_kallelse_2026-01-27.html"
BASE = "/kommun-och-politik/sammantraden/bygg-och-miljonamnden/2026-01-27"
TIM_OLD, TIM_NEW = 1_290, 1_380
assert TIM_NEW > TIM_OLD and round(100 * (TIM_NEW - TIM_OLD) / TIM_OLD) == 7

ITEMS = [  # nr, title, dnr, body paragraphs, förslag, föredragande, bilagor, flags
    (1, "Val av justerare och tid för justering", None, [], None, None, [], ""),
    (2, "Godkännande av föredragningslistan", None, [], None, None, [], ""),
    (3, "Ekonomisk rapport – bokslut 2025", "BMN 2026/004",
     ["Det preliminära resultatet för 2025 redovisas muntligt vid sammanträdet. Prognosen i november var ett "
      "överskott på 0,6 mnkr."], None, "Sofie Lind, ekonom", [("Ekonomisk rapport november 2025", "PDF", "184 kB")],
     ""),
    (4, "Bygglov för nybyggnad av flerbostadshus, Trastbo Kilen 4", "BMN 2025/418",
     ["Ansökan gäller ett flerbostadshus med 46 lägenheter i fyra våningar. Byggnaden överskrider detaljplanens "
      "högsta nockhöjd med 1,2 meter, vilket förvaltningen bedömer som en liten avvikelse. Sakägare har hörts; "
      "två grannar har lämnat erinringar om skuggning."],
     "Bygg- och miljönämnden beviljar bygglov med stöd av 9 kap. 31 b § plan- och bygglagen.",
     "Emil Forsgren, bygglovshandläggare",
     [("Tjänsteskrivelse", "PDF", "212 kB"), ("Situationsplan", "PDF", "1,4 MB"), ("Fasadritningar", "PDF", "2,1 MB"),
      ("Yttranden från grannar", "PDF", "96 kB")], ""),
    (5, "Föreläggande vid vite, Trastbo Berga 3:7", "BMN 2025/377",
     ["Fastighetsägaren har trots två uppmaningar under 2025 inte tagit bort uttjänta bilar och byggavfall från "
      "tomten. Förvaltningen bedömer att tomten inte hålls i vårdat skick enligt 8 kap. 15 § plan- och bygglagen."],
     "Bygg- och miljönämnden förelägger fastighetsägaren att senast 2026-04-30 ta bort bilarna och avfallet från "
     "fastigheten. Föreläggandet förenas med ett vite om 40 000 kronor.",
     "Mira Holm, byggnadsinspektör", [("Tjänsteskrivelse", "PDF", "158 kB"), ("Fotodokumentation", "PDF", "3,2 MB")],
     ""),
    (6, "Taxa för prövning och tillsyn enligt miljöbalken 2026", "BMN 2025/402",
     [f"Timavgiften föreslås höjas från {TIM_OLD // 1000} {TIM_OLD % 1000:03d} kronor till "
      f"{TIM_NEW // 1000} {TIM_NEW % 1000:03d} kronor. Höjningen motsvarar ökade löne- och lokalkostnader."],
     "Bygg- och miljönämnden föreslår kommunfullmäktige att anta taxan att gälla från 2026-04-01.",
     "Johan Ekstam, miljöchef", [("Tjänsteskrivelse", "PDF", "201 kB"), ("Förslag till taxa", "PDF", "340 kB")], ""),
    (7, "Strandskyddsdispens för brygga, Lillsjön 1:4", "BMN 2025/391", [], None, None, [], "utgar"),
    (8, "Yttrande över medborgarförslag om förbud mot eldning av trädgårdsavfall", "BMN 2025/355",
     ["Förslagsställaren vill att eldning av trädgårdsavfall förbjuds inom detaljplanelagt område året runt."],
     "Bygg- och miljönämnden föreslår kommunfullmäktige att avslå medborgarförslaget.",
     "Johan Ekstam, miljöchef", [("Tjänsteskrivelse", "PDF", "120 kB"), ("Medborgarförslaget", "PDF", "64 kB")], ""),
    (9, "Redovisning av delegationsbeslut 2025-12-01 – 2026-01-15", "BMN 2026/002",
     ["Under perioden har 58 delegationsbeslut fattats."], "Bygg- och miljönämnden lägger redovisningen till "
     "handlingarna.", None, [("Delegationslista", "PDF", "410 kB")], ""),
    (10, "Yttrande till länsstyrelsen om täkt på Trastbo Hästmossen 2:3", "BMN 2026/011",
     ["Trastbo Grus AB söker tillstånd för fortsatt bergtäkt i tio år. Länsstyrelsen vill ha nämndens yttrande "
      "senast 2026-02-06."],
     "Bygg- och miljönämnden tillstyrker ansökan under förutsättning att bullret vid närmaste bostad inte "
     "överstiger 50 dB(A) dagtid.", "Johan Ekstam, miljöchef", [("Remiss från länsstyrelsen", "PDF", "1,1 MB")],
     "tillkommande"),
]


def row(item):
    nr, title, dnr, body, forslag, fored, bilagor, flag = item
    cls = f' class="{"utgar" if flag == "utgar" else "tillkommande" if flag else "arende"}"'
    link = f'<a href="{BASE}/arende-{nr}">{title}</a>'
    if flag == "utgar":
        link = f"<del>{link}</del>"
    cell = [link]
    if dnr:
        cell.append(f' <span class="dnr">{dnr}</span>')
    if flag == "tillkommande":
        cell.append(' <span class="etikett">Tillkommande ärende</span>')
    if flag == "utgar":
        cell.append('\n        <p class="notis">Ärendet utgår. Det tas upp när sökanden har kompletterat '
                    'ansökan.</p>')
    for p in body:
        cell.append(f"\n        <p>{p}</p>")
    if forslag:
        cell.append(f'\n        <p class="forslag"><strong>Förslag till beslut:</strong> {forslag}</p>')
    if fored:
        cell.append(f'\n        <p class="foredragande">Föredragande: {fored}</p>')
    bil = ""
    if bilagor:
        lis = "".join(f'\n          <li><a href="/download/18.4c2e{nr}{i}f/{t.lower().replace(" ", "-")}.pdf">'
                      f'{t}</a> <span class="filinfo">({typ}, {size})</span></li>'
                      for i, (t, typ, size) in enumerate(bilagor))
        bil = f'\n        <ul class="bilagor">{lis}\n        </ul>\n      '
    return (f'    <tr id="arende-{nr}"{cls}>\n      <td class="nr">{nr}</td>\n      <td class="arende">'
            f'{"".join(cell)}\n      </td>\n      <td class="handlingar">{bil}</td>\n    </tr>')


def main():
    rows = "\n".join(row(i) for i in ITEMS)
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Bygg- och miljönämnden 27 januari 2026 – Trastbo kommun</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
  .arendelista td {{ vertical-align: top; border-bottom: 1px solid #ccc; padding: .5em; }}
  tr.utgar {{ color: #777; }}
  .dnr {{ display: block; font-size: .85em; color: #555; }}
  .etikett {{ background: #ffe08a; padding: 0 .3em; font-size: .8em; }}
  del {{ text-decoration: line-through; }}
</style>
</head>
<body>
<a class="skiplink" href="#innehall">Till innehållet</a>
<header class="sidhuvud">
  <a class="logotyp" href="/">Trastbo kommun</a>
  <nav class="huvudmeny" aria-label="Huvudmeny">
    <ul><li><a href="/omsorg">Omsorg och hjälp</a></li><li><a href="/bygga">Bygga, bo och miljö</a></li>
    <li><a href="/kommun-och-politik">Kommun och politik</a></li></ul>
  </nav>
</header>
<nav class="brodsmulor" aria-label="Du är här"><a href="/">Start</a> › <a href="/kommun-och-politik">Kommun och
politik</a> › <a href="/kommun-och-politik/sammantraden">Sammanträden</a> › Bygg- och miljönämnden</nav>
<main id="innehall">
<article class="motesmodul">
  <h1>Bygg- och miljönämnden, 27 januari 2026</h1>
  <p class="motestid"><time datetime="2026-01-27">Tisdag 27 januari 2026</time> kl.
     <del datetime="2026-01-15T10:02">13.00</del> <ins datetime="2026-01-15T10:02">08.30</ins></p>
  <div class="notis" role="status"><strong>Observera:</strong> starttiden har ändrats (ändrad 2026-01-15).</div>
  <dl class="motesinfo">
    <dt>Plats</dt><dd>Sammanträdesrum Sälgen, kommunhuset, Storgatan 12, Trastbo</dd>
    <dt>Ordförande</dt><dd>Anders Nyholm (C)</dd>
    <dt>Sekreterare</dt><dd>Emma Wikander</dd>
    <dt>Kallelse</dt><dd><a href="/download/18.4c2e00f/kallelse-bmn-2026-01-27.pdf">Kallelse och föredragningslista</a>
      <span class="filinfo">(PDF, 96 kB)</span></dd>
  </dl>
  <p>Sammanträdet är öppet för allmänheten vid ärende 4 och 6. Förhinder anmäls till sekreteraren. Protokollet
  publiceras här efter justering, senast 2026-02-03.</p>
  <h2>Föredragningslista</h2>
  <table class="arendelista">
  <thead><tr><th scope="col">Nr</th><th scope="col">Ärende</th><th scope="col">Handlingar</th></tr></thead>
  <tbody>
{rows}
  </tbody>
  </table>
</article>
</main>
<footer class="sidfot">
  <p>Trastbo kommun, kommunhuset, Storgatan 12, Trastbo. Sidan uppdaterades 2026-01-20.</p>
</footer>
</body>
</html>
"""
    (out_dir() / FILE).write_text(html, encoding="utf-8")


if __name__ == "__main__":
    main()
