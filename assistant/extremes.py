"""Questions a table answers by comparing its rows: the extreme one ("Vilken enhet hade störst underskott 2022?",
"Vilken insats hade högst andel till arbete?") or the rows of one sign ("Vilka verksamheter gick med underskott?").

The extractive answer gives the rows most like the question; the row asked for is the one whose figure is largest
or smallest, or every row whose deviation has the asked sign, and that is read from the figures, not the words.
Deviations follow Swedish municipal accounts: a negative deviation from budget ("Avvikelse -19 965",
"Budgetavvikelse −3 320") is a deficit (underskott), a positive one a surplus (överskott), whichever way the
table writes costs. The answer leads with the row or rows found, each cited, before what the extractive answer
said."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from assistant.citations import citation
from assistant.listing import caption_of, row_name
from assistant.models import Answer
from index.swedish import terms
from ingest.models import Chunk

# Superlatives of size and amount (Swedish and English grammar): which way each points.
_MOST = re.compile(r"\b(störst\w*|högst\w*|mest|flest|largest|highest|biggest|most)\b", re.IGNORECASE)
_LEAST = re.compile(r"\b(minst\w*|lägst\w*|smallest|lowest|least|fewest)\b", re.IGNORECASE)
# A deficit or a surplus against budget, as questions say it (municipal finance's words, and English).
_DEFICIT = re.compile(r"\b(underskott\w*|negativ\w* (?:budget)?avvikelse\w*|gick back|går back|gått back|"
                      r"över budget|deficits?|overspen\w*)\b", re.IGNORECASE)
_SURPLUS = re.compile(r"\b(överskott\w*|positiv\w* (?:budget)?avvikelse\w*|under budget|surplus\w*|underspen\w*)\b",
                      re.IGNORECASE)
# Asked for members of a set, or for one of them: "Vilka enheter …", "Vilken nämnd …", "Which units …" — not for the
# deficit itself ("Vilket underskott redovisade nämnden?") nor for a time ("Vilket år …?": the columns, not the rows).
_WHICH = re.compile(r"\b(?:vilka|vilken|vilket|which)\s+(\w+)", re.IGNORECASE)
_NOT_A_MEMBER = re.compile(r"^(?:underskott\w*|överskott\w*|\w*avvikelse\w*|deficits?|surplus\w*|belopp\w*|summa\w*|"
                           r"år|året|åren|månad\w*|period\w*|tertial\w*|kvartal\w*|years?|months?|amount)$",
                           re.IGNORECASE)
# A total is no member of the set its rows make up: a row named so at its start, or one whose label ends in it
# ("Socialnämnden totalt", "Kommunen, summa", "Total").
_TOTAL = re.compile(r"^(summa|totalt?|sum|netto)\b|\b(?:totalt?|summa)\W*$", re.IGNORECASE)
# A figure ending a cell, thousands grouped by spaces, with its unit ("-19 965", "6,9 %", "850 kr"); never part of a
# longer number (the year before it in "Avvikelse 2022 3 129"). A negative is written with a minus or, as accounts
# write it, in parentheses ("(7 500)").
_VALUE = re.compile(r"(?<![\d,])(?:([-−–])\s?|(\())?(\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)?)(?(2)\))"
                    r"\s*(?:%|procent|tkr|mnkr|mkr|kr)?$", re.IGNORECASE)
_MOST_LISTED = 12
# The noun a Swedish superlative qualifies, right after it ("högst andel", "flest deltagare", "lägst valdeltagande");
# after "antal" the noun counted names the column ("flest antal besök"). Column labels are Swedish: an English
# superlative's noun would name none.
_SUPERLATIVE_HEAD = re.compile(r"\b(?:störst\w*|högst\w*|mest|flest|minst\w*|lägst\w*|färst)\s+(?:antal\s+)?"
                               r"([a-zåäö][\wåäö-]{2,})", re.IGNORECASE)
# A board's deficit or surplus is its operating result (driftredovisning); an investment budget left unspent is not
# called one, so investment tables answer only a question that names investments.
_INVESTMENT = re.compile(r"investering|investment", re.IGNORECASE)
# The keyword terms of a deviation column's label ("Avvikelse", "Budgetavvikelse"), for finding its table.
DEVIATION_TERMS = tuple(dict.fromkeys(terms("avvikelse budgetavvikelse")))


@dataclass(frozen=True)
class TableAsk:
    """What a question asks of a table's deviation column: the row of the largest (`largest` True) or smallest
    (False) deficit (`sign` -1) or surplus (+1), or (`largest` None) every row with a deficit or a surplus. Or, with
    `column` (the keyword terms of the noun a superlative qualifies: "högst andel", "lägst valdeltagande"), the row
    whose figure in the column of that name is largest or smallest (`sign` 0)."""

    largest: bool | None
    sign: int
    column: tuple[str, ...] = ()


def table_ask(question: str) -> TableAsk | None:
    """What the question asks of a table's rows, or None when it asks none of it."""
    which = _WHICH.search(question)
    if not which or _NOT_A_MEMBER.match(which[1]):
        return None
    deficit, surplus = bool(_DEFICIT.search(question)), bool(_SURPLUS.search(question))
    most, least = bool(_MOST.search(question)), bool(_LEAST.search(question))
    if not deficit and not surplus and most != least:
        # A superlative of a column named by the noun it qualifies ("Vilken insats hade högst andel till arbete?").
        head = _SUPERLATIVE_HEAD.search(question)
        column = tuple(terms(head[1])) if head else ()
        return TableAsk(most, 0, column) if column else None
    # Both: no one sign is asked.
    if deficit == surplus:
        return None
    # "Störst underskott" is the most negative deviation, "minst överskott" the smallest positive one; no superlative,
    # or both ("störst … minst"), asks for every row of the sign.
    return TableAsk(None if most == least else most, -1 if deficit else 1)


