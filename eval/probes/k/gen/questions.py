"""Writes ../questions.jsonl and reasons.json for probe k. `build()` returns (rows, reasons)."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

HAR = "harvsjo_bmn_protokoll_2026-03-19.docx"
ULV = "ulvsater_gyn_protokoll_2026-02-12.docx"
KAR = "karrstorp_ksau_kallelse_2026-04-07.docx"
ENE = "enebacka_tn_arsbokslut_2025.pdf"
LJU = "ljusterby_kun_beslutsuppfoljning_2026-01.md"
HJA = "hjalmtorp_kln_protokoll_2026-01-22.pdf"

ANSWERABLE = [
    # Harvsjö – bygg- och miljönämndens protokoll (DOCX, §§ as rows of a two-column table)
    (HAR, "vad har ärendet om flerbostadshuset på Mjölnaren 7 för diarienummer hos bygg- och miljönämnden i Harvsjö",
     ["BMN 2025-000341"]),
    (HAR, "Vem justerade bmn:s protokoll i Harvsjö den 19 mars 2026?", ["Hägg"]),
    (HAR, "hur röstade byggnämnden i Harvsjö om bygglovet för huset på Mjölnaren 7, gick det igenom?",
     ["beviljar|beviljas|bevilja", "6 ja|6 röster mot 3|6-3|6–3|6 mot 3"]),
    (HAR, "hur stor byggsanktionsavgift fick ägaren till strandbo 2:14 i harvsjö betala", ["57 240"]),
    (HAR, "Who on Harvsjö's building committee (bygg- och miljönämnden) entered a reservation against the permit "
          "for Mjölnaren 7?", ["Hägg", "Strand", "Nord"]),
    (HAR, "Harvsjö bmn: hur mkt bygglovsintäkter jan–feb 2026, jmf med samma period året innan?",
     ["1 120", "1 460"]),
    # Ulvsäter – gymnasienämndens protokoll (DOCX, "§ 9 Dnr 2025/77 …" headings, bold-run subheadings)
    (ULV, "vilket diarienr har ärendet om programutbudet 26/27 i gymnasienämnden i Ulvsäter", ["2025/77"]),
    (ULV, "Vem var ordförande när gymnasienämnden i Ulvsäter sammanträdde 12 feb 2026?", ["Brandt"]),
    (ULV, "hur gick omröstningen om el- och energiprogrammet i ulvsäters gymnasienämnd och vad blev utfallet",
     ["7 ja|7–4|7-4|7 mot 4|sju ja", "inte tar emot|inga nya elever|inte ta emot"]),
    (ULV, "Ulvsäter gymnasienämnd: vilka reserverde sig mot beslutet om programutbudet?",
     ["Haddad", "Ahlqvist", "Persson"]),
    (ULV, "hur mycket blir inackorderingstillägget i Ulvsäter och från när gäller det nya beloppet",
     ["2 150", "2026-08-01|1 augusti 2026"]),
    (ULV, "vad tar Ulvsäters gymnasium i IKE för en elev på natur 2026?", ["98 400"]),
    # Kärrstorp – kallelse till KSAU (DOCX, Word-numbered föredragningslista)
    (KAR, "vilket dnr har markanvisningen i östra hagen på ksau i Kärrstorp", ["KS.2025.112"]),
    (KAR, "Vilket pris per kvm BTA föreslås i markanvisningsavtalet för Östra Hagen i Kärrstorp?", ["2 350"]),
    (KAR, "hur mycket pengar ur utvecklingsfonden vill hembygdsföreningen i Kärrstorp ha", ["145 000"]),
    (KAR, "när senast ska Kärrstorp lämna sitt yttrande över den regionala transporplanen",
     ["2026-04-30|30 april 2026"]),
    (KAR, "vem ska dra ekonomiska uppföljningen för mars på arbetsutskottet i Kärrstorp 7 april", ["Wiik"]),
    # Enebacka – tekniska nämndens årsbokslut (PDF, multi-level tables, landscape page)
    (ENE, "vad kostade vinterväghållningen i köpta tjänster för tekniska nämnden i Enebacka 2025 jmf med 2024",
     ["14,9", "11,2"]),
    (ENE, "Enebacka TN årsbokslut: vad blev utfallet 2025 för skollokalerna?", ["50,7"]),
    (ENE, "hur mycket gick gata o trafik i Enebacka över budget 2025, och varför?",
     ["2,5", "snörik|snöröjning|vinterväghållning|plogtillfällen"]),
    (ENE, "What was the 2025 result of Enebacka's technical committee (tekniska nämnden), and what was it in 2024?",
     ["2,7|2.7", "0,8|0.8"]),
    (ENE, "när öppnade den nya återvinningscentralen i Enebacka", ["1 september 2025|2025-09-01"]),
    # Ljusterby – kulturnämndens beslutsuppföljning (Markdown wiki export)
    (LJU, "vad är status på utredningen om att flytta konsthallen i Ljusterby och varför",
     ["Ej påbörjad|inte påbörjats|inte startat", "lokalförsörjningsplan"]),
    (LJU, "Vad kostar en termin i kulturskolan i Ljusterby efter höjningen?", ["750"]),
    (LJU, "hur långt har kulturnämnden i ljusterby kommit med digitaliseringen av bildarkivet", ["4 200"]),
    (LJU, "What is the status of the mobile library (bokbuss) decision in Ljusterby's kulturnämnd follow-up, and "
          "why is it delayed?", ["Pågår|ongoing|in progress|underway", "överpröv|förvaltningsrätt|court|appeal"]),
    (LJU, "vilket datum och vilken paragraf tog kulturnämnden i Ljusterby beslutet om teaterföreningens avtal för "
          "Godsmagasinet", ["2025-10-21", "§ 72"]),
    # Hjälmtorp – krisledningsnämndens protokoll (PDF, two §§ per page, Expedieras till)
    (HJA, "hur många hushåll i Hjälmtorp har kokningsrekommendation", ["4 300"]),
    (HJA, "Vad beslutade krisledningsnämnden i Hjälmtorp om brukningsavgiften för vatten och hur föll rösterna?",
     ["50 procent|50 %|halva", "4 ja|4 mot 1|4-1|4–1|fyra ja"]),
    (HJA, "vem levererar uv-aggregaten till vattenverket i Hjälmtorp och vad kostar de",
     ["Aqualin", "2 350 000|2,35 miljoner|2,35 mnkr"]),
    (HJA, "Who entered a reservation against the water fee reduction decided by Hjälmtorp's crisis management "
          "committee (krisledningsnämnden)?", ["Göran Tall"]),
    (HJA, "från vilket datum stängs simhallen i Östanå, Hjälmtorp", ["23 januari 2026|2026-01-23"]),
]

# (doc, question, kind, why, subject, absent)
UNANSWERABLE = [
    (HAR, "När beslutade KF i Harvsjö om den nya timavgiften för bygglov?",
     "a decision where only a proposal exists",
     "§ 28 only says that bygg- och miljönämnden föreslår kommunfullmäktige to raise the timavgift to 1 410 kr "
     "from 2026-07-01; no fullmäktige decision or date of one is given",
     "kommunfullmäktige's decision on the bygglov timavgift",
     ["kommunfullmäktige beslutade", "fullmäktige har beslutat", "kommunfullmäktige den", "KF beslutade"]),
    (HAR, "hur mycket bygglovsintäkter hade bmn i Harvsjö i mars 2026",
     "a month not reported (a neighbouring period is)",
     "§ 26 reports bygglovsintäkter for January–February 2026 only (1 120 tkr); the meeting itself is on 19 March",
     "bygglovsintäkter March 2026",
     ["januari–mars", "jan–mar", "intäkterna för mars", "första kvartalet", "i mars uppgick"]),
    (HAR, "Vad beslutade kommunstyrelsen i Harvsjö om laddinfrastrukturen vid Torget?",
     "another board of the same municipality",
     "the document is bygg- och miljönämndens protokoll; the laddinfrastruktur item is only mentioned as "
     "removed from the agenda, and kommunstyrelsen does not occur",
     "kommunstyrelsen's decision on laddinfrastruktur",
     ["kommunstyrelsen", "laddstolpar", "laddplatser"]),
    (ULV, "Vad beslutade barn- och utbildningsnämnden i Ulvsäter om skolskjuts?",
     "another board of the same municipality",
     "only gymnasienämnden's protokoll is in the probe; skolskjuts and barn- och utbildningsnämnden do not occur",
     "barn- och utbildningsnämnden, skolskjuts",
     ["barn- och utbildningsnämnden", "skolskjuts", "grundskola"]),
    (ULV, "How many students applied in total to Ulvsäter's upper secondary school for the school year 2026/27?",
     "a detail the document does not give",
     "§ 9 gives the number of places (412) and says El- och energiprogrammet had only five "
     "förstahandssökande, but no total number of applicants",
     "total number of applicants 2026/27",
     ["antal sökande", "sökande totalt", "söktryck", "ansökningar till gymnasiet"]),
    (ULV, "hur stort blev gymnasienämndens underskott i Ulvsäter för helåret 2026",
     "a future outcome",
     "§ 11 (12 February 2026) only gives a prognosis of a 2,8 mnkr deficit; the outcome of the year is not known",
     "full-year outcome 2026",
     ["utfallet för helåret", "bokslut 2026", "underskottet blev", "årsbokslut"]),
    (KAR, "Vad beslutade arbetsutskottet i Kärrstorp om markanvisningen till Hemfast Bostad?",
     "a decision where only a proposal exists",
     "the document is a kallelse; it only says that arbetsutskottet föreslås föreslå kommunstyrelsen to approve "
     "the agreement",
     "KSAU's decision on the markanvisning",
     ["arbetsutskottet beslutar", "arbetsutskottet beslutade", "justerat", "protokollsutdrag"]),
    (KAR, "What deficit did Kärrstorp's municipal board forecast after March 2026, according to the arbetsutskott's "
          "meeting papers?",
     "a detail the document does not give",
     "item 'Ekonomisk uppföljning mars 2026' is information only and the underlag is handed out at the meeting; "
     "no result or prognosis figure is given",
     "prognosis after March 2026",
     ["underskott", "överskott", "prognostiserar", "avvikelse"]),
    (KAR, "hur mycket ur utvecklingsfonden föreslår förvaltningen att hembygdsföreningen i Kärrstorp ska få",
     "a detail the document does not give",
     "the kallelse says the application is proposed to be granted in part and that the amount is in a separate "
     "tjänsteskrivelse; only the sought 145 000 kr and the remaining 410 000 kr are given",
     "proposed grant to the hembygdsförening",
     ["beviljas med", "föreslås beviljas med", "föreslås få", "tjänsteskrivelsen föreslår"]),
    (ENE, "vad hade tekniska nämnden i Enebacka för nettokostnad 2023",
     "a year not reported (a neighbouring one is)",
     "the årsbokslut has columns for 2025 and 2024 only",
     "nettokostnad 2023", ["2023"]),
    (ENE, "Hur mycket fick Enebacka kommun i försäkringsersättning för stormskadorna i oktober?",
     "a detail the document does not give",
     "the storm damage was reported to the insurer but the compensation 'är ännu inte fastställd'; no amount",
     "insurance compensation for the storm",
     ["ersättningen uppgick", "ersättning om", "försäkringsersättning", "ersättningen blev"]),
    (ENE, "vilket resultat redovisade kultur- och fritidsnämnden i Enebacka för 2025",
     "another board of the same municipality",
     "only tekniska nämndens årsbokslut is in the probe; kultur- och fritidsnämnden does not occur",
     "kultur- och fritidsnämnden's result", ["kultur", "fritidsnämnd"]),
    (LJU, "Vad beräknas flytten av konsthallen i Ljusterby till tingshuset kosta?",
     "a detail the document does not give",
     "the investigation of the move has not started (Ej påbörjad); no cost is given",
     "cost of moving the konsthall",
     ["kostnad för flytten", "beräknad kostnad", "flytten beräknas", "flytten kostar"]),
    (LJU, "vilka av fritidsnämndens beslut i Ljusterby är inte verkställda ännu",
     "another board of the same municipality",
     "the info panel says fritidsnämndens beslut are followed up in a separate list, which is not in the probe",
     "fritidsnämnden's decisions",
     ["fritidsnämnden beslutade", "konstgräs", "idrottshall", "fritidsgård"]),
    (HJA, "vad var orsaken till e. coli-föroreningen i Hjälmtorps dricksvatten",
     "a detail the document does not give",
     "§ 2 says where the contamination comes from 'är ännu inte klarlagt' and that an external investigator was "
     "engaged",
     "cause of the contamination",
     ["orsaken var", "berodde på", "orsakades av", "ledningsbrott", "översvämning"]),
    (HJA, "När hävdes kokningsrekommendationen i Hjälmtorp?",
     "a future outcome",
     "the protokoll of 22 January 2026 says the UV units are needed in order to lift the recommendation; it was "
     "still in force",
     "date the kokningsrekommendation was lifted",
     ["hävdes", "upphävdes", "har hävts", "upphörde"]),
]


def build():
    rows, reasons = [], {}
    for i, (doc, q, mc) in enumerate(ANSWERABLE, start=1):
        rows.append({"id": f"k{i:02d}", "question": q, "answerable": True, "must_contain": mc, "doc": doc})
    for j, (doc, q, kind, why, subject, absent) in enumerate(UNANSWERABLE, start=len(ANSWERABLE) + 1):
        qid = f"k{j:02d}"
        rows.append({"id": qid, "question": q, "answerable": False, "must_contain": [], "doc": doc})
        reasons[qid] = {"doc": doc, "question": q, "kind": kind, "why": why, "subject": subject, "absent": absent}
    return rows, reasons


if __name__ == "__main__":
    rows, reasons = build()
    (HERE.parent / "questions.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (HERE / "reasons.json").write_text(json.dumps(reasons, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(rows), "questions,", len(reasons), "reasons")
