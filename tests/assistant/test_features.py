"""The sentence signals of `features.py` answer the question each is named for, and only for the questions it is
meant for (invented sentences: nothing of the sample corpus or the evaluation sets)."""

from __future__ import annotations

import pytest

from assistant.extractive import sentence_texts
from assistant.features import SENTENCE_FEATURES, sentence_features
from assistant.query import asked_boards, concept_weights, plan_query
from index.swedish import stem
from ingest.models import Chunk

_DECISION = SENTENCE_FEATURES.index("decision_verb")
_CAUSAL = SENTENCE_FEATURES.index("causal_why")


def _chunk(text: str) -> Chunk:
    return Chunk("c1", "d1", "x.txt", 0, "text", text, "", "rapport", "Rapport 2021", ("Rapport 2021", "Ärendet"),
                 None, 1, 1, None, None, (2021,))


def _signals(question: str, sentence: str) -> list[float]:
    plan = plan_query(question)
    weights = concept_weights(plan, lambda _term: 1)
    return sentence_features(plan, sentence, _chunk(sentence), 1.0, 0, False, weights)


@pytest.mark.parametrize("sentence", [
    "Barn- och utbildningsnämnden beslutar att godkänna redovisningen.",
    "Förvaltningen föreslår att avgiften höjs till 72 kronor.",
    "Kommunstyrelsen återremitterar ärendet för vidare utredning.",
    "Nämnden lägger rapporten till handlingarna.",
])
def test_a_decision_question_sees_the_decision_in_a_sentence(sentence: str) -> None:
    assert len(_signals("Vad beslutade nämnden om taxan?", sentence)) == len(SENTENCE_FEATURES)
    assert _signals("Vad beslutade nämnden om taxan?", sentence)[_DECISION] == 1.0
    assert _signals("What did the board decide about the fee?", sentence)[_DECISION] == 1.0


def test_the_decision_signal_is_silent_for_other_questions_and_other_sentences() -> None:
    decided = "Nämnden beslutar att godkänna redovisningen."
    assert _signals("Hur stor var sjukfrånvaron 2021?", decided)[_DECISION] == 0.0
    assert _signals("Vad beslutade nämnden om taxan?", "Sjukfrånvaron var 6,1 procent under året.")[_DECISION] == 0.0


def test_a_why_question_sees_the_cause_and_a_decision_question_does_not() -> None:
    cause = "Underskottet beror på höga kostnader för bemanning."
    assert _signals("Varför blev det ett underskott?", cause)[_CAUSAL] == 1.0
    assert _signals("Vad beslutade nämnden om underskottet?", cause)[_CAUSAL] == 0.0


@pytest.mark.parametrize("question", ["Vad är skälet till att nämnden köper platser externt?",
                                      "Varför köper nämnden platser externt?",
                                      "Vad berodde det på att nämnden köpte platser externt?",
                                      "What is the reason the board buys places externally?"])
def test_a_question_asking_the_reason_in_any_of_its_words_is_a_why_question(question: str) -> None:
    from assistant.features import asks_why, is_causal
    assert asks_why(plan_query(question))
    # "skäl" is Swedish for a reason as "orsak" and "anledning" are, in the answer's sentence too.
    assert is_causal("Skälet är att de egna platserna inte räcker till.")
    assert not asks_why(plan_query("Hur många platser köper nämnden externt?"))


@pytest.mark.parametrize(("sentence", "causal"), [
    ("Ökningen berodde på fler placeringar under hösten.", True),
    ("Minskningen kan helt hänföras till lägre statsbidrag.", True),
    ("Avvikelsen förklaras av höga kostnader för konsulter.", True),
    ("Den gamla planen var inaktuell varför en ny tas fram.", True),
    ("Underskottet orsakades av fler ärenden.", True),
    # a question quoted in a document opens with "varför": asked, no reason given
    ("Varför röjs gång- och cykelvägar senare än bilvägar?", False),
    ("Intäkterna minskade med 3 000 tkr.", False),
])
def test_a_reason_is_seen_in_every_tense_and_connective_of_swedish(sentence: str, causal: bool) -> None:
    from assistant.features import is_causal
    assert is_causal(sentence) is causal


