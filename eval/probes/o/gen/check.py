"""Checks for probe o (adapted from probe l's check.py). Run from anywhere with the project venv:

    cd /work/main && OMP_NUM_THREADS=1 .venv/bin/python eval/probes/o/gen/check.py

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

# ... and of probes l, m and n (from their READMEs' Documents tables and file names)
OTHER_PROBES += """Gäddvika Getaryd Orrvik Vedåsa Kalvsjö Tjädermo Norrviken Braxen Gäddan Norrsken Lövnäs Skärvik
Kvarnviken Åsbacken Spoven Hultaby Ormnäs Solrosen Lommen Skogsmark UngKraft
Hagnäsby Ljungmossa Björnvalla Forsmora Dunsjö Snäckvik Hamnkvarteret Sjöbris Bryggan Valvet Smedjegården
Dunsjöbaden Måsen Tranan Hagnäs-Sjötorp
Bäverås Fjärdinge Fårhult Vassbotten Hagelstad Kornhamn Ekbacken Hallbokaren Fjärdingehallen Kvarnåsen Alnäs
Hägerträsk Lunnehöjden Kyrkberget Sjöliden Kvadrant Linnean Granhyddan Björnbo Smedjan Lärkängen Sädesärlan
Verkstaden Granlid Mjölnaren Strandbo""".split()

INVENTED = {  # document -> invented municipality
    "ramnasa_ftn_verksamhetsberattelse_2025.pdf": "Ramnåsa",
    "ekeslatt_bun_tjansteskrivelse_backaskolan_2025-11-04.docx": "Ekeslätt",
    "hallmyra_sbn_protokoll_2025-11-13.html": "Hällmyra",
    "vindaker_kfn_utredning_bibliotekets_filialer_2025-10-20.md": "Vindåker",
    "sandmora_mhn_delarsrapport_jan-aug_2025.txt": "Sandmora",
    "tranebo_ks_kallelse_2026-01-20.pdf": "Tranebo",
}
# other invented place, school, property, room and company names used in the documents
EXTRA_INVENTED = ["Tallåsen", "Bäckaskolan", "Rönnbäcken", "Glasblåsaren", "Glasbruksvägen", "Norrskogen",
                  "Skogsbrynet", "Gläntan", "Åmyra", "Stensund", "Tallbo", "Lillåker", "Skärmyra", "Fjärdkajen",
                  "Tärnan"]

GENERATORS = {
    "ramnasa_ftn_verksamhetsberattelse_2025.pdf": "gen_ramnasa_ftn_verksamhetsberattelse.py",
    "ekeslatt_bun_tjansteskrivelse_backaskolan_2025-11-04.docx": "gen_ekeslatt_bun_tjansteskrivelse.py",
    "hallmyra_sbn_protokoll_2025-11-13.html": "gen_hallmyra_sbn_protokoll.py",
    "vindaker_kfn_utredning_bibliotekets_filialer_2025-10-20.md": "gen_vindaker_kfn_utredning.py",
    "sandmora_mhn_delarsrapport_jan-aug_2025.txt": "gen_sandmora_mhn_delarsrapport.py",
    "tranebo_ks_kallelse_2026-01-20.pdf": "gen_tranebo_ks_kallelse.py",
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
    """(x, y, a, b, text) of every text run of a pypdf page: page coordinates and the run's direction (a, b)."""
    out = []

    def visit(text, cm, tm, fd, fs):
        if text.strip():
            a = tm[0] * cm[0] + tm[1] * cm[2]
            b = tm[0] * cm[1] + tm[1] * cm[3]
            out.append((tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5], a, b,
                        text.strip()))
    page.extract_text(visitor_text=visit)
    return out


