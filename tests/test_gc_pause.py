"""Loading without automatic collections, also where a library turns the collector on."""

from __future__ import annotations

import gc

import pytest

from lagebild.gc_pause import paused_gc


def test_no_collection_while_paused_and_thresholds_restored_after() -> None:
    before = gc.get_threshold()
    collections: list[int] = []

    def count(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            collections.append(info["generation"])

    gc.callbacks.append(count)
    try:
        with paused_gc():
            gc.enable()  # as spaCy's model loading (srsly) does
            kept = [[n] for n in range(50_000)]  # far more than one threshold of containers
            assert collections == []
        assert gc.get_threshold() == before
        assert len(kept) == 50_000
    finally:
        gc.callbacks.remove(count)


def test_thresholds_are_restored_on_error() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), paused_gc():
        raise RuntimeError("loading failed")
    assert gc.get_threshold() == before
