"""Long board documents in other municipalities' formats (invented content and municipalities), as the hidden
evaluation's real ones are: 6–15 pages with running headers and footers, a table of contents with dot leaders,
numbered chapters, multi-year tables, a protokoll of twelve §§ with 'Justerandes sign' and 'Utdragsbestyrkande' on
every page, and a kallelse in Word with a föredragningslista and four tjänsteskrivelser. The sources are kept here;
tests print the HTML to PDF with Debian Chromium and build the DOCX with python-docx in tmp_path."""

from __future__ import annotations

import subprocess
from pathlib import Path

# --- (a) Östervalla kommun, vård- och omsorgsnämndens verksamhetsberättelse 2023 (HTML printed to PDF) ----------

_REPORT_STYLE = """
@page { size: A4; margin: 28mm 22mm 24mm 22mm;
  @top-left { content: "Östervalla kommun"; font-size: 8pt; color: #444; }
  @top-right { content: "Verksamhetsberättelse 2023 – Vård- och omsorgsnämnden"; font-size: 8pt; color: #444; }
  @bottom-left { content: "Dnr VON 2024/0021"; font-size: 8pt; color: #444; }
  @bottom-right { content: "Sida " counter(page) " av " counter(pages); font-size: 8pt; color: #444; } }
@page :first { @top-left { content: none; } @top-right { content: none; } @bottom-left { content: none; }
  @bottom-right { content: none; } }
body { font-family: 'DejaVu Serif', serif; font-size: 10.5pt; line-height: 1.45; }
h1 { font-family: 'DejaVu Sans', sans-serif; font-size: 17pt; margin-top: 0; }
h2 { font-family: 'DejaVu Sans', sans-serif; font-size: 13pt; margin-top: 18pt; }
h3 { font-family: 'DejaVu Sans', sans-serif; font-size: 11pt; }
.cover { page-break-after: always; padding-top: 60mm; }
.cover .title { font-size: 28pt; font-family: 'DejaVu Sans', sans-serif; font-weight: bold; }
.toc { page-break-after: always; }
.toc div { display: flex; } .toc .dots { flex: 1; border-bottom: 1px dotted #000; margin: 0 4px 4px 4px; }
.toc .sub { padding-left: 8mm; }
table { border-collapse: collapse; width: 100%; font-size: 9pt; margin: 6pt 0 10pt 0; }
th { text-align: right; border-bottom: 1px solid #000; padding: 2pt 4pt; font-family: 'DejaVu Sans', sans-serif; }
th:first-child, td:first-child { text-align: left; }
td { text-align: right; padding: 2pt 4pt; border-bottom: 0.5px solid #bbb; }
tr.sum td { font-weight: bold; border-top: 1px solid #000; }
.caption { font-family: 'DejaVu Sans', sans-serif; font-size: 9pt; font-weight: bold; margin-bottom: 0; }
.source { font-size: 8pt; font-style: italic; }
.chapter { page-break-before: always; }
"""


def _table(caption: str, header: list[str], rows: list[list[str]], sum_last: bool = False,
           source: str = "") -> str:
    head = "".join(f"<th>{h}</th>" for h in header)
    body = []
    for n, row in enumerate(rows):
        css = ' class="sum"' if sum_last and n == len(rows) - 1 else ""
        body.append(f"<tr{css}>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>")
    note = f'<p class="source">{source}</p>' if source else ""
    return f'<p class="caption">{caption}</p><table><tr>{head}</tr>{"".join(body)}</table>{note}'


def _toc(entries: list[tuple[str, str, int]]) -> str:
    lines = []
    for number, title, page in entries:
        css = ' class="sub"' if "." in number else ""
        lines.append(f'<div{css}><span>{number} {title}</span><span class="dots"></span><span>{page}</span></div>')
    return '<div class="toc"><h2>Innehållsförteckning</h2>' + "".join(lines) + "</div>"


_NYCKELTAL = ["Nyckeltal", "Utfall 2021", "Utfall 2022", "Utfall 2023"]
_DRIFT = ["Verksamhet (tkr)", "Utfall 2022", "Budget 2023", "Utfall 2023", "Avvikelse"]


