"""lagebild: news articles to a situational picture that keeps who said what."""

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

__version__ = "0.1.0"

__all__ = [
    "Analysis",
    "Claim",
    "Document",
    "Entity",
    "Event",
    "Mention",
    "Quantity",
    "Span",
    "TimeExpr",
    "__version__",
]
