"""Lärkeby kommun – kommunstyrelsen, protokollsutdrag §§ 18–22 from 2026-02-10, as exported from a meeting
system. HTML (plain string template).

Each § is an <article> with an <h2> ("§ 19 …"), the Dnr in a <p class="dnr">, sub-headings as <h3>. The
attendance is a set of <ul> lists, the vote result a <table> with a <caption> and a <tfoot> sum row, and the
justering a signature block of <div class="sign"> boxes at the end.
"""
import html

from common import out_dir, sv_int, sv_tenths

FILE = "larkeby_ks_protokollsutdrag_2026-02-10.html"

# 13 ledamöter: (namn, parti, roll)
LEDAMOTER = [
    ("Cecilia Granlund", "S", "ordförande"), ("Elin Rydh", "C", "1:e vice ordförande"),
    ("Magnus Frisk", "M", "2:e vice ordförande"), ("Patrik Holmén", "S", ""), ("Sanna Yilmaz", "S", ""),
    ("Leif Berggren", "S", ""), ("Ebba Stenlund", "M", ""),
    ("Ulf Sjödin", "M", "tjänstgörande ersättare för Kjell Håkansson (M)"),
    ("Dennis Wallin", "SD", ""), ("Monika Ståhlberg", "SD", ""), ("Anders Pihl", "KD", ""),
    ("Yasmin Karlsson", "V", ""), ("Tove Bäckström", "L", ""),
]
assert len(LEDAMOTER) == 13
VOTE_PARTY = {"S": "Ja", "C": "Ja", "KD": "Ja", "V": "Ja", "L": "Ja", "M": "Nej", "SD": "Nej"}
JA = sum(VOTE_PARTY[p] == "Ja" for _, p, _ in LEDAMOTER)
NEJ = sum(VOTE_PARTY[p] == "Nej" for _, p, _ in LEDAMOTER)
assert (JA, NEJ) == (8, 5)

MEDFIN = 124          # tenths of mnkr
LANGD = 48            # tenths of km
FERIE_PLATSER, FERIE_KOSTNAD, FERIE_TIMLON, FERIE_VECKOR = 180, 3150, 98, 3
FERIE_KOSTNAD_DELAR = {"Löner inklusive arbetsgivaravgifter": 2640, "Handledararvoden": 310,
                       "Administration och arbetskläder": 200}
assert sum(FERIE_KOSTNAD_DELAR.values()) == FERIE_KOSTNAD

CSS = """
body{font-family:'Segoe UI',Arial,sans-serif;margin:0;background:#f4f5f7;color:#1d1d1f}
header.sys{background:#204a3a;color:#fff;padding:10px 24px;display:flex;justify-content:space-between}
header.sys nav{font-size:13px;opacity:.85}
main{max-width:900px;margin:20px auto;background:#fff;padding:24px 32px;border:1px solid #d5d8dc}
dl.meta{display:grid;grid-template-columns:170px 1fr;gap:4px 12px}
dl.meta dt{font-weight:600}
section.narvaro{columns:2;font-size:14px}
article{border-top:2px solid #204a3a;margin-top:28px;padding-top:8px}
article h2{font-size:20px;margin:4px 0}
p.dnr{color:#555;font-size:13px;margin:0 0 10px}
table.votering{border-collapse:collapse;margin:8px 0;font-size:14px}
table.votering th,table.votering td{border:1px solid #c8ccd0;padding:3px 10px}
table.votering caption{text-align:left;font-weight:600;padding-bottom:4px}
div.justering{display:flex;gap:40px;margin-top:36px}
div.sign{border-top:1px solid #000;padding-top:4px;min-width:200px;font-size:13px}
footer.sys{font-size:12px;color:#666;text-align:center;margin:12px}
"""


def e(s):
    return html.escape(s, quote=False)


def ul(items):
    return "<ul>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>"


def build():
    mk = sv_tenths
    led = [f"{n} ({p})" + (f", {r}" if r else "") for n, p, r in LEDAMOTER]
    vote_rows = "".join(
        f"<tr><td>{e(n)}</td><td>{p}</td><td>{'X' if VOTE_PARTY[p] == 'Ja' else ''}</td>"
        f"<td>{'X' if VOTE_PARTY[p] == 'Nej' else ''}</td><td></td></tr>" for n, p, _ in LEDAMOTER)
    ferie_delar = "".join(f"<li>{e(k)}: {sv_int(v)} tkr</li>" for k, v in FERIE_KOSTNAD_DELAR.items())

    body = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<title>Protokollsutdrag – Kommunstyrelsen 2026-02-10 – Lärkeby kommun</title>
