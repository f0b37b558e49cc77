"""Tagged tokens to task annotations: each message with its cue, source and addressee.

The tagger labels tokens; an annotation needs its parts grouped. A message is a run of
message tokens; a run reaching the end of its sentence continues into a run opening
the next sentence when that sentence has no cue of its own (a subjunctive report
going on). Cues, sources and addressees join the nearest message of their sentence,
else of the sentence before or after; one with no message near opens an annotation of
its own. The form comes from the rule-based annotation whose message overlaps the
message by half, else from a table learnt from the training documents
(:func:`form_key` -> most frequent form), else ``Indirect``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from lagebild.evaluate.spkatt import message_overlap
from lagebild.spkatt.features import quote_state
from lagebild.spkatt.io import Annotation, SpkAttDocument, TokenId
from lagebild.spkatt.tags import role_spans

QUOTES = frozenset("„‚»«“”\"'")
DEFAULT_FORM = ("Indirect", "Speech")


@dataclass(slots=True)
class FormTable:
    """Most frequent (form, STWR) of gold annotations by :func:`form_key`."""

    forms: dict[str, tuple[str, str]] = field(default_factory=dict)

    @classmethod
    def learn(cls, documents: Iterable[SpkAttDocument]) -> FormTable:
        """Count the forms of the documents' top-level annotations per key."""
        counts: dict[str, Counter[tuple[str, str]]] = {}
        for document in documents:
            for ann in document.top_level():
                key = form_key(document, ann)
                counts.setdefault(key, Counter())[(ann.form, ann.stwr)] += 1
        return cls({k: c.most_common(1)[0][0] for k, c in counts.items()})

    def get(self, key: str) -> tuple[str, str]:
        """The form and STWR for ``key`` (``Indirect``/``Speech`` when unseen)."""
        return self.forms.get(key, DEFAULT_FORM)


def form_key(document: SpkAttDocument, ann: Annotation) -> str:
    """What the form depends on most: a cue, a quotation, the source inside the message."""
    message = sorted(ann.message)
    quoted = bool(message) and document.token(message[0]) in QUOTES
    inside = bool(ann.source) and set(ann.source) <= set(ann.message)
    cue = document.text_of(ann.cue).lower() if len(ann.cue) == 1 else ""
    kind = "frame" if cue in {"laut", "nach", "zufolge", "so", "gemäß"} else "cue"
    return f"cue={kind if ann.cue else 'none'}|quoted={quoted}|source_in={inside}"


@dataclass(slots=True)
class _Group:
    message: list[TokenId] = field(default_factory=list)
    cue: list[TokenId] = field(default_factory=list)
    source: list[TokenId] = field(default_factory=list)
    addr: list[TokenId] = field(default_factory=list)


def assemble(
    document: SpkAttDocument,
    labels: list[list[str]],
    rules: list[Annotation],
    forms: FormTable,
) -> list[Annotation]:
    """Annotations from the BIO labels of every sentence of ``document``."""
    groups = _messages(document, labels)
    for role in ("C", "S", "A"):
        for s, sentence in enumerate(labels):
            for span in role_spans(sentence, role):
                ids = [(s, t) for t in span]
                group = _nearest(groups, ids)
                if group is None:
                    group = _Group()
                    groups.append(group)
                {"C": group.cue, "S": group.source, "A": group.addr}[role].extend(ids)
    groups = _join_split_messages(groups)
    out = []
    for group in sorted(groups, key=lambda g: min(g.message or g.cue or g.source or g.addr)):
        ann = Annotation(
            cue=sorted(group.cue),
            source=sorted(group.source),
            message=sorted(group.message),
            addr=sorted(group.addr),
        )
        ann.form, ann.stwr = _form(document, ann, rules, forms)
        out.append(ann)
    return out


def _messages(document: SpkAttDocument, labels: list[list[str]]) -> list[_Group]:
    """Message runs, a run at the end of its sentence joined with one opening the next.

    As the task's annotators do: a quotation still open at the sentence end goes on
    (direct speech over sentences); a run with no cue or source in its sentence goes on
    into a next sentence with none either (free indirect speech over sentences); a
    sentence with its own cue or source starts an annotation of its own.
    """
    quoted = quote_state([s.tokens for s in document.sentences])
    groups: list[_Group] = []
    previous_end: tuple[int, _Group] | None = None  # (sentence, group) of a run at its end
    bare_before = False
    for s, sentence in enumerate(labels):
        tokens = document.sentences[s].tokens
        bare = not any(label.endswith(("C", "S", "SM")) for label in sentence)
        continuing = previous_end if previous_end and previous_end[0] == s - 1 else None
        open_quote = s > 0 and bool(quoted[s - 1]) and quoted[s - 1][-1]
        previous_end = None
        for span in role_spans(sentence, "M"):
            ids = [(s, t) for t in span]
            joins = continuing is not None and span[0] == 0
            if joins and (open_quote or (bare and bare_before)):
                assert continuing is not None
                group = continuing[1]
                group.message.extend(ids)
            else:
                group = _Group(message=ids)
                groups.append(group)
            continuing = None
            if all(_is_punct(w) for w in tokens[span[-1] + 1 :]):
                previous_end = (s, group)
        bare_before = bare
    return groups


def _join_split_messages(groups: list[_Group]) -> list[_Group]:
    """A bare message run (no cue, no source) joins the group whose cue shares its sentence.

    „Q1“, sagte X, „Q2“: the frame splits one message in two runs; the cue joined the
    nearer one.
    """
    kept: list[_Group] = []
    for group in groups:
        if group.message and not group.cue and not group.source:
            sentences = {s for s, _ in group.message}
            host = next(
                (
                    g
                    for g in groups
                    if g is not group and g.cue and g.message and sentences <= {s for s, _ in g.cue}
                ),
                None,
            )
            if host is not None:
                host.message.extend(group.message)
                host.addr.extend(group.addr)
                continue
        kept.append(group)
    return kept


def _is_punct(word: str) -> bool:
    return not any(ch.isalnum() for ch in word)


def _nearest(groups: list[_Group], ids: list[TokenId]) -> _Group | None:
    """The group whose message (or lone cue) is nearest to ``ids``: same sentence, then ±1."""
    s = ids[0][0]
    best: tuple[int, int, int] | None = None
    chosen = None
    for n, group in enumerate(groups):
        anchor = group.message or group.cue
        if not anchor:
            continue
        sentences = {m[0] for m in anchor}
        gap = min(abs(x - s) for x in sentences)
        if gap > 1 or (gap and not group.message):
            continue
        same = [t for (ms, t) in anchor if ms == s]
        distance = min(abs(t - u) for t in same for _, u in ids) if same else 1000
        score = (gap, distance, n)
        if best is None or score < best:
            best, chosen = score, group
    return chosen


def _form(
    document: SpkAttDocument, ann: Annotation, rules: list[Annotation], forms: FormTable
) -> tuple[str, str]:
    message = set(ann.message)
    best = max(rules, key=lambda r: message_overlap(message, set(r.message)), default=None)
    if best is not None and message_overlap(message, set(best.message)) >= 0.5:
        return best.form, best.stwr
    return forms.get(form_key(document, ann))
