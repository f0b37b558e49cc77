"""Running a pipeline one component at a time, so that a component that raises on a
document costs only its own output: the components after it still run, and the failure is
recorded as a :class:`~lagebild.model.StageFailure` beside what the others produced.

:class:`~lagebild.pipeline.Analyzer` falls back to this when a batch through ``nlp.pipe``
raises; documents that analyse cleanly come out the same either way.
"""

from __future__ import annotations

import datetime as dt
import logging

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.model import StageFailure

log = logging.getLogger(__name__)


def stage_failure(stage: str, exc: BaseException) -> StageFailure:
    """The record of ``stage`` raising ``exc`` now."""
    at = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    return StageFailure(stage=stage, error=f"{type(exc).__name__}: {exc}", at=at)


def run_by_stage(nlp: Language, doc: Doc, what: str) -> tuple[Doc, list[StageFailure]]:
    """``doc`` through every component of ``nlp`` in order; a component that raises is
    recorded (``what`` names the document in the log) and the next one runs on the Doc as
    it was left."""
    failures: list[StageFailure] = []
    for name, component in nlp.pipeline:
        try:
            result = component(doc)
        except Exception as exc:  # one failing stage must not cost the others' output
            log.debug("%s: stage %s failed", what, name, exc_info=True)
            failures.append(stage_failure(name, exc))
            continue
        if isinstance(result, Doc):
            doc = result
        else:
            failures.append(stage_failure(name, TypeError(f"returned {type(result).__name__}")))
    return doc, failures
