"""The gold questions as people type them (namnd eval --perturb): one kind of error each, the same every run."""

from __future__ import annotations

import pytest

from assistant.evaluation import GoldItem, perturbed, split_of


def item(question: str, id_: str = "d2-007") -> GoldItem:
    return GoldItem(id_, question, "budget", "", ("1",), ())


def test_each_kind_changes_the_question_once_and_keeps_the_half() -> None:
    question = "Hur stort blev underskottet för försörjningsstödet 2022?"
    typo, = perturbed([item(question)], "typo")
    fold, = perturbed([item(question)], "fold")
    split, = perturbed([item(question)], "split")
    assert typo.question != question and len(typo.question) in (len(question) - 1, len(question), len(question) + 1)
    assert fold.question == "Hur stort blev underskottet for forsorjningsstodet 2022?"
    assert split.question == "Hur stort blev underskottet för försörjnings stödet 2022?"
    assert (typo.id, fold.id, split.id) == ("d2-007t", "d2-007f", "d2-007s")
    assert {split_of(i.id) for i in (typo, fold, split)} == {"check"}
    # The same every run.
    assert perturbed([item(question)], "typo") == [typo]


def test_a_question_a_kind_cannot_change_is_left_out() -> None:
    assert perturbed([item("Vad kostar det?")], "typo") == []
    assert perturbed([item("Vad kostar det 2022?")], "fold") == []
    with pytest.raises(ValueError, match="unknown perturbation"):
        perturbed([item("Vad kostar det?")], "capslock")
