"""Each candidate sentence's vector is computed at ingest, and the sentence model weighs the embedding model's
similarity of question and sentence; a sentence without a vector is held at the signal's mean, not guessed."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from assistant.calibration import LinearModel
from assistant.extractive import sentence_texts
from assistant.features import SENTENCE_FEATURES
from assistant.service import Assistant
from index.store import SearchFilter
from tests.conftest import make_settings

pytestmark = pytest.mark.slow

REPORT = """# Tekniska nämnden – Verksamhetsberättelse 2024

Rönnby kommun

## Vinterväghållning

Vintern 2023/2024 var snörik och kostnaderna för snöröjning blev 14,2 miljoner kronor, vilket är 3,1 miljoner
kronor mer än budget. Antalet utryckningar ökade från 41 till 58. Entreprenören fakturerade dessutom extra
beredskap under januari.

## Gatubelysning

Under året byttes 1 150 armaturer till LED. Energiförbrukningen för belysningen minskade med 22 procent jämfört
med 2023. Utbytet finansierades inom investeringsramen.
"""


@pytest.fixture()
def ronnby(empty_assistant: Assistant, tmp_path: Path) -> Assistant:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "tn_verksamhetsberattelse_2024.md").write_text(REPORT, encoding="utf-8")
    assert empty_assistant.ingest([folder]).count("added") == 1
    return empty_assistant


def test_every_candidate_sentence_has_its_vector_after_ingest(ronnby: Assistant) -> None:
    chunks = ronnby.index.chunks(ronnby.index.catalog.chunk_ids(ronnby.documents()[0].document_id)).values()
    texts = [t for c in chunks for t in sentence_texts(c)]
    assert len(texts) >= 6
    vectors = ronnby.index.sentence_vectors(texts)
    assert set(vectors) == set(texts)
    # The same vector as the model gives the sentence as a passage (not the chunk's, nor a query's).
    text = next(t for t in texts if t.startswith("Under året byttes"))
    fresh = ronnby.index.embedder.embed_passages([text])[0]
    assert float(vectors[text] @ fresh) > 0.999


def test_the_sentences_of_an_answer_carry_their_similarity_to_the_question(ronnby: Assistant) -> None:
    question = "Hur mycket kostade snöröjningen vintern 2023/2024?"
    plan = ronnby.plan(question)
    hits = ronnby.retriever.search(plan, 6, SearchFilter())
    units = ronnby.answerer.sentences(plan, hits, ronnby.index.neighbours, [])
    measured = [u for u in units if u.similarity is not None]
    assert measured, units
    best = max(measured, key=lambda u: u.similarity or 0.0)
    assert "snöröjning" in best.display
    # The question's own vector: the one the dense search computed, compared here without embedding anything.
    question_vector = ronnby.index.cached_query_vector(plan.dense_text)
    assert question_vector is not None
    assert abs(float(ronnby.index.sentence_vectors([best.display])[best.display] @ question_vector)
               - best.similarity) < 1e-6
    answer = ronnby.ask(question)
    assert "14,2" in answer.text, answer.text


def test_a_sentence_without_a_vector_is_held_at_the_signals_mean() -> None:
    n = len(SENTENCE_FEATURES)
    model = LinearModel(SENTENCE_FEATURES, tuple([0.5] * n), -0.2, tuple([0.3] * n), tuple([0.1] * n))
    at_mean = [0.3] * n
    unmeasured = [*at_mean[:-1], math.nan]
    assert model.probabilities([unmeasured])[0] == pytest.approx(model.probabilities([at_mean])[0])
    assert model.probability(unmeasured) == pytest.approx(model.probability(at_mean))
    assert model.probabilities([[*at_mean[:-1], 0.9]])[0] > model.probability(at_mean)


def test_doctor_finds_and_repairs_sentences_without_vectors(ronnby: Assistant, tmp_path: Path) -> None:
    """An index whose embedding cache is gone (restored on another machine: `namnd backup` copies the catalog and
    the vectors, not the cache) answers without the similarity; `namnd doctor` says so and `--repair` embeds them."""
    from index import doctor

    assert doctor.check(ronnby.index).consistent
    elsewhere = Assistant.from_settings(make_settings(ronnby.settings.data_dir,
                                                      embedding_cache=tmp_path / "new-cache.sqlite3"))
    found = doctor.check(elsewhere.index)
    assert not found.missing_vectors and len(found.missing_sentences) >= 6 and not found.consistent
    question = "Hur mycket kostade snöröjningen vintern 2023/2024?"
    plan = elsewhere.plan(question)
    hits = elsewhere.retriever.search(plan, 6, SearchFilter())
    assert all(u.similarity is None for u in elsewhere.answerer.sentences(plan, hits, elsewhere.index.neighbours, []))
    before, after = doctor.repair(elsewhere.index)
    assert before.missing_sentences and after.consistent
    assert any(u.similarity is not None
               for u in elsewhere.answerer.sentences(plan, hits, elsewhere.index.neighbours, []))


def test_an_index_served_with_another_embedding_cache_says_so_at_start(ronnby: Assistant, tmp_path: Path,
                                                                       caplog: pytest.LogCaptureFixture) -> None:
    """Served with the cache it was ingested with, nothing is said; with another (an empty file), answers would lose
    the similarity signal without a word, so the start-up log says what to run."""
    import logging

    with caplog.at_level(logging.WARNING, logger="assistant.service"):
        Assistant.from_settings(make_settings(ronnby.settings.data_dir, embedding_cache=ronnby.settings.embedding_cache))
    assert not [r for r in caplog.records if "saknar vektor" in r.getMessage()]
    with caplog.at_level(logging.WARNING, logger="assistant.service"):
        Assistant.from_settings(make_settings(ronnby.settings.data_dir, embedding_cache=tmp_path / "other.sqlite3"))
    warned = [r.getMessage() for r in caplog.records if "saknar vektor" in r.getMessage()]
    assert warned and "namnd doctor --repair" in warned[0], caplog.text
