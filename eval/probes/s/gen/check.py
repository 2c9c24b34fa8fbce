"""Checks for probe s (adapted from probe r's check.py). Run from anywhere with the project venv:

    cd /work/main && OMP_NUM_THREADS=1 .venv/bin/python eval/probes/s/gen/check.py

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
# generic street/building words seen in other probes' Documents tables, kept out of probe s as well
OTHER_PROBES += ["Storgatan", "Vattentornet"]

INVENTED = {  # document -> invented municipality
    "hokmora_ks_protokoll_2025-10-07.pdf": "Hökmora",
    "vitmossa_kfn_kallelse_2025-11-18.docx": "Vitmossa",
    "grytvika_mbn_protokoll_2025-09-24.html": "Grytvika",
    "backhamra_tn_manadsuppfoljning_2025-10.pdf": "Bäckhamra",
    "hallonvik_von_patientsakerhetsberattelse_2025.md": "Hallonvik",
    "renholma_gyn_delarsrapport_jan-aug_2025.txt": "Renholma",
}
# other invented place, building, room, street, property and company names used in the documents
EXTRA_INVENTED = ["Backstugan", "Kyrkparken", "Lingonvägen", "Rådhuset", "Tingsgården", "Vävstolen", "Varpen",
                  "Inslaget", "Råbäck", "Frostvallen", "Vitmossahallen", "Sjöbacken", "Näset", "Rönnen", "Skären",
                  "Hamnen", "Köpmangatan", "Lönnen", "Åvägen", "Rosengården", "Ängsbacka", "Furuliden", "Sjöstugan",
                  "Ekängsgymnasiet"]

GENERATORS = {
    "hokmora_ks_protokoll_2025-10-07.pdf": "gen_hokmora_ks_protokoll.py",
    "vitmossa_kfn_kallelse_2025-11-18.docx": "gen_vitmossa_kfn_kallelse.py",
    "grytvika_mbn_protokoll_2025-09-24.html": "gen_grytvika_mbn_protokoll.py",
    "backhamra_tn_manadsuppfoljning_2025-10.pdf": "gen_backhamra_tn_manadsuppfoljning.py",
    "hallonvik_von_patientsakerhetsberattelse_2025.md": "gen_hallonvik_von_patientsakerhetsberattelse.py",
    "renholma_gyn_delarsrapport_jan-aug_2025.txt": "gen_renholma_gyn_delarsrapport.py",
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
    """'-2 400' / '+0,7' / '118,6' -> number (tenths kept as float)."""
    return float(s.replace(" ", "").replace("\u00a0", "").replace("+", "").replace(",", "."))


def layout(docs_dir):
    """Genre and format features the brief asks for."""
    from pypdf import PdfReader
    A, B, C, D, E, F = list(INVENTED)

    # 1. Hökmora: kommunstyrelsens protokoll as PDF; §§ with Dnr; proposals to KF and own decisions; vote
    r = PdfReader(str(docs_dir / A))
    n = len(r.pages)
    ok(4 <= n <= 8, f"hökmora: 4–8 PDF pages ({n})")
    pages = [p.extract_text() for p in r.pages]
    t = "\n".join(pages)
    ok(all(re.search(rf"^§ {k}$", t, re.M) for k in range(141, 149)), "hökmora: §§ 141–148 as headings")
    ok(len(set(re.findall(r"Dnr KS/20\d\d:\d{3}", t))) == 6, "hökmora: a Dnr for each of the six substantive §§")
    ok(t.count("Kommunstyrelsens förslag till kommunfullmäktige") == 2, "hökmora: two proposals to KF (§§ 142, 144)")
    ok(t.count("Kommunstyrelsens beslut") >= 5 and "Kommunstyrelsens eget beslut" in t,
       "hökmora: decisions taken by KS itself (incl. § 142's own points)")
    ok("Kommunfullmäktige beslutar" not in t, "hökmora: no KF decision")
    ok("Votering begärs" in t and "8 ja-röster och 5 nej-röster" in t and "Omröstningsbilaga § 145" in t,
       "hökmora: vote 8–5 with an omröstningsbilaga")
    ok(t.count("Reservation") >= 2, "hökmora: reservations (§§ 144, 145)")
    ok(all(f"Sida {k} ({n})" in pages[k - 1] and "Justerandes sign" in pages[k - 1] for k in range(1, n + 1)),
       "hökmora: page header 'Sida N (M)' and justering box on every page")
    vote = re.search(r"Omröstningsbilaga § 145(.*?)Summa\n(\d+)\n(\d+)", t, re.S)
    if ok(vote is not None, "hökmora: vote table found"):
        ok((vote.group(2), vote.group(3)) == ("8", "5"), "hökmora: vote table sums 8 / 5")
        ok(vote.group(1).count("\nX") == 13, "hökmora: 13 X marks in the vote table")

    # 2. Vitmossa: KFN kallelse DOCX with föredragningslista and three tjänsteskrivelser, proposals only
    import docx
    d = docx.Document(str(docs_dir / B))
    grid = [tb for tb in d.tables if tb.style is not None and tb.style.name == "Table Grid"]
    ok(len(grid) == 2, "vitmossa: two grid tables (föredragningslista, taxor)")
    ok([c.text for c in grid[0].rows[0].cells] == ["Nr", "Ärende", "Diarienummer", "Föredragande"],
       "vitmossa: föredragningslista header")
    ok(len(grid[0].rows) == 10, "vitmossa: nine ärenden")
    taxa = [[c.text for c in row.cells] for row in grid[1].rows]
    ok(taxa[0] == ["Anläggning", "Kategori", "Taxa 2025, kr/tim", "Förslag 2026, kr/tim"], "vitmossa: taxa header")
    ok(len(taxa) == 9 and all(int(x[3]) >= int(x[2]) for x in taxa[1:]), "vitmossa: 8 taxa rows, none lowered")
    t = extract_text(docs_dir / B)
    ok(t.count("TJÄNSTESKRIVELSE") == 3 and t.count("Förvaltningens förslag till beslut") == 3,
       "vitmossa: three tjänsteskrivelser with förslag till beslut")
    ok(d.sections[0].header.paragraphs[0].text.startswith("Vitmossa kommun"), "vitmossa: page header")
    ok(not re.search(r"\bbeslutade\b|Protokoll", t), "vitmossa: no decision or protocol")
    ok(t.count("föreslår kommunfullmäktige") == 1, "vitmossa: the taxa goes to KF")

    # 3. Grytvika: MBN protokoll as meeting-portal HTML with <details> per §
    h = (docs_dir / C).read_text(encoding="utf-8")
    ok(all(k in h for k in ('id="cookie-consent"', 'class="crumbs"', 'class="meeting-facts"', 'class="presence"',
                            'class="site-footer"')), "grytvika: portal furniture")
    ok(h.count('<details class="paragraph"') == 8 and all(f"§ {k}</span>" in h for k in range(88, 96)),
       "grytvika: §§ 88–95 as <details>")
    t = fold(extract_text(docs_dir / C))
    ok("7 ja-röster mot 2 nej-röster" in t and "reserverar sig mot beslutet" in t, "grytvika: vote 7–2, reservation")
    ok("föreslår att kommunfullmäktige beslutar" in t, "grytvika: proposal to KF (§ 92)")
    ok(len(re.findall(r"Diarienummer: MBN 20\d\d-\d{6}", t)) == 6, "grytvika: six Diarienummer")

    # 4. Bäckhamra: TN månadsuppföljning PDF with tables whose columns sum
    r = PdfReader(str(docs_dir / D))
    ok(2 <= len(r.pages) <= 4, f"bäckhamra: 2–4 PDF pages ({len(r.pages)})")
    lines = [x.strip() for p in r.pages for x in p.extract_text().splitlines()]
    ok(all(f"Tabell {k}." in " ".join(lines) for k in (1, 2, 3)), "bäckhamra: three tables")
    names = ["Nämnd och administration", "Gata och park", "Vinterväghållning", "Fastighetsförvaltning",
             "Kost och lokalvård", "Kollektivtrafik"]
    drift = []
    for nm in names:
        i = lines.index(nm)
        drift.append([sv_num(x) for x in lines[i + 1:i + 6]])
    i = lines.index("Summa tekniska")
    tot = [sv_num(x) for x in lines[i + 2:i + 7]]
    for col in range(5):
        ok(sum(row[col] for row in drift) == tot[col], f"bäckhamra: drift column {col} sums")
    ok(all(row[0] - row[2] == row[3] for row in drift + [tot]), "bäckhamra: avvikelse = budget - prognos")
    inv_names = ["Ombyggnad Köpmangatan, etapp 2", "Ny förskola Lönnen", "Gång- och cykelväg längs Åvägen",
                 "Reinvestering gatubelysning (LED)"]
    inv = []
    for nm in inv_names:
        i = lines.index(nm)
        inv.append([sv_num(x) for x in lines[i + 1:i + 5]])
    i = max(k for k, x in enumerate(lines) if x == "Summa")
    itot = [sv_num(x) for x in lines[i + 1:i + 5]]
    ok(all(abs(sum(row[c] for row in inv) - itot[c]) < 1e-9 for c in range(4)), "bäckhamra: investment sums")
    ok(all(round(row[0] - row[2], 1) == row[3] for row in inv), "bäckhamra: investment avvikelse")

    # 5. Hallonvik: patientsäkerhetsberättelse as markdown with an avvikelse table summing to Totalt
    t = (docs_dir / E).read_text(encoding="utf-8")
    ok(t.startswith("# Patientsäkerhetsberättelse 2025") and len(re.findall(r"^## ", t, re.M)) >= 10,
       "hallonvik: markdown headings")
    rows = re.findall(r"^\| ([^|]+) \| ([\d ]+) \| ([\d ]+) \| ([+-][\d ]+) \|$", t, re.M)
    tot = re.search(r"^\| \*\*Totalt\*\* \| \*\*([\d ]+)\*\* \| \*\*([\d ]+)\*\* \|", t, re.M)
    ok(len(rows) == 5 and tot is not None, "hallonvik: five avvikelse rows and a total")
    if tot:
        ok(sum(sv_num(x[1]) for x in rows) == sv_num(tot.group(1)) and
           sum(sv_num(x[2]) for x in rows) == sv_num(tot.group(2)), "hallonvik: avvikelse table sums")
    ok(all(sv_num(x[2]) - sv_num(x[1]) == sv_num(x[3]) for x in rows), "hallonvik: förändring column")
    ok(re.search(r"^1\. .*\n(   .*\n)*2\. ", t, re.M) is not None, "hallonvik: numbered lex Maria list")

    # 6. Renholma: delårsrapport as text with TAB tables and CRLF line endings
    raw = (docs_dir / F).read_bytes()
    ok(raw.count(b"\r\n") == raw.count(b"\n"), "renholma: CRLF line endings")
    t = raw.decode("utf-8").replace("\r\n", "\n")
    tsv = [x.split("\t") for x in t.splitlines() if "\t" in x]
    drift = [x for x in tsv if len(x) == 5 and x[0] not in ("Verksamhet",)]
    ok(len(drift) == 6 and drift[-1][0] == "Summa gymnasienämnden", "renholma: driftredovisning with sum row")
    for col in (1, 2, 3, 4):
        ok(round(sum(sv_num(x[col]) for x in drift[:-1]), 1) == sv_num(drift[-1][col]),
           f"renholma: drift column {col} sums")
    ok(all(round(sv_num(x[1]) - sv_num(x[3]), 1) == sv_num(x[4]) for x in drift), "renholma: avvikelse per row")
    elever = [x for x in tsv if len(x) == 2 and x[1].isdigit()]
    ok(sum(int(x[1]) for x in elever[:-1]) == int(elever[-1][1]) and elever[-1][0] == "Totalt",
       "renholma: elever per program sum")
    ok(any(x[0] == "Indikator" and x[1:] == ["2022/23", "2023/24", "2024/25"] for x in tsv),
       "renholma: results over three läsår")


def near_miss_specific(texts):
    """The tempting wrong value of each near miss is not the answer to its question."""
    A, B, C, D, E, F = list(INVENTED)
    a, b, c, d, e, f = (texts[x] for x in (A, B, C, D, E, F))
    alltext = " ".join(texts.values()).lower()
    ok("kommunfullmäktige beslutar" not in a.lower() and not re.search(r"fullmäktige har (godkänt|beslutat)", a),
       "s33: no KF decision on the delårsrapport")
    ok("åtgärdsplan" in a and not re.search(r"åtgärdsplan\w* (omfattar|innehåller|visar)", a),
       "s34: åtgärdsplan not presented")
    ok(not re.search(r"sim(hall|bad)|badhus|bassäng", alltext), "s35: no swimming pool in any document")
    ok("kallas till sammanträde" in b and "beslutade" not in b, "s36: kallelse only")
    ok(not re.search(r"(taxa|kr/tim)[^.]{0,40}2024|2024[^.]{0,40}(taxa|kr/tim)", b, re.I), "s37: no 2024 taxa")
    ok(not re.search(r"besök|utlån", b), "s38: no library figures")
    ok(not re.search(r"kommunfullmäktige (har )?(antog|antagit|beslutade)", c, re.I), "s39: KF has not decided")
    ok(len(re.findall(r"\d+,\d veckor", c)) == 1, "s40: only one handläggningstid given")
    ok(not re.search(r"\bVA\b[^.]*\d", d.replace("VA- och avfallsutskott", "")), "s41: no VA figure")
    ok(not re.search(r"vinter\w*[^.]{0,60}2024|2024[^.]{0,60}vinter", d, re.I), "s42: no 2024 winter cost")
    ok("parkering" not in alltext, "s43: no parking in any document")
    ok("2023" not in e, "s44: no 2023 figures")
    ok(e.count("IVO avslutade ärendet") == 1 and "pågår" in e, "s45: one case closed, the other pending")
    ok("hemtjänst" not in e and "ordinärt boende ingick inte" in e, "s46: trycksår measured on SÄBO only")
    ok(f.count("13,9") == 1 and "Teknikprogrammet\t" not in f, "s47: GBP for the whole school only")
    ok("begära kompensation" in f and not re.search(r"kommunstyrelsen (har )?(beviljat|beviljade)", f),
       "s48: no KS decision on compensation")


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
        ok(not others, f"{name}: mentions another probe-s municipality {others}")

    lines = (ROOT / "questions.jsonl").read_text(encoding="utf-8").splitlines()
    qs = [json.loads(x) for x in lines if x.strip()]
    ok(len(qs) == N_Q, f"{len(qs)} questions, expected {N_Q}")
    ok([q["id"] for q in qs] == [f"s{i:02d}" for i in range(1, N_Q + 1)], f"ids s01..s{N_Q} in order")
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
                               env={**os.environ, "PROBE_S_OUT": tmp})
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
