"""Hybrid retrieval: dense and keyword candidates, filtered, ranked by a fitted model over general signals,
de-duplicated and spread over documents."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

from assistant.calibration import LinearModel
from assistant.features import Candidate, chunk_features
from assistant.models import Hit
from assistant.query import QueryPlan, concept_weights
from index.store import Index, SearchFilter
from ingest.models import Chunk


@dataclass
class Retriever:
    """Finds the chunks that answer a QueryPlan: candidates from both sides, ranked by the fitted model."""

    index: Index
    candidates: int = 60
    rrf_k: int = 60
    mode: str = "hybrid"
    use_rerank: bool = True
    per_document: int = 3
    model: LinearModel | None = None

    def search(self, plan: QueryPlan, k: int, filters: SearchFilter) -> list[Hit]:
        pool, by_year = self.gather(plan, filters)
        scores = self.score(plan, pool)
        order = sorted(pool, key=lambda cid: scores[cid], reverse=True)
        # A comparison needs a source for each year: the best of each year's own candidates goes first.
        leaders: list[str] = []
        for ids in by_year.values():
            best = max(ids, key=lambda cid: scores[cid], default=None)
            if best is not None and best not in leaders:
                leaders.append(best)
        leaders.sort(key=lambda cid: scores[cid], reverse=True)
        order = leaders + [cid for cid in order if cid not in set(leaders)]
        hits: list[Hit] = []
        seen: set[str] = set()
        for cid in order:
            candidate = pool[cid]
            key = _dedupe_key(candidate.chunk)
            if key in seen:
                continue
            seen.add(key)
            hits.append(Hit(candidate.chunk, scores[cid], candidate.dense_rank, candidate.keyword_rank,
                            candidate.dense_sim))
        return _spread(hits, k, self.per_document)

    def gather(self, plan: QueryPlan, filters: SearchFilter) -> tuple[dict[str, Candidate], dict[int, list[str]]]:
        """Every candidate chunk from the dense and keyword sides (and per asked year for comparisons), with
        the rank and similarity each side gave it."""
        where = filters
        if plan.diarienummer and not filters.diarienummer and self.index.catalog.chunks_for_diarienummer(plan.diarienummer, 1):
            # A question that names a diarienummer is about that ärende and nothing else.
            where = replace(filters, diarienummer=plan.diarienummer)
        dense, keyword = self._both(plan, where, self.candidates)
        by_year: dict[int, tuple[list, list]] = {
            year: self._both(plan, replace(where, years=(year,)), 20) for year in (plan.years if len(plan.years) > 1 else ())
        }
        sims = {cid: sim for cid, sim in dense}
        for year_dense, _ in by_year.values():
            sims.update((cid, sim) for cid, sim in year_dense)
        dense_rank = {cid: r for r, (cid, _) in enumerate(dense)}
        keyword_rank = {cid: r for r, (cid, _) in enumerate(keyword)}
        wanted = set(sims) | set(keyword_rank)
        for _, year_keyword in by_year.values():
            wanted.update(cid for cid, _ in year_keyword)
        chunks = self.index.catalog.chunks(list(wanted))
        pool = {cid: Candidate(chunks[cid], dense_rank.get(cid), sims.get(cid, 0.0), keyword_rank.get(cid))
                for cid in wanted if cid in chunks}
        year_ids = {year: [cid for cid, _ in found[0] + found[1] if cid in pool] for year, found in by_year.items()}
        return pool, year_ids

    def score(self, plan: QueryPlan, pool: dict[str, Candidate]) -> dict[str, float]:
        """The fitted model's score per candidate; reciprocal-rank fusion when reranking is off or uncalibrated."""
        if not self.use_rerank or self.model is None:
            return {cid: _rrf(c.dense_rank, self.rrf_k) + _rrf(c.keyword_rank, self.rrf_k) for cid, c in pool.items()}
        weights = concept_weights(plan, self.index.document_frequency)
        return {cid: self.model.score(chunk_features(plan, c, weights)) for cid, c in pool.items()}

    def _both(self, plan: QueryPlan, where: SearchFilter, k: int) -> tuple[list[tuple[str, float]], list[tuple[str, float]]]:
        dense = self.index.dense(plan.dense_text, k, where) if self.mode != "keyword" else []
        keyword = self.index.keyword(plan.terms, k, where) if self.mode != "dense" else []
        return dense, keyword


def _rrf(rank: int | None, k: int) -> float:
    return 1.0 / (k + rank + 1) if rank is not None else 0.0


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
