"""Writes ../questions.jsonl and reasons.json for probe j.

    python3 questions.py

build() returns (rows, reasons); check.py calls it to make sure the committed files are reproduced.
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

V = "varnasa_bun_kallelse_2026-02-17.pdf"
O = "ormasa_ks_protokoll_2026-03-03.pdf"
T = "tjarnvik_von_delarsrapport_jan-aug_2025.pdf"
K = "krakmora_mbn_verksamhetsplan_budget_2026.docx"
H = "hostorpa_sn_manadsuppfoljning_2025-11.txt"
S = "siklunda_kfn_protokoll_2026-02-24.html"

ANSWERABLE = [
    # --- Vårnäsa BUN kallelse (6)
    (V, "vilket diarienummer har ärendet om nya förskolan i Norrbyn, Vårnäsa BUN?", ["BUN 2025/00231-2.4"]),
    (V, "Vem ska dra ärendet om elevfrånvaron på BUN-mötet i Vårnäsa den 17 februari?", ["Forsberg"]),
    (V, "hur många barn gick i förskolan i Norrbyns område i Vårnäsa i oktober 2025 jämfört med året innan",
     ["212", "186"]),
    (V, "Hur mycket investeringspengar vill barn- och utbildningsnämnden i Vårnäsa be KS om för paviljongen i "
        "Norrbyn, och hur många platser blir det?", ["18,6", "80 platser|80 förskoleplatser"]),
    (V, "från när ska de ändrade skolskjutsreglerna gälla i vårnäsa om förslaget går igenom?",
     ["2026-08-01|1 augusti 2026"]),
    (V, "How many more pupils in Vårnäsa would be entitled to school transport under the proposed new distance "
        "limit, and what would it cost per year?",
     ["47 elever|47 pupils|47 students|47 additional|47 more|47 children", "640"]),
    # --- Ormåsa KS protokoll (6)
    (O, "Vad beslutade KS i Ormåsa om försäljningen av Verkstaden 3 och hur röstade de?",
     ["7 450 000", "6 ja|6-5|6 mot 5|sex ja|6 röster mot 5"]),
    (O, "vilka reserverade sig mot försäljningen av verkstaden 3 i ormåsa", ["Åkesson", "Bäck", "Rask"]),
    (O, "Vad föreslår kommunstyrelsen i Ormåsa att fullmäktige ska besluta om borgen för Ormåsa Energi AB?",
     ["165 mnkr|165 miljoner"]),
    (O, "När börjar Ormåsas nya riktlinjer för representation att gälla?", ["2026-04-01|1 april 2026"]),
    (O, "dnr för borgensärendet om energibolaget, Ormåsa KS mars 2026?", ["KS 2026/38"]),
    (O, "vem var ordförande på kommunstyrelsens sammanträde i Ormåsa 3 mars", ["Lindholm"]),
    # --- Tjärnvik VON delårsrapport (5)
    (T, "vad är helårsprognosen för vård- och omsorgsnämnden i Tjärnvik 2025 jämfört med budget?", ["4,6"]),
    (T, "Hur stort underskott väntas hemtjänstgruppen Norra i Tjärnvik ha för helåret 2025?", ["2 340"]),
    (T, "Varför går hemtjänsten i Tjärnvik med underskott i år?", ["11 procent|183 400"]),
    (T, "hur lång var väntetiden till säbo i tjärnvik i augusti, jmf med samma tid året innan?",
     ["64 dagar", "48 dagar"]),
    (T, "What is the full-year forecast for särskilt boende in Tjärnvik's interim report for January–August 2025, "
        "and by how much does it deviate from the budget?", ["185,1|185.1", "2,7|2.7"]),
    # --- Kråkmora MBN verksamhetsplan (5)
    (K, "vad är nettobudgeten för bygglov i Kråkmora 2026", ["3 570"]),
    (K, "Hur mkt är kostnaderna budgeterade till för miljö- och hälsoskydd i Kråkmora 2026?", ["8 940"]),
    (K, "timtaxan för bygglov i Kråkmora, vad blir den 2026 och vad var den förut?", ["1 380", "1 290"]),
    (K, "hur många tillsynsbesök enligt miljöbalken planerar miljö- och byggnadsnämnden i Kråkmora 2026 jämfört "
        "med i fjol", ["420", "385"]),
    (K, "What is the total net budget of Kråkmora's environment and building committee for 2026, and what was "
        "it in 2025?", ["14 830|14,830|14.83", "14 090|14,090|14.09"]),
    # --- Höstorpa SN månadsuppföljning (5)
    (H, "hur många hushåll fick försörjningsstöd i höstorpa i november 2025, och hur många var det ett år "
        "tidigare?", ["412", "388"]),
    (H, "Hur mycket försörjningsstöd har Höstorpa betalat ut sammanlagt januari–november 2025?", ["51 630"]),
    (H, "Vad beror ökningen av försörjningsstödet i Höstorpa på?", ["31 hushåll", "etableringsersättning"]),
    (H, "Antal orosanmälningar för barn och unga i Höstorpa i november 2025?", ["148"]),
    (H, "vilken avvikelse mot budget räknar socialnämnden i Höstorpa med för försörjningsstödet för helåret 2025",
     ["4 400"]),
    # --- Siklunda KFN protokoll (5)
    (S, "hur mycket verksamhetsbidrag fick Siklunda IF för 2026?", ["160 000"]),
    (S, "Vad beslutade kultur- och fritidsnämnden i Siklunda om entréavgiften i simhallen och hur röstade man?",
     ["80 kronor|80 kr", "6 ja|6-3|6 mot 3|sex ja|6 röster mot 3"]),
    (S, "vilka reserverde sig mot höjd entréavgift i siklunda simhall?", ["Nyqvist", "Örn", "Sand"]),
    (S, "Hur många besök hade biblioteken i Siklunda 2025 jämfört med 2024?", ["84 200", "79 600"]),
    (S, "Who was awarded Siklunda's culture prize for 2026, and how much is the prize worth?",
     ["Vall", "20 000|20,000"]),
]

# (doc, question, kind, why, subject, absent strings)
UNANSWERABLE = [
    (V, "Vad blev BUN:s beslut om skolskjutsgränserna i Vårnäsa på mötet den 17 februari 2026?",
     "decision where only a proposal exists",
     "The document is a kallelse with tjänsteskrivelser: it has only the förvaltning's förslag till beslut; the "
     "meeting had not been held, so no decision is recorded.",
     "skolskjuts avståndsgräns", ["protokoll", "beslutade", "Nämnden beslöt", "justerades"]),
    (V, "vad kostade skolskjutsen i Vårnäsa 2024?", "year not reported",
     "Only the 2025 skolskjuts cost (14 870 tkr) and the yearly extra cost of the proposal are given.",
     "skolskjuts cost", ["under 2024", "kostnaden 2024", "2024 uppgick"]),
    (V, "vilken helårsprognos har barn- och utbildningsnämnden i Vårnäsa för 2026", "detail never given",
     "The kallelse says explicitly that no full-year prognosis is given at this meeting; the first comes in April.",
     "BUN helårsprognos 2026", ["prognos om", "prognostiserar", "underskott", "överskott"]),
    (O, "Vad beslutade kommunfullmäktige i Ormåsa om borgensramen för Ormåsa Energi AB?",
     "decision where only a proposal exists",
     "KS § 44 only proposes to KF (165 mnkr); KF is to handle it on 23 March 2026 and no KF decision is in the "
     "documents.", "borgen Ormåsa Energi", ["Kommunfullmäktige beslutar", "fullmäktige beslutade",
                                            "fullmäktige har beslutat att"]),
    (O, "vad har Verkstaden 3 i Ormåsa för taxeringsvärde", "detail never given",
     "The protokoll gives the area (6 820 kvm), the number of bids and the price, but no taxeringsvärde or "
     "valuation.", "Verkstaden 3", ["taxeringsvärde", "värdering", "marknadsvärde"]),
    (O, "How much did Ormåsa Energi AB borrow during 2025?", "detail never given",
     "Only the existing (120 mnkr) and proposed (165 mnkr) borgensram are given, not the company's borrowing in "
     "any year.", "Ormåsa Energi AB loans", ["lånade", "upplåning", "låneskuld", "utnyttjat belopp om"]),
    (T, "Hur stort underskott räknar vård- och omsorgsnämnden i Tjärnvik med för 2026?", "year not reported",
     "The prognosis covers 2025 only; 2026 is mentioned only as the year the åtgärder take full effect.",
     "VON prognos 2026", ["prognos för 2026", "budget 2026", "helåret 2026"]),
    (T, "vad kostade inhyrd personal i hemtjänsten i Tjärnvik i somras?", "detail never given",
     "The report says costs for inhyrd personal arose in the summer (Östra Tjärnbyn) but gives no amount.",
     "inhyrd personal", ["inhyrd personal om", "bemanningsföretag", "inhyrd personal uppgick"]),
    (T, "Vad är prognosen för individ- och familjeomsorgen i Tjärnvik 2025?", "another board",
     "The delårsrapport is the vård- och omsorgsnämnd's; IFO is not part of it and no other Tjärnvik document "
     "exists.", "IFO Tjärnvik", ["individ- och familjeomsorg", "socialnämnd", "försörjningsstöd"]),
    (K, "Vad är intäktsbudgeten för bygglov i Kråkmora 2027?", "year not reported",
     "The plan has budget 2026 and netto 2025 only; there is no plan for 2027.", "bygglov budget 2027",
     ["2027", "plan 2027", "Budget 2027"]),
    (K, "hur många bygglovsansökningar avslogs i Kråkmora under 2025", "count not broken down",
     "Only the number of applications received in 2025 (412) is given, not how many were refused.",
     "bygglov 2025", ["avslag", "avslogs", "beviljades"]),
    (K, "Hur stor är kultur- och fritidsnämndens budget i Kråkmora 2026?", "another board",
     "The document is the miljö- och byggnadsnämnd's plan; Kråkmora's kultur- och fritidsnämnd is not covered "
     "(the KFN document is Siklunda's).", "KFN budget Kråkmora", ["kultur- och fritid", "fritidsnämnd"]),
    (H, "Hur många hushåll i Höstorpa fick försörjningsstöd i december 2025?", "month not reported",
     "The uppföljning covers November 2025 (with November 2024 for comparison); December is not reported.",
     "försörjningsstöd december", ["december", "Dec 2025"]),
    (H, "How many of the orosanmälningar in Höstorpa in November 2025 led to an investigation being opened?",
     "detail never given",
     "Only the number of orosanmälningar (148) is given, not how many led to utredning.",
     "orosanmälningar utredning", ["utredning", "inleddes", "inledda"]),
    (S, "Hur mycket fick Siklunda IF i verksamhetsbidrag 2025?", "year not reported",
     "The table gives sökt and beviljat belopp for 2026 only.", "Siklunda IF bidrag 2025",
     ["bidrag 2025", "verksamhetsbidrag 2025", "beviljades 2025"]),
    (S, "hur mycket mer pengar kommer Siklunda simhall att dra in på den höjda vuxenavgiften?",
     "future outcome / detail never given",
     "The § gives the fee change (70 → 80 kronor) and the date, but no estimate of extra revenue or visitor "
     "numbers.", "simhall intäkter", ["ökade intäkter", "intäktsökning", "merintäkt", "besökare per år"]),
]


def build():
    rows = []
    for i, (doc, q, mc) in enumerate(ANSWERABLE, start=1):
        rows.append({"id": f"j{i:02d}", "question": q, "answerable": True, "must_contain": mc, "doc": doc})
    reasons = {}
    for i, (doc, q, kind, why, subject, absent) in enumerate(UNANSWERABLE, start=len(ANSWERABLE) + 1):
        qid = f"j{i:02d}"
        rows.append({"id": qid, "question": q, "answerable": False, "must_contain": [], "doc": doc})
        reasons[qid] = {"doc": doc, "question": q, "kind": kind, "why": why, "subject": subject, "absent": absent}
    return rows, reasons


if __name__ == "__main__":
    rows, reasons = build()
    (HERE.parent / "questions.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (HERE / "reasons.json").write_text(json.dumps(reasons, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(rows)} questions, {len(reasons)} reasons")
