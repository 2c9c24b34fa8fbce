"""Writes ../questions.jsonl (48 questions s01–s48 in run.py's format) and reasons.json (for every unanswerable
question: why the answer is absent, the tempting wrong value, strings that must be absent from / present in its
document). Run: ../../../../.venv/bin/python questions.py
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

KS = "hokmora_ks_protokoll_2025-10-07.pdf"
KFN = "vitmossa_kfn_kallelse_2025-11-18.docx"
MBN = "grytvika_mbn_protokoll_2025-09-24.html"
TN = "backhamra_tn_manadsuppfoljning_2025-10.pdf"
VON = "hallonvik_von_patientsakerhetsberattelse_2025.md"
GYN = "renholma_gyn_delarsrapport_jan-aug_2025.txt"

# (doc, question, must_contain) – answerable, s01–s32
ANSWERABLE = [
    # Hökmora – kommunstyrelsens protokoll (PDF)
    (KS, "vem justerade ks protokollet från 7 okt i hökmora, och när skedde justeringen",
     ["Marklund", "10 oktober|2025-10-10"]),
    (KS, "How did the vote go in Hökmora's executive board on selling the old courthouse?",
     ["8 ja|8 votes|8 in favour|8 for|8-5", "5 nej|5 against|5 votes|8-5"]),
    (KS, "hökmora ks gav pengar till hembygdsföreningen för backstugan – hur mycket, o vad finns kvar av "
         "förfogandeanslaget efter det",
     ["85 000|85000|85 tkr", "1 240 000|1240000|1,24 mnkr|1 240 tkr"]),
    (KS, "Did Hökmora's executive board decide the solar panel motion itself, or did it only make a proposal?",
     ["kommunfullmäktige|council|fullmäktige", "solenergiplan|solar energy plan|solar plan"]),
    (KS, "delårsrapporten hökmora – vad är prognosen för årets resultat jämfört med budget",
     ["21,3", "26,0|26 mnkr|26 miljoner"]),
    (KS, "varför avslog ks i hökmora medborgarförslaget om en hundrastgård", ["340 000|340000|340 tkr"]),
    # Vitmossa – kultur- och fritidsnämndens kallelse med tjänsteskrivelser (DOCX)
    (KFN, "när o var är nästa kfn-sammanträde i vitmossa", ["18 november|2025-11-18", "Varpen"]),
    (KFN, "vitmossa föreningsbidrag 2026 – vad föreslår förvaltningen att aktivitetsbidraget ska bli",
     ["14 kr|14 kronor"]),
    (KFN, "In Vitmossa, what hourly rate is proposed for adults renting the whole sports hall next year?", ["280"]),
    (KFN, "vem ska föredra biblioteksplanen på kfn i vitmossa", ["Wallin"]),
    (KFN, "utegymmet i råbäck, vitmossa – vad kostar det o hur ska det finansieras",
     ["380 000|380000|380 tkr", "spontanidrott"]),
    (KFN, "vilket diarienr har ärendet om lokaluthyrningstaxor hos kfn i vitmossa", ["KFN 2025.094|2025.094"]),
    # Grytvika – miljö- och byggnadsnämndens protokoll (portal HTML)
    (MBN, "bygglovet för flerbostadshuset på sjöbacken i grytvika – dnr och avgift?",
     ["2025-000412|MBN 2025-000412", "86 400|86400"]),
    (MBN, "grytvika mbn, varför fick bryggan på näset ingen strandskyddsdispens",
     ["gädda|lekområde|pike|spawning"]),
    (MBN, "What hourly fee does Grytvika's environment and building committee want for environmental supervision "
          "from 2026?", ["1 310|1310"]),
    (MBN, "vilka reseverade sig i grytvika mbn mot vitet för avloppet på rönnen, och hur gick voteringen",
     ["Grön", "Åslund|Aslund", "7 ja|7-2|7 röster"]),
    (MBN, "grytvika: hur många bygglovsärenden kom in jan-aug i år jmf samma period ifjol", ["312", "287"]),
    # Bäckhamra – tekniska nämndens månadsuppföljning (PDF with tables)
    (TN, "bäckhamra tn okt-uppföljningen: hur stort underskott blir det för vinterväghållningen",
     ["2 400|2400|2,4 mnkr"]),
    (TN, "What is the total forecast deviation for Bäckhamra's technical committee in October, and what was it in "
         "September?", ["2 600|2600|2.6|2,6", "2 250|2250|2.25|2,25"]),
    (TN, "Why has the cycle path along Åvägen in Bäckhamra been delayed?", ["överklag|appeal"]),
    (TN, "utfall jan-okt för kost o lokalvård i bäckhamra", ["12 480|12480|12,48"]),
    (TN, "varför går kosten back i bäckhamra tekniska", ["livsmedel|food"]),
    # Hallonvik – patientsäkerhetsberättelse (markdown)
    (VON, "hallonvik läkemedelsavvikelser 2025, hur många jmf med 2024", ["689", "612"]),
    (VON, "vem har skrivit patientsäkerhetsberättelsen för 2025 i hallonvik", ["Sundqvist"]),
    (VON, "How many lex Maria reports did Hallonvik's elderly care make to IVO in 2025?",
     ["två anmälningar|two|2 lex|2 reports"]),
    (VON, "andelen med trycksår på säbo i hallonvik enl senaste mätningen – bättre än året innan?",
     ["8,4", "11,2"]),
    (VON, "varför har läkemdelsavvikelserna ökat i hallonvik",
     ["digital signering|digitala signering|digital sign"]),
    # Renholma – gymnasienämndens delårsrapport (plain text)
    (GYN, "gymnasienämnden renholma – prognos helår och avvikelse mot budget", ["218,9", "4,3"]),
    (GYN, "varför går gyn i renholma back i delåret",
     ["interkommunal|412|IKE|inter-municipal|other municipalities"]),
    (GYN, "What share of Renholma's students graduated within three years in 2024/25, compared with the year "
          "before?", ["71,8|71.8", "74,5|74.5"]),
    (GYN, "hur många elever läser samhällsprogrammet på ekängsgymnasiet, renholma", ["171"]),
    (GYN, "när beslutade gyn i renholma att sluta ta in elever på vård- och omsorgsprogrammet, o varför",
     ["21 maj 2025|2025-05-21|21 May 2025", "12 förstahandssökande|12 sökande|12 first"]),
]

# (doc, question, reason) – unanswerable near misses, s33–s48
UNANSWERABLE = [
    (KS, "vad beslutade kf i hökmora om delårsrapporten jan-aug 2025", dict(
        kind="decision not yet taken (only a proposal to another body)", subject="delårsrapport, KF",
        why="The protocol is the kommunstyrelse's; it only proposes that KF approve the delårsrapport. No KF "
            "decision is reported.",
        tempting="'godkänns' (KS's proposal to KF)",
        absent=["Kommunfullmäktige beslutar", "Kommunfullmäktiges beslut", "fullmäktige har godkänt"],
        present=["Kommunstyrelsens förslag till kommunfullmäktige", "godkänns"])),
    (KS, "hökmora soc åtgärdsplan – hur mycket ska socialnämnden spara enligt planen", dict(
        kind="planned, not yet done", subject="socialnämndens åtgärdsplan",
        why="KS only asks socialnämnden to present an åtgärdsplan by 30 November 2025; its content is not given.",
        tempting="14,2 mnkr (socialnämndens prognosed deficit)",
        absent=["åtgärdsplanen omfattar", "besparing", "ska spara"],
        present=["senast den 30 november 2025", "-14,2 mnkr"])),
    (KS, "How much will the new swimming pool in Hökmora cost?", dict(
        kind="subject not treated", subject="swimming pool",
        why="No document mentions a swimming pool or bath house.",
        tempting="24 mnkr (solar panels) or 3 850 000 kr (courthouse sale)",
        absent=["simhall", "badhus", "simbad"], present=[])),
    (KFN, "vitmossa kfn, vad blev beslutet om aktivitetsbidraget för 2026", dict(
        kind="decision not yet taken", subject="aktivitetsbidrag 2026",
        why="The document is a kallelse: the tjänsteskrivelse proposes 14 kr; the meeting has not taken place.",
        tempting="14 kr (the proposal)",
        absent=["beslutade", "Protokollsutdrag", "Justerandes"],
        present=["Förvaltningens förslag till beslut", "Kallelse"])),
    (KFN, "vitmossa konstgräsplanen – vad kostade den per timme för ungdomslag 2024", dict(
        kind="year not reported", subject="taxa konstgräsplan",
        why="The taxa table gives 2025 (180) and the 2026 proposal (190) only; no 2024 rate or earlier change.",
        tempting="180 (2025)",
        absent=["Taxa 2024", "2024, kr/tim", "höjdes senast"],
        present=["Taxa 2025, kr/tim", "Konstgräsplan, 11 mot 11"])),
    (KFN, "How many visitors did Vitmossa's libraries have in 2024?", dict(
        kind="figure not given (subject only on the agenda)", subject="bibliotek",
        why="The library appears only as an information item (biblioteksplan) on the agenda, without figures.",
        tempting="162 400 (deltagartillfällen in föreningar)",
        absent=["besökare", "besök", "utlån"],
        present=["Biblioteksplan 2026–2029"])),
    (MBN, "när antog kf i grytvika miljöbalkstaxan för 2026", dict(
        kind="decision not yet taken (proposal to KF)", subject="taxa miljöbalken 2026",
        why="MBN proposes that KF adopt the taxa (1 310 kr/h); no KF decision or date is reported.",
        tempting="2025-09-24 (MBN's meeting) or 1 januari 2026 (the intended start)",
        absent=["kommunfullmäktige har antagit", "Kommunfullmäktige beslutade", "antogs av kommunfullmäktige"],
        present=["föreslår att kommunfullmäktige beslutar"])),
    (MBN, "grytvika mbn median handläggningstid för bygglov 2024?", dict(
        kind="year not reported", subject="handläggningstid bygglov",
        why="Only the 2025 median (4,1 veckor) is given; 2024 is compared only for the number of ärenden.",
        tempting="4,1 veckor (2025)",
        absent=["2024 var mediantiden", "mediantiden 2024", "veckor under 2024"],
        present=["4,1 veckor", "287 under samma period 2024"])),
    (TN, "bäckhamra tn – vad är prognosen för va-verksamheten i år", dict(
        kind="sub-unit not reported", subject="VA",
        why="Water/sewage and waste are explicitly excluded from the report.",
        tempting="-2 600 tkr (the nämnd's total)",
        absent=["VA-verksamheten prognostiserar", "prognos för VA"],
        present=["ingår inte i denna uppföljning"])),
    (TN, "How much did winter road maintenance cost Bäckhamra in 2024?", dict(
        kind="year not reported", subject="vinterväghållning",
        why="Only 2025 figures (budget 9 800, utfall jan–okt 10 940, prognos 12 200 tkr) are given.",
        tempting="10 940 or 12 200 tkr (2025)",
        absent=["vinterväghållning 2024", "vintern 2024", "utfall 2024"],
        present=["Vinterväghållning", "10 940"])),
    (TN, "vad blir parkeringsavgiften i bäckhamra centrum 2026", dict(
        kind="subject not treated", subject="parkering",
        why="No document treats parking fees.",
        tempting="none",
        absent=["parkering", "p-avgift"], present=[])),
    (VON, "hallonvik hur många fallavvikelser var det 2023", dict(
        kind="year not reported", subject="fallavvikelser",
        why="The avvikelse table covers 2024 and 2025 only.",
        tempting="1 126 (2024)",
        absent=["2023"], present=["1 126", "1 048"])),
    (VON, "What did IVO conclude about Hallonvik's lex Maria case on the delayed doctor contact after a fall?", dict(
        kind="planned / pending, not yet done", subject="lex Maria ärende 2",
        why="IVO's handling of the second case is still pending; only the first case (insulin) was closed.",
        tempting="'tillräckliga åtgärder' (IVO's conclusion in the insulin case)",
        absent=["IVO avslutade ärendet om fallet", "kritik"],
        present=["handläggning av ärendet pågår"])),
    (VON, "hur stor andel i hemtjänsten har trycksår i hallonvik", dict(
        kind="sub-unit not measured", subject="trycksår",
        why="The prevalence measurement covered särskilt boende only; ordinärt boende was not included.",
        tempting="8,4 procent (särskilt boende)",
        absent=["trycksår i hemtjänsten", "hemtjänst"], present=["ordinärt boende ingick inte"])),
    (GYN, "genomsnittlig betygspoäng på teknikprogrammet i renholma?", dict(
        kind="sub-unit not reported", subject="betygspoäng per program",
        why="Average grade points are given only for the school as a whole.",
        tempting="13,9 (whole school)",
        absent=["Teknikprogrammet\t13", "betygspoäng per program"],
        present=["redovisas endast för skolan som helhet", "13,9"])),
    (GYN, "hur mycket extra pengar fick gyn i renholma från ks för ike-kostnaderna", dict(
        kind="decision not yet taken", subject="kompensation för interkommunala ersättningar",
        why="The nämnd only intends to ask KS for compensation; KS has not treated any such request.",
        tempting="4,7 mnkr (the IKE deficit)",
        absent=["kommunstyrelsen beviljade", "tilläggsanslag om"],
        present=["har ännu inte behandlats av kommunstyrelsen", "-4,7"])),
]


def build():
    rows, reasons = [], {}
    for i, (doc, q, mc) in enumerate(ANSWERABLE, 1):
        rows.append({"id": f"s{i:02d}", "question": q, "answerable": True, "must_contain": mc, "doc": doc})
    for i, (doc, q, r) in enumerate(UNANSWERABLE, len(ANSWERABLE) + 1):
        qid = f"s{i:02d}"
        rows.append({"id": qid, "question": q, "answerable": False, "must_contain": [], "doc": doc})
        reasons[qid] = {"doc": doc, "question": q, **r}
    return rows, reasons


def main():
    rows, reasons = build()
    (HERE.parent / "questions.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (HERE / "reasons.json").write_text(json.dumps(reasons, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} questions, {len(reasons)} reasons")


if __name__ == "__main__":
    main()
