"""Questions that ask by how much something changed ("Hur mycket höjdes taxan från 2024 till 2025?", "By how much
did the costs increase?"), answered by a passage that states the two figures but not their difference.

The extractive answer quotes the row or sentence with both figures ("Taxa 2024 1 200; Taxa 2025 1 260"); the change
asked for is their difference, arithmetic on what is cited rather than a new claim. It leads the answer as one line
citing the same source, with the two figures it is computed from and, for amounts and counts, the change in per cent: "Från
1 200 till 1 260 är en ökning med 60 (5,0 procent). [1]". A passage that already states the change (a figure equal to
the difference) needs none; two figures that cannot be told apart as before and after (no two asked years to place
them, no "från … till", "jämfört med" or before/after columns) get none.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from assistant.models import Answer
from ingest.chunker import split_fact
from ingest.models import Chunk
from ingest.patterns import YEAR, Amount, figures_in, years_in

# Asked by how much (Swedish and English grammar of change): "hur mycket" or "by how much" with a verb or adjective
# of change — öka, minska, höja, sänka, stiga, sjunka, förändra, ändra, "mer/mindre/högre/lägre/dyrare/billigare",
# "skillnad(en)" — or "how much more/less/higher/lower", "increase", "decrease", "rise", "fall", "difference".
_HOW_MUCH = re.compile(r"\b(?:hur\s+mycket|hur\s+stor|by\s+how\s+much|how\s+much|how\s+big)\b|"
                       # of a count: "hur många fler/färre", "med hur många", "hur många procent", "how many more"
                       r"\b(?:med\s+hur\s+många|hur\s+många\s+(?:fler|färre|procent\w*)|how\s+many\s+(?:more|fewer|"
                       r"less|percent))\b", re.IGNORECASE)
_CHANGE = re.compile(r"\b(?:ök(?:a|ar|ade|at|as|ades|ning\w*)|utök\w*|minsk\w*|höj(?:s|a|er|de|des|t|ts|ning\w*)|"
                     r"sänk\w*|stig\w*|steg|sjunk\w*|sjönk|förändr\w*|ändr\w*|skillnad\w*|differens\w*|"
                     r"mer|mindre|fler|färre|högre|lägre|dyrare|billigare|increas\w*|decreas\w*|ris(?:e|es|en)|rose|"
                     r"fall|fell|chang\w*|differen\w*|more|less|fewer|higher|lower)\b", re.IGNORECASE)
# A sentence placing its two figures: "från A till B" (A before), "B …, jämfört med A" (B now, A before), and their
# English forms.
_FROM_TO = re.compile(r"\b(?:från|from)\b(?P<a>[^.;]*?)\b(?:till|to)\b(?P<b>[^.;]*)", re.IGNORECASE)
_COMPARED = re.compile(r"(?P<b>.*?)\b(?:jämfört\s+med|jämfört\s+mot|compared\s+(?:with|to))\b(?P<a>.*)",
                       re.IGNORECASE)
# The column labels of a before/after table (Swedish municipal taxes and fees: "Nuvarande avgift", "Föreslagen avgift",
# "Nu", "Ny"; budgets: "Tidigare", "Ny ram"; English "current", "proposed", "new").
_BEFORE = re.compile(r"^(?:nuvarande|nu|tidigare|gällande|befintlig\w*|före|current|previous|old)\b", re.IGNORECASE)
_AFTER = re.compile(r"^(?:föresla\w*|föreslag\w*|ny|nya|nytt|efter|proposed|new)\b", re.IGNORECASE)
_UNIT_IN_CAPTION = re.compile(r"\((tkr|mnkr|mkr|kr|kronor|%)\)", re.IGNORECASE)


def asks_change(question: str) -> bool:
    """Whether a question asks by how much something changed."""
    return bool(_HOW_MUCH.search(question) and _CHANGE.search(question))


def _pair_in_sentence(text: str) -> tuple[Amount, Amount] | None:
    """(before, after) in a sentence: the first figure after "från" and the first after "till", or the last figure
    before "jämfört med" and the first after it."""
    for pattern in (_FROM_TO, _COMPARED):
        m = pattern.search(text)
        if m:
            a, b = figures_in(m["a"]), figures_in(m["b"])
            if a and b:
                return a[0], b[-1] if pattern is _COMPARED else b[0]
    return None


def _cells(fact: str) -> list[tuple[str, Amount]]:
    """(label, figure) of each cell of a row fact ("Budget 2025 402 800" → ("budget 2025", 402800))."""
    out = []
    for cell in fact.partition(": ")[2].split("; "):
        figures = figures_in(cell)
        if len(figures) == 1:
            label = cell[: cell.rfind(figures[0].text.split()[0])].strip() if figures[0].text else cell
            out.append((label.lower(), figures[0]))
    return out


def _pair_in_row(fact: str, years: Sequence[int]) -> tuple[Amount, Amount] | None:
    """(before, after) in a table row: the cells of the two asked years under one label ("Budget 2025", "Budget
    2026") — or, one year asked ("jämfört med 2024"), the label that gives it and one other year only — or a
    before/after pair of columns ("Nuvarande avgift", "Föreslagen avgift")."""
    cells = _cells(fact)
    if years:
        by_label: dict[str, dict[int, Amount]] = {}
        for label, figure in cells:
            for year in years_in(label):
                by_label.setdefault(YEAR.sub("", label).strip(), {})[year] = figure
        dated = [f for f in by_label.values() if set(years) <= set(f) and len(f) == 2] if len(years) == 1 else \
            [{y: f[y] for y in years} for f in by_label.values() if set(years) <= set(f)]
        if len(dated) == 1:
            first, last = sorted(dated[0])
            return dated[0][first], dated[0][last]
        if len(dated) > 1:
            return None
    before = [f for label, f in cells if _BEFORE.match(label)]
    after = [f for label, f in cells if _AFTER.match(label)]
    return (before[0], after[0]) if len(before) == 1 and len(after) == 1 else None


def _number(value: float, decimals: int) -> str:
    """A figure written the Swedish way: thousands set apart by a space, a decimal comma."""
    return f"{abs(value):,.{decimals}f}".replace(",", " ").replace(".", ",")


def _line(before: Amount, after: Amount, unit: str) -> str | None:
    difference = after.value - before.value
    if difference == 0:
        return None
    decimals = max(before.decimals, after.decimals)
    shares = unit == "%"
    amount = _number(difference, decimals) + (" procentenheter" if shares else f" {unit}" if unit else "")
    # A deficit growing from −8 830 to −10 000 is no "minskning" to a reader: signed figures are a change only.
    signed = before.value < 0 or after.value < 0
    if signed:
        amount = ("+" if difference > 0 else "−") + amount
    word = "en förändring" if signed else "en ökning" if difference > 0 else "en minskning"
    line = f"Från {before.text} till {after.text} är {word} med {amount}"
    if not shares and not signed:
        line += f" ({_number(abs(difference) / before.value * 100, 1)} procent)"
    return line + "."


def _already_stated(text: str, before: Amount, after: Amount) -> bool:
    difference = abs(after.value - before.value)
    return any(abs(abs(f.value) - difference) < 1e-9 for f in figures_in(text))


def with_change(answer: Answer, years: Sequence[int], cited: Sequence[Chunk]) -> Answer:
    """The answer with the change between the two figures its first or second citation states (see the module's
    docstring); unchanged when neither states two figures placed as before and after."""
    if answer.abstained or len(years) > 2:
        return answer
    by_id = {c.chunk_id: c for c in cited}
    for cite in answer.citations[:2]:
        chunk = by_id.get(cite.chunk_id)
        if chunk is None:
            continue
        if chunk.fact:
            text = chunk.fact
            pair = _pair_in_row(text, years)
            caption = _UNIT_IN_CAPTION.search(split_fact(text)[0])
        else:
            text = cite.quote
            pair = _pair_in_sentence(text)
            caption = None
        if pair is None:
            continue
        before, after = pair
        if before.unit != after.unit or _already_stated(text, before, after):
            return answer
        unit = before.unit or (caption[1].lower() if caption else "")
        line = _line(before, after, unit)
        if line is None:
            return answer
        # The change is what was asked: it leads, the quoted figures it is computed from follow.
        return replace(answer, text=f"{line} [{cite.n}] {answer.text}")
    return answer
