"""Answers without any LLM: the sentences of the top passages that answer, quoted exactly, each with [n].

Which sentences answer and whether the evidence answers at all are decided by the fitted models of
`calibration.py` over the general signals of `features.py`; this module cuts passages into candidate
sentences, asks the models, and composes the reply.
"""

from __future__ import annotations

import heapq
import itertools
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache

import numpy as np

from assistant.calibration import Calibration
from assistant.citations import citation, validate
from assistant.english import is_english, is_english_word
from assistant.features import (
    EVIDENCE_FEATURES,
    MONTH_NAMES,
    SENTENCE_FEATURES,
    asks_why,
    coverage,
    has_figure,
    is_causal,
    local_weights,
    meeting_month,
    mentioned_years,
    mentions,
    months_named,
    names_a_month,
    part_title,
    proposed_to_asked,
    sentence_features,
    states_asked_figure,
    term_set,
    title_years,
)
from assistant.models import ABSTAIN_TEXT, NO_DECISION, NO_DECISION_CALLED, NO_REPLY, Answer, Citation, Hit
from assistant.query import (
    DECISION_VERBS_PAST,
    Concept,
    QueryPlan,
    asked_boards,
    asks_decided,
    asks_forward,
    asks_part_of_year,
    concept_weights,
)
from index.swedish import terms
from ingest.chunker import split_fact
from ingest.issuer import board_forms, board_names_in, is_issuer_name, names_municipality, place_key
from ingest.letterhead import is_signer
from ingest.models import Chunk
from ingest.patterns import (
    dates_in,
    diarienummer_in,
    diarienummer_key,
    is_dateline,
    iso_months_in,
    names_a_time,
    prints_diarienummer,
    section_label,
    without_diarienummer,
    years_in,
)
from ingest.protokoll_outcome import has_vote_count, party_letters

# A stop before a digit ("kl. 13.00", "avsnitt 1.2", "3.5") stays inside the sentence: without the alternation the
# words before it were lost and the sentence began at the digits after it. So does a stop with a small letter right
# after it, inside an e-mail or web address ("madelene.sonnerfors@katrineholm.se", "www.kommun.se").
_SENTENCE = re.compile(r"(?:[^.!?\n]|[.!?](?=[\da-zåäö]))+(?:[.!?](?![\da-zåäö])|$)(?:[\"”»)]*)", re.MULTILINE)
# A full stop after a single letter ("bl.a.", "t.ex.", "s.") or after a common Swedish abbreviation (Språkrådet's
# everyday abbreviations, and the law references of board text: "4 kap. 1 §") does not end the sentence.
_ABBREVIATION = re.compile(r"(?:\b[a-zåäö]|\b(?:bl|ex|fr|resp|enl|jfr|kap|ca|kl|nr|ff|avd|tel|inkl|exkl|prel|dvs|osv|"
                           r"pga|dir|prop|bet))\.$", re.IGNORECASE)
# A sentence that only makes sense with the one before it ("Det beror på …"): offered as a pair as well.
_CONTINUES = re.compile(r"^(Det beror|Detta|Det innebär|Orsaken|Anledningen|Skälet|Därför|Det gör)\b")


_UNKNOWN, _DENSE = EVIDENCE_FEATURES.index("unknown_share"), EVIDENCE_FEATURES.index("best_dense")
_COVERAGE, _HEADING_COVERAGE = SENTENCE_FEATURES.index("cov_idf"), SENTENCE_FEATURES.index("cov_ctx")


@dataclass(frozen=True)
class Unit:
    """A candidate sentence: what the answer shows, the verbatim quote it rests on, its chunk and its score."""

    display: str
    quote: str
    chunk: Chunk
    rank: int
    neighbour: bool = False
    score: float = 0.0
    coverage: float = 0.0
    # The sentence's beginning when it stands at the end of the passage before (a PDF page ends mid-sentence):
    # that passage and the verbatim words there. The answer shows the whole sentence and cites both parts.
    lead: tuple[Chunk, str] | None = None
    # The embedding model's similarity of question and sentence (None: the sentence has no vector).
    similarity: float | None = None
    # The score of the sentence model without that similarity (Calibration.judge): what the evidence is weighed on.
    judged: float = 0.0


@dataclass(frozen=True)
class Evidence:
    """Whether the retrieved passages answer the question: the model's probability and the signals it saw."""

    probability: float
    signals: tuple[float, ...]


