"""Words seen in two documents stay in the vocabularies across memory zones, bounded."""

from __future__ import annotations

import spacy

from lagebild.model import Document
from lagebild.nlp.recurring import RecurringWords
from lagebild.pipeline import Analyzer


def test_a_chunk_seen_in_two_texts_is_kept_and_one_seen_once_is_not() -> None:
    nlp = spacy.blank("de")
    recurring = RecurringWords()
    recurring.keep(nlp, ["Der Wasserverband prüft Quellwerte.", "Ein Gutachter kommt."])
    assert "Wasserverband" not in nlp.vocab.strings
    recurring.keep(nlp, ["Der Wasserverband tagt morgen."])
    assert "Wasserverband" in nlp.vocab.strings
    assert "Quellwerte" not in nlp.vocab.strings and "tagt" not in nlp.vocab.strings
    # tokenized as the tokenizer does: the period glued to a chunk is a token of its own
    recurring.keep(nlp, ["Sie prüft Quellwerte."])
    assert "Quellwerte" in nlp.vocab.strings and "Quellwerte." not in nlp.vocab.strings
    assert recurring.kept == 4  # "Der", "Wasserverband", "prüft", "Quellwerte."


def test_a_chunk_repeated_within_one_text_is_seen_once() -> None:
    nlp = spacy.blank("de")
    recurring = RecurringWords()
    recurring.keep(nlp, ["Sonnenfinsternis hier, Sonnenfinsternis dort"])
    assert "Sonnenfinsternis" not in nlp.vocab.strings
    assert recurring.kept == 0


def test_no_more_than_the_limit_is_kept() -> None:
    nlp = spacy.blank("de")
    recurring = RecurringWords(limit=2)
    text = "Amsel Drossel Fink Star"
    recurring.keep(nlp, [text, text])
    assert recurring.kept == 2
    assert sum(w in nlp.vocab.strings for w in text.split()) == 2
    recurring.keep(nlp, [text])
    assert recurring.kept == 2


def test_nothing_is_kept_inside_a_memory_zone() -> None:
    nlp = spacy.blank("de")
    recurring = RecurringWords()
    with nlp.memory_zone():
        recurring.keep(nlp, ["Kranich Reiher", "Kranich Storch"])
    assert "Kranich" not in nlp.vocab.strings
    assert recurring.kept == 0


def test_the_parse_models_keep_the_words_and_the_analyses_do_not_change() -> None:
    text = (
        "Der Bürgermeister sagte am Dienstag, die Brücke werde im Herbst saniert. "
        "„Wir rechnen mit 12 Millionen Euro“, erklärte die Kämmerin."
    )
    docs = [Document(text=text, language="de", date="2025-03-04") for _ in range(3)]
    kept = Analyzer()
    with_keeping = [a.to_json() for a in kept.analyze_documents(docs, batch_size=1)]
    plain = Analyzer()
    plain._recurring["de"] = RecurringWords(limit=0)
    without = [a.to_json() for a in plain.analyze_documents(docs, batch_size=1)]
    assert with_keeping == without
    assert with_keeping[0]["claims"]
    parse = kept.nlp("de").get_pipe("lagebild_parse")
    assert any("Bürgermeister" in v.strings for v in parse.models.vocabs())
    assert "Kämmerin" in kept.nlp("de").vocab.strings
    assert "Kämmerin" not in plain.nlp("de").vocab.strings
