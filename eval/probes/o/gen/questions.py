"""Writes ../questions.jsonl and reasons.json for probe o.

    python questions.py

must_contain: "a|b" means either alternative; the first alternative is always the form printed in the document.
reasons.json: for every unanswerable question the kind, why it is unanswerable, the nearby fact a weak system might
give instead ("tempting"), strings that must NOT occur in the document ("absent") and strings that must occur
("present", the nearby facts that make it a near miss); gen/check.py verifies both lists.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

A = "ramnasa_ftn_verksamhetsberattelse_2025.pdf"
B = "ekeslatt_bun_tjansteskrivelse_backaskolan_2025-11-04.docx"
C = "hallmyra_sbn_protokoll_2025-11-13.html"
D = "vindaker_kfn_utredning_bibliotekets_filialer_2025-10-20.md"
E = "sandmora_mhn_delarsrapport_jan-aug_2025.txt"
F = "tranebo_ks_kallelse_2026-01-20.pdf"

ANSWERABLE = [
    # --- A Ramnåsa: rotated landscape table, bar chart, prose
    (A, "vakansgraden i ramnåsas kommunala lokaler 2022?", ["3,8"]),
    (A, "Vad kostade lokalerna per kvm i Ramnåsa 2025 jämfört med 2019 enl fastighetsnämndens nyckeltal",
     ["1 338", "1 084"]),
    (A, "hur mycket energi per kvadratmeter gick åt i ramnåsas fastigheter 2023", ["136"]),
    (A, "Vilket resultat gjorde fastighetsnämnden i Ramnåsa 2025 och hur såg det ut året innan?", ["1,4", "2,1"]),
    (A, "varför blev det pengar över i projektet med Tallåsens skola i Ramnåsa",
     ["markförorening|förorenad mark|föroreningar|sanering"]),
    (A, "How many square metres of premises did Ramnåsa's property committee manage in 2025?",
     ["212 480|212,480"]),
    # --- B Ekeslätt: tracked changes (inserted text counts, deleted does not)
    (B, "vad beräknas om- och tillbyggnaden av Bäckaskolan kosta totalt nu, Ekeslätt", ["42,3"]),
    (B, "När ska eleverna kunna flytta in i Bäckaskolan i Ekeslätt?", ["januari 2027|2027-01"]),
    (B, "vem är handläggare för ärendet om bäckaskolans investeringsram i ekeslätt", ["Lilja"]),
    (B, "hur mycket höjs internhyran för Bäckaskolan per år (Ekeslätt)?", ["3 420"]),
    (B, "Varför blev Bäckaskolan dyrare än kalkylen? Ekeslätts kommun", ["installationer|stomme", "radon"]),
    # --- C Hällmyra: Word-HTML protokoll
    (C, "vem justerade sbn:s protokoll 13 nov i Hällmyra", ["Strid"]),
    (C, "Hur röstade samhällsbyggnadsnämnden i Hällmyra om återremiss av detaljplanen för Glasblåsaren?",
     ["8 ja|åtta ja|8–2|8-2", "2 nej|två nej|8–2|8-2"]),
    (C, "vilka reserverade sig mot detaljplanen glasblåsaren i hällmyra", ["Vikström", "Lindell"]),
    (C, "Who declared a conflict of interest in the Glasblåsaren plan decision in Hällmyra, and who replaced him?",
     ["Åkerlund", "Hallgren"]),
    (C, "Hällmyra sbn prognos per oktober och varför", ["1 850", "bygglov"]),
    (C, "vad föreslår samhällsbyggnadsnämnden i Hällmyra att timavgiften för bygglov ska bli och från när",
     ["1 420", "1 februari 2026|2026-02-01"]),
    # --- D Vindåker: pandoc simple and multiline tables
    (D, "hur många besök hade Tallbo-filialen 2024 jämfört med 2023? (Vindåker)", ["7 620", "8 050"]),
    (D, "vad kostar ett besök på Lillåkers bibliotek i Vindåker", ["261"]),
    (D, "hur mycket sparar vindåker per år om man bara stänger lillåker och kör bokbuss istället", ["640"]),
    (D, "Hur många timmar i veckan skulle Stensunds bibliotek vara tillgängligt med meröppet enligt Vindåkers "
        "utredning?", ["60 timmar"]),
    (D, "när ska kultur- och fritidsnämnden i Vindåker besluta om biblioteksfilialerna", ["11 februari|2026-02-11"]),
    # --- E Sandmora: pdftotext -layout, two columns side by side
    (E, "hur stort underskott räknar miljö- och hälsoskyddsnämnden i Sandmora med för helåret", ["420"]),
    (E, "hur många livsmedelskontroller har Sandmora gjort jan-aug i år jmf med samma period i fjol",
     ["236", "251"]),
    (E, "varför går livsmedelskontrollen i Sandmora över budget", ["konsult", "avgiftsintäkt|intäkt"]),
    (E, "What was the median handling time for heat pump notifications in Sandmora, and what was it the year "
        "before?", ["9 dagar|9 days|nine days", "14 dagar|14 days|fourteen days"]),
    (E, "sjukfrånvaron hos miljö- och hälsoskyddsnämndens personal i sandmora jan–aug?", ["5,2"]),
    # --- F Tranebo: kallelse with coloured sidebar cards
    (F, "när och var är ks-mötet i Tranebo i januari", ["20 januari|2026-01-20", "Tärnan"]),
    (F, "vilket diarienummer har försäljningen av Hamnen 2:14 i Tranebo", ["KS/2025:0412"]),
    (F, "Hur mycket har Fjärdkajen bjudit för hamnmagasinet i Tranebo?", ["4 850 000|4,85 miljoner|4,85 mnkr"]),
    (F, "Who is the case officer for the motion on free public transport for young people in Tranebo?",
     ["Hjelm"]),
    (F, "vad skulle gratis kollektivtrafik för ungdomar kosta Tranebo per år", ["2,3"]),
]

UNANSWERABLE = [
    (A, "energianvändningen per kvm i Ramnåsas kommunala fastigheter 2020?", {
        "kind": "a year not reported (the neighbouring one is)",
        "subject": "energianvändning kWh/kvm 2020",
        "why": "Diagram 1 starts in 2021 (the new measuring method was introduced then) and the nyckeltal table "
               "has no energy row; no 2020 energy figure exists.",
        "tempting": "148 (2021, the first bar)",
        "absent": ["energianvändning 2020", "energianvändningen 2020"],
        "present": ["metoden infördes 2021", "2021–2025"]}),
    (A, "vilken vakansgrad har fastighetsnämnden i Ramnåsa som mål för 2026", {
        "kind": "a budget/target value that is not set",
        "subject": "vakansgrad budget 2026",
        "why": "The Budget 2026 cell of the Vakansgrad row is '–'; the note says no budget is given for "
               "vakansgrad, felanmälningar and NKI.",
        "tempting": "2,4 (the 2025 outcome) or the falling trend",
        "absent": ["mål för vakansgrad", "målvärde"],
        "present": ["Budget anges inte för vakansgrad"]}),
    (A, "vad fick Ramnåsas fastighetsnämnd för nöjd-kund-index 2020", {
        "kind": "a value not measured",
        "subject": "NKI 2020",
        "why": "The NKI row shows '–' for 2020 and note ¹ says no customer survey was made in 2020.",
        "tempting": "68 (2019) or 71 (2021)",
        "absent": [],
        "present": ["Ingen kundundersökning genomfördes 2020"]}),
    (B, "vad beslutade BUN i Ekeslätt om investeringsramen för Bäckaskolan", {
        "kind": "a decision where only a proposal exists",
        "subject": "barn- och utbildningsnämndens beslut",
        "why": "The document is the förvaltning's tjänsteskrivelse with a Förslag till beslut; no decision of "
               "the nämnd is recorded (and the ram itself is for kommunfullmäktige).",
        "tempting": "42,3 mnkr / the nämnd asked KS for a larger ram",
        "absent": ["nämnden beslutade", "nämnden har beslutat", "beslutade nämnden", "protokollsutdrag"],
        "present": ["Förslag till beslut", "föreslår kommunstyrelsen"]}),
    (B, "How will the extra cost for Bäckaskolan be financed, Ekeslätt?", {
        "kind": "a fact that exists only as a tracked deletion",
        "subject": "finansiering av merkostnaden",
        "why": "Both sentences on financing ('… genom att ombyggnaden av Rönnbäckens förskola skjuts upp', 'att-sats "
               "2. Merkostnaden finansieras genom omprioritering …') are w:del deletions; the accepted text says "
               "nothing about how the extra investment is financed (only that the higher internhyra must fit "
               "the driftram).",
        "tempting": "Rönnbäckens förskola is postponed / omprioritering inom investeringsbudgeten",
        "absent": ["Rönnbäcken", "omprioriter", "skjuts upp", "finansieras genom"],
        "present": []}),
    (B, "vad kostar paviljongerna under ombyggnaden av bäckaskolan, ekeslätt", {
        "kind": "a cost the document says is not included",
        "subject": "tillfälliga paviljonger",
        "why": "The text says the cost of the temporary pavilions is not in the kalkyl and is reported in a "
               "separate ärende; no amount is given.",
        "tempting": "4,0 mnkr (Oförutsett) or 42,3 mnkr (the total)",
        "absent": ["paviljongerna kostar", "paviljonger för"],
        "present": ["ingår inte i kalkylen"]}),
    (C, "vilket datum fastställde kommunfullmäktige i Hällmyra den nya timavgiften i bygglovstaxan", {
        "kind": "a decision where only a proposal exists (another board)",
        "subject": "kommunfullmäktiges beslut om timavgiften",
        "why": "§ 122 only proposes to kommunfullmäktige; no KF decision or KF meeting date is given.",
        "tempting": "2026-02-01 (the proposed date of effect) or 2025-11-13 (the nämnd meeting)",
        "absent": ["fullmäktige beslutade", "fullmäktige fastställde", "fullmäktige har"],
        "present": ["föreslår kommunfullmäktige besluta"]}),
    (C, "vad var samhällsbyggnadsnämndens prognos i september, Hällmyra", {
        "kind": "a month not reported (the neighbouring one is)",
        "subject": "prognos per september",
        "why": "§ 119 gives only the prognosis per 31 October (−1 850 tkr); no September figure.",
        "tempting": "−1 850 tkr (October)",
        "absent": ["september", "augusti"],
        "present": ["per den 31 oktober"]}),
    (C, "hur många bostäder blir det på Norrskogen 1:12 i Hällmyra", {
        "kind": "a detail the document leaves open",
        "subject": "antal bostäder Norrskogen 1:12",
        "why": "§ 121 says the number of homes is decided in the planarbete; 86 lägenheter belong to "
               "Glasblåsaren (§ 120).",
        "tempting": "86 (kv. Glasblåsaren)",
        "absent": [],
        "present": ["Antalet bostäder och deras utformning prövas i planarbetet"]}),
    (D, "What did Vindåker's culture and leisure committee decide about the Lillåker branch library?", {
        "kind": "a decision not yet taken (utredning only)",
        "subject": "nämndens beslut om Lillåker",
        "why": "The utredning recommends alternative C; the nämnd is to decide on 11 February 2026 and the text "
               "says no decision has been taken.",
        "tempting": "Lillåker closes / alternative C",
        "absent": ["nämnden beslutade", "nämnden har beslutat"],
        "present": ["Något beslut om filialerna är alltså inte fattat"]}),
    (D, "hur många utlån hade Tallbo bibliotek 2024 i Vindåker", {
        "kind": "a breakdown that is not given",
        "subject": "utlån per filial",
        "why": "Only the total number of loans (214 600) is given; loans are not registered per unit.",
        "tempting": "214 600 (all units) or 7 620 (Tallbo's visits)",
        "absent": ["utlån i Tallbo", "utlån per filial"],
        "present": ["utlånen", "inte per enhet"]}),
    (D, "antal besök på Åmyra bibliotek 2025 vindåker?", {
        "kind": "a year not reported (the neighbouring one is)",
        "subject": "besök 2025",
        "why": "The table covers 2021–2024; the text says the 2025 statistics are compiled in January 2026.",
        "tempting": "16 980 (2024)",
        "absent": ["2025: ", "besök 2025"],
        "present": ["Besöksstatistiken för 2025 sammanställs i januari 2026"]}),
    (E, "hur många livsmedelskontroller gjorde Sandmora under hela 2024", {
        "kind": "a period not reported (a part of it is)",
        "subject": "livsmedelskontroller helår 2024",
        "why": "Only January–August 2024 (251) is given, and 410 is the plan for 2025.",
        "tempting": "251 (jan–aug 2024) or 410 (planned 2025)",
        "absent": ["hela 2024", "helåret 2024"],
        "present": ["Under januari–augusti 2024 var antalet"]}),
    (E, "sjukfrånvaron på livsmedelsenheten i Sandmora?", {
        "kind": "a breakdown that is not given",
        "subject": "sjukfrånvaro per enhet",
        "why": "Sjukfrånvaro is given for the whole förvaltning only; the text says it is not reported per unit.",
        "tempting": "5,2 procent (the total)",
        "absent": [],
        "present": ["Sjukfrånvaron redovisas inte per enhet"]}),
    (F, "vad beslutade ks i Tranebo om försäljningen av Hamnen 2:14", {
        "kind": "a decision where only a proposal exists",
        "subject": "kommunstyrelsens beslut om försäljningen",
        "why": "The document is the kallelse; it gives only the Förslag till beslut.",
        "tempting": "KS proposed KF to approve the sale to Fjärdkajen Fastigheter AB for 4 850 000 kr",
        "absent": ["sammanträdesprotokoll", "kommunstyrelsen beslutade", "beslutade att"],
        "present": ["Förslag till beslut"]}),
    (F, "vem justerar ks-protokollet i tranebo den 20 januari", {
        "kind": "a person not named",
        "subject": "justerare",
        "why": "Item 1 says that KS will choose a justerare at the meeting; no name is given (only the time of "
               "justering, 23 januari 2026).",
        "tempting": "Gunilla Sjöberg (ordförande) or Malin Forsberg (sekreterare)",
        "absent": ["Justerare:", "utses att justera"],
        "present": ["utser en ledamot att jämte ordföranden justera"]}),
]


def build():
    rows, reasons = [], {}
    for i, (doc, q, mc) in enumerate(ANSWERABLE, 1):
        rows.append({"id": f"o{i:02d}", "question": q, "answerable": True, "must_contain": mc, "doc": doc})
    for j, (doc, q, r) in enumerate(UNANSWERABLE, len(ANSWERABLE) + 1):
        qid = f"o{j:02d}"
        rows.append({"id": qid, "question": q, "answerable": False, "must_contain": [], "doc": doc})
        reasons[qid] = {"doc": doc, "question": q, **r}
    return rows, reasons


def main():
    rows, reasons = build()
    (HERE.parent / "questions.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (HERE / "reasons.json").write_text(json.dumps(reasons, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
