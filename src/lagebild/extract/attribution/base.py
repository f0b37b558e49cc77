"""The language-neutral part of attribution: rule results, options, the engine.

A language gives a :class:`RuleSet`: a tuple of named :class:`Rule` s (as
``extract/times.py`` RULES) and the refinements run after them. :func:`find` runs the
rules in order over a tagged Doc; each claim a rule yields is recorded at once (its
tokens become ``used``) and carries the rule's name. Rules read their words and tags
from their language's lexicon object (``lexicon_de.LEXICON``, ``lexicon_en.LEXICON``).

Two index types, both token offsets with an exclusive end: :data:`DocRange` counts in
the Doc, :data:`SentRange` in one sentence's token list (``list(sent)``);
:func:`doc_range` turns the second into the first.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from lagebild.extract.chunks import quote_spans, trim_punct
from lagebild.model import Form, Modality, Stwr

log = logging.getLogger(__name__)

DocRange = tuple[int, int]  # document token indices, end exclusive
SentRange = tuple[int, int]  # indices into one sentence's token list, end exclusive
MIN_QUOTE_TOKENS = 3
MAX_QUOTE_GAP = 60  # tokens between a sourced claim and an unframed quote continuing it


@dataclass(frozen=True, slots=True)
class CueVerb:
    """How a verb of saying behaves as a cue."""

    stwr: Stwr = "speech"
    prep: tuple[str, ...] = ()
    modality: Modality | None = None
    needs_prep: bool = False  # a cue only with its preposition: "hält X für Y", "verwies auf"
    # a cue only when it gives a figure (after its preposition when it has one): "bezifferte
    # die Fläche auf 4.100 Hektar", "zählt 23 Verletzte", "put the number at 2,500"
    needs_figure: bool = False


@dataclass(slots=True)
class RawClaim:
    """A claim in document token ranges, before it is turned into character spans."""

    message: list[DocRange]
    form: Form
    source: DocRange | None = None
    cue: DocRange | None = None
    stwr: Stwr | None = None
    cue_modality: Modality | None = None
    relay: DocRange | None = None
    frame: DocRange | None = None
    addressee: DocRange | None = None
    used: set[int] = field(default_factory=set)
    rule: str = ""  # the rule that found the claim; set by the engine when a rule leaves it

    def tokens(self) -> set[int]:
        covered = {i for s, e in self.message for i in range(s, e)}
        for rng in (self.source, self.cue, self.frame, self.relay, self.addressee):
            if rng:
                covered.update(range(*rng))
        return covered | self.used


@dataclass(frozen=True, slots=True)
class AttributionOptions:
    """Options of the attribution component.

    unattributed: keep body sentences without a source as claims of the author.
    min_quote_tokens: shorter quotations are treated as scare quotes, not speech.
    """

    unattributed: bool = True
    min_quote_tokens: int = MIN_QUOTE_TOKENS


@dataclass(slots=True)
class Context:
    """What the rules of one Doc share: the claims so far and the tokens they use."""

    doc: Doc
    options: AttributionOptions
    sentences: list[TokenSpan]
    claims: list[RawClaim] = field(default_factory=list)
    used: set[int] = field(default_factory=set)
    quotes: list[DocRange] = field(default_factory=list)  # quotations that are speech
    quoted: set[int] = field(default_factory=set)  # their tokens
    sentence_claims: list[RawClaim] = field(default_factory=list)  # found in this sentence
    previous: DocRange | None = None  # the sentence before the current one

    def add(self, claim: RawClaim, rule: str) -> None:
        """Record a claim a rule found; a claim without a message is dropped."""
        if not claim.message:
            log.debug("rule %s: claim without a message dropped (cue %s)", rule, claim.cue)
            return
        claim.rule = claim.rule or rule
        self.claims.append(claim)
        self.sentence_claims.append(claim)
        self.used |= claim.tokens()


DocRuleFn = Callable[[Context], Iterable[RawClaim]]
SentenceRuleFn = Callable[[Context, list[Token]], Iterable[RawClaim]]


@dataclass(frozen=True, slots=True)
class Rule:
    """A named rule. A document rule sees the Doc once; consecutive sentence rules run
    sentence by sentence, in order, each on the sentence's tokens."""

    name: str
    find: DocRuleFn | SentenceRuleFn
    per_sentence: bool = False


def rule(name: str, *, per_sentence: bool = False) -> Callable[[Callable[..., Any]], Rule]:
    """Make a rule function a named :class:`Rule` ('@rule("frame", per_sentence=True)')."""

    def named(find: Callable[..., Any]) -> Rule:
        return Rule(name, find, per_sentence)

    return named


@dataclass(frozen=True, slots=True)
class RuleSet:
    """One language's rules, and what refines their claims afterwards (e.g. a parse)."""

    lang: str
    rules: tuple[Rule, ...]
    refinements: tuple[Callable[[Doc, list[RawClaim]], None], ...] = ()
    # reports nested in the messages of the claims found ("said that polls show ..."),
    # kept apart from them: they do not split a message
    nested: Callable[[Context], list[RawClaim]] | None = None


