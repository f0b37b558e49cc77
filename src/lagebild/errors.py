"""lagebild's exceptions: each names the input it is about and what to do."""

from __future__ import annotations


class LagebildError(Exception):
    """Base class of every error lagebild raises on purpose."""


class InputError(LagebildError):
    """An input (file, record, line) could not be read as an article."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class ModelNotFoundError(LagebildError):
    """A spaCy pipeline that was asked for is not there."""


class StoreError(LagebildError):
    """The store could not be opened or written."""


class QuerySyntaxError(StoreError):
    """A full-text query the store's FTS5 cannot parse."""

    def __init__(self, query: str, reason: str) -> None:
        super().__init__(f"full-text query {query!r}: {reason}")
        self.query = query
        self.reason = reason