def test_a_reason_following_any_chosen_fact_is_chosen_with_it() -> None:
    # Asked why, the fact chosen second brings the reason that follows it in its passage, as the first one's does.
    from assistant.extractive import Unit, _choose
    first = _chunk("Planen antogs i maj.")
    second = _chunk("Intäkterna minskade med 3 000 tkr. Minskningen kan helt hänföras till lägre statsbidrag. "
                    "Kostnaderna var oförändrade.")
    units = [Unit("Planen antogs i maj.", "Planen antogs i maj.", first, 0, False)] + [
        Unit(s, s, second, 1, False) for s in ("Intäkterna minskade med 3 000 tkr.", "Kostnaderna var oförändrade.",
                                               "Minskningen kan helt hänföras till lägre statsbidrag.")]
    chosen = _choose(units, plan_query("Vad berodde det på att intäkterna minskade?"), 3)
    assert [u.display for u in chosen] == ["Planen antogs i maj.", "Intäkterna minskade med 3 000 tkr.",
                                           "Minskningen kan helt hänföras till lägre statsbidrag."]


def test_a_table_line_shows_as_the_row_fact_made_from_it() -> None:
    # A whole-table passage's line ranked above the row fact made from it: the answer shows the fact, which names the
    # columns (the years) the bare line leaves out.
    from dataclasses import replace

    from assistant.extractive import Unit, _choose
    table = replace(_chunk("Verksamhet\tBudget 2025\tUtfall 2025\nHemtjänst\t31 400\t32 950"), chunk_id="t",
                    kind="table")
    row = replace(_chunk("Hemtjänst\t31 400\t32 950"), chunk_id="r", kind="table_row",
                  fact="Driftredovisning (tkr) — Hemtjänst: Budget 2025 31 400; Utfall 2025 32 950")
    line = "Hemtjänst\t31 400\t32 950"
    units = [Unit(line, line, table, 0), Unit(row.fact, row.text, row, 1)]
    chosen = _choose(units, plan_query("Vad blev utfallet för hemtjänsten 2025?"), 3)
    assert [u.display for u in chosen] == [row.fact]


@pytest.mark.parametrize(("question", "quantity"), [
    ("Vad kostade det kommunen att anlita konsulten?", True),
    ("Vad kostar en plats på behandlingshemmet?", True),
    ("Hur högt var sjuktalet i mars?", True),
    ("Vilken andel av eleverna klarade målen?", True),
    ("What was the cost of the new school?", True),
    ("What percentage of the households received support?", True),
    ("Vad handlade ärendet om?", False),
    ("Vem kostade nämnden en förklaring?", False),
    # what something costs, the verb later in the question (invented questions)
    ("Vad beräknas den nya idrottshallen kosta per år?", True),
    ("Vad har ombyggnaden av skolan kostat hittills?", True),
    ("What did the new software cost?", True),
    ("Vad satsar nämnden på under året?", False),
    ("Vad innebär det att placeringarna kostar mer än budgeterat?", False),
])
def test_the_ways_swedish_and_english_ask_for_a_figure(question: str, quantity: bool) -> None:
    assert plan_query(question).quantity is quantity


@pytest.mark.parametrize(("question", "count"), [
    ("Hur många platser har boendet i Hällvika?", True),
    ("How many evictions were there last year?", True),
    # a number of a unit of money or of a share is an amount or a share, which no count answers
    ("Hur många miljoner kronor kostade ombyggnaden?", False),
    ("Hur många procent av budgeten har använts?", False),
    ("How many million kronor did the project cost?", False),
])
def test_a_count_is_asked_of_things_not_of_money_or_shares(question: str, count: bool) -> None:
    plan = plan_query(question)
    assert plan.count is count and plan.quantity


@pytest.mark.parametrize(("question", "term"), [
    ("Hur mycket gick socialnämnden back mot budget 2024?", "underskot"),
    ("Hur mycket gick nämnden minus mot budget 2024?", "underskot"),
    ("Vilken enhet gick plus 2024?", "överskot"),
    # A placement's fee: what it is charged for and per, and the everyday name of an HVB.
    ("Vad ska den som placeras betala för mat per dag 2024?", "dygn"),
    ("Hur många barn placerades på behandlingshem 2024?", "hvb"),
    # Alkohollagen's terms for a restaurant, a permanent licence and an inspection; the termbank's "aktualiseras".
    ("Hur många kontrollbesök gjordes på krogar med permanent tillstånd 2024?", "tillsynsbesök"),
    ("Hur många kontrollbesök gjordes på krogar med permanent tillstånd 2024?", "serveringsställ"),
    ("Hur många kontrollbesök gjordes på krogar med permanent tillstånd 2024?", "stadigvar"),
    ("Hur många barn blev aktuella hos socialtjänsten 2024?", "aktualiser"),
    ("Hur många föräldrar började klara sig på egen inkomst 2024?", "försörjning"),
    # When a taxa applies from: the statute book's "träder i kraft".
    ("När ska den nya taxan börja gälla?", "kraft"),
    ("When does the new fee take effect?", "kraft"),
    # The Swedish Food Agency's English: livsmedel, official food control; a fee charged per hour.
    ("What is the hourly fee for food inspections?", "livsmedelskontroll"),
    ("What is the hourly fee for food inspections?", "timavgift"),
])
def test_everyday_words_for_a_result_against_budget_search_the_reports_terms(question: str, term: str) -> None:
    assert term in plan_query(question).terms


