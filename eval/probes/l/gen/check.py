"""Checks for probe l (adapted from probe k's check.py). Run from anywhere with a Python that has pypdf and
python-docx:

    python eval/probes/l/gen/check.py

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
Östanå Aqualin""".split() + ["Östra Hagen"]

INVENTED = {  # document -> invented municipality (for Tjädermo: the samordningsförbund's name and member kommun)
    "gaddvika_tnau_protokoll_2025-10-14.pdf": "Gäddvika",
    "getaryd_valn_tjansteskrivelse_2025-11-05.docx": "Getaryd",
    "orrvik_sen_kallelse_2025-12-09.html": "Orrvik",
    "vedasa_hmn_tertialrapport_2_2025.pdf": "Vedåsa",
    "kalvsjo_kfpres_protokollsutdrag_2025-09-02.txt": "Kalvsjö",
    "tjadermo_sof_verksamhetsberattelse_2025.md": "Tjädermo",
}
# other invented place, property, building, partner-municipality, region and company names used in the documents
EXTRA_INVENTED = ["Norrviken", "Braxen", "Gäddan", "Norrsken", "Lövnäs", "Skärvik", "Kvarnviken", "Åsbacken",
                  "Spoven", "Hultaby", "Ormnäs", "Solrosen", "Lommen", "Skogsmark", "UngKraft"]

