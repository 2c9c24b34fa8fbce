"""Tranvika kommun – vård- och omsorgsnämndens delårsrapport per april 2025 (tertialrapport 1).
HTML as published from an intranet CMS: several <table>s with <thead>/<tfoot>, drift per
verksamhet, investeringar, personal, prognosis text."""
from common import out_dir, sv_int

FILE = "tranvika_von_tertialrapport_april_2025.html"

# verksamhet, budget helår 2025, utfall jan–apr 2025, utfall jan–apr 2024, prognos helår 2025 (tkr)
DRIFT = [
    ("Nämnd och förvaltningsledning", 14_200, 4_410, 4_290, 13_650),
    ("Särskilt boende", 232_400, 80_220, 75_880, 238_750),
    ("Hemtjänst", 158_900, 55_130, 51_020, 163_250),
    ("Hemsjukvård", 61_300, 19_780, 19_110, 60_400),
    ("LSS-verksamhet", 118_600, 38_950, 37_640, 117_900),
    ("Personlig assistans", 42_800, 15_480, 13_910, 45_100),
    ("Dagverksamhet och anhörigstöd", 9_700, 3_020, 2_980, 9_350),
]
AVV = {n: b - p for n, b, _, _, p in DRIFT}
TOT = [sum(r[i] for r in DRIFT) for i in range(1, 5)]
TOT_AVV = TOT[0] - TOT[3]
assert TOT == [637_900, 216_990, 204_830, 648_400]
assert TOT_AVV == sum(AVV.values()) == -10_500
assert min(AVV, key=AVV.get) == "Särskilt boende" and AVV["Särskilt boende"] == -6_350
assert AVV["Hemtjänst"] == -4_350
assert sorted(n for n, a in AVV.items() if a > 0) == sorted(
    ["Nämnd och förvaltningsledning", "Hemsjukvård", "LSS-verksamhet", "Dagverksamhet och anhörigstöd"])

# investeringar: projekt, budget 2025, utfall jan–apr, prognos helår (tkr)
INVEST = [
    ("Inventarier särskilt boende", 1_800, 420, 1_800),
    ("Ombyggnad av Solgläntans äldreboende, etapp 2", 12_500, 3_140, 9_800),
    ("Digital tillsyn och trygghetslarm", 2_400, 610, 2_400),
    ("Välfärdsteknik, övrigt", 1_300, 260, 1_300),
    ("Elbilar till hemtjänsten", 2_000, 0, 1_600),
]
ITOT = [sum(r[i] for r in INVEST) for i in range(1, 4)]
assert ITOT == [20_000, 4_430, 16_900]

# hemtjänst beviljade timmar i april
TIM_2024, TIM_2025 = 19_690, 21_460
assert round((TIM_2025 / TIM_2024 - 1) * 100) == 9

PERSONAL = [  # mått, april 2024, april 2025
    ("Antal tillsvidareanställda", "1 142", "1 168"),
    ("Antal årsarbetare (tillsvidare och visstid)", "1 031", "1 049"),
    ("Timavlönade, omräknat till årsarbetare", "96", "88"),
    ("Sjukfrånvaro januari–mars, procent av arbetad tid", "8,9", "8,1"),
    ("Kostnad för bemanningssjuksköterskor jan–apr, tkr", "2 150", "3 480"),
]


def td(v, cls="num"):
    return f'<td class="{cls}">{v}</td>'


def text():
    drift_rows = "\n".join(
        f"        <tr><th scope=\"row\">{n}</th>{td(sv_int(b))}{td(sv_int(u))}{td(sv_int(u24))}"
        f"{td(sv_int(p))}{td(sv_int(b - p), 'num neg' if b - p < 0 else 'num')}</tr>"
        for n, b, u, u24, p in DRIFT)
    inv_rows = "\n".join(
        f"        <tr><th scope=\"row\">{n}</th>{td(sv_int(b))}{td(sv_int(u))}{td(sv_int(p))}"
        f"{td(sv_int(b - p))}</tr>" for n, b, u, p in INVEST)
    pers_rows = "\n".join(f"        <tr><th scope=\"row\">{m}</th>{td(a)}{td(b)}</tr>" for m, a, b in PERSONAL)
    return f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Delårsrapport per april 2025 – Vård- och omsorgsnämnden – Tranvika kommun</title>
