"""lagebild.store: where analyses are kept (SQLite by default, PostgreSQL for teams)."""

from __future__ import annotations

from pathlib import Path

from lagebild.store.base import Session, Store, is_postgres_url
from lagebild.store.rows import DocumentRows
from lagebild.store.session import ClaimFilter

__all__ = ["ClaimFilter", "DocumentRows", "Session", "Store", "is_postgres_url", "open_store"]


def open_store(
    url: str | Path = "lagebild.db", *, create: bool = True, readonly: bool = False
) -> Store:
    """The store at ``url``: a SQLite path, ``sqlite:///path``, ``:memory:``, or a
    ``postgresql://`` URL.

    With ``create=False`` (for reading) a store that does not exist is a StoreError and
    nothing is created or written. ``readonly``: read an existing store only, through
    read-only connections (the web app).
    """
    text = str(url)
    if text.startswith("sqlite:///"):
        text = text[len("sqlite:///") :]
    return Store(text, create=create, readonly=readonly)
