"""The de-duplication key's fast path gives exactly what the regular expression gives."""

import re

import pytest

from assistant.retrieval import word_characters

TEXTS = [
    "Socialnämnden föreslås anta underlaget – och överlämna det till kommunstyrelsen.",
    "Budget 2023: 12 345 tkr • Utfall ”prel.” — se bilaga 3½ (s. 7) §§ 12–14 m² µ",
    "Łukasz Nowak (Ł, ł) och Øresund; ΑΣΣ ΟΔΟΣ; İstanbul; snake_case_word",
    "— • ” “ ‘ ’ … ■ ● ▶ ◆ \u00a0\u2009\t\n",
    "ĳ ǆ ﬁ ① ² ¹ ¾ ٣ 中文 🙂",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_as_the_regular_expression(text: str) -> None:
    for variant in (text, text.lower(), text.upper()):
        assert word_characters(variant) == re.sub(r"\W+", "", variant)


def test_every_latin1_and_common_character_alone() -> None:
    for code in [*range(0x250), *range(0x2000, 0x2070), 0x20AC, 0x2122, 0x25A0, 0x25CF]:
        text = f"a{chr(code)}b{chr(code)}"
        assert word_characters(text) == re.sub(r"\W+", "", text), hex(code)
