"""A document's text cut into segments that carry what is marked there: the claim roles
(source, cue, message), figures and dates with their normalized value, entity mentions."""

from __future__ import annotations

import itertools
import json
from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from lagebild.cli.render import format_quantity, format_time

# where roles overlap, the first wins; "plain" is the message of an unattributed claim
ROLES = ("source", "cue", "message", "plain")


@dataclass(slots=True)
class Segment:
    """A stretch of text with one set of marks; None where nothing of that kind is."""

    text: str
    role: str | None = None
    claim: str | None = None
    entity: int | None = None
    entity_name: str | None = None
    figure: str | None = None
    date: str | None = None

    def marks(self) -> tuple[Any, ...]:
        return (self.role, self.claim, self.entity, self.figure, self.date)

    @property
    def title(self) -> str:
        parts = [p for p in (self.figure, self.date, self.entity_name) if p]
        return " · ".join(parts)


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    kind: str
    order: int
    payload: Any


def segments(
    text: str,
    claims: list[dict[str, Any]],
    spans: dict[str, list[dict[str, Any]]],
) -> list[Segment]:
    """``text`` as segments; ``claims`` as the store lists them, ``spans`` as
    ``Store.document_spans`` gives them. Marks outside the text are ignored."""
    marks = _marks(claims, spans, len(text))
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starting: dict[int, list[_Mark]] = {}
    ending: dict[int, list[_Mark]] = {}
    for m in marks:
        starting.setdefault(m.start, []).append(m)
        ending.setdefault(m.end, []).append(m)
    active: dict[int, _Mark] = {}
    out: list[Segment] = []
    for left, right in itertools.pairwise(cuts):
        for m in ending.get(left, []):
            active.pop(id(m), None)
        for m in starting.get(left, []):
            active[id(m)] = m
        segment = _segment(text[left:right], active.values())
        if out and out[-1].marks() == segment.marks():
            out[-1].text += segment.text
        else:
            out.append(segment)
    return out


def _marks(
    claims: list[dict[str, Any]], spans: dict[str, list[dict[str, Any]]], length: int
) -> list[_Mark]:
    marks: list[_Mark] = []

    def add(start: Any, end: Any, kind: str, order: int, payload: Any) -> None:
        if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= length:
            marks.append(_Mark(start, end, kind, order, payload))

    for order, claim in enumerate(claims):
        key = claim["claim_key"]
        add(claim.get("source_start"), claim.get("source_end"), "source", order, key)
        add(claim.get("cue_start"), claim.get("cue_end"), "cue", order, key)
        role = "plain" if claim.get("form") == "unattributed" else "message"
        for span in json.loads(claim.get("message_spans") or "[]"):
            add(span.get("start"), span.get("end"), role, order, key)
    for q in spans.get("quantities", []):
        add(q["start"], q["end"], "figure", 0, format_quantity(q))
    for t in spans.get("times", []):
        add(t["start"], t["end"], "date", 0, format_time(t))
    for m in spans.get("mentions", []):
        if m.get("entity_id") is not None:
            add(m["start"], m["end"], "entity", 0, (m["entity_id"], m.get("canonical")))
    return marks


def _segment(text: str, active: Any) -> Segment:
    segment = Segment(text)
    best: tuple[int, int] | None = None
    for m in active:
        if m.kind in ROLES:
            rank = (ROLES.index(m.kind), m.order)
            if best is None or rank < best:
                best = rank
                segment.role, segment.claim = m.kind, m.payload
        elif m.kind == "figure":
            segment.figure = m.payload
        elif m.kind == "date":
            segment.date = m.payload
        elif m.kind == "entity" and segment.entity is None:
            segment.entity, segment.entity_name = m.payload
    return segment


def to_html(parts: list[Segment]) -> Markup:
    """The segments as escaped HTML: a ``span`` per marked stretch (classes ``role-*``,
    ``fig``, ``date``; ``data-claim``; the normalized value as ``title``) inside an entity
    link where there is one. Built here rather than in a template loop: a long article has
    thousands of segments."""
    out: list[str] = []
    for s in parts:
        html = str(escape(s.text))
        if s.role or s.figure or s.date:
            classes = [f"role-{s.role}"] if s.role else []
            classes += ["fig"] if s.figure else []
            classes += ["date"] if s.date else []
            attrs = f' class="{" ".join(classes)}"'
            if s.claim:
                attrs += f' data-claim="{escape(s.claim)}"'
            if s.figure or s.date:
                attrs += f' title="{escape(s.title)}"'
            html = f"<span{attrs}>{html}</span>"
        if s.entity is not None:
            html = (
                f'<a class="ent" href="/entities/{int(s.entity)}" title="{escape(s.title)}">'
                f"{html}</a>"
            )
        out.append(html)
    return Markup("".join(out))
