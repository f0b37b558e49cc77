"""lagebild: news articles to a situational picture that keeps who said what."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from lagebild.model import (
    Analysis,
    Claim,
    Document,
    Entity,
    Event,
    Mention,
    Quantity,
    Span,
    TimeExpr,
)

if TYPE_CHECKING:
    from lagebild.pipeline import Analyzer, analyze
    from lagebild.store import Store

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Analyzer",
    "Claim",
    "Document",
    "Entity",
    "Event",
    "Mention",
    "Quantity",
    "Span",
    "Store",
    "TimeExpr",
    "__version__",
    "analyze",
]


def __getattr__(name: str) -> Any:
    """``analyze``, ``Analyzer`` and ``Store`` load spaCy and SQLite code only when used."""
    if name in {"analyze", "Analyzer"}:
        from lagebild import pipeline

        return getattr(pipeline, name)
    if name == "Store":
        from lagebild.store import Store

        return Store
    raise AttributeError(f"module 'lagebild' has no attribute {name!r}")
