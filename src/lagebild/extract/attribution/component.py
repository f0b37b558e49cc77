"""The attribution component: runs one language's rules and stores ``doc._.claims``."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from lagebild.extract.attribution import de, en
from lagebild.extract.attribution.base import (
    MIN_QUOTE_TOKENS,
    AttributionOptions,
    DocRange,
    RawClaim,
    RuleSet,
    find,
)
from lagebild.model import Claim, Span
from lagebild.nlp.extensions import register_extensions

register_extensions()

RULE_SETS: dict[str, RuleSet] = {"de": de.RULES, "en": en.RULES}


class Attribution:
    """Finds claims in a tagged Doc with its language's rules (German for any language
    without rules of its own) and stores them in ``doc._.claims``."""

    def __init__(self, nlp: Language, name: str, *, options: AttributionOptions) -> None:
        self.name = name
        self.options = options
        self.rules = RULE_SETS.get(nlp.lang or "de", de.RULES)

    def __call__(self, doc: Doc) -> Doc:
        raw = find(doc, self.rules, self.options)
        doc._.claims = [_to_claim(doc, i, rc) for i, rc in enumerate(raw, start=1)]
        return doc


def _to_claim(doc: Doc, number: int, rc: RawClaim) -> Claim:
    return Claim(
        id=f"c{number}",
        message=[_char_span(doc, m) for m in rc.message],
        form=rc.form,
        source=_char_span(doc, rc.source) if rc.source else None,
        cue=_char_span(doc, rc.cue) if rc.cue else None,
        frame=_char_span(doc, rc.frame) if rc.frame else None,
        stwr=rc.stwr if rc.form != "unattributed" else None,
        modality=rc.cue_modality or "asserted",
        relayed_by=doc[rc.relay[0] : rc.relay[1]].text if rc.relay else None,
        addressee=_char_span(doc, rc.addressee) if rc.addressee else None,
        rule=rc.rule,
    )


def _char_span(doc: Doc, rng: DocRange) -> Span:
    span = doc[rng[0] : rng[1]]
    return Span(span.text, span.start_char, span.end_char)


@Language.factory(
    "lagebild_attribution",
    assigns=["doc._.claims"],
    requires=["token.tag", "token.lemma"],
    default_config={"unattributed": True, "min_quote_tokens": MIN_QUOTE_TOKENS},
)
def make_attribution(
    nlp: Language, name: str, unattributed: bool, min_quote_tokens: int
) -> Attribution:
    """Source, cue and message spans of every statement, plus the author's own sentences."""
    return Attribution(nlp, name, options=AttributionOptions(unattributed, min_quote_tokens))
