"""Bad files at ingest: each is skipped with a reason in the report, and nothing already indexed changes."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest
from pypdf.generic import DecodedStreamObject, NameObject

from assistant.service import Assistant

SHARED = Path(__file__).resolve().parents[3] / "shared"
SAMPLE_PDF = SHARED / "corpus-pdf" / "002_6f873dac8bcd0776.pdf"


def corrupt_pdf(folder: Path) -> Path:
    path = folder / "skadad.pdf"
    path.write_bytes(b"%PDF-1.7\n" + os.urandom(8192))
    return path


def truncated_pdf(folder: Path) -> Path:
    path = folder / "avbruten.pdf"
    whole = SAMPLE_PDF.read_bytes()
    path.write_bytes(whole[: len(whole) * 2 // 3])
    return path


def encrypted_pdf(folder: Path) -> Path:
    writer = pypdf.PdfWriter(clone_from=SAMPLE_PDF)
    writer.encrypt(user_password="hemligt", owner_password="nämnden", algorithm="AES-256")
    path = folder / "krypterad.pdf"
    writer.write(path)
    return path


def empty_pdf(folder: Path) -> Path:
    path = folder / "tom.pdf"
    path.touch()
    return path


def blank_pdf(folder: Path) -> Path:
    from reportlab.pdfgen import canvas

    path = folder / "skannad.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.rect(100, 100, 300, 500, fill=1)  # a page with a drawing and no text, like a scan
    pdf.showPage()
    pdf.save()
    return path


def huge_pdf(folder: Path) -> Path:
    """51 MB, written sparsely: the size is real to the file system, the disk barely notices."""
    path = folder / "jattestor.pdf"
    with path.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(51_000_000)
    return path


def docx(folder: Path) -> Path:
    path = folder / "protokoll.docx"
    path.write_bytes(b"PK\x03\x04" + os.urandom(1024))
    return path


def odt(folder: Path) -> Path:
    path = folder / "protokoll.odt"
    path.write_bytes(b"PK\x03\x04" + os.urandom(1024))
    return path


def html_named_pdf(folder: Path) -> Path:
    path = folder / "kallelse.pdf"
    path.write_text("<!DOCTYPE html><html><body><h1>Kallelse</h1><p>Socialnämnden sammanträder.</p></body></html>")
    return path


def binary_txt(folder: Path) -> Path:
    path = folder / "bilaga.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(4096))
    return path


def missing(folder: Path) -> Path:
    return folder / "finns-inte.pdf"


def damaged_stream_pdf(folder: Path) -> Path:
    """A sample PDF whose first content stream ends in a garbage operator, as bit rot leaves it."""
    writer = pypdf.PdfWriter(clone_from=SAMPLE_PDF)
    page = writer.pages[0]
    stream = DecodedStreamObject()
    stream.set_data(page.get_contents().get_data() + b"\n" + b"x" * 300 + b"\n")
    page[NameObject("/Contents")] = writer._add_object(stream)
    path = folder / "bitrota.pdf"
    writer.write(path)
    return path


BAD_FILES = [
    pytest.param(corrupt_pdf, "skadad", id="corrupt-pdf"),
    pytest.param(truncated_pdf, "skadad", id="truncated-pdf"),
    pytest.param(encrypted_pdf, "krypterad", id="encrypted-pdf"),
    pytest.param(empty_pdf, "tom", id="empty-pdf"),
    pytest.param(blank_pdf, "ingen text", id="pdf-without-text"),
    pytest.param(huge_pdf, "för stor", id="51-mb-pdf"),
    pytest.param(docx, "skadad", id="corrupt-docx"),
    pytest.param(odt, "filtypen stöds inte", id="unsupported-extension"),
    pytest.param(html_named_pdf, "innehållet är en HTML-sida", id="html-named-pdf"),
    pytest.param(binary_txt, "binär", id="binary-named-txt"),
    pytest.param(missing, "finns inte", id="missing-path"),
    pytest.param(damaged_stream_pdf, "skadad", id="damaged-content-stream"),
]


@pytest.fixture
def indexed(make_assistant: Callable[..., Assistant], write_doc: Callable[..., Path]) -> Assistant:
    assistant = make_assistant()
    report = assistant.ingest([write_doc("april.md")])
    assert report.count("added") == 1
    return assistant


@pytest.mark.parametrize(("make_bad", "reason"), BAD_FILES)
def test_a_bad_file_is_skipped_with_its_reason_and_changes_nothing(
    make_bad: Callable[[Path], Path], reason: str, indexed: Assistant, snapshot: Callable, tmp_path: Path
) -> None:
    before = snapshot(indexed)
    bad = make_bad(tmp_path)

    report = indexed.ingest([bad])

    assert [(o.file, o.status) for o in report.outcomes] == [(bad.name, "skipped")]
    assert reason in report.outcomes[0].reason, report.outcomes[0].reason
    assert bad.name in report.outcomes[0].reason
    assert report.skipped == list(report.outcomes) and report.chunks == 0
    assert snapshot(indexed) == before
    assert before.hits and before.documents


def test_a_file_over_the_configured_limit_is_skipped(
    make_assistant: Callable[..., Assistant], write_doc: Callable[..., Path], snapshot: Callable
) -> None:
    assistant = make_assistant(max_file_mb=0.05)
    assistant.ingest([write_doc("april.md")])
    before = snapshot(assistant)

    report = assistant.ingest([SAMPLE_PDF])  # 64 kB against a 50 kB limit

    outcome = report.outcomes[0]
    assert outcome.status == "skipped"
    assert "för stor" in outcome.reason and "gränsen" in outcome.reason
    assert snapshot(assistant) == before


def test_an_indexed_file_that_turns_corrupt_keeps_its_last_good_version(
    indexed: Assistant, snapshot: Callable, tmp_path: Path
) -> None:
    before = snapshot(indexed)
    (tmp_path / "docs" / "april.md").write_bytes(b"\x00\x01\x02" + os.urandom(2048))

    report = indexed.ingest([tmp_path / "docs" / "april.md"])

    assert report.outcomes[0].status == "skipped" and "binär" in report.outcomes[0].reason
    assert snapshot(indexed) == before


@pytest.mark.parametrize(
    "make_bad",
    [pytest.param(corrupt_pdf, id="corrupt-pdf"), pytest.param(encrypted_pdf, id="encrypted-pdf"),
     pytest.param(damaged_stream_pdf, id="damaged-content-stream")],
)
def test_a_bad_file_in_a_batch_does_not_stop_the_files_after_it(
    make_bad: Callable[[Path], Path], make_assistant: Callable[..., Assistant], write_doc: Callable[..., Path],
    tmp_path: Path,
) -> None:
    assistant = make_assistant()
    first, second = write_doc("april.md"), write_doc("maj.md", text=APRIL.replace("april", "maj"))

    report = assistant.ingest([first, make_bad(tmp_path), second])

    assert [o.status for o in report.outcomes] == ["added", "skipped", "added"]
    assert sorted(r.file_name for r in assistant.documents()) == ["april.md", "maj.md"]


APRIL = """# Månadsrapport april 2024

## Placeringar

Under april var 37 barn och unga placerade i familjehem.
"""