@pytest.mark.parametrize(("question", "asked"), [
    ("Sa fullmäktige ja till motionen om en ny förskola?", True),
    ("Har nämnden sagt nej till ansökan?", True),
    ("Did the council say yes to the motion?", True),
    ("Vad sa ordföranden om budgeten?", False),
    # the everyday verbs for deciding (invented questions)
    ("Har kommunstyrelsen redan klubbat de nya avgifterna?", True),
    ("Röstade fullmäktige igenom den nya taxan?", True),
    ("Har nämnden spikat budgeten för nästa år?", True),
    ("Vad kostar en ordförandeklubba?", False),
    # English asks with "do" or "will" and the bare verb; a decision asked as a thing counted or a vote is not one
    ("What did the council decide about the new library?", True),
    ("Did the board decide to close the swimming pool?", True),
    ("Will the council decide on the budget in June?", True),
    ("How did the council vote on the budget?", False),
    ("How many decisions were not carried out in time?", False),
])
def test_saying_yes_or_no_to_a_proposal_asks_what_was_decided(question: str, asked: bool) -> None:
    from assistant.query import asks_decided
    assert asks_decided(question) is asked


@pytest.mark.parametrize(("text", "months"), [
    ("I januari månad ökade antalet ärenden.", {"januari"}),
    ("År 2025; Jan 336; Feb 341; Mar 348", {"januari", "februari", "mars"}),
    ("Utfall jan-april 2019", {"januari", "april"}),
    ("Rapporten för sept. visar ett överskott.", {"september"}),
    # "jul" is also Christmas and "dec" a prefix: short forms count only before a full stop, a dash or a figure
    ("Under jul och nyår är kontoret stängt; decentraliserad organisation.", set()),
])
def test_months_are_read_in_full_and_short(text: str, months: set[str]) -> None:
    from ingest.patterns import months_named
    assert months_named(text) == months


@pytest.mark.parametrize(("question", "past"), [
    ("Hur många vårddygn nyttjades 2019?", True),
    ("Hur många hushåll fick försörjningsstöd 2023?", True),
    ("How many households received support in 2023?", True),
    ("Hur mycket får nämnden 2027?", False),
    ("Hur stort blir underskottet 2024?", False),
    # "inte" and the ordinals end as a preterite does
    ("Varför klarar inte nämnden budgeten?", False),
    ("Vad står i femte punkten?", False),
])
def test_a_question_in_the_past_tense_asks_what_happened(question: str, past: bool) -> None:
    from assistant.query import asks_past
    assert asks_past(question) is past


@pytest.mark.parametrize(("question", "parts"), [
    ("Hur många elever började 2021, och hur många slutade?", ("Hur många elever började 2021", "hur många slutade?")),
    ("Vilket dnr har ärendet om parkeringen och vem är handläggare?",
     ("Vilket dnr har ärendet om parkeringen", "vem är handläggare?")),
    ("Skolskjutsen 2021: vad var budgeten, och vad blev utfallet?",
     ("Skolskjutsen 2021: vad var budgeten", "Skolskjutsen 2021: vad blev utfallet?")),
    ("What was the deficit in 2021 and why did costs rise?", ("What was the deficit in 2021", "why did costs rise?")),
    # a second part without a topic word of its own asks about the first part's subject: one question
    ("Vilken avgift höjdes 2021, och varför?", ("Vilken avgift höjdes 2021, och varför?",)),
    ("Hur många elever började 2021, och hur står det sig mot 2020?",
     ("Hur många elever började 2021, och hur står det sig mot 2020?",)),
    ("När och var sammanträdde nämnden?", ("När och var sammanträdde nämnden?",)),
])
def test_a_question_asking_two_things_has_two_parts(question: str, parts: tuple[str, ...]) -> None:
    from assistant.query import question_parts
    assert question_parts(question) == parts


def test_a_later_part_inherits_the_first_parts_years_and_subject() -> None:
    plan = plan_query("Hur många elever började 2021, och hur många slutade?")
    first, second = plan.parts
    assert first.years == second.years == (2021,)
    assert any(c.inherited and c.word == "elever" for c in second.concepts), second.concepts
    assert not plan_query("Hur många elever började 2021?").parts


