"""The BiLSTM-CRF encoder NER head: numpy inference matches torch, decoding, saving."""

from __future__ import annotations

import dataclasses
import itertools
import sys
from pathlib import Path

import numpy as np
import pytest

from lagebild.nlp.bio import viterbi_bio
from lagebild.nlp.encoder_ner import load_head
from lagebild.nlp.encoder_ner_lstm import LstmCrfEnsemble, LstmCrfHead, LstmWeights

TAGS = ["O", "B-LOC", "B-PER", "I-LOC", "I-PER"]
TRAINING = Path(__file__).resolve().parents[2] / "training" / "encoder"


def small_head(seed: int = 0, dim: int = 6) -> LstmCrfHead:
    rng = np.random.default_rng(seed)

    def r(*shape: int) -> np.ndarray:
        return rng.standard_normal(shape).astype(np.float32) * 0.5

    return LstmCrfHead(
        tags=TAGS,
        layers=(7, 8),
        mean=r(dim),
        scale=np.abs(r(dim)) + 0.5,
        proj_w=r(dim, 5),
        proj_b=r(5),
        forward=LstmWeights(r(12, 5), r(12, 3), r(12)),
        backward=LstmWeights(r(12, 5), r(12, 3), r(12)),
        out_w=r(6, len(TAGS)),
        out_b=r(len(TAGS)),
        transitions=r(len(TAGS), len(TAGS)),
        start=r(len(TAGS)),
        end=r(len(TAGS)),
    )


def test_numpy_head_matches_torch_on_a_batch() -> None:
    torch = pytest.importorskip("torch")
    sys.path.insert(0, str(TRAINING))
    from lstm_model import BiLstmCrf, to_head

    torch.manual_seed(0)
    model = BiLstmCrf(TAGS, dim=10, proj=8, hidden=4, dropout=0.3).eval()
    with torch.no_grad():
        model.transitions.normal_()
        model.start.normal_()
        model.end.normal_()
    rng = np.random.default_rng(0)
    mean = rng.standard_normal(10).astype(np.float32)
    scale = (rng.random(10) + 0.5).astype(np.float32)
    sentences = [rng.standard_normal((n, 10)).astype(np.float32) for n in (7, 3, 1, 5)]
    lengths = torch.tensor([len(s) for s in sentences])
    padded = torch.zeros(len(sentences), 7, 10)
    for i, s in enumerate(sentences):
        padded[i, : len(s)] = (torch.from_numpy(s) - torch.from_numpy(mean)) / torch.from_numpy(
            scale
        )
    with torch.no_grad():
        expected = model.emissions(padded, lengths).numpy()
    head = to_head(model, (6, 7, 8), mean, scale)
    for i, s in enumerate(sentences):
        # padding after a sentence changes nothing: its rows are the numpy head's rows
        assert np.allclose(head.emissions(s), expected[i, : len(s)], atol=1e-5)
    # and the CRF's best path is the decoded one: brute force over a short sentence
    em = head.emissions(sentences[1])
    best, best_score = None, -np.inf
    trans, start = (t.detach().numpy() for t in (model.transitions + model.trans_mask,
                                        model.start + model.start_mask))  # fmt: skip
    for path in np.ndindex(*(len(TAGS),) * len(em)):
        score = start[path[0]] + em[0, path[0]] + head.end[path[-1]]
        score += sum(
            trans[a, b] + em[t + 1, b] for t, (a, b) in enumerate(itertools.pairwise(path))
        )
        if score > best_score:
            best, best_score = path, score
    assert best is not None
    assert head.decode(sentences[1]) == [TAGS[j] for j in best]


def test_nll_is_lower_for_the_tags_the_scores_favour() -> None:
    torch = pytest.importorskip("torch")
    sys.path.insert(0, str(TRAINING))
    from lstm_model import BiLstmCrf

    torch.manual_seed(1)
    model = BiLstmCrf(TAGS, dim=4, proj=4, hidden=3, dropout=0.0).eval()
    x = torch.randn(1, 3, 4)
    lengths = torch.tensor([3])
    with torch.no_grad():
        em = model.emissions(x, lengths)[0]
        likely = em.argmax(dim=1)
        # a valid path the emissions like least among B/O tags
        unlikely = torch.tensor([int(em[t, :3].argmin()) for t in range(3)])
        assert model.nll(x, lengths, likely[None]) <= model.nll(x, lengths, unlikely[None])
        assert float(model.nll(x, lengths, likely[None])) >= 0.0


