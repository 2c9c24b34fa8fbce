"""Answers on the real corpus: the right figure, citations whose quotes are really in the cited page."""

from __future__ import annotations

import re

import pytest

from assistant.citations import citation, validate
from assistant.errors import InvalidFilter, InvalidQuestion
from assistant.evaluation import normalise
from assistant.models import ABSTAIN_TEXT, Answer, Citation
from assistant.service import Assistant
from index.store import SearchFilter

pytestmark = pytest.mark.slow


def assert_cited(assistant: Assistant, answer: Answer) -> None:
    """Every citation's quote stands verbatim (whitespace folded) in the page or text it cites."""
    assert answer.citations, answer.text
    for c in answer.citations:
        pages = dict(assistant.index.catalog.pages(c.document_id))
        page_text = pages[c.page or 1]
        assert normalise(c.quote) in normalise(page_text), (c.source, c.page, c.quote)
        assert f"[{c.n}]" in answer.text


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("Hur stort var socialnämndens underskott mot budget för hela 2022?", ["19 348"]),
        ("Hur många nya ärenden öppnades på ekonomiskt bistånd i mars 2024?", ["33"]),
        ("Hur mycket gick Familjerätt och placering över budget 2022?", ["19 965"]),
        ("Hur mycket investeringsmedel fick socialnämnden för 2023?", ["300"]),
    ],
)
def test_figures_are_quoted_with_their_source(corpus_assistant: Assistant, question: str, figures: list[str]) -> None:
    answer = corpus_assistant.ask(question)
    assert not answer.abstained
    for figure in figures:
        assert figure in answer.text
    assert_cited(corpus_assistant, answer)


def test_a_comparison_of_years_gets_the_same_row_from_the_other_years_report(corpus_assistant: Assistant) -> None:
    # The 2022 annual report's rows rank first; its 2019 counterpart (the same row of the 2019 report) is not among
    # the passages found, and is added with its own citation.
    answer = corpus_assistant.ask("Hur många miljoner kronor i försörjningsstöd betalade nämnden ut 2022, och hur "
                                  "mycket var det 2019?")
    assert not answer.abstained
    assert "44 mnkr" in answer.text and "61 mnkr" in answer.text, answer.text
    cited = {c.quote.split("\t")[2] for c in answer.citations if "Utbetalt försörjningsstöd totalt" in c.quote}
    assert cited == {"44 mnkr", "61 mnkr"}, answer.citations
    assert_cited(corpus_assistant, answer)


def test_a_year_as_a_whole_is_answered_from_the_annual_report_not_a_tertial_report(corpus_assistant: Assistant) -> None:
    # The tertial report of 2019 (January–April) and the annual report of 2019 both match; only a question about part
    # of the year is answered from the tertial report.
    whole = corpus_assistant.ask("Vilken budgetavvikelse hade socialnämnden 2019?")
    assert "-46 246" in whole.text and "14 891" not in whole.text, whole.text
    assert_cited(corpus_assistant, whole)
    part = corpus_assistant.ask("Hur stor budgetavvikelse hade socialnämnden efter första tertialet 2019?")
    assert "-46 246" not in part.text and "tertial" in part.text, part.text


def test_asked_why_a_decision_was_remade_the_reason_is_answered(corpus_assistant: Assistant) -> None:
    # "beslutet" in a why-question names the decision whose reason is asked, not "what was decided".
    answer = corpus_assistant.ask("Varför fick nämnden fatta ett nytt beslut om handlingsplanen mot våld i nära relation?")
    assert not answer.abstained and not answer.text.startswith("Jag hittar inget beslut"), answer.text
    assert "16 maj 2018" in answer.text, answer.text
    assert_cited(corpus_assistant, answer)


def test_a_year_only_forecast_in_the_row_found_gets_the_outcome_from_the_annual_report(corpus_assistant: Assistant) -> None:
    # The tertial report's row ("Utfall jan-april 2019 4518; Prognos 2019 12000") ranks first; the annual report
    # restates the row (spelt "vårdrygn") with the year's outcome, which now leads the answer with its own citation.
    answer = corpus_assistant.ask("Hur många vårddygn i familjehem för ensamkommande barn och unga nyttjades 2019?")
    assert not answer.abstained and answer.text.startswith("2019:"), answer.text
    assert "10500" in answer.citations[0].quote and "[1]" in answer.text.split("10500")[1][:8], answer.text
    assert_cited(corpus_assistant, answer)


