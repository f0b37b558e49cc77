"""German full stops after numbers: "im Jahr 2019. Danach ..." ends a sentence.

spaCy's German tokenizer keeps the stop after a number in the number's token, because
"3. Oktober" and "der 2. Weltkrieg" are ordinals. A sentence that ends in a year, a date
or a count ("seit 2019.", "am 18.10.2024.", "rund 300.") then runs on into the next one,
and the claims of both merge. :class:`NumberStopTokenizer` wraps the tokenizer and splits
the stop off where the next word cannot follow an ordinal: a capitalized function word
("Der", "Danach", "Er", "Im") or an opening quotation mark. A capitalized noun after the
number stays an ordinal's ("zum 150. Jubiläum").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.tokens import Doc

# Words that begin a sentence and never follow an ordinal: articles, pronouns,
# conjunctions, prepositions and sentence adverbs (capitalized, as at a sentence start).
SENTENCE_OPENERS = frozenset((
    "Der", "Die", "Das", "Den", "Dem", "Des", "Ein", "Eine", "Einen", "Einem", "Einer", "Eines",
    "Kein", "Keine", "Keinen", "Er", "Sie", "Es", "Wir", "Ich", "Ihr", "Man", "Dies", "Diese",
    "Dieser", "Dieses", "Diesem", "Diesen", "Jene", "Jener", "Solche", "Alle", "Viele",
    "Manche", "Einige", "Beide", "Mehrere", "Wenige", "Andere", "Niemand", "Jeder", "Jede",
    "Jedes", "Und", "Aber", "Doch", "Denn", "Oder", "Sondern", "Allerdings", "Jedoch", "Zudem",
    "Außerdem", "Auch", "Nun", "Jetzt", "Dann", "Danach", "Davor", "Damals", "Seitdem",
    "Seither", "Inzwischen", "Mittlerweile", "Heute", "Gestern", "Bereits", "Schon",
    "Noch", "Trotzdem", "Dennoch", "Deshalb", "Deswegen", "Daher", "Darum", "Damit", "Dabei",
    "Dafür", "Dagegen", "Darauf", "Daraufhin", "Zuvor", "Später", "Zuletzt", "Zunächst",
    "Bisher", "Ebenso", "Gleichzeitig", "So", "Als", "Wenn", "Weil", "Da", "Wie", "Was", "Wer",
    "Wo", "Warum", "Wann", "Ob", "Obwohl", "Während", "Nachdem", "Bevor", "Seit", "Nach", "Vor",
    "Bei", "Mit", "Im", "Am", "Zum", "Zur", "In", "An", "Auf", "Für", "Gegen", "Laut", "Unter",
    "Über", "Ohne", "Um", "Aus", "Von", "Nur", "Rund", "Etwa", "Mehr", "Weitere", "Fast",
    "Knapp", "Insgesamt", "Demnach", "Demzufolge", "Offenbar"
))  # fmt: skip
OPENING_QUOTES = frozenset({"„", '"', "»", "‚", "«", "“"})
# a token of digits (with inner dots or commas) that ends in the stop: "2019.", "18.10.2024."
_NUMBER_STOP = re.compile(r"\d(?:[\d.,]*\d)?\.")
# cheap test on the whole text before looking at tokens
_CANDIDATE = re.compile(r"\d\.\s+\S")


def split_number_stops(doc: Doc) -> Doc:
    """``doc`` with the stop split off the numbers that end a sentence (in place)."""
    if not _CANDIDATE.search(doc.text):
        return doc
    targets = [
        token
        for token in doc[:-1]
        if token.whitespace_
        and token.text[-1] == "."
        and _NUMBER_STOP.fullmatch(token.text)
        and _opens_sentence(doc[token.i + 1].text)
    ]
    if targets:
        with doc.retokenize() as retokenizer:
            for token in targets:
                retokenizer.split(token, [token.text[:-1], "."], heads=[(token, 0), (token, 0)])
    return doc


def _opens_sentence(word: str) -> bool:
    return word in SENTENCE_OPENERS or word in OPENING_QUOTES


class NumberStopTokenizer:
    """A German tokenizer that splits the full stop off a number ending a sentence.

    Delegates everything else (its rules, caches, memory zones, serialization) to the
    wrapped tokenizer.
    """

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        return split_number_stops(self.tokenizer(text))

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        """Tokenize a stream of texts."""
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self.tokenizer, name)