def verksamhetsberattelse_html() -> str:
    """The report as HTML: cover, table of contents, nine numbered chapters, nine tables."""
    toc = _toc([("1", "Ordförande har ordet", 3), ("2", "Nämndens ansvarsområde och organisation", 4),
                ("2.1", "Uppdrag", 4), ("2.2", "Organisation", 4), ("3", "Viktiga händelser under året", 5),
                ("4", "Måluppfyllelse", 6), ("5", "Verksamhetens resultat", 7), ("5.1", "Hemtjänst", 7),
                ("5.2", "Särskilt boende", 8), ("5.3", "Hälso- och sjukvård", 8),
                ("5.4", "Insatser enligt LSS", 9), ("6", "Personal", 10), ("7", "Ekonomi", 11),
                ("7.1", "Ekonomiskt resultat", 11), ("7.2", "Driftredovisning per verksamhet", 11),
                ("7.3", "Intäkter och kostnader", 12), ("7.4", "Investeringar", 12),
                ("8", "Intern kontroll", 13), ("9", "Framtid och utmaningar", 13)])
    parts = [
        '<div class="cover"><p>Östervalla kommun</p><p class="title">Verksamhetsberättelse 2023</p>'
        "<p>Vård- och omsorgsnämnden</p><p>Fastställd av vård- och omsorgsnämnden 2024-02-21, § 14</p>"
        "<p>Dnr VON 2024/0021</p></div>",
        toc,
        '<h1>1 Ordförande har ordet</h1>'
        "<p>År 2023 blev ett år då vården och omsorgen om de äldre i Östervalla åter kunde arbeta utan "
        "pandemins restriktioner, men också ett år av kraftigt stigande priser. Behovet av hemtjänst fortsatte att "
        "öka och nämnden har under året öppnat det nya äldreboendet Lindgården med 24 platser.</p>"
        "<p>Nämnden redovisar tyvärr ett underskott mot budget. Hemtjänsten och det särskilda boendet har haft högre "
        "kostnader än budgeterat, främst beroende på fler beviljade timmar och dyrare bemanning under sommaren. "
        "Samtidigt har sjukfrånvaron fortsatt att minska och andelen medarbetare som arbetar heltid har ökat.</p>"
        "<p>Jag vill tacka alla medarbetare för ett fantastiskt arbete under året.</p>"
        "<p>Birgitta Holmqvist (S)<br>Ordförande i vård- och omsorgsnämnden</p>",
        '<h1 class="chapter">2 Nämndens ansvarsområde och organisation</h1><h2>2.1 Uppdrag</h2>'
        "<p>Vård- och omsorgsnämnden ansvarar för kommunens vård och omsorg om äldre enligt socialtjänstlagen, "
        "insatser till personer med funktionsnedsättning enligt lagen om stöd och service till vissa "
        "funktionshindrade (LSS) samt den kommunala hälso- och sjukvården upp till sjuksköterskenivå. Nämnden "
        "ansvarar också för anhörigstöd och för kommunens förebyggande verksamhet för äldre.</p>"
        "<h2>2.2 Organisation</h2><p>Nämnden har elva ledamöter och sju ersättare. Förvaltningen leds av "
        "vård- och omsorgschefen och är organiserad i fyra verksamhetsområden.</p>"
        + _table("Tabell 1. Verksamhetsområden 2023", ["Verksamhetsområde", "Antal enheter", "Årsarbetare"],
                 [["Hemtjänst", "9", "412"], ["Särskilt boende", "7", "438"], ["Hälso- och sjukvård", "3", "96"],
                  ["Funktionsstöd", "14", "181"], ["Summa", "33", "1 127"]], sum_last=True),
        '<h1 class="chapter">3 Viktiga händelser under året</h1>'
        "<ul><li>Äldreboendet Lindgården med 24 platser öppnade den 4 september 2023.</li>"
        "<li>Digitala trygghetslarm har ersatt de analoga larmen hos samtliga brukare.</li>"
        "<li>Nämnden har infört ett nytt planeringssystem för hemtjänsten under våren.</li>"
        "<li>Inspektionen för vård och omsorg (IVO) genomförde en tillsyn av Björkhagens särskilda boende i maj; "
        "tillsynen avslutades utan kritik.</li>"
        "<li>Kommunens projekt Heltid som norm avslutades och övergick i ordinarie verksamhet.</li></ul>"
        "<p>Under hösten drabbades två av nämndens särskilda boenden av utbrott av vinterkräksjuka, vilket krävde "
        "extra bemanning under sammanlagt sex veckor.</p>",
        '<h1 class="chapter">4 Måluppfyllelse</h1>'
        "<p>Kommunfullmäktige har fastställt fem mål för nämnden. Två mål bedöms som uppfyllda, två som delvis "
        "uppfyllda och ett som ej uppfyllt.</p>"
        + _table("Tabell 2. Nämndens mål 2023", ["Mål", "Indikator", "Målvärde 2023", "Utfall 2023", "Bedömning"],
                 [["Äldre ska känna sig trygga i sitt boende", "Andel trygga i särskilt boende (%)", "90", "87",
                   "Delvis uppfyllt"],
                  ["Hemtjänsten ska ge kontinuitet", "Antal personal per brukare under 14 dagar", "15", "14",
                   "Uppfyllt"],
                  ["Fler ska arbeta heltid", "Andel heltidsanställda (%)", "80", "81", "Uppfyllt"],
                  ["Minskad sjukfrånvaro", "Sjukfrånvaro (%)", "8,0", "8,4", "Delvis uppfyllt"],
                  ["Ekonomi i balans", "Budgetavvikelse (tkr)", "0", "-13 920", "Ej uppfyllt"]])
        + "<p>Målet om ekonomi i balans har inte nåtts, se avsnitt 7.</p>",
        '<h1 class="chapter">5 Verksamhetens resultat</h1><h2>5.1 Hemtjänst</h2>'
        "<p>Efterfrågan på hemtjänst har fortsatt att öka. Antalet brukare ökade under året och de beviljade "
        "timmarna ökade ännu mer, eftersom fler brukare har omfattande behov. Hemtjänsten har under året arbetat "
        "med att minska antalet olika medarbetare som besöker varje brukare.</p>"
        + _table("Tabell 3. Nyckeltal hemtjänst", _NYCKELTAL,
                 [["Antal brukare med hemtjänst (genomsnitt per månad)", "612", "634", "671"],
                  ["Beviljade timmar per månad", "21 480", "22 950", "24 310"],
                  ["Andel utförda av beviljade timmar (%)", "91", "92", "94"],
                  ["Antal personal per brukare under 14 dagar", "16", "15", "14"],
                  ["Kostnad per hemtjänsttimme (kr)", "598", "624", "657"]],
                 source="Källa: verksamhetssystemet och Kolada.")
        + "<p>Kostnaden per hemtjänsttimme ökade på grund av högre lönekostnader och fler timmar med dubbelbemanning. "
        "Nattpatrullen har utökats med ett team från oktober.</p>"
        "<h2>5.2 Särskilt boende</h2>"
        "<p>I och med att Lindgården öppnade ökade antalet platser i särskilt boende. Väntetiden från ansökan till "
        "erbjuden plats har minskat tydligt och kön var vid årets slut den kortaste på flera år.</p>"
        + _table("Tabell 4. Nyckeltal särskilt boende", _NYCKELTAL,
                 [["Antal platser vid årets slut", "310", "310", "334"],
                  ["Beläggningsgrad (%)", "97,8", "98,4", "95,1"],
                  ["Väntetid till erbjudet boende, median (dagar)", "71", "58", "43"],
                  ["Antal personer i kö vid årets slut", "22", "19", "14"]])
        + "<h2>5.3 Hälso- och sjukvård</h2>"
        "<p>Den kommunala hälso- och sjukvården har fått fler inskrivna patienter i hemsjukvården. Nämnden betalade "
        "1,1 mnkr till regionen för utskrivningsklara patienter som inte kunde tas emot i tid, mot 2,4 mnkr 2022.</p>"
        + _table("Tabell 5. Nyckeltal hälso- och sjukvård", _NYCKELTAL,
                 [["Inskrivna i hemsjukvård vid årets slut", "742", "768", "803"],
                  ["Fallskador med frakturer", "64", "59", "51"],
                  ["Andel med läkemedelsgenomgång (%)", "78", "82", "88"]])
        + "<h2>5.4 Insatser enligt LSS</h2>"
        "<p>Antalet personer med insatser enligt LSS ökade något. Två nya gruppbostäder planeras till 2025. "
        "Daglig verksamhet har fått nya lokaler i Norrhagen.</p>"
        + _table("Tabell 6. Personer med beslut om insatser enligt LSS", _NYCKELTAL,
                 [["Bostad med särskild service för vuxna", "102", "106", "111"],
                  ["Daglig verksamhet", "148", "151", "157"],
                  ["Personlig assistans enligt LSS", "38", "37", "35"],
                  ["Korttidsvistelse", "41", "44", "42"]]),
        '<h1 class="chapter">6 Personal</h1>'
        "<p>Antalet anställda har ökat med öppnandet av Lindgården. Sjukfrånvaron minskade för tredje året i rad, "
        "men ligger fortfarande över målvärdet. Personalomsättningen minskade.</p>"
        + _table("Tabell 7. Personalnyckeltal", _NYCKELTAL,
                 [["Antal tillsvidareanställda", "1 184", "1 203", "1 221"],
                  ["Årsarbetare", "1 096", "1 108", "1 127"],
                  ["Sjukfrånvaro (%)", "9,8", "9,1", "8,4"],
                  ["Andel heltidsanställda (%)", "71", "76", "81"],
                  ["Personalomsättning (%)", "11,2", "10,6", "9,7"]])
        + "<p>Bemanningen under sommaren krävde inhyrd personal från bemanningsföretag för 3,2 mnkr.</p>",
        '<h1 class="chapter">7 Ekonomi</h1><h2>7.1 Ekonomiskt resultat</h2>'
        "<p>Vård- och omsorgsnämnden redovisar för 2023 ett underskott mot budget på 13,9 mnkr (-13 920 tkr). "
        "Underskottet förklaras främst av hemtjänsten (-10,5 mnkr) och särskilt boende (-6,3 mnkr), medan "
        "funktionsstöd och hälso- och sjukvård redovisar överskott. Föregående år var underskottet 8,4 mnkr. "
        "Nettokostnaderna ökade med 6,2 procent jämfört med 2022.</p>"
        "<h2>7.2 Driftredovisning per verksamhet</h2>"
        + _table("Tabell 8. Driftredovisning (tkr)", _DRIFT,
                 [["Nämnd och förvaltningsledning", "18 412", "19 300", "18 950", "350"],
                  ["Hemtjänst", "182 640", "188 900", "199 420", "-10 520"],
                  ["Särskilt boende", "301 220", "312 500", "318 760", "-6 260"],
                  ["Hälso- och sjukvård", "64 310", "67 800", "66 940", "860"],
                  ["Funktionsstöd LSS", "142 880", "151 200", "149 830", "1 370"],
                  ["Anhörigstöd och förebyggande", "9 870", "10 400", "10 120", "280"],
                  ["Summa", "719 332", "750 100", "764 020", "-13 920"]], sum_last=True)
        + "<h2>7.3 Intäkter och kostnader</h2>"
        + _table("Tabell 9. Intäkter och kostnader (tkr)", _DRIFT,
                 [["Intäkter", "96 410", "98 200", "104 880", "6 680"],
                  ["Personalkostnader", "612 560", "640 100", "655 930", "-15 830"],
                  ["Köpt verksamhet", "98 720", "100 400", "105 210", "-4 810"],
                  ["Lokalkostnader", "58 310", "62 600", "61 940", "660"],
                  ["Övriga kostnader", "46 152", "45 200", "45 820", "-620"],
                  ["Nettokostnad", "719 332", "750 100", "764 020", "-13 920"]], sum_last=True)
        + "<p>Intäkterna blev högre än budgeterat, främst genom statsbidrag för äldreomsorgslyftet. "
        "Personalkostnaderna överskred budgeten med 15,8 mnkr.</p>"
        "<h2>7.4 Investeringar</h2>"
        + _table("Tabell 10. Investeringar (tkr)", ["Projekt", "Budget 2023", "Utfall 2023", "Avvikelse"],
                 [["Inventarier Lindgården", "4 500", "4 180", "320"],
                  ["Digitala trygghetslarm", "1 200", "1 420", "-220"],
                  ["Välfärdsteknik och e-hälsa", "2 000", "940", "1 060"],
                  ["Arbetstekniska hjälpmedel", "800", "765", "35"],
                  ["Summa", "8 500", "7 305", "1 195"]], sum_last=True)
        + "<p>Projektet Välfärdsteknik och e-hälsa har försenats och 1,1 mnkr föreslås föras över till 2024.</p>",
        '<h1 class="chapter">8 Intern kontroll</h1>'
        "<p>Nämndens internkontrollplan för 2023 omfattade sex kontrollmoment. Kontrollen av att "
        "genomförandeplaner upprättas inom 14 dagar visade brister: 68 procent av planerna var upprättade i tid. "
        "Övriga kontroller visade inga väsentliga avvikelser.</p>",
        "<h1>9 Framtid och utmaningar</h1>"
        "<p>Antalet invånare över 80 år i Östervalla beräknas öka med 35 procent till 2030. Det ställer krav på fler "
        "platser i särskilt boende och på att hemtjänsten kan rekrytera. Nämnden planerar ett nytt särskilt boende "
        "med 60 platser till 2027 och fortsätter satsningen på välfärdsteknik.</p>"
        "<p>Kompetensförsörjningen är den största utmaningen. Nämnden kommer under 2024 att utbilda 40 "
        "vårdbiträden till undersköterskor inom äldreomsorgslyftet.</p>",
    ]
    return ('<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Verksamhetsberättelse 2023'
            f"</title><style>{_REPORT_STYLE}</style></head><body>{''.join(parts)}</body></html>")