@dataclass
class ExtractiveAnswerer:
    """Picks the sentences that answer, keeps them short, and marks each with its source."""

    max_sentences: int = 3
    sources: int = 6
    calibration: Calibration = field(default_factory=Calibration)
    arende_title: Callable[[str], str | None] = lambda _dnr: None
    # A document's passages in order (by id): where an ärende's number stated in an answer's lead is printed.
    document_chunks: Callable[[str], Sequence[Chunk]] = lambda _document_id: ()
    # The municipality that issued a document (by id; None when not known): a question about another place
    # ("hushåll i Borås") is not answered by the documents' own figures.
    issuer: Callable[[str], str | None] = lambda _document_id: None
    # The board whose document a passage stands in (read at ingest): what a passage naming no board speaks of when
    # neither its headings nor its title name one ("4.1 Budget per verksamhet" in the miljö- och byggnadsnämnd's plan).
    committee: Callable[[str], str | None] = lambda _document_id: None
    # The vectors ingest computed for candidate sentences (Index.sentence_vectors), and the question's own once the
    # dense search has it (Index.cached_query_vector): together the sentence model's similarity signal.
    sentence_vectors: Callable[[Sequence[str]], dict[str, np.ndarray]] = lambda _texts: {}
    query_vector: Callable[[str], np.ndarray | None] = lambda _text: None

    def answer(
        self, plan: QueryPlan, hits: Sequence[Hit], neighbours: Callable[[Chunk], list[Chunk]],
        document_frequency: Callable[[str], int],
    ) -> Answer:
        top = list(hits[: self.sources])
        if not top:
            return Answer(plan.question, ABSTAIN_TEXT, True, (), tuple(hits))
        if plan.diarienummer and _about_number_only(plan) and (identity := self._identity(plan, hits)):
            return identity
        weights = concept_weights(plan, document_frequency)
        scored = self.sentences(plan, top, neighbours, weights)
        kept, missing = self.answering(plan, scored, document_frequency)
        evidence = self.evidence(plan, kept, weights, document_frequency, best_dense(top))
        # No topic word of the question occurs in any document: there is nothing to weigh.
        nothing_known = evidence.signals[_UNKNOWN] >= 1.0
        if not kept or nothing_known or evidence.probability < self.calibration.threshold:
            return Answer(plan.question, ABSTAIN_TEXT, True, (), tuple(hits), evidence=evidence.probability)
        candidates = _whole_year_first(kept, plan)
        chosen = _choose(candidates, plan, self.max_sentences)
        if plan.parts:
            chosen = self._each_part(plan, top, neighbours, document_frequency, chosen)
        # After the parts: a two-part question's answer is rebuilt from each part's best sentence.
        chosen = _with_asked_kind(chosen, candidates, plan)
        return self._compose(plan, chosen, hits, evidence.probability, missing, weights, document_frequency)

    def _identity(self, plan: QueryPlan, hits: Sequence[Hit]) -> Answer | None:
        """Asked what a number is about ("Vad handlar ärende 2025/0418-4.3.1 om?") when it is no ärende's: a plan or a
        report filed under it prints it under its title (retrieval found the documents that do). The answer is which
        document that is, cited where it prints the number, and what the document says of itself first (its summary,
        else its first sentences) — when the line gives the number alone with its label or in a letterhead; printed
        among other words, it is the line itself. An ärende's number is answered by its passages, which carry it."""
        key = diarienummer_key(plan.diarienummer or "")
        if any(h.chunk.diarienummer and diarienummer_key(h.chunk.diarienummer) == key for h in hits):
            return None
        document = hits[0].chunk.document_id
        retrieved = [h.chunk for h in hits if h.chunk.document_id == document]
        # The document's passages in order are read once: where it prints the number, and what it says of itself.
        passages = list(self.document_chunks(document)) or retrieved
        printed = _printing_line(key, document, retrieved, lambda _document_id: passages)
        if printed is None:
            return None
        line, chunk = printed
        number = next((d for d in diarienummer_in(line) if diarienummer_key(d) == key), plan.diarienummer)
        title = chunk.title or part_title(chunk)
        citations = [citation(1, chunk, line)]
        if not (_says_nothing(line) or _letterhead(line)):
            # Printed among other words (a row of a list of motions, a reference in running text), the number is
            # another matter's that the document names, not its own: the line is what the document says of it.
            parts = [f"{number} står i «{title}»: {' '.join(line.split())} [1]"]
        else:
            parts = [f"{number} är diarienumret för «{title}». [1]"]
            for display, quote, source in _self_description(passages):
                citations.append(citation(len(citations) + 1, source, quote))
                parts.append(f"{display.rstrip()} [{len(citations)}]")
        text, kept = validate(" ".join(parts), citations)
        # A lookup, not a judgement: the document prints the number asked about.
        return Answer(plan.question, text, not kept, tuple(kept), tuple(hits), evidence=1.0)

    def sentences(self, plan: QueryPlan, top: Sequence[Hit], neighbours: Callable[[Chunk], list[Chunk]],
                  weights: Sequence[tuple[Concept, float]]) -> list[Unit]:
        """Every sentence of the top passages (and of the first two's neighbours: the explanation of a figure
        often follows it), scored by the sentence model, best first."""
        found: list[tuple[Unit, float]] = []
        seen = {h.chunk.chunk_id for h in top}
        best = max(top[0].score, 1e-9)
        around: dict[str, list[Chunk]] = {}  # a passage's neighbours, read once for both uses below

        def near_of(chunk: Chunk) -> list[Chunk]:
            if chunk.chunk_id not in around:
                around[chunk.chunk_id] = neighbours(chunk)
            return around[chunk.chunk_id]

        for i, hit in enumerate(top):
            found.extend((u, hit.score / best) for u in _joined(_units(hit.chunk, i, False), near_of))
        for i, hit in enumerate(top[:2]):
            for near in near_of(hit.chunk):
                if near.chunk_id not in seen:
                    seen.add(near.chunk_id)
                    found.extend((u, hit.score / best) for u in _units(near, i + 1, True))
        question = self.query_vector(plan.dense_text)
        vectors = self.sentence_vectors([u.display for u, _ in found]) if question is not None else {}
        similar = [float(vectors[u.display] @ question) if u.display in vectors else None for u, _ in found]
        model = self.calibration.sentence
        local = local_weights(weights, [u.display for u, _ in found])
        rows = [sentence_features(plan, unit.display, unit.chunk, relative, unit.rank, unit.neighbour, weights, sim,
                                  local)
                for (unit, relative), sim in zip(found, similar, strict=True)]
        scores = model.probabilities(rows) if model else [None] * len(rows)
        judge = self.calibration.judge
        judged = judge.probabilities(rows) if judge else scores
        out = []
        for (unit, _), signals, fitted, weighed, sim in zip(found, rows, scores, judged, similar, strict=True):
            cover = signals[_COVERAGE] + 0.5 * signals[_HEADING_COVERAGE]
            score = fitted if fitted is not None else cover / (1 + 0.1 * unit.rank)
            out.append(replace(unit, score=score, coverage=min(1.0, cover), similarity=sim,
                               judged=weighed if weighed is not None else score))
        return sorted(out, key=lambda u: u.score, reverse=True)

    def _each_part(self, plan: QueryPlan, top: Sequence[Hit], neighbours: Callable[[Chunk], list[Chunk]],
                   df: Callable[[str], int], chosen: list[Unit]) -> list[Unit]:
        """A question that asks two things gets the best sentence for each part, scored as if the part were asked
        alone over the same passages, then the whole question's best sentences: the whole question's best three
        often all answer its first part."""
        firsts: list[Unit] = []
        for part in plan.parts:
            scored, _ = self.answering(part, self.sentences(part, top, neighbours, concept_weights(part, df)), df)
            ranked = _whole_year_first(scored, part)
            asked = _asked_kind(part)
            if part.quantity or asked:
                # A part asking how much or how many ("…, och vad kostar det?"), or why, who or when, is answered by
                # a sentence stating a figure of that kind, a reason, a person or a time, when one of the first
                # candidates does: its own few words weigh little beside the subject it inherits, which the first
                # part's sentence already covers.
                ranked = sorted(ranked[:_ASKED_KIND_DEPTH], key=lambda u: not (
                    states_asked_figure(part, u.display, u.chunk) if part.quantity else asked(u.display))
                ) + ranked[_ASKED_KIND_DEPTH:]
            best = next((u for u in ranked if not any(_overlaps(u, c) for c in firsts)), None)
            if best is not None:
                firsts.append(best)
        rest = [u for u in chosen if not any(_overlaps(u, c) for c in firsts)]
        return (firsts + rest)[: max(self.max_sentences, len(firsts))]

    def answering(self, plan: QueryPlan, scored: list[Unit], df: Callable[[str], int]
                  ) -> tuple[list[Unit], dict[int, int | None]]:
        """The sentences an answer may be chosen from, best first, and each asked year no document covers with the
        nearest year that one does. The evidence is weighed on these, not on all: a sentence left out for speaking
        of another year answers nothing, however well it matches the question's words."""
        # The nearest year the best sentences for the question speak of, else the nearest any document does: a year
        # the index mentions elsewhere may have nothing on the asked subject.
        absent = [y for y in plan.years if df(str(y)) == 0]
        found_years = {y for u in scored[: self.max_sentences] for y in (*mentioned_years(u.display), *u.chunk.years)
                       } if absent else set()
        missing = {y: _nearest_year(y, lambda t: int(t) in found_years) or _nearest_year(y, df) for y in absent}
        # An asked year no document covers is answered for the nearest year that one does, and says so.
        years = tuple(dict.fromkeys(missing.get(y) or y for y in plan.years))
        scored = [u for u in scored if u.chunk.kind != "field" or _asks_field(plan, u)]
        return _about_asked_years(scored, replace(plan, years=years)), missing

    def evidence(self, plan: QueryPlan, scored: Sequence[Unit], weights: Sequence[tuple[Concept, float]],
                 df: Callable[[str], int], dense: float = 0.0) -> Evidence:
        """How likely the passages answer the question, from general signals (see EVIDENCE_FEATURES), weighed on
        the sentences as the judge ranks them (see Calibration.judge)."""
        if self.calibration.judge is not None:
            # Only the best three are weighed (evidence_signals): they are the ones re-scored.
            scored = [replace(u, score=u.judged) for u in heapq.nlargest(3, scored, key=lambda u: u.judged)]
        signals = evidence_signals(plan, scored, weights, df, dense)
        model = self.calibration.evidence
        if model is None:  # uncalibrated: answer whenever there is a candidate sentence
            return Evidence(1.0 if scored else 0.0, tuple(signals))
        if dense <= 0.0:  # keyword-only retrieval measures no similarity: the signal says nothing either way
            signals[_DENSE] = model.mean[_DENSE]
        return Evidence(model.probability(signals), tuple(signals))

    def _compose(self, plan: QueryPlan, chosen: list[Unit], hits: Sequence[Hit], evidence: float,
                 missing_years: dict[int, int | None], weights: Sequence[tuple[Concept, float]] = (),
                 document_frequency: Callable[[str], int] = lambda _term: 0) -> Answer:
        # One citation per quoted sentence: its quote is exactly what the sentence rests on (two for a sentence a
        # page break cut, one per page).
        # A sentence under "Förslag till beslut" is a proposal wherever it stands (a tjänsteskrivelse on its own
        # as well as a kallelse's): its citation says so, and it never answers "what was decided" as a decision.
        citations: list[Citation] = []
        parts = []
        # Asked for an ärende's number where no chosen passage carries one: the number on its own line beside the
        # sentence (see _case_line), else the answer's document's own number in its header grid (see _case_row).
        case_line = (next(filter(None, map(_case_line, chosen)), None) or _case_row(chosen, hits)) \
            if plan.asks_case_number and not plan.diarienummer and not any(u.chunk.diarienummer for u in chosen) else None
        # Asked how much or how many, the answer leads with a sentence that states a figure of that kind; the
        # sentences around it (the best one may only say that there was a deficit) follow.
        shown = sorted(chosen, key=lambda u: not has_figure(u.display, plan.count, plan.question)) if plan.quantity else chosen
        for unit in shown:
            markers = ""
            for chunk, quote in ((unit.lead,) if unit.lead else ()) + ((unit.chunk, unit.quote),):
                cited = citation(len(citations) + 1, chunk, quote)
                citations.append(replace(cited, basis="proposal") if _proposed(chunk) else cited)
                markers += f"[{len(citations)}]"
            parts.append(f"{unit.display.rstrip()} {markers}")
        lead_chunk = _case_chunk(plan, chosen, weights)
        lead = _lead(plan, lead_chunk, self.arende_title)
        if lead and plan.asks_case_number and not plan.diarienummer \
                and (printed := _printed(lead_chunk, hits, self.document_chunks)):
            # The number asked for is the answer: cited where a passage of its document prints it (a passage carries
            # its ärende's number without printing it: a kallelse prints it on the agenda and the ärende's first line).
            citations.append(citation(len(citations) + 1, printed[1], printed[0]))
            lead = f"{lead} [{len(citations)}]"
        if not lead and case_line:
            dnr, line, title, chunk = case_line
            citations.append(citation(len(citations) + 1, chunk, line))
            title = self.arende_title(dnr) or title
            lead = (f"{dnr} – ärendet «{title}»." if title else f"Diarienummer {dnr}.") + f" [{len(citations)}]"
        # Asked why a decision was made or remade, the reason is the answer, wherever it stands: not "what was decided".
        decision_asked = asks_decided(plan.question) and not asks_why(plan)
        # Asked what a board decided, a chosen sentence proposing it to that board while none tells a decision on the
        # question's subject: the board's decision is in no document here, only the proposal.
        subject = _decision_subject(plan, weights) if decision_asked else None
        proposing = [proposed_to_asked(u.display, plan.question) for u in chosen] if decision_asked else [""]
        proposed_to = proposing[0]
        if decision_asked and not proposed_to and not any(_tells_decision_on(u, subject)
                                                          for u, to in zip(chosen, proposing, strict=True) if not to):
            proposed_to = next(filter(None, proposing[1:]), "")
        only_proposed = bool(proposed_to) or (decision_asked and _proposal(chosen[0])
                                              and not any(_decided(unit.chunk) for unit in chosen))
        # Asked what was decided, answered best from a kallelse's own pages (its agenda) or a tjänsteskrivelse (the
        # förvaltning's memo) while no chosen sentence tells a decision on the question's subject: neither decides, and
        # what was decided is in no document here.
        undecided = decision_asked and not only_proposed \
            and chosen[0].chunk.document_type in ("kallelse", "tjänsteskrivelse") \
            and not any(_tells_decision_on(u, subject) for u in chosen)
        called_only = undecided and chosen[0].chunk.document_type == "kallelse"
        # Asked what a board answered, found only the request for its answer (an audit report's "begär ett skriftligt
        # svar senast …"): the answer is in no document here.
        reply_requested = not only_proposed and not undecided and _only_reply_requested(plan, chosen)
        if only_proposed:
            refusal = (f"Jag hittar inget beslut av {proposed_to} om det i handlingarna, bara ett förslag till "
                       f"{proposed_to}:") if proposed_to else NO_DECISION
        else:
            refusal = NO_DECISION_CALLED if called_only else NO_DECISION if undecided else \
                NO_REPLY if reply_requested else ""
        lead = " ".join(filter(None, (refusal, lead)))
        partial = bool(missing_years)
        if partial:
            # Honest about what is missing: the asked year is in no document, a neighbouring one is.
            named = " eller ".join(str(y) for y in missing_years)
            said = {y for u in chosen for y in (*mentioned_years(u.display), *title_years(u.chunk))}
            nearest = sorted({y for y in missing_years.values() if y and y in said})
            instead = f"för {' och '.join(map(str, nearest))} redovisas" if nearest else "närmast finns"
            lead = f"Det finns ingen uppgift för {named} i handlingarna; {instead} följande." + (f" {lead}" if lead else "")
        # Asked for a month, year or board the answer's sentences do not speak of, while the first names another: what
        # is shown is that one's, not the asked one's. Refused, with what there is shown.
        # The first check that finds the chosen sentences another's — period, part of the year, board, place or
        # name — or the documents' own "not known yet" refuses; the later ones are not asked.
        checks: tuple[tuple[str, Callable[[], object]], ...] = (
            ("periods", lambda: _other_months(plan, chosen) or _other_years(plan, chosen) or _dated_before(plan, chosen)),
            ("part_only", lambda: _part_of_year_only(plan, chosen)),
            ("boards", lambda: _other_boards(plan, chosen, self.committee)),
            ("places", lambda: _other_places(plan, chosen, self.issuer)),
            ("unnamed", lambda: _names_unsaid(plan, chosen, document_frequency, self.issuer)),
            ("unknown", lambda: _says_not_known(plan, chosen)),
            ("no_sum", lambda: _sum_unstated(plan, chosen)),
            ("no_time", lambda: _time_unstated(plan, chosen)),
        )
        kind, found = ("", None) if partial else next(((k, f) for k, check in checks if (f := check())), ("", None))
        if kind == "unknown":
            # The documents' own word that the asked thing is not known yet is the honest answer: shown first.
            lead = "Uppgiften finns inte i handlingarna; där står:" + (f" {lead}" if lead else "")
            parts.sort(key=lambda part: not part.startswith(found.display.rstrip()))
        elif kind == "no_sum":
            # Asked what something costs, the passages that answer best state no sum of money: what they say is shown,
            # but it is no answer.
            lead = "Jag hittar inget belopp för det i de stycken som svarar; närmast finns följande." + (
                f" {lead}" if lead else "")
        elif kind == "no_time":
            # Asked when, the passages that answer best say no time: what they say is shown, but it is no answer.
            lead = "Jag hittar ingen tidpunkt för det i de stycken som svarar; närmast finns följande." + (
                f" {lead}" if lead else "")
        elif kind == "unnamed":
            # The documents may name it elsewhere: what is said is that the passages that answer do not.
            lead = (f"Jag hittar ingen uppgift om {' eller '.join(found)} i de stycken som svarar; närmast finns "
                    "följande.") + (f" {lead}" if lead else "")
        elif kind:
            shown = ["en del av året"] if kind == "part_only" else found
            if kind == "part_only":
                asked = f"hela {plan.years[0]}"
            elif kind == "periods":
                year = f" {plan.years[0]}" if plan.months and len(plan.years) == 1 else ""
                asked = " eller ".join(plan.months or [str(y) for y in plan.years]) + year
            elif kind == "boards":
                asked = " eller ".join(asked_boards(plan.question))
            else:
                asked = " eller ".join(plan.places)
            lead = (f"Det finns ingen uppgift för {asked} i handlingarna; för {' och '.join(shown)} redovisas "
                    "följande.") + (f" {lead}" if lead else "")
        text = " ".join(([lead] if lead else []) + parts)
        text, kept = validate(text, citations)
        # Asked what was decided, a proposal alone does not answer (see NO_DECISION); asked for a year, month or board of
        # which only another's figures are found, they do not answer either: refused, with what there is shown.
        refused = only_proposed or undecided or reply_requested or partial or bool(kind)
        return Answer(plan.question, text, not kept or refused, tuple(kept), tuple(hits), evidence=evidence,
                      partial=(partial or refused) and bool(kept))


