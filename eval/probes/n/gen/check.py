"""Checks for probe n (adapted from probe l's check.py). Run from anywhere with a Python that has pypdf and
python-docx:

    python eval/probes/n/gen/check.py

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
Åsbacken Spoven Hultaby Ormnäs Solrosen Lommen Skogsmark UngKraft""".split() + ["Östra Hagen"]

INVENTED = {  # document -> invented municipality
    "baveras_an_delarsrapport_jan-aug_2025.pdf": "Bäverås",
    "fjardinge_revision_anlaggningsbokning_2025.pdf": "Fjärdinge",
    "farhult_amn_tjansteskrivelse_motionssvar_2025-11-12.docx": "Fårhult",
    "vassbotten_mn_remissvar_vattenforsorjningsplan_2025-11-20.html": "Vassbotten",
    "hagelstad_ks_personalbokslut_2025.md": "Hagelstad",
    "kornhamn_vab_investeringsuppfoljning_2025-10.txt": "Kornhamn",
}
# other invented place, facility, firm and system names used in the documents
EXTRA_INVENTED = ["Ekbacken", "Omsorgsportalen", "Hallbokaren", "Fjärdingehallen", "Tallåsvallen", "Ängsskolan",
                  "Kvadrant", "Näringslivsrådet", "Kvarnåsen", "Alnäs", "Hägerträsk", "Vassbottenåsen",
                  "Lunnehöjden", "Kyrkberget", "Sjöliden", "Storgatan"]

