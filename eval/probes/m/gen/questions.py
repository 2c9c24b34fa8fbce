"""Writes ../questions.jsonl and reasons.json for probe m. `build()` returns (rows, reasons); check.py calls it.

must_contain: 1–3 strings per answerable question; "a|b" = either; the first alternative is always the form as
printed in the document. Unanswerable questions have must_contain [] and a reason with strings that must be
absent from the document.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

H = "hagnasby_mhn_protokoll_2025-11-20.pdf"
L = "ljungmossa_sn_ifou_protokoll_2025-10-08.docx"
B = "bjornvalla_un_kallelse_2025-12-11.pdf"
F = "forsmora_kf_protokoll_2025-11-24.html"
D = "dunsjo_rn_delegationsbeslut_2025-11-13.txt"
S = "snackvik_kspu_protokoll_2025-09-16.md"

ANSWERABLE = [
    # Hagnäsby – miljö- och hälsoskyddsnämndens protokoll (PDF, § 109/25 headings with right-aligned dnr)
    (H, "vem justerade hagnäsby mhn-protokollet från 20 november", ["Roos"]),
    (H, "Vilket diarienummer har föreläggandet om avloppet på Hagnäs-Sjötorp 3:7 i Hagnäsby?",
     ["MHN 2025-000321|2025-000321"]),
    (H, "vem var jävig i avloppsärendet i hagnäsbys miljönämnd o varför", ["Wikander", "svåger"]),
    (H, "Hur blev det med kontrollavgiften för Sjöbris Café i Hagnäsby – vad beslutade nämnden och hur röstade man?",
     ["4 320", "5 nej|5–4|5-4|4–5|4-5|5 mot 4|5 röster mot 4"]),
    (H, "Why was the hen-keeping (hönshållning) dispensation case in Hagnäsby sent back to the administration?",
     ["grannar|neighbo", "avstånd|distance"]),
    (H, "hagnäsby mhn prognos per oktober – hur stor avvikelse och vad beror den på", ["640", "konsult"]),
    # Ljungmossa – IFO-utskottets protokoll (DOCX, landscape närvarolista, sekretess-§§)
    (L, "dnr för stödboendeavtalet i ljungmossa ifo-utskott", ["SN 25/0077"]),
    (L, "Vem anmälde jäv vid Ljungmossas individ- och familjeomsorgsutskott 8 oktober, och varför?",
     ["Fjellström", "dotter"]),
    (L, "Vad kostar platserna hos Bryggan Stödboende per dygn i Ljungmossa och hur länge gäller avtalet",
     ["2 150", "2026-10-31|31 oktober 2026"]),
    (L, "vilka ersättare tjänstgjorde på ljungmossa ifo-utskottets möte 2025-10-08", ["Olausson", "Nordahl"]),
    (L, "Which urgent decisions by the chair were reported to Ljungmossa's IFO committee in October 2025, and on what "
        "dates were they taken?",
     ["6 § LVU|LVU", "2025-09-14|14 september|September 14|14 Sept", "2025-09-27|27 september|September 27|27 Sept"]),
    (L, "hur mycket kostade externa placeringar jan-sep 2025 i ljungmossa jämfört med budget", ["18 640", "15 900"]),
    # Björnvalla – utbildningsnämndens kallelse (PDF, agenda table over a page break, tjänsteskrivelser)
    (B, "vem föredrar ärendet om ny resursfördelningsmodell på björnvalla utbildningsnämnd i december",
     ["Wessman"]),
    (B, "Vilket diarienummer har läsårstiderna 2026/27 i Björnvalla?", ["UN/2025:101"]),
    (B, "när och var sammanträder utbildningsnämnden i björnvalla 11 dec", ["13.15|13:15", "Valvet"]),
    (B, "In Björnvalla, what share of the total per-pupil funding (elevpeng) would the strukturtillägg get under "
        "the proposed model, and what is it now?",
     ["11 procent|11 %|11%|11 percent", "8 procent|8 %|8 percent"]),
    (B, "när föreslås höstterminen 2026 börja i björnvallas skolor", ["19 augusti 2026|2026-08-19"]),
    # Forsmora – kommunfullmäktiges protokoll (HTML from the web-TV portal, <section>/<details>)
    (F, "Vilket dnr har mål och budget 2026 i Forsmora kommunfullmäktige?", ["KS2025-0412"]),
    (F, "hur röstade forsmora kf om budgeten 2026",
     ["17 ja|17–12|17-12|17 mot 12|17 röster", "12 nej|12 röster|12 mot|17–12|17-12"]),
    (F, "vilka reserverade sig skriftligt mot budgetbeslutet i forsmora fullmäktige", ["Sverigedemokrat|(SD)"]),
    (F, "Why did Forsmora's municipal council send the motion about outdoor gyms (utegym) back to the "
        "kommunstyrelse?", ["drift|operating|operation", "medfinansiering|co-financ|cofinanc"]),
    (F, "när anslogs protokollet från forsmora kf 24/11 och vem justerade", ["2025-12-01|1 december 2025",
                                                                             "Sahlberg"]),
    # Dunsjö – räddningsnämndens delegationsbeslut (CSV-like text)
    (D, "när infördes eldningsförbudet i dunsjö och när upphävdes det", ["2025-08-14|14 augusti",
                                                                          "2025-08-29|29 augusti"]),
    (D, "Vem beslutade om gasoltillståndet för Dunsjö Bioenergi och vilken avgift togs ut?", ["Nyrén", "10 560"]),
    (D, "varför fick sökanden på Lilla Dunsjö 2:3 avslag på egen sotning", ["kompetens"]),
    (D, "dnr för förelägandet mot dunsjö camping", ["2025.0355.171"]),
    (D, "hur mycket avgifter blev det totalt i dunsjö räddningsnämnds delegationslista aug–okt", ["60 760|60760"]),
    # Snäckvik – personalutskottets protokoll (Markdown, YAML front matter, footnotes)
    (S, "vem justerade snäckviks personalutskott 16 sept", ["Öhman"]),
    (S, "Vad beslutade personalutskottet i Snäckvik om distansarbete och hur föll rösterna?",
     ["två dagar|2 dagar|two days", "3 ja|3–2|3-2|3 mot 2|3 röster mot 2"]),
    (S, "vilka reserverde sig mot distansriktlinjerna i snäckvik och varför", ["Aziz", "attraktiv"]),
    (S, "hur mycket blir friskvårdsbidraget i snäckviks kommun från 2026", ["3 000", "1 januari 2026|2026-01-01"]),
    (S, "vad gällde delegationsbeslutet om anställning som anmäldes till snäckviks pu i september",
     ["Holmgren", "samhällsbyggnad"]),
]

# (doc, question, kind, why, subject, absent)
UNANSWERABLE = [
    (H, "Vad yttrade sig miljö- och hälsoskyddsnämnden i Hagnäsby om detaljplanen för Hamnkvarteret?",
     "an ärende that utgick",
     "§ 108/25 removes the yttrande from the agenda (utgår) because the remisstid was extended to 30 January 2026; "
     "no yttrande is given", "MHN Hagnäsby, yttrande över detaljplan Hamnkvarteret",
     ["tillstyrk", "avstyrk", "inget att erinra"]),
    (H, "fick de i hagnäsby dispens för hönsen på Hagnäs-Byn 12:4?", "återremitterat ärende asked as decided",
     "§ 111/25 sends the case back (återremiss) for neighbours' views and the distance to the nearest house; only "
     "the förvaltning's proposal to grant dispens exists", "dispens för hönshållning, Hagnäs-Byn 12:4",
     ["beviljar dispens", "dispens beviljades", "avslår ansökan"]),
    (H, "Antog kommunfullmäktige i Hagnäsby den nya miljöbalkstaxan på 1 310 kr?", "a future outcome",
     "§ 112/25 only proposes the taxa to kommunfullmäktige; fullmäktige's decision is not in the document",
     "kommunfullmäktiges beslut om miljöbalkstaxa 2026",
     ["fullmäktige har antagit", "kommunfullmäktige beslutade", "fullmäktige antog"]),
    (L, "vad beslutade ljungmossa ifo-utskott i § 141", "a sekretess-marked §",
     "§§ 140–142 are individärenden marked 'Sekretess enligt OSL 26 kap 1 §'; the content and decision are in a "
     "separate sekretessprotokoll", "§ 141, individärende",
     ["vård enligt 2 §", "flyttningsförbud", "placeras i"]),
    (L, "Vilka nya riktlinjer för orosanmälningar antog Ljungmossas ifo-utskott?", "bordlagt ärende asked as decided",
     "§ 144 is bordlagt to 5 November 2025; no guidelines were adopted", "riktlinjer för orosanmälningar",
     ["riktlinjerna antas", "antar riktlinjer", "fastställer riktlinjer"]),
    (L, "hur stor blir socialnämndens budget 2026 i ljungmossa", "another board of the same municipality",
     "the document is the utskott's protocol; socialnämnden's budget 2026 is not mentioned",
     "socialnämndens budget 2026", ["budget 2026", "budgeten för 2026", "budgetram"]),
    (B, "Vad beslutade utbildningsnämnden i Björnvalla om läsårstiderna 2026/27?", "only a proposal exists",
     "the document is a kallelse with a tjänsteskrivelse; 'Utbildningsnämnden föreslås besluta' – no decision",
     "läsårstider 2026/27", ["Utbildningsnämnden beslutar", "har beslutat", "nämnden beslutade"]),
    (B, "hur stor var avvikelsen i björnvalla uns ekonomiska uppföljning för november", "a detail not given",
     "item 4 says 'Uppföljningen redovisas muntligt vid sammanträdet'; no figures", "ekonomisk uppföljning november",
     ["avvikelse", "prognos", "underskott"]),
    (B, "What did Björnvalla's kommunstyrelse decide about the 2026 school budget?",
     "another board of the same municipality",
     "the kallelse is the utbildningsnämnd's; kommunstyrelsen appears nowhere", "kommunstyrelsen, budget 2026",
     ["Kommunstyrelsen", "kommunstyrelsens beslut"]),
    (F, "vad blir den nya renhållningstaxan i forsmora 2026", "bordlagt ärende asked as decided",
     "§ 151 is bordlagt to 15 December 2025 and no tariff figures are given", "renhållningstaxa 2026",
     ["kronor per tömning", "kr per tömning", "renhållningstaxan antas"]),
    (F, "vilken skattesats beslutade forsmora kf för 2027", "a year not in the document",
     "§ 149 fixes the skattesats for 2026 only; 2027–2028 is a plan without a skattesats",
     "skattesats 2027", ["skattesatsen för 2027", "skattesats för 2027", "skattesats 2027"]),
    (F, "Hur röstade kommunstyrelsen i Forsmora när den beredde budgeten 2026?", "another board of the same "
                                                                                "municipality",
     "only kommunfullmäktige's votering is recorded; kommunstyrelsen's handling is only referred to as 'förslag'",
     "kommunstyrelsens votering om budget 2026",
     ["kommunstyrelsen beslutade", "i kommunstyrelsen röstade", "kommunstyrelsens votering"]),
    (D, "How much did Dunsjö charge Dunsjö Bergtäkt AB for its explosives permit (tillstånd explosiv vara)?",
     "a detail not given", "row 8's fee column says 'enligt timtaxa, faktureras senare' and the sum excludes it",
     "avgift, tillstånd explosiv vara, Dunsjö Bergtäkt AB", ["kronor per timme", "kr/tim", "timavgift"]),
    (D, "vad beslutade räddningsnämnden i dunsjö om tillsynstaxan 2026 på mötet 13 nov",
     "a decision not in the document",
     "the document lists delegationsbeslut to be reported on 2025-11-13; none of the nämnd's own decisions at "
     "that meeting is given, and no taxa is mentioned", "räddningsnämndens tillsynstaxa 2026",
     ["taxa 2026", "tillsynstaxa", "taxan för"]),
    (S, "vad blev utfallet av löneöversyn 2026 i snäckvik", "a future outcome",
     "PU § 48 only sets priorities; 'utfallet av löneöversynen är inte klart'", "löneöversyn 2026, utfall",
     ["utfallet blev", "löneökningen blev", "procent i löneöversyn"]),
    (S, "hur hög var sjukfrånvaron i snäckviks kommun första halvåret 2023", "a year not in the document",
     "PU § 51 gives the first half of 2025 (6,8 %) and 2024 (7,4 %) only", "sjukfrånvaro 2023", ["2023"]),
]


def build():
    rows, reasons = [], {}
    for i, (doc, q, mc) in enumerate(ANSWERABLE, 1):
        rows.append({"id": f"m{i:02d}", "question": q, "answerable": True, "must_contain": mc, "doc": doc})
    for j, (doc, q, kind, why, subject, absent) in enumerate(UNANSWERABLE, len(ANSWERABLE) + 1):
        qid = f"m{j:02d}"
        rows.append({"id": qid, "question": q, "answerable": False, "must_contain": [], "doc": doc})
        reasons[qid] = {"doc": doc, "question": q, "kind": kind, "why": why, "subject": subject, "absent": absent}
    return rows, reasons


def main():
    rows, reasons = build()
    (HERE.parent / "questions.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (HERE / "reasons.json").write_text(json.dumps(reasons, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
