"""Figures over time: for a question about how something developed, the yearly outcomes of one table row,
gathered across the reports that hold it, each value with its own citation.

Table rows are indexed as self-describing facts ("Table title — Row name: Utfall 2018 599; Utfall 2019 588;
Budget 2019 …"), so a series is one column of the row the question's best passages name — the full-year outcome
("Utfall YYYY value") unless the question names another column — merged over every report that has the same
row. Part-year cells ("Utfall jan-jun 2018") have no year right after their label and are left out.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from assistant.citations import citation
from assistant.features import months_named, title_years
from assistant.models import Answer, Hit, Point, Series
from index.swedish import terms
from ingest.chunker import FACT_SEPARATOR
from ingest.models import Chunk
from ingest.patterns import years_in

# Words that ask how something developed over time (Swedish and English, from everyday usage).
_DEVELOPMENT = re.compile(r"\b(utveckl\w*|förändr\w*|över tid|över åren|(de|under) senaste åren|trend\w*|"
                          r"år för år|developed|development|changed|over time|over the years|trend)\b", re.I)
_CELL = re.compile(r"^([A-Za-zÅÄÖåäö][\w\s-]*?) ((?:19|20)\d{2}) (-?\d[\d\s]*(?:,\d+)?)\s*(\S*)$")
_FULL_YEAR_OUTCOME = "utfall"
_UNIT_IN_TITLE = re.compile(r"\(([^()]{1,12})\)\s*$")


def asks_development(question: str) -> bool:
    return bool(_DEVELOPMENT.search(question))


def series_from(hits: Sequence[Hit], same_row: Callable[[str], Sequence[Chunk]], question: str = "") -> Series | None:
    """The series of the first row fact among `hits` with full-year figures, completed from every row fact with
    the same row name (among the hits and what `same_row(name)` finds in the index); None when no row gives two
    years. The column is the one the question names ('budgetavvikelse'), else the outcome ('Utfall')."""
    asked = set(terms(question))
    hit_facts = [h.chunk for h in hits if h.chunk.fact]
    first = next(((title, name, column) for title, name, columns in map(_row, (c.fact or "" for c in hit_facts))
                  if (column := _column(columns, asked))), None)
    if first is None:
        return None
    title, name, column = first
    facts = {c.chunk_id: c for c in [*hit_facts, *same_row(name)] if c.fact}
    rows = [(chunk, t, n, cols.get(column, {})) for chunk, (t, n, cols) in
            ((c, _row(c.fact or "")) for c in facts.values())]
    by_year: dict[int, tuple[Chunk, str, str]] = {}
    # Later reports restate earlier years, sometimes revised: the newest report's figure wins.
    for chunk, _, other, outcomes in sorted(rows, key=lambda r: max(r[0].years, default=0)):
        if _same_row(other, name):
            for year, (value, text) in outcomes.items():
                by_year[year] = (chunk, value, text)
    if len(by_year) < 2:
        return None
    points = tuple(
        Point(year, _number(value), text, citation(n, chunk, chunk.text))
        for n, (year, (chunk, value, text)) in enumerate(sorted(by_year.items()), start=1)
    )
    unit_match = _UNIT_IN_TITLE.search(title)
    return Series(name, unit_match[1] if unit_match else "", points)


def _row(fact: str) -> tuple[str, str, dict[str, dict[int, tuple[str, str]]]]:
    """(table title, row name, {column: {year: (value as written, the cell)}}) of a row fact; the column is the
    cell's label before its year, lower-cased ('utfall', 'budgetavvikelse'); part-year labels never match."""
    head, _, cells = fact.partition(": ")
    title, _, name = head.rpartition(FACT_SEPARATOR)
    columns: dict[str, dict[int, tuple[str, str]]] = {}
    for cell in cells.split("; "):
        match = _CELL.match(cell.strip())
        if match:
            columns.setdefault(match[1].strip().lower(), {})[int(match[2])] = (match[3].strip(), cell.strip())
    return title, name.strip(), columns


def _column(columns: dict[str, dict[int, tuple[str, str]]], asked: set[str]) -> str | None:
    """The column whose label shares most terms with the question, else the full-year outcome; None if neither."""
    overlap = {c: len(set(terms(c)) & asked) for c in columns}
    best = max(overlap, key=lambda c: overlap[c], default=None)
    if best is not None and overlap[best]:
        return best
    return _FULL_YEAR_OUTCOME if _FULL_YEAR_OUTCOME in columns else None


def _same_row(a: str, b: str) -> bool:
    """The same row in two reports, whitespace and case aside ('vård dygn' and 'vårddygn')."""
    return _fold(a) == _fold(b)


def _fold(text: str) -> str:
    return re.sub(r"\W+", "", text.lower())


# At most this many rows are added to one comparison: each cited row's counterpart for each year it lacks.
_MOST_COMPARED = 3
_DIGIT = re.compile(r"\d")


