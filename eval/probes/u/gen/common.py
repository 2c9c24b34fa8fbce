"""Shared helpers for the probe-u document generators (copied from probe t, originally probe i).

Output goes to ../docs unless the environment variable PROBE_U_OUT names another folder
(gen/check.py uses that to regenerate into a temporary folder and compare the extracted text
with the committed documents).
"""
import os
from pathlib import Path

GEN_DIR = Path(__file__).resolve().parent


def out_dir() -> Path:
    d = Path(os.environ.get("PROBE_U_OUT") or GEN_DIR.parent / "docs")
    d.mkdir(parents=True, exist_ok=True)
    return d


def sv_int(n: int, plus: bool = False) -> str:
    """Swedish integer: space as thousands separator, hyphen-minus for negatives."""
    s = f"{abs(n):,}".replace(",", " ")
    if n < 0:
        return "-" + s
    if plus and n > 0:
        return "+" + s
    return s


def sv_tenths(t: int, plus: bool = False) -> str:
    """An integer number of tenths -> Swedish decimal with one decimal, e.g. -144 -> '-14,4'."""
    a = abs(t)
    s = f"{sv_int(a // 10)},{a % 10}"
    if t < 0:
        return "-" + s
    if plus and t > 0:
        return "+" + s
    return s


def sv_hundredths(h: int) -> str:
    """An integer number of hundredths -> Swedish decimal with two decimals, e.g. 261 -> '2,61'."""
    a = abs(h)
    return ("-" if h < 0 else "") + f"{sv_int(a // 100)},{a % 100:02d}"


def register_dejavu():
    """Register DejaVu Sans (also covers ⁽¹⁾, – and other glyphs) for reportlab."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    base = "/usr/share/fonts/truetype/dejavu/"
    pdfmetrics.registerFont(TTFont("DejaVu", base + "DejaVuSans.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", base + "DejaVuSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-Italic", base + "DejaVuSans-Oblique.ttf"))
    pdfmetrics.registerFont(TTFont("DejaVu-BoldItalic", base + "DejaVuSans-BoldOblique.ttf"))
    addMapping("DejaVu", 0, 0, "DejaVu")
    addMapping("DejaVu", 1, 0, "DejaVu-Bold")
    addMapping("DejaVu", 0, 1, "DejaVu-Italic")
    addMapping("DejaVu", 1, 1, "DejaVu-BoldItalic")


def register_liberation():
    """Register Liberation Sans (metric-compatible with Arial) for reportlab."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    base = "/usr/share/fonts/truetype/liberation/"
    pdfmetrics.registerFont(TTFont("LibSans", base + "LiberationSans-Regular.ttf"))
    pdfmetrics.registerFont(TTFont("LibSans-Bold", base + "LiberationSans-Bold.ttf"))
    pdfmetrics.registerFont(TTFont("LibSans-Italic", base + "LiberationSans-Italic.ttf"))
    pdfmetrics.registerFont(TTFont("LibSans-BoldItalic", base + "LiberationSans-BoldItalic.ttf"))
    addMapping("LibSans", 0, 0, "LibSans")
    addMapping("LibSans", 1, 0, "LibSans-Bold")
    addMapping("LibSans", 0, 1, "LibSans-Italic")
    addMapping("LibSans", 1, 1, "LibSans-BoldItalic")


def wrap(text: str, width: int) -> list:
    """Hard-wrap a paragraph at `width` characters (no hyphenation)."""
    import textwrap
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)


def justify(text: str, width: int) -> list:
    """Wrap a paragraph and pad every line but the last with extra spaces between words, the way
    `pdftotext -layout` renders a justified paragraph."""
    lines = wrap(text, width)
    out = []
    for i, line in enumerate(lines):
        words = line.split(" ")
        if i == len(lines) - 1 or len(words) == 1:
            out.append(line)
            continue
        gaps, missing = len(words) - 1, width - len(line)
        # pdftotext does not spread every gap evenly: it keeps single spaces and doubles some of them
        extra = [0] * gaps
        for k in range(missing):
            extra[(k * 7) % gaps] += 1
        out.append("".join(w + " " * (1 + extra[j]) if j < gaps else w for j, w in enumerate(words)))
    return out


def tenths(t: int) -> str:
    """Tenths -> Swedish decimal with hyphen-minus, e.g. -53 -> '-5,3'."""
    return sv_tenths(t)


def numbered_canvas(draw_page):
    """A reportlab canvas class that knows the total page count: `draw_page(canvas, page_no, page_count)` is called
    for every page after the story is laid out (two passes), so headers/footers can say "Sida N av M"."""
    from reportlab.pdfgen import canvas as _canvas

    class NumberedCanvas(_canvas.Canvas):
        def __init__(self, *args, **kwargs):
            kwargs.setdefault("invariant", 1)
            super().__init__(*args, **kwargs)
            self._saved = []

        def showPage(self):
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            n = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                draw_page(self, self._pageNumber, n)
                super().showPage()
            super().save()

    return NumberedCanvas


def pdf_invariant():
    """Make reportlab output byte-identical between runs (fixed dates and document id)."""
    from reportlab import rl_config
    rl_config.invariant = 1


def save_docx_deterministic(document, path, stamp=(2025, 11, 12, 9, 0, 0)):
    """Save a python-docx Document with fixed zip timestamps so that reruns give identical bytes."""
    import io
    import zipfile
    buf = io.BytesIO()
    document.save(buf)
    buf.seek(0)
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=stamp)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = info.external_attr
            dst.writestr(zi, src.read(info.filename))
