"""Personnummer and samordningsnummer are masked at ingest; dates, diarienummer and amounts are left alone.
Every number here is invented (valid check digit where it should be masked)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ingest.models import Block
from ingest.pipeline import read_document
from ingest.privacy import mask_block, mask_personal_numbers


@pytest.mark.parametrize(("text", "masked"), [
    ("Sökande 850709-9805 har ansökt.", "Sökande ÅÅMMDD-XXXX har ansökt."),
    ("Sökande 19850709-9805 har ansökt.", "Sökande ÅÅÅÅMMDD-XXXX har ansökt."),
    ("född 010203+0400, över hundra år", "född ÅÅMMDD+XXXX, över hundra år"),
    ("pnr 8507099805.", "pnr ÅÅMMDDXXXX."),
    ("pnr 198507099805.", "pnr ÅÅÅÅMMDDXXXX."),
    ("samordningsnummer 870872-1231", "samordningsnummer ÅÅMMDD-XXXX"),  # day 12 + 60
    ("(760315-4126)", "(ÅÅMMDD-XXXX)"),
])
def test_valid_numbers_are_masked(text: str, masked: str) -> None:
    assert mask_personal_numbers(text) == masked


@pytest.mark.parametrize("text", [
    "850709-9806",  # wrong check digit
    "851309-9805",  # month 13
    "Sammanträdet 2023-02-22 kl. 13:00",
    "Dnr SOCN/2023:17 och Dnr 2019/231 012",
    "Dnr KS 2021/345",
    "Kostnaden blir 6 497 600 kr, budgetramen 175 748 tkr.",
    "Organisationsnummer 212000-0324",  # month 20: an organisation, not a person
    "Konto 1234567890123",
    "perioden 2023-01-24 – 2023-02-14",
])
def test_dates_diarienummer_and_amounts_are_kept(text: str) -> None:
    assert mask_personal_numbers(text) == text


def test_mask_keeps_the_length() -> None:
    text = "Klaganden 19850709-9805 och 850709-9805."
    assert len(mask_personal_numbers(text)) == len(text)


def test_table_cells_are_masked_too() -> None:
    block = Block("table", "Namn\tPersonnummer\nA. Andersson\t760315-4126", 1, 1, 2,
                  rows=(("Namn", "Personnummer"), ("A. Andersson", "760315-4126")))
    masked = mask_block(block)
    assert "760315-4126" not in masked.text and masked.rows[1][1] == "ÅÅMMDD-XXXX"


def test_pages_and_chunks_carry_the_masked_text(tmp_path: Path) -> None:
    path = tmp_path / "tjansteskrivelse.md"
    path.write_text("# Överklagande\n\nKlaganden, 850709-9805, har överklagat beslutet 2021-08-30 (Dnr KS 2021/401).\n",
                    encoding="utf-8")
    document = read_document(path)
    pages = "\n".join(page.text for page in document.source.pages)
    assert "850709-9805" not in pages and "ÅÅMMDD-XXXX" in pages
    assert all("850709-9805" not in b.text for b in document.source.blocks)
    assert document.chunks and all(chunk.text in pages for chunk in document.chunks)
    assert all("850709-9805" not in chunk.text and "850709-9805" not in chunk.context for chunk in document.chunks)


def test_pdf_pages_are_masked(draw_pdf: Callable[..., Path]) -> None:
    path = draw_pdf("protokollsutdrag.pdf", [[
        ("h1", "Överklagande av beslut"),
        ("body", "Klaganden, 850709-9805, har överklagat beslutet den 30 augusti 2021."),
        ("gap", ""),
        ("small", "Namn\tPersonnummer"),
        ("small", "A. Andersson\t760315-4126"),
    ]])
    document = read_document(path)
    pages = "\n".join(page.text for page in document.source.pages)
    assert "850709-9805" not in pages and "760315-4126" not in pages
    assert pages.count("ÅÅMMDD-XXXX") == 2
    assert all(chunk.text in pages for chunk in document.chunks)


@pytest.mark.parametrize(("question", "asks"), [
    ("Vilket personnummer har den klagande?", True),
    ("Vad är personnumret till sökanden?", True),
    ("Ange samordningsnumret för personen.", True),
    ("What is the personal identity number of the appellant?", True),
    # Speaking of such numbers is not asking for one.
    ("Hur många ärenden gällde personer utan personnummer?", False),
    ("Hur hanteras personnummer i diariet?", False),
])
def test_a_question_asking_for_a_personal_identity_number(question: str, asks: bool) -> None:
    from ingest.privacy import asks_identity_number
    assert asks_identity_number(question) is asks
