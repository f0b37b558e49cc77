"""Language identification: the obvious cases without lingua, the rest with it."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from lagebild.ingest.language import SAMPLE, _detector, detect_language, obvious_language

GERMAN = (
    "Der Stadtrat hat am Dienstag beschlossen, die Brücke über den Fluss bis zum Herbst zu "
    "sanieren. Die Arbeiten sollen nach Angaben der Verwaltung rund zwei Millionen Euro kosten "
    "und werden von einer Firma aus der Region ausgeführt. Anwohner hatten sich über den "
    "Zustand der Fahrbahn beschwert, sagte ein Sprecher der Stadt. Für Fußgänger bleibt ein "
    "Weg auf der Nordseite offen, der Verkehr wird über die Umgehungsstraße geleitet."
)
ENGLISH = (
    "The city council decided on Tuesday that the bridge over the river will be repaired by "
    "the autumn. The works are expected to cost about two million euros, according to the "
    "administration, and they will be carried out by a company from the region. Residents "
    "had complained about the state of the road, a spokesman for the city said. A path on the "
    "north side remains open for pedestrians, while traffic has been diverted to the bypass."
)
FRENCH = (
    "Le conseil municipal a décidé mardi de rénover le pont sur la rivière avant l'automne. "
    "Les travaux devraient coûter environ deux millions d'euros selon l'administration et "
    "seront réalisés par une entreprise de la région. Des habitants s'étaient plaints de "
    "l'état de la chaussée, a déclaré un porte-parole de la ville. Un chemin reste ouvert "
    "pour les piétons du côté nord, tandis que la circulation est déviée."
)
DUTCH = (
    "De gemeenteraad heeft dinsdag besloten de brug over de rivier voor de herfst te "
    "renoveren. De werkzaamheden kosten volgens het bestuur ongeveer twee miljoen euro en "
    "worden uitgevoerd door een bedrijf uit de regio. Bewoners hadden geklaagd over de staat "
    "van het wegdek, zei een woordvoerder van de stad. Voor voetgangers blijft een pad aan de "
    "noordkant open, het verkeer wordt omgeleid via de ringweg."
)


def lingua(text: str) -> str:
    found = _detector().detect_language_of(text[:SAMPLE])
    assert found is not None
    return str(found.iso_code_639_1.name).lower()


@pytest.mark.parametrize(("text", "code"), [(GERMAN, "de"), (ENGLISH, "en")])
def test_plain_german_and_english_are_named_without_lingua_as_lingua_names_them(
    text: str, code: str
) -> None:
    assert obvious_language(text) == code
    assert lingua(text) == code
    assert detect_language(text) == code


@pytest.mark.parametrize(("text", "code"), [(FRENCH, "fr"), (DUTCH, "nl")])
def test_other_languages_are_left_to_lingua(text: str, code: str) -> None:
    assert obvious_language(text) is None
    assert detect_language(text) == code


def test_short_and_mixed_texts_are_left_to_lingua() -> None:
    assert obvious_language("Der Stadtrat hat die Sanierung der Brücke beschlossen.") is None
    half = GERMAN[: len(GERMAN) // 2] + " " + ENGLISH[: len(ENGLISH) // 2]
    assert obvious_language(half) is None
    assert detect_language("") == "de"  # nothing to tell: the default, as before


def real_articles() -> tuple[list[str], list[str]]:
    shared = Path("..") / "shared" / "data"
    german = sorted((shared / "spkatt2023" / "train").glob("*.json"))[:80]
    english = sorted((shared / "polnear" / "train" / "text").glob("*"))[:80]
    if not german or not english:
        pytest.skip("../shared/data (SpkAtt-2023, PolNeAR) not available")
    return [
        " ".join(" ".join(s["Tokens"]) for s in json.loads(p.read_text("utf-8"))["Sentences"])
        for p in german
    ], [p.read_text("utf-8") for p in english]


def test_where_a_real_article_is_named_plainly_lingua_agrees() -> None:
    german, english = real_articles()
    named = [(t, obvious_language(t[:SAMPLE])) for t in german + english]
    assert sum(code is not None for _, code in named) > 0.9 * len(named)
    assert [code for t, code in named if code] == [lingua(t) for t, code in named if code]


def test_where_a_mix_of_german_and_english_is_named_lingua_agrees() -> None:
    german, english = real_articles()
    rng = random.Random(3)
    mixes = []
    for _ in range(150):
        first, second = rng.sample([rng.choice(german), rng.choice(english)], 2)
        cut = int(SAMPLE * rng.uniform(0.5, 1.0))
        mixes.append((first[:cut] + " " + second)[:SAMPLE])
    named = [(t, code) for t in mixes if (code := obvious_language(t))]
    assert named  # some are plain enough
    assert [code for _, code in named] == [lingua(t) for t, _ in named]
