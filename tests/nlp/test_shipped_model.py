"""The German pipeline shipped with lagebild loads, tags, parses and finds entities."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from lagebild.nlp.loading import NlpOptions
from lagebild.nlp.parsing import shipped_model_path
from lagebild.pipeline import build_nlp

SENTENCE = "Der Kanzler sagte am Montag in Berlin, die Lage sei ernst."


@pytest.fixture(scope="module")
def model_doc() -> Doc:
    """The sentence through the trained pipeline alone (no HanTa on top)."""
    assert shipped_model_path("de") is not None, "src/lagebild/models/de_lagebild is missing"
    nlp = build_nlp("de", NlpOptions(model="trained", hanta=False, extractors=()))
    return nlp(SENTENCE)


def _token(doc: Doc, text: str) -> int:
    return next(t.i for t in doc if t.text == text)


def test_shipped_pipeline_has_every_component() -> None:
    path = shipped_model_path("de")
    assert path is not None
    nlp = build_nlp("de", NlpOptions(model="trained", hanta=False, extractors=()))
    assert isinstance(nlp, Language)
    for name in ("tagger", "morphologizer", "trainable_lemmatizer", "parser", "ner"):
        assert name in nlp.pipe_names


def test_tags_and_lemmas_of_a_news_sentence(model_doc: Doc) -> None:
    sagte = model_doc[_token(model_doc, "sagte")]
    assert sagte.tag_ == "VVFIN"
    assert sagte.pos_ == "VERB"
    assert sagte.lemma_ == "sagen"
    kanzler = model_doc[_token(model_doc, "Kanzler")]
    assert (kanzler.tag_, kanzler.pos_) == ("NN", "NOUN")
    assert model_doc[_token(model_doc, "sei")].lemma_ == "sein"
    assert "Mood=Sub" in str(model_doc[_token(model_doc, "sei")].morph)


def test_parse_finds_the_speaker_and_the_reported_clause(model_doc: Doc) -> None:
    sagte = model_doc[_token(model_doc, "sagte")]
    subjects = [c.text for c in sagte.children if c.dep_.startswith("nsubj")]
    assert subjects == ["Kanzler"]
    sei = model_doc[_token(model_doc, "sei")]
    # UD: the predicate "ernst" heads the reported clause, "sei" is its copula; the clause
    # is a clausal complement of the speech verb
    complements = [c for c in sagte.children if c.dep_ in {"ccomp", "parataxis"}]
    assert len(complements) == 1
    clause = complements[0]
    assert clause.text == "ernst"
    assert sei in list(clause.subtree)
    assert (sei.head, sei.dep_) == (clause, "cop")
    assert [c.text for c in clause.children if c.dep_.startswith("nsubj")] == ["Lage"]


def test_entities_include_the_place(model_doc: Doc) -> None:
    assert ("Berlin", "LOC") in [(e.text, e.label_) for e in model_doc.ents]


def test_trained_pipeline_gets_hanta_tags_on_its_parse_and_rule_sentences() -> None:
    nlp = build_nlp("de", NlpOptions(model="trained", extractors=()))
    assert nlp.pipe_names[-1] == "lagebild_hanta"
    doc = nlp(SENTENCE)
    sagte = doc[_token(doc, "sagte")]
    assert (sagte.tag_, sagte.lemma_) == ("VVFIN", "sagen")
    assert [c.text for c in sagte.children if c.dep_.startswith("nsubj")] == ["Kanzler"]
    assert len(list(doc.sents)) == 1
    two = nlp("Das sagte Dr. Müller am 3. Oktober. Er ging.")
    assert [s.text for s in two.sents] == ["Das sagte Dr. Müller am 3. Oktober.", "Er ging."]
