"""Predicting SpkAtt-2023 annotations for a directory of task files."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Protocol

from spacy.language import Language

from lagebild.spkatt.convert import ConvertOptions, predict_document
from lagebild.spkatt.io import SpkAttDocument, read_dir, write_document


class DocumentTagger(Protocol):
    """A trained model that annotates a task document (the CRF, the encoder tagger)."""

    def predict_document(self, nlp: Language, document: SpkAttDocument) -> SpkAttDocument: ...


log = logging.getLogger(__name__)


def predict_dir(
    in_dir: str | Path,
    out_dir: str | Path,
    nlp: Language,
    options: ConvertOptions | None = None,
    tagger: DocumentTagger | None = None,
) -> int:
    """Write every task file of ``in_dir`` to ``out_dir`` with predicted annotations.

    The annotations come from the rule-based attribution, or from ``tagger`` (a trained
    model, which uses the rules' output as features) when given. Returns the number of
    documents written. Gold annotations in the input are replaced.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    for path, document in read_dir(in_dir):
        if tagger is not None:
            predicted = tagger.predict_document(nlp, document)
        else:
            predicted = predict_document(nlp, document, options)
        write_document(predicted, out / path.name)
        count += 1
        log.info("%s: %d annotations", path.name, len(predicted.annotations))
    return count