@pytest.mark.parametrize(("question", "sentence", "stated"), [
    ("Vad kostade skolskjutsen 2021?", "Skolskjutsen kostade 4 200 tkr under 2021.", True),
    ("Vad kostade skolskjutsen 2021?", "Skolskjutsen hade 412 elever under 2021.", False),
    ("Hur mycket pengar fick fritidsgårdarna?", "Fritidsgårdarna fick 1,2 miljoner kronor.", True),
    ("How much did the school transport cost in 2021?", "Skolskjutsen körde 96 000 mil 2021.", False),
    ("Vad beräknas skolbussen kosta per år?", "Skolbussen kör 41 000 mil per år.", False),
    ("Vad beräknas skolbussen kosta per år?", "Skolbussen beräknas kosta 1,4 miljoner kronor per år.", True),
    # asked a count, any count answers; asked no money, a count is a figure
    ("Hur många elever åkte skolskjuts 2021?", "Skolskjutsen hade 412 elever under 2021.", True),
    ("Hur stor blev ökningen 2021?", "Antalet ökade med 412 under 2021.", True),
])
def test_asked_what_something_costs_only_a_sum_of_money_is_the_asked_figure(question: str, sentence: str,
                                                                          stated: bool) -> None:
    from assistant.features import states_asked_figure
    assert states_asked_figure(plan_query(question), sentence, _chunk(sentence)) is stated


def test_a_tables_unit_of_money_in_its_heading_counts() -> None:
    from assistant.features import states_asked_figure
    chunk = Chunk("c1", "d1", "x.txt", 0, "table", "Skolskjuts\t4 200", "", "rapport", "Rapport 2021",
                  ("Rapport 2021", "Driftredovisning (tkr)"), None, 1, 1, None, None, (2021,))
    assert states_asked_figure(plan_query("Vad kostade skolskjutsen?"), "Skolskjuts: Utfall 4 200", chunk)


def test_a_question_verb_searches_and_counts_its_noun() -> None:
    plan = plan_query("Varför minskade antalet besök på fritidsgården?")
    assert stem("minskningen") in plan.terms
    assert any(stem("minskningen") in c.stems for c in plan.concepts if c.word == "minskade")


def test_a_span_of_months_asks_for_part_of_a_year() -> None:
    """"jan–aug 2025" asks for a delårsrapport's period, not the year as a whole (the whole-year rule had dropped the
    delårsrapport's rows for another document's annual figure); a word that only begins like a month is none."""
    from assistant.query import asks_part_of_year

    for question in ("Hur många bygglovsärenden kom in jan–aug 2025?", "Utfallet januari-april 2019",
                     "Kostnaderna mars till maj", "How many from April to June 2024?", "sept-dec"):
        assert asks_part_of_year(question), question
    for question in ("Hur stort var underskottet 2019?", "a marginal to decrease", "Vad hände i maj?"):
        assert not asks_part_of_year(question), question


@pytest.mark.parametrize(("question", "sentence", "stated"), [
    # invented: a length of time counts the time, not the votes, visits or people asked about
    ("Hur många röster fick motionen om fria resor?", "Motionen gäller personer som fyllt 75 år.", False),
    ("Hur många röster fick motionen om fria resor?", "Motionen fick 22 röster.", True),
    ("Hur många besök gjorde inspektörerna?", "Inspektionerna pågick i tre månader och 12 dagar.", False),
    # asked how many months, a length of time is the count
    ("Hur många månader varade projektet?", "Projektet varade i 14 månader.", True),
])
def test_a_length_of_time_is_no_count_of_something_else(question: str, sentence: str, stated: bool) -> None:
    from assistant.features import states_asked_figure
    assert states_asked_figure(plan_query(question), sentence, _chunk(sentence)) is stated


@pytest.mark.parametrize(("question", "sentence", "stated"), [
    # a count of something else of the same place and year is no count of what is asked
    ("Hur många årsräkningar granskade överförmyndarenheten i Ekby 2024?",
     "Vid utgången av 2024 fanns 488 pågående ställföreträdarskap i Ekby kommun.", False),
    ("Hur många årsräkningar granskade överförmyndarenheten i Ekby 2024?",
     "Under 2024 granskades 452 årsräkningar.", True),
    # said by another subject word of the question ("verkställt"), the count is of the asked thing
    ("Hur många beviljade insatser hade nämnden inte verkställt vid kvartalets slut?",
     "Antalet ej verkställda beslut var 7.", True),
    # a sum is not held to it: what it measures is often said in other words
    ("Hur mycket pengar har nämnden att röra sig med 2023?", "Nämnden har tilldelats en budgetram om 203 226 tkr.",
     True),
])
def test_the_evidence_reads_a_count_as_asked_only_beside_a_word_of_its_subject(question: str, sentence: str,
                                                                              stated: bool) -> None:
    from assistant.features import states_asked_figure
    assert states_asked_figure(plan_query(question), sentence, _chunk(sentence), of_subject=True) is stated
    # answer choice is not held to it (a row naming the asked thing by its name may state the count)
    assert states_asked_figure(plan_query(question), sentence, _chunk(sentence))


