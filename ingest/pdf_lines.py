"""The text of a PDF page as positioned runs and lines (what pypdf reports), and the cells a line falls into."""

from __future__ import annotations

from dataclasses import dataclass

from ingest.normalize import clean_text


@dataclass
class Run:
    """One piece of text as pypdf reports it: where it starts, its size and whether its font is bold."""

    text: str
    x: float
    y: float
    size: float
    bold: bool


@dataclass
class Line:
    """The runs that share a baseline."""

    runs: list[Run]

    @property
    def y(self) -> float:
        return self.runs[0].y

    @property
    def x(self) -> float:
        return min(run.x for run in self.runs)

    @property
    def size(self) -> float:
        return max(run.size for run in self.runs)

    @property
    def bold(self) -> bool:
        return all(run.bold for run in self.runs if run.text.strip())

    @property
    def text(self) -> str:
        return clean_text(" ".join(run.text for run in sorted(self.runs, key=lambda r: r.x)))


def cells(runs: list[Run]) -> list[list[Run]]:
    """The runs of one line grouped into cells: a gap wider than a word space starts the next cell."""
    found: list[list[Run]] = []
    previous_end: float | None = None
    for run in sorted((r for r in runs if r.text.strip()), key=lambda r: r.x):
        # Widths are not in the text runs; half the type size per character is a fair upper bound for
        # proportional fonts, so a gap beyond it is white space between cells.
        if previous_end is None or run.x - previous_end > run.size * 0.8:
            found.append([])
        found[-1].append(run)
        previous_end = run.x + len(run.text) * run.size * 0.5
    return found


def cell_end(cell: list[Run]) -> float:
    """Where a cell ends, by the same width bound as cells() uses."""
    last = max(cell, key=lambda r: r.x)
    return last.x + len(last.text) * last.size * 0.5


def cell_text(cell: list[Run]) -> str:
    """A cell's text, its runs joined with a space."""
    return " ".join(run.text for run in cell).strip()
