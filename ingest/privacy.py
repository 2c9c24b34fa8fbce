"""Mask Swedish personal identity numbers (personnummer, samordningsnummer) before text is stored anywhere."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ingest.models import Block

# YYMMDD-NNNC, YYYYMMDD-NNNC, YYMMDD+NNNC (100 years or older) or the same without separator. Not preceded or
# followed by a digit, letter, hyphen or slash, so parts of dates ("2023-02-22"), diarienummer ("2019/231") and
# longer digit runs (account numbers) never match.
_CANDIDATE = re.compile(r"(?<![\w/-])(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{3})(\d)(?![\w/-])")


def _luhn_ok(ten_digits: str) -> bool:
    """Skatteverket's check digit: Luhn over YYMMDDNNN gives the last digit."""
    total = 0
    for i, ch in enumerate(ten_digits[:9]):
        product = int(ch) * (2 if i % 2 == 0 else 1)
        total += product // 10 + product % 10
    return (10 - total % 10) % 10 == int(ten_digits[9])


def _plausible_date(century: str | None, yy: str, mm: str, dd: str) -> bool:
    """A real calendar day; samordningsnummer add 60 to the day. Without a century either one may fit."""
    day = int(dd) - 60 if int(dd) > 60 else int(dd)
    centuries = [century] if century else ["19", "20"]
    for prefix in centuries:
        if prefix not in {"18", "19", "20"}:
            continue
        try:
            date(int(prefix + yy), int(mm), day)
            return True
        except ValueError:
            continue
    return False


def _mask(match: re.Match[str]) -> str:
    century, yy, mm, dd, separator, serial, check = match.groups()
    if not (_plausible_date(century, yy, mm, dd) and _luhn_ok(yy + mm + dd + serial + check)):
        return match[0]
    # Same length and separator as the original, so line shapes and offsets stay as they were read.
    return ("ÅÅÅÅ" if century else "ÅÅ") + "MMDD" + separator + "XXXX"


def mask_personal_numbers(text: str) -> str:
    """The text with every valid personnummer/samordningsnummer replaced by 'ÅÅMMDD-XXXX' (same shape)."""
    if not any(ch.isdigit() for ch in text):
        return text
    return _CANDIDATE.sub(_mask, text)


def mask_block(block: Block) -> Block:
    """A block whose text and table cells carry no personal identity numbers."""
    text = mask_personal_numbers(block.text)
    rows = tuple(tuple(mask_personal_numbers(cell) for cell in row) for row in block.rows)
    if text == block.text and rows == block.rows:
        return block
    return replace(block, text=text, rows=rows)


# A question asking for such a number (the names Skatteverket gives them, and their English equivalents): nothing
# stored can answer it, since every one was masked on reading.
_IDENTITY_NUMBER = r"(?:person|samordnings)num(?:mer|ret|ren)|personal identity number|social security number"
_ASKS_IDENTITY_NUMBER = re.compile(
    rf"\b(?:vilket|vilka|vad\s+(?:är|var|har|hade)|ange|uppge|which|what(?:'s|\s+is|\s+was|\s+are)?)\b[^?.!]{{0,80}}?"
    rf"\b(?:{_IDENTITY_NUMBER})\b|\b(?:{_IDENTITY_NUMBER})\s+(?:till|för|på|of)\b", re.IGNORECASE)


def asks_identity_number(question: str) -> bool:
    """Whether a question asks for a personnummer or samordningsnummer ("Vilket personnummer har …?")."""
    return bool(_ASKS_IDENTITY_NUMBER.search(question))