GENERATORS = {
    "baveras_an_delarsrapport_jan-aug_2025.pdf": "gen_baveras_an_delarsrapport.py",
    "fjardinge_revision_anlaggningsbokning_2025.pdf": "gen_fjardinge_revision_anlaggningsbokning.py",
    "farhult_amn_tjansteskrivelse_motionssvar_2025-11-12.docx": "gen_farhult_amn_motionssvar.py",
    "vassbotten_mn_remissvar_vattenforsorjningsplan_2025-11-20.html": "gen_vassbotten_mn_remissvar.py",
    "hagelstad_ks_personalbokslut_2025.md": "gen_hagelstad_ks_personalbokslut.py",
    "kornhamn_vab_investeringsuppfoljning_2025-10.txt": "gen_kornhamn_vab_investeringsuppfoljning.py",
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
    from pypdf import PdfReader
    import docx
    from docx.oxml.ns import qn

    # 1. Bäverås: KPI tiles drawn on the canvas, text drawn row by row across the tiles
    reader = PdfReader(str(docs_dir / "baveras_an_delarsrapport_jan-aug_2025.pdf"))
    pages = [p.extract_text() for p in reader.pages]
    ok(len(pages) == 3, f"bäverås: 3 pages ({len(pages)})")
    for i, t in enumerate(pages, 1):
        ok(f"Sida {i} av 3" in t and "Dnr ÄN-2025-0061" in t, f"bäverås: running footer on page {i}")
    p1 = pages[0]
    order = ["Beviljade hemtjänsttimmar", "Brukare med hemtjänst (aug)", "Beläggning särskilt boende", "148 620",
             "1 046", "97,8 %", "jan–aug 2024: 139 410", "▲ +6,6 %", "Väntetid till särskilt boende, median",
             "Sjukfrånvaro, medarbetare", "Nettokostnad jan–aug", "52 dagar", "8,7 %", "412,6 mnkr",
             "jan–aug 2024: 67 dagar", "▼ −22,4 %", "▼ −0,7 procentenheter", "▲ +4,2 %"]
    pos, at = [], p1.find("Nyckeltal januari–augusti 2025")
    for x in order:  # each text found after the previous one, starting at the panel heading
        at = p1.find(x, at)
        pos.append(at)
        at = at + 1 if at >= 0 else len(p1)
    ok(min(pos) >= 0 and p1.find("Nyckeltal januari–augusti 2025") >= 0 and pos[-1] < p1.find("Källa:"),
       f"bäverås: tile texts row by row ({pos})")
    vals = _pdf_xy(reader.pages[0], lambda s: s in ("148 620", "1 046", "97,8 %", "52 dagar", "8,7 %",
                                                    "412,6 mnkr"))
    ys = sorted({round(y) for x, y, s in vals})
    xs = sorted({round(x) for x, y, s in vals})
    ok(len(vals) == 6 and len(ys) == 2 and len(xs) == 3, f"bäverås: six tile values on a 3 × 2 grid ({vals})")
    ok("Tabell" not in p1 and "Verksamhet" not in p1, "bäverås: no table on page 1")
    ops = reader.pages[0].get_contents().get_data().decode("latin-1")
    ok(len(re.findall(r"(?<![A-Za-z])re(?![A-Za-z])", ops)) >= 2 and ops.count(" c") >= 6 * 4,
       "bäverås: rectangles and rounded rectangles (Bézier corners) drawn for the panel and tiles")
    ok("Hälso- och sjukvård¹" in pages[1] and "¹ Från och med 2025" in pages[1] and "Prognos juli" not in pages[1]
       and "Ingen prognos lämnades i juli" in pages[1], "bäverås: footnote marker and note, no July prognosis")
    ok("-6 800" in pages[1] and "\u22124,7 mnkr" in "".join(pages), "bäverås: hyphen-minus in the table, U+2212 in text")

    # 2. Fjärdinge: cover, dotted TOC, X matrix
    reader = PdfReader(str(docs_dir / "fjardinge_revision_anlaggningsbokning_2025.pdf"))
    pages = [p.extract_text() for p in reader.pages]
    ok(len(pages) == 4, f"fjärdinge: 4 pages ({len(pages)})")
    ok("Sida" not in pages[0] and "Granskningsrapport" in pages[0], "fjärdinge: cover page without footer")
    for i, t in enumerate(pages[1:], 2):
        ok(f"Sida {i} av 4" in t, f"fjärdinge: footer on page {i}")
    toc = re.findall(r"(?m)^(.+?) \.{20,} (\d)$", pages[1])
    ok(len(toc) == 7 and toc[-1] == ("3. Rekommendationer", "4"), f"fjärdinge: TOC with dot leaders ({toc})")
    runs = _pdf_xy(reader.pages[1], lambda s: True)
    hx = {}
    for x, y, s in runs:
        if s in ("Uppfyllt", "Delvis", "Ej uppfyllt"):
            hx.setdefault(s, x)
    xs = sorted(((x, y) for x, y, s in runs if s == "X"), key=lambda r: -r[1])
    cols = []
    if len(hx) == 3:
        centers = [hx["Uppfyllt"], hx["Delvis"], hx["Ej uppfyllt"]]
        for x, y in xs:
            cols.append(min(range(3), key=lambda k: abs(centers[k] - x)))
    ok(cols == [1, 2, 1, 1, 0], f"fjärdinge: X marks in the matrix columns Delvis/Ej/Delvis/Delvis/Uppfyllt ({cols})")
    ok("Uppfyllt" not in re.sub(r"Bedömningsskala.*", "", pages[1].split("Revisionell bedömning per")[1])
       .split("Ej uppfyllt", 1)[1], "fjärdinge: no assessment word in the matrix rows")
    rek = re.findall(r"(?m)^\s*([1-5])\.\s+\S", pages[3].split("rekommenderar vi")[1])
    ok(rek == ["1", "2", "3", "4", "5"], f"fjärdinge: numbered recommendations 1–5 ({rek})")
    ok("Beläggningsgrad¹ Fjärdingehallen" in pages[2] and "¹ Beläggningsgraden avser" in pages[2],
       "fjärdinge: footnote ¹ under the key-figure table")

    # 3. Fårhult: content controls, typed numbered proposals, quoted att-satser
    d = docx.Document(str(docs_dir / "farhult_amn_tjansteskrivelse_motionssvar_2025-11-12.docx"))
    body = d.element.body
    sdts = list(body.iter(qn("w:sdt")))
    alias = {s.find(qn("w:sdtPr")).find(qn("w:alias")).get(qn("w:val")):
             "".join(t.text for t in s.iter(qn("w:t"))) for s in sdts}
    ok(alias.get("Avsändare", "").startswith("Fårhults kommun") and alias.get("Diarienummer") == "AMN.2025.19"
       and alias.get("Handläggare") == "Jonas Berglöf, utredare" and alias.get("Datum") == "2025-11-12",
       f"fårhult: letterhead content controls ({alias})")
    ok(any(s.getparent() is body for s in sdts), "fårhult: a block-level content control in the body")
    ok(any(s.find(qn("w:sdtPr")).find(qn("w:date")) is not None for s in sdts), "fårhult: date-picker control")
    plain = [p.text for p in d.paragraphs] + [c.text for t in d.tables for r in t.rows for c in r.cells]
    ok(not any("AMN.2025.19" in x or "Berglöf" in x or "Fårhults kommun" == x for x in plain),
       "fårhult: dnr, handläggare and sender only inside content controls")
    nums = [p for p in d.paragraphs if re.match(r"^[1-3]\.\t", p.text)]
    ok([p.text[:2] for p in nums] == ["1.", "2.", "3."] and all(p._p.pPr.find(qn("w:numPr")) is None for p in nums),
       "fårhult: typed numbered proposals without Word numbering")
    quotes = [p for p in d.paragraphs if p.style.name == "Quote"]
    ok(len(quotes) == 3 and all(p.text.startswith("att ") and p._p.pPr.find(qn("w:pBdr")) is not None
                                for p in quotes), "fårhult: three quoted att-satser with a left border")
    h2 = [p.text for p in d.paragraphs if p.style.name == "Heading 2"]
    ok(h2[:1] == ["Förslag till beslut"] and "Ekonomiska konsekvenser" in h2, f"fårhult: headings ({h2})")

    # 4. Vassbotten: details/summary + blockquote per remiss question, no table
    raw = (docs_dir / "vassbotten_mn_remissvar_vattenforsorjningsplan_2025-11-20.html").read_text(encoding="utf-8")
    ok("<table" not in raw, "vassbotten: no <table>")
    det = re.findall(r'<details open class="remissfraga" id="fraga-(\d)">\s*<summary>Fråga (\d)\. ', raw)
    ok(len(det) == 5 and all(a == b for a, b in det), f"vassbotten: five <details>/<summary> questions ({det})")
    ok(len(re.findall(r'<blockquote cite="[^"]+">\s*<p>[^<]+</p>\s*<footer>Remissen, s\. ', raw)) == 5,
       "vassbotten: five quoted remiss questions in <blockquote> with a <footer>")
    ok(raw.count('<div class="svar">') == 5 and raw.count('<p class="svar-rubrik">Förvaltningens svar</p>') == 5,
       "vassbotten: answer divs")
    ok('<aside class="meta">' in raw and "<dt>Diarienummer</dt><dd>MN 2025/0217</dd>" in raw, "vassbotten: meta dl")
    ok(len(re.findall(r"<li>att ", raw)) == 2, "vassbotten: förslag till beslut as <ol>")

    # 5. Hagelstad: Markdown with embedded HTML tables (rowspan/colspan) and footnotes
    raw = (docs_dir / "hagelstad_ks_personalbokslut_2025.md").read_text(encoding="utf-8")
    ok(not re.search(r"(?m)^\s*\|", raw), "hagelstad: no pipe tables")
    ok(raw.count("<table") == 2 and raw.count('rowspan="2"') == 2 and raw.count('colspan="3"') == 2
       and raw.count('colspan="2"') == 1, "hagelstad: two HTML tables with rowspan/colspan headers")
    ok(raw.count("<tr><td>") == 10 and '<tr class="summa">' in raw, "hagelstad: table rows and sum row")
    for n in ("1", "2", "3"):
        ok(f"\n[^{n}]: " in raw and raw.index(f"[^{n}]") < raw.index(f"\n[^{n}]: ") and
           raw.index(f"\n[^{n}]: ") > raw.rindex("</table>"), f"hagelstad: footnote {n} used and defined at the end")
    ok("<td>Omsorgsförvaltningen[^2]</td>" in raw, "hagelstad: footnote marker inside an HTML cell")
    ok("Personalbokslut 2025\n====" in raw and "Sammanfattning\n----" in raw, "hagelstad: setext headings")

    # 6. Kornhamn: record blocks with dot-leader labels
    raw = (docs_dir / "kornhamn_vab_investeringsuppfoljning_2025-10.txt").read_text(encoding="utf-8")
    lines = raw.splitlines()
    ok(all(len(x) <= 78 for x in lines), "kornhamn: line width ≤ 78")
    heads = [i for i, x in enumerate(lines) if re.match(r"^ PROJEKT \d{4} +Status: ", x)]
    ok(len(heads) == 6 and all(lines[i - 1] == "=" * 78 and lines[i + 1] == "=" * 78 for i in heads),
       f"kornhamn: six PROJEKT blocks framed by ==== ({len(heads)})")
    labels = ["Benämning", "Verksamhet", "Projektledare", "Beslutad budget", "Utfall t.o.m. 2025-10-31",
              "varav utfall 2025", "Prognos nov–dec 2025", "Budget 2026", "Plan 2027", "Plan 2028",
              "Prognos slutkostnad", "Avvikelse mot budget", "Beräknat klart", "Kommentar"]
    good = 0
    for i in heads:
        got = [re.match(r"^ +(.+?) \.+: ", x).group(1) for x in lines[i + 2:i + 16] if re.match(r"^ +(.+?) \.+: ", x)]
        good += got == labels
    ok(good == 6, f"kornhamn: every block has the same 14 dot-leader fields in order ({good})")
    ok("(800) tkr" in raw and "(1 600) tkr" in raw and "(1 750) tkr" in raw, "kornhamn: negatives in parentheses")
    ok(": Kan inte anges *)" in raw and "\n *) Bygglovet" in raw, "kornhamn: *) note")
    ok("|" not in raw and "\t" not in raw and ";" not in raw, "kornhamn: no table separators")


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
    ok([q["id"] for q in qs] == [f"n{i:02d}" for i in range(1, N_Q + 1)], f"ids n01..n{N_Q} in order")
    for q in qs:
        ok(set(q) == {"id", "question", "answerable", "must_contain", "doc"}, f"{q['id']}: keys {sorted(q)}")
        ok(q["doc"] in INVENTED, f"{q['id']}: unknown doc {q['doc']}")
    ans = [q for q in qs if q["answerable"] is True]
    una = [q for q in qs if q["answerable"] is False]
    ok(len(ans) == N_ANS and len(una) == N_UNA, f"{len(ans)} answerable / {len(una)} unanswerable")
    ok(all(q["answerable"] for q in qs[:N_ANS]) and not any(q["answerable"] for q in qs[N_ANS:]),
       f"n01–n{N_ANS} answerable, the rest not")
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
                               env={**os.environ, "PROBE_N_OUT": tmp})
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
