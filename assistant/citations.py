"""Citations are data: built from supplied chunks only, markers checked against them."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.models import ABSTAIN_TEXT, Citation
from ingest.models import Chunk

_MARKER = re.compile(r"\[(\d{1,3})\]")


def citation(n: int, chunk: Chunk, quote: str) -> Citation:
    """A citation of `quote` in `chunk`. The quote is never repaired: one that is not verbatim in its source
    is a bug the evaluation counts (`citations_valid`), not something to hide."""
    return Citation(
        n=n, chunk_id=chunk.chunk_id, document_id=chunk.document_id, source=chunk.source, title=chunk.title,
        page=chunk.page, line_start=chunk.line_start, line_end=chunk.line_end, section=chunk.section,
        diarienummer=chunk.diarienummer, quote=quote,
    )


def validate(text: str, supplied: list[Citation]) -> tuple[str, list[Citation]]:
    """Drop markers that point at no supplied source, renumber the rest 1..n in order of first use,
    and keep only the citations the text uses. No valid marker left means no answer."""
    by_n = {c.n: c for c in supplied}
    order: list[int] = []
    for match in _MARKER.finditer(text):
        n = int(match.group(1))
        if n in by_n and n not in order:
            order.append(n)
    renumber = {old: new for new, old in enumerate(order, start=1)}

    def swap(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return f"[{renumber[n]}]" if n in renumber else ""

    cleaned = re.sub(r"\s+([.,;])", r"\1", _MARKER.sub(swap, text)).strip()
    cleaned = re.sub(r"[ \t]{2,}", " ", cleaned)
    kept = [_renumbered(by_n[old], new) for old, new in renumber.items()]
    if not kept:
        return ABSTAIN_TEXT, []
    return cleaned, kept


def _renumbered(c: Citation, n: int) -> Citation:
    return replace(c, n=n)
