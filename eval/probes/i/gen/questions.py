"""Writes ../questions.jsonl and gen/reasons.json for probe i.

Answerable questions: i01–i32. Unanswerable near misses: i33–i48 (must_contain = []); reasons.json says,
for each of them, the kind of near miss, why the documents do not answer it, and strings that must be
ABSENT from the document (gen/check.py verifies that).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

D1 = "skarvsta_rsf_direktion_protokoll_2026-03-12.pdf"
D2 = "hamrefors_ofn_tjansteskrivelse_arvoden_2026.docx"
D3 = "tunavik_bostads_ab_arsredovisning_2025.pdf"
D4 = "larkeby_ks_protokollsutdrag_2026-02-10.html"
D5 = "ravlunda_sbn_internkontroll_uppfoljning_2025.md"
D6 = "bredmossa_valnamnd_verksamhetsplan_2026.txt"

ANSWERABLE = [
    # --- Skärvsta (räddningstjänstförbundets direktion, PDF)
    (D1, "Hur röstade direktionen i räddningstjänstförbundet Skärvsta om den nya brandstationen i Norrgrava, "
         "och hur stor blev investeringsramen?", ["46,5|46.5", "5 ja|5-2|5 mot 2|fem ja|fem röster|5 röster"]),
    (D1, "vilka reserverade sig mot brandstationsbeslutet i RSF Skärvsta", ["Tallkvist", "Sköld"]),
    (D1, "Lämnade någon ett särskilt yttrande när Skärvsta-förbundets direktion tog beslut om brandstationen? "
         "vem i så fall", ["Friberg"]),
    (D1, "RSF Skärvsta resultat 2025 jmf med året innan?", ["1 620", "430"]),
    (D1, "från när gäller den nya avgiften för onödiga automatlarm hos räddningstjänstförbundet Skärvsta och hur "
         "mycket blir den", ["2026-04-01|1 april 2026|april 1, 2026", "6 800"]),
    (D1, "Who was appointed to check and sign the minutes of the Skärvsta fire and rescue board meeting in "
         "March 2026?", ["Pernilla Ask"]),
    # --- Hamrefors (överförmyndarnämnden, DOCX)
    (D2, "vad blir månadsarvodet för ett förvaltarskap på normalnivå i Hamrefors enligt förslaget för 2026?",
     ["2 570"]),
    (D2, "Hur många ställföreträdarskap hade ÖFN i Hamrefors vid årsskiftet jämfört med ett år tidigare",
     ["515", "488"]),
    (D2, "vad kostar de nya arvodesnivåerna kommunen i hamrefors per år och hur ska det finansieras",
     ["310", "utbildning|konsult"]),
    (D2, "Vilket dnr har överförmyndarnämndens ärende om arvoden i Hamrefors?", ["ÖFN 2025-033"]),
    (D2, "För hur många huvudmän betalade Hamrefors kommun arvodet till god man under 2025?", ["138"]),
    # --- Tunavik (AB Tunavikshem, årsredovisning PDF)
    (D3, "Hur stort blev årets resultat i Tunavikshem 2025 jämfört med 2024", ["4 030", "6 090"]),
    (D3, "Vad hade det kommunala bostadsbolaget i Tunavik för räntekostnader förra året?", ["19 640"]),
    (D3, "Tunavikshem nettoomsättning 2021?", ["157 240"]),
    (D3, "What was Tunavikshem's equity ratio (soliditet) at the end of 2025, and how did it compare with 2024?",
     ["14,8|14.8", "14,9|14.9"]),
    (D3, "hur mycket har antalet lägenheter i Tunavikshem ökat sedan 2021", ["212"]),
    # --- Lärkeby (kommunstyrelsen, HTML protokollsutdrag)
    (D4, "Hur röstade KS i Lärkeby om medfinansieringen av gc-vägen till Sörfjärden?",
     ["8 ja|8-5|8 mot 5|åtta ja|8 röster", "5 nej|8-5|8 mot 5|fem nej|5 röster"]),
    (D4, "Vem gjorde en protokollsanteckning på KS-mötet i Lärkeby 10 feb och vad handlade den om",
     ["Karlsson", "belysning"]),
    (D4, "vem föredrog cykelvägsärendet på kommunstyrelsen i Lärkeby", ["Oskar Lind"]),
    (D4, "Vad har solcellsmotionen i Lärkeby för diarienummer?", ["KS/2025:47"]),
    (D4, "Vad föreslog KS i Lärkeby att KF skulle göra med V:s solcellsmotion, och vad yrkade V?",
     ["besvarad", "bifall"]),
    (D4, "How many summer job places will Lärkeby offer young people in 2026, and what will it cost?",
     ["180", "3 150|3,150|3.15"]),
    # --- Rävlunda (samhällsbyggnadsnämnden, internkontroll, Markdown)
    (D5, "vilka kontrollpunkter fick rött i SBN:s internkontroll 2025 i Rävlunda", ["bygglov", "ramavtal"]),
    (D5, "Varför klarade inte Rävlunda handläggningstiden för bygglov under 2025?", ["vakans", "ärendesystem"]),
    (D5, "hur stor andel av bygglovsbesluten i Rävlunda fattades inom lagstadgad tid i fjol",
     ["78 %|78 procent|167 av 214"]),
    (D5, "Hur stor andel av inköpen i stickprovet saknade ramavtal enligt samhällsbyggnadsnämndens internkontroll "
         "i Rävlunda?", ["27,5|27.5"]),
    (D5, "Vem är ansvarig för kontrollpunkten om behörigheter i ärendesystemet, SBN Rävlunda?", ["Öberg"]),
    # --- Bredmossa (valnämnden, verksamhetsplan, text tree)
    (D6, "Vad är målet för valdeltagandet i kommunvalet i Bredmossa 2026 och vad låg det på 2022?",
     ["83,0|83 %|83 procent|83.0", "81,4|81.4"]),
    (D6, "How many poll workers (röstmottagare) will Bredmossa need on election day 2026?", ["312"]),
    (D6, "valnämndens ram i Bredmossa 2026 jmf med 2025", ["1 810", "410"]),
    (D6, "Vad får en ordförande i ett valdistrikt i arvode på valdagen i Bredmossa", ["2 800"]),
    (D6, "vilket valdistrikt i Bredmossa hade lägst valdeltagande 2022 och vad är målvärdet där?",
     ["Östra Mossfallet", "68,0|68 %|68 procent"]),
]

# (doc, question, kind, why, subject, absent-strings)
UNANSWERABLE = [
    (D1, "Hur många larm hade räddningstjänsten i Skärvsta i juli 2025?",
     "period not reported",
     "Insatsstatistiken (§ 14) gives only whole-year totals for 2025 and 2024, by type and by member kommun; "
     "no month is broken out.", "larm, insatsstatistik 2025", ["juli", "per månad"]),
    (D1, "Vilket byggföretag har fått uppdraget att bygga nya brandstationen i Norrgrava (RSF Skärvsta)?",
     "detail not given",
     "§ 15 only sets the investeringsram and orders the upphandling of a totalentreprenad; no contractor is "
     "named or chosen yet.", "brandstation Norrgrava, totalentreprenad", ["Bygg AB", "entreprenör", "tilldela"]),
    (D1, "När antog kommunfullmäktige i Lindåsen räddningstjänstförbundet Skärvstas nya taxa för tillsyn enligt LSO?",
     "only proposed",
     "§ 17 is a proposal from the direktion to the three member fullmäktige; no fullmäktige decision is reported.",
     "tillsynstaxa LSO/LBE, Lindåsen", ["Lindåsens fullmäktige", "Lindåsens kommunfullmäktige", "antog taxan"]),
    (D2, "Hur mycket arvode får en god man för ett ensamkommande barn i Hamrefors?",
     "unit not broken out",
     "The tjänsteskrivelse says arvoden for gode män for ensamkommande barn are excluded and handled in a separate "
     "ärende; the table has no such row.", "arvode, ensamkommande barn",
     ["Godmanskap – ensamkommande", "för ensamkommande barn är", "ensamkommande barn, kr"]),
    (D2, "When did the guardianship board in Hamrefors adopt the new fee guidelines for gode män?",
     "only proposed",
     "The document is a tjänsteskrivelse with a förslag till beslut; the nämnd is only said to handle it on "
     "2026-02-05, and no decision is recorded.", "arvodesriktlinjer, beslut",
     ["nämnden beslutade", "Överförmyndarnämndens beslut", "antogs 2026", "beslutade 2026"]),
    (D2, "hur många årsräkningar granskade överförmyndarenheten i Hamrefors 2024",
     "year not reported",
     "Only 2025 (468 årsräkningar, 41 anmärkningar) is given; 2024 appears only for the number of "
     "ställföreträdarskap.", "årsräkningar", ["Under 2024 granskade", "2024 granskades", "årsräkningar 2024"]),
    (D3, "Hur stor utdelning beslutade årsstämman i Tunavikshem om för 2025?",
     "only proposed",
     "The förslag till vinstdisposition is the board's proposal (1 500 000 kr); the årsstämma is held in "
     "April 2026 and its decision is not in the document.", "utdelning, årsstämma",
     ["årsstämman beslutade", "årsstämman har beslutat", "stämman beslöt"]),
    (D3, "Vad var Tunavikshems resultat efter finansiella poster 2020?",
     "year not reported",
     "Fem år i sammandrag covers 2021–2025 only.", "resultat efter finansiella poster", ["2020"]),
    (D3, "Vad kostade nyproduktionen av kv. Sädesärlan i Tunavik?",
     "detail not given",
     "Kv. Sädesärlan is mentioned (48 lägenheter, inflyttning oktober 2025) but no production cost is stated.",
     "kv. Sädesärlan", ["produktionskostnad", "byggkostnad", "investeringsutgift"]),
    (D4, "Hur mycket bidrar Trafikverket med till gång- och cykelvägen Lärkeby–Sörfjärden?",
     "detail not given",
     "Only the kommun's medfinansiering (12,4 mnkr) is stated; Trafikverket's share or the total cost is not.",
     "gång- och cykelväg väg 612", ["Trafikverket bidrar", "Trafikverkets andel", "total kostnad", "totalkostnad"]),
    (D4, "Vad beslutade kommunfullmäktige i Lärkeby om motionen om solceller på förskolorna?",
     "only proposed",
     "KS only proposes to KF that the motion be considered answered; KF's decision is not in the document.",
     "motion solceller förskolor", ["Kommunfullmäktige beslutar", "Kommunfullmäktiges beslut", "KF beslutade"]),
    (D4, "Hur många feriejobb erbjöd Lärkeby kommun sommaren 2025?",
     "year not reported",
     "§ 21 gives the number of places for summer 2026 only.", "feriearbete",
     ["sommaren 2025", "2025 erbjöds", "förra sommaren"]),
    (D5, "Vilken status hade OVK-tillsynen i Rävlundas internkontroll för 2024?",
     "year not reported",
     "The follow-up reports the 2025 status of each kontrollpunkt; last year's follow-up is only referred to for "
     "its åtgärder, not for statuses.", "OVK, status", ["2024 års status", "status 2024", "Status 2024"]),
    (D5, "How many building permit decisions did Rävlunda's planning board make in 2024?",
     "year not reported",
     "K1 gives 214 bygglov decisions for 2025 only.", "bygglov, antal beslut",
     ["beslut om bygglov under 2024", "bygglov 2024", "under 2024 fattades"]),
    (D6, "Hur högt var valdeltagandet i Bredmossa i EU-valet 2024?",
     "year not reported",
     "The baselines are from the 2022 general election only; no European Parliament election is mentioned.",
     "valdeltagande", ["EU-val", "Europaparlament", "2024"]),
    (D6, "hur många röstmottagare behöver Bredmossa till förtidsröstningen",
     "unit not broken out",
     "Only the number of röstmottagare on election day (312) and the arvode per förtidsröstning pass are given; "
     "no count for förtidsröstningen.", "röstmottagare, förtidsröstning",
     ["röstmottagare i förtidsröstningen:", "röstmottagare vid förtidsröstning:", "förtidsröstningen bemannas"]),
]


def build():
    rows = []
    for i, (doc, q, mc) in enumerate(ANSWERABLE, start=1):
        rows.append({"id": f"i{i:02d}", "question": q, "answerable": True, "must_contain": mc, "doc": doc})
    reasons = {}
    for i, (doc, q, kind, why, subject, absent) in enumerate(UNANSWERABLE, start=len(ANSWERABLE) + 1):
        qid = f"i{i:02d}"
        rows.append({"id": qid, "question": q, "answerable": False, "must_contain": [], "doc": doc})
        reasons[qid] = {"doc": doc, "question": q, "kind": kind, "why": why, "subject": subject, "absent": absent}
    return rows, reasons


def main():
    rows, reasons = build()
    (HERE.parent / "questions.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (HERE / "reasons.json").write_text(json.dumps(reasons, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} questions ({len(ANSWERABLE)} answerable, {len(UNANSWERABLE)} unanswerable)")


if __name__ == "__main__":
    main()