def test_a_diarienummer_on_a_line_of_its_own_is_no_candidate_sentence() -> None:
    """A § whose diarienummer stands on its own line under the heading (invented): "Dnr KS 2024/0233" says nothing a
    question asks (a question for the number is answered from the passage's diarienummer); the sentences after it
    are candidates as before."""
    from assistant.extractive import sentence_texts

    texts = sentence_texts(_chunk("Dnr KS 2024/0233\nIngrid Falk (V) föreslår i en motion gratis resor för pensionärer. "
                                  "Voteringen utfaller med 8 ja-röster och 1 nej-röst."))
    assert texts == ["Ingrid Falk (V) föreslår i en motion gratis resor för pensionärer.",
                     "Voteringen utfaller med 8 ja-röster och 1 nej-röst."], texts


def test_a_line_that_opens_a_list_is_a_candidate_with_its_items() -> None:
    """A proposal whose clauses stand in a numbered list under the line announcing them (invented): the line with its
    items is one candidate sentence beside each of them, since what is proposed is the clauses, not the line. A line
    that ends its sentence is not joined to the list under it, nor is an agenda's item or field to the items after it
    (invented, after probe K's kallelse), nor a line to lines opening with a minus sign or "t.ex.", and a long list only
    by its first eight items."""
    from assistant.extractive import sentence_texts

    texts = sentence_texts(_chunk("Arbetsmarknadsnämnden föreslår kommunfullmäktige besluta\n"
                                  "1.\tMotionen anses besvarad i den del som avser näringslivet.\n"
                                  "2.\tMotionen avslås i övrigt.\nFörvaltningen har beräknat kostnaden.\n"
                                  "- Kostnaden per plats är 14 200 kronor."))
    assert "Arbetsmarknadsnämnden föreslår kommunfullmäktige besluta 1. Motionen anses besvarad i den del som avser " \
           "näringslivet. 2. Motionen avslås i övrigt." in texts, texts
    assert "Motionen avslås i övrigt." in texts and "Arbetsmarknadsnämnden föreslår kommunfullmäktige besluta" in texts
    assert not any(t.startswith("Förvaltningen har beräknat kostnaden. -") for t in texts), texts
    agenda = sentence_texts(_chunk("Ärenden\n2. Godkännande av dagordningen\n3. Ekonomisk uppföljning mars 2026\n"
                                   "Föredragande: ekonomichef Petra Wiik\n4. Markanvisning för bostäder i Östra Hagen"))
    assert agenda == ["Godkännande av dagordningen", "Ekonomisk uppföljning mars 2026",
                      "Föredragande: ekonomichef Petra Wiik", "Markanvisning för bostäder i Östra Hagen"], agenda
    figures = sentence_texts(_chunk("Avvikelsen mot budget per verksamhet i tkr\n-5 400 tkr för hemtjänsten\n"
                                    "t.ex. inom korttidsboendet"))
    assert not any(t.startswith("Avvikelsen mot budget per verksamhet i tkr ") for t in figures), figures
    long = sentence_texts(_chunk("Följande åtgärder planeras\n" + "\n".join(f"- Åtgärd nummer {i}." for i in range(9))))
    assert "Följande åtgärder planeras " + " ".join(f"- Åtgärd nummer {i}." for i in range(8)) in long, long


def test_a_word_the_sentence_says_it_leaves_out_is_not_covered() -> None:
    """Two rows of a volume table (as the sample's delårsrapport has them): the one "exkl ensamkommande" does not
    speak of the ensamkommande a question asks about, so it covers less of that question than the row that does."""
    coverage = SENTENCE_FEATURES.index("cov_idf")
    question = "Hur många vårddygn i familjehem för ensamkommande barn nyttjades?"
    without = _signals(question, "Antal utnyttjade vårddygn i familjehem, barn och unga exkl ensamkommande: 26000")
    with_them = _signals(question, "Antal utnyttjade vårddygn i familjehem, ensamkommande barn och unga: 10500")
    assert without[coverage] < with_them[coverage], (without[coverage], with_them[coverage])
    assert _signals(question, "Vårddygn utom ensamkommande barn: 300")[coverage] < with_them[coverage]


