"""Writes ../questions.jsonl and reasons.json for probe t (run: python questions.py).

`build()` returns (rows, reasons); check.py compares them with the committed files. In must_contain, "a|b" means
either; the first alternative is always the form printed in the document."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
K = "karrvalla_amn_internkontrollplan_2026.pdf"
L = "lonnaker_sbn_mal_och_budget_2026-2028.docx"
H = "hedsunda_avfallstaxa_2026.html"
S = "salgnas_fsn_yttrande_motion_obekvam_arbetstid.md"
A = "alsmala_vn_tjansteskrivelse_vallokaler_2026.txt"
V = "vretinge_ifn_delegationsordning_2026.pdf"

ANSWERABLE = [
    # Kärrvalla – internkontrollplan 2026 med uppföljning 2025
    (K, "hur många felaktiga utbetalningar av försörjningsstöd hittade arbetsmarknadsnämnden i Kärrvalla vid "
        "internkontrollen 2025, och på vilket belopp?", ["11 850|11850"]),
    (K, "What risk value does a risk need to be included in Kärrvalla's internal control plan for the labour market "
        "board?", ["9 eller högre|9 or higher|9 or above|at least 9|9 or more|minst 9"]),
    (K, "Kärrvalla AMN direktupphandling – hur stort belopp saknade dokumentation i kontrollen förra året?",
     ["412 300|412300"]),
    (K, "När antog arbetsmarknadsnämnden i Kärrvalla internkontrollplanen för 2026, och vilken paragraf?",
     ["2025-12-10|10 december 2025|december 10", "§ 98|paragraf 98"]),
    (K, "Who is responsible for checking user access rights in Kärrvalla AMN's 2026 plan, and within how many days "
        "must access be removed?",
     ["systemförvaltare|system administrator|system owner|system manager",
      "fem arbetsdagar|5 arbetsdagar|five working days|5 working days|five business|5 business|five days|5 days"]),
    (K, "varför har risvärdet för extratjänster höjts i kärrvallas internkontrollplan 2026",
     ["4 av 25|fyra av 25|4 of 25|four of 25|4 out of 25|four out of 25"]),
    # Lönnåker – samhällsbyggnadsnämndens mål och budget 2026–2028
    (L, "Vilken nettoram har samhällsbyggnadsnämnden i Lönnåker för 2026?", ["56 000|56000|56 mnkr|56,0 mnkr"]),
    (L, "How much is Lönnåker budgeting for street and park maintenance (gata och park) in 2026 compared with 2025?",
     ["33 200|33200|33.2|33,2", "31 500|31500|31.5|31,5"]),
    (L, "vilket diarienummer har lönnåkers sbn-budget för 2026", ["2025/276-SBN-041"]),
    (L, "Vad är målvärdet för handläggningstiden för bygglov 2026 i Lönnåker, och vad blev utfallet 2024?",
     ["4,0|4.0", "5,2|5.2"]),
    (L, "Varför minskar plan och bygg sin budget 2026 i Lönnåker?",
     ["bygglovsintäkter|intäkter|intäkt|avgift|revenue|income|fee"]),
    # Hedsunda – avfallstaxa 2026 (web page)
    (H, "Vad blir grundavgiften för avfall för en villa i Hedsunda 2026?", ["1 240|1240"]),
    (H, "When did Hedsunda's council adopt the new waste tariff, and from what date does it apply?",
     ["27 oktober 2025|2025-10-27|27 October 2025|October 27, 2025|October 27 2025|27 Oct",
      "1 januari 2026|2026-01-01|1 January 2026|January 1, 2026|January 1 2026|1 Jan"]),
    (H, "vad kostar en akut slamtömning i hedsunda nästa år", ["2 950|2950"]),
    (H, "How much more will a typical house in Hedsunda pay for waste collection in 2026 than in 2025?",
     ["220", "3 060|3060"]),
    (H, "Varför höjs priset för restavfall utan matavfallssortering mer än andra abonnemang i Hedsunda?",
     ["styra|sorterar ut|sortera ut|steer|incentive|encourage", "3 950|3950"]),
    (H, "Vilket diarienummer och vilken paragraf har fullmäktiges beslut om avfallstaxan i Hedsunda?",
     ["VAN 2025-0093", "§ 84|paragraf 84"]),
    # Sälgnäs – förskolenämndens yttrande över motion
    (S, "Vad föreslår förskolenämnden i Sälgnäs att fullmäktige ska göra med motionen om nattis?",
     ["avslå|avslag|reject", "besvarad|answered"]),
    (S, "How many guardians answered Sälgnäs's survey about childcare at inconvenient hours, and what was the "
        "response rate?", ["612", "54 %|54%|54 percent|54 procent"]),
    (S, "Vad skulle en förskoleavdelning öppen dygnet runt kosta per år i Sälgnäs?",
     ["6 900|6900|6,9 mnkr|6.9"]),
    (S, "vem skrev motionen om barnomsorg på obekväm tid i sälgnäs och när väcktes den",
     ["Lindqvist", "Haddad", "2025-03-24|24 mars 2025|March 24"]),
    (S, "Vilken förskola i Sälgnäs har redan kvällsöppet, och till vilken tid?",
     ["Tistelbacken", "21.00|21:00|kl. 21|klockan 21|9 pm"]),
    # Alsmåla – valnämndens tjänsteskrivelse om vallokaler
    (A, "Var föreslås vallokalen för distriktet Alsmåla Centrum ligga vid valet 2026?", ["Medborgarhuset"]),
    (A, "What fee will a poll worker in Alsmåla get for election day in 2026?", ["2 600|2600"]),
    (A, "Varför flyttas vallokalen från Kyrkskolan i Alsmåla?", ["renover|renovat"]),
    (A, "vad beräknas valen 2026 kosta alsmålas valnämnd och hur mycket saknas i budgeten",
     ["1 240|1240|1,24 mnkr", "290"]),
    (A, "Vem är handläggare för tjänsteskrivelsen om vallokaler i Alsmåla, och vilket dnr har den?",
     ["Holmén", "VN.2025.14"]),
    # Vretinge – IFN:s delegationsordning
    (V, "Vem får besluta om omedelbart omhändertagande enligt LVU i Vretinge?", ["ordförande|chair"]),
    (V, "vretinge ifn: vem beslutar om ekonomsikt bistånd utöver riksnormen på 25 000 kr?",
     ["förste socialsekreterare|1:e soc|first social"]),
    (V, "Who decides on placing a child in a foster home under Vretinge's delegation rules for individual and "
        "family care?", ["individutskott|individual committee|individual and family committee"]),
    (V, "När antogs IFN:s nya delegationsordning i Vretinge och från vilket datum gäller den?",
     ["2025-11-26|26 november 2025", "2026-01-01|1 januari 2026"]),
    (V, "Hur har beloppsgränsen för förste socialsekreterare ändrats i Vretinges nya delegationsordning?",
     ["20 000|20000", "30 000|30000"]),
]

# (doc, question, kind, why, subject, tempting, absent, present)
UNANSWERABLE = [
    (K, "Hur många felaktiga utbetalningar av försörjningsstöd upptäcktes vid Kärrvallas internkontroll 2024?",
     "year not reported", "Only the 2025 controls are followed up; no 2024 result is given.",
     "felaktiga utbetalningar försörjningsstöd", "2 felaktiga utbetalningar, 11 850 kr (2025)",
     ["2024"], ["11 850", "Uppföljning av internkontrollplan 2025"]),
    (K, "Vad visade kontrollen av behörigheter i verksamhetssystemet hos arbetsmarknadsnämnden i Kärrvalla "
        "under 2026?",
     "planned, not yet done", "The control is new in the 2026 plan; results are reported in August 2026.",
     "behörighetskontroll", "fem arbetsdagar (the control's criterion) or a 2025 result",
     [], ["augusti 2026", "fem arbetsdagar"]),
    (L, "Har kommunfullmäktige i Lönnåker beviljat den utökade investeringsramen för Södra infarten?",
     "decision not taken", "SBN only requests 6,5 mnkr; KF treats the request in spring 2026.",
     "Södra infarten", "yes, 6,5 mnkr", ["beviljat", "beviljade"], ["budgetberedningen våren 2026", "6,5"]),
    (L, "What is Lönnåker's planned budget for street and park maintenance (gata och park) in 2029?",
     "year not reported", "The plan ends with 2028.", "gata och park", "34 600 (plan 2028)",
     ["2029"], ["34 600", "Plan 2028"]),
    (L, "Vilket målvärde för nöjd kund-index har Lönnåker satt för miljö- och hälsoskyddet?",
     "measure not reported for the asked unit", "NKI is measured and targeted for bygglov only.",
     "NKI", "72 (bygglov 2026)", [], ["Nöjd kund-index (NKI) bygglov", "72"]),
    (H, "Vad var grundavgiften för en villa i Hedsunda år 2024?",
     "year not reported", "The page gives 2026 and 2025 fees only.", "grundavgift",
     "1 150 (2025)", ["Avgift 2024"], ["1 150", "Avgift 2025"]),
    (H, "Hur mycket kostar det att få grovavfall hämtat vid fastigheten i Hedsunda?",
     "figure not given", "Grovavfall is only said to be left at the återvinningscentral; no collection fee.",
     "grovavfall", "400 kr (företag per ÅVC-besök) or 300 kr (byte av kärl)", [], ["Grovavfall", "400 kr"]),
    (S, "Vad beslutade kommunfullmäktige i Sälgnäs om motionen om barnomsorg på kvällar och nätter?",
     "decision not taken", "Only FSN's yttrande with a proposal to KF; KF has not decided.",
     "motion nattomsorg", "avslag / besvarad (FSN's proposal)",
     ["kommunfullmäktige beslutade", "fullmäktige har beslutat"], ["föreslår att kommunfullmäktige"]),
    (S, "Hur många barn går på kvällstid på Tistelbacken i Sälgnäs i dag?",
     "figure not given", "Tistelbacken's opening hours are given, not the number of children using them.",
     "Tistelbacken", "12 platser (alternative A) or 18 familjer (survey)", [], ["06.00–21.00"]),
    (S, "How much has Sälgnäs set aside in its 2027 budget for longer opening hours at Tistelbacken?",
     "planned, not yet done", "The förvaltning will return with a consequence description in the 2027 budget "
     "underlag; nothing is set aside.", "alternativ A", "1 450 tkr (estimated yearly cost)", [],
     ["budgetunderlaget för 2027", "1 450"]),
    (A, "Hur många röstberättigade finns i valdistriktet Bredåker inför valet 2026 i Alsmåla?",
     "year not reported", "The table gives 2022 figures; 2026 numbers come later from Valmyndigheten.",
     "röstberättigade Bredåker", "1 120 (2022)", [], ["Röstberättigade 2022", "1 120"]),
    (A, "Har kommunstyrelsen i Alsmåla gått med på valnämndens begäran om 290 tkr?",
     "decision not taken", "The tjänsteskrivelse proposes the request; KS is expected to treat it in early 2026.",
     "tillskott 290 tkr", "yes, 290 tkr", ["beviljat", "beviljade"], ["väntas behandla"]),
    (A, "How many advance votes were cast in Alsmåla in the 2022 election?",
     "figure not given", "The share of advance voting is only said to have increased.", "förtidsröstning",
     "10 257 (röstberättigade 2022)", [], ["förtidsröstar har ökat", "10 257"]),
    (V, "Vem får besluta om bostad med särskild service enligt LSS i Vretinge?",
     "subject not in the document", "The IFN delegationsordning has no LSS section.", "LSS",
     "IU or EC (delegates for SoL bistånd)", ["LSS"], ["Individutskottet"]),
    (V, "How many delegation decisions did Vretinge's individual and family care board make in 2025?",
     "figure not given", "The delegationsordning describes how decisions are reported, not how many were made.",
     "delegationsbeslut", "28 (the number of delegation points)", [], ["anmäls till nämnden"]),
    (V, "Vem är ordförande i individ- och familjeomsorgsnämnden i Vretinge?",
     "person not named", "Only the role 'ordförande' is named; no person is.", "ordförande",
     "Ordf / vice ordförande (roles)", [], ["Nämndens ordförande"]),
]


def build():
    rows, reasons = [], {}
    for i, (doc, q, mc) in enumerate(ANSWERABLE, 1):
        rows.append({"id": f"t{i:02d}", "question": q, "answerable": True, "must_contain": mc, "doc": doc})
    for j, (doc, q, kind, why, subj, tempting, absent, present) in enumerate(UNANSWERABLE, len(ANSWERABLE) + 1):
        qid = f"t{j:02d}"
        rows.append({"id": qid, "question": q, "answerable": False, "must_contain": [], "doc": doc})
        reasons[qid] = {"doc": doc, "question": q, "kind": kind, "why": why, "subject": subj,
                        "tempting": tempting, "absent": absent, "present": present}
    return rows, reasons


if __name__ == "__main__":
    rows, reasons = build()
    (HERE.parent / "questions.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (HERE / "reasons.json").write_text(json.dumps(reasons, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(rows)} questions")
