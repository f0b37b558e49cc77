"""Loading many objects at once without the garbage collector walking the loaded models."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc() -> Iterator[None]:
    """No automatic collections meanwhile (the thresholds are restored after, also on error).

    Reading a large model or table creates tens of thousands of objects, and every 700
    allocations start a collection; the older generations' collections then walk
    everything already loaded (a spaCy pipeline, HanTa's tables), which took as long as the
    loading itself. Objects made meanwhile are collected later as usual. A zero threshold
    rather than ``gc.disable``: spaCy's model loading (srsly) calls ``gc.enable`` itself.
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(0)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