def evidence_signals(plan: QueryPlan, scored: Sequence[Unit], weights: Sequence[tuple[Concept, float]],
                     df: Callable[[str], int], dense: float = 0.0) -> list[float]:
    """The signals of EVIDENCE_FEATURES, in that order."""
    best = scored[0] if scored else None
    unknown = unknown_share(plan, df, [term_set(f"{u.display} {u.chunk.section}") for u in scored[:3]])
    # A month is also said by the date of the meeting a passage belongs to ("i augusti 2018" of its kallelse).
    answer_text = " ".join(f"{u.display} {u.chunk.section} {meeting_month(u.chunk, plan.years)}"
                           for u in scored[:3]).lower()
    answer_years = {y for u in scored[:3] for y in (*mentioned_years(u.display), *u.chunk.years)}
    year_known = all(df(str(y)) for y in plan.years)
    signals = [
        best.score if best else 0.0,
        unknown,
        float(plan.quantity and not any(states_asked_figure(plan, u.display, u.chunk, of_subject=True)
                                        for u in scored[:3])),
        # The asked year or month exists in the documents but the best sentences speak of others.
        float(bool(plan.years) and year_known and not set(plan.years) & answer_years),
        float(bool(plan.months) and not names_a_month(answer_text, plan.months)),
        # A name (a capitalised word inside the sentence) that no passage uses: likely another place or body.
        float(any(not any(df(t) for t in terms(name)) for name in plan.proper_nouns)),
        # How much of the question the best sentence (with its headings) covers, weighted by rarity.
        best.coverage if best else 0.0,
        # How close in meaning the nearest passage is: a question on a subject no document treats finds only
        # passages that share its form ("Hur många … 2023?"), never its subject.
        dense,
        # A compound of the question no document uses whose head the best sentences use in another compound: asked
        # about "idrottshallen", they speak of "simhallen" (another kind of the same thing).
        float(_head_elsewhere(plan, df, [term_set(u.display) for u in scored[:3]])),
    ]
    assert len(signals) == len(EVIDENCE_FEATURES)
    return signals


def _head_elsewhere(plan: QueryPlan, df: Callable[[str], int], sentences: Sequence[frozenset[str]]) -> bool:
    """Whether an unknown compound's head stands in the best sentences only inside other compounds (see
    evidence_signals)."""
    said = frozenset().union(*sentences) if sentences else frozenset()
    for concept in (c for c in plan.concepts if not c.inherited):
        parts = terms(concept.word)[1:]
        if len(parts) < 2 or concept.known(df):
            continue
        head, modifiers = parts[-1], set(parts[:-1])
        if modifiers & said:
            continue
        if any(t != head and len(t) > len(head) + 1 and t.endswith(head) for t in said):
            return True
    return False


def best_dense(hits: Sequence[Hit]) -> float:
    """The embedding similarity of the nearest passage among `hits` (0 when retrieval was keyword-only)."""
    return max((h.dense_sim for h in hits), default=0.0)


def unknown_share(plan: QueryPlan, df: Callable[[str], int], passages: Sequence[frozenset[str]] = ()) -> float:
    """How much of the question, weighted by rarity, no document uses: a concept is unknown when neither the
    whole word's stem nor a synonym occurs anywhere. Its compound parts alone do not make it known ('fotboll' is not
    'fot' + 'boll'), unless they stand together in one of `passages`, the best sentences with their headings
    ('budgetavvikelse' beside 'Budget … Avvikelse'). An unknown word weighs as much as a word seen once; common words
    ('kommunen') weigh little."""
    total = unknown = 0.0
    for concept in (c for c in plan.concepts if not c.inherited):
        counts = [n for n in (df(s) for s in concept.whole_stems()) if n > 0]
        parts = set(terms(concept.word)[1:])
        if not counts and len(parts) > 1 and any(parts <= passage for passage in passages):
            counts = [n for n in (df(s) for s in parts) if n > 0]
        if not counts and (concept.untranslated or concept.dictionary):
            # The dictionary's gap, not the documents': a word it could not translate, or whose senses it gave are
            # none the documents use (its sense may be the wrong one: "opening" as "stänga").
            continue
        weight = math.log(1 + 3000 / (1 + min(counts))) if counts else math.log(1 + 3000 / 2)
        total += weight
        unknown += 0.0 if counts else weight
    return unknown / total if total else 0.0


# A sentence wholly in parentheses is a reference to where something comes from — a decision ("(KF 2017-11-20 § 186)"),
# a newspaper or a question ("(Katrineholms Kuriren 4/3 - 2023)") — not a statement.
_REFERENCE = re.compile(r"\([^()]*\)[.:]?")


# A running header or letterhead line of fields ("Björkhamra kommun | Barn- och utbildningsförvaltningen |
# Månadsuppföljning oktober 2025 | BUN 2025/0087"): three fields or more, each short, stating no figure. Fields are
# set apart by a vertical bar, a middle dot or a bullet between spaces (the separators of typography and word
# processors' header and footer fields: "Samordningsförbundet X · Dnr … · Fastställd av styrelsen 2026-02-19").
_FIELD_SEPARATOR = re.compile(r" [|·•] ")
# What is left of a diarienummer's field when the number is taken out: nothing, or its label written twice
# ("Diarienummer: Dnr SON 2026-018").
_DNR_LABEL = re.compile(r"(?:diarienummer|diarienr|dnr|beteckning|ärendenummer)?\W*", re.IGNORECASE)


def _field_line(text: str) -> bool:
    fields = _FIELD_SEPARATOR.split(text)
    return len(fields) >= 3 and all(len(f) <= 60 for f in fields) and not has_figure(without_diarienummer(text))


