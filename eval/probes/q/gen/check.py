"""Checks for probe q (adapted from probe p's check.py). Run from anywhere with the project venv:

    cd /work/main && OMP_NUM_THREADS=1 .venv/bin/python eval/probes/q/gen/check.py

The generators are re-run into a temporary folder (GEN_PYTHON, default: this interpreter; they need reportlab,
pypdf and python-docx), so their sum assertions are executed, and the regenerated documents' extracted text must
equal that of the committed ones. Exit code 0 and a final 'N passed, 0 failed' line when everything holds.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile
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

INVENTED = {  # document -> invented municipality
    "tegelsta_tn_protokoll_2026-02-19.txt": "Tegelsta",
    "humlesjo_ks_arsredovisning_2025.txt": "Humlesjö",
    "rodvalla_von_tjansteskrivelse_korttidsvard_2026-01-14.pdf": "Rödvalla",
    "klintvik_bun_presentation_ekonomi_2026-03-17.pdf": "Klintvik",
    "svanholma_kfn_nyhet_fritidsgardar_2025-12-16.html": "Svanholma",
    "blasunda_kf_avfallstaxa_2026.docx": "Blåsunda",
}
# other invented place, school, property, room, street and company names used in the documents
EXTRA_INVENTED = ["Lergropen", "Lertagsparken", "Stationsgatan", "Bruksvägen", "Stadshusgatan", "Nordväg",
                  "Norrängen", "Solhöjden", "Rönnlyckan", "Humlesjöbostäder", "Kastanjen", "Hagbacken",
                  "Ängsklockan", "Kyrkogatan", "Kattfoten", "Smörbollen", "Fyren", "Ekeby"]

GENERATORS = {
    "tegelsta_tn_protokoll_2026-02-19.txt": "gen_tegelsta_tn_protokoll.py",
    "humlesjo_ks_arsredovisning_2025.txt": "gen_humlesjo_ks_arsredovisning.py",
    "rodvalla_von_tjansteskrivelse_korttidsvard_2026-01-14.pdf": "gen_rodvalla_von_tjansteskrivelse.py",
    "klintvik_bun_presentation_ekonomi_2026-03-17.pdf": "gen_klintvik_bun_presentation.py",
    "svanholma_kfn_nyhet_fritidsgardar_2025-12-16.html": "gen_svanholma_kfn_nyhet_protokollsutdrag.py",
    "blasunda_kf_avfallstaxa_2026.docx": "gen_blasunda_kf_avfallstaxa.py",
}

N_Q, N_ANS, N_UNA, N_ENG, N_ENG_ANS = 48, 32, 16, 6, 4
ENGLISH_START = re.compile(r"^(What|Which|Who|When|Where|How|Why|In|On|Did|Does|Is|Was|By)\b")
SWEDISH_WORDS = re.compile(r"\b(och|för|vad|vilken|vilka|hur|som|är|blev|på|av|när|vem)\b", re.I)

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


def _pdf_runs(page):
    """(x, y, text) of every text run on a PDF page, in user space."""
    runs = []

    def visit(text, cm, tm, fd, fs):
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            runs.append((x, y, text.strip()))
    page.extract_text(visitor_text=visit)
    return runs


def _pages(text):
    parts = text.split("\f")
    return parts[:-1] if parts and parts[-1].strip() == "" else parts


def layout(docs_dir):
    from pypdf import PdfReader
    A, B, C, D, E, F = list(INVENTED)

    # 1. Tegelsta: pdftotext -layout of a meeting-system protokoll
    raw = (docs_dir / A).read_text(encoding="utf-8")
    pages = _pages(raw)
    ok(len(pages) == 4 and raw.endswith("\f") and raw.count("\f") == 4, "tegelsta: 4 pages ending in form feeds")
    for n, pg in enumerate(pages, 1):
        ok(all(s in pg for s in ("TEGELSTA KOMMUN", "SAMMANTRÄDESPROTOKOLL", f"Sida {n} (4)", "Sammanträdesdatum",
                                 "2026-02-19", "Justerandes sign", "Utdragsbestyrkande")),
           f"tegelsta: running header and footer boxes on page {n}")
        ok(pg.index("SAMMANTRÄDESPROTOKOLL") < 200 and pg.rstrip().endswith("Utdragsbestyrkande"),
           f"tegelsta: header at the top, footer at the bottom of page {n}")
    ok("ANSLAG/BEVIS" in pages[0] and "Utses att justera" in pages[0] and "TN §" not in pages[0],
       "tegelsta: page 1 is the front page")
    ok("Vinterväghållning" in pages[1] and "Budget 2025" in pages[1] and "Fastighetsförvaltning  " not in pages[1],
       "tegelsta: § 14 table starts on page 2")
    ok(re.search(r"^ {10}Fastighetsförvaltning +38,7 +36,8 +1,9 +0,9$", pages[2], re.M) is not None
       and "Budget 2025" not in pages[2] and "Verksamhet " not in pages[2],
       "tegelsta: § 14 table continues on page 3 without its column header (q02)")
    ok("TN § 15" in pages[2] and "Yrkanden" in pages[2] and "Beslutsgång" not in pages[2]
       and "Beslutsgång" in pages[3] and "Reservation" in pages[3] and "TN § 15" not in pages[3],
       "tegelsta: § 15 runs over the page break, vote and reservation after it (q03)")
    ok(re.search(r"TN § 14 {20,}Dnr TN 2026/12", raw) is not None, "tegelsta: § number and Dnr on one line")
    ok(not re.search(r" +$", raw, re.M) and "\t" not in raw, "tegelsta: no trailing spaces or tabs")
    just = [x for x in raw.splitlines() if re.match(r"^ {10}\S", x) and re.search(r"[a-zåäö,.]  +[a-zåäö(]", x)]
    ok(len(just) >= 15, f"tegelsta: justified body lines with widened spaces ({len(just)})")
    ok("4  980" in raw or "4 980" in raw, "tegelsta: fast avgift printed")

    # 2. Humlesjö: plain pdftotext of a typeset årsredovisning
    raw = (docs_dir / B).read_text(encoding="utf-8")
    pages = _pages(raw)
    ok(len(pages) == 4 and raw.count("\f") == 4, "humlesjö: 4 pages with form feeds")
    for pg, no in zip(pages, (14, 15, 16, 17)):
        ok(pg.startswith("Humlesjö kommun\nÅrsredovisning 2025\n") and pg.rstrip().splitlines()[-1] == str(no),
           f"humlesjö: running header first and page number {no} last")
    hy = re.findall(r"[a-zåäöﬁﬂ]-\n[a-zåäöﬁﬂ]", raw)
    ok(len(hy) >= 8 and "verksam-\nhetens nettokostnader" in raw, f"humlesjö: words hyphenated at line ends ({len(hy)})")
    ok(raw.count("ﬁ") + raw.count("ﬂ") >= 6, "humlesjö: ﬁ/ﬂ ligatures")
    rr = pages[2]
    ok("Kommunen\nKoncernen\nBelopp i mnkr\nNot\n2025\n2024\n2025\n2024\n" in rr, "humlesjö: RR header one cell per line")
    ok("\nÅrets resultat\n8\n27,7\n20,0\n41,3\n36,5\n" in rr, "humlesjö: RR row one cell per line (q07/q08)")
    ok("\nVerksamhetens nettokostnader\n–1 844,4\n–1 780,0\n–1 788,2\n–1 725,7\n" in rr,
       "humlesjö: RR row without a note number has one line fewer (q09)")
    ok("\nSkatt\n–\n–\n–5,7\n–4,9\n" in rr, "humlesjö: RR row with empty kommun cells")
    cells = [x for x in (pages[2] + pages[3]).splitlines() if re.search(r"\d,\d", x) and len(x) < 12]
    ok(len(cells) >= 80 and not any(re.search(r"\d,\d.*\s.*\d,\d", x) for x in cells),
       f"humlesjö: table cells one per line ({len(cells)})")
    ok("\nÖverförmyndar-\nnämnden\n4,1\n4,3\n–0,2\n0,0\n" in pages[3], "humlesjö: board name broken over two lines (q12)")
    ok(not re.search(r"(^|\s)-\d", raw, re.M) and raw.count("–") >= 30, "humlesjö: en-dash negatives")
    ok("Nyckeltal\nÅrets resultat, mnkr\n27,7 (20,0)" in pages[0], "humlesjö: fact box as a block after the text")

    # 3. Rödvalla: tjänsteskrivelse with a 2 x 3 field table
    reader = PdfReader(str(docs_dir / C))
    n = len(reader.pages)
    ok(2 <= n <= 4 and "Word" in (reader.metadata.creator or ""), f"rödvalla: {n} pages, Word creator")
    runs = _pdf_runs(reader.pages[0])
    pos = {t: (x, y) for x, y, t in runs}
    pairs = [("Handläggare", "Therese Lindfors, verksamhetsutvecklare"), ("Datum", "2026-01-14"),
             ("Diarienummer", "VON 25/214"), ("Mottagare", "Vård- och omsorgsnämnden"), ("Sammanträde", "2026-02-04"),
             ("Beslutsinstans", "Vård- och omsorgsnämnden")]
    for lbl, val in pairs:
        cands = [(x, y) for x, y, t in runs if t == val]
        good = lbl in pos and any(abs(x - pos[lbl][0]) < 1 and 0 < pos[lbl][1] - y < 16 for x, y in cands)
        ok(good, f"rödvalla: field label '{lbl}' stands directly above its value")
    if all(k in pos for k in ("Handläggare", "Datum", "Diarienummer", "Mottagare", "Sammanträde")):
        ok(abs(pos["Handläggare"][1] - pos["Datum"][1]) < 1 and abs(pos["Datum"][1] - pos["Diarienummer"][1]) < 1
           and pos["Handläggare"][1] - pos["Mottagare"][1] > 20 and abs(pos["Mottagare"][0] - pos["Handläggare"][0]) < 1
           and pos["Handläggare"][0] < pos["Datum"][0] < pos["Diarienummer"][0],
           "rödvalla: the six fields form two rows of three cells")
    t = "\n".join(p.extract_text() for p in reader.pages)
    for h in ("1 Sammanfattning", "2 Bakgrund", "2.1 Uppdraget", "2.2 Nuvarande organisation", "2.3 Beläggning",
              "3.2 Alternativ 2", "4.1 Driftkostnader", "4.2 Investering", "6 Samverkan"):
        ok(re.search(r"^" + re.escape(h), t, re.M) is not None, f"rödvalla: typed section number '{h}'")
    ok(all(f"Sida {k} av {n}" in t for k in range(1, n + 1)), "rödvalla: 'Sida N av M' footer on every page")
    ok(t.count("TJÄNSTESKRIVELSE") == n, "rödvalla: letterhead on every page")

    # 4. Klintvik: PowerPoint deck saved as PDF
    reader = PdfReader(str(docs_dir / D))
    ok(len(reader.pages) == 4 and all((float(p.mediabox.width), float(p.mediabox.height)) == (960.0, 540.0)
                                       for p in reader.pages), "klintvik: four 16:9 slides of 960 x 540 pt")
    ok("PowerPoint" in (reader.metadata.creator or ""), "klintvik: PowerPoint creator")
    texts = [p.extract_text() for p in reader.pages]
    for k, tx in enumerate(texts, 1):
        lines = tx.strip().splitlines()
        ok(lines[-1].strip() == str(k) and "Klintvik kommun | Barn- och utbildningsförvaltningen" in tx,
           f"klintvik: footer placeholders last on slide {k}")
    s3 = [x.strip() for x in texts[2].splitlines()]
    vals = [s3.index(v) for v in ("17,9", "19,6", "22,4", "24,9", "27,9") if v in s3]
    cats = [s3.index(v) for v in ("2022", "2023", "2024", "2025", "Prognos 2026") if v in s3]
    ok(len(vals) == 5 and len(cats) == 5 and max(vals) < min(cats) and vals == sorted(vals),
       "klintvik: chart values only as data labels, all before the category labels (q20)")
    ok(not any(re.fullmatch(r"\d{1,2}", x) for x in s3[:-1]), "klintvik: no value-axis tick labels")
    ok(sum(x.strip() == "•" for tx in texts for x in tx.splitlines()) >= 12, "klintvik: bullets as separate glyphs")
    ok("-7,8 mnkr" in texts[1] and "prognostiserad avvikelse" in texts[1], "klintvik: big number box and caption")

    # 5. Svanholma: news item and protokollsutdrag
    raw = (docs_dir / E).read_text(encoding="utf-8")
    art = raw[raw.index('<article class="nyhet">'):raw.index("</article>")]
    sec = raw[raw.index('<section class="mp-utdrag"'):raw.index("</section>")]
    ok('"@type": "NewsArticle"' in raw and "cookie-notice" in raw and 'class="breadcrumb"' in raw
       and 'class="site-footer"' in raw, "svanholma: CMS page furniture")
    ok("drygt 600 000 kronor" in art and "640" not in art and "640 tkr per helår" in sec,
       "svanholma: press version rounds the cost, the utdrag has 640 tkr (q23)")
    ok("Från februari" in art and "2 februari 2026" not in art and "2 februari 2026" in sec,
       "svanholma: start date exact only in the utdrag (q24)")
    ok("efter omröstning" in art and "ja-röster" not in art and "6 ja-röster och 3 nej-röster" in sec,
       "svanholma: vote figures only in the utdrag (q25)")
    ok("nästan 9 000 besök" in art and "8 640" in sec and "8 640" not in art, "svanholma: visits rounded in the press")
    ok("Utdrag ur protokoll" in sec and "Dnr KFN-2025/142" in sec and sec.count("<li>") == 3
       and "Utdragsbestyrkande" in sec, "svanholma: formal utdrag with § 98, dnr, 3 att-points")
    ok("kan också få öppet på lördagar" in art and "utreda lördagsöppet" in sec, "svanholma: Ekeby only investigated")

    # 6. Blåsunda: taxa DOCX
    with zipfile.ZipFile(docs_dir / F) as z:
        doc_xml = z.read("word/document.xml").decode("utf-8")
        hdr = "".join(z.read(n).decode("utf-8") for n in z.namelist() if re.match(r"word/header\d*\.xml", n))
        ftr = "".join(z.read(n).decode("utf-8") for n in z.namelist() if re.match(r"word/footer\d*\.xml", n))
    ok("Antagen av kommunfullmäktige 2025-11-24, § 131" in hdr and "2025-11-24" not in doc_xml
       and "§ 131" not in doc_xml, "blåsunda: adoption date and § only in the page header (q32)")
    ok("PAGE" in ftr and "NUMPAGES" in ftr and "fldChar" in ftr, "blåsunda: PAGE/NUMPAGES fields in the footer")
    from lxml import etree
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    root = etree.fromstring(doc_xml.encode("utf-8"))
    rules = []
    for p in root.iter(W + "p"):
        rs = p.findall(W + "r")
        if rs and re.fullmatch(r"\d §", "".join(x.text or "" for x in rs[0].iter(W + "t"))):
            rules.append((p, rs[0]))
    ok(len(rules) == 8 and all(r.find(f"{W}rPr/{W}b") is not None for _, r in rules)
       and all(p.find(f"{W}pPr/{W}pStyle") is None and p.find(f"{W}pPr/{W}numPr") is None for p, _ in rules),
       "blåsunda: '1 §'…'8 §' as bold run-ins in Normal paragraphs")
    ok(doc_xml.count('<w:gridSpan w:val="3"/>') == 3 and doc_xml.count('<w:vMerge w:val="restart"/>') == 1
       and doc_xml.count("<w:vMerge/>") == 1, "blåsunda: merged header cells and full-width section rows")
    ok(doc_xml.count('<w:vertAlign w:val="superscript"/>') >= 4, "blåsunda: superscript note marks")
    tables = list(root.iter(W + "tbl"))
    t2 = ["".join(x.text or "" for x in tc.iter(W + "t")) for tc in tables[1].iter(W + "tc")] if len(tables) > 1 else []
    ok(len(tables) == 5 and t2.count("–") == 3, "blåsunda: five tables, three combinations not offered")
    ok("Var fjärde vecka1" in t2 and "Kronor per år" in t2 and t2.index("Kronor per år") < t2.index("Var fjärde vecka1"),
       "blåsunda: two-row header in table 2 (q29)")


def near_miss_specific(texts):
    """The tempting wrong value of each near miss is not stated as the answer to its question."""
    A, B, C, D, E, F = list(INVENTED)
    a = texts[A]
    ok(a.count("kommunfullmäktige") == 1 and "föreslår kommunfullmäktige besluta" in a, "q33: KF only as addressee")
    ok(a.count(" AB") == 2 and a.count("Asfaltbolaget Nordväg AB") == 2 and "Fyra anbud" in a,
       "q34: only the winning bidder is named")
    ok("2023" not in a and "52 insatser" in a, "q35: no 2023")
    b = texts[B]
    ok(b.count("2023") == 1 and "2023–2025" in b, "q36: 2023 only as the start of the three-year period")
    ok("Skattesats 2025" in b and not re.search(r"[Ss]kattesats\w* (för )?2026", b), "q37: no 2026 skattesats")
    ok(b.count("lesjöbostäder") == 1 and "13,6" not in b, "q38: no company result (the name is hyphenated)")
    c = texts[C]
    ok("beslutade" not in c and "nämnden beslutat" not in c and "Förslag till beslut" in c, "q39: no decision")
    ok("2023" not in c, "q40: no 2023")
    ok(c.count("vårddygn") == 1 and not re.search(r"\b(kr|kronor) (per|/) ?(vård)?dygn", c) and "per dygn" not in c,
       "q41: no cost per vårddygn")
    d = texts[D]
    ok("januari" not in d.lower() and "jan–feb" in d, "q42: no January forecast")
    ok("beslutade" not in d and "beslutar i maj" in d, "q43: merger not decided")
    ok(d.count("per elev") == 1 and "grundskola" in d, "q44: only one cost per pupil (anpassad grundskola)")
    e = texts[E]
    ok(not re.search(r"lördag\w* kl", e) and e.count("lördag") == 2, "q45: no Saturday hours")
    ok(e.count("2024") == 1 and "samma period 2024" in e, "q46: 2024 only for the same period")
    f = texts[F]
    ok(f.count("containrar") == 1 and "container" not in f and "särskild prislista" in f, "q47: containers priced elsewhere")
    ok(f.count("2025") == 5 and "3 410 kronor 2025" in f and not re.search(r"[Gg]rundavgift\w*[^.]*2025", f),
       "q48: no 2025 grundavgift")


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

    docs_dir = ROOT / "docs"
    present = sorted(p.name for p in docs_dir.iterdir() if p.is_file())
    ok(present == sorted(INVENTED), f"docs/ holds exactly the 6 documents (found {present})")
    texts, raw_texts = {}, {}
    for name, muni in INVENTED.items():
        p = docs_dir / name
        if not ok(p.exists(), f"missing document {name}"):
            continue
        t = extract_text(p)
        raw_texts[name] = t
        texts[name] = fold(t)
        ok(len(texts[name]) > 2500, f"{name}: too little text ({len(texts[name])} chars)")
        ok(muni in t, f"{name}: does not name its municipality {muni}")
        hits = real_name_hits(t)
        ok(not hits, f"{name}: names real municipalities {hits}")
        used = other_probe_hits(t)
        ok(not used, f"{name}: uses names of other probes {used}")
        others = [m for m in INVENTED.values() if m != muni and m in t]
        ok(not others, f"{name}: mentions another probe-q municipality {others}")

    lines = (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    qs = [json.loads(x) for x in lines if x.strip()]
    ok(len(qs) == N_Q, f"{len(qs)} questions, expected {N_Q}")
    ok([q["id"] for q in qs] == [f"q{i:02d}" for i in range(1, N_Q + 1)], f"ids q01..q{N_Q} in order")
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
                               env={**os.environ, "PROBE_Q_OUT": tmp})
            if not ok(r.returncode == 0, f"{script} failed:\n{r.stderr[-2000:]}"):
                continue
            new = fold(extract_text(Path(tmp) / doc))
            ok(new == texts.get(doc), f"{doc}: committed document differs from its generator's output")
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
