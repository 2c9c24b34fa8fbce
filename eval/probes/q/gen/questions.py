"""Probe q – the 48 questions (q01–q32 answerable, q33–q48 unanswerable near misses) and, for every near miss, why
it cannot be answered from its document and which wrong value is tempting.

    ../../../../.venv/bin/python questions.py      # writes ../questions.jsonl and reasons.json

`build()` returns (rows, reasons); gen/check.py compares them with the committed files.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

TEG = "tegelsta_tn_protokoll_2026-02-19.txt"
HUM = "humlesjo_ks_arsredovisning_2025.txt"
ROD = "rodvalla_von_tjansteskrivelse_korttidsvard_2026-01-14.pdf"
KLI = "klintvik_bun_presentation_ekonomi_2026-03-17.pdf"
SVA = "svanholma_kfn_nyhet_fritidsgardar_2025-12-16.html"
BLA = "blasunda_kf_avfallstaxa_2026.docx"

ANSWERABLE = [
    # --- Tegelsta: pdftotext -layout protokoll -------------------------------------------------------------
    (TEG, "hur stor blev avvikelsen för vinterväghållningen i tegelsta tn:s bokslut 2025, och hur var det 2024?",
     ["5,3", "1,2"]),
    (TEG, "Tegelsta tekniska nämnden – vad var budget resp utfall för fastighetsförvaltningen 2025?",
     ["38,7", "36,8"]),
    (TEG, "hur röstade man om asfaltsupphandlingen i tegelsta och vem reserverade sig",
     ["9 ja|9-2|9 mot 2|nio ja|9 röster", "Vik"]),
    (TEG, "vem tjänstgjorde som ersättare på tekniska nämndens möte i Tegelsta 19 feb",
     ["Rask"]),
    (TEG, "Vad föreslås den rörliga VA-avgiften bli per kubikmeter i Tegelsta och från när?",
     ["34,20", "1 juli 2026|2026-07-01"]),
    (TEG, "hur mycket investeringspengar vill tn i tegelsta flytta över till 2026 och till vilka projekt",
     ["6,2", "Stationsgatan", "Lertagsparken"]),
    # --- Humlesjö: plain pdftotext årsredovisning ----------------------------------------------------------
    (HUM, "vad blev humlesjö kommuns resultat 2025 jämfört med budget", ["27,7", "37,6"]),
    (HUM, "Humlesjö årsredovisning: årets resultat för koncernen 2025?", ["41,3"]),
    (HUM, "hur stora var verksamhetens nettokostnader i humlesjö 2024 enl resultaträkningen",
     ["1 780,0|1780,0|1 780|1780"]),
    (HUM, "socialnämden i humlesjö, hur mycket över budget 2025 och året innan", ["12,8", "7,6"]),
    (HUM, "What was Humlesjö's self-financing ratio for investments in 2025, and what is the goal?",
     ["55 procent|55 %|55%|55 percent|55 per cent", "70 procent|70 %|70%|70 percent|70 per cent"]),
    (HUM, "överförmyndarnämnden i Humlesjö – utfall mot budget 2025?", ["4,3", "4,1"]),
    # --- Rödvalla: tjänsteskrivelse PDF with a 2 x 3 field table --------------------------------------------
    (ROD, "Who wrote the Rödvalla memo about short-term care, and what is its case number?",
     ["Lindfors", "VON 25/214"]),
    (ROD, "beläggningen på kastanjen i rödvalla 2025 jmf 2024?",
     ["61 %|61 procent|61%", "74 %|74 procent|74%"]),
    (ROD, "hur mycket sparar rödvalla per år på att flytta kortidsvården till hagbacken",
     ["5 200|5,2 mnkr|5200|5,2 miljoner"]),
    (ROD, "när måste hyresavtalet för kastanjen i rödvalla sägas upp senast?", ["30 juni 2026|2026-06-30"]),
    (ROD, "Rödvalla vård och omsorg: hur många korttidsplatser blir det på Hagbacken efter ombyggnaden och vad "
          "kostar den", ["24 korttidsplatser|24 platser", "2,8 mnkr|2 800 tkr|2,8 miljoner"]),
    # --- Klintvik: PowerPoint presentation as PDF ----------------------------------------------------------
    (KLI, "vilken helårsprognos har bun i klintvik efter februari 2026", ["7,8"]),
    (KLI, "Klintvik anpassad grundskola: budget och prognos 2026?", ["24,7", "27,9"]),
    (KLI, "vad kostade anpassade grundskolan i klintvik 2024", ["22,4"]),
    (KLI, "Vilka åtgärder ska minska underskottet i klintviks bun, och vad ger anställningsstoppet",
     ["anställningsstopp", "0,9"]),
    (KLI, "klintvik bun preliminär ram 2027 och hur stort är glappet mot behovet?", ["626,6", "7,3"]),
    # --- Svanholma: news item + protokollsutdrag (HTML) ---------------------------------------------------
    (SVA, "hur mycket kostar de längre öppettiderna på fritidsgårdarna i svanholma per år, exakt", ["640"]),
    (SVA, "When do the longer opening hours at Svanholma's youth centres start?",
     ["2 februari 2026|2026-02-02|2 February|February 2"]),
    (SVA, "hur gick omröstningen om fritidsgårdarna i svanholmas kfn och vilka reserverade sig",
     ["6 ja|6-3|6 mot 3|sex ja|6 röster", "Malm", "Haddad"]),
    (SVA, "svanholma: hur ska utökningen av fritidsgårdarnas öppettider finansieras?",
     ["evenemang", "kulturutvecklare"]),
    (SVA, "Hur många besök hade fritidsgårdarna i Svanholma jan-nov 2025 jämfört med året innan?",
     ["8 640|8640", "7 910|7910"]),
    # --- Blåsunda: avfallstaxa DOCX -----------------------------------------------------------------------
    (BLA, "vad är grundavgiften för en villa i blåsunda 2026", ["1 180|1180"]),
    (BLA, "How much does a 190-litre bin emptied every fourth week cost per year in Blåsunda?",
     ["1 390|1390|1,390"]),
    (BLA, "hur mycket ökar avfallsavgiften för ett vanligt villahushåll i blåsunda jämfört med 2025",
     ["3 642|3642", "3 410|3410", "6,8"]),
    (BLA, "Vad kostar en extra tömning utanför ordinarie tur i Blåsunda?", ["590"]),
    (BLA, "när antog kf i blåsunda avfallstaxan och vilken paragraf", ["2025-11-24|24 november 2025", "131"]),
]

# (doc, question, kind, subject, why, tempting, absent, present)
UNANSWERABLE = [
    (TEG, "Vad beslutade kommunfullmäktige i Tegelsta om den nya VA-taxan?",
     "decision only proposed", "VA-taxa från 2026-07-01",
     "Tekniska nämnden only proposes the taxa to kommunfullmäktige (§ 16); the protokoll says nothing about a "
     "decision by fullmäktige or when it will be taken.",
     "that fullmäktige adopted 5 430 kr fast avgift and 34,20 kr/m³ (the nämnd's proposal)",
     ["kommunfullmäktige beslutade", "fullmäktige har beslutat"],
     ["föreslår kommunfullmäktige besluta att anta ny VA-taxa"]),
    (TEG, "Which company came second in Tegelsta's asphalt procurement, and what was its bid?",
     "detail not reported", "upphandling beläggningsarbeten",
     "The protokoll says only that four bids came in and that Asfaltbolaget Nordväg AB won; no other bidder, "
     "ranking or bid amount is named.",
     "Asfaltbolaget Nordväg AB or the estimated 11,5 mnkr per år",
     ["andra plats", "anbudssumma"],
     ["Fyra anbud kom in", "Asfaltbolaget Nordväg AB"]),
    (TEG, "hur många plog- och halkinsatser hade tegelsta vintern 2023",
     "year not reported", "vinterväghållning",
     "Only 2025 (52 insatser) and 2024 (30 insatser) are given; 2023 does not occur in the protokoll.",
     "30 (the 2024 figure)",
     ["2023"],
     ["52 insatser", "30 insatser under 2024"]),
    (HUM, "vad var humlesjös resultat 2023?",
     "year not reported", "årets resultat",
     "The excerpt gives the result for 2025 (27,7) and 2024 (20,0) and only a three-year average for 2023–2025 "
     "(1,3 procent); the 2023 result itself is not stated.",
     "20,0 mnkr (2024) or a value back-computed from the 1,3 procent average",
     ["resultat 2023", "2023 uppgick"],
     ["2023–2025 uppgår genomsnittet till 1,3 procent"]),
    (HUM, "hur stor blir skattesatsen i humlesjö 2026",
     "year not reported", "skattesats",
     "Only the skattesats for 2025 (22,04, unchanged from 2024) is in the nyckeltal box; 2026 is not mentioned.",
     "22,04 kronor",
     ["skattesats 2026", "skattesatsen för 2026"],
     ["Skattesats 2025, kronor", "22,04 (22,04)"]),
    (HUM, "Hur stor vinst gjorde Humlesjöbostäder AB 2025?",
     "breakdown not given", "koncernens resultat",
     "The resultaträkning gives the koncern as a whole (41,3 mnkr) and the kommun (27,7); the two companies' own "
     "results are not reported.",
     "41,3 mnkr or the difference 13,6 mnkr",
     ["13,6"],
     ["Humlesjö Energi AB", "41,3"]),
    (ROD, "vad beslutade vård- och omsorgsnämnden i rödvalla om korttidsvården den 4 februari",
     "decision only proposed", "samlokalisering av korttidsvården",
     "The document is the förvaltning's tjänsteskrivelse of 2026-01-14 for the meeting of 2026-02-04; it only "
     "contains a förslag till beslut, not the nämnd's decision.",
     "the three att-points of the förslag till beslut (samla korttidsvården på Hagbacken från 1 september 2026)",
     ["nämnden beslutade", "beslutade nämnden"],
     ["Förslag till beslut", "Sammanträde", "2026-02-04"]),
    (ROD, "Hur var beläggningen på Kastanjens korttidsboende 2023 i Rödvalla?",
     "year not reported", "beläggning",
     "Table 1 gives beläggning for 2024 (74 %) and 2025 (61 %) only; the text says it has fallen two years in a "
     "row without a figure for 2023.",
     "74 % (2024)",
     ["2023"],
     ["Beläggning 2024", "74 %"]),
    (ROD, "Vad kostar ett vårddygn på korttidsvården på Hagbacken i Rödvalla?",
     "figure not reported", "kostnad per vårddygn",
     "No cost per vårddygn is given; the 1,1 mnkr for 118 vårddygn is what the kommun paid the region for "
     "utskrivningsklara patients, and the table gives total driftkostnad per alternative.",
     "about 9 300 kr (1,1 mnkr / 118 vårddygn) or 25 450 tkr",
     ["per vårddygn", "per dygn"],
     ["118 vårddygn", "25 450"]),
    (KLI, "What was the Klintvik school board's full-year forecast in January 2026?",
     "period not reported", "helårsprognos",
     "The presentation is the February follow-up; it gives the forecast after February (−7,8 mnkr) and the "
     "outcome for January–February, but no January forecast.",
     "−7,8 mnkr",
     ["prognos januari", "januariprognos"],
     ["Ekonomisk uppföljning februari 2026", "Utfall jan–feb"]),
    (KLI, "Vad beslutade nämnden i Klintvik om att slå ihop förskolorna Kattfoten och Smörbollen?",
     "decision not yet taken", "sammanslagning av förskolor",
     "The slide lists the merger as a Förslag and says the nämnd decides in May; nothing was decided.",
     "that they are merged from höstterminen 2026 (the proposal)",
     ["beslutade att slå samman"],
     ["Förslag: förskolorna Kattfoten och Smörbollen", "Nämnden beslutar i"]),
    (KLI, "vad kostar en elev i grundskolan i klintvik per år",
     "figure for another unit", "kostnad per elev",
     "The only cost per pupil given is for anpassad grundskola (about 440 tkr); grundskola F–9 has only its "
     "budget and forecast in mnkr.",
     "440 tkr (anpassad grundskola)",
     ["kostnad per elev i grundskola"],
     ["Kostnad per elev: cirka 440 tkr"]),
    (SVA, "vilka tider blir det lördagsöppet på fritidsgården i ekeby, svanholma?",
     "not yet decided", "lördagsöppet i Ekeby",
     "The nämnd only gave the förvaltning an uppdrag to investigate Saturday opening in Ekeby, to be reported by "
     "20 maj 2026; no Saturday hours exist. The news item's 'kan också få öppet på lördagar' is not a decision.",
     "16–21 (Ekeby's weekday hours)",
     ["lördag kl", "lördagar kl"],
     ["utreda lördagsöppet", "20 maj 2026"]),
    (SVA, "Hur många besök hade Svanholmas fritidsgårdar under hela 2024?",
     "period not reported", "besök",
     "Only January–November is reported: 8 640 (2025) and 7 910 for the same period 2024; no full-year 2024 "
     "figure.",
     "7 910 (January–November 2024) or 'nästan 9 000' (the news item's 2025 figure)",
     ["hela 2024", "helåret 2024"],
     ["samma period 2024", "januari–november 2025"]),
    (BLA, "Vad kostar det att tömma en container för verksamheter i Blåsunda?",
     "price not in the document", "container",
     "Containers and underjordsbehållare are priced in a separate prislista decided by tekniska nämnden; the "
     "taxa gives no amount.",
     "9 880 kr (660-literskärl, varje vecka)",
     ["container, kronor"],
     ["särskild prislista", "660 liter"]),
    (BLA, "Vad var grundavgiften för en villa i Blåsunda 2025?",
     "year not reported", "grundavgift",
     "The taxa gives the 2026 grundavgift (1 180 kr) and only the 2025 total for a normal household (3 410 kr); "
     "the 2025 grundavgift is not stated.",
     "1 180 kr (2026) or 3 410 kr (the 2025 total)",
     ["grundavgift 2025", "grundavgiften 2025"],
     ["3 410 kronor 2025", "1 180"]),
]


def build():
    rows, reasons = [], {}
    for i, (doc, q, mc) in enumerate(ANSWERABLE, 1):
        rows.append({"id": f"q{i:02d}", "question": q, "answerable": True, "must_contain": mc, "doc": doc})
    for k, (doc, q, kind, subject, why, tempting, absent, present) in enumerate(UNANSWERABLE, len(ANSWERABLE) + 1):
        qid = f"q{k:02d}"
        rows.append({"id": qid, "question": q, "answerable": False, "must_contain": [], "doc": doc})
        reasons[qid] = {"doc": doc, "question": q, "kind": kind, "subject": subject, "why": why,
                        "tempting": tempting, "absent": absent, "present": present}
    return rows, reasons


if __name__ == "__main__":
    rows, reasons = build()
    (HERE.parent / "questions.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (HERE / "reasons.json").write_text(json.dumps(reasons, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(rows), "questions,", len(reasons), "near misses")
