"""Attribution: who said what. Source, cue and message spans of every statement.

``base`` holds the language-neutral engine, ``de`` and ``en`` each language's rules,
``lexicon_de`` and ``lexicon_en`` every word and tag list those rules read, and
``component`` the spaCy component (``lagebild_attribution``) that picks the rules from
``nlp.lang`` and writes ``doc._.claims``.
"""

from lagebild.extract.attribution.base import AttributionOptions, RawClaim
from lagebild.extract.attribution.component import Attribution, make_attribution

__all__ = ["Attribution", "AttributionOptions", "RawClaim", "make_attribution"]
