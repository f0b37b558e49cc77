"""The tagging head: learning, BIO-valid decoding, saving and loading."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np

from lagebild.learned.head import HeadOptions, RoleHead, fit


def _data(n: int = 600) -> tuple[np.ndarray, np.ndarray]:
    """Feature 0 says message (B where feature 1 is also set), feature 2 says cue."""
    rng = np.random.default_rng(1)
    x = rng.standard_normal((n, 6)).astype(np.float32)
    y = np.zeros((n, 4), dtype=np.int64)
    message = x[:, 0] > 0
    y[message, 2] = np.where(x[message, 1] > 0, 1, 2)
    y[x[:, 2] > 1, 0] = 1
    return x, y


def test_head_learns_roles_from_features_and_decodes_valid_bio(tmp_path: Path) -> None:
    x, y = _data()
    head = fit(x, y, HeadOptions(hidden=16, epochs=100, batch=64, dropout=0.0, lr=3e-3))
    predicted = head.log_probs(x).argmax(axis=2)
    assert (predicted[:, 2] == y[:, 2]).mean() > 0.9
    assert (predicted[:, 0] == y[:, 0]).mean() > 0.9
    tags = head.decode(x[:40])
    for previous, current in zip([{"M": "O"}, *tags], tags, strict=False):
        assert not (current["M"] == "I" and previous["M"] == "O")
    head.save(tmp_path / "head.npz")
    again = RoleHead.load(tmp_path / "head.npz")
    assert again.roles == head.roles
    np.testing.assert_allclose(again.log_probs(x[:10]), head.log_probs(x[:10]), rtol=1e-5)


def test_the_same_seed_trains_the_same_head() -> None:
    x, y = _data(200)
    options = HeadOptions(hidden=8, epochs=2, batch=32)
    a, b = fit(x, y, options), fit(x, y, options)
    np.testing.assert_array_equal(a.weights[0], b.weights[0])


def test_a_role_bias_lowers_o_for_that_role_only() -> None:
    x, y = _data(300)
    head = fit(x, y, HeadOptions(hidden=8, epochs=20, batch=64, dropout=0.0, lr=3e-3))
    plain = head.decode(x[:100])
    biased = head.decode(x[:100], role_bias={"C": 5.0})
    cues = sum(t["C"] != "O" for t in plain)
    assert sum(t["C"] != "O" for t in biased) > cues  # more cue tags, recall for precision
    assert [t["M"] for t in biased] == [t["M"] for t in plain]  # other roles untouched
    assert head.decode(x[:100], role_bias={}) == plain


def test_a_role_weight_trades_that_roles_precision_for_recall() -> None:
    """Cues are rare and noisy (a cue where feature 2 > 1, but only two in three of them):
    weighting the cue tokens' loss makes the head tag more cues, the message stays."""
    x, y = _data(600)
    rng = np.random.default_rng(2)
    y[(x[:, 2] > 1) & (rng.random(len(x)) < 1 / 3), 0] = 0
    options = HeadOptions(hidden=8, epochs=20, batch=64, dropout=0.0, lr=3e-3)
    plain = fit(x, y, options).log_probs(x).argmax(axis=2)
    weighted = fit(x, y, replace(options, role_weight={"C": 4.0})).log_probs(x).argmax(axis=2)
    assert (weighted[:, 0] != 0).sum() > (plain[:, 0] != 0).sum()
    message = (plain[:, 2] == y[:, 2]).mean()
    assert abs((weighted[:, 2] == y[:, 2]).mean() - message) < 0.05
    same = fit(x, y, replace(options, role_weight={"C": 1.0})).log_probs(x).argmax(axis=2)
    np.testing.assert_array_equal(same, plain)  # weight 1 is no weight


def test_a_per_token_o_shift_turns_a_role_on_where_given_and_nowhere_else() -> None:
    x, y = _data()
    head = fit(x, y, HeadOptions(hidden=16, epochs=30, batch=64, dropout=0.0, lr=3e-3))
    sentence = x[:12]
    plain = head.decode(sentence)
    off = [i for i, tags in enumerate(plain) if tags["C"] == "O"]
    assert off
    shift = np.zeros((len(sentence), 4), dtype=np.float32)
    shift[off[0], 0] = 50.0  # the cue's O score pushed far down on one token only
    shifted = head.decode(sentence, o_shift=shift)
    assert shifted[off[0]]["C"] in ("B", "I")
    assert [t["C"] for i, t in enumerate(shifted) if i != off[0]] == [
        t["C"] for i, t in enumerate(plain) if i != off[0]
    ]
    assert [t["M"] for t in shifted] == [t["M"] for t in plain]