# --- (b) Hedeby kommun, kommunstyrelsens protokoll 2023-11-14, §§ 187–198 (HTML printed to PDF) ------------------

_PROTOKOLL_STYLE = """
@page { size: A4; margin: 32mm 20mm 30mm 20mm;
  @top-left { content: "HEDEBY KOMMUN\\A Kommunstyrelsen"; white-space: pre; font-size: 8pt; }
  @top-center { content: "SAMMANTRÄDESPROTOKOLL\\A Sammanträdesdatum 2023-11-14"; white-space: pre; font-size: 8pt; }
  @top-right { content: "Sida " counter(page) " av " counter(pages); font-size: 8pt; }
  @bottom-left { content: "Justerandes sign"; font-size: 8pt; border-top: 0.5px solid #000; }
  @bottom-right { content: "Utdragsbestyrkande"; font-size: 8pt; border-top: 0.5px solid #000; } }
body { font-family: 'DejaVu Sans', sans-serif; font-size: 10pt; line-height: 1.4; }
.grid { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
.grid td { vertical-align: top; padding: 3pt 4pt; border: 0.5px solid #000; }
.grid td.key { font-weight: bold; width: 32%; }
.par { page-break-before: always; }
.par.cont { page-break-before: auto; margin-top: 18pt; }
.ph { display: flex; justify-content: space-between; font-weight: bold; font-size: 11pt; }
h3 { font-size: 11pt; margin: 4pt 0 8pt 0; }
h4 { font-size: 10pt; margin: 8pt 0 2pt 0; }
p { margin: 2pt 0 6pt 0; }
table.vote { border-collapse: collapse; font-size: 9pt; }
table.vote td, table.vote th { border: 0.5px solid #000; padding: 1pt 6pt; }
"""