@lru_cache(maxsize=20_000)
def _says_nothing(fact: str) -> bool:
    """A row that gives only a diarienummer ("… — Diarienummer: BUN 2025/611") answers nothing by itself, as a
    diarienummer on a line of its own does not: a question for it is answered from the passage's (see _lead). Kept per
    fact: the same rows are candidates question after question."""
    row = split_fact(fact)[1] or fact
    return bool(_DNR_LABEL.fullmatch(without_diarienummer(row))) or _field_line(fact)


# The administration that writes a board's tjänsteskrivelser, named in its letterhead beside the municipality
# ("Barn- och utbildningsförvaltningen", "Socialförvaltningen", "Stadsbyggnadskontoret"): a förvaltning or kontor
# is how Swedish municipalities name their offices.
_OFFICE = re.compile(r"(?<![\wåäöÅÄÖ-])(?:[A-ZÅÄÖa-zåäö]+-,?\s(?:och\s|samt\s)?)*[A-ZÅÄÖa-zåäö]{3,}(?:förvaltningen|"
                     r"kontoret)(?![\wåäöÅÄÖ])")


# The field labels of a Swedish protokoll's running header and footer, as municipal protokoll templates print them on
# every page ("SAMMANTRÄDESPROTOKOLL Sammanträdesdatum 2025-11-24 Sida 3(12)", "Justerandes sign Utdragsbestyrkande"),
# with the page mark they carry ("3(12)", "3 av 12").
_HEADER_LABELS = re.compile(r"(?<![\wåäöÅÄÖ])(?:sammanträdesdatum|datum|sida|blad|justerandes\s+sign(?:atur)?|"
                            r"utdragsbestyrkande)(?![\wåäöÅÄÖ])|(?<!\d)\d{1,3}\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3}(?!\d))",
                            re.IGNORECASE)


def _letterhead(sentence: str) -> bool:
    """A letterhead line: the municipality or board, perhaps its office, the document's kind, date and diarienummer,
    and nothing else ("Vårnäsa kommun Barn- och utbildningsförvaltningen TJÄNSTESKRIVELSE 2026-01-28 Diarienummer:
    BUN 2025/00231-2.4"), a protokoll's header fields among them ("ÅSBERGA KOMMUN PROTOKOLLSUTDRAG Kommunfullmäktige
    Sammanträdesdatum 2025-11-24"). It answers nothing by itself, as each of its parts on a line of its own does not."""
    bare = _HEADER_LABELS.sub(" ", sentence)
    return is_issuer_name(bare) or is_issuer_name(_OFFICE.sub(" ", without_diarienummer(bare)))


def _row_display(fact: str) -> str:
    """A table row's fact as a candidate sentence: without its caption when the caption is a letterhead — the
    municipality, perhaps its board, and nothing else ("Tallmyra kommun – Vård- och omsorgsnämnden — Fastställd: …").
    That caption heads every passage of the document, where the headings' signals weigh it; repeated inside the
    row's sentence, it made the document's field grid (Diarienummer, Fastställd, Ordförande) cover the municipality
    and board a question names better than the passage asked about. A board's name alone is kept: it heads that
    board's section of a report on several ("Socialnämnden — Hushåll med försörjningsstöd …"), and says whose the row
    is."""
    caption, row = split_fact(fact)
    return row if row and _letterhead(caption) and names_municipality(caption) else fact


def _units(chunk: Chunk, rank: int, neighbour: bool) -> list[Unit]:
    if chunk.fact:
        return [] if _says_nothing(chunk.fact) else [Unit(_row_display(chunk.fact), chunk.text, chunk, rank, neighbour)]
    if chunk.kind == "table":
        lines = [line for line in chunk.text.split("\n") if line.strip()]
        # A header line ("Nämnd  Budget 2022  Utfall 2022") answers nothing by itself: its rows' facts name it.
        if len(lines) > 1 and not has_figure(lines[0]):
            lines = lines[1:]
        return [Unit(line, line, chunk, rank, neighbour) for line in lines]
    # The names under "Beslutet skickas till" answer nothing by themselves (who a decision goes to is a board
    # intent, cited at the list).
    if chunk.section_path and _section_label(chunk.section_path[-1]) == "skickas":
        return []
    return [Unit(display, quote, chunk, rank, neighbour) for display, quote in _text_units(chunk.text)]


def sentence_texts(chunk: Chunk) -> list[str]:
    """The candidate sentences of a chunk as answering reads them (their vectors are computed at ingest)."""
    return [unit.display for unit in _units(chunk, 0, False)]


@lru_cache(maxsize=20_000)
def _text_units(text: str) -> tuple[tuple[str, str], ...]:
    """(display, quote) of each candidate sentence of a passage's text. Kept per text: the same passages are cut
    and filtered question after question (a tenth of an answer's own time)."""
    out: list[tuple[str, str]] = []
    previous: tuple[int, int] | None = None
    for start, end in _sentence_spans(text):
        sentence = text[start:end]
        # A letterhead line naming the municipality or board, or the place, date and signature under a letter or
        # report, answers nothing by itself.
        # Nor does a diarienummer on a line of its own ("Dnr KS 2024/0233" under a § heading): a question for it is
        # answered from its passage's diarienummer (see _lead).
        if len(sentence) < 12 or _letterhead(sentence) or is_signer(sentence) \
                or is_dateline(sentence) or _REFERENCE.fullmatch(sentence) or not without_diarienummer(sentence) \
                or _field_line(sentence):
            continue
        out.append((sentence, sentence))
        if previous and _CONTINUES.match(sentence):
            pair = text[previous[0] : end]
            out.append((re.sub(r"\s+", " ", pair), pair))
        if (items := _list_end(text, end)) is not None:
            whole = text[start:items]
            out.append((re.sub(r"\s+", " ", whole), whole))
        previous = (start, end)
    return tuple(out)


# A list item's mark: a number or letter with a full stop or parenthesis and a space ("t.ex." opens no item), a dash
# that is no minus sign ("-5 400 tkr" is a figure), a bullet, or the "att" that opens each of a Swedish proposal's or
# decision's clauses.
_ITEM = re.compile(r"\s*(?:(?:\d{1,2}|[a-zåäö])[.)]\s|[-–](?!\s*\d)|[•▪*]|att\s)\s*\S")
_LIST_ITEMS, _LIST_CHARS = 8, 900  # a proposal's clauses, not a whole appendix


def _list_end(text: str, end: int) -> int | None:
    """Where the list ends that the sentence ending at `end` introduces: a line left open ("… föreslår
    kommunfullmäktige besluta", "Förvaltningen föreslår:") with list items on the lines under it. The sentence with
    its items is one candidate: what was proposed is the clauses, not the line that announces them. None when no list
    follows."""
    opening = text[text.rfind("\n", 0, end) + 1 : end]
    # A field ("Föredragande: ekonomichef Petra Wiik") is whole, and an item opens no list of the items after it
    # ("2. Godkännande av dagordningen" / "3. Ekonomisk uppföljning"): the lines under them are no items of theirs.
    if text[end - 1 : end] in ".!?" or ":" in opening[:-1] or _ITEM.match(opening) \
            or not text[end:].lstrip(" \t").startswith("\n"):
        return None
    position, last, count = text.index("\n", end), None, 0
    for line in text[position + 1 :].split("\n"):
        if not _ITEM.match(line) or count == _LIST_ITEMS:
            break
        position += 1 + len(line)
        last, count = position, count + 1
    if last is None or last - end > _LIST_CHARS:
        return None
    return len(text[:last].rstrip())


@lru_cache(maxsize=20_000)
def _section_label(heading: str) -> str | None:
    # Kept here, not on ingest's section_label: the top passages' headings come back question after question, while
    # ingest reads each line once and would only fill a cache there.
    return section_label(heading)


def _joined(units: list[Unit], neighbours: Callable[[Chunk], list[Chunk]]) -> list[Unit]:
    """A passage that begins mid-sentence (small letter first: a PDF page that starts where the last one broke off)
    gets its first sentence whole, from the open end of the passage before it."""
    if not units or units[0].lead or units[0].chunk.fact or units[0].chunk.kind == "table":
        return units
    first, chunk = units[0], units[0].chunk
    text = chunk.text.lstrip()
    if not text[:1].islower() or not text.startswith(first.quote):
        return units
    before = [c for c in neighbours(chunk) if c.position < chunk.position and c.kind == "text"]
    spans = _sentence_spans(before[-1].text) if before else ()
    if not spans:
        return units
    head = before[-1].text[spans[-1][0]:spans[-1][1]]
    if before[-1].text[spans[-1][1]:].strip() or head.rstrip()[-1:] in ".!?:":
        return units
    display = re.sub(r"\s+", " ", f"{head} {first.display}")
    return [replace(first, display=display, lead=(before[-1], head)), *units[1:]]


