"""A linear-chain CRF over the task's tokens: cue, source, message and addressee spans.

Trained on SpkAtt-2023 gold documents (python-crfsuite, the optional ``[spkatt]``
extra); features from :mod:`lagebild.spkatt.features`, labels from
:mod:`lagebild.spkatt.tags`, annotations from :mod:`lagebild.spkatt.assemble`. A model
is a directory: ``model.crfsuite`` (weights), ``meta.json`` (feature set, form table)
and ``LICENSE.txt``. A model trained on the SpkAtt-2023 annotations carries their
licence, CC BY-NC-SA 4.0; the default ``analyze`` pipeline never loads one.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from spacy.language import Language

from lagebild.spkatt.assemble import FormTable, assemble
from lagebild.spkatt.features import DocumentView, document_view, sentence_features
from lagebild.spkatt.io import Annotation, SpkAttDocument
from lagebild.spkatt.tags import gold_tags, normalise

WEIGHTS = "model.crfsuite"
STOPS = frozenset({",", ".", ":", ";", "!", "?", "„", "“", "(", ")", "–"})
META = "meta.json"
LICENSE_NOTE = """\
This model was trained on the SpkAtt-2023 shared task annotations (German Wikinews,
uhh-lt/news-speaker-attribution-2023), licensed CC BY-NC-SA 4.0. The model is a
derivative of those annotations and carries the same licence: attribution,
non-commercial use only, share alike. It is an optional artifact of lagebild
(`lagebild spkatt predict --model`), never loaded by the default pipeline.
"""


@dataclass(frozen=True, slots=True)
class CrfOptions:
    """Features and training of the tagger.

    rules: the rule component's predicted roles are features (stacking).
    document: one sequence per document (label transitions across sentences) rather
        than one per sentence.
    threshold: label a token with a role when the role's marginal probability reaches
        it (recall for precision); None decodes the best label sequence.
    complete: add the rest of a cue verb's verbal complex (:func:`complete_verbal_cues`).
    parse: dependency features from lagebild's trained German parser (the shipped
        ``de_lagebild``), where the view has them.
    c1, c2: L1 and L2 regularisation; max_iterations: L-BFGS iterations.
    """

    rules: bool = True
    document: bool = False
    threshold: float | None = None
    complete: bool = True
    c1: float = 0.05
    c2: float = 0.01
    max_iterations: int = 100
    min_freq: int = 1
    parse: bool = False


@cache
def trained_parser() -> Language:
    """The shipped German pipeline's tok2vec and parser (for the ``parse`` features)."""
    from lagebild.errors import ModelNotFoundError
    from lagebild.nlp.parsing import shipped_model_path

    path = shipped_model_path("de")
    if path is None:
        raise ModelNotFoundError("the parse features need the shipped de_lagebild pipeline")
    import spacy

    return spacy.load(path, enable=["tok2vec", "parser"])


def _pycrfsuite() -> Any:
    try:
        import pycrfsuite
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        raise ImportError(
            "the SpkAtt tagger needs python-crfsuite: pip install 'lagebild[spkatt]'"
        ) from exc
    return pycrfsuite