GENERATORS = {
    "gaddvika_tnau_protokoll_2025-10-14.pdf": "gen_gaddvika_tnau_protokoll.py",
    "getaryd_valn_tjansteskrivelse_2025-11-05.docx": "gen_getaryd_valn_tjansteskrivelse.py",
    "orrvik_sen_kallelse_2025-12-09.html": "gen_orrvik_sen_kallelse.py",
    "vedasa_hmn_tertialrapport_2_2025.pdf": "gen_vedasa_hmn_tertialrapport.py",
    "kalvsjo_kfpres_protokollsutdrag_2025-09-02.txt": "gen_kalvsjo_kfpres_protokollsutdrag.py",
    "tjadermo_sof_verksamhetsberattelse_2025.md": "gen_tjadermo_sof_verksamhetsberattelse.py",
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

    # 1. Gäddvika: marginal layout – "§ N" and "Dnr" in a narrow left column, top-aligned with the title/text
    reader = PdfReader(str(docs_dir / "gaddvika_tnau_protokoll_2025-10-14.pdf"))
    pages = [p.extract_text() for p in reader.pages]
    ok(len(pages) == 2, f"gäddvika: 2 pages ({len(pages)})")
    for i, t in enumerate(pages, 1):
        ok("SAMMANTRÄDESPROTOKOLL" in t and f"Sida {i} av 2" in t and "Justerandes signatur" in t
           and "Utdragsbestyrkande" in t, f"gäddvika: running header/footer on page {i}")
    runs = [r for page in reader.pages for r in _pdf_xy(page, lambda s: True)]
    by_page = [_pdf_xy(page, lambda s: True) for page in reader.pages]
    found = 0
    for runs_p in by_page:
        nums = [(x, y, s) for x, y, s in runs_p if re.fullmatch(r"§ 3[1-6]", s)]
        for x, y, s in nums:
            dnr = [r for r in runs_p if r[2].startswith("Dnr 2025/") and abs(r[0] - x) < 2 and 0 < y - r[1] < 20]
            title = [r for r in runs_p if r[0] > x + 80 and abs(r[1] - y) < 4 and len(r[2]) > 10]
            ok(bool(dnr) and bool(title) and x < 80, f"gäddvika: {s} and its Dnr in the margin, title top-aligned "
                                                       f"to the right ({x:.0f},{y:.0f}; dnr {dnr}; title {title})")
            found += 1
    ok(found == 6, f"gäddvika: six § numbers in the margin column ({found})")
    ok("Dnr 2025/212" in "\n".join(pages), "gäddvika: Dnr 2025/212")
    labels = [(x, y, s) for runs_p in by_page for x, y, s in runs_p if s in ("Beslut", "Reservation", "Yrkanden",
                                                                            "Beslutsgång")]
    ok(sum(1 for x, y, s in labels if s == "Beslut" and x < 80) == 6 and all(x < 80 for x, y, s in labels),
       f"gäddvika: 'Beslut' and the other labels in the margin column ({len(labels)})")
    beslut31 = [(x, y) for x, y, s in by_page[0] if s == "Beslut"]
    text31 = [(x, y) for x, y, s in by_page[0] if s.startswith("Arbetsutskottet föreslår tekniska nämnden")]
    ok(len(beslut31) == 1 and len(text31) == 1 and abs(beslut31[0][1] - text31[0][1]) < 4
       and text31[0][0] > beslut31[0][0] + 80, f"gäddvika: 'Beslut' label on the line of the decision ({beslut31}, "
                                                f"{text31})")
    ok(len(runs) > 100, "gäddvika: text runs")

    # 2. Getaryd: letterhead in floating text boxes (w:txbxContent), the addressee in a w:framePr frame
    d = docx.Document(str(docs_dir / "getaryd_valn_tjansteskrivelse_2025-11-05.docx"))
    body = d.element.body
    boxes = list(body.iter(qn("w:txbxContent")))
    ok(len(boxes) == 2, f"getaryd: two text boxes ({len(boxes)})")
    anchors = list(body.iter("{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}anchor"))
    ok(len(anchors) == 2, f"getaryd: two floating anchors ({len(anchors)})")
    box_text = ["".join(t.text or "" for t in p.iter(qn("w:t"))) for b in boxes for p in b.iter(qn("w:p"))]
    ok("Getaryds kommun" in box_text and "Dnr: Ks2025/0333" in box_text and "Datum: 2025-11-05" in box_text
       and any(x.startswith("Handläggare: Sara Wennström") for x in box_text),
       f"getaryd: municipality, date, dnr and handläggare in the text boxes ({box_text})")
    plain = [p.text for p in d.paragraphs]  # python-docx's own paragraph text leaves text boxes out
    ok(not any("Ks2025/0333" in x or "Wennström" in x for x in plain)
       and not any("Ks2025/0333" in p.text for s in d.sections for p in s.header.paragraphs),
       "getaryd: dnr and handläggare occur only inside the text boxes")
    ok(any(p._p.pPr is not None and p._p.pPr.find(qn("w:framePr")) is not None and p.text == "Till valnämnden"
           for p in d.paragraphs), "getaryd: addressee in a framed paragraph (w:framePr)")
    h2 = [p.text for p in d.paragraphs if p.style.name == "Heading 2"]
    ok(all(x in h2 for x in ("Ärendebeskrivning", "Förslag till beslut", "Beslutsunderlag")),
       f"getaryd: body headings ({h2})")
    ok(len(d.tables) == 1 and d.tables[0].cell(0, 0).text == "Lokal", "getaryd: lokal table")

    # 3. Orrvik: meeting-system HTML of nested divs with classes; no table, no headings, no lists
    raw = (docs_dir / "orrvik_sen_kallelse_2025-12-09.html").read_text(encoding="utf-8")
    ok(not re.search(r"<(table|h[1-6]|ul|ol|li)\b", raw), "orrvik: no <table>, <h*> or list elements")
    items = re.findall(r'<div class="agenda-item" id="arende-(\d+)">\s*<div class="item-number">(\d+)</div>\s*'
                       r'<div class="item-body">\s*<div class="item-title">', raw)
    ok(len(items) == 10 and all(a == b for a, b in items), f"orrvik: 10 nested agenda-item divs ({len(items)})")
    ok(raw.count('<div class="item-dnr">') == 8 and raw.count('<div class="item-presenter">') == 6,
       "orrvik: dnr and föredragande divs")
    ok(raw.count('class="att-link"') >= 9 and raw.count('<div class="item-description">') == 9,
       "orrvik: attachment links and descriptions")
    ok('<span class="meta-label">Plats</span>' in raw, "orrvik: meta rows")

    # 4. Vedåsa: running header/footer, footnoted figures, U+202F / U+2009 separators and U+2212 minus
    reader = PdfReader(str(docs_dir / "vedasa_hmn_tertialrapport_2_2025.pdf"))
    pages = [p.extract_text() for p in reader.pages]
    ok(len(pages) == 3, f"vedåsa: 3 pages ({len(pages)})")
    for i, t in enumerate(pages, 1):
        ok("Tertialrapport 2 2025 · Gemensamma hjälpmedelsnämnden" in t and f"Sida {i} av 3" in t
           and "Dnr HMN.2025.041" in t, f"vedåsa: running header and footer on page {i}")
    full = "\n".join(pages)
    for s in ("29\u202f460¹", "2\u202f810²", "43\u202f050*", "\u22122\u202f150", "14\u2009286", "(13\u2009517)",
              "212³", "38,6⁴", "(3,1)*", "(34,2)*"):
        ok(s in full, f"vedåsa: figure {s!r} as printed")
    for s in ("¹ Varav 1 120 tkr", "² Inklusive", "³ Varav 37 elrullstolar", "* 2024 års värde"):
        ok(s in full, f"vedåsa: note {s!r} under the table")
    ok("Tabell 1." in pages[1] and "Tabell 2." in pages[2], "vedåsa: tables on pages 2 and 3")

    # 5. Kalvsjö: plain-text protokollsutdrag with ==== / ---- underlines, fields and signature block
    raw = (docs_dir / "kalvsjo_kfpres_protokollsutdrag_2025-09-02.txt").read_text(encoding="utf-8")
    lines = raw.splitlines()
    under = [(lines[i], lines[i + 1][0]) for i in range(len(lines) - 1)
             if lines[i].strip() and lines[i + 1] and set(lines[i + 1]) <= {"=", "-"}
             and len(lines[i + 1]) == len(lines[i])]
    ok([h for h, c in under if c == "-"] == ["§ 14  Revisorernas budget för 2026",
                                             "§ 15  Teckenspråkstolkning och textning av fullmäktiges "
                                             "webbsändningar"], f"kalvsjö: two §§ underlined with ---- ({under})")
    ok([h for h, c in under if c == "="] == ["KALVSJÖ KOMMUN – PROTOKOLLSUTDRAG", "Utdragsbestyrkande"],
       "kalvsjö: title and Utdragsbestyrkande underlined with ====")
    ok(any(x.startswith("Justerare:") for x in lines) and "Justerandes signatur" in raw
       and raw.rstrip().rfind("Utdragsbestyrkande") > raw.rfind("Justerandes signatur"),
       "kalvsjö: Justerare field, signature block, Utdragsbestyrkande at the end")
    ok(len(re.findall(r"(?m)^§ \d+ ", raw)) == 2, "kalvsjö: exactly two §§")

    # 6. Tjädermo: Markdown with nested bullet lists of key figures and a results pipe table
    raw = (docs_dir / "tjadermo_sof_verksamhetsberattelse_2025.md").read_text(encoding="utf-8")
    ok("\n- Antal deltagare totalt: 212 (2024: 187)\n  - varav kvinnor: " in raw, "tjädermo: nested key-figure bullets")
    ok(len(re.findall(r"(?m)^    - varav ", raw)) >= 3, "tjädermo: third bullet level")
    ok("| Insats | Deltagare | Avslutade | Till arbete eller studier | Andel, % | Kostnad, tkr |" in raw
       and "| **Summa** | **212** |" in raw, "tjädermo: results table with sum row")
    ok("kommunalförbund" in raw and "samordningsförbund" in raw.lower(), "tjädermo: a samordningsförbund")


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
    ok([q["id"] for q in qs] == [f"l{i:02d}" for i in range(1, N_Q + 1)], f"ids l01..l{N_Q} in order")
    for q in qs:
        ok(set(q) == {"id", "question", "answerable", "must_contain", "doc"}, f"{q['id']}: keys {sorted(q)}")
        ok(q["doc"] in INVENTED, f"{q['id']}: unknown doc {q['doc']}")
    ans = [q for q in qs if q["answerable"] is True]
    una = [q for q in qs if q["answerable"] is False]
    ok(len(ans) == N_ANS and len(una) == N_UNA, f"{len(ans)} answerable / {len(una)} unanswerable")
    ok(all(q["answerable"] for q in qs[:N_ANS]) and not any(q["answerable"] for q in qs[N_ANS:]),
       f"l01–l{N_ANS} answerable, the rest not")
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
                               env={**os.environ, "PROBE_L_OUT": tmp})
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
