"""Grytvika kommun – miljö- och byggnadsnämndens protokoll 2025-09-24 (§§ 88–95) as a meeting-portal web page.

Layout of a saved page from a municipality's "Möten och handlingar" portal: a cookie banner, site header with
navigation and search, a breadcrumb list, h1, a facts table (Datum / Tid / Plats / Ordförande / Sekreterare /
Justerare / Justerat / Anslaget), a närvaro table (Namn / Parti / Roll / Närvaro), a download list, and one
collapsible <details> element per § (summary "§ 89 ...", p.meta with Diarienummer, h3 Beslut / Ärendet /
Yrkanden / Beslutsgång / Omröstning / Reservation), then a site footer.
"""
import html

from common import out_dir, sv_int

OUT = out_dir() / "grytvika_mbn_protokoll_2025-09-24.html"

# ---- facts ----------------------------------------------------------------------------------------------------
PRESENT = [  # name, party, role, närvaro
    ("Ulrika Hedman", "M", "Ordförande", "Tjänstgörande"),
    ("Lars-Erik Bodin", "S", "Vice ordförande", "Tjänstgörande"),
    ("Anders Fält", "M", "Ledamot", "Tjänstgörande"),
    ("Therese Wik", "C", "Ledamot", "Frånvarande"),
    ("Jan Nyman", "C", "Ersättare", "Tjänstgörande ersättare för Therese Wik"),
    ("Ove Lindkvist", "KD", "Ledamot", "Tjänstgörande"),
    ("Karin Åhman", "S", "Ledamot", "Tjänstgörande"),
    ("Hassan Yilmaz", "S", "Ledamot", "Tjänstgörande"),
    ("Peter Grön", "SD", "Ledamot", "Tjänstgörande"),
    ("Birgit Åslund", "SD", "Ledamot", "Tjänstgörande"),
    ("Mona Berggren", "S", "Ersättare", "Närvarande ersättare"),
]
VOTERS = [p for p in PRESENT if p[3].startswith("Tjänstgörande")]
assert len(VOTERS) == 9
NO = [p for p in VOTERS if p[1] == "SD"]
YES = [p for p in VOTERS if p not in NO]
assert (len(YES), len(NO)) == (7, 2)

AVG_BYGGLOV, AVG_START, AVG_KUNG = 61_200, 18_900, 6_300
AVG_TOTAL = AVG_BYGGLOV + AVG_START + AVG_KUNG
assert AVG_TOTAL == 86_400
VITE = 15_000
TIM_OLD, TIM_NEW = 1_240, 1_310
assert round(1000 * (TIM_NEW - TIM_OLD) / TIM_OLD) == 56      # 5,6 procent
BYGGLOV_2025, BYGGLOV_2024 = 312, 287
TILLSYN_DONE, TILLSYN_PLAN = 148, 210
DELEG = 186


def e(s):
    return html.escape(s, quote=False)


def names(ps):
    lst = [f"{n} ({p})" for n, p, _, _ in ps]
    return ", ".join(lst[:-1]) + " och " + lst[-1] if len(lst) > 1 else lst[0]


def par(no, title, dnr, body):
    meta = f'<p class="meta">Diarienummer: {e(dnr)}</p>\n' if dnr else ""
    return (f'<details class="paragraph" id="p{no}" open>\n<summary><span class="par-nr">§ {no}</span> '
            f'<span class="par-title">{e(title)}</span></summary>\n<div class="par-body">\n{meta}{body}</div>\n'
            f'</details>\n')


P = lambda t: f"<p>{t}</p>\n"
H = lambda t: f"<h3>{t}</h3>\n"

sections = []
sections.append(par(88, "Val av justerare", "",
    H("Beslut") + P("Miljö- och byggnadsnämnden utser Karin Åhman (S) att jämte ordföranden justera protokollet. "
                    "Justering sker på miljö- och byggförvaltningen måndagen den 29 september 2025.")))

sections.append(par(89, "Bygglov för nybyggnad av flerbostadshus, Grytvika Sjöbacken 1:14", "MBN 2025-000412",
    H("Beslut") +
    P("Miljö- och byggnadsnämnden beviljar bygglov med stöd av 9 kap. 30 och 31 b §§ plan- och bygglagen.") +
    P(f"Avgift: {sv_int(AVG_TOTAL)} kronor (bygglov {sv_int(AVG_BYGGLOV)} kr, startbesked och tekniskt samråd "
      f"{sv_int(AVG_START)} kr, underrättelse och kungörelse {sv_int(AVG_KUNG)} kr). Faktura skickas separat.") +
    P("Kontrollansvarig: Lennart Öst, certifierad kontrollansvarig med behörighet K.") +
    H("Ärendet") +
    P("Grytvika Bostäder AB ansöker om bygglov för ett flerbostadshus i fyra våningar med 24 lägenheter. "
      "Byggnadshöjden blir 13,4 meter, medan detaljplanen medger högst 13,0 meter. Förvaltningen bedömer "
      "överskridandet som en liten avvikelse som är förenlig med detaljplanens syfte.") +
    P("Berörda grannar har underrättats. Ägarna till Sjöbacken 1:9 och Sjöbacken 1:15 har lämnat synpunkter om "
      "skuggning och ökad trafik. Sökanden har redovisat en solstudie som visar att grannfastigheternas "
      "uteplatser får sol under större delen av dagen även efter utbyggnaden.") +
    H("Beslutsgång") + P("Ordföranden finner att nämnden beslutar enligt förvaltningens förslag.")))

