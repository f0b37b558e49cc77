"""A long stream keeps flat memory: the words a batch adds to spaCy's vocabularies go with it."""

from __future__ import annotations

import random
import string

from lagebild.model import Document
from lagebild.pipeline import Analyzer

TEXT = (
    "Die Stadtwerke wollen die Preise im Frühjahr erhöhen, sagte {a} {b} am Montag. "
    "„Wir haben keine andere Wahl“, erklärte {c} vom Vorstand. Nach Angaben des "
    "Unternehmens sind {n} Haushalte betroffen. Laut {d} {e} prüft die Aufsicht den Fall."
)


def article(rng: random.Random) -> Document:
    def name() -> str:
        return rng.choice(string.ascii_uppercase) + "".join(
            rng.choice("aeioulnrstkm") for _ in range(8)
        )

    names = {k: name() for k in "abcde"}
    return Document(
        text=TEXT.format(n=f"{rng.randint(10_000, 99_999):,}".replace(",", "."), **names),
        language="de",
        date="2025-02-03",
    )


def vocab_sizes(analyzer: Analyzer) -> list[int]:
    nlp = analyzer.nlp("de")
    parse = nlp.get_pipe("lagebild_parse") if "lagebild_parse" in nlp.pipe_names else None
    vocabs = [nlp.vocab, *(parse.models.vocabs() if parse is not None else [])]
    return [len(v.strings) for v in vocabs]


def test_new_names_and_figures_do_not_grow_the_vocabularies() -> None:
    rng = random.Random(3)
    analyzer = Analyzer()
    first = [a.to_json() for a in analyzer.analyze_documents([article(rng) for _ in range(4)])]
    before = vocab_sizes(analyzer)  # the models are loaded now
    docs = [article(rng) for _ in range(12)]
    later = list(analyzer.analyze_documents(docs, batch_size=4))
    new_words = {w for d in docs for w in d.text.split()} - {w for w in TEXT.split()}
    assert len(new_words) > 70
    # spaCy keeps a new set of morphological features for good, and nothing else
    grown = [a - b for a, b in zip(vocab_sizes(analyzer), before, strict=True)]
    assert all(0 <= g <= 3 for g in grown), grown
    # the names were read all the same: the speakers are named in the claims
    sources = {c.source.text for a in later for c in a.claims if c.source}
    assert any(" " in s and s.split()[-1][0].isupper() for s in sources)
    assert all(a["claims"] for a in first)


def test_analyses_are_the_same_in_a_later_batch() -> None:
    docs = [article(random.Random(7)) for _ in range(2)]
    analyzer = Analyzer()
    once = [a.to_json() for a in analyzer.analyze_documents(docs, batch_size=1)]
    again = [a.to_json() for a in analyzer.analyze_documents(docs, batch_size=1)]
    assert once == again
    assert once[0]["claims"] and once[0]["quantities"]
