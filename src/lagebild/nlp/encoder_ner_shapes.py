"""Word shape features beside the encoder's states, for the BiLSTM-CRF NER head.

The encoder sees a word through its first piece only; what the piece hides (the word is
capitalized as a whole, holds digits, is glued to the word before it as in "(Berlin") is
cheap to say directly. Each word gets :data:`SHAPES` as 0/1 columns, computed from its text
and whether whitespace separates it from its neighbours in the sentence.
"""

from __future__ import annotations

import numpy as np
import numpy.typing as npt
from spacy.tokens import Doc, Span

Floats = npt.NDArray[np.float32]

SHAPES = (
    "upper_initial",  # "Berlin"
    "all_upper",  # "SPD", "UN" (two letters or more, no lower-case letter)
    "all_lower",  # "sagte"
    "mixed_case",  # "iPhone", "McDonald" (an upper-case letter after the first character)
    "has_digit",
    "all_digits",
    "has_hyphen",  # "Baden-Württemberg", "SPD-Chef"
    "no_letter_or_digit",  # punctuation
    "sentence_initial",  # capitalized for the sentence's sake, not the name's
    "glued_before",  # no space before it: its first piece continues the text before
    "glued_after",  # no space after it
)


def word_shapes(words: list[str], space_after: list[bool]) -> Floats:
    """The (words, len(SHAPES)) 0/1 columns of one sentence's words; ``space_after[i]``:
    whether whitespace follows word ``i``."""
    out = np.zeros((len(words), len(SHAPES)), dtype=np.float32)
    for i, word in enumerate(words):
        letters = [c for c in word if c.isalpha()]
        out[i] = (
            bool(word) and word[0].isupper(),
            len(letters) >= 2 and not any(c.islower() for c in letters),
            bool(letters) and all(c.islower() for c in letters),
            any(c.isupper() for c in word[1:]) and any(c.islower() for c in word),
            any(c.isdigit() for c in word),
            word.isdigit(),
            "-" in word[1:-1],
            not any(c.isalnum() for c in word),
            i == 0,
            i > 0 and not space_after[i - 1],
            i < len(words) - 1 and not space_after[i],
        )
    return out


def span_shapes(span: Doc | Span) -> Floats:
    """:func:`word_shapes` of a sentence's tokens."""
    return word_shapes([t.text for t in span], [bool(t.whitespace_) for t in span])
