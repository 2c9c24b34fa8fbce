"""Checks for probe f.

1. Extracts the text of every document (pypdf for PDF, python-docx for DOCX, tags removed for
   HTML, raw for .txt/.md), folds whitespace, treats U+2212 as "-" and NBSP as space.
2. Asserts that every must_contain item (at least one of its |-alternatives) occurs in the
   named document (case-insensitive).
3. For each unanswerable question prints the document lines containing its subject words, so
   a reader can confirm that the asked fact is absent.
4. Checks ids, counts per document, English count, and that no real Swedish municipality name
   occurs as a whole word in the documents or the questions.
Run with /work/main/.venv/bin/python check.py
"""
import html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DOCS = os.path.join(ROOT, "docs")


def raw_text(path):
    if path.endswith(".pdf"):
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(path).pages)
    if path.endswith(".docx"):
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                parts.append(" | ".join(c.text for c in r.cells))
        for s in d.sections:
            parts += [p.text for p in s.header.paragraphs] + [p.text for p in s.footer.paragraphs]
        return "\n".join(parts)
    s = open(path, encoding="utf-8").read()
    if path.endswith(".html"):
        s = re.sub(r"(?is)<(script|style).*?</\1>", " ", s)
        s = re.sub(r"(?i)<br\s*/?>|</(p|tr|li|h\d|div|section|table)>", "\n", s)
        s = re.sub(r"<[^>]+>", " ", s)
        s = html.unescape(s)
    return s


def norm(s):
    s = s.replace("\u2212", "-").replace("\u00a0", " ").replace("\u202f", " ")
    return re.sub(r"\s+", " ", s).strip().casefold()


REAL = """Ale Alingsås Alvesta Aneby Arboga Arjeplog Arvidsjaur Arvika Askersund Avesta Bengtsfors Berg
Bjurholm Bjuv Boden Bollebygd Bollnäs Borgholm Borlänge Borås Botkyrka Boxholm Bromölla Bräcke Burlöv
Båstad Dals-Ed Danderyd Degerfors Dorotea Eda Ekerö Eksjö Emmaboda Enköping Eskilstuna Eslöv Essunga
Fagersta Falkenberg Falköping Falun Filipstad Finspång Flen Forshaga Färgelanda Gagnef Gislaved Gnesta
Gnosjö Gotland Grums Grästorp Gullspång Gällivare Gävle Göteborg Götene Habo Hagfors Hallsberg
Hallstahammar Halmstad Hammarö Haninge Haparanda Heby Hedemora Helsingborg Herrljunga Hjo Hofors
Huddinge Hudiksvall Hultsfred Hylte Håbo Hällefors Härjedalen Härnösand Härryda Hässleholm Höganäs
Högsby Hörby Höör Jokkmokk Järfälla Jönköping Kalix Kalmar Karlsborg Karlshamn Karlskoga Karlskrona
Karlstad Katrineholm Kil Kinda Kiruna Klippan Knivsta Kramfors Kristianstad Kristinehamn Krokom Kumla
Kungsbacka Kungsör Kungälv Kävlinge Köping Laholm Landskrona Laxå Lekeberg Leksand Lerum Lessebo
Lidingö Lidköping Lilla_Edet Lindesberg Linköping Ljungby Ljusdal Ljusnarsberg Lomma Ludvika Luleå Lund
Lycksele Lysekil Malmö Malung-Sälen Malå Mariestad Mark Markaryd Mellerud Mjölby Mora Motala Mullsjö
Munkedal Munkfors Mölndal Mönsterås Mörbylånga Nacka Nora Norberg Nordanstig Nordmaling Norrköping
Norrtälje Norsjö Nybro Nykvarn Nyköping Nynäshamn Nässjö Ockelbo Olofström Orsa Orust Osby Oskarshamn
Ovanåker Oxelösund Pajala Partille Perstorp Piteå Ragunda Robertsfors Ronneby Rättvik Sala Salem
Sandviken Sigtuna Simrishamn Sjöbo Skara Skellefteå Skinnskatteberg Skurup Skövde Smedjebacken
Sollefteå Sollentuna Solna Sorsele Sotenäs Staffanstorp Stenungsund Stockholm Storfors Storuman
Strängnäs Strömstad Strömsund Sundbyberg Sundsvall Sunne Surahammar Svalöv Svedala Svenljunga Säffle
Säter Sävsjö Söderhamn Söderköping Södertälje Sölvesborg Tanum Tibro Tidaholm Tierp Timrå Tingsryd
Tjörn Tomelilla Torsby Torsås Tranemo Tranås Trelleborg Trollhättan Trosa Tyresö Täby Töreboda
Uddevalla Ulricehamn Umeå Upplands-Bro Upplands_Väsby Uppsala Uppvidinge Vadstena Vaggeryd Valdemarsvik
Vallentuna Vansbro Vara Varberg Vaxholm Vellinge Vetlanda Vilhelmina Vimmerby Vindeln Vingåker
Vårgårda Vänersborg Vännäs Värmdö Värnamo Västervik Västerås Växjö Ydre Ystad Åmål Ånge Åre Årjäng
Åsele Åstorp Åtvidaberg Älmhult Älvdalen Älvkarleby Älvsbyn Ängelholm Öckerö Ödeshög Örebro Örkelljunga
Örnsköldsvik Östersund Österåker Östhammar Östra_Göinge Överkalix Övertorneå""".split()
REAL = [r.replace("_", " ") for r in REAL]


