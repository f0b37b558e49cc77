"""Tagged tokens to claims: per-role tags, combined labels, annotations and ClaimSpans."""

from __future__ import annotations

import numpy as np
import spacy
from spacy.tokens import Doc

from lagebild.extract.claim_spans import ClaimSpans
from lagebild.learned.claims import claim_spans, runs, token_ids, with_unattributed
from lagebild.learned.inputs import (
    N_LEXICON_FEATURES,
    OFFSETS,
    combined_labels,
    gold_role_tags,
    lexicon_features,
)
from lagebild.spkatt.assemble import FormTable, assemble
from lagebild.spkatt.features import DocumentView
from lagebild.spkatt.io import Annotation, Sentence, SpkAttDocument

SENTENCES = [
    ["Der", "Minister", "sagte", ",", "die", "Lage", "sei", "ernst", "."],
    ["Das", "Wetter", "war", "gut", "."],
]


def _doc() -> Doc:
    words = [w for s in SENTENCES for w in s]
    starts = [t == 0 for s in SENTENCES for t in range(len(s))]
    doc = Doc(spacy.blank("de").vocab, words=words)
    for token, start in zip(doc, starts, strict=True):
        token.is_sent_start = start
    return doc


def _document(annotations: list[Annotation]) -> SpkAttDocument:
    return SpkAttDocument("t", [Sentence(i, s) for i, s in enumerate(SENTENCES)], annotations)


def test_gold_tags_begin_each_run_of_a_role_and_labels_combine_roles() -> None:
    ann = Annotation(
        cue=[(0, 2)], source=[(0, 0), (0, 1)], message=[(0, 4), (0, 5), (0, 6), (0, 7)]
    )
    tags = gold_role_tags(_document([ann]))
    cue, source, message = tags[0][:, 0], tags[0][:, 1], tags[0][:, 2]
    assert list(source) == [1, 2, 0, 0, 0, 0, 0, 0, 0]
    assert list(cue) == [0, 0, 1, 0, 0, 0, 0, 0, 0]
    assert list(message) == [0, 0, 0, 0, 1, 2, 2, 2, 0]
    assert not tags[1].any()
    per_token = [{code: "OBI"[v] for code, v in zip("CSMA", row, strict=True)} for row in tags[0]]
    assert combined_labels(per_token) == [
        "B-S", "I-S", "B-C", "O", "B-M", "I-M", "I-M", "I-M", "O",
    ]  # fmt: skip


def test_two_messages_side_by_side_stay_two_spans() -> None:
    tags = [{"M": "B"}, {"M": "I"}, {"M": "B"}, {"M": "I"}, {}]
    assert combined_labels(tags) == ["B-M", "I-M", "B-M", "I-M", "O"]


def test_annotations_become_claims_with_spans_form_and_speech_kind() -> None:
    doc = _doc()
    ids = token_ids(doc)
    assert ids[:3] == [(0, 0), (0, 1), (0, 2)] and ids[9] == (1, 0)
    labels = [
        ["B-S", "I-S", "B-C", "O", "B-M", "I-M", "I-M", "I-M", "O"],
        ["O"] * 5,
    ]
    document = _document([])
    annotations = assemble(document, labels, [], FormTable({}))
    assert len(annotations) == 1
    annotations[0].form, annotations[0].stwr = "Indirect", "SW"
    claims = claim_spans(doc, ids, annotations, [])
    assert len(claims) == 1
    claim = claims[0]
    assert claim.source is not None and claim.source.text == "Der Minister"
    assert claim.cue is not None and claim.cue.text == "sagte"
    assert [m.text for m in claim.message] == ["die Lage sei ernst"]
    assert claim.form == "indirect" and claim.stwr == "speech" and claim.rule == "learned"