def with_compared_years(answer: Answer, years: Sequence[int], cited: Sequence[Chunk],
                        same_row: Callable[[str], Sequence[Chunk]]) -> Answer:
    """A question comparing years, answered with table rows that speak of some of them only: each such row's
    counterpart in the report of each year it lacks (the same row name and label cells, another document), appended
    with its own citation. Reports restate a row year after year, so the asked other year is most often the same
    row one report away; the passage search ranks the newer report's rows first and finds only that one."""
    if len(years) < 2 or answer.abstained:
        return answer
    cited_ids = {c.chunk_id for c in answer.citations}
    added: list[tuple[int, Chunk]] = []
    rows = [c for c in cited if c.fact]
    # The years each row (by name and label cells, whatever its table) already has among the cited ones.
    covered: dict[tuple[str, str], set[int]] = {}
    for row in rows:
        covered.setdefault(_row_key(row.fact or "")[1:], set()).update(_row_years(row))
    for row in rows:
        key = _row_key(row.fact or "")
        name = _row(row.fact or "")[1]
        for year in (y for y in years if y not in covered[key[1:]]):
            found = _counterpart(row, year, same_row(name), cited_ids,
                                 lambda c, key=key, year=year: _row_key(c.fact or "")[1:] == key[1:]
                                 and year in _row_years(c) and bool(_DIGIT.search((c.fact or "").partition(": ")[2])))
            if found and len(added) < _MOST_COMPARED:
                added.append((year, found))
                cited_ids.add(found.chunk_id)
                covered[key[1:]].add(year)
    if not added:
        return answer
    first = len(answer.citations) + 1
    extra = tuple(citation(first + i, chunk, chunk.text) for i, (_, chunk) in enumerate(added))
    text = " ".join([answer.text] + [f"{year}: {(chunk.fact or '').rstrip()} [{c.n}]"
                                     for (year, chunk), c in zip(added, extra, strict=True)])
    return replace(answer, text=text, citations=answer.citations + extra)


# A column label of part of a year ("Utfall tertial 1 2019", "Utfall perioden …"; months are read by months_named).
_PART_OF_YEAR = re.compile(r"tertial|delår|kvartal|halvår|perioden", re.I)
# A table column of what was forecast, budgeted, planned or aimed at for a year, not its outcome (the column heads of
# municipal follow-up tables, LKBR 2018:597 and SKR: prognos, budget, plan, mål/målvärde).
_FORECAST_COLUMN = re.compile(r"^(?:prognos\w*|budget\w*|plan\w*|mål\w*|beräkna\w*|forecast|target)\b", re.I)


def with_outcome_of_year(answer: Answer, year: int, cited: Sequence[Chunk],
                         same_row: Callable[[str], Sequence[Chunk]], past: bool = True) -> Answer:
    """Asked how much or how many in a year (not what was forecast or budgeted), answered first by a table row that
    gives that year only in forecast, budget or plan columns ("Utfall 2018 1238; Prognos 2019 1300"), and by no row
    with its outcome: the same row's outcome from another report (the annual report restates the row), cited and put
    first; without one, asked in the past tense ("Hur många … kom in 2023?"), a refusal that says only a forecast or
    budget was found, with the answer shown (asked in the present, "Hur mycket får nämnden 2027?", a plan answers)."""
    speaking = [c for c in cited if year in years_in(c.fact or c.text)]
    if speaking and not cited[0].fact and past and _only_forecast(answer, year):
        # A sentence that forecasts the year ("… prognostiserar ett underskott på 2 200 tkr för 2025"), and none of
        # the answer's that tells its outcome: asked what it was, there is no outcome to tell.
        return replace(answer, text=f"Det finns inget utfall för {year} i handlingarna, bara prognos, budget eller plan: "
                                    f"{answer.text}", abstained=True, partial=True)
    if not speaking or not speaking[0].fact or year not in _forecast_years(speaking[0]):
        return answer
    if any(year in _outcome_years(c) for c in speaking if c.fact):
        return answer
    row = speaking[0]
    key = _row_key(row.fact or "")
    cited_ids = {c.chunk_id for c in answer.citations}
    outcome = _counterpart(row, year, same_row(_row(row.fact or "")[1]), cited_ids,
                           lambda c: _near(_row_key(c.fact or "")[1:], key[1:]) and year in _outcome_years(c))
    if outcome is None:
        if not past:
            return answer
        return replace(answer, text=f"Det finns inget utfall för {year} i handlingarna, bara prognos, budget eller plan: "
                                    f"{answer.text}", abstained=True, partial=True)
    shifted = tuple(replace(c, n=c.n + 1) for c in answer.citations)
    text = re.sub(r"\[(\d+)\]", lambda m: f"[{int(m[1]) + 1}]", answer.text)
    return replace(answer, text=f"{year}: {(outcome.fact or '').rstrip()} [1] {text}",
                   citations=(citation(1, outcome, outcome.text), *shifted))


