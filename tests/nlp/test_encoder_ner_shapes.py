"""Word shape columns of the encoder NER head."""

from __future__ import annotations

import spacy

from lagebild.nlp.encoder_ner_shapes import SHAPES, span_shapes, word_shapes


def shapes_of(words: list[str], space_after: list[bool]) -> list[set[str]]:
    table = word_shapes(words, space_after)
    return [{name for name, v in zip(SHAPES, row, strict=True) if v} for row in table]


def test_case_digits_and_hyphens() -> None:
    words = ["Die", "SPD-Chefin", "traf", "McAllister", "und", "die", "UN", "2024", "."]
    got = shapes_of(words, [True] * 7 + [False, False])
    assert got[0] == {"upper_initial", "sentence_initial"}
    assert got[1] == {"upper_initial", "mixed_case", "has_hyphen"}
    assert got[2] == {"all_lower"}
    assert got[3] == {"upper_initial", "mixed_case"}
    assert got[6] == {"upper_initial", "all_upper"}
    assert got[7] == {"has_digit", "all_digits", "glued_after"}
    assert got[8] == {"no_letter_or_digit", "glued_before"}


def test_glued_words_follow_the_spacing() -> None:
    nlp = spacy.blank("de")
    doc = nlp("Sie wohnt (in Köln-Deutz) seit Jahren.")
    got = [set(s) for s in shapes_of([t.text for t in doc], [bool(t.whitespace_) for t in doc])]
    assert "glued_after" in got[2]  # "(" before "in"
    assert "glued_before" in got[3]  # "in" after "("
    assert (span_shapes(doc) == word_shapes([t.text for t in doc],
            [bool(t.whitespace_) for t in doc])).all()  # fmt: skip
    spaced = span_shapes(spacy.blank("de").make_doc("in Köln , sagte er"))
    assert not spaced[2, SHAPES.index("glued_before")]  # " , " stands apart


def test_the_ner_pass_gives_a_shaped_head_its_sentence_shapes() -> None:
    import numpy as np

    from lagebild.nlp.encoder_ner import EncoderNer

    class Recording:
        layers = (8,)
        shapes = len(SHAPES)

        def __init__(self) -> None:
            self.seen: list[np.ndarray | None] = []

        def decode(self, x: np.ndarray, shapes: np.ndarray | None = None) -> list[str]:
            self.seen.append(shapes)
            return ["O"] * len(x)

    head = Recording()
    doc = spacy.blank("de")("Die UN tagen in Genf.")
    tags = EncoderNer(head)._decode(doc[0 : len(doc)], np.zeros((len(doc), 384), np.float32))
    assert tags == ["O"] * len(doc)
    seen = head.seen[0]
    assert seen is not None and seen.shape == (len(doc), len(SHAPES))
    assert seen[1, SHAPES.index("all_upper")] == 1
