"""Checks for probe p (adapted from probe o's check.py). Run from anywhere with the project venv:

    cd /work/main && OMP_NUM_THREADS=1 .venv/bin/python eval/probes/p/gen/check.py

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

INVENTED = {  # document -> invented municipality
    "ugglebo_sn_internbudget_2026_plan_2027-2028.pdf": "Ugglebo",
    "mortsjo_tn_internkontroll_uppfoljning_2025.pdf": "Mörtsjö",
    "stavreby_bou_utredning_maltidsorganisation_2025-10-28.docx": "Stavreby",
    "ekornas_von_manadsrapport_2025-11.md": "Ekornäs",
    "lindskara_ks_protokollsutdrag_2025-12-02.txt": "Lindskära",
    "trastbo_bmn_kallelse_2026-01-27.html": "Trastbo",
}
# other invented place, school, property, room and street names used in the documents
EXTRA_INVENTED = ["Solgårdsvägen", "Hagtornsparken", "Vitsippsvägen", "Lärkstigen", "Rosendalsparken",
                  "Klövervallsskolan", "Sörgårdsskolan", "Solvändan", "Björkhagen", "Lärkgården", "Kvarnängen",
                  "Kilen", "Lillsjön", "Hästmossen", "Sälgen"]

GENERATORS = {
    "ugglebo_sn_internbudget_2026_plan_2027-2028.pdf": "gen_ugglebo_sn_internbudget.py",
    "mortsjo_tn_internkontroll_uppfoljning_2025.pdf": "gen_mortsjo_tn_internkontroll.py",
    "stavreby_bou_utredning_maltidsorganisation_2025-10-28.docx": "gen_stavreby_bou_utredning.py",
    "ekornas_von_manadsrapport_2025-11.md": "gen_ekornas_von_manadsrapport.py",
    "lindskara_ks_protokollsutdrag_2025-12-02.txt": "gen_lindskara_ks_protokollsutdrag_epost.py",
    "trastbo_bmn_kallelse_2026-01-27.html": "gen_trastbo_bmn_kallelse.py",
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


def layout(docs_dir):
    from pypdf import PdfReader
    from lxml import etree
    A, B, C, D, E, F = list(INVENTED)

    # 1. Ugglebo: Excel-printed PDF
    reader = PdfReader(str(docs_dir / A))
    ok(len(reader.pages) == 2, "ugglebo: 2 pages")
    ok(all(float(p.mediabox.width) > float(p.mediabox.height) for p in reader.pages), "ugglebo: landscape")
    p1 = reader.pages[0].extract_text()
    ok("Belopp i tkr" in p1, "ugglebo: unit line 'Belopp i tkr'")
    ok(p1.index("Belopp i tkr") < p1.index("Verksamhet"), "ugglebo: unit line above the table")
    ok(p1.count("Budget") == 1 and p1.count("Plan") == 1 and "Planåren" in p1 or p1.count("Plan\n") == 1,
       "ugglebo: merged header cells 'Budget'/'Plan' written once")
    ok(all(s in p1 for s in ("41.200", "36.500", "73.800", "23.600", "(4.820)", "(1.850)", "(650)")),
       "ugglebo: period thousands separators and parenthesised negatives")
    ok(not re.search(r"\d \d{3}\b", p1.replace("2026 mot 2025", "")), "ugglebo: no space thousands separator")
    ok(not re.search(r"(?<![\w–-])-\d", p1), "ugglebo: no minus-sign negatives on page 1")
    content = reader.pages[0].get_contents().get_data().decode("latin-1")
    ok(len(re.findall(r"(?<![\d.])\.752941 0 0 rg", content)) >= 5, "ugglebo: negative numbers drawn in red")
    ok(len(re.findall(r"(?m)^Summa ", p1)) == 4, "ugglebo: four bold Summa rows")
    ok(reader.metadata.get("/Creator", "").startswith("Microsoft® Excel®"), "ugglebo: Excel creator")

    # 2. Mörtsjö: vertically centred cells
    reader = PdfReader(str(docs_dir / B))
    ok(len(reader.pages) == 2, "mörtsjö: 2 pages")
    runs = _pdf_runs(reader.pages[0])

    def y_of(prefix):
        ys = [r[1] for r in runs if r[2].startswith(prefix)]
        return ys[0] if len(ys) == 1 else None
    top, bottom = y_of("Direktupphandlingar över 100 000"), y_of("förtroendeskada.")
    mid_res = [r[1] for r in runs if r[2] == "Avvikelse"]
    mid_s = next((r[1] for r in runs if r[2] == "3 – Möjlig" and None not in (top, bottom)
                  and bottom < r[1] < top), None)
    ok(None not in (top, bottom, mid_s),
       f"mörtsjö: 'Sannolikhet' cell sits between the lines of the wrapped Risk cell ({top}, {mid_s}, {bottom})")
    ok(top is not None and any(bottom < y < top and abs(y - (top + bottom) / 2) < 8 for y in mid_res),
       "mörtsjö: 'Avvikelse' vertically centred in row 2")
    nr2 = [r[1] for r in runs if r[2] == "2" and r[0] < 20 * 72 / 25.4 + 10]
    ok(nr2 and bottom < nr2[0] < top, "mörtsjö: row number centred")
    full = "\n".join(p.extract_text() for p in reader.pages)
    ok(full.count("Kontrollmoment och metod") == 2, "mörtsjö: header row repeated on page 2")
    ok(full.count("\nAvvikelse\n") == 3 and full.count("Ingen avvikelse") == 4 and full.count("Ej genomförd") == 1,
       "mörtsjö: 3 Avvikelse, 4 Ingen avvikelse, 1 Ej genomförd")

    # 3. Stavreby: TOC field, numPr headings, vMerge/gridSpan
    z = zipfile.ZipFile(docs_dir / C)
    doc_xml = z.read("word/document.xml").decode("utf-8")
    num_xml = z.read("word/numbering.xml").decode("utf-8")
    ok('w:docPartGallery w:val="Table of Contents"' in doc_xml, "stavreby: TOC content control")
    ok(re.search(r'<w:instrText[^>]*> TOC \\o "1-2" \\h \\z \\u </w:instrText>', doc_xml) is not None,
       "stavreby: TOC field instruction")
    ok(doc_xml.count("PAGEREF _Toc") == 16 and doc_xml.count('w:hyperlink w:anchor="_Toc') == 16,
       "stavreby: 16 TOC entries with hyperlinks and PAGEREF fields")
    ok(doc_xml.count('w:bookmarkStart w:id="') >= 16, "stavreby: _Toc bookmarks in headings")
    W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    root = etree.fromstring(doc_xml.encode("utf-8"))
    heads = [p for p in root.iter(W + "p")
             if p.find(f"{W}pPr/{W}pStyle") is not None
             and p.find(f"{W}pPr/{W}pStyle").get(W + "val") in ("Heading1", "Heading2")]
    ok(len(heads) == 16 and all(p.find(f"{W}pPr/{W}numPr") is not None for p in heads),
       f"stavreby: 16 headings with w:numPr ({len(heads)})")
    htexts = ["".join(t.text or "" for t in p.iter(W + "t")) for p in heads]
    ok(not any(re.match(r"\d", t) for t in htexts), "stavreby: no typed numbers in the headings")
    ok('w:lvlText w:val="%1.%2"' in num_xml and 'w:abstractNumId="90"' in num_xml, "stavreby: multilevel list")
    ok(doc_xml.count('<w:vMerge w:val="restart"/>') == 4 and doc_xml.count("<w:vMerge/>") == 7,
       "stavreby: vMerge in table 1 body and table 2 header")
    ok(doc_xml.count('<w:gridSpan w:val="2"/>') == 1 and doc_xml.count('<w:gridSpan w:val="3"/>') == 1,
       "stavreby: gridSpan in both tables")
    sol = [tr for tr in root.iter(W + "tr") if "Solvändans förskola" in "".join(t.text or "" for t in tr.iter(W + "t"))]
    ok(len(sol) == 1 and sol[0].find(f"{W}tc/{W}tcPr/{W}vMerge") is not None
       and "".join(t.text or "" for t in sol[0].find(f"{W}tc").iter(W + "t")) == "",
       "stavreby: Solvändans row has an empty vMerge continuation as kitchen type (p17)")
    ok("avsnitt 3.3 och 4.1" in doc_xml, "stavreby: text refers to Word-numbered sections")

    # 4. Ekornäs: Notion export
    raw = (docs_dir / D).read_text(encoding="utf-8")
    lines = raw.splitlines()
    ok(lines[0].startswith("# ") and not raw.startswith("---"), "ekornäs: H1 title, no YAML")
    ok(all(any(x.startswith(k + ": ") for x in lines[2:10]) for k in ("Nämnd", "Diarienummer", "Status", "Ansvarig")),
       "ekornäs: Notion property lines")
    ok("<aside>" in raw and "</aside>" in raw and "⚠️" in raw, "ekornäs: callout as <aside>")
    i = lines.index("- Kommentarer per enhet")
    ok(all(x.startswith("    ") for x in lines[i + 1:i + 8]), "ekornäs: toggle content indented under a bullet")
    ok(sum(1 for x in lines if x.startswith("|  | ")) == 5, "ekornäs: five rows with an empty group cell")
    ok("- [x] " in raw and "- [ ] " in raw, "ekornäs: checkbox list")
    ok("> **Förslag till beslut:**" in raw, "ekornäs: quote callout")
    ok(re.search(r"\]\([^)]*%20[0-9a-f]{20}/[^)]*\.md\)", raw) is not None, "ekornäs: Notion sub-page link")
    ok("@Lena Rudberg" in raw, "ekornäs: user mention")

    # 5. Lindskära: Windows-1252, CRLF, RFC 822, quoted
    b = (docs_dir / E).read_bytes()
    try:
        b.decode("utf-8")
        ok(False, "lindskära: must not be valid UTF-8")
    except UnicodeDecodeError:
        ok(True, "lindskära: not UTF-8")
    ok(b"\xa7 190" in b and b"\xe5" in b and b"\x96" in b, "lindskära: Windows-1252 bytes for §, å and –")
    ok(b.count(b"\r\n") == b.count(b"\n") and b.count(b"\r") == b.count(b"\n") and b.count(b"\n") > 100,
       "lindskära: every line ends with CRLF")
    t = b.decode("cp1252").replace("\r\n", "\n")
    hdr, body = t.split("\n\n", 1)
    for h in ("From: ", "To: ", "Subject: VB: SV: ", "Date: Thu, 4 Dec 2025 13:05:42 +0100", "Message-ID: <",
              "In-Reply-To: <", "References: <", "MIME-Version: 1.0",
              'Content-Type: text/plain; charset="windows-1252"', "Content-Transfer-Encoding: 8bit"):
        ok(any(x.startswith(h) for x in hdr.splitlines()), f"lindskära: header {h!r}")
    ok("quoted-printable" not in t and "=?" not in t and not re.search(r"=[0-9A-F]{2}", t), "lindskära: no QP")
    par = [x for x in body.splitlines() if re.search(r"§ 1(8[89]|9[01])  ", x)]
    ok(len(par) == 4 and all(x.startswith("> ") for x in par), "lindskära: the four §§ only inside '> ' quotes")
    ok(sum(1 for x in body.splitlines() if x.startswith(">> ")) >= 2, "lindskära: nested '>> ' quote")
    ok(all(len(x) <= 78 for x in body.splitlines() if x.startswith(">")), "lindskära: hard-wrapped quotes")

    # 6. Trastbo: website Sammanträden module
    raw = (docs_dir / F).read_text(encoding="utf-8")
    ok(re.search(r"<del [^>]*>13\.00</del> <ins [^>]*>08\.30</ins>", raw) is not None and raw.count("08.30") == 1,
       "trastbo: changed time only as <del>13.00</del> <ins>08.30</ins>")
    ok('<table class="arendelista">' in raw and len(re.findall(r'<tr id="arende-\d+"', raw)) == 10,
       "trastbo: agenda table with 10 ärende rows")
    ok(len(re.findall(r'<td class="arende"><(?:del><)?a href="[^"]+/arende-\d+">', raw)) == 10,
       "trastbo: each title is a link")
    ok(raw.count('<span class="dnr">') == 8, "trastbo: eight dnr spans")
    ok(raw.count('<ul class="bilagor">') == 7 and raw.count('<span class="filinfo">(PDF,') >= 13,
       "trastbo: bilagor as link lists with file type and size")
    row7 = re.search(r'<tr id="arende-7" class="utgar">(.*?)</tr>', raw, re.S)
    ok(row7 is not None and "<del><a" in row7.group(1) and "Ärendet utgår" in row7.group(1)
       and "Förslag till beslut" not in row7.group(1), "trastbo: withdrawn item 7 struck through, no förslag (p47)")
    ok('class="tillkommande"' in raw and "Tillkommande ärende" in raw, "trastbo: tillkommande ärende")
    ok(not re.search(r"<(table|h\d)[^>]*>[^<]*justerare:", raw, re.I), "trastbo: no justerare named")


def near_miss_specific(texts):
    """The tempting wrong value of each near miss is not stated as the answer to its question."""
    A, B, C, D, E, F = list(INVENTED)
    a = texts[A]
    ok("2029" not in a and "Bokslut 2024" in a and "Bokslut 2025" not in a, "p33/p35: no 2029, no bokslut 2025")
    ok("personal, lokaler, köpt verksamhet" in a and "ingår inte här" in a, "p34: kostnadsslag not included")
    b = texts[B]
    row3 = b[b.index("Gata –"):b.index("Mattias Borg")]
    ok(not re.search(r"\d+ (st |leverantörs)?fakturor", row3) and "40 leverantörsfakturor" in b,
       "p37: the vinterväghållning check states no number of invoices")
    ok("2024 års internkontrollplan redovisades för nämnden 2025-02-19, § 14" in b and b.count("2024") == 2,
       "p36: 2024 follow-up only referred to (plus the adoption date 2024-12-11)")
    ok("Kostnaden för eventuella låsbyten är inte beräknad" in b and "kr" not in
       b[b.index("Nyckelhantering."):b.index("Lekplatser.")].replace("kvarta", ""), "p38: no lock cost")
    c = texts[C]
    ok("Något beslut om val av alternativ är ännu inte fattat" in c and "beslutat" not in c, "p39: no decision")
    ok(re.findall(r"\d+ gram", c) == ["21 gram", "27 gram"] and "Matsvinnet i skolorna mättes till 21 gram" in c
       and "Förskolornas matsvinn mäts inte" in c,
       "p40: preschool food waste not measured")
    ok(c.count("61,5") == 2 and "någon fördelning per kök har inte gjorts" in c, "p41: only the total 61,5")
    d = texts[D]
    ok("| Sjukfrånvaro, % | 8,9 | | 7,5 |" in d, "p42: the November 2025 sjukfrånvaro cell is empty")
    ok(d.count("Hemtjänst Söder") == 1 and d.count("oktober") == 3, "p43: no October figure per unit")
    ok("56 400" in d and "2024" in d and "helår" not in d.replace("Helårsprognosen", "").replace(
        "Prognos helår", "").replace("för helåret", ""), "p44: no full-year 2024 hours")
    e = re.sub(r" >+ ", " ", texts[E])   # quote markers removed
    ok(e.count("Kommunfullmäktige beslutar") == 1 and
       "Kommunstyrelsens förslag till kommunfullmäktige Kommunfullmäktige beslutar att utöka" in e,
       "p45: 'Kommunfullmäktige beslutar' only as KS's proposal")
    ok("beviljat" not in e and "2026-02-28" in e, "p46: no grants yet")
    f = texts[F]
    ok(f.count("0,6") == 1 and "redovisas muntligt" in f, "p48: only the November prognosis")


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
        ok(not others, f"{name}: mentions another probe-p municipality {others}")

    lines = (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    qs = [json.loads(x) for x in lines if x.strip()]
    ok(len(qs) == N_Q, f"{len(qs)} questions, expected {N_Q}")
    ok([q["id"] for q in qs] == [f"p{i:02d}" for i in range(1, N_Q + 1)], f"ids p01..p{N_Q} in order")
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
                               env={**os.environ, "PROBE_P_OUT": tmp})
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
