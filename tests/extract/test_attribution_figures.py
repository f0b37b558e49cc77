"""Attribution of figures to who gave them, on sentences written for these tests (issue 19):
verbs that give a figure, an earlier figure in the pluperfect, "nach eigenen Angaben"."""

from __future__ import annotations

from spacy.language import Language

from lagebild.model import Claim

from .claims import claims_of


def _figure_claim(nlp: Language, text: str) -> Claim:
    """The one claim of a one-sentence text."""
    (claim,) = claims_of(nlp, text)
    return claim


def test_beziffern_auf_gives_the_subject_a_figure(nlp_de: Language) -> None:
    c = _figure_claim(
        nlp_de, "Der Landkreis bezifferte den Schaden am Deich auf 12 Millionen Euro."
    )
    assert c.source is not None and c.source.text == "Der Landkreis"
    assert c.cue is not None and c.cue.text == "bezifferte"
    assert c.message_text == "den Schaden am Deich auf 12 Millionen Euro"


def test_kommen_auf_a_figure_is_a_cue(nlp_de: Language) -> None:
    c = _figure_claim(nlp_de, "Die Bergwacht kam bei ihrer Zählung auf 240 Wanderer.")
    assert c.source is not None and c.source.text == "Die Bergwacht"
    assert c.message_text == "auf 240 Wanderer"


def test_kommen_auf_without_a_figure_is_no_cue(nlp_de: Language) -> None:
    (c,) = claims_of(nlp_de, "Der Bürgermeister kam auf die Idee eines neuen Marktplatzes.")
    assert c.form == "unattributed"


def test_zaehlen_with_a_figure_in_its_object(nlp_de: Language) -> None:
    c = _figure_claim(nlp_de, "Die Bahn zählt seit Montag 35 ausgefallene Züge.")
    assert c.source is not None and c.source.text == "Die Bahn"
    assert c.message_text == "35 ausgefallene Züge"


def test_a_figure_as_the_subject_of_zaehlen_is_no_source(nlp_de: Language) -> None:
    (c,) = claims_of(nlp_de, "Zu den Verletzten zählen zwei Feuerwehrleute.")
    assert c.form == "unattributed" and c.source is None


def test_korrigiert_with_the_subject_after_the_auxiliary(nlp_de: Language) -> None:
    c = _figure_claim(
        nlp_de,
        "Am Abend hat die Wasserwacht die Zahl der Geretteten auf 14 korrigiert.",
    )
    assert c.source is not None and c.source.text == "die Wasserwacht"
    assert c.message_text == "die Zahl der Geretteten auf 14"


def test_an_earlier_figure_in_the_pluperfect_keeps_its_phrase(nlp_de: Language) -> None:
    c = _figure_claim(nlp_de, "Vorher hatte die Stadtverwaltung von neun Verletzten gesprochen.")
    assert c.source is not None and c.source.text == "die Stadtverwaltung"
    assert c.message_text == "von neun Verletzten"
    c = _figure_claim(nlp_de, "Die Bahn hatte am Morgen von 20 Ausfällen gesprochen.")
    assert c.source is not None and c.source.text == "Die Bahn"
    assert c.message_text == "von 20 Ausfällen"


def test_nach_eigenen_angaben_takes_the_subject_as_source(nlp_de: Language) -> None:
    c = _figure_claim(nlp_de, "Die Tafel versorgte nach eigenen Angaben 300 Familien.")
    assert c.source is not None and c.source.text == "Die Tafel"
    assert c.cue is not None and c.cue.text == "nach eigenen Angaben"
    c = _figure_claim(nlp_de, "Nach eigenen Angaben verkaufte der Verein 800 Karten.")
    assert c.source is not None and c.source.text == "der Verein"


def test_english_put_at_a_figure_is_a_cue(nlp_en: Language) -> None:
    c = _figure_claim(nlp_en, "The harbour master put the number of stranded boats at about 70.")
    assert c.source is not None and c.source.text == "The harbour master"
    assert c.cue is not None and c.cue.text == "put"
    assert c.message_text == "the number of stranded boats at about 70"


def test_english_put_without_a_figure_is_no_cue(nlp_en: Language) -> None:
    (c,) = claims_of(nlp_en, "The council put the new bridge at the top of its list.")
    assert c.form == "unattributed"