def test_what_every_candidate_shares_weighs_little_among_them() -> None:
    """Candidates retrieved for a question all speak of its subject; which one answers is told by what the question
    asks of that subject. Among them, a sentence naming only the subject covers little, one naming what is asked
    covers much — whatever the words' rarity in the whole index."""
    from assistant.features import local_weights

    local_cover = SENTENCE_FEATURES.index("cov_local")
    question = "Hur hög var sjukfrånvaron i hemtjänsten?"
    plan = plan_query(question)
    weights = concept_weights(plan, lambda _term: 1)
    candidates = ["Hemtjänsten utförde 412 000 timmar under året.", "Hemtjänsten har 310 brukare.",
                  "Sjukfrånvaron i hemtjänsten var 8,1 procent.", "Hemtjänsten bemannas dygnet runt."]
    local = local_weights(weights, candidates)
    shared = {c.word: w for c, w in local}
    assert min(shared.values()) < max(shared.values())

    def cover(sentence: str) -> float:
        return sentence_features(plan, sentence, _chunk(sentence), 1.0, 0, False, weights, None, local)[local_cover]

    assert cover(candidates[2]) > 0.9 and cover(candidates[0]) < 0.3, (cover(candidates[2]), cover(candidates[0]))
    # Without candidates to weigh among (a caller that passes none), the signal is silent rather than a guess.
    assert sentence_features(plan, candidates[2], _chunk(candidates[2]), 1.0, 0, False, weights)[local_cover] == 0.0


def test_a_concept_inherited_from_the_first_part_is_no_part_of_what_the_second_asks() -> None:
    """'… och hur många barn aktualiserades det året?' inherits the first part's subject; among the candidates, a
    sentence naming that subject and the second part's own subject is no answer to what the second part asks."""
    from assistant.features import local_weights

    local_cover = SENTENCE_FEATURES.index("cov_local")
    second = plan_query("Hur många utredningar inleddes under 2019 och hur många barn aktualiserades det året?").parts[1]
    weights = concept_weights(second, lambda _term: 1)
    assert any(c.inherited for c, _ in weights) and any(not c.inherited for c, _ in weights)
    candidates = ["I juni var det 355 ärenden om barn, varav 199 utredningar.",
                  "Under året aktualiserades 1754 barn.", "Barnen är 12 år."]
    local = local_weights(weights, candidates)
    assert all(w == 0.0 for c, w in local if c.inherited)

    def cover(sentence: str) -> float:
        return sentence_features(second, sentence, _chunk(sentence), 1.0, 0, False, weights, None, local)[local_cover]

    assert cover(candidates[1]) == pytest.approx(1.0) and cover(candidates[0]) < 0.5


@pytest.mark.parametrize(("question", "boards"), [
    ("När beslutade KF om den nya taxan?", ("kommunfullmäktige",)),
    ("Vad blev BUN:s beslut om skolskjutsen?", ("barn- och utbildningsnämnden",)),
    ("vad beslutade ks om budgeten", ("kommunstyrelsen",)),
    ("Vad tycker SN och kommunstyrelsen?", ("socialnämnden", "kommunstyrelsen")),
    # a name particle in a question written with capitals is no abbreviation
    ("Vad sa Anna von Sydow om budgeten?", ()),
])
def test_a_question_names_a_board_by_its_usual_abbreviation(question: str, boards: tuple[str, ...]) -> None:
    assert asked_boards(question) == boards


def test_a_table_rows_caption_is_its_heading_not_what_the_row_says() -> None:
    # A letterhead's field row carries the document's board in its caption: that covers a question naming the board
    # as the headings do, never as the row's own words. A row's own label and cells still count as its own, and of a
    # row of figures the caption is what they measure: its own too.
    own, heading = SENTENCE_FEATURES.index("cov_idf"), SENTENCE_FEATURES.index("cov_ctx")
    plan = plan_query("Vilka av vård- och omsorgsnämndens mål nåddes inte under 2025?")
    weights = concept_weights(plan, lambda _term: 1)

    def signals(fact: str) -> list[float]:
        chunk = Chunk("c2", "d1", "x.pdf", 0, "table_row", fact.split(" — ")[1], "", "rapport", "Verksamhetsberättelse",
                      ("Verksamhetsberättelse 2025",), 1, 1, 1, None, None, (2025,), fact)
        return sentence_features(plan, fact, chunk, 1.0, 0, False, weights)

    field = signals("Ekby kommun – Vård- och omsorgsnämnden — Diarienummer: 2026/0014")
    assert field[own] == 0.0 and field[heading] > 0.0
    goal = signals("Ekby kommun – Vård- och omsorgsnämnden — Nämndmål Ökad trygghet: Måluppfyllelse Inte uppfyllt")
    assert goal[own] > 0.0
    figures = signals("Ekby kommun – Vård- och omsorgsnämnden — Nettokostnad, mnkr: 2025 412,6")
    assert figures[own] > 0.0