def _paragraph(number: int, dnr: str, title: str, body: str, continued: bool = False) -> str:
    css = "par cont" if continued else "par"
    return (f'<div class="{css}"><div class="ph"><span>§ {number}</span><span>{dnr}</span></div>'
            f"<h3>{title}</h3>{body}</div>")


def protokoll_html() -> str:
    """The minutes as HTML: the first page's field grid and signatures, then twelve §§."""
    grid_rows = [
        ("Plats och tid", "Kommunhuset, sammanträdesrum Vänern, kl. 09.00–12.15<br>Ajournering kl. 10.30–10.45"),
        ("Beslutande", "Maria Åkesson (S), ordförande<br>Göran Lindqvist (M), 1:e vice ordförande<br>"
                       "Fatima Haddad (S)<br>Lars-Erik Berg (C)<br>Jonas Palm (SD)<br>Ingrid Sjöberg (KD)<br>"
                       "Mikael Torstensson (S)<br>Elin Nyqvist (V)<br>Peter Hallberg (M), tjänstgörande ersättare "
                       "för Anna Wiklund (M)<br>Sofia Engström (L)<br>Kent Ragnarsson (SD)"),
        ("Ersättare", "Anders Holm (S)<br>Karin Ek (C)<br>Ulf Sandberg (SD)"),
        ("Övriga närvarande", "Helena Strand, kommundirektör<br>Patrik Olofsson, ekonomichef, §§ 188–190<br>"
                              "Lina Carlsson, nämndsekreterare"),
        ("Utses att justera", "Göran Lindqvist (M)"),
        ("Justeringens plats och tid", "Kommunkansliet 2023-11-20"),
    ]
    grid = "".join(f'<tr><td class="key">{k}</td><td>{v}</td></tr>' for k, v in grid_rows)
    signatures = (
        '<table class="grid" style="margin-top:14pt"><tr><td class="key">Underskrifter<br>Sekreterare</td>'
        "<td>........................................<br>Lina Carlsson</td><td>Paragrafer 187–198</td></tr>"
        '<tr><td class="key">Ordförande</td><td colspan="2">........................................<br>'
        "Maria Åkesson</td></tr>"
        '<tr><td class="key">Justerande</td><td colspan="2">........................................<br>'
        "Göran Lindqvist</td></tr></table>"
        '<p style="margin-top:14pt;font-weight:bold">ANSLAG/BEVIS</p>'
        "<p>Protokollet är justerat. Justeringen har tillkännagivits genom anslag.</p>"
        '<table class="grid"><tr><td class="key">Organ</td><td>Kommunstyrelsen</td></tr>'
        '<tr><td class="key">Sammanträdesdatum</td><td>2023-11-14</td></tr>'
        '<tr><td class="key">Datum då anslaget sätts upp</td><td>2023-11-21</td></tr>'
        '<tr><td class="key">Datum då anslaget tas ned</td><td>2023-12-13</td></tr>'
        '<tr><td class="key">Förvaringsplats för protokollet</td><td>Kommunkansliet, Hedeby kommun</td></tr></table>')
    vote = ('<table class="vote"><tr><th>Ledamot</th><th>Ja</th><th>Nej</th><th>Avstår</th></tr>'
            + "".join(f"<tr><td>{name}</td><td>{'X' if v == 'j' else ''}</td><td>{'X' if v == 'n' else ''}</td>"
                      f"<td>{'X' if v == 'a' else ''}</td></tr>"
                      for name, v in (("Maria Åkesson (S)", "j"), ("Göran Lindqvist (M)", "n"),
                                      ("Fatima Haddad (S)", "j"), ("Lars-Erik Berg (C)", "n"),
                                      ("Jonas Palm (SD)", "a"), ("Ingrid Sjöberg (KD)", "j"),
                                      ("Mikael Torstensson (S)", "j"), ("Elin Nyqvist (V)", "j"),
                                      ("Peter Hallberg (M)", "n"), ("Sofia Engström (L)", "j"),
                                      ("Kent Ragnarsson (SD)", "a")))
            + '<tr><td><b>Summa</b></td><td>6</td><td>3</td><td>2</td></tr></table>')
    paragraphs = [
        _paragraph(187, "", "Val av justerare och fastställande av dagordning",
                   "<h4>Kommunstyrelsens beslut</h4><p>Göran Lindqvist (M) utses att tillsammans med ordföranden "
                   "justera protokollet.</p><p>Dagordningen fastställs med tillägget att information om "
                   "vinterväghållningen lämnas under § 198.</p>", continued=False),
        _paragraph(188, "Dnr KS 2023/0412", "Delårsrapport per den 31 augusti 2023",
                   "<h4>Kommunstyrelsens beslut</h4><p>Kommunstyrelsen föreslår kommunfullmäktige besluta att "
                   "godkänna delårsrapporten per den 31 augusti 2023.</p>"
                   "<h4>Sammanfattning av ärendet</h4><p>Kommunens resultat per den 31 augusti 2023 uppgår till "
                   "42,3 mnkr. Prognosen för helåret är ett underskott på 18,7 mnkr, vilket är 39,2 mnkr sämre än "
                   "budgeterat resultat. Socialnämnden prognostiserar ett underskott på 21,5 mnkr och "
                   "barn- och utbildningsnämnden ett underskott på 9,8 mnkr. Balanskravet beräknas inte uppfyllas "
                   "för 2023.</p><p>Investeringarna uppgick till 96,4 mnkr per augusti av en budget på "
                   "238 mnkr.</p>"
                   "<h4>Beslutsunderlag</h4><p>Ekonomichefens tjänsteskrivelse 2023-10-30<br>"
                   "Delårsrapport januari–augusti 2023</p>"
                   "<h4>Beslutet skickas till</h4><p>Kommunfullmäktige<br>Ekonomiavdelningen<br>Revisorerna</p>"),
        _paragraph(189, "Dnr KS 2023/0388", "Budget 2024 och ekonomisk plan 2025–2026",
                   "<h4>Sammanfattning av ärendet</h4><p>Majoritetens förslag till budget för 2024 bygger på en "
                   "oförändrad skattesats på 22,14 kronor och ett budgeterat resultat på 24,5 mnkr för 2024. "
                   "Nämndernas kommunbidrag uppgår till sammanlagt 1 482,6 mnkr. Investeringsbudgeten för 2024 "
                   "är 211 mnkr.</p>"
                   "<h4>Yrkanden</h4><p>Maria Åkesson (S), Ingrid Sjöberg (KD) och Elin Nyqvist (V) yrkar bifall "
                   "till majoritetens förslag till budget.</p><p>Göran Lindqvist (M) och Lars-Erik Berg (C) yrkar "
                   "bifall till Moderaternas och Centerpartiets gemensamma budgetförslag.</p>"
                   "<h4>Propositionsordning</h4><p>Ordföranden ställer proposition på de två förslagen och finner "
                   "att kommunstyrelsen bifaller majoritetens förslag. Omröstning begärs.</p>"
                   "<h4>Omröstning</h4><p>Kommunstyrelsen godkänner följande propositionsordning: den som röstar "
                   "för majoritetens förslag röstar ja, den som röstar för Moderaternas och Centerpartiets förslag "
                   "röstar nej.</p><p>Med 6 ja-röster mot 3 nej-röster, 2 avstår, beslutar kommunstyrelsen enligt "
                   "majoritetens förslag.</p>" + vote +
                   "<h4>Kommunstyrelsens beslut</h4><p>Kommunstyrelsen föreslår kommunfullmäktige besluta att "
                   "fastställa budget 2024 och ekonomisk plan 2025–2026 enligt majoritetens förslag, samt att "
                   "skattesatsen för 2024 ska vara oförändrad 22,14 kronor.</p>"
                   "<h4>Reservationer</h4><p>Göran Lindqvist (M), Peter Hallberg (M) och Lars-Erik Berg (C) "
                   "reserverar sig mot beslutet till förmån för eget yrkande.</p>"
                   "<h4>Beslutet skickas till</h4><p>Kommunfullmäktige</p>"),
        _paragraph(190, "Dnr 2023/231-700", "Begäran om tilläggsanslag från socialnämnden",
                   "<h4>Kommunstyrelsens beslut</h4><p>Kommunstyrelsen föreslår kommunfullmäktige besluta att "
                   "bevilja socialnämnden ett tilläggsanslag på 6,5 mnkr för 2023 för ökade kostnader för "
                   "placeringar av barn och unga, att finansieras ur kommunstyrelsens anslag för oförutsedda "
                   "utgifter.</p>"
                   "<h4>Sammanfattning av ärendet</h4><p>Socialnämnden beslutade den 27 september 2023, § 112, "
                   "att begära ett tilläggsanslag på 9,0 mnkr (SN 2023.045). Kostnaderna för placeringar av barn "
                   "och unga har ökat kraftigt sedan 2022. Kommunledningsförvaltningen föreslår att 6,5 mnkr "
                   "beviljas, vilket motsvarar de ökade kostnader som nämnden inte kan påverka under året.</p>"
                   "<h4>Yrkanden</h4><p>Elin Nyqvist (V) yrkar att socialnämnden beviljas hela det begärda "
                   "tilläggsanslaget på 9,0 mnkr.</p>"
                   "<h4>Propositionsordning</h4><p>Ordföranden ställer proposition på förvaltningens förslag och "
                   "Elin Nyqvists yrkande och finner att kommunstyrelsen bifaller förvaltningens förslag.</p>"
                   "<h4>Reservation</h4><p>Elin Nyqvist (V) reserverar sig mot beslutet.</p>"
                   "<h4>Beslutet skickas till</h4><p>Kommunfullmäktige<br>Socialnämnden</p>"),
        _paragraph(191, "Dnr KS 2023/0290", "Svar på motion om solceller på kommunens fastigheter",
                   "<h4>Sammanfattning av ärendet</h4><p>Elin Nyqvist (V) föreslår i en motion att kommunen ska "
                   "installera solceller på alla kommunala fastigheter där det är tekniskt möjligt före 2026. "
                   "Kommunens fastighetsbolag har redan solceller på elva fastigheter och planerar ytterligare "
                   "sex anläggningar under 2024.</p>"
                   "<h4>Yrkanden</h4><p>Elin Nyqvist (V) yrkar bifall till motionen.</p><p>Maria Åkesson (S) "
                   "yrkar att motionen ska anses besvarad.</p>"
                   "<h4>Kommunstyrelsens beslut</h4><p>Kommunstyrelsen föreslår kommunfullmäktige besluta att "
                   "motionen anses besvarad.</p>"
                   "<h4>Reservation</h4><p>Elin Nyqvist (V) reserverar sig mot beslutet till förmån för eget "
                   "yrkande.</p>"),
        _paragraph(192, "Dnr KS 2023/0455", "Renhållningstaxa 2024",
                   "<h4>Kommunstyrelsens beslut</h4><p>Kommunstyrelsen föreslår kommunfullmäktige besluta att "
                   "anta renhållningstaxa för 2024, vilket innebär en höjning av avgifterna med 6,0 procent från "
                   "den 1 januari 2024.</p>"
                   "<h4>Sammanfattning av ärendet</h4><p>Höjningen behövs för att täcka ökade kostnader för "
                   "insamling och behandling av avfall. Grundavgiften för ett villahushåll blir 1 890 kronor per "
                   "år.</p>"
                   "<h4>Beslutsunderlag</h4><p>Tjänsteskrivelse från tekniska förvaltningen 2023-10-12</p>",
                   continued=True),
        _paragraph(193, "Dnr KS 2023/0501", "Försäljning av fastigheten Hedeby Prästgården 1:14",
                   "<h4>Kommunstyrelsens beslut</h4><p>Kommunstyrelsen beslutar att sälja fastigheten Hedeby "
                   "Prästgården 1:14 till Hedebyhem AB för 2 350 000 kronor enligt upprättat "
                   "köpekontrakt.</p><p>Kommundirektören får i uppdrag att underteckna köpekontraktet.</p>"
                   "<h4>Sammanfattning av ärendet</h4><p>Fastigheten är obebyggd och omfattar 6 420 "
                   "kvadratmeter. Hedebyhem AB avser att bygga omkring 40 hyresrätter.</p>"
                   "<h4>Jäv</h4><p>Mikael Torstensson (S) anmäler jäv och deltar inte i handläggningen av "
                   "ärendet.</p>"),
        _paragraph(194, "Dnr KS 2023/0312", "Antagande av detaljplan för Norra Ängen",
                   "<h4>Kommunstyrelsens beslut</h4><p>Kommunstyrelsen föreslår kommunfullmäktige besluta att "
                   "anta detaljplanen för Norra Ängen.</p>"
                   "<h4>Sammanfattning av ärendet</h4><p>Detaljplanen möjliggör cirka 120 bostäder, en förskola "
                   "med sex avdelningar och en ny gång- och cykelväg mot centrum. Planen har varit utställd för "
                   "granskning under tiden 2023-08-21–2023-09-15.</p>", continued=True),
        _paragraph(195, "Dnr KS 2023/0467", "Riktlinjer för markanvisning",
                   "<h4>Yrkanden</h4><p>Göran Lindqvist (M) yrkar att ärendet återremitteras för att kompletteras "
                   "med en analys av hur riktlinjerna påverkar mindre byggföretag.</p>"
                   "<h4>Propositionsordning</h4><p>Ordföranden ställer proposition på om ärendet ska avgöras i dag "
                   "eller återremitteras och finner att kommunstyrelsen beslutar att återremittera ärendet.</p>"
                   "<h4>Kommunstyrelsens beslut</h4><p>Ärendet återremitteras till kommunledningsförvaltningen för "
                   "komplettering med en analys av hur riktlinjerna påverkar mindre byggföretag.</p>"),
        _paragraph(196, "Dnr KS 2023/0477", "Sammanträdesplan 2024 för kommunstyrelsen",
                   "<h4>Kommunstyrelsens beslut</h4><p>Kommunstyrelsen fastställer följande sammanträdesdagar för "
                   "2024: 30 januari, 5 mars, 16 april, 28 maj, 18 juni, 10 september, 15 oktober, 12 november och "
                   "10 december. Sammanträdena börjar kl. 09.00.</p>", continued=True),
        _paragraph(197, "Dnr KS 2023/0502", "Översyn av den politiska organisationen",
                   "<h4>Yrkanden</h4><p>Maria Åkesson (S) yrkar att ärendet bordläggs till kommunstyrelsens "
                   "sammanträde den 12 december 2023.</p>"
                   "<h4>Kommunstyrelsens beslut</h4><p>Ärendet bordläggs till kommunstyrelsens sammanträde den "
                   "12 december 2023.</p>", continued=True),
        _paragraph(198, "", "Anmälan av delegationsbeslut och meddelanden",
                   "<h4>Kommunstyrelsens beslut</h4><p>Kommunstyrelsen lägger redovisningen av delegationsbeslut "
                   "och meddelanden till handlingarna.</p>"
                   "<h4>Sammanfattning av ärendet</h4><p>Redovisningen omfattar delegationsbeslut fattade under "
                   "perioden 2023-09-26–2023-11-06. Gatuchefen Ove Berglund informerade om vinterväghållningen: "
                   "kommunen har ett nytt avtal med tre entreprenörer och budgeten för snöröjning 2023/2024 är "
                   "7,8 mnkr.</p>", continued=True),
    ]
    first = ('<div><h1 style="font-size:15pt">Sammanträdesprotokoll</h1><table class="grid">' + grid
             + "</table>" + signatures + "</div>")
    return ('<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Protokoll kommunstyrelsen '
            f"2023-11-14</title><style>{_PROTOKOLL_STYLE}</style></head><body>{first}{''.join(paragraphs)}"
            "</body></html>")


