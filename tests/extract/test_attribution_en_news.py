"""English attribution on the patterns of news the team did not write (PolNeAR's commonest
misses), each on sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from .claims import attributed


def one(nlp: Language, text: str) -> tuple[str | None, str | None, str]:
    claims = attributed(nlp, text)
    assert len(claims) == 1, [c.message_text for c in claims]
    c = claims[0]
    return (c.source and c.source.text, c.cue and c.cue.text, c.message_text)


# -- a bare clause after the verb of saying (no "that") --------------------------------------


def test_bare_clause_opened_by_there(nlp_en: Language) -> None:
    text = "The harbour master said there was no sign of oil on the beach."
    assert one(nlp_en, text) == (
        "The harbour master",
        "said",
        "there was no sign of oil on the beach",
    )


def test_bare_clause_opened_by_an_approximate_figure(nlp_en: Language) -> None:
    text = "The fire service said at least 12 houses had burned down overnight."
    assert one(nlp_en, text) == (
        "The fire service",
        "said",
        "at least 12 houses had burned down overnight",
    )
    text = "The water board said roughly 900 households were still without water."
    assert one(nlp_en, text)[2] == "roughly 900 households were still without water"


def test_bare_clause_opened_by_a_pronoun(nlp_en: Language) -> None:
    text = "The coroner said it was too early to name a cause."
    assert one(nlp_en, text) == ("The coroner", "said", "it was too early to name a cause")


# -- participle cues after a main clause ------------------------------------------------------


def test_saying_after_a_main_clause_takes_its_subject(nlp_en: Language) -> None:
    text = "The coach left the meeting early, saying the squad needed rest."
    assert one(nlp_en, text) == ("The coach", "saying", "the squad needed rest")


def test_adding_that_after_a_main_clause(nlp_en: Language) -> None:
    text = "The council approved the budget on Tuesday, adding that taxes would stay flat."
    assert one(nlp_en, text) == ("The council", "adding", "that taxes would stay flat")


def test_a_participle_modifier_is_no_cue(nlp_en: Language) -> None:
    # "saying" without a comma before it, "adding" with an object: no speech act
    assert attributed(nlp_en, "Protesters carried signs saying enough was enough.") == []
    assert attributed(nlp_en, "The plant is hiring, adding 200 jobs this year.") == []


# -- sources with a title, a role or a phrase after the head -----------------------------------


def test_source_keeps_its_prepositional_phrase(nlp_en: Language) -> None:
    text = "A spokesman for the transport ministry in Lisbon declined to comment."
    assert attributed(nlp_en, text)[0].source.text == (  # type: ignore[union-attr]
        "A spokesman for the transport ministry in Lisbon"
    )
    text = "Economists at three banks expect inflation to ease."
    assert one(nlp_en, text)[0] == "Economists at three banks"


def test_place_and_time_phrases_before_the_subject_stay_out(nlp_en: Language) -> None:
    text = "In Lisbon, the transport minister said the line would reopen."
    assert one(nlp_en, text)[0] == "the transport minister"


# -- quotation marks of typewriter-style text ---------------------------------------------------


def test_two_apostrophes_mark_a_quotation(nlp_en: Language) -> None:
    text = "''We will wait and see,'' the harbour master said. ''Nothing is decided.''"
    claims = attributed(nlp_en, text)
    assert len(claims) == 1
    c = claims[0]
    assert (c.form, c.source and c.source.text, c.cue and c.cue.text) == (
        "direct",
        "the harbour master",
        "said",
    )
    assert [m.text for m in c.message] == ["We will wait and see", "Nothing is decided"]


def test_an_apposition_keeps_its_prepositional_phrase(nlp_en: Language) -> None:
    text = "Mona Vik, chief economist at a Bergen fishing cooperative, said prices would fall."
    assert one(nlp_en, text) == (
        "Mona Vik, chief economist at a Bergen fishing cooperative",
        "said",
        "prices would fall",
    )
    text = '"Prices will fall," said Mona Vik, adviser to the fishing cooperative.'
    assert one(nlp_en, text)[0] == "Mona Vik, adviser to the fishing cooperative"
    # a channel after the cue stays out of the source
    text = "The senator said in a statement that the bill was dead."
    assert one(nlp_en, text) == ("The senator", "said", "that the bill was dead")


# -- stances, hopes and knowledge attributed like speech ------------------------------------------


def test_stance_and_knowledge_verbs_are_cues(nlp_en: Language) -> None:
    assert one(nlp_en, "The ferry union hopes the strike will end soon.") == (
        "The ferry union",
        "hopes",
        "the strike will end soon",
    )
    assert one(nlp_en, "The mayor opposes the new parking fees.") == (
        "The mayor",
        "opposes",
        "the new parking fees",
    )
    # with a plain object "know" states no content
    assert attributed(nlp_en, "The driver knows the old harbour road well.") == []


# -- frames after a message that ends in a quotation, or around it ---------------------------


def test_quote_frame_followed_by_a_participle_clause(nlp_en: Language) -> None:
    text = (
        "The mayor spoke at the harbour. “We will rebuild every pier before winter,” "
        "the mayor said, drawing applause from the crowd."
    )
    claims = attributed(nlp_en, text)
    assert [(c.form, c.source and c.source.text, c.cue and c.cue.text) for c in claims] == [
        ("direct", "the mayor", "said")
    ]
    assert claims[0].message_text == "We will rebuild every pier before winter"


def test_inverted_frame_after_a_comma_inside_the_closing_quote(nlp_en: Language) -> None:
    text = 'Smaller papers are "having to cut every second page," the editor said.'
    assert one(nlp_en, text) == (
        "the editor",
        "said",
        'Smaller papers are "having to cut every second page',
    )
    text = 'The new ferry timetable may be "a mistake," said Ada Holm, a planner at the port.'
    source, cue, message = one(nlp_en, text)
    assert (source, cue) == ("Ada Holm, a planner at the port", "said")
    assert message.startswith("The new ferry timetable may be")


def test_parenthetical_frame_between_subject_and_verb(nlp_en: Language) -> None:
    text = "The new levy, the farmers said, raised their costs by a third."
    claims = attributed(nlp_en, text)
    assert len(claims) == 1
    assert (claims[0].source and claims[0].source.text) == "the farmers"
    assert [m.text for m in claims[0].message] == ["The new levy", "raised their costs by a third"]


# -- noun phrases: adverbs, compounds and names joined by "and" -------------------------------


def test_apposition_with_an_adverb_and_a_name_with_and(nlp_en: Language) -> None:
    text = "Ole Brand, a former chief engineer of the Harbour Works, said the pier would hold."
    assert one(nlp_en, text) == (
        "Ole Brand, a former chief engineer of the Harbour Works",
        "said",
        "the pier would hold",
    )
    text = "Ines Roth, head of the Bridge and Tunnel Authority, said the toll would rise."
    assert one(nlp_en, text)[0] == "Ines Roth, head of the Bridge and Tunnel Authority"


def test_source_opened_by_former_and_sources_joined_by_and(nlp_en: Language) -> None:
    text = "Former Ohio governor Ben Lutz said the canal plan was too costly."
    assert one(nlp_en, text)[0] == "Former Ohio governor Ben Lutz"
    text = "Anna Berg and Tom Wilde said the new quota was unfair."
    assert one(nlp_en, text)[0] == "Anna Berg and Tom Wilde"


def test_clause_opened_by_a_hyphenated_compound(nlp_en: Language) -> None:
    text = "Surveys show working-class voters could decide the vote in three states."
    assert one(nlp_en, text) == (
        "Surveys",
        "show",
        "working-class voters could decide the vote in three states",
    )


# -- bare clauses after a time phrase or with a long subject -----------------------------------


def test_bare_clause_after_a_bare_time_phrase(nlp_en: Language) -> None:
    text = "The port authority tweeted Tuesday night it would reopen the locks."
    assert one(nlp_en, text) == (
        "The port authority",
        "tweeted",
        "it would reopen the locks",
    )
    text = "The union said last week the strike would end soon."
    assert one(nlp_en, text)[2] == "the strike would end soon"


def test_bare_clause_whose_subject_has_a_relative_clause_or_an_insertion(
    nlp_en: Language,
) -> None:
    text = "The coach says a tackle that used to be legal now draws a penalty."
    assert one(nlp_en, text) == (
        "The coach",
        "says",
        "a tackle that used to be legal now draws a penalty",
    )
    text = "The analyst argued the company, which lost money for years, was in recovery."
    assert one(nlp_en, text)[2] == "the company, which lost money for years, was in recovery"
    text = "The witness told the court the car he had seen was red."
    assert one(nlp_en, text)[2] == "the car he had seen was red"


def test_bare_clause_whose_subject_has_an_infinitive(nlp_en: Language) -> None:
    text = "The economist argued the council’s plan to widen the road was too costly."
    assert one(nlp_en, text) == (
        "The economist",
        "argued",
        "the council’s plan to widen the road was too costly",
    )
    text = "The coach says the only way to beat them is patience."
    assert one(nlp_en, text)[2] == "the only way to beat them is patience"
    text = "Critics say efforts to clean up the river have stalled."
    assert one(nlp_en, text)[2] == "efforts to clean up the river have stalled"


def test_a_share_of_a_poll_is_the_source(nlp_en: Language) -> None:
    text = "Two in three said they would vote again."
    assert one(nlp_en, text) == ("Two in three", "said", "they would vote again")
    text = "About four in 10 said the schools were improving."
    assert one(nlp_en, text)[0] == "About four in 10"
    text = "Almost half say the bridge should be rebuilt."
    assert one(nlp_en, text)[0] == "Almost half"
    text = "Nearly two-thirds said the fee was too high."
    assert one(nlp_en, text)[0] == "Nearly two-thirds"
    text = "More than nine of 10 said they trusted the nurses."
    assert one(nlp_en, text)[0] == "More than nine of 10"


def test_a_share_of_a_named_group_is_the_source(nlp_en: Language) -> None:
    text = "Half of Vermont farmers said the levy was too high."
    assert one(nlp_en, text) == ("Half of Vermont farmers", "said", "the levy was too high")
    text = "Six in 10 rural voters said the clinic should stay open."
    assert one(nlp_en, text)[0] == "Six in 10 rural voters"
    text = "About half of the residents said the water tasted odd."
    assert one(nlp_en, text)[0] == "About half of the residents"
    text = "Only a quarter of the tenants said the landlord was fair."
    assert one(nlp_en, text)[0] == "Only a quarter of the tenants"
    text = "Nearly two-thirds of Democratic primary voters said they trusted her."
    assert one(nlp_en, text)[0] == "Nearly two-thirds of Democratic primary voters"
    text = "Large majorities of nurses in three hospitals said they were tired."
    assert one(nlp_en, text)[0] == "Large majorities of nurses in three hospitals"
    text = "Some 40 percent of the students said the fees were too high."
    assert one(nlp_en, text)[0] == "Some 40 percent of the students"
    text = "One of the nurses said the ward was closed."
    assert one(nlp_en, text)[0] == "One of the nurses"
    # a group with "of" that names no share keeps its own start
    text = "The head of the agency said the dam was safe."
    assert one(nlp_en, text)[0] == "The head of the agency"


def test_an_object_with_an_infinitive_is_no_bare_clause(nlp_en: Language) -> None:
    assert attributed(nlp_en, "The mayor said the plan to close the school.") == []


def test_an_object_with_a_relative_clause_is_no_bare_clause(nlp_en: Language) -> None:
    assert attributed(nlp_en, "The actor said the lines that he wrote.") == []
    assert attributed(nlp_en, "She said the words he wrote.") == []


# -- relative clauses around the source; cited and supported noun phrases ---------------------


def test_source_of_a_relative_clause_is_its_antecedent(nlp_en: Language) -> None:
    text = "The plan drew criticism from engineers, including some who warned it could fail."
    assert one(nlp_en, text) == ("some", "warned", "it could fail")


def test_source_keeps_its_relative_clause(nlp_en: Language) -> None:
    text = "Engineers who inspected the bridge said it could stay open."
    assert one(nlp_en, text)[0] == "Engineers who inspected the bridge"
    text = "Residents of the town that hosts the fair said the roads were blocked."
    assert one(nlp_en, text)[0] == "Residents of the town that hosts the fair"


def test_cited_noun_phrase_and_supported_gerund_are_reported(nlp_en: Language) -> None:
    claims = attributed(nlp_en, "The mayor cited a survey of local shop owners.")
    assert [(c.form, c.cue and c.cue.text, c.message_text) for c in claims] == [
        ("reported", "cited", "a survey of local shop owners")
    ]
    claims = attributed(nlp_en, "The senator has supported raising the minimum wage.")
    assert [(c.form, c.message_text) for c in claims] == [("reported", "raising the minimum wage")]


# -- the cue is the verb group ---------------------------------------------------------------


def test_cue_takes_its_auxiliaries_negation_and_adverbs(nlp_en: Language) -> None:
    assert one(nlp_en, "The port has said the ferries will run.")[1] == "has said"
    assert one(nlp_en, "The council also warned that the river could rise.")[1] == "also warned"
    text = "“We will not close the school,” the head teacher has said."
    claims = attributed(nlp_en, text)
    assert [c.cue and c.cue.text for c in claims] == ["has said"]


# -- verbs of saying and judging beyond "say" ------------------------------------------------


def test_clause_verbs_beyond_say(nlp_en: Language) -> None:
    text = "The treasurer joked to the board that the vault was empty."
    assert one(nlp_en, text) == ("The treasurer", "joked", "that the vault was empty")
    assert one(nlp_en, "The pilot learned the runway was closed.")[2] == "the runway was closed"
    assert attributed(nlp_en, "She learned Dutch in Utrecht.") == []


def test_a_document_that_reads_a_quotation(nlp_en: Language) -> None:
    claims = attributed(nlp_en, 'The notice read: "The pool stays shut until May."')
    assert [(c.form, c.source and c.source.text, c.cue and c.cue.text) for c in claims] == [
        ("direct", "The notice", "read:")
    ]


def test_verbs_of_judging_take_a_noun_phrase(nlp_en: Language) -> None:
    claims = attributed(nlp_en, "The senator mocked the toll plan as a gimmick.")
    assert [(c.form, c.cue and c.cue.text, c.message_text) for c in claims] == [
        ("reported", "mocked", "the toll plan as a gimmick")
    ]
    assert attributed(nlp_en, "The troops defended the bridge for a week.") == []


# -- bare clauses whose subject the noun-phrase reader did not take ---------------------------


def test_bare_clause_after_a_plural_subject_with_a_base_form(nlp_en: Language) -> None:
    # taggers read "they want" as an infinitive; after a plural subject it is a present
    text = "Most of the fishermen said they want the old quota back."
    assert one(nlp_en, text)[1:] == ("said", "they want the old quota back")
    text = "The harbour master said ferry crews need more rest between shifts."
    assert one(nlp_en, text)[2] == "ferry crews need more rest between shifts"


def test_bare_clause_with_a_quantifier_figure_or_gerund_subject(nlp_en: Language) -> None:
    text = "The lifeguards said some of them were too tired to swim."
    assert one(nlp_en, text)[2] == "some of them were too tired to swim"
    text = "The bakers say this is the worst harvest in years."
    assert one(nlp_en, text)[2] == "this is the worst harvest in years"
    text = "The report says thousands lost their jobs in the drought."
    assert one(nlp_en, text)[2] == "thousands lost their jobs in the drought"
    text = "The mayor said widening the road would cost too much."
    assert one(nlp_en, text)[2] == "widening the road would cost too much"


def test_bare_clause_whose_subject_takes_prepositional_phrases(nlp_en: Language) -> None:
    text = "The engineers say damage to the old dam is worse than expected."
    assert one(nlp_en, text)[2] == "damage to the old dam is worse than expected"
    text = "The coach said the same players would start on Sunday."
    assert one(nlp_en, text)[2] == "the same players would start on Sunday"


def test_bare_clause_with_coordinated_subject_or_a_quote_before_its_verb(
    nlp_en: Language,
) -> None:
    text = "The skipper said she and her crew had sailed through the storm."
    assert one(nlp_en, text)[2] == "she and her crew had sailed through the storm"
    text = "The warden says the new rules “are simply unworkable” for small farms."
    assert one(nlp_en, text)[2] == "the new rules “are simply unworkable” for small farms"


def test_a_second_verb_of_saying_takes_the_subject_of_the_first(nlp_en: Language) -> None:
    text = "The referee blew the whistle and said the goal did not count."
    assert one(nlp_en, text) == ("The referee", "said", "the goal did not count")


def test_an_inserted_phrase_between_source_and_cue(nlp_en: Language) -> None:
    text = (
        "The farmers' union, in a letter sent to the ministry on Friday, said prices were too low."
    )
    assert one(nlp_en, text)[:2] == ("The farmers' union", "said")
    text = "The ferry captain, speaking on local radio, said the crossing was safe."
    assert one(nlp_en, text) == ("The ferry captain", "said", "the crossing was safe")


def test_a_plain_object_of_say_stays_no_clause(nlp_en: Language) -> None:
    assert attributed(nlp_en, "He said the same thing to the crew on Monday.") == []
    assert attributed(nlp_en, "The guide said a few words about the old fort.") == []


# -- short quotations with a frame after them; frames followed by a clause -------------------


def test_a_short_quotation_with_a_frame_after_it_is_speech(nlp_en: Language) -> None:
    text = 'Was the harbour master pleased? "Up to a point," she said.'
    assert one(nlp_en, text) == ("she", "said", "Up to a point")
    # without a frame a short quotation stays a phrase of the sentence
    assert attributed(nlp_en, 'The crowd chanted "no more tolls," and the mayor left.') == []


def test_a_quotation_frame_may_end_before_a_clause(nlp_en: Language) -> None:
    text = '"We will rebuild the pier," the mayor said when asked about the storm.'
    first = attributed(nlp_en, text)[0]  # the question asked is a claim of its own
    assert (first.source and first.source.text, first.message_text) == (
        "the mayor",
        "We will rebuild the pier",
    )
    text = '"The nets are empty," the skipper told the inspector, after the inspector had left.'
    assert one(nlp_en, text)[:2] == ("the skipper", "told")


# -- a quotation over several paragraphs in straight quotation marks ---------------------------


def test_straight_quotation_reopened_at_each_paragraph(nlp_en: Language) -> None:
    # the first paragraph's quotation is not closed: the next paragraph's mark reopens
    # one, and the marks after it still pair up
    text = (
        'The mayor spoke for an hour. She said: "We will rebuild the pier and the harbour '
        "wall before winter.\n\n"
        '"Nothing will stop us. We have the money," she said.\n\n'
        '"The storm was bad," the skipper said. "But we were ready for it."'
    )
    claims = attributed(nlp_en, text)
    assert [(c.source and c.source.text, [m.text for m in c.message]) for c in claims] == [
        ("She", ["We will rebuild the pier and the harbour wall before winter"]),
        ("she", ["Nothing will stop us. We have the money"]),
        ("the skipper", ["The storm was bad", "But we were ready for it"]),
    ]


# -- a source after an inverted cue keeps what describes it ------------------------------------


def test_source_after_the_cue_keeps_its_appositions_and_relative_clause(nlp_en: Language) -> None:
    text = '"The dam is safe," said Ann Lee, a hydrologist at the college who has studied it.'
    assert one(nlp_en, text) == (
        "Ann Lee, a hydrologist at the college who has studied it",
        "said",
        "The dam is safe",
    )
    text = "The toll will rise, said Tom Berg, head of the Ferry Union, a group of captains."
    assert one(nlp_en, text)[0] == "Tom Berg, head of the Ferry Union, a group of captains"
    # a relay after the source is no description of it
    text = "The toll will rise, said Tom Berg, citing a report."
    assert one(nlp_en, text)[0] == "a report"


# -- a quotation's frame: an apposition closed by a comma, a participle after the verb ---------


def test_quotation_frame_with_an_apposition_or_a_participle(nlp_en: Language) -> None:
    text = '"The ferry will run," the port director, Ida Moe, said on Monday.'
    assert one(nlp_en, text) == ("the port director, Ida Moe", "said", "The ferry will run")
    text = '"We will not close the school," the mayor said answering a question from a parent.'
    assert one(nlp_en, text) == ("the mayor", "said", "We will not close the school")


# -- a regular past the tagger reads as a participle (VVN) right after its subject -----------


def test_bare_clause_whose_past_tense_is_tagged_as_a_participle(nlp_en: Language) -> None:
    text = "The engineer said the pumps failed during the storm."
    assert one(nlp_en, text) == ("The engineer", "said", "the pumps failed during the storm")
    # a participle after its noun with "by" stays a participle: no clause of its own
    text = "The mayor praised the plan adopted by the council."
    assert one(nlp_en, text)[2] == "the plan adopted by the council"


# -- a noun-phrase content: an object pronoun, and a participle cue after it ------------------


def test_naming_with_an_object_pronoun(nlp_en: Language) -> None:
    text = "Critics called him a liar."
    assert one(nlp_en, text) == ("Critics", "called", "him a liar")
    text = 'The mayor criticized the budget and called it "a disgrace."'
    claims = attributed(nlp_en, text)
    assert [(c.cue and c.cue.text, c.message_text) for c in claims][-1] == (
        "called",
        'it "a disgrace',
    )


def test_participle_cue_after_a_noun_phrase_content(nlp_en: Language) -> None:
    text = "The coach praised his players, calling them the best team he had ever led."
    claims = attributed(nlp_en, text)
    assert [(c.source and c.source.text, c.cue and c.cue.text, c.message_text) for c in claims] == [
        ("The coach", "praised", "his players"),
        ("The coach", "calling", "them the best team he had ever led"),
    ]


# -- reminding and positing with a clause -----------------------------------------------------


def test_reminded_and_posits_with_a_that_clause(nlp_en: Language) -> None:
    text = "Officials reminded residents that the bridge would close at noon."
    assert one(nlp_en, text) == ("Officials", "reminded", "that the bridge would close at noon")
    text = "The professor posits that the tax would hurt small farms."
    assert one(nlp_en, text)[1] == "posits"
    # without a clause, reminding is no report
    assert attributed(nlp_en, "The old poster reminded her of home.") == []


# -- sources cut short: a surname the tagger misreads, a dated poll, a participle -------------


def test_a_surname_tagged_as_an_adjective_or_adverb_stays_in_the_name(nlp_en: Language) -> None:
    text = "Martha Golden, the port's director of finance, said the ferry had lost money."
    assert one(nlp_en, text)[0] == "Martha Golden, the port's director of finance"
    text = "Evan Tracey, a media consultant in Albany, said the ad would run all week."
    assert one(nlp_en, text)[0] == "Evan Tracey, a media consultant in Albany"


def test_a_time_phrase_before_the_verb_dates_the_source(nlp_en: Language) -> None:
    text = "A Gallup poll for the Daily Herald released last week found that most drivers backed the toll."
    assert one(nlp_en, text)[:2] == (
        "A Gallup poll for the Daily Herald released last week",
        "found",
    )
    text = "A state university poll out this week shows the mayor ahead by nine points."
    assert one(nlp_en, text)[0] == "A state university poll out this week"
    # a time phrase opening the sentence is no part of the source
    assert one(nlp_en, "Last week the council said the bridge would close.")[0] == "the council"


def test_a_participle_inside_the_source(nlp_en: Language) -> None:
    text = "The mayor's newly appointed housing chief said the plan would cost more."
    assert one(nlp_en, text)[0] == "The mayor's newly appointed housing chief"
    text = "An elected official said the plan would cost more."
    assert one(nlp_en, text)[0] == "An elected official"


# -- a quotation's frame whose speaker the tagger misreads -------------------------------------


def test_a_name_between_the_quotation_and_said_whatever_its_tag(nlp_en: Language) -> None:
    assert one(nlp_en, '"We will rebuild the pier," Tripp said.') == (
        "Tripp",
        "said",
        "We will rebuild the pier",
    )
    assert one(nlp_en, '"We will rebuild the pier," Levine said.')[0] == "Levine"


# -- a channel as the object before a participle of saying: the phrase is the cue -------------


def test_issued_a_statement_saying(nlp_en: Language) -> None:
    text = "The ministry issued a statement saying the talks had failed."
    assert one(nlp_en, text) == (
        "The ministry",
        "issued a statement saying",
        "the talks had failed",
    )
    text = "The campaign sent a fundraising email Wednesday saying that the race was close."
    assert one(nlp_en, text)[:2] == (
        "The campaign",
        "sent a fundraising email Wednesday saying",
    )
    text = "She posted a message on Facebook calling the decision a disgrace."
    assert one(nlp_en, text)[1:] == (
        "posted a message on Facebook calling",
        "the decision a disgrace",
    )
    # a sign that says something, held by no one reported on, is no report
    assert attributed(nlp_en, 'A man holding a sign saying "No war" stood at the gate.') == []


# -- judging, naming, musing: further verbs of saying -------------------------------------------


def test_judging_and_musing_verbs(nlp_en: Language) -> None:
    text = "The mayor bemoaned the cost of the new pier."
    assert one(nlp_en, text) == ("The mayor", "bemoaned", "the cost of the new pier")
    assert one(nlp_en, "The senator derided the plan as a gimmick.")[1] == "derided"
    text = "The mayor mused that the pier might become a museum."
    assert one(nlp_en, text)[1:] == ("mused", "that the pier might become a museum")


def test_naming_verbs_need_a_name(nlp_en: Language) -> None:
    assert one(nlp_en, "Critics branded him a traitor.") == ("Critics", "branded", "him a traitor")
    text = "Critics labeled the plan a giveaway to developers."
    assert one(nlp_en, text)[1:] == ("labeled", "the plan a giveaway to developers")
    assert attributed(nlp_en, "The firm labeled the boxes by hand.") == []


# -- a time phrase between the subject and its verb; "asked her to" -------------------------


def test_a_time_phrase_between_subject_and_verb_is_no_part_of_either(nlp_en: Language) -> None:
    text = "The harbour board on Monday also urged the ferry company to add crossings."
    assert one(nlp_en, text)[:2] == ("The harbour board", "also urged")
    text = "The governor on Tuesday said the bridge would close."
    assert one(nlp_en, text) == ("The governor", "said", "the bridge would close")
    assert one(nlp_en, "The council last week rejected the plan.")[0] == "The council"
    assert one(nlp_en, "Last week officials said the bridge would close.")[0] == "officials"
    # a possessive time phrase is part of the subject
    assert one(nlp_en, "This year's budget shows a deficit.")[0] == "This year's budget"


def test_asked_an_object_pronoun_to_act(nlp_en: Language) -> None:
    text = "The mayor asked her to call the harbour master immediately."
    assert one(nlp_en, text) == (
        "The mayor",
        "asked",
        "her to call the harbour master immediately",
    )


# -- a quotation's frame going on with a place or an occasion ---------------------------------


def test_quotation_frame_with_prepositional_phrases_after_it(nlp_en: Language) -> None:
    text = '"We are ready," he told reporters at a breakfast hosted by the local paper.'
    assert one(nlp_en, text) == ("he", "told", "We are ready")
    text = (
        '"We are ready," the mayor told a cheering crowd of supporters in Tampa at a rally '
        "broadcast on local television."
    )
    assert one(nlp_en, text)[:2] == ("the mayor", "told")


# -- sources cut short: a list opening the clause, a postmodifying adjective ------------------


def test_a_coordinated_subject_opening_the_clause_is_the_whole_source(nlp_en: Language) -> None:
    text = "Politicians and even some engineers say the bridge is safe."
    assert one(nlp_en, text)[0] == "Politicians and even some engineers"
    assert one(nlp_en, "She and her husband said the bridge was safe.")[0] == (
        "She and her husband"
    )
    text = "Fishermen, harbour pilots and many ferry captains say the channel is too shallow."
    assert one(nlp_en, text)[0] == "Fishermen, harbour pilots and many ferry captains"


def test_a_source_with_an_adjective_and_its_preposition_after_the_noun(
    nlp_en: Language,
) -> None:
    text = "People familiar with her thinking said she would run."
    assert one(nlp_en, text)[0] == "People familiar with her thinking"
    assert one(nlp_en, "Aides close to the governor said she would run.")[0] == (
        "Aides close to the governor"
    )
    text = "Families of those affected by the floods said the help came too late."
    assert one(nlp_en, text)[0] == "Families of those affected by the floods"


# -- a report inside a relative clause whose pronoun is what is said --------------------------


def test_a_relative_pronoun_as_what_the_report_says(nlp_en: Language) -> None:
    text = "There has been a surge of new voters, which Democrats say could help the mayor."
    claims = attributed(nlp_en, text)
    assert [(c.source and c.source.text, c.cue and c.cue.text) for c in claims] == [
        ("Democrats", "say")
    ]
    assert [m.text for m in claims[0].message] == ["which", "could help the mayor"]
    text = "She gave the speech, which even critics say was the best of her campaign."
    assert one(nlp_en, text)[:2] == ("critics", "say")
    # the relative clause ends before its main clause's verb
    text = 'The pier, which the mayor described as "the jewel of the coast," will close.'
    claims = attributed(nlp_en, text)
    assert [m.text for m in claims[0].message] == ["which", 'as "the jewel of the coast']


# -- a verb of continuing or beginning with the verb of saying: one cue ------------------------


def test_continuing_or_beginning_to_say_is_one_cue(nlp_en: Language) -> None:
    text = "Polls continue to show that voters are tired of the war."
    assert one(nlp_en, text) == (
        "Polls",
        "continue to show",
        "that voters are tired of the war",
    )
    assert one(nlp_en, "The community began calling for the mayor to resign.")[:2] == (
        "The community",
        "began calling",
    )
    assert one(nlp_en, "Lee went on to say that the pier would close.")[1] == "went on to say"
    # the future with "going to" is no verb of continuing; going somewhere to say is no report
    assert attributed(nlp_en, "Lee is going to say that the pier will close.") == []
    assert attributed(nlp_en, "He went to the pier to say goodbye.") == []


# -- a particle after the cue verb belongs to the cue -------------------------------------------


def test_a_particle_after_the_verb_is_part_of_the_cue(nlp_en: Language) -> None:
    text = "The mayor pointed out that the pier had been closed for years."
    assert one(nlp_en, text) == (
        "The mayor",
        "pointed out",
        "that the pier had been closed for years",
    )
    assert one(nlp_en, "The senator spoke out against the new tax.")[1:] == (
        "spoke out",
        "against the new tax",
    )


# -- listing, and ordering with a directive ------------------------------------------------------


def test_listed_and_ordered_with_a_directive(nlp_en: Language) -> None:
    text = "The report listed three reasons for the delay."
    assert one(nlp_en, text) == ("The report", "listed", "three reasons for the delay")
    text = "The judge ordered the city to release the files."
    assert one(nlp_en, text) == ("The judge", "ordered", "the city to release the files")
    assert attributed(nlp_en, "She ordered a coffee.") == []


# -- a run of spaces or a slash inside a noun phrase --------------------------------------------


def test_a_run_of_spaces_or_a_slash_inside_the_source(nlp_en: Language) -> None:
    text = "Harbour pilot   Dan Golvach said the channel was too shallow."
    assert one(nlp_en, text)[0] == "Harbour pilot   Dan Golvach"
    text = "An ABC News/Washington Post poll found that most voters backed the toll."
    assert one(nlp_en, text)[0] == "An ABC News/Washington Post poll"


def test_a_run_of_spaces_between_subject_verb_and_content(nlp_en: Language) -> None:
    text = "A local fisherman, Kieran Suckling   says he could see no difference between them."
    assert one(nlp_en, text) == (
        "Kieran Suckling",
        "says",
        "he could see no difference between them",
    )
    assert one(nlp_en, "The mayor said   the pier would close.")[2] == "the pier would close"


# -- a coordinated verb framing a quotation takes the main clause's subject ---------------------


def test_a_coordinated_frame_before_a_quotation(nlp_en: Language) -> None:
    text = 'Lazar said he welcomed the ruling and added, "I will plead guilty, no problem."'
    claims = attributed(nlp_en, text)
    assert [(c.source and c.source.text, c.cue and c.cue.text, c.message_text) for c in claims] == [
        ("Lazar", "said", "he welcomed the ruling"),
        ("Lazar", "added", "I will plead guilty, no problem"),
    ]


# -- a bare clause found by its finite verb alone ----------------------------------------------


def test_bare_clause_whose_finite_verb_the_tagger_left_unknown(nlp_en: Language) -> None:
    text = "The ranger said the valley has “never looked so dry.”"
    source, cue, message = one(nlp_en, text)
    assert (source, cue) == ("The ranger", "said")
    assert message.startswith("the valley has")


def test_bare_clause_whose_subject_is_a_range_of_figures(nlp_en: Language) -> None:
    text = "The pilot says 3,000 to 5,000 of them could be grounded."
    assert one(nlp_en, text) == ("The pilot", "says", "3,000 to 5,000 of them could be grounded")


def test_no_bare_clause_past_a_conjunction_or_a_relative(nlp_en: Language) -> None:
    text = "The priest said a prayer for the families and the town was silent."
    assert attributed(nlp_en, text) == []
    text = "The minister said goodbye to the staff who had worked there for years."
    assert attributed(nlp_en, text) == []


def test_a_quotation_closing_its_sentence_keeps_the_frame_before_it(nlp_en: Language) -> None:
    text = (
        "Later, when I wrote to her, she replied, “This was the best day of my term.” "
        "She added, “We will build the new bridge next spring.”"
    )
    claims = attributed(nlp_en, text)
    assert [(c.source and c.source.text, c.cue and c.cue.text, c.message_text) for c in claims] == [
        ("she", "replied", "This was the best day of my term"),
        ("She", "added", "We will build the new bridge next spring"),
    ]


def test_what_follows_say_is_said_whatever_the_tagger_made_of_it(nlp_en: Language) -> None:
    text = "The senator said she plans to run again next year."
    assert one(nlp_en, text) == ("The senator", "said", "she plans to run again next year")
    text = "The court said the landlord and the tenant had both lied."
    assert one(nlp_en, text)[2] == "the landlord and the tenant had both lied"
    text = "When asked who should lead the club, the coach said Miller."
    assert ("the coach", "said", "Miller") in [
        (c.source and c.source.text, c.cue and c.cue.text, c.message_text)
        for c in attributed(nlp_en, text)
    ]


def test_say_before_a_preposition_takes_no_object(nlp_en: Language) -> None:
    assert attributed(nlp_en, "The coach said of his players in the dressing room.") == []
    # a that-clause after the phrase is what was said
    text = "The coach said of his players that they were tired."
    assert one(nlp_en, text)[2] == "that they were tired"


def test_an_apposition_with_a_relative_clause_before_the_cue(nlp_en: Language) -> None:
    text = (
        "Ann Lee, a former city official who also sits on the board of the water trust, "
        "said the dam was safe."
    )
    assert one(nlp_en, text) == (
        "Ann Lee, a former city official who also sits on the board of the water trust",
        "said",
        "the dam was safe",
    )


def test_a_relative_clause_before_the_cue_belongs_to_the_source(nlp_en: Language) -> None:
    text = "Tom Berg, who runs the ferry company, said the crossing would close in May."
    assert one(nlp_en, text) == (
        "Tom Berg, who runs the ferry company",
        "said",
        "the crossing would close in May",
    )
    # a relative clause that reports is no description of the source
    text = "Tom Berg, who also said the fares would rise, told reporters the crossing would close."
    sources = [c.source and c.source.text for c in attributed(nlp_en, text)]
    assert "Tom Berg" in sources
    assert all(s is None or "fares" not in s for s in sources)


# -- quotations opening a paragraph ------------------------------------------------------------


def test_a_quotation_opening_a_paragraph_is_speech(nlp_en: Language) -> None:
    text = (
        "The council met on Monday. Its members were divided.\n"
        "“We are going to win this vote,” the mayor told reporters as she left the hall."
    )
    assert one(nlp_en, text) == ("the mayor", "told", "We are going to win this vote")


def test_a_curly_quotation_left_open_ends_with_its_paragraph(nlp_en: Language) -> None:
    text = (
        "The mayor spoke for an hour. “The bridge will be rebuilt by the spring.\n"
        "“We have the money and we have the workers,” she said."
    )
    claims = attributed(nlp_en, text)
    assert ("she", "We have the money and we have the workers") in [
        (c.source and c.source.text, c.message_text) for c in claims
    ]


def test_a_quotation_frame_going_on_with_a_place_and_a_clause(nlp_en: Language) -> None:
    text = (
        '"The harbour will stay open all winter," the mayor said at the town hall as she sat down.'
    )
    assert one(nlp_en, text) == ("the mayor", "said", "The harbour will stay open all winter")
    text = '"Nice try, but the numbers are wrong," she said in a tweet.'
    assert one(nlp_en, text)[:2] == ("she", "said")


def test_an_apposition_joining_two_roles_with_and(nlp_en: Language) -> None:
    text = (
        "Bob Fry, a talk show host and operations manager at the oldest radio station "
        "in Ohio, said that he noticed the shift."
    )
    assert one(nlp_en, text) == (
        "Bob Fry, a talk show host and operations manager at the oldest radio station in Ohio",
        "said",
        "that he noticed the shift",
    )


def test_an_age_after_the_name_before_the_cue(nlp_en: Language) -> None:
    text = "Jill Chase, 27, a nurse in Dayton, said the election rarely came up at work."
    assert one(nlp_en, text) == (
        "Jill Chase, 27, a nurse in Dayton",
        "said",
        "the election rarely came up at work",
    )
    text = "Tom Hale, 64, said the river had never been higher."
    assert one(nlp_en, text) == ("Tom Hale, 64", "said", "the river had never been higher")


def test_a_quotation_frame_with_an_age_after_the_name(nlp_en: Language) -> None:
    text = "“That is a fair point,” Ann Miller, 69, a teacher, told reporters."
    assert one(nlp_en, text) == ("Ann Miller, 69, a teacher", "told", "That is a fair point")


def test_a_parenthetical_frame_after_a_single_adverb(nlp_en: Language) -> None:
    text = "Now, she said, the farmers and the miners do not talk much."
    assert one(nlp_en, text) == (
        "she",
        "said",
        "Now … the farmers and the miners do not talk much",
    )
    assert attributed(nlp_en, "Yes, she said.") == []


def test_the_question_after_the_person_asked(nlp_en: Language) -> None:
    text = "Then the teacher asked the students if they were always so serious."
    assert one(nlp_en, text) == ("the teacher", "asked", "if they were always so serious")
    text = "A reporter asked the mayor how she was feeling on election day."
    assert one(nlp_en, text)[2] == "how she was feeling on election day"


def test_a_colon_after_the_cue_closes_it(nlp_en: Language) -> None:
    assert one(nlp_en, "The mayor said: “The bridge will open in May.”") == (
        "The mayor",
        "said:",
        "The bridge will open in May",
    )
    assert one(nlp_en, "The mayor added: the bridge will open in May.")[1] == "added:"


# -- sources the tagger cut short; pairs of sources ------------------------------------------


def test_a_role_the_tagger_reads_as_a_verb_stays_in_the_source(nlp_en: Language) -> None:
    text = "Ohio delegate Mary Stone said she would vote for the plan."
    assert one(nlp_en, text)[0] == "Ohio delegate Mary Stone"
    text = "Trump senior policy adviser Ann Bell said the plan was sound."
    assert one(nlp_en, text)[0] == "Trump senior policy adviser Ann Bell"
    # a verb between two names is no role
    text = "Officials said Obama met Putin in Paris."
    assert one(nlp_en, text)[0] == "Officials"


def test_a_pair_of_sources_with_neither_or_both(nlp_en: Language) -> None:
    text = "Neither the mayor nor the governor said the bridge would open."
    assert one(nlp_en, text)[0] == "Neither the mayor nor the governor"
    text = "Both the mayor and her deputy said the bridge would open."
    assert one(nlp_en, text)[0] == "Both the mayor and her deputy"


# -- what a poll, a study or records found ----------------------------------------------------


def test_a_poll_finding_with_a_noun_phrase(nlp_en: Language) -> None:
    text = "A recent survey found 70 percent support for the new harbour levy."
    assert one(nlp_en, text) == (
        "A recent survey",
        "found",
        "70 percent support for the new harbour levy",
    )
    text = "The poll found the mayor with a lead of ten points over her rival."
    assert one(nlp_en, text)[2] == "the mayor with a lead of ten points over her rival"


def test_a_poll_dated_by_a_participle_or_named_by_its_author(nlp_en: Language) -> None:
    text = "A poll released Monday found Ms. Okafor leading the incumbent by six points."
    assert one(nlp_en, text) == (
        "A poll released Monday",
        "found",
        "Ms. Okafor leading the incumbent by six points",
    )
    text = "A survey by the farmers' union showed Ms. Okafor ahead in every district."
    assert one(nlp_en, text)[:2] == ("A survey by the farmers' union", "showed")


def test_what_people_find_is_no_finding(nlp_en: Language) -> None:
    assert attributed(nlp_en, "Divers found the wreck near the harbour wall.") == []
    # "by" stays out of a subject that is no poll or study
    text = "A man by the river said the bridge was closed."
    assert one(nlp_en, text)[0] != "A man by the river"


def test_a_place_adverb_stays_with_the_subject(nlp_en: Language) -> None:
    text = "Polls there show the senator is trailing her rival."
    assert one(nlp_en, text) == ("Polls there", "show", "the senator is trailing her rival")
    text = "Officials here said the ferry would resume on Friday."
    assert one(nlp_en, text)[0] == "Officials here"


def test_a_clause_after_tell_and_its_addressee_found_by_its_verb(nlp_en: Language) -> None:
    text = "The minister told them most of the villages were safe."
    assert one(nlp_en, text) == ("The minister", "told", "most of the villages were safe")
    # an object pronoun is the addressee, not part of what was told
    text = "The pilot told us before the climb only two engines worked."
    assert one(nlp_en, text)[2] == "before the climb only two engines worked"
    assert attributed(nlp_en, "She told him a story about the war.") == []


def test_a_quantifier_opening_the_clause_is_the_source(nlp_en: Language) -> None:
    assert one(nlp_en, "Another said the ferry was late again.") == (
        "Another",
        "said",
        "the ferry was late again",
    )
    assert one(nlp_en, "And both vowed to appeal the ruling.")[:2] == ("both", "vowed")
    text = "The levy passed; most said they were worried about prices."
    assert one(nlp_en, text)[0] == "most"
    # with its group after it, the quantifier opens a longer subject
    assert one(nlp_en, "Some of the farmers said the levy was unfair.")[0] == (
        "Some of the farmers"
    )


# -- a quotation's frame ending its sentence before the next quotation ------------------------


def test_a_frame_with_a_phrase_before_the_next_quotation(nlp_en: Language) -> None:
    text = "“The roof is unsafe,” Ms. Varga said of the old school. “Nobody should enter it.”"
    assert one(nlp_en, text) == (
        "Ms. Varga",
        "said",
        "The roof is unsafe … Nobody should enter it",
    )


def test_an_abbreviated_month_is_a_time_phrase(nlp_en: Language) -> None:
    text = "“The price is too high,” he said on Nov. 9. “We will wait.”"
    assert one(nlp_en, text)[:2] == ("he", "said")
    text = "The harbour master said on Sept. 4 the pier would reopen."
    assert one(nlp_en, text)[2] == "the pier would reopen"


def test_an_apposition_keeps_its_phrase_on_or_about_a_subject(nlp_en: Language) -> None:
    text = "Ann Lee, an expert on coastal erosion, said the dunes were shrinking."
    assert one(nlp_en, text) == (
        "Ann Lee, an expert on coastal erosion",
        "said",
        "the dunes were shrinking",
    )
    text = "Tom Hale, the author of a book about the flood, said the dam had held."
    assert one(nlp_en, text)[0] == "Tom Hale, the author of a book about the flood"
    text = "“The dam held,” said Tom Hale, a former engineer under two governors."
    assert one(nlp_en, text)[0] == "Tom Hale, a former engineer under two governors"


def test_a_bare_clause_whose_subject_has_a_relative_clause_without_who(
    nlp_en: Language,
) -> None:
    text = "The mayor said some of the criticism she hears is unfair."
    assert one(nlp_en, text) == (
        "The mayor",
        "said",
        "some of the criticism she hears is unfair",
    )
    text = "He said the last time anyone repaired the pier was in 1998."
    assert one(nlp_en, text)[2] == "the last time anyone repaired the pier was in 1998"
    # one finite verb only: the relative clause's, so a plain object
    assert attributed(nlp_en, "She said the words he wrote.") == []


# -- a question put after the frame ------------------------------------------------------------


def test_a_question_after_the_frame_is_its_own_claim(nlp_en: Language) -> None:
    text = "“Not this year,” the mayor said when asked whether the pier would reopen."
    claims = attributed(nlp_en, text)
    assert [(c.source and c.source.text, c.cue and c.cue.text, c.message_text) for c in claims] == [
        ("the mayor", "said", "Not this year"),
        (None, "asked", "whether the pier would reopen"),
    ]
    text = "When asked which road mattered most, most drivers named the coast road."
    assert (None, "asked", "which road mattered most") in [
        (c.source and c.source.text, c.cue and c.cue.text, c.message_text)
        for c in attributed(nlp_en, text)
    ]
    # no question given: nothing asked
    assert attributed(nlp_en, "The mayor smiled when asked.") == []


def test_a_share_with_its_figure_in_an_apposition(nlp_en: Language) -> None:
    text = "A third of the farmers, 34%, say they will sell their land."
    assert one(nlp_en, text) == (
        "A third of the farmers, 34%",
        "say",
        "they will sell their land",
    )
    text = "Half of the tenants, 51 percent, said the rent was too high."
    assert one(nlp_en, text)[0] == "Half of the tenants, 51 percent"


def test_a_participle_cue_after_a_quotation_frame_takes_the_frame_subject(
    nlp_en: Language,
) -> None:
    text = "“It will bring the farmers back,” she said, referring to the new levy."
    claims = attributed(nlp_en, text)
    assert [(c.source and c.source.text, c.cue and c.cue.text) for c in claims] == [
        ("she", "said"),
        ("she", "referring to"),
    ]
    assert claims[1].message_text == "the new levy"


def test_poll_respondents_as_the_source(nlp_en: Language) -> None:
    text = "Some 40 percent of farmers polled said they would sell their land."
    assert one(nlp_en, text) == (
        "Some 40 percent of farmers polled",
        "said",
        "they would sell their land",
    )
    text = "Twenty-two percent of those surveyed say the ferry is too expensive."
    assert one(nlp_en, text)[:2] == ("Twenty-two percent of those surveyed", "say")
    text = "Half of the island's tenants overall said the rent was too high."
    assert one(nlp_en, text)[0] == "Half of the island's tenants overall"


def test_a_participle_cue_right_before_a_quotation_frames_it(nlp_en: Language) -> None:
    text = "“The pier is safe,” she said, adding, “We will reopen it on Friday.”"
    claims = attributed(nlp_en, text)
    assert [(c.source and c.source.text, c.cue and c.cue.text, c.message_text) for c in claims] == [
        ("she", "said", "The pier is safe"),
        ("she", "adding", "We will reopen it on Friday"),
    ]
    text = "The skipper thanked the crew, saying, “You saved the boat.”"
    assert one(nlp_en, text) == ("The skipper", "saying", "You saved the boat")


def test_a_name_the_tagger_does_not_know_between_quotation_and_cue(nlp_en: Language) -> None:
    text = "“The nets were empty,” Okpuzi said."  # Okpuzi/UNC
    assert one(nlp_en, text) == ("Okpuzi", "said", "The nets were empty")


def test_apologized_for_takes_its_preposition_into_the_cue(nlp_en: Language) -> None:
    assert one(nlp_en, "The coach apologized for his remarks about the referee.") == (
        "The coach",
        "apologized for",
        "his remarks about the referee",
    )


def test_talked_about_takes_its_preposition_into_the_cue(nlp_en: Language) -> None:
    assert one(nlp_en, "The governor talked about the new harbour levy.") == (
        "The governor",
        "talked about",
        "the new harbour levy",
    )


def test_a_frame_going_on_after_a_comma_with_a_phrase(nlp_en: Language) -> None:
    text = "“The price is too high,” Ms. Varga said, in answer to a question about the levy."
    assert one(nlp_en, text) == ("Ms. Varga", "said", "The price is too high")


def test_a_bare_clause_whose_gerund_subject_has_a_phrase_with_a_year(nlp_en: Language) -> None:
    text = "The skipper said succeeding in 2024 is far harder."
    assert one(nlp_en, text) == ("The skipper", "said", "succeeding in 2024 is far harder")
    text = "Ms. Varga said winning in 2019 was a surprise."
    assert one(nlp_en, text)[2] == "winning in 2019 was a surprise"


# -- twelfth round -------------------------------------------------------------------------


def test_a_quotation_opening_what_the_verb_says(nlp_en: Language) -> None:
    text = "The leaflet says “nothing will change until the port is dredged.”"
    assert one(nlp_en, text) == (
        "The leaflet",
        "says",
        "nothing will change until the port is dredged",
    )
    text = "Okafor says “the harbour has become too shallow” because “nobody dredges it.”"
    assert one(nlp_en, text) == (
        "Okafor",
        "says",
        "the harbour has become too shallow” because “nobody dredges it",
    )


def test_a_quoted_word_after_said_is_no_message(nlp_en: Language) -> None:
    assert attributed(nlp_en, "In his reply, the mayor said “ferry” four times.") == []


def test_a_subject_broken_by_dashes_keeps_its_insertion(nlp_en: Language) -> None:
    text = (
        "The harbour master -- Ann Pryce, who ran the port for years -- said the pier was unsafe."
    )
    assert one(nlp_en, text) == (
        "The harbour master -- Ann Pryce, who ran the port for years",
        "said",
        "the pier was unsafe",
    )
    text = "The fishermen — and some officials — say that the dam is a risk."
    assert one(nlp_en, text)[0] == "The fishermen — and some officials"


def test_a_relative_clause_between_dashes_stays_out_of_the_source(nlp_en: Language) -> None:
    text = "Ms. Pryce -- whose brother built the pier -- has argued that it must be closed."
    assert one(nlp_en, text)[:2] == ("Ms. Pryce", "has argued")


def test_a_parenthetical_frame_before_a_regular_past_the_tagger_reads_as_participle(
    nlp_en: Language,
) -> None:
    text = "In both cases, the treasurer said, those donations covered the tickets."
    assert one(nlp_en, text) == (
        "the treasurer",
        "said",
        "In both cases … those donations covered the tickets",
    )


def test_a_report_in_a_relative_clause_ends_before_the_main_clause(nlp_en: Language) -> None:
    text = "The mayor, who has argued that the harbour is too shallow, wants a new port."
    assert one(nlp_en, text) == (
        "The mayor",
        "has argued",
        "that the harbour is too shallow",
    )


def test_a_relative_clause_that_reports_leaves_the_source_after_the_cue(
    nlp_en: Language,
) -> None:
    text = "“The port is failing,” said Ann Pryce, a pilot who said she would not dock there again."
    claims = attributed(nlp_en, text)
    assert [(c.source and c.source.text, c.message_text) for c in claims] == [
        ("Ann Pryce, a pilot", "The port is failing"),
        ("a pilot", "she would not dock there again"),
    ]
    text = "“The port is failing,” said Ann Pryce, a pilot who worked there for years."
    assert one(nlp_en, text)[0] == "Ann Pryce, a pilot who worked there for years"


# -- a participle of saying after an opener ('while saying', 'after noting', 'by citing') -----


def test_a_participle_of_saying_after_an_opener_takes_the_main_subject(nlp_en: Language) -> None:
    text = "The senator changed course after initially saying he would not run for the seat."
    assert one(nlp_en, text) == (
        "The senator",
        "initially saying",
        "he would not run for the seat",
    )
    text = "The mayor defended the plan by citing a survey of local shop owners."
    assert one(nlp_en, text) == ("The mayor", "citing", "a survey of local shop owners")


def test_a_participle_of_saying_after_an_opener_ends_the_content_before_it(
    nlp_en: Language,
) -> None:
    text = "Ms. Ortiz praised the budget while saying that the schools needed more money."
    claims = attributed(nlp_en, text)
    assert [(c.cue and c.cue.text, c.message_text) for c in claims] == [
        ("praised", "the budget"),
        ("saying", "that the schools needed more money"),
    ]
    text = "The governor has sought to portray himself as a reformer, while raising doubts about the audit."
    claims = attributed(nlp_en, text)
    assert [(c.cue and c.cue.text, c.message_text) for c in claims] == [
        ("has sought", "to portray himself as a reformer"),
        ("raising", "doubts about the audit"),
    ]


def test_an_opener_before_a_gerund_that_is_no_report(nlp_en: Language) -> None:
    assert (
        attributed(nlp_en, "Two cyclists were hurt while crossing the bridge after the storm.")
        == []
    )
    assert attributed(nlp_en, "The coach left the stadium without saying goodbye.") == []


def test_raise_is_a_cue_only_with_something_said_as_its_object(nlp_en: Language) -> None:
    text = "The auditor raised concerns about the contract."
    assert one(nlp_en, text) == ("The auditor", "raised", "concerns about the contract")
    assert attributed(nlp_en, "The council raised taxes on second homes last year.") == []
    text = "The city balanced its budget by raising fees for parking permits."
    assert attributed(nlp_en, text) == []


# -- ', citing X' as a report of its own ------------------------------------------------------


def test_citing_after_a_clause_is_a_report_of_the_clauses_subject(nlp_en: Language) -> None:
    text = "The council postponed the vote on the harbour, citing doubts about the budget."
    claims = attributed(nlp_en, text)
    assert [(c.source and c.source.text, c.cue and c.cue.text, c.message_text) for c in claims] == [
        ("The council", "citing", "doubts about the budget")
    ]


def test_citing_between_the_subject_and_its_verb(nlp_en: Language) -> None:
    text = "The treasurer, citing figures from the tax office, said that revenue had fallen."
    claims = attributed(nlp_en, text)
    assert [(c.source and c.source.text, c.cue and c.cue.text, c.message_text) for c in claims] == [
        ("The treasurer", "citing", "figures from the tax office"),
        ("The treasurer", "said", "that revenue had fallen"),
    ]


def test_a_relative_clause_on_the_subject_is_no_message_of_an_inverted_frame(
    nlp_en: Language,
) -> None:
    # 'X, who ..., proposed a ban' is no '..., said X': the object is not a speaker
    text = "The mayor, who has angered many drivers, proposed a toll, citing the cost of repairs."
    claims = attributed(nlp_en, text)
    assert [(c.source and c.source.text, c.cue and c.cue.text, c.message_text) for c in claims] == [
        ("The mayor, who has angered many drivers", "proposed", "a toll"),
        ("The mayor, who has angered many drivers", "citing", "the cost of repairs"),
    ]


def test_citing_the_source_of_a_report_stays_a_relay(nlp_en: Language) -> None:
    text = "The ferry service was suspended, the Harbour Gazette reported, citing a port official."
    claims = attributed(nlp_en, text)
    assert [(c.source and c.source.text, c.cue and c.cue.text, c.relayed_by) for c in claims] == [
        ("a port official", "reported", "the Harbour Gazette")
    ]


# -- further verbs of saying, thinking and perceiving, with a clause only ---------------------


def test_verbs_of_saying_thinking_and_perceiving_with_a_clause(nlp_en: Language) -> None:
    text = "The opposition leader charged that the count had been rigged."
    assert one(nlp_en, text) == (
        "The opposition leader",
        "charged",
        "that the count had been rigged",
    )
    text = "The inspectors noticed that the doors of the depot were unlocked."
    assert one(nlp_en, text)[1:] == ("noticed", "that the doors of the depot were unlocked")
    text = "The court ruled that the new map violated the state constitution."
    assert one(nlp_en, text)[1:] == ("ruled", "that the new map violated the state constitution")
    text = "Ms. Ortiz elaborated that the fund would cover repairs only."
    assert one(nlp_en, text)[1] == "elaborated"


def test_such_verbs_with_a_plain_object_are_acts(nlp_en: Language) -> None:
    assert attributed(nlp_en, "The driver charged the battery overnight.") == []
    assert attributed(nlp_en, "Residents heard a loud bang near the depot.") == []
    assert attributed(nlp_en, "The guards noticed a van outside the gate.") == []


# -- a light verb and a noun of saying as one cue ----------------------------------------------


def test_a_light_verb_and_a_noun_of_saying_are_one_cue(nlp_en: Language) -> None:
    text = "The harbour master made the case that the pier should close."
    assert one(nlp_en, text) == (
        "The harbour master",
        "made the case",
        "that the pier should close",
    )
    text = "The audit made no mention of the missing funds."
    assert one(nlp_en, text) == ("The audit", "made no mention of", "the missing funds")
    text = "Ms. Ortiz took aim at the water board."
    assert one(nlp_en, text) == ("Ms. Ortiz", "took aim at", "the water board")
    text = "The senator made a thinly veiled attack on the governor."
    assert one(nlp_en, text)[1] == "made a thinly veiled attack on"


def test_a_light_verb_with_another_noun_is_no_cue(nlp_en: Language) -> None:
    assert attributed(nlp_en, "The bakery made a profit for the first time.") == []
    assert attributed(nlp_en, "The ferry took the case to the harbour.") == []


def test_a_verb_of_going_on_framing_a_quotation_is_in_the_cue(nlp_en: Language) -> None:
    text = "The pilot spoke first. She went on to say, “The pier is unsafe. Nobody listens.”"
    assert one(nlp_en, text) == ("She", "went on to say", "The pier is unsafe. Nobody listens")


def test_a_question_put_by_someone_named_is_theirs(nlp_en: Language) -> None:
    text = "Asked by a reporter whether the pier would reopen, the mayor said it would not."
    claims = attributed(nlp_en, text)
    assert [(c.source and c.source.text, c.cue and c.cue.text, c.message_text) for c in claims] == [
        ("a reporter", "Asked", "whether the pier would reopen"),
        ("the mayor", "said", "it would not"),
    ]
    text = "“The pier stays shut,” the mayor said when asked by Ann Lee on Monday about it."
    claims = attributed(nlp_en, text)
    assert [(c.source and c.source.text, c.message_text) for c in claims] == [
        ("the mayor", "The pier stays shut"),
        ("Ann Lee", "about it"),
    ]


def test_in_someones_view_names_the_owner_as_source(nlp_en: Language) -> None:
    text = "In the harbour master's view, the pier was never safe."
    assert one(nlp_en, text) == ("the harbour master", "view", "the pier was never safe")
    text = "The pier was never safe, in the harbour master's view."
    assert one(nlp_en, text) == ("the harbour master", "view", "The pier was never safe")


def test_a_subordinate_participle_between_source_and_verb(nlp_en: Language) -> None:
    text = "The port authority, when contacted by the Gazette, said the pier would reopen."
    assert one(nlp_en, text) == ("The port authority", "said", "the pier would reopen")


def test_an_inverted_frame_after_a_report_takes_the_whole_clause(nlp_en: Language) -> None:
    text = "The union hopes the strike will end soon, its leader said."
    assert one(nlp_en, text) == ("its leader", "said", "The union hopes the strike will end soon")
    text = "The ferry, which the mayor hoped to save, will stop in May, said Ann Lee, a pilot."
    assert one(nlp_en, text) == (
        "Ann Lee, a pilot",
        "said",
        "The ferry, which the mayor hoped to save, will stop in May",
    )


def test_a_bare_clause_opened_by_a_name_the_tagger_does_not_know(nlp_en: Language) -> None:
    text = "She said Zorblat “has failed to fix a single pier.”"
    assert one(nlp_en, text) == ("She", "said", "Zorblat “has failed to fix a single pier")


def test_a_one_word_answer_is_what_was_said(nlp_en: Language) -> None:
    text = "Asked whether the pier was safe, the harbour master said no."
    claims = attributed(nlp_en, text)
    assert [(c.source and c.source.text, c.message_text) for c in claims] == [
        (None, "whether the pier was safe"),
        ("the harbour master", "no"),
    ]
    assert attributed(nlp_en, "The harbour master said no more about the pier.") == []


def test_a_noun_of_saying_keeps_its_clause_past_a_time_or_place_phrase(nlp_en: Language) -> None:
    text = (
        "Officials found nothing, despite his claim in a radio interview that the pier had cracked."
    )
    assert one(nlp_en, text) == ("his", "claim", "that the pier had cracked")
    text = "The fund grew, despite the auditors' warnings that it would shrink."
    assert one(nlp_en, text)[1:] == ("warnings", "that it would shrink")


def test_a_one_word_quotation_with_its_frame_is_speech(nlp_en: Language) -> None:
    text = "The pilot paused. “Absolutely,” she said. The crowd cheered."
    assert one(nlp_en, text) == ("she", "said", "Absolutely")
    assert attributed(nlp_en, "The pilot praised the “brave” crew at length.") == []


# -- a second report joined by "and" / "but" ends the first message --------------------------


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The ferry captain said the crossing was calm, and the harbour master said "
            "the wind had dropped.",
            "the crossing was calm",
            ("the harbour master", "the wind had dropped"),
        ),
        (
            "Ms. Adeyemi said she had met the engineers twice, but she said the plans were "
            "never shown to her.",
            "she had met the engineers twice",
            ("she", "the plans were never shown to her"),
        ),
        (
            "Four in 10 tenants said the rent was too high and one in five said the heating "
            "often failed.",
            "the rent was too high",
            ("one in five", "the heating often failed"),
        ),
    ],
)
def test_a_coordinated_report_ends_the_first_message(
    nlp_en: Language, text: str, first: str, second: tuple[str, str]
) -> None:
    claims = [(c.source and c.source.text, c.message_text) for c in attributed(nlp_en, text)]
    assert claims[0][1] == first
    assert second in claims


@pytest.mark.parametrize(
    "text",
    [
        # a coordinated subject with a verb that is no frame, and the speaker's own quotation
        "The clerk said the tunnel and the bridge were both closed.",
        'The coach said she stayed "because the players trust me and the board said yes to '
        'every plan."',
    ],
)
def test_no_coordinated_report_inside_a_message(nlp_en: Language, text: str) -> None:
    claims = attributed(nlp_en, text)
    assert len(claims[0].message_text.split()) > 6


# -- "As X noted, <clause>" ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As the gazette noted, the harbour has never been dredged so deep.",
            ("the gazette", "noted", "the harbour has never been dredged so deep"),
        ),
        (
            "But as the auditors observed in their report, most ferries ran late.",
            ("the auditors", "observed", "most ferries ran late"),
        ),
    ],
)
def test_an_as_frame_reports_the_clause_after_its_comma(
    nlp_en: Language, text: str, expected: tuple[str, str, str]
) -> None:
    claims = attributed(nlp_en, text)
    assert [(c.source and c.source.text, c.cue and c.cue.text, c.message_text) for c in claims] == [
        expected
    ]


def test_as_with_a_bare_act_of_speaking_is_a_time(nlp_en: Language) -> None:
    assert attributed(nlp_en, "As the mayor spoke, the crowd grew restless.") == []


# -- a relative clause of saying on the subject ends before the main verb --------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "Engineers who claim to see cracks in the pier have not published their photos.",
            "to see cracks in the pier",
        ),
        (
            "Residents who argue that the ferry is too slow have asked for a new timetable.",
            "that the ferry is too slow",
        ),
        ("Those who claim the count was rigged offered no proof.", "the count was rigged"),
    ],
)
def test_a_relative_clause_on_the_subject_ends_before_the_main_verb(
    nlp_en: Language, text: str, message: str
) -> None:
    claims = attributed(nlp_en, text)
    assert [c.message_text for c in claims] == [message]


def test_a_name_the_tagger_does_not_know_is_a_source(nlp_en: Language) -> None:
    text = "Alixandria Lapp, the group's director, said Republicans would lose the House."
    assert one(nlp_en, text) == (
        "Alixandria Lapp, the group's director",
        "said",
        "Republicans would lose the House",
    )


def test_a_surname_that_is_also_a_verb_is_a_source(nlp_en: Language) -> None:
    text = "Attorney General Loretta Lynch said the department would not press charges."
    source, cue, _ = one(nlp_en, text)
    assert (source, cue) == ("Attorney General Loretta Lynch", "said")


# -- a participle of saying after a comma inside quotation marks, a dash, an adverb ----------


def _participle(nlp: Language, text: str) -> tuple[str | None, str | None, str]:
    claims = [c for c in attributed(nlp, text) if c.cue is not None and c.cue.text.endswith("ing")]
    assert len(claims) == 1, [c.message_text for c in attributed(nlp, text)]
    c = claims[0]
    return (c.source and c.source.text, c.cue and c.cue.text, c.message_text)


@pytest.mark.parametrize(
    ("text", "source", "cue", "message"),
    [
        (
            "The governor praised the “harbour spirit,” saying the town had rebuilt fast.",
            "The governor",
            "saying",
            "the town had rebuilt fast",
        ),
        (
            "The mayor changed her plan on the spot – adding that the fair would move to May.",
            "The mayor",
            "adding",
            "that the fair would move to May",
        ),
        (
            "The coach even thanked the referee, saying the match had been fair.",
            "The coach",
            "saying",
            "the match had been fair",
        ),
    ],
)
def test_participle_after_a_quoted_comma_a_dash_or_an_adverb(
    nlp_en: Language, text: str, source: str, cue: str, message: str
) -> None:
    assert _participle(nlp_en, text) == (source, cue, message)


def test_an_adverb_before_the_verb_of_saying_is_in_the_cue(nlp_en: Language) -> None:
    text = "The mayor still insists the bridge is safe."
    assert one(nlp_en, text) == ("The mayor", "still insists", "the bridge is safe")


def test_a_participle_after_a_quotation_opening_the_sentence(nlp_en: Language) -> None:
    text = "“The bridge is safe,” the engineer said, adding that it had passed every test."
    claims = attributed(nlp_en, text)
    adding = [c for c in claims if c.cue is not None and c.cue.text == "adding"]
    assert [c.source and c.source.text for c in adding] == ["the engineer"]


# -- an absolute phrase: "with X saying / calling ..." ----------------------------------------


@pytest.mark.parametrize(
    ("text", "source", "cue", "message"),
    [
        (
            "The council was split, with the harbour master calling the plan reckless.",
            "the harbour master",
            "calling",
            "the plan reckless",
        ),
        (
            "Support for the tunnel fell, with 40 percent of commuters saying it was too dear.",
            "40 percent of commuters",
            "saying",
            "it was too dear",
        ),
    ],
)
def test_the_noun_phrase_of_an_absolute_phrase_speaks(
    nlp_en: Language, text: str, source: str, cue: str, message: str
) -> None:
    assert _participle(nlp_en, text) == (source, cue, message)


def test_with_and_a_participle_that_is_no_cue(nlp_en: Language) -> None:
    assert attributed(nlp_en, "The square was full, with children waving flags.") == []


def test_adding_after_a_quoted_comma_introduces_the_next_quotation(nlp_en: Language) -> None:
    text = 'The engineer spoke on "Harbour Hour," adding, “We tested the pier twice.”'
    claims = attributed(nlp_en, text)
    assert [(c.source and c.source.text, c.cue and c.cue.text, c.message_text) for c in claims] == [
        ("The engineer", "adding", "We tested the pier twice")
    ]
    # a quotation opening the sentence is passed by its own closing mark only
    text = '“The pier is safe,” the engineer said on "Harbour Hour," adding, “We tested it.”'
    claims = attributed(nlp_en, text)
    assert ("the engineer", "adding") in [
        (c.source and c.source.text, c.cue and c.cue.text) for c in claims
    ]


# -- an opener and a participle of saying before the main clause ----------------------------


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        (
            "After saying the pier was safe, the engineer closed it for a week.",
            "the engineer",
            "the pier was safe",
        ),
        (
            "While insisting that the fares were fair, the ferry company cut them in May.",
            "the ferry company",
            "that the fares were fair",
        ),
        (
            "The harbour master, after initially saying the storm would pass, closed the port.",
            "The harbour master",
            "the storm would pass",
        ),
    ],
)
def test_a_fronted_opener_and_participle_take_the_main_subject(
    nlp_en: Language, text: str, source: str, message: str
) -> None:
    claims = [c for c in attributed(nlp_en, text) if c.cue and c.cue.text.endswith("ing")]
    assert [(c.source and c.source.text, c.message_text) for c in claims] == [(source, message)]


def test_a_fronted_opener_with_an_act_is_no_claim(nlp_en: Language) -> None:
    assert attributed(nlp_en, "After closing the pier, the engineer went home.") == []


def test_a_participle_after_a_quotation_an_earlier_sentence_opened(nlp_en: Language) -> None:
    text = "“The pier is old. We have to rebuild it,” she said, referring to the east pier."
    claims = attributed(nlp_en, text)
    assert [
        (c.source and c.source.text, c.message_text)
        for c in claims
        if c.cue and c.cue.text == "referring to"
    ] == [("she", "the east pier")]


@pytest.mark.parametrize(
    "text",
    [
        "The mayor told reporters her plan would cut the fares.",
        "The mayor left early, telling reporters her plan would cut the fares.",
    ],
)
def test_a_possessive_after_the_addressee_opens_the_clause(nlp_en: Language, text: str) -> None:
    claims = attributed(nlp_en, text)
    assert [(c.source and c.source.text, c.message_text) for c in claims] == [
        ("The mayor", "her plan would cut the fares")
    ]


def test_an_infinitive_opening_a_quotation_after_called_on(nlp_en: Language) -> None:
    text = "Okafor called on the ferry owners to “stop raising the fares every spring.”"
    assert one(nlp_en, text) == (
        "Okafor",
        "called on",
        "the ferry owners to “stop raising the fares every spring",
    )


# -- what follows a finite "say" or "tell" when no clause reader took it ---------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # a long subject with a relative clause in it
        (
            "The trade minister says the new levy that was passed in May hurts farmers.",
            "the new levy that was passed in May hurts farmers",
        ),
        # a gerund subject
        (
            "The mayor says expanding the harbour will create hundreds of jobs.",
            "expanding the harbour will create hundreds of jobs",
        ),
        # a quantifier subject the adverbial reader skipped ("many/AV0")
        ("Ms. Patel says many doubted the figures at first.", "many doubted the figures at first"),
        # a demonstrative inside an opening adverbial is no complementizer
        (
            "The coach says despite all that, the team wasn't ready.",
            "despite all that, the team wasn't ready",
        ),
        # "the same" said of another
        ("Two in three voters said the same of the mayor.", "the same of the mayor"),
    ],
)
def test_the_rest_of_the_clause_after_say_is_what_was_said(
    nlp_en: Language, text: str, message: str
) -> None:
    assert one(nlp_en, text)[2] == message


@pytest.mark.parametrize(
    "text",
    [
        "The council said on Facebook Monday that the pool would reopen in May.",
        "The union told a Senate hearing on Tuesday that the pool would reopen in May.",
    ],
)
def test_a_that_clause_after_a_channel_or_addressee(nlp_en: Language, text: str) -> None:
    assert one(nlp_en, text)[2] == "that the pool would reopen in May"


@pytest.mark.parametrize(
    "text", ["The pilot said it twice.", "The pilot said during the briefing."]
)
def test_an_object_pronoun_or_a_prepositional_phrase_after_say_is_no_message(
    nlp_en: Language, text: str
) -> None:
    assert attributed(nlp_en, text) == []


# -- the subject before "..., said" when the apposition readers took none --------------------


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The port's director, Ann Pryce, however, said the pier was unsafe.", "Ann Pryce"),
        ("The fishermen, meanwhile, told reporters the catch had halved.", "The fishermen"),
        ("Tom Hale, of course, said the vote was fair.", "Tom Hale"),
    ],
)
def test_a_discourse_adverb_between_subject_and_verb_is_no_apposition(
    nlp_en: Language, text: str, source: str
) -> None:
    assert one(nlp_en, text)[0] == source


def test_an_apposition_with_a_relative_clause_and_a_second_apposition(nlp_en: Language) -> None:
    text = (
        "Ann Lee, a surveyor who is working with Delta Mapping, a firm in the valley, "
        "said the river had moved."
    )
    assert one(nlp_en, text) == (
        "Ann Lee, a surveyor who is working with Delta Mapping, a firm in the valley",
        "said",
        "the river had moved",
    )


def test_a_participle_insertion_leaves_the_source_its_name(nlp_en: Language) -> None:
    text = (
        "Farmer Jo Reid, dressed in a green coat with buttons that spelled the farm's name, "
        "said the harvest was late."
    )
    assert one(nlp_en, text)[0] == "Farmer Jo Reid"


def test_a_main_verb_after_a_relative_clause_is_no_insertion(nlp_en: Language) -> None:
    text = "The mayor, who faces a tough race, dropped the plan, the paper said."
    assert one(nlp_en, text)[0] == "the paper"


# -- quotation marks that do not match ------------------------------------------------------


def test_a_straight_opening_mark_closed_by_a_curly_one(nlp_en: Language) -> None:
    text = (
        '"The ferry will not run again before the spring floods are over,” the captain said. '
        "“It is too risky,” she added."
    )
    claims = attributed(nlp_en, text)
    assert [(c.source and c.source.text, c.message_text) for c in claims] == [
        ("the captain", "The ferry will not run again before the spring floods are over"),
        ("she", "It is too risky"),
    ]


def test_a_curly_mark_with_a_space_before_it_opens_no_closing(nlp_en: Language) -> None:
    text = 'He wrote "a mess" twice. "The plan has failed," the mayor said.'
    claims = attributed(nlp_en, text)
    assert [(c.source and c.source.text, c.message_text) for c in claims] == [
        ("the mayor", "The plan has failed"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "''The dam will hold,'' Ms. Pryce said on KXTV's ''Morning Watch.''",
        "“The dam will hold,” Ms. Pryce said of the report during a call to the station’s “Morning Watch.”",
        "“The dam will hold,” Ms. Pryce told a crowd in Fresno, California on Monday night.",
        "“The dam will hold for another decade at least.” Ms. Pryce said.",
    ],
)
def test_a_quotations_frame_with_a_title_a_place_or_a_full_stop_before_it(
    nlp_en: Language, text: str
) -> None:
    assert one(nlp_en, text)[:2] == ("Ms. Pryce", "told" if "told" in text else "said")


def test_a_sentence_after_a_quotation_with_content_of_its_own_is_no_frame(
    nlp_en: Language,
) -> None:
    text = "“The dam will hold for another decade.” Ms. Pryce said it again on Monday."
    claims = attributed(nlp_en, text)
    assert all(c.message_text != "The dam will hold for another decade" for c in claims)


def test_an_inner_quotations_closing_mark_after_the_outer_one(nlp_en: Language) -> None:
    text = (
        "''The sign on the door just said 'Closed for good,''' the baker said. ''Nobody told us.''"
    )
    claims = attributed(nlp_en, text)
    first = claims[0]
    assert (first.source and first.source.text, first.cue and first.cue.text) == (
        "the baker",
        "said",
    )


def test_a_participle_citing_evidence_after_a_quotations_frame(nlp_en: Language) -> None:
    text = "“The harvest is lost,” Ms. Reid said, citing the late frost and the long drought."
    claims = attributed(nlp_en, text)
    found = [(c.source and c.source.text, c.cue and c.cue.text, c.message_text) for c in claims]
    assert ("Ms. Reid", "said", "The harvest is lost") in found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The mayor declared “What a night!” and said the vote had been fair.", "The mayor"),
        (
            "Ms. Reid thanked the crowd, calling it “the best in years” and said the vote had "
            "been fair.",
            "Ms. Reid",
        ),
        ("The coach thanked the team, then said the vote had been fair.", "The coach"),
    ],
)
def test_a_second_verb_of_saying_takes_the_first_verbs_subject(
    nlp_en: Language, text: str, source: str
) -> None:
    claims = attributed(nlp_en, text)
    found = [(c.source and c.source.text, c.message_text) for c in claims]
    assert (source, "the vote had been fair") in found


@pytest.mark.parametrize(
    "text",
    [
        "“The pier is safe,” Ms. Pryce told KXTV.",
        "“The pier is safe,” Ms. Pryce told The Valley-Courier on Monday.",
        "“The pier is safe,” Ms. Pryce told the station’s “Morning Watch” on Monday.",
        "“The pier is safe,” Ms. Pryce told a crowd of fishermen and dock workers at the harbour.",
    ],
)
def test_whom_a_quotation_was_told_ends_the_frame(nlp_en: Language, text: str) -> None:
    assert one(nlp_en, text) == ("Ms. Pryce", "told", "The pier is safe")


def test_told_with_a_that_clause_after_a_quotation_has_content_of_its_own(
    nlp_en: Language,
) -> None:
    text = "“The pier is closed,” Ms. Pryce told reporters that the port would reopen."
    claims = attributed(nlp_en, text)
    assert any(c.message_text == "that the port would reopen" for c in claims)


def test_a_report_inside_a_relative_clause_opened_by_that(nlp_en: Language) -> None:
    text = "Ms. Reid signed a letter that she said was written by the firm."
    assert one(nlp_en, text) == ("she", "said", "that … was written by the firm")


@pytest.mark.parametrize(
    "text",
    [
        "The director told the paper her group never worked with the firm.",
        "The director told the paper his group never worked with the firm.",
    ],
)
def test_the_addressee_of_told_ends_before_the_clauses_subject(nlp_en: Language, text: str) -> None:
    message = one(nlp_en, text)[2]
    assert message.endswith("group never worked with the firm")
    assert "paper" not in message


def test_a_hyphenated_modifier_opening_the_clause_is_no_adverb(nlp_en: Language) -> None:
    text = "Ann Lee said down-river towns can also help pay for the dam."
    assert one(nlp_en, text) == (
        "Ann Lee",
        "said",
        "down-river towns can also help pay for the dam",
    )


@pytest.mark.parametrize(
    "text",
    [
        "Asked if the pier was safe, 60 percent of residents said yes, but 30 percent said no.",
        "Asked if the pier was safe, 60 percent of residents said yes while others disagreed.",
    ],
)
def test_a_one_word_answer_before_a_comma_or_a_conjunction(nlp_en: Language, text: str) -> None:
    claims = attributed(nlp_en, text)
    found = [(c.source and c.source.text, c.message_text) for c in claims]
    assert ("60 percent of residents", "yes") in found


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Merry said the harbour would reopen in May.", "Merry"),
        ("The mayor herself said the harbour would reopen in May.", "The mayor herself"),
    ],
)
def test_a_surname_read_as_a_word_or_an_emphatic_reflexive_in_the_source(
    nlp_en: Language, text: str, source: str
) -> None:
    assert one(nlp_en, text) == (source, "said", "the harbour would reopen in May")


def test_a_scare_quote_opening_the_clause_after_say(nlp_en: Language) -> None:
    text = 'The mayor said "local crews" must lead the repairs.'
    source, cue, message = one(nlp_en, text)
    assert (source, cue) == ("The mayor", "said")
    assert message.endswith("must lead the repairs")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("“The pier is safe,” said the 61-year-old.", "the 61-year-old"),
        (
            "“The pier is safe,” said the woman who ran the harbour for a decade.",
            "the woman who ran the harbour for a decade",
        ),
        ("“The pier is safe,” said the woman who said she ran the harbour.", "the woman"),
    ],
)
def test_an_inverted_source_named_by_age_or_with_a_restrictive_relative_clause(
    nlp_en: Language, text: str, source: str
) -> None:
    claims = attributed(nlp_en, text)
    assert (claims[0].source and claims[0].source.text) == source


@pytest.mark.parametrize(
    "text", ["The 61-year-old said the pier was safe.", "The pier was safe, the 61-year-old said."]
)
def test_a_person_named_by_age_before_the_verb(nlp_en: Language, text: str) -> None:
    assert one(nlp_en, text)[0].lower() == "the 61-year-old"


def test_a_quotation_running_on_to_an_inverted_frame_is_its_message(nlp_en: Language) -> None:
    text = "“We rebuilt the pier” after the storm of 2019, she said."
    source, cue, message = one(nlp_en, text)
    assert (source, cue) == ("she", "said")
    assert message.startswith("We rebuilt the pier")
    assert message.endswith("after the storm of 2019")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The pier was unsafe, the mayor and her deputy said.", "the mayor and her deputy"),
        ("The pier was unsafe, engineers and fishermen said.", "engineers and fishermen"),
    ],
)
def test_a_list_as_the_source_of_an_inverted_frame(
    nlp_en: Language, text: str, source: str
) -> None:
    assert one(nlp_en, text) == (source, "said", "The pier was unsafe")


@pytest.mark.parametrize(
    ("text", "source", "message"),
    [
        (
            "The mayor thanked the volunteers. She continued:\n\n“We will rebuild the"
            " pier. The boats will come back.”\n\nThe hall applauded.",
            "She",
            "We will rebuild the pier. The boats will come back",
        ),
        (
            "The mayor said about the storm:\n\n“Nobody expected water this high.”",
            "The mayor",
            "Nobody expected water this high",
        ),
    ],
)
def test_a_colon_ending_the_line_leads_into_the_next_paragraphs_quotation(
    nlp_en: Language, text: str, source: str, message: str
) -> None:
    claims = [c for c in attributed(nlp_en, text) if c.cue is not None]
    assert [(c.source and c.source.text, c.message[0].text) for c in claims] == [(source, message)]


def test_a_colon_ending_the_line_without_a_quotation_after_it(nlp_en: Language) -> None:
    text = "The council listed its reasons:\n\nThe pier is old. The budget is short."
    assert not any(c.rule == "quote" for c in attributed(nlp_en, text))


def test_a_quotation_framed_on_a_titled_show_before_adding_another(nlp_en: Language) -> None:
    text = (
        "“We will rebuild the pier,” the mayor said on “Harbor Hour,” adding, “The boats"
        " will come back.”"
    )
    claims = attributed(nlp_en, text)
    assert [(c.cue and c.cue.text, c.message_text) for c in claims] == [
        ("said", "We will rebuild the pier"),
        ("adding", "The boats will come back"),
    ]
    assert all(c.source and c.source.text == "the mayor" for c in claims)
