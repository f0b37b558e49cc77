"""The shared .npz files and MLP of the numpy heads."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from lagebild.errors import ModelNotFoundError
from lagebild.nlp.npz_heads import dense_arrays, dense_layers, floats, mlp, open_npz


def test_dense_layers_come_back_in_order_under_their_prefix(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    weights = [rng.standard_normal((3, 4)), rng.standard_normal((4, 2))]
    biases = [rng.standard_normal(4), rng.standard_normal(2)]
    other = {"arc.w0": np.ones((2, 2)), "arc.b0": np.ones(2), "mean": np.arange(3.0)}
    np.savez(tmp_path / "h.npz", **dense_arrays(weights, biases, "rel."), **other)
    with open_npz(tmp_path / "h.npz", "test head") as data:
        got_w, got_b = dense_layers(data, "rel.")
        assert floats(data, "mean").dtype == np.float32
    assert [w.shape for w in got_w] == [(3, 4), (4, 2)]
    assert all(w.dtype == np.float32 for w in [*got_w, *got_b])
    assert np.allclose(got_w[1], weights[1]) and np.allclose(got_b[0], biases[0])


def test_a_missing_file_names_what_was_looked_for(tmp_path: Path) -> None:
    absent = open_npz(tmp_path / "absent.npz", "parser head")
    with pytest.raises(ModelNotFoundError, match="no parser head at"), absent:
        pass


def test_mlp_applies_relu_between_layers_but_not_after_the_last() -> None:
    h = np.array([[1.0, -1.0]], dtype=np.float32)
    identity = np.eye(2, dtype=np.float32)
    zero = np.zeros(2, dtype=np.float32)
    flip = -identity
    # one layer: no ReLU, negatives stay
    assert mlp(h, [flip], [zero]).tolist() == [[-1.0, 1.0]]
    # two layers: the ReLU after the first cuts the -1, the last layer keeps its sign
    assert mlp(h, [identity, flip], [zero, zero]).tolist() == [[-1.0, 0.0]]
