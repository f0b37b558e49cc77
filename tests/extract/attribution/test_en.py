"""The English rules on hand-tagged Docs (CLAWS tags, UPOS and lemmas given; no tagger)."""

from __future__ import annotations

from lagebild.extract.attribution import en
from tests.extract.attribution.tagged import claims, summary, tagged_doc


def test_a_that_clause_after_a_time_phrase() -> None:
    doc = tagged_doc(
        "en",
        ["The/AT0/the/DET ministry/NN1/ministry/NOUN said/VVD/say/VERB on/PRP/on/ADP "
         "Monday/NP0/Monday/PROPN that/CJT/that/SCONJ three/CRD/three/NUM people/NN2/people/NOUN "
         "died/VVD/die/VERB ./PUN/./PUNCT"],
    )  # fmt: skip
    assert [summary(doc, c) for c in claims(doc, en.RULES)] == [
        ("verb", "indirect", "The ministry", "said", "that three people died")
    ]


def test_according_to_names_the_source() -> None:
    doc = tagged_doc(
        "en",
        ["According/VVG/accord/VERB to/PRP/to/ADP the/AT0/the/DET ministry/NN1/ministry/NOUN "
         ",/PUN/,/PUNCT three/CRD/three/NUM people/NN2/people/NOUN died/VVD/die/VERB "
         "./PUN/./PUNCT"],
    )  # fmt: skip
    assert [summary(doc, c) for c in claims(doc, en.RULES)] == [
        ("frame", "indirect", "the ministry", "According to", "three people died")
    ]


def test_a_refusal_that_ends_the_sentence_leaves_no_empty_claim() -> None:
    # "did not confirm" closes the sentence: the refusal has no message of its own, so it
    # is dropped (it crashed the sort of claims by their first message token)
    doc = tagged_doc(
        "en",
        ["The/AT0/the/DET floods/NN2/flood/NOUN killed/VVD/kill/VERB 40/CRD/40/NUM "
         "people/NN2/people/NOUN ,/PUN/,/PUNCT a/AT0/a/DET figure/NN1/figure/NOUN "
         "the/AT0/the/DET ministry/NN1/ministry/NOUN did/VDD/do/AUX not/XX0/not/PART "
         "confirm/VVI/confirm/VERB ./PUN/./PUNCT"],
    )  # fmt: skip
    found = claims(doc, en.RULES)
    assert all(c.message for c in found)
    assert [c.rule for c in found] == ["unattributed"]


def test_an_inverted_frame_after_the_message() -> None:
    doc = tagged_doc(
        "en",
        ["Three/CRD/three/NUM people/NN2/people/NOUN died/VVD/die/VERB ,/PUN/,/PUNCT "
         "the/AT0/the/DET ministry/NN1/ministry/NOUN said/VVD/say/VERB ./PUN/./PUNCT"],
    )  # fmt: skip
    assert [summary(doc, c) for c in claims(doc, en.RULES)] == [
        ("verb", "indirect", "the ministry", "said", "Three people died")
    ]


def test_a_quotation_with_its_frame_after_it() -> None:
    doc = tagged_doc(
        "en",
        ["“/PUQ/“/PUNCT The/AT0/the/DET situation/NN1/situation/NOUN is/VBZ/be/AUX "
         "grave/AJ0/grave/ADJ ,/PUN/,/PUNCT ”/PUQ/”/PUNCT the/AT0/the/DET "
         "minister/NN1/minister/NOUN said/VVD/say/VERB ./PUN/./PUNCT"],
    )  # fmt: skip
    assert [summary(doc, c) for c in claims(doc, en.RULES)] == [
        ("quote", "direct", "the minister", "said", "The situation is grave")
    ]
