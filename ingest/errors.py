"""Errors raised while reading documents; each carries a message a user can act on."""


class IngestError(Exception):
    """Base error for ingest: `message` is shown to the user as is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UnreadableDocument(IngestError):
    """The file cannot be read (corrupt, encrypted, empty, too large, unknown format)."""