sections.append(par(90, "Ansökan om strandskyddsdispens för brygga och trädäck, Grytvika Näset 2:7",
                    "MBN 2025-000377",
    H("Beslut") + P("Miljö- och byggnadsnämnden avslår ansökan om strandskyddsdispens.") +
    H("Ärendet") +
    P("Sökanden vill anlägga en 22 meter lång brygga och ett trädäck om 40 kvadratmeter vid stranden nedanför "
      "fritidshuset på fastigheten.") +
    H("Skäl för beslutet") +
    P("Platsen ligger i en grund vik som i kommunens naturvårdsprogram är utpekad som lekområde för gädda och "
      "abborre. En brygga och ett trädäck skulle försämra livsvillkoren för djur- och växtlivet i viken och få en "
      "privatiserande effekt som håller allmänheten borta från stranden. Fastigheten har redan tillgång till en "
      "gemensam brygga inom samfälligheten cirka 150 meter bort. Något särskilt skäl enligt 7 kap. 18 c § "
      "miljöbalken finns därför inte.") +
    H("Hur man överklagar") + P("Beslutet kan överklagas till Länsstyrelsen inom tre veckor från det att "
                                  "sökanden tagit del av beslutet.")))

sections.append(par(91, "Föreläggande med vite om enskild avloppsanläggning, Grytvika Rönnen 1:3",
                    "MBN 2024-000915",
    H("Beslut") +
    P(f"Miljö- och byggnadsnämnden förelägger fastighetsägaren att senast den 30 juni 2026 ha en "
      f"avloppsanläggning som uppfyller kraven i 9 kap. miljöbalken. Föreläggandet förenas med ett vite om "
      f"{sv_int(VITE)} kronor.") +
    H("Ärendet") +
    P("Vid inspektion den 12 juni 2024 konstaterades att avloppsanläggningen endast består av en slamavskiljare "
      "utan efterföljande rening. Fastighetsägaren har vid två tillfällen uppmanats att åtgärda bristen men har "
      "inte lämnat in någon ansökan om ny anläggning.") +
    H("Yrkanden") +
    P("Ulrika Hedman (M) yrkar bifall till förvaltningens förslag. Peter Grön (SD) yrkar att föreläggandet inte "
      "förenas med vite.") +
    H("Beslutsgång") +
    P("Ordföranden ställer förslagen mot varandra och finner att nämnden bifaller förvaltningens förslag. "
      "Votering begärs. Ja-röst för förvaltningens förslag, nej-röst för Peter Gröns yrkande.") +
    H("Omröstning") +
    P(f"Omröstningen utfaller med {len(YES)} ja-röster mot {len(NO)} nej-röster. Ja: {names(YES)}. "
      f"Nej: {names(NO)}.") +
    H("Reservation") + P(f"{names(NO)} reserverar sig mot beslutet.")))

sections.append(par(92, "Taxa för prövning och tillsyn enligt miljöbalken 2026", "MBN 2025-000390",
    H("Beslut") +
    P("Miljö- och byggnadsnämnden föreslår att kommunfullmäktige beslutar") +
    f"<ol>\n<li>att anta taxa för prövning och tillsyn enligt miljöbalken, att gälla från och med den 1 januari "
    f"2026,</li>\n<li>att timavgiften fastställs till {sv_int(TIM_NEW)} kronor.</li>\n</ol>\n" +
    H("Ärendet") +
    P(f"Timavgiften är {sv_int(TIM_OLD)} kronor under 2025. Förvaltningen föreslår en uppräkning med 5,6 procent "
      f"enligt prisindex för kommunal verksamhet och ökade kostnader för lokaler och IT-system. Taxans "
      f"konstruktion i övrigt är oförändrad.") +
    H("Beslutsgång") + P("Nämnden beslutar enhälligt enligt förvaltningens förslag.")))

