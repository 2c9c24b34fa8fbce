"""Checks for probe g. Run from anywhere with a Python that has pypdf and python-docx:

    python eval/probes/g/gen/check.py

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
Myrbacka Hässlerud Tjärnås Källvreta Exempelby Lövbacka Älvby Granbo Kvarnbo""".split()

INVENTED = {  # document -> invented municipality
    "ronnasa_ks_arsredovisning_2024.pdf": "Rönnåsa",
    "videmala_bun_protokoll_2025-03-18.docx": "Videmåla",
    "hagsjoby_tn_kallelse_2025-05-20.pdf": "Hagsjöby",
    "ljungtorpa_revision_ekonomiskt_bistand_2025.md": "Ljungtorpa",
    "tranvika_von_tertialrapport_april_2025.html": "Tranvika",
    "alvkarra_mbn_delegationsbeslut_2025-09-23.txt": "Alvkärra",
    "sandhyttan_kfn_verksamhetsplan_2026.pdf": "Sandhyttan",
    "mossberga_sn_taxa_alkohol_tobak_2026.txt": "Mossberga",
}
# invented neighbour municipalities mentioned inside a document
EXTRA_INVENTED = ["Kronbäcka", "Lilltorpa"]

GENERATORS = {
    "ronnasa_ks_arsredovisning_2024.pdf": "gen_ronnasa_arsredovisning.py",
    "videmala_bun_protokoll_2025-03-18.docx": "gen_videmala_bun_protokoll.py",
    "hagsjoby_tn_kallelse_2025-05-20.pdf": "gen_hagsjoby_tn_kallelse.py",
    "ljungtorpa_revision_ekonomiskt_bistand_2025.md": "gen_ljungtorpa_granskning.py",
    "tranvika_von_tertialrapport_april_2025.html": "gen_tranvika_von_delar.py",
    "alvkarra_mbn_delegationsbeslut_2025-09-23.txt": "gen_alvkarra_mbn_delegation.py",
    "sandhyttan_kfn_verksamhetsplan_2026.pdf": "gen_sandhyttan_kfn_verksamhetsplan.py",
    "mossberga_sn_taxa_alkohol_tobak_2026.txt": "gen_mossberga_sn_taxa.py",
}

ENGLISH_START = re.compile(r"^(What|Which|Who|When|Where|How|Why|In|On|Did|Does|Is|Was)\b")
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


def main():
    # --- the reference list itself
    ok(len(REAL) == 290 and len(set(REAL)) == 290, f"municipality list has {len(REAL)} names, expected 290")
    names = list(INVENTED.values()) + EXTRA_INVENTED
    ok(len(set(INVENTED.values())) == 8, "8 different invented municipalities")
    for n in names:
        ok(n not in REAL, f"{n} is a real municipality")
        ok(n not in OTHER_PROBES, f"{n} is already used by another probe")
        ok(not real_name_hits(n), f"{n} contains a real municipality name as a word")

    # --- documents
    docs_dir = ROOT / "docs"
    present = sorted(p.name for p in docs_dir.iterdir() if p.is_file())
    ok(present == sorted(INVENTED), f"docs/ holds exactly the 8 documents (found {present})")
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
            ok(1 <= n_pages <= 6, f"{name}: {n_pages} pages")

    # --- questions
    lines = (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    qs = [json.loads(x) for x in lines if x.strip()]
    ok(len(qs) == 64, f"{len(qs)} questions, expected 64")
    ok([q["id"] for q in qs] == [f"g{i:02d}" for i in range(1, 65)], "ids g01..g64 in order")
    for q in qs:
        ok(set(q) == {"id", "question", "answerable", "must_contain", "doc"}, f"{q['id']}: keys {sorted(q)}")
        ok(q["doc"] in INVENTED, f"{q['id']}: unknown doc {q['doc']}")
    ans = [q for q in qs if q["answerable"] is True]
    una = [q for q in qs if q["answerable"] is False]
    ok(len(ans) == 44 and len(una) == 20, f"{len(ans)} answerable / {len(una)} unanswerable")
    ok(all(q["answerable"] for q in qs[:44]) and not any(q["answerable"] for q in qs[44:]),
       "g01–g44 answerable, g45–g64 not")
    eng = [q["id"] for q in qs if is_english(q["question"])]
    ok(len(eng) == 8, f"{len(eng)} English questions ({eng}), expected 8")
    ok(len({q["question"] for q in qs}) == 64, "questions are unique")
    per_doc = {d: sum(1 for q in ans if q["doc"] == d) for d in INVENTED}
    ok(all(5 <= n <= 6 for n in per_doc.values()), f"5–6 answerable per document: {per_doc}")
    for q in qs:
        hits = real_name_hits(q["question"] + " " + " ".join(q["must_contain"]))
        ok(not hits, f"{q['id']}: names real municipalities {hits}")
        muni = INVENTED[q["doc"]]
        ok(muni in q["question"], f"{q['id']}: question does not name {muni}")

    for q in ans:
        mc = q["must_contain"]
        ok(1 <= len(mc) <= 2, f"{q['id']}: {len(mc)} must_contain strings")
        text = texts.get(q["doc"], "")
        for item in mc:
            alts = item.split("|")
            for a in alts:
                a_f = fold(a)
                if a_f in text:
                    ok(True, "")
                    continue
                # an English-friendly dot decimal is accepted when its comma form is an alternative and found
                comma = re.sub(r"(\d)\.(\d)", r"\1,\2", a_f)
                ok(comma != a_f and comma in [fold(x) for x in alts] and comma in text,
                   f"{q['id']}: '{a}' not found verbatim in {q['doc']}")
            if q["id"] in eng and re.search(r"\d,\d", item):
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

    # --- generators: rerun (runs their assertions) and compare the extracted text
    gen_py = os.environ.get("GEN_PYTHON", sys.executable)
    with tempfile.TemporaryDirectory() as tmp:
        for doc, script in GENERATORS.items():
            r = subprocess.run([gen_py, str(HERE / script)], cwd=HERE, capture_output=True, text=True,
                               env={**os.environ, "PROBE_G_OUT": tmp})
            if not ok(r.returncode == 0, f"{script} failed:\n{r.stderr[-2000:]}"):
                continue
            new = fold(extract_text(Path(tmp) / doc))
            ok(new == texts.get(doc), f"{doc}: committed document differs from its generator's output")
        r = subprocess.run([sys.executable, str(HERE / "questions.py")], cwd=HERE, capture_output=True, text=True)
        ok(r.returncode == 0, f"questions.py failed: {r.stderr[-2000:]}")

    print(f"documents: {len(texts)}; questions: {len(qs)} ({len(ans)} answerable, {len(una)} unanswerable, "
          f"{len(eng)} English)")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
