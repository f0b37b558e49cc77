"""Who is behind each claim: the source span's entity, pronouns, and relaying outlets."""

from __future__ import annotations

import functools

from lagebild.model import Claim, Mention
from lagebild.resolve.coreference_lexicon import (
    ANTECEDENT_WINDOW,
    DOCUMENT_NOUNS,
    KIND_HEADS,
    LOCATIVE_PREPOSITIONS,
    ORG_ANAPHORS,
    SPEAKER_SUFFIXES,
    STATE_HEADS,
)
from lagebild.resolve.tables import shipped_tables

LABEL_PRIORITY = {"PER": 0, "ORG": 1, "GPE": 2, "LOC": 3, "OTH": 4}
PRONOUNS = frozenset({"er", "sie", "ihm", "ihr", "he", "she", "they", "it", "es"})


def resolve_sources(claims: list[Claim], mentions: list[Mention], text: str = "") -> list[Mention]:
    """Set ``source_entity`` (and a canonical ``relayed_by``) of each claim, in place.

    A pronoun source ("Er betonte") takes the entity of the last person named before it
    (the previous claim's source when that is a person); a definite description ("die
    Reederei", "ein Unternehmenssprecher") the organisation it refers back to. Returns new
    mentions for the pronouns so resolved.
    """
    added: list[Mention] = []
    last_person: str | None = None
    ordered = sorted(mentions, key=lambda m: m.start)
    for claim in sorted(claims, key=lambda c: c.start):
        if claim.source is not None:
            source = claim.source
            if source.text.lower() in PRONOUNS:
                entity = last_person or _last_named_before(ordered, source.start)
                if entity is not None:
                    claim.source_entity = entity
                    added.append(Mention(source.text, source.start, source.end, "PER", entity))
            else:
                best = _best_mention(ordered, source.start, source.end, text)
                if best is None:
                    best = _antecedent(ordered, source.text, source.start, text)
                if best is not None:
                    claim.source_entity = best.entity or best.text
                elif source.text[:1].isupper() and " " not in source.text:
                    # "Lynch: ..." for "Loretta Lynch", where the tagger read no name
                    claim.source_entity = _full_name(ordered, source.text)
        if claim.relayed_by is not None and claim.relayed_by:
            relay = _relay_mention(ordered, claim)
            if relay is not None:
                claim.relayed_by = relay.text
        if claim.source_entity and claim.source is not None:
            person = _best_mention(ordered, claim.source.start, claim.source.end, text)
            if person is not None and person.label == "PER":
                last_person = claim.source_entity
            elif claim.source.text.lower() not in PRONOUNS:
                last_person = None
    return added


def _best_mention(mentions: list[Mention], start: int, end: int, text: str = "") -> Mention | None:
    inside = [
        m
        for m in mentions
        if start <= m.start
        and m.end <= end
        and not _located(m, start, text)
        and not _modifies(m, end, text)
        and not _inside_longer_name(m, end, text)
    ]
    if not inside:
        return None
    # among equals the first: a source's head comes before its apposition ("X, adviser to Y")
    return min(
        inside,
        key=lambda m: (LABEL_PRIORITY.get(m.label, 5), m.entity is None, m.start, m.start - m.end),
    )


def _inside_longer_name(mention: Mention, end: int, text: str) -> bool:
    """Whether a name the knowledge base does not know is only the first part of a longer
    name in the source ("The European [Forest] Fire Information System"): the source then
    keeps its own words rather than this part."""
    if mention.entity is not None or not text or mention.end >= end:
        return False
    after = text[mention.end : end].split()
    return bool(after) and after[0][:1].isupper() and text[mention.end : mention.end + 1] == " "


def _located(mention: Mention, start: int, text: str) -> bool:
    """Whether a place inside a source phrase only says where ("in Hamburg")."""
    if mention.label not in ("GPE", "LOC", "OTH") or mention.start == start or not text:
        return False
    before = text[start : mention.start].split()
    return bool(before) and before[-1].lower() in LOCATIVE_PREPOSITIONS


