"""The scale curve's corpus: documents rendered back to text, copied with shifted years and figures, and an
embedder that lends each replica chunk its original's vector."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from index.embedders import EMBEDDERS, Embedder
from index.embedding_cache import EmbeddingCache, text_key
from ingest.models import SourceDocument

REUSE_BACKEND = "bench-reuse"
_NUMBER = re.compile(r"(?<!\d)\d{1,3}(?: \d{3})+(?!\d)|\d+")
_YEARS = range(1990, 2050)  # what ingest/structure.py takes for a year in running text
_YEAR_LIKE = range(1900, 2100)  # what ingest/chunker.py takes for a year in a table cell


# --- replicas --------------------------------------------------------------------------------------------


def render_text(source: SourceDocument) -> str:
    """A document as read, written back as a markdown-like text export: headings keep their level, tables
    their cells, so the text reader finds the same structure."""
    parts = []
    for block in source.blocks:
        text = block.text.replace("\t", " ")
        if block.kind == "heading":
            parts.append("#" * max(1, min(block.level, 6)) + " " + text.replace("\n", " "))
        elif block.kind == "table" and block.rows:
            # A one-cell row needs a tab too, or the text reader would end the table there.
            parts.append("\n".join("\t".join(row) + ("\t" if len(row) == 1 else "") for row in block.rows))
        else:
            parts.append(text.replace("\n", " "))
    return "\n\n".join(parts) + "\n"


def shift_copy(text: str, copy: int) -> str:
    """Replica `copy` of a text: years moved by year_shift(copy), figures of three or more digits scaled, every
    number keeping its digit count and its kind (year or figure). So a replica is chunked exactly like its
    original, and each replica chunk differs from its original chunk only in digits. Copy 0 is the original."""
    if copy == 0:
        return text
    years = year_shift(copy)
    factor = 1 + 0.01 * copy
    return _NUMBER.sub(lambda m: _shift_number(m[0], years, factor), text)


def year_shift(copy: int) -> int:
    """+1, −1, +2, −2, …: every copy gets its own years, and up to ×50 (±25) the sample's 2018–2024 stay
    within 1990–2049, the range the year parser recognises, so year filters and boosts work on replicas too."""
    step = (copy + 1) // 2
    return step if copy % 2 else -step


def _shift_number(token: str, years: int, factor: float) -> str:
    digits = token.replace(" ", "")
    value = int(digits)
    if len(digits) < 3:
        # Days, months, list and page numbers and small counts stay: dates remain dates, lists stay lists.
        return token
    if len(digits) == 4 and " " not in token and value in _YEAR_LIKE:
        candidates: tuple[int, ...] = (value + years,)
    else:
        candidates = (round(value * factor), round(value / factor))
    new = next((c for c in candidates if _same_kind(c, value)), value)
    replacement = iter(str(new).zfill(len(digits)))
    return "".join(next(replacement) if ch.isdigit() else ch for ch in token)


def _same_kind(candidate: int, value: int) -> bool:
    """Same digit count, and a year for the pipeline exactly when the original is one. Ingest reads a table
    row whose cells look like years as a header, so a figure turning into a 'year' would re-cut the chunks."""
    return (len(str(candidate)) == len(str(value)) and (candidate in _YEARS) == (value in _YEARS)
            and (candidate in _YEAR_LIKE) == (value in _YEAR_LIKE))


def write_replicas(sources: Sequence[SourceDocument], copies: int, folder: Path) -> list[list[Path]]:
    """Text files for copies 0..copies-1 of every document; copy 0 is the unshifted rendering."""
    folder.mkdir(parents=True, exist_ok=True)
    rendered = [(f"{Path(s.file_name).stem}-{s.file_format}", render_text(s)) for s in sources]
    out: list[list[Path]] = []
    for copy in range(copies):
        paths = []
        for stem, text in rendered:
            path = folder / f"{stem}-x{copy:02d}.txt"
            path.write_text(shift_copy(text, copy), encoding="utf-8")
            paths.append(path)
        out.append(paths)
    return out


def digit_shape(text: str) -> str:
    """A text with every digit blanked: an original chunk and its replicas share it."""
    return re.sub(r"\d", "0", text)


class ReuseVectors:
    """Embedder for the scale curve. A text seen before gets its stored vector; once `borrow` is on, a text
    that differs from a seen one only in digits (a replica chunk) gets the original's vector. Anything else is
    looked up in the main run's embedding cache, then embedded for real, and counted either way."""

    def __init__(self, inner: Embedder, seed: EmbeddingCache | None = None) -> None:
        self.name = f"{inner.name}+{REUSE_BACKEND}"
        self.inner = inner
        self.seed = seed
        self.borrow = False
        self.counts: Counter[str] = Counter()
        self._exact: dict[str, np.ndarray] = {}
        self._by_shape: dict[str, np.ndarray] = {}

    def embed_passages(self, texts: Sequence[str]) -> np.ndarray:
        self.counts["asked"] += len(texts)
        known = [self._known(t) for t in texts]
        missing = [t for t, v in zip(texts, known, strict=True) if v is None]
        computed = iter(self._compute(missing))
        vectors = [v if v is not None else next(computed) for v in known]
        return np.stack(vectors) if vectors else np.zeros((0, 384), dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self.inner.embed_query(text)

    def _known(self, text: str) -> np.ndarray | None:
        if text in self._exact:
            self.counts["exact"] += 1
            return self._exact[text]
        if self.borrow and (vector := self._by_shape.get(digit_shape(text))) is not None:
            self.counts["borrowed"] += 1
            return vector
        return None

    def _compute(self, texts: list[str]) -> list[np.ndarray]:
        found = self._from_seed(texts)
        self.counts["seeded"] += len(found)
        fresh = [t for t in dict.fromkeys(texts) if t not in found]
        if fresh:
            found.update(zip(fresh, self.inner.embed_passages(fresh), strict=True))
            self.counts["embedded"] += len(fresh)
        for text, vector in found.items():
            self._exact[text] = vector
            self._by_shape.setdefault(digit_shape(text), vector)
        return [found[t] for t in texts]

    def _from_seed(self, texts: list[str]) -> dict[str, np.ndarray]:
        if self.seed is None or not texts:
            return {}
        keys = {text_key(t): t for t in texts}
        cached = self.seed.get(self.inner.name, list(keys))
        return {keys[k]: v for k, v in cached.items()}


@contextmanager
def registered(name: str, embedder: Embedder) -> Iterator[None]:
    """Make `embedder` available as embedding back-end `name` while the block runs."""
    EMBEDDERS[name] = lambda _model, _threads: embedder
    try:
        yield
    finally:
        EMBEDDERS.pop(name, None)


