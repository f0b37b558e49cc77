"""One BLAS thread for the encoder's numpy work (the NER heads, the numpy forward pass).

numpy's bundled OpenBLAS starts one thread per core. The encoder's matrices are small (a
sentence of 20 words times a 1,152 x 256 head) and the analysis runs one worker process
per core, so a second BLAS thread only waits for a core another worker holds: on the
shared 2-core machine a head's product took 22.7 ms with two threads and 0.23 ms with one,
and the numpy forward pass of 40 articles' sentences 28.0 s against 13.9 s (MODELS.md,
"Speed and memory"). :func:`one_blas_thread` sets OpenBLAS to one thread for a block and
restores the count after; where no OpenBLAS is loaded (another BLAS) it does nothing.
"""

from __future__ import annotations

import ctypes
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

log = logging.getLogger(__name__)

# (set, get) symbol pairs of the OpenBLAS builds numpy ships or links (scipy-openblas: 64-bit ints)
SYMBOLS = (
    ("scipy_openblas_set_num_threads64_", "scipy_openblas_get_num_threads64_"),
    ("scipy_openblas_set_num_threads", "scipy_openblas_get_num_threads"),
    ("openblas_set_num_threads64_", "openblas_get_num_threads64_"),
    ("openblas_set_num_threads", "openblas_get_num_threads"),
)


@cache
def _openblas() -> tuple[Callable[[int], None], Callable[[], int]] | None:
    """The set/get thread functions of the OpenBLAS loaded in this process, or None."""
    import numpy  # noqa: F401  (loads numpy's BLAS)

    maps = Path("/proc/self/maps")
    libraries = []
    if maps.exists():
        for line in maps.read_text().splitlines():
            path = line.split()[-1]
            if "openblas" in path.lower() and path not in libraries:
                libraries.append(path)
    for path in libraries:
        try:
            lib = ctypes.CDLL(path)
        except OSError:
            continue
        for set_name, get_name in SYMBOLS:
            if hasattr(lib, set_name) and hasattr(lib, get_name):
                setter, getter = getattr(lib, set_name), getattr(lib, get_name)
                setter.argtypes, setter.restype = [ctypes.c_int], None
                getter.argtypes, getter.restype = [], ctypes.c_int
                return setter, getter
    log.debug("no OpenBLAS found; the BLAS keeps its own thread count")
    return None


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Run the block with OpenBLAS on one thread (nothing changes without OpenBLAS)."""
    functions = _openblas()
    if functions is None:
        yield
        return
    setter, getter = functions
    before = getter()
    setter(1)
    try:
        yield
    finally:
        setter(before)
