"""Evaluation on a gold set: retrieval recall/MRR, answer content, citation validity, abstention, latency."""

from __future__ import annotations

import hashlib
import json
import re
import statistics
import time
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from assistant.models import Answer, Hit
from index.swedish import compound_parts, folded


@dataclass(frozen=True)
class GoldItem:
    """One gold question (the format of shared/eval/dev.jsonl)."""

    id: str
    question: str
    category: str
    answer: str
    must_contain: tuple[str, ...]
    quotes: tuple[str, ...]


@dataclass
class ItemResult:
    item: GoldItem
    first_rank: int | None
    found_at: list[int | None]
    answer: Answer
    contains_all: bool
    citations_valid: int
    citations_total: int
    search_ms: float
    chat_ms: float


@dataclass
class Report:
    """Aggregated figures, per category and overall."""

    results: list[ItemResult] = field(default_factory=list)

    def rows(self) -> dict[str, dict[str, float | None]]:
        groups: dict[str, list[ItemResult]] = defaultdict(list)
        for r in self.results:
            groups[r.item.category].append(r)
        out = {name: summarise(items) for name, items in sorted(groups.items())}
        out["overall"] = summarise(self.results)
        return out


def load_gold(path: Path) -> list[GoldItem]:
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        d = json.loads(line)
        # A probe's questions (eval/probes/*/questions.jsonl) say only whether they are answerable.
        category = d.get("category") or ("unanswerable" if d.get("answerable") is False else "okänd")
        items.append(GoldItem(d["id"], d["question"], category, d.get("answer", ""),
                              tuple(d.get("must_contain", [])), tuple(s["quote"] for s in d.get("sources", []))))
    return items


def page_reader(pages: Callable[[str], list[tuple[int, str]]]) -> Callable[[str, int | None], str]:
    """A page lookup for `evaluate` over a catalog's `pages(document_id)`, reading each document once; a text
    export is a single page."""
    cache: dict[str, dict[int, str]] = {}

    def page_text(document_id: str, page: int | None) -> str:
        if document_id not in cache:
            cache[document_id] = dict(pages(document_id))
        return cache[document_id].get(page or 1, "")

    return page_text


def split_of(item_id: str) -> str:
    """The fixed half a gold item belongs to, by the number in its id: even ids *tune* (the rules and weights
    may be fitted on them), odd ids *check* (only ever looked at as totals). Ids without a number: tune."""
    digits = re.findall(r"\d+", item_id)
    return "check" if digits and int(digits[-1]) % 2 else "tune"


def split(items: Sequence[GoldItem], half: str) -> list[GoldItem]:
    """The items of one half ('tune' or 'check'); 'all' keeps every item."""
    return list(items) if half == "all" else [item for item in items if split_of(item.id) == half]


