"""Sentence boundaries at paragraph breaks, on top of any sentence splitter or parser."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class ParagraphBoundaries:
    """Starts a sentence after a blank line; the break itself ends the sentence before.

    A single line break is a hard wrap inside a paragraph and is left to the splitter.
    """

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[1:]:
            if token.is_space and token.text.count("\n") >= 2:
                token.is_sent_start = False
                if token.i + 1 < len(doc):
                    doc[token.i + 1].is_sent_start = True
        return doc


@Language.factory("lagebild_paragraphs", assigns=["token.is_sent_start"])
def make_paragraph_boundaries(nlp: Language, name: str) -> ParagraphBoundaries:
    """Sentence starts after blank lines (headings, paragraphs)."""
    return ParagraphBoundaries()


# Marks that open a quotation when they stand after a space and before a word.
OPENING_QUOTES = frozenset({"„", '"', "»", "«", "‚", "“", "'"})


class QuoteStarts:
    """Moves an opening quotation mark left at a sentence's end to the next sentence.

    The sentencizer keeps punctuation after a stop in the sentence it ends, which suits
    closing marks ('... gefallen."') but also takes the opening mark of the next
    sentence's quotation ('Er kam. „Nie wieder“, sagte sie.').
    """

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[1:-1]:
            if (
                token.text in OPENING_QUOTES
                and not token.whitespace_
                and doc[token.i - 1].whitespace_
                and doc[token.i + 1].is_sent_start
                and not token.is_sent_start
            ):
                token.is_sent_start = True
                doc[token.i + 1].is_sent_start = False
        return doc


@Language.factory("lagebild_quote_starts", assigns=["token.is_sent_start"])
def make_quote_starts(nlp: Language, name: str) -> QuoteStarts:
    """Opening quotation marks start the sentence they open."""
    return QuoteStarts()
