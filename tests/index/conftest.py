"""Fixtures for the index tests: small Swedish documents on disk and assistants over an index in tmp_path."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from assistant.service import Assistant
from assistant.settings import Settings

SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPUS_PDF = SHARED / "corpus-pdf"
CORPUS_TEXT = SHARED / "corpus"

APRIL = """# Månadsrapport april 2024

## Ekonomiskt bistånd

Kostnaderna för ekonomiskt bistånd uppgick till 4 120 tkr i april, vilket är 310 tkr lägre än i mars.
Antalet hushåll med försörjningsstöd minskade till 412.

## Placeringar

Under april var 37 barn och unga placerade i familjehem. Budgetavvikelsen för externa placeringar är -2 400 tkr.

## Personal

Sjukfrånvaron bland socialsekreterarna var 6,1 procent i april.
"""

MAJ = """# Månadsrapport maj 2024

## Öppenvård

Öppenvården startade en ny föräldragrupp i Forssjö i maj. Väntetiden till samtalsstöd var tre veckor.

## Vuxna

Vuxenstödsenheten tog emot 18 nya ärenden om missbruk under maj.
"""


@dataclass(frozen=True)
class Snapshot:
    """Everything a user could see of the index: documents, chunk and vector counts, and a search result."""

    documents: tuple[tuple[str, str, str, int, str], ...]
    chunks: int
    vectors: int
    hits: tuple[tuple[str, float], ...]


@pytest.fixture
def write_doc(tmp_path: Path) -> Callable[..., Path]:
    """Write a document into tmp_path/docs (or a sub-folder) and return its path."""

    def write(name: str, text: str = APRIL, folder: str = "docs") -> Path:
        path = tmp_path / folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def make_assistant(tmp_path: Path, settings_factory: Callable[..., Settings]) -> Callable[..., Assistant]:
    """An assistant over its own index in tmp_path, with the shared embedding cache unless told otherwise."""

    def make(name: str = "index", **overrides: object) -> Assistant:
        return Assistant.from_settings(settings_factory(tmp_path / name, **overrides))

    return make


@pytest.fixture
def snapshot() -> Callable[[Assistant, str], Snapshot]:
    def take(assistant: Assistant, question: str = "Hur många barn var placerade i familjehem i april?") -> Snapshot:
        docs = tuple((r.document_id, r.file_name, r.file_hash, r.chunks, r.ingested_at) for r in assistant.documents())
        hits = tuple((h.chunk.chunk_id, round(h.score, 6)) for h in assistant.search(question))
        return Snapshot(docs, assistant.index.catalog.chunk_count(), assistant.index.vectors.count(), hits)

    return take