@lru_cache(maxsize=20_000)
def _sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Where each sentence stands, stripped: a full stop after an abbreviation does not end one. (Kept per text:
    the same passages are split question after question.)"""
    return tuple(_split_sentences(text))


def _split_sentences(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    joined = False
    for match in _SENTENCE.finditer(text):
        raw = match.group(0)
        start = match.start() + len(raw) - len(raw.lstrip())
        end = match.end() - (len(raw) - len(raw.rstrip()))
        if start >= end:
            continue
        if joined and spans and "\n" not in text[spans[-1][1]:start]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
        joined = bool(_ABBREVIATION.search(text[spans[-1][0]:spans[-1][1]]))
    return spans


def _overlaps(a: Unit, b: Unit) -> bool:
    """The same words twice: one unit's quote inside the other's (a sentence and the pair it is part of), a line
    of a whole-table passage and the row fact made from that line, or the open end of a passage and the sentence
    joined from it."""
    return a.chunk.chunk_id == b.chunk.chunk_id and (a.quote in b.quote or b.quote in a.quote) \
        or a.display == b.display or _table_line_of(a, b) or _table_line_of(b, a) \
        or _lead_of(a, b) or _lead_of(b, a)


def _lead_of(joined: Unit, part: Unit) -> bool:
    return joined.lead is not None and joined.lead[0].chunk_id == part.chunk.chunk_id and part.quote in joined.lead[1]


def _table_line_of(line: Unit, fact: Unit) -> bool:
    if line.chunk.kind != "table" or not fact.chunk.fact or line.chunk.document_id != fact.chunk.document_id:
        return False
    cells = [c.strip() for c in line.display.split("\t") if c.strip()]
    return len(cells) > 1 and all(c in fact.display for c in cells)


def _nearest_year(year: int, df: Callable[[str], int]) -> int | None:
    """The closest year (earlier first on a tie) that `df` counts (some document, or some found passage), within
    ten years."""
    for distance in range(1, 11):
        for candidate in (year - distance, year + distance):
            if df(str(candidate)):
                return candidate
    return None


def _asks_field(plan: QueryPlan, unit: Unit) -> bool:
    """Whether the question asks for the field a field grid's row gives ("Handläggare: Sara Lindeborg"): one of its
    concepts names the label, or it asks who or when and the value names a person or a time. Such a row says
    something about the document — who wrote it, when and by whom it was adopted — and answers nothing of its
    subject: asked what the auditors recommend, "Uppdragsgivare: De förtroendevalda revisorerna" covers the
    question's words and says none of it."""
    label, _, value = split_fact(unit.chunk.fact or unit.display)[1].partition(": ")
    named = term_set(label)
    # The boards the question names say whose document it asks about, not which field: asked what the auditors
    # recommend tekniska nämnden, "Granskad nämnd: Tekniska nämnden" is not asked for.
    boards = term_set(" ".join(board_names_in(plan.question)))
    if any(mentions(concept, named) and not mentions(concept, boards) for concept in plan.concepts):
        return True
    asked = _asked_kind(plan)
    return asked is not None and asked(value)


def _about_asked_years(scored: list[Unit], plan: QueryPlan) -> list[Unit]:
    """For a question about certain years, leave out sentences from a report or ärende titled with other years
    only ("Delårsrapport 2019" for a question about 2022) unless the sentence itself names an asked year: they
    answer a different question. All of them when none is left."""
    if not plan.years:
        return scored
    asked = set(plan.years)
    kept = [u for u in scored
            if mentioned_years(u.display) & asked or not (titled := set(title_years(u.chunk))) or titled & asked]
    return kept or scored


# A report of part of a year, and one of the whole year (the follow-up cycle's names, LKBR 2018:597 and SKR: delårs-,
# tertial-, kvartals- and månadsrapporter vs årsredovisning, bokslut, verksamhetsberättelse), by the title of the part
# a passage stands in (the question's words for part of a year: query.asks_part_of_year).
_PART_YEAR = re.compile(r"delårs|tertial|kvartal|halvår|månadsrapport|månadsuppföljning|uppföljning per", re.I)
_WHOLE_YEAR = re.compile(r"årsredovisning|årsbokslut|bokslut|verksamhetsberättelse", re.I)


def _whole_year_first(scored: list[Unit], plan: QueryPlan) -> list[Unit]:
    """Asked about a year as a whole (no month, no part of the year, no forecast), the sentences of a report of part
    of that year give way when a report of the whole year is among the passages: "underskottet 2019" is the annual
    report's -46 246 tkr, not the tertial report's January–April figure."""
    if not plan.years or plan.months or asks_part_of_year(plan.question):
        return scored
    asked = set(plan.years)

    def of_asked(unit: Unit, kind: re.Pattern[str]) -> bool:
        return bool(kind.search(part_title(unit.chunk))) and bool(set(title_years(unit.chunk)) & asked)

    if not any(of_asked(u, _WHOLE_YEAR) for u in scored):
        return scored
    return [u for u in scored if not of_asked(u, _PART_YEAR)] or scored


def _choose(scored: list[Unit], plan: QueryPlan, limit: int) -> list[Unit]:
    """The best sentences, never the same words twice; a why-question gets the reason that follows each fact chosen."""
    chosen: list[Unit] = []
    why = asks_why(plan)

    def add(unit: Unit) -> None:
        # A line of a whole-table passage shows as the row fact made from it, when that is a candidate too: the fact
        # names the columns (the years) that the bare line leaves out.
        if unit.chunk.kind == "table":
            unit = next((f for f in scored if _table_line_of(unit, f)), unit)
        if len(chosen) >= limit or any(_overlaps(unit, c) for c in chosen):
            return
        chosen.append(unit)
        if why and not is_causal(unit.display):
            # The reason often follows the fact it explains: "… minskar. Detta kan härledas till …".
            reason = _following_reason(unit, scored)
            if reason is not None:
                add(reason)

    for unit in scored:
        if len(chosen) >= limit:
            break
        add(unit)
    return chosen


def _with_asked_kind(chosen: list[Unit], scored: list[Unit], plan: QueryPlan) -> list[Unit]:
    """Asked why, who or when, answered with sentences that give no reason, name nobody or no date (they restate
    what happened: "Det är främst särskilt boende som drar över budget."): the best of the first candidates that
    gives the asked kind joins them."""
    asked = _asked_kind(plan)
    if asked is None or not chosen or any(asked(u.display) for u in chosen):
        return chosen
    found = next((u for u in scored[:_ASKED_KIND_DEPTH] if asked(u.display)
                  and not any(_overlaps(u, c) for c in chosen)), None)
    if found is None:
        return chosen
    # It leads when it covers the question's words as well as the first chosen sentence does (the answer itself, on
    # the same subject); one that covers them less speaks of something else and only joins (a month of another event).
    return [found, *chosen] if found.coverage >= chosen[0].coverage else [*chosen, found]


# How far down the candidates a sentence of the asked kind is looked for when the chosen ones give none.
_ASKED_KIND_DEPTH = 10
# Asking how a vote went (Swedish and English): "Hur gick/utföll omröstningen", "Hur röstade nämnden", "Vad blev
# resultatet av voteringen", "How did the vote go". Who voted how is a person's question (_WHO).
_VOTE_TALLY_ASKED = re.compile(r"\b(?:hur|how|vad\s+blev|what\s+was)\b(?:\s+\S+){0,4}?\s+(?:omröstning\w*|votering\w*|"
                               r"röstade|röstningen|vote|voting|voted)\b", re.IGNORECASE)
# The question words asking for a person or a time (Swedish and English).
_WHO = re.compile(r"\b(?:vem|vems|who|whom)\b", re.IGNORECASE)
_WHEN = re.compile(r"\b(?:när|when|vilket datum|vilken dag)\b", re.IGNORECASE)
# A person as documents name one: a first name and a surname, capitalised ("Elin Strömgren", "Ann-Sofi Wennberg"). A
# first name (each part of a double one) has at most ten letters — Swedish first names in use are shorter (SCB's name
# statistics: "Kristoffer", "Alexandra"); a capitalised compound noun before a name is no first name
# ("Medlemsavgift Tjädermo", "Tjänsteskrivelse Internpriser", "Samordningsförbundet Tjädermo").
_PERSON = re.compile(r"\b[A-ZÅÄÖÉ][a-zåäöéü]{1,9}(?:-[A-ZÅÄÖÉ][a-zåäöéü]{1,9})?\s+[A-ZÅÄÖÉ][a-zåäöéü]+"
                     r"(?:-[A-ZÅÄÖÉ][a-zåäöéü]+)?\b")


def _asked_kind(plan: QueryPlan) -> Callable[[str], bool] | None:
    """What a sentence must give to answer the kind of question asked — a reason, a person, a date or month — or None
    for a question of another kind."""
    if asks_why(plan):
        return is_causal
    if _VOTE_TALLY_ASKED.search(plan.question):
        # Asked how a vote went: the counts answer it ("Omröstningen utfaller med 6 ja-röster och 3 nej-röster"), not
        # that there was one ("Beslutet fattades efter omröstning").
        return has_vote_count
    if _WHO.search(plan.question):
        return lambda text: bool(_PERSON.search(text))
    if _WHEN.search(plan.question):
        return lambda text: bool(dates_in(text) or months_named(text))
    return None


def _following_reason(unit: Unit, candidates: list[Unit]) -> Unit | None:
    text = unit.chunk.text
    end = text.find(unit.quote) + len(unit.quote)
    for other in candidates:
        if other.chunk.chunk_id != unit.chunk.chunk_id or not is_causal(other.display):
            continue
        start = text.find(other.quote)
        if end <= start <= end + 200:
            return other
    return None


def _said_instead(asked: set[str], says: Callable[[Unit], set[str]], names: Callable[[Unit], Iterable[str]],
                  chosen: Sequence[Unit], every: bool, judged: int | None = None) -> list[str]:
    """What the chosen sentences name in place of what the question asks (a month, a year, a board) when none of the
    first `judged` of them (all by default) says the asked one as `says` reads a sentence (with its headings, title or
    meeting date), else nothing; `names` reads the first chosen sentence, or every one."""
    if not asked or not chosen or any(asked & says(u) for u in chosen[:judged]):
        return []
    return list(dict.fromkeys(n for u in (chosen if every else chosen[:1]) for n in names(u) if n not in asked))


def _year_row(u: Unit, plan: QueryPlan) -> bool:
    """A table row naming an asked year — in its caption or a column's heading ("Insatsstatistik 2025 — Totalt: Antal
    2025 1 912") — in a table that names no month and no part of a year, in the row, its headings or its part's title:
    the whole year's figure. (Which column the year heads is not read: `_asked_columns_years` reads that, for the
    columns that name what is asked.)"""
    return bool(u.chunk.fact) and bool(set(plan.years) & mentioned_years(u.display)) \
        and not months_named(f"{u.display} {u.chunk.section} {part_title(u.chunk)}") and not asks_part_of_year(u.display)