def main():
    qs = [json.loads(l) for l in open(os.path.join(ROOT, "questions.jsonl"), encoding="utf-8")]
    reasons = json.load(open(os.path.join(HERE, "reasons.json"), encoding="utf-8"))
    docs = sorted(os.listdir(DOCS))
    raw = {d: raw_text(os.path.join(DOCS, d)) for d in docs}
    txt = {d: norm(t) for d, t in raw.items()}
    errors = []

    # ids and counts
    ids = [q["id"] for q in qs]
    if ids != ["f%02d" % i for i in range(1, 65)]:
        errors.append("ids not f01..f64 in order")
    ans = [q for q in qs if q["answerable"]]
    una = [q for q in qs if not q["answerable"]]
    if len(ans) != 44 or len(una) != 20:
        errors.append("counts %d/%d" % (len(ans), len(una)))
    if any(q["answerable"] for q in qs[44:]) or not all(q["answerable"] for q in qs[:44]):
        errors.append("answerable must be f01-f44")
    if len(reasons["_english"]) != 8:
        errors.append("english count %d" % len(reasons["_english"]))
    for d in docs:
        a = sum(1 for q in ans if q["doc"] == d)
        u = sum(1 for q in una if q["doc"] == d)
        print("%-58s answerable %d  unanswerable %d" % (d, a, u))
        if not (5 <= a <= 6 and 2 <= u <= 3):
            errors.append("per-doc counts wrong for " + d)
    for q in qs:
        if q["doc"] not in raw:
            errors.append("%s: unknown doc %s" % (q["id"], q["doc"]))

    # must_contain
    for q in ans:
        if not 1 <= len(q["must_contain"]) <= 2:
            errors.append("%s: must_contain length" % q["id"])
        for item in q["must_contain"]:
            alts = item.split("|")
            found = [a for a in alts if norm(a) in txt[q["doc"]]]
            if not found:
                errors.append("%s: %r not in %s" % (q["id"], item, q["doc"]))
    for q in una:
        if q["must_contain"]:
            errors.append("%s: unanswerable with must_contain" % q["id"])
        if q["id"] not in reasons:
            errors.append("%s: no reason" % q["id"])

    # real municipality names (whole word, case-sensitive as written)
    alltext = "\n".join(raw.values()) + "\n" + "\n".join(q["question"] for q in qs)
    alltext = alltext.replace("\u2212", "-")
    for name in REAL:
        for m in re.finditer(r"(?<![\wÅÄÖåäö-])" + re.escape(name) + r"(?![\wÅÄÖåäö-])", alltext):
            ctx = alltext[max(0, m.start() - 40): m.end() + 40].replace("\n", " ")
            errors.append("real municipality name %r: ...%s..." % (name, ctx))

    # unanswerable: show lines with the subject words
    print("\n=== Unanswerable questions: document lines containing the subject words ===")
    for q in una:
        r = reasons[q["id"]]
        print("\n%s [%s] %s\n   reason: %s" % (q["id"], r["kind"], q["question"], r["reason"]))
        lines = [re.sub(r"\s+", " ", l).strip() for l in raw[q["doc"]].replace("\u2212", "-").splitlines()]
        shown = 0
        for l in lines:
            if any(w.casefold() in l.casefold() for w in r["subject"]) and l:
                print("   | " + l[:160])
                shown += 1
                if shown >= 14:
                    print("   | ...")
                    break
        if shown == 0:
            print("   | (no line contains the subject words)")

    print()
    if errors:
        print("FAILED:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("All checks passed: %d questions (%d answerable, %d unanswerable, %d in English), %d documents."
          % (len(qs), len(ans), len(una), len(reasons["_english"]), len(docs)))


if __name__ == "__main__":
    main()
