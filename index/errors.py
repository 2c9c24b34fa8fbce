"""Errors of the index layer, each with a message fit for the user."""

from ingest.errors import IngestError


class IndexError_(IngestError):
    """Base error for the index (named with a trailing underscore to keep the builtin usable)."""


class ConfigurationError(IndexError_):
    """A setting names something that does not exist or cannot be loaded."""


class StoreUnavailable(IndexError_):
    """The vector store cannot be reached (for example a Chroma server that is down)."""


class IndexWriteError(IndexError_):
    """The catalog could not be written (a full disk, a locked database): the index keeps its old state."""


class CatalogOutdated(IndexError_):
    """The catalog on disk was written by another schema version."""


class IndexBusy(IndexError_):
    """Another process is writing the same data dir and did not finish in time."""
