"""English attribution on news sentences written for these tests (not from the gold files)."""

from __future__ import annotations

from spacy.language import Language

from lagebild.pipeline import Analyzer, analyze

from .claims import claims_of, only_claim


def test_that_clause_after_a_time_phrase(nlp_en: Language) -> None:
    text = "The health ministry said on Monday that three people were injured in the blast."
    c = only_claim(nlp_en, text)
    assert (c.form, c.source and c.source.text, c.cue and c.cue.text) == (
        "indirect",
        "The health ministry",
        "said",
    )
    assert c.message_text == "that three people were injured in the blast"
    assert c.source is not None and (c.source.start, c.source.end) == (0, 19)
    assert c.message[0].start == text.index("that three")


def test_inverted_frame_after_the_message(nlp_en: Language) -> None:
    c = only_claim(nlp_en, "The convoy reached the border late on Sunday, a police spokesman said.")
    assert c.form == "indirect"
    assert c.source is not None and c.source.text == "a police spokesman"
    assert c.message_text == "The convoy reached the border late on Sunday"


def test_said_before_its_source(nlp_en: Language) -> None:
    text = "Talks will resume next month, said Maria Costa, the union's chief negotiator."
    c = only_claim(nlp_en, text)
    assert c.source is not None and c.source.text.startswith("Maria Costa")
    assert c.cue is not None and c.cue.text == "said"
    assert c.message_text == "Talks will resume next month"


def test_according_to_with_message_before_and_after(nlp_en: Language) -> None:
    text = "About 400 homes, according to the fire brigade, were left without power."
    c = only_claim(nlp_en, text)
    assert c.source is not None and c.source.text == "the fire brigade"
    assert c.cue is not None and c.cue.text == "according to"
    assert [m.text for m in c.message] == ["About 400 homes", "were left without power"]
    assert c.frame is not None and c.frame.text == "according to the fire brigade"


def test_according_to_figures_from_names_the_owner_as_source(nlp_en: Language) -> None:
    c = only_claim(
        nlp_en, "Exports fell sharply in May, according to figures from the statistics office."
    )
    assert c.source is not None and c.source.text == "the statistics office"
    assert c.stwr == "writing"


def test_relay_citing_officials(nlp_en: Language) -> None:
    text = "The AFP news agency reported, citing police officials, that two suspects were held."
    c = only_claim(nlp_en, text)
    assert c.source is not None and c.source.text == "police officials"
    assert c.relayed_by == "The AFP news agency"
    assert c.message_text == "that two suspects were held"


def test_relay_after_the_message(nlp_en: Language) -> None:
    text = (
        "The border crossing was closed overnight, Kyodo reported, citing a coast guard official."
    )
    c = only_claim(nlp_en, text)
    assert c.source is not None and c.source.text == "a coast guard official"
    assert c.relayed_by == "Kyodo"
    assert c.message_text == "The border crossing was closed overnight"


def test_quote_split_around_its_frame_across_sentences(nlp_en: Language) -> None:
    text = "“We have lost everything,” a farmer told reporters. “Nobody warned us in time.”"
    c = only_claim(nlp_en, text)
    assert c.form == "direct"
    assert c.source is not None and c.source.text == "a farmer"
    assert c.cue is not None and c.cue.text == "told"
    assert [m.text for m in c.message] == ["We have lost everything", "Nobody warned us in time"]


def test_quote_after_a_colon_frame(nlp_en: Language) -> None:
    c = only_claim(nlp_en, "The mayor said: “The water supply is safe again.”")
    assert (c.form, c.source and c.source.text) == ("direct", "The mayor")
    assert c.message_text == "The water supply is safe again"


def test_unframed_quote_continues_the_last_source(nlp_en: Language) -> None:
    text = (
        "“The dike held,” said the engineer Tom Berg. The river rose again overnight. "
        "“We are watching it closely.”"
    )
    claims = claims_of(nlp_en, text)
    forms = [(c.form, c.source and c.source.text) for c in claims]
    assert forms == [
        ("direct", "the engineer Tom Berg"),
        ("unattributed", None),
        ("direct", "the engineer Tom Berg"),
    ]


def test_short_scare_quote_stays_in_the_sentence(nlp_en: Language) -> None:
    text = "The opposition said the budget was “a fantasy” and would not pass."
    c = only_claim(nlp_en, text)
    assert c.form == "indirect"
    assert c.message_text == "the budget was “a fantasy” and would not pass"


def test_denial_with_a_clause(nlp_en: Language) -> None:
    c = only_claim(nlp_en, "The company denied that it had shipped parts to the army.")
    assert (c.form, c.modality) == ("indirect", "denied")


def test_declined_to_comment_is_unconfirmed(nlp_en: Language) -> None:
    c = only_claim(nlp_en, "A spokeswoman for the airline declined to comment on the incident.")
    assert (c.form, c.modality) == ("reported", "unconfirmed")
    assert c.cue is not None and c.cue.text == "declined to comment"
    assert c.message_text == "on the incident"


