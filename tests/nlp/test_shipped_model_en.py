"""The shipped English pipeline (src/lagebild/models/en_lagebild) loads, tags, parses, finds names."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from lagebild.nlp.loading import NlpOptions
from lagebild.nlp.parsing import shipped_model_path
from lagebild.pipeline import build_nlp

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


def test_parse_subject_and_adjuncts(doc: Doc) -> None:
    said = next(t for t in doc if t.text == "said")
    assert said.dep_ == "ROOT"
    assert [c.text for c in said.children if c.dep_ == "nsubj"] == ["minister"]
    for name in ("Monday", "London"):
        token = next(t for t in doc if t.text == name)
        assert (token.head, token.dep_) == (said, "obl")
    assert doc[-1].head == said


def test_entities_in_news(nlp_en: Language) -> None:
    doc = nlp_en("The minister said on Monday in London that talks had failed.")
    assert [(e.text, e.label_) for e in doc.ents] == [("London", "LOC")]
    doc = nlp_en(
        "Prime Minister Boris Johnson told the BBC that the talks with the European Union had failed."
    )
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Boris Johnson", "PER") in ents
    assert ("BBC", "ORG") in ents
    assert ("European Union", "ORG") in ents


def test_sentences_split(nlp_en: Language) -> None:
    doc = nlp_en("Talks failed on Monday. The minister left London.")
    assert [s.text for s in doc.sents] == ["Talks failed on Monday.", "The minister left London."]


def test_english_default_keeps_hanta_and_model_on_request() -> None:
    default = build_nlp("en", NlpOptions(extractors=()))
    assert "lagebild_hanta" in default.pipe_names
    assert "parser" not in default.pipe_names
    trained = build_nlp("en", NlpOptions(model=MODEL, extractors=()))
    assert {"parser", "ner"} <= set(trained.pipe_names)