def test_a_past_year_found_only_as_a_forecast_is_refused_with_what_was_found(corpus_assistant: Assistant) -> None:
    # 2023's households are forecast in the plan for 2023 ("Prognos 2023 417"); no report gives 2023's outcome.
    past = corpus_assistant.ask("Hur många hushåll hade i genomsnitt utbetalt försörjningsstöd per månad 2023?")
    assert past.abstained and past.partial, past.text
    assert past.text.startswith("Det finns inget utfall för 2023 i handlingarna, bara prognos, budget eller plan:")
    assert "Prognos 2023 417" in past.text
    assert_cited(corpus_assistant, past)
    # Asked what is expected, the forecast is the answer.
    expected = corpus_assistant.ask("Hur många hushåll räknar nämnden med per månad 2023?")
    assert not expected.text.startswith("Det finns inget utfall"), expected.text


def test_asked_how_large_the_answer_leads_with_the_figure(corpus_assistant: Assistant) -> None:
    # The first question a new user typed: the best sentence only says that there was a deficit; the one that
    # states it (-19 348 tkr for 2022) came third.
    answer = corpus_assistant.ask("Hur stort var underskottet för Socialnämnden 2022?")
    first = answer.text.split("[1]")[0]
    assert "19 348" in first, answer.text
    assert answer.citations[0].n == 1 and "19 348" in answer.citations[0].quote
    assert_cited(corpus_assistant, answer)


@pytest.mark.parametrize(("question", "figures"), [
    # the whole question's best sentences all answered the first part; the second part's figure was left out
    ("Hur många utredningar inleddes under 2019 och hur många barn och unga aktualiserades det året?", ["513", "1754"]),
    ("Vad blev socialnämndens budgetavvikelse 2022 och hur många hushåll fick försörjningsstöd det året?",
     ["19 348", "417"]),
])
def test_a_question_asking_two_things_gets_both_answered(corpus_assistant: Assistant, question: str,
                                                         figures: list[str]) -> None:
    answer = corpus_assistant.ask(question)
    assert not answer.abstained, answer.text
    for figure in figures:
        assert figure in answer.text, answer.text
    assert_cited(corpus_assistant, answer)


def test_asked_what_something_costs_a_figure_of_another_kind_does_not_answer(corpus_assistant: Assistant) -> None:
    # No document says what the family centre's premises cost; the passages found count its visitors. A count is no
    # price: refused, where it had been answered with the visitors.
    answer = corpus_assistant.ask("Vad kostade familjecentralens lokaler per år?")
    assert answer.abstained, answer.text


def test_the_next_meeting_is_not_an_older_one_when_the_latest_kallelse_has_no_date(corpus_assistant: Assistant) -> None:
    # The 2023 and 2024 kallelser carry no date, time or place; the dated 2018 one is older than their ärenden.
    answer = corpus_assistant.ask("När är nästa sammanträde?")
    assert answer.abstained and "2018" not in answer.text, answer.text
    assert answer.text.startswith("Den senaste kallelsen i handlingarna anger inte datum"), answer.text
    assert "2024" in answer.text


def test_english_question_is_answered_from_swedish_documents(corpus_assistant: Assistant) -> None:
    answer = corpus_assistant.ask("What hourly fee can the board charge a deceased person's estate for its work in 2023?")
    assert "992" in answer.text
    assert_cited(corpus_assistant, answer)


def test_diarienummer_in_question_finds_that_arende(corpus_assistant: Assistant) -> None:
    hits = corpus_assistant.search("Vad handlar SOCN/2022:42 om?")
    assert hits and all(h.chunk.diarienummer == "SOCN/2022:42" for h in hits)
    answer = corpus_assistant.ask("Vad handlar SOCN/2022:42 om?")
    assert "familjecentral" in answer.text.lower()
    assert_cited(corpus_assistant, answer)


def test_a_question_about_another_municipality_says_whose_documents_are_indexed(corpus_assistant: Assistant) -> None:
    answer = corpus_assistant.ask("Hur stor budget har socialnämnden i Vingåkers kommun?")
    assert answer.abstained and answer.citations == ()
    assert answer.text.startswith("Handlingarna i indexet kommer från Katrineholms kommun."), answer.text
    assert "Vingåkers kommun" in answer.text


