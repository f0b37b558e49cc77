"""What the numpy heads share (the encoder NER head, the parser head, the attribution
tagger's head): their ``.npz`` files, the numbered dense layers in them, and the forward
pass of a ReLU MLP.

A head's dense layers are stored as ``{prefix}w0``, ``{prefix}b0``, ``{prefix}w1``, ... (the
weights (in, out) and bias of each layer, in order); every array is read as float32.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from lagebild.errors import ModelNotFoundError

Floats = npt.NDArray[np.float32]


@contextmanager
def open_npz(path: Path, what: str) -> Iterator[Any]:
    """The arrays of the ``.npz`` file at ``path`` (a ``NpzFile``, closed on leaving);
    :class:`ModelNotFoundError` naming ``what`` ("encoder NER head") when it is absent."""
    if not path.exists():
        raise ModelNotFoundError(f"no {what} at {path}")
    with np.load(path) as data:
        yield data


def floats(data: Any, name: str) -> Floats:
    """The array ``name`` of an opened ``.npz`` as float32."""
    return np.asarray(data[name]).astype(np.float32)


def dense_layers(data: Any, prefix: str = "") -> tuple[list[Floats], list[Floats]]:
    """The weights and biases of the dense layers stored under ``prefix``, in order."""
    n = sum(1 for key in data.files if key.startswith(f"{prefix}w"))
    return (
        [floats(data, f"{prefix}w{i}") for i in range(n)],
        [floats(data, f"{prefix}b{i}") for i in range(n)],
    )


def dense_arrays(
    weights: Sequence[Floats], biases: Sequence[Floats], prefix: str = ""
) -> dict[str, Floats]:
    """The dense layers by the names :func:`dense_layers` reads."""
    arrays = {f"{prefix}w{i}": w for i, w in enumerate(weights)}
    return arrays | {f"{prefix}b{i}": b for i, b in enumerate(biases)}


def mlp(h: Floats, weights: Sequence[Floats], biases: Sequence[Floats]) -> Floats:
    """``h`` through the dense layers: ReLU after each but the last (scores out)."""
    for i, (w, b) in enumerate(zip(weights, biases, strict=True)):
        h = h @ w + b
        if i < len(weights) - 1:
            h = np.maximum(h, 0)
    return h
