"""Checks for probe k (adapted from probe j's check.py). Run from anywhere with a Python that has pypdf and
python-docx:

    python eval/probes/k/gen/check.py

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
Tjärnbyn Solgläntan Kråkmoraån Sjövik Brunnsbo""".split()

INVENTED = {  # document -> invented municipality
    "harvsjo_bmn_protokoll_2026-03-19.docx": "Harvsjö",
    "ulvsater_gyn_protokoll_2026-02-12.docx": "Ulvsäter",
    "karrstorp_ksau_kallelse_2026-04-07.docx": "Kärrstorp",
    "enebacka_tn_arsbokslut_2025.pdf": "Enebacka",
    "ljusterby_kun_beslutsuppfoljning_2026-01.md": "Ljusterby",
    "hjalmtorp_kln_protokoll_2026-01-22.pdf": "Hjälmtorp",
}
# other invented place, property, building and company names used in the documents
EXTRA_INVENTED = ["Harvsjön", "Harvsjöhem", "Mjölnaren", "Strandbo", "Östra Hagen", "Kvarngården", "Ekebo",
                  "Hemfast", "Lövkullen", "Hamnvägen", "Åsby", "Björkudden", "Rödmossen", "Solbergaskolan",
                  "Godsmagasinet", "Norrlid", "Stensjön", "Bruksbyn", "Östanå", "Aqualin"]

