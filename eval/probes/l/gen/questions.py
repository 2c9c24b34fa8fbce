"""Builds ../questions.jsonl and reasons.json for probe l.

    python3 questions.py

Each answerable question: must_contain holds 1–3 strings copied as printed in the document; "a|b" = either.
Each unanswerable one is a near miss; reasons.json records the kind, why, the subject and strings that must be
absent from the document (gen/check.py verifies them).
"""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

GAD = "gaddvika_tnau_protokoll_2025-10-14.pdf"
GET = "getaryd_valn_tjansteskrivelse_2025-11-05.docx"
ORR = "orrvik_sen_kallelse_2025-12-09.html"
VED = "vedasa_hmn_tertialrapport_2_2025.pdf"
KAL = "kalvsjo_kfpres_protokollsutdrag_2025-09-02.txt"
TJA = "tjadermo_sof_verksamhetsberattelse_2025.md"

ANSWERABLE = [
    # Gäddvika – tekniska nämndens au, marginal-layout protokoll
    (GAD, "vilket dnr har ärendet om boendeparkering i gäddvika tekniska au", ["2025/212"]),
    (GAD, "Vem justerade protokollet från tekniska nämndens arbetsutskott i Gäddvika den 14 oktober 2025?",
     ["Öhrn"]),
    (GAD, "vem fick LED-upphandlingen för gatubelysningen i gäddvika och till vilket pris",
     ["Norrsken", "3 840 000|3,840,000"]),
    (GAD, "Hur gick omröstningen om boendeparkeringsavgiften i Gäddvikas TN-au, och vem reserverde sig?",
     ["4 röster mot 1|4–1|4-1|4 mot 1|fyra röster mot en", "Dahl"]),
    (GAD, "What was the net cost for streets and parks (gata och park) in Gäddvika for January–September 2025, "
          "and for the same period in 2024?", ["28,4|28.4", "26,9|26.9"]),
    (GAD, "varför prognostiserar gata o park i gäddvika underskott enl septemberuppföljningen",
     ["elpris", "storm"]),
    # Getaryd – valnämnden, tjänsteskrivelse with text-box letterhead
    (GET, "diarienr för valnämndens tjänsteskrivelse om förtidsröstning i getaryd", ["Ks2025/0333"]),
    (GET, "vem är handläggare på getaryds tjänsteskrivelse om lokaler för förtidsröstning", ["Wennström"]),
    (GET, "Hur många förtidsröster togs emot i Getaryd vid valen 2022 och hur stor andel var det?",
     ["7 412", "41,2"]),
    (GET, "How much per shift does the valnämnd in Getaryd propose to pay poll workers in advance voting, and what "
          "was the fee in 2022?", ["1 450|1,450", "1 200|1,200"]),
    (GET, "från vilket datum kan förtidsröstningen öppna i getaryd inför valet 2026", ["26 augusti|2026-08-26"]),
    # Orrvik – servicenämndens kallelse (HTML divs)
    (ORR, "vem föredrar ärendet om internpriser för måltider på servicenämnden i orrvik i december",
     ["Sandgren"]),
    (ORR, "Vad föreslås internpriset för en skollunch bli 2026 i Orrvik och vad är det i dag?",
     ["41,20", "38,50"]),
    (ORR, "dnr på elbilsleasingen orrvik servicenämnd", ["2025-000131"]),
    (ORR, "när och var sammanträder servicenämnden i orrvik i december 2025",
     ["2025-12-09|9 december", "Spoven"]),
    (ORR, "How many electric cars does Orrvik's servicenämnd propose to lease, and what is the estimated annual "
          "cost?", ["24 elbilar|24 electric", "1,9|1.9"]),
    # Vedåsa – gemensamma hjälpmedelsnämnden, tertialrapport 2
    (VED, "vilken helårsprognos har hjälpmedelsnämnden i vedåsa efter tertial 2 2025, avvikelse mot budget",
     ["2 150|2,150"]),
    (VED, "varför går förskrivningsbara hjälpmedel över budget i vedåsas gemensamma hjälpmedelsnämnd",
     ["elrullstol", "6,4"]),
    (VED, "How many assistive devices were prescribed by the joint hjälpmedelsnämnd hosted by Vedåsa in "
          "January–August 2025, and how many in the same period of 2024?", ["14 286|14,286", "13 517|13,517"]),
    (VED, "hur många av elrullstolarna i vedåsa hade specialanpassning jan-aug 2025", ["37 elrullstolar"]),
    (VED, "vad var den omräknade prisökningen för 2024 i vedåsas tertialraport för hjälpmedel", ["3,1"]),
    (VED, "hur mycket av utfallet för förskrivningsbara hjälpmedel i vedåsa gäller taklyftarna till Solrosen",
     ["1 120"]),
    # Kalvsjö – kommunfullmäktiges presidium, protokollsutdrag by e-mail
    (KAL, "vem justerade kf-presidiets protokoll i kalvsjö 2 september", ["Wall"]),
    (KAL, "Hur stor budget föreslår presidiet i Kalvsjö för revisorerna 2026, och hur stor var den 2025?",
     ["1 485 000", "1 420 000"]),
    (KAL, "från vilket sammanträde ska fullmäktiges webbsändningar i kalvsjö textas",
     ["26 januari 2026|2026-01-26"]),
    (KAL, "Vem reserverade sig mot beslutet om teckenspråkstolkning av webbsändningarna i Kalvsjö?",
     ["Kronberg"]),
    (KAL, "diarienummer för revisorernas budget, kalvsjö kf-presidium", ["KFP 2025:14"]),
    # Tjädermo – samordningsförbundets verksamhetsberättelse
    (TJA, "hur många deltagare hade samordningsförbundet tjädermo 2025 jmf med 2024", ["212", "187"]),
    (TJA, "Vilket resultat redovisar Samordningsförbundet Tjädermo för 2025, och varför blev det så?",
     ["310", "eget kapital"]),
    (TJA, "vilken insats i tjädermo samordningsförb hade högst andel till arbete el studier",
     ["UngKraft", "46,2"]),
    (TJA, "vem var ordförande i styrelsen för samordningsförbundet i tjädermo 2025", ["Lindgren"]),
    (TJA, "hur stor andel av de avslutade deltagarna i tjädermos samordningsförbund gick till arbete eller "
          "studier 2025, och 2024?", ["37,7", "32,2"]),
]

