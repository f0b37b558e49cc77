"""lagebild.store: where analyses are kept (SQLite by default)."""

from __future__ import annotations

from pathlib import Path

from lagebild.errors import StoreError
from lagebild.store.sqlite import ClaimFilter, Store

__all__ = ["ClaimFilter", "Store", "open_store"]


def open_store(url: str | Path = "lagebild.db", *, create: bool = True) -> Store:
    """The store at ``url``: a SQLite path, ``sqlite:///path`` or ``:memory:``.

    With ``create=False`` (for reading) a store that does not exist is a StoreError and
    nothing is created or written.
    """
    text = str(url)
    if text.startswith(("postgresql://", "postgres://")):
        raise StoreError(f"{text}: the PostgreSQL store is not available in this version")
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///") :]
    return Store(text, create=create)
