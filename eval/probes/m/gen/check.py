"""Checks for probe m (adapted from probe l's check.py). Run from anywhere with a Python that has pypdf and
python-docx:

    python eval/probes/m/gen/check.py

The generators are re-run into a temporary folder with GEN_PYTHON (default: this
interpreter; they need reportlab and python-docx), so their sum assertions are executed,
and the regenerated documents' extracted text must equal that of the committed ones.
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

# Sweden's 290 municipalities, by county (kommunnamn without "kommun").
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
Östanå Aqualin
Gäddvika Getaryd Orrvik Vedåsa Kalvsjö Tjädermo Norrviken Braxen Gäddan Norrsken Lövnäs Skärvik Kvarnviken
Åsbacken Spoven Hultaby Ormnäs Solrosen Lommen Skogsmark UngKraft
Tallbacken Lärkängen Verkstaden Granlid Sädesärlan Linnean""".split() + ["Östra Hagen", "Lilla Myran",
                                                                            "Norra Hamnen"]

INVENTED = {  # document -> invented municipality
    "hagnasby_mhn_protokoll_2025-11-20.pdf": "Hagnäsby",
    "ljungmossa_sn_ifou_protokoll_2025-10-08.docx": "Ljungmossa",
    "bjornvalla_un_kallelse_2025-12-11.pdf": "Björnvalla",
    "forsmora_kf_protokoll_2025-11-24.html": "Forsmora",
    "dunsjo_rn_delegationsbeslut_2025-11-13.txt": "Dunsjö",
    "snackvik_kspu_protokoll_2025-09-16.md": "Snäckvik",
}
# other invented place, property, room, company and district names used in the documents
EXTRA_INVENTED = ["Hamnkvarteret", "Sjöbris", "Tranan", "Vitsippan", "Bryggan", "Valvet", "Skrået", "Klockarskolan",
                  "Smedjegården", "Lillåker", "Storbyn", "Dunsjöbaden", "Idun", "Måsen", "Vika", "Hästhagen",
                  "Dunsjöbyn", "Forsmora-Näs", "Hagnäs-Sjötorp", "Hagnäs-Byn"]

GENERATORS = {
    "hagnasby_mhn_protokoll_2025-11-20.pdf": "gen_hagnasby_mhn_protokoll.py",
    "ljungmossa_sn_ifou_protokoll_2025-10-08.docx": "gen_ljungmossa_ifou_protokoll.py",
    "bjornvalla_un_kallelse_2025-12-11.pdf": "gen_bjornvalla_un_kallelse.py",
    "forsmora_kf_protokoll_2025-11-24.html": "gen_forsmora_kf_protokoll.py",
    "dunsjo_rn_delegationsbeslut_2025-11-13.txt": "gen_dunsjo_rn_delegationsbeslut.py",
    "snackvik_kspu_protokoll_2025-09-16.md": "gen_snackvik_kspu_protokoll.py",
}

N_Q, N_ANS, N_UNA, N_ENG, N_ENG_ANS = 48, 32, 16, 6, 4
ENGLISH_START = re.compile(r"^(What|Which|Who|When|Where|How|Why|In|On|Did|Does|Is|Was|By)\b")
SWEDISH_WORDS = re.compile(r"\b(och|för|vad|vilken|vilka|hur|som|är|blev|på|av)\b", re.I)

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


def is_english(q):
    # Swedish terms given in parentheses, e.g. "(vård- och omsorgsnämnden)", do not make a question Swedish
    return bool(ENGLISH_START.match(q)) and len(SWEDISH_WORDS.findall(re.sub(r"\([^)]*\)", "", q))) == 0


def _pdf_xy(page, pred):
    """(x, y, text) page coordinates of every text run of a pypdf page whose stripped text satisfies pred."""
    out = []

    def visit(text, cm, tm, fd, fs):
        if text.strip() and pred(text.strip()):
            out.append((tm[4] * cm[0] + tm[5] * cm[2] + cm[4], tm[4] * cm[1] + tm[5] * cm[3] + cm[5], text.strip()))
    page.extract_text(visitor_text=visit)
    return out


