"""Writes ../questions.jsonl and reasons.json for probe u (run from anywhere; `build()` is used by check.py)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
G = "glimaker_revisionsberattelse_2025.pdf"
T = "tornvalla_myn_tillsynsplan_2026.pdf"
M = "mjohammar_ln_namndnytt_2026-02.pdf"
H = "hovmala_sun_granskningsutlatande_sagverkstomten_2025-10-28.docx"
A = "angerhult_ks_motioner_ej_slutbehandlade_2026-03-31.html"
V = "tovesund_kf_arvodesbestammelser_2026.txt"

ANSWERABLE = [
    (G, "Mot vilken nämnd riktade revisorerna i Glimåker anmärkning för år 2025?", ["tekniska nämnden|tekniska"]),
    (G, "Did the auditors in Glimåker recommend that kommunfullmäktige grant ansvarsfrihet to the tekniska nämnd?",
     ["avstyrk|recommend against|advise against|do not recommend|did not recommend|does not recommend|not to grant"]),
    (G, "Hur stort underskott hade socialnämnden i Glimåkers kommun 2025 enligt revisorerna, och vilken verksamhet "
        "stod för den största delen?", ["18,6", "placering"]),
    (G, "Hur mycket köpte tekniska nämnden i Glimåker för utan giltigt avtal under 2025?", ["14,2"]),
    (G, "vilket revisionsbolag biträder revisorerna i glimåker och vem är sakkunnig", ["Aspekta", "Bäckström"]),
    (G, "När ska fullmäktige i Glimåker pröva ansvarsfrågan för 2025?", ["25 maj 2026|2026-05-25"]),

    (T, "Hur många timmar tillsyn behöver myndighetsnämnden i Tornvalla under 2026, och hur många timmar finns "
        "tillgängliga?", ["7 212", "6 000"]),
    (T, "How many full-time inspectors (årsarbetskrafter) is Tornvalla's supervision short of in 2026?",
     ["1,5|1.5"]),
    (T, "Vilken timavgift tar Tornvalla för den offentliga livsmedelskontrollen 2026?", ["1 460"]),
    (T, "hur många timmar lägger tornvalla på livsmedelsanläggningar i riskklass hög 2026", ["308"]),
    (T, "Vilken tillsyn kommer Tornvallas myndighetsnämnd inte att göra alls under 2026?",
     ["solarier|solarium", "hästhållning|hästar"]),
    (T, "När antogs tillsynsplanen för 2026 i Tornvalla, och vilket diarienummer har den?",
     ["2025-12-04|4 december 2025", "2025/0418-4.3.1"]),

    (M, "Vad föreslår lärandenämnden i Mjöhammar om investeringsramen för förskolan Stjärnfallet?",
     ["74 mnkr|74 miljoner"]),
    (M, "How did the vote on collecting pupils' mobile phones go in Mjöhammar's lärandenämnd, and who reserved "
        "themselves?", ["9 röster mot 4|9–4|9 to 4|nine to four|9 votes to 4|9 votes against 4",
                        "Socialdemokrat|(S)|Social Democrat"]),
    (M, "Hur stor är helårsprognsen för lärandenämnden i Mjöhammar efter januari 2026?", ["3,8"]),
    (M, "Vad blev meritvärdet i snitt för niorna i Mjöhammar våren 2025?", ["221,4"]),
    (M, "when is the next meeting of the lärandenämnd in Mjöhammar, and in which room?",
     ["18 mars|18 March|March 18|2026-03-18", "Tallen"]),

    (H, "Hur många bostäder medger detaljplanen för Sågverkstomten i Hovmåla efter granskningen?", ["128"]),
    (H, "Why was kvarter B lowered in the Sågverkstomten plan in Hovmåla, and to how many floors?",
     ["3:18|skugg|shadow", "fyra|4 våningar|four|4 floors|4 storeys|4 stories"]),
    (H, "Vilka synpunkter hade länsstyrelsen på Sågverkstomten i Hovmåla, och hur har kommunen hanterat dem?",
     ["14,2", "startbesked|avhjälp|sanering|förorening"]),
    (H, "Hur många yttranden kom in under granskningen av detaljplanen för Sågverkstomten i Hovmåla?",
     ["12 yttranden|tolv yttranden"]),
    (H, "Whose objections to the Sågverkstomten plan in Hovmåla were not accommodated?",
     ["3:22", "Sågaregatan"]),

    (A, "Hur många motioner i Ängerhult är äldre än ett år utan att ha slutbehandlats?", ["4 motioner|fyra motioner"]),
    (A, "Who submitted the motion about free public transport for pensioners in Ängerhult, and why is it on hold?",
     ["Frost", "taxesystem|fare system|ticket system|pricing system|fare structure|ticketing system"]),
    (A, "När ska fullmäktige i Ängerhult behandla motionen om belysning på gång- och cykelvägen till Rödsätra?",
     ["2026-04-27|27 april"]),
    (A, "vilka motioner från hanna berglöf i ängerhult är inte färdigbehandlade", ["Solceller", "Fairtrade"]),
    (A, "How many of Ängerhult's preschools have roofs that can carry solar panels?",
     ["11 av 17|11 of 17|11 out of 17|11 of the 17"]),

    (V, "Vad får tekniska nämndens ordförande i Tovesund i arvode per månad?", ["18 500"]),
    (V, "How much is the meeting fee in Tovesund for a meeting longer than three hours?", ["1 650|1,650"]),
    (V, "Får kommunstyrelsens förste vice ordförande i Tovesund sammanträdesarvode, och varför?",
     ["40 procent|40 %|40 percent"]),
    (V, "Hur mycket höjdes taket för ersättning för förlorad arbetsinkomst i Tovesunds nya arvodesregler?",
     ["400", "450"]),
    (V, "What mileage allowence do elected officials in Tovesund get for driving their own car?",
     ["30 kronor per mil|30 kr per mil|30 kr/mil|3 kronor per km|3 kr per km|3 kr/km|SEK 30 per mil|30 SEK per mil"]),
]

# (doc, question, kind, why, subject, tempting, absent, present)
NEAR_MISSES = [
    (G, "Beviljade kommunfullmäktige i Glimåker ansvarsfrihet för tekniska nämnden för 2025?",
     "decision not yet taken",
     "The revisionsberättelse only recommends (avstyrker); KF tries the matter on 25 May 2026, after the document.",
     "KF's ansvarsprövning", "the auditors' avstyrkan",
     ["beviljade ansvarsfrihet", "beviljat ansvarsfrihet", "vägrade ansvarsfrihet"], ["25 maj 2026"]),
    (G, "What was the budget deficit of Glimåker's tekniska nämnd in 2025?",
     "figure not given for the asked unit",
     "Only socialnämnden's deviation (−18,6 mnkr) is given; for tekniska nämnden only purchases without contract.",
     "tekniska nämnden's result", "14,2 mnkr purchases without contract, or −18,6 (socialnämnden)",
     ["tekniska nämndens underskott", "tekniska nämndens resultat", "tekniska nämndens avvikelse"],
     ["14,2 mnkr", "Socialnämnden totalt"]),
    (G, "Vad är revisionens budget i Glimåker för 2026?", "year not reported",
     "Only the 2025 budget (1 640 tkr) and outcome (1 587 tkr) are given.", "revisionens budget 2026",
     "1 640 tkr (2025)", ["budget för 2026", "budget 2026"], ["budget för 2025 var 1 640 tkr"]),

    (T, "Hur många tillsynsbesök genomförde myndighetsnämnden i Tornvalla under 2025?", "figure not given",
     "The plan only says the 2025 plan was carried out to 81 percent; no count of visits.", "inspections 2025",
     "81 procent", ["tillsynsbesök", "inspektioner genomfördes"], ["81 procent"]),
    (T, "How many hours does Tornvalla plan for tobacco and alcohol inspections in 2026?",
     "subject not in the document",
     "Alcohol and tobacco supervision is excluded from the plan (done by socialnämnden).",
     "alkohol/tobak supervision hours", "any hours figure of Tabell 2",
     ["tobaksförsäljning", "serveringsställen", "serveringstillstånd"], ["ingår inte i denna plan"]),

    (M, "Har kommunfullmäktige i Mjöhammar beslutat att utöka investeringsramen för förskolan Stjärnfallet?",
     "decision not yet taken",
     "Lärandenämnden only proposes 74 mnkr; KF is expected to take a position in April.", "KF's decision",
     "74 mnkr", ["fullmäktige beslutade", "fullmäktige har beslutat", "fullmäktige utökade"],
     ["Fullmäktige väntas ta ställning i april"]),
    (M, "What is the average merit value for girls in year 9 in Mjöhammar?",
     "measure not reported for the asked group",
     "Only the average for all pupils (221,4) is given.", "meritvärde for girls", "221,4",
     ["flickor", "pojkar"], ["221,4"]),
    (M, "Vad kostar det skolorna i Mjöhammar att samla in elevernas mobiltelefoner?", "figure not given",
     "The newsletter gives the decision and the vote but no cost of the collection.", "cost of mobile collection",
     "4,6 mnkr (free breakfast) or 1,9 mnkr (sommarskola)", ["mobilskåp", "kostnaden för insamlingen"],
     ["Varje rektor bestämmer"]),

    (H, "När antog kommunfullmäktige i Hovmåla detaljplanen för Sågverkstomten?", "decision not yet taken",
     "The granskningsutlåtande only expects adoption on 15 December 2025; no adoption is reported.",
     "KF's antagande", "15 december 2025",
     ["antogs av kommunfullmäktige", "fullmäktige antog", "har antagits"],
     ["beräknas kunna antas av kommunfullmäktige den 15 december 2025"]),
    (H, "How much will the soil remediation at Sågverkstomten in Hovmåla cost?", "figure not given",
     "The remediation is required (a1) but no cost is stated.", "remediation cost", "none / +14,2 m floor level",
     ["mnkr", "saneringskostnad", "kronor"], ["markföroreningarna ska vara avhjälpta"]),
    (H, "Vilka byggföretag har fått markanvisning i kvarter A på Sågverkstomten i Hovmåla?",
     "planned, not yet done", "The municipality only intends to allocate the land in 2026.",
     "markanvisning", "kvarter A and C, 2026", ["har anvisats", "markanvisning har", "markanvisningsavtal"],
     ["avser att anvisa marken i kvarter A och C"]),

    (A, "Vad beslutade kommunfullmäktige i Ängerhult om motionen om solceller på förskolorna?",
     "decision not yet taken", "The motion is to be handled by KF on 2026-05-25, after the report.",
     "KF decision on the solar motion", "11 av 17 förskolor / 2026-05-25",
     ["bifölls", "avslogs", "anses besvarad"], ["fullmäktige 2026-05-25"]),
    (A, "Who proposed the dog park (hundrastgård) in Ängerhult's centre?", "person not named",
     "The published version leaves out the names of those who submit medborgarförslag.",
     "förslagsställare", "a motionär's name from Tabell 1", [],
     ["Förslagsställarnas namn redovisas inte"]),
    (A, "Hur många motioner besvarade fullmäktige i Ängerhult under hela 2025?", "period not reported",
     "Only the number answered since the October 2025 report (seven) is given.", "motions answered in 2025",
     "sju (since October 2025)", ["under 2025 besvarade", "under hela 2025"],
     ["Sedan förra redovisningen i oktober 2025"]),

    (V, "Hur stort blir arvodet för kommunstyrelsens ordförande i Tovesund år 2027?", "year not reported",
     "The grundbelopp is given for 2026 only and is indexed each 1 January; no 2027 amount.", "arvode 2027",
     "74 000 kr (2026)", ["grundbeloppet för 2027", "år 2027"], ["räknas upp den 1 januari varje år"]),
    (V, "What is the monthly arvode of the chair of Tovesund's krisledningsnämnd?",
     "subject not in the document", "No krisledningsnämnd appears in the arvode table.",
     "krisledningsnämnd chair", "another chair's amount", ["krisledningsnämnd"], ["Socialnämndens ordförande"]),
]


def build():
    rows, reasons = [], {}
    for i, (doc, q, mc) in enumerate(ANSWERABLE, 1):
        rows.append({"id": f"u{i:02d}", "question": q, "answerable": True, "must_contain": mc, "doc": doc})
    for j, (doc, q, kind, why, subject, tempting, absent, present) in enumerate(NEAR_MISSES, len(ANSWERABLE) + 1):
        qid = f"u{j:02d}"
        rows.append({"id": qid, "question": q, "answerable": False, "must_contain": [], "doc": doc})
        reasons[qid] = {"doc": doc, "question": q, "kind": kind, "why": why, "subject": subject,
                        "tempting": tempting, "absent": absent, "present": present}
    return rows, reasons


if __name__ == "__main__":
    rows, reasons = build()
    (HERE.parent / "questions.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (HERE / "reasons.json").write_text(json.dumps(reasons, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(rows), "questions")
