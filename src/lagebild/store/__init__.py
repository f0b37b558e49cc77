"""lagebild.store: where analyses are kept (SQLite by default)."""

from __future__ import annotations

from pathlib import Path

from lagebild.errors import StoreError
from lagebild.store.sqlite import ClaimFilter, Store

__all__ = ["ClaimFilter", "Store", "open_store"]


def open_store(url: str | Path = "lagebild.db", *, readonly: bool = False) -> Store:
    """The store at ``url``: a SQLite path, ``sqlite:///path`` or ``:memory:``.

    readonly: read an existing store only (``StoreError`` if there is none)."""
    text = str(url)
    if text.startswith(("postgresql://", "postgres://")):
        raise StoreError(f"{text}: the PostgreSQL store is not available in this version")
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///") :]
    return Store(text, readonly=readonly)
