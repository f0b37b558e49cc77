"""Sentence boundaries at paragraph breaks, on top of any sentence splitter or parser."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class ParagraphBoundaries:
    """Starts a sentence after every line break; the break itself ends the sentence before."""

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[1:]:
            if token.is_space and "\n" in token.text:
                token.is_sent_start = False
                if token.i + 1 < len(doc):
                    doc[token.i + 1].is_sent_start = True
        return doc


@Language.factory("lagebild_paragraphs", assigns=["token.is_sent_start"])
def make_paragraph_boundaries(nlp: Language, name: str) -> ParagraphBoundaries:
    """Sentence starts after line breaks (headings, paragraphs, list items)."""
    return ParagraphBoundaries()
