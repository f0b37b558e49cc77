"""Words that never make a span a name on their own, for the head-name rule of the scorer.

A source or cue matches as "head name or full noun phrase" when one span contains the
other and the smaller is a name. German capitalises every noun and every sentence start,
so a capitalised token is not enough: these sentence-initial determiners and pronouns
(German and English) do not count as a name.
"""

from __future__ import annotations

# Capitalised forms that only a sentence start makes capital; compared case-folded.
FUNCTION_WORDS: frozenset[str] = frozenset(
    {
        # German articles, demonstratives, pronouns
        "der",
        "die",
        "das",
        "des",
        "dem",
        "den",
        "ein",
        "eine",
        "einer",
        "eines",
        "einem",
        "einen",
        "dieser",
        "diese",
        "dieses",
        "diesem",
        "diesen",
        "er",
        "sie",
        "es",
        "wir",
        "ihr",
        "man",
        "sein",
        "seine",
        "ihre",
        "auch",
        "und",
        "nach",
        "laut",
        "wie",
        # English
        "the",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "he",
        "she",
        "it",
        "they",
        "we",
        "his",
        "her",
        "their",
        "its",
        "and",
        "according",
        "as",
    }
)

# Lower-case particles allowed inside a name ("Ursula von der Leyen", "Abu Bakr al-Baghdadi").
NAME_PARTICLES: frozenset[str] = frozenset(
    {
        "von",
        "van",
        "der",
        "den",
        "des",
        "de",
        "del",
        "della",
        "di",
        "da",
        "du",
        "la",
        "le",
        "al",
        "bin",
        "ibn",
        "zu",
        "y",
        "of",
        "for",
        "the",
        "and",
        "für",
        "und",
    }
)
