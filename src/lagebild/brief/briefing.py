"""What a briefing is made of: sentences that carry the claims and character spans they
came from, paragraphs, sections per fact, and the list of source documents."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Trace:
    """One stretch of a stored document a sentence rests on."""

    claim: int
    document: str
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {
            "claim": self.claim,
            "document": self.document,
            "start": self.start,
            "end": self.end,
            "text": self.text,
        }


@dataclass(slots=True)
class Sentence:
    """A sentence of the briefing and the claims (with their spans) it was built from."""

    text: str
    claims: list[int]
    traces: list[Trace] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "claims": self.claims,
            "spans": [t.to_json() for t in self.traces],
        }


@dataclass(slots=True)
class Paragraph:
    """Sentences about one source (or the denials, or the lead)."""

    sentences: list[Sentence]
    heading: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"heading": self.heading, "sentences": [s.to_json() for s in self.sentences]}


@dataclass(slots=True)
class Section:
    """One fact: a headline, a lead and its paragraphs."""

    fact: str
    headline: Sentence
    lead: list[Sentence]
    paragraphs: list[Paragraph]

    def sentences(self) -> list[Sentence]:
        return [self.headline, *self.lead, *(s for p in self.paragraphs for s in p.sentences)]

    def to_json(self) -> dict[str, Any]:
        return {
            "fact": self.fact,
            "headline": self.headline.to_json(),
            "lead": [s.to_json() for s in self.lead],
            "paragraphs": [p.to_json() for p in self.paragraphs],
        }


@dataclass(frozen=True, slots=True)
class SourceDocument:
    """An entry of the Quellen/Sources list."""

    document: str
    title: str | None
    date: str | None
    outlet: str | None
    url: str | None
    language: str | None

    def to_json(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "title": self.title,
            "date": self.date,
            "outlet": self.outlet,
            "url": self.url,
            "language": self.language,
        }


@dataclass(slots=True)
class Briefing:
    """A briefing in one language over one or more facts."""

    language: str
    title: str
    sections: list[Section]
    sources: list[SourceDocument]

    def sentences(self) -> list[Sentence]:
        return [s for section in self.sections for s in section.sentences()]

    def to_json(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "title": self.title,
            "sections": [s.to_json() for s in self.sections],
            "sources": [s.to_json() for s in self.sources],
        }
