"""Task annotations on a Doc's tokens as the claims attribution writes (``ClaimSpans``).

The tagger's annotations list token ids per role; here each becomes spans of the Doc:
the message as its contiguous runs, the cue and the source as their first run (a verbal
complex written apart, "teilte ... mit", keeps its first part), the addressee likewise.
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
        if not message:
            continue
        cue = runs(doc, [index[t] for t in ann.cue if t in index])
        source = runs(doc, [index[t] for t in ann.source if t in index])
        addressee = runs(doc, [index[t] for t in ann.addr if t in index])
        rule = _overlapping(message, rules)
        out.append(
            ClaimSpans(
                message=message,
                form=FORMS.get(ann.form, "indirect"),
                source=source[0] if source else None,
                cue=cue[0] if cue else None,
                addressee=addressee[0] if addressee else None,
                relay=rule.relay if rule is not None else None,
                stwr=STWR.get(ann.stwr[:1], "speech"),
                cue_modality=rule.cue_modality if rule is not None else None,
                rule=RULE,
            )
        )
    return out


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
