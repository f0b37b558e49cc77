"""lagebild.corroborate: claims about the same event grouped across documents into facts.

``update_facts(store)`` files every claim stored since the last update into facts (one
transaction); ``list_facts``, ``fact_detail``, ``source_claims`` and ``timeline`` read them.
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

__all__ = [
    "FactOptions",
    "UpdateSummary",
    "claim_facts",
    "fact_detail",
    "list_facts",
    "rebuild_facts",
    "source_claims",
    "timeline",
    "update_facts",
]