def normalise(text: str) -> str:
    """Whitespace folded, NFKC, lower case: the form in which quotes and texts are compared."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", text)).strip().lower()


def _digits_joined(text: str) -> str:
    return re.sub(r"(?<=\d) (?=\d{3}\b)", "", text)


def contains(haystack: str, needle: str) -> bool:
    h, n = normalise(haystack), normalise(needle)
    return n in h or _digits_joined(n) in _digits_joined(h)


def evaluate(
    items: Sequence[GoldItem],
    search: Callable[[str], list[Hit]],
    ask: Callable[[str], Answer],
    page_text: Callable[[str, int | None], str],
) -> Report:
    """Run every gold question through search and chat and score what comes back."""
    report = Report()
    for item in items:
        started = time.perf_counter()
        hits = search(item.question)
        search_ms = (time.perf_counter() - started) * 1000
        started = time.perf_counter()
        answer = ask(item.question)
        chat_ms = (time.perf_counter() - started) * 1000
        found_at = [_rank_of(quote, hits) for quote in item.quotes]
        ranks = [r for r in found_at if r is not None]
        valid = sum(1 for c in answer.citations if contains(page_text(c.document_id, c.page), c.quote))
        report.results.append(ItemResult(
            item, min(ranks) if ranks else None, found_at, answer,
            all(contains(answer.text, m) for m in item.must_contain) and not answer.abstained,
            valid, len(answer.citations), search_ms, chat_ms,
        ))
    return report


def _rank_of(quote: str, hits: list[Hit]) -> int | None:
    for rank, hit in enumerate(hits, start=1):
        if contains(hit.chunk.text, quote) or (hit.chunk.fact and contains(hit.chunk.fact, quote)):
            return rank
    return None


def _percentile(values: list[float], q: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summarise(results: list[ItemResult]) -> dict[str, float | None]:
    answerable = [r for r in results if r.item.category != "unanswerable"]
    unanswerable = [r for r in results if r.item.category == "unanswerable"]

    def recall(k: int) -> float | None:
        if not answerable:
            return None
        return statistics.mean(
            sum(1 for f in r.found_at if f is not None and f <= k) / max(1, len(r.found_at)) for r in answerable
        )

    cited = sum(r.citations_total for r in results)
    return {
        "n": len(results),
        "recall@1": recall(1),
        "recall@5": recall(5),
        "recall@10": recall(10),
        "mrr@10": statistics.mean(1 / r.first_rank if r.first_rank and r.first_rank <= 10 else 0 for r in answerable)
        if answerable else None,
        "answer_contains": statistics.mean(r.contains_all for r in answerable) if answerable else None,
        "citations_valid": sum(r.citations_valid for r in results) / cited if cited else None,
        "abstained_unanswerable": statistics.mean(r.answer.abstained for r in unanswerable) if unanswerable else None,
        "false_abstention": statistics.mean(r.answer.abstained for r in answerable) if answerable else None,
        "search_p50_ms": _percentile([r.search_ms for r in results], 0.5),
        "search_p95_ms": _percentile([r.search_ms for r in results], 0.95),
        "chat_p50_ms": _percentile([r.chat_ms for r in results], 0.5),
        "chat_p95_ms": _percentile([r.chat_ms for r in results], 0.95),
    }


# --- questions as people type them ------------------------------------------------------------------------------

PERTURBATIONS = ("typo", "fold", "split")


def perturbed(items: Sequence[GoldItem], kind: str) -> list[GoldItem]:
    """The gold questions as typed with one kind of error, the same every run (chosen by a hash of the id):
    'typo' — the longest lower-case word of seven letters or more loses, doubles or swaps a letter; 'fold' — å, ä
    and ö written a and o (a keyboard without them); 'split' — the longest compound of nine letters or more written
    apart (särskrivning). Questions the kind cannot change are left out; ids get the kind's first letter."""
    if kind not in PERTURBATIONS:
        raise ValueError(f"unknown perturbation {kind!r}; one of {', '.join(PERTURBATIONS)}")
    out = []
    for item in items:
        question = {"typo": _typo, "fold": _folded, "split": _split}[kind](item)
        if question and question != item.question:
            out.append(GoldItem(item.id + kind[0], question, item.category, item.answer, item.must_contain,
                                item.quotes))
    return out


def _typo(item: GoldItem) -> str | None:
    words = re.findall(r"(?<![\w-])[a-zåäö]{7,}(?![\w-])", item.question)
    if not words:
        return None
    word = max(words, key=len)
    h = int(hashlib.md5(item.id.encode()).hexdigest(), 16)  # noqa: S324 - a stable choice, not security
    i = 2 + h % (len(word) - 4)
    kind = h // 7 % 3
    typed = (word[:i] + word[i + 1:] if kind == 0 else word[:i] + word[i] + word[i:] if kind == 1
             else word[:i] + word[i + 1] + word[i] + word[i + 2:])
    if typed == word:
        typed = word[:i] + word[i + 1:]
    return item.question.replace(word, typed, 1)


def _folded(item: GoldItem) -> str:
    return folded(item.question)


def _split(item: GoldItem) -> str | None:
    words = [w for w in re.findall(r"(?<![\w-])[a-zåäö]{9,}(?![\w-])", item.question) if len(compound_parts(w)) == 2]
    if not words:
        return None
    word = max(words, key=len)
    cut = len(word) - len(compound_parts(word)[1])
    return item.question.replace(word, word[:cut] + " " + word[cut:], 1)
