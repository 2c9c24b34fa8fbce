"""Checks for probe r (adapted from probe q's check.py). Run from anywhere with the project venv:

    cd /work/main && OMP_NUM_THREADS=1 .venv/bin/python eval/probes/r/gen/check.py

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


# ... and of probe q (from its README's Documents table and file names)
OTHER_PROBES += """Tegelsta Humlesjö Rödvalla Klintvik Svanholma Blåsunda Lergropen Lertagsparken Stationsgatan Bruksvägen
Stadshusgatan Nordväg Norrängen Solhöjden Rönnlyckan Humlesjöbostäder Kastanjen Hagbacken Ängsklockan Kyrkogatan
Kattfoten Smörbollen Fyren Ekeby""".split()

INVENTED = {  # document -> invented municipality
    "lomtjarna_sn_protokoll_2025-11-12.pdf": "Lomtjärna",
    "brattvik_von_delarsrapport_jan-aug_2025.docx": "Brattvik",
    "hogslatta_bun_kallelse_2025-12-09.md": "Högslätta",
    "oxhalla_kf_protokoll_2025-11-24.html": "Oxhälla",
    "igelsjo_on_verksamhetsberattelse_2025.txt": "Igelsjö",
    "odmora_revisionsrapport_fastighetsunderhall_2025.pdf": "Ödmora",
}
# other invented place, building, room, street and company names used in the documents
EXTRA_INVENTED = ["Näckrosen", "Lindgläntan", "Gullvivan", "Västerbyskolan", "Västerby", "Malmkullen", "Hagaberg",
                  "Torggatan", "Solvik", "Åsgården", "Igelkotten", "Kompass"]

GENERATORS = {
    "lomtjarna_sn_protokoll_2025-11-12.pdf": "gen_lomtjarna_sn_protokoll.py",
    "brattvik_von_delarsrapport_jan-aug_2025.docx": "gen_brattvik_von_delarsrapport.py",
    "hogslatta_bun_kallelse_2025-12-09.md": "gen_hogslatta_bun_kallelse.py",
    "oxhalla_kf_protokoll_2025-11-24.html": "gen_oxhalla_kf_protokoll.py",
    "igelsjo_on_verksamhetsberattelse_2025.txt": "gen_igelsjo_on_verksamhetsberattelse.py",
    "odmora_revisionsrapport_fastighetsunderhall_2025.pdf": "gen_odmora_revisionsrapport.py",
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



def layout(docs_dir):
    """Genre and format features the brief asks for."""
    from pypdf import PdfReader
    A, B, C, D, E, F = list(INVENTED)

    # 1. Lomtjärna: socialnämndens protokoll as PDF with §§, Dnr per §, vote and reservation
    r = PdfReader(str(docs_dir / A))
    ok(2 <= len(r.pages) <= 4, f"lomtjärna: 2–4 PDF pages ({len(r.pages)})")
    t = "\n".join(p.extract_text() for p in r.pages)
    ok(all(f"SN § {n}" in t for n in range(112, 118)), "lomtjärna: §§ 112–117")
    ok(len(re.findall(r"Dnr SN 2025/\d{4}", t)) == 5, "lomtjärna: a Dnr for each substantive §")
    ok("Votering begärs" in t and "7 ja-röster mot 4 nej-röster" in t and "Reservation" in t,
       "lomtjärna: votering with ja/nej counts and a reservation")
    ok(all(f"Sida {k}" in r.pages[k - 1].extract_text() for k in range(1, len(r.pages) + 1)),
       "lomtjärna: page header with page number on every page")

    # 2. Brattvik: delårsrapport DOCX, driftredovisning table with unit in the label header
    import docx
    d = docx.Document(str(docs_dir / B))
    ok(len(d.tables) == 1, "brattvik: one table")
    tab = d.tables[0]
    hdr = [c.text for c in tab.rows[0].cells]
    ok(hdr[0] == "Verksamhet (tkr)" and "Prognos 2025" in hdr and "Avvikelse mot budget" in hdr,
       "brattvik: header 'Verksamhet (tkr)', prognos and avvikelse columns")
    body = [[c.text for c in row.cells] for row in tab.rows[1:]]
    num = lambda s: int(s.replace(" ", "").replace("+", ""))
    ok(len(body) == 7, "brattvik: six sub-units and a sum row")
    for col in (1, 2, 3, 4):
        ok(sum(num(r_[col]) for r_ in body[:-1]) == num(body[-1][col]), f"brattvik: column {col} sums")
    ok(all(num(r_[1]) - num(r_[3]) == num(r_[4]) for r_ in body), "brattvik: avvikelse = budget - prognos per row")
    heads = [p.text for p in d.paragraphs if p.style.name == "Heading 2"]
    ok([x[0] for x in body[:-1]] == heads, "brattvik: one prose section per sub-unit")

    # 3. Högslätta: kallelse with föredragningslista and two tjänsteskrivelser, proposals only
    t = (docs_dir / C).read_text(encoding="utf-8")
    ok("## Föredragningslista" in t and t.count("Tjänsteskrivelse\n") == 2 and t.count("### Förslag till beslut") == 2,
       "högslätta: föredragningslista and two tjänsteskrivelser with förslag till beslut")
    ok(not re.search(r"\bbeslutade\b|Nämnden beslutar att", t), "högslätta: no decision")

    # 4. Oxhälla: KF protokoll as meeting-portal HTML with budget, motion and interpellation
    t = (docs_dir / D).read_text(encoding="utf-8")
    ok('class="breadcrumb"' in t and 'class="motesinfo"' in t and "portal-footer" in t, "oxhälla: portal furniture")
    ok("Budget 2026" in t and "Svar på motion" in t and "Interpellation" in t and "27 ja-röster mot 22 nej-röster" in t,
       "oxhälla: budget decision with vote, motion answered, interpellation")

    # 5. Igelsjö: verksamhetsberättelse with a 4-year nyckeltal table and goal outcomes
    t = (docs_dir / E).read_text(encoding="utf-8")
    ok(re.search(r"^ +2022 +2023 +2024 +2025$", t, re.M) is not None, "igelsjö: nyckeltal over 2022–2025")
    for lab in ("Sjukfrånvaro, %", "Beläggningsgrad särskilt boende, %", "Kostnad per brukare hemtjänst, kr",
                "Brukare med hemtjänst 31/12, antal"):
        ok(re.search(r"^" + re.escape(lab) + r"( +[\d ]*\d+(,\d)?){1}", t, re.M) is not None, f"igelsjö: row {lab}")
    ok(t.count("Bedömning: Uppfyllt") == 2 and t.count("Bedömning: Delvis uppfyllt") == 1
       and t.count("Bedömning: Ej uppfyllt") == 2, "igelsjö: goal outcomes 2 / 1 / 2")

    # 6. Ödmora: revisionsrapport PDF with kontrollmål, recommendations and a response date
    r = PdfReader(str(docs_dir / F))
    ok(2 <= len(r.pages) <= 4, f"ödmora: 2–4 PDF pages ({len(r.pages)})")
    t = fold("\n".join(p.extract_text() for p in r.pages))
    ok("Bedömning per kontrollmål" in t and all(f"{k}. " in t for k in range(1, 6)), "ödmora: kontrollmål")
    ok("Rekommendationer" in t and "begär svar senast den 27 februari 2026" in t, "ödmora: recommendations, deadline")


def near_miss_specific(texts):
    """The tempting wrong value of each near miss is not the answer to its question."""
    A, B, C, D, E, F = list(INVENTED)
    a, b, c, d, e, f = (texts[x] for x in (A, B, C, D, E, F))
    ok(not re.search(r"(uppföljning\w*|prognos\w*) (per |efter )?september", a, re.I), "r33: no September follow-up")
    ok("andel" not in a.lower() and "procent" not in a.lower(), "r34: no share of households")
    ok("anses besvarad" in a and "Kommunfullmäktige beslutar" not in a, "r35: KF only the addressee")
    ok("juni" not in b.lower(), "r36: no June figures")
    ok(b.count("Norr") == 1 and "område Norr" in b, "r37: område Norr without a figure")
    ok(not re.search(r"\d+ brukare", b), "r38: no count of brukare")
    ok(not re.search(r"per (elev|barn)", c), "r40: no cost per pupil")
    ok("Något val mellan alternativen görs inte" in c, "r41: no choice made")
    ok("2027" in d and not re.search(r"Ram 2027|ramar 2027", d), "r42: no 2027 ramar")
    ok(" AB" not in d, "r43: no company named")
    ok("2021" not in e, "r45: no 2021")
    ok(e.count("Åsgården") == 1, "r46: Åsgården without its own figure")
    ok("Ej klart" in f and "svarat" not in f, "r47/r48: no answer, no 2025 utfall")

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
        ok(not others, f"{name}: mentions another probe-r municipality {others}")

    lines = (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    qs = [json.loads(x) for x in lines if x.strip()]
    ok(len(qs) == N_Q, f"{len(qs)} questions, expected {N_Q}")
    ok([q["id"] for q in qs] == [f"r{i:02d}" for i in range(1, N_Q + 1)], f"ids r01..r{N_Q} in order")
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
                               env={**os.environ, "PROBE_R_OUT": tmp})
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
