"""English attribution of intentions, refusals, appearances and namings, which PolNeAR
counts as attributions ("X wants to", "X refused to", "X seems to", "referred to X as
Y"), each on sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language

from .claims import attributed


def one(nlp: Language, text: str) -> tuple[str | None, str | None, list[str]]:
    claims = attributed(nlp, text)
    assert len(claims) == 1, [c.message_text for c in claims]
    c = claims[0]
    return (c.source and c.source.text, c.cue and c.cue.text, [m.text for m in c.message])


# -- intentions and refusals with an infinitive ------------------------------------------


def test_intentions_and_refusals_with_an_infinitive(nlp_en: Language) -> None:
    assert one(nlp_en, "The council plans to close the old bridge next year.") == (
        "The council",
        "plans",
        ["to close the old bridge next year"],
    )
    claim = attributed(nlp_en, "The campaign refused to answer questions about the donation.")
    assert [(c.source and c.source.text, c.cue and c.cue.text) for c in claim] == [
        ("The campaign", "refused")
    ]
    assert claim[0].modality == "denied"
    assert one(nlp_en, "The ferry company intends to double its crossings in May.")[1] == (
        "intends"
    )


def test_seeking_to_is_an_intention_with_an_infinitive(nlp_en: Language) -> None:
    assert one(nlp_en, "The fishermen's union seeks to block the new quota in court.") == (
        "The fishermen's union",
        "seeks",
        ["to block the new quota in court"],
    )
    assert one(nlp_en, "The mayor is seeking to sell the old ferry terminal.")[1] == ("is seeking")
    # without an infinitive it is an act; a speaker's own aim is no reported one
    assert attributed(nlp_en, "The tenants seek a lower rent.") == []
    assert attributed(nlp_en, "We seek to serve every family in the valley.") == []


def test_a_speakers_own_intention_is_no_reported_one(nlp_en: Language) -> None:
    assert attributed(nlp_en, "I plan to thank every volunteer in person.") == []
    assert attributed(nlp_en, "Tenants who refuse to pay the new rent face eviction.") == []


def test_declined_with_an_infinitive_other_than_comment(nlp_en: Language) -> None:
    assert one(nlp_en, "The senator declined to endorse the mayor.") == (
        "The senator",
        "declined",
        ["to endorse the mayor"],
    )
    assert attributed(nlp_en, "The ferry company declined the offer.") == []


def test_intention_verbs_without_an_infinitive_are_acts(nlp_en: Language) -> None:
    assert attributed(nlp_en, "The army planned the attack for weeks.") == []
    assert attributed(nlp_en, "The tenants refused the landlord's offer.") == []


def test_an_intention_inside_a_report_stays_in_its_message(nlp_en: Language) -> None:
    text = (
        "The coast guard told reporters that the tanker had already lost 200 tonnes of oil "
        "and planned to anchor off the island by Friday."
    )
    assert one(nlp_en, text) == (
        "The coast guard",
        "told",
        [
            "that the tanker had already lost 200 tonnes of oil and planned to anchor off "
            "the island by Friday"
        ],
    )


def test_an_intention_before_an_inverted_frame_is_its_message(nlp_en: Language) -> None:
    assert one(nlp_en, "The union wants a new contract, the minister said.") == (
        "the minister",
        "said",
        ["The union wants a new contract"],
    )


# -- appearances: no source, the subject and what is said of it ----------------------------


def test_seems_and_appears_have_no_source(nlp_en: Language) -> None:
    claim = attributed(nlp_en, "The governor seems unlikely to sign the bill.")
    assert len(claim) == 1
    assert claim[0].source is None and claim[0].cue and claim[0].cue.text == "seems"
    assert [m.text for m in claim[0].message] == ["The governor", "unlikely to sign the bill"]
    assert claim[0].modality == "possible"
    assert one(nlp_en, "It appears, though, that the ferry will not run on Sunday.") == (
        None,
        "appears",
        ["that the ferry will not run on Sunday"],
    )


def test_appearing_somewhere_is_no_cue(nlp_en: Language) -> None:
    assert attributed(nlp_en, "The singer appeared on television on Sunday.") == []


# -- naming someone as something ------------------------------------------------------------


def test_referred_to_and_see_as(nlp_en: Language) -> None:
    assert one(nlp_en, "The new mayor referred to the plan as a waste of money.") == (
        "The new mayor",
        "referred to",
        ["the plan as a waste of money"],
    )
    assert one(nlp_en, "Many voters see the senator as a reliable ally.") == (
        "Many voters",
        "see",
        ["the senator as a reliable ally"],
    )
    assert attributed(nlp_en, "She saw the old harbour again in 1999.") == []


def test_continued_frames_a_quotation_only(nlp_en: Language) -> None:
    assert one(nlp_en, "“We will rebuild the pier before the summer,” the mayor continued.") == (
        "the mayor",
        "continued",
        ["We will rebuild the pier before the summer"],
    )
    assert attributed(nlp_en, "The river continued to rise overnight.") == []


# -- a channel framing the clause after it -------------------------------------------------


def test_a_channel_before_the_clause_frames_it(nlp_en: Language) -> None:
    text = "In an online poll released on Monday, 52 percent of respondents backed the levy."
    claims = attributed(nlp_en, text)
    assert [(c.source and c.source.text, c.cue and c.cue.text) for c in claims] == [
        ("an online poll released on Monday", "In")
    ]
    assert claims[0].message_text == "52 percent of respondents backed the levy"


def test_a_verb_of_saying_frames_its_clause_not_the_channel(nlp_en: Language) -> None:
    text = "In a statement, the ministry said the ferry would resume on Monday."
    assert one(nlp_en, text) == ("the ministry", "said", ["the ferry would resume on Monday"])


def test_a_holder_or_a_poll_after_the_clause_is_no_frame(nlp_en: Language) -> None:
    assert attributed(nlp_en, "For many farmers, the new levy is a heavy burden.") == []
    assert attributed(nlp_en, "The mayor held a ten-point lead in the latest poll.") == []
    assert attributed(nlp_en, "In the morning, the ferry left the harbour.") == []


# -- passives of verbs of saying and thinking: no speaker named -----------------------------


def test_passive_with_an_infinitive_or_a_that_clause(nlp_en: Language) -> None:
    claims = attributed(nlp_en, "The new bridge is expected to open in May.")
    assert [(c.source, c.cue and c.cue.text) for c in claims] == [(None, "is expected")]
    assert [m.text for m in claims[0].message] == ["The new bridge", "to open in May"]
    assert one(nlp_en, "It was reported that the ferry had sunk.") == (
        None,
        "was reported",
        ["that the ferry had sunk"],
    )


def test_a_passive_inside_a_report_stays_in_its_message(nlp_en: Language) -> None:
    assert one(nlp_en, "Officials said the dam was expected to hold.") == (
        "Officials",
        "said",
        ["the dam was expected to hold"],
    )
    assert attributed(nlp_en, "The vote was reported by the local paper.") == []


# -- a question put, and a cue with its preposition ------------------------------------------


def test_a_leading_question_is_its_own_claim(nlp_en: Language) -> None:
    claims = attributed(nlp_en, "Asked if he would resign, the mayor said he would stay until May.")
    assert [(c.source and c.source.text, c.cue and c.cue.text, c.message_text) for c in claims] == [
        (None, "Asked", "if he would resign"),
        ("the mayor", "said", "he would stay until May"),
    ]
    assert claims[0].modality == "unconfirmed"


def test_called_on_someone_to_act(nlp_en: Language) -> None:
    assert one(nlp_en, "The mayor called on the ferry company to cut its fares.") == (
        "The mayor",
        "called on",
        ["the ferry company to cut its fares"],
    )
    # "called for" stays "called", as our own gold marks it; "on Monday" is no addressee
    assert one(nlp_en, "The senator called on Monday for a new vote.")[1] == "called"
    assert attributed(nlp_en, "The minister called on the families of the victims.") == []