<style>{CSS}</style>
</head>
<body>
<header class="sys"><span class="logo">Lärkeby kommun</span>
<nav aria-label="Brödsmulor">Ärendeportalen › Kommunstyrelsen › Sammanträden › 2026-02-10 › Protokoll</nav></header>
<main>
<h1>Kommunstyrelsen – protokollsutdrag</h1>
<dl class="meta">
<dt>Organ</dt><dd>Kommunstyrelsen, Lärkeby kommun</dd>
<dt>Sammanträdesdatum</dt><dd>2026-02-10</dd>
<dt>Tid</dt><dd>08.30–11.55, ajournering 10.05–10.20</dd>
<dt>Plats</dt><dd>Sessionssalen, Kommunhuset, Storgatan 21, Lärkeby</dd>
<dt>Paragrafer i utdraget</dt><dd>§§ 18–22</dd>
<dt>Justeringsdatum</dt><dd>2026-02-16</dd>
</dl>

<section class="narvaro" aria-labelledby="narvaro-rubrik">
<h2 id="narvaro-rubrik">Närvarande</h2>
<h3>Beslutande</h3>
{ul(led)}
<h3>Ersättare (ej tjänstgörande)</h3>
{ul(["Karl-Johan Ekstam (S)", "Ronja Svedin (C)", "Peter Alvén (SD)", "Maja Lindkvist (V)"])}
<h3>Övriga närvarande</h3>
{ul(["Helena Broström, kommundirektör", "Oskar Lind, samhällsbyggnadschef, § 19",
     "Jenny Tapper, ekonomichef", "Amir Haddad, arbetsmarknadschef, § 21", "Lina Åkesson, kommunsekreterare"])}
</section>

<article id="p18">
<h2>§ 18 Val av justerare</h2>
<h3>Beslut</h3>
<p>Kommunstyrelsen utser Magnus Frisk (M) att jämte ordföranden justera protokollet. Justering sker måndagen
den 16 februari 2026 kl. 13.00 i kommunkansliet.</p>
</article>

<article id="p19">
<h2>§ 19 Medfinansiering av gång- och cykelväg längs väg 612, Lärkeby–Sörfjärden</h2>
<p class="dnr">Dnr KS/2025:118</p>
<h3>Ärendebeskrivning</h3>
<p>Kommunen och Trafikverket har sedan 2023 samverkat om en gång- och cykelväg längs väg 612 mellan Lärkeby
tätort och Sörfjärden, en sträcka om {mk(LANGD)} km. Sträckan saknar i dag separat gång- och cykelbana och används
av skolbarn som cyklar till Sörfjärdens skola. Enligt förslaget till medfinansieringsavtal bidrar kommunen med
{mk(MEDFIN)} mnkr. Trafikverket ansvarar för projektering, byggande och framtida drift av vägen. Byggstart är
planerad till våren 2027.</p>
<p>Föredragande: samhällsbyggnadschef Oskar Lind.</p>
<h3>Beslutsunderlag</h3>
<ul>
<li>Arbetsutskottets protokoll 2026-01-27, § 9</li>
<li>Tjänsteskrivelse 2026-01-12</li>
<li>Förslag till medfinansieringsavtal</li>
</ul>
<h3>Yrkanden</h3>
<p>Cecilia Granlund (S), Elin Rydh (C) och Tove Bäckström (L) yrkar bifall till arbetsutskottets förslag.
Magnus Frisk (M) och Dennis Wallin (SD) yrkar avslag.</p>
<h3>Propositionsordning</h3>
<p>Ordföranden ställer proposition på bifall mot avslag och finner att kommunstyrelsen bifaller
arbetsutskottets förslag. Votering begärs. Ja-röst för bifall till arbetsutskottets förslag, nej-röst för
avslag. Omröstningen utfaller med {JA} ja-röster och {NEJ} nej-röster.</p>
<table class="votering">
<caption>Omröstningsresultat § 19 – Ja: bifall till arbetsutskottets förslag, Nej: avslag</caption>
<thead><tr><th scope="col">Ledamot</th><th scope="col">Parti</th><th scope="col">Ja</th><th scope="col">Nej</th><th scope="col">Avstår</th></tr></thead>
<tbody>{vote_rows}</tbody>
<tfoot><tr><th scope="row">Summa</th><td></td><td>{JA}</td><td>{NEJ}</td><td>0</td></tr></tfoot>
</table>
<h3>Beslut</h3>
<p>Kommunstyrelsen beslutar</p>
<ol>
<li>att godkänna förslaget till medfinansieringsavtal med Trafikverket om gång- och cykelväg längs väg 612,</li>
<li>att kommunens medfinansiering om {mk(MEDFIN)} mnkr ryms inom investeringsbudgeten för 2027–2028,</li>
<li>att uppdra åt kommundirektören att underteckna avtalet.</li>
</ol>
<h3>Reservationer</h3>
<p>Moderaternas ledamöter (Magnus Frisk, Ebba Stenlund och Ulf Sjödin) och Sverigedemokraternas ledamöter (Dennis
Wallin och Monika Ståhlberg) reserverar sig mot beslutet.</p>
<h3>Protokollsanteckning</h3>
<p>Yasmin Karlsson (V) lämnar följande protokollsanteckning: ”Vänsterpartiet förutsätter att hela sträckan får
belysning och att kommunen verkar för en säker passage vid Sörfjärdens skola.”</p>
<p class="expedieras">Beslutet expedieras till: Trafikverket, samhällsbyggnadsförvaltningen, ekonomienheten</p>
</article>

