"""Errors of the question path; each carries a message fit for the user."""


class AssistantError(Exception):
    """Base error for the assistant: `message` is shown to the user as is."""

    status = 400

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class InvalidQuestion(AssistantError):
    """The question is empty, too long or otherwise unusable."""

    status = 422


class InvalidFilter(AssistantError):
    """A filter names a value that does not exist (unknown document type, impossible year, ...)."""

    status = 422


class NotFound(AssistantError):
    """A document or conversation that is not in the index."""

    status = 404
