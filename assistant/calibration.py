"""Fitted weights for the two decisions that used to be hand-set factors and vetoes: which sentences answer,
and whether the evidence answers at all.

Each is a logistic regression over the named signals of `features.py`, fitted by `namnd calibrate` on the
tune split (dev.jsonl + the even ids of dev2.jsonl) and stored as plain numbers in `calibration.json`, so
answering needs neither scikit-learn nor the gold data at run time.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path

import numpy as np


def sigmoid(score: float) -> float:
    """A model score as a probability."""
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


@dataclass(frozen=True)
class LinearModel:
    """A standardised logistic regression: score = intercept + Σ coef · (x - mean) / scale."""

    names: tuple[str, ...]
    coef: tuple[float, ...]
    intercept: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]

    def score(self, x: Sequence[float]) -> float:
        # A signal not measured (NaN: a sentence without a vector) is held at its mean: it says nothing either way.
        return self.intercept + sum(0.0 if math.isnan(v) else c * (v - m) / s
                                    for c, v, m, s in zip(self.coef, x, self.mean, self.scale, strict=True))

    def probability(self, x: Sequence[float]) -> float:
        return sigmoid(self.score(x))

    def probabilities(self, rows: Sequence[Sequence[float]]) -> list[float]:
        """`probability` of many rows at once (the thirty-odd candidate sentences of a question)."""
        if not len(rows):
            return []
        x = np.nan_to_num((np.asarray(rows, dtype=float) - np.asarray(self.mean)) / np.asarray(self.scale), nan=0.0)
        scores = np.clip(self.intercept + x @ np.asarray(self.coef), -30.0, 30.0)
        return (1.0 / (1.0 + np.exp(-scores))).tolist()

    def without(self, disabled: frozenset[str]) -> LinearModel:
        """The same model with some signals held at their mean (for ablations)."""
        coef = tuple(0.0 if n in disabled else c for n, c in zip(self.names, self.coef, strict=True))
        return LinearModel(self.names, coef, self.intercept, self.mean, self.scale)


@dataclass(frozen=True)
class Calibration:
    """The fitted models and the evidence threshold (a probability of 'the documents answer this')."""

    sentence: LinearModel | None = None
    evidence: LinearModel | None = None
    threshold: float = 0.5
    notes: dict[str, object] = field(default_factory=dict)
    # The sentence model without the question–sentence similarity: the sentences it ranks first are the ones the
    # evidence model weighs (ExtractiveAnswerer.evidence). The similarity chooses better sentences to answer with,
    # but a near miss's sentences are as close in meaning to its question as an answer's are: weighed on them, the
    # near misses of other boards and municipalities were answered.
    judge: LinearModel | None = None

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1)


def _model(data: dict | None) -> LinearModel | None:
    if not data:
        return None
    return LinearModel(tuple(data["names"]), tuple(data["coef"]), float(data["intercept"]), tuple(data["mean"]),
                       tuple(data["scale"]))


def load_calibration(path: Path | None = None) -> Calibration:
    """The calibration at `path`, else the one shipped with the package; missing means uncalibrated."""
    try:
        text = path.read_text(encoding="utf-8") if path else \
            resources.files("assistant").joinpath("calibration.json").read_text(encoding="utf-8")
    except FileNotFoundError:
        return Calibration()
    data = json.loads(text)
    return Calibration(_model(data.get("sentence")), _model(data.get("evidence")),
                       float(data.get("threshold", 0.5)), data.get("notes", {}), _model(data.get("judge")))
