"""The store's tables as rows with the data model's names: what ``export`` writes, ``load``
reads and the Spark job produces. Integer row ids stay inside a store: a claim is named by
its document and its id within the document ("c1"), an entity by its canonical name.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from lagebild.model import Analysis

# column -> type ("str", "int", "float", "bool"), in export order
COLUMNS: dict[str, dict[str, str]] = {
    "documents": {
        "id": "str", "checksum": "str", "language": "str", "date": "str", "section": "str",
        "title": "str", "text": "str", "ingested_at": "str",
    },
    "provenance": {
        "document": "str", "url": "str", "outlet": "str", "reader": "str", "fetched": "str",
        "path": "str",
    },
    "entities": {"canonical": "str", "type": "str", "wikidata": "str"},
    "mentions": {
        "document": "str", "start": "int", "end": "int", "text": "str", "label": "str",
        "entity": "str",
    },
    "claims": {
        "document": "str", "id": "str", "message": "str", "message_spans": "str",
        "start": "int", "end": "int", "form": "str", "modality": "str", "stwr": "str",
        "source_text": "str", "source_start": "int", "source_end": "int",
        "source_entity": "str", "cue_text": "str", "cue_start": "int", "cue_end": "int",
        "frame_text": "str", "addressee_text": "str", "relayed_by": "str",
        "event_type": "str", "event_actor": "str", "event_target": "str",
        "event_place": "str",
    },
    "quantities": {
        "document": "str", "claim": "str", "text": "str", "start": "int", "end": "int",
        "value": "float", "low": "float", "high": "float", "approximate": "bool",
        "unit": "str",
    },
    "times": {
        "document": "str", "claim": "str", "text": "str", "start": "int", "end": "int",
        "from": "str", "to": "str", "approximate": "bool",
    },
    "facts": {
        "id": "str", "event_type": "str", "actor": "str", "target": "str",
        "first_seen": "str", "last_seen": "str", "claim_count": "int", "origin_count": "int",
        "reference_document": "str", "reference_claim": "str",
    },
    "fact_claims": {
        "fact": "str", "document": "str", "claim": "str", "stance": "str", "origin": "str",
    },
    "failures": {"document": "str", "stage": "str", "error": "str", "at": "str"},
}  # fmt: skip

# the tables a document's analysis fills (what ``load`` reads back); facts are recomputed
DOCUMENT_TABLES = ("documents", "provenance", "entities", "mentions", "claims", "quantities",
                   "times", "failures")  # fmt: skip
# what ``export --what`` selects
GROUPS: dict[str, tuple[str, ...]] = {
    "documents": ("documents", "provenance", "failures"),
    "entities": ("entities", "mentions"),
    "claims": ("claims", "quantities", "times"),
    "facts": ("facts", "fact_claims"),
}


@dataclass(slots=True)
class DocumentRows:
    """One document with everything stored about it, as export rows."""

    document: dict[str, Any]
    provenance: list[dict[str, Any]] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    claims: list[dict[str, Any]] = field(default_factory=list)
    quantities: list[dict[str, Any]] = field(default_factory=list)
    times: list[dict[str, Any]] = field(default_factory=list)
    # the stages that raised on it (document, stage, error, at): ``ingest --retry-failed``
    failures: list[dict[str, Any]] = field(default_factory=list)

    def table(self, name: str) -> list[dict[str, Any]]:
        """The rows of one of :data:`DOCUMENT_TABLES`."""
        if name == "documents":
            return [self.document]
        rows: list[dict[str, Any]] = getattr(self, name)
        return rows


def typed(table: str, row: dict[str, Any]) -> dict[str, Any]:
    """The row with the table's columns in order, each value of the column's type."""
    out: dict[str, Any] = {}
    for column, kind in COLUMNS[table].items():
        value = row.get(column)
        if value is not None:
            if kind == "int":
                value = int(value)
            elif kind == "float":
                value = float(value)
            elif kind == "bool":
                value = bool(value)
            else:
                value = str(value)
        out[column] = value
    return out


def analysis_rows(analysis: Analysis, ingested_at: str) -> DocumentRows:
    """The rows an analysis is stored as (claims' figures and times tied to their claim)."""
    doc = analysis.document
    # the checksum (and the id, a prefix of it) hash the whole text: once each here,
    # not once per row
    checksum = doc.checksum
    doc_id = doc.id
    rows = DocumentRows(
        document=typed(
            "documents",
            {
                "id": doc_id, "checksum": checksum, "language": doc.language,
                "date": doc.date, "section": doc.section, "title": doc.title,
                "text": doc.text, "ingested_at": ingested_at,
            },
        )
    )  # fmt: skip
    rows.provenance = [
        typed("provenance", {"document": doc_id, "url": p.url, "outlet": p.outlet,
                             "reader": p.reader, "fetched": p.fetched, "path": p.path})
        for p in doc.provenance
    ]  # fmt: skip
    rows.entities = [
        typed("entities", {"canonical": e.canonical, "type": e.type, "wikidata": e.wikidata})
        for e in analysis.entities
    ]
    rows.mentions = [
        typed("mentions", {"document": doc_id, "start": m.start, "end": m.end, "text": m.text,
                           "label": m.label, "entity": m.entity})
        for m in analysis.mentions
    ]  # fmt: skip
    claimed: set[tuple[str, int]] = set()
    for c in analysis.claims:
        event = c.event
        rows.claims.append(
            typed(
                "claims",
                {
                    "document": doc_id, "id": c.id, "message": c.message_text,
                    "message_spans": json.dumps([s.to_json() for s in c.message],
                                                ensure_ascii=False),
                    "start": c.start, "end": c.end, "form": c.form, "modality": c.modality,
                    "stwr": c.stwr,
                    "source_text": c.source.text if c.source else None,
                    "source_start": c.source.start if c.source else None,
                    "source_end": c.source.end if c.source else None,
                    "source_entity": c.source_entity,
                    "cue_text": c.cue.text if c.cue else None,
                    "cue_start": c.cue.start if c.cue else None,
                    "cue_end": c.cue.end if c.cue else None,
                    "frame_text": c.frame.text if c.frame else None,
                    "addressee_text": c.addressee.text if c.addressee else None,
                    "relayed_by": c.relayed_by,
                    "event_type": event.type if event else None,
                    "event_actor": event.actor if event else None,
                    "event_target": event.target if event else None,
                    "event_place": event.place if event else None,
                },
            )
        )  # fmt: skip
        for q in c.quantities:
            claimed.add(("q", q.start))
            rows.quantities.append(_quantity(doc_id, c.id, q))
        for t in c.times:
            claimed.add(("t", t.start))
            rows.times.append(_time(doc_id, c.id, t))
    rows.quantities += [
        _quantity(doc_id, None, q) for q in analysis.quantities if ("q", q.start) not in claimed
    ]
    rows.times += [_time(doc_id, None, t) for t in analysis.times if ("t", t.start) not in claimed]
    rows.failures = [
        typed("failures", {"document": doc_id, "stage": f.stage, "error": f.error, "at": f.at})
        for f in analysis.failures
    ]
    return rows


def _quantity(document: str, claim: str | None, q: Any) -> dict[str, Any]:
    return typed(
        "quantities",
        {"document": document, "claim": claim, "text": q.text, "start": q.start, "end": q.end,
         "value": q.value, "low": q.low, "high": q.high, "approximate": q.approximate,
         "unit": q.unit},
    )  # fmt: skip


def _time(document: str, claim: str | None, t: Any) -> dict[str, Any]:
    return typed(
        "times",
        {"document": document, "claim": claim, "text": t.text, "start": t.start, "end": t.end,
         "from": t.from_, "to": t.to, "approximate": t.approximate},
    )  # fmt: skip
