"""Question → QueryPlan: keyword terms with domain synonyms, years, months, diarienummer and intent."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.synonyms import ENGLISH, MONTHS, SWEDISH
from index.swedish import STOPWORDS, terms, tokens
from ingest.structure import find_diarienummer, years_in

_ENGLISH_MARKERS = re.compile(r"\b(what|how|which|who|when|where|why|the|did|does|is|are|many|much)\b", re.I)
_QUANTITY = re.compile(r"\b(hur (mycket|många|stor|stort|stora|höga?)|vilket belopp|hur mycket|antal|"
                       r"how (many|much|large|big|high)|what (hourly )?(fee|amount|share))\b", re.I)
_CASE_NUMBER = re.compile(r"\b(diarienummer|beteckning|ärendenummer|case number|reference number|dnr)\b", re.I)
_RELATIVE_YEAR = {
    r"\b(förra året|i fjol|föregående år|last year|previous year)\b": -1,
    r"\b(i år|detta år|this year|innevarande år)\b": 0,
    r"\b(förrförra året|the year before last)\b": -2,
}
# Question words that say nothing about the topic and must not count as evidence.
_QUESTION_WORDS = frozenset("""hur vad vilken vilket vilka varför när var mycket många stor stort stora
    socialnämnden nämnden nämndens socialnämndens kommunen förvaltningen socialförvaltningen
    what how which why when where who many much board""".split())


@dataclass(frozen=True)
class QueryPlan:
    """What retrieval and answer composition need to know about a question."""

    question: str
    dense_text: str
    terms: tuple[str, ...]
    content_terms: tuple[str, ...]
    years: tuple[int, ...]
    months: tuple[str, ...]
    diarienummer: str | None
    english: bool
    quantity: bool
    asks_case_number: bool
    proper_nouns: tuple[str, ...]


def plan_query(question: str, reference_year: int | None = None, context: str = "") -> QueryPlan:
    """Understand a question; `context` is the previous question of a follow-up, `reference_year` the
    newest year in the index (so 'förra året' means the year before the newest reports)."""
    text = question.strip()
    lower = f"{context} {text}".lower().strip()
    english = len(_ENGLISH_MARKERS.findall(text)) >= 2
    expansions = [value for key, value in SWEDISH.items() if _mentions(lower, key)]
    if english:
        expansions += [value for key, value in ENGLISH.items() if _mentions(lower, key)]
    months = tuple(dict.fromkeys(MONTHS[m] for m in re.findall(r"[a-zåäö]+", lower) if m in MONTHS))
    years = list(years_in(f"{context} {text}"))
    if reference_year is not None:
        for pattern, offset in _RELATIVE_YEAR.items():
            if re.search(pattern, lower):
                years.append(reference_year + offset)
    base_terms = terms(f"{context} {text}")
    extra_terms = terms(" ".join(expansions))
    content = [t for t, tok in _content_tokens(f"{context} {text}")]
    return QueryPlan(
        question=text,
        dense_text=f"{context} {text}".strip(),
        terms=tuple(dict.fromkeys(base_terms + extra_terms + list(months))),
        content_terms=tuple(dict.fromkeys(content)),
        years=tuple(dict.fromkeys(years)),
        months=months,
        diarienummer=find_diarienummer(text.upper()) or (find_diarienummer(context.upper()) if context else None),
        english=english,
        quantity=bool(_QUANTITY.search(text)),
        asks_case_number=bool(_CASE_NUMBER.search(text)),
        proper_nouns=tuple(_proper_nouns(text)),
    )


def _mentions(text: str, key: str) -> bool:
    return re.search(rf"(?<![a-zåäö]){re.escape(key)}", text) is not None


def _content_tokens(text: str) -> list[tuple[str, str]]:
    """(stem, token) of the words that carry the question's topic."""
    out = []
    for token in tokens(text):
        if token in STOPWORDS or token in _QUESTION_WORDS or len(token) < 3 or token.isdigit():
            continue
        out.extend((stem, token) for stem in terms(token))
    return out


def _proper_nouns(text: str) -> list[str]:
    """Capitalised words inside the sentence (place and project names), which the documents must contain."""
    words = re.findall(r"(?<=[\s(])([A-ZÅÄÖ][a-zåäöé]{2,})", " " + text)
    first = re.match(r"\s*(\w+)", text)
    return [w for w in words if not (first and w == first.group(1))]
