"""Writes ../questions.jsonl and reasons.json for probe n.

    python3 questions.py

build() returns (rows, reasons); check.py calls it and compares with the committed files.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

B = "baveras_an_delarsrapport_jan-aug_2025.pdf"
F = "fjardinge_revision_anlaggningsbokning_2025.pdf"
D = "farhult_amn_tjansteskrivelse_motionssvar_2025-11-12.docx"
V = "vassbotten_mn_remissvar_vattenforsorjningsplan_2025-11-20.html"
H = "hagelstad_ks_personalbokslut_2025.md"
K = "kornhamn_vab_investeringsuppfoljning_2025-10.txt"

ANSWERABLE = [
    # Bäverås – äldrenämndens delårsrapport (KPI tiles, driftredovisning)
    (B, "hur stor beläggnig hade särskilt boende i bäverås jan–aug 2025 jmf med året innan",
     ["97,8", "95,1"]),
    (B, "What is the full-year forecast deviation for the elderly care committee in Bäverås, and what is the main "
        "reason?",
     ["4,7|4.7|4 700|4,700", "hemtjänsttimmar|home care hours|home-care hours|hours of home care"]),
    (B, "prognos helår för korttidsboende och växelvård i Bäverås äldrenämnd?", ["32 600"]),
    (B, "Varför är utfallet för hälso- och sjukvård lägre 2025 än 2024 i Bäverås äldrenämnds delårsrapport?",
     ["inkontinenshjälpmedel"]),
    (B, "dnr på bäverås delårsrapport för äldrenämnden", ["ÄN-2025-0061"]),
    (B, "hur lång var medianväntetiden till särskilt boende i Bäverås jan-aug 2025 och hur var det 2024",
     ["52 dagar", "67 dagar"]),
    # Fjärdinge – revisionsrapport (X matrix, TOC, numbered recommendations)
    (F, "vilken bedömning fick kontrollmål 3 (uppföljning av beläggning och intäkter) i Fjärdinge revisionens "
        "granskning av anläggningsbokningen", ["Delvis uppfyllt"]),
    (F, "How large a share of the sampled bookings in Fjärdinge's audit of facility bookings were invoiced "
        "incorrectly, and how much was underbilled?", ["18,3|18.3", "46 300|46,300"]),
    (F, "när fastställdes taxan för uthyrning av anläggningar senast i fjärdinge enl revisorerna", ["2019"]),
    (F, "Vad är revisorernas rekommendation nr 3 till kfn i Fjärdinge?", ["sena avbokningar"]),
    (F, "Intäkter från uthyrning av anläggningar 2024 i Fjärdinge jämfört med 2023?", ["4 920", "4 610"]),
    (F, "beläggningsgraden för fjärdinges idrottsanläggningar, vilka tider avser den",
     ["16–22|16-22|16 och 22", "september–april|september-april|september till april"]),
    # Fårhult – motionssvar DOCX (content controls, numbered proposals, quoted att-satser)
    (D, "vad föreslås kommunfullmäktige besluta om motionen om feriejobb i Fårhult",
     ["anses besvarad", "avslås"]),
    (D, "How many young people applied for summer jobs in Fårhult in 2025, and how many got a place?",
     ["612", "418"]),
    (D, "diarienr för fårhults tjänsteskrivelse med motionssvaret om feriejobb", ["AMN.2025.19"]),
    (D, "vem är handläggare på arbetsmarknadsförvaltningens motionssvar om feriejobb i Fårhult", ["Berglöf"]),
    (D, "Vad skulle en garanti om feriejobb åt alla sökande kosta per år i Fårhult?", ["2 754 800"]),
    # Vassbotten – remissvar HTML (details/summary, blockquote)
    (V, "vilket grundvattenmagasin saknar miljöförvaltningen i vassbotten i den regionala "
        "vattenförsörjningsplanen", ["Hägerträsk"]),
    (V, "PFAS-halt i råvattnet vid Vassbottens vattenverk 2024, och vad är gränsvärdet?",
     ["3,1 ng/l", "4 ng/l"]),
    (V, "vad kostar revidringen av kvarnåsens vattenskyddsområde, vassbotten", ["850 000"]),
    (V, "Sista svarsdag för Vassbottens remissvar om vattenförsörjningsplanen?",
     ["2025-12-05|5 december 2025|5 dec 2025"]),
    (V, "Vem är handläggare för miljönämndens yttrande om vattenförsörjningsplanen i Vassbotten, och vilket dnr "
        "har ärendet", ["Strömgren", "MN 2025/0217"]),
    # Hagelstad – personalbokslut Markdown (embedded HTML tables, footnotes)
    (H, "sjukfrånvaro för män inom omsorgsförvaltningen i hagelstad 2025", ["7,1"]),
    (H, "Hur hög var sjukfrånvaron bland kvinnor i Hagelstads kommun totalt 2025 jämfört med 2024?",
     ["8,0", "8,6"]),
    (H, "Varför är 2024 års siffror för Omsorgsförvaltningen i Hagelstad omräknade?",
     ["sammanslagning", "funktionsstöd"]),
    (H, "personalomsättningen i hagelstad 2025 och 2024?", ["9,4", "11,2"]),
    (H, "hur stor andel av sjukfrånvaron i hagelstad var långtidssjukfrånvaro 2025 och vad räknas som långtid",
     ["41,2", "60 dagar"]),
    # Kornhamn – the company's investeringsuppföljning (record blocks)
    (K, "Hur stor är avvikelsen för Storgatan etapp 2 hos Kornhamns vatten och avfall, och varför?",
     ["1 600", "arkeologisk"]),
    (K, "plan 2027 för renoveringen av vattentornet på kyrkberget, kornhamn", ["6 890"]),
    (K, "How much had Kornhamn's water and waste company (Kornhamn Vatten och Avfall AB) invested from January to "
        "October 2025, and what is the forecast for the full year?", ["31 640|31,640", "36 590|36,590"]),
    (K, "vad är status för nya återvinningscentralen Sjöliden i kornhamn", ["bygglovet överklagat|överklagat"]),
    (K, "vem är projektldare för tryckstegringsstationen Lunnehöjden (Kornhamn)", ["Ekelund"]),
]

UNANSWERABLE = [
    (B, "vilken helårsprognos hade bäverås äldrenämnd i juli 2025",
     "period not reported", "The report lists prognoses for april, maj, juni and augusti and says explicitly that "
     "no prognosis was made in July (semesterperioden).", "prognosis July 2025",
     ["Prognos juli", "juli: "]),
    (B, "Hur mycket beräknas åtgärdsplanen för hemtjänsten i Bäverås spara?",
     "detail not given", "The åtgärdsplan and its economic effect are to be presented at the nämnd's meeting in "
     "October 2025; the report says no calculation of the effect is made in it.", "savings of the åtgärdsplan",
     ["besparing", "beräknas spara", "sparar"]),
    (B, "Har äldrenämnden i Bäverås godkänt delårsrapporten för januari–augusti?",
     "decision where only a proposal exists", "The document is the förvaltning's report with a förslag till "
     "beslut ('föreslår att äldrenämnden beslutar att godkänna'); no decision is recorded.",
     "äldrenämnden's decision on the delårsrapport", ["godkände", "har godkänt", "nämnden beslutade"]),
    (F, "Vad svarade kultur- och fritidsnämnden i Fjärdinge på revisorernas rekommendationer?",
     "future outcome", "The auditors ask for the nämnd's answer by 2026-01-30; the report contains no answer.",
     "kultur- och fritidsnämnden's answer", ["nämnden har svarat", "Nämndens yttrande", "i sitt svar"]),
    (F, "hur stora var intäkterna från anläggningsuthyrningen i fjärdinge 2022",
     "year not reported", "The key-figure table gives intäkter for 2023 and 2024 only.", "intäkter 2022",
     ["Intäkter 2022", "2022 uppgick"]),
    (F, "Vilken beläggningsgrad hade simhallen i Fjärdinge?",
     "row the table lacks", "Beläggningsgrad is given for four facilities; the simhall is run by an external "
     "company and is outside the audit.", "beläggning simhallen", ["Beläggningsgrad¹ Simhallen", "Simhallen, %"]),
    (D, "Har kommunfullmäktige i Fårhult bifallit eller avslagit motionen om feriejobb?",
     "decision where only a proposal exists", "The tjänsteskrivelse only proposes what arbetsmarknadsnämnden "
     "should propose to kommunfullmäktige; KF has only remitted the motion (2025-03-24 § 41) and has not decided on it.", "KF's decision on the motion",
     ["kommunfullmäktige beslutade", "fullmäktige har beslutat", "Kommunfullmäktiges beslut 2025-1"]),
    (D, "hur många sökte feriejobb i fårhult 2024",
     "year not reported", "Only the summer 2025 figures (612 sökande, 418 platser) are given.",
     "sökande 2024", ["sommaren 2024", "2024 sökte"]),
    (D, "Hur många feriejobb hos privata arbetsgivare blev det i Fårhult sommaren 2026?",
     "future outcome", "2026 appears only as a target (minst 60 platser); the outcome is not known.",
     "private summer jobs 2026 outcome", ["sommaren 2026 fick", "2026 fanns"]),
    (V, "What did the technical committee (tekniska nämnden) in Vassbotten answer in the consultation on the "
        "regional water supply plan?",
     "another board of the same municipality", "The document says tekniska nämnden submits its own yttrande; "
     "only the miljönämnd's draft answer is given.", "tekniska nämnden's yttrande",
     ["Tekniska nämndens yttrande:", "tekniska nämnden svarar"]),
    (V, "hur mycket skulle den regionala samordningsfunktionen kosta Vassbottens kommun",
     "detail not given", "The answer to question 5 says the remiss does not state how the cost is split, so the "
     "cost for Vassbotten cannot be assessed.", "cost of the samordningsfunktion",
     ["kronor per år", "kronor per invånare", "tkr per år"]),
    (V, "Har Länsstyrelsen tagit med Hägerträsk i den fastställda vattenförsörjningsplanen för Vassbotten?",
     "future outcome", "The document is a draft answer to a remiss; the plan is not yet fastställd.",
     "final plan", ["fastställdes", "har tagits med"]),
    (H, "What was the sick leave rate for the rescue service staff in Hagelstad in 2025?",
     "row the table lacks", "Footnote 3: räddningstjänsten is run by a kommunalförbund and its staff are not "
     "included in the personalbokslut.", "sjukfrånvaro räddningstjänsten", ["<td>Räddningstjänsten"]),
    (H, "sjukfrånvron i hagelstad 2023, totalt",
     "year not reported", "The table gives 2025 and 2024 only.", "sjukfrånvaro 2023", ["2023"]),
    (K, "Har kommunfullmäktige i Kornhamn beviljat den utökade budgeten för Storgatan etapp 2?",
     "decision where only a proposal exists", "The VD proposes that the styrelse ask kommunfullmäktige for "
     "1 600 tkr more; nothing is decided.", "KF's decision on project 4145", ["beviljat", "har beslutat att utöka"]),
    (K, "när öppnar nya återvinningscentralen Sjöliden i kornhamn",
     "detail not given", "'Beräknat klart: Kan inte anges *)' – the bygglov is appealed and the opening date "
     "cannot be given until the court has decided.", "opening date of ÅVC Sjöliden", ["öppnar den", "öppnas 20"]),
]


def build():
    rows, reasons = [], {}
    for i, (doc, q, mc) in enumerate(ANSWERABLE, 1):
        rows.append({"id": f"n{i:02d}", "question": q, "answerable": True, "must_contain": mc, "doc": doc})
    for j, (doc, q, kind, why, subject, absent) in enumerate(UNANSWERABLE, len(ANSWERABLE) + 1):
        qid = f"n{j:02d}"
        rows.append({"id": qid, "question": q, "answerable": False, "must_contain": [], "doc": doc})
        reasons[qid] = {"doc": doc, "question": q, "kind": kind, "why": why, "subject": subject, "absent": absent}
    return rows, reasons


if __name__ == "__main__":
    rows, reasons = build()
    (HERE.parent / "questions.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (HERE / "reasons.json").write_text(json.dumps(reasons, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(len(rows), "questions,", len(reasons), "reasons")