sections.append(par(93, "Verksamhetsuppföljning januari–augusti 2025", "MBN 2025-000021",
    H("Beslut") + P("Miljö- och byggnadsnämnden godkänner verksamhetsuppföljningen.") +
    H("Ärendet") +
    P(f"Under januari–augusti 2025 inkom {BYGGLOV_2025} ärenden om bygglov, att jämföra med {BYGGLOV_2024} "
      f"under samma period 2024. Mediantiden från komplett ansökan till beslut var 4,1 veckor, och 96 procent av "
      f"besluten fattades inom den lagstadgade tiden.") +
    P(f"Av de {TILLSYN_PLAN} planerade tillsynsbesöken enligt miljöbalken för 2025 hade {TILLSYN_DONE} "
      f"genomförts vid utgången av augusti. Prognosen för helåret är ett överskott om 0,6 mnkr, som beror på "
      f"högre bygglovsintäkter än budgeterat.")))

sections.append(par(94, "Redovisning av delegationsbeslut", "MBN 2025-000003",
    H("Beslut") + P("Redovisningen läggs till handlingarna.") +
    P(f"Redovisningen omfattar {DELEG} beslut fattade med stöd av delegation under perioden 2025-08-01 – "
      f"2025-09-15.")))

sections.append(par(95, "Meddelanden", "",
    H("Beslut") + P("Meddelandena läggs till handlingarna.") +
    P("Länsstyrelsens beslut 2025-09-02 att avslå ett överklagande av nämndens beslut om bygglov för "
      "tillbyggnad av industribyggnad, Grytvika Hamnen 4:1.")))

presence_rows = "\n".join(f"<tr><td>{e(n)}</td><td>{p}</td><td>{r}</td><td>{e(s)}</td></tr>"
                          for n, p, r, s in PRESENT)

page = f"""<!DOCTYPE html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Protokoll – Miljö- och byggnadsnämnden 2025-09-24 – Grytvika kommun</title>
<link rel="stylesheet" href="/static/portal.css">
<style>details.paragraph{{border-top:1px solid #ccc;padding:.5rem 0}} .meta{{color:#555;font-size:.9em}}</style>
<script>window.dataLayer = window.dataLayer || []; function gtag(){{dataLayer.push(arguments);}}</script>
</head>
<body>
<div id="cookie-consent" role="dialog">
<p>Vi använder kakor (cookies) för att webbplatsen ska fungera och för att förbättra den.</p>
<button>Godkänn alla</button> <button>Endast nödvändiga</button>
</div>
<header class="site-header">
<a class="logo" href="/">Grytvika kommun</a>
<nav class="main-nav"><ul>
<li><a href="/">Start</a></li><li><a href="/moten">Möten och handlingar</a></li><li><a href="/organ">Politiska organ</a></li>
<li><a href="/sok">Sök</a></li></ul></nav>
</header>
<main class="meeting-page">
<ol class="crumbs"><li><a href="/moten">Möten och handlingar</a></li><li><a href="/organ/mbn">Miljö- och byggnadsnämnden</a></li><li>Sammanträde 2025-09-24</li></ol>
<h1>Miljö- och byggnadsnämnden – protokoll 2025-09-24</h1>
<table class="meeting-facts">
<tr><th>Datum</th><td>Onsdag 24 september 2025</td></tr>
<tr><th>Tid</th><td>13.00–16.20</td></tr>
<tr><th>Plats</th><td>Stadshuset, sal Skären</td></tr>
<tr><th>Ordförande</th><td>Ulrika Hedman (M)</td></tr>
<tr><th>Sekreterare</th><td>Josefin Dahlberg</td></tr>
<tr><th>Justerare</th><td>Karin Åhman (S)</td></tr>
<tr><th>Justerat</th><td>2025-09-29</td></tr>
<tr><th>Paragrafer</th><td>§§ 88–95</td></tr>
<tr><th>Anslaget</th><td>2025-09-30 – 2025-10-22</td></tr>
</table>
<h2>Närvaro</h2>
<table class="presence">
<tr><th>Namn</th><th>Parti</th><th>Roll</th><th>Närvaro</th></tr>
{presence_rows}
</table>
<p>Övriga närvarande: Mikael Forsell, förvaltningschef; Sanna Ekvall, bygglovschef §§ 89–90; Josefin Dahlberg, nämndsekreterare.</p>
<div class="downloads">
<h2>Dokument</h2>
<ul><li><a href="/files/mbn-2025-09-24-protokoll.pdf">Protokoll MBN 2025-09-24 (PDF, 412 kB)</a></li>
<li><a href="/files/mbn-2025-09-24-kallelse.pdf">Kallelse och handlingar (PDF, 6,1 MB)</a></li></ul>
</div>
<h2>Paragrafer</h2>
{"".join(sections)}</main>
<footer class="site-footer">
<p>Grytvika kommun · Stadshuset, Torget 1 · Växel 0470-77 20 00 · kommun@grytvika.se</p>
<p><a href="/tillganglighet">Tillgänglighetsredogörelse</a> · <a href="/kakor">Om kakor</a> · Senast uppdaterad 2025-09-30</p>
</footer>
</body>
</html>
"""
OUT.write_text(page, encoding="utf-8")
print("wrote", OUT)
