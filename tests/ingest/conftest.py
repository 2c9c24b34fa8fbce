"""Fixtures for the ingest tests: the shared sample corpus, parsed once, and small PDFs drawn with reportlab."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from ingest.models import ParsedDocument
from ingest.pipeline import read_document

SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPUS_PDF = SHARED / "corpus-pdf"
CORPUS_TEXT = SHARED / "corpus"
STEMS = ("000_6424b87df5d164a5", "001_dd2203c0605088ab", "002_6f873dac8bcd0776", "003_d650d4c9f54389cc",
         "004_89afa5b7fa4a89ee")

# One line of a drawn page: (style, text); style is "h1" (bold 16 pt), "h2" (bold 12 pt), "body" (10 pt),
# "small" (8 pt table text, cells separated by tabs) or "gap" (an empty line).
Line = tuple[str, str]


@pytest.fixture(scope="session")
def corpus() -> dict[str, ParsedDocument]:
    """All ten shared files read and chunked once, keyed by file name ('001_….pdf', '001_….txt')."""
    paths = [CORPUS_PDF / f"{stem}.pdf" for stem in STEMS] + [CORPUS_TEXT / f"{stem}.txt" for stem in STEMS]
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        pytest.fail(f"The shared sample corpus is incomplete: {missing}")
    return {p.name: read_document(p) for p in paths}


@pytest.fixture
def draw_pdf(tmp_path: Path) -> Callable[..., Path]:
    """Draw a small PDF with reportlab: pages of styled lines, optionally with a running header and footer."""

    def draw(name: str, pages: Sequence[Sequence[Line]], running: bool = True,
             header: str = "KATRINEHOLMS KOMMUN Socialnämnden", footer: str = "Sida {number} ({total})",
             running_size: int = 8, pitch: float = 1.25) -> Path:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfgen import canvas

        path = tmp_path / name
        pdf = canvas.Canvas(str(path), pagesize=A4)
        styles = {"h1": ("Helvetica-Bold", 16), "h2": ("Helvetica-Bold", 12), "body": ("Helvetica", 10),
                  "small": ("Helvetica", 8)}
        for number, lines in enumerate(pages, start=1):
            if running:
                pdf.setFont("Helvetica", running_size)
                pdf.drawString(56, 810, header)
                pdf.drawString(480, 30, footer.format(number=number, total=len(pages)))
            y = 770.0
            for style, text in lines:
                if style == "gap":
                    y -= 12
                    continue
                font, size = styles[style]
                pdf.setFont(font, size)
                for column, cell in enumerate(text.split("\t")):
                    pdf.drawString(56 + 170 * column, y, cell)
                # Table rows stand apart as in the shared PDFs (row pitch near twice the type size).
                y -= size * pitch if style != "small" else 15
            pdf.showPage()
        pdf.save()
        return path

    return draw