@pytest.mark.parametrize("question", [
    "Vem hör jag av mig till om jag inte kan komma på sammanträdet 15 augusti 2018?",
    "Vart meddelar man att man inte kunde komma till nämndens möte i augusti 2018?",
    "Jag kan inte komma på mötet den 15 augusti 2018, vem säger jag till?",
    # "vem … kontakta" alone asks for a handläggare (board._HANDLER); not when one cannot come
    "Vem ska man kontakta om man inte kan komma till socialnämndens sammanträde 15 augusti 2018?",
])
def test_a_member_who_cannot_attend_is_told_where_to_report_it(corpus_assistant: Assistant, question: str) -> None:
    """Cannot come, be there or take part is the kallelse's "förhinder" (Kommunallagen's word): the person and the
    number to report it to, in one sentence with the e-mail address between them."""
    answer = corpus_assistant.ask(question)
    assert not answer.abstained and "Madelene" in answer.text and "0150-569 90" in answer.text, answer.text
    assert any("Madelene" in c.quote and "0150-569 90" in c.quote for c in answer.citations), answer.text
    assert_cited(corpus_assistant, answer)


@pytest.mark.parametrize("question", ["Hur många nya familjehem rekryterades under 2023?"])
def test_abstains_when_the_documents_do_not_answer(corpus_assistant: Assistant, question: str) -> None:
    answer = corpus_assistant.ask(question)
    assert answer.abstained
    assert answer.text == ABSTAIN_TEXT
    assert answer.citations == ()
    assert answer.hits, "the closest sources are still offered"


# Questions on other boards' subjects, none of them among the off-topic questions the evidence model was fitted on
# (assistant/off_topic.jsonl): each shares the form of a board question, not its subject. Before the embedding
# similarity signal and those questions, all four were answered with an unrelated sentence.
@pytest.mark.parametrize("question", ["Vad kostar det att hyra en kolonilott?", "Hur många elever valde teknikprogrammet?",
                                      "När öppnar den nya ishallen?", "Vilken hastighet gäller på gatorna i centrum?"])
def test_a_subject_no_document_treats_is_refused(corpus_assistant: Assistant, question: str) -> None:
    answer = corpus_assistant.ask(question)
    assert answer.abstained, answer.text
    assert answer.citations == ()


def test_a_sentence_across_a_pdf_page_break_is_shown_whole_and_cited_on_both_pages(corpus_assistant: Assistant) -> None:
    """Page 6 of the 2019 delårsrapport PDF begins '… underskott och för tertialet är kostnaden 4 007 tkr.'; the
    sentence began at the foot of page 5. The answer shows it whole, with one citation on each page."""
    pdf = next(d.document_id for d in corpus_assistant.documents() if d.file_name == "002_6f873dac8bcd0776.pdf")
    answer = corpus_assistant.ask("Vad kostade konsulterna under tertialet, som inte var budgeterade?",
                                  filters=SearchFilter(document_ids=(pdf,)))
    assert "Eftersom inte konsulterna är budgeterade så blir hela kostnaden ett underskott och för tertialet är " \
           "kostnaden 4 007 tkr." in re.sub(r"\s+", " ", answer.text), answer.text
    pages = {c.page for c in answer.citations if "konsulterna" in c.quote or "4 007" in c.quote}
    assert pages == {5, 6}, [(c.page, c.quote) for c in answer.citations]
    assert_cited(corpus_assistant, answer)


def test_keyword_only_retrieval_still_answers(corpus_assistant: Assistant) -> None:
    """Without dense retrieval there is no embedding similarity: the signal then neither raises nor lowers the
    evidence, instead of reading as 'nothing near'."""
    retriever = corpus_assistant.retriever
    mode = retriever.mode
    retriever.mode = "keyword"
    try:
        answer = corpus_assistant.ask("Hur många nya ärenden öppnades på ekonomiskt bistånd i mars 2024?")
    finally:
        retriever.mode = mode
    assert all(h.dense_sim == 0.0 for h in answer.hits)
    assert not answer.abstained and "33" in answer.text, answer.text


@pytest.mark.parametrize(("first", "follow_up", "figure"), [
    ("Hur stor var budgetavvikelsen för Familjerätt och placering 2022?", "Och för ekonomiskt bistånd?", "4 457"),
    ("Hur stor var budgetavvikelsen för Ekonomiskt bistånd 2022?", "Och för Förebyggande och resurs?", "3 129"),
])
def test_follow_up_question_is_read_with_its_predecessor(corpus_assistant: Assistant, first: str, follow_up: str,
                                                         figure: str) -> None:
    # The follow-up keeps the predecessor's year and measure but changes the unit: the new unit's figure for
    # that year, not the predecessor's unit and not another year.
    asked = corpus_assistant.ask(first)
    follow = corpus_assistant.ask(follow_up, conversation_id=asked.conversation_id)
    assert follow.conversation_id == asked.conversation_id
    assert figure in follow.text
    assert_cited(corpus_assistant, follow)


