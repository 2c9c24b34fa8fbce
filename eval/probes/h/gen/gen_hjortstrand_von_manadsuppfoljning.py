"""Hjortstrand kommun – vård- och omsorgsnämnden, månadsuppföljning oktober 2025. HTML page whose
tables are CSS-grid <div> rows (<div class="cell">), no <table> element. Negative amounts are written in
parentheses in the grid, with a leading en dash in the prose."""
from common import out_dir, sv_int

FILE = "hjortstrand_von_manadsuppfoljning_okt_2025.html"

# verksamhet, budget 2025, utfall jan–okt 2025, utfall jan–okt 2024, prognos helår 2025 (tkr)
ROWS = [
    ("Nämnd och administration", 8400, 6820, 6610, 8250),
    ("Särskilt boende", 182300, 156900, 148200, 189800),
    ("Hemtjänst", 124600, 101200, 99800, 123350),
    ("LSS-boende", 96200, 82100, 78400, 98380),
    ("Daglig verksamhet", 28900, 23500, 23100, 28400),
    ("Hälso- och sjukvård", 41700, 35600, 33900, 42950),
    ("Myndighetsutövning och bistånd", 15300, 12400, 12100, 15100),
]
AVV = {r[0]: r[1] - r[4] for r in ROWS}
TOT = [sum(r[i] for r in ROWS) for i in range(1, 5)]
TOT_AVV = TOT[0] - TOT[3]
assert TOT == [497400, 418520, 402110, 506230] and TOT_AVV == -8830 == sum(AVV.values())
assert min(AVV, key=AVV.get) == "Särskilt boende" and AVV["Särskilt boende"] == -7500
assert sorted(n for n, a in AVV.items() if a < 0) == ["Hälso- och sjukvård", "LSS-boende", "Särskilt boende"]
assert AVV["Hälso- och sjukvård"] == -1250 and AVV["Hemtjänst"] == 1250

# investeringar (tkr): projekt, budget, utfall jan–okt, prognos
INV = [("Larm och trygghetsteknik", 2400, 1710, 2400), ("Möbler och inventarier särskilt boende", 900, 540, 850),
       ("Taklyftar Hagängens vård- och omsorgsboende", 1200, 0, 300)]
INV_T = [sum(r[i] for r in INV) for i in (1, 2, 3)]
assert INV_T == [4500, 2250, 3550]


def par(n: int) -> str:
    """Negative in parentheses, as in the grid."""
    return f"({sv_int(-n)})" if n < 0 else sv_int(n)


def dash(n: int) -> str:
    """Negative with a leading en dash, as in the prose."""
    return f"–{sv_int(-n)}" if n < 0 else sv_int(n)


CSS = """
body{font-family:Arial,Helvetica,sans-serif;max-width:1000px;margin:2em auto;color:#222}
.grid{display:grid;grid-template-columns:2.4fr repeat(5,1fr);border-top:2px solid #00506e;margin:1em 0}
.grid.inv{grid-template-columns:2.4fr repeat(3,1fr)}
.row{display:contents}
.cell{padding:4px 8px;border-bottom:1px solid #ccc}
.num{text-align:right}
.head .cell{font-weight:bold;background:#e6f0f4}
.sum .cell{font-weight:bold;border-top:2px solid #00506e}
.neg{color:#b00020}
.facts{display:flex;gap:1em}
.fact{border:1px solid #00506e;padding:.6em 1em;border-radius:6px}
.fact .v{font-size:1.4em;font-weight:bold}
"""


def grid(cls, head, rows, sumrow):
    out = [f'<div class="grid {cls}" role="table">', '  <div class="row head" role="row">']
    out += [f'    <div class="cell{" num" if i else ""}" role="columnheader">{h}</div>' for i, h in enumerate(head)]
    out.append("  </div>")
    for r, klass in [(x, "") for x in rows] + [(sumrow, " sum")]:
        out.append(f'  <div class="row{klass}" role="row">')
        out.append(f'    <div class="cell" role="rowheader">{r[0]}</div>')
        for v in r[1:]:
            neg = " neg" if v < 0 else ""
            out.append(f'    <div class="cell num{neg}" role="cell">{par(v)}</div>')
        out.append("  </div>")
    out.append("</div>")
    return "\n".join(out)


def build():
    drift = grid("drift", ["Verksamhet", "Budget 2025", "Utfall jan–okt 2025", "Utfall jan–okt 2024",
                           "Prognos helår 2025", "Avvikelse helår"],
                 [(r[0], r[1], r[2], r[3], r[4], AVV[r[0]]) for r in ROWS],
                 ("Summa nämnden", *TOT, TOT_AVV))
    inv = grid("inv", ["Projekt", "Budget 2025", "Utfall jan–okt", "Prognos helår"],
               INV, ("Summa investeringar", *INV_T))
    html = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Månadsuppföljning oktober 2025 – vård- och omsorgsnämnden – Hjortstrands kommun</title>
