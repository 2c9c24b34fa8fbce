"""Answers without any LLM: the sentences of the top passages that answer, quoted exactly, each with [n]."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from assistant.citations import citation, validate
from assistant.models import ABSTAIN_TEXT, Answer, Citation, Hit
from assistant.query import Concept, QueryPlan, concept_weights
from index.swedish import terms
from ingest.models import Chunk
from ingest.structure import years_in

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?](?!\d)|$)(?:[\"”»)]*)", re.MULTILINE)
_NUMBER = re.compile(r"\d")
_DECISION = re.compile(r"föresl|förslag|beslut|propos|decid", re.IGNORECASE)
_WHY = re.compile(r"\b(varför|why|orsak|anledning|beror)\b", re.IGNORECASE)
_CAUSAL = re.compile(r"\b(beror|på grund av|eftersom|därför|orsak(en)?|anledning(en)?|kan härledas|till följd av|"
                     r"förklaring(en)?)\b", re.IGNORECASE)
_CONTINUES = re.compile(r"^(Det beror|Detta|Det innebär|Orsaken|Anledningen|Skälet|Därför|Det gör)\b")
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
    sources: int = 6
    min_evidence: float = 0.25
    arende_title: Callable[[str], str | None] = lambda _dnr: None

    def answer(
        self, plan: QueryPlan, hits: Sequence[Hit], neighbours: Callable[[Chunk], list[Chunk]],
        document_frequency: Callable[[str], int],
    ) -> Answer:
        top = list(hits[: self.sources])
        if not top:
            return Answer(plan.question, ABSTAIN_TEXT, True, (), tuple(hits))
        weights = concept_weights(plan, document_frequency)
        units = [u for i, hit in enumerate(top) for u in _units(hit.chunk, i)]
        seen = {h.chunk.chunk_id for h in top}
        for i, hit in enumerate(top[:2]):
            for near in neighbours(hit.chunk):
                if near.chunk_id not in seen:
                    seen.add(near.chunk_id)
                    units.extend(_units(near, i + 1))
        scored = sorted((_score(u, plan, weights) for u in units), key=lambda u: u.score, reverse=True)
        if plan.quantity:
            # A question for a figure is answered by a sentence with a figure, or not at all.
            scored = [u for u in scored if _has_figure(u, plan)] or scored
        if not scored or not _enough_evidence(scored[0], plan, weights, document_frequency, self.min_evidence):
            return Answer(plan.question, ABSTAIN_TEXT, True, (), tuple(hits), evidence=scored[0].coverage if scored else 0.0)
        chosen = _choose(scored, plan, self.max_sentences)
        return self._compose(plan, chosen, hits, scored[0].coverage)

    def _compose(self, plan: QueryPlan, chosen: list[Unit], hits: Sequence[Hit], evidence: float) -> Answer:
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
        lead = _lead(plan, chosen[0].chunk, self.arende_title)
        text = " ".join(([lead] if lead else []) + parts)
        text, kept = validate(text, citations)
        return Answer(plan.question, text, not kept, tuple(kept), tuple(hits), evidence=evidence)


def _units(chunk: Chunk, rank: int) -> list[Unit]:
    if chunk.fact:
        return [Unit(chunk.fact, chunk.text, chunk, rank)]
    if chunk.kind == "table":
        return [Unit(line, line, chunk, rank) for line in chunk.text.split("\n") if line.strip()]
    out: list[Unit] = []
    previous: tuple[int, int] | None = None
    for match in _SENTENCE.finditer(chunk.text):
        sentence = match.group(0).strip()
        if len(sentence) < 12:
            continue
        start = chunk.text.index(sentence, match.start())
        end = start + len(sentence)
        out.append(Unit(sentence, sentence, chunk, rank))
        if previous and _CONTINUES.match(sentence):
            # "Det beror på …" only makes sense with the sentence before it: offer the pair as one unit.
            pair = chunk.text[previous[0] : end]
            out.append(Unit(re.sub(r"\s+", " ", pair), pair, chunk, rank))
        previous = (start, end)
    return out


@lru_cache(maxsize=100_000)
def term_set(text: str) -> frozenset[str]:
    """Normalised terms of a sentence or heading; the same sentences come back question after question."""
    return frozenset(terms(text))


def mentions(concept: Concept, text_terms: set[str]) -> bool:
    """A concept is mentioned by any of its stems, also as the end of a longer word
    ('kontrakt' in 'andrahandskontrakt', 'nyttj' in 'utnyttj')."""
    if concept.stems & text_terms:
        return True
    long_stems = [s for s in concept.stems if len(s) >= 5]
    if any(t.endswith(s) for s in long_stems for t in text_terms):
        return True
    # One mistyped letter in a long word ('vårdrygn' for 'vårddygn') still names the same thing.
    return any(_one_letter_apart(s, t) for s in long_stems if len(s) >= 7 for t in text_terms)


def _one_letter_apart(a: str, b: str) -> bool:
    return len(a) == len(b) and a[0] == b[0] and sum(x != y for x, y in zip(a, b, strict=True)) == 1


def _coverage(unit_terms: set[str], weights: list[tuple[Concept, float]]) -> float:
    total = sum(w for _, w in weights)
    if total == 0:
        return 0.0
    return sum(w for c, w in weights if mentions(c, unit_terms)) / total


def _score(unit: Unit, plan: QueryPlan, weights: list[tuple[Concept, float]]) -> Unit:
    own = set(term_set(unit.display))
    context = set(term_set(" ".join(unit.chunk.section_path)))
    coverage = min(1.0, _coverage(own, weights) + 0.5 * _coverage(context - own, weights))
    score = coverage / (1 + 0.1 * unit.rank)
    has_number = bool(_NUMBER.search(_without_years(unit.display)))
    if plan.quantity:
        score *= 1.3 if has_number else 0.6
    if plan.years:
        mentioned = {int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", unit.display)} | set(unit.chunk.years)
        score *= 1.2 if mentioned & set(plan.years) else 0.7
        if set(years_in(unit.chunk.section_path[0] if unit.chunk.section_path else unit.chunk.title)) & set(plan.years):
            score *= 1.15  # a report about that year, rather than one that mentions it in passing
        if plan.quantity:
            score *= _actuals_factor(unit.display, plan.years)
    if plan.months and any(m in unit.display.lower() for m in plan.months):
        score *= 1.3
    if _DECISION.search(plan.question) and "förslag till beslut" in unit.chunk.section.lower():
        score *= 1.4
    if _WHY.search(plan.question) and _CAUSAL.search(unit.display):
        score *= 1.3
    if plan.diarienummer and _PREFERRED_FOR_CASE.search(unit.chunk.section):
        score *= 1.3
    if len(unit.display) > 400:
        score *= 0.8
    return Unit(unit.display, unit.quote, unit.chunk, unit.rank, score, coverage)


def _actuals_factor(text: str, years: tuple[int, ...]) -> float:
    """Prefer the outcome ('Utfall 2019 2 060') over a forecast or budget for the same year."""
    asked = "|".join(map(str, years))
    if re.search(rf"\bUtfall\b[^;:]*\b(?:{asked})\b", text):
        return 1.15
    if re.search(rf"\b(?:Prognos|Budget)\b[^;:]*\b(?:{asked})\b", text):
        return 0.85
    return 1.0


def _without_years(text: str) -> str:
    """The text without what looks like a figure but is not one: years, diarienummer, agenda and row
    numbers, paragraphs of law."""
    return re.sub(r"\b(?:19|20)\d{2}\b|[A-ZÅÄÖ]{2,6}/\d{4}:\d+|\bNr \d+|^\s*\d{1,2}[.)]?\s|\d+\s?(?:§|kap\b)", "",
                  text)


_AMOUNT = re.compile(r"\d[\d\s,.]*\s?(?:%|procent|kr\b|tkr|mnkr|kronor)", re.I)


def _has_figure(unit: Unit, plan: QueryPlan) -> bool:
    """A figure of the asked kind: for 'hur många' a count, not a sum of money or a share."""
    text = _without_years(unit.display)
    if not _NUMBER.search(text):
        return False
    return not plan.count or bool(_NUMBER.search(_AMOUNT.sub("", text)))


def _unknown(concept: Concept, df: Callable[[str], int]) -> bool:
    """A topic word of a Swedish question that no indexed passage uses, in any form or synonym
    ('fotbolls-VM', 'månresa'): the documents are not about it."""
    if len(concept.word) < 6:
        return False
    whole = set(terms(concept.word)[:1])  # the stem of the whole word, not its compound parts
    synonyms = concept.stems - set(terms(concept.word))
    return not any(df(stem) for stem in whole | synonyms)


def _is_topic_word(word: str) -> bool:
    """Short words ('gick', 'nya') are phrased differently in the documents and must not veto an answer."""
    return len(word) >= 5


def _enough_evidence(best: Unit, plan: QueryPlan, weights: list[tuple[Concept, float]],
                     df: Callable[[str], int], threshold: float) -> bool:
    """Abstain when the question's proper nouns are unknown, when a figure is asked for and none of the
    asked kind is found in a passage about the question's rarest words, or when coverage is too low."""
    if plan.diarienummer:
        return best.chunk.diarienummer == plan.diarienummer
    if any(not any(df(t) for t in terms(noun)) for noun in plan.proper_nouns):
        return False
    if not plan.english and any(_unknown(c, df) for c in plan.concepts if not c.inherited):
        return False
    if plan.quantity:
        if not _has_figure(best, plan):
            return False
        top = max((w for c, w in weights if _is_topic_word(c.word)), default=0.0)
        around = set(terms(f"{best.display} {best.chunk.text} {best.chunk.section}"))
        if any(w >= 0.9 * top and _is_topic_word(c.word) and not mentions(c, around) for c, w in weights):
            return False
    return best.coverage >= threshold


