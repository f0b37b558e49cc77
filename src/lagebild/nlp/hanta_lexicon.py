"""HanTa's per-word analyses, precomputed for frequent words and shipped in the package.

HanTa analyses each word it has not seen in training morpheme by morpheme (a few
milliseconds a word in pure Python), once for the tag probabilities
(``analyze_forward``) and once per chosen tag for the lemma (``_analyze``). Both are pure
functions of the lower-cased word, so :mod:`lagebild.nlp.build_hanta_lexicon` computes
them ahead for the most frequent German words and this module looks them up; a word not
in the lexicon is analysed by HanTa as before. The results are HanTa's own, bit for bit
(tests/nlp/test_hanta_lexicon.py compares a sample).

The file (``data/hanta_lexicon_<lang>.npz``) holds sorted UTF-8 words and, per word,
the tag log-probabilities that can survive HanTa's cut-off in any casing and the lemma
of each word's best tags. It is read with one ``numpy.load`` and searched by bisection,
so loading costs milliseconds and nothing is built per word.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

log = logging.getLogger(__name__)

DATA_DIR = Path(__file__).with_name("data")
# Bump when the layout of the file changes.
LEXICON_FORMAT = 1


def lexicon_path(lang: str) -> Path:
    """Where the shipped lexicon for ``lang`` lives (it may not exist)."""
    return DATA_DIR / f"hanta_lexicon_{lang}.npz"


def model_fingerprint(model_file: Path) -> str:
    """A digest of a HanTa model file: a lexicon built from another model is not used."""
    return hashlib.sha256(model_file.read_bytes()).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class LemmaEntry:
    """What ``_analyze(word, tag, taglevel=1)`` returned: the lemma and the tag name."""

    lemma: str
    tag: str


class HantaLexicon:
    """Precomputed ``analyze_forward`` and ``_analyze`` results, looked up by word."""

    def __init__(self, arrays: dict[str, Any], int2tag: dict[int, str]) -> None:
        self._words = arrays["words"].tobytes()
        self._word_ends = arrays["word_ends"].tolist()
        self._fwd_ends = arrays["fwd_ends"]
        self._fwd_tags = arrays["fwd_tags"]
        self._fwd_lps = arrays["fwd_lps"]
        self._lemma_ends = arrays["lemma_ends"]
        self._lemma_asked = arrays["lemma_asked"]
        self._lemma_tags = arrays["lemma_tags"]
        self._lemma_text = arrays["lemma_text"].tobytes()
        self._lemma_text_ends = arrays["lemma_text_ends"]
        self._int2tag = int2tag

    def __len__(self) -> int:
        return len(self._word_ends)

    def word(self, i: int) -> bytes:
        """The UTF-8 bytes of the ``i``-th word in sort order."""
        start = self._word_ends[i - 1] if i else 0
        return self._words[start : self._word_ends[i]]

    def index(self, word: str) -> int | None:
        """The position of ``word``, or None when it is not in the lexicon."""
        key = word.encode("utf-8")
        lo, hi = 0, len(self._word_ends)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.word(mid) < key:
                lo = mid + 1
            else:
                hi = mid
        if lo < len(self._word_ends) and self.word(lo) == key:
            return lo
        return None

    def forward(self, word: str) -> list[tuple[int, float]] | None:
        """HanTa's ``analyze_forward(word)`` restricted to the tags its cut-off can keep,
        or None when not precomputed (also for words HanTa's own cache answers)."""
        i = self.index(word)
        if i is None:
            return None
        start = int(self._fwd_ends[i - 1]) if i else 0
        end = int(self._fwd_ends[i])
        if start == end:
            return None
        tags = self._fwd_tags[start:end].tolist()
        lps = self._fwd_lps[start:end].tolist()
        return list(zip(tags, lps, strict=True))

    def lemma(self, word: str, tag: int) -> LemmaEntry | None:
        """HanTa's ``_analyze(word, tag, taglevel=1)`` for a lower-cased ``word``, or None."""
        i = self.index(word)
        if i is None:
            return None
        start = int(self._lemma_ends[i - 1]) if i else 0
        for j in range(start, int(self._lemma_ends[i])):
            if int(self._lemma_asked[j]) == tag:
                text_start = int(self._lemma_text_ends[j - 1]) if j else 0
                text = self._lemma_text[text_start : int(self._lemma_text_ends[j])]
                return LemmaEntry(text.decode("utf-8"), self._int2tag[int(self._lemma_tags[j])])
        return None


def load_lexicon(lang: str, model_file: Path, int2tag: dict[int, str]) -> HantaLexicon | None:
    """The shipped lexicon for ``lang`` if it was built from ``model_file``, else None."""
    path = lexicon_path(lang)
    if not path.exists():
        return None
    with np.load(path) as data:
        arrays = {name: data[name] for name in data.files}
    fingerprint = str(arrays.pop("model_fingerprint"))
    version = int(arrays.pop("format"))
    if version != LEXICON_FORMAT or fingerprint != _fingerprint(model_file):
        log.warning(
            "%s was built for another HanTa model or format; analysing every word", path.name
        )
        return None
    return HantaLexicon(arrays, int2tag)


@lru_cache(maxsize=4)
def _fingerprint(model_file: Path) -> str:
    return model_fingerprint(model_file)