<style>
  body {{ font-family: "Source Sans Pro", Arial, sans-serif; max-width: 60em; margin: 2em auto; color: #222; }}
  table {{ border-collapse: collapse; margin: 1em 0 1.5em; width: 100%; }}
  caption {{ text-align: left; font-weight: 600; padding-bottom: .4em; }}
  th, td {{ border-bottom: 1px solid #ccd; padding: .25em .5em; }}
  thead th {{ background: #e8eef6; text-align: left; }}
  td.num {{ text-align: right; font-variant-numeric: tabular-nums; }}
  td.neg {{ color: #a40000; }}
  tfoot th, tfoot td {{ font-weight: 700; border-top: 2px solid #333; }}
  .meta {{ color: #555; font-size: .9em; }}
  .faktaruta {{ background: #f4f6f8; border-left: 4px solid #36c; padding: .6em 1em; }}
</style>
</head>
<body>
<header>
  <p class="meta">Tranvika kommun · Vård- och omsorgsförvaltningen · Dnr VON 2025/0087</p>
  <h1>Delårsrapport per april 2025 (tertialrapport 1)</h1>
  <p class="meta">Vård- och omsorgsnämnden · Behandlas vid nämndens sammanträde 2025-05-27 ·
  Ansvarig: Lotta Engström, förvaltningschef · Ekonom: Dragan Petrović</p>
</header>

<section id="sammanfattning">
<h2>1. Sammanfattning</h2>
<p>Nämndens prognos för helåret 2025 är ett underskott på {sv_int(-TOT_AVV)} tkr, motsvarande
{f"{-TOT_AVV / TOT[0] * 100:.1f}".replace(".", ",")} procent av budgetramen på {sv_int(TOT[0])} tkr. Underskottet finns
främst inom särskilt boende, hemtjänst och personlig assistans. Övriga verksamheter prognostiserar mindre
överskott. Förvaltningen arbetar fram en åtgärdsplan som redovisas för nämnden i juni.</p>
<div class="faktaruta">
<p><strong>I korthet:</strong> Utfallet för januari–april är {sv_int(TOT[1])} tkr, vilket är
{sv_int(TOT[1] - TOT[2])} tkr högre än samma period 2024. Antalet beviljade hemtjänsttimmar har ökat med
9 procent jämfört med april förra året, och sjukfrånvaron har minskat.</p>
</div>
</section>

<section id="drift">
<h2>2. Driftredovisning</h2>
<table>
  <caption>Tabell 1. Driftredovisning per verksamhet, tkr (nettokostnader)</caption>
  <thead>
    <tr><th scope="col">Verksamhet</th><th scope="col">Budget helår 2025</th>
        <th scope="col">Utfall jan–apr 2025</th><th scope="col">Utfall jan–apr 2024</th>
        <th scope="col">Prognos helår 2025</th><th scope="col">Prognostiserad avvikelse</th></tr>
  </thead>
  <tbody>
{drift_rows}
  </tbody>
  <tfoot>
    <tr><th scope="row">Summa vård- och omsorgsnämnden</th>{td(sv_int(TOT[0]))}{td(sv_int(TOT[1]))}{td(sv_int(TOT[2]))}{td(sv_int(TOT[3]))}{td(sv_int(TOT_AVV), 'num neg')}</tr>
  </tfoot>
</table>
<p class="meta">Negativ avvikelse innebär att prognosen överstiger budget (underskott).</p>

<h3>2.1 Kommentarer per verksamhet</h3>
<p><strong>Särskilt boende</strong> prognostiserar ett underskott på {sv_int(-AVV['Särskilt boende'])} tkr.
Vårdtyngden har ökat, och på Solgläntans äldreboende har extra nattbemanning behövts under ombyggnaden. Bristen
på sjuksköterskor har gjort att bemanningsföretag har anlitats i större omfattning än planerat.</p>
<p><strong>Hemtjänst</strong> prognostiserar ett underskott på {sv_int(-AVV['Hemtjänst'])} tkr. Antalet
beviljade timmar uppgick i april till {sv_int(TIM_2025)}, jämfört med {sv_int(TIM_2024)} i april 2024, en
ökning med 9 procent. Budgeten för 2025 byggde på en volymökning på 3 procent. Resursfördelningen per beviljad
timme är oförändrad.</p>
<p><strong>Personlig assistans</strong> prognostiserar ett underskott på
{sv_int(-AVV['Personlig assistans'])} tkr. Två nya ärenden enligt LSS har tillkommit efter att Försäkringskassan
har avslagit ansökningar om assistansersättning, vilket innebär att kommunen bär hela kostnaden.</p>
<p><strong>Hemsjukvård</strong> och <strong>LSS-verksamhet</strong> prognostiserar överskott på
{sv_int(AVV['Hemsjukvård'])} tkr respektive {sv_int(AVV['LSS-verksamhet'])} tkr, främst till följd av vakanser
som inte har gått att tillsätta. Även nämnd och förvaltningsledning samt dagverksamhet och anhörigstöd
beräknas lämna mindre överskott.</p>
</section>

<section id="investeringar">
<h2>3. Investeringsredovisning</h2>
<table>
  <caption>Tabell 2. Investeringar, tkr</caption>
  <thead>
    <tr><th scope="col">Projekt</th><th scope="col">Budget 2025</th><th scope="col">Utfall jan–apr 2025</th>
        <th scope="col">Prognos helår 2025</th><th scope="col">Avvikelse</th></tr>
  </thead>
  <tbody>
{inv_rows}
  </tbody>
  <tfoot>
    <tr><th scope="row">Summa investeringar</th>{td(sv_int(ITOT[0]))}{td(sv_int(ITOT[1]))}{td(sv_int(ITOT[2]))}{td(sv_int(ITOT[0] - ITOT[2]))}</tr>
  </tfoot>
</table>
<p>Ombyggnaden av Solgläntans äldreboende är försenad med cirka tre månader på grund av att asbest påträffades
i bjälklaget. Av budgeten för 2025 beräknas {sv_int(12_500 - 9_800)} tkr behöva flyttas till 2026.
Leveransen av elbilar till hemtjänsten har delats upp, och den sista bilen levereras först i början av 2026.</p>
</section>

<section id="personal">
<h2>4. Personal</h2>
<table>
  <caption>Tabell 3. Personalnyckeltal</caption>
  <thead>
    <tr><th scope="col">Mått</th><th scope="col">April 2024</th><th scope="col">April 2025</th></tr>
  </thead>
  <tbody>
{pers_rows}
  </tbody>
</table>
<p>Sjukfrånvaron har minskat, främst den korta sjukfrånvaron inom hemtjänsten. Kostnaden för
bemanningssjuksköterskor har däremot ökat kraftigt och är en av de viktigaste förklaringarna till underskottet
inom särskilt boende.</p>
</section>

<section id="prognos">
<h2>5. Prognos och åtgärder</h2>
<p>Prognosen för helåret bygger på utfallet till och med april och på kända volymförändringar. Osäkerheten är
störst inom hemtjänsten, där behovet av insatser under sommaren är svårt att förutse, och inom personlig
assistans, där ytterligare ärenden kan tillkomma.</p>
<p>Förvaltningen föreslår följande åtgärder, som fördjupas i den åtgärdsplan som presenteras vid nämndens
sammanträde 2025-06-17:</p>
<ul>
  <li>översyn av planeringen i hemtjänsten för att öka andelen brukartid,</li>
  <li>gemensam rekrytering av sjuksköterskor med regionen och minskat beroende av bemanningsföretag,</li>
  <li>uppföljning av beviljade insatser där behoven kan ha förändrats,</li>
  <li>restriktivitet med att tillsätta administrativa tjänster under resten av året.</li>
</ul>
<h2>6. Förslag till beslut</h2>
<p>Vård- och omsorgsnämnden beslutar att godkänna delårsrapport per april 2025 och överlämna den till
kommunstyrelsen, samt att uppdra åt förvaltningschefen att redovisa en åtgärdsplan för en budget i balans vid
nämndens sammanträde 2025-06-17.</p>
</section>
<footer><p class="meta">Publicerad 2025-05-20 · Tranvika kommun</p></footer>
</body>
</html>
"""


if __name__ == "__main__":
    p = out_dir() / FILE
    p.write_text(text(), encoding="utf-8")
    print("wrote", p)
