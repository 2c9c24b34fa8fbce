"""A question that names the municipality whose documents it is about, over an index holding several municipalities'
documents (invented), ingested with the real pipeline, Chroma and the packaged embedding model."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.service import Assistant
from tests.conftest import indexed_assistant, make_settings

pytestmark = pytest.mark.slow

PLAN = """# Ekbyns kommun – Barn- och utbildningsnämnden

| Fält | Uppgift |
|---|---|
| Diarienummer | BUN 2025/611 |
| Gäller | 2026-01-01 – 2027-12-31 |
| Antagen | Barn- och utbildningsnämnden 2025-11-26 |
| Ekonom | Daniel Sjögren |
| Ansvarig tjänsteperson | Förvaltningschef Annika Fröberg |

## Verksamhetsplan med budget 2026–2027

### Barn- och elevutveckling

Antalet barn i förskoleåldern minskar, medan antalet elever i grundskolans högre årskurser ökar.

| Volym (genomsnitt per år) | Budget 2025 | Plan 2026 | Plan 2027 |
|---|---:|---:|---:|
| Barn i förskola | 1 290 | 1 245 | 1 220 |
| Barn i pedagogisk omsorg | 34 | 22 | 12 |
| Elever i fritidshem | 1 310 | 1 300 | 1 290 |
| Elever i grundskola | 3 980 | 4 010 | 4 050 |
"""

OTHER = """# Verksamhetsberättelse 2025

**Vård- och omsorgsnämnden, Tallviks kommun**

Vård- och omsorgsnämnden redovisar ett underskott på 4,2 mnkr för 2025. Hemtjänsten utförde 412 300 timmar.

| Nyckeltal | 2024 | 2025 |
|---|---:|---:|
| Platser i särskilt boende | 236 | 224 |
| Beviljade hemtjänsttimmar | 398 600 | 412 300 |
"""


@pytest.fixture(scope="module")
def assistant(tmp_path_factory: pytest.TempPathFactory) -> Assistant:
    folder: Path = tmp_path_factory.mktemp("scoped_place")
    (folder / "ekbyn_bun_verksamhetsplan_2026.md").write_text(PLAN, encoding="utf-8")
    (folder / "tallvik_von_verksamhetsberattelse_2025.md").write_text(OTHER, encoding="utf-8")
    assistant = Assistant.from_settings(make_settings(tmp_path_factory.mktemp("scoped_place_index")))
    report = assistant.ingest([folder])
    assert report.count("added") == 2, report.outcomes
    return assistant


def test_the_municipalitys_name_does_not_lead_to_the_fields_that_repeat_it(assistant: Assistant) -> None:
    """Scoped to Ekbyn's documents, the question's "Ekbyn" says nothing more: the volume row answers, not the
    plan's fields under the heading "Ekbyns kommun – Barn- och utbildningsnämnden"."""
    answer = assistant.ask("Hur många barn räknar Ekbyn med i förskolan 2026?")
    assert not answer.abstained and "1 245" in answer.text, answer.text
    assert all(c.document_id == answer.citations[0].document_id for c in answer.citations)


def test_the_keyword_terms_lose_the_scoped_municipalitys_name_and_keep_the_rest(assistant: Assistant) -> None:
    from assistant.scope import municipal_scope, without_place_terms

    documents = assistant.index.catalog.documents()
    assert sorted(r.municipality for r in documents) == ["Ekbyns kommun", "Tallviks kommun"], documents
    plan = assistant.plan("Hur många barn räknar Ekbyn med i förskolan 2026?")
    scope = municipal_scope(plan.question, plan.municipalities, documents, lambda _place: set())
    assert len(scope.document_ids) == 1
    kept = without_place_terms(plan, scope.document_ids, documents)
    assert any(t.startswith("ekby") for t in plan.terms) and not any(t.startswith("ekby") for t in kept.terms), kept.terms
    assert {t for t in plan.terms if not t.startswith("ekby")} == set(kept.terms)
    # Another municipality's name stays: only the scope's own name says nothing.
    other = without_place_terms(assistant.plan("Hur många platser hade Tallvik 2025?"), scope.document_ids, documents)
    assert any(t.startswith("tallvik") for t in other.terms), other.terms


