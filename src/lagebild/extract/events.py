"""Events: the main event of each claim's message, with actor, target and place.

Event types come from trigger words (``event_lexicon``); actor and target are the
resolved entity mentions of the message (a state behind a demonym counts), chosen by
the prepositions before them; a claim with an event but no named participants takes
them from the nearest claim before it that has them.
Reads ``doc._.claims`` and ``doc._.mentions``; writes ``doc._.events`` (one per claim).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.extract.claim_spans import ClaimSpans
from lagebild.extract.event_lexicon import (
    CUE_EVENTS,
    NO_ACTOR_TYPES,
    PRIORITY,
    REQUIRES,
    TRIGGERS_DE,
)
from lagebild.extract.event_lexicon_en import (
    CUE_EVENTS_EN,
    REQUIRES_EN,
    TARGET_PREPS_EN,
    TRIGGERS_EN,
)
from lagebild.model import Event, Mention
from lagebild.nlp.extensions import register_extensions

register_extensions()

PARTICIPANT_LABELS = frozenset({"GPE", "ORG", "PER"})
COMPASS = frozenset(
    {"osten", "westen", "norden", "süden", "nordosten", "südosten", "zentrum",
     "east", "west", "north", "south", "northeast", "southeast", "centre", "center"}
)  # fmt: skip
TARGET_PREPS: dict[str, frozenset[str]] = {
    "DEPLOY_TROOPS": frozenset({"nach", "in", "im", "zu", "an"}),
    "SUPPLY_WEAPONS": frozenset({"an", "nach", "für"}),
    "ATTACK": frozenset({"gegen", "auf", "in", "im"}),
    "FIGHT": frozenset({"gegen"}),
    "THREATEN": frozenset({"gegen", "mit"}),
    "ACCUSE": frozenset({"gegen"}),
    "SANCTION": frozenset({"gegen"}),
    "MEET": frozenset({"mit", "in", "nach"}),
    "SIGN_AGREEMENT": frozenset({"mit"}),
}
OPPONENT_PREPS = frozenset({"gegen"})
MIN_SCORE = 2.0


@dataclass(frozen=True, slots=True)
class Trigger:
    stem: str
    prefix: bool
    weight: float
    requires: tuple[str, ...]

    def found_in(self, words: str) -> bool:
        """Whether the trigger is among ``words`` (space-separated, with spaces at both ends)."""
        return (" " + self.stem if self.prefix else f" {self.stem} ") in words


def _compile(
    triggers: dict[str, tuple[str, ...]], requires: dict[str, tuple[str, ...]] = REQUIRES
) -> dict[str, list[Trigger]]:
    compiled: dict[str, list[Trigger]] = {}
    for event_type, words in triggers.items():
        out = []
        for word in words:
            key = word.lstrip("~")
            out.append(
                Trigger(
                    stem=key.rstrip("*"),
                    prefix=key.endswith("*"),
                    weight=1.0 if word.startswith("~") else 2.0,
                    requires=requires.get(key, ()),
                )
            )
        compiled[event_type] = out
    return compiled


class EventClassifier:
    """Types each claim's main event and fills actor, target and place."""

    def __init__(
        self, nlp: Language, name: str, *, triggers: dict[str, tuple[str, ...]] | None = None
    ) -> None:
        self.name = name
        self.triggers = _compile(triggers or TRIGGERS_DE)
        self.triggers_en = _compile(TRIGGERS_EN, REQUIRES_EN)

    def __call__(self, doc: Doc) -> Doc:
        claims: list[ClaimSpans] = doc._.claims or []
        mentions: list[Mention] = doc._.mentions or []
        events: list[Event | None] = []
        previous: Event | None = None
        for claim in claims:
            event_type = self.classify(doc, claim, mentions)
            if event_type is None:
                events.append(None)
                continue
            event = _participants(doc, claim, event_type, mentions)
            if previous is not None:
                if event.actor is None and event.target is None:
                    event.actor, event.target = previous.actor, previous.target
                elif event.target is None and event.actor == previous.actor:
                    event.target = previous.target
            events.append(event)
            if event.actor or event.target:
                previous = event
        doc._.events = events
        return doc

    def classify(self, doc: Doc, claim: ClaimSpans, mentions: Sequence[Mention] = ()) -> str | None:
        """The event type of a claim's message, or None when no type scores enough."""
        words: list[str] = []
        for span in claim.message:
            for token in span:
                words.append(token.lemma_.lower() or token.lower_)
                if token.lower_ != words[-1]:
                    words.append(token.lower_)
        text = " ".join(words)
        padded = f" {text} "
        scores: dict[str, float] = {}
        english = doc.lang_ == "en"
        for event_type, triggers in (self.triggers_en if english else self.triggers).items():
            score = 0.0
            for trigger in triggers:
                if trigger.found_in(padded) and (
                    not trigger.requires or any(r in text for r in trigger.requires)
                ):
                    score += trigger.weight
            if score >= MIN_SCORE:
                scores[event_type] = score
        cue_event = (CUE_EVENTS_EN if english else CUE_EVENTS).get(_cue_lemma(doc, claim) or "")
        if cue_event is not None:
            return cue_event
        if not scores and _foreign_troops(doc, claim, mentions):
            return "DEPLOY_TROOPS"
        if not scores:
            return None
        best = max(scores.values())
        return next(t for t in PRIORITY if scores.get(t) == best)


