"""Answers without any LLM: the sentences of the top passages that answer, quoted exactly, each with [n]."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.citations import citation, validate
from assistant.models import ABSTAIN_TEXT, Answer, Citation, Hit
from assistant.query import QueryPlan
from index.swedish import terms
from ingest.models import Chunk

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?](?!\d)|$)(?:[\"”»)]*)", re.MULTILINE)
_NUMBER = re.compile(r"\d")
_DECISION = re.compile(r"föresl|förslag|beslut|propos|decid", re.IGNORECASE)
_WHY = re.compile(r"\b(varför|why|orsak|anledning|beror)\b", re.IGNORECASE)
_PREFERRED_FOR_CASE = re.compile(r"sammanfattning|ärendebeskrivning|förslag till beslut|bakgrund", re.IGNORECASE)


@dataclass(frozen=True)
class Unit:
    """A candidate sentence: what the answer shows, the verbatim quote it rests on, and its chunk."""

    display: str
    quote: str
    chunk: Chunk
    rank: int
    score: float = 0.0
    coverage: float = 0.0


@dataclass
class ExtractiveAnswerer:
    """Picks the sentences that answer, keeps them short, and marks each with its source."""

    max_sentences: int = 3
    sources: int = 4
    min_evidence: float = 0.5

    def answer(
        self, plan: QueryPlan, hits: Sequence[Hit], neighbours: Callable[[Chunk], list[Chunk]],
        document_frequency: Callable[[str], int],
    ) -> Answer:
        top = list(hits[: self.sources])
        if not top:
            return Answer(plan.question, ABSTAIN_TEXT, True, (), tuple(hits))
        weights = _term_weights(plan, document_frequency)
        units = [u for i, hit in enumerate(top) for u in _units(hit.chunk, i)]
        seen = {h.chunk.chunk_id for h in top}
        for i, hit in enumerate(top[:2]):
            for near in neighbours(hit.chunk):
                if near.chunk_id not in seen:
                    seen.add(near.chunk_id)
                    units.extend(_units(near, i + 1))
        scored = sorted((_score(u, plan, weights) for u in units), key=lambda u: u.score, reverse=True)
        if not scored or not _enough_evidence(scored[0], plan, weights, document_frequency, self.min_evidence):
            return Answer(plan.question, ABSTAIN_TEXT, True, (), tuple(hits))
        chosen = _choose(scored, plan, self.max_sentences)
        return self._compose(plan, chosen, hits)

    def _compose(self, plan: QueryPlan, chosen: list[Unit], hits: Sequence[Hit]) -> Answer:
        citations: list[Citation] = []
        by_chunk: dict[str, int] = {}
        parts: list[str] = []
        for unit in chosen:
            n = by_chunk.get(unit.chunk.chunk_id)
            if n is None:
                n = len(citations) + 1
                by_chunk[unit.chunk.chunk_id] = n
                citations.append(citation(n, unit.chunk, unit.quote))
            parts.append(f"{_with_year(unit)} [{n}]")
        lead = _lead(plan, chosen[0].chunk)
        text = " ".join(([lead] if lead else []) + parts)
        text, kept = validate(text, citations)
        return Answer(plan.question, text, not kept, tuple(kept), tuple(hits))


def _units(chunk: Chunk, rank: int) -> list[Unit]:
    if chunk.fact:
        return [Unit(chunk.fact, chunk.text, chunk, rank)]
    if chunk.kind == "table":
        return [Unit(line, line, chunk, rank) for line in chunk.text.split("\n") if line.strip()]
    out = []
    for match in _SENTENCE.finditer(chunk.text):
        sentence = match.group(0).strip()
        if len(sentence) >= 12 and sentence in chunk.text:
            out.append(Unit(sentence, sentence, chunk, rank))
    return out


def _term_weights(plan: QueryPlan, df: Callable[[str], int]) -> dict[str, float]:
    """Inverse-document-frequency weights of the question's content terms (rare words matter most)."""
    weights = {}
    for term in plan.content_terms:
        n = df(term)
        weights[term] = math.log(1 + 2000 / (1 + n)) if n else 0.0
    return weights


