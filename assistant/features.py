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

from assistant.query import Concept, QueryPlan, asked_boards
from index.swedish import terms
from ingest import patterns
from ingest.chunker import split_fact
from ingest.issuer import board_names_in
from ingest.models import Chunk
from ingest.patterns import MONTH_NAMES, months_named

# Swedish budget vocabulary (general municipal reporting terms): an outcome versus a plan or forecast.
_OUTCOME = re.compile(r"\b(utfall|bokslut|redovisa[rt]?|blev|uppgick)\b", re.I)
_PLAN = re.compile(r"\b(prognos\w*|budget(?:erat?)?|beräknas|förväntas|planeras)\b", re.I)
# Words asking for, or giving, a reason: "varför", "why", and the Swedish synonyms of "orsak" (anledning, skäl,
# förklaring; a synonym dictionary's entry, not any question's wording).
_WHY = re.compile(r"\b(varför|why|orsak\w*|anledning\w*|skäl(?:et|en)?|beror|berodde|berott|förklar\w*|reason\w*)\b", re.I)
# A sentence giving a reason: the causal conjunctions and adverbials of Swedish grammar (Svenska Akademiens grammatik)
# and the verbs of cause in every tense ("berodde på", "kan hänföras till", "förklaras av", "orsakades"); "varför"
# inside a sentence is the relative "which is why", not the question word that opens one.
_CAUSAL = re.compile(r"\b(beror|berodde|berott|på grund av|eftersom|därför|emedan|orsak(en)?|orsaka(s|des|t)|anledning(en)?|"
                     r"skäl(et)?|härleda?s|hänför(s|as|des)|till följd av|som en följd av|förklaring(en)?|förklaras|"
                     r"med anledning av|vilket innebär)\b|(?<=[\w,] )varför\b", re.I)
_DECISION_QUESTION = re.compile(r"föresl|förslag|beslut|propos|decid", re.I)
_PROPOSAL_SECTION = re.compile(r"förslag till beslut|beslut", re.I)
# The verbs of Swedish board decisions and proposals (general administrative language: what a nämnd or a förvaltning
# does with an ärende), for a question asking what was proposed or decided.
_DECISION_VERB = re.compile(r"\b(beslut\w*|föresl\w*|förslag\w*|godkän\w*|anta[rg]?|antogs|antas|fastställ\w*|"
                            r"yrka\w*|uppdra\w*|avslå\w*|avslog|bifall\w*|bifaller|återremitt\w*|överlämna\w*|"
                            r"tillstyrk\w*|avstyrk\w*|inrätta\w*|till handlingarna|bordlägg\w*)\b", re.I)

SENTENCE_FEATURES = ("source_score", "source_rr", "neighbour", "cov_idf", "cov_ctx", "cov_count", "has_figure",
                     "figure_asked", "count_figure", "year_match", "year_other", "chunk_year", "month_match",
                     "outcome_word", "plan_word", "causal_why", "proposal", "is_fact", "log_len", "decision_verb",
                     "sentence_dense", "cov_local")
EVIDENCE_FEATURES = ("best_sentence", "unknown_share", "figure_missing", "year_elsewhere", "month_elsewhere",
                     "unknown_name", "best_coverage", "best_dense", "head_elsewhere")
# The direction each evidence signal can only push (domain knowledge, not data): a better best sentence or more of
# the question covered never lowers the evidence, a missing word, figure, year, month or name never raises it. The
# fit keeps each weight on its side, so a tune split whose few unanswerable questions look answerable cannot
# teach it the opposite.
EVIDENCE_SIGNS = {"best_sentence": 1, "unknown_share": -1, "figure_missing": -1, "year_elsewhere": -1,
                  "month_elsewhere": -1, "unknown_name": -1, "best_coverage": 1,
                  "best_dense": 1, "head_elsewhere": -1}


@dataclass(frozen=True)
class Candidate:
    """A retrieved chunk with what retrieval knows about it."""

    chunk: Chunk
    dense_rank: int | None
    dense_sim: float
    keyword_rank: int | None


