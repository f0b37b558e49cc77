"""A claim as spaCy spans on its Doc: what attribution writes to ``doc._.claims``.

Modality (``doc._.modalities``) and events (``doc._.events``) read these spans and write
their own lists, one entry per claim; characters are computed once, when the analysis is
built (:func:`lagebild.pipeline.build_analysis`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span

from lagebild.model import Form, Modality, Stwr


@dataclass(slots=True)
class ClaimSpans:
    """Who said what, as token spans: message parts, source, cue, frame, addressee, relay."""

    message: list[Span]
    form: Form
    source: Span | None = None
    cue: Span | None = None
    frame: Span | None = None
    addressee: Span | None = None
    relay: Span | None = None
    stwr: Stwr | None = None
    cue_modality: Modality | None = None
    rule: str = ""

    @property
    def start_char(self) -> int:
        return min(s.start_char for s in self.message)

    @property
    def end_char(self) -> int:
        return max(s.end_char for s in self.message)

    @property
    def first(self) -> Span:
        """The message part that comes first in the text."""
        return min(self.message, key=lambda s: s.start)
