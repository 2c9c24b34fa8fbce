"""The evidence model's fit keeps each signal's weight on the side domain knowledge gives it, and takes questions over
another index beside the tune split."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from assistant.calibrate import _fit, _Rows, fit
from assistant.evaluation import load_gold
from assistant.features import SENTENCE_FEATURES
from tests.assistant.test_other_municipality import REPORT
from tests.conftest import SHARED

DEV = SHARED / "eval" / "dev.jsonl"


def test_a_signed_fit_keeps_a_weight_on_its_side_where_the_data_would_flip_it() -> None:
    rng = random.Random(7)
    rows = _Rows([], [], [])
    for n in range(200):
        answerable = int(n % 4 != 0)
        # "coverage" rises with answerability; "best" falls with it in this sample, as it did on a tune split
        # whose few unanswerable questions looked answerable.
        rows.x.append([rng.gauss(0.6 if answerable else 0.3, 0.1), rng.gauss(0.4 if answerable else 0.7, 0.1)])
        rows.y.append(answerable)
        rows.group.append(n)
    names = ("coverage", "best")
    free = _fit(rows, names, frozenset(), balanced=True)
    signed = _fit(rows, names, frozenset(), balanced=True, signs=(1, 1))
    assert free.coef[1] < 0 < free.coef[0]
    assert signed.coef[1] == 0.0 and signed.coef[0] > 0
    # Where the signs agree with the data, the bounded fit is scikit-learn's (same loss, same balancing).
    agreeing = _fit(rows, names, frozenset(), balanced=True, signs=(1, -1))
    assert all(abs(a - b) < 0.01 for a, b in zip(agreeing.coef, free.coef, strict=True))
    assert abs(agreeing.intercept - free.intercept) < 0.01


@pytest.mark.slow
def test_questions_over_another_index_are_fitted_beside_the_tune_split(corpus_assistant, empty_assistant,  # noqa: ANN001
                                                                        tmp_path: Path) -> None:
    # Another municipality's installation: one invented report and questions over it marked only answerable or not
    # (the format of eval/probes/*/questions.jsonl).
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "verksamhetsberattelse.md").write_text(REPORT, encoding="utf-8")
    assert empty_assistant.ingest([folder]).count("added") == 1
    questions = tmp_path / "questions.jsonl"
    questions.write_text("\n".join(json.dumps(q, ensure_ascii=False) for q in (
        {"id": "p1", "question": "Hur stort underskott redovisar vård- och omsorgsnämnden för 2021?", "answerable": True,
         "must_contain": ["6 412"]},
        {"id": "p2", "question": "Hur hög var sjukfrånvaron i hemtjänsten 2021?", "answerable": True,
         "must_contain": ["9,4"]},
        {"id": "p3", "question": "Hur många platser har det nya äldreboendet i Exempelby?", "answerable": False,
         "must_contain": []},
    )) + "\n", encoding="utf-8")
    probe = load_gold(questions)
    assert [q.category for q in probe] == ["okänd", "okänd", "unanswerable"]
    items = load_gold(DEV)
    alone = fit(corpus_assistant, items, log=lambda _: None)
    beside = fit(corpus_assistant, items, log=lambda _: None, others=[(empty_assistant, probe)])
    assert (alone.notes["other_index_questions"], beside.notes["other_index_questions"]) == (0, 3)
    # The sentence model needs gold quotes, so only the evidence model sees the other index's questions.
    assert beside.sentence == alone.sentence
    assert beside.evidence != alone.evidence


@pytest.mark.slow
def test_fitting_the_sentence_model_alone_keeps_when_the_assistant_abstains(corpus_assistant) -> None:  # noqa: ANN001
    items = load_gold(DEV)
    full = fit(corpus_assistant, items, log=lambda _: None)
    # The judge ranks without the question–sentence similarity; the sentence model weighs it.
    similarity = SENTENCE_FEATURES.index("sentence_dense")
    assert full.judge is not None and full.judge.coef[similarity] == 0.0 and full.sentence.coef[similarity] != 0.0
    kept = fit(corpus_assistant, items[:20], log=lambda _: None, keep=full)
    assert (kept.judge, kept.evidence, kept.threshold) == (full.judge, full.evidence, full.threshold)
    assert kept.sentence != full.sentence  # fitted on other questions