def print_pdf(chromium: str, html: str, out: Path) -> Path:
    """Print HTML to PDF with headless Chromium (page margin boxes repeat the header and footer on each page)."""
    source = out.with_suffix(".html")
    source.write_text(html, encoding="utf-8")
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={out}", source.as_uri()], check=True, capture_output=True, timeout=120)
    source.unlink()
    return out


# --- (c) Skogsängs kommun, individ- och familjeomsorgsnämndens kallelse 2024-03-19 (DOCX) -------------------------

_AGENDA = [("1", "Upprop och val av justerare", "", ""),
           ("2", "Godkännande av dagordning", "", ""),
           ("3", "Ekonomisk uppföljning februari 2024", "IFN 2024/0031", "Sara Lund"),
           ("4", "Internkontrollplan 2024", "IFN 2024/0012", "Mats Åberg"),
           ("5", "Svar på motion om fältassistenter", "IFN 2023/0198", "Anders Nilsson"),
           ("6", "Ansökan om föreningsbidrag från Kvinnojouren Linnean 2024", "IFN 2024/0040", "Petra Gustafsson"),
           ("7", "Redovisning av delegationsbeslut", "", ""),
           ("8", "Meddelanden", "", ""),
           ("9", "Ärende enligt LVU (sekretess)", "", "")]

