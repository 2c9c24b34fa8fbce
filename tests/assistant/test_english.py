"""English questions: detection by function words and translation through the FreeDict dictionaries."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant import english
from assistant.english import is_english, translate
from assistant.extractive import unknown_share
from assistant.query import dense_text_before_planning, plan_query
from index.swedish import terms

needs_freedict = pytest.mark.skipif(not (english.DICTD_DIR / "freedict-eng-swe.index").is_file(),
                                    reason="Debian's dict-freedict-eng-swe is not installed (make install does it)")


@pytest.mark.parametrize(
    "text",
    [
        "What did the committee decide about home care for the elderly?",
        "How many children were placed in foster homes last year?",
        "Why is the forecast worse than the budget?",
    ],
)
def test_english_questions_are_english(text: str) -> None:
    assert is_english(text)


@pytest.mark.parametrize(
    "text",
    [
        "Vad beslutade nämnden om hemtjänst för äldre?",
        "Hur många barn placerades i familjehem under året?",
        "Varför är prognosen sämre än budgeten?",
        "Budget 2024",  # no function words at all: read as Swedish, the documents' language
    ],
)
def test_swedish_questions_are_not_english(text: str) -> None:
    assert not is_english(text)


@needs_freedict
def test_content_words_are_translated_and_function_words_are_not() -> None:
    found = dict(translate("What happened to the children and the month of the report?"))
    assert "barn" in found["children"].split()
    assert "månad" in found["month"].split()
    assert not {"what", "the", "of", "and", "to"} & set(found)


@needs_freedict
def test_regular_inflections_find_the_headword() -> None:
    assert dict(translate("months"))["months"] == dict(translate("month"))["month"]


@needs_freedict
def test_an_irregular_verbs_past_forms_find_its_headword() -> None:
    """"Who wrote …", "… was written": the past forms of an irregular verb (English grammar's table) are looked up by
    the verb; a form that is a headword of its own keeps its own entry."""
    assert "skriva" in dict(translate("Who wrote the memo?"))["wrote"].split()
    assert dict(translate("written"))["written"] == dict(translate("write"))["write"]


def test_without_the_dictionary_files_nothing_is_translated(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    assert english.english_swedish(tmp_path) == {}  # a folder without the Debian files
    assert "dict-freedict-eng-swe" in caplog.text


def test_an_english_question_searches_with_the_domain_glossarys_swedish_terms() -> None:
    plan = plan_query("How large was the deficit of the social welfare committee in 2021?")
    assert plan.english
    assert {"underskot", "budgetavvik", "socialnämnd"} <= set(plan.terms)
    deficit = next(c for c in plan.concepts if c.word == "deficit")
    assert "deficit" not in deficit.stems  # a translated word counts only through its Swedish translation
    # 'social welfare committee' is the nämnd: 'welfare' does not also bring ekonomiskt bistånd.
    assert "försörjningsstöd" not in plan.terms
    # The periods reports give figures per, and what is paid out, which the general dictionary lacks.
    assert {"utbetalt", "månadsutbetalning", "hushåll"} <= set(
        plan_query("What was the average monthly payout per household in 2021?").terms)
    # The English Swedish authorities write for "diarienummer", in any of its renderings, asks for the case number.
    for name in ("case number", "reference number", "registration number", "diary number"):
        asked = plan_query(f"Which {name} does the motion on school meals have?")
        assert asked.asks_case_number and "diarienumm" in asked.terms, (name, asked.terms)
    # The Swedish abbreviations of "diarienummer" ask for it too ("diarienr", "dnr").
    for wording in ("Vilket diarienr har ärendet om skolmåltider?", "Vilket dnr har motionen om skolmåltider?"):
        assert plan_query(wording).asks_case_number, wording
    # "Justera protokollet" as municipalities' English glossaries render it.
    for wording in ("Who was appointed to check and sign the minutes?", "Who will verify the minutes of the meeting?"):
        assert "juster" in plan_query(wording).terms, wording


@needs_freedict
def test_an_english_question_uses_the_dictionary_for_words_the_glossary_lacks() -> None:
    plan = plan_query("Which month had the highest costs?")
    assert "mån" in plan.terms  # 'month' → 'månad', stemmed


def test_an_english_month_is_translated_by_the_calendar_and_is_no_name() -> None:
    # Capitalised in English, a month had been read as a name no document uses (another place), and "February",
    # which the general dictionary lacks, as a word no document uses.
    plan = plan_query("How many people started the course in February 2019, and how many in June?")
    assert plan.proper_nouns == ()
    assert plan.months == ("februari", "juni")
    stems = {c.word: c.stems for c in plan.concepts}
    assert stems["february"] == frozenset({"februari"}) and stems["june"] == frozenset({"juni"})
    # A real name stays one.
    assert plan_query("How many people lived in Eskilstuna in June 2022?").proper_nouns == ("Eskilstuna",)


def test_a_swedish_question_gets_no_english_translation() -> None:
    plan = plan_query("Hur stort var underskottet i hemtjänsten?")
    assert not plan.english
    assert "underskot" in plan.terms and "negativ" in plan.terms  # the Swedish synonym table still applies


def test_a_swedish_questions_embedded_text_is_known_before_it_is_planned() -> None:
    # The question is embedded while it is planned: what is embedded early must be what the plan embeds, or it is
    # embedded twice; an English question's plan adds its translations, so it waits for the plan.
    for question, context in (("Hur stort var underskottet i hemtjänsten?", ""),
                              ("Och 2021?", "Hur stort var underskottet i hemtjänsten 2022?")):
        assert dense_text_before_planning(question, context) == plan_query(question, None, context).dense_text
    english = "How large was the deficit of the social welfare committee in 2021?"
    assert dense_text_before_planning(english) is None
    assert plan_query(english).dense_text != english


def test_an_english_word_the_dictionaries_lack_says_nothing_of_the_documents() -> None:
    # 'zorblingly' is in no dictionary and no document: in an English question that is a gap of the translation,
    # so it is not counted as a word the documents lack. 'ZQXP' (capitalised: an abbreviation or a name, the same
    # in both languages) still is.
    df = {"budget": 40}.get

    def share(question: str) -> float:
        return unknown_share(plan_query(question), lambda stem: df(stem, 0))

    assert share("What was the zorblingly budget?") == 0.0
    assert share("What was the ZQXP budget?") > 0.3
    # In a Swedish question the same word is unknown to the documents.
    assert share("Vad var den zorblingly budgeten?") > 0.3
    concepts = {c.word: c for c in plan_query("What was the zorblingly ZQXP budget?").concepts}
    assert concepts["zorblingly"].untranslated and not concepts["zqxp"].untranslated


def test_a_dictionary_sense_no_document_uses_says_nothing_of_the_documents() -> None:
    """FreeDict gives "opening" only as "stänga"/"stängd" (a wrong sense): that no document uses those says nothing of
    the documents, as for a word it cannot translate. A word of the domain glossary ("fee" → avgift, taxa) and a
    Swedish word still count when no document uses them."""
    df = {"budget": 40}.get

    def share(question: str) -> float:
        return unknown_share(plan_query(question), lambda stem: df(stem, 0))

    concepts = {c.word: c for c in plan_query("When does the opening of the new fee start?").concepts}
    assert concepts["opening"].dictionary and not concepts["opening"].untranslated
    assert not concepts["fee"].dictionary
    assert share("What was the budget for the opening?") == 0.0
    assert share("What was the budget for the fee?") > 0.3
    assert share("Vad var budgeten för öppningen?") > 0.3


@pytest.mark.parametrize(("question", "term"), [
    ("What was the equity ratio in 2023?", "soliditet"),
    ("How large was the balanced budget result?", "balanskravsresultat"),
    ("How did tax revenue develop?", "skatteintäkter"),
])
def test_the_english_names_of_municipal_key_ratios_find_the_swedish_terms(question: str, term: str) -> None:
    """The terms of a municipality's accounts (LKBR, RKR) as its English summaries name them: FreeDict has none of
    them ("equity ratio" was left untranslated and the question refused)."""
    assert set(terms(term)) <= set(plan_query(question).terms)