@pytest.mark.parametrize(("question", "scoped"), [
    ("Hur många platser har Tallviksgården i särskilt boende?", ["Tallviks kommun"]),  # named for its municipality
    ("Hur många timmar utförde Tallvik-hemtjänsten 2025?", ["Tallviks kommun"]),
    ("Hur många barn går i tallviksgårdens förskola?", []),  # not written as a name: nothing scoped
    ("Hur många platser har Tallgården?", []),  # a name that does not begin with the whole place
])
def test_a_name_that_begins_with_a_municipality_scopes_the_question_to_it(
        assistant: Assistant, question: str, scoped: list[str]) -> None:
    from assistant.scope import municipal_scope

    documents = assistant.index.catalog.documents()
    scope = municipal_scope(question, (), documents, lambda _place: set())
    assert sorted({r.municipality for r in documents if r.document_id in scope.document_ids}) == scoped


# A follow-up of decisions whose letterhead names no municipality: its issuer is not found on reading.
UNSIGNED = """# Beslutsuppföljning januari 2026

Kultur- och fritidsnämnden har följt upp 14 beslut från 2025. Tolv av dem är verkställda och två pågår.

Beslutet om nya öppettider för biblioteket verkställdes den 1 november 2025.
"""


def test_a_municipality_no_document_is_issued_by_is_not_answered_from_another_municipalitys(tmp_path: Path) -> None:
    """One document of unknown issuer in the index does not open a question about an absent municipality to every
    document: those known to be another municipality's cannot answer it, only the unknown one may (and does not)."""
    assistant = indexed_assistant(tmp_path, {"tallvik_von_verksamhetsberattelse_2025.md": OTHER,
                                             "beslutsuppfoljning_2026-01.md": UNSIGNED})
    issuers = {r.file_name: r.municipality for r in assistant.documents()}
    assert issuers == {"tallvik_von_verksamhetsberattelse_2025.md": "Tallviks kommun",
                       "beslutsuppfoljning_2026-01.md": None}, issuers
    answer = assistant.ask("Hur stort underskott redovisade vård- och omsorgsnämnden i Granby kommun för 2025?")
    assert answer.abstained and "4,2" not in answer.text, answer.text
    # Named, Tallvik's own report answers; and the document of unknown issuer answers a question naming the place.
    own = assistant.ask("Hur stort underskott redovisade vård- och omsorgsnämnden i Tallviks kommun för 2025?")
    assert not own.abstained and "4,2 mnkr" in own.text, own.text
    unsigned = assistant.ask("Hur många beslut följde kultur- och fritidsnämnden i Granby kommun upp?")
    assert not unsigned.abstained and "14 beslut" in unsigned.text, unsigned.text


def test_a_compound_only_another_municipalitys_documents_use_is_unknown_to_a_scoped_question(
        assistant: Assistant) -> None:
    """Asked about Ekbyn, "hemtjänsttimmar" — a compound of Tallvik's annual report only — names a subject Ekbyn's
    documents never treat: the evidence model counts it as a word no document uses, and the plan's volume rows (the
    only passages left in scope) do not answer it. A simple word keeps its index-wide count, and a compound Ekbyn's
    own documents use is known."""
    from assistant.scope import scoped_counts

    ekbyn = frozenset(r.document_id for r in assistant.documents() if r.municipality == "Ekbyns kommun")
    index = assistant.index
    question = "Hur många hemtjänsttimmar och elever i fritidshem planerar Ekbyn för 2026?"
    counts = scoped_counts(assistant.plan(question), tuple(ekbyn), index.document_frequency, index.documents_using)
    assert index.document_frequency("hemtjänsttimm") > 0 and counts("hemtjänsttimm") == 0
    assert counts("fritidshem") == index.document_frequency("fritidshem") > 0  # Ekbyn's own compound
    assert counts("elev") == index.document_frequency("elev") > 0  # a simple word

    answer = assistant.ask("Hur många hemtjänsttimmar planerar Ekbyn för 2026?")
    assert answer.abstained, answer.text
    assert "412 300" not in answer.text and "398 600" not in answer.text, answer.text