# Each skrivelse: (agenda number, date, dnr, handläggare, title, [(heading, paragraphs)], recipients)
_SKRIVELSER: list[tuple[str, str, str, str, str, list[tuple[str, list[str]]], list[str]]] = [
    ("3", "2024-03-05", "IFN 2024/0031", "Sara Lund, controller", "Ekonomisk uppföljning februari 2024", [
        ("Sammanfattning", ["Efter februari prognostiserar individ- och familjeomsorgsnämnden ett underskott på 9,4 "
                            "mnkr för helåret 2024. Underskottet beror främst på kostnaderna för institutionsplaceringar "
                            "av barn och unga, som efter två månader är 3,1 mnkr högre än budgeterat."]),
        ("Förslag till beslut", ["Individ- och familjeomsorgsnämnden godkänner den ekonomiska uppföljningen för "
                                 "februari 2024.",
                                 "Förvaltningen får i uppdrag att till aprilsammanträdet redovisa åtgärder för att "
                                 "nå en budget i balans."]),
        ("Ärendet", ["Utbetalt ekonomiskt bistånd uppgick till 4,82 mnkr under januari och februari, en ökning med "
                     "12 procent jämfört med samma period 2023. I februari fick 412 hushåll ekonomiskt bistånd, "
                     "mot 378 hushåll i februari 2023.",
                     "Antalet barn och unga placerade på institution (HVB) var 14 i slutet av februari. Vårddygnskostnaden "
                     "för en HVB-placering är i genomsnitt 6 300 kronor."]),
        ("TABLE", ["Verksamhet (tkr)|Budget 2024|Prognos 2024|Avvikelse",
                   "Barn och unga|64 200|71 900|-7 700",
                   "Ekonomiskt bistånd|27 500|30 100|-2 600",
                   "Vuxen och missbruk|31 800|30 600|1 200",
                   "Nämnd och ledning|8 900|9 200|-300",
                   "Summa|132 400|141 800|-9 400"]),
        ("Beslutsunderlag", ["Denna tjänsteskrivelse", "Månadsrapport februari 2024"]),
    ], ["Kommunstyrelsen", "Ekonomiavdelningen"]),
    ("4", "2024-02-26", "IFN 2024/0012", "Mats Åberg, kvalitetsutvecklare", "Internkontrollplan 2024", [
        ("Sammanfattning", ["Förvaltningen har gjort en riskanalys och föreslår en internkontrollplan för 2024 med sex "
                            "kontrollmoment. Planen omfattar bland annat handläggningstider för barnavårdsutredningar, "
                            "utbetalningar av ekonomiskt bistånd och att placerade barn har en utsedd socialsekreterare."]),
        ("Förslag till beslut", ["Individ- och familjeomsorgsnämnden antar internkontrollplanen för 2024."]),
        ("Ärendet", ["Enligt kommunens reglemente för intern kontroll ska varje nämnd årligen anta en plan. Riskerna "
                     "har bedömts efter sannolikhet och konsekvens på en skala från 1 till 4. Den högst värderade "
                     "risken är att barnavårdsutredningar inte slutförs inom fyra månader, som lagen kräver; 2023 "
                     "slutfördes 81 procent av utredningarna i tid.",
                     "Resultatet av kontrollerna redovisas för nämnden i februari 2025."]),
        ("Beslutsunderlag", ["Denna tjänsteskrivelse", "Riskanalys 2024", "Förslag till internkontrollplan 2024"]),
    ], ["Kommunstyrelsen", "Revisorerna"]),
    ("5", "2024-02-29", "IFN 2023/0198", "Anders Nilsson, socialchef", "Svar på motion om fältassistenter", [
        ("Sammanfattning", ["Johan Berg (KD) föreslår i en motion att kommunen anställer två fältassistenter som ska "
                            "arbeta uppsökande bland unga kvällar och helger. Förvaltningen bedömer att behovet till "
                            "stor del möts av den fältgrupp som redan finns inom fritidsverksamheten och föreslår att "
                            "motionen avslås."]),
        ("Förslag till beslut", ["Individ- och familjeomsorgsnämnden föreslår kommunfullmäktige att avslå "
                                 "motionen."]),
        ("Ärendet", ["Kommunfullmäktige har remitterat motionen till nämnden för yttrande. Två fältassistenter skulle "
                     "kosta omkring 1,3 mnkr per år. Nämnden har inga medel för detta inom sin budgetram för 2024.",
                     "Fritidsverksamhetens fältgrupp har tre medarbetare som arbetar fredagar och lördagar."]),
        ("Ekonomiska konsekvenser", ["Ett bifall skulle kräva ett utökat kommunbidrag på 1,3 mnkr per år."]),
        ("Beslutsunderlag", ["Denna tjänsteskrivelse", "Motion från Johan Berg (KD), 2023-10-16"]),
    ], ["Kommunfullmäktige"]),
    ("6", "2024-03-01", "IFN 2024/0040", "Petra Gustafsson, enhetschef", "Ansökan om föreningsbidrag från "
     "Kvinnojouren Linnean 2024", [
        ("Sammanfattning", ["Kvinnojouren Linnean ansöker om ett verksamhetsbidrag på 450 000 kronor för 2024. "
                            "Förvaltningen föreslår att föreningen beviljas 380 000 kronor, vilket är 30 000 kronor mer "
                            "än 2023."]),
        ("Förslag till beslut", ["Individ- och familjeomsorgsnämnden beviljar Kvinnojouren Linnean ett "
                                 "verksamhetsbidrag på 380 000 kronor för 2024."]),
        ("Ärendet", ["Kvinnojouren tog under 2023 emot 46 kvinnor och 31 barn i sitt skyddade boende och hade drygt "
                     "1 100 stödsamtal. Nämndens budget för föreningsbidrag är 520 000 kronor för 2024."]),
        ("Beslutsunderlag", ["Denna tjänsteskrivelse", "Ansökan från Kvinnojouren Linnean, 2024-01-15"]),
    ], ["Kvinnojouren Linnean", "Ekonomiavdelningen"]),
]


