"""The evidence model's fit keeps each signal's weight on the side domain knowledge gives it."""

from __future__ import annotations

import random

from assistant.calibrate import _fit, _Rows


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