def _other_months(plan: QueryPlan, chosen: Sequence[Unit]) -> list[str]:
    """The months (in calendar order) the chosen sentences name when none of them, their headings or meeting dates
    says an asked month. (A month is rarer in a sentence than a year: any chosen sentence naming one counts, where a
    year counts only in the first.)"""
    def says(u: Unit) -> set[str]:
        # A month is also said by a date written the ISO way ("t.o.m. 2025-10-31"), as reports date their periods.
        # (Read only as saying the asked month: read as naming another, it cost a measurement probe a right answer.)
        context = f"{u.display} {u.chunk.section}"
        return {*months_named(f"{context} {meeting_month(u.chunk, plan.years)}"),
                *(MONTH_NAMES[m - 1] for m in iso_months_in(context))}

    def names(u: Unit) -> set[str]:
        # A sentence of the whole year ("-46 246 tkr för helår 2019") speaks of another period than a month asked
        # before December (the whole year's figure is the one at its end); a forecast for the whole year is made in
        # some month ("efter april en helårsprognos"), and names no period of its own.
        whole = bool(plan.months) and "december" not in plan.months and not _FORECAST.search(u.display) \
            and (bool(_WHOLE_YEAR_SAID.search(u.display)) or _year_row(u, plan))
        return {*months_named(u.display), *(("helåret",) if whole else ())}

    named = _said_instead(set(plan.months), says, names, chosen, every=True)
    return [m for m in (*MONTH_NAMES, "helåret") if m in named]


# A question that says in so many words that it asks for a whole year ("under hela 2024", "totalt under 2023",
# "for the whole of 2019", "full-year"), and a sentence or heading that speaks of the whole year (the reports'
# "helår", "hela året").
_WHOLE_YEAR_ASKED = re.compile(r"\bhela\s+(?:år(?:et)?\s+)?\d{4}\b|\b(?:totalt|sammanlagt)\s+(?:under|för|i)\s+(?:år\s+)?\d{4}\b|"
                               r"\b(?:whole|full|entire)\s+(?:year\s+)?(?:of\s+)?\d{4}\b|\bfull[- ]year\b", re.IGNORECASE)
_WHOLE_YEAR_SAID = re.compile(r"\bhelår\w*|\bhela\s+(?:året|år\s+\d{4}|\d{4})\b", re.IGNORECASE)
# A forecast ("prognos", "helårsprognosen", "prognostiserar"; English "forecast").
_FORECAST = re.compile(r"prognos|forecast", re.IGNORECASE)
# The reporting periods inside a year (LKBR 2018:597 and SKR: delår, tertial, kvartal, halvår) and "hittills" (so far);
# a month is read by months_named. A forecast is no part: it is made for the whole year.
_PART_SAID = re.compile(r"delår|tertial|kvartal|halvår|hittills|quarter|interim|half[- ]year", re.IGNORECASE)


def _part_of_year_only(plan: QueryPlan, chosen: Sequence[Unit]) -> bool:
    """Asked in so many words for a whole year, while the first chosen sentence speaks of a part of it — a month or a
    span of months, a tertial, a quarter, in the sentence, its headings or its report's title ("Under januari–november
    2025 hade gårdarna 8 640 besök" for "under hela 2024") — and none of the whole year: the part's figure is no
    answer for the year. Judged by the first sentence, as the year is (_other_years): it carries the answer, and a
    later one of the year on another matter ("Antal avvikelser 2023 …") does not make it the whole year's."""
    if len(plan.years) != 1 or plan.months or not _WHOLE_YEAR_ASKED.search(plan.question):
        return False

    def context(u: Unit) -> str:
        return f"{u.display} {u.chunk.section} {part_title(u.chunk)}"

    if not chosen or any(_WHOLE_YEAR_SAID.search(context(u)) or _WHOLE_YEAR.search(part_title(u.chunk)) for u in chosen):
        return False
    said = context(chosen[0])
    return bool(months_named(said) or _PART_SAID.search(said) or _PART_YEAR.search(part_title(chosen[0].chunk)))


def _other_years(plan: QueryPlan, chosen: Sequence[Unit]) -> list[str]:
    """The years the first chosen sentence names when neither it nor its headings or report title say a year the
    question writes out (and it names no month). A year read from "i år" or "förra året" is the newest the index
    mentions, which may be a plan's: not asked in so many words."""
    asked = set() if plan.months else {str(y) for y in set(plan.years) & set(years_in(plan.question))}

    def says(u: Unit) -> set[str]:
        columns = _asked_columns_years(u, plan)
        return {str(y) for y in (columns if columns is not None else mentioned_years(f"{u.display} {u.chunk.section}")
                                 | set(u.chunk.years) | set(title_years(u.chunk)))}

    # Judged by the first sentence alone: it carries the answer, and a later one of the asked year (a table row of
    # another report) does not make it that year's.
    # A first sentence that names no year speaks of its report's ("Under mars månad inkom 297 …" in the March 2024
    # report): that year is named in place of the asked one — unless a later chosen sentence writes the asked year
    # out (a question of two parts, "… och vad var arvodet 2022?", answered part by part).
    written = any(asked & {str(y) for y in mentioned_years(u.display)} for u in chosen)
    return _said_instead(asked, says, lambda u: [str(y) for y in sorted(
        mentioned_years(u.display) or (() if written else title_years(u.chunk)))], chosen, every=False, judged=1)


def _asked_columns_years(unit: Unit, plan: QueryPlan) -> set[int] | None:
    """For a table row, the years of the columns that name what the question asks for — a word of the question that
    stands in a column's heading but not in the row's caption or label ("budgetavvikelse" in "Budget- avvikelse
    2022") — when each such column is dated; else None. Such a row states that measure for those years only, whatever
    years its other columns ("Utfall 2021") or its report's title name."""
    fact = unit.chunk.fact
    end = fact.find("; ") if fact else -1
    colon = fact.rfind(": ", 0, end if end >= 0 else len(fact)) if fact else -1
    if colon < 0:
        return None
    row_terms = term_set(fact[:colon])
    cells = [c.strip() for c in unit.chunk.text.split("\t") if c.strip()]
    headings = [next((part[: -len(c)] for c in cells if part.endswith(c)), part) for part in fact[colon + 2:].split("; ")]
    # A question word that is the document's own title word names the document, not a column: "i planen för 2027"
    # of "Budget 2026 med plan 2027–2028" asks the plan's 2027, not the column "Plan 2028".
    title = term_set(unit.chunk.title)
    concepts = [c for c in plan.concepts if not mentions(c, row_terms) and not c.whole_stems() & title]
    named = [h for h in headings if any(mentions(c, term_set(h)) for c in concepts)]
    if not named or not all(years_in(h) for h in named):
        return None
    return {y for h in named for y in years_in(h)}


def _dated_before(plan: QueryPlan, chosen: Sequence[Unit]) -> list[str]:
    """Asked how much or how many in a year the question writes out, when every chosen sentence stands in a document
    of a meeting held before that year began (a plan for the year, written the year before): such a document cannot
    know the year's outcome, only its own. The years of those meetings; else nothing."""
    asked = set(plan.years) & set(years_in(plan.question))
    if not plan.quantity or not asked or plan.months or asks_forward(plan.question):
        return []
    held = [int(u.chunk.meeting_date[:4]) if u.chunk.meeting_date else None for u in chosen]
    if not held or any(year is None or year >= min(asked) for year in held):
        return []
    return [str(year) for year in sorted(set(held))]


def _other_boards(plan: QueryPlan, chosen: Sequence[Unit], committee: Callable[[str], str | None]) -> list[str]:
    """The boards the first chosen sentence names when the question names a board that no chosen sentence, heading,
    title or document's board names; a sentence that names none speaks of the board its nearest heading that names
    one names ("Valberedningen föreslår … som ny ersättare." under "Val av ersättare i kultur- och fritidsnämnden"),
    else the one its document's title names, else its document's board."""
    def own(u: Unit) -> str:
        return committee(u.chunk.document_id) or ""

    return _said_instead(set(asked_boards(plan.question)),
                         # in any of the forms that name it: "byggnämnden" is said by "bygg- och miljönämnden"
                         lambda u: set(board_forms(f"{u.display} {u.chunk.section} {u.chunk.title} {own(u)}")),
                         lambda u: board_names_in(u.display) or next(
                             (named for heading in reversed(u.chunk.section_path) if (named := board_names_in(heading))),
                             board_names_in(u.chunk.title) or board_names_in(own(u))),
                         chosen, every=False)


def _speaks_of_place(unit: Unit, place: str, issuer: Callable[[str], str | None]) -> bool:
    """A sentence speaks of a municipality when it stands in that municipality's own document, or when it or its
    headings name it (a report comparing itself with another: "Borås har valts ut som jämförelsekommun")."""
    own = issuer(unit.chunk.document_id)
    if own is not None and place_key(own) == place_key(place):
        return True
    said = f"{unit.display} {' '.join(unit.chunk.section_path)} {unit.chunk.title}"
    return re.search(rf"(?<![\wåäöÅÄÖ]){re.escape(place)}s?(?![\wåäöÅÄÖ])", said, re.IGNORECASE) is not None


# How Swedish report prose says that a figure or fact is not known yet (general phrasing: "är ännu inte
# fastställd", "har inte beräknats", "redovisas muntligt vid sammanträdet", "någon fördelning har inte gjorts",
# "ingen prognos lämnades").
_NOT_KNOWN = re.compile(
    r"\b(?:ännu|än\s+så\s+länge)\s+(?:inte|ej)\b|\b(?:inte|ej)\s+ännu\b"
    r"|\b(?:är|har|blir|kan)\s+(?:inte|ej)\s+(?:\w+\s+){0,2}?(?:klar|klart|klarlag[dt]|känd|känt|kända|fastställ(?:d|t|ts)"
    r"|beräkna(?:d|t|ts)|bedöm(?:d|t|ts)|gjord|gjort|gjorts|redovisa(?:d|t|ts)|bestäm(?:d|t|ts)|sammanställ(?:d|t|ts)"
    r"|tagits\s+fram)\b"
    r"|\bredovisas\s+(?:muntligt|senare)\b"
    r"|\b(?:någon|något|några)\s+(?:\w+\s+){1,4}?(?:har|finns|är)\s+(?:ännu\s+)?(?:inte|ej)\b"
    r"|\b(?:ingen|inget|inga)\s+(?:\w+\s+){1,2}?(?:lämnades|lämnats|gjordes|gjorts|redovisades|redovisats|"
    r"sammanställdes|sammanställts|togs\s+fram|tagits\s+fram|finns|fanns)\b",
    re.IGNORECASE)


