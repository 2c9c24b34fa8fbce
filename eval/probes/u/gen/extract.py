"""Text extraction used by check.py (copied from probe t, originally probe i): pypdf for PDF, python-docx plus the raw
WordprocessingML for DOCX (every w:t of every w:p, also inside the TOC field, table cells and headers/footers),
html.parser for HTML; .txt/.md are read as UTF-8 and, when that fails, as Windows-1252, with
CRLF turned into LF."""
import html
import re
from html.parser import HTMLParser
from pathlib import Path


class _HTMLText(HTMLParser):
    BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "table", "caption", "section", "td", "th",
             "dt", "dd", "header", "footer", "article"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self._skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self._skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self._skip:
            self.parts.append(data)


def extract_text(path: Path) -> str:
    path = Path(path)
    suf = path.suffix.lower()
    if suf == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if suf == ".docx":
        import docx
        from docx.oxml.ns import qn
        d = docx.Document(str(path))
        T, TAB, BR = qn("w:t"), qn("w:tab"), qn("w:br")

        TXBX = qn("w:txbxContent")

        def ptext(p):
            # the paragraphs of a text box (w:txbxContent) anchored in p are yielded separately by iter(w:p) below,
            # so their runs are left out of the anchoring paragraph's own text
            inner = {id(e) for tb in p.iter(TXBX) for e in tb.iter()}
            return "".join((e.text or "") if e.tag == T else "\t" if e.tag == TAB else "\n" if e.tag == BR else ""
                           for e in p.iter() if id(e) not in inner)
        out = []
        for sec in d.sections:
            for part in (sec.header, sec.footer):
                out += [ptext(p) for p in part._element.iter(qn("w:p"))]
        # body paragraphs, including those inside table cells and text boxes (w:txbxContent), in document order
        for p in d.element.body.iter(qn("w:p")):
            out.append(ptext(p))
        # footnotes (word/footnotes.xml), if the document has any
        from docx.opc.constants import RELATIONSHIP_TYPE as RT
        from lxml import etree
        for rel in d.part.rels.values():
            if rel.reltype == RT.FOOTNOTES:
                root = etree.fromstring(rel.target_part.blob)
                for fn in root.iter(qn("w:footnote")):
                    out += [ptext(p) for p in fn.iter(qn("w:p"))]
        return "\n".join(out)
    if suf in (".html", ".htm"):
        parser = _HTMLText()
        parser.feed(path.read_text(encoding="utf-8"))
        return html.unescape("".join(parser.parts))
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("cp1252")
    return text.replace("\r\n", "\n")


def fold(s: str) -> str:
    """Whitespace-folded text: every run of whitespace (incl. NBSP) becomes one space."""
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()
