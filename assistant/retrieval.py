"""Hybrid retrieval: dense + keyword fused by reciprocal rank, filtered, boosted by year, de-duplicated, reranked."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from assistant.models import Hit
from assistant.query import QueryPlan
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

    def search(self, plan: QueryPlan, k: int, filters: SearchFilter) -> list[Hit]:
        where = filters
        if plan.diarienummer and not filters.diarienummer and self.index.catalog.chunks_for_diarienummer(plan.diarienummer, 1):
            # A question that names a diarienummer is about that ärende and nothing else.
            where = replace(filters, diarienummer=plan.diarienummer)
        dense = self.index.dense(plan.dense_text, self.candidates, where)
        keyword = self.index.keyword(plan.terms, self.candidates, where)
        dense_rank = {cid: r for r, (cid, _) in enumerate(dense)}
        keyword_rank = {cid: r for r, (cid, _) in enumerate(keyword)}
        fused = self._fuse(dense_rank, keyword_rank)
        for year in plan.years if len(plan.years) > 1 else ():
            # Each year of a comparison gets its own candidates, so one year cannot crowd out the other.
            per_year = replace(where, years=(year,))
            ranks = [{cid: r for r, (cid, _) in enumerate(found)} for found in
                     (self.index.dense(plan.dense_text, 20, per_year), self.index.keyword(plan.terms, 20, per_year))]
            for cid, score in self._fuse(*ranks).items():
                fused[cid] = max(fused.get(cid, 0.0), score)
        chunks = self.index.catalog.chunks(list(fused))
        scored = [(rerank(fused[cid], chunks[cid], plan), cid) for cid in fused if cid in chunks]
        scored.sort(reverse=True)
        scored = _each_year_first(scored, chunks, plan.years)
        hits: list[Hit] = []
        seen: set[str] = set()
        for score, cid in scored:
            key = _dedupe_key(chunks[cid])
            if key in seen:
                continue
            seen.add(key)
            hits.append(Hit(chunks[cid], score, dense_rank.get(cid), keyword_rank.get(cid)))
            if len(hits) >= k:
                break
        return hits


    def _fuse(self, *rankings: dict[str, int]) -> dict[str, float]:
        """Reciprocal-rank fusion of several rankings."""
        fused: dict[str, float] = defaultdict(float)
        for ranks in rankings:
            for cid, rank in ranks.items():
                fused[cid] += 1.0 / (self.rrf_k + rank + 1)
        return fused


def rerank(fused: float, chunk: Chunk, plan: QueryPlan) -> float:
    """Feature-based rerank over the fused score: query-term coverage, year and month match."""
    score = fused
    chunk_terms = set(terms(f"{chunk.context} {chunk.text}"))
    if plan.concepts:
        covered = sum(1 for c in plan.concepts if c.stems & chunk_terms) / len(plan.concepts)
        score *= 1.0 + 0.6 * covered
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


def _each_year_first(scored: list[tuple[float, str]], chunks: dict[str, Chunk],
                     years: tuple[int, ...]) -> list[tuple[float, str]]:
    """A comparison across years needs a source for each year: the best hit per year goes first."""
    if len(years) < 2:
        return scored
    leaders: list[tuple[float, str]] = []
    for year in years:
        best = next(((s, cid) for s, cid in scored if year in chunks[cid].years and (s, cid) not in leaders), None)
        if best:
            leaders.append(best)
    leaders.sort(reverse=True)
    return leaders + [item for item in scored if item not in leaders]


def _dedupe_key(chunk: Chunk) -> str:
    """The same passage from the PDF and from its text export counts once."""
    return re.sub(r"\W+", "", (chunk.fact or chunk.text).lower())[:300]