def test_a_message_split_by_its_cue_is_two_spans_and_free_indirect_maps() -> None:
    doc = _doc()
    ann = Annotation(message=[(0, 0), (0, 1), (0, 4), (0, 5)], form="IndirectFreeIndirect")
    (claim,) = claim_spans(doc, token_ids(doc), [ann], [])
    assert [m.text for m in claim.message] == ["Der Minister", "die Lage"]
    assert claim.form == "free_indirect" and claim.source is None and claim.cue is None


def test_the_authors_sentences_stay_where_no_tagged_claim_is() -> None:
    doc = _doc()
    tagged = claim_spans(doc, token_ids(doc), [Annotation(message=[(0, 4), (0, 5)])], [])
    first = ClaimSpans(message=[doc[0:9]], form="unattributed")
    second = ClaimSpans(message=[doc[9:14]], form="unattributed")
    kept = with_unattributed(doc, tagged, [first, second])
    assert [c.form for c in kept] == ["indirect", "unattributed"]
    assert kept[1].message[0].text == "Das Wetter war gut ."


def test_runs_split_at_gaps_and_drop_edge_whitespace() -> None:
    doc = Doc(spacy.blank("en").vocab, words=["a", "b", "\n\n", "c", "d"])
    assert [s.text for s in runs(doc, [0, 1, 2, 4])] == ["a b", "d"]
    assert runs(doc, np.array([], dtype=int).tolist()) == []


def test_lexicon_features_mark_cue_verbs_and_frame_words_and_their_neighbours() -> None:
    words = ["The", "minister", "said", "in", "a", "statement", "that", "taxes", "rise", "."]
    lemmas = ["the", "minister", "say", "in", "a", "statement", "that", "tax", "rise", "."]
    view = DocumentView([words], [lemmas], [[""] * len(words)])
    x = lexicon_features(view, 0, "en")
    assert x.shape == (len(words), N_LEXICON_FEATURES)
    cue_verb, frame_word = x[:, 0], x[:, 1]  # the token itself (offset 0)
    assert list(np.flatnonzero(cue_verb)) == [2]
    assert list(np.flatnonzero(frame_word)) == [5]
    before = OFFSETS.index(-1) * 2  # "the token before is a cue verb"
    assert list(np.flatnonzero(x[:, before])) == [3]
    after2 = OFFSETS.index(2) * 2 + 1  # "two tokens on is a frame word"
    assert list(np.flatnonzero(x[:, after2])) == [3]
    german = DocumentView([["Laut", "Polizei", "sagte", "er", "nichts"]],
                          [["laut", "Polizei", "sagen", "er", "nichts"]], [[""] * 5])  # fmt: skip
    y = lexicon_features(german, 0, "de")
    assert list(np.flatnonzero(y[:, 0])) == [2] and list(np.flatnonzero(y[:, 1])) == [0]


def _view(roles: list[list[str]]) -> DocumentView:
    view = DocumentView(words=SENTENCES, lemmas=SENTENCES, tags=[[] for _ in SENTENCES])
    view.rule_roles = roles
    return view


def test_context_features_carry_the_previous_sentence_to_every_token() -> None:
    from lagebild.learned.inputs import context_features

    roles = [["S", "S", "C", "", "M", "M", "M", "M", ""], [""] * 5]
    view = _view(roles)
    width = 2  # two cached layers of two floats each
    states = [
        np.array([[1, 2, 3, 4]] * 4 + [[3, 4, 5, 6]] * 5, dtype=np.float16),
        np.zeros((5, 4), dtype=np.float16),
    ]
    first = context_features(view, states, 0, [1], width)
    assert first.shape == (9, 2 + 4) and not first.any()  # nothing before the first
    second = context_features(view, states, 1, [1], width)
    assert second.shape == (5, 6)
    mean_of_layer_1 = [(4 * 3 + 5 * 5) / 9, (4 * 4 + 5 * 6) / 9]
    assert np.allclose(second[:, :2], mean_of_layer_1, atol=1e-2)
    assert list(second[0, 2:]) == [1.0, 1.0, 1.0, 0.0]  # cue, source, message; no addressee
    assert (second == second[0]).all()


