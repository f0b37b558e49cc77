"""Running a pipeline one component at a time: a component that raises is recorded and
the components after it still run on the Doc as it was left."""

from __future__ import annotations

import pickle

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from lagebild.nlp.by_stage import run_by_stage, stage_failure

if not Doc.has_extension("seen_by"):
    Doc.set_extension("seen_by", default=None)


@Language.component("test_by_stage_counts")
def _counts(doc: Doc) -> Doc:
    doc._.seen_by = (doc._.seen_by or []) + [len(doc)]
    return doc


@Language.component("test_by_stage_raises")
def _raises(doc: Doc) -> Doc:
    raise IndexError(f"token {len(doc)} out of range")


@Language.component("test_by_stage_returns_none")
def _returns_none(doc: Doc) -> None:
    return None


def test_a_raising_component_is_recorded_and_the_rest_run() -> None:
    nlp = spacy.blank("de")
    for name in ("test_by_stage_counts", "test_by_stage_raises", "test_by_stage_returns_none"):
        nlp.add_pipe(name)
    nlp.add_pipe("test_by_stage_counts", name="counts_again")
    doc, failures = run_by_stage(nlp, nlp.make_doc("Die Donau ist über die Ufer getreten."), "t")
    assert doc._.seen_by == [8, 8]  # the counter before and after the failures ran
    assert [(f.stage, f.error) for f in failures] == [
        ("test_by_stage_raises", "IndexError: token 8 out of range"),
        ("test_by_stage_returns_none", "TypeError: returned NoneType"),
    ]


def test_failure_record_survives_a_worker_process() -> None:
    failure = stage_failure("lagebild_events", ValueError("kaputt"))
    assert pickle.loads(pickle.dumps(failure)) == failure
    assert failure.error == "ValueError: kaputt" and failure.at.endswith("+00:00")
