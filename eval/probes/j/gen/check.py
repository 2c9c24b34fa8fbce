"""Checks for probe j (adapted from probe i's check.py). Run from anywhere with a Python that has pypdf and
python-docx:

    python eval/probes/j/gen/check.py

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
Strandängen Hällbacken Norrgärdet""".split()

INVENTED = {  # document -> invented municipality
    "varnasa_bun_kallelse_2026-02-17.pdf": "Vårnäsa",
    "ormasa_ks_protokoll_2026-03-03.pdf": "Ormåsa",
    "tjarnvik_von_delarsrapport_jan-aug_2025.pdf": "Tjärnvik",
    "krakmora_mbn_verksamhetsplan_budget_2026.docx": "Kråkmora",
    "hostorpa_sn_manadsuppfoljning_2025-11.txt": "Höstorpa",
    "siklunda_kfn_protokoll_2026-02-24.html": "Siklunda",
}
# other invented place names: localities, districts, parks, areas
EXTRA_INVENTED = ["Norrbyn", "Norrbyhöjden", "Lillkärr", "Sörbyn", "Mossängen", "Ängsparken", "Tjärnbyn",
                  "Solgläntan", "Kråkmoraån", "Sjövik", "Brunnsbo"]

GENERATORS = {
    "varnasa_bun_kallelse_2026-02-17.pdf": "gen_varnasa_bun_kallelse.py",
    "ormasa_ks_protokoll_2026-03-03.pdf": "gen_ormasa_ks_protokoll.py",
    "tjarnvik_von_delarsrapport_jan-aug_2025.pdf": "gen_tjarnvik_von_delarsrapport.py",
    "krakmora_mbn_verksamhetsplan_budget_2026.docx": "gen_krakmora_mbn_verksamhetsplan.py",
    "hostorpa_sn_manadsuppfoljning_2025-11.txt": "gen_hostorpa_sn_manadsuppfoljning.py",
    "siklunda_kfn_protokoll_2026-02-24.html": "gen_siklunda_kfn_protokoll.py",
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


def layout(docs_dir):
    from pypdf import PdfReader
    import docx
    from docx.oxml.ns import qn
    # 1. kallelse: "Sida N av M" on every page, ruled agenda table, two tjänsteskrivelser on new pages
    pages = [p.extract_text() for p in PdfReader(str(docs_dir / "varnasa_bun_kallelse_2026-02-17.pdf")).pages]
    ok(4 <= len(pages) <= 5, f"kallelse has {len(pages)} pages, expected 4–5")
    ok(all(f"Sida {i} av {len(pages)}" in t for i, t in enumerate(pages, 1)), "kallelse: 'Sida N av M' on every page")
    ok("Föredragande" in pages[0] and "Föredragningslista" in pages[0], "kallelse: agenda table on page 1")
    starts = [i for i, t in enumerate(pages) if "TJÄNSTESKRIVELSE" in t]
    ok(len(starts) == 2 and all(pages[i].count("TJÄNSTESKRIVELSE") == 1 for i in starts),
       f"kallelse: two tjänsteskrivelser each starting a page ({starts})")
    full = "\n".join(pages)
    ok(full.count("Ärendebeskrivning") == 2 and full.count("Förslag till beslut") == 2,
       "kallelse: Ärendebeskrivning and Förslag till beslut in both tjänsteskrivelser")
    ok(bool(re.search(r"Diarienummer: BUN 20\d\d/\d{5}-\d\.\d", full)), "kallelse: dnr with klassificering suffix")
    # 2. KS protokoll: right-margin § numbers, Justerandes sign on every page, votering, proposal to KF
    pages = [p.extract_text() for p in PdfReader(str(docs_dir / "ormasa_ks_protokoll_2026-03-03.pdf")).pages]
    ok(all("Justerandes sign" in t for t in pages), "protokoll: 'Justerandes sign' box on every page")
    full = "\n".join(pages)
    ok("Utdragsbestyrkande" in pages[-1], "protokoll: Utdragsbestyrkande on the last page")
    ok("Kommunstyrelsen föreslår kommunfullmäktige besluta" in full, "protokoll: a proposal to KF")
    ok("Reservation" in full and "votering" in full.lower(), "protokoll: votering and reservation")
    xs = []  # page x coordinate of each "§ 4N" text run (A4 is 595 pt wide)

    def visit(text, cm, tm, fd, fs):
        if text.strip().startswith("§ 4"):
            xs.append(tm[4] * cm[0] + tm[5] * cm[2] + cm[4])
    for p in PdfReader(str(docs_dir / "ormasa_ks_protokoll_2026-03-03.pdf")).pages:
        p.extract_text(visitor_text=visit)
    ok(len(xs) == 7 and min(xs) > 400, f"protokoll: the 7 § numbers stand in the right margin (x={xs})")
    # 3. delårsrapport: parenthesised negatives, two columns on page 1
    reader = PdfReader(str(docs_dir / "tjarnvik_von_delarsrapport_jan-aug_2025.pdf"))
    full = "\n".join(p.extract_text() for p in reader.pages)
    ok(all(x in full for x in ("(4,7)", "(2,7)", "(4,6)", "(2 340)", "mnkr")), "delårsrapport: negatives in ()")
    left, right = [], []

    def visit2(text, cm, tm, fd, fs):
        if len(text.strip()) > 20:
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            (left if x < 200 else right).append(x)
    reader.pages[0].extract_text(visitor_text=visit2)
    ok(len(left) > 10 and len(right) > 10, f"delårsrapport: two-column text on page 1 ({len(left)}/{len(right)})")
    # 4. DOCX: typed heading numbers, two-row header with merged cells
    d = docx.Document(str(docs_dir / "krakmora_mbn_verksamhetsplan_budget_2026.docx"))
    heads = [p.text for p in d.paragraphs if p.style.name.startswith("Heading")]
    ok("3.2 Tillsyn" in heads and "4.1 Budget per verksamhet" in heads, f"docx: typed heading numbers {heads}")
    tbl = d.tables[0]._tbl
    ok(len(tbl.findall(".//" + qn("w:gridSpan"))) >= 1 and len(tbl.findall(".//" + qn("w:vMerge"))) >= 2,
       "docx: budget table header has horizontally and vertically merged cells")
    ok(d.tables[1].cell(0, 1).text.startswith("Timavgift"), "docx: taxa table")
    # 5. text export: hyphenation, page header and page-number lines inside paragraphs, space-aligned table
    raw = (docs_dir / "hostorpa_sn_manadsuppfoljning_2025-11.txt").read_text(encoding="utf-8")
    ok("försörj-\nningsstödet" in raw, "txt: 'försörj-/ningsstödet' hyphenated across a line break")
    ok(len(re.findall(r"(?m)^\s+– \d –$", raw)) == 3, "txt: three '– N –' page-number lines")
    ok(raw.count("Höstorpa kommun          Socialnämnden") == 3, "txt: repeated page header")
    ok(bool(re.search(r"effek-\n\n.*\n\n\s+– 2 –\n\nterna", raw)), "txt: a page break inside a paragraph")
    ok(bool(re.search(r"(?m)^Hushåll med försörjningsstöd, antal {5,}412 {5,}388", raw)), "txt: space-separated table")
    # 6. HTML: cookie banner and nav around the content, <h3> §§, <p><strong>Beslut</strong></p>, <table>
    h = (docs_dir / "siklunda_kfn_protokoll_2026-02-24.html").read_text(encoding="utf-8")
    ok("cookie" in h and "<nav" in h and "<footer>" in h, "html: nav, cookie banner and footer")
    ok(len(re.findall(r"<h3>§ \d+ ", h)) == 5, "html: five §§ as <h3>")
    ok(h.count("<p><strong>Beslut</strong></p>") == 4 and "<table>" in h, "html: Beslut paragraphs and a table")


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
    ok([q["id"] for q in qs] == [f"j{i:02d}" for i in range(1, N_Q + 1)], f"ids j01..j{N_Q} in order")
    for q in qs:
        ok(set(q) == {"id", "question", "answerable", "must_contain", "doc"}, f"{q['id']}: keys {sorted(q)}")
        ok(q["doc"] in INVENTED, f"{q['id']}: unknown doc {q['doc']}")
    ans = [q for q in qs if q["answerable"] is True]
    una = [q for q in qs if q["answerable"] is False]
    ok(len(ans) == N_ANS and len(una) == N_UNA, f"{len(ans)} answerable / {len(una)} unanswerable")
    ok(all(q["answerable"] for q in qs[:N_ANS]) and not any(q["answerable"] for q in qs[N_ANS:]),
       f"j01–j{N_ANS} answerable, the rest not")
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
                               env={**os.environ, "PROBE_J_OUT": tmp})
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
