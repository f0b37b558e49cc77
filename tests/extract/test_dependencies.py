"""The parse readings the rules use with the shipped German pipeline (its default)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from lagebild.extract.dependencies import phrase_end, subject_range
from lagebild.nlp.loading import NlpOptions
from lagebild.nlp.parsing import ParseView
from lagebild.pipeline import build_nlp, claims_from_doc


@pytest.fixture(scope="module")
def hanta_de() -> Language:
    """The German pipeline without a parser: blank + HanTa."""
    return build_nlp("de", NlpOptions(parse=False))


def _sources(nlp: Language, text: str) -> list[str | None]:
    return [c.source.text if c.source else None for c in claims_from_doc(nlp(text)) if c.cue]


def test_the_default_german_pipeline_parses_sentences_on_demand(
    nlp_de: Language, hanta_de: Language
) -> None:
    doc = nlp_de("Es regnete. Der Minister sagte, die Lage sei ernst.")
    view = ParseView.of(doc)
    assert view is not None
    # the claim's sentence was parsed for its source, the weather report was not
    assert [s.doc.text for s in view.parses.sentences] == [
        "Der Minister sagte, die Lage sei ernst."
    ]
    assert view.locate(0) is None
    parsed, offset = view.locate(4)
    assert (offset, parsed[4 - offset].text, parsed[4 - offset].dep_) == (3, "Minister", "nsubj")
    assert ParseView.of(hanta_de("Der Minister sagte, die Lage sei ernst.")) is None


def test_a_first_position_subject_with_its_apposition_with_and_without_the_parse(
    nlp_de: Language, hanta_de: Language
) -> None:
    """The parse once filled this source where the rules found none; the rules now take
    the first position of the V2 sentence up to its finite verb themselves."""
    text = (
        "Erik Schweickert, der verbraucherschutzpolitische Sprecher der "
        "FDP-Bundestagsfraktion, kritisierte, das Gesetz komme zu spät."
    )
    expected = [
        "Erik Schweickert, der verbraucherschutzpolitische Sprecher der FDP-Bundestagsfraktion"
    ]
    assert _sources(hanta_de, text) == expected
    assert _sources(nlp_de, text) == expected


def _view(nlp: Language, text: str) -> ParseView:
    view = ParseView.of(nlp(text))
    assert view is not None
    view.require(range(len(view.doc)))
    return view


def test_subject_range_leaves_out_a_relative_clause(nlp_de: Language) -> None:
    view = _view(nlp_de, "Der Bürgermeister, der seit Jahren im Amt ist, forderte neue Gelder.")
    verb = next(t.i for t in view.doc if t.text == "forderte")
    subject = subject_range(view, verb)
    assert subject is not None
    assert view.doc[subject[0] : subject[1]].text == "Der Bürgermeister"


def test_phrase_end_cuts_a_prepositional_phrase_on_the_verb(nlp_de: Language) -> None:
    view = _view(nlp_de, "„Das war kein gutes Spiel“, sagte Thomas Tuchel in einem Interview.")
    doc = view.doc
    start = next(t.i for t in doc if t.text == "Thomas")
    end = next(t.i for t in doc if t.text == "Interview") + 1
    assert doc[start : phrase_end(view, (start, end))].text == "Thomas Tuchel"


def test_phrase_end_keeps_an_organisation_with_its_place(nlp_de: Language) -> None:
    view = _view(nlp_de, "Ken Rice vom Institut für Astronomie sagte, der Komet sei zerbrochen.")
    end = next(t.i for t in view.doc if t.text == "Astronomie") + 1
    assert phrase_end(view, (0, end)) == end


def test_a_whole_doc_parse_is_read_in_place() -> None:
    nlp = build_nlp("de", NlpOptions(model="trained", extractors=()))
    view = ParseView.of(nlp("Der Minister sagte, die Lage sei ernst."))
    assert view is not None and view.parses is None
    assert view.locate(1) == (view.doc, 0)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Die Arbeitgeber hätten kein faires Angebot vorgelegt, sagte ihr Vorsitzender Jan Meier.",
            "ihr Vorsitzender Jan Meier",
        ),
        ("Der Plan sei gescheitert, erklärte ihr Sprecher Paul Roth.", "ihr Sprecher Paul Roth"),
    ],
)
def test_a_possessive_before_the_speaker_is_no_source_of_its_own(
    nlp_de: Language, text: str, speaker: str
) -> None:
    """The compact parser reads 'ihr' as a subject beside the noun; the phrase is one."""
    assert _sources(nlp_de, text) == [speaker]