def layout(docs_dir):
    import csv
    import io
    import yaml
    from pypdf import PdfReader
    import docx
    from docx.oxml.ns import qn
    from docx.enum.section import WD_ORIENT
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from common import register_liberation

    # 1. Hagnäsby: § heading row "§ 109/25" | title | dnr right-aligned in a right column, on one baseline
    reader = PdfReader(str(docs_dir / "hagnasby_mhn_protokoll_2025-11-20.pdf"))
    pages = [p.extract_text() for p in reader.pages]
    ok(len(pages) == 3, f"hagnäsby: 3 pages ({len(pages)})")
    for i, t in enumerate(pages, 1):
        ok("SAMMANTRÄDESPROTOKOLL" in t and f"Sida {i} (3)" in t and "Utdragsbestyrkande" in t
           and "Sammanträdesdatum 2025-11-20" in t, f"hagnäsby: running header/footer on page {i}")
    register_liberation()
    right_edge = 595.2756 - 56.6929  # A4 width minus the 20 mm right margin
    found = []
    for page in reader.pages:
        runs = _pdf_xy(page, lambda s: True)
        for x, y, s in runs:
            if not re.fullmatch(r"§ 1(0[89]|1[0-5])/25", s):
                continue
            title = [r for r in runs if 80 < r[0] < 200 and abs(r[1] - y) < 4 and len(r[2]) > 8]
            dnr = [r for r in runs if re.fullmatch(r"MHN 2025-\d{6}", r[2]) and abs(r[1] - y) < 4]
            aligned = bool(dnr) and abs(dnr[0][0] + stringWidth(dnr[0][2], "LibSans", 10) - right_edge) < 1.5
            ok(x < 60 and bool(title) and aligned,
               f"hagnäsby: {s} left, title and right-aligned dnr on one line ({x:.0f},{y:.0f}; {title}; {dnr})")
            found.append(s)
    ok(found == [f"§ {n}/25" for n in range(108, 116)], f"hagnäsby: eight § headings 108/25–115/25 ({found})")
    full = "\n".join(pages)
    for s in ("MHN 2025-000321", "Jäv. Per Wikander (C) anmäler jäv", "Propositionsordning.",
              "Omröstningsresultat: 4 ja, 5 nej", "i strid med förvaltningens förslag", "utgår",
              "Ärendet återremitteras", "föreslår kommunfullmäktige besluta", "Expedieras till:"):
        ok(s in full, f"hagnäsby: {s!r}")

    # 2. Ljungmossa: three sections, the middle one landscape with the närvarolista table; sekretess §§
    path = docs_dir / "ljungmossa_sn_ifou_protokoll_2025-10-08.docx"
    d = docx.Document(str(path))
    secs = d.sections
    ok(len(secs) == 3, f"ljungmossa: three sections ({len(secs)})")
    if len(secs) == 3:
        ok([s.orientation for s in secs] == [WD_ORIENT.PORTRAIT, WD_ORIENT.LANDSCAPE, WD_ORIENT.PORTRAIT]
           and secs[1].page_width > secs[1].page_height and secs[0].page_width < secs[0].page_height,
           "ljungmossa: portrait – landscape – portrait")
    # which section does each table live in? walk the body; a paragraph with w:sectPr ends a section
    sec_of_table, sec_idx = [], 0
    for el in d.element.body.iterchildren():
        if el.tag == qn("w:tbl"):
            sec_of_table.append(sec_idx)
        elif el.tag == qn("w:p") and el.find(qn("w:pPr")) is not None and \
                el.find(qn("w:pPr")).find(qn("w:sectPr")) is not None:
            sec_idx += 1
    ok(sec_of_table[:2] == [1, 1], f"ljungmossa: närvarolista tables in the landscape section ({sec_of_table})")
    t0 = d.tables[0]
    hdr = [c.text for c in t0.rows[0].cells]
    ok(hdr == ["Ledamöter", "Parti", "Närvaro", "Tjänstgörande ersättare", "Parti", "Ersättare", "Parti"],
       f"ljungmossa: närvarolista header ({hdr})")
    ok(any("Sven Olausson" in c.text for c in t0.columns[3].cells), "ljungmossa: tjänstgörande ersättare column")
    paras = d.paragraphs
    sek = [i for i, p in enumerate(paras) if p.text == "Sekretess enligt OSL 26 kap 1 §"]
    ok(len(sek) == 3 and all(paras[i - 1].text == f"§ {n} Individärende" and paras[i - 1].style.name == "Heading 2"
                             for i, n in zip(sek, (140, 141, 142))),
       f"ljungmossa: three sekretess-marked §§ 140–142 ({sek})")
    h2 = [p.text for p in paras if p.style.name == "Heading 2" and p.text.startswith("§ ")]
    ok(len(h2) == 9, f"ljungmossa: nine § headings ({len(h2)})")
    ok("Ljungmossa kommun" in secs[0].header.paragraphs[0].text, "ljungmossa: letterhead in the page header")

    # 3. Björnvalla: agenda table "Ärende | Föredragande" over a page break with the header row repeated;
    #    tjänsteskrivelser starting with "Tjänsteskrivelse" and a label block
    reader = PdfReader(str(docs_dir / "bjornvalla_un_kallelse_2025-12-11.pdf"))
    pages = [p.extract_text() for p in reader.pages]
    ok(len(pages) == 4, f"björnvalla: 4 pages ({len(pages)})")
    for i, t in enumerate(pages, 1):
        ok(f"Sida {i} av 4" in t, f"björnvalla: footer on page {i}")
    lines = [[x.strip() for x in t.splitlines() if x.strip()] for t in pages]
    for pi in (0, 1):
        hdr = [j for j, x in enumerate(lines[pi]) if x == "Ärende" and j + 1 < len(lines[pi])
               and lines[pi][j + 1] == "Föredragande"]
        ok(len(hdr) == 1, f"björnvalla: table header row Ärende/Föredragande on page {pi + 1}")
    nums = [[int(m.group(1)) for x in lines[pi] for m in [re.match(r"(\d+)\. \S", x)] if m] for pi in (0, 1)]
    ok(nums[0] == list(range(1, 11)) and nums[1] == list(range(11, 17)),
       f"björnvalla: agenda items 1–10 on page 1, 11–16 on page 2 ({nums})")
    ok(any(x.startswith("11. Ny resursfördelningsmodell") for x in lines[1]), "björnvalla: item 11 after the break")
    for pi, dnr in ((2, "UN/2025:93"), (3, "UN/2025:101")):
        body = [x for x in lines[pi] if not x.startswith("Björnvalla kommun ·") and not x.startswith("Sida ")]
        ok(body[:11] == ["Tjänsteskrivelse", "Datum", body[2], "Diarienummer", dnr, "Handläggare", body[6],
                         "Till", "Utbildningsnämnden", "Ärende", body[10]],
           f"björnvalla: page {pi + 1} starts with Tjänsteskrivelse and the label block ({body[:11]})")
    ok("redovisas muntligt" in pages[0], "björnvalla: the November follow-up is oral")

    # 4. Forsmora: portal HTML with <section> per ärende and <details>/<summary>
    raw = (docs_dir / "forsmora_kf_protokoll_2025-11-24.html").read_text(encoding="utf-8")
    secs_html = re.findall(r'<section class="arende" id="paragraf-(\d+)" data-start="(\d\d:\d\d:\d\d)">', raw)
    ok([int(s[0]) for s in secs_html] == list(range(148, 155)), f"forsmora: seven <section>s § 148–154 ({secs_html})")
    ok(raw.count('<span class="paragraf">') == 7 and raw.count("<h2>") == 7 and raw.count('<span class="dnr">') == 5,
       "forsmora: section headers with paragraf, h2 and dnr")
    details = re.findall(r'<details class="([a-z]+)">\s*<summary>([^<]*)</summary>', raw)
    ok(len(details) == raw.count("<details") == raw.count("</details>") and len(details) >= 10,
       f"forsmora: details/summary elements ({len(details)})")
    kinds = {k for k, s in details}
    ok({"yrkanden", "beslutsgang", "votering", "reservation", "protokollsanteckning"} <= kinds,
       f"forsmora: details kinds ({kinds})")
    m = re.search(r'<details class="votering">\s*<summary>Voteringslista – votering 1 \(Ja (\d+), Nej (\d+), '
                  r'Avstår (\d+)\)</summary>(.*?)</details>', raw, re.S)
    if ok(bool(m), "forsmora: voteringslista inside <details>"):
        ja, nej, av = map(int, m.groups()[:3])
        rows = re.findall(r"<tr><th scope=\"row\">[^<]+</th><td>[A-Z]+</td><td>(X?)</td><td>(X?)</td><td>(X?)</td>",
                          m.group(4))
        cnt = [sum(1 for r in rows if r[k]) for k in range(3)]
        ok(len(rows) == 31 and cnt == [ja, nej, av] and ja + nej + av == 31 and all(sum(map(bool, r)) == 1
                                                                                      for r in rows),
           f"forsmora: 31 named votes matching the tally ({cnt}, {ja}/{nej}/{av})")
        ok(f"<tfoot><tr><th>Summa</th><td></td><td>{ja}</td><td>{nej}</td><td>{av}</td>" in m.group(4),
           "forsmora: tfoot tally")
        ok(f"{ja} ja-röster, {nej} nej-röster och {av} som avstod" in raw, "forsmora: tally in the beslutsgång")
    ok("<table" in raw and not re.search(r"<table(?![^>]*voteringslista)", raw), "forsmora: only the vote table")
    ok("Skriftlig reservation" in raw and "minoritetsåterremiss" in raw and "bordläggs" in raw
       and "anmäler jäv" in raw, "forsmora: reservation, återremiss, bordläggning and jäv")

    # 5. Dunsjö: CSV with # comment lines, quoting, doubled quotes and an embedded line break
    raw = (docs_dir / "dunsjo_rn_delegationsbeslut_2025-11-13.txt").read_text(encoding="utf-8")
    lines = raw.split("\n")
    first = next(i for i, x in enumerate(lines) if not x.startswith("#"))
    last = max(i for i, x in enumerate(lines) if x.strip() and not x.startswith("#"))
    ok(first >= 5 and all(x.startswith("#") for x in lines[last + 1:] if x), "dunsjö: # metadata before and after")
    rows = list(csv.reader(io.StringIO("\n".join(lines[first:last + 1]))))
    ok(rows[0] == ["Löpnr", "Beslutsdatum", "Diarienummer", "Ärendetyp", "Sökande/objekt", "Beslut", "Delegat",
                   "Delegationspunkt", "Avgift (kr)"], f"dunsjö: header row ({rows[0]})")
    data = rows[1:]
    ok(len(data) == 18 and all(len(r) == 9 for r in data) and [r[0] for r in data] == [str(i) for i in range(1, 19)],
       f"dunsjö: 18 rows of 9 fields ({len(data)})")
    ok(sum(1 for r in data if any("\n" in f for f in r)) == 1, "dunsjö: one field with an embedded line break")
    ok(any('"Höstmarknaden i Dunsjö"' in f for r in data for f in r) and '""Höstmarknaden i Dunsjö""' in raw,
       "dunsjö: doubled quotes inside a quoted field")
    ok(sum(1 for r in data if "," in r[3]) >= 5 and sum(1 for r in data if "," in r[6]) == 18,
       "dunsjö: quoted fields containing commas")
    fees = [int(r[8].replace(" ", "")) for r in data if re.fullmatch(r"[\d ]+", r[8])]
    m = re.search(r"# Summa fastställda avgifter: ([\d ]+) kr", raw)
    ok(bool(m) and sum(fees) == int(m.group(1).replace(" ", "")) and len(fees) == 17,
       f"dunsjö: fee sum matches the footer ({sum(fees)})")
    ok("# Antal beslut: 18" in raw, "dunsjö: count line")

    # 6. Snäckvik: YAML front matter with the meeting fields; footnotes for reservation/protokollsanteckning
    raw = (docs_dir / "snackvik_kspu_protokoll_2025-09-16.md").read_text(encoding="utf-8")
    mfm = re.match(r"---\n(.*?)\n---\n(.*)", raw, re.S)
    if ok(bool(mfm), "snäckvik: YAML front matter"):
        fm, body = yaml.safe_load(mfm.group(1)), mfm.group(2)
        ok(all(k in fm for k in ("datum", "tid", "plats", "ordforande", "sekreterare", "justerare", "justering",
                                 "anslag", "beslutande", "ersattare")) and len(fm["beslutande"]) == 5,
           f"snäckvik: meeting fields in the front matter ({sorted(fm)})")
        ok(fm["justerare"] == "Lennart Öhman (S)" and str(fm["anslag"]["uppsatt"]) == "2025-09-22",
           "snäckvik: justerare and anslag in the front matter")
        ok("justerare" not in body.lower() and "Måsen" not in body and "13.00" not in body
           and "Daniel Rask" not in body and "2025-09-19" not in body,
           "snäckvik: justerare, room, time, sekreterare and justering date only in the front matter")
        heads = re.findall(r"(?m)^## PU § (\d+) ", body)
        ok(heads == [str(n) for n in range(45, 52)], f"snäckvik: '## PU § N' headings ({heads})")
        ok(body.count("[^1]") == 2 and body.count("[^2]") == 2 and "\n[^1]: Reservation från" in body
           and "\n[^2]: Protokollsanteckning från" in body, "snäckvik: footnote references and definitions")
        ok("attraktiv" in body.split("[^1]:")[1] and "attraktiv" not in body.split("[^1]:")[0],
           "snäckvik: reservation text only in the footnote")
        ok("| Datum | Beslut | Delegat | Punkt i delegationsordningen |" in body, "snäckvik: delegation table")

