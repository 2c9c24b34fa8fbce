"""File types read from content: a name is a claim, the bytes decide."""

from __future__ import annotations

import io

import pytest

from ingest.errors import UnreadableDocument
from ingest.sniff import check_content, sniff


def docx_bytes() -> bytes:
    from docx import Document

    buffer = io.BytesIO()
    Document().save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(("raw", "family"), [
    (b"%PDF-1.7\n%\xe2\xe3\n", "pdf"),
    (b"\xef\xbb\xbf<!DOCTYPE html><html><body>x</body></html>", "html"),
    ("  <html lang='sv'><p>Nämnden</p></html>".encode(), "html"),
    ("# Rubrik\n\nText om nämnden.".encode(), "text"),
    ("Rubrik\nText".encode("utf-16"), "text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None),
    (b"PK\x03\x04" + b"\x00" * 64, None),  # a zip, but not a Word document
])
def test_sniff_reads_the_family_from_the_bytes(raw: bytes, family: str | None) -> None:
    assert sniff(raw) == family


def test_a_docx_is_recognised_by_its_parts() -> None:
    assert sniff(docx_bytes()) == "docx"


@pytest.mark.parametrize(("name", "raw", "says"), [
    ("kallelse.pdf", b"<!doctype html><html><body>Kallelse</body></html>", "HTML"),
    ("protokoll.docx", b"%PDF-1.4\n", "en PDF"),
    ("anteckningar.txt", b"%PDF-1.4\n", "en PDF"),
    ("rapport.pdf", b"Bara text", "en textfil"),
])
def test_content_that_is_another_type_than_its_name_is_refused(name: str, raw: bytes, says: str) -> None:
    with pytest.raises(UnreadableDocument, match=says):
        check_content(name, raw)


@pytest.mark.parametrize(("name", "raw"), [
    ("sida.html", b"Bara text utan taggar"),
    ("sida.md", b"<html><body>inklistrad sida</body></html>"),
    ("trasig.pdf", b"\x01\x02\x03 slumpbytes"),  # unknown content: the PDF reader says it is damaged
    ("plan.docx", docx_bytes()),
])
def test_content_that_fits_its_name_or_cannot_be_placed_passes(name: str, raw: bytes) -> None:
    check_content(name, raw)
