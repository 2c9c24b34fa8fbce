"""Checks for probe e.

1. questions.jsonl is well-formed: ids e01-e60, fields, e01-e40 answerable, e41-e60 unanswerable,
   5 answerable and 2-3 unanswerable per document, every named doc exists.
2. Every must_contain item (at least one '|' alternative) occurs in the named document's text
   (PDF: gen/*<stem>.extracted.txt; HTML: tags stripped; whitespace collapsed, case folded).
3. Every unanswerable question has must_contain == [] and a recorded reason in gen/reasons.json;
   the optional 'absent' strings of a reason must NOT occur in the document.
4. No real Swedish municipality name occurs as a whole word in the documents or the questions.
Exit code 0 when everything passes.
"""
import glob, html, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")

REAL = """Ale Alingsås Alvesta Aneby Arboga Arjeplog Arvidsjaur Arvika Askersund Avesta Bengtsfors Berg Bjurholm
Bjuv Boden Bollebygd Bollnäs Borgholm Borlänge Borås Botkyrka Boxholm Bromölla Bräcke Burlöv Båstad Dals-Ed
Danderyd Degerfors Dorotea Eda Ekerö Eksjö Emmaboda Enköping Eskilstuna Eslöv Essunga Fagersta Falkenberg
Falköping Falun Filipstad Finspång Flen Forshaga Färgelanda Gagnef Gislaved Gnesta Gnosjö Gotland Grums
Grästorp Gullspång Gällivare Gävle Göteborg Götene Habo Hagfors Hallsberg Hallstahammar Halmstad Hammarö
Haninge Haparanda Heby Hedemora Helsingborg Herrljunga Hjo Hofors Huddinge Hudiksvall Hultsfred Hylte Håbo
Hällefors Härjedalen Härnösand Härryda Hässleholm Höganäs Högsby Hörby Höör Jokkmokk Järfälla Jönköping Kalix
Kalmar Karlsborg Karlshamn Karlskoga Karlskrona Karlstad Katrineholm Kil Kinda Kiruna Klippan Knivsta Kramfors
Kristianstad Kristinehamn Krokom Kumla Kungsbacka Kungsör Kungälv Kävlinge Köping Laholm Landskrona Laxå
Lekeberg Leksand Lerum Lessebo Lidingö Lidköping Lindesberg Linköping Ljungby Ljusdal Ljusnarsberg Lomma
Ludvika Luleå Lund Lycksele Lysekil Malmö Malung-Sälen Malå Mariestad Mark Markaryd Mellerud Mjölby Mora Motala
Mullsjö Munkedal Munkfors Mölndal Mönsterås Mörbylånga Nacka Nora Norberg Nordanstig Nordmaling Norrköping
Norrtälje Norsjö Nybro Nykvarn Nyköping Nynäshamn Nässjö Ockelbo Olofström Orsa Orust Osby Oskarshamn
Ovanåker Oxelösund Pajala Partille Perstorp Piteå Ragunda Robertsfors Ronneby Rättvik Sala Salem Sandviken
Sigtuna Simrishamn Sjöbo Skara Skellefteå Skinnskatteberg Skurup Skövde Smedjebacken Sollefteå Sollentuna
Solna Sorsele Sotenäs Staffanstorp Stenungsund Stockholm Storfors Storuman Strängnäs Strömstad Strömsund
Sundbyberg Sundsvall Sunne Surahammar Svalöv Svedala Svenljunga Säffle Säter Sävsjö Söderhamn Söderköping
Södertälje Sölvesborg Tanum Tibro Tidaholm Tierp Timrå Tingsryd Tjörn Tomelilla Torsby Torsås Tranemo Tranås
Trelleborg Trollhättan Trosa Tyresö Täby Töreboda Uddevalla Ulricehamn Umeå Upplands-Bro Uppsala Uppvidinge
Vadstena Vaggeryd Valdemarsvik Vallentuna Vansbro Vara Varberg Vaxholm Vellinge Vetlanda Vilhelmina Vimmerby
Vindeln Vingåker Vårgårda Vänersborg Vännäs Värmdö Värnamo Västervik Västerås Växjö Ydre Ystad Åmål Ånge Åre
Årjäng Åsele Åstorp Åtvidaberg Älmhult Älvdalen Älvkarleby Älvsbyn Ängelholm Öckerö Ödeshög Örebro
Örkelljunga Örnsköldsvik Östersund Österåker Östhammar Överkalix Övertorneå""".split()
REAL += ["Lilla Edet", "Upplands Väsby", "Östra Göinge", "Gotlands"]
# Case-sensitive whole-word match (so common lower-case words like 'mark' or 'berg' are not flagged).
REAL_RE = re.compile(r"(?<![\wÅÄÖåäöÉé-])(" + "|".join(re.escape(n) for n in REAL) + r")(?![\wÅÄÖåäöÉé-])")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().casefold()


