"""The shipped English pipeline (src/lagebild/models/en_lagebild) loads, tags, parses, finds names."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from lagebild.nlp.loading import shipped_model_path

MODEL = shipped_model_path("en")
pytestmark = pytest.mark.skipif(MODEL is None, reason="no English model shipped")


@pytest.fixture(scope="module")
def nlp_en() -> Language:
    assert MODEL is not None
    return spacy.load(MODEL)


@pytest.fixture(scope="module")
def doc(nlp_en: Language) -> Doc:
    return nlp_en("The minister said on Monday in London that talks had failed.")


def test_components_and_license(nlp_en: Language) -> None:
    for name in ("tagger", "morphologizer", "trainable_lemmatizer", "parser", "ner"):
        assert name in nlp_en.pipe_names
    assert set(nlp_en.get_pipe("ner").labels) == {"PER", "ORG", "LOC"}
    assert "CC BY-SA" in nlp_en.meta["license"]


def test_tags_and_lemmas(doc: Doc) -> None:
    by_text = {t.text: t for t in doc}
    assert [t.pos_ for t in doc[:3]] == ["DET", "NOUN", "VERB"]
    assert by_text["said"].lemma_ == "say"
    assert by_text["said"].tag_ == "VBD"
    assert "Fin" in by_text["said"].morph.get("VerbForm")
    assert by_text["talks"].lemma_ == "talk"
    assert by_text["failed"].lemma_ == "fail"
    assert by_text["London"].pos_ == "PROPN"


def test_parse_subject_and_complement(doc: Doc) -> None:
    said = next(t for t in doc if t.text == "said")
    assert said.dep_ == "ROOT"
    subjects = [c for c in said.children if c.dep_ == "nsubj"]
    assert [s.text for s in subjects] == ["minister"]
    failed = next(t for t in doc if t.text == "failed")
    assert failed.head == said
    assert failed.dep_ == "ccomp"
    assert [c.text for c in failed.children if c.dep_ == "nsubj"] == ["talks"]


def test_entities_in_news(nlp_en: Language) -> None:
    doc = nlp_en("The minister said on Monday in London that talks had failed.")
    assert [(e.text, e.label_) for e in doc.ents] == [("London", "LOC")]
    doc = nlp_en("Barack Obama met Angela Merkel in Berlin, a White House spokesman said.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Barack Obama", "PER") in ents
    assert ("Berlin", "LOC") in ents


def test_sentences_split(nlp_en: Language) -> None:
    doc = nlp_en("Talks failed on Monday. The minister left London.")
    assert [s.text for s in doc.sents] == ["Talks failed on Monday.", "The minister left London."]
