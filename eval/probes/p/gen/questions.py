"""Writes ../questions.jsonl and reasons.json for probe p.

    python questions.py

must_contain: "a|b" means either alternative; the first alternative is always the form printed in the document.
reasons.json: for every unanswerable question the kind, why it is unanswerable, the nearby fact a weak system might
give instead ("tempting"), strings that must NOT occur in the document ("absent") and strings that must occur
("present", the nearby facts that make it a near miss); gen/check.py verifies both lists.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

A = "ugglebo_sn_internbudget_2026_plan_2027-2028.pdf"
B = "mortsjo_tn_internkontroll_uppfoljning_2025.pdf"
C = "stavreby_bou_utredning_maltidsorganisation_2025-10-28.docx"
D = "ekornas_von_manadsrapport_2025-11.md"
E = "lindskara_ks_protokollsutdrag_2025-12-02.txt"
F = "trastbo_bmn_kallelse_2026-01-27.html"

ANSWERABLE = [
    # --- A Ugglebo: Excel-printed budget PDF (period thousands separator, red parentheses, merged headers)
    (A, "vad är budgeten för försörjningsstöd i ugglebo 2026 jmf med 2025?",
     ["41.200|41 200|41200", "36.500|36 500|36500"]),
    (A, "Ugglebo socialnämnd: hur mycket är LSS-boende planerat till 2028", ["73.800|73 800|73800"]),
    (A, "hur stort underskott hade socialnämnden i Ugglebo i bokslutet 2024?", ["4.820|4 820|4820|4,8 mnkr"]),
    (A, "ugglebo soc – hur mycket är ofinansierat i planen för 2027", ["1.850|1 850|1850|1,85 mnkr"]),
    (A, "How much has Ugglebo's social services committee budgeted for personal assistance in 2026?",
     ["23.600|23 600|23,600|23600|23.6 million"]),
    (A, "När fastställde socialnämnden i Ugglebo internbudgeten för 2026, och vilken paragraf?",
     ["2025-11-26|26 november 2025", "142"]),
    # --- B Mörtsjö: internkontroll matrix with vertically centred cells
    (B, "vilka kontrollmoment visade avvikelser i mörtsjö tekniska nämndens internkontroll 2025",
     ["direktupphandling", "nyckel", "lekplats"]),
    (B, "Mörtsjö: i hur många av stickproven på direktupphandlingar saknades dokumentation?",
     ["7 av 25|7 of 25|sju av 25|7 av de 25|7 stickprov"]),
    (B, "hur bedömdes konsekvensen i riskbedömningen för lekplatsbesiktningen, mörtsjö", ["Allvarlig"]),
    (B, "varför gjordes inte kontrollen av skyddsronder i mörtsjö tn?", ["vakan"]),
    (B, "Hur många nycklar gick inte att spåra vid nyckelinventeringen i Mörtsjö?", ["137"]),
    (B, "Who is responsible for the direct procurement check in Mörtsjö's internal control follow-up?", ["Wahl"]),
    # --- C Stavreby: DOCX with TOC field, Word-numbered headings, vMerge/gridSpan tables
    (C, "vilket alternativ förordar förvaltningen i stavrebys måltidsutredning?",
     ["områdeskök|alternativ 3|alternative 3"]),
    (C, "Stavreby – vad kostar det att bygga ett nytt centralkök enligt utredningen", ["96,0|96 mnkr|96 miljoner"]),
    (C, "årlig driftkostnad om stavreby väljer fyra områdeskök?", ["46,3"]),
    (C, "vem har gjort utredningen om måltidsverksamheten i Stavreby", ["Sköld"]),
    (C, "vilken sorts kök har Solvändans förskola i Stavreby idag", ["tillagningskök"]),
    # --- D Ekornäs: Notion Markdown export
    (D, "ekornäs äldreomsorg: helårsprognos i november och vad var den i oktober?",
     ["2,1|2 100", "1,6|1 600"]),
    (D, "hur mycket beräknas sjuksköterskeorganistionen i ekornäs kosta för helåret", ["20 100|20100"]),
    (D, "varför går hemtjänst norr back i Ekornäs", ["9 procent|61 480|9 %"]),
    (D, "How many home care clients did Ekornäs have in November 2025?", ["438"]),
    (D, "när ska ekornäs ha avvecklat de inhyrda sjuksköterskorna?", ["2026-03-31|31 mars 2026"]),
    # --- E Lindskära: Windows-1252 e-mail, protokollsutdrag in "> " quotes
    (E, "hur gick omröstningen i lindskära ks om återremiss av kvarnängens förskola",
     ["7 ja|7–4|7-4|7 röster", "4 nej|7–4|7-4|4 röster"]),
    (E, "vilka reserverde sig i KS i Lindskära om förskolan i Kvarnängen?", ["Strand", "Berglund"]),
    (E, "vilken investeringsram föreslår kommunstyrelsen i Lindskära för Kvarnängens förskola", ["58,0"]),
    (E, "lindskära: när ska planen för laddinfrastruktur återrapporteras till ks", ["2026-05-12|12 maj 2026"]),
    (E, "hur mycket energistöd kan en förening få som mest i lindskära 2026", ["50 tkr|50 000"]),
    # --- F Trastbo: website "Sammanträden" module
    (F, "vilken tid börjar bygg- och miljönämndens möte i Trastbo den 27 januari?", ["08.30|8.30|08:30|8:30"]),
    (F, "hur många lägenheter gäller bygglovet på kilen 4 i trastbo",
     ["46 lägenheter|46 st|46 apartments|46 bostäder"]),
    (F, "diarienummer för vitesföreläggandet berga 3:7 trastbo?", ["BMN 2025/377"]),
    (F, "What fine is proposed in Trastbo's injunction for the property Berga 3:7?", ["40 000|40,000|40000"]),
    (F, "vad föreslås timavgiften för miljötillsyn bli i trastbo", ["1 380|1380"]),
]

UNANSWERABLE = [
    (A, "ugglebo socialnämnden budget för försörjningsstöd 2029?", {
        "kind": "year not reported",
        "subject": "försörjningsstöd 2029",
        "why": "The plan years end with 2028; no figure for 2029 exists.",
        "tempting": "39.800 (Plan 2028) or 41.200 (Budget 2026)",
        "absent": ["2029"], "present": ["39.800", "Plan"]}),
    (A, "Hur mycket av Ugglebos LSS-budget 2026 är personalkostnader?", {
        "kind": "breakdown not given",
        "subject": "personalkostnader LSS-boende 2026",
        "why": "The budget is net per verksamhet; the document says the split by kostnadsslag (personal, lokaler, "
               "köpt verksamhet) is made in the ekonomisystem and is not included.",
        "tempting": "70.350 (the whole net budget for LSS-boende 2026)",
        "absent": ["personalkostnad"], "present": ["70.350", "ingår inte här"]}),
    (A, "Vad blev bokslutet 2025 för daglig verksamhet i Ugglebo?", {
        "kind": "period not reported",
        "subject": "bokslut 2025 daglig verksamhet",
        "why": "The document was printed 2025-12-04; for 2025 it only has the budget. The only bokslut column is "
               "2024.",
        "tempting": "19.400 (Budget 2025) or 18.730 (Bokslut 2024)",
        "absent": ["Bokslut 2025", "Utfall 2025"], "present": ["19.400", "Bokslut 2024"]}),
    (B, "Vilka avvikelser hittades i Mörtsjös internkontroll 2024?", {
        "kind": "year not reported",
        "subject": "internkontroll 2024 results",
        "why": "Only the 2025 plan is followed up; the 2024 follow-up is mentioned only as reported to the nämnd "
               "2025-02-19, § 14, without any content.",
        "tempting": "the 2025 deviations (direktupphandling, nyckelhantering, lekplatser)",
        "absent": ["avvikelser 2024", "2024 visade"], "present": ["2025-02-19", "2024 års internkontrollplan"]}),
    (B, "hur många fakturor granskades i kontrollen av vinterväghållningen i Mörtsjö?", {
        "kind": "figure for another unit",
        "subject": "number of invoices in the winter road maintenance check",
        "why": "The vinterväghållning check compared körjournaler and GPS-loggar with invoiced work for three "
               "months; no number of invoices is given. 40 belongs to the fakturahantering check.",
        "tempting": "40 (leverantörsfakturor in kontrollmoment 1)",
        "absent": [], "present": ["40 leverantörsfakturor", "körjournaler och GPS-loggar"]}),
    (B, "vad kostar låsbytena efter nyckelinventeringen i mörtsjö", {
        "kind": "cost the document says is not stated",
        "subject": "cost of lock changes",
        "why": "The document says the cost of possible lock changes is not calculated and will be reported after "
               "the new inventory.",
        "tempting": "137 / 1 240 keys, or any invented amount",
        "absent": ["kronor för låsbyte"], "present": ["inte beräknad"]}),
    (C, "har barn- och ungdomsnämnden i Stavreby beslutat att införa områdeskök?", {
        "kind": "decision not yet taken",
        "subject": "decision on the måltidsorganisation",
        "why": "The förvaltning only recommends alternative 3; the nämnd is planned to handle the matter "
               "2026-02-18 and the text says no decision has been taken.",
        "tempting": "yes, alternative 3 / fyra områdeskök",
        "absent": ["nämnden beslutade", "beslutat att införa"], "present": ["2026-02-18", "inte fattat"]}),
    (C, "How much food waste per portion is there in Stavreby's preschools?", {
        "kind": "value not measured",
        "subject": "matsvinn förskola",
        "why": "Matsvinn is measured only in the schools (21 g 2024, 27 g 2023); the document says the preschools' "
               "food waste is not measured.",
        "tempting": "21 grams (schools 2024)",
        "absent": [], "present": ["Förskolornas matsvinn mäts inte", "21 gram"]}),
    (C, "vad kostar det att bygga om Sörgårdsskolans kök till områdeskök, Stavreby", {
        "kind": "breakdown not given",
        "subject": "investment for one kitchen",
        "why": "Alternative 3's investment, 61,5 mnkr, is given only for the four områdeskök together; the text "
               "says no split per kitchen has been made.",
        "tempting": "61,5 mnkr (all four kitchens) or 61,5 / 4",
        "absent": [], "present": ["61,5", "någon fördelning per kök har inte gjorts"]}),
    (D, "sjukfrånvaron i november 2025 inom äldreomsorgen i Ekornäs?", {
        "kind": "value not available (empty cell)",
        "subject": "sjukfrånvaro November 2025",
        "why": "The November 2025 cell of the sjukfrånvaro row is empty, and the text says the figure is not ready "
               "and will come in the January report.",
        "tempting": "8,9 % (November 2024) or 7,5 % (målvärde)",
        "absent": [], "present": ["| Sjukfrånvaro, % | 8,9 |  | 7,5 |", "inte klar"]}),
    (D, "vad var prognosen för hemtjänst söder i oktober, ekornäs", {
        "kind": "figure for another unit / period",
        "subject": "October prognosis of one unit",
        "why": "The October prognosis is given only for the whole nämnd (−1,6 mnkr); per unit only the November "
               "prognosis exists.",
        "tempting": "28 600 / +300 (November) or −1,6 mnkr (whole nämnd in October)",
        "absent": [], "present": ["oktober −1,6 mnkr", "28 600"]}),
    (D, "hur många hemtjänsttimmar beviljades i ekornäs under hela 2024", {
        "kind": "period not reported",
        "subject": "hemtjänst hours full year 2024",
        "why": "Only January–November 2024 (56 400) and November 2024 (5 210) are given.",
        "tempting": "56 400 (jan–nov 2024)",
        "absent": ["helåret 2024", "hela 2024"], "present": ["56 400", "5 210"]}),
    (E, "Har kommunfullmäktige i Lindskära godkänt den större investeringsramen för Kvarnängens förskola?", {
        "kind": "decision only proposed",
        "subject": "KF decision on 58,0 mnkr",
        "why": "Kommunstyrelsen only proposes 58,0 mnkr to KF; the mail says KF decides on 26 January 2026 (after "
               "the mail was written).",
        "tempting": "yes, 58,0 mnkr",
        "absent": ["fullmäktige beslutade 2025-12", "fullmäktige har beslutat"],
        "present": ["26 januari", "bara är ett förslag"]}),
    (E, "hur många föreningar har fått energistöd i Lindskära", {
        "kind": "not yet known",
        "subject": "number of associations granted energy support",
        "why": "KS only set aside 600 tkr, max 50 tkr per förening, with applications due 2026-02-28; no grants "
               "have been made.",
        "tempting": "12 (600 / 50) or 600 tkr",
        "absent": ["beviljats", "12 föreningar"], "present": ["2026-02-28", "högst 50 tkr"]}),
    (F, "vad föreslås om strandskyddsdispensen för bryggan vid Lillsjön, Trastbo", {
        "kind": "withdrawn item",
        "subject": "strandskyddsdispens Lillsjön 1:4",
        "why": "Item 7 is struck through: 'Ärendet utgår' until the applicant has completed the application; it "
               "has no förslag till beslut.",
        "tempting": "the förslag of a neighbouring item (e.g. item 6 or 8), or 'bevilja'",
        "absent": [], "present": ["Ärendet utgår"]}),
    (F, "What was the final 2025 result for Trastbo's building and environment committee?", {
        "kind": "figure not given (reported orally)",
        "subject": "bokslut 2025 result",
        "why": "Item 3 says the preliminary 2025 result is presented orally at the meeting; only the November "
               "prognosis (+0,6 mnkr) is given.",
        "tempting": "0,6 mnkr surplus (November prognosis)",
        "absent": [], "present": ["redovisas muntligt", "0,6 mnkr"]}),
]


def build():
    rows, reasons = [], {}
    i = 0
    for doc, q, mc in ANSWERABLE:
        i += 1
        rows.append({"id": f"p{i:02d}", "question": q, "answerable": True, "must_contain": mc, "doc": doc})
    for doc, q, r in UNANSWERABLE:
        i += 1
        qid = f"p{i:02d}"
        rows.append({"id": qid, "question": q, "answerable": False, "must_contain": [], "doc": doc})
        reasons[qid] = {"doc": doc, "question": q, **r}
    return rows, reasons


def main():
    rows, reasons = build()
    (HERE.parent / "questions.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (HERE / "reasons.json").write_text(json.dumps(reasons, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
