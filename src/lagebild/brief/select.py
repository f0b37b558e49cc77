"""Which facts and claims a briefing covers, read through the store and corroborate
functions: one fact, the facts around an entity, the facts a full-text query hits, or
the largest facts; each with its claims in full (spans, cue, frame, figures, document)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lagebild.corroborate import fact_detail, list_facts
from lagebild.errors import LagebildError
from lagebild.store import ClaimFilter, Store

# Words that may open a source's noun phrase in lower case.
ARTICLES = frozenset({"der", "die", "das", "den", "dem", "des", "the", "a", "an"})


class BriefingError(LagebildError):
    """A briefing was asked for something the store does not hold."""


@dataclass(slots=True)
class ClaimView:
    """One claim as a briefing uses it."""

    id: int
    document: str
    language: str
    date: str | None
    form: str
    modality: str
    stance: str | None
    origin: str | None
    source_entity: str | None
    source_text: str | None
    cue: str | None
    frame: str | None
    event_type: str | None
    actor: str | None
    target: str | None
    message: str
    spans: list[dict[str, Any]]
    quantities: list[dict[str, Any]]
    other_spans: list[dict[str, Any]] = field(default_factory=list)  # source and cue

    @property
    def attributed(self) -> bool:
        """Whether the claim has a source a briefing can name (not a stray lower-case
        phrase such as "keine weiteren Zahlen")."""
        if self.form == "unattributed":
            return False
        if self.source_entity:
            return True
        text = (self.source_text or "").split()
        return bool(text) and (not text[0][:1].islower() or text[0].casefold() in ARTICLES)


@dataclass(slots=True)
class FactView:
    """A fact with its claims in document-date order."""

    id: str
    event_type: str
    actor: str | None
    target: str | None
    first_seen: str | None
    last_seen: str | None
    claims: list[ClaimView]
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Selection:
    """What to brief on: one of fact, entity, query (or none: the largest facts)."""

    fact: str | None = None
    entity: str | None = None
    query: str | None = None
    since: str | None = None
    max_facts: int = 5
    min_claims: int = 2


def join_spans(spans: list[dict[str, Any]], text: str) -> str:
    """A message's spans as one stretch of words: a gap holding a comma becomes ", ",
    any other gap (a frame or cue inside the message) one space."""
    out = ""
    previous_end: int | None = None
    for span in spans:
        if previous_end is not None:
            gap = text[previous_end : span["start"]]
            out += ", " if "," in gap else " "
        out += span["text"]
        previous_end = span["end"]
    return " ".join(out.split())


def select_facts(store: Store, selection: Selection) -> list[FactView]:
    """The facts a briefing covers, most sources first, with their claims in full."""
    if selection.fact:
        detail = fact_detail(store, selection.fact)
        if detail is None:
            raise BriefingError(
                f"no fact {selection.fact!r} in the store; `lagebild facts` lists them"
            )
        facts = [detail]
    else:
        facts = list_facts(store, entity=selection.entity, since=selection.since)
        if selection.query:
            hits = {
                int(row["id"])
                for row in store.claims(ClaimFilter(query=selection.query, since=selection.since))
            }
            facts = [f for f in facts if any(c["claim"] in hits for c in f["claims"])]
        facts = [f for f in facts if len(f["claims"]) >= selection.min_claims]
        facts.sort(key=lambda f: (-f["origins"], -len(f["claims"]), f["first_seen"] or ""))
        facts = facts[: selection.max_facts]
    return [_view(store, f, selection.since) for f in facts]


def _view(store: Store, fact: dict[str, Any], since: str | None) -> FactView:
    summary = {c["claim"]: c for c in fact["claims"]}
    rows = store.claims_by_id(list(summary))
    documents: dict[str, dict[str, Any]] = {}
    claims: list[ClaimView] = []
    for claim_id, row in rows.items():
        if since and (row["document_date"] or "") < since:
            continue
        doc = documents.get(row["document_id"])
        if doc is None:
            doc = store.document(row["document_id"]) or {}
            documents[row["document_id"]] = doc
        claims.append(
            ClaimView(
                id=claim_id,
                document=row["document_id"],
                language=row["document_language"] or "de",
                date=row["document_date"],
                form=row["form"],
                modality=row["modality"],
                stance=summary[claim_id]["stance"],
                origin=summary[claim_id]["origin"],
                source_entity=row["source_entity"],
                source_text=row["source_text"],
                cue=row["cue_text"],
                frame=row["frame_text"],
                event_type=row["event_type"],
                actor=row["event_actor"],
                target=row["event_target"],
                message=join_spans(row["message_spans"], doc.get("text", "")),
                spans=row["message_spans"],
                quantities=row["quantities"],
                other_spans=[
                    {
                        "text": row[f"{part}_text"],
                        "start": row[f"{part}_start"],
                        "end": row[f"{part}_end"],
                    }
                    for part in ("source", "cue")
                    if row[f"{part}_start"] is not None
                ],
            )
        )
    claims.sort(key=lambda c: (c.date or "", c.document, c.spans[0]["start"] if c.spans else 0))
    return FactView(
        id=fact["id"],
        event_type=fact["event"]["type"],
        actor=fact["event"]["actor"],
        target=fact["event"]["target"],
        first_seen=fact["first_seen"],
        last_seen=fact["last_seen"],
        claims=claims,
        documents=documents,
    )