# A question asking whether opens with its finite verb (Swedish and English word order; "var" opens "where" too).
_ASKS_WHETHER = re.compile(r"\W*(?:har|hade|är|finns|fanns|kommer|ska|skall|blir|blev|kan|får|fick|is|are|was|were|has|"
                           r"have|had|does|do|did|will|can)\b", re.IGNORECASE)


# A question that itself asks about what is not done ("Vilka beslut är inte verkställda?") is answered by it.
_NEGATED = re.compile(r"\b(?:inte|ej|icke|ännu|not|yet)\b", re.IGNORECASE)


def _says_not_known(plan: QueryPlan, chosen: Sequence[Unit]) -> Unit | None:
    """The chosen sentence that says the asked figure or fact is not known yet, when it covers the question at least
    as well as every other chosen sentence: the documents answer that there is no answer. A question asking whether
    ("Är utredningen klar?") or about what is not done is answered by it, and is left alone."""
    if not chosen or _ASKS_WHETHER.match(plan.question) or _NEGATED.search(plan.question):
        return None
    best = max(u.coverage for u in chosen)
    # One that states a figure of the asked kind answers in part ("6 är verkställda och 3 har ännu inte påbörjats").
    return next((u for u in chosen if u.coverage >= best and _NOT_KNOWN.search(u.display)
                 and not (plan.quantity and states_asked_figure(plan, u.display, u.chunk))), None)


def _names_unsaid(plan: QueryPlan, chosen: Sequence[Unit], df: Callable[[str], int],
                  issuer: Callable[[str], str | None]) -> list[str]:
    """The names the question asks about (a school, a company, a facility: capitalised inside the question) that the
    documents use but no chosen sentence, its headings or its report's title says, or — asked how much or how many —
    no passage of a chosen sentence stating such a figure: the figures shown are another's. A municipality's or
    board's name is the question's scope, not its subject (the place and board refusals weigh those); an
    organisation named with a legal form or a club's ending ("Storlida IK") must be said by its whole name."""
    # English capitalises more than names ("the Social Services Act"): there a dictionary word is no name.
    english = is_english(plan.question)
    issued = [issuer(u.chunk.document_id) for u in chosen]
    issuers = {place_key(i) for i in issued if i}
    # A name in a place's position ("i Ekby") may be the municipality of a document whose issuer is not known.
    unknown_issuer = None in issued
    asked = [n for n in plan.proper_nouns if place_key(n) not in issuers and not is_issuer_name(n)
             and not (english and is_english_word(n))
             and any(df(t) for t in terms(n))
             and not (unknown_issuer and re.search(rf"\b(?i:i|in|från|from)\s+{re.escape(n)}\b", plan.question))]

    def says(u: Unit, name: str, passage: bool = False) -> bool:
        # By the name's stem ("Kvarnängens förskola" is said by "förskolan i Kvarnängen"); a party also by its letters
        # after a member's name ("Centerpartiets motion" by "Anders Gölevik (C)"). With `passage`, anywhere in the
        # sentence's passage as well.
        text = f"{u.display} {u.chunk.section} {part_title(u.chunk)} {u.chunk.title}" + (
            f" {u.chunk.text}" if passage else "")
        letters = party_letters(name)
        return bool(set(terms(name)[:1]) & term_set(text)) or bool(letters and f"({letters})" in text)

    # Asked how much or how many of a named thing, the sentences that state such a figure are the ones whose passage
    # must say the name: a count beside a sentence of another passage that only names the thing is another's count.
    figures = [u for u in chosen if states_asked_figure(plan, u.display, u.chunk)] if plan.quantity else []
    # An organisation ("Storlida IK") is said only by its whole name: its first word is often the municipality's.
    spaced = lambda text: " ".join(text.lower().split())  # noqa: E731
    organisations = [o for o in plan.organisations if any(df(t) for t in terms(o))
                     and chosen and not any(spaced(o) in spaced(f"{u.display} {u.chunk.section} {u.chunk.title} "
                                                                        f"{u.chunk.text}") for u in chosen)]
    return [n for n in asked if chosen and not any(says(u, n) for u in chosen)
            or figures and not any(says(u, n, passage=True) for u in figures)] + organisations


def _other_places(plan: QueryPlan, chosen: Sequence[Unit], issuer: Callable[[str], str | None]) -> list[str]:
    """The municipalities whose documents the chosen sentences come from, when the question asks about another place
    by name and none of them speaks of it (another municipality's own figures, not the asked one's); a sentence
    whose document's issuer is unknown may be the place's own, and refuses nothing."""
    if not plan.places or any(issuer(u.chunk.document_id) is None for u in chosen):
        return []
    return _said_instead(set(plan.places), lambda u: {p for p in plan.places if _speaks_of_place(u, p, issuer)},
                         lambda u: [issuer(u.chunk.document_id) or ""], chosen, every=True)


def _sum_unstated(plan: QueryPlan, chosen: Sequence[Unit]) -> bool:
    """Asked what something costs or a sum of money ("vad kostar", "hur mycket pengar"), while no chosen sentence or its
    headings states a sum in a unit of money (a count of places, a length of stay): they speak of the thing, not of
    its cost. (A share or a rate asked is left to the evidence: read the same way, they cost answers.)"""
    return plan.money and bool(chosen) and not any(states_asked_figure(plan, u.display, u.chunk) for u in chosen)


def _time_unstated(plan: QueryPlan, chosen: Sequence[Unit]) -> bool:
    """Asked when ("När ska …", "vilket datum"), while neither of the two sentences the answer leads with says a time
    (a date, a year, a month, a season, a coming meeting, another event: ingest.patterns.names_a_time): they speak of
    the thing, not of when. A heading's year and a later sentence's date of another event ("beslutade den 20 januari 2026 att
    föreslå …") are no answer to when the thing is to happen."""
    return plan.when and bool(chosen) and not any(names_a_time(u.display) for u in chosen[:2])


def _proposed(chunk: Chunk) -> bool:
    return any(_section_label(heading) == "proposal" for heading in chunk.section_path)


# A sentence that proposes, wherever it stands ("Socialnämnden föreslår kommunfullmäktige att bifalla motionen" under
# "Förvaltningens bedömning"): the present, past, supine and passive of 'föreslå' (Swedish administrative language; "har
# föreslagit kommunfullmäktige" is told, still a proposal), and its participle in a proposal's table ("Föreslagna
# avgifter", "Föreslagen egenavgift").
_PROPOSES = re.compile(r"\bföreslå(?:r|s)\b|\bföreslog(?:s)?\b|\bföreslagit(?:s)?\b|\bföreslag(?:en|et|na)\b", re.I)


# A sentence or heading that opens with the noun: "Förslag till markanvisningsavtal med …", "• Förslag: förskolorna slås
# samman …", "Styrelsens förslag till vinstdisposition" — it names a proposal, as a proposal section's heading does.
# "Förslaget antogs" (the definite form) tells what became of one, so only the indefinite noun counts.
_PROPOSAL_OPENS = re.compile(r"^[\W\d]*(?:[\wåäö-]+s\s+)?förslag\b", re.I)


def _proposal(unit: Unit) -> bool:
    return (_proposed(unit.chunk) or bool(_PROPOSES.search(unit.display)) or bool(_PROPOSAL_OPENS.match(unit.display))
            or any(_PROPOSAL_OPENS.match(heading) for heading in unit.chunk.section_path))


# A sentence telling a decision: "beslutade", "beslutar", "beslöt" … and the past forms of the verbs a board decides
# with (query.DECISION_VERBS_PAST: "biföll", "antogs", "godkände").
_DECIDES = re.compile(r"\b(?:beslut(?:ade|ar|at|ades|as)|beslöt)\b|" + DECISION_VERBS_PAST, re.I)


# Asking what a board answered or replied (Swedish and English grammar of asking for a reply's content, in the past:
# "Vad svarade nämnden …", "Vad har nämnden svarat …", "Vilket svar lämnade …", "What did the committee answer …").
_REPLY_ASKED = re.compile(r"\bvad\s+(?:har\s+)?(?:\S+\s+){0,5}?svara(?:de|t)\b|\bvilket\s+svar\s+(?:gav|lämnade|har)\b|"
                          r"\bwhat\s+(?:did|has|have)\b(?:\s+\S+){0,6}?\s+(?:answer|answered|reply|replied|respond|"
                          r"responded)\b", re.IGNORECASE)
# A sentence asking for a board's answer, not giving it: an audit report's "begär ett skriftligt svar senast …",
# "önskar nämndens svar på rekommendationerna senast …".
_REPLY_REQUEST = re.compile(r"\b(?:begär|begärs|önskar|önskas|vill\s+ha|ska\s+lämna|ska\s+inkomma\s+med)\b[^.]{0,80}\bsvar\b|"
                            r"\bsvar\b[^.]{0,60}\bsenast\b", re.IGNORECASE)
# A sentence, heading or title giving one: a yttrande, the board's "svar på/över …", what it "svarar".
_REPLY_GIVEN = re.compile(r"\byttrande\b|\bsvar(?:et)?\s+(?:på|till|över)\b|\bsvara(?:r|de)\b|\bhar\s+svarat\b", re.I)


