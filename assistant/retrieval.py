"""Hybrid retrieval: dense and keyword rankings (also within each asked year) fused by reciprocal rank,
filtered and de-duplicated."""

from __future__ import annotations

import codecs
import re
from collections import defaultdict
from dataclasses import dataclass, replace

from assistant.features import Candidate
from assistant.models import Hit
from assistant.query import QueryPlan, dense_text_before_planning
from index.store import Index, SearchFilter
from index.swedish import terms
from ingest.models import Chunk
from ingest.patterns import diarienummer_key, prints_diarienummer


@dataclass
class Retriever:
    """Finds the chunks that answer a QueryPlan: dense and keyword rankings, and the same two restricted to
    each asked year, fused by reciprocal rank."""

    index: Index
    candidates: int = 60
    rrf_k: int = 60
    mode: str = "hybrid"
    use_years: bool = True

    def search(self, plan: QueryPlan, k: int, filters: SearchFilter) -> list[Hit]:
        pool, rankings = self.gather(plan, filters)
        year_lists = rankings[2:]
        scores: dict[str, float] = defaultdict(float)
        for ranking in rankings:
            for rank, cid in enumerate(ranking):
                scores[cid] += 1.0 / (self.rrf_k + rank + 1)
        # Ties are common in rank fusion (a chunk on one side only, at the same rank): break them by the dense
        # rank, then the keyword rank, then the id, so the same index always gives the same order.
        order = sorted(pool, key=lambda cid: (-scores[cid], _rank(pool[cid].dense_rank), _rank(pool[cid].keyword_rank), cid))
        if len(plan.years) > 1:
            # A comparison needs a source for each year: the best of each year's own rankings goes first.
            leaders = list(dict.fromkeys(r[0] for r in year_lists if r))
            leaders.sort(key=lambda cid: scores[cid], reverse=True)
            order = leaders + [cid for cid in order if cid not in set(leaders)]
        hits: list[Hit] = []
        seen: set[str] = set()
        for cid in order:
            if len(hits) == k:
                break
            candidate = pool[cid]
            key = _dedupe_key(candidate.chunk)
            if key in seen:
                continue
            seen.add(key)
            hits.append(Hit(candidate.chunk, scores[cid], candidate.dense_rank, candidate.keyword_rank,
                            candidate.dense_sim))
        return hits

    def gather(self, plan: QueryPlan, filters: SearchFilter) -> tuple[dict[str, Candidate], list[list[str]]]:
        """Every candidate chunk with the rank and similarity each side gave it, and the rankings to fuse:
        dense, keyword, then dense and keyword within each asked year (a question about 2022 should find
        2022's passages even when another year's say the same words more often)."""
        self.prefetch(plan)
        where = filters
        if plan.diarienummer and not filters.diarienummer and self.index.catalog.chunks_for_diarienummer(plan.diarienummer, 1):
            # A question that names a diarienummer is about that ärende and nothing else.
            where = replace(filters, diarienummer=plan.diarienummer)
        elif plan.diarienummer and not filters.diarienummer and not filters.document_ids \
                and (printing := self._printing(plan.diarienummer, filters)):
            # A number no passage belongs to (a plan or a report filed under it prints it under its title, and is no
            # ärende): the question is about the documents that print it.
            where = replace(filters, document_ids=printing)
        # (text, terms, filter, k) of each ranking pair: the whole question, then each asked year's.
        searches = [(plan.dense_text, plan.terms, where, self.candidates)]
        if self.use_years and len(plan.years) > 1 and not filters.years:
            searches.extend((plan.dense_text, plan.terms, replace(where, years=(year,)), 20) for year in plan.years)
        if plan.follow_up:
            # A follow-up changes one thing of its predecessor ("Och för ekonomiskt bistånd?"): its own rankings
            # join the fusion, or the predecessor's subject would outweigh the new one.
            searches.append((plan.follow_up, tuple(dict.fromkeys(terms(plan.follow_up))), where, self.candidates))
        # Every keyword ranking before the first dense one: they need no vector, so all of them run while the
        # question is being embedded (a comparison of three years did three of its four after, ~4 ms each).
        keywords = [self._keyword(words, filtered, k) for _, words, filtered, k in searches]
        denses = [self._dense(text, filtered, k) for text, _, filtered, k in searches]
        lists = [ranking for pair in zip(denses, keywords, strict=True) for ranking in pair]
        dense, keyword = lists[0], lists[1]
        sims = {cid: sim for found in lists[::2] for cid, sim in found}
        dense_rank = {cid: r for r, (cid, _) in enumerate(dense)}
        keyword_rank = {cid: r for r, (cid, _) in enumerate(keyword)}
        wanted = {cid for found in lists for cid, _ in found}
        chunks = self.index.chunks(list(wanted))
        pool = {cid: Candidate(chunks[cid], dense_rank.get(cid), sims.get(cid, 0.0), keyword_rank.get(cid))
                for cid in wanted if cid in chunks}
        return pool, [[cid for cid, _ in found if cid in pool] for found in lists]

    def prefetch(self, plan: QueryPlan) -> None:
        """Have the question's vectors computed while the keyword side works (see Index.prefetch_query_vector)."""
        if self.mode != "keyword":
            for text in filter(None, (plan.dense_text, plan.follow_up)):
                self.index.prefetch_query_vector(text)

    def prefetch_question(self, question: str, context: str = "") -> None:
        """Have a question embedded before it is planned, when its dense text is known already (see
        query.dense_text_before_planning); a plan that reads it otherwise (a corrected typing error) embeds anew."""
        text = dense_text_before_planning(question, context)
        if text and self.mode != "keyword":
            self.index.prefetch_query_vector(text)

    def _printing(self, diarienummer: str, where: SearchFilter) -> tuple[str, ...]:
        """The documents with a passage that prints `diarienummer` in any form, found by its digits' keywords."""
        key = diarienummer_key(diarienummer)
        found = self.index.keyword(tuple(dict.fromkeys(terms(diarienummer))), 20, where)
        chunks = self.index.chunks([cid for cid, _ in found])
        return tuple(dict.fromkeys(chunk.document_id for cid, _ in found if (chunk := chunks.get(cid))
                                   and prints_diarienummer(chunk.fact or chunk.text, key)))

    def _keyword(self, words: tuple[str, ...], where: SearchFilter, k: int) -> list[tuple[str, float]]:
        return self.index.keyword(words, k, where) if self.mode != "dense" else []

    def _dense(self, text: str, where: SearchFilter, k: int) -> list[tuple[str, float]]:
        return self.index.dense(text, k, where) if self.mode != "keyword" else []


