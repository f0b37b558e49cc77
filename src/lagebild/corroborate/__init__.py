"""lagebild.corroborate: claims about the same event grouped across documents into facts.

``update_facts(store)`` files every claim stored since the last update into facts (one
transaction; with ``FactOptions(embedder=encoder_embedder())`` sentence vectors of the
claims also join reports across languages); ``list_facts``, ``fact_detail``,
``source_claims`` and ``timeline`` read them.
"""

from __future__ import annotations

from lagebild.corroborate.queries import (
    claim_facts,
    fact_detail,
    list_facts,
    source_claims,
    timeline,
)
from lagebild.corroborate.update import FactOptions, UpdateSummary, rebuild_facts, update_facts
from lagebild.corroborate.vectors import Embedder, encoder_embedder

__all__ = [
    "Embedder",
    "FactOptions",
    "UpdateSummary",
    "claim_facts",
    "encoder_embedder",
    "fact_detail",
    "list_facts",
    "rebuild_facts",
    "source_claims",
    "timeline",
    "update_facts",
]