def find(doc: Doc, rule_set: RuleSet, options: AttributionOptions) -> list[RawClaim]:
    """All claims of the document, in text order, as token ranges."""
    return find_all(doc, rule_set, options)[0]


def after_dateline(sentences: list[TokenSpan], body_start: int) -> list[TokenSpan]:
    """The sentences from the body's start on: a dateline ("BERLIN (dpa) - ") is not a
    claim and no part of one."""
    kept = []
    for sent in sentences:
        if sent.end_char <= body_start:
            continue
        if sent.start_char < body_start:
            first = next((t.i for t in sent if t.idx >= body_start), sent.end)
            sent = sent.doc[first : sent.end]
        if len(sent):
            kept.append(sent)
    return kept


def find_all(
    doc: Doc, rule_set: RuleSet, options: AttributionOptions
) -> tuple[list[RawClaim], list[RawClaim]]:
    """The claims of the document and the reports nested in their messages, each in text
    order, as token ranges."""
    sentences = list(doc.sents) if doc.has_annotation("SENT_START") else [doc[:]]
    if doc._.body_start:
        sentences = after_dateline(sentences, doc._.body_start)
    ctx = Context(doc, options, sentences)
    rules = rule_set.rules
    i = 0
    while i < len(rules):
        if not rules[i].per_sentence:
            for claim in rules[i].find(ctx):  # type: ignore[call-arg]
                ctx.add(claim, rules[i].name)
            i += 1
            continue
        j = i
        while j < len(rules) and rules[j].per_sentence:
            j += 1
        for sent in sentences:
            ctx.sentence_claims = []
            toks = words(sent)
            for rule in rules[i:j]:
                for claim in rule.find(ctx, toks):  # type: ignore[call-arg]
                    ctx.add(claim, rule.name)
            ctx.previous = (sent.start, sent.end)
        i = j
    for refine in rule_set.refinements:
        refine(doc, ctx.claims)
    ctx.claims.sort(key=lambda c: min(s for s, _ in c.message))
    nested = rule_set.nested(ctx) if rule_set.nested is not None else []
    nested.sort(key=lambda c: min(s for s, _ in c.message))
    return ctx.claims, nested


# -- helpers the languages share ------------------------------------------------------------


def words(sent: TokenSpan) -> list[Token]:
    """A sentence's tokens as the sentence rules read them: without the runs of spaces some
    publishers leave inside a line ("Kieran Suckling   says"), so that the words on either
    side are neighbours; whitespace with a line break stays (rules read where a line ends)."""
    return [t for t in sent if not (t.is_space and "\n" not in t.text)]


def position(toks: Sequence[Token], i: int) -> int:
    """Where document token ``i`` stands among a sentence's ``toks`` (which may skip spaces):
    how many of them come before it; a sentence range may end there."""
    return bisect_left(toks, i, key=lambda t: t.i)


def doc_range(toks: Sequence[Token], rng: SentRange | None) -> DocRange | None:
    """A sentence range as a document range (None when empty)."""
    if rng is None or rng[0] >= rng[1]:
        return None
    return (toks[rng[0]].i, toks[rng[1] - 1].i + 1)


def doc_ranges(toks: Sequence[Token], ranges: Iterable[SentRange]) -> list[DocRange]:
    """The non-empty ones of several sentence ranges, as document ranges."""
    return [r for r in (doc_range(toks, m) for m in ranges) if r]


def last_sourced(claims: list[RawClaim], before: int) -> RawClaim | None:
    """The last claim with a source whose message ends before token ``before``."""
    for claim in reversed(claims):
        if claim.source is not None and claim.message[-1][1] <= before:
            return claim
    return None


def quote_claims(
    ctx: Context,
    is_speech: Callable[[Doc, DocRange], bool],
    claim_for: Callable[[Doc, DocRange, list[DocRange], list[RawClaim]], RawClaim | None],
    spans: Callable[[Doc], list[DocRange]] = quote_spans,
) -> Iterable[RawClaim]:
    """A claim for each quotation (found by ``spans``) that is speech (``ctx.quotes``); the
    second half of a quotation split around its frame is the first half's."""
    doc = ctx.doc
    ctx.quotes = [q for q in spans(doc) if is_speech(doc, q)]
    for q in ctx.quotes:
        ctx.quoted.update(range(*q))
    for q in ctx.quotes:
        if q[0] in ctx.used:
            continue
        claim = claim_for(doc, q, ctx.quotes, ctx.claims)
        if claim is not None:
            yield claim


@dataclass(frozen=True, slots=True)
class FrameMatch:
    """A frame inside a sentence ('nach Angaben der Polizei', 'according to X'), in
    sentence ranges: its cue words, its source (if named) and the whole frame."""

    cue: SentRange
    source: SentRange | None
    frame: SentRange
    stwr: Stwr = "speech"
    modality: Modality | None = None


