"""MinHash signatures of texts: datasketch's values without datasketch, and what they
decide (near-duplicate or not)."""

from __future__ import annotations

import json
import random
import subprocess
import sys

import numpy as np
import pytest

from lagebild.ingest.dedup import (
    NUM_PERM,
    THRESHOLD,
    lsh_bands,
    minhash,
    similarity,
    text_signature,
)

REPORT = (
    "Die Regierung in Seoul teilte am Freitag mit, dass im Osten des Landes mehrere "
    "hundert Soldaten verlegt worden seien. Ein Sprecher des Ministeriums sagte, man "
    "beobachte die Lage an der Grenze sehr genau und stehe mit den Verbündeten in engem "
    "Kontakt. Weitere Einzelheiten wurden zunächst nicht bekannt gegeben."
)


def _items(n: int, seed: int) -> list[bytes]:
    rng = random.Random(seed)
    return [f"{rng.getrandbits(40)} wort {i}".encode() for i in range(n)]


@pytest.mark.parametrize("n", [0, 1, 3, 250])
def test_minhash_equals_datasketch(n: int) -> None:
    datasketch = pytest.importorskip("datasketch", minversion="2.0")
    items = _items(n, seed=n)
    theirs = datasketch.MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32")
    theirs.update_batch(items)
    ours = minhash(items)
    assert ours.dtype == theirs.hashvalues.dtype
    assert np.array_equal(ours, theirs.hashvalues)


@pytest.mark.parametrize("threshold", [0.5, 0.7, 0.8, 0.9])
@pytest.mark.parametrize("num_perm", [64, 128, 256])
def test_lsh_bands_equal_datasketch(threshold: float, num_perm: int) -> None:
    datasketch = pytest.importorskip("datasketch", minversion="2.0")
    lsh = datasketch.MinHashLSH(threshold=threshold, num_perm=num_perm)
    assert lsh_bands(threshold, num_perm) == (lsh.b, lsh.r)


def test_bands_cover_at_most_num_perm_rows() -> None:
    b, r = lsh_bands(THRESHOLD, NUM_PERM)
    assert b > 1 and r > 1 and b * r <= NUM_PERM


def test_signature_is_stable_and_order_of_shingles_does_not_matter() -> None:
    b, r = lsh_bands()
    first = text_signature(REPORT, b, r)
    assert first.hashvalues.dtype == np.uint64 and len(first.bands) == b
    assert np.array_equal(first.hashvalues, text_signature(REPORT.upper(), b, r).hashvalues)
    assert minhash([b"a", b"b", b"c"]).tolist() == minhash([b"c", b"a", b"b", b"a"]).tolist()


def test_near_duplicate_shares_a_band_and_unrelated_text_does_not() -> None:
    b, r = lsh_bands()
    original = text_signature(REPORT, b, r)
    edited = text_signature(REPORT.replace("Freitag", "Samstag"), b, r)
    other = text_signature(
        "Der Wetterdienst erwartet für das Wochenende kräftigen Regen im Süden und "
        "vereinzelte Gewitter, die Temperaturen sinken deutlich unter zwanzig Grad.",
        b,
        r,
    )
    assert similarity(original, edited) >= THRESHOLD
    assert set(original.bands) & set(edited.bands)
    assert similarity(original, other) < 0.2
    assert not set(original.bands) & set(other.bands)


def test_empty_text_has_one_shingle() -> None:
    b, r = lsh_bands()
    empty = text_signature("", b, r)
    assert np.array_equal(empty.hashvalues, minhash([b""]).astype(np.uint64))


def test_signatures_need_neither_datasketch_nor_scipy() -> None:
    code = (
        "import json, sys\n"
        "from lagebild.near_duplicates import NearDuplicates\n"
        "from lagebild.ingest.dedup import lsh_bands, text_signature\n"
        "text_signature('Ein kurzer Satz über das Wetter.', *lsh_bands())\n"
        "print(json.dumps(sorted(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(json.loads(out.stdout.splitlines()[-1]))
    assert not {"datasketch", "scipy"} & loaded