# A word after "exklusive" (its abbreviations "exkl."/"exkl"; Svenska skrivregler's list of abbreviations), "utom" or
# "undantaget" is what the text leaves out: "barn och unga exkl ensamkommande" does not speak of the ensamkommande.
_EXCLUDED = re.compile(r"\b(?:exkl(?:usive|\.)?|utom|undantaget)\s+[\wåäöÅÄÖ-]+", re.IGNORECASE)


@lru_cache(maxsize=200_000)
def term_set(text: str) -> frozenset[str]:
    """Normalised terms of a text, but for the word it says it leaves out; passages and headings come back question
    after question."""
    return frozenset(terms(_EXCLUDED.sub(" ", text)))


def mentions(concept: Concept, text_terms: frozenset[str] | set[str]) -> bool:
    """A concept is mentioned by any of its stems, also as the end of a longer word ('kontrakt' in
    'andrahandskontrakt')."""
    if concept.stems & text_terms:
        return True
    long_stems = _long_stems(concept.stems)
    return bool(long_stems) and any(t.endswith(long_stems) for t in text_terms)


@lru_cache(maxsize=50_000)
def mentioning_terms(concept: Concept, text_terms: frozenset[str]) -> frozenset[str]:
    """The terms of a text that mention a concept (see `mentions`): `mentions(c, T - own)` is whether any is
    left outside `own`."""
    long_stems = _long_stems(concept.stems)
    return frozenset(t for t in text_terms if t in concept.stems or (long_stems and t.endswith(long_stems)))


@lru_cache(maxsize=20_000)
def _long_stems(stems: frozenset[str]) -> tuple[str, ...]:
    # A tuple, so one str.endswith call tries them all (sentence scoring asks this thousands of times a question).
    return tuple(s for s in stems if len(s) >= 5)


@lru_cache(maxsize=20_000)
def _long_stem_set(stems: frozenset[str]) -> frozenset[str]:
    return frozenset(_long_stems(stems))


@lru_cache(maxsize=200_000)
def _word_ends(text_terms: frozenset[str]) -> frozenset[str]:
    """Every ending of five letters or more of the terms: a term ends with a long stem exactly when the stem is
    among them, so sentence scoring asks one set question per concept instead of trying each term in turn (that loop
    was a third of scoring a question's sentences)."""
    return frozenset(t[i:] for t in text_terms for i in range(len(t) - 4))


def _mentioned(concept: Concept, text_terms: frozenset[str]) -> bool:
    """`mentions(concept, text_terms)` for a term set of `term_set`, through its word endings."""
    return (not concept.stems.isdisjoint(text_terms)
            or not _long_stem_set(concept.stems).isdisjoint(_word_ends(text_terms)))


def coverage(text_terms: frozenset[str] | set[str], weights: Sequence[tuple[Concept, float]]) -> float:
    """The share of the question's concept weight a text mentions."""
    return _weight_share(weights, [mentions(c, text_terms) for c, _ in weights])


def count_coverage(text_terms: frozenset[str] | set[str], weights: Sequence[tuple[Concept, float]]) -> float:
    """The share of the question's concepts a text mentions, each counting once."""
    return _count_share(weights, [mentions(c, text_terms) for c, _ in weights])


def _weight_share(weights: Sequence[tuple[Concept, float]], mentioned: Sequence[bool]) -> float:
    total = sum(w for _, w in weights)
    return sum(w for (_, w), m in zip(weights, mentioned, strict=True) if m) / total if total else 0.0


def _count_share(weights: Sequence[tuple[Concept, float]], mentioned: Sequence[bool]) -> float:
    """Over the question's own concepts (all, when every one is inherited from a previous question)."""
    own = [m for (c, _), m in zip(weights, mentioned, strict=True) if not c.inherited] or list(mentioned)
    return sum(own) / len(own) if own else 0.0


def has_figure(text: str, count: bool = False, question: str = "") -> bool:
    """A figure of the asked kind: for 'hur många' a count, not only sums of money or shares (also in words, beside
    what the question counts)."""
    facts = text_facts(text)
    if not count:
        return facts.figure
    # A length of time ("fyllt 75 år", "i tre månader") counts only the time it names.
    counted = facts.count_figure if _counted_stems(question) & _time_stems() else facts.count_not_time
    return counted or counted_in_words(question, text)