def _coverage(unit_terms: set[str], weights: dict[str, float]) -> float:
    total = sum(weights.values())
    if total == 0:
        return 0.0
    return sum(w for t, w in weights.items() if t in unit_terms) / total


def _score(unit: Unit, plan: QueryPlan, weights: dict[str, float]) -> Unit:
    own = set(terms(unit.display))
    context = set(terms(" ".join(unit.chunk.section_path)))
    expansion = set(plan.terms) - set(plan.content_terms)
    coverage = _coverage(own, weights) + 0.5 * _coverage(context - own, weights)
    score = coverage + 0.15 * min(1.0, len(own & expansion) / 2)
    score /= 1 + 0.25 * unit.rank
    has_number = bool(_NUMBER.search(unit.display))
    if plan.quantity:
        score *= 1.3 if has_number else 0.6
    if plan.years:
        mentioned = {int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", unit.display)} | set(unit.chunk.years)
        score *= 1.2 if mentioned & set(plan.years) else 0.7
    if plan.months and any(m in unit.display.lower() for m in plan.months):
        score *= 1.3
    if _DECISION.search(plan.question) and "förslag till beslut" in unit.chunk.section.lower():
        score *= 1.4
    if _WHY.search(plan.question) and re.search(r"\b(beror|på grund av|eftersom|därför|orsak|anledning)\b",
                                                unit.display, re.I):
        score *= 1.3
    if plan.diarienummer and _PREFERRED_FOR_CASE.search(unit.chunk.section):
        score *= 1.3
    if len(unit.display) > 400:
        score *= 0.8
    return Unit(unit.display, unit.quote, unit.chunk, unit.rank, score, min(1.0, coverage))


def _enough_evidence(best: Unit, plan: QueryPlan, weights: dict[str, float], df: Callable[[str], int],
                     threshold: float) -> bool:
    """Abstain when the question's rare words are absent, or a figure is asked for and none fits."""
    if plan.diarienummer:
        return best.chunk.diarienummer == plan.diarienummer
    missing = [noun for noun in plan.proper_nouns if not any(df(t) for t in terms(noun))]
    if missing:
        return False
    if plan.quantity and plan.years and not (set(best.chunk.years) & set(plan.years)):
        return False
    return best.coverage >= threshold or (plan.english and best.coverage >= threshold * 0.6)


def _choose(scored: list[Unit], plan: QueryPlan, limit: int) -> list[Unit]:
    """The best sentence, then others nearly as good that add something (another year, another figure)."""
    chosen = [scored[0]]
    years_covered = _years(scored[0])
    for unit in scored[1:]:
        if len(chosen) >= limit:
            break
        if any(unit.quote == c.quote or unit.display == c.display for c in chosen):
            continue
        new_year = bool(plan.years and (_years(unit) & set(plan.years)) - years_covered)
        if unit.score >= 0.75 * scored[0].score or (new_year and unit.score >= 0.4 * scored[0].score):
            chosen.append(unit)
            years_covered |= _years(unit)
    return chosen


def _years(unit: Unit) -> set[int]:
    found = {int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", unit.display)}
    return found or set(unit.chunk.years[:1])


def _with_year(unit: Unit) -> str:
    """Put the year with a figure when the sentence itself does not say it."""
    text = unit.display.rstrip()
    if _NUMBER.search(text) and not re.search(r"\b(?:19|20)\d{2}\b", text) and unit.chunk.years:
        return f"{text} (avser {unit.chunk.years[0]})"
    return text


def _lead(plan: QueryPlan, chunk: Chunk) -> str:
    """For questions about an ärende, say which ärende the sources belong to."""
    if (plan.diarienummer or plan.asks_case_number) and chunk.diarienummer:
        return f"{chunk.diarienummer} – ärendet «{chunk.section_path[0]}»."
    return ""
