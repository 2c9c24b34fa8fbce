"""Checks for probe t (adapted from probe s's check.py). Run from anywhere with the project venv:

    cd /work/main && OMP_NUM_THREADS=1 .venv/bin/python eval/probes/t/gen/check.py

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


# ... and of probe r (from its README's Documents table and file names)
OTHER_PROBES += """Lomtjärna Brattvik Högslätta Oxhälla Igelsjö Ödmora Näckrosen Lindgläntan Gullvivan Västerbyskolan
Västerby Malmkullen Hagaberg Torggatan Solvik Åsgården Igelkotten Kompass""".split()
# generic street/building words seen in other probes' Documents tables, kept out of probes s and t
OTHER_PROBES += ["Storgatan", "Vattentornet"]

# ... and of probe s (from its README's Documents table and file names)
OTHER_PROBES += """Hökmora Vitmossa Grytvika Bäckhamra Hallonvik Renholma Backstugan Kyrkparken Lingonvägen Rådhuset
Tingsgården Vävstolen Varpen Inslaget Råbäck Frostvallen Vitmossahallen Sjöbacken Näset Rönnen Skären Hamnen
Köpmangatan Lönnen Åvägen Rosengården Ängsbacka Furuliden Sjöstugan Ekängsgymnasiet""".split()

INVENTED = {  # document -> invented municipality
    "karrvalla_amn_internkontrollplan_2026.pdf": "Kärrvalla",
    "lonnaker_sbn_mal_och_budget_2026-2028.docx": "Lönnåker",
    "hedsunda_avfallstaxa_2026.html": "Hedsunda",
    "salgnas_fsn_yttrande_motion_obekvam_arbetstid.md": "Sälgnäs",
    "alsmala_vn_tjansteskrivelse_vallokaler_2026.txt": "Alsmåla",
    "vretinge_ifn_delegationsordning_2026.pdf": "Vretinge",
}
# other invented place, building, street and district names used in the documents
EXTRA_INVENTED = ["Ekliden", "Pilparken", "Sjöängsparken", "Södra infarten", "Rödjan", "Torget", "Tistelbacken",
                  "Medborgarhuset", "Ekhagsskolan", "Östergården", "Bredåker", "Lerbäck", "Fallbo", "Sjöryd",
                  "Tornhult", "Granstorp", "Kyrkskolan"]

GENERATORS = {
    "karrvalla_amn_internkontrollplan_2026.pdf": "gen_karrvalla_amn_internkontrollplan.py",
    "lonnaker_sbn_mal_och_budget_2026-2028.docx": "gen_lonnaker_sbn_mal_och_budget.py",
    "hedsunda_avfallstaxa_2026.html": "gen_hedsunda_avfallstaxa.py",
    "salgnas_fsn_yttrande_motion_obekvam_arbetstid.md": "gen_salgnas_fsn_yttrande_motion.py",
    "alsmala_vn_tjansteskrivelse_vallokaler_2026.txt": "gen_alsmala_vn_tjansteskrivelse_vallokaler.py",
    "vretinge_ifn_delegationsordning_2026.pdf": "gen_vretinge_ifn_delegationsordning.py",
}

N_Q, N_ANS, N_UNA, N_ENG, N_ENG_ANS = 48, 32, 16, 12, 8
ENGLISH_START = re.compile(r"^(What|Which|Who|When|Where|How|Why|In|On|Did|Does|Do|Is|Was|Were|By|Has|Have|Can)\b")
SWEDISH_WORDS = re.compile(r"\b(och|för|vad|vilken|vilka|hur|som|är|blev|på|av|när|vem|att|det|om)\b", re.I)

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


def sv_num(s):
    """'-2 400' / '+0,7' / '118,6' -> number."""
    return float(s.replace(" ", "").replace("\u00a0", "").replace("+", "").replace(",", "."))


def layout(docs_dir):
    """Genre and format features the brief asks for."""
    from pypdf import PdfReader
    K, L, H, S, A, V = list(INVENTED)

    # 1. Kärrvalla: internkontrollplan PDF (landscape) with uppföljning 2025 and plan 2026 tables
    r = PdfReader(str(docs_dir / K))
    n = len(r.pages)
    ok(2 <= n <= 5, f"kärrvalla: 2–5 PDF pages ({n})")
    ok(r.pages[0].mediabox.width > r.pages[0].mediabox.height, "kärrvalla: landscape pages")
    pages = [p.extract_text() for p in r.pages]
    ok(all(f"Sida {k} av {n}" in pages[k - 1] and "Dnr AMN 2025/187" in pages[k - 1] for k in range(1, n + 1)),
       "kärrvalla: running header with Dnr and 'Sida N av M' on every page")
    t = fold("\n".join(pages))
    ok("Tabell 1. Uppföljning av internkontrollplan 2025" in t and "Tabell 2. Internkontrollplan 2026" in t,
       "kärrvalla: follow-up and plan tables")
    ok(t.count("Ja ") + t.count("Ja\n") >= 4 and "Fyra av sex kontrollmoment visade avvikelser" in t,
       "kärrvalla: four of six controls with deviations")
    plan = re.findall(r"\b([1-5]) (?:[^0-9]{3,130}?) ([1-4]) ([1-4]) (\d{1,2}) ", t)
    ok(len(plan) >= 5 and all(int(s) * int(k) == int(v) >= 9 for _, s, k, v in plan[:5]),
       f"kärrvalla: plan rows S × K = riskvärde ≥ 9 ({plan[:5]})")
    ok("2025-12-10, § 98" in t, "kärrvalla: adopted with date and §")

    # 2. Lönnåker: mål och budget DOCX with three grid tables; drift and investment columns sum
    import docx
    d = docx.Document(str(docs_dir / L))
    grid = [tb for tb in d.tables if tb.style is not None and tb.style.name == "Table Grid"]
    ok(len(grid) == 4, "lönnåker: four grid tables (facts, mål, drift, investeringar)")
    ok(d.sections[0].header.paragraphs[0].text.startswith("Lönnåkers kommun"), "lönnåker: page header")
    ok("PAGE" in d.sections[0].footer._element.xml, "lönnåker: PAGE field in the footer")
    heads = [p.text for p in d.paragraphs if p.style.name.startswith("Heading")]
    ok(len(heads) >= 7, f"lönnåker: numbered headings ({len(heads)})")
    drift = [[c.text for c in row.cells] for row in grid[2].rows]
    ok(drift[0][0] == "Verksamhet (tkr)" and drift[-1][0].startswith("Summa"), "lönnåker: drift table header/sum")
    for col in range(1, 5):
        ok(sum(sv_num(x[col]) for x in drift[1:-1]) == sv_num(drift[-1][col]), f"lönnåker: drift column {col} sums")
    inv = [[c.text for c in row.cells] for row in grid[3].rows]
    for col in range(1, 5):
        ok(round(sum(sv_num(x[col]) for x in inv[1:-1]), 1) == sv_num(inv[-1][col]),
           f"lönnåker: investment column {col} sums")
    ok(all(round(sum(sv_num(x[c]) for c in (1, 2, 3)), 1) == sv_num(x[4]) for x in inv[1:]),
       "lönnåker: investment rows sum to Totalt")
    t = fold(extract_text(docs_dir / L))
    ok("begära att investeringsramen för 2027 utökas" in t and "Kommunfullmäktige behandlar begäran" in t,
       "lönnåker: a request to KF, not yet decided")

    # 3. Hedsunda: avfallstaxa web page with tables 2026 vs 2025
    h = (docs_dir / H).read_text(encoding="utf-8")
    ok(all(k in h for k in ('id="cookie-consent"', 'class="breadcrumb"', 'class="site-header"', 'class="site-footer"',
                            "<details", "<caption>")), "hedsunda: portal furniture")
    ok(h.count('<table class="taxa-table">') == 3, "hedsunda: three taxa tables")
    for m in re.finditer(r"<tr><th scope=\"row\">([^<]*)</th>(?:<td>[^<]*</td>)*?<td>([\d ]+) kr</td><td>([\d ]+) kr</td></tr>", h):
        ok(sv_num(m.group(2)) >= sv_num(m.group(3)), f"hedsunda: fee not lowered ({m.group(1)})")
    t = fold(extract_text(docs_dir / H))
    ok("3 060 kronor" in t and "2 840 kronor" in t and "220 kronor" in t, "hedsunda: typhus comparison")
    ok("antog taxan 2025-10-27, § 84" in t, "hedsunda: KF decision with §")

    # 4. Sälgnäs: yttrande över motion as markdown
    t = (docs_dir / S).read_text(encoding="utf-8")
    ok(t.startswith("# Yttrande över motion") and len(re.findall(r"^## ", t, re.M)) >= 8, "sälgnäs: md headings")
    ok(len(re.findall(r"^> \d\. att ", t, re.M)) == 2, "sälgnäs: two att-satser quoted")
    alts = re.findall(r"^\| ([ABC]) \| [^|]+ \| (\d+) \| ([\d ]+) \|$", t, re.M)
    ok(len(alts) == 3, "sälgnäs: three alternatives with costs")
    ok("föreslår att kommunfullmäktige" in t and "**Reservation:**" in t, "sälgnäs: proposal to KF and reservation")
    ok(not re.search(r"kommunfullmäktige (har )?(beslutade|beslutat|biföll|avslog)", t), "sälgnäs: no KF decision")

    # 5. Alsmåla: tjänsteskrivelse as plain text with space-aligned tables
    t = (docs_dir / A).read_text(encoding="utf-8")
    ok("TJÄNSTESKRIVELSE" in t and "FÖRSLAG TILL BESLUT" in t and "Dnr VN.2025.14" in t, "alsmåla: letter head")
    block = t.split("Tabell 1.")[1].split("\nSumma")[0]
    dist = re.findall(r"^(\S.{19})(.{36})\s+(\d[\d ]*\d)$", block, re.M)
    ok(len(dist) == 9, f"alsmåla: nine valdistrikt ({len(dist)})")
    summa = re.search(r"^Summa\s+(\d[\d ]*\d)$", t, re.M)
    ok(summa is not None and sum(sv_num(r[2]) for r in dist) == sv_num(summa.group(1)), "alsmåla: röstberättigade sum")
    cost = re.findall(r"^(\S.{49})\s*([\d ]*\d)$", t.split("Tabell 3.")[1], re.M)
    ok(len(cost) == 7 and sum(sv_num(c[1]) for c in cost[:-1]) == sv_num(cost[-1][1]), "alsmåla: cost table sums")
    ok("beslutade" not in t and "Valnämnden behandlar ärendet" in t, "alsmåla: proposals only")

    # 6. Vretinge: delegationsordning PDF with delegation tables
    r = PdfReader(str(docs_dir / V))
    n = len(r.pages)
    ok(2 <= n <= 5, f"vretinge: 2–5 PDF pages ({n})")
    pages = [p.extract_text() for p in r.pages]
    ok(all(f"Sida {k} ({n})" in pages[k - 1] and "IFN-2025-0231" in pages[k - 1] for k in range(1, n + 1)),
       "vretinge: running header with Dnr and 'Sida N (M)' on every page")
    t = "\n".join(pages)
    ok(len(re.findall(r"^Avsnitt [A-E]\. ", t, re.M)) == 5 and t.count("Delegat\nAnmärkning") == 5,
       "vretinge: five delegation tables")
    ok(len(set(re.findall(r"^([A-E]\d)$", t, re.M))) == 28, "vretinge: 28 numbered delegation points")


def near_miss_specific(texts):
    """The tempting wrong value of each near miss is not the answer to its question."""
    K, L, H, S, A, V = list(INVENTED)
    k, l, h, s, a, v = (texts[x] for x in (K, L, H, S, A, V))
    ok("2024" not in k, "t33: no 2024 follow-up in Kärrvalla")
    ok(not re.search(r"(kontroll|behörighet)\w*[^.]{0,80}(visade|visar)[^.]{0,40}2026", k) and
       "augusti 2026" in k, "t34: 2026 control results not yet reported")
    ok(not re.search(r"fullmäktige (har )?(beviljat|beviljade|beslutat att utöka|utökade)", l, re.I),
       "t35: KF has not decided on Södra infarten")
    ok("2029" not in l, "t36: no 2029 figures")
    ok(l.count("Nöjd kund-index") == 2 and "miljö- och hälsoskyddsområdet" in l, "t37: NKI for bygglov only")
    ok("2024" not in re.sub(r"sedan 2024", "", h), "t38: no 2024 fee")
    ok(not re.search(r"grovavfall[^.]{0,80}\d+ kr", h, re.I), "t39: no fee for grovavfall collection")
    ok(not re.search(r"kommunfullmäktige (har )?(beslutade|beslutat|biföll|avslog)", s, re.I),
       "t40: KF has not decided on the motion")
    ok(not re.search(r"\d+ barn[^.]{0,60}Tistelbacken|Tistelbacken[^.]{0,80}\d+ barn", s),
       "t41: no number of children at Tistelbacken")
    ok(not re.search(r"avsatt|avsätt|budgeterat", s) and "återkommer i budgetunderlaget för 2027" in s,
       "t42: nothing set aside for 2027")
    ok("2026" not in re.sub(r"(valen|valet|inför valen) 2026|2026-|under 2026|februari 2026|budget för 2026|"
                            r"början av 2026|13 september 2026", "", a), "t43: no 2026 röstberättigade")
    ok(not re.search(r"kommunstyrelsen (har )?(beviljat|beviljade|beslutat)", a, re.I), "t44: KS has not decided")
    ok(not re.search(r"\d[\d ]* (förtidsröster|väljare förtidsröstade|förtidsröstade)", a) and
       "förtidsröstar har ökat vid de senaste valen" in a, "t45: no count of advance votes")
    ok("LSS" not in v and "funktionsned" not in v.lower(), "t46: no LSS in the delegationsordning")
    ok(not re.search(r"\d+ (delegations)?beslut (har )?(fattats|fattades)", v), "t47: no count of decisions")
    ok(not re.search(r"ordförande[^.]{0,5}[A-ZÅÄÖ][a-zåäö]+ [A-ZÅÄÖ][a-zåäö]+ \(", v)
       and not re.search(r"\([A-Z]{1,2}\), ordförande", v), "t48: no ordförande named")


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
        ok(not any(muni[:5].lower() == m[:5].lower() for m in REAL if len(m) >= 5),
           f"{muni} is very close to a real municipality")

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
        ok(len(texts[name]) > 3500, f"{name}: too little text ({len(texts[name])} chars)")
        ok(muni in t, f"{name}: does not name its municipality {muni}")
        hits = real_name_hits(t)
        ok(not hits, f"{name}: names real municipalities {hits}")
        used = other_probe_hits(t)
        ok(not used, f"{name}: uses names of other probes {used}")
        others = [m for m in INVENTED.values() if m != muni and m in t]
        ok(not others, f"{name}: mentions another probe-t municipality {others}")

    lines = (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    qs = [json.loads(x) for x in lines if x.strip()]
    ok(len(qs) == N_Q, f"{len(qs)} questions, expected {N_Q}")
    ok([q["id"] for q in qs] == [f"t{i:02d}" for i in range(1, N_Q + 1)], f"ids t01..t{N_Q} in order")
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
    for q in qs:  # a question that is not English must look Swedish
        ok(q["id"] in eng or SWEDISH_WORDS.search(q["question"]) or not ENGLISH_START.match(q["question"]),
           f"{q['id']}: neither clearly English nor Swedish")
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
                               env={**os.environ, "PROBE_T_OUT": tmp})
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