@dataclass(frozen=True, slots=True)
class QuoteFrame:
    """The frame of a quotation ('sagte der Minister', 'X said:'), in document ranges; no
    cue when the frame only names the speaker ('Der Minister: „...“')."""

    cue: DocRange | None
    source: DocRange | None
    verb: CueVerb | None
    end: int  # the first token after the frame
    stwr: Stwr = "speech"
    relay: DocRange | None = None


def quote_claim(
    doc: Doc,
    q: DocRange,
    ctx_quotes: list[DocRange],
    earlier: list[RawClaim],
    frame: QuoteFrame | None,
    trim: Callable[[Doc, int, int], DocRange],
    *,
    continued_stwr: Callable[[RawClaim], Stwr],
    split_gap: range,
    framed: Callable[[Doc, DocRange], bool],
) -> RawClaim | None:
    """A direct claim for quotation ``q``: with its frame, its second half (a quotation
    ``split_gap`` tokens after the frame: '„Q1“, sagte X, „Q2“', unless ``framed`` finds a
    frame of its own after it: '„Q1“, sagte X. „Q2“, erwiderte Y.'), or without a frame the
    continuation of the last sourced claim at most :data:`MAX_QUOTE_GAP` tokens before."""
    start, end = q
    message = [trim(doc, start, end)]
    if frame is None:
        prev = last_sourced(earlier, start)
        if prev is None or start - prev.message[-1][1] > MAX_QUOTE_GAP:
            return None
        return RawClaim(
            message=message,
            form="direct",
            source=prev.source,
            stwr=continued_stwr(prev),
            rule="quote.continued",
        )
    for other in ctx_quotes:
        if other[0] > end and other[0] - frame.end in split_gap:
            if not framed(doc, other):
                message.append(trim(doc, *other))
            break
    return RawClaim(
        message=message,
        form="direct",
        source=frame.source,
        cue=frame.cue,
        stwr=frame.stwr,
        cue_modality=frame.verb.modality if frame.verb else None,
        relay=frame.relay,
        used=set(range((frame.cue or frame.source or (frame.end, frame.end))[0], frame.end)),
    )


def relayed(
    source: SentRange | None, real_source: SentRange | None
) -> tuple[SentRange | None, SentRange | None]:
    """(source, relay): when a relay follows the source ('X unter Berufung auf Y', 'X,
    citing Y'), Y is the source and X relays it."""
    if source is None or real_source is None:
        return source, None
    return real_source, source


def lead_in(doc: Doc, open_mark: int, marks: frozenset[str]) -> list[Token] | None:
    """The sentence's tokens before the colon or comma that leads into the quotation
    opening at ``open_mark`` ('X sagte: „...“'); None when no such mark stands there."""
    k = open_mark - 1
    if k < 0 or doc[k].text not in marks:
        return None
    return list(doc[doc[k].sent.start : k])


def outside(
    toks: Sequence[Token],
    frame: SentRange,
    trim: Callable[[Sequence[Token], int, int], SentRange] = trim_punct,
) -> list[SentRange]:
    """The sentence without the frame, as one or two trimmed spans of two tokens or more."""
    parts = [trim(toks, 0, frame[0]), trim(toks, frame[1], len(toks))]
    return [p for p in parts if p[1] - p[0] >= 2]


def unattributed_claims(
    ctx: Context,
    trim: Callable[[Sequence[Token], int, int], SentRange] = trim_punct,
    uncovered: Callable[[list[Token], set[int]], DocRange | None] | None = None,
) -> list[RawClaim]:
    """The author's own sentences: every sentence no claim touches, as an unattributed claim.

    ``uncovered`` may find an unattributed clause in a sentence that holds a claim too.
    """
    if not ctx.options.unattributed:
        return []
    claims = []
    for sent in ctx.sentences:
        toks = list(sent)
        if any(t.i in ctx.used for t in toks):
            clause = uncovered(toks, ctx.used) if uncovered is not None else None
            if clause is not None:
                claims.append(RawClaim(message=[clause], form="unattributed"))
            continue
        start, end = trim(toks, 0, len(toks))
        if end - start >= 2:
            claims.append(
                RawClaim(message=[(sent.start + start, sent.start + end)], form="unattributed")
            )
    return claims


def raw_claim(
    toks: Sequence[Token],
    message: list[SentRange],
    form: Form,
    source: SentRange | None,
    cue: SentRange,
    verb: CueVerb,
) -> RawClaim:
    """A claim from sentence ranges, with the cue verb's kind and modality."""
    return RawClaim(
        message=doc_ranges(toks, message),
        form=form,
        source=doc_range(toks, source),
        cue=doc_range(toks, cue),
        stwr=verb.stwr,
        cue_modality=verb.modality,
    )