def states_asked_figure(plan: QueryPlan, display: str, chunk: Chunk, of_subject: bool = False) -> bool:
    """A figure of the kind the question asks: a count for "hur många", and for what something costs a sum in a unit
    of money, in the sentence or in its headings (a table's "(tkr)"). A question asking two things ("Hur många platser
    … och vad kostar det?") is answered in part by a figure of either part's kind: one sentence rarely states both.
    With `of_subject` (the evidence signal "no figure of the asked kind"), a count must be said with one of the
    question's subject words (`subject_concepts`) in the sentence, its headings or its part's title: "hur många" names
    what it counts, and a count of something else of the same place is no answer. Not so for sums, shares and rates:
    what they measure is often said in other words ("pengar att röra sig med" for a budgetram), and measured on the
    probes, requiring it of them refused as many answerable questions as near misses (ablation table, stop 63)."""
    asking = [part for part in plan.parts if part.quantity]
    if asking:
        return any(states_asked_figure(part, display, chunk, of_subject) for part in asking)
    if not has_figure(display, plan.count, plan.question):
        return False
    headings = " ".join(chunk.section_path)
    subject = subject_concepts(plan) if of_subject and plan.count else ()
    if subject and not any(_mentioned(c, term_set(f"{display} {headings} {part_title(chunk)}")) for c in subject):
        return False
    if plan.share and not (patterns.names_share(display) or patterns.names_share(headings)):
        return False
    if plan.rate and (patterns.names_money(display) or patterns.names_money(headings)) \
            and not patterns.names_share(display):
        return False
    return not plan.money or patterns.names_money(display) or patterns.names_money(headings)


def mentioned_years(text: str) -> set[int]:
    return set(text_facts(text).years)


def part_title(chunk: Chunk) -> str:
    """The title of the part a chunk belongs to (a report or ärende inside a kallelse; else the document's)."""
    return chunk.section_path[0] if chunk.section_path else chunk.title


def title_years(chunk: Chunk) -> tuple[int, ...]:
    """The years in the title of the part a chunk belongs to (the report's or ärende's own year)."""
    return _years_of(part_title(chunk))


@lru_cache(maxsize=20_000)
def _years_of(title: str) -> tuple[int, ...]:
    return patterns.years_in(title)


def names_a_month(text: str, months: Sequence[str]) -> bool:
    """Whether `text` names one of `months`: the name anywhere in it ("marsrapporten" too), or written short."""
    lower = text.lower()
    return any(m in lower for m in months) or bool(months_named(text) & set(months))


def meeting_month(chunk: Chunk, years: Sequence[int] = ()) -> str:
    """The month name of the meeting a passage belongs to ('' when it has no meeting date); with `years`, only of a
    meeting in one of them (a meeting in August 2018 does not say "augusti 2019")."""
    date = chunk.meeting_date or ""
    if years and date[:4] not in {str(y) for y in years}:
        return ""
    return MONTH_NAMES[int(date[5:7]) - 1] if len(date) >= 7 and date[5:7].isdigit() and 1 <= int(date[5:7]) <= 12 \
        else ""


# A length of time: a number and a unit of the calendar or the clock (år, månader, veckor, dagar, dygn, timmar,
# minuter, terminer), which counts the time, not what a "hur många" question counts ("personer som fyllt 75 år").
_TIME_UNITS = ("år", "månad", "månader", "vecka", "veckor", "dag", "dagar", "dygn", "timme", "timmar", "minut",
               "minuter", "termin", "terminer")
_TIME_LENGTH = re.compile(r"(?<![\d,.])\d[\d\s\u00a0\u202f]*(?:[,.]\d+)?\s?(?:" + "|".join(_TIME_UNITS)
                          + r")(?![\wåäö])", re.IGNORECASE)


@lru_cache(maxsize=1)
def _time_stems() -> frozenset[str]:
    return frozenset(terms(" ".join(_TIME_UNITS)))


@dataclass(frozen=True)
class TextFacts:
    """What a sentence says regardless of the question; passages come back question after question, so these are
    measured once per text (the regular expressions of ingest/patterns.py are most of sentence scoring's cost)."""

    years: frozenset[int]
    figure: bool
    count_figure: bool
    count_not_time: bool  # a count left when lengths of time are left out too
    outcome: bool
    plan: bool
    causal: bool
    lower: str
    decision: bool