@dataclass
class CrfTagger:
    """A trained tagger in ``directory`` with its options and form table."""

    directory: Path
    options: CrfOptions
    forms: FormTable = field(default_factory=FormTable)

    def __post_init__(self) -> None:
        self._tagger = _pycrfsuite().Tagger()
        self._tagger.open(str(self.directory / WEIGHTS))

    @classmethod
    def train(
        cls,
        views: Sequence[DocumentView],
        documents: Sequence[SpkAttDocument],
        directory: str | Path,
        options: CrfOptions | None = None,
    ) -> CrfTagger:
        """Fit on gold ``documents`` (with their analysed ``views``); write the model."""
        options = options or CrfOptions()
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        trainer = _pycrfsuite().Trainer(verbose=False)
        for view, document in zip(views, documents, strict=True):
            tags = gold_tags(document, across=options.document)
            if options.document:
                rules = options.rules
                xseq = [
                    x
                    for s in range(len(tags))
                    for x in sentence_features(view, s, rules, options.parse)
                ]
                trainer.append(xseq, [label for labels in tags for label in labels])
                continue
            for s, labels in enumerate(tags):
                if labels:
                    trainer.append(sentence_features(view, s, options.rules, options.parse), labels)
        trainer.set_params(
            {
                "c1": options.c1,
                "c2": options.c2,
                "max_iterations": options.max_iterations,
                "feature.minfreq": options.min_freq,
                "feature.possible_transitions": True,
            }
        )
        trainer.train(str(out / WEIGHTS))
        forms = FormTable.learn(documents)
        meta = {
            "options": {
                "rules": options.rules,
                "document": options.document,
                "threshold": options.threshold,
                "complete": options.complete,
                "c1": options.c1,
                "c2": options.c2,
                "max_iterations": options.max_iterations,
                "min_freq": options.min_freq,
                "parse": options.parse,
            },
            "forms": {k: list(v) for k, v in sorted(forms.forms.items())},
            "documents": len(documents),
            "license": "CC BY-NC-SA 4.0 (trained on the SpkAtt-2023 annotations)",
        }
        (out / META).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
        (out / "LICENSE.txt").write_text(LICENSE_NOTE, encoding="utf-8")
        return cls(out, options, forms)

    @classmethod
    def load(cls, directory: str | Path) -> CrfTagger:
        """A model written by :meth:`train`."""
        path = Path(directory)
        if not (path / WEIGHTS).exists() or not (path / META).exists():
            raise FileNotFoundError(f"no SpkAtt tagger in {path} (expected {WEIGHTS}, {META})")
        meta = json.loads((path / META).read_text(encoding="utf-8"))
        forms = FormTable({k: (v[0], v[1]) for k, v in meta["forms"].items()})
        return cls(path, CrfOptions(**meta["options"]), forms)

    def tag(self, view: DocumentView) -> list[list[str]]:
        """The predicted BIO label of every token, sentence by sentence."""
        out: list[list[str]] = []
        if self.options.document:
            sentences = range(len(view.words))
            xseq = [
                x
                for s in sentences
                for x in sentence_features(view, s, self.options.rules, self.options.parse)
            ]
            labels = self._decode(xseq)
            for words in view.words:
                out.append(labels[: len(words)])
                labels = labels[len(words) :]
            return out
        for s, words in enumerate(view.words):
            if not words:
                out.append([])
                continue
            out.append(
                self._decode(sentence_features(view, s, self.options.rules, self.options.parse))
            )
        return out

    def _decode(self, xseq: list[list[str]]) -> list[str]:
        """Viterbi labels; with ``threshold``, a role wherever its marginal reaches it."""
        labels = list(self._tagger.tag(xseq))
        threshold = self.options.threshold
        if threshold is None:
            return labels
        names = self._tagger.labels()
        out: list[str] = []
        previous = "O"
        for i, label in enumerate(labels):
            mass = dict.fromkeys("CSMA", 0.0)
            for name in names:
                if name != "O":
                    p = self._tagger.marginal(name, i)
                    for role in name[2:]:
                        mass[role] += p
            code = normalise("".join(r for r, p in mass.items() if p >= threshold))
            if code == "O":
                out.append("O")
            else:
                begin = code != previous or (label.startswith("B-") and label[2:] == code)
                out.append(("B-" if begin else "I-") + code)
            previous = code
        return out

    def annotate(self, view: DocumentView, document: SpkAttDocument) -> list[Annotation]:
        """Top-level annotations of ``document`` from the tagged tokens."""
        labels = self.tag(view)
        if self.options.complete:
            labels = complete_verbal_cues(view, labels)
        return assemble(document, labels, view.rules, self.forms)

    def predict_document(self, nlp: Language, document: SpkAttDocument) -> SpkAttDocument:
        """The document with its annotations replaced by the tagger's."""
        view = document_view(nlp, document, trained_parser() if self.options.parse else None)
        return SpkAttDocument(document.name, document.sentences, self.annotate(view, document))


def complete_verbal_cues(view: DocumentView, labels: list[list[str]]) -> list[list[str]]:
    """Cue verbs with the rest of their verbal complex, as the task annotates them.

    A finite cue verb takes the separated particle of its clause ("gab ... bekannt");
    a participle or infinitive cue takes the auxiliary before it ("hat ... gesagt").
    """
    out = []
    for s, tagged in enumerate(labels):
        row = list(tagged)
        tags, words = view.tags[s], view.words[s]
        for i, label in enumerate(tagged):
            if label[2:] != "C":
                continue
            if tags[i] == "VVFIN":
                step, wanted = 1, {"PTKVZ"}
            elif tags[i] in {"VVPP", "VVINF", "VVIZU"}:
                step, wanted = -1, {"VAFIN", "VMFIN"}
            else:
                continue
            j = i + step
            while 0 <= j < len(words) and words[j] not in STOPS:
                if tags[j] in wanted:
                    if row[j] == "O":
                        row[j] = "B-C"
                    break
                if tags[j].startswith("V") and step == 1:
                    break
                j += step
        out.append(row)
    return out
