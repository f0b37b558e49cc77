"""The attribution component: runs one language's rules and stores ``doc._.claims``."""

from __future__ import annotations

import importlib

from spacy.language import Language
from spacy.tokens import Doc, Span

from lagebild.extract.attribution.base import (
    MIN_QUOTE_TOKENS,
    AttributionOptions,
    DocRange,
    RawClaim,
    RuleSet,
    find_all,
)
from lagebild.extract.claim_spans import ClaimSpans
from lagebild.nlp.extensions import register_extensions

register_extensions()
if not Doc.has_extension("nested_claims"):  # reports nested in the claims' messages
    Doc.set_extension("nested_claims", default=None)

LANGUAGES = ("de", "en")  # languages with rules of their own (a module each)


def rule_set(lang: str | None) -> RuleSet:
    """The rules of the language, German for a language without its own; a language's
    module (its compiled patterns) is imported only when a pipeline of it is built."""
    module = lang if lang in LANGUAGES else "de"
    rules: RuleSet = importlib.import_module(f"lagebild.extract.attribution.{module}").RULES
    return rules


class Attribution:
    """Finds claims in a tagged Doc with its language's rules (German for any language
    without rules of its own) and stores them in ``doc._.claims``."""

    def __init__(self, nlp: Language, name: str, *, options: AttributionOptions) -> None:
        self.name = name
        self.options = options
        self.rules = rule_set(nlp.lang)

    def __call__(self, doc: Doc) -> Doc:
        raw, nested = find_all(doc, self.rules, self.options)
        doc._.claims = [_spans(doc, rc) for rc in raw]
        doc._.nested_claims = [_spans(doc, rc) for rc in nested]
        return doc


def _spans(doc: Doc, rc: RawClaim) -> ClaimSpans:
    def span(rng: DocRange | None) -> Span | None:
        return doc[rng[0] : rng[1]] if rng else None

    return ClaimSpans(
        message=[doc[s:e] for s, e in rc.message],
        form=rc.form,
        source=span(rc.source),
        cue=span(rc.cue),
        frame=span(rc.frame),
        addressee=span(rc.addressee),
        relay=span(rc.relay),
        stwr=rc.stwr if rc.form != "unattributed" else None,
        cue_modality=rc.cue_modality,
        rule=rc.rule,
    )


@Language.factory(
    "lagebild_attribution",
    assigns=["doc._.claims", "doc._.nested_claims"],
    requires=["token.tag", "token.lemma"],
    default_config={"unattributed": True, "min_quote_tokens": MIN_QUOTE_TOKENS},
)
def make_attribution(
    nlp: Language, name: str, unattributed: bool, min_quote_tokens: int
) -> Attribution:
    """Source, cue and message spans of every statement, plus the author's own sentences."""
    return Attribution(nlp, name, options=AttributionOptions(unattributed, min_quote_tokens))
