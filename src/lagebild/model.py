"""The data model: one vocabulary for code, database, API and exports.

Every record here is a plain dataclass with character offsets into the stored
``Document.text``. Nothing in this module depends on spaCy, the store or the web.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Literal, cast, get_args

SCHEMA_VERSION = 1

EntityLabel = Literal["PER", "ORG", "GPE", "LOC", "OTH"]
Form = Literal["direct", "indirect", "reported", "free_indirect", "unattributed"]
Modality = Literal[
    "asserted",
    "reportative",
    "possible",
    "unlikely",
    "expected",
    "demanded",
    "denied",
    "unconfirmed",
]
Stwr = Literal["speech", "thought", "writing"]

FORMS: tuple[str, ...] = get_args(Form)
MODALITIES: tuple[str, ...] = get_args(Modality)
ENTITY_LABELS: tuple[str, ...] = get_args(EntityLabel)


def entity_label(value: str) -> EntityLabel:
    """``value`` as an :data:`EntityLabel`; a ValueError names a value that is none."""
    if value not in ENTITY_LABELS:
        raise ValueError(f"entity label {value!r} is not one of {' '.join(ENTITY_LABELS)}")
    return cast(EntityLabel, value)


EVENT_TYPES: tuple[str, ...] = (
    "DEPLOY_TROOPS",
    "SUPPLY_WEAPONS",
    "SIGN_AGREEMENT",
    "MEET",
    "FIGHT",
    "ATTACK",
    "THREATEN",
    "ACCUSE",
    "SANCTION",
    "PROTEST",
    "ARREST",
    "CASUALTIES",
    "DISASTER",
    "ECONOMIC_FIGURE",
    "POLICY",
    "ELECTION",
)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of ``Document.text``: ``text == document.text[start:end]``."""

    text: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(slots=True)
class Quantity:
    """A figure: a point ``value`` or bounds ``low``/``high``; vague amounts have a range."""

    text: str
    start: int
    end: int
    value: float | None
    low: float | None = None
    high: float | None = None
    approximate: bool = False
    unit: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": _num(self.value),
            "low": _num(self.low),
            "high": _num(self.high),
            "approximate": self.approximate,
            "unit": self.unit,
        }


@dataclass(slots=True)
class TimeExpr:
    """A time expression resolved against the document date (ISO, text granularity)."""

    text: str
    start: int
    end: int
    from_: str | None
    to: str | None
    approximate: bool = False

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "from": self.from_,
            "to": self.to,
            "approximate": self.approximate,
        }


@dataclass(slots=True)
class Mention:
    """A named mention of an entity; ``entity`` is the canonical name when resolved."""

    text: str
    start: int
    end: int
    label: EntityLabel
    entity: str | None = None
    wikidata: str | None = None

    def span(self) -> Span:
        return Span(self.text, self.start, self.end)


@dataclass(slots=True)
class Entity:
    """A canonical entity of the knowledge base (English Wikipedia name)."""

    canonical: str
    type: str
    wikidata: str | None = None
    aliases: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Event:
    """The main event of a claim's message, typed with the PLOVER-aligned vocabulary."""

    type: str
    actor: str | None = None
    target: str | None = None
    place: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"type": self.type, "actor": self.actor, "target": self.target}
        if self.place:
            out["place"] = self.place
        return out


@dataclass(slots=True)
class Claim:
    """One statement: what was said (message), by whom (source), and how (cue, form)."""

    id: str
    message: list[Span]
    form: Form = "unattributed"
    source: Span | None = None
    source_entity: str | None = None
    cue: Span | None = None
    frame: Span | None = None
    addressee: Span | None = None
    modality: Modality = "asserted"
    stwr: Stwr | None = None
    event: Event | None = None
    quantities: list[Quantity] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    relayed_by: str | None = None
    rule: str | None = None  # the attribution rule that found the claim

    @property
    def start(self) -> int:
        return min(s.start for s in self.message)

    @property
    def end(self) -> int:
        return max(s.end for s in self.message)

    @property
    def message_text(self) -> str:
        return " … ".join(s.text for s in self.message)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source.to_json() if self.source else None,
            "source_entity": self.source_entity,
            "cue": self.cue.to_json() if self.cue else None,
            "frame": self.frame.to_json() if self.frame else None,
            "message": [s.to_json() for s in self.message],
            "form": self.form,
            "modality": self.modality,
            "event": self.event.to_json() if self.event else None,
            "quantities": [q.to_json() for q in self.quantities],
            "times": [t.to_json() for t in self.times],
            "relayed_by": self.relayed_by,
            "addressee": self.addressee.to_json() if self.addressee else None,
            "stwr": self.stwr,
            "rule": self.rule,
        }


