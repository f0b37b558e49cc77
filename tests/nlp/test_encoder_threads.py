"""One BLAS thread for the encoder's numpy work, restored after."""

from __future__ import annotations

import numpy as np

from lagebild.nlp.encoder_threads import _openblas, one_blas_thread


def test_one_blas_thread_inside_and_the_count_restored_after() -> None:
    functions = _openblas()
    a = np.arange(64 * 64, dtype=np.float32).reshape(64, 64) / 4096
    if functions is None:  # another BLAS: the block runs unchanged
        with one_blas_thread():
            assert np.allclose(a @ np.eye(64, dtype=np.float32), a)
        return
    setter, getter = functions
    before = getter()
    with one_blas_thread():
        assert getter() == 1
        assert np.allclose(a @ np.eye(64, dtype=np.float32), a)
    assert getter() == before
    setter(2)
    try:
        with one_blas_thread():
            assert getter() == 1
        assert getter() == 2
    finally:
        setter(before)