def test_coordinated_verbs_of_saying_share_their_source(nlp_en: Language) -> None:
    text = "The minister rejected the criticism and called for an independent inquiry."
    claims = claims_of(nlp_en, text)
    assert [(c.cue and c.cue.text, c.source and c.source.text) for c in claims] == [
        ("rejected", "The minister"),
        ("called", "The minister"),
    ]
    assert [c.modality for c in claims] == ["denied", "demanded"]
    assert claims[0].message_text == "the criticism"
    assert claims[1].message_text == "for an independent inquiry"


def test_apposition_source_before_the_verb(nlp_en: Language) -> None:
    text = (
        "Olena Marchenko, the head of the regional council, told local radio "
        "that the bridge would reopen in June."
    )
    c = only_claim(nlp_en, text)
    assert c.source is not None and c.source.text.startswith("Olena Marchenko")
    assert c.message_text == "that the bridge would reopen in June"


def test_statement_makes_it_writing(nlp_en: Language) -> None:
    c = only_claim(nlp_en, "The regulator said in a statement it would appeal the ruling.")
    assert c.stwr == "writing"
    assert c.message_text == "it would appeal the ruling"


def test_pronoun_source_resolves_to_the_person_before() -> None:
    analysis = analyze(
        "Rafael Grossi visited the plant on Monday. He said the cooling pumps were working.",
        date="2025-05-14",
        language="en",
    )
    sourced = [c for c in analysis.claims if c.source is not None]
    assert len(sourced) == 1
    assert sourced[0].source is not None and sourced[0].source.text == "He"
    assert sourced[0].source_entity == "Rafael Grossi"


def test_plain_sentences_are_the_authors(nlp_en: Language) -> None:
    claims = claims_of(nlp_en, "The storm moved north. Schools stayed closed in two districts.")
    assert [c.form for c in claims] == ["unattributed", "unattributed"]


def test_percent_stays_in_the_message(nlp_en: Language) -> None:
    c = only_claim(nlp_en, "Unemployment rose to 6.1%.")
    assert c.message_text == "Unemployment rose to 6.1%"


def test_english_and_german_articles_share_entities_and_event() -> None:
    analyzer = Analyzer()
    german = analyze(
        "Der ukrainische Militärgeheimdienstchef Kyrylo Budanow sagte, Nordkorea habe "
        "Soldaten nach Russland entsandt.",
        date="2024-11-05",
        language="de",
        analyzer=analyzer,
    )
    english = analyze(
        "Ukraine's military intelligence chief Kyrylo Budanov said North Korea had sent "
        "soldiers to Russia. The International Atomic Energy Agency was not involved.",
        date="2024-11-05",
        language="en",
        analyzer=analyzer,
    )
    names_de = {e.canonical for e in german.entities}
    names_en = {e.canonical for e in english.entities}
    assert {"Kyrylo Budanov", "North Korea", "Russia"} <= names_de & names_en
    assert "International Atomic Energy Agency" in names_en
    source_de = next(c for c in german.claims if c.source is not None)
    source_en = next(c for c in english.claims if c.source is not None)
    assert source_de.source_entity == source_en.source_entity == "Kyrylo Budanov"
    assert source_en.event is not None and source_en.event.type == "DEPLOY_TROOPS"
    assert source_de.event is not None and source_de.event.type == source_en.event.type


def test_authors_clause_before_an_unconfirmed_one(nlp_en: Language) -> None:
    text = "Residents were evacuated from two villages, but the army would not confirm the figure."
    claims = claims_of(nlp_en, text)
    assert [(c.form, c.message_text) for c in claims] == [
        ("unattributed", "Residents were evacuated from two villages"),
        ("reported", "the figure"),
    ]
    assert claims[1].modality == "unconfirmed"


def test_asked_for_is_a_reported_demand(nlp_en: Language) -> None:
    c = only_claim(nlp_en, "The union asked the company for a pay rise.")
    assert (c.form, c.modality, c.message_text) == (
        "reported",
        "demanded",
        "the company for a pay rise",
    )


def test_a_refusal_with_nothing_after_it_is_no_crash(nlp_en: Language) -> None:
    # The refusal ends the sentence: its cue leaves no message, so no claim of its own.
    text = "The floods killed at least 40 people, a figure the ministry did not confirm."
    claims = claims_of(nlp_en, text)
    assert [c.message_text for c in claims] == [text[:-1]]
    assert all(c.message for c in claims)


def test_each_claim_names_its_rule(nlp_en: Language) -> None:
    text = (
        "According to the ministry, 40 people died. "
        "The mayor said the dam had held. Rescue teams arrived on Monday."
    )
    assert [c.rule for c in claims_of(nlp_en, text)] == ["frame", "verb", "unattributed"]


def test_a_quotation_with_its_own_frame_is_no_second_half_of_the_one_before(
    nlp_en: Language,
) -> None:
    text = (
        '"The bridge stays shut until May," the mayor said. "That is too long," a grocer replied.'
    )
    said = [(c.source and c.source.text, c.message_text) for c in claims_of(nlp_en, text)]
    assert said == [
        ("the mayor", "The bridge stays shut until May"),
        ("a grocer", "That is too long"),
    ]
