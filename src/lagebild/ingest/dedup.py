"""Near-duplicate detection, the text's side: MinHash signatures (datasketch) of word
3-grams, banded for LSH, and their similarity. The index over stored documents that
matches them is :class:`lagebild.near_duplicates.NearDuplicates` (readers know no store).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

import numpy as np

THRESHOLD = 0.8
NUM_PERM = 128
SHINGLE_WORDS = 3
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Signature:
    """A text's MinHash and its LSH band keys."""

    hashvalues: np.ndarray
    bands: tuple[bytes, ...]


def lsh_bands(threshold: float = THRESHOLD, num_perm: int = NUM_PERM) -> tuple[int, int]:
    """(bands, rows per band) that datasketch's LSH picks for the threshold."""
    from datasketch import MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    return lsh.b, lsh.r


def text_signature(text: str, b: int, r: int, num_perm: int = NUM_PERM) -> Signature:
    """The MinHash of the text's word 3-grams (lower-cased) and its ``b`` band keys."""
    from datasketch import MinHash

    words = _WORD.findall(text.lower())
    n = SHINGLE_WORDS
    shingles = {" ".join(words[i : i + n]) for i in range(max(1, len(words) - n + 1))}
    minhash = MinHash(num_perm=num_perm, seed=1)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    values = minhash.hashvalues.astype(np.uint64)
    bands = tuple(
        hashlib.blake2b(values[i * r : (i + 1) * r].tobytes(), digest_size=8).digest()
        for i in range(b)
    )
    return Signature(values, bands)


def similarity(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of two texts' shingles."""
    return float(np.mean(a.hashvalues == b.hashvalues))