@lru_cache(maxsize=50_000)
def text_facts(text: str) -> TextFacts:
    figure = patterns.has_figure(text)
    count_figure = count_not_time = figure
    if figure:
        counted = text
        for amount in patterns.amounts_in(text):
            if amount.unit.lower() not in ("st", "stycken"):
                counted = counted.replace(amount.text, " ")
        count_figure = count_not_time = patterns.has_figure(counted)
        # Only a text that names a length of time is read again (has_figure is most of this function's cost).
        without_time = _TIME_LENGTH.sub(" ", counted) if count_figure else counted
        if without_time != counted:
            count_not_time = patterns.has_figure(without_time)
    return TextFacts(frozenset(patterns.years_in(text)), figure, count_figure, count_not_time, bool(_OUTCOME.search(text)),
                     bool(_PLAN.search(text)), bool(_CAUSAL.search(text)), text.lower(),
                     bool(_DECISION_VERB.search(text)))


# What a "hur många" question counts: the words after it ("Hur många gånger per termin …" → gånger, termin).
_COUNTED = re.compile(r"\bhur\s+många\s+((?:[a-zåäö-]+\s+){0,2}[a-zåäö-]+)", re.IGNORECASE)


@lru_cache(maxsize=2_000)
def _counted_stems(question: str) -> frozenset[str]:
    match = _COUNTED.search(question)
    return frozenset(terms(match[1])) if match else frozenset()


def subject_concepts(plan: QueryPlan) -> tuple[Concept, ...]:
    """The question's own concepts that say what it is about, not where or whose: not a name (a municipality, a place,
    a unit written with a capital), not a board. A figure stated with none of them is a figure of something else of
    the same place or board ("515 pågående ställföreträdarskap i Hamrefors … 2024" for "hur många årsräkningar
    granskade överförmyndarenheten i Hamrefors 2024")."""
    names = {w.lower() for name in (*plan.proper_nouns, *plan.places, *plan.municipalities) for w in name.split()}
    subject = tuple(c for c in plan.concepts if not c.inherited and c.word.lower() not in names
                    and not board_names_in(c.word))
    # An English word the dictionaries could not translate may be said by any Swedish word: nothing can be told.
    return () if any(c.untranslated for c in subject) else subject


def counted_in_words(question: str, text: str) -> bool:
    """Whether `text` writes out a number of what a "hur många" question counts ("två gånger" for "Hur många gånger
    …?"): a number in words says a count only beside the counted thing, "tre avgränsade mål" is no count of
    socionomer."""
    counted = _counted_stems(question)
    return bool(counted) and any(counted & term_set(" ".join(text[m.end():].split()[:3])) for m in patterns.number_words_in(text))


def local_weights(weights: Sequence[tuple[Concept, float]], candidates: Sequence[str]) -> list[tuple[Concept, float]]:
    """The question's concepts weighed by how few of its candidate sentences mention them: the subject every
    candidate shares says little about which one answers, what is asked of it says much. The corpus rarity of
    `weights` cannot see this — a word rare in the index may be in every passage retrieved for it. A concept
    inherited from an earlier question or part is that shared subject by construction: it weighs nothing (as in
    `cov_count`), unless every concept is inherited."""
    n = len(candidates)
    if not n:
        return [(c, 0.0) for c, _ in weights]
    texts = [term_set(display) for display in candidates]
    own_only = any(not c.inherited for c, _ in weights)
    out = []
    for concept, weight in weights:
        k = sum(1 for terms_ in texts if _mentioned(concept, terms_))
        out.append((concept, 0.0 if own_only and concept.inherited else weight * (1 - k / n)))
    return out


