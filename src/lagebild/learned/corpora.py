"""The annotated corpora a tagger learns from, as task documents with analysed views.

SpkAtt-2023 (German, task JSON) is read as it is; its views come from the German
pipeline run on the task's tokens. PolNeAR (English, BRAT standoff) is analysed by the
English pipeline; its sentences and tokens become a task document whose annotations are
the gold attributions (a token holds a role when it overlaps one of the role's spans;
``Content`` is the message). Views are cached in chunks beside the encoder states
(``views-NNN.pkl``), so an interrupted run resumes.
"""

from __future__ import annotations

import logging
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Literal

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.spkatt.features import DocumentView, document_view, view_of_doc
from lagebild.spkatt.io import Annotation, Sentence, SpkAttDocument, read_document

log = logging.getLogger(__name__)

Corpus = Literal["spkatt", "polnear"]
CORPORA: dict[str, str] = {"spkatt": "de", "polnear": "en"}
CHUNK = 50
POLNEAR_ROLES = {"Source": "source", "Cue": "cue", "Content": "message"}
Progress = Callable[[int], None]


def read_corpus(
    corpus: Corpus, directory: str | Path, limit: int | None = None
) -> list[tuple[Path, Path | None]]:
    """The files of a corpus directory in name order, the first ``limit`` of them: task
    JSON files (with None), or PolNeAR text files with their annotation file."""
    paths: list[tuple[Path, Path | None]]
    if corpus == "spkatt":
        paths = [(p, None) for p in sorted(Path(directory).glob("*.json"))]
    else:
        from lagebild.evaluate.polnear import annotation_files

        paths = [(text, ann) for text, ann in annotation_files(directory)]
    if not paths:
        raise FileNotFoundError(f"no {corpus} documents in {directory}")
    return paths[:limit] if limit else paths


def analysed(
    corpus: Corpus,
    directory: str | Path,
    cache: str | Path,
    limit: int | None = None,
    progress: Progress | None = None,
) -> tuple[list[SpkAttDocument], list[DocumentView]]:
    """Gold task documents of a corpus and their views (read from ``cache`` where there)."""
    from lagebild.pipeline import build_nlp

    paths = read_corpus(corpus, directory, limit)
    out_dir = Path(cache)
    out_dir.mkdir(parents=True, exist_ok=True)
    nlp = None
    documents: list[SpkAttDocument] = []
    views: list[DocumentView] = []
    for k, a in enumerate(range(0, len(paths), CHUNK)):
        chunk = paths[a : a + CHUNK]
        path = out_dir / f"views-{k:03d}.pkl"
        names = [p.name for p, _ in chunk]
        stored = _read(path, names)
        if stored is None:
            if nlp is None:
                nlp = build_nlp(CORPORA[corpus])
            if corpus == "spkatt":
                docs = [read_document(p) for p, _ in chunk]
                stored = (docs, [document_view(nlp, d) for d in docs])
            else:
                pairs = [polnear_document(nlp, p, a) for p, a in chunk if a is not None]
                stored = ([d for d, _ in pairs], [v for _, v in pairs])
            _write(path, names, stored)
            log.info("%s: %d documents analysed", path, len(chunk))
        documents.extend(stored[0])
        views.extend(stored[1])
        if progress is not None:
            progress(len(chunk))
    return documents, views


def polnear_document(
    nlp: Language, text_path: Path, ann_path: Path
) -> tuple[SpkAttDocument, DocumentView]:
    """One PolNeAR article analysed by the English pipeline ``nlp``, as a task document
    with its gold attributions (``ann_path``), and its view."""
    doc = nlp(text_path.read_text(encoding="utf-8"))
    return polnear_from_doc(doc, text_path.stem, ann_path)


def polnear_from_doc(doc: Doc, name: str, ann_path: Path) -> tuple[SpkAttDocument, DocumentView]:
    """An analysed PolNeAR article as a task document with the gold attributions of
    ``ann_path``, and its view."""
    from lagebild.evaluate.polnear import read_attributions
    from lagebild.learned.claims import token_ids

    ids = token_ids(doc)
    sentences = [Sentence(s, [t.text for t in sent]) for s, sent in enumerate(doc.sents)]
    starts = [t.idx for t in doc]
    ends = [t.idx + len(t.text) for t in doc]
    annotations = []
    for attribution in read_attributions(ann_path, doc.text):
        ann = Annotation()
        for span in attribution.spans:
            field = POLNEAR_ROLES.get(span.role)
            if field is None:
                continue
            held = getattr(ann, field)
            for a, b in span.fragments:
                held.extend(
                    ids[i]
                    for i in range(len(doc))
                    if starts[i] < b and ends[i] > a and not doc[i].is_space
                )
        for field in POLNEAR_ROLES.values():
            setattr(ann, field, sorted(set(getattr(ann, field))))
        if ann.message or ann.cue or ann.source:
            annotations.append(ann)
    document = SpkAttDocument(name, sentences, annotations)
    return document, view_of_doc(doc, ids, document)


def _read(path: Path, names: list[str]) -> tuple[list[SpkAttDocument], list[DocumentView]] | None:
    if not path.exists():
        return None
    with path.open("rb") as fh:
        stored_names, data = pickle.load(fh)
    return data if stored_names == names else None


def _write(
    path: Path, names: list[str], data: tuple[list[SpkAttDocument], list[DocumentView]]
) -> None:
    tmp = path.with_suffix(".tmp")
    with tmp.open("wb") as fh:
        pickle.dump((names, data), fh)
    tmp.replace(path)
