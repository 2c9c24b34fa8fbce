"""Builds ../questions.jsonl and reasons.json (the near misses) for probe r.

    cd eval/probes/r/gen && ../../../../.venv/bin/python questions.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
A = "lomtjarna_sn_protokoll_2025-11-12.pdf"
B = "brattvik_von_delarsrapport_jan-aug_2025.docx"
C = "hogslatta_bun_kallelse_2025-12-09.md"
D = "oxhalla_kf_protokoll_2025-11-24.html"
E = "igelsjo_on_verksamhetsberattelse_2025.txt"
F = "odmora_revisionsrapport_fastighetsunderhall_2025.pdf"

ANSWERABLE = [
    # Lomtjärna, socialnämndens protokoll (PDF)
    (A, "Hur gick omröstningen i Lomtjärna socialnämnd om de nya riktlinjerna för försörjningsstöd?",
     ["7 ja|7-4|sju ja", "4 nej|7-4|fyra nej"]),
    (A, "vilka reserverade sig mot beslutet om ekonomiskt bistånd i sn lomtjärna den 12 nov", ["Strand", "Osmani",
                                                                                                 "Holmgren"]),
    (A, "What deviation is forecast for ekonomiskt bistånd in Lomtjärna's October 2025 follow-up (socialnämnden)?",
     ["4,1|4.1"]),
    (A, "Vilken högsta boendekostnad för en ensamstående gäller enligt Lomtjärnas nya biståndsriktlinjer, och vad "
        "ville S ha?", ["7 600|7600", "8 100|8100"]),
    (A, "diarienummer på sn:s yttrande över motionen om stödboende för unga vuxna, Lomtjärna",
     ["SN 2025/0166|2025/0166"]),
    (A, "Lomtjärna soc: vilka insatser rörde de ej verkställda besluten i kv 3?",
     ["kontaktperson", "kontaktfamilj", "stödboende"]),
    # Brattvik, vård- och omsorgsnämndens delårsrapport (DOCX)
    (B, "Vilken helårsprognos har hemtjänsten i Brattvik och hur stor blir avvikelsen mot budget?",
     ["151 100|151100|151,1 mnkr", "8 800|8800|8,8 mnkr"]),
    (B, "varför går särskilt boende i brattvik över budget i år", ["Lindgläntan", "vaknatt|nattbemanning"]),
    (B, "What total deficit does Brattvik's elderly care board (vård- och omsorgsnämnden) forecast for 2025?",
     ["12 500|12500|12,5 mnkr|12.5"]),
    (B, "utfall jan-aug för funktionsstöd LSS, Brattvik von", ["82 310|82310|82,3 mnkr"]),
    (B, "Brattvik: vad beror överskottet inom hälso- och sjukvården på?", ["vakant|vakans", "sjuksköterska"]),
    (B, "hur hög var sjukfrånvaron i Brattviks vård och omsorg jan–aug 2025 jämfört med året innan",
     ["10,2", "9,6"]),
    # Högslätta, BUN kallelse med tjänsteskrivelser (markdown)
    (C, "När och var har bun i Högslätta sitt decembersammanträde?", ["9 december 2025|2025-12-09", "Gullvivan"]),
    (C, "vem handlägger skolskjutsärendet hos Högslätta bun", ["Sandberg"]),
    (C, "Högslätta skolskjuts: vilken ny avståndsgräns föreslås för mellanstadiet och hur mycket dyrare blir det "
        "totalt per år?", ["2,5 kilometer|2,5 km", "0,8 mnkr|0,8 miljoner"]),
    (C, "dnr för ärendet om Västerbyskolans lokaler, bun högslätta", ["BUN 2025/274|2025/274"]),
    (C, "Hur många elever väntas Västerbyskolan i Högslätta ha år 2030, och hur många är skolan byggd för?",
     ["390", "330"]),
    # Oxhälla, kommunfullmäktiges protokoll (HTML)
    (D, "hur röstade kf i Oxhälla om budgeten för 2026", ["27 ja|27-22", "22 nej|27-22"]),
    (D, "Vilken skattesats fastställde Oxhällas fullmäktige för nästa år?", ["21,84"]),
    (D, "What did the Oxhälla council decide on the motion about free bus travel for residents over 75?",
     ["avslås|avslag|rejected|reject"]),
    (D, "vem ställde interpellationen om kontinuiteten i hemtjänsten i Oxhälla kf och vem svarade",
     ["Lind", "Ekdahl"]),
    (D, "Hur stor driftram får socialnämnden 2026 i Oxhälla?", ["298,3"]),
    # Igelsjö, omsorgsnämndens verksamhetsberättelse (text)
    (E, "beläggnigsgrad särskilt boende i Igelsjö 2025 jmf med 2024?", ["92,3", "94,8"]),
    (E, "Igelsjö omsorgsnämnd: kostnad per brukare i hemtjänsten 2023", ["281 900|281900"]),
    (E, "nådde Igelsjö omsorgsnämnden sitt mål om sjukfrånvaron 2025?",
     ["ej uppfyllt|inte uppfyllt|inte nått|uppnåddes inte", "8,2"]),
    (E, "vad blev utfallet för heltidsmålet i Igelsjö och hur stor andel jobbar heltid", ["Uppfyllt|uppnått", "82,4"]),
    (E, "Hur många brukare hade hemtjänst i Igelsjö vid slutet av 2022?", ["412"]),
    # Ödmora, revisionsrapport (PDF)
    (F, "senaste datum för tn:s svar på revisionens granskning av fastighetsunderhållet i Ödmora?",
     ["27 februari 2026|2026-02-27"]),
    (F, "Ödmora revision: vilken bedömnig fick kontrollmålet om aktuella underhållsplaner", ["Delvis uppfyllt|delvis"]),
    (F, "What is the first recommendation in the Ödmora audit of property maintenance?",
     ["vart tredje år|every three years|every third year|three years"]),
    (F, "hur mkt var budgeterat för planerat underhåll 2024 i Ödmora och hur mycket gick åt", ["14,5", "9,8"]),
    (F, "Vem på Kompass genomförde ödmoras granskning av fastighetsunderhållet?", ["Jenny Falk|Falk", "Rostami"]),
]

UNANSWERABLE = [
    (A, "Vad var prognosen för ekonomiskt bistånd i Lomtjärna efter september?", {
        "kind": "period not reported",
        "subject": "prognos ekonomiskt bistånd",
        "why": "Only the October follow-up is in the protokoll (and the total's change since August); no September "
               "follow-up and no per-verksamhet figure for another month.",
        "tempting": "-4,1 mnkr (the October forecast)",
        "absent": ["per september", "uppföljning september"], "present": ["per oktober 2025", "-4,1"]}),
    (A, "Hur stor andel av Lomtjärnas hushåll får försörjningsstöd?", {
        "kind": "different measure (count given, not the rate)",
        "subject": "hushåll med ekonomiskt bistånd",
        "why": "The protokoll gives the number of households (412 in October, 371 a year earlier) but neither a "
               "share nor the number of households in the municipality.",
        "tempting": "412 hushåll",
        "absent": ["procent av hushållen", "andel hushåll"], "present": ["412 hushåll"]}),
    (A, "Vad beslutade kommunfullmäktige i Lomtjärna om motionen om stödboendeplatser?", {
        "kind": "decision asked, only a proposal exists",
        "subject": "motion om stödboende",
        "why": "Socialnämnden only proposes to KF that the motion be considered answered; KF's decision is not in "
               "the document.",
        "tempting": "motionen anses besvarad",
        "absent": ["kommunfullmäktige beslutade", "fullmäktige har beslutat"],
        "present": ["föreslår kommunfullmäktige besluta"]}),
    (B, "Brattvik von: vad var utfallet för hemtjänsten per sista juni?", {
        "kind": "period not reported",
        "subject": "utfall hemtjänst",
        "why": "The report gives utfall for January–August only (and an April forecast for the total); no "
               "half-year figure.",
        "tempting": "101 460 tkr (jan–aug)",
        "absent": ["jan–jun", "30 juni"], "present": ["101 460"]}),
    (B, "Hur stort underskott har hemtjänsten i område Norr i Brattvik?", {
        "kind": "sub-unit figure not given",
        "subject": "hemtjänst område Norr",
        "why": "Område Norr is named as where the growth is largest, but the deficit is only given for hemtjänst "
               "as a whole.",
        "tempting": "8 800 tkr (all of hemtjänst)",
        "absent": ["Norr:", "område Norr visar"], "present": ["område Norr", "8 800"]}),
    (B, "Hur många brukare har hemtjänst i Brattvik?", {
        "kind": "different measure (hours given, not the number of users)",
        "subject": "hemtjänstens volym",
        "why": "Only the number of performed hours (204 300 jan–aug, 187 400 in 2024) is given; no count of "
               "brukare.",
        "tempting": "204 300 (hours)",
        "absent": ["brukare med hemtjänst", "antal brukare"], "present": ["204 300"]}),
    (C, "vad beslutade bun i Högslätta om avståndsgränsen för skolskjuts åk 4-6?", {
        "kind": "decision asked, only a proposal exists",
        "subject": "skolskjutsregler",
        "why": "The document is a kallelse; it holds only the förvaltning's förslag till beslut (2,5 km), not the "
               "nämnd's decision.",
        "tempting": "2,5 kilometer",
        "absent": ["nämnden beslutade", "beslutade att"], "present": ["föreslår att barn- och utbildningsnämnden"]}),
    (C, "Högslätta: vad kostar skolskjutsen per elev?", {
        "kind": "different measure (total given, not per pupil)",
        "subject": "skolskjutskostnad",
        "why": "Only the total cost (14,2 mnkr 2024) and the extra cost of about 60 newly entitled pupils are "
               "given; the number of pupils using skolskjuts is not.",
        "tempting": "14,2 mnkr, or 10 000 kr (0,6 mnkr / 60)",
        "absent": ["per elev"], "present": ["14,2 mnkr"]}),
    (C, "Vilket alternativ valdes för Västerbyskolan i Högslätta, tillbyggnad eller ny skola?", {
        "kind": "planned, not yet done",
        "subject": "Västerbyskolan",
        "why": "Only a förstudie of both alternatives is proposed; the tjänsteskrivelse says no choice is made now.",
        "tempting": "Alternativ A, tillbyggnad (48 mnkr)",
        "absent": ["valt alternativ", "nämnden valde"], "present": ["Något val mellan alternativen görs inte"]}),
    (D, "Vilken ram får kfn i Oxhälla år 2027?", {
        "kind": "year not reported",
        "subject": "ram kultur- och fritidsnämnden",
        "why": "Driftramar per nämnd are given for 2026 only; for the plan years only the total result.",
        "tempting": "48,7 mnkr (2026)",
        "absent": ["Ram 2027"], "present": ["Ram 2026", "48,7"]}),
    (D, "Vilket företag ska leverera hemtjänstens nya planeringssystem i Oxhälla?", {
        "kind": "who/which not stated (planned)",
        "subject": "planeringssystem hemtjänst",
        "why": "The interpellation answer only says a procurement is to start in spring 2026; no supplier exists.",
        "tempting": "any supplier name; 'våren 2026'",
        "absent": ["leverantör", "tilldelas"], "present": ["nytt planeringssystem"]}),
    (D, "hur många pensionärer över 75 åker buss idag i Oxhälla?", {
        "kind": "different measure (residents given, not travellers)",
        "subject": "motion avgiftsfri kollektivtrafik",
        "why": "The motion answer gives the number of residents aged 75+ (about 4 300) and the revenue loss, not "
               "how many of them travel by bus.",
        "tempting": "4 300",
        "absent": ["resenärer", "reser i dag"], "present": ["4 300 personer"]}),
    (E, "What was sick leave in Igelsjö's care committee in 2021?", {
        "kind": "year not reported",
        "subject": "sjukfrånvaro",
        "why": "The nyckeltal table covers 2022–2025; 2021 is not reported anywhere.",
        "tempting": "9,8 % (2022)",
        "absent": ["2021"], "present": ["9,8"]}),
    (E, "beläggningsgraden på Åsgården i Igelsjö 2025?", {
        "kind": "named entity's figure not given",
        "subject": "beläggningsgrad särskilt boende",
        "why": "Åsgården is named (residents moved there from Solvik) but beläggningsgrad is only given for all "
               "särskilt boende.",
        "tempting": "92,3 % (all särskilt boende)",
        "absent": ["Åsgården hade", "Åsgårdens beläggning"], "present": ["Åsgården", "92,3"]}),
    (F, "How did Ödmora's technical committee respond to the audit recommendations on property maintenance?", {
        "kind": "planned, not yet done",
        "subject": "tekniska nämndens svar",
        "why": "The auditors ask for an answer by 27 February 2026; the report contains no answer.",
        "tempting": "the five recommendations themselves",
        "absent": ["nämnden svarar", "i sitt svar"], "present": ["begär svar senast den 27 februari 2026"]}),
    (F, "Hur mycket av underhållsbudgeten för 2025 har Ödmora använt?", {
        "kind": "year not reported",
        "subject": "utfall planerat underhåll",
        "why": "The table gives utfall for 2023 and 2024; for 2025 only the budget (15,2) with 'Ej klart'.",
        "tempting": "15,2 mnkr (the 2025 budget) or 9,8 (2024)",
        "absent": ["utfall 2025"], "present": ["Ej klart", "15,2"]}),
]


def build():
    rows, reasons = [], {}
    for i, (doc, q, mc) in enumerate(ANSWERABLE, 1):
        rows.append({"id": f"r{i:02d}", "question": q, "answerable": True, "must_contain": mc, "doc": doc})
    for j, (doc, q, r) in enumerate(UNANSWERABLE, len(ANSWERABLE) + 1):
        qid = f"r{j:02d}"
        rows.append({"id": qid, "question": q, "answerable": False, "must_contain": [], "doc": doc})
        reasons[qid] = {"doc": doc, "question": q, **r}
    return rows, reasons


if __name__ == "__main__":
    rows, reasons = build()
    (HERE.parent / "questions.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (HERE / "reasons.json").write_text(json.dumps(reasons, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(rows), "questions,", len(reasons), "near misses")