def sentence_features(plan: QueryPlan, display: str, chunk: Chunk, source_score: float, source_rank: int,
                      neighbour: bool, weights: Sequence[tuple[Concept, float]],
                      similarity: float | None = None, local: Sequence[tuple[Concept, float]] = ()) -> list[float]:
    """The signals of SENTENCE_FEATURES for one candidate sentence. `similarity` is the embedding model's similarity
    of question and sentence (its vector computed at ingest); None when the sentence has none (NaN: the fitted model
    holds it at its mean). `local`: the concepts weighed among this question's candidates (`local_weights`)."""
    # A table row's fact opens with its table's caption ("5. Mål och måluppfyllelse 2025 — Nr 4; Nämndmål …"). Of a
    # row of figures the caption says what they measure ("Driftredovisning (mnkr) — Kommunstyrelsen: 142,6"): part of
    # what the row says. Of a row of words — a list of goals or decisions — it is a heading shared by every row, and
    # would make each one cover a question that names the document's board. (A letterhead caption, "Tallmyra kommun –
    # Vård- och omsorgsnämnden — Diarienummer: …", never reaches here: the candidate is read without it, figures or not,
    # see extractive._row_display.)
    caption, row = split_fact(display) if chunk.fact else ("", "")
    heading = row and not has_figure(row)
    own = term_set(row if heading else display)
    headings = term_set(" ".join((*chunk.section_path, caption) if heading else chunk.section_path))
    facts = text_facts(display)
    asked = set(plan.years)
    said = facts.years
    # Each concept is looked up once in the sentence and once in its headings; the three coverages follow. The
    # headings are the same for every sentence of a passage: which of their terms mention a concept is kept.
    in_own = [_mentioned(c, own) for c, _ in weights]
    in_context = [not mentioning_terms(c, headings) <= own for c, _ in weights]
    return [
        source_score,
        1.0 / (1 + source_rank),
        float(neighbour),
        _weight_share(weights, in_own),
        _weight_share(weights, in_context),
        _count_share(weights, [a or b for a, b in zip(in_own, in_context, strict=True)]),
        float(facts.figure),
        float(plan.quantity and facts.figure),
        float(plan.count and has_figure(display, True, plan.question)),
        float(bool(asked & said)),
        float(bool(asked) and bool(said) and not asked & said),
        float(bool(asked & (set(chunk.years) | set(title_years(chunk))))),
        float(bool(plan.months) and names_a_month(display, plan.months)),
        float(facts.outcome),
        float(facts.plan),
        float(asks_why(plan) and facts.causal),
        float(_asks_decision(plan.question) and _proposal_section(chunk.section)),
        float(chunk.fact is not None or chunk.kind == "table"),
        math.log(1 + len(display)) / 7,
        float(_asks_decision(plan.question) and facts.decision),
        math.nan if similarity is None else similarity,
        _weight_share(local, in_own) if local else 0.0,
    ]


def asks_why(plan: QueryPlan) -> bool:
    return _asks_why(plan.question)


# The question's and the section's own properties, asked once per sentence: kept rather than searched again.
@lru_cache(maxsize=2_000)
def _asks_why(question: str) -> bool:
    return bool(_WHY.search(question))


@lru_cache(maxsize=2_000)
def _asks_decision(question: str) -> bool:
    return bool(_DECISION_QUESTION.search(question))


@lru_cache(maxsize=20_000)
def _proposal_section(section: str) -> bool:
    return bool(_PROPOSAL_SECTION.search(section))


def is_causal(text: str) -> bool:
    return bool(_CAUSAL.search(text))


# "Kommunstyrelsen föreslår kommunfullmäktige besluta att …": one body's decision (under its "Beslut") to propose to
# another. Asked what the other decided, it is a proposal, wherever it stands.
_PROPOSES_TO = re.compile(r"\b(?:föreslå(?:r|s)?|föreslog|föreslagit)\s+", re.I)


def proposed_to_asked(text: str, question: str) -> str:
    """The body the question asks the decision of when `text` proposes to it, else ''."""
    asked = asked_boards(question)
    match = _PROPOSES_TO.search(text) if asked else None
    window = text[match.end():match.end() + 80].lower() if match else ""
    named = board_names_in(window)
    # The proposal goes to the first body named after the verb, and to those joined to it ("föreslå kommunstyrelsen och
    # kommunfullmäktige att …": a nämnd's proposal goes through the styrelse to fullmäktige).
    to = named[:1]
    for before, after in zip(named, named[1:], strict=False):
        if not re.search(rf"{re.escape(before)}s?\s*(?:,|och|samt)\s*{re.escape(after)}", window):
            break
        to += (after,)
    return next((board for board in to if board in asked), "")
