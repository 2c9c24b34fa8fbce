"""Writes ../questions.jsonl and reasons.json (the source of truth for probe e questions)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

D1 = "norrbacka_socialnamnden_protokoll_2025-10-22.pdf"
D2 = "stenvika_kfn_kallelse_2025-03-13.pdf"
D3 = "bjorkhamra_bun_manadsuppfoljning_2025-10.txt"
D4 = "tallmyra_von_verksamhetsberattelse_2025.md"
D5 = "gransalv_tn_tjansteskrivelse_fardtjanstavgifter_2026.html"
D6 = "kvarnstena_revisionsrapport_bygglov_2025.pdf"
D7 = "asberga_kf_protokollsutdrag_2025-11-24.txt"
D8 = "salgvik_ifo_statistikrapport_2025.pdf"

A = [  # answerable: (doc, question, must_contain)
 (D1, "Hur röstade socialnämnden i Norrbäcka när de nya riktlinjerna för försörjningsstöd klubbades i oktober 2025?", ["5", "4"]),
 (D1, "Vilka ledamöter i Norrbäckas socialnämnd reserverade sig mot de nya reglerna för ekonomiskt bistånd?", ["Sandin", "Renström", "Öberg"]),
 (D1, "Hur stort underskott räknade socialnämnden i Norrbäcka med för helåret 2025 vid uppföljningen i september?", ["14,6|14 600"]),
 (D1, "When and where will the minutes of Norrbäcka's social services committee meeting on 22 October 2025 be checked and signed, and who is the member doing it?", ["27|2025-10-27", "Holmqvist"]),
 (D1, "Hur många beviljade insatser hade socialnämnden i Norrbäcka fortfarande inte verkställt vid utgången av tredje kvartalet 2025?", ["7|sju"]),

 (D2, "När och var har kultur- och fritidsnämnden i Stenvika sitt möte i mars 2025?", ["13 mars|2025-03-13", "Skeppet|kulturhus"]),
 (D2, "Hur mycket per deltagartillfälle vill förvaltningen i Stenvika att aktivitetsstödet för 7–20-åringar ska höjas till?", ["15"]),
 (D2, "Vem på förvaltningen i Stenvika handlägger förslaget om meröppet bibliotek?", ["Forsén"]),
 (D2, "Vilket diarienummer har Stenvikas ärende om ändrade regler för aktivitetsstöd till föreningar?", ["2025/0019"]),
 (D2, "What would it cost to introduce unstaffed self-service opening at Stenvika's main library, and what would the yearly running cost be?", ["480", "65"]),

 (D3, "Hur mycket över budget låg grundskolan i Björkhamra efter årets första tio månader?", ["7 260|7260"]),
 (D3, "Vilket ekonomiskt resultat tror barn- och utbildningsnämnden i Björkhamra på för helåret 2025?", ["10 550|10550"]),
 (D3, "Varför går skolskjutsarna i Björkhamra back i år?", ["6,8", "taxi|anpassade"]),
 (D3, "Hur mycket har prognosen för Björkhamras barn- och utbildningsnämnd försämrats sedan septemberuppföljningen?", ["1 250|1250"]),
 (D3, "Hur många fler elever än väntat går i fristående grundskolor i Björkhamra enligt oktoberrapporten?", ["64"]),

 (D4, "Hur hög var sjukfrånvaron i äldreomsorgen i Tallmyra 2024?", ["9,6"]),
 (D4, "Hur många hemtjänsttimmar beviljades i Tallmyra 2022 jämfört med 2025?", ["398 600|398600", "468 200|468200"]),
 (D4, "Vilka av vård- och omsorgsnämndens mål i Tallmyra nåddes inte alls under 2025?", ["kontinuitet", "väntetid|vänta", "ekonomi|budget"]),
 (D4, "Hur länge fick man i snitt vänta på en plats på äldreboende i Tallmyra förra året (2025)?", ["52"]),
 (D4, "What was the occupancy rate in Tallmyra's residential care homes for older people in 2023?", ["98,4|98.4"]),

 (D5, "Vad kommer en färdtjänstresa på 15 kilometer att kosta i Gransälv från januari 2026?", ["70"]),
 (D5, "Vem har skrivit tjänsteskrivelsen om höjda färdtjänstavgifter i Gransälv, och vilket diarienummer har den?", ["Oskarsson", "2025/0284"]),
 (D5, "Hur mycket mer pengar räknar Gransälv med att få in per år på de höjda färdtjänstavgifterna?", ["400"]),
 (D5, "Måste den som följer med som medresenär i färdtjänsten i Gransälv betala något?", ["samma"]),
 (D5, "Vad ska färdtjänstkortet kosta per månad i Gransälv efter höjningen?", ["950"]),

 (D6, "Hur många rekommendationer gav revisorerna i Kvarnstena samhällsbyggnadsnämnden i granskningen av bygglov?", ["6|sex"]),
 (D6, "Vad svarade samhällsbyggnadsnämnden i Kvarnstena på revisorernas råd att se över plan- och bygglovstaxan?", ["2026"]),
 (D6, "Hur stor andel av bygglovsbesluten i Kvarnstena fattades inom tio veckor under 2024?", ["79"]),
 (D6, "Vilken helhetsbedömning gjorde revisorerna i Kvarnstena av hur bygglovsärendena sköts?", ["delvis"]),
 (D6, "How much did Kvarnstena have to knock off building permit fees in 2024 because decisions came too late?", ["287"]),

 (D7, "Hur röstade kommunfullmäktige i Åsberga om budgeten för 2026?", ["27", "18"]),
 (D7, "Vilken kommunalskatt får Åsberga 2026?", ["22,14"]),
 (D7, "Vad blev det av Vänsterpartiets motion om gratis bussresor för pensionärer i Åsberga?", ["avslå|avslog|avslag"]),
 (D7, "Vem ställde interpellationen om snöröjning av cykelvägar i Åsbergas fullmäktige, och vem svarade på den?", ["Hägg", "Jonas Ek|Ek (C)"]),
 (D7, "Hur många ledamöter avstod i huvudvoteringen om Åsbergas budget, och vilket parti tillhörde de?", ["4|fyra", "SD|Sverigedemokrat"]),

 (D8, "Hur många hushåll fick försörjningsstöd i Sälgvik i mars 2025?", ["348"]),
 (D8, "Hur många barn och unga bodde i vanliga familjehem (nätverkshem inräknade, ej konsulentstödda) i Sälgvik vid slutet av 2025?", ["34"]),
 (D8, "How many applications for compulsory addiction care under LVM did Sälgvik make in 2024 and in 2025?", ["3", "5"]),
 (D8, "Hur lång tid tog det i Sälgvik under 2025 från ansökan om ekonomiskt bistånd till beslut?", ["11"]),
 (D8, "Hur mycket betalade Sälgvik ut i ekonomiskt bistånd 2025 jämfört med året innan?", ["42 160|42160", "38 420|38420"]),
]

U = [  # unanswerable: (doc, question, kind, reason, strings that must be absent from the doc)
 (D1, "Vilka sammanträdesdagar har socialnämnden i Norrbäcka bestämt för 2027?",
  "year not reported",
  "§ 118 fastställer bara sammanträdesplanen för 2026; inga datum för 2027 finns i protokollet.",
  ["sammanträdesplan 2027", "sammanträdesdagar för 2027"]),
 (D1, "Hur stort underskott prognostiserar socialnämnden i Norrbäcka för hemtjänsten 2025?",
  "unit not broken out / other board",
  "Prognostabellen i § 113 har verksamhetsområdena nämnd och ledning, barn och unga, vuxna, ekonomiskt bistånd, LSS och socialpsykiatri samt arbetsmarknadsenheten. Hemtjänst (äldreomsorg) ingår inte och nämns inte.",
  ["hemtjänst"]),
 (D1, "Vem lämnade medborgarförslaget om värmestuga i Norrbäcka, och var bor personen?",
  "personal details",
  "§ 116 säger bara att ett medborgarförslag kom in den 12 mars 2025; förslagsställarens namn och adress anges inte.",
  []),
 (D2, "Vad beslutade kultur- och fritidsnämnden i Stenvika om meröppet på huvudbiblioteket?",
  "decision asked of a kallelse",
  "Dokumentet är en kallelse med tjänsteskrivelse; det innehåller bara förvaltningens förslag till beslut, inget fattat beslut.",
  ["beslutade", "protokoll"]),
 (D2, "Vilket yttrande lämnade kultur- och fritidsnämnden i Stenvika över motionen om fri entré till Sjöängsbadet för barn?",
  "decision asked of a kallelse / future",
  "Ärendet står som punkt 7 på föredragningslistan, men kallelsen säger att beslut om yttrande fattas först den 10 april 2025; inget yttrande eller förslag redovisas.",
  []),
 (D3, "Vilken helårsprognos hade barn- och utbildningsnämnden i Björkhamra i juli 2025?",
  "month not reported",
  "Prognosutvecklingen redovisas för februari-juni och augusti-oktober; rapporten anger att månadsuppföljning inte upprättas för januari och juli.",
  []),
 (D3, "Hur mycket över budget ligger Ekbackeskolan i Björkhamra i år?",
  "unit not broken out",
  "Ekbackeskolan nämns som orsak till ökade stödkostnader, men resultat per skolenhet redovisas uttryckligen inte i månadsuppföljningen.",
  []),
 (D3, "Hur ser helårsprognosen ut för grundskolan i Östervreta kommun enligt oktoberuppföljningen?",
  "different municipality",
  "Dokumentet gäller Björkhamra kommun; Östervreta förekommer inte i något dokument.",
  ["Östervreta"]),
 (D4, "Hur många hemtjänsttimmar beviljades i Tallmyra 2021?",
  "year not reported",
  "Nyckeltalstabellen omfattar bara 2022-2025.",
  ["2021"]),
 (D4, "How many beds does the Solbacken care home in Tallmyra have?",
  "unit not broken out",
  "Solbacken nämns bland de fem boendena, men antal platser redovisas bara för nämnden som helhet (312); nyckeltal redovisas uttryckligen inte per boende. Endast Granlidens 12 platser nämns.",
  []),
 (D4, "Hur hög blev sjukfrånvaron inom vård och omsorg i Tallmyra 2026?",
  "future outcome",
  "Verksamhetsberättelsen avser 2025; sjukfrånvaro redovisas för 2022-2025. För 2026 finns bara planer och budgetram.",
  []),
 (D5, "Vad kostar färdtjänsten Gransälvs kommun totalt per år?",
  "cost never stated",
  "Tjänsteskrivelsen anger bara intäkter från egenavgifter (2 208,5 tkr respektive 2 534,5 tkr) och intäktsökningen; kommunens totala kostnad för färdtjänsten anges aldrig.",
  ["kostnadstäckning"]),
 (D5, "Hur mycket höjs egenavgiften för sjukresor i Gransälv från 2026?",
  "other organisation / not covered",
  "Dokumentet säger att sjukresor hanteras av regionen och inte omfattas av tjänsteskrivelsen; inga sjukreseavgifter anges.",
  []),
 (D6, "Hur stor andel av bygglovsärendena i Kvarnstena avgjordes inom tio veckor 2022?",
  "year not reported",
  "Granskningen redovisar andelen för 2023 (88 %) och 2024 (79 %) samt första kvartalet 2025 (84 %); 2022 redovisas inte.",
  []),
 (D6, "Vad kostade det att låta Granskningsgruppen Delta göra bygglovsgranskningen i Kvarnstena?",
  "cost never stated",
  "Rapporten anger inte arvode eller kostnad för granskningen.",
  ["arvode", "timmar"]),
 (D7, "Med vilka röstsiffror antog fullmäktige i Åsberga budgeten för 2025?",
  "year not reported",
  "Protokollsutdraget gäller budget 2026 (27-18, 4 avstod). Budget 2025 förekommer bara som jämförelsekolumn med belopp; inget om beslutet eller voteringen för 2025.",
  []),
 (D7, "Vilken skattesats beslutade kommunfullmäktige i Ekdala kommun för 2026?",
  "different municipality",
  "Dokumentet gäller Åsberga kommun; Ekdala förekommer inte i något dokument.",
  ["Ekdala"]),
 (D7, "What is the home address and phone number of Oliver Hägg, who submitted the interpellation on winter road maintenance in Åsberga?",
  "personal details",
  "Protokollsutdraget anger bara namn och parti (MP); ingen adress eller telefon för ledamöter.",
  []),
 (D8, "Hur många hushåll fick ekonomiskt bistånd i Sälgvik i december 2023?",
  "year not reported",
  "Tabell 1 visar hushåll per månad för 2024 och 2025; 2023 redovisas inte.",
  ["2023"]),
 (D8, "Vad kostar ett vårddygn på HVB för barn och unga i Sälgvik?",
  "cost never stated",
  "Rapporten redovisar antal och vårddygn men säger uttryckligen att kostnaderna för placeringarna inte ingår i rapporten.",
  ["dygnskostnad", "kronor per dygn", "kr per dygn"]),
]

assert len(A) == 40 and len(U) == 20
rows, reasons = [], {}
for i, (doc, q, mc) in enumerate(A, 1):
    rows.append({"id": "e%02d" % i, "question": q, "answerable": True, "must_contain": mc, "doc": doc})
for j, (doc, q, kind, why, absent) in enumerate(U, 41):
    qid = "e%02d" % j
    rows.append({"id": qid, "question": q, "answerable": False, "must_contain": [], "doc": doc})
    reasons[qid] = {"kind": kind, "reason": why, "absent": absent}

with open(os.path.join(HERE, "..", "questions.jsonl"), "w", encoding="utf-8") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "reasons.json"), "w", encoding="utf-8") as f:
    json.dump(reasons, f, ensure_ascii=False, indent=1)
print(len(rows), "questions written")
