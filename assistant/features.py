"""General signals about a question and a candidate passage or sentence, as named numbers for a fitted model.

Nothing here knows a word of any evaluation question: the signals are retrieval ranks and similarities,
how much of the question's (rarity-weighted) vocabulary a text covers, and whether the years, months and
kind of figure the question asks for are present. `calibration.py` holds the weights fitted on the tune
split; this module only measures.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from assistant.query import Concept, QueryPlan
from index.swedish import terms
from ingest import patterns
from ingest.models import Chunk

# Swedish budget vocabulary (general municipal reporting terms): an outcome versus a plan or forecast.
_OUTCOME = re.compile(r"\b(utfall|bokslut|redovisa[rt]?|blev|uppgick)\b", re.I)
_PLAN = re.compile(r"\b(prognos\w*|budget(?:erat?)?|beräknas|förväntas|planeras)\b", re.I)
_WHY = re.compile(r"\b(varför|why|orsak\w*|anledning\w*|beror|förklar\w*)\b", re.I)
_CAUSAL = re.compile(r"\b(beror|på grund av|eftersom|därför|orsak(en)?|anledning(en)?|härleda?s|till följd av|"
                     r"förklaring(en)?|med anledning av|vilket innebär)\b", re.I)
_DECISION_QUESTION = re.compile(r"föresl|förslag|beslut|propos|decid", re.I)
_PROPOSAL_SECTION = re.compile(r"förslag till beslut|beslut", re.I)

SENTENCE_FEATURES = ("source_score", "source_rr", "neighbour", "cov_idf", "cov_ctx", "cov_count", "has_figure",
                     "figure_asked", "count_figure", "year_match", "year_other", "chunk_year", "month_match",
                     "outcome_word", "plan_word", "causal_why", "proposal", "is_fact", "log_len")
EVIDENCE_FEATURES = ("best_sentence", "unknown_share", "figure_missing", "year_elsewhere", "month_elsewhere",
                     "unknown_name")


@dataclass(frozen=True)
class Candidate:
    """A retrieved chunk with what retrieval knows about it."""

    chunk: Chunk
    dense_rank: int | None
    dense_sim: float
    keyword_rank: int | None


@lru_cache(maxsize=200_000)
def term_set(text: str) -> frozenset[str]:
    """Normalised terms of a text; passages and headings come back question after question."""
    return frozenset(terms(text))


def mentions(concept: Concept, text_terms: frozenset[str] | set[str]) -> bool:
    """A concept is mentioned by any of its stems, also as the end of a longer word ('kontrakt' in
    'andrahandskontrakt')."""
    if concept.stems & text_terms:
        return True
    long_stems = [s for s in concept.stems if len(s) >= 5]
    return any(t.endswith(s) for s in long_stems for t in text_terms)


def coverage(text_terms: frozenset[str] | set[str], weights: Sequence[tuple[Concept, float]]) -> float:
    """The share of the question's concept weight a text mentions."""
    total = sum(w for _, w in weights)
    return sum(w for c, w in weights if mentions(c, text_terms)) / total if total else 0.0


def count_coverage(text_terms: frozenset[str] | set[str], weights: Sequence[tuple[Concept, float]]) -> float:
    """The share of the question's concepts a text mentions, each counting once."""
    own = [c for c, _ in weights if not c.inherited] or [c for c, _ in weights]
    return sum(1 for c in own if mentions(c, text_terms)) / len(own) if own else 0.0


def has_figure(text: str, count: bool = False) -> bool:
    """A figure of the asked kind: for 'hur många' a count, not only sums of money or shares."""
    if not patterns.has_figure(text):
        return False
    if not count:
        return True
    for amount in patterns.amounts_in(text):
        if amount.unit.lower() not in ("st", "stycken"):
            text = text.replace(amount.text, " ")
    return patterns.has_figure(text)


def mentioned_years(text: str) -> set[int]:
    return set(patterns.years_in(text))


def title_years(chunk: Chunk) -> tuple[int, ...]:
    """The years in the title of the part a chunk belongs to (the report's or ärende's own year)."""
    return patterns.years_in(chunk.section_path[0] if chunk.section_path else chunk.title)


def sentence_features(plan: QueryPlan, display: str, chunk: Chunk, source_score: float, source_rank: int,
                      neighbour: bool, weights: Sequence[tuple[Concept, float]]) -> list[float]:
    own = term_set(display)
    context = term_set(" ".join(chunk.section_path)) - own
    asked = set(plan.years)
    said = mentioned_years(display)
    figure = has_figure(display)
    return [
        source_score,
        1.0 / (1 + source_rank),
        float(neighbour),
        coverage(own, weights),
        coverage(context, weights),
        count_coverage(own | context, weights),
        float(figure),
        float(plan.quantity and figure),
        float(plan.count and has_figure(display, True)),
        float(bool(asked & said)),
        float(bool(asked) and bool(said) and not asked & said),
        float(bool(asked & (set(chunk.years) | set(title_years(chunk))))),
        float(bool(plan.months) and any(m in display.lower() for m in plan.months)),
        float(bool(_OUTCOME.search(display))),
        float(bool(_PLAN.search(display))),
        float(bool(_WHY.search(plan.question)) and bool(_CAUSAL.search(display))),
        float(bool(_DECISION_QUESTION.search(plan.question)) and bool(_PROPOSAL_SECTION.search(chunk.section))),
        float(chunk.fact is not None or chunk.kind == "table"),
        math.log(1 + len(display)) / 7,
    ]


def asks_why(plan: QueryPlan) -> bool:
    return bool(_WHY.search(plan.question))


def is_causal(text: str) -> bool:
    return bool(_CAUSAL.search(text))