def _only_reply_requested(plan: QueryPlan, chosen: Sequence[Unit]) -> bool:
    """Asked what was answered, the chosen sentences request the answer and none gives one (in its words, headings
    or document title)."""
    if not chosen or not _REPLY_ASKED.search(plan.question):
        return False
    requests = [u for u in chosen if _REPLY_REQUEST.search(u.display)]
    return bool(requests) and not any(
        _REPLY_GIVEN.search(f"{u.display} {u.chunk.section} {u.chunk.title}") for u in chosen if u not in requests)


def _decision_subject(plan: QueryPlan, weights: Sequence[tuple[Concept, float]]) -> Concept | None:
    """What a question asking for a decision asks it about: its most specific word, the rarest in the documents — not
    a month, a place or a word of deciding ("beslutet", "beslutade", "antogs" ask for the decision, they are not its
    subject). None when it has no other word."""
    scope = {m.lower() for m in plan.months} | {p.lower() for p in (*plan.places, *plan.municipalities)}
    # The board asked about decides; it is not what is decided ("Vad beslutade kommunfullmäktige om borgensramen?").
    boards = {t for board in asked_boards(plan.question) for t in terms(board)}
    topic = [(c, w) for c, w in weights if not c.inherited and c.word.lower() not in scope
             and not (terms(c.word) and set(terms(c.word)) <= boards)
             and not c.word.lower().startswith("beslut") and not asks_decided(c.word)]
    return max(topic, key=lambda cw: cw[1])[0] if topic else None


def _tells_decision_on(unit: Unit, subject: Concept | None) -> bool:
    """Whether a sentence tells a decision (under a decision's heading, or in a deciding verb) on the question's subject
    (see _decision_subject; any decision when there is none): an earlier decision of the same board on another matter,
    "beslutade 2025-11-18 att anta en måltidspolicy", says nothing of it."""
    if not (_decided(unit.chunk) or _DECIDES.search(unit.display)):
        return False
    return subject is None or mentions(subject, term_set(f"{unit.display} {unit.chunk.section}"))


def _decided(chunk: Chunk) -> bool:
    return any(_section_label(heading) == "decision" for heading in chunk.section_path)


# The words that name a case or its number (Swedish registry terms and their English glosses): what such a question
# asks for, never its subject.
_CASE_WORDS = re.compile(r"^(?:diarienumm?ret|diarienummer|beteckning(?:en)?|ärendenummer|dnr|ärende(?:t|n|na)?|"
                         r"case|number|reference)$", re.IGNORECASE)


# Where an agenda item begins: its number ("4. Markanvisning …", "6) …", "§ 14 …").
_AGENDA_ITEM = re.compile(r"^\s*(?:§\s*\d{1,3}|\d{1,3}[.)])\s+(?=\S)")


def _bare_diarienummer(line: str) -> str | None:
    """The diarienummer of a line that gives only that ("Dnr KS.2025.112", "Diarienummer: MN 2025/0217")."""
    found = diarienummer_in(line)
    return found[0] if len(found) == 1 and not without_diarienummer(line) else None


def _case_line(unit: Unit) -> tuple[str, str, str | None, Chunk] | None:
    """The diarienummer a sentence's ärende has in a passage that names no ärende of its own, with the line that
    states it, the item's title (None when there is none) and the passage: an agenda writes each item's title with
    its number on the line under it and the item's text after that, a tjänsteskrivelse lists "Diarienummer: …"
    among the fields of its header. So: the line right after the sentence, else the nearest one above it within its
    item (an item's number above it ends the search)."""
    text = unit.chunk.text
    start = text.find(unit.quote) if not unit.chunk.fact and unit.chunk.kind != "table" else -1
    if start < 0:
        return None
    lines = text.split("\n")
    # The lines the sentence begins and ends on: as many line breaks stand before them.
    first, last = text.count("\n", 0, start), text.count("\n", 0, start + len(unit.quote) - 1)

    def title(i: int) -> str | None:
        above = lines[i].strip() if i >= 0 else ""
        if not above or ":" in above or diarienummer_in(above):
            return None  # a field of a header ("Tjänsteskrivelse: 2025-10-30"), not an item's title
        return _AGENDA_ITEM.sub("", above) or None

    if last + 1 < len(lines) and (dnr := _bare_diarienummer(lines[last + 1])):
        return dnr, lines[last + 1].strip(), title(last), unit.chunk
    for i in range(first - 1, -1, -1):
        if dnr := _bare_diarienummer(lines[i]):
            return dnr, lines[i].strip(), title(i - 1), unit.chunk
        if _AGENDA_ITEM.match(lines[i]):
            return None
    return None


def _case_row(chosen: Sequence[Unit], hits: Sequence[Hit]) -> tuple[str, str, str | None, Chunk] | None:
    """A document's own diarienummer where it stands only in a field of its header ("Diarienummer | 2025/0418-4.3.1"
    in a plan's front-matter grid): that row is no candidate sentence (it says nothing by itself), and a plan or a
    report that is no ärende gives its passages no diarienummer. Asked for the number, the row among the retrieved
    passages of the document the answer's first sentence is from answers."""
    if not chosen:
        return None
    document = chosen[0].chunk.document_id
    for hit in hits:
        chunk = hit.chunk
        if chunk.document_id == document and chunk.fact and (dnr := _bare_diarienummer(split_fact(chunk.fact)[1])):
            return dnr, chunk.text, None, chunk
    return None


def _printed(chunk: Chunk, hits: Sequence[Hit],
             document_chunks: Callable[[str], Sequence[Chunk]]) -> tuple[str, Chunk] | None:
    """The line that prints `chunk`'s diarienummer: in the passage itself, a retrieved passage of its document (shown
    already), else the first passage of its document that does."""
    same = [h.chunk for h in hits if h.chunk.document_id == chunk.document_id]
    return _printing_line(diarienummer_key(chunk.diarienummer or ""), chunk.document_id, (chunk, *same),
                          document_chunks)


def _printing_line(key: str, document_id: str, shown: Sequence[Chunk],
                   document_chunks: Callable[[str], Sequence[Chunk]]) -> tuple[str, Chunk] | None:
    """The first line printing the number keyed `key`: in `shown` (passages of the document retrieved already), else
    in the document's passages in order — read from the catalog only when none of `shown` prints it."""
    for other in itertools.chain(shown, (c for d in (document_id,) for c in document_chunks(d))):
        for line in other.text.split("\n"):
            if prints_diarienummer(line, key):
                return line.strip(), other
    return None


def _case_chunk(plan: QueryPlan, chosen: Sequence[Unit], weights: Sequence[tuple[Concept, float]]) -> Chunk:
    """The passage whose ärende a question for a diarienummer is about: of the chosen sentences' passages that
    belong to an ärende, the one covering most of the question's weighted words. The best sentence may come from
    another ärende's letterhead, which matches "diarienummer" and "ärende" but not the subject asked about."""
    if plan.diarienummer or not plan.asks_case_number or not weights:
        return chosen[0].chunk
    cases = [u.chunk for u in chosen if u.chunk.diarienummer]
    topic = [(c, w) for c, w in weights if not _CASE_WORDS.match(c.word)]
    if not cases or not topic:
        return chosen[0].chunk
    return max(cases, key=lambda c: coverage(term_set(f"{c.section} {c.text}"), topic))


# Asking only what something is or is about, with no topic of its own: the words of a case number (_CASE_WORDS) and
# the imperative verbs that ask for an account (Swedish and English: berätta, beskriv, sammanfatta, förklara; tell,
# describe, summarise, explain).
_ACCOUNT_VERBS = re.compile(r"^(?:berätta|beskriv|sammanfatta|förklara|tell|describe|summari[sz]e|explain)$",
                            re.IGNORECASE)


def _about_number_only(plan: QueryPlan) -> bool:
    """The question names a number and asks nothing of it but what it is."""
    return all(_CASE_WORDS.match(c.word) or _ACCOUNT_VERBS.match(c.word) for c in plan.concepts)


# The sections in which a tjänsteskrivelse, plan or report says what it is about, the one that sums it up first (the
# usual headings of Swedish municipal documents: Sammanfattning, Ärendebeskrivning, Bakgrund, Inledning, Syfte).
_ABOUT_SECTIONS = ("sammanfattning", "ärendebeskrivning", "bakgrund", "inledning", "syfte")


def _self_description(chunks: Sequence[Chunk]) -> list[tuple[str, str, Chunk]]:
    """The first two sentences a document says of itself: under its summary heading, else its first prose passage.
    Of its candidate sentences (`_units`: no letterhead, field or signature line), those of four words or more that end
    as a sentence (no heading) and write no diarienummer."""
    prose = [c for c in chunks if c.kind != "table" and not c.fact]
    ordered = next((about for heading in _ABOUT_SECTIONS
                    if (about := [c for c in prose if any(heading in h.lower() for h in c.section_path)])), prose)
    out: list[tuple[str, str, Chunk]] = []
    for chunk in ordered:
        for unit in _units(chunk, 0, False):
            if len(unit.display.split()) >= 4 and unit.display.rstrip().endswith((".", "!", "?")) \
                    and not diarienummer_in(unit.display):
                out.append((unit.display, unit.quote, chunk))
                if len(out) == 2:
                    return out
        if out:
            return out
    return out


def _lead(plan: QueryPlan, chunk: Chunk, arende_title: Callable[[str], str | None]) -> str:
    """For questions about an ärende, say which ärende the sources belong to: never another than the one a question
    names (a document printing the number may hold passages of other ärenden)."""
    if plan.diarienummer and chunk.diarienummer and diarienummer_key(plan.diarienummer) != diarienummer_key(chunk.diarienummer):
        return ""
    if (plan.diarienummer or plan.asks_case_number) and chunk.diarienummer:
        title = arende_title(chunk.diarienummer) or chunk.section_path[0]
        return f"{chunk.diarienummer} – ärendet «{title}»."
    return ""
