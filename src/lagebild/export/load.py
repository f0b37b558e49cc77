"""Loading Parquet (from ``lagebild export`` or the Spark job) into a store, idempotently:
a document already stored gets only the provenance it lacks."""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lagebild.errors import LagebildError
from lagebild.export.arrow import pyarrow
from lagebild.store import DocumentRows, Store
from lagebild.store.rows import DOCUMENT_TABLES, typed

log = logging.getLogger(__name__)


@dataclass(slots=True)
class LoadSummary:
    """documents: rows read; stored: new documents; known: already in the store."""

    documents: int = 0
    stored: int = 0
    known: int = 0

    def line(self) -> str:
        return f"loaded {self.stored} new documents, {self.known} already stored"


def read_table(directory: Path, table: str) -> list[dict[str, Any]]:
    """The rows of ``table`` under ``directory``: ``table.parquet`` or a ``table/`` directory
    of part files (as Spark writes it); no rows when neither is there."""
    pa = pyarrow()
    for path in (directory / f"{table}.parquet", directory / table):
        if path.exists():
            rows: list[dict[str, Any]] = pa.parquet.read_table(str(path)).to_pylist()
            return [typed(table, r) for r in rows]
    return []


def load_parquet(
    directory: Path, store: Store, on_document: Callable[[LoadSummary], None] | None = None
) -> LoadSummary:
    """Put every document of the Parquet tables under ``directory`` into ``store``, each in
    its own transaction (with its provenance, mentions, claims, figures, times and the
    stages that failed on it)."""
    if not directory.is_dir():
        raise LagebildError(f"{directory}: not a directory of Parquet tables")
    tables = {t: read_table(directory, t) for t in DOCUMENT_TABLES}
    if not tables["documents"]:
        raise LagebildError(f"{directory}: no documents table (documents.parquet or documents/)")
    entities = {e["canonical"]: e for e in tables["entities"]}
    per_document: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for table in ("provenance", "mentions", "claims", "quantities", "times", "failures"):
        for row in tables[table]:
            per_document[row["document"]][table].append(row)
    summary = LoadSummary()
    for document in sorted(tables["documents"], key=lambda d: d["id"]):
        parts = per_document.get(document["id"], {})
        mentions = parts.get("mentions", [])
        names = sorted({m["entity"] for m in mentions if m["entity"]})
        missing = [n for n in names if n not in entities]
        if missing:
            raise LagebildError(
                f"{directory}: document {document['id']} names entities missing from the"
                f" entities table: {', '.join(missing[:3])}"
            )
        rows = DocumentRows(
            document=document,
            provenance=parts.get("provenance", []),
            entities=[entities[n] for n in names],
            mentions=mentions,
            claims=parts.get("claims", []),
            quantities=parts.get("quantities", []),
            times=parts.get("times", []),
            failures=parts.get("failures", []),
        )
        summary.documents += 1
        if store.add_rows(rows):
            summary.stored += 1
        else:
            summary.known += 1
        if on_document is not None:
            on_document(summary)
    log.info("%s: %s", directory, summary.line())
    return summary