# A sentence that forecasts, budgets or plans (the verbs and nouns of a prognosis in Swedish reports), and one that
# tells what happened (an outcome, the year's accounts, a past tense of the report's verbs).
_FORECAST_SENTENCE = re.compile(r"\b(?:prognos\w*|prognostiser\w*|beräknas|bedöms|väntas|förväntas|räknar med|"
                                r"budgeter\w*|planer\w*)", re.I)
_OUTCOME_SENTENCE = re.compile(r"\b(?:utfall\w*|bokslut\w*|blev|uppgick|redovisade|visade|hade)\b", re.I)


def _only_forecast(answer: Answer, year: int) -> bool:
    """Whether the answer's first quote forecasts `year` and none of its quotes tells that year's outcome."""
    quotes = [c.quote for c in answer.citations]
    if not quotes or year not in years_in(quotes[0]) or not _FORECAST_SENTENCE.search(quotes[0]):
        return False
    return not any(_OUTCOME_SENTENCE.search(q) and (year in years_in(q) or not years_in(q)) for q in quotes)


def _counterpart(row: Chunk, year: int, candidates: Sequence[Chunk], cited: set[str],
                 same: Callable[[Chunk], bool]) -> Chunk | None:
    """The row of another document, not cited yet, that `same` takes for `row` restated: under the same table title
    first, then in the report of that very year (a later one restates it)."""
    title = _row_key(row.fact or "")[0]
    found = [c for c in candidates if c.fact and c.document_id != row.document_id and c.chunk_id not in cited and same(c)]
    found.sort(key=lambda c: (_row_key(c.fact or "")[0] != title, year not in title_years(c), c.chunk_id))
    return found[0] if found else None


def _cells(chunk: Chunk) -> list[str]:
    return [c.strip() for c in (chunk.fact or "").partition(": ")[2].split("; ") if c.strip()]


def _forecast_years(chunk: Chunk) -> set[int]:
    return {y for cell in _cells(chunk) if _FORECAST_COLUMN.match(cell) for y in years_in(cell)}


def _outcome_years(chunk: Chunk) -> set[int]:
    """The years a row gives other than forecast, budget or plan figures for: its dated cells', or, when no cell is
    dated, its report's (an annual report's row with one "Utfall" column)."""
    cells = _cells(chunk)
    if not any(years_in(cell) for cell in cells):
        return set(chunk.years) if any(_DIGIT.search(cell) for cell in cells) else set()
    # A part of a year's cell ("Utfall jan-april 2019") has no year right after its label: no outcome of the year.
    return {int(m[2]) for cell in cells if (m := _CELL.match(cell)) and not _FORECAST_COLUMN.match(cell)
            and not months_named(m[1]) and not _PART_OF_YEAR.search(m[1])}


def _near(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """The same row name and labels, or one letter apart in a long name (a report's "vårdrygn" for "vårddygn")."""
    if a == b:
        return True
    return a[1] == b[1] and len(a[0]) >= 15 and _one_edit(a[0], b[0])


def _one_edit(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    return a[i + 1:] == b[i + 1:] or a[i + 1:] == b[i:] or a[i:] == b[i + 1:]


def _row_key(fact: str) -> tuple[str, str, str]:
    """(table title, row name, the row's leading cells without a figure — "Indikatorer Utbetalt … (mnkr)"), each
    folded as `_same_row` does, of a row fact."""
    head, _, cells = fact.partition(": ")
    title, _, name = head.rpartition(FACT_SEPARATOR)
    labels = []
    for cell in cells.split("; "):
        if _DIGIT.search(cell):
            break
        labels.append(cell)
    return _fold(title), _fold(name), _fold(" ".join(labels))


def _row_years(chunk: Chunk) -> set[int]:
    """The years a row gives figures for: its cells' years ("Utfall 2019 …") when they name any, else the years of
    its passage (a report's row with one "Utfall" column is that report's year)."""
    named = {int(m[2]) for cell in _cells(chunk) if (m := _CELL.match(cell))}
    return named or set(chunk.years)


def _number(text: str) -> float:
    return float(re.sub(r"\s", "", text).replace(",", "."))


def with_series(answer: Answer, series: Series) -> Answer:
    """The answer with the series appended as one sentence, each value followed by its own citation."""
    first = len(answer.citations) + 1
    points = tuple(replace(p, citation=replace(p.citation, n=first + i)) for i, p in enumerate(series.points))
    unit = f" ({series.unit})" if series.unit else ""
    values = "; ".join(f"{p.year}: {p.text.split(' ', 2)[2]} [{p.citation.n}]" for p in points)
    text = f"{answer.text} Per år för {series.label}{unit}: {values}."
    return replace(answer, text=text, citations=answer.citations + tuple(p.citation for p in points),
                   series=replace(series, points=points))
