"""Near-duplicate detection, the text's side: MinHash signatures of word 3-grams, banded
for LSH, and their similarity. The index over stored documents that matches them is
:class:`lagebild.near_duplicates.NearDuplicates` (readers know no store).

The MinHash is datasketch's (2.0, its default ``affine32`` scheme, seed 1) written out in
numpy, value for value: importing datasketch costs about a second at every ingest start
(its package imports scipy's integrator for the LSH parameters), for the 30 lines below.
``tests/ingest/test_dedup.py`` checks the signatures and the band parameters against
datasketch where it is installed.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

THRESHOLD = 0.8
NUM_PERM = 128
SHINGLE_WORDS = 3
SEED = 1
_WORD = re.compile(r"\w+", re.UNICODE)
# The MurmurHash3 32-bit finalizer (shifts and multipliers), applied once to each input
# hash before the permutations, as datasketch's affine32 scheme does.
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35))


@dataclass(frozen=True, slots=True)
class Signature:
    """A text's MinHash and its LSH band keys."""

    hashvalues: np.ndarray
    bands: tuple[bytes, ...]


@lru_cache(maxsize=8)
def _permutations(num_perm: int, seed: int = SEED) -> tuple[np.ndarray, np.ndarray]:
    """The permutations h -> a*h + b mod 2**32 (``a`` odd), drawn as datasketch draws them."""
    gen = np.random.RandomState(seed)
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def _sha1_32(items: list[bytes]) -> np.ndarray:
    """The first 4 bytes of each item's SHA-1, little-endian (datasketch's ``sha1_hash32``)."""
    digests = b"".join(hashlib.sha1(item).digest()[:4] for item in items)
    return np.frombuffer(digests, dtype="<u4").astype(np.uint32)


def _fmix32(hv: np.ndarray) -> np.ndarray:
    s1, m1, s2, m2 = _FMIX32
    hv = hv ^ (hv >> s1)
    hv = hv * m1
    hv = hv ^ (hv >> s2)
    hv = hv * m2
    return hv ^ (hv >> s1)


def minhash(items: list[bytes], num_perm: int = NUM_PERM, seed: int = SEED) -> np.ndarray:
    """The MinHash (``num_perm`` uint32 values) of a set of byte strings; all values
    2**32 - 1 for no items."""
    a, b = _permutations(num_perm, seed)
    values = np.full(num_perm, np.iinfo(np.uint32).max, dtype=np.uint32)
    if not items:
        return values
    hv = _fmix32(_sha1_32(items)).reshape(-1, 1)
    return np.minimum(values, (hv * a + b).min(axis=0))


@lru_cache(maxsize=8)
def lsh_bands(threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands, rows per band) that datasketch's LSH picks for the threshold: the pair
    with ``bands * rows <= num_perm`` minimising the false-positive plus false-negative
    probability (equal weights), each an integral over the Jaccard similarity."""
    # Gauss-Legendre with n nodes is exact for polynomials up to degree 2n - 1; the
    # integrands are polynomials of degree bands * rows <= num_perm.
    nodes, weights = np.polynomial.legendre.leggauss(num_perm // 2 + 2)
    below = threshold * (nodes + 1) / 2  # nodes on [0, threshold]
    above = threshold + (1 - threshold) * (nodes + 1) / 2  # nodes on [threshold, 1]
    best, best_error = (0, 0), float("inf")
    for bands in range(1, num_perm + 1):
        for rows in range(1, num_perm // bands + 1):
            fp = 1 - (1 - below**rows) ** bands
            fn = (1 - above**rows) ** bands
            error = float(threshold / 2 * (weights @ fp) + (1 - threshold) / 2 * (weights @ fn))
            if error < best_error:
                best, best_error = (bands, rows), error
    return best


def text_signature(text: str, b: int, r: int, num_perm: int = NUM_PERM) -> Signature:
    """The MinHash of the text's word 3-grams (lower-cased) and its ``b`` band keys."""
    words = _WORD.findall(text.lower())
    n = SHINGLE_WORDS
    shingles = {" ".join(words[i : i + n]) for i in range(max(1, len(words) - n + 1))}
    values = minhash([s.encode("utf-8") for s in shingles], num_perm).astype(np.uint64)
    bands = tuple(
        hashlib.blake2b(values[i * r : (i + 1) * r].tobytes(), digest_size=8).digest()
        for i in range(b)
    )
    return Signature(values, bands)


def similarity(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of two texts' shingles."""
    return float(np.mean(a.hashvalues == b.hashvalues))