def _rank(rank: int | None) -> int:
    return rank if rank is not None else 1_000_000


def _dedupe_key(chunk: Chunk) -> str:
    """The same passage from the PDF and from its text export counts once."""
    return word_characters((chunk.fact or chunk.text).lower())[:300]


_NON_WORD = re.compile(r"\W+")
# The Latin-1 characters that are not word characters, by the same regular expression.
_NON_WORD_LATIN1 = bytes(i for i in range(256) if _NON_WORD.fullmatch(chr(i)))


def _drop_non_word(error: UnicodeError) -> tuple[str, int]:
    """Encoding to Latin-1, a run of other characters that are all non-word characters ('—', '•', '”') is left out;
    a word character among them (a 'ł' in a name) stops the encoding."""
    assert isinstance(error, UnicodeEncodeError)
    if _NON_WORD.fullmatch(error.object[error.start : error.end]):
        return "", error.end
    raise error


codecs.register_error("namnd-drop-non-word", _drop_non_word)


def word_characters(text: str) -> str:
    """`text` without its non-word characters, as `re.sub(r"\\W+", "", text)` gives it. The regular expression looks
    every character up in the Unicode tables, ~25 µs a passage and ten passages an answer; Swedish text is Latin-1
    but for a few dashes, bullets and quotes, and deleting bytes is four times faster. Other text takes the
    regular expression."""
    try:
        latin1 = text.encode("latin-1", "namnd-drop-non-word")
    except UnicodeEncodeError:
        return _NON_WORD.sub("", text)
    return latin1.translate(None, _NON_WORD_LATIN1).decode("latin-1")