<article id="p20">
<h2>§ 20 Svar på motion om solceller på kommunens förskolor</h2>
<p class="dnr">Dnr KS/2025:47</p>
<h3>Ärendebeskrivning</h3>
<p>Yasmin Karlsson (V) föreslår i en motion inkommen 2025-04-14 att kommunen ska installera solceller på
samtliga kommunala förskolor senast 2028. Samhällsbyggnadsförvaltningen konstaterar att fastighetsenheten
redan har en plan för solceller på kommunens fastigheter, där fyra förskolor ingår under 2026–2027, och att
övriga förskolor bedöms vid nästa takbyte.</p>
<h3>Yrkanden</h3>
<p>Cecilia Granlund (S) yrkar bifall till arbetsutskottets förslag att motionen ska anses besvarad. Yasmin
Karlsson (V) yrkar bifall till motionen.</p>
<h3>Propositionsordning</h3>
<p>Ordföranden ställer proposition på arbetsutskottets förslag mot Yasmin Karlssons yrkande och finner att
kommunstyrelsen beslutar enligt arbetsutskottets förslag. Votering begärs inte.</p>
<h3>Beslut</h3>
<p>Kommunstyrelsen föreslår kommunfullmäktige besluta att motionen ska anses besvarad.</p>
<h3>Reservationer</h3>
<p>Yasmin Karlsson (V) reserverar sig mot beslutet till förmån för eget yrkande.</p>
</article>

<article id="p21">
<h2>§ 21 Feriearbete för ungdomar sommaren 2026</h2>
<p class="dnr">Dnr KS/2026:9</p>
<h3>Ärendebeskrivning</h3>
<p>Arbetsmarknadsenheten föreslår att kommunen erbjuder {FERIE_PLATSER} platser för feriearbete sommaren 2026
för ungdomar födda 2009 och 2010. Varje plats omfattar {FERIE_VECKOR} veckor med 6 timmar per dag och en
timlön om {FERIE_TIMLON} kr. Platserna finns inom äldreomsorgen, parkförvaltningen, föreningslivet och
kommunens kök. Den totala kostnaden beräknas till {sv_int(FERIE_KOSTNAD)} tkr:</p>
<ul>{ferie_delar}</ul>
<p>Föredragande: arbetsmarknadschef Amir Haddad.</p>
<h3>Beslut</h3>
<p>Kommunstyrelsen beslutar att genomföra feriearbete sommaren 2026 enligt förvaltningens förslag och att
kostnaden om {sv_int(FERIE_KOSTNAD)} tkr finansieras ur kommunstyrelsens anslag för arbetsmarknadsåtgärder.</p>
</article>

<article id="p22">
<h2>§ 22 Anmälan av delegationsbeslut</h2>
<p>Förteckning över delegationsbeslut fattade under perioden 2026-01-01–2026-01-31 redovisas.</p>
<h3>Beslut</h3>
<p>Kommunstyrelsen godkänner redovisningen av delegationsbeslut.</p>
</article>

<div class="justering" role="group" aria-label="Justering">
<div class="sign"><span class="roll">Ordförande</span><br><span class="namn">Cecilia Granlund</span></div>
<div class="sign"><span class="roll">Justerare</span><br><span class="namn">Magnus Frisk</span></div>
<div class="sign"><span class="roll">Sekreterare</span><br><span class="namn">Lina Åkesson</span></div>
</div>
<p class="utdrag">Utdragsbestyrkande: Lina Åkesson, kommunsekreterare</p>
</main>
<footer class="sys">Exporterat från Ärendeportalen 2026-02-17 08:14 · Lärkeby kommun, kommunledningsförvaltningen</footer>
</body>
</html>
"""
    (out_dir() / FILE).write_text(body, encoding="utf-8")


if __name__ == "__main__":
    build()
    print("wrote", out_dir() / FILE)