<style>{CSS}</style>
</head>
<body>
<header>
  <div class="logo">Hjortstrands kommun</div>
  <nav><a href="/">Start</a> › <a href="/politik">Kommun och politik</a> › <a href="/politik/von">Vård- och omsorgsnämnden</a> › Månadsuppföljning</nav>
</header>
<article>
<h1>Månadsuppföljning oktober 2025 – vård- och omsorgsnämnden</h1>
<div class="meta">Diarienummer: VON 2025-0412 · Ärende till nämndens sammanträde 2025-11-19 · Ansvarig: Jenny Åkerlund, förvaltningsekonom</div>

<h2>Sammanfattning</h2>
<p>Vård- och omsorgsnämnden i Hjortstrands kommun prognostiserar för helåret 2025 ett underskott om {dash(TOT_AVV)} tkr
mot budget, vilket är en försämring med 1 940 tkr jämfört med prognosen i september. Det är främst särskilt boende
som drar över budget. Hemtjänsten, daglig verksamhet, myndighetsutövningen och nämndens administration
beräknas ge överskott. Nettokostnaden hittills i år är
{sv_int(TOT[1])} tkr, jämfört med {sv_int(TOT[2])} tkr under samma period 2024.</p>

<div class="facts">
  <div class="fact"><div class="l">Prognos avvikelse helår</div><div class="v">{par(TOT_AVV)} tkr</div></div>
  <div class="fact"><div class="l">Förbrukat av budget jan–okt</div><div class="v">84,1 %</div></div>
  <div class="fact"><div class="l">Riktvärde efter tio månader</div><div class="v">83,3 %</div></div>
</div>

<h2>Driftredovisning per verksamhet (tkr)</h2>
<p>Avvikelse helår = budget 2025 minus prognos helår. Negativa belopp (underskott) anges inom parentes.</p>
{drift}

<h2>Kommentarer till avvikelserna</h2>
<h3>Särskilt boende</h3>
<p>Särskilt boende prognostiserar {dash(AVV["Särskilt boende"])} tkr. Orsaken är att 14 platser på Solgläntans
vård- och omsorgsboende har varit stängda sedan maj på grund av fuktskador och ombyggnad av ventilationen. Under
tiden har nämnden köpt motsvarande platser av Tallbackens Omsorg AB till ett högre dygnspris. Platserna beräknas
kunna öppnas igen i februari 2026.</p>
<h3>LSS-boende</h3>
<p>LSS-boende prognostiserar {dash(AVV["LSS-boende"])} tkr till följd av två nya beslut om bostad med särskild
service för vuxna som verkställts i externa verksamheter under hösten.</p>
<h3>Hälso- och sjukvård</h3>
<p>Hälso- och sjukvården prognostiserar {dash(AVV["Hälso- och sjukvård"])} tkr. Underskottet beror på inhyrda
sjuksköterskor från bemanningsföretag under sommaren, då fyra tjänster var vakanta.</p>
<h3>Hemtjänst</h3>
<p>Hemtjänsten prognostiserar ett överskott om {sv_int(AVV["Hemtjänst"])} tkr. Antalet beviljade timmar har
legat lägre än budgeterat, i genomsnitt 21 450 timmar per månad mot budgeterade 22 100.</p>

<h2>Investeringar (tkr)</h2>
{inv}
<p>Installationen av taklyftar på Hagängens vård- och omsorgsboende har skjutits till 2026 eftersom
leverantören inte kunnat leverera före årsskiftet. Nämnden kommer att begära ombudgetering av
{sv_int(INV[2][1] - INV[2][3])} tkr till 2026.</p>

<h2>Personal</h2>
<div class="facts">
  <div class="fact"><div class="l">Sjukfrånvaro jan–sep 2025</div><div class="v">8,9 %</div></div>
  <div class="fact"><div class="l">Sjukfrånvaro jan–sep 2024</div><div class="v">9,6 %</div></div>
  <div class="fact"><div class="l">Timanställda, andel av arbetad tid</div><div class="v">14,2 %</div></div>
</div>

<h2>Åtgärder</h2>
<ul>
  <li>Förvaltningen har infört anställningsstopp för administrativa tjänster till och med mars 2026.</li>
  <li>Köpta platser i särskilt boende avslutas i takt med att Solgläntans platser öppnas.</li>
  <li>En rekryteringskampanj för sjuksköterskor pågår, med målet att helt avveckla inhyrd personal under 2026.</li>
</ul>

<h2>Förslag till beslut</h2>
<p>Vård- och omsorgsnämnden godkänner månadsuppföljningen för oktober 2025 och överlämnar den till
kommunstyrelsen.</p>
</article>
<footer>Hjortstrands kommun · Vård- och omsorgsförvaltningen · Storgatan 12 · Publicerad 2025-11-12</footer>
</body>
</html>
"""
    (out_dir() / FILE).write_text(html, encoding="utf-8")


if __name__ == "__main__":
    build()
