"""Which documents a question is about when it names a municipality.

An index may hold several municipalities' handlingar. "Hur stort var underskottet i Umeå kommun?" is about Umeå's
documents only; asked of an index that holds none of Umeå's, it has no answer there, however well another
municipality's deficit matches its words. The issuer of each document is read at ingest (ingest/issuer.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from assistant.query import QueryPlan
from index.catalog import DocumentRecord
from index.swedish import terms
from ingest.issuer import place_key


@dataclass(frozen=True)
class Scope:
    """The documents a question may be answered from (empty: any), or why none can answer it."""

    document_ids: tuple[str, ...] = ()
    refusal: str | None = None


def municipal_scope(question: str, asked: Sequence[str], documents: Sequence[DocumentRecord],
                    naming: Callable[[str], set[str]]) -> Scope:
    """The documents issued by the municipalities `asked` names ("Umeå kommun"), or, in an index of several
    municipalities, whose place the question names bare ("i Umeå"). A document whose issuer was not found counts
    when its text names the place (`naming` gives the ids of documents that do). None of them: the documents of
    unknown issuer when there are any, else a refusal that says whose documents the index holds (only for a
    municipality named as one: a bare word may be anything)."""
    if not documents:
        return Scope()
    if not asked:
        own = _named_bare(question, documents)
        return Scope(own) if own else Scope()
    keys = {place_key(name) for name in asked}
    own = [r.document_id for r in documents if r.municipality and place_key(r.municipality) in keys]
    unknown = {r.document_id for r in documents if not r.municipality}
    if unknown:
        own += sorted(unknown & {d for name in asked for d in naming(place_key(name))})
    if own:
        return Scope(tuple(own))
    issuers = sorted({r.municipality for r in documents if r.municipality})
    if not issuers:
        return Scope()
    if unknown:
        # Documents of unknown issuer that never name the place: nothing says whose they are, so no refusal — but
        # only they may answer. Every other document is known to be another municipality's: one unread letterhead
        # in an index of many municipalities would otherwise answer a question about an absent one from any of them.
        return Scope(tuple(sorted(unknown)))
    held = issuers[0] if len(issuers) == 1 else ", ".join(issuers[:-1]) + " och " + issuers[-1]
    return Scope(refusal=f"Handlingarna i indexet kommer från {held}. Det finns inga handlingar från "
                         f"{' eller '.join(asked)} att svara ur.")


def _named_bare(question: str, documents: Sequence[DocumentRecord]) -> tuple[str, ...]:
    """The documents of the issuers whose place the question names as a word, when the index holds several."""
    places = {place_key(r.municipality) for r in documents if r.municipality}
    if len(places) < 2:
        return ()
    lower = question.lower()
    named = {p for p in places if re.search(rf"(?<!\w){re.escape(p)}s?(?!\w)", lower)}
    # A name the question writes capitalised that begins with the place ("Hedvallaskolan", "Tunavikshem",
    # "Skärvsta-förbundet"): a school, company or association named for its municipality.
    named |= {p for p in places if len(p) >= 4 and re.search(
        rf"(?<![\w-]){re.escape(p[0].upper() + p[1:])}s?-?[a-zåäö]{{4,}}", question)}
    return tuple(r.document_id for r in documents if r.municipality and place_key(r.municipality) in named)


def without_place_terms(plan: QueryPlan, document_ids: Sequence[str], documents: Sequence[DocumentRecord]) -> QueryPlan:
    """The plan without the keyword terms of the municipality its documents were scoped to: every passage left is
    that municipality's, so its name only finds the few that repeat it (a letterhead's fields, "Hässleruds kommun –
    Barn- och utbildningsnämnden — Diarienummer: …") ahead of the passage asked for."""
    scoped = set(document_ids)
    places = {place_key(r.municipality) for r in documents if r.document_id in scoped and r.municipality}
    dropped = {t for p in places for word in (p, f"{p}s") for t in terms(word)}
    kept = tuple(t for t in plan.terms if t not in dropped)
    return replace(plan, terms=kept) if kept and len(kept) < len(plan.terms) else plan


def scoped_counts(plan: QueryPlan, document_ids: Sequence[str], df: Callable[[str], int],
                  documents_using: Callable[[str], frozenset[str]]) -> Callable[[str], int]:
    """Term counts for a question scoped to a municipality's documents: a compound of the question none of them uses
    (the dictionary splits it: "simhallen" = sim + hall), nor any synonym of it, counts as no document's — it names
    another municipality's subject, not this one's. A simple word keeps the index-wide count: one municipality's few
    documents lack ordinary words ("kostnad", "ansvar") they could well have used (measured: counting every word
    within the scope refused answerable questions). Years stay index-wide (the partial answer for a nearest year)."""
    scope = frozenset(document_ids)
    elsewhere: set[str] = set()
    for concept in plan.concepts:
        stems = concept.whole_stems()
        if len(terms(concept.word)) > 1 and not any(documents_using(s) & scope for s in stems):
            elsewhere |= stems
    return lambda term: 0 if term in elsewhere else df(term)
