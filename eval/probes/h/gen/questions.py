"""Writes ../questions.jsonl and reasons.json (the 48 probe-h questions and, for the 16
unanswerable ones, why they are unanswerable). Run with any Python 3."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

D1 = "ramsvik_kf_protokoll_2026-04-27.pdf"
D2 = "ljusmala_sn_kallelse_2025-12-09.docx"
D3 = "hjortstrand_von_manadsuppfoljning_okt_2025.html"
D4 = "ekgarde_bun_delarsrapport_aug_2025.pdf"
D5 = "furuhamra_mhn_taxa_2026_epost.txt"
D6 = "storlida_revision_foreningsbidrag_2025.md"
DOCS = [D1, D2, D3, D4, D5, D6]

# (question, must_contain, doc)
ANSWERABLE = [
    # D1 Ramsvik, KF protokoll 2026-04-27 (PDF)
    ("hur röstade KF i Ramsvik om mer pengar till simhallen, hur många ja och nej blev det", ["22 ja", "16 nej"], D1),
    ("Vilka reserverade sig när fullmäktige i Ramsvik utökade ramen för simhallsbygget?",
     ["Strand", "Moderaternas|(M)"], D1),
    ("Vad landade Ramsviks kommuns resultat på för 2025 enligt årsredovisningen som KF godkände?", ["38,6"], D1),
    ("vilket dnr har simhallsärendet i Ramsvik", ["KS 2025:0211"], D1),
    ("What is the new investment budget for the swimming pool rebuild that Ramsvik's council approved in April "
     "2026, and by how much was it raised?", ["168", "26,0|26.0|26 m"], D1),
    ("Vilka två ledamöter justerar KF-protokollet från 27 april i Ramsvik?", ["Holm", "Sandell"], D1),
    # D2 Ljusmåla, SN kallelse 2025-12-09 (DOCX)
    ("När och var har socialnämnden i Ljusmåla sitt decembermöte?", ["9 december", "Linnean"], D2),
    ("vem föredrar internkontrollplanen på SN:s möte i ljusmåla 9 dec", ["Blom"], D2),
    ("Vilket diarienummer har ärendet om nya riktlinjer för ek bistånd i Ljusmålas SN?", ["SN/2025:88"], D2),
    ("hur mycket mer per år beräknas de reviderade riktlinjerna för ekonomiskt bistånd kosta i Ljusmåla",
     ["1 150"], D2),
    ("Hur många hushåll hade ek bistånd i Ljusmåla i oktober 2025, och hur många var det ett år tidigare?",
     ["612", "574"], D2),
    ("Vad föreslås bidraget till hemutrustning för ett enpersonshushåll bli i Ljusmåla, och från när ska det gälla?",
     ["12 500", "2026-01-01"], D2),
    # D3 Hjortstrand, VON månadsuppföljning oktober 2025 (HTML div grid)
    ("Vilken verksamhet inom VON i Hjortstrand har störst prognostiserat underskott för 2025 och hur stort är det?",
     ["Särskilt boende", "7 500"], D3),
    ("vilka verksamheter i hjortstrands vård- och omsorgsnämnd beräknas gå över budget i år",
     ["Särskilt boende", "LSS", "Hälso- och sjukvård"], D3),
    ("Vad är helårsprognosen för hemtjänsten i Hjortstrand 2025?", ["123 350"], D3),
    ("Hur mycket har särskilt boende i Hjortstrand kostat jan–okt i år jämfört med samma period i fjol?",
     ["156 900", "148 200"], D3),
    ("varför drar särskilt boende över budget i Hjortstrand", ["Solgläntan"], D3),
    # D4 Ekgärde, BUN delårsrapport aug 2025 (PDF, U+202F thousands separator, transposed Nyckeltal)
    ("Hur stort underskott prognostiserar grundskolan i Ekgärde för helåret 2025?", ["4 100,0|4 100|-4 100,0"], D4),
    ("hur många barn gick i förskolan i Ekgärde 2023 enligt BUN:s nyckeltal", ["1 139"], D4),
    ("What was the cost per pupil in compulsory school (F–9) in Ekgärde in 2024, and what is the forecast for 2025?",
     ["121 460|121,460", "124 900|124,900"], D4),
    ("Vilket mål har BUN i Ekgärde för andelen behöriga till yrkesprogram, och vad blev utfallet våren 2025?",
     ["88 procent", "83,7"], D4),
    ("varför går grundskolan i ekgärde back mot budget i år", ["tilläggsbelopp"], D4),
    # D5 Furuhamra, miljö- och hälsoskyddsnämndens taxa (plain-text e-mail)
    ("Vad blir den nya timavgiften för miljötillsyn i Furuhamra och när ska den börja gälla?",
     ["1 350", "1 februari 2026|2026-02-01"], D5),
    ("vad kostar en ansökan om enskilt avlopp i Furuhamra idag och vad föreslås den bli", ["5 900", "6 750"], D5),
    ("By what percentage would the hourly fee for food inspections go up in Furuhamra under the proposed taxa?",
     ["14,5|14.5"], D5),
    ("När är det tänkt att KF i Furuhamra ska ta ställning till den nya miljötaxan?", ["2025-12-15"], D5),
    ("Hur hög blir självkostnadstäckningen för miljötillsynen i Furuhamra med den föreslagna taxan?",
     ["71 procent|71 %|71%"], D5),
    # D6 Storlida, revisionsrapport föreningsbidrag (Markdown, definition lists)
    ("Hur bedömde revisorerna i Storlida KFN:s uppföljning av att föreningsbidragen används till rätt saker?",
     ["Ej uppfyllt"], D6),
    ("hur många ansökningar om föreningsbidrag kom in i Storlida 2024 jämfört med 2023", ["1 318", "1 206"], D6),
    ("How much did Storlida pay out in grants to local associations in 2024?", ["11,6|11.6"], D6),
    ("Vad rekommenderar revisorerna i Storlida när det gäller kontrollen av utbetalningarna av föreningsbidrag?",
     ["dualitet|ytterligare en person"], D6),
    ("när vill revisorerna ha svar från kultur- och fritidsnämnden i storlida", ["2026-02-27"], D6),
]

# (question, doc, kind, why, subject words, strings that must be absent from the document)
UNANSWERABLE = [
    ("Hur många ja- och nej-röster fick V:s motion om gratis kollektivtrafik för 75-plussare i Ramsviks KF?", D1,
     "vote_not_held", "§ 115 was decided without a vote (votering begärs inte); the voteringslista covers § 114 only.",
     ["motion", "kollektivtrafik", "votering"], ["voteringen gäller § 115"]),
    ("vad blev Ramsviks resultat för 2024", D1, "period_not_reported",
     "The protokoll only reports the 2025 result from the årsredovisning; no 2024 figure is given.",
     ["resultat", "2024"], ["2024"]),
    ("Vad beräknas den nya simhallen i Ramsvik kosta i drift per år?", D1, "cost_not_stated",
     "Only the investment frame (168,0 mnkr) is stated, no operating cost.", ["simhall", "driftkostnad"],
     ["driftkostnad", "kostnad per år"]),
    ("Vad beslutade socialnämnden i Ljusmåla om de reviderade riktlinjerna för ek bistånd?", D2,
     "decision_only_proposed", "The document is a kallelse with the förvaltning's proposal; the meeting has not "
     "taken place, so there is no decision.", ["riktlinjer", "ekonomiskt bistånd", "beslut"],
     ["Socialnämndens beslut", "Socialnämnden beslutade"]),
    ("How much will the agreement on places in sheltered housing (skyddat boende) cost Ljusmåla's social services "
     "board in 2026?", D2, "cost_not_stated",
     "Item 7 is on the agenda but its tjänsteskrivelse is handed out at the meeting; no cost is given.",
     ["skyddat boende", "avtal", "kostnad"], ["skyddat boende kostar", "platspris"]),
    ("Hur stor var budgeten för ekonomiskt bistånd i Ljusmåla 2025?", D2, "period_not_reported",
     "Only the 2026 budget (58 400 tkr) is stated.", ["budget", "ekonomiskt bistånd", "2025"],
     ["budgeten för ekonomiskt bistånd 2025"]),
    ("vad är prognosen för hemtjänsten i norra distriktet i Hjortstrand", D3, "sub_not_broken_out",
     "Hemtjänst is reported as one row; no district breakdown.", ["hemtjänst", "distrikt"], ["distrikt"]),
    ("What was the actual outcome for Hjortstrand's elderly care board (vård- och omsorgsnämnden) through November "
     "2025?", D3, "period_not_reported", "The report covers January–October; no November figures.",
     ["utfall", "november"], ["november", "jan–nov"]),
    ("Vilken budget har VON i Hjortstrand fått för 2026?", D3, "period_not_reported",
     "Only the 2025 budget is given.", ["budget", "2026"], ["Budget 2026"]),
    ("Hur många barn gick i förskolan i Ekgärde 2020?", D4, "period_not_reported",
     "The Nyckeltal table starts in 2021.", ["förskola", "antal barn", "2020"], ["2020"]),
    ("vad kostar en elev i gymnasieskolan per år i Ekgärde", D4, "sub_not_broken_out",
     "Cost per pupil is given for F–9 only.", ["kostnad per elev", "gymnasieskola"],
     ["per elev i gymnasieskolan", "Kostnad per elev, gymnasie"]),
    ("Vilken budgetavvikelse prognostiserar Kyrkbyskolan i Ekgärde för 2025?", D4, "sub_not_broken_out",
     "Drift is reported per verksamhet, not per school; Kyrkbyskolan is mentioned only for the delayed matsal "
     "investment.", ["Kyrkbyskolan", "prognos"], ["Kyrkbyskolan prognostiserar"]),
    ("Har kommunfullmäktige i Furuhamra antagit den nya taxan för miljö- och hälsoskyddsnämnden?", D5,
     "decision_only_proposed", "The tjänsteskrivelse only plans KF treatment on 2025-12-15; no decision is recorded.",
     ["kommunfullmäktige", "taxa", "beslut"], ["Kommunfullmäktige beslutade", "fullmäktige har antagit"]),
    ("vad blir den årliga tillsynsavgiften för en bensinstation i Furuhamra med den nya taxan", D5,
     "sub_not_broken_out", "Annual fees depend on the timfaktorer in bilaga 1, which is not included.",
     ["årlig avgift", "verksamhetskod"], ["bensinstation", "drivmedel"]),
    ("Vad svarade kultur- och fritidsnämnden i Storlida på revisorernas rekommendationer om föreningsbidragen?", D6,
     "answer_requested_not_given", "The answer is requested by 2026-02-27 but not included.",
     ["svar", "rekommendationer"], ["Nämndens yttrande", "nämnden har beslutat"]),
    ("hur mycket föreningsbidrag fick Storlida IK 2024", D6, "sub_not_broken_out",
     "Grants are given per bidragsform, not per förening.", ["förening", "bidrag", "2024"], ["Storlida IK"]),
]


def build():
    assert len(ANSWERABLE) == 32 and len(UNANSWERABLE) == 16
    rows, reasons = [], {}
    for i, (q, mc, doc) in enumerate(ANSWERABLE, 1):
        rows.append({"id": f"h{i:02d}", "question": q, "answerable": True, "must_contain": mc, "doc": doc})
    for j, (q, doc, kind, why, subj, absent) in enumerate(UNANSWERABLE, len(ANSWERABLE) + 1):
        qid = f"h{j:02d}"
        rows.append({"id": qid, "question": q, "answerable": False, "must_contain": [], "doc": doc})
        reasons[qid] = {"question": q, "doc": doc, "kind": kind, "why": why, "subject": subj, "absent": absent}
    return rows, reasons


if __name__ == "__main__":
    rows, reasons = build()
    with open(HERE.parent / "questions.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    (HERE / "reasons.json").write_text(json.dumps(reasons, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} questions, {len(reasons)} reasons")
