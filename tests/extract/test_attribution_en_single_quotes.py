"""British news quotes with single marks (‘...’); the quotation is the speaker's as with
double marks, and the tagger reads the words after it as after a straight mark."""

from __future__ import annotations

from spacy.language import Language

from .claims import attributed


def test_a_single_quoted_quotation_is_direct_speech(nlp_en: Language) -> None:
    claims = attributed(nlp_en, "‘The harbour will reopen in May,’ the minister said.")
    assert [(c.source and c.source.text, c.form, c.message_text) for c in claims] == [
        ("the minister", "direct", "The harbour will reopen in May")
    ]


def test_double_and_single_marks_give_the_same_quotation(nlp_en: Language) -> None:
    double = attributed(nlp_en, "“We expect delays,” a port spokeswoman said on Monday.")
    single = attributed(nlp_en, "‘We expect delays,’ a port spokeswoman said on Monday.")
    assert [(c.source and c.source.text, c.cue and c.cue.text, c.message_text) for c in single] == [
        (c.source and c.source.text, c.cue and c.cue.text, c.message_text) for c in double
    ]


def test_a_possessive_apostrophe_opens_no_quotation(nlp_en: Language) -> None:
    text = "The dockers’ union said the strike would go on."
    claims = attributed(nlp_en, text)
    assert [(c.cue and c.cue.text, c.message_text) for c in claims] == [
        ("said", "the strike would go on")
    ]