UNANSWERABLE = [
    (GAD, "Vad beslutade tekniska nämnden i Gäddvika om boendeparkeringsavgiften för 2026?",
     "A decision where only a proposal exists",
     "Only the arbetsutskott has handled the matter (§ 31); it proposes that tekniska nämnden raise the fee "
     "450 → 550 kr. The nämnd's own decision is not in the document.",
     "tekniska nämnden's decision on boendeparkering",
     ["tekniska nämnden beslutar", "tekniska nämnden har beslutat", "nämnden beslutade"]),
    (GAD, "vad var helårsprognosen för gata och park i gäddvika i augustiuppföljningen",
     "A month not reported (a neighbouring one is)",
     "Only the uppföljning per september (§ 33) is given; August is mentioned only as the month of the storm and "
     "of the speed measurements.",
     "prognosis per August",
     ["per augusti", "augustiuppföljning", "uppföljning augusti"]),
    (GAD, "När ska LED-bytet i gatubelysningen i Gäddvika vara klart?",
     "A detail the document does not give",
     "§ 32 says the tidplan will be fixed at the start meeting with the supplier; no completion date is given.",
     "completion date of the LED replacement",
     ["klart", "färdigställ", "slutförs", "ska vara utfört"]),
    (GET, "Vilka lokaler beslutade valnämnden i Getaryd att använda för förtidsröstningen?",
     "A decision where only a proposal exists",
     "The document is a tjänsteskrivelse with valkansliet's proposal to valnämnden; no decision is recorded.",
     "valnämnden's decision",
     ["valnämnden beslutade", "valnämnden har beslutat", "protokollsutdrag", "justerat"]),
    (GET, "How many advance votes were cast in Getaryd in the 2018 election?",
     "A year not reported (a neighbouring one is)",
     "Only the 2022 elections are reported (7 412 förtidsröster); 2018 is not mentioned.",
     "förtidsröster 2018",
     ["2018"]),
    (GET, "hur många förtidsröstade i getaryd i valet 2026",
     "A future outcome",
     "The tjänsteskrivelse (2025-11-05) plans the förtidsröstning for the election of 13 September 2026; the "
     "outcome is not known.",
     "förtidsröster 2026",
     ["förtidsröster vid valen 2026", "valdeltagandet", "valresultat"]),
    (ORR, "Vad beslutade servicenämnden i Orrvik om internpriset för skollunch 2026?",
     "A decision where only a proposal exists",
     "The document is a kallelse; item 4 only says what the förvaltning proposes (38,50 → 41,20 kr).",
     "servicenämnden's decision on internpriser",
     ["beslutade", "justerat", "servicenämnden beslutar"]),
    (ORR, "vilken helårsprognos hade servicenämnden i orrvik i septemberuppföljningen",
     "A month not reported (a neighbouring one is)",
     "Item 3 gives the prognosis per november (+0,8 mnkr) and october (1,1 mnkr); September is not mentioned.",
     "prognosis per September",
     ["september"]),
    (ORR, "När sammanträder kommunstyrelsen i Orrvik i december 2025?",
     "Another board of the same municipality",
     "The document is servicenämnden's kallelse; kommunstyrelsen is not mentioned.",
     "kommunstyrelsen's meeting",
     ["kommunstyrelse"]),
    (VED, "vad var utfallet för förskrivningsbara hjälpmedel i vedåsa jan-apr 2025 (tertial 1)",
     "A period not reported (a neighbouring one is)",
     "Only January–August 2025 and January–August 2024 are reported; tertial 1 is not.",
     "utfall January–April 2025",
     ["jan–apr", "januari–april", "tertialrapport 1", "tertial 1"]),
    (VED, "Vad kostar det nya lagersystemet som hjälpmedelsnämnden i Vedåsa ska upphandla?",
     "A detail the document does not give",
     "Viktiga händelser says a förstudie has started and that the cost is 'ännu inte beräknad'.",
     "cost of the new lagersystem",
     ["lagersystemet kostar", "beräknas kosta", "tkr för lagersystem"]),
    (VED, "What was the final result for 2025 of the joint hjälpmedelsnämnd hosted by Vedåsa?",
     "A future outcome",
     "The report covers January–August with a full-year prognosis (−2 150 tkr); the bokslut is handled in "
     "February 2026 and is not in the document.",
     "bokslut 2025",
     ["bokslut 2025", "utfall helår 2025", "årets resultat"]),
    (KAL, "Vilken budget för revisorerna 2026 fastställde kommunfullmäktige i Kalvsjö?",
     "A decision where only a proposal exists",
     "§ 14 only records the presidium's proposal to kommunfullmäktige (1 485 000 kr); fullmäktige handles it "
     "later with the budget.",
     "kommunfullmäktige's decision on the revision budget",
     ["fullmäktige fastställde", "fullmäktige beslutade", "kommunfullmäktige har"]),
    (KAL, "vad beslutade kommunstyrelsen i kalvsjö om webbsändningarna",
     "Another board of the same municipality",
     "The decision on the webbsändningar (§ 15) is the presidium's; kommunstyrelsen is not mentioned.",
     "kommunstyrelsen's decision",
     ["kommunstyrelse"]),
    (TJA, "hur många deltagare hade samordningsförbundet i tjädermo 2023",
     "A year not reported (a neighbouring one is)",
     "The key figures give 2025 and 2024 only.",
     "deltagare 2023",
     ["2023"]),
    (TJA, "Hur stor är Tjädermo kommuns medlemsavgift till samordningsförbundet för 2026?",
     "A future outcome",
     "The report gives the 2025 and 2024 fees; the 2026 fees are to be fixed at the medlemssamråd in February "
     "2026.",
     "medlemsavgift 2026",
     ["medlemsavgift 2026", "oförändrade nivåer", "avgiften för 2026 blir"]),
]


def build():
    rows, reasons = [], {}
    for i, (doc, q, mc) in enumerate(ANSWERABLE, 1):
        rows.append({"id": f"l{i:02d}", "question": q, "answerable": True, "must_contain": mc, "doc": doc})
    for j, (doc, q, kind, why, subject, absent) in enumerate(UNANSWERABLE, len(ANSWERABLE) + 1):
        qid = f"l{j:02d}"
        rows.append({"id": qid, "question": q, "answerable": False, "must_contain": [], "doc": doc})
        reasons[qid] = {"doc": doc, "question": q, "kind": kind, "why": why, "subject": subject, "absent": absent}
    return rows, reasons


if __name__ == "__main__":
    rows, reasons = build()
    (HERE.parent / "questions.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (HERE / "reasons.json").write_text(json.dumps(reasons, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(len(rows), "questions")
