"""Shared reportlab helpers for the probe-f PDF generators (A4, text only).

Adapted from probe e's helper: fonts can be chosen per document (DejaVu for documents that
need U+2212), and the page decoration is a callback so each document gets its own layout.
"""
import os
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, KeepTogether)
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.join(os.path.dirname(HERE), "docs")

_FONTDIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation"]


def register_ttf(name, filename):
    for d in _FONTDIRS:
        p = os.path.join(d, filename)
        if os.path.exists(p):
            pdfmetrics.registerFont(TTFont(name, p))
            return name
    raise FileNotFoundError(filename)


def styles(font="Helvetica", bold="Helvetica-Bold", size=10, leading=13.5):
    ss = getSampleStyleSheet()
    s = {}
    s["BODY"] = ParagraphStyle("body", parent=ss["Normal"], fontName=font,
                               fontSize=size, leading=leading, spaceAfter=5)
    s["SMALL"] = ParagraphStyle("small", parent=s["BODY"], fontSize=size - 1.5,
                                leading=leading - 2.5)
    s["H1"] = ParagraphStyle("h1", parent=s["BODY"], fontName=bold, fontSize=size + 5,
                             leading=size + 9, spaceBefore=4, spaceAfter=8)
    s["H2"] = ParagraphStyle("h2", parent=s["BODY"], fontName=bold, fontSize=size + 1.5,
                             leading=size + 5, spaceBefore=10, spaceAfter=4)
    s["H3"] = ParagraphStyle("h3", parent=s["BODY"], fontName=bold, fontSize=size,
                             leading=leading, spaceBefore=6, spaceAfter=2)
    s["CELL"] = ParagraphStyle("cell", parent=s["BODY"], fontSize=size - 1,
                               leading=size + 1, spaceAfter=0)
    s["CELLB"] = ParagraphStyle("cellb", parent=s["CELL"], fontName=bold)
    s["font"], s["bold"] = font, bold
    return s


def grid_table(rows, col_widths, st, header_rows=1, num_cols=(), font_size=9,
               wrap_over=38, extra_style=()):
    """Grid table; numeric columns right-aligned; long strings wrapped in Paragraphs."""
    data = [[Paragraph(str(c), st["CELL"]) if isinstance(c, str) and len(c) > wrap_over else c
             for c in r] for r in rows]
    t = Table(data, colWidths=[w * mm for w in col_widths], repeatRows=header_rows)
    ts = [("FONTNAME", (0, 0), (-1, -1), st["font"]),
          ("FONTSIZE", (0, 0), (-1, -1), font_size),
          ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
          ("TOPPADDING", (0, 0), (-1, -1), 2),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if header_rows:
        ts += [("FONTNAME", (0, 0), (-1, header_rows - 1), st["bold"]),
               ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.HexColor("#e6e6e6"))]
    for c in num_cols:
        ts.append(("ALIGN", (c, 0), (c, -1), "RIGHT"))
    ts += list(extra_style)
    t.setStyle(TableStyle(ts))
    return t


def numbered_canvas(decorate):
    """Canvas class that knows the total page count; decorate(canvas, page, total)."""

    class NumberedCanvas(rl_canvas.Canvas):
        def __init__(self, *a, **k):
            super().__init__(*a, **k)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self.saveState()
                decorate(self, self._pageNumber, n)
                self.restoreState()
                super().showPage()
            super().save()

    return NumberedCanvas


def extract(pdf_path, out_path):
    from pypdf import PdfReader
    r = PdfReader(pdf_path)
    parts = []
    for i, p in enumerate(r.pages, 1):
        parts.append("=== page %d ===\n%s" % (i, p.extract_text() or ""))
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(parts) + "\n")
    return len(r.pages)


def fmt(n, minus="-"):
    """Integer with space as thousands separator and the chosen minus sign."""
    s = "{:,}".format(abs(int(n))).replace(",", " ")
    return (minus + s) if n < 0 else s
