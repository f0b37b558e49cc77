"""Token tags for the SpkAtt tagger: roles as BIO labels and back to spans.

Each token gets one label: ``O`` or ``B-``/``I-`` with the roles it holds in the
top-level annotations, joined into one code: ``C`` (cue), ``S`` (source), ``M``
(message), ``A`` (addressee) and the overlaps that matter, ``SM`` (a source inside a
reported-speech message) and ``AM``. A cue overlapping another role counts as the cue.
``B-`` starts a new span where the previous token has the same code but belongs to
another annotation (two quotations side by side) or has another code.
"""

from __future__ import annotations

from lagebild.spkatt.io import SpkAttDocument

ROLES = (("Cue", "C"), ("Source", "S"), ("Message", "M"), ("Addr", "A"))


def normalise(code: str) -> str:
    """One of ``O C S M A SM AM`` for a set of role codes ("CSM" -> "C", "SAM" -> "SM")."""
    if "C" in code:
        return "C"
    if "M" in code:
        if "S" in code:
            return "SM"
        return "AM" if "A" in code else "M"
    if "S" in code:
        return "S"
    return "A" if "A" in code else "O"


def gold_tags(document: SpkAttDocument, across: bool = False) -> list[list[str]]:
    """The BIO label of every token of ``document``, sentence by sentence.

    With ``across``, a span going on from one sentence into the next stays ``I-`` at the
    sentence start (for a tagger that reads whole documents).
    """
    sizes = [len(s.tokens) for s in document.sentences]
    codes: list[list[set[str]]] = [[set() for _ in range(n)] for n in sizes]
    owners: list[list[dict[str, set[int]]]] = [[{} for _ in range(n)] for n in sizes]
    for a, ann in enumerate(document.top_level()):
        for role, code in ROLES:
            for s, t in ann.role(role):
                if s < len(sizes) and t < sizes[s]:
                    codes[s][t].add(code)
                    owners[s][t].setdefault(code, set()).add(a)
    out: list[list[str]] = []
    previous, previous_key = "O", frozenset[int]()
    for s, n in enumerate(sizes):
        row: list[str] = []
        if not across:
            previous, previous_key = "O", frozenset()
        for t in range(n):
            code = normalise("".join(sorted(codes[s][t])))
            if code == "O":
                row.append("O")
                previous, previous_key = "O", frozenset()
                continue
            key = frozenset(a for c in code for a in owners[s][t].get(c, ()))
            begin = code != previous or key != previous_key
            row.append(("B-" if begin else "I-") + code)
            previous, previous_key = code, key
        out.append(row)
    return out


def role_spans(labels: list[str], role: str) -> list[list[int]]:
    """Runs of token positions holding ``role`` (a code letter) in one sentence's labels.

    A run goes on through a change of code that keeps the role ("M" then "SM") and
    breaks at ``B-`` of the same code (a new span right after another).
    """
    spans: list[list[int]] = []
    current: list[int] = []
    previous = "O"
    for t, label in enumerate(labels):
        code = label[2:] if label != "O" else "O"
        if role not in code:
            if current:
                spans.append(current)
            current = []
        else:
            if current and label.startswith("B-") and code == previous:
                spans.append(current)
                current = []
            current.append(t)
        previous = code
    if current:
        spans.append(current)
    return spans