def layout(docs_dir, texts):
    from pypdf import PdfReader
    import docx
    from docx.oxml.ns import qn

    # 1. Ramnåsa: bar chart with data labels on page 1, page 2 portrait MediaBox with /Rotate 90
    reader = PdfReader(str(docs_dir / "ramnasa_ftn_verksamhetsberattelse_2025.pdf"))
    pages = [p.extract_text() for p in reader.pages]
    ok(len(pages) == 3, f"ramnåsa: 3 pages ({len(pages)})")
    for i, (p, t) in enumerate(zip(reader.pages, pages), 1):
        ok(f"Sida {i} av 3" in t and "Dnr FTN 2026/0017" in t, f"ramnåsa: footer on page {i}")
        mb = p.mediabox
        ok(float(mb.width) < float(mb.height), f"ramnåsa: page {i} MediaBox is portrait")
        ok(int(p.get("/Rotate", 0)) == (90 if i == 2 else 0), f"ramnåsa: /Rotate of page {i}")
    runs2 = _pdf_runs(reader.pages[1])
    ok(len(runs2) > 60 and all(abs(a) < 0.01 and b > 0.9 for x, y, a, b, s in runs2),
       "ramnåsa: every text run on page 2 is drawn rotated by 90° (content rotated, page shown landscape)")
    ok("Bilaga 1. Nyckeltal 2019–2025 och budget 2026" in pages[1], "ramnåsa: landscape table title")
    chart = {2021: 148, 2022: 141, 2023: 136, 2024: 131, 2025: 125}
    runs1 = _pdf_runs(reader.pages[0])
    for yr, v in chart.items():
        vr = [r for r in runs1 if r[4] == str(v)]
        yrr = [r for r in runs1 if r[4] == str(yr)]
        ok(len(vr) == 1 and len(yrr) == 1 and abs(vr[0][0] - yrr[0][0]) < 2 and vr[0][1] > yrr[0][1] + 20,
           f"ramnåsa: chart data label {v} stands above the category label {yr}")
        ok(not re.search(rf"(?<![\d ]){v}(?![\d,])", pages[1] + pages[2]),
           f"ramnåsa: chart value {v} is not repeated on pages 2–3")
    ok(not any(r[4] == "2020" for r in runs1), "ramnåsa: no 2020 in the chart (o33)")
    ok("energi" not in pages[1].lower(), "ramnåsa: the nyckeltal table has no energy row (o33)")
    lines2 = [ln.strip() for ln in pages[1].splitlines()]
    for label, col, want in (("Vakansgrad, procent", 8, "–"), ("Nöjd-kund-index (NKI)¹", 2, "–"),
                             ("Vakansgrad, procent", 4, "3,8"), ("Lokalkostnad, kr/kvm", 7, "1 338"),
                             ("Lokalkostnad, kr/kvm", 1, "1 084"), ("Förvaltad lokalyta, kvm BRA", 7, "212 480")):
        i = lines2.index(label)
        ok(lines2[i + col] == want, f"ramnåsa: table cell {label} / column {col} is {want!r} "
                                    f"({lines2[i + col]!r})")

    # 2. Ekeslätt: tracked changes
    path = docs_dir / "ekeslatt_bun_tjansteskrivelse_backaskolan_2025-11-04.docx"
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
        names = z.namelist()
        settings = z.read("word/settings.xml").decode("utf-8")
    ins = re.findall(r"<w:ins [^>]*>(.*?)</w:ins>", xml, re.S)
    dels = re.findall(r"<w:del [^>]*>(.*?)</w:del>", xml, re.S)
    ins_text = ["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", x)) for x in ins]
    del_text = ["".join(re.findall(r"<w:delText[^>]*>([^<]*)</w:delText>", x)) for x in dels]
    ok(len(ins) >= 9 and len(dels) >= 9, f"ekeslätt: tracked insertions/deletions ({len(ins)}/{len(dels)})")
    ok(all('w:author="Karin Österlund"' in m for m in re.findall(r"<w:(?:ins|del) [^>]*>", xml)),
       "ekeslätt: every revision has its author")
    ok("<w:trackRevisions/>" in settings, "ekeslätt: track revisions on in settings.xml")
    ok("word/comments.xml" in names and "commentRangeStart" in xml, "ekeslätt: a Word comment")
    t = texts["ekeslatt_bun_tjansteskrivelse_backaskolan_2025-11-04.docx"]
    d = docx.Document(str(path))
    plain = "\n".join(p.text for p in d.paragraphs) + "\n" + "\n".join(
        c.text for tb in d.tables for row in tb.rows for c in row.cells)
    for s in ("42,3", "januari 2027", "3 420", "radonmätning", "12 procent", "34,1",
              "återrapportera projektets ekonomi"):
        ok(any(s in x for x in ins_text), f"ekeslätt: {s!r} is inside a w:ins")
        ok(s in t, f"ekeslätt: inserted {s!r} is in the extracted text")
        ok(s not in plain, f"ekeslätt: inserted {s!r} is only in w:ins (python-docx's .text does not see it)")
    for s in ("38,5", "augusti 2026", "3 110", "Rönnbäckens förskola", "omprioritering", "30,3",
              "allmänt höjda byggpriser"):
        ok(any(s in x for x in del_text), f"ekeslätt: {s!r} is inside a w:del")
        ok(s not in t, f"ekeslätt: deleted {s!r} is not in the extracted text")
    cells = [c for tb in d.tables for row in tb.rows for c in row.cells]
    ok(sum(1 for c in cells if c._tc.find(".//" + qn("w:ins")) is not None) == 2,
       "ekeslätt: two table cells carry tracked changes")

    # 3. Hällmyra: Word "Save as web page" HTML
    raw = (docs_dir / "hallmyra_sbn_protokoll_2025-11-13.html").read_text(encoding="utf-8")
    bodypart = raw[raw.index("<body"):]
    for s in ('xmlns:o="urn:schemas-microsoft-com:office:office"', "<o:DocumentProperties>",
              "<div class=WordSection1>", "<div class=WordSection2>", "page-break-before:always",
              "<p class=MsoNormal", "<o:p></o:p>", "<![if !supportLists]>", "<![endif]>", "mso-tab-count",
              "class=MsoNormalTable", "class=MsoTableGrid"):
        ok(s in raw, f"hällmyra: Word HTML feature {s!r}")
    ok(not re.search(r"[åäöÅÄÖ§]", bodypart), "hällmyra: Swedish letters and § only as entities in the body")
    ok(bodypart.count("&auml;") + bodypart.count("&ouml;") + bodypart.count("&aring;") > 100,
       "hällmyra: many named entities")
    ok("Vik</span><span lang=SV>str&ouml;m" in raw and "1&nbsp;4</span><span lang=SV>20&nbsp;kronor" in raw,
       "hällmyra: a name and a figure split over two spans")
    ok("&minus;" not in raw and "−1&nbsp;850&nbsp;tkr" in raw, "hällmyra: &nbsp; thousands separator")
    ok(len(re.findall(r"&sect;&nbsp;1(1[89]|2[0-4])</span>", raw)) == 7, "hällmyra: seven §§ 118–124")
    ok(not re.search(r"<(h[1-6]|ul|ol|li)\b", raw), "hällmyra: no heading or list elements (Word paragraphs only)")

    # 4. Vindåker: pandoc title block, fenced div, header attributes, simple and multiline tables
    raw = (docs_dir / "vindaker_kfn_utredning_bibliotekets_filialer_2025-10-20.md").read_text(encoding="utf-8")
    lines = raw.splitlines()
    ok([x[:2] for x in lines[:3]] == ["% "] * 3, "vindåker: pandoc title block")
    ok("::: {.faktaruta}" in raw and "\n:::\n" in raw, "vindåker: fenced div")
    ok(len(re.findall(r"(?m)^## .+ \{#sec-[a-z]+\}$", raw)) == 6, "vindåker: headings with attributes")
    ok("|" not in raw, "vindåker: no pipe tables")
    ok(raw.count("\nTable: ") == 3, "vindåker: three table captions")
    full = [i for i, x in enumerate(lines) if re.fullmatch(r"-{60,}", x)]
    ok(len(full) == 2, f"vindåker: multiline table framed by two full-width dashed lines ({full})")
    if len(full) == 2:
        body = lines[full[0]:full[1]]
        ok(any(re.fullmatch(r"-+( -+){3}", x) for x in body), "vindåker: multiline column-rule line")
        ok(sum(1 for x in body if x == "") == 2, "vindåker: three rows separated by blank lines")
        ok(any("blir tillgängligt 60 timmar per" in x for x in body) and any(x.strip() == "vecka." for x in body),
           "vindåker: the Stensund cell wraps over lines")
        ok(any(re.search(r"\s640\s+0$", x) for x in body) and any(re.search(r"\s910\s+1 250$", x) for x in body),
           "vindåker: besparing/investering cells on the first line of rows B and C")
    ok(any(re.fullmatch(r"  -{10,}( -{5,}){4}", x) for x in lines), "vindåker: simple table dashed line")
    ok("  Tallbo                 7 940     8 310     8 050     7 620" in raw, "vindåker: Tallbo row")

    # 5. Sandmora: pdftotext -layout, two columns side by side, form feeds
    raw = (docs_dir / "sandmora_mhn_delarsrapport_jan-aug_2025.txt").read_text(encoding="utf-8")
    pages = raw.split("\f")
    ok(raw.count("\f") == 3 and pages[-1] == "", "sandmora: three pages separated by form feeds")
    for i, pg in enumerate(pages[:3], 1):
        ok(f"Sida {i} av 3" in pg, f"sandmora: footer on page {i}")
    for i in (0, 1):
        both = [x for x in pages[i].splitlines() if len(x) > 60 and x[4] != " " and x[54] != " "
                and x[48:54].strip() == ""]
        ok(len(both) >= 8, f"sandmora: page {i + 1} has ≥8 lines with a left and a right column ({len(both)})")
    ok("    Livsmedelskontrollen har genomfört 236            uppfyllt, eftersom livsmedelskontrollen" in raw,
       "sandmora: the 236 sentence is interleaved with the Mål column")

    # 6. Tranebo: card layout with sidebar
    reader = PdfReader(str(docs_dir / "tranebo_ks_kallelse_2026-01-20.pdf"))
    pages = [p.extract_text() for p in reader.pages]
    ok(len(pages) == 2, f"tranebo: 2 pages ({len(pages)})")
    for i, t in enumerate(pages, 1):
        ok(f"Sida {i} av 2" in t, f"tranebo: footer on page {i}")
    runs = [r for p in reader.pages for r in _pdf_runs(p)]
    side_limit = 19 * 72 / 25.4 + 38 * 72 / 25.4
    dnr = [r for r in runs if r[4].startswith("Dnr KS/2025:")]
    ok(len(dnr) == 6 and all(r[0] < side_limit for r in dnr), f"tranebo: six dnr in the sidebar ({len(dnr)})")
    nums = [r[4] for r in runs if re.fullmatch(r"[1-9]", r[4]) and r[0] < side_limit]
    ok(nums == [str(i) for i in range(1, 10)], f"tranebo: item numbers 1–9 in the sidebar ({nums})")
    hand = [r for r in runs if r[4].startswith(("Oskar Hjelm", "Stina Mårtensson"))]
    ok(hand and all(r[0] < side_limit for r in hand), "tranebo: handläggare in the sidebar")
    titles = [r for r in runs if r[4].startswith("Försäljning av fastigheten")]
    ok(len(titles) == 1 and titles[0][0] > side_limit, "tranebo: title in the main column")
    full = "\n".join(pages)
    ok(full.index("Dnr KS/2025:0412") < full.index("Försäljning av fastigheten"),
       "tranebo: the text layer gives the sidebar before the title")
    ok(full.count("Förslag till beslut:") == 6, "tranebo: six boxed förslag")
    ok(not re.search(r"(?i)justerare\s*:", full), "tranebo: no justerare named (o48)")


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
        ok(not any(muni[:5].lower() == m[:5].lower() and len(m) <= len(muni) + 2 for m in OTHER_PROBES
                   if len(m) >= 5) or muni in ("Sandmora",),
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
        ok(not others, f"{name}: mentions another probe-o municipality {others}")
        if p.suffix == ".pdf":
            from pypdf import PdfReader
            n_pages = len(PdfReader(str(p)).pages)
            ok(1 <= n_pages <= 5, f"{name}: {n_pages} pages")

    lines = (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    qs = [json.loads(x) for x in lines if x.strip()]
    ok(len(qs) == N_Q, f"{len(qs)} questions, expected {N_Q}")
    ok([q["id"] for q in qs] == [f"o{i:02d}" for i in range(1, N_Q + 1)], f"ids o01..o{N_Q} in order")
    for q in qs:
        ok(set(q) == {"id", "question", "answerable", "must_contain", "doc"}, f"{q['id']}: keys {sorted(q)}")
        ok(q["doc"] in INVENTED, f"{q['id']}: unknown doc {q['doc']}")
        ok(isinstance(q["answerable"], bool) and isinstance(q["must_contain"], list), f"{q['id']}: types")
    ans = [q for q in qs if q["answerable"] is True]
    una = [q for q in qs if q["answerable"] is False]
    ok(len(ans) == N_ANS and len(una) == N_UNA, f"{len(ans)} answerable / {len(una)} unanswerable")
    ok(all(q["answerable"] for q in qs[:N_ANS]) and not any(q["answerable"] for q in qs[N_ANS:]),
       f"o01–o{N_ANS} answerable, the rest not")
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

    for q in ans:
        mc = q["must_contain"]
        ok(1 <= len(mc) <= 3, f"{q['id']}: {len(mc)} must_contain strings")
        text = texts.get(q["doc"], "").lower()
        for item in mc:
            alts = [fold(a).lower() for a in item.split("|")]
            ok(all(len(a) >= 3 for a in alts), f"{q['id']}: too short alternative in '{item}'")
            ok(any(a in text for a in alts), f"{q['id']}: none of '{item}' found in {q['doc']}")
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
    near_miss_specific(texts, raw_texts)

    layout(docs_dir, texts)

    gen_py = os.environ.get("GEN_PYTHON", sys.executable)
    with tempfile.TemporaryDirectory() as tmp:
        for doc, script in GENERATORS.items():
            r = subprocess.run([gen_py, str(HERE / script)], cwd=HERE, capture_output=True, text=True,
                               env={**os.environ, "PROBE_O_OUT": tmp})
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


def near_miss_specific(texts, raw):
    """The tempting wrong value of each near miss is not stated as the answer to its question."""
    A, B, C, D, E, F = list(INVENTED)
    a = texts[A]
    ok("kundundersökning genomfördes 2020" in a and "2020 på grund av pandemin" in a, "o35: NKI 2020 not measured")
    b = texts[B]
    ok(b.count("paviljong") == 2 and "Kostnaden för de tillfälliga paviljongerna ingår inte i kalkylen" in b,
       "o38: the pavilions occur only as 'not in the kalkyl'")
    ok("finansier" not in b, "o37: nothing on financing in the accepted text")
    ok("beslut" not in re.sub(r"(kommunfullmäktige beslutade 2024-06-17|förslag till beslut|beslutsunderlag)",
                              "", b.lower()), "o36: no decision of the nämnd, only the KF decision of 2024")
    c = texts[C]
    ok(c.count(" 86 ") == 1 and "möjliggör 86 lägenheter" in c, "o41: 86 lägenheter only for Glasblåsaren")
    ok(c.lower().count("prognos") == 1, "o40: one prognosis (October) only")
    ok(c.lower().count("kommunfullmäktige") == 3, "o39: kommunfullmäktige only as delegation, proposal and receiver")
    d = texts[D]
    ok(len(re.findall(r"(?<!-)\b2025\b(?!-)", d)) == 1 and "Besöksstatistiken för 2025 sammanställs" in d,
       "o44: 2025 only in the sentence that says the statistics are not compiled (and the dates)")
    ok(d.count("214 600") == 1 and "Totalt lånades 214 600 medier ut under 2024; utlånen registreras i dag inte "
       "per enhet" in d and d.count("utlån") == 1, 
       "o43: only the total number of loans")
    ok("beslut om filialerna är alltså inte fattat" in d, "o42: no decision")
    e = texts[E]
    ok(e.count("251") == 1 and "Under januari–augusti 2024 var antalet" in e and "helår" not in e.replace(
        "helårsprognos", "").replace("Prognos helår", "").replace("Budget helår", "").replace("helåret 15", ""),
       "o45: 251 is jan–aug 2024; no full-year 2024 count")
    ok(e.count("5,2") == 1, "o46: one sjukfrånvaro figure (the total)")
    f = texts[F]
    ok("föreslår kommunfullmäktige att godkänna köpeavtalet" in f and "beslutade" not in f,
       "o47: only a proposal on the sale")


if __name__ == "__main__":
    sys.exit(main())
