"""The DOCX reader on documents built with python-docx: headings, paragraphs, lists and tables in order, and the
zip measured before anything inflates."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from ingest.errors import UnreadableDocument
from ingest.pipeline import read_document, supported


def build(path: Path) -> Path:
    from docx import Document

    document = Document()
    document.add_heading("Verksamhetsplan för individ- och familjeomsorgen", level=1)
    document.add_paragraph("Planen gäller för hela förvaltningen.")
    document.add_heading("Mål", level=2)
    document.add_paragraph("Minska väntetiden till första samtal.", style="List Bullet")
    table = document.add_table(rows=2, cols=3)
    for row, values in zip(table.rows, [("Mått", "2023", "2024"), ("Väntetid (dagar)", "21", "14")], strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    document.save(path)
    return path


def test_a_docx_reads_into_headings_paragraphs_lists_and_a_table(tmp_path: Path) -> None:
    path = build(tmp_path / "plan.docx")
    assert supported(path)
    parsed = read_document(path)
    blocks = parsed.source.blocks
    assert parsed.source.file_format == "docx" and not parsed.source.has_pages
    assert [(b.kind, b.level) for b in blocks if b.kind == "heading"] == [("heading", 1), ("heading", 2)]
    assert any(b.kind == "list_item" and "väntetiden" in b.text for b in blocks)
    [table] = [b for b in blocks if b.kind == "table"]
    assert table.rows == (("Mått", "2023", "2024"), ("Väntetid (dagar)", "21", "14"))
    assert [b.line_start for b in blocks] == sorted(b.line_start for b in blocks)
    assert parsed.chunks and any("14" in c.text for c in parsed.chunks)


def test_a_zip_bomb_is_refused_before_it_inflates(tmp_path: Path) -> None:
    source = build(tmp_path / "plan.docx").read_bytes()
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(io.BytesIO(source)) as original, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        for member in original.infolist():
            bomb.writestr(member, original.read(member))
        with bomb.open("word/media/image1.bin", "w", force_zip64=True) as big:
            for _ in range(150):
                big.write(bytes(1_000_000))
    with pytest.raises(UnreadableDocument, match=r"packas upp till 15\d MB"):
        read_document(path)


def test_a_damaged_docx_is_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "trasig.docx"
    path.write_bytes(build(tmp_path / "plan.docx").read_bytes()[:3000])
    with pytest.raises(UnreadableDocument, match="skadad"):
        read_document(path)
