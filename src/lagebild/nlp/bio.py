"""Sequences of BIO tags: the best path a tagger's scores allow, where every ``I-X``
continues a ``B-X`` or ``I-X`` (the NER heads and the attribution tagger decode with it)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

Floats = npt.NDArray[np.float32]


def viterbi_bio(
    log_probs: Floats,
    tags: list[str],
    transitions: Floats | None = None,
    start: Floats | None = None,
    end: Floats | None = None,
) -> list[str]:
    """The best path through ``log_probs`` (words, tags) where every ``I-X`` follows
    ``B-X`` or ``I-X``; with ``transitions`` [previous, next], ``start`` and ``end``
    (a CRF's scores) added along the path."""
    n_tags = len(tags)
    allowed = np.ones((n_tags, n_tags), dtype=bool)  # [previous, next]
    start_ok = np.ones(n_tags, dtype=bool)
    for j, tag in enumerate(tags):
        if tag.startswith("I-"):
            label = tag[2:]
            start_ok[j] = False
            for i, prev in enumerate(tags):
                allowed[i, j] = prev in (f"B-{label}", f"I-{label}")
    penalty = np.where(allowed, 0.0, -1e9)
    if transitions is not None:
        penalty = penalty + transitions
    score = log_probs[0] + np.where(start_ok, 0.0, -1e9)
    if start is not None:
        score = score + start
    back = []
    for row in log_probs[1:]:
        total = score[:, None] + penalty
        back.append(total.argmax(axis=0))
        score = total.max(axis=0) + row
    if end is not None:
        score = score + end
    path = [int(score.argmax())]
    for pointers in reversed(back):
        path.append(int(pointers[path[-1]]))
    return [tags[j] for j in reversed(path)]