def test_transition_scores_change_the_decoded_path() -> None:
    scores = np.log(np.array([[0.2, 0.1, 0.6, 0.05, 0.05], [0.5, 0.05, 0.05, 0.05, 0.35]]))
    assert viterbi_bio(scores, TAGS) == ["B-PER", "O"]
    # a learned preference for continuing a name after B-PER
    trans = np.zeros((5, 5), dtype=np.float32)
    trans[2, 4] = 1.0
    assert viterbi_bio(scores, TAGS, trans) == ["B-PER", "I-PER"]
    # a forbidden step stays forbidden whatever its score
    trans[2, 3] = 100.0
    assert viterbi_bio(scores, TAGS, trans)[1] != "I-LOC"


def test_head_round_trip_and_kind_dispatch(tmp_path: Path) -> None:
    head = small_head()
    head.save(tmp_path / "head.npz")
    again = load_head(tmp_path / "head.npz")
    assert isinstance(again, LstmCrfHead)
    assert again.layers == (7, 8)
    assert again.tags == TAGS
    x = np.random.default_rng(2).standard_normal((4, 6)).astype(np.float32)
    assert np.allclose(head.emissions(x), again.emissions(x))
    assert head.decode(x) == again.decode(x)
    assert again.decode(x[:0]) == []


def test_every_word_sees_the_whole_sentence() -> None:
    head = small_head(3)
    x = np.random.default_rng(4).standard_normal((5, 6)).astype(np.float32)
    changed = x.copy()
    changed[4] += 2.0  # the last word only
    before, after = head.emissions(x), head.emissions(changed)
    assert not np.allclose(before[0], after[0])  # through the backward LSTM
    first_changed = x.copy()
    first_changed[0] += 2.0
    assert not np.allclose(head.emissions(first_changed)[4], before[4])  # forward LSTM


def test_numpy_head_matches_torch_with_a_layer_mix_and_shape_columns() -> None:
    torch = pytest.importorskip("torch")
    sys.path.insert(0, str(TRAINING))
    from lstm_model import BiLstmCrf, to_head

    torch.manual_seed(2)
    # three "layers" of 384 columns mixed with learned weights, then 4 shape columns
    model = BiLstmCrf(TAGS, dim=3 * 384, proj=8, hidden=4, dropout=0.3, shapes=4, mix=3).eval()
    with torch.no_grad():
        model.mix_w.copy_(torch.tensor([0.5, -1.0, 2.0]))
        model.mix_gamma.fill_(1.7)
    rng = np.random.default_rng(5)
    mean = rng.standard_normal(3 * 384).astype(np.float32)
    scale = (rng.random(3 * 384) + 0.5).astype(np.float32)
    x = rng.standard_normal((6, 3 * 384)).astype(np.float32)
    shapes = (rng.random((6, 4)) > 0.5).astype(np.float32)
    joined = np.concatenate([(x - mean) / scale, shapes], axis=1)
    with torch.no_grad():
        expected = model.emissions(torch.from_numpy(joined)[None], torch.tensor([6]))[0].numpy()
    head = to_head(model, (6, 7, 8), mean, scale)
    assert head.shapes == 4 and head.proj_w.shape == (3 * 384 + 4, 8)
    assert np.allclose(head.emissions(x, shapes), expected, atol=1e-4)
    with pytest.raises(ValueError, match="shape columns"):
        head.emissions(x)


def test_an_ensemble_averages_its_heads_scores(tmp_path: Path) -> None:
    heads = [small_head(seed) for seed in (0, 1, 2)]
    ensemble = LstmCrfEnsemble(heads)
    x = np.random.default_rng(6).standard_normal((5, 6)).astype(np.float32)
    mean = np.mean([h.emissions(x) for h in heads], axis=0)
    assert np.allclose(ensemble.emissions(x), mean, atol=1e-6)
    trans = np.mean([h.transitions for h in heads], axis=0)
    start = np.mean([h.start for h in heads], axis=0)
    end = np.mean([h.end for h in heads], axis=0)
    assert ensemble.decode(x) == viterbi_bio(mean, TAGS, trans, start=start, end=end)
    ensemble.save(tmp_path / "ensemble.npz")
    again = load_head(tmp_path / "ensemble.npz")
    assert isinstance(again, LstmCrfEnsemble)
    assert len(again.members) == 3 and again.layers == (7, 8)
    assert again.decode(x) == ensemble.decode(x)
    # a single head's file still loads as a single head
    heads[0].save(tmp_path / "one.npz")
    assert isinstance(load_head(tmp_path / "one.npz"), LstmCrfHead)


def test_an_ensemble_refuses_heads_on_other_layers() -> None:
    other = dataclasses.replace(small_head(1), layers=(6, 7))
    with pytest.raises(ValueError, match="same tags, layers"):
        LstmCrfEnsemble([small_head(0), other])
