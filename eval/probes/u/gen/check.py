"""Checks for probe u (adapted from probe t's check.py). Run from anywhere with the project venv:

    cd /work/main && OMP_NUM_THREADS=1 .venv/bin/python eval/probes/u/gen/check.py

The generators are re-run into a temporary folder (GEN_PYTHON, default: this interpreter; they need reportlab,
pypdf and python-docx), so their sum assertions are executed, and the regenerated documents must equal the committed
ones byte for byte. Every must_contain string (its first alternative) must occur in the whitespace-folded extracted
text of its document (pypdf for PDF, python-docx/WordprocessingML for DOCX, html.parser for HTML, raw text otherwise).
Exit code 0 and a final 'N passed, 0 failed' line when everything holds.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from extract import extract_text, fold  # noqa: E402

# Sweden's 290 municipalities, by county (kommunnamn without "kommun"); the list of probe l's check.py.
REAL_MUNICIPALITIES = """
Botkyrka Danderyd Ekerö Haninge Huddinge Järfälla Lidingö Nacka Norrtälje Nykvarn Nynäshamn Salem Sigtuna
Sollentuna Solna Stockholm Sundbyberg Södertälje Tyresö Täby Upplands-Bro Upplands_Väsby Vallentuna Vaxholm
Värmdö Österåker
Enköping Heby Håbo Knivsta Tierp Uppsala Älvkarleby Östhammar
Eskilstuna Flen Gnesta Katrineholm Nyköping Oxelösund Strängnäs Trosa Vingåker
Boxholm Finspång Kinda Linköping Mjölby Motala Norrköping Söderköping Vadstena Valdemarsvik Ydre Åtvidaberg
Ödeshög
Aneby Eksjö Gislaved Gnosjö Habo Jönköping Mullsjö Nässjö Sävsjö Tranås Vaggeryd Vetlanda Värnamo
Alvesta Lessebo Ljungby Markaryd Tingsryd Uppvidinge Växjö Älmhult
Borgholm Emmaboda Hultsfred Högsby Kalmar Mönsterås Mörbylånga Nybro Oskarshamn Torsås Vimmerby Västervik
Gotland
Karlshamn Karlskrona Olofström Ronneby Sölvesborg
Bjuv Bromölla Burlöv Båstad Eslöv Helsingborg Hässleholm Höganäs Hörby Höör Klippan Kristianstad Kävlinge
Landskrona Lomma Lund Malmö Osby Perstorp Simrishamn Sjöbo Skurup Staffanstorp Svalöv Svedala Tomelilla
Trelleborg Vellinge Ystad Åstorp Ängelholm Örkelljunga Östra_Göinge
Falkenberg Halmstad Hylte Kungsbacka Laholm Varberg
Ale Alingsås Bengtsfors Bollebygd Borås Dals-Ed Essunga Falköping Färgelanda Grästorp Gullspång Göteborg
Götene Herrljunga Hjo Härryda Karlsborg Kungälv Lerum Lidköping Lilla_Edet Lysekil Mariestad Mark Mellerud
Munkedal Mölndal Orust Partille Skara Skövde Sotenäs Stenungsund Strömstad Svenljunga Tanum Tibro Tidaholm
Tjörn Tranemo Trollhättan Töreboda Uddevalla Ulricehamn Vara Vårgårda Vänersborg Åmål Öckerö
Arvika Eda Filipstad Forshaga Grums Hagfors Hammarö Karlstad Kil Kristinehamn Munkfors Storfors Sunne Säffle
Torsby Årjäng
Askersund Degerfors Hallsberg Hällefors Karlskoga Kumla Laxå Lekeberg Lindesberg Ljusnarsberg Nora Örebro
Arboga Fagersta Hallstahammar Kungsör Köping Norberg Sala Skinnskatteberg Surahammar Västerås
Avesta Borlänge Falun Gagnef Hedemora Leksand Ludvika Malung-Sälen Mora Orsa Rättvik Smedjebacken Säter
Vansbro Älvdalen
Bollnäs Gävle Hofors Hudiksvall Ljusdal Nordanstig Ockelbo Ovanåker Sandviken Söderhamn
Härnösand Kramfors Sollefteå Sundsvall Timrå Ånge Örnsköldsvik
Berg Bräcke Härjedalen Krokom Ragunda Strömsund Åre Östersund
Bjurholm Dorotea Lycksele Malå Nordmaling Norsjö Robertsfors Skellefteå Sorsele Storuman Umeå Vilhelmina
Vindeln Vännäs Åsele
Arjeplog Arvidsjaur Boden Gällivare Haparanda Jokkmokk Kalix Kiruna Luleå Pajala Piteå Älvsbyn Överkalix
Övertorneå
"""
REAL = [w.replace("_", " ") for w in REAL_MUNICIPALITIES.split()]

# municipality and place names of probes c–k (probe l's list) ...
OTHER_PROBES = """Tallmora Lindbacka Ekeråsa Stenvreta Hedvalla Sjöholma Gråsjö Björkfors Norrbäcka Stenvika
Björkhamra Östervreta Tallmyra Gransälv Kvarnstena Åsberga Ekdala Sälgvik Lövsjö Brännvika Granåker Vittersand
Myrbacka Hässlerud Tjärnås Källvreta Exempelby Lövbacka Älvby Granbo Kvarnbo
Rönnåsa Videmåla Hagsjöby Ljungtorpa Tranvika Alvkärra Sandhyttan Mossberga Kronbäcka Lilltorpa
Ravelsta Ulvåkra Fjällbrona Sävdala Östermarka Granvik Tornemo Vrenåsa
Ramsvik Ljusmåla Hjortstrand Ekgärde Furuhamra Storlida
Skärvsta Hamrefors Tunavik Lärkeby Rävlunda Bredmossa Lindåsen Norrgrava Sörfjärden Mossfallet Tunavikshem
Strandängen Hällbacken Norrgärdet
Vårnäsa Ormåsa Tjärnvik Kråkmora Höstorpa Siklunda Norrbyn Norrbyhöjden Lillkärr Sörbyn Mossängen Ängsparken
Tjärnbyn Solgläntan Kråkmoraån Sjövik Brunnsbo
Harvsjö Ulvsäter Kärrstorp Enebacka Ljusterby Hjälmtorp Harvsjön Harvsjöhem Mjölnaren Strandbo Kvarngården
Ekebo Hemfast Lövkullen Hamnvägen Åsby Björkudden Rödmossen Solbergaskolan Godsmagasinet Norrlid Stensjön Bruksbyn
Östanå Aqualin""".split() + ["Östra Hagen"]

# ... and of probes l, m and n (from their READMEs' Documents tables and file names; probe o's list)
OTHER_PROBES += """Gäddvika Getaryd Orrvik Vedåsa Kalvsjö Tjädermo Norrviken Braxen Gäddan Norrsken Lövnäs Skärvik
Kvarnviken Åsbacken Spoven Hultaby Ormnäs Solrosen Lommen Skogsmark UngKraft
Hagnäsby Ljungmossa Björnvalla Forsmora Dunsjö Snäckvik Hamnkvarteret Sjöbris Bryggan Valvet Smedjegården
Dunsjöbaden Måsen Tranan Hagnäs-Sjötorp
Bäverås Fjärdinge Fårhult Vassbotten Hagelstad Kornhamn Ekbacken Hallbokaren Fjärdingehallen Kvarnåsen Alnäs
Hägerträsk Lunnehöjden Kyrkberget Sjöliden Kvadrant Linnean Granhyddan Björnbo Smedjan Lärkängen Sädesärlan
Verkstaden Granlid Mjölnaren Strandbo""".split()

# ... and of probe o (from its README's Documents table and file names)
OTHER_PROBES += """Ramnåsa Ekeslätt Hällmyra Vindåker Sandmora Tranebo Tallåsen Bäckaskolan Rönnbäcken Glasblåsaren
Glasbruksvägen Norrskogen Skogsbrynet Gläntan Åmyra Stensund Tallbo Lillåker Skärmyra Fjärdkajen Tärnan""".split()

# ... and of probe p (from its README's Documents table and file names)
OTHER_PROBES += """Ugglebo Mörtsjö Stavreby Ekornäs Lindskära Trastbo Solgårdsvägen Hagtornsparken Vitsippsvägen
Lärkstigen Rosendalsparken Klövervallsskolan Sörgårdsskolan Solvändan Björkhagen Lärkgården Kvarnängen Kilen Lillsjön
Hästmossen Sälgen""".split()


# ... and of probe q (from its README's Documents table and file names)
OTHER_PROBES += """Tegelsta Humlesjö Rödvalla Klintvik Svanholma Blåsunda Lergropen Lertagsparken Stationsgatan Bruksvägen
Stadshusgatan Nordväg Norrängen Solhöjden Rönnlyckan Humlesjöbostäder Kastanjen Hagbacken Ängsklockan Kyrkogatan
Kattfoten Smörbollen Fyren Ekeby""".split()


# ... and of probe r (from its README's Documents table and file names)
OTHER_PROBES += """Lomtjärna Brattvik Högslätta Oxhälla Igelsjö Ödmora Näckrosen Lindgläntan Gullvivan Västerbyskolan
Västerby Malmkullen Hagaberg Torggatan Solvik Åsgården Igelkotten Kompass""".split()
# generic street/building words seen in other probes' Documents tables, kept out of probes s and t
OTHER_PROBES += ["Storgatan", "Vattentornet"]

# ... and of probe s (from its README's Documents table and file names)
OTHER_PROBES += """Hökmora Vitmossa Grytvika Bäckhamra Hallonvik Renholma Backstugan Kyrkparken Lingonvägen Rådhuset
Tingsgården Vävstolen Varpen Inslaget Råbäck Frostvallen Vitmossahallen Sjöbacken Näset Rönnen Skären Hamnen
Köpmangatan Lönnen Åvägen Rosengården Ängsbacka Furuliden Sjöstugan Ekängsgymnasiet""".split()


# ... and of probe t (from its README's Documents table and file names)
OTHER_PROBES += """Kärrvalla Lönnåker Hedsunda Sälgnäs Alsmåla Vretinge Ekliden Pilparken Sjöängsparken Rödjan Torget
Tistelbacken Medborgarhuset Ekhagsskolan Östergården Bredåker Lerbäck Fallbo Sjöryd Tornhult Granstorp
Kyrkskolan""".split() + ["Södra infarten"]

INVENTED = {  # document -> invented municipality
    "glimaker_revisionsberattelse_2025.pdf": "Glimåker",
    "tornvalla_myn_tillsynsplan_2026.pdf": "Tornvalla",
    "mjohammar_ln_namndnytt_2026-02.pdf": "Mjöhammar",
    "hovmala_sun_granskningsutlatande_sagverkstomten_2025-10-28.docx": "Hovmåla",
    "angerhult_ks_motioner_ej_slutbehandlade_2026-03-31.html": "Ängerhult",
    "tovesund_kf_arvodesbestammelser_2026.txt": "Tovesund",
}
# other invented place, building, street, firm and newspaper names used in the documents
EXTRA_INVENTED = ["Glimåkershus", "Aspekta", "Sjömyrbäcken", "Ängsmon", "Stjärnfallet", "Tallbergsskolan", "Tallen",
                  "Sågverkstomten", "Hovån", "Sågaregatan", "Brädgårdsvägen", "Hovmålabladet", "Rödsätra", "Lidsjön",
                  "Skolgränd"]

GENERATORS = {
    "glimaker_revisionsberattelse_2025.pdf": "gen_glimaker_revisionsberattelse.py",
    "tornvalla_myn_tillsynsplan_2026.pdf": "gen_tornvalla_myn_tillsynsplan.py",
    "mjohammar_ln_namndnytt_2026-02.pdf": "gen_mjohammar_ln_namndnytt.py",
    "hovmala_sun_granskningsutlatande_sagverkstomten_2025-10-28.docx": "gen_hovmala_sun_granskningsutlatande.py",
    "angerhult_ks_motioner_ej_slutbehandlade_2026-03-31.html": "gen_angerhult_ks_motioner.py",
    "tovesund_kf_arvodesbestammelser_2026.txt": "gen_tovesund_kf_arvodesbestammelser.py",
}

N_Q, N_ANS, N_UNA, N_ENG, N_ENG_ANS = 48, 32, 16, 16, 10
ENGLISH_START = re.compile(r"^(What|Which|Who|Whose|When|Where|How|Why|In|On|Did|Does|Do|Is|Was|Were|By|Has|Have|Can)\b",
                           re.I)
SWEDISH_WORDS = re.compile(r"\b(och|för|vad|vilken|vilka|hur|som|är|blev|på|av|när|vem|att|det|om)\b", re.I)

passed = failed = 0


def ok(cond, msg):
    global passed, failed
    if cond:
        passed += 1
    else:
        failed += 1
        print("FAIL:", msg)
    return cond


def real_name_hits(text):
    hits = []
    for name in REAL:
        # whole word, case-sensitive, also genitive -s; Swedish letters count as word characters
        if re.search(r"(?<![\wÅÄÖåäöÉé-])" + re.escape(name) + r"s?(?![\wÅÄÖåäöÉé])", text):
            hits.append(name)
    return hits


def other_probe_hits(text):
    return [m for m in OTHER_PROBES if re.search(r"(?<![\wÅÄÖåäö])" + re.escape(m) + r"s?(?![\wÅÄÖåäö])", text)]


def is_english(q):
    return bool(ENGLISH_START.match(q)) and len(SWEDISH_WORDS.findall(re.sub(r"\([^)]*\)", "", q))) == 0


def sv_num(s):
    """'-2 400' / '−18,6' / '118,6' -> number."""
    return float(s.replace(" ", "").replace("\u00a0", "").replace("+", "").replace("\u2212", "-").replace(",", "."))


def pdf_pages(path):
    from pypdf import PdfReader
    return [p.extract_text() for p in PdfReader(str(path)).pages]


def layout(docs_dir):
    """Genre and format features."""
    G, T, M, H, A, V = list(INVENTED)

    # 1. Glimåker: revisionsberättelse + redogörelse, PDF with running header/footer
    pages = pdf_pages(docs_dir / G)
    n = len(pages)
    ok(3 <= n <= 5, f"glimåker: 3–5 PDF pages ({n})")
    ok(all(f"Sida {k} av {n}" in pages[k - 1] and "Dnr Rev 2026:04" in pages[k - 1] and "GLIMÅKERS KOMMUN" in
           pages[k - 1] for k in range(1, n + 1)), "glimåker: running header and 'Sida N av M' footer on every page")
    t = fold("\n".join(pages))
    ok(all(s in t for s in ("Revisionsberättelse för år 2025", "Redogörelse för revisionen 2025",
                            "anmärkning mot tekniska nämnden", "avstyrker", "Vi tillstyrker att fullmäktige beviljar")),
       "glimåker: bedömning, anmärkning, avstyrkan and tillstyrkan")
    ok(len(re.findall(r"\((S|M|SD|V|C)\)(, (vice )?ordförande)?", t)) >= 5, "glimåker: five signing revisorer")
    rows = re.findall(r"(Placeringar barn och unga|Ekonomiskt bistånd|Missbruksvård vuxna|Myndighet och "
                      r"administration|Socialnämnden totalt) ([−-]?\d+,\d)", t)
    ok(len(rows) == 5 and round(sum(sv_num(v) for _, v in rows[:4]), 1) == sv_num(rows[4][1]) == -18.6,
       f"glimåker: socialnämnden's deviations sum to the total ({rows})")
    ok(len(re.findall(r"\b20\d\d-\d\d-\d\d\b", t.split("Tabell 1.")[1].split("3. Tekniska")[0])) == 8,
       "glimåker: eight granskningar with report dates")
    ok(not re.search(r"fullmäktige (har )?(beviljade|beviljat|vägrade)", t), "glimåker: no KF decision on ansvarsfrihet")

    # 2. Tornvalla: tillsynsplan PDF with a table continued over a page break (header repeated)
    pages = pdf_pages(docs_dir / T)
    n = len(pages)
    ok(2 <= n <= 4, f"tornvalla: 2–4 PDF pages ({n})")
    ok(all(f"Sida {k} av {n}" in pages[k - 1] and "Dnr 2025/0418-4.3.1" in pages[k - 1] for k in range(1, n + 1)),
       "tornvalla: header with Dnr and 'Sida N av M' on every page")
    hdr = "Objektkategori\nLag\nFrekvens\nAntal objekt\nTimmar per objekt\nBehov, h\nPrio"
    ok(sum(hdr in p for p in pages) >= 2, "tornvalla: Tabell 2's column header repeated after the page break")
    body_rows = []
    for p in pages:
        body_rows.append(re.findall(r"\n(MB|LL|LL/MB)\n([^\n]+)\n(\d[\d ]*)\n(\d[\d ]*)\n(\d[\d ]*)\n([ABC])(?=\n)", p))
    ok(sum(1 for r in body_rows if r) >= 2, "tornvalla: Tabell 2 rows on two pages")
    allrows = [r for rs in body_rows for r in rs]
    ok(len(allrows) == 28, f"tornvalla: 28 rows in Tabell 2 ({len(allrows)})")
    ok(all(sv_num(a) * sv_num(h) == sv_num(b) for _, _, a, h, b, _ in allrows), "tornvalla: antal × timmar = behov")
    total = sum(sv_num(b) for *_, b, _ in allrows)
    t = fold("\n".join(pages))
    ok(total == 7212 and "7 212 timmar" in t and "6 000 timmar" in t and "1 212 timmar" in t,
       f"tornvalla: behov {total} = 7 212, tillgängligt 6 000, underskott 1 212")
    prio = {c: sum(sv_num(b) for *_, b, p in allrows if p == c) for c in "ABC"}
    ok(f"A – genomförs 2026 {int(prio['A']):,}".replace(",", " ") in t and prio["A"] + prio["B"] <= 6000,
       f"tornvalla: prioritet A/B fits within the available time ({prio})")

    # 3. Mjöhammar: two-column newsletter PDF
    from pypdf import PdfReader
    r = PdfReader(str(docs_dir / M))
    xs = []
    r.pages[0].extract_text(visitor_text=lambda txt, cm, tm, fd, fs: xs.append(tm[4] * cm[0] + cm[4])
                            if txt.strip() else None)
    width = float(r.pages[0].mediabox.width)
    left = sum(1 for x in xs if 40 < x < width / 2 - 20)
    right = sum(1 for x in xs if width / 2 + 5 < x < width / 2 + 40)
    ok(left > 20 and right > 20, f"mjöhammar: text set in two columns (left {left}, right {right})")
    pages = [p.extract_text() for p in r.pages]
    ok(1 <= len(pages) <= 3 and pages[0].startswith("Nämndnytt"), "mjöhammar: masthead, 1–3 pages")
    t = fold("\n".join(pages))
    ok("Nämnden i siffror 2026" in t and "9 röster mot 4" in t and "föreslå kommunstyrelsen och kommunfullmäktige"
       in t, "mjöhammar: fact box, vote, proposal to KF")
    parts = re.findall(r"(−\d,\d) mnkr", t.split("Underskott i första prognosen")[1].split("Nämnden i siffror")[0])
    ok(len(parts) == 4 and round(sum(sv_num(x) for x in parts[1:]) + 0.4, 1) == sv_num(parts[0]),
       f"mjöhammar: prognosis parts sum ({parts})")

    # 4. Hovmåla: granskningsutlåtande DOCX
    import docx
    d = docx.Document(str(docs_dir / H))
    ok(d.sections[0].header.paragraphs[0].text.startswith("Hovmåla kommun"), "hovmåla: page header")
    ok("PAGE" in d.sections[0].footer._element.xml, "hovmåla: PAGE field in the footer")
    grid = [tb for tb in d.tables if tb.style is not None and tb.style.name == "Table Grid"]
    ok(len(grid) == 1 and len(grid[0].rows) == 13 and len(grid[0].columns) == 5, "hovmåla: yttranden table 12 × 5")
    ok(sum(1 for row in grid[0].rows[1:] if row.cells[4].text == "Noteras.") == 4 and
       sum(1 for row in grid[0].rows[1:] if row.cells[3].text == "Inga synpunkter.") == 2,
       "hovmåla: four yttranden without erinran")
    ok(sum(p.style.name == "Heading 1" for p in d.paragraphs) == 7 and
       sum(p.style.name == "List Number" for p in d.paragraphs) == 2, "hovmåla: seven sections, two att-satser")
    t = fold(extract_text(docs_dir / H))
    ok("12 yttranden, varav 4 utan erinran" in t and "från cirka 140 till cirka 128" in t, "hovmåla: counts")
    ok(not re.search(r"(antogs|har antagit|antog) (detaljplanen|planen)|fullmäktige antog", t),
       "hovmåla: plan not yet adopted")

    # 5. Ängerhult: HTML with two captioned tables
    h = (docs_dir / A).read_text(encoding="utf-8")
    ok(h.count("<caption>") == 2 and h.count("<thead>") == 2 and "<dl class=\"meta\">" in h and "<ol>" in h,
       "ängerhult: meta list, two captioned tables, förslag as <ol>")
    trs = re.findall(r"<tr( class=\"over-ett-ar\")?><th scope=\"row\">(KS \d{4}/\d{3})</th><td>[^<]*</td>"
                     r"<td>(\d{4})-(\d\d)-(\d\d)( \*)?</td><td>(\d+)</td>", h)
    ok(len(trs) == 14, f"ängerhult: 9 + 5 ärenden ({len(trs)})")
    ok(all((2026 - int(y)) * 12 + 3 - int(mo) - (1 if 31 < int(dd) else 0) == int(mn) for _, _, y, mo, dd, _, mn in trs),
       "ängerhult: months column agrees with the dates (per 2026-03-31)")
    ok(all(bool(c) == bool(star) == (int(mn) >= 12) for c, _, _, _, _, star, mn in trs),
       "ängerhult: rows older than a year marked with class and *")
    ok(sum(1 for c, *_ in trs[:9] if c) == 4 and sum(1 for c, *_ in trs[9:] if c) == 2, "ängerhult: 4 + 2 older")

    # 6. Tovesund: arvodesbestämmelser as plain text
    t = (docs_dir / V).read_text(encoding="utf-8")
    ok(re.findall(r"^(\d+) § [A-ZÅÄÖ ,]+\.", t, re.M) == [str(i) for i in range(1, 18)], "tovesund: 1 §–17 § in order")
    grund = sv_num(re.search(r"^(\d[\d ]*) kronor per månad för år 2026", t, re.M).group(1))
    tab = re.findall(r"^     (\S.{56})\s+(\d+)\s+(\d[\d ]*\d)$", t, re.M)
    ok(len(tab) == 13 and all(grund * sv_num(p) / 100 == sv_num(a) for _, p, a in tab),
       f"tovesund: 13 arvoden = procent × grundbelopp {grund}")
    ok("Antagna av kommunfullmäktige 2025-11-24, § 158" in t and "Gäller från 2026-01-01" in t,
       "tovesund: adoption and validity")
    ok("\r" not in t, "tovesund: LF line endings")


def near_miss_specific(texts):
    G, T, M, H, A, V = list(INVENTED)
    g, tv, m, h, a, v = (texts[x] for x in (G, T, M, H, A, V))
    ok("25 maj 2026" in g and "beviljade" not in g, "u33: KF has not tried ansvarsfrihet")
    ok(not re.search(r"tekniska nämnden[^.]{0,60}(underskott|överskott|avvikelse|resultat)", g, re.I),
       "u34: no result for tekniska nämnden")
    ok("2026" not in re.sub(r"9 april 2026|25 maj 2026|2026-0[34]-\d\d|Rev 2026:04|2023–2026", "", g), "u35: nothing about 2026")
    ok(not re.search(r"\d+ (tillsyns)?besök", tv), "u36: no count of visits in 2025")
    ok("socialnämnden" in tv and not re.search(r"(tobak|alkohol)[^.]{0,60}\d+ timmar", tv, re.I),
       "u37: no hours for alcohol/tobacco")
    ok(not re.search(r"fullmäktige (har )?(beslutat|beslutade|utökade|biföll)", m, re.I), "u38: KF has not decided")
    ok(not re.search(r"flick|pojk", m, re.I), "u39: no meritvärde by sex")
    ok(not re.search(r"mobil[^.]{0,120}(kr|mnkr|kronor)\b", m), "u40: no cost of the mobile collection")
    ok(not re.search(r"antogs|har antagits|fullmäktige antog", h), "u41: plan not adopted")
    ok(not re.search(r"\d[\d ]* ?(kr|kronor|mnkr|tkr)\b", h), "u42: no amounts in the granskningsutlåtande")
    ok("avser att anvisa" in h and not re.search(r"(har|fått) (markanvis|anvisats)", h), "u43: no markanvisning yet")
    ok(not re.search(r"bifölls|avslogs|anses besvarad", a), "u44: no KF decision on the solar motion")
    hund = re.search(r"Hundrastgård[^<]*", a)
    ok("Förslagsställarnas namn redovisas inte" in a and hund and not re.search(r"\([A-Z]{1,2}\)", hund.group(0)),
       "u45: no name for the medborgarförslag")
    ok("sju motioner" in a and not re.search(r"under (hela )?2025 (besvarade|har)", a), "u46: no 2025 total")
    ok("2027" not in v.replace("2027–2030", ""), "u47: no 2027 amounts")
    ok("krisledning" not in v.lower(), "u48: no krisledningsnämnd")


def main():
    ok(len(REAL) == 290 and len(set(REAL)) == 290, f"municipality list has {len(REAL)} names, expected 290")
    names = list(INVENTED.values()) + EXTRA_INVENTED
    ok(len(set(INVENTED.values())) == len(INVENTED) == 6, "6 different invented municipalities")
    for n in names:
        ok(n not in REAL, f"{n} is a real municipality")
        ok(n not in OTHER_PROBES and not any(n.lower() == m.lower() for m in OTHER_PROBES),
           f"{n} is already used by another probe")
        ok(not real_name_hits(n), f"{n} contains a real municipality name as a word")
    for muni in INVENTED.values():
        ok(not any(muni[:5].lower() == m[:5].lower() for m in OTHER_PROBES if len(m) >= 5),
           f"{muni} is very close to a name of another probe")
        ok(not any(muni[:5].lower() == m[:5].lower() for m in REAL if len(m) >= 5),
           f"{muni} is very close to a real municipality")
    # file names of all other probes: no municipality of this probe there
    for other in sorted(p for p in ROOT.parent.iterdir() if p.is_dir() and p.name != ROOT.name):
        for f in (other / "docs").glob("*") if (other / "docs").is_dir() else []:
            ok(not any(f.name.startswith(k.split("_")[0] + "_") for k in INVENTED), f"{f} shares a name prefix")

    docs_dir = ROOT / "docs"
    present = sorted(p.name for p in docs_dir.iterdir() if p.is_file())
    ok(present == sorted(INVENTED), f"docs/ holds exactly the 6 documents (found {present})")
    texts = {}
    for name, muni in INVENTED.items():
        p = docs_dir / name
        if not ok(p.exists(), f"missing document {name}"):
            continue
        t = extract_text(p)
        texts[name] = fold(t)
        ok(len(texts[name]) > 3500, f"{name}: too little text ({len(texts[name])} chars)")
        ok(muni in t, f"{name}: does not name its municipality {muni}")
        hits = real_name_hits(t)
        ok(not hits, f"{name}: names real municipalities {hits}")
        used = other_probe_hits(t)
        ok(not used, f"{name}: uses names of other probes {used}")
        others = [m for m in INVENTED.values() if m != muni and m in t]
        ok(not others, f"{name}: mentions another probe-u municipality {others}")

    lines = (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    qs = [json.loads(x) for x in lines if x.strip()]
    ok(len(qs) == N_Q, f"{len(qs)} questions, expected {N_Q}")
    ok([q["id"] for q in qs] == [f"u{i:02d}" for i in range(1, N_Q + 1)], f"ids u01..u{N_Q} in order")
    for q in qs:
        ok(set(q) == {"id", "question", "answerable", "must_contain", "doc"}, f"{q['id']}: keys {sorted(q)}")
        ok(q["doc"] in INVENTED, f"{q['id']}: unknown doc {q['doc']}")
        ok(isinstance(q["answerable"], bool) and isinstance(q["must_contain"], list), f"{q['id']}: types")
    ans = [q for q in qs if q["answerable"] is True]
    una = [q for q in qs if q["answerable"] is False]
    ok(len(ans) == N_ANS and len(una) == N_UNA, f"{len(ans)} answerable / {len(una)} unanswerable")
    eng = [q["id"] for q in qs if is_english(q["question"])]
    eng_ans = [q["id"] for q in ans if q["id"] in eng]
    ok(len(eng) == N_ENG and len(eng_ans) == N_ENG_ANS,
       f"{len(eng)} English questions ({eng}), {len(eng_ans)} answerable; expected {N_ENG}/{N_ENG_ANS}")
    for q in qs:  # a question that is not English must look Swedish
        ok(q["id"] in eng or SWEDISH_WORDS.search(q["question"]), f"{q['id']}: neither clearly English nor Swedish")
    ok(len({q["question"] for q in qs}) == N_Q, "questions are unique")
    per_doc = {d: sum(1 for q in ans if q["doc"] == d) for d in INVENTED}
    ok(all(5 <= n <= 6 for n in per_doc.values()), f"5–6 answerable per document: {per_doc}")
    per_doc_u = {d: sum(1 for q in una if q["doc"] == d) for d in INVENTED}
    ok(all(2 <= n <= 3 for n in per_doc_u.values()), f"2–3 unanswerable per document: {per_doc_u}")
    for q in qs:
        hits = real_name_hits(q["question"] + " " + " ".join(q["must_contain"]))
        ok(not hits, f"{q['id']}: names real municipalities {hits}")
        muni = INVENTED[q["doc"]]
        ok(muni.lower()[:6] in q["question"].lower(), f"{q['id']}: question does not name {muni}")
        ok(not other_probe_hits(q["question"]), f"{q['id']}: names of other probes")
        # the question must not copy a long stretch of the document verbatim
        words = q["question"].lower().split()
        grams = {" ".join(words[i:i + 6]) for i in range(len(words) - 5)}
        ok(not any(g in texts.get(q["doc"], "").lower() for g in grams), f"{q['id']}: copies the document")

    for q in ans:
        mc = q["must_contain"]
        ok(1 <= len(mc) <= 3, f"{q['id']}: {len(mc)} must_contain strings")
        text = texts.get(q["doc"], "").lower()
        for item in mc:
            alts = [fold(a).lower() for a in item.split("|")]
            ok(all(len(a) >= 3 for a in alts), f"{q['id']}: too short alternative in '{item}'")
            ok(alts[0] in text, f"{q['id']}: first alternative of '{item}' not found as printed in {q['doc']}")
            if q["id"] in eng and re.search(r"\d,\d{1,2}(?!\d)", item):
                ok(any(re.search(r"\d\.\d", a) for a in alts), f"{q['id']}: English decimal lacks a dot form")
    for q in una:
        ok(q["must_contain"] == [], f"{q['id']}: unanswerable with must_contain")

    reasons = json.loads((HERE / "reasons.json").read_text(encoding="utf-8"))
    ok(sorted(reasons) == sorted(q["id"] for q in una), "reasons.json covers exactly the unanswerable ids")
    for qid, r in reasons.items():
        ok(all(r.get(k) for k in ("why", "kind", "subject", "tempting")),
           f"{qid}: reason lacks why/kind/subject/tempting")
        q = next(x for x in qs if x["id"] == qid)
        ok(r.get("doc") == q["doc"] and r.get("question") == q["question"], f"{qid}: reason/question mismatch")
        low = texts.get(q["doc"], "").lower()
        for a in r.get("absent", []):
            ok(fold(a).lower() not in low, f"{qid}: '{a}' does occur in {q['doc']}")
        for a in r.get("present", []):
            ok(fold(a).lower() in low, f"{qid}: nearby fact '{a}' does not occur in {q['doc']}")
    near_miss_specific(texts)

    layout(docs_dir)

    gen_py = os.environ.get("GEN_PYTHON", sys.executable)
    with tempfile.TemporaryDirectory() as tmp:
        for doc, script in GENERATORS.items():
            r = subprocess.run([gen_py, str(HERE / script)], cwd=HERE, capture_output=True, text=True,
                               env={**os.environ, "PROBE_U_OUT": tmp})
            if not ok(r.returncode == 0, f"{script} failed:\n{r.stderr[-2000:]}"):
                continue
            ok((Path(tmp) / doc).read_bytes() == (docs_dir / doc).read_bytes(),
               f"{doc}: committed document differs from its generator's output")
        ok(sorted(os.listdir(tmp)) == sorted(GENERATORS), "generators write exactly the 6 documents")
        r = subprocess.run([sys.executable, "-c",
                            "import sys; sys.path.insert(0, sys.argv[1]); import questions, json; "
                            "rows, reasons = questions.build(); "
                            "print(json.dumps([rows, reasons], ensure_ascii=False))", str(HERE)],
                           capture_output=True, text=True)
        if ok(r.returncode == 0, f"questions.py failed: {r.stderr[-2000:]}"):
            rows, rs = json.loads(r.stdout)
            ok(rows == qs, "questions.jsonl differs from questions.py")
            ok(rs == reasons, "reasons.json differs from questions.py")

    print(f"documents: {len(texts)}; questions: {len(qs)} ({len(ans)} answerable, {len(una)} unanswerable, "
          f"{len(eng)} English)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
