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
# Marks that close a quotation when they stand right after its last word or stop.
CLOSING_QUOTES = frozenset({"“", '"', "”", "«", "»", "‘", "'"})
# Stops inside a quotation that need not end the sentence around it.
INNER_STOPS = frozenset({"!", "?"})


class QuoteStarts:
    """Sentence boundaries at quotation marks the sentencizer misplaces.

    It keeps punctuation after a stop in the sentence it ends, which suits closing marks
    ('... gefallen."') but also takes the opening mark of the next sentence's quotation
    ('Er kam. „Nie wieder“, sagte sie.'): the mark moves to the sentence it opens. And it
    ends a sentence at a '!' or '?' inside a quotation that the sentence goes on after
    ('The crowd chanted "Lock her up!" as she spoke.', '„Raus!“ rief er.'): a word in
    lower case after the closing mark continues the sentence.
    """

    def __call__(self, doc: Doc) -> Doc:
        for token in doc[1:-1]:
            nxt = doc[token.i + 1]
            if not nxt.is_sent_start or token.is_sent_start:
                continue
            if (
                token.text in OPENING_QUOTES
                and not token.whitespace_
                and doc[token.i - 1].whitespace_
            ):
                token.is_sent_start = True
                nxt.is_sent_start = False
            elif (
                token.text in CLOSING_QUOTES
                and token.whitespace_
                and doc[token.i - 1].text in INNER_STOPS
                and nxt.is_alpha
                and nxt.is_lower
            ):
                nxt.is_sent_start = False
        return doc


@Language.factory("lagebild_quote_starts", assigns=["token.is_sent_start"])
def make_quote_starts(nlp: Language, name: str) -> QuoteStarts:
    """Opening quotation marks start the sentence they open."""
    return QuoteStarts()
