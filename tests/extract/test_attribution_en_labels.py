"""English claims without a verb of saying: a name and a colon opening a headline or a
transcript line ("Lee: ..."), and reportative adverbs ("reportedly"), each on sentences
written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from lagebild.model import Document
from lagebild.pipeline import build_analysis

from .claims import attributed


def triples(nlp: Language, text: str) -> list[tuple[str | None, str | None, str]]:
    return [
        (c.source and c.source.text, c.cue and c.cue.text, c.message_text)
        for c in attributed(nlp, text)
    ]


# -- "Name: words" ---------------------------------------------------------------------------


def test_a_headline_name_and_colon_attribute_the_line(nlp_en: Language) -> None:
    text = (
        "Okafor: The Harbour Tunnel Will Open Two Years Late\n\n"
        "The mayor told the council on Monday that the tunnel would cost more."
    )
    claims = triples(nlp_en, text)
    assert ("Okafor", ":", "The Harbour Tunnel Will Open Two Years Late") in claims
    assert len(claims) == 2


def test_a_label_name_the_tagger_reads_as_a_word_is_a_name_the_text_gives(
    nlp_en: Language,
) -> None:
    text = (
        "Commissioner Harriet Lynch said on Tuesday that the pier would close.\n\n"
        'Lynch: "The repairs will take two winters."'
    )
    assert ("Lynch", ":", "The repairs will take two winters") in triples(nlp_en, text)


def test_a_transcript_speaker_and_a_report_noun(nlp_en: Language) -> None:
    assert triples(nlp_en, "MARIA OKAFOR: Do you think the tunnel will ever open?") == [
        ("MARIA OKAFOR", ":", "Do you think the tunnel will ever open")
    ]
    assert triples(nlp_en, "Survey: Most commuters would pay a higher toll") == [
        ("Survey", ":", "Most commuters would pay a higher toll")
    ]


def test_labels_that_name_no_one_are_no_source(nlp_en: Language) -> None:
    assert attributed(nlp_en, "The bottom line: the tunnel will open two years late.") == []
    assert attributed(nlp_en, "Update: The ferry timetable was changed on Friday.") == []
    # a short heading of the author's own list
    assert attributed(nlp_en, "Okafor: Finish second.") == []
    # a colon later in a sentence that has a verb of its own
    assert [
        c.cue.text for c in attributed(nlp_en, "Okafor said: the tunnel is late.") if c.cue
    ] == ["said:"]


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        # a line holding a report of its own is the label's
        (
            "Okafor: Engineers think the harbour tunnel is unsafe.",
            "Okafor",
            "Engineers think the harbour tunnel is unsafe",
        ),
        # a common noun after a name heads the label
        (
            "Okafor camp: The toll plan will ruin the harbour towns.",
            "Okafor camp",
            "The toll plan will ruin the harbour towns",
        ),
        # the one addressed is no part of the source
        (
            "Maria Okafor to Ferry Workers: The fares will fall next spring.",
            "Maria Okafor",
            "The fares will fall next spring",
        ),
    ],
)
def test_labels_with_a_report_inside_a_noun_head_or_an_addressee(
    nlp_en: Language, text: str, source: str, message: str
) -> None:
    assert triples(nlp_en, text) == [(source, ":", message)]


def test_a_label_of_a_common_noun_alone_names_no_one(nlp_en: Language) -> None:
    assert attributed(nlp_en, "Correction: The ferry left the harbour on Friday.") == []


# -- reportedly ---------------------------------------------------------------------------------


def test_a_report_adverb_is_the_cue_of_an_unnamed_report(nlp_en: Language) -> None:
    claims = attributed(nlp_en, "The ferry company is reportedly weighing a new fee for bicycles.")
    assert len(claims) == 1
    claim = claims[0]
    assert claim.source is None
    assert claim.cue is not None and claim.cue.text == "reportedly"
    assert [m.text for m in claim.message] == [
        "The ferry company is",
        "weighing a new fee for bicycles",
    ]
    assert claim.modality == "reportative"


def test_a_report_adverb_beside_a_verb_of_saying_adds_no_claim(nlp_en: Language) -> None:
    claims = attributed(nlp_en, "The mayor reportedly told the council that the tunnel was late.")
    assert [(c.source and c.source.text) for c in claims] == ["The mayor"]


# -- attacking and defending in words ---------------------------------------------------------


def test_a_person_attacking_or_defending_in_words(nlp_en: Language) -> None:
    claims = attributed(nlp_en, "Senator Maria Okafor attacked the toll plan on Tuesday.")
    assert [(c.source and c.source.text, c.cue and c.cue.text) for c in claims] == [
        ("Senator Maria Okafor", "attacked")
    ]
    claims = attributed(nlp_en, "She defended her record on the harbour tunnel.")
    assert [(c.cue and c.cue.text, c.message_text) for c in claims] == [
        ("defended", "her record on the harbour tunnel")
    ]


def test_troops_attacking_or_defending_are_acts(nlp_en: Language) -> None:
    assert attributed(nlp_en, "Government troops attacked the town at dawn.") == []
    assert attributed(nlp_en, "The militia defended the bridge for three days.") == []


# -- stances named by a phrase ----------------------------------------------------------------


def test_a_stance_adjective_after_be_is_a_cue_phrase(nlp_en: Language) -> None:
    claims = attributed(nlp_en, "The harbour pilots were sharply critical of the new timetable.")
    assert [(c.source and c.source.text, c.cue and c.cue.text, c.message_text) for c in claims] == [
        ("The harbour pilots", "were sharply critical of", "the new timetable")
    ]
    claims = attributed(nlp_en, "The engineer is confident that the tunnel will open in May.")
    assert [(c.cue and c.cue.text, c.message_text) for c in claims] == [
        ("is confident", "that the tunnel will open in May")
    ]


def test_made_it_clear_and_have_no_idea(nlp_en: Language) -> None:
    claims = attributed(nlp_en, "The governor made it clear that she would veto the toll.")
    assert [(c.source and c.source.text, c.cue and c.cue.text, c.message_text) for c in claims] == [
        ("The governor", "made it clear", "that she would veto the toll")
    ]
    claims = attributed(nlp_en, "Most commuters have no idea who runs the ferry company.")
    assert [(c.cue and c.cue.text, c.message_text) for c in claims] == [
        ("have no idea", "who runs the ferry company")
    ]


def test_stance_words_without_a_content_or_a_third_person(nlp_en: Language) -> None:
    assert attributed(nlp_en, "The bridge is critical for the port.") == []
    assert attributed(nlp_en, "The ferry made clear progress in the storm.") == []


# -- nouns of saying with a clause --------------------------------------------------------------


def test_a_noun_of_saying_with_a_clause(nlp_en: Language) -> None:
    text = "The vote came a week after the union's warning that the ferries would stop."
    claims = attributed(nlp_en, text)
    assert [(c.source and c.source.text, c.cue and c.cue.text, c.message_text) for c in claims] == [
        ("the union", "warning", "that the ferries would stop")
    ]
    claims = attributed(nlp_en, "Her argument was that the toll would pay for the tunnel.")
    assert [(c.source and c.source.text, c.cue and c.cue.text) for c in claims] == [
        ("Her", "argument")
    ]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "The harbour master's claim that the pier was safe was rejected by divers.",
            "that the pier was safe",
        ),
        ("His warning that the fares would rise came true in May.", "that the fares would rise"),
    ],
)
def test_a_clause_on_a_subject_noun_of_saying_ends_before_the_main_verb(
    nlp_en: Language, text: str, message: str
) -> None:
    claims = attributed(nlp_en, text)
    assert [c.message_text for c in claims] == [message]


def test_a_relative_clause_after_the_noun_is_no_content(nlp_en: Language) -> None:
    assert attributed(nlp_en, "It was a message that reached every commuter in the city.") == []


# -- reports nested in a message ----------------------------------------------------------------


def test_a_report_inside_a_message_is_nested_not_split(nlp_en: Language) -> None:
    text = "The mayor said that engineers had argued the tunnel was unsafe."
    doc = nlp_en(text)
    analysis = build_analysis(Document(text=text, language="en"), doc)
    claims = [c for c in analysis.claims if c.form != "unattributed"]
    # the mayor's message stays whole
    assert [(c.source and c.source.text, c.message_text) for c in claims] == [
        ("The mayor", "that engineers had argued the tunnel was unsafe")
    ]
    nested = analysis.nested_claims
    assert [(c.source and c.source.text, c.cue and c.cue.text, c.message_text) for c in nested] == [
        ("engineers", "had argued", "the tunnel was unsafe")
    ]
    assert analysis.to_json()["nested_claims"][0]["cue"]["text"] == "had argued"


def test_no_nested_reports_inside_quotations_or_plain_sentences(nlp_en: Language) -> None:
    for text in (
        "“I think the engineers said the tunnel was unsafe,” the mayor said.",
        "The ferry left the harbour at noon.",
    ):
        analysis = build_analysis(Document(text=text, language="en"), nlp_en(text))
        assert analysis.nested_claims == []
        assert "nested_claims" not in analysis.to_json()


# -- sources of an according-to frame with a participle phrase -----------------------------------


def test_an_according_to_source_keeps_its_participle_phrase(nlp_en: Language) -> None:
    text = (
        "According to a survey conducted by the port authority in March, most commuters "
        "would pay a higher toll."
    )
    claims = attributed(nlp_en, text)
    assert [(c.source and c.source.text, c.message_text) for c in claims] == [
        (
            "a survey conducted by the port authority in March",
            "most commuters would pay a higher toll",
        )
    ]


# -- a quotation's frame relayed "according to" an outlet ------------------------------------


def test_a_frame_relayed_according_to_an_outlet(nlp_en: Language) -> None:
    text = "“We will not close the pier,” Okafor said at a rally, according to the Harbour Times."
    analysis = build_analysis(Document(text=text, language="en"), nlp_en(text))
    claims = [c for c in analysis.claims if c.form != "unattributed"]
    # the speaker's claim keeps its source and names the paper it came through
    assert [(c.source and c.source.text, c.message_text, c.relayed_by) for c in claims] == [
        ("Okafor", "We will not close the pier", "the Harbour Times")
    ]
    # the paper's report of it is a record of its own: the whole statement is its message
    assert [
        (c.source and c.source.text, c.cue and c.cue.text, c.message_text)
        for c in analysis.nested_claims
    ] == [
        ("the Harbour Times", "according to", "We will not close the pier,” Okafor said at a rally")
    ]


@pytest.mark.parametrize(
    ("text", "source", "message", "relay"),
    [
        (
            "The harbour master said the pier would stay closed, according to local radio.",
            "The harbour master",
            "the pier would stay closed",
            "local radio",
        ),
        (
            "Okafor told council members that the ferry fares would rise, according to the "
            "Harbour Times.",
            "Okafor",
            "that the ferry fares would rise",
            "the Harbour Times",
        ),
    ],
)
def test_a_report_relayed_according_to_an_outlet(
    nlp_en: Language, text: str, source: str, message: str, relay: str
) -> None:
    # DESIGN's relays: the speaker stays the source, the outlet is what it came through
    analysis = build_analysis(Document(text=text, language="en"), nlp_en(text))
    claims = [c for c in analysis.claims if c.form != "unattributed"]
    assert [(c.source and c.source.text, c.message_text, c.relayed_by) for c in claims] == [
        (source, message, relay)
    ]
    assert [(c.source and c.source.text, c.cue and c.cue.text) for c in analysis.nested_claims] == [
        (relay, "according to")
    ]


def test_an_according_to_frame_of_a_plain_clause_stays_the_source(nlp_en: Language) -> None:
    text = "The pier will stay closed until May, according to the harbour master."
    analysis = build_analysis(Document(text=text, language="en"), nlp_en(text))
    assert [
        (c.source and c.source.text, c.cue and c.cue.text, c.relayed_by) for c in analysis.claims
    ] == [("the harbour master", "according to", None)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a plan reported by the frame's source is the source's report, not a relayed claim
        (
            "The shipyard plans to close two docks, according to people familiar with the talks.",
            "people familiar with the talks",
        ),
        (
            "The ferry line will be sold, according to sources close to the owners.",
            "sources close to the owners",
        ),
    ],
)
def test_an_according_to_source_keeps_its_adjective_phrase(
    nlp_en: Language, text: str, source: str
) -> None:
    claims = attributed(nlp_en, text)
    assert [(c.source and c.source.text, c.cue and c.cue.text) for c in claims] == [
        (source, "according to")
    ]


def test_an_according_to_inside_the_message_is_no_relay(nlp_en: Language) -> None:
    text = "Okafor said the pier, according to engineers, was unsafe."
    analysis = build_analysis(Document(text=text, language="en"), nlp_en(text))
    assert all(c.relayed_by is None for c in analysis.claims)
    assert all(c.cue is None or c.cue.text != "according to" for c in analysis.nested_claims)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a pronoun closing the postmodifier stays in the source
        ("Aides close to him said the mayor would not run again.", "Aides close to him"),
        ("Friends close to them said the couple had left the city.", "Friends close to them"),
        ("The plan will be dropped, according to aides close to him.", "aides close to him"),
    ],
)
def test_a_postmodifier_ending_in_a_pronoun_stays_in_the_source(
    nlp_en: Language, text: str, source: str
) -> None:
    assert [c.source and c.source.text for c in attributed(nlp_en, text)] == [source]


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        (
            "The ferry was late again on Monday, according to one of the harbour pilots.",
            "one of the harbour pilots",
            "The ferry was late again on Monday",
        ),
        (
            "The toll raised $2 million in May, according to early but incomplete counts.",
            "early but incomplete counts",
            "The toll raised $2 million in May",
        ),
        (
            "The pier closed, according to him, because the divers found a crack.",
            "him",
            "The pier closed",
        ),
    ],
)
def test_an_according_to_source_beyond_a_plain_noun_phrase(
    nlp_en: Language, text: str, source: str, message: str
) -> None:
    claims = attributed(nlp_en, text)
    assert [(c.source and c.source.text, c.cue and c.cue.text) for c in claims] == [
        (source, "according to")
    ]
    assert claims[0].message[0].text == message


# -- a channel frame "In a poll ..., ..." the noun-phrase reader cut short ---------------------


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        (
            "In a Harbour Times poll last month, the mayor had a ten-point lead.",
            "a Harbour Times poll last month",
            "the mayor had a ten-point lead",
        ),
        (
            "In May's Harbour Times-Radio North survey, the ferry line came first.",
            "May's Harbour Times-Radio North survey",
            "the ferry line came first",
        ),
    ],
)
def test_a_poll_frame_with_a_time_or_a_hyphenated_name(
    nlp_en: Language, text: str, source: str, message: str
) -> None:
    assert triples(nlp_en, text) == [(source, "In", message)]


def test_an_interview_frame_is_no_source_of_its_speakers_act(nlp_en: Language) -> None:
    text = "In an interview with Radio North on Sunday, the mayor laughed off the attack."
    assert attributed(nlp_en, text) == []


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        # a heading and a spaced dash before the label
        (
            "EXCLUSIVE – Maria Okafor: The Ferry Fares Must Come Down",
            "Maria Okafor",
            "The Ferry Fares Must Come Down",
        ),
        # a hyphenated surname
        (
            "Maria Okafor-Lind: The harbour tunnel will open two years late.",
            "Maria Okafor-Lind",
            "The harbour tunnel will open two years late",
        ),
        # a transcript speaker in capitals asking a short question
        ("MARIA OKAFOR: Why not wait?", "MARIA OKAFOR", "Why not wait"),
    ],
)
def test_labels_after_a_heading_with_a_hyphenated_name_or_a_short_turn(
    nlp_en: Language, text: str, source: str, message: str
) -> None:
    assert triples(nlp_en, text) == [(source, ":", message)]


def test_a_heading_dash_before_a_colon_that_names_no_one(nlp_en: Language) -> None:
    assert attributed(nlp_en, "Update – Note: the ferry leaves at noon on Friday.") == []