def doc_text(name):
    path = os.path.join(DOCS, name)
    stem, ext = os.path.splitext(name)
    if ext == ".pdf":
        hits = glob.glob(os.path.join(HERE, "*%s.extracted.txt" % stem))
        assert len(hits) == 1, "no unique extracted text for %s: %s" % (name, hits)
        return open(hits[0], encoding="utf-8").read()
    raw = open(path, encoding="utf-8").read()
    if ext == ".html":
        raw = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", raw)
        raw = re.sub(r"<[^>]+>", " ", raw)
        raw = html.unescape(raw)
    if ext == ".md":
        raw = raw.replace("**", "").replace("|", " ")
    return raw


def main():
    errors = []
    qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8") if l.strip()]
    reasons = json.load(open(os.path.join(HERE, "reasons.json"), encoding="utf-8"))
    docs = sorted(os.listdir(DOCS))
    texts = {d: doc_text(d) for d in docs}
    ntexts = {d: norm(t) for d, t in texts.items()}

    if [q["id"] for q in qs] != ["e%02d" % i for i in range(1, 61)]:
        errors.append("ids are not e01..e60 in order")
    ans, unans = Counter(), Counter()
    for q in qs:
        qid = q["id"]
        if set(q) != {"id", "question", "answerable", "must_contain", "doc"}:
            errors.append("%s: unexpected fields %s" % (qid, sorted(q)))
        if q["doc"] not in texts:
            errors.append("%s: doc %s missing" % (qid, q["doc"]))
            continue
        num = int(qid[1:])
        t = ntexts[q["doc"]]
        if q["answerable"]:
            ans[q["doc"]] += 1
            if num > 40:
                errors.append("%s: answerable but id > e40" % qid)
            if not 1 <= len(q["must_contain"]) <= 3:
                errors.append("%s: must_contain needs 1-3 items" % qid)
            for item in q["must_contain"]:
                alts = [a for a in item.split("|") if a.strip()]
                if not any(norm(a) in t for a in alts):
                    errors.append("%s: must_contain %r not found in %s" % (qid, item, q["doc"]))
        else:
            unans[q["doc"]] += 1
            if num <= 40:
                errors.append("%s: unanswerable but id <= e40" % qid)
            if q["must_contain"]:
                errors.append("%s: unanswerable with non-empty must_contain" % qid)
            r = reasons.get(qid)
            if not r or not r.get("reason", "").strip() or not r.get("kind", "").strip():
                errors.append("%s: no recorded reason/kind" % qid)
                continue
            for a in r.get("absent", []):
                if norm(a) in t:
                    errors.append("%s: string %r that should be absent occurs in %s" % (qid, a, q["doc"]))
    extra = set(reasons) - {q["id"] for q in qs if not q["answerable"]}
    if extra:
        errors.append("reasons.json has ids that are not unanswerable questions: %s" % sorted(extra))
    for d in docs:
        if ans[d] != 5:
            errors.append("%s: %d answerable questions (want 5)" % (d, ans[d]))
        if not 2 <= unans[d] <= 3:
            errors.append("%s: %d unanswerable questions (want 2-3)" % (d, unans[d]))
    if len(docs) != 8:
        errors.append("expected 8 documents, found %d" % len(docs))

    # real municipality names
    for d in docs:
        raw = open(os.path.join(DOCS, d), encoding="utf-8", errors="ignore").read() if not d.endswith(".pdf") else texts[d]
        for m in set(REAL_RE.findall(raw)):
            errors.append("%s: real municipality name %r occurs" % (d, m))
    for q in qs:
        for m in set(REAL_RE.findall(q["question"])):
            errors.append("%s: real municipality name %r in question" % (q["id"], m))

    n_en = sum(1 for q in qs if re.match(r"^(What|When|How|Who|Which|Where|Why|Is|Are|Did|Does)\b", q["question"]))
    print("documents:", len(docs), "| questions:", len(qs),
          "| answerable:", sum(ans.values()), "| unanswerable:", sum(unans.values()), "| English:", n_en)
    for d in docs:
        print("  %-60s answerable %d  unanswerable %d" % (d, ans[d], unans[d]))
    if errors:
        print("\nFAIL (%d):" % len(errors))
        for e in errors:
            print("  -", e)
        sys.exit(1)
    print("ALL CHECKS PASS")


if __name__ == "__main__":
    main()