def _choose(scored: list[Unit], plan: QueryPlan, limit: int) -> list[Unit]:
    """The best sentence, then others nearly as good that add something (another year, another figure)."""
    chosen = [scored[0]]
    if _WHY.search(plan.question) and not _CAUSAL.search(scored[0].display):
        # The reason often follows the fact it explains: "… minskar. Detta kan härledas till …".
        reason = _following_reason(scored[0], scored)
        if reason:
            chosen.append(reason)
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


def _following_reason(unit: Unit, candidates: list[Unit]) -> Unit | None:
    text = unit.chunk.text
    end = text.find(unit.quote) + len(unit.quote)
    for other in candidates:
        if other.chunk.chunk_id != unit.chunk.chunk_id or not _CAUSAL.search(other.display):
            continue
        start = text.find(other.quote)
        if end <= start <= end + 200:
            return other
    return None


def _years(unit: Unit) -> set[int]:
    found = {int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", unit.display)}
    return found or set(unit.chunk.years[:1])


def _with_year(unit: Unit) -> str:
    """Put the year with a figure when the sentence itself does not say it and the source is unambiguous:
    the year in the report's or ärende's title, else the one year the passage speaks of."""
    text = unit.display.rstrip()
    if not _NUMBER.search(_without_years(text)) or re.search(r"\b(?:19|20)\d{2}\b", text):
        return text
    path = unit.chunk.section_path
    titled = years_in(path[0]) if path else ()
    if len(titled) == 1:
        return f"{text} (avser {titled[0]})"
    if not titled and len(unit.chunk.years) == 1:
        return f"{text} (avser {unit.chunk.years[0]})"
    return text


def _lead(plan: QueryPlan, chunk: Chunk, arende_title: Callable[[str], str | None]) -> str:
    """For questions about an ärende, say which ärende the sources belong to."""
    if (plan.diarienummer or plan.asks_case_number) and chunk.diarienummer:
        title = arende_title(chunk.diarienummer) or chunk.section_path[0]
        return f"{chunk.diarienummer} – ärendet «{title}»."
    return ""
