"""Hybrid retrieval: dense + keyword fused by reciprocal rank, filtered, boosted by year, de-duplicated, reranked."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from assistant.models import Hit
from assistant.query import QueryPlan, concept_weights
from index.store import Index, SearchFilter
from index.swedish import terms
from ingest.models import Chunk
from ingest.structure import years_in


@dataclass
class Retriever:
    """Finds the chunks that answer a QueryPlan."""

    index: Index
    candidates: int = 60
    rrf_k: int = 60
    mode: str = "hybrid"
    use_rerank: bool = True
    per_document: int = 3

    def search(self, plan: QueryPlan, k: int, filters: SearchFilter) -> list[Hit]:
        where = filters
        if plan.diarienummer and not filters.diarienummer and self.index.catalog.chunks_for_diarienummer(plan.diarienummer, 1):
            # A question that names a diarienummer is about that ärende and nothing else.
            where = replace(filters, diarienummer=plan.diarienummer)
        dense = self.index.dense(plan.dense_text, self.candidates, where) if self.mode != "keyword" else []
        keyword = self.index.keyword(plan.terms, self.candidates, where) if self.mode != "dense" else []
        dense_rank = {cid: r for r, (cid, _) in enumerate(dense)}
        keyword_rank = {cid: r for r, (cid, _) in enumerate(keyword)}
        fused = self._fuse(dense_rank, keyword_rank)
        year_fused = {year: self._search_year(plan, replace(where, years=(year,)))
                      for year in (plan.years if len(plan.years) > 1 else ())}
        wanted = set(fused).union(*year_fused.values()) if year_fused else set(fused)
        chunks = self.index.catalog.chunks(list(wanted))
        scored = sorted(((self._rerank(fused.get(cid, 0.0), chunks[cid], plan), cid) for cid in wanted if cid in chunks),
                        reverse=True)
        # A comparison needs a source for each year: the best of each year's own ranking goes first.
        leaders = []
        for ranking in year_fused.values():
            best = max(((self._rerank(s, chunks[cid], plan), cid) for cid, s in ranking.items() if cid in chunks),
                       default=None)
            if best and best[1] not in {cid for _, cid in leaders}:
                leaders.append(best)
        leaders.sort(reverse=True)
        first = {cid for _, cid in leaders}
        scored = leaders + [item for item in scored if item[1] not in first]
        hits: list[Hit] = []
        seen: set[str] = set()
        for score, cid in scored:
            key = _dedupe_key(chunks[cid])
            if key in seen:
                continue
            seen.add(key)
            hits.append(Hit(chunks[cid], score, dense_rank.get(cid), keyword_rank.get(cid)))
        return _spread(hits, k, self.per_document)

    def _search_year(self, plan: QueryPlan, where: SearchFilter) -> dict[str, float]:
        """Dense and keyword candidates restricted to one year, fused on their own ranks."""
        found = (self.index.dense(plan.dense_text, 20, where) if self.mode != "keyword" else [],
                 self.index.keyword(plan.terms, 20, where) if self.mode != "dense" else [])
        return self._fuse(*({cid: r for r, (cid, _) in enumerate(f)} for f in found))

    def _fuse(self, *rankings: dict[str, int]) -> dict[str, float]:
        """Reciprocal-rank fusion of several rankings."""
        fused: dict[str, float] = defaultdict(float)
        for ranks in rankings:
            for cid, rank in ranks.items():
                fused[cid] += 1.0 / (self.rrf_k + rank + 1)
        return fused


    def _rerank(self, fused: float, chunk: Chunk, plan: QueryPlan) -> float:
        return rerank(fused, chunk, plan, self.index.document_frequency) if self.use_rerank else fused


@lru_cache(maxsize=100_000)
def chunk_term_set(chunk: Chunk) -> frozenset[str]:
    """A chunk's normalised terms; chunks are immutable, so each is analysed once per process."""
    return frozenset(terms(f"{chunk.context} {chunk.text}"))


def rerank(fused: float, chunk: Chunk, plan: QueryPlan, df: Callable[[str], int]) -> float:
    """Feature-based rerank over the fused score: coverage of the question's concepts (rare ones weigh
    more, a follow-up's inherited ones less), year and month match."""
    score = fused
    chunk_terms = chunk_term_set(chunk)
    weights = concept_weights(plan, df)
    total = sum(w for _, w in weights)
    if total:
        # Half by rarity, half by count: rare words decide between near ties without letting one rare
        # word of the question outweigh all the others.
        by_rarity = sum(w for c, w in weights if c.stems & chunk_terms) / total
        flat = [0.35 if c.inherited else 1.0 for c, _ in weights]
        by_count = sum(f for (c, _), f in zip(weights, flat, strict=True) if c.stems & chunk_terms) / sum(flat)
        score *= 1.0 + 0.3 * by_rarity + 0.3 * by_count
    if plan.years:
        if set(chunk.years) & set(plan.years):
            score *= 1.25
        elif chunk.years:
            score *= 0.85
        if set(years_in(chunk.section_path[0] if chunk.section_path else chunk.title)) & set(plan.years):
            score *= 1.15  # a report about that year, not one mentioning it in passing
    if plan.months and any(m in chunk.text.lower() for m in plan.months):
        score *= 1.2
    if plan.quantity and re.search(r"\d", chunk.fact or chunk.text):
        score *= 1.1
    return score


def _spread(hits: list[Hit], k: int, per_document: int) -> list[Hit]:
    """The first k hits with at most `per_document` from one document, as long as other documents offer
    candidates: one report that matches every word must not hide the other report a question needs."""
    chosen: list[Hit] = []
    deferred: list[Hit] = []
    counts: dict[str, int] = defaultdict(int)
    for hit in hits:
        if counts[hit.chunk.document_id] < per_document:
            counts[hit.chunk.document_id] += 1
            chosen.append(hit)
        else:
            deferred.append(hit)
        if len(chosen) >= k:
            return chosen
    return chosen + deferred[: k - len(chosen)]


def _dedupe_key(chunk: Chunk) -> str:
    """The same passage from the PDF and from its text export counts once."""
    return re.sub(r"\W+", "", (chunk.fact or chunk.text).lower())[:300]
