"""Writes ../questions.jsonl and reasons.json (the 64 probe questions and, for the 20
unanswerable ones, why they are unanswerable). Run with any Python 3."""
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

D1 = "ronnasa_ks_arsredovisning_2024.pdf"
D2 = "videmala_bun_protokoll_2025-03-18.docx"
D3 = "hagsjoby_tn_kallelse_2025-05-20.pdf"
D4 = "ljungtorpa_revision_ekonomiskt_bistand_2025.md"
D5 = "tranvika_von_tertialrapport_april_2025.html"
D6 = "alvkarra_mbn_delegationsbeslut_2025-09-23.txt"
D7 = "sandhyttan_kfn_verksamhetsplan_2026.pdf"
D8 = "mossberga_sn_taxa_alkohol_tobak_2026.txt"
DOCS = [D1, D2, D3, D4, D5, D6, D7, D8]

# (question, must_contain, doc)
ANSWERABLE = [
    # D1 Rönnåsa, årsredovisning 2024 (PDF)
    ("Vilken nämnd i Rönnåsa hade störst underskott mot budget 2024, och hur stort var det?",
     ["Socialnämnden", "-14,4|14,4"], D1),
    ("Vilka nämnder i Rönnåsa kommun klarade sig med överskott mot budget 2024?",
     ["Kommunstyrelsen", "Tekniska nämnden"], D1),
    ("Vad landade Rönnåsas balanskravsresultat på för 2024?", ["6,8"], D1),
    ("In Rönnåsa, what was the budget deviation of the elderly care board (vård- och omsorgsnämnden) in 2023, "
     "and how did it compare with 2024?", ["-11,2|11,2|11.2", "-5,7|5,7|5.7"], D1),
    ("Varför gick TN i Rönnåsa plus mot budget 2024?", ["vinter"], D1),
    ("Hur mycket satte Rönnåsa av till resultatutjämningsreserven för 2024, och hur stor är RUR efter det?",
     ["4,0", "31,5"], D1),
    # D2 Videmåla, BUN protokoll (DOCX)
    ("Vilka reserverade sig när BUN i Videmåla beslutade att avveckla Kvarnåsens skola?",
     ["Granqvist", "Haddad"], D2),
    ("Hur föll omröstningen om Kvarnåsens skola i Videmålas barn- och utbildningsnämnd?", ["7 ja", "4 nej"], D2),
    ("Vem justerade protokollet från barn- och utbildningsnämndens möte 18 mars 2025 i Videmåla?",
     ["Hedenius"], D2),
    ("On what date was the Videmåla education board's protocol from 18 March 2025 to be checked and signed "
     "(justering)?", ["2025-03-24"], D2),
    ("Vilket grundbelopp per barn och år får fristående förskolor i Videmåla 2025 för barn som är 1–3 år?",
     ["168 412"], D2),
    ("Vem gick in som ersättare för Johan Lilja (KD) på BUN-sammanträdet i Videmåla i mars 2025?",
     ["Sandahl"], D2),
    # D3 Hagsjöby, TN kallelse (PDF)
    ("Vem ska föredra renhållningstaxan 2026 när tekniska nämnden i Hagsjöby sammanträder i maj?",
     ["Elmgren"], D3),
    ("Vilket diarienummer har hastighetsplanen för Hagsjöby tätort?", ["TN 2025.118"], D3),
    ("Hur långt avtal föreslår förvaltningen i Hagsjöby för vinterväghållningen, och går det att förlänga?",
     ["fyra år|4 år", "två år|2 år"], D3),
    ("Vad kostade vinterväghållningen i Hagsjöby säsongen 2023/24?", ["7,2"], D3),
    ("Vilken tid och i vilket rum träffas TN i Hagsjöby den 20 maj 2025?", ["08.30", "Älgen"], D3),
    ("Vad beräknas hastighetsplanen i Hagsjöby kosta, och hur ska den betalas?",
     ["1 240 000", "Trafiksäkerhetsåtgärder"], D3),
    # D4 Ljungtorpa, revisionsrapport ek bistånd (markdown)
    ("Senast när ska SN i Ljungtorpa svara revisorerna på granskningen av ek bistånd?", ["2025-11-28"], D4),
    ("How much social assistance (ekonomiskt bistånd) did Ljungtorpa pay out in 2024, and by how much did it "
     "increase from 2023?", ["38,9|38.9", "4,2|4.2"], D4),
    ("Hur lång tid tog det i snitt att handlägga en nyansökan om ek bistånd i Ljungtorpa 2024?",
     ["19 dagar"], D4),
    ("I revisorernas aktgranskning av ek bistånd i Ljungtorpa – hur många akter saknade en bedömning av "
     "arbetsförmågan?", ["9 av 30"], D4),
    ("Vem på revisionsbyrån skrev granskningsrapporten om ekonomiskt bistånd i Ljungtorpa?", ["Åkerlund"], D4),
    # D5 Tranvika, VON tertialrapport (HTML)
    ("Vilken verksamhet inom vård och omsorg i Tranvika har störst prognostiserat underskott för 2025?",
     ["Särskilt boende", "6 350"], D5),
    ("Vilka verksamheter inom VON i Tranvika räknar med överskott för helåret 2025?",
     ["Hemsjukvård", "LSS"], D5),
    ("Vad är helårsprognosen för hemtjänsten i Tranvika 2025 och hur mycket över budget hamnar den?",
     ["163 250", "4 350"], D5),
    ("What was the sick leave rate in Tranvika's care administration in January–March 2025, and what was it a "
     "year earlier?", ["8,1|8.1", "8,9|8.9"], D5),
    ("Hur mycket har ombyggnaden av Solgläntan i Tranvika kostat hittills i år, och vad är helårsprognosen?",
     ["3 140", "9 800"], D5),
    ("Hur mycket högre var vård- och omsorgsnämndens utfall i Tranvika jan–apr 2025 än samma period 2024?",
     ["12 160"], D5),
    # D6 Alvkärra, MBN delegationsbeslut (text/CSV)
    ("Vem fattade beslutet om strandskyddsdispens på Rävnäs 2:7 i Alvkärra?", ["Westerlind"], D6),
    ("In the list of delegated decisions for August 2025 in Alvkärra, which decisions were taken by the chair of "
     "the environment and building committee, and who is the chair?", ["Ramsten"], D6),
    ("Hur hög byggsanktionsavgift tog MBN i Alvkärra ut för Kråkmyra 2:9?", ["23 920"], D6),
    ("Vilket dnr har anmälan av delegationsbeslut på miljö- och byggnadsnämndens möte 23 september 2025 i "
     "Alvkärra?", ["MBN 2025-000412"], D6),
    ("Hur mycket avgifter debiterades totalt i Alvkärras delegationsbeslut för augusti 2025?", ["76 250"], D6),
    # D7 Sandhyttan, KFN verksamhetsplan (PDF, landscape)
    ("Vad är målvärdet för antal elever i kulturskolan i Sandhyttan för 2026?", ["700"], D7),
    ("What is the 2028 target for physical library visits per inhabitant in Sandhyttan?", ["4,2|4.2"], D7),
    ("Hur mycket är simhallen i Sandhyttan budgeterad till 2026, och vad blev bokslutet 2024?",
     ["9 310", "8 640"], D7),
    ("Vilken är KFN:s största investering i Sandhyttan 2026 och hur mycket kostar den?",
     ["Konstgräsplan", "6 500"], D7),
    ("Hur mycket större är kultur- och fritidsnämndens ram i Sandhyttan 2026 än budgeten för 2025?",
     ["2 580"], D7),
    # D8 Mossberga, SN taxa alkohol/tobak (text)
    ("Vad föreslås en nyansökan om serveringstillstånd till allmänheten kosta i Mossberga från 2026?",
     ["11 800"], D8),
    ("Vad blir den fasta årliga tillsynsavgiften för serveringstillstånd i Mossberga, och vad är den i dag?",
     ["2 800", "2 500"], D8),
    ("Vilken timkostnad har socialförvaltningen i Mossberga räknat med när avgifterna tagits fram?", ["845"], D8),
    ("Från vilket datum är det tänkt att den nya alkohol- och tobakstaxan i Mossberga ska gälla?",
     ["2026-01-01"], D8),
    ("Vem handlägger ärendet om alkohol- och tobakstaxan i Mossberga, och vilket diarienummer har det?",
     ["Blomgren", "SN 2025/0214-706"], D8),
]