def test_a_header_of_fields_or_a_row_of_only_a_diarienummer_is_no_candidate_answer() -> None:
    # A running header of fields (issuer, unit, title, number) and a letterhead row giving only the diarienummer say
    # nothing a question about the subject asks; the number itself is answered from the passage's diarienummer. A row
    # with any other content stays a candidate.
    def row(fact: str) -> list[str]:
        chunk = Chunk("c3", "d1", "x.pdf", 0, "table_row", fact.split(" — ")[1], "", "rapport", "Månadsuppföljning",
                      ("Månadsuppföljning oktober 2025",), 1, 1, 1, None, None, (2025,), fact)
        return sentence_texts(chunk)

    assert row("Ekby kommun – Barn- och utbildningsnämnden — Diarienummer: BUN 2025/0087") == []
    assert row("Ekby kommun – Barn- och utbildningsnämnden — Diarienummer: Dnr BUN 2025-087") == []
    assert row("Ekby kommun – Barn- och utbildningsnämnden — Handläggare: Eva Ek, controller") != []
    assert row("Driftredovisning (tkr) — Förskola: Prognos helår 145 900; Avvikelse helår 2 700") != []
    text = ("Ekby kommun | Barn- och utbildningsförvaltningen | Månadsuppföljning oktober 2025 | BUN 2025/0087\n"
            "Nämnden prognostiserar ett underskott om 3 400 tkr för helåret 2025.")
    chunk = Chunk("c4", "d1", "x.pdf", 0, "text", text, "", "rapport", "Månadsuppföljning",
                  ("Månadsuppföljning oktober 2025",), 1, 1, 1, None, None, (2025,), None)
    assert sentence_texts(chunk) == ["Nämnden prognostiserar ett underskott om 3 400 tkr för helåret 2025."]


@pytest.mark.parametrize("separator", ["·", "•"])
def test_a_header_of_fields_set_apart_by_a_middle_dot_or_bullet_is_no_candidate_answer(separator: str) -> None:
    # Word processors and typography set header and footer fields apart by a middle dot or a bullet as often as by a
    # bar: such a line says nothing a question asks either. A line of two fields that states a figure stays one.
    header = f"Samordningsförbundet Ekby {separator} Dnr SFE 2026/3 {separator} Fastställd av styrelsen 2026-02-19"
    pair = f"Ekby kommun {separator} Nämnden prognostiserar ett underskott om 3 400 tkr för helåret 2025."
    text = f"{header}\n{pair}"
    chunk = Chunk("c6", "d1", "x.pdf", 0, "text", text, "", "rapport", "Verksamhetsberättelse",
                  ("Verksamhetsberättelse 2025",), 1, 1, 1, None, None, (2025,), None)
    assert sentence_texts(chunk) == [pair]


def test_a_letterhead_line_with_its_office_and_diarienummer_is_no_candidate_answer() -> None:
    # A tjänsteskrivelse's letterhead on one line (municipality, the office that wrote it, the kind, date and
    # diarienummer) says nothing a question asks, as each of its parts alone does not; a sentence naming the office
    # with anything else stays a candidate.
    text = ("Ekby kommun Barn- och utbildningsförvaltningen TJÄNSTESKRIVELSE 2026-01-28 Diarienummer: BUN 2025/00231-2.4\n"
            "Ekby kommun Stadsbyggnadskontoret 2026-02-03 Dnr SBN 2026/14\n"
            "Barn- och utbildningsförvaltningen föreslår att skolskjutsgränsen blir tre kilometer.")
    chunk = Chunk("c5", "d1", "x.pdf", 0, "text", text, "", "tjänsteskrivelse", "Skolskjuts", ("Skolskjuts",), 1, 1,
                  1, None, None, (2026,), None)
    assert sentence_texts(chunk) == ["Barn- och utbildningsförvaltningen föreslår att skolskjutsgränsen blir tre kilometer."]


