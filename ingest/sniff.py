"""What a file really is, read from its bytes: a name or a declared content type is a claim, the content is the
fact. A file whose content is positively something else than its name says is refused with the reason; content
we cannot place (random bytes) goes on to the reader its name picks, which then reports it as damaged."""

from __future__ import annotations

import io
import re
import zipfile
from typing import Literal

from ingest.errors import UnreadableDocument

Family = Literal["pdf", "docx", "html", "text"]

# The family each supported suffix claims. Plain text and Markdown are one family: nothing in the bytes tells
# them apart, and reading either as the other loses no text.
CLAIMED: dict[str, Family] = {".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html", ".txt": "text",
                              ".text": "text", ".md": "text", ".markdown": "text"}
# What a family is called in a message.
_NAMES: dict[Family, str] = {"pdf": "en PDF", "docx": "ett Word-dokument (DOCX)", "html": "en HTML-sida",
                             "text": "en textfil"}
# The PDF standard lets the header start anywhere in the first 1 024 bytes (ISO 32000-1, 7.5.2).
_PDF_HEADER_WINDOW = 1024
_HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s)", re.IGNORECASE)
# Control characters other than tab, newline, form feed and carriage return never occur in text files.
_CONTROL = [bytes([c]) for c in (*range(0, 9), 11, *range(14, 32))]
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def sniff(raw: bytes) -> Family | None:
    """The family the bytes belong to, or None when they are none we know (damaged or another binary format)."""
    if b"%PDF-" in raw[:_PDF_HEADER_WINDOW]:
        return "pdf"
    if raw.startswith(b"PK\x03\x04"):
        return "docx" if _is_docx(raw) else None
    head = raw[:4096]
    for bom in _BOMS:
        if head.startswith(bom):
            head = head[len(bom):]
            break
    if raw.startswith(_BOMS[1:]):
        head = raw[2:4098].decode("utf-16-le" if raw.startswith(b"\xff\xfe") else "utf-16-be", "ignore").encode()
    elif sum(head.count(c) for c in _CONTROL) > len(head) // 100:
        return None  # control bytes that no text holds: a binary format (an image, an executable) or damage
    return "html" if _HTML_START.match(head) else "text"


def check_content(name: str, raw: bytes) -> None:
    """Raise UnreadableDocument when the content is positively another kind of file than the name says.

    Accepted: a PDF named .pdf, a DOCX named .docx, HTML named .html/.htm, text named .txt/.md, and also HTML named
    .txt/.md (the markup is then read as text: harmless, since the page shows document text as text, never as
    HTML) and text named .html (an export without tags reads the same either way)."""
    claimed = CLAIMED.get("." + name.rsplit(".", 1)[-1].lower()) if "." in name else None
    actual = sniff(raw)
    if claimed is None or actual is None or actual == claimed:
        return
    if {claimed, actual} <= {"html", "text"}:
        return
    raise UnreadableDocument(f"{name}: filnamnet säger {_NAMES[claimed]}, men innehållet är {_NAMES[actual]}. "
                             "Filen lästes inte in; byt filändelse om innehållet är det rätta.")


def _is_docx(raw: bytes) -> bool:
    """A zip with the parts every Word document has (ECMA-376 part 2: the content types and the main part)."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            names = set(archive.namelist())
    except (zipfile.BadZipFile, ValueError, OSError):
        return False
    return "[Content_Types].xml" in names and "word/document.xml" in names
