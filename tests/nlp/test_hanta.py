"""HanTa's tags and lemmas, alone and on top of a trained morphologizer."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from lagebild.nlp.hanta import HantaTagger


def _tagged(words: list[str], upos: list[str] | None = None) -> Doc:
    doc = Doc(spacy.blank("de").vocab, words=words)
    for token, pos in zip(doc, upos or [], strict=False):
        token.pos_ = pos
    return HantaTagger("de")(doc)


def test_tags_lemmas_and_upos_of_a_news_sentence() -> None:
    doc = _tagged(["Die", "Ministerin", "sagte", ",", "viele", "seien", "gekommen", "."])
    assert [t.tag_ for t in doc][:3] == ["ART", "NN", "VVFIN"]
    assert [t.lemma_ for t in doc][:3] == ["der", "Ministerin", "sagen"]
    assert doc[4].tag_ == "PIS" and doc[4].pos_ == "PRON"  # the fixed STTS -> UPOS mapping


def test_a_trained_morphologizer_decides_within_an_ambiguous_tag() -> None:
    words = ["Die", "Ministerin", "sagte", ",", "viele", "seien", "gekommen", "."]
    upos = ["DET", "NOUN", "VERB", "PUNCT", "DET", "AUX", "VERB", "PUNCT"]
    doc = _tagged(words, upos)
    assert (doc[4].tag_, doc[4].pos_) == ("PIS", "DET")  # UD's DET for "viele", kept
    # outside a tag's choices the morphologizer is overruled: "Ministerin" stays NOUN
    doc = _tagged(words, ["DET", "VERB", "VERB", "PUNCT", "DET", "AUX", "VERB", "PUNCT"])
    assert doc[1].pos_ == "NOUN"


def test_the_first_verb_of_weder_noch_is_a_participle_like_the_second() -> None:
    words = ["Die", "Firma", "hat", "den", "Bericht", "weder", "bestätigt", "noch"]
    doc = _tagged([*words, "dementiert", "."])
    assert (doc[6].tag_, doc[8].tag_) == ("VVPP", "VVPP")
    doc = _tagged(["Die", "Firma", "bestätigt", "den", "Bericht", "."])
    assert doc[2].tag_ == "VVFIN"  # a finite verb elsewhere stays finite


def test_english_contractions_with_a_typographic_apostrophe_tag_as_with_a_straight_one() -> None:
    def tags(words: list[str]) -> list[str]:
        return [t.tag_ for t in HantaTagger("en")(Doc(spacy.blank("en").vocab, words=words))]

    straight = ["The", "mayor", "said", "it", "'s", "late", "and", "he", "did", "n't", "go", "."]
    curly = [w.replace("'", "’") for w in straight]
    assert tags(curly) == tags(straight)
    assert tags(curly)[4] == "VBZ" and tags(curly)[9] == "XX0"
    doc = HantaTagger("en")(
        Doc(spacy.blank("en").vocab, words=["“", "Yes", ",", "”", "he", "said"])
    )
    assert doc[0].tag_ == "PUQ" and doc[3].tag_ == "PUQ"  # quotation marks stay quotes


def test_an_english_name_hanta_only_guesses_may_be_a_proper_noun() -> None:
    def tags(words: list[str]) -> list[str]:
        return [t.tag_ for t in HantaTagger("en")(Doc(spacy.blank("en").vocab, words=words))]

    # HanTa reads "Lapp" as the stem of "lapping" and "Comey" as an adverb: guesses
    assert tags(["Alixandria", "Lapp", "said", "they", "will", "lose", "."])[:3] == [
        "NP0",
        "NP0",
        "VVD",
    ]
    assert tags(["Director", "Comey", "said", "it", "was", "careless", "."])[1:3] == ["NP0", "VVD"]
    # inside a sentence, a capitalized word HanTa knows as a verb may be a name
    words = ["Attorney", "General", "Loretta", "Lynch", "said", "it", "was", "over", "."]
    assert tags(words)[3:5] == ["NP0", "VVD"]
    # at a sentence's start as well, where the context asks for a name
    assert tags(["Lynch", "said", "it", "was", "over", "."])[:2] == ["NP0", "VVD"]
    assert tags(["In", "the", "end", ",", "nothing", "changed", "."])[0] == "PRP"
    # words HanTa knows keep their tags, lower-case guesses too
    assert tags(["The", "House", "voted", "."])[1] in {"NP0", "NN1"}
    assert tags(["They", "kept", "lapping", "the", "track", "."])[2] == "VVG"


def test_english_words_after_curly_quotation_marks_tag_as_after_straight_ones() -> None:
    def tagged(words: list[str]) -> list[tuple[str, str]]:
        doc = HantaTagger("en")(Doc(spacy.blank("en").vocab, words=words))
        return [(t.tag_, t.lemma_) for t in doc]

    straight = ["He", "praised", '"', "the", "plan", ",", '"', "adding", "that", "it", "works"]
    curly = [{2: "“", 6: "”"}.get(i, w) for i, w in enumerate(straight)]
    assert [tag for tag, _ in tagged(curly)] == [tag for tag, _ in tagged(straight)]
    assert tagged(curly)[7] == ("VVG", "add")
    assert tagged(curly)[6] == ("PUQ", "”")  # the mark keeps its own text as lemma
