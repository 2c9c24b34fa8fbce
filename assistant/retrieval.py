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
        fused: dict[str, float] = defaultdict(float)
        dense_rank = {cid: r for r, (cid, _) in enumerate(dense)}
        keyword_rank = {cid: r for r, (cid, _) in enumerate(keyword)}
        for ranks in (dense_rank, keyword_rank):
            for cid, rank in ranks.items():
                fused[cid] += 1.0 / (self.rrf_k + rank + 1)
        chunks = self.index.catalog.chunks(list(fused))
        scored = [(rerank(fused[cid], chunks[cid], plan), cid) for cid in fused if cid in chunks]
        scored.sort(reverse=True)
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


def rerank(fused: float, chunk: Chunk, plan: QueryPlan) -> float:
    """Feature-based rerank over the fused score: query-term coverage, year and month match."""
    score = fused
    chunk_terms = set(terms(f"{chunk.context} {chunk.text}"))
    if plan.content_terms:
        covered = sum(1 for t in plan.content_terms if t in chunk_terms) / len(plan.content_terms)
        score *= 1.0 + 0.6 * covered
    if plan.years:
        if set(chunk.years) & set(plan.years):
            score *= 1.25
        elif chunk.years:
            score *= 0.85
    if plan.months and any(m in chunk.text.lower() for m in plan.months):
        score *= 1.2
    if plan.quantity and re.search(r"\d", chunk.fact or chunk.text):
        score *= 1.1
    return score


def _dedupe_key(chunk: Chunk) -> str:
    """The same passage from the PDF and from its text export counts once."""
    return re.sub(r"\W+", "", (chunk.fact or chunk.text).lower())[:300]
