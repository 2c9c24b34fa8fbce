"""Questions that ask which ones ("Vilka investeringsprojekt finns i budgeten?"), answered from a table: its rows.

The extractive answer gives the best three sentences; asked for the members of a set that a table lists, the best
rows are three of them and the rest stay unsaid. When the answer rests on a table row, the other rows of that table
follow it, each with its own citation."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from assistant.citations import citation
from assistant.models import Answer
from ingest.chunker import FACT_SEPARATOR, split_fact
from ingest.models import ROW_KINDS, Chunk

# "Vilka …" asks for the members of a set (Swedish interrogative pronoun, plural), "which …" / "what are the …" too.
_WHICH = re.compile(r"\bvilka\b|\bwhich\b|\bwhat\s+are\s+the\b", re.IGNORECASE)
_MOST_LISTED = 12  # rows: a table longer than this is a register, not an answer


def asks_which(question: str) -> bool:
    return bool(_WHICH.search(question))


def caption_of(row: Chunk) -> str:
    """The caption a row fact was written under ('Tabell 2. Driftredovisning (mnkr)' of '… — Socialnämnden: …')."""
    return split_fact(row.fact or "")[0]


def row_name(row: Chunk) -> str:
    """The row's own name in its fact ('Socialnämnden' of 'Tabell 2. Driftredovisning (mnkr) — Socialnämnden: …')."""
    return (row.fact or "").partition(": ")[0].rpartition(FACT_SEPARATOR)[2].strip()


def with_table_rows(answer: Answer, cited: Sequence[Chunk], rows_of: Callable[[Chunk], Sequence[Chunk]]) -> Answer:
    """The answer with the other rows of the table its first cited row stands in (see the module's docstring)."""
    first = next((c for c in cited if c.kind in ROW_KINDS and c.fact), None)
    if first is None or answer.abstained:
        return answer
    cited_ids = {c.chunk_id for c in answer.citations}
    rows = [r for r in rows_of(first) if r.chunk_id not in cited_ids and r.fact]
    if not rows or len(rows) + 1 > _MOST_LISTED:
        return answer
    start = len(answer.citations) + 1
    extra = tuple(citation(start + i, row, row.text) for i, row in enumerate(rows))
    listed = " ".join(f"{(row.fact or '').rstrip()} [{c.n}]" for row, c in zip(rows, extra, strict=True))
    return replace(answer, text=f"{answer.text} Tabellens övriga rader: {listed}",
                   citations=answer.citations + extra)
