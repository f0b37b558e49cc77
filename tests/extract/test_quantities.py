"""Figures in German and English news sentences (none from the seed article)."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.language import Language

from lagebild.extract.quantities import QuantityExtractor, find_quantities

NLP = {"de": spacy.blank("de"), "en": spacy.blank("en")}


def q(
    text: str,
    value: float | None = None,
    low: float | None = None,
    high: float | None = None,
    approximate: bool = False,
    unit: str | None = None,
) -> dict[str, Any]:
    return {
        "text": text,
        "value": value,
        "low": low,
        "high": high,
        "approximate": approximate,
        "unit": unit,
    }


GERMAN = [
    # economy
    (
        "Das Bruttoinlandsprodukt soll im laufenden Jahr um 0,3 Prozent schrumpfen.",
        [q("0,3 Prozent", 0.3, unit="percent")],
    ),
    (
        "Für 2025 rechnet das Ministerium mit einem Defizit von rund 2,5 Milliarden Euro.",
        [q("rund 2,5 Milliarden Euro", 2.5e9, approximate=True, unit="EUR")],
    ),
    (
        "Die Inflationsrate lag im September bei 2,4 Prozent, nach 1,9 Prozent im August.",
        [q("2,4 Prozent", 2.4, unit="percent"), q("1,9 Prozent", 1.9, unit="percent")],
    ),
    (
        "Die Arbeitslosenquote stieg um 0,2 Prozentpunkte auf 6,1 Prozent.",
        [
            q("0,2 Prozentpunkte", 0.2, unit="percentage point"),
            q("6,1 Prozent", 6.1, unit="percent"),
        ],
    ),
    (
        "Der Konzern will bis zu 4.000 Stellen streichen und 1,5 Millionen Euro sparen.",
        [
            q("bis zu 4.000", high=4000, approximate=True, unit="Stelle"),
            q("1,5 Millionen Euro", 1.5e6, unit="EUR"),
        ],
    ),
    (
        "Der Bund stellt dafür 2,3 Mrd. Euro bereit, die Länder weitere 400 Mio. Euro.",
        [q("2,3 Mrd. Euro", 2.3e9, unit="EUR"), q("400 Mio. Euro", 4e8, unit="EUR")],
    ),
    (
        "Die Staatsverschuldung liegt bei mehr als 2,4 Billionen Euro.",
        [q("mehr als 2,4 Billionen Euro", low=2.4e12, approximate=True, unit="EUR")],
    ),
    (
        "Die Kosten werden auf mehrere Milliarden Euro geschätzt.",
        [q("mehrere Milliarden Euro", low=2e9, high=9e9, approximate=True, unit="EUR")],
    ),
    (
        "Der Schaden beläuft sich auf 200 bis 300 Millionen Franken.",
        [q("200 bis 300 Millionen Franken", low=2e8, high=3e8, unit="CHF")],
    ),
    (
        "Ein Barrel der Sorte Brent kostete zuletzt 74,50 US-Dollar.",
        [q("74,50 US-Dollar", 74.5, unit="USD")],
    ),
    (
        "Die Exporte nach China gingen um knapp 8 Prozent zurück.",
        [q("knapp 8 Prozent", 8, high=8, approximate=True, unit="percent")],
    ),
    (
        "Die Wirtschaftsleistung schrumpfte um -0,1 Prozent, die Preise stiegen um 3%.",
        [q("-0,1 Prozent", -0.1, unit="percent"), q("3%", 3, unit="percent")],
    ),
    (
        "Rund 12 000 Beschäftigte sollen in Kurzarbeit gehen.",
        [q("Rund 12 000", 12000, approximate=True, unit="Beschäftigter")],
    ),
    # disasters and conflict
    (
        "Bei dem Erdbeben kamen mindestens 52 Menschen ums Leben.",
        [q("mindestens 52", low=52, approximate=True, unit="Mensch")],
    ),
    (
        "Die Behörden meldeten mindestens 52 Tote und Dutzende Verletzte.",
        [
            q("mindestens 52", low=52, approximate=True, unit="Toter"),
            q("Dutzende", low=24, high=99, approximate=True, unit="Verletzter"),
        ],
    ),
    (
        "Nach Angaben der Feuerwehr werden noch bis zu 300 Menschen vermisst.",
        [q("bis zu 300", high=300, approximate=True, unit="Mensch")],
    ),
    (
        "Mehr als 600.000 Bewohner mussten ihre Häuser verlassen.",
        [q("Mehr als 600.000", low=600000, approximate=True, unit="Bewohner")],
    ),
    (
        "Tausende Menschen demonstrierten am Samstag in der Hauptstadt.",
        [q("Tausende", low=2000, high=9999, approximate=True, unit="Mensch")],
    ),
    (
        "Zehntausende Flüchtlinge harren an der Grenze aus.",
        [q("Zehntausende", low=20000, high=99999, approximate=True, unit="Flüchtling")],
    ),
    (
        "Hunderttausende Haushalte sind seit Tagen ohne Strom.",
        [q("Hunderttausende", low=200000, high=999999, approximate=True, unit="Haushalt")],
    ),
    (
        "Die Armee verlegte etwa 3.500 Soldaten und zwölf Kampfhubschrauber in die Region.",
        [
            q("etwa 3.500", 3500, approximate=True, unit="Soldat"),
            q("zwölf", 12, unit="Kampfhubschrauber"),
        ],
    ),
    (
        "Etwa 200 bis 300 Demonstranten zogen durch die Innenstadt.",
        [q("Etwa 200 bis 300", low=200, high=300, approximate=True, unit="Demonstrant")],
    ),
    (
        "Zwischen 200 und 300 Demonstranten wurden festgenommen.",
        [q("Zwischen 200 und 300", low=200, high=300, unit="Demonstrant")],
    ),
    (
        "Die Polizei nahm mehrere hundert Randalierer in Gewahrsam.",
        [q("mehrere hundert", low=200, high=900, approximate=True, unit="Randalierer")],
    ),
    (
        "Das Hilfswerk versorgt eine halbe Million Vertriebene mit Lebensmitteln.",
        [q("eine halbe Million", 500000, unit="Vertriebener")],
    ),
    (
        "Ein Dutzend Drohnen wurde in der Nacht abgefangen.",
        [q("Ein Dutzend", 12, approximate=True, unit="Drohne")],
    ),
    (
        "Schätzungsweise 1,2 Millionen Menschen sind auf Hilfe angewiesen.",
        [q("Schätzungsweise 1,2 Millionen", 1.2e6, approximate=True, unit="Mensch")],
    ),
    (
        "Unter den Opfern sind auch einundzwanzig Kinder.",
        [q("einundzwanzig", 21, unit="Kind")],
    ),
    (
        # the figure a count rose to counts what the count counts
        "Die Zahl der Todesopfer stieg auf 87. Die Bergungsarbeiten dauern an.",
        [q("87", 87, unit="Todesopfer")],
    ),
    (
        "Die Zahl der Toten ist auf fünf gestiegen. Die Feuerwehr bezifferte die"
        " Teilnehmerzahl auf 2.500.",
        [q("fünf", 5, unit="Toter"), q("2.500", 2500, unit="Teilnehmer")],
    ),
    (
        # a number word after "auf" with no count before it stays no figure
        "Der Zug fuhr um fünf auf Gleis zwei ein.",
        [],
    ),
    (
        "Insgesamt 1.450 US-Soldaten sind in dem Land stationiert.",
        [q("1.450", 1450, unit="US-Soldat")],
    ),
    (
        "Die Grenzschützer griffen 500 oder mehr Migranten auf.",
        [q("500 oder mehr", low=500, approximate=True, unit="Migrant")],
    ),
    # not figures
    ("Am 18. Oktober 2024 um 14 Uhr begann der Gipfel.", []),
    ("Die G7 und die G20 berieten über Covid-19 und neue F-16-Jets.", []),
    ("Nach Artikel 5 des Nato-Vertrags und § 218 ist das nicht vorgesehen.", []),
    ("Im Jahr 2023 war die Lage anders; seit 2014 herrscht Krieg.", []),
    ("Die 3. Panzerdivision traf am 18.10.2024 um 14.30 Uhr ein.", []),
    ("Der Haushalt 2024/25 wurde mit 3:1 Stimmen der Ausschüsse gebilligt.", []),
    ("Die Boeing 737 landete sicher, wie die Lufthansa mitteilte.", []),
    ("Ein Sprecher war unter Tel. 030 1234567 erreichbar.", []),
    ("Die Warnstufe 3 gilt, ein 1980 geborener Banker studierte von 1985 bis 1995 Jura.", []),
    (
        "Die Quote lag zwischen 7 % und 11 %, der Umsatz stieg um 5 % auf 300 Euro.",
        [
            q("zwischen 7 % und 11 %", low=7, high=11, unit="percent"),
            q("5 %", 5, unit="percent"),
            q("300 Euro", 300, unit="EUR"),
        ],
    ),
    (
        "Der Film wurde mehr als siebzig Millionen mal gesehen.",
        [q("mehr als siebzig Millionen", low=7e7, approximate=True)],
    ),
    ("Zwischen 2014 und 2022 wuchs die Wirtschaft in den 1990er-Jahren vergleichbar.", []),
]

ENGLISH = [
    (
        "Roughly 2,500 troops will be deployed to the eastern flank.",
        [q("Roughly 2,500", 2500, approximate=True, unit="troop")],
    ),
    (
        "Tens of thousands of protesters marched through the capital on Sunday.",
        [q("Tens of thousands", low=20000, high=99999, approximate=True, unit="protester")],
    ),
    (
        "The government approved a $1.2 billion aid package.",
        [q("$1.2 billion", 1.2e9, unit="USD")],
    ),
    (
        "At least 18 people were killed when the bridge collapsed.",
        [q("At least 18", low=18, approximate=True, unit="person")],
    ),
    (
        "The EU pledged €3bn in loans, while Britain added £500m.",
        [q("€3bn", 3e9, unit="EUR"), q("£500m", 5e8, unit="GBP")],
    ),
    (
        "Unemployment fell to 4.1 percent, and wages rose 3.8% over the year.",
        [q("4.1 percent", 4.1, unit="percent"), q("3.8%", 3.8, unit="percent")],
    ),
    (
        "Output is expected to shrink by 0.5 per cent next year.",
        [q("0.5 per cent", 0.5, unit="percent")],
    ),
    (
        "More than 600,000 residents fled the fighting, the UN said.",
        [q("More than 600,000", low=600000, approximate=True, unit="resident")],
    ),
    (
        "Up to 300,000 reservists could be called up.",
        [q("Up to 300,000", high=300000, approximate=True, unit="reservist")],
    ),
    (
        "Officials said 12,000 North Korean soldiers had arrived.",
        [q("12,000", 12000, unit="soldier")],
    ),
    (
        "Between 200 and 300 migrants are believed to have been on board.",
        [q("Between 200 and 300", low=200, high=300, unit="migrant")],
    ),
    (
        "The storm destroyed 200-300 homes along the coast.",
        [q("200-300", low=200, high=300, unit="home")],
    ),
    (
        "Hundreds of thousands of refugees crossed the border.",
        [q("Hundreds of thousands", low=200000, high=999999, approximate=True, unit="refugee")],
    ),
    (
        "Dozens of people were injured in the blast.",
        [q("Dozens", low=24, high=99, approximate=True, unit="person")],
    ),
    (
        "The country produces about 1.5 million barrels per day.",
        [q("about 1.5 million", 1.5e6, approximate=True, unit="barrel")],
    ),
    (
        "Nearly 500 police officers were on duty.",
        [q("Nearly 500", 500, high=500, approximate=True, unit="officer")],
    ),
    (
        "Several thousand workers walked out on Monday.",
        [q("Several thousand", low=2000, high=9000, approximate=True, unit="worker")],
    ),
    (
        "A dozen drones were shot down overnight.",
        [q("A dozen", 12, approximate=True, unit="drone")],
    ),
    (
        "The deal is worth hundreds of millions of dollars.",
        [q("hundreds of millions", low=2e8, high=999999999, approximate=True, unit="USD")],
    ),
    (
        "Some 300 families have been relocated and twenty-one schools closed.",
        [
            q("Some 300", 300, approximate=True, unit="family"),
            q("twenty-one", 21, unit="school"),
        ],
    ),
    (
        "Half a million people remain without power.",
        [q("Half a million", 500000, unit="person")],
    ),
    (
        "The firm will cut fewer than 1,000 jobs, down from 2.9% of staff.",
        [
            q("fewer than 1,000", high=1000, approximate=True, unit="job"),
            q("2.9%", 2.9, unit="percent"),
        ],
    ),
    (
        "Shares fell 5 to 7 percent in early trading.",
        [q("5 to 7 percent", low=5, high=7, unit="percent")],
    ),
    (
        "The death toll rose from 40 to 52 on Tuesday.",
        [q("40", 40), q("52", 52, unit="dead")],
    ),
    (
        "The fire brigade put the number of injured at 25. Police put the number at 2,500.",
        [q("25", 25, unit="injured"), q("2,500", 2500)],
    ),
    # not figures
    ("On October 18, 2024 at 3 pm the talks resumed.", []),
    ("The F-16 jets and the G7 summit dominated the debate about Covid-19.", []),
    ("Article 5 of the treaty has been invoked only once, after 9/11.", []),
    ("In 2014 Russia annexed Crimea; since 1991 Ukraine has been independent.", []),
    ("The Boeing 737 Max was grounded, and Flight 17 was never forgotten.", []),
    ("The final score was 3-1, and the match began at 10:30.", []),
    ("He signed a 5-year contract in the 1990s.", []),
    ("Call the hotline on (713) 646-2495 or 212-428-1181.", []),
    ("Bands of the 70's and 80's were popular by December of '74.", []),
    (
        "The rate has stayed between 7% and 11%, and 7 US soldiers were wounded.",
        [
            q("between 7% and 11%", low=7, high=11, unit="percent"),
            q("7", 7, unit="soldier"),
        ],
    ),
    (
        "Shares rose 5% to 300 pence.",
        [q("5%", 5, unit="percent"), q("300", 300, unit="penny")],
    ),
]

CASES = [("de", *case) for case in GERMAN] + [("en", *case) for case in ENGLISH]


@pytest.mark.parametrize(("lang", "sentence", "expected"), CASES, ids=[c[1][:40] for c in CASES])
def test_figures(lang: str, sentence: str, expected: list[dict[str, Any]]) -> None:
    doc = NLP[lang](sentence)
    found = find_quantities(doc)
    got = [
        {k: v for k, v in quantity.to_json().items() if k not in ("start", "end")}
        for quantity in found
    ]
    assert got == expected
    searched_to = 0
    for quantity, want in zip(found, expected, strict=True):
        assert quantity.start == sentence.index(want["text"], searched_to)
        assert sentence[quantity.start : quantity.end] == quantity.text
        searched_to = quantity.end


def test_offsets_point_into_doc_text_further_along() -> None:
    text = "Vorspann.\n\nLaut UN sind rund 11.000 Familien und 40 Prozent der Kinder betroffen."
    found = find_quantities(NLP["de"](text))
    assert [(t.text, text[t.start : t.end]) for t in found] == [
        ("rund 11.000", "rund 11.000"),
        ("40 Prozent", "40 Prozent"),
    ]
    assert found[0].start == text.index("rund 11.000")


def test_lemma_and_pos_from_the_pipeline_win_over_the_fallback() -> None:
    doc = NLP["de"].make_doc("Rund 800 gut ausgebildete Kämpfer aus Syrien.")
    tags = ["ADV", "NUM", "ADV", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT"]
    lemmas = ["rund", "800", "gut", "ausgebildet", "Kämpfer", "aus", "Syrien", "."]
    for token, pos, lemma in zip(doc, tags, lemmas, strict=True):
        token.pos_, token.lemma_ = pos, lemma
    (found,) = find_quantities(doc)
    assert (found.text, found.value, found.unit) == ("Rund 800", 800, "Kämpfer")


def test_english_compound_noun_with_pos_takes_the_last_noun() -> None:
    doc = NLP["en"].make_doc("The 27 member states agreed.")
    tags = ["DET", "NUM", "NOUN", "NOUN", "VERB", "PUNCT"]
    lemmas = ["the", "27", "member", "state", "agree", "."]
    for token, pos, lemma in zip(doc, tags, lemmas, strict=True):
        token.pos_, token.lemma_ = pos, lemma
    (found,) = find_quantities(doc)
    assert found.unit == "state"


@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        ("Die Polizei nahm drei Verdächtige fest.", "Verdächtiger"),
        ("Mehr als 200 Betroffene meldeten sich.", "Betroffener"),
        ("Rund 40 Abgeordnete stimmten dagegen.", "Abgeordneter"),
    ],
)
def test_nominalized_adjectives_take_the_masculine_singular(sentence: str, unit: str) -> None:
    (found,) = find_quantities(NLP["de"](sentence))
    assert found.unit == unit


def test_names_before_a_noun_modify_it() -> None:
    doc = NLP["en"].make_doc("Some 12,000 North Korean soldiers arrived.")
    tags = ["ADV", "NUM", "PROPN", "PROPN", "NOUN", "VERB", "PUNCT"]
    lemmas = ["some", "12,000", "North", "Korean", "soldier", "arrive", "."]
    for token, pos, lemma in zip(doc, tags, lemmas, strict=True):
        token.pos_, token.lemma_ = pos, lemma
    (found,) = find_quantities(doc)
    assert found.unit == "soldier"


@pytest.mark.parametrize(
    ("lang", "sentence", "text", "unit"),
    [
        ("en", "Up to 150 millimetres of rain could fall.", "Up to 150 millimetres", "millimetre"),
        ("en", "The crater is 100m wide.", "100m", "metre"),
        ("en", "Shelling hit a site 200 metres from the reactor.", "200 metres", "metre"),
        ("de", "Der Pegel stieg um 40 Zentimeter.", "40 Zentimeter", "Zentimeter"),
        ("de", "Es fielen bis zu 120 Millimeter Regen.", "bis zu 120 Millimeter", "Millimeter"),
        ("de", "Die Brücke ist 12 km lang.", "12 km", "Kilometer"),
        ("de", "Die Klinik ist in 30 Minuten erreichbar.", "30 Minuten", "Minute"),
        ("en", "The strike lasted 48 hours.", "48 hours", "hour"),
    ],
)
def test_measures_take_their_word_and_its_lemma(
    lang: str, sentence: str, text: str, unit: str
) -> None:
    (found,) = find_quantities(NLP[lang](sentence))
    assert (found.text, found.unit) == (text, unit)


def test_billion_depends_on_the_language() -> None:
    (de,) = find_quantities(NLP["de"]("Die Schulden betragen 1,2 Billionen Euro."))
    (en,) = find_quantities(NLP["en"]("The debt stands at 1.2 billion euros."))
    assert (de.value, en.value) == (1.2e12, 1.2e9)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_component_sets_doc_extension(lang: str) -> None:
    nlp = spacy.blank(lang)
    nlp.add_pipe("lagebild_quantities")
    text = {"de": "Etwa 40 Soldaten kamen an.", "en": "About 40 soldiers arrived."}[lang]
    doc = nlp(text)
    assert isinstance(nlp.get_pipe("lagebild_quantities"), QuantityExtractor)
    assert [(t.text, t.value, t.approximate) for t in doc._.quantities] == [
        (text[:7] if lang == "de" else text[:8], 40, True)
    ]


def test_a_figure_without_a_noun_takes_the_unit_before_it(nlp_en: Language) -> None:
    doc = nlp_en("At least 37 people had died and 74 were missing. Another 12 were rescued.")
    assert [(q.text, q.unit) for q in doc._.quantities] == [
        ("At least 37", "person"),
        ("74", "person"),
        ("12", None),  # another sentence: no unit to take
    ]


# The pre-test of find_quantities: tokens where no number can start are not read. Sentences
# with every kind of number start, plus words that only look like one.
PRETEST = {
    "de": [
        "Rund zwei Dutzend Menschen und mehrere Hundert Helfer kamen, etwa die Hälfte davon.",
        "Minus 3,5 Grad, dann € 1.200, zweihunderteinundzwanzig Euro und ein paar Tausend.",
        "Zwischen 7 und 11 Prozent, knapp 2.5 Millionen, ein Drittel, fast eine Milliarde.",
        "Der 3. Oktober und Dutzende Zeugen; Hunderttausende gingen, 12 000 blieben.",
        "Einige Tausend kamen, weniger als 40 blieben, gut vierzig gingen, einer fehlte.",
    ],
    "en": [
        "About two dozen people and several hundred helpers came, roughly half of them.",
        "Minus 3.5 degrees, then $1,200, two hundred and five dollars and a few thousand.",
        "Between 7% and 11%, nearly 2.5 million, a third, almost one billion, £5m.",
        "Dozens of witnesses; hundreds of thousands marched, twenty-one stayed, 12k left.",
    ],
}


def _every_token(doc: Any, lang: str) -> list[dict[str, Any]]:
    """What find_quantities found before the pre-test: ``_match`` at every token."""
    from lagebild.extract.quantities import _elided_units, _match

    has_pos = any(t.pos_ for t in doc)
    found = []
    i = 0
    while i < len(doc):
        match = _match(doc, i, lang, has_pos)
        if match is None:
            i += 1
            continue
        quantity, i = match
        if quantity is not None:
            found.append(quantity)
    _elided_units(doc, found)
    return [x.to_json() for x in found]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_number_starts_holds_wherever_a_number_is_read(lang: str) -> None:
    from lagebild.extract.quantity_numbers import number_starts, read_number

    for sentence in PRETEST[lang]:
        doc = NLP[lang](sentence)
        starts = number_starts(doc, lang)
        read = [read_number(doc, k, lang) is not None for k in range(len(doc))]
        assert all(starts[k] for k in range(len(doc)) if read[k]), sentence
        assert any(read) and not all(starts), sentence  # the test sees both kinds of token


@pytest.mark.parametrize("lang", ["de", "en"])
def test_the_pretest_finds_what_reading_every_token_finds(lang: str) -> None:
    for sentence in PRETEST[lang]:
        doc = NLP[lang](sentence)
        found = [x.to_json() for x in find_quantities(doc, lang)]
        assert found == _every_token(doc, lang), sentence
        assert found, sentence