# (question, doc, kind, why, subject words, strings that must be absent from the doc)
UNANSWERABLE = [
    ("Vad blev Rönnåsas balanskravsresultat 2022?", D1, "year_not_reported",
     "The balanskravsutredning and the key figures cover only 2023 and 2024.",
     ["balanskravsresultat", "2022"], ["2022"]),
    ("Hur mycket kostade socialnämndens HVB-placeringar i Rönnåsa under 2024?", D1, "sub_not_broken_out",
     "HVB placements are named only as a reason for Socialnämnden's -14,4 mkr deviation; no cost for them "
     "is stated.", ["HVB", "placeringar", "socialnämnden"], []),
    ("Vad beräknas utegymmet vid Videmåla centralskola kosta?", D2, "cost_never_stated",
     "§ 26 only says the medborgarförslag will be weighed into the 2026 schoolyard renovation; no cost is given.",
     ["utegym", "Videmåla centralskola", "kostnad"], ["utegymmet kostar"]),
    ("Hur röstade Britt Sandahl (KD) om de nya riktlinjerna för skolskjuts i Videmåla?", D2, "no_vote_held",
     "§ 24 (skolskjuts) was decided without votering; the only voteringslista is for § 23.",
     ["Britt Sandahl", "skolskjuts", "votering"], []),
    ("Which contractor won Hagsjöby's procurement of winter road maintenance, and at what price?", D3,
     "future_outcome",
     "The tjänsteskrivelse only proposes that a procurement be carried out; no tender, winner or contract "
     "price exists yet (only an estimated annual cost).", ["vinterväghållning", "upphandling", "entreprenör"],
     ["tilldelades"]),
    ("Vad ska ett villaabonnemang för sophämtning kosta enligt renhållningstaxan 2026 i Hagsjöby?", D3,
     "document_not_attached",
     "Renhållningstaxa 2026 is only an item on the föredragningslista; its tjänsteskrivelse is not attached "
     "and no waste fees appear.", ["renhållningstaxa", "villa", "avgift"], ["villaabonnemang"]),
    ("Vad svarade socialnämnden i Ljungtorpa på revisorernas rekommendationer om ek bistånd?", D4,
     "answer_requested_not_given",
     "The missiv requests the nämnd's yttrande by 2025-11-28; the answer itself is not in the document.",
     ["socialnämnden", "yttrande", "rekommendationer"], ["Socialnämndens svar", "Yttrande från socialnämnden"]),
    ("Hur många hushåll i Ljungtorpa fick ekonomiskt bistånd 2022?", D4, "year_not_reported",
     "Household counts are given for 2023 (574) and 2024 (612) only.", ["hushåll", "ekonomiskt bistånd", "2022"],
     ["2022"]),
    ("Hur stor andel av biståndsmottagarna i Ljungtorpa var unga vuxna 18–24 år?", D4, "sub_not_broken_out",
     "The report breaks out långvarigt bistånd but no age groups.", ["unga vuxna", "ålder", "ekonomiskt bistånd"],
     ["18–24", "unga vuxna"]),
    ("Vad blev hemtjänstens utfall i Tranvika per augusti 2025?", D5, "period_not_reported",
     "The report is per april 2025 (jan–apr utfall and a full-year prognosis); no August figure exists.",
     ["hemtjänst", "utfall", "augusti"], ["augusti", "jan–aug"]),
    ("Hur stort underskott prognostiserar nattpatrullen inom hemtjänsten i Tranvika?", D5, "sub_not_broken_out",
     "Hemtjänst is reported as one line; no night patrol unit is broken out.", ["nattpatrull", "hemtjänst"],
     ["nattpatrull"]),
    ("Vilka delegationsbeslut fattade miljö- och byggnadsnämndens tjänstemän i Alvkärra i juli 2025?", D6,
     "month_not_reported", "The list covers 2025-08-01--2025-08-31 only.", ["delegationsbeslut", "juli"],
     ["2025-07-", "juli"]),
    ("Vad kostar bygglov för ett flerbostadshus enligt Alvkärras taxa?", D6, "not_in_document",
     "Only individual fees debited in August decisions appear; the plan- och bygglovstaxa is not included and "
     "no flerbostadshus case is listed.", ["bygglov", "taxa", "flerbostadshus"], ["flerbostadshus"]),
    ("Vem äger fastigheten Håltorp 1:23 i Alvkärra, och vad har ägaren för telefonnummer?", D6,
     "private_details", "The list names properties and delegates, never applicants, owners or phone numbers.",
     ["Håltorp 1:23", "fastighetsägare"], ["telefon"]),
    ("Vad är Sandhyttans målvärde för antal elever i kulturskolan 2027?", D7, "year_not_reported",
     "Target values are set for 2026 (700) and 2028 (760) only; 2027 appears only as a budget plan year.",
     ["kulturskola", "målvärde", "2027"], ["Målvärde 2027"]),
    ("Vad blev bokslutet 2025 för Sandhyttebadet, simhallen i Sandhyttan?", D7, "future_outcome",
     "Only Budget 2025 and Prognos 2025 (aug) are given; the 2025 outturn is not known in the plan.",
     ["Sandhyttebadet", "bokslut", "2025"], ["Bokslut 2025"]),
    ("Hur mycket kostar biblioteksfilialen i Norrgärdet per år i Sandhyttan?", D7, "sub_not_broken_out",
     "Bibliotek is one budget line; no branch library is broken out (Norrgärdet appears only as the site of a "
     "planned spontanidrottsplats).", ["bibliotek", "filial", "Norrgärdet"], ["filial"]),
    ("What did Mossberga's municipal council decide about the new alcohol and tobacco licence fees?", D8,
     "decision_where_only_proposal",
     "The document is a tjänsteskrivelse with a proposal to fullmäktige; KF treatment is only planned for "
     "2025-11-24.", ["kommunfullmäktige", "taxa", "beslut"], ["Kommunfullmäktige beslutade"]),
    ("Enligt Mossbergas avgiftsjämförelse – vilken tillsynsavgift för tobak tar grannkommunen Kronbäcka ut?", D8, "other_municipality",
     "Kronbäcka appears only in the comparison of the fee for a new serveringstillstånd; its tobacco fees are "
     "not given.", ["Kronbäcka", "tobak", "tillsynsavgift"], []),
    ("Vad föreslås avgiften bli för tillfälligt tillstånd för provsmakning vid tillverkningsställe i Mossberga?",
     D8, "sub_not_broken_out", "The fee table has no category for provsmakning.",
     ["provsmakning", "tillfälligt tillstånd"], ["provsmakning"]),
]


def build():
    assert len(ANSWERABLE) == 44 and len(UNANSWERABLE) == 20
    rows, reasons = [], {}
    for i, (q, mc, doc) in enumerate(ANSWERABLE, 1):
        rows.append({"id": f"g{i:02d}", "question": q, "answerable": True, "must_contain": mc, "doc": doc})
    for j, (q, doc, kind, why, subj, absent) in enumerate(UNANSWERABLE, len(ANSWERABLE) + 1):
        qid = f"g{j:02d}"
        rows.append({"id": qid, "question": q, "answerable": False, "must_contain": [], "doc": doc})
        reasons[qid] = {"question": q, "doc": doc, "kind": kind, "why": why, "subject": subj, "absent": absent}
    return rows, reasons


if __name__ == "__main__":
    rows, reasons = build()
    with open(HERE.parent / "questions.jsonl", "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    (HERE / "reasons.json").write_text(json.dumps(reasons, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} questions, {len(reasons)} reasons")