def test_a_protokoll_header_line_with_its_field_labels_is_no_candidate_answer() -> None:
    # A protokoll's running header (municipality, the kind, the board, "Sammanträdesdatum" and its date, the page)
    # answers no question about the meeting's business ("Med vilka röstsiffror antog fullmäktige budgeten?"); a
    # sentence that states something on the same date stays a candidate.
    text = ("EKBY KOMMUN PROTOKOLLSUTDRAG Kommunfullmäktige Sammanträdesdatum 2025-11-24\n"
            "Ekby kommun SAMMANTRÄDESPROTOKOLL Socialnämnden Datum 2025-11-24 Sida 3(12)\n"
            "Kommunfullmäktige antog budgeten den 24 november 2025 med 31 röster mot 18.")
    chunk = Chunk("c7", "d1", "x.pdf", 0, "text", text, "", "protokoll", "Budget 2026", ("Budget 2026",), 1, 1,
                  1, None, None, (2025,), None)
    assert sentence_texts(chunk) == ["Kommunfullmäktige antog budgeten den 24 november 2025 med 31 röster mot 18."]


@pytest.mark.parametrize(("caption", "row", "expected"), [
    # A field grid under the letterhead heading of a report (invented municipality): the row is what it says.
    ("Ekby kommun – Vård- och omsorgsnämnden", "Fastställd: Vård- och omsorgsnämnden 2026-02-18, § 9",
     "Fastställd: Vård- och omsorgsnämnden 2026-02-18, § 9"),
    # A board's section of a report on several boards says whose the row is: it stays.
    ("1.3 Socialnämnden", "Antal vårddygn: Utfall 2024 1 225", "1.3 Socialnämnden — Antal vårddygn: Utfall 2024 1 225"),
    # A table's own caption says what its rows are: it stays with them.
    ("Driftredovisning (tkr)", "Ekonomiskt bistånd: Utfall 2024 -56 783",
     "Driftredovisning (tkr) — Ekonomiskt bistånd: Utfall 2024 -56 783"),
])
def test_a_table_row_is_read_without_a_letterhead_caption(caption: str, row: str, expected: str) -> None:
    # The caption heads every passage of its section (the headings weigh it); inside the row's sentence as well, a
    # document's field grid covered the municipality and board a question names better than the passage asked about.
    chunk = Chunk("c8", "d1", "x.md", 0, "table_row", row.replace(": ", "\t", 1), "", "rapport", "Verksamhetsberättelse",
                  ("Verksamhetsberättelse", caption), None, 1, 1, None, None, (2024,), f"{caption} — {row}")
    assert sentence_texts(chunk) == [expected]


def test_an_address_with_stops_inside_stays_in_its_sentence() -> None:
    """An e-mail or web address (invented) has stops with a small letter right after them: they end no sentence, so
    the name and the telephone number after the address stay in one candidate with it."""
    from assistant.extractive import sentence_texts

    texts = sentence_texts(_chunk("Förhinder anmäls till Eva Lind, eva.lind@ekby.se eller 0150-123 45. Handlingarna "
                                  "finns på www.ekby.se. Nästa sammanträde hålls i maj."))
    assert texts == ["Förhinder anmäls till Eva Lind, eva.lind@ekby.se eller 0150-123 45.",
                     "Handlingarna finns på www.ekby.se.", "Nästa sammanträde hålls i maj."], texts


@pytest.mark.parametrize(("sentence", "to"), [
    # A nämnd's proposal goes through the styrelse to fullmäktige: both are named, fullmäktige second.
    ("Socialnämnden föreslår kommunstyrelsen och kommunfullmäktige att anslå 3 mnkr till ett nytt boende.",
     "kommunfullmäktige"),
    ("Nämnden beslutade att föreslå kommunstyrelsen, kommunfullmäktige att anslå medlen.", "kommunfullmäktige"),
    ("Kommunstyrelsen föreslår kommunfullmäktige besluta att anslå medlen.", "kommunfullmäktige"),
    ("Nämnden föreslår att kommunfullmäktige anslår medlen.", "kommunfullmäktige"),
    # fullmäktige named later, not as one of those proposed to
    ("Nämnden föreslår kommunstyrelsen att lämna en rapport om boendet till kommunfullmäktige.", ""),
])
def test_a_proposal_to_several_bodies_is_a_proposal_to_each(sentence: str, to: str) -> None:
    """Asked whether fullmäktige decided, a sentence proposing it to fullmäktige is only a proposal, also when the
    proposal is made to the styrelse and fullmäktige together (invented sentences)."""
    from assistant.features import proposed_to_asked

    assert proposed_to_asked(sentence, "Har kommunfullmäktige beslutat om det nya boendet?") == to