def test_year_filter_keeps_only_that_year(corpus_assistant: Assistant) -> None:
    hits = corpus_assistant.search("försörjningsstöd", k=10, filters=SearchFilter(years=(2019,)))
    assert hits
    assert all(2019 in h.chunk.years for h in hits)


def test_document_type_filter(corpus_assistant: Assistant) -> None:
    hits = corpus_assistant.search("budgetavvikelse", k=10, filters=SearchFilter(document_types=("delårsrapport",)))
    assert hits
    assert {h.chunk.source[:3] for h in hits} == {"002"}


def test_unknown_filter_value_is_a_clear_error(corpus_assistant: Assistant) -> None:
    with pytest.raises(InvalidFilter, match="Okänd dokumenttyp"):
        corpus_assistant.search("budget", filters=SearchFilter(document_types=("nonsens",)))


@pytest.mark.parametrize("question", ["", "   ", "x" * 2001, "å" * 100_000])
def test_bad_questions_are_refused_with_a_message(empty_assistant: Assistant, question: str) -> None:
    with pytest.raises(InvalidQuestion) as info:
        empty_assistant.ask(question)
    assert re.search(r"tom|för lång", info.value.message)


def test_empty_index_abstains(empty_assistant: Assistant) -> None:
    answer = empty_assistant.ask("Hur stort var underskottet 2022?")
    assert answer.abstained and answer.citations == ()


def _citation(n: int) -> Citation:
    return Citation(n, f"c{n}", "d", "f.pdf", "T", 1, 1, 1, "S", None, "quote")


def test_markers_without_a_supplied_source_are_dropped() -> None:
    text, kept = validate("Ett [1] två [7] tre [2].", [_citation(1), _citation(2)])
    assert text == "Ett [1] två tre [2]."
    assert [c.n for c in kept] == [1, 2]


def test_markers_are_renumbered_in_order_of_use() -> None:
    text, kept = validate("Först [2], sedan [1].", [_citation(1), _citation(2)])
    assert text == "Först [1], sedan [2]."
    assert [c.chunk_id for c in kept] == ["c2", "c1"]


def test_no_valid_marker_means_no_answer() -> None:
    text, kept = validate("Påstående utan källa [9].", [_citation(1)])
    assert text == ABSTAIN_TEXT
    assert kept == []


def test_who_handles_an_arende_is_answered_from_its_letterhead(corpus_assistant: Assistant) -> None:
    answer = corpus_assistant.ask("Vem är handläggare för återrapporteringen om dataskyddsefterlevnad?")
    items = [i for v in corpus_assistant.meetings.all() for i in v.items if i.diarienummer == "SOCN/2022:100"]
    expected = items[0].handlaggare
    assert expected and expected in answer.text, answer.text
    citation = answer.citations[0]
    assert expected in citation.quote and "handläggare" in citation.quote.lower()
    assert citation.basis == "proposal" and citation.diarienummer == "SOCN/2022:100"
    assert_cited(corpus_assistant, answer)


def test_a_passage_of_either_export_of_a_packet_rests_on_its_proposal(corpus_assistant: Assistant) -> None:
    """The packet is indexed as PDF and as text: a passage of an ärende from either export is labelled a proposal,
    not only from the export the meeting's items were read from."""
    by_file = {r.file_name: r.document_id for r in corpus_assistant.documents()}
    labelled = []
    for name in ("001_dd2203c0605088ab.pdf", "001_dd2203c0605088ab.txt"):
        ids = [cid for cid, _ in corpus_assistant.index.keyword(["internkontrollplan"], 50, SearchFilter())]
        chunks = [c for c in corpus_assistant.index.chunks(ids).values()
                  if c.document_id == by_file[name] and c.diarienummer == "SOCN/2023:19"]
        assert chunks, name
        labelled += corpus_assistant.meetings.labelled([citation(1, chunks[0], chunks[0].text[:30])])
    assert [c.basis for c in labelled] == ["proposal", "proposal"], labelled
