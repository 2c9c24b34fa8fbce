"""Shared reportlab helpers for the probe-e PDF generators (A4, text-only, header/footer)."""
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import getSampleStyleSheet, ParagraphStyle
from reportlab.platypus import (SimpleDocTemplate, Paragraph, Spacer, Table,
                                TableStyle, PageBreak, KeepTogether)
from reportlab.pdfgen import canvas as rl_canvas

_ss = getSampleStyleSheet()
BODY = ParagraphStyle("body", parent=_ss["Normal"], fontName="Helvetica",
                      fontSize=10, leading=13.5, spaceAfter=5)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=8.5, leading=11)
H1 = ParagraphStyle("h1", parent=BODY, fontName="Helvetica-Bold", fontSize=15,
                    leading=19, spaceBefore=4, spaceAfter=8)
H2 = ParagraphStyle("h2", parent=BODY, fontName="Helvetica-Bold", fontSize=11.5,
                    leading=15, spaceBefore=10, spaceAfter=4)
H3 = ParagraphStyle("h3", parent=BODY, fontName="Helvetica-Bold", fontSize=10,
                    leading=13, spaceBefore=6, spaceAfter=2)
CELL = ParagraphStyle("cell", parent=BODY, fontSize=9, leading=11, spaceAfter=0)


def P(text, style=BODY):
    return Paragraph(text, style)


def table(rows, col_widths, header=True, num_cols=(), font_size=9):
    """Plain grid table; numeric columns right-aligned."""
    data = [[Paragraph(str(c), CELL) if isinstance(c, str) and len(c) > 38 else c
             for c in r] for r in rows]
    t = Table(data, colWidths=[w * mm for w in col_widths], repeatRows=1 if header else 0)
    st = [("FONTNAME", (0, 0), (-1, -1), "Helvetica"),
          ("FONTSIZE", (0, 0), (-1, -1), font_size),
          ("VALIGN", (0, 0), (-1, -1), "TOP"),
          ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
          ("TOPPADDING", (0, 0), (-1, -1), 2),
          ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if header:
        st += [("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6"))]
    for c in num_cols:
        st.append(("ALIGN", (c, 0), (c, -1), "RIGHT"))
    t.setStyle(TableStyle(st))
    return t


def build(path, story, header_left, header_right, footer_left):
    """Build an A4 PDF with a running header and 'Sida X av Y' footer."""

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
                self._decorate(n)
                super().showPage()
            super().save()

        def _decorate(self, total):
            w, h = A4
            self.saveState()
            self.setFont("Helvetica-Bold", 9)
            self.drawString(20 * mm, h - 13 * mm, header_left)
            self.setFont("Helvetica", 9)
            self.drawRightString(w - 20 * mm, h - 13 * mm, header_right)
            self.setLineWidth(0.5)
            self.line(20 * mm, h - 15 * mm, w - 20 * mm, h - 15 * mm)
            self.line(20 * mm, 15 * mm, w - 20 * mm, 15 * mm)
            self.setFont("Helvetica", 8)
            self.drawString(20 * mm, 10 * mm, footer_left)
            self.drawRightString(w - 20 * mm, 10 * mm,
                                 "Sida %d av %d" % (self._pageNumber, total))
            self.restoreState()

    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm,
                            title=header_left + " - " + header_right,
                            author=header_left)
    doc.build(story, canvasmaker=NumberedCanvas)


def extract(pdf_path, out_path):
    from pypdf import PdfReader
    r = PdfReader(pdf_path)
    parts = []
    for i, p in enumerate(r.pages, 1):
        parts.append("=== page %d ===\n%s" % (i, p.extract_text() or ""))
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(parts) + "\n")
    return len(r.pages)
