"""Who is behind a claim: pronouns and descriptions resolved to entities."""

from __future__ import annotations

from lagebild.pipeline import Analyzer, analyze


def test_pronoun_source_is_the_last_person(analyzer: Analyzer) -> None:
    analysis = analyze(
        "Die Bürgermeisterin Karla Weinreich besuchte am Montag die Schule. Sie betonte, dass der"
        " Neubau bis Herbst fertig werde.",
        date="2025-05-05",
        analyzer=analyzer,
    )
    claim = next(c for c in analysis.claims if c.cue and c.cue.text == "betonte")
    assert claim.source_entity == "Karla Weinreich"
    assert any(m.text == "Sie" and m.entity == "Karla Weinreich" for m in analysis.mentions)


def test_description_refers_back_to_the_company(analyzer: Analyzer) -> None:
    analysis = analyze(
        "Die Brenner Stahlbau GmbH hat Insolvenz beantragt. Das Unternehmen teilte mit, dass die"
        " Löhne bis März gesichert seien.",
        date="2025-01-10",
        analyzer=analyzer,
    )
    claim = next(c for c in analysis.claims if c.cue and c.cue.text == "teilte")
    assert claim.source_entity == "Brenner Stahlbau GmbH"


def test_surname_takes_the_full_name(analyzer: Analyzer) -> None:
    analysis = analyze(
        "Die Ministerin Sabine Kröger legte am Dienstag einen Plan vor. „Wir handeln jetzt“,"
        " sagte Kröger.",
        date="2025-02-14",
        analyzer=analyzer,
    )
    quote = next(c for c in analysis.claims if c.form == "direct")
    assert quote.source_entity == "Sabine Kröger"


def test_a_document_speaks_for_its_issuer_not_for_where_it_was_presented(
    analyzer: Analyzer,
) -> None:
    analysis = analyze(
        "Die Brenner Stahlbau GmbH hat ihre Zahlen vorgelegt. Laut dem am Montag in Kassel"
        " veröffentlichten Jahresbericht sank der Umsatz um vier Prozent.",
        date="2025-03-04",
        analyzer=analyzer,
    )
    claim = next(c for c in analysis.claims if c.source and "Jahresbericht" in c.source.text)
    assert claim.source_entity == "Brenner Stahlbau GmbH"


def test_kind_of_body_does_not_borrow_the_last_organisation(analyzer: Analyzer) -> None:
    analysis = analyze(
        "Verdi hat die Beschäftigten der Stadtwerke Kiel zum Streik aufgerufen. Die Polizei"
        " sprach von 900 Teilnehmern.",
        date="2025-03-10",
        analyzer=analyzer,
    )
    claim = next(c for c in analysis.claims if c.source and c.source.text == "Die Polizei")
    assert claim.source_entity is None


def test_authority_keeps_its_own_words_after_another_agency(analyzer: Analyzer) -> None:
    analysis = analyze(
        "Der Deutsche Wetterdienst teilte mit, es habe 90 Liter pro Quadratmeter geregnet. Laut"
        " der Behörde wurden 200 Menschen in Sicherheit gebracht.",
        date="2025-06-03",
        analyzer=analyzer,
    )
    claim = next(c for c in analysis.claims if c.source and "Behörde" in c.source.text)
    assert claim.source_entity is None
    assert claim.source.text == "der Behörde"


def test_kind_of_body_refers_back_to_one_named_as_such(analyzer: Analyzer) -> None:
    analysis = analyze(
        "Die Bundespolizei kontrollierte am Montag die Grenze zu Polen. Die Polizei teilte mit,"
        " dass 14 Menschen festgenommen worden seien.",
        date="2025-03-10",
        analyzer=analyzer,
    )
    claim = next(c for c in analysis.claims if c.cue and c.cue.text == "teilte")
    assert claim.source_entity == "Federal Police (Germany)"


def test_a_demonym_before_another_head_is_no_state_source(analyzer: Analyzer) -> None:
    analysis = analyze(
        "Georgian rights groups said that more than 400 protesters had been detained. The"
        " Georgian government said that 293 people had been arrested.",
        date="2024-12-05",
        analyzer=analyzer,
    )
    groups = next(c for c in analysis.claims if c.source and "rights" in c.source.text)
    assert groups.source_entity is None
    government = next(c for c in analysis.claims if c.source and "government" in c.source.text)
    assert government.source_entity == "Georgia (country)"


def test_an_unknown_name_inside_a_longer_name_is_not_the_source(analyzer: Analyzer) -> None:
    analysis = analyze(
        "The Northern Lake Water Quality Board put the share of polluted samples at 12 percent.",
        date="2025-05-02",
        analyzer=analyzer,
    )
    claim = next(c for c in analysis.claims if c.source is not None)
    assert claim.source.text == "The Northern Lake Water Quality Board"
    assert claim.source_entity is None


def test_kind_of_body_refers_back_to_one_the_knowledge_base_names_as_such(
    analyzer: Analyzer,
) -> None:
    analysis = analyze(
        "Reuters berichtete am Morgen über den Streik. Laut der Agentur fielen 40 Flüge aus."
        " Verdi rief die Pflegekräfte in Bremen zum Ausstand auf. Nach Angaben der"
        " Gewerkschaft legten 700 Beschäftigte die Arbeit nieder.",
        date="2025-03-10",
        analyzer=analyzer,
    )
    agency = next(c for c in analysis.claims if c.source and c.source.text == "der Agentur")
    assert agency.source_entity == "Reuters"
    union = next(c for c in analysis.claims if c.source and "Gewerkschaft" in c.source.text)
    assert union.source_entity == "Ver.di"


def test_a_surname_the_tagger_read_as_a_word_takes_the_full_name(analyzer: Analyzer) -> None:
    analysis = analyze(
        "Commissioner Harriet Lynch said on Tuesday that the pier would close.\n\n"
        'Lynch: "The repairs will take two winters."',
        date="2025-02-14",
        language="en",
        analyzer=analyzer,
    )
    label = next(c for c in analysis.claims if c.source and c.source.text == "Lynch")
    assert label.source_entity == "Harriet Lynch"
