"""Task annotations on a Doc's tokens as the claims attribution writes (``ClaimSpans``).

The tagger's annotations list token ids per role; here each becomes spans of the Doc:
the message as its contiguous runs, the cue as its first run (a verbal complex written
apart, "teilte ... mit", keeps its first part), the addressee likewise, the source as the
run nearest the cue in its sentence. A message of function words alone, or one that is no
more than its source, is no claim.
The task's forms map to lagebild's (``FreeIndirect`` and ``IndirectFreeIndirect`` are
``free_indirect``), its STWR to the first of a combination. What the rules knew of the
same statement (the relay, the cue's modality) is kept where a rule claim's message
overlaps the annotation's by half.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span

from lagebild.extract.claim_spans import ClaimSpans
from lagebild.model import Form, Stwr
from lagebild.spkatt.io import Annotation, TokenId

FORMS: dict[str, Form] = {
    "Direct": "direct",
    "Indirect": "indirect",
    "Reported": "reported",
    "FreeIndirect": "free_indirect",
    "IndirectFreeIndirect": "free_indirect",
}
STWR: dict[str, Stwr] = {"S": "speech", "T": "thought", "W": "writing"}
RULE = "learned"
# parts of speech that alone make no source and no message
FUNCTION_POS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT"})


def token_ids(doc: Doc) -> list[TokenId]:
    """The (sentence, token) id of every token of a Doc with sentences."""
    ids: list[TokenId] = []
    for s, sent in enumerate(doc.sents):
        ids.extend((s, t) for t in range(len(sent)))
    return ids


def runs(doc: Doc, indices: Sequence[int]) -> list[Span]:
    """Contiguous runs of token ``indices`` as spans (whitespace at their edges dropped)."""
    out: list[Span] = []
    ordered = sorted(set(indices))
    start = previous = None
    for i in [*ordered, None]:
        if start is not None and (i is None or previous is None or i != previous + 1):
            span = _trimmed(doc[start : previous + 1]) if previous is not None else None
            if span is not None:
                out.append(span)
            start = None
        if i is not None and start is None:
            start = i
        previous = i
    return out


def _trimmed(span: Span) -> Span | None:
    a, b = span.start, span.end
    while a < b and span.doc[a].is_space:
        a += 1
    while b > a and span.doc[b - 1].is_space:
        b -= 1
    return span.doc[a:b] if b > a else None


def claim_spans(
    doc: Doc, ids: list[TokenId], annotations: Sequence[Annotation], rules: Sequence[ClaimSpans]
) -> list[ClaimSpans]:
    """The attributed claims of ``annotations`` on ``doc`` (whose token ``i`` has id
    ``ids[i]``); annotations without a message are dropped."""
    index = {tid: i for i, tid in enumerate(ids)}
    out: list[ClaimSpans] = []
    for ann in annotations:
        message = runs(doc, [index[t] for t in ann.message if t in index])
        if not any(_has_content(m) for m in message):
            continue  # "Die": no statement
        cue = runs(doc, [index[t] for t in ann.cue if t in index])
        source = _source(runs(doc, [index[t] for t in ann.source if t in index]), cue, message)
        if _tokens(message) <= _tokens([s for s in (source, *cue[:1]) if s is not None]):
            continue  # the message is the source ("Kritiker"): nothing was said
        addressee = runs(doc, [index[t] for t in ann.addr if t in index])
        rule = _overlapping(message, rules)
        out.append(
            ClaimSpans(
                message=message,
                form=FORMS.get(ann.form, "indirect"),
                source=source,
                cue=cue[0] if cue else None,
                addressee=addressee[0] if addressee else None,
                relay=rule.relay if rule is not None else None,
                stwr=STWR.get(ann.stwr[:1], "speech"),
                cue_modality=rule.cue_modality if rule is not None else None,
                rule=RULE,
            )
        )
    return _continued(out)


def _continued(claims: list[ClaimSpans]) -> list[ClaimSpans]:
    """Free indirect speech without a tagged source continues the claim before it: it takes
    that claim's source ("..., sagte ihr Vorsitzender. Man werde nicht nachgeben.")."""
    previous: ClaimSpans | None = None
    for claim in sorted(claims, key=lambda c: c.first.start):
        if claim.form == "free_indirect" and claim.source is None and previous is not None:
            claim.source = previous.source
        previous = claim
    return claims


def _has_content(span: Span) -> bool:
    """Whether a span holds more than articles, prepositions, conjunctions and punctuation
    (a Doc without tags: any word counts)."""
    return any(t.pos_ not in FUNCTION_POS and not t.is_punct and not t.is_space for t in span)


def _source(candidates: list[Span], cue: list[Span], message: list[Span]) -> Span | None:
    """The source among the tagged runs: one with content, outside the message if one is, in the
    cue's sentence where there is a cue, nearest to the cue (else to the message), the
    longer of two as near. The tagger may mark a word of the sentence before ("Der
    Konzern ... . Ein Sprecher erklärte") or a lone article ("Die")."""
    taken = _tokens(message)
    kept = [s for s in candidates if _has_content(s)]
    kept = [s for s in kept if not (_tokens([s]) & taken)] or kept  # "Reported": inside
    anchor = cue[0] if cue else message[0]
    if cue:
        kept = [s for s in kept if s.sent.start == anchor.sent.start] or kept
    if not kept:
        return None

    def distance(span: Span) -> int:
        return max(span.start - anchor.end, anchor.start - span.end, 0)

    return min(kept, key=lambda s: (distance(s), -len(s), s.start))


def _tokens(spans: Sequence[Span]) -> set[int]:
    return {i for s in spans for i in range(s.start, s.end)}


def _overlap(a: set[int], b: set[int]) -> float:
    return len(a & b) / max(len(a), len(b)) if a and b else 0.0


def _overlapping(message: list[Span], rules: Sequence[ClaimSpans]) -> ClaimSpans | None:
    mine = _tokens(message)
    best = max(rules, key=lambda r: _overlap(mine, _tokens(r.message)), default=None)
    if best is None or _overlap(mine, _tokens(best.message)) < 0.5:
        return None
    return best


def with_unattributed(
    doc: Doc, tagged: list[ClaimSpans], rules: Sequence[ClaimSpans]
) -> list[ClaimSpans]:
    """``tagged`` with the rules' unattributed claims that share no token with them, in
    text order (the author's own sentences stay claims of the author)."""
    taken = set().union(*(_tokens(c.message) for c in tagged)) if tagged else set()
    kept = [c for c in rules if c.form == "unattributed" and not (_tokens(c.message) & taken)]
    return sorted([*tagged, *kept], key=lambda c: (c.first.start, c.first.end))