GENERATORS = {
    "harvsjo_bmn_protokoll_2026-03-19.docx": "gen_harvsjo_bmn_protokoll.py",
    "ulvsater_gyn_protokoll_2026-02-12.docx": "gen_ulvsater_gyn_protokoll.py",
    "karrstorp_ksau_kallelse_2026-04-07.docx": "gen_karrstorp_ksau_kallelse.py",
    "enebacka_tn_arsbokslut_2025.pdf": "gen_enebacka_tn_arsbokslut.py",
    "ljusterby_kun_beslutsuppfoljning_2026-01.md": "gen_ljusterby_kun_beslutsuppfoljning.py",
    "hjalmtorp_kln_protokoll_2026-01-22.pdf": "gen_hjalmtorp_kln_protokoll.py",
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

    def all_bold(p):
        runs = [r for r in p.runs if r.text.strip()]
        return bool(runs) and all(r.bold for r in runs)

    # 1. Harvsjö: every § is one row of a two-column table: "§ N" alone in the left cell, the rest in the right
    d = docx.Document(str(docs_dir / "harvsjo_bmn_protokoll_2026-03-19.docx"))
    ok(len(d.tables) == 2, f"harvsjö: front-page table and § table ({len(d.tables)} tables)")
    t = d.tables[-1]
    ok(len(t.columns) == 2, "harvsjö: the § table has two columns")
    left = [r.cells[0].text for r in t.rows]
    ok(left == [f"§ {n}" for n in range(23, 30)], f"harvsjö: left cells are exactly § 23–§ 29 ({left})")
    right = [r.cells[1] for r in t.rows]
    ok(sum(1 for c in right if any(p.text.startswith("Dnr BMN 20") for p in c.paragraphs)) >= 5,
       "harvsjö: dnr lines inside the right cells")
    ok(all(any(p.text == "Beslut" and all_bold(p) for p in c.paragraphs) for c in right),
       "harvsjö: a bold 'Beslut' paragraph in every right cell")
    body_text = [p.text for p in d.paragraphs]
    ok(not any(re.match(r"§ \d", x) for x in body_text), "harvsjö: no § heading outside the table")
    cell24 = "\n".join(p.text for p in right[1].paragraphs)
    ok("Reservation" in cell24 and "Omröstningsresultat" in cell24, "harvsjö: vote and reservation in § 24's cell")
    ok("justera" in d.tables[0].cell(4, 0).text.lower(), "harvsjö: justerare on the front page")
    ok("SAMMANTRÄDESPROTOKOLL" in d.sections[0].header.paragraphs[0].text, "harvsjö: letterhead in page header")

    # 2. Ulvsäter: "§ N Dnr YYYY/NN Title" as Heading 2, subheadings as bold runs in Normal paragraphs
    d = docx.Document(str(docs_dir / "ulvsater_gyn_protokoll_2026-02-12.docx"))
    heads = [p for p in d.paragraphs if p.style.name.startswith("Heading")]
    dnr_heads = [p.text for p in heads if re.match(r"^§ \d+ Dnr 20\d\d/\d+ \S", p.text)]
    ok(len(dnr_heads) == 5 and all(p.style.name == "Heading 2" for p in heads if p.text.startswith("§")),
       f"ulvsäter: five Heading 2 '§ N Dnr … Title' headings ({dnr_heads})")
    ok("§ 9 Dnr 2025/77 Programutbud och antal platser läsåret 2026/27" in dnr_heads, "ulvsäter: § 9 heading")
    subs = [p for p in d.paragraphs if p.text in ("Beslut", "Beslutsgång", "Protokollsanteckning", "Reservation",
                                                   "Yrkanden", "Ärendebeskrivning")]
    ok(len(subs) >= 15 and all(p.style.name == "Normal" and all_bold(p) for p in subs),
       f"ulvsäter: subheadings are bold runs in Normal paragraphs ({len(subs)})")
    ok({"Beslut", "Beslutsgång", "Protokollsanteckning"} <= {p.text for p in subs}, "ulvsäter: all three kinds")
    ok(not any(p.text in ("Beslut", "Beslutsgång") for p in heads), "ulvsäter: no subheading in a heading style")
    ok(len(d.tables) == 1 and d.tables[0].cell(0, 1).text.startswith("IKE 2026"), "ulvsäter: IKE table")

    # 3. Kärrstorp: the agenda is a Word numbered list; the numbers are not in the text
    d = docx.Document(str(docs_dir / "karrstorp_ksau_kallelse_2026-04-07.docx"))
    items = [p for p in d.paragraphs if p.style.name == "List Number"]
    ok(len(items) == 10, f"kärrstorp: 10 'List Number' agenda items ({len(items)})")
    ok(all(p._p.pPr is not None and p._p.pPr.find(qn("w:numPr")) is not None for p in items),
       "kärrstorp: every agenda item carries w:numPr list numbering")
    ok(not any(re.match(r"\s*\d+[.)]", p.text) for p in items), "kärrstorp: no typed item numbers")
    numbering = d.part.numbering_part.element.xml
    ok('w:numFmt w:val="decimal"' in numbering, "kärrstorp: decimal numbering definition")
    texts = [p.text for p in d.paragraphs]
    ok(sum(1 for x in texts if x.startswith("Dnr KS.20")) >= 6, "kärrstorp: dnr lines under the items")
    ok(sum(1 for x in texts if x.startswith("Föredragande: ")) >= 6, "kärrstorp: föredragande lines")
    ok(texts.index("Föredragningslista") < texts.index(items[0].text), "kärrstorp: list after its heading")

    # 4. Enebacka: landscape page 2, multi-level tables with indented sub-rows and "varav" rows
    reader = PdfReader(str(docs_dir / "enebacka_tn_arsbokslut_2025.pdf"))
    ok(len(reader.pages) == 3, f"enebacka: 3 pages ({len(reader.pages)})")
    dims = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    ok(dims[1][0] > dims[1][1] and dims[0][0] < dims[0][1] and dims[2][0] < dims[2][1],
       f"enebacka: page 2 landscape, pages 1 and 3 portrait ({dims})")
    pages = [p.extract_text() for p in reader.pages]
    ok("Väsentliga händelser" in pages[0] and "Resultaträkning i sammandrag" in pages[0],
       "enebacka: Väsentliga händelser and resultaträkning on page 1")
    ok("Driftredovisning per verksamhet" in pages[1], "enebacka: driftredovisning on the landscape page")
    full = "\n".join(pages)
    ok(len(re.findall(r"(?m)^varav ", full)) >= 6, "enebacka: 'varav' rows")
    xs = {t: x for x, y, t in _pdf_xy(reader.pages[1], lambda s: s in ("Fastighet", "Verksamhetslokaler",
                                                                       "varav skollokaler"))}
    ok(len(xs) == 3 and xs["Fastighet"] < xs["Verksamhetslokaler"] < xs["varav skollokaler"],
       f"enebacka: three indentation levels on page 2 ({xs})")
    xs = {t: x for x, y, t in _pdf_xy(reader.pages[0], lambda s: s in ("Verksamhetens kostnader",
                                                                       "Köpta tjänster och entreprenader",
                                                                       "varav vinterväghållning"))}
    ok(len(xs) == 3 and xs["Verksamhetens kostnader"] < xs["Köpta tjänster och entreprenader"]
       < xs["varav vinterväghållning"], f"enebacka: three indentation levels on page 1 ({xs})")
    ok(all(f"Budget 2025" in pages[1] and y in pages[1] for y in ("Utfall 2025", "Utfall 2024")),
       "enebacka: year columns on page 2")

    # 5. Ljusterby: Markdown wiki export with a status table
    raw = (docs_dir / "ljusterby_kun_beslutsuppfoljning_2026-01.md").read_text(encoding="utf-8")
    ok(raw.startswith("---\n") and "\nlast_modified: " in raw.split("\n---\n")[0], "ljusterby: YAML front matter")
    ok("[[_TOC_]]" in raw and "\n> **Info**" in raw and "Intranät › " in raw, "ljusterby: TOC macro, info panel, "
                                                                            "breadcrumbs")
    ok("| Beslutsdatum | § | Dnr | Beslut | Ansvarig | Status | Kommentar |" in raw, "ljusterby: table header")
    trows = [r for r in raw.splitlines() if re.match(r"^\| 20\d\d-\d\d-\d\d \| § \d+ \|", r)]
    ok(len(trows) == 14, f"ljusterby: 14 decision rows ({len(trows)})")
    stat = [re.split(r"(?<!\\)\|", r)[6].strip() for r in trows]
    ok(set(stat) == {"Verkställd", "Pågår", "Ej påbörjad"} and all(len(re.split(r"(?<!\\)\|", r)) == 9 for r in trows),
       f"ljusterby: seven columns and only the three statuses ({set(stat)})")
    ok("<br>" in raw and "\\|" in raw, "ljusterby: <br> inside cells and an escaped pipe")

    # 6. Hjälmtorp: header box on the right, two §§ per page, Expedieras till after each §
    reader = PdfReader(str(docs_dir / "hjalmtorp_kln_protokoll_2026-01-22.pdf"))
    pages = [p.extract_text() for p in reader.pages]
    ok(len(pages) == 3, f"hjälmtorp: 3 pages ({len(pages)})")
    for i, (page, t) in enumerate(zip(reader.pages, pages), 1):
        ok(len(re.findall(r"(?m)^§ \d+ \S", t)) == 2, f"hjälmtorp: two §§ on page {i}")
        ok(t.count("Expedieras till:") == 2, f"hjälmtorp: two 'Expedieras till:' on page {i}")
        ok("Sammanträdesdatum" in t and f"{i} (3)" in t and "Just. sign" in t, f"hjälmtorp: header/footer p. {i}")
        box = _pdf_xy(page, lambda s: s in ("PROTOKOLL", "Sammanträdesdatum"))
        ok(len(box) == 2 and all(x > 300 for x, y, _ in box), f"hjälmtorp: header box on the right p. {i} ({box})")
    full = "\n".join(pages)
    ok("Reservation" in full and "Votering" in full and "Justerare" in full, "hjälmtorp: vote, reservation")


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
    ok([q["id"] for q in qs] == [f"k{i:02d}" for i in range(1, N_Q + 1)], f"ids k01..k{N_Q} in order")
    for q in qs:
        ok(set(q) == {"id", "question", "answerable", "must_contain", "doc"}, f"{q['id']}: keys {sorted(q)}")
        ok(q["doc"] in INVENTED, f"{q['id']}: unknown doc {q['doc']}")
    ans = [q for q in qs if q["answerable"] is True]
    una = [q for q in qs if q["answerable"] is False]
    ok(len(ans) == N_ANS and len(una) == N_UNA, f"{len(ans)} answerable / {len(una)} unanswerable")
    ok(all(q["answerable"] for q in qs[:N_ANS]) and not any(q["answerable"] for q in qs[N_ANS:]),
       f"k01–k{N_ANS} answerable, the rest not")
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
                               env={**os.environ, "PROBE_K_OUT": tmp})
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