TROOP_STEMS = ("troop", "soldier", "infantry", "soldat", "truppe", "infanterist")
PLACE_PREPS = frozenset({"in", "into", "to", "nach", "im"})


def _foreign_troops(doc: Doc, claim: ClaimSpans, mentions: Sequence[Mention]) -> bool:
    """Whether the message places one state's soldiers in another state's territory:
    "North Korean soldiers in eastern Russia", "nordkoreanische Soldaten in Russland"."""
    states = [m for m in mentions if m.label == "GPE" and m.entity and _within(m, claim)]
    for span in claim.message:
        for token in span:
            if not token.lower_.startswith(TROOP_STEMS):
                continue
            own = next((m for m in states if m.end <= token.idx <= m.end + 1), None)
            if own is None:
                continue
            for m in states:
                if m.start <= token.idx or m.entity == own.entity:
                    continue
                prep = _preposition_before(doc, m)[0]
                near = len(doc.text[token.idx + len(token) : m.start].split()) <= 3
                if near and (prep in PLACE_PREPS or prep == "compass"):
                    return True
    return False


def _participants(doc: Doc, claim: ClaimSpans, event_type: str, mentions: list[Mention]) -> Event:
    """Actor and target from the mentions in the message, then in the rest of its sentence."""
    # a place the knowledge base does not know ("Region Valencia") is no state to act or be
    # targeted: the seed's convention names the state and keeps the region as the place
    inside = [
        m
        for m in mentions
        if _within(m, claim) and m.label in PARTICIPANT_LABELS and (m.entity or m.label != "GPE")
    ]
    table = TARGET_PREPS_EN if doc.lang_ == "en" else TARGET_PREPS
    target_preps = table.get(event_type, frozenset())
    actor: str | None = None
    target: str | None = None
    place: str | None = None
    for m in inside:
        prep, phrase = _preposition_before(doc, m)
        if prep in OPPONENT_PREPS and prep not in target_preps:
            continue
        if prep in target_preps or prep == "compass":
            if target is None and (m.entity or m.text) != actor:
                target = m.entity or m.text
                place = phrase
        elif actor is None:
            actor = m.entity or m.text
    if target is None and actor is not None:
        sent = claim.first[0].sent
        for m in mentions:
            if (
                sent.start_char <= m.start < sent.end_char
                and m.entity
                and m.label == "GPE"
                and m.entity != actor
                and _preposition_before(doc, m)[0] not in OPPONENT_PREPS
                and not _in_attribution(m, claim)
            ):
                target = m.entity
                break
    if event_type in NO_ACTOR_TYPES:
        if target is None and actor is not None:
            target = actor
        actor = None
    if event_type == "ECONOMIC_FIGURE":
        # a figure belongs to an economy: the state it is given for ("die Arbeitslosenquote
        # in Deutschland", "Prognose für Deutschland"), else whoever the message names; no target
        state = next(
            (m for m in inside if m.label == "GPE" and m.entity and _located_in(doc, m)), None
        )
        actor, target = (state.entity if state else actor or target), None
    return Event(type=event_type, actor=actor, target=target, place=place)


def _located_in(doc: Doc, mention: Mention) -> bool:
    """Whether a mention follows 'in'/'für'/'in der' ('für Deutschland', 'in Germany')."""
    return _preposition_before(doc, mention)[0] in {"in", "im", "für", "for"}


def _cue_lemma(doc: Doc, claim: ClaimSpans) -> str | None:
    """The cue verb's lemma with its separated particle ('warf ... vor' -> 'vorwerfen')."""
    if claim.cue is None:
        return None
    verb = claim.cue[-1]
    for token in verb.sent[verb.i - verb.sent.start + 1 :]:
        if token.tag_ == "PTKVZ":
            return token.lower_ + verb.lemma_
        if token.text in {",", ".", ";", ":"}:
            break
    return verb.lemma_


def _in_attribution(m: Mention, claim: ClaimSpans) -> bool:
    """Whether a mention belongs to the claim's source or frame, not to its content."""
    return any(
        span is not None and span.start_char <= m.start and m.end <= span.end_char
        for span in (claim.source, claim.frame)
    )


def _within(m: Mention, claim: ClaimSpans) -> bool:
    return any(s.start_char <= m.start and m.end <= s.end_char for s in claim.message)


def _preposition_before(doc: Doc, m: Mention) -> tuple[str | None, str | None]:
    """The preposition governing a mention ('nach Russland', 'im Osten Russlands')."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return None, None
    i = span.start - 1
    while i >= 0 and doc[i].pos_ in {"DET", "ADJ", "PRON"}:
        i -= 1
    if i < 0:
        return None, None
    token = doc[i]
    if token.lower_ in COMPASS and i > 0 and doc[i - 1].pos_ == "ADP":
        return "compass", doc[i - 1 : span.end].text
    if token.lower_ == "of" and i > 0 and doc[i - 1].lower_ in COMPASS and i > 1:
        return "compass", doc[i - 2 : span.end].text  # "in the east of Russia"
    if token.pos_ == "ADP":
        return token.lower_, doc[i : span.end].text
    return None, None


@Language.factory(
    "lagebild_events", assigns=["doc._.events"], requires=["doc._.claims", "doc._.mentions"]
)
def make_event_classifier(nlp: Language, name: str) -> EventClassifier:
    """The main event of each claim (PLOVER-aligned types) with actor and target."""
    return EventClassifier(nlp, name)
