"""Re-running the pipeline over stored documents (after a knowledge-base change or an upgrade).

Each document keeps its row, id and provenance; its mentions, claims, figures and times are
replaced by a fresh analysis of the stored text, one transaction per document. The facts
are then filed afresh from all stored claims.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from lagebild.corroborate import FactOptions, rebuild_facts
from lagebild.model import Analysis
from lagebild.pipeline import Analyzer
from lagebild.store import Store

log = logging.getLogger(__name__)


@dataclass(slots=True)
class ReanalyzeSummary:
    documents: int = 0
    claims_before: int = 0
    claims_after: int = 0
    facts_touched: int = 0

    def line(self) -> str:
        return (
            f"reanalyzed {self.documents} documents; claims {self.claims_before} ->"
            f" {self.claims_after}; facts rebuilt ({self.facts_touched})"
        )


def reanalyze_store(
    store: Store,
    *,
    since: str | None = None,
    analyzer: Analyzer | None = None,
    options: FactOptions | None = None,
    on_document: Callable[[Analysis], None] | None = None,
) -> ReanalyzeSummary:
    """Analyse again every stored document published on or after ``since`` (all when None),
    replace its stored analysis and rebuild the facts."""
    analyzer = analyzer or Analyzer()
    summary = ReanalyzeSummary()
    documents = store.documents_since(since)
    summary.claims_before = store.counts().get("claims", 0)
    for analysis in analyzer.analyze_documents(documents):
        store.replace_analysis(analysis)
        summary.documents += 1
        if on_document is not None:
            on_document(analysis)
    summary.claims_after = store.counts().get("claims", 0)
    summary.facts_touched = rebuild_facts(store, options).facts_touched
    log.info("%s", summary.line())
    return summary