def test_rule_prior_lowers_o_only_where_the_rules_give_the_role() -> None:
    from lagebild.learned.inputs import rule_shift

    view = _view([["S", "S", "C", "", "M", "M", "M", "M", ""], [""] * 5])
    assert rule_shift(view, 0, {}) is None
    shift = rule_shift(view, 0, {"C": 2.0, "S": 1.0})
    assert shift is not None and shift.shape == (9, 4)
    assert list(shift[:, 0]) == [0, 0, 2, 0, 0, 0, 0, 0, 0]  # cue
    assert list(shift[:, 1]) == [1, 1, 0, 0, 0, 0, 0, 0, 0]  # source
    assert not shift[:, 2:].any()  # no prior on messages and addressees asked


def _tagged_doc(sentences: list[list[tuple[str, str]]]) -> Doc:
    """A Doc of (word, UPOS) sentences."""
    words = [w for s in sentences for w, _ in s]
    pos = [p for s in sentences for _, p in s]
    doc = Doc(spacy.blank("de").vocab, words=words, pos=pos)
    starts = [t == 0 for s in sentences for t in range(len(s))]
    for token, start in zip(doc, starts, strict=True):
        token.is_sent_start = start
    return doc


UNION = [
    [("Der", "DET"), ("Konzern", "NOUN"), ("schwieg", "VERB"), (".", "PUNCT")],
    [("Die", "DET"), ("Kosten", "NOUN"), ("seien", "AUX"), ("hoch", "ADJ"), (",", "PUNCT"),
     ("sagte", "VERB"), ("ihr", "DET"), ("Sprecher", "NOUN"), ("Jan", "PROPN"),
     ("Meier", "PROPN"), (".", "PUNCT")],
    [("Man", "PRON"), ("werde", "AUX"), ("sparen", "VERB"), (".", "PUNCT")],
    [("Kritiker", "NOUN"), ("widersprachen", "VERB"), (".", "PUNCT")],
]  # fmt: skip


def test_the_source_is_the_run_beside_the_cue_not_a_lone_article_or_the_sentence_before() -> None:
    doc = _tagged_doc(UNION)
    source = [(0, 0), (0, 1), (1, 0), (1, 6), (1, 7), (1, 8), (1, 9)]
    ann = Annotation(cue=[(1, 5)], source=source, message=[(1, i) for i in range(4)])
    (claim,) = claim_spans(doc, token_ids(doc), [ann], [])
    assert claim.source is not None and claim.source.text == "ihr Sprecher Jan Meier"


def test_free_indirect_speech_keeps_the_source_of_the_claim_before() -> None:
    doc = _tagged_doc(UNION)
    said = Annotation(cue=[(1, 5)], source=[(1, 7)], message=[(1, i) for i in range(4)])
    more = Annotation(message=[(2, i) for i in range(4)], form="FreeIndirect")
    _, second = claim_spans(doc, token_ids(doc), [said, more], [])
    assert second.form == "free_indirect"
    assert second.source is not None and second.source.text == "Sprecher"


def test_a_message_of_an_article_alone_or_of_its_source_alone_is_no_claim() -> None:
    doc = _tagged_doc(UNION)
    article = Annotation(cue=[(1, 5)], source=[(1, 7)], message=[(1, 0)])
    itself = Annotation(source=[(3, 0)], message=[(3, 0)], form="Reported")
    assert claim_spans(doc, token_ids(doc), [article, itself], []) == []


def test_a_reported_claim_keeps_a_source_inside_its_message() -> None:
    doc = _tagged_doc(UNION)
    ann = Annotation(source=[(3, 0)], message=[(3, 0), (3, 1), (3, 2)], form="Reported")
    (claim,) = claim_spans(doc, token_ids(doc), [ann], [])
    assert claim.source is not None and claim.source.text == "Kritiker"