@dataclass(frozen=True)
class _Cell:
    label: str  # lower case, the year kept ("budget- avvikelse 2022")
    value: float | None  # the figure that ends the cell, None when none does
    written: str  # that figure as the row writes it ("-19 965")


def _cells(row: Chunk) -> list[_Cell]:
    """Each cell of a row fact ('Budget- avvikelse 2022 -19 965' → 'budget- avvikelse 2022', -19965.0, '-19 965'):
    the value is the figure that ends the cell (with its unit), the label what stands before it."""
    out: list[_Cell] = []
    for cell in (row.fact or "").partition(": ")[2].split("; "):
        text = cell.strip()
        value = _VALUE.search(text)
        if not value:
            out.append(_Cell(text.lower(), None, ""))
            continue
        number = float(re.sub(r"\s", "", value[3]).replace(",", "."))
        out.append(_Cell(text[:value.start()].strip().lower(), -number if value[1] or value[2] else number,
                         text[value.start():].strip()))
    return out


def _named_column(rows: Sequence[Chunk], cells: dict[str, list[_Cell]], years: Sequence[int],
                  named: Sequence[str]) -> str | None:
    """The column whose label holds the asked noun ("Andel, %" for "högst andel"); among several, the one naming an
    asked year. None when no column, or more than one and no year, names it."""
    labels = dict.fromkeys(c.label for row in rows for c in cells[row.chunk_id] if c.value is not None)
    fitting = [label for label in labels if set(terms(label)) & set(named)]
    if years and len(fitting) > 1:
        fitting = [label for label in fitting if any(str(y) in label for y in years)]
    return fitting[0] if len(fitting) == 1 else None


def _column(rows: Sequence[Chunk], cells: dict[str, list[_Cell]], years: Sequence[int]) -> str | None:
    """The deviation column ("Avvikelse", "Budget- avvikelse 2022"); among several, the one naming an asked year.
    None when the table has none, or when a year is asked and neither its columns nor its passage name it."""
    labels = dict.fromkeys(c.label for row in rows for c in cells[row.chunk_id] if c.value is not None)
    fitting = [label for label in labels if "avvikelse" in re.sub(r"[\s-]", "", label)]
    if years:
        dated = [label for label in fitting if any(str(y) in label for y in years)]
        fitting = dated or (fitting if set(years) & {y for row in rows for y in row.years} else [])
    return fitting[0] if len(fitting) == 1 or (fitting and years) else None


def with_table_comparison(answer: Answer, ask: TableAsk, question: str, years: Sequence[int],
                          candidates: Sequence[Chunk], rows_of: Callable[[Chunk], Sequence[Chunk]]) -> Answer:
    """The answer led by the extreme row or the rows of the asked sign, from the table of the first candidate row
    that has the asked column (see the module's docstring); unchanged when no table has it."""
    if answer.abstained:
        return answer
    investments = bool(_INVESTMENT.search(question))
    for first in (c for c in candidates if c.kind == "table_row" and c.fact):
        if not ask.column and bool(_INVESTMENT.search(caption_of(first))) != investments:
            continue
        rows = [r for r in rows_of(first) if r.fact and not _TOTAL.search(row_name(r))]
        cells = {r.chunk_id: _cells(r) for r in rows}
        column = None if len(rows) < 2 else _named_column(rows, cells, years, ask.column) if ask.column \
            else _column(rows, cells, years)
        if column is None:
            continue
        valued = [(r, c) for r in rows for c in cells[r.chunk_id] if c.label == column and c.value is not None]
        if len(valued) < 2:
            continue
        if ask.column:
            # Costs written as negative figures are largest by their size; a column of both signs (costs beside
            # incomes) has no one "highest".
            if any(c.value < 0 for _, c in valued) and any(c.value > 0 for _, c in valued):
                continue
            size = (lambda rc: abs(rc[1].value)) if all(c.value <= 0 for _, c in valued) else (lambda rc: rc[1].value)
            chosen = [(max if ask.largest else min)(valued, key=size)]
            lead = f"{'Högst' if ask.largest else 'Lägst'} {column} ({caption_of(first)}):"
        elif ask.largest is None:
            chosen = [(r, c) for r, c in valued if c.value * ask.sign > 0]
            if not chosen or len(chosen) > _MOST_LISTED:
                continue
            word = "underskott" if ask.sign < 0 else "överskott"
            lead = f"Med {word} ({column}):"
        else:
            valued = [(r, c) for r, c in valued if c.value * ask.sign > 0]
            if not valued:
                continue
            # A deficit's or surplus's size is its magnitude.
            best = (max if ask.largest else min)(valued, key=lambda rc: abs(rc[1].value))
            chosen = [best]
            word = ("Störst " if ask.largest else "Minst ") + ("underskott" if ask.sign < 0 else "överskott")
            lead = f"{word} ({column}, {caption_of(first)}):"
        added = tuple(citation(i + 1, row, row.text) for i, (row, _) in enumerate(chosen))
        said = "; ".join(f"{row_name(row)} {cell.written} [{c.n}]"
                         for (row, cell), c in zip(chosen, added, strict=True))
        shifted = _renumbered(answer, len(added))
        return replace(shifted, text=f"{lead} {said}. {shifted.text}", citations=added + shifted.citations)
    return answer


def _renumbered(answer: Answer, by: int) -> Answer:
    """The answer with every citation number and marker moved up by `by` (room for the rows put first)."""
    text = re.sub(r"\[(\d+)\]", lambda m: f"[{int(m[1]) + by}]", answer.text)
    return replace(answer, text=text, citations=tuple(replace(c, n=c.n + by) for c in answer.citations))
