"""Pooling the folds of training/polnear_cv.py: counts add up, F1 comes from the sums."""

from __future__ import annotations

import sys
from pathlib import Path

from lagebild.evaluate.polnear import GoldDocument, RoleSpan, score_document

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))
from polnear_cv import pooled, row


def span(text: str, role: str, part: str) -> RoleSpan:
    start = text.index(part)
    return RoleSpan(role, ((start, start + len(part)),), part)


def article(name: str, text: str, gold: list[tuple[str, str]]) -> GoldDocument:
    return GoldDocument(name, text, [span(text, role, part) for role, part in gold])


def test_folds_pool_counts_not_f1s() -> None:
    one = "The mayor said the bridge would reopen in May."
    two = "Officials warned that the river could flood again, according to the report."
    gold_one = article("a", one, [("Source", "The mayor"), ("Cue", "said"),
                                  ("Content", "the bridge would reopen in May")])  # fmt: skip
    gold_two = article("b", two, [("Source", "Officials"), ("Cue", "warned"),
                                  ("Content", "that the river could flood again")])  # fmt: skip
    fold_one = score_document(gold_one, [span(one, "Cue", "said"),
                                         span(one, "Content", "the bridge would reopen")])  # fmt: skip
    fold_two = score_document(gold_two, [span(two, "Source", "Officials"),
                                         span(two, "Cue", "warned that")])  # fmt: skip
    total = pooled([fold_one, fold_two])
    assert total.documents == 2
    cue = total.roles["Cue"]
    assert (cue.tp, cue.fp, cue.fn) == (2, 1, 0)  # "that" is content, not cue
    content = total.roles["Content"]
    assert (content.tp, content.fp, content.fn) == (4, 0, 2 + 6)
    source = total.roles["Source"]
    assert (source.tp, source.fp, source.fn) == (1, 0, 2)
    # pooled F1 of the content is that of the summed counts, not the mean of the folds'
    assert abs(content.f1 - 2 * 4 / (2 * 4 + 8)) < 1e-9
    assert fold_two.roles["Content"].f1 == 0.0
    assert row("encoder", "pooled", total).startswith(
        "| encoder | pooled | 2 | 1.000/0.333/0.500 |"
    )
