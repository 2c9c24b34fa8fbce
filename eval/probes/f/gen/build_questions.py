"""Source of ../questions.jsonl and reasons.json (probe f)."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
D1 = "lovsjo_bun_protokoll_2025-11-18.pdf"
D2 = "brannvika_sn_tjansteskrivelse_familjehem_2025-09-02.docx"
D3 = "granaker_mbn_delarsrapport_jan-aug_2025.pdf"
D4 = "vittersand_ks_kallelse_2026-03-03.html"
D5 = "myrbacka_von_verksamhetsberattelse_2025.txt"
D6 = "hasslerud_bun_verksamhetsplan_budget_2026-2027.md"
D7 = "tjarnas_sn_manadsuppfoljning_2025-09.pdf"
D8 = "kallvreta_kf_protokoll_2026-02-23.txt"

# (question, must_contain, doc, english)
ANSWERABLE = [
    # 1 Lövsjö BUN protokoll
    ("Vilka röstade emot att lägga ner Tallbackens förskola?", ["Wiklander", "Ferm"], D1, False),
    ("hur många barn går på tallbacken nu och vart ska dom ta vägen när den stänger?",
     ["42", "Ekorren|Solrosen"], D1, False),
    ("Vem justerade bun-protokollet från 18 november?", ["Lena Björkman"], D1, False),
    ("Mitt barn går i femman – hur långt från skolan måste vi bo för att få skolskjuts med de nya "
     "reglerna, och när börjar de gälla?", ["3 km", "1 augusti 2026|2026-08-01"], D1, False),
    ("Hur stort underskott räknar bun i Lövsjö med för 2025 efter oktoberuppföljningen?", ["6,4"], D1, False),
    ("När måste Lilla Myran senast ha fixat bristerna som tillsynen hittade?",
     ["28 februari 2026|2026-02-28"], D1, False),
    # 2 Brännvika tjänsteskrivelse
    ("Vad kostar en HVB-placering per dygn i snitt för Brännvika?", ["4 250"], D2, False),
    ("Vem är handläggare för ärendet om att förstärka familjehemsvården?", ["Camilla Rehn"], D2, False),
    ("hur många barn och unga bodde på hvb i slutet av augusti 2025, jämfört med samma tid året innan?",
     ["14", "9"], D2, False),
    ("Vad beräknas det kosta att rekrytera och utbilda nya familjehem under 2026?", ["320"], D2, False),
    ("If the foster care proposal goes through, how much is it expected to save in 2027?",
     ["2 850|2,850|2850"], D2, True),
    ("När ska socialnämnden få höra hur satsningen på familjehem har gått?", ["september 2026"], D2, False),
    # 3 Granåker delårsrapport
    ("Hur mycket över budget hamnar bostadsanpassningen 2025 enligt prognosen?", ["1 500"], D3, False),
    ("hur många bygglovsärenden kom in jan–aug 2025, och hur många var det samma period 2024?",
     ["412", "455"], D3, False),
    ("Blir det plus eller minus för miljö- och bygg totalt 2025, och hur mycket?", ["2 200"], D3, False),
    ("What was the sick leave rate at the environment and building department in January to August?",
     ["5,8|5.8"], D3, True),
    ("Hur många livsmedelskontroller hann de göra fram till augusti, och hur många skulle göras på hela året?",
     ["186", "290"], D3, False),
    # 4 Vittersand kallelse
    ("När och var har kommunstyrelsen sitt möte i mars?", ["3 mars 2026|2026-03-03", "Sessionssalen"], D4, False),
    ("vad föreslås en kort färdtjänstresa i Vittersand, under en mil, kosta efter höjningen?", ["70"], D4, False),
    ("Hur mycket av sommarlovspengarna är det tänkt att kultur och fritid ska få?", ["700"], D4, False),
    ("vem drar årsredovisningen på ks-mötet?", ["Linnea Forsgren"], D4, False),
    ("What is the case number for the change of paratransit fares?", ["KS 2025/412"], D4, True),
    ("Vad ska månadskortet för färdtjänst kosta framöver och från när?",
     ["850", "1 juli 2026|2026-07-01"], D4, False),
    # 5 Myrbacka verksamhetsberättelse
    ("Hur hög var sjukfrånvaron i hemtjänsten 2025?", ["10,4"], D5, False),
    ("Hur mycket gick hemtjänsten över budget 2025 och varför?", ["11,3"], D5, False),
    ("Vilka av vård- och omsorgsnämndens mål klarades inte alls 2025?", ["kontinuitet", "sjukfrånvaro"], D5, False),
    ("What was staff turnover in elderly care in 2024 and in 2025?", ["12,1|12.1", "11,6|11.6"], D5, True),
    ("hur många väntade på plats på äldreboende vid årsskiftet 2025/26, och hur många var det ett år tidigare?",
     ["21", "9"], D5, False),
    # 6 Hässlerud verksamhetsplan
    ("Hur stor budgetram har grundskolan 2027?", ["204 200"], D6, False),
    ("Hur mycket måste bun i Hässlerud spara totalt under 2026?", ["6 850"], D6, False),
    ("Vad kostar nya förskolan på Lärkängen och när ska barnen flytta in?", ["62 000", "augusti 2027"], D6, False),
    ("hur mycket räknar man med att den nya skolskjutsupphandlingen sparar 2026?", ["900"], D6, False),
    ("Hur många barn räknar Hässlerud med i förskolan 2026?", ["1 245"], D6, False),
    ("Vilka förskolor ska Lärkängen ersätta?", ["Gläntan", "Humlan"], D6, False),
    # 7 Tjärnås månadsuppföljning
    ("Hur mycket över budget tror man att försörjningsstödet hamnar för helåret 2025?", ["4 300"], D7, False),
    ("vad är socialnämndens prognos i Tjärnås för hela 2025 totalt?", ["7 100"], D7, False),
    ("Hur många hushåll fick försörjningsstöd i september, och hur många var det i januari?",
     ["690", "612"], D7, False),
    ("How much had been spent on placements of children and young people by the end of September 2025?",
     ["31 940|31,940|31940"], D7, True),
    ("Varför går färdtjänsten i Tjärnås back?", ["9 procent|9 %|9%"], D7, False),
    # 8 Källvreta KF protokoll
    ("Vilket ärende skickades tillbaka på fullmäktige i februari och varför?", ["Norra Hamnen", "dagvatten"], D8, False),
    ("Vad hände med MP:s motion om solceller på förskolorna?", ["besvarad"], D8, False),
    ("Who asked the interpellation about LSS housing, and who gave the answer?",
     ["Kristina Ahlgren", "Jonas Wester"], D8, True),
    ("Vad blir nya timavgiften för bygglov i Källvreta och när börjar den gälla?", ["1 340", "1 april 2026"], D8, False),
    ("Hur röstade fullmäktige om att skjuta upp Norra Hamnen-planen?", ["19", "22"], D8, False),
]

# (question, doc, english, kind, reason, subject words to print)
UNANSWERABLE = [
    ("Vad kostar det att bygga om Solrosens förskola så att barnen från Tallbacken får plats?", D1, False,
     "cost never stated", "The protokoll says Solrosen needs to reopen a unit and adapt its premises, but gives no cost.",
     ["Solros"]),
    ("Hur många kränkningsanmälningar hade bun i Lövsjö under 2024?", D1, False,
     "year not reported", "Only 1 January–31 October 2025 is reported (214).", ["kränk"]),
    ("Sa socialnämnden ja till de två nya familjehemssekreterarna?", D2, False,
     "decision asked of a proposal", "The document is a tjänsteskrivelse with Förslag till beslut only; no decision.",
     ["familjehemssekreterare", "beslut"]),
    ("Vad kostade HVB-placeringarna i Brännvika totalt under 2024?", D2, False,
     "figure never stated", "Only the 2025 prognosis for köpt vård (38,6 mnkr) and counts for 2024 are given.",
     ["HVB", "2024"]),
    ("Hur lång handläggningstid har strandskyddsdispenserna?", D3, False,
     "unit not broken out", "Handling times are given for bygglov only; strandskydd only has a count (23 beslut).",
     ["strandskydd", "handläggningstid"]),
    ("Vad var bostadsanpassningens utfall efter april?", D3, False,
     "period not reported", "Only jan–aug outcome and a reference to the April prognosis; no April outcome.",
     ["april"]),
    ("Hur mycket gick miljö- och byggnadsnämnden back när hela 2025 var slut?", D3, False,
     "future outcome", "A delårsrapport jan–aug only has a prognosis for the full year.", ["prognos"]),
    ("Har kommunstyrelsen redan klubbat de nya färdtjänstavgifterna?", D4, False,
     "decision asked of a proposal", "Kallelse with a tjänsteskrivelse; KS is only to propose to KF.",
     ["färdtjänst"]),
    ("Hur många resor gjordes med färdtjänst i Vittersand 2023?", D4, False,
     "year not reported", "Only 2025 (38 400 resor) is given.", ["resor"]),
    ("Vad var sjukfrånvaron inom LSS 2024?", D5, False,
     "unit/year not broken out", "Sjukfrånvaro per verksamhet is given for 2025 only.", ["sjukfrånvaro"]),
    ("Vad beräknas nya äldreboendet i Kvarnbo kosta?", D5, False,
     "cost never stated", "Kvarnbo is only mentioned as planned, byggstart tidigast 2027.", ["Kvarnbo"]),
    ("How many home care hours were granted in 2022?", D5, True,
     "year not reported", "Nyckeltal cover 2023–2025.", ["hemtjänsttimmar"]),
    ("Vilken ram får förskolan i Hässlerud 2028?", D6, False,
     "year not reported", "Ramar are given for 2026 and 2027 (and budget 2025).", ["Förskola"]),
    ("What will the yearly rent for the Lärkängen preschool be?", D6, True,
     "figure never stated", "The plan says the rent is based on the investment, but gives no rent.",
     ["hyr", "Lärkängen"]),
    ("Hur många hushåll hade försörjningsstöd i oktober 2025?", D7, False,
     "month not reported", "The report covers January–September.", ["hushåll"]),
    ("Hur stor del av det ekonomiska biståndet går till hyra?", D7, False,
     "unit not broken out", "Ekonomiskt bistånd is not split by cost type.", ["bistånd", "hyr"]),
    ("Hur ser kostnaderna för ekonomiskt bistånd ut i Lövsjö just nu?", D7, False,
     "other municipality", "Lövsjö's only document is a BUN protokoll; ekonomiskt bistånd is Tjärnås's.",
     ["bistånd", "Lövsjö"]),
    ("När ska detaljplanen för Norra Hamnen tillbaka till fullmäktige?", D8, False,
     "future outcome / never stated", "The ärende was återremitterat without a date for its return.",
     ["Norra Hamnen"]),
    ("Vad skulle det kosta att sätta solceller på alla förskolor?", D8, False,
     "cost never stated", "The motion answer mentions an inventory, not a cost.", ["solcell"]),
    ("Vem valdes till ny ersättare i valnämnden?", D8, False,
     "other board", "The fyllnadsval was to kultur- och fritidsnämnden.", ["ersättare", "nämnd"]),
]

assert len(ANSWERABLE) == 44 and len(UNANSWERABLE) == 20
out, reasons = [], {}
for i, (q, mc, doc, en) in enumerate(ANSWERABLE, 1):
    out.append({"id": "f%02d" % i, "question": q, "answerable": True, "must_contain": mc, "doc": doc})
for j, (q, doc, en, kind, reason, subj) in enumerate(UNANSWERABLE, 45):
    qid = "f%02d" % j
    out.append({"id": qid, "question": q, "answerable": False, "must_contain": [], "doc": doc})
    reasons[qid] = {"kind": kind, "reason": reason, "subject": subj}
english = ["f%02d" % i for i, a in enumerate(ANSWERABLE, 1) if a[3]] + \
          ["f%02d" % j for j, u in enumerate(UNANSWERABLE, 45) if u[2]]
reasons["_english"] = english
with open(os.path.join(os.path.dirname(HERE), "questions.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "reasons.json"), "w", encoding="utf-8") as f:
    json.dump(reasons, f, ensure_ascii=False, indent=1)
print(len(out), "questions; english:", english)
