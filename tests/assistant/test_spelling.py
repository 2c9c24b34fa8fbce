"""Typing errors: a topic word no document and no dictionary knows is read as the documents' word one edit away."""

from __future__ import annotations

import pytest

from assistant.query import plan_query
from assistant.service import Assistant
from assistant.spelling import corrected, corrections, edits, restorations


def test_one_edit_is_a_letter_left_out_added_changed_or_two_swapped() -> None:
    found = edits("kostnad")
    assert {"kostand", "kostnd", "kosttnad", "kostnäd"} <= found
    assert "kostnad" not in found and "kotsand" not in found  # two edits


def test_a_word_typed_without_a_with_rings_or_dots_gets_them_back() -> None:
    assert {"försörjningsstöd", "forsörjningsstöd"} <= restorations("forsorjningsstod")
    assert restorations("kostnad") >= {"köstnad", "kostnåd", "kostnäd"}
    assert restorations("över") == set()  # it has one already


@pytest.mark.parametrize(("typed", "meant"), [
    ("Hur mycket kostade forsorjningsstodet 2022?", "försörjningsstödet"),
    ("Hur mycket dyrare än budgeterat blev socialnämndens verksamhets kostnader 2019?", "verksamhetskostnader"),
    ("Hur mycket dyrare än budgeterat blev socialnämndens verksamhhetskostnader 2019?", "verksamhetskostnader"),
    ("Vad står i årsredovisninngen för 2022 om externa placeringar?", "årsredovisningen"),
])
def test_a_mistyped_word_is_read_as_the_documents_word(corpus_assistant: Assistant, typed: str, meant: str) -> None:
    fixes = corrections(plan_query(typed), corpus_assistant.index.document_frequencies)
    assert list(fixes.values()) == [meant], fixes
    right = typed.replace(next(iter(fixes)), meant)  # a compound written apart is one word again
    assert corrected(typed, fixes) == right
    answer, intended = corpus_assistant.ask(typed), corpus_assistant.ask(right)
    # The same answer as for the question typed right, under the question as it was asked.
    assert (answer.text, answer.abstained) == (intended.text, intended.abstained)
    assert answer.question == typed
    # The page shows what was read ("Tolkad som: …") from the standalone question.
    assert answer.standalone_question == right


@pytest.mark.parametrize("question", [
    "Hur mycket kostade den nya fotbollsplanen?",  # a real word the documents lack: left for the evidence to weigh
    "Hur mycket fick Placebrandr för arbetet?",  # a capitalised name is matched as written
    "How large was the defecit in 2022?",  # English words are not read against the Swedish dictionary
    "Vad gör förvaltningen för skolan?",  # a stop word begins no compound: not "förskolan"
])
def test_a_real_word_a_name_or_an_english_word_is_not_corrected(corpus_assistant: Assistant, question: str) -> None:
    assert corrections(plan_query(question), corpus_assistant.index.document_frequencies) == {}


def test_stop_words_typed_without_a_with_rings_or_dots_are_no_topic() -> None:
    words = {c.word for c in plan_query("Hur stort var underskottet for socialnamnden nar aret var slut pa sommaren?").concepts}
    assert not {"for", "nar", "pa"} & words and "socialnamnden" in words


def test_a_comparison_written_short_is_no_topic() -> None:
    """"jmf"/"jfr" abbreviate "jämför" (Svenska skrivregler) and "året innan" is a relative year: a chat question's
    form, which no document needs to use (invented question)."""
    words = {c.word for c in plan_query("hur lång var väntetiden till säbo i augusti, jmf med samma tid året innan?").concepts}
    assert not {"jmf", "innan"} & words and {"väntetiden", "säbo"} <= words
    assert "jfr" not in {c.word for c in plan_query("Antal hushåll 2024 jfr 2023?").concepts}


@pytest.mark.parametrize(("typed", "fixes"), [
    # "manga" and "okade" are words as written (a loan word; a form of 'oka', to yoke) that no document uses.
    ("Hur manga placeringar gjordes 2022?", {"manga": "många"}),
    ("Hur mycket okade kostnaderna for ekonomiskt bistand?", {"okade": "ökade", "bistand": "bistånd"}),
])
def test_a_question_typed_without_any_a_with_rings_or_dots_gets_them_back_in_real_words(
        corpus_assistant: Assistant, typed: str, fixes: dict[str, str]) -> None:
    assert corrections(plan_query(typed), corpus_assistant.index.document_frequencies) == fixes
    plan = corpus_assistant.plan(typed)
    # Read with its question word put back, "hur manga" asks for a count, and "manga" is no topic word.
    assert plan.quantity and plan.read_as == corrected(typed, fixes)
    assert "manga" not in {c.word for c in plan.concepts}


def test_a_real_word_is_left_as_written_where_the_question_has_a_with_rings_or_dots_elsewhere(
        corpus_assistant: Assistant) -> None:
    # Whoever typed "åtgärder" has the keys: "okade" is then what was meant, or at least no keyboard's doing.
    assert corrections(plan_query("Vilka åtgärder okade kostnaderna?"), corpus_assistant.index.document_frequencies) == {}