def main():
    # --- the reference list itself
    ok(len(REAL) == 290 and len(set(REAL)) == 290, f"municipality list has {len(REAL)} names, expected 290")
    names = list(INVENTED.values()) + EXTRA_INVENTED
    ok(len(set(INVENTED.values())) == len(INVENTED) == 6, "6 different invented municipalities")
    for n in names:
        ok(n not in REAL, f"{n} is a real municipality")
        ok(n not in OTHER_PROBES, f"{n} is already used by another probe")
        ok(not real_name_hits(n), f"{n} contains a real municipality name as a word")

    # --- documents
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
        ok(len(texts[name]) > 2500, f"{name}: too little text ({len(texts[name])} chars)")
        ok(muni in t, f"{name}: does not name its municipality {muni}")
        hits = real_name_hits(t)
        ok(not hits, f"{name}: names real municipalities {hits}")
        used = [m for m in OTHER_PROBES if re.search(r"(?<![\wÅÄÖåäö])" + m + r"(?![\wÅÄÖåäö])", t)]
        ok(not used, f"{name}: uses names of other probes {used}")
        others = [m for m in INVENTED.values() if m != muni and m in t]
        ok(not others, f"{name}: mentions another probe municipality {others}")
        if p.suffix == ".pdf":
            from pypdf import PdfReader
            n_pages = len(PdfReader(str(p)).pages)
            ok(1 <= n_pages <= 5, f"{name}: {n_pages} pages")

    # --- questions
    lines = (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    qs = [json.loads(x) for x in lines if x.strip()]
    ok(len(qs) == N_Q, f"{len(qs)} questions, expected {N_Q}")
    ok([q["id"] for q in qs] == [f"m{i:02d}" for i in range(1, N_Q + 1)], f"ids m01..m{N_Q} in order")
    for q in qs:
        ok(set(q) == {"id", "question", "answerable", "must_contain", "doc"}, f"{q['id']}: keys {sorted(q)}")
        ok(q["doc"] in INVENTED, f"{q['id']}: unknown doc {q['doc']}")
    ans = [q for q in qs if q["answerable"] is True]
    una = [q for q in qs if q["answerable"] is False]
    ok(len(ans) == N_ANS and len(una) == N_UNA, f"{len(ans)} answerable / {len(una)} unanswerable")
    ok(all(q["answerable"] for q in qs[:N_ANS]) and not any(q["answerable"] for q in qs[N_ANS:]),
       f"m01–m{N_ANS} answerable, the rest not")
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
        ok(muni.lower() in q["question"].lower(), f"{q['id']}: question does not name {muni}")

    for q in ans:
        mc = q["must_contain"]
        ok(1 <= len(mc) <= 3, f"{q['id']}: {len(mc)} must_contain strings")
        text = texts.get(q["doc"], "").lower()
        for item in mc:
            alts = [fold(a).lower() for a in item.split("|")]
            ok(all(len(a) >= 3 for a in alts), f"{q['id']}: too short alternative in '{item}'")
            found = [a for a in alts if a in text]
            # case/whitespace-folded; "a|b" means either alternative
            ok(bool(found), f"{q['id']}: none of '{item}' found in {q['doc']}")
            # the first alternative is the form as printed in the document; later ones may be English/number forms
            ok(alts[0] in text, f"{q['id']}: first alternative of '{item}' not found as printed in {q['doc']}")
            if q["id"] in eng and re.search(r"\d,\d{1,2}(?!\d)", item):  # a decimal comma, not "121,460"
                ok(any(re.search(r"\d\.\d", a) for a in alts), f"{q['id']}: English decimal lacks a dot form")
    for q in una:
        ok(q["must_contain"] == [], f"{q['id']}: unanswerable with must_contain")

    # --- reasons
    reasons = json.loads((HERE / "reasons.json").read_text(encoding="utf-8"))
    ok(sorted(reasons) == sorted(q["id"] for q in una), "reasons.json covers exactly the unanswerable ids")
    for qid, r in reasons.items():
        ok(all(r.get(k) for k in ("why", "kind", "subject")), f"{qid}: reason lacks why/kind/subject")
        q = next(x for x in qs if x["id"] == qid)
        ok(r.get("doc") == q["doc"] and r.get("question") == q["question"], f"{qid}: reason/question mismatch")
        low = texts.get(q["doc"], "").lower()
        for a in r.get("absent", []):
            ok(fold(a).lower() not in low, f"{qid}: '{a}' does occur in {q['doc']}")

    # --- layout features the probe is about
    layout(docs_dir)

    # --- generators: rerun (runs their assertions) and compare the extracted text
    gen_py = os.environ.get("GEN_PYTHON", sys.executable)
    with tempfile.TemporaryDirectory() as tmp:
        for doc, script in GENERATORS.items():
            r = subprocess.run([gen_py, str(HERE / script)], cwd=HERE, capture_output=True, text=True,
                               env={**os.environ, "PROBE_M_OUT": tmp})
            if not ok(r.returncode == 0, f"{script} failed:\n{r.stderr[-2000:]}"):
                continue
            new = fold(extract_text(Path(tmp) / doc))
            ok(new == texts.get(doc), f"{doc}: committed document differs from its generator's output")
        ok(sorted(os.listdir(tmp)) == sorted(GENERATORS), "generators write exactly the 6 documents")
        # questions.py must reproduce questions.jsonl and reasons.json
        qcopy = Path(tmp) / "q"
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
