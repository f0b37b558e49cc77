"""Lookup keys for names: one key for the inflected, hyphenated and accented forms of a name.

``normalize_key`` is shared by the knowledge base and the entity matcher, so an alias
written in base form ("südkoreanischer Nachrichtendienst") and an inflected mention in a
text ("des südkoreanischen Nachrichtendienstes") meet at the same key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# German case and plural endings, longest first; stripped repeatedly (see ``strip_ending``).
ENDINGS: tuple[str, ...] = ("en", "es", "er", "em", "e", "s", "n")
# A word is only shortened while the remaining stem keeps at least this many characters.
MIN_STEM = 4
# Leading articles dropped from a multi-word key ("das ukrainische Militär", "the Kremlin").
ARTICLES: frozenset[str] = frozenset({"der", "die", "das", "des", "dem", "den", "the"})

_HYPHENS = "-‐‑‒–—―−﹣－/"
_APOSTROPHES = "'’‘`´ʼʻ′"
_HYPHEN_RE = re.compile("[" + re.escape(_HYPHENS) + "]")
_APOSTROPHE_RE = re.compile("[" + re.escape(_APOSTROPHES) + "]")
_NON_WORD_RE = re.compile(r"[^\w\s]|_")


def fold(text: str) -> str:
    """Casefolded text without diacritics, hyphens as spaces, apostrophes and dots removed."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = _HYPHEN_RE.sub(" ", text)
    text = _APOSTROPHE_RE.sub("", text)
    decomposed = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    text = _strip_punct(text)
    return " ".join(text.split())


def _strip_punct(text: str) -> str:
    """Drop dots inside abbreviations ("U.S." -> "us"); other punctuation becomes a space."""
    text = text.replace(".", "")
    return _NON_WORD_RE.sub(" ", text)


def strip_ending(word: str) -> str:
    """The word with German case endings removed until none is left that keeps a stem >= 4.

    Stripping to a fixed point makes ``strip_ending(w + e) == strip_ending(w)`` for every
    ending ``e``, so base forms and inflected forms share one key ("Japan"/"Japans",
    "Nordkoreaner"/"Nordkoreanern"). Words containing digits are kept as they are.
    """
    if any(ch.isdigit() for ch in word):
        return word
    changed = True
    while changed:
        changed = False
        for ending in ENDINGS:
            if word.endswith(ending) and len(word) - len(ending) >= MIN_STEM:
                word = word[: -len(ending)]
                changed = True
                break
    return word


# normalize_key is asked twice for each alias of the knowledge base when a pipeline is
# built and once for every token a text has: memoized (a pure function), bounded.
KEY_CACHE_SIZE = 1 << 15


@lru_cache(maxsize=KEY_CACHE_SIZE)
def normalize_key(text: str) -> str:
    """The lookup key of a name: folded (see ``fold``), articles dropped, endings stripped.

    >>> normalize_key("des Bundesnachrichtendienstes")
    'bundesnachrichtendienst'
    >>> normalize_key("Kim Jong-un") == normalize_key("Kim Jong Un")
    True
    """
    words = fold(text).split()
    while len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(strip_ending(w) for w in words)


# Spelling variants of transliterated names (German, English and scholarly spellings of
# Cyrillic, Arabic and Korean names), applied in order to a folded key by ``skeleton``.
TRANSLIT_RULES: tuple[tuple[str, str], ...] = (
    ("tsch", "ch"),
    ("sch", "sh"),
    ("zh", "sh"),
    ("kh", "h"),
    ("ch", "h"),
    ("ph", "f"),
    ("ck", "k"),
    ("w", "v"),
    ("j", "y"),
    ("z", "s"),
    ("iy", "y"),
    ("ii", "i"),
    ("yy", "y"),
)
_DOUBLE_RE = re.compile(r"([a-z])\1+")


def skeleton(text: str) -> str:
    """A spelling-tolerant form of a name for fuzzy comparison ("Selenskyj" ~ "Zelenskyy").

    The key (see ``normalize_key``) with transliteration variants unified and doubled
    letters collapsed; never used for exact lookup.
    """
    key = normalize_key(text)
    for old, new in TRANSLIT_RULES:
        key = key.replace(old, new)
    return _DOUBLE_RE.sub(r"\1", key)