@dataclass(slots=True)
class Provenance:
    """Where one copy of a document came from."""

    url: str | None = None
    outlet: str | None = None
    reader: str = "text"
    fetched: str | None = None
    path: str | None = None


@dataclass(slots=True)
class Document:
    """An article: metadata plus the stored ``text`` all offsets point into."""

    text: str
    language: str | None = None
    date: str | None = None
    section: str | None = None
    title: str | None = None
    body_start: int = 0
    provenance: list[Provenance] = field(default_factory=list)
    # (text, its checksum) once computed: not a field of the article (no init, repr, compare)
    _checksum: tuple[str, str] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def checksum(self) -> str:
        """:func:`text_checksum` of ``text``, computed once (again only if ``text`` is
        replaced)."""
        cached = self._checksum
        if cached is None or cached[0] is not self.text:
            cached = (self.text, text_checksum(self.text))
            self._checksum = cached
        return cached[1]

    @property
    def id(self) -> str:
        return self.checksum[:16]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "section": self.section,
            "language": self.language,
            "body_start": self.body_start,
            "checksum": self.checksum,
            "provenance": [asdict(p) for p in self.provenance],
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class StageFailure:
    """A pipeline stage that raised on a document: the analysis holds what the other stages
    produced. ``stage`` is the component's name (``lagebild_attribution``), ``tokenizer``,
    ``resolve`` (collecting the output) or ``analysis`` (the whole analysis, e.g. a crashed
    worker); ``error`` the exception's type and message; ``at`` when (ISO, UTC)."""

    stage: str
    error: str
    at: str

    def to_json(self) -> dict[str, Any]:
        return {"stage": self.stage, "error": self.error, "at": self.at}


@dataclass(slots=True)
class Analysis:
    """Everything extracted from one document: the contract of ``analyze --json``.

    failures: the stages that raised on it (empty when the analysis is complete).
    """

    document: Document
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    times: list[TimeExpr] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    failures: list[StageFailure] = field(default_factory=list)
    # reports nested in another claim's message ("X said that polls show Y": "polls show"),
    # kept beside the claims, whose messages they do not split (DESIGN: a message is one
    # statement); only the PolNeAR scorer counts them
    nested_claims: list[Claim] = field(default_factory=list)

    def entity_groups(self) -> list[dict[str, Any]]:
        """Mentions grouped by canonical entity (unresolved mentions group by their text)."""
        groups: dict[tuple[str, str], dict[str, Any]] = {}
        by_name = {e.canonical: e for e in self.entities}
        for m in self.mentions:
            key = (m.entity or m.text, m.label)
            group = groups.get(key)
            if group is None:
                known = by_name.get(m.entity) if m.entity else None
                group = {
                    "canonical": m.entity or m.text,
                    "type": known.type if known else m.label,
                    "wikidata": known.wikidata if known else m.wikidata,
                    "resolved": m.entity is not None,
                    "mentions": [],
                }
                groups[key] = group
            group["mentions"].append(m.span().to_json())
        return list(groups.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA_VERSION,
            "document": self.document.to_json(),
            "entities": self.entity_groups(),
            "claims": [c.to_json() for c in self.claims],
            "quantities": [q.to_json() for q in self.quantities],
            "times": [t.to_json() for t in self.times],
            "failures": [f.to_json() for f in self.failures],
        } | (
            {"nested_claims": [c.to_json() for c in self.nested_claims]}
            if self.nested_claims
            else {}
        )


def text_checksum(text: str) -> str:
    """SHA-256 of the text with whitespace normalized: equal stories get equal checksums."""
    normalized = " ".join(text.split())
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()


def _num(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value