def _modifies(mention: Mention, end: int, text: str) -> bool:
    """Whether a place or demonym only modifies the source's own head ("Georgian rights
    groups", "die georgische Opposition"): a head follows it that is no organ of the state."""
    if mention.label not in ("GPE", "LOC") or not text or mention.end >= end:
        return False
    after = text[mention.end : end].casefold()
    if not any(ch.isalpha() for ch in after):
        return False  # "Russlands", "Georgia's": the place is the whole source
    words = after.split()
    if words and words[0] in ("'s", "’s"):
        return False
    return not any(head in after for head in STATE_HEADS)


def _last_named_before(mentions: list[Mention], pos: int) -> str | None:
    for m in reversed(mentions):
        if m.end <= pos and m.label == "PER":
            return m.entity or m.text
    return None


def _relay_mention(mentions: list[Mention], claim: Claim) -> Mention | None:
    """The organisation named in the relaying phrase (kept as its surface name)."""
    text = claim.relayed_by or ""
    for m in mentions:
        if m.label == "ORG" and m.text in text:
            return m
    return None


def _full_name(mentions: list[Mention], surname: str) -> str | None:
    """The entity of the one person the document names in full with ``surname``."""
    names = {
        m.entity or m.text for m in mentions if m.label == "PER" and m.text.endswith(" " + surname)
    }
    return names.pop() if len(names) == 1 else None


def _antecedent(mentions: list[Mention], source: str, pos: int, text: str) -> Mention | None:
    """The organisation a description refers back to, within ANTECEDENT_WINDOW characters:
    one named right after or beside the same noun ("der Reederei Baltic Star Line" ... "die
    Reederei", "the Verdi union" ... "the union"); for a generic company head ("das
    Unternehmen", "ein Unternehmenssprecher") or a document ("laut der Studie") the last
    organisation named. A head that names a kind of body ("die Polizei", "the ministry")
    needs an organisation of that kind; otherwise the source keeps its own words."""
    words = [w for w in source.split() if w[:1].isupper()]
    if not words:  # English descriptions are lower case: "the agency"
        words = [w for w in source.split()[-1:] if w.lower() in ORG_ANAPHORS | KIND_HEADS]
    if not words:
        return None
    head = words[-1]
    for suffix in SPEAKER_SUFFIXES:
        if head.lower().endswith(suffix) and len(head) > len(suffix) + 3:
            head = head[: -len(suffix)].rstrip("s").capitalize()
            break
    before = [
        m
        for m in mentions
        if m.end <= pos and m.label == "ORG" and pos - m.end <= ANTECEDENT_WINDOW
    ]
    for m in reversed(before):
        if _named_as(m, head, text):
            return m
    if head in KIND_HEADS or head.lower() in KIND_HEADS:
        return None
    if (head in ORG_ANAPHORS or head.lower().endswith(DOCUMENT_NOUNS)) and before:
        return before[-1]
    return None


def _named_as(mention: Mention, head: str, text: str) -> bool:
    """Whether the organisation is called by ``head``: in its name ("Bundespolizei" for
    "Polizei") or in the words right before or after it ("der Reederei X", "the X union")."""
    stem = head.lower()
    if stem in mention.text.lower() or stem in (mention.entity or "").lower():
        return True
    if mention.entity and any(stem in name for name in _kb_names(mention.entity)):
        return True  # "der Gewerkschaft" for Verdi, the "Vereinte Dienstleistungsgewerkschaft"
    near = text[max(0, mention.start - 30) : mention.start].split()
    near += text[mention.end : mention.end + 20].split()[:1]
    return head in near or stem in (w.lower().strip(".,;:") for w in near)


@functools.lru_cache(maxsize=4096)
def _kb_names(canonical: str) -> tuple[str, ...]:
    """The lower-cased names the shipped knowledge base gives an entity (its aliases)."""
    for record in shipped_tables().records:
        if record.canonical == canonical:
            return tuple(a.text.lower() for a in record.aliases)
    return ()


def link_short_names(mentions: list[Mention]) -> None:
    """Give a surname-only person mention ("Kröger") the full name used for it elsewhere in
    the document ("Sabine Kröger") as its entity, in place."""
    for m in mentions:
        if m.entity is not None or m.label not in {"PER", "OTH"} or " " in m.text:
            continue
        name = _full_name(mentions, m.text)
        if name is not None:
            m.entity = name
            m.label = "PER"
