"""Re-running the pipeline over stored documents: all of them (after a knowledge-base
change or an upgrade) or those a stage failed on (``lagebild ingest --retry-failed``).

Each document keeps its row, id and provenance; its mentions, claims, figures, times and
recorded failures are replaced by a fresh analysis of the stored text, one transaction per
document. The facts are then filed afresh from all stored claims.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from lagebild.corroborate import FactOptions, rebuild_facts
from lagebild.model import Analysis
from lagebild.pipeline import Analyzer
from lagebild.store import Store

log = logging.getLogger(__name__)

# Stored texts read per query: memory stays flat however many documents are re-run.
PAGE = 200


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
    on_start: Callable[[int], None] | None = None,
) -> ReanalyzeSummary:
    """Analyse again every stored document published on or after ``since`` (all when None),
    replace its stored analysis and rebuild the facts. ``on_start`` hears how many
    documents will be analysed; the texts are read a page at a time."""
    analyzer = analyzer or Analyzer()
    summary = ReanalyzeSummary()
    ids = store.document_ids_since(since)
    if on_start is not None:
        on_start(len(ids))
    summary.claims_before = store.counts().get("claims", 0)
    pages = (store.documents_by_id(ids[i : i + PAGE]) for i in range(0, len(ids), PAGE))
    documents = (document for page in pages for document in page)
    for analysis in analyzer.analyze_documents(documents):
        store.replace_analysis(analysis)
        summary.documents += 1
        if on_document is not None:
            on_document(analysis)
    summary.claims_after = store.counts().get("claims", 0)
    summary.facts_touched = rebuild_facts(store, options).facts_touched
    log.info("%s", summary.line())
    return summary


@dataclass(slots=True)
class RetrySummary:
    """documents: analysed again; fixed: of those, with no stage failing now; still_failing:
    per stage, the documents it failed on again."""

    documents: int = 0
    fixed: int = 0
    still_failing: dict[str, int] = field(default_factory=dict)

    def line(self) -> str:
        if not self.documents:
            return "no failed stages recorded: nothing to retry"
        line = f"retried {self.documents} documents: {self.fixed} analysed in full"
        if self.still_failing:
            stages = ", ".join(f"{s} {n}" for s, n in sorted(self.still_failing.items()))
            line += f", {self.documents - self.fixed} failed again ({stages})"
        return line


def retry_failed(
    store: Store,
    *,
    analyzer: Analyzer | None = None,
    options: FactOptions | None = None,
    on_document: Callable[[Analysis], None] | None = None,
) -> RetrySummary:
    """Analyse again every stored document a pipeline stage failed on; a document that now
    analyses in full loses its failure records, one that fails again keeps the new ones.
    The facts are rebuilt when any document was analysed again."""
    analyzer = analyzer or Analyzer()
    summary = RetrySummary()
    for analysis in analyzer.analyze_documents(store.failed_documents()):
        store.replace_analysis(analysis)
        summary.documents += 1
        if analysis.failures:
            for stage in {f.stage for f in analysis.failures}:
                summary.still_failing[stage] = summary.still_failing.get(stage, 0) + 1
        else:
            summary.fixed += 1
        if on_document is not None:
            on_document(analysis)
    if summary.documents:
        rebuild_facts(store, options)
    log.info("%s", summary.line())
    return summary