def build_kallelse_docx(out: Path) -> Path:
    """The kallelse as Word writes it: a header on every page, the letterhead fields, the föredragningslista as a
    table, then each tjänsteskrivelse on a new page with its own letterhead table."""
    from docx import Document
    from docx.enum.text import WD_BREAK

    document = Document()
    header = document.sections[0].header.paragraphs[0]
    header.text = "Skogsängs kommun\tIndivid- och familjeomsorgsnämnden\tKallelse 2024-03-19"
    footer = document.sections[0].footer.paragraphs[0]
    footer.text = "Skogsängs kommun, Socialförvaltningen, 781 90 Skogsäng, tfn 0240-860 00"
    document.add_paragraph("Skogsängs kommun")
    document.add_paragraph("Individ- och familjeomsorgsnämnden")
    document.add_heading("Kallelse till sammanträde", level=1)
    for label, value in (("Tid", "Tisdagen den 19 mars 2024 kl. 13.15"),
                         ("Plats", "Kommunhuset, sammanträdesrum Tallen"),
                         ("Ordförande", "Kerstin Wallin (S)"), ("Sekreterare", "Emma Lindgren")):
        document.add_paragraph(f"{label}: {value}")
    document.add_paragraph("Ledamöter som inte kan närvara ska meddela sekreteraren senast dagen före "
                           "sammanträdet, så att ersättare kan kallas in.")
    document.add_heading("Föredragningslista", level=2)
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, ("Nr", "Ärende", "Dnr", "Föredragande"), strict=True):
        cell.text = text
    for row in _AGENDA:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    document.add_paragraph("Kerstin Wallin (S)\nOrdförande")
    for number, date, dnr, handlaggare, title, parts, recipients in _SKRIVELSER:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        document.add_paragraph(f"Ärende {number}")
        letterhead = document.add_table(rows=2, cols=3)
        for cell, text in zip(letterhead.rows[0].cells, ("Skogsängs kommun\nSocialförvaltningen", "TJÄNSTESKRIVELSE",
                                                         f"Datum {date}"), strict=True):
            cell.text = text
        for cell, text in zip(letterhead.rows[1].cells, (f"Handläggare: {handlaggare}", "",
                                                         f"Dnr {dnr}"), strict=True):
            cell.text = text
        document.add_paragraph("Individ- och familjeomsorgsnämnden")
        document.add_heading(title, level=1)
        for heading, paragraphs in parts:
            if heading == "TABLE":
                rows = [line.split("|") for line in paragraphs]
                grid = document.add_table(rows=len(rows), cols=len(rows[0]))
                grid.style = "Table Grid"
                for cells, values in zip(grid.rows, rows, strict=True):
                    for cell, text in zip(cells.cells, values, strict=True):
                        cell.text = text
                continue
            document.add_heading(heading, level=2)
            for text in paragraphs:
                document.add_paragraph(text)
        document.add_heading("Beslutet skickas till", level=2)
        for recipient in recipients:
            document.add_paragraph(recipient)
        document.add_paragraph("Anders Nilsson\nSocialchef")
    document.save(str(out))
    return out


def row_facts(parsed: object, caption: str) -> list[str]:
    """The table-row facts of a parsed document whose caption (and headings) begin with `caption`."""
    return [c.fact for c in parsed.chunks if c.kind == "table_row" and c.fact and c.fact.startswith(caption)]  # type: ignore[attr-defined]
