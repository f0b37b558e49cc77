"""HanTa's sentence tagger (``HanoverTagger.tag_sent`` at ``taglevel=1``), with the same
results and less work per word.

HanTa's sentence Viterbi asks, for each word, for its tag probabilities again (a fresh
dictionary, a sort and a cut-off each time) and then walks all 56 tags that may follow
each surviving state, to skip the ones the word cannot have. Here a word's candidate
tags come from a cache, in the order HanTa's transition tables list them, so each state
visits only those (usually one to three). Everything else is HanTa's own algorithm step
by step: the same sums in the same order, the same pruning (the top five states), the
same tie-breaking (the first state in table order wins), so the tags are identical
(tests/nlp/test_hanta_viterbi.py compares with HanTa's ``tag_sent``).

It relies on one property of the model: every state's transition table lists the tags in
the same order (true of HanTa's German and English models). A model where that does not
hold is tagged by HanTa's own ``tag_sent``.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

# HanTa's reserved tag numbers (HanTa.HanoverTagger: EMPTY, START, END, UNKNOWN).
EMPTY, START, END, UNKNOWN = 0, 1, 2, 3
LOWER_BOUND = -1e6
CUTOFF = 5  # HanTa's cut-off for a word's tags in a sentence (log-probability below the best)
TOP_STATES = 5  # states of the previous word that are continued (HanTa's rowbound)

Candidates = tuple[tuple[int, float], ...]

# HanTa's log-probability (conditional, as the Viterbi reads it) of a word's best tag when
# its lexicon does not hold the word and its analysis only guessed from the endings: about
# -18 to -35 ("Lapp" -19.3 as VVG, stem "lap"; "Comey" -23.0 as an adverb), where words it
# knows score above -15 ("Trump" -13.9 as a noun, "House" -8.0).
GUESSED = -15.0
# A capitalized word inside a sentence that HanTa knows as something else ("Loretta Lynch
# said": the verb "lynch") may be a name as well, a little less likely than its best tag
# (PolNeAR source F1 0.632 -> 0.635 at 0 to 3; 0.634 at 6).
KNOWN_NAME_PENALTY = 3.0
# The same at a sentence's start, where every word is capitalized ("Lynch said"): less
# likely still (PolNeAR content/cue 0.762/0.474 -> 0.763/0.475 at 6; UD English EWT test
# UPOS 0.8657 -> 0.8658; at 3 it fell to 0.8645).
INITIAL_NAME_PENALTY = 6.0


class SentenceTagger:
    """Tags sentences as ``tagger.tag_sent(words, taglevel=1)`` does: (word, lemma, tag)."""

    def __init__(self, tagger: Any, cache_size: int, *, name_tag: str | None = None) -> None:
        """``name_tag``: the proper-noun tag a capitalized word may also have (English:
        "Lapp said" is no participle "lapping", "Loretta Lynch said" no verb "lynch");
        without it the tags are HanTa's exactly."""
        self.tagger = tagger
        self._name = None if name_tag is None else tagger.tag2int[name_tag]
        self._order: tuple[int, ...] | None = None
        self._uniform: bool | None = None
        self.candidates = lru_cache(maxsize=cache_size)(self._candidates)

    def tag_sent(self, words: list[str]) -> list[tuple[str, str, str]]:
        """HanTa's ``tag_sent(words, taglevel=1)``: each word with its lemma and tag name."""
        if not words:
            return []
        if not self._tag_order_is_uniform():
            return list(self.tagger.tag_sent(words, taglevel=1))
        tags = self.viterbi(words)
        analyze = self.tagger._analyze
        int2tag = self.tagger.int2tag
        pairs = zip(words, tags, strict=True)
        return [(w, analyze(w, t, taglevel=1)[0], int2tag[t]) for w, t in pairs]

    def viterbi(self, words: list[str]) -> list[int]:
        """The best tag numbers of the words (HanTa's ``tag_sent_viterbi``)."""
        trans = self.tagger.LP_trans_word
        table: list[dict[tuple[int, int], float]] = []
        backpointer: list[dict[tuple[int, int], tuple[int, int]]] = []
        prevrow: dict[tuple[int, int], float] = {(EMPTY, START): 0.0}
        for i, word in enumerate(words):
            candidates = self.candidates(word, i != 0)
            row: dict[tuple[int, int], float] = {}
            back: dict[tuple[int, int], tuple[int, int]] = {}
            if len(prevrow) > TOP_STATES:
                rowbound = sorted(prevrow.values(), reverse=True)[TOP_STATES] - 1
            else:
                rowbound = LOWER_BOUND
            for state, lp0 in prevrow.items():
                if lp0 < rowbound:
                    continue
                lp_t = trans[state]
                previous = state[1]
                for c, lpwc in candidates:
                    lp = lp0 + lp_t[c] + lpwc
                    if lp > LOWER_BOUND:
                        newstate = (previous, c)
                        if newstate not in row or lp > row[newstate]:
                            row[newstate] = lp
                            back[newstate] = state
            table.append(row)
            backpointer.append(back)
            prevrow = row
        finalstate = (END, EMPTY)
        last: dict[tuple[int, int], float] = {}
        back = {}
        for state, lp0 in prevrow.items():
            lp = lp0 + trans[state].get(END, -math.inf)
            if lp > last.get(finalstate, -math.inf):
                last[finalstate] = lp
                back[finalstate] = state
        backpointer.append(back)
        tags = []
        state = finalstate
        for i in range(len(backpointer) - 1, 0, -1):
            state = backpointer[i][state]
            tags.append(state[1])
        return tags[::-1]

    def _candidates(self, word: str, casesensitive: bool) -> Candidates:
        """The tags ``word`` may have in a sentence with their log-probabilities (HanTa's
        ``_tag_word(..., cutoff=5, conditional=True)``), in transition-table order; every
        tag with 0 when HanTa knows nothing of the word."""
        assert self._order is not None
        found = self.tagger._tag_word(
            word, cutoff=CUTOFF, casesensitive=casesensitive, conditional=True
        )
        wprobs = dict(found)
        if not wprobs or (len(wprobs) == 1 and UNKNOWN in wprobs):
            return tuple((c, 0) for c in self._order if c != END)
        if self._name is not None and self._name not in wprobs and word[:1].isupper():
            best = max(wprobs.values())
            if best < GUESSED:
                wprobs[self._name] = best
            else:
                penalty = KNOWN_NAME_PENALTY if casesensitive else INITIAL_NAME_PENALTY
                wprobs[self._name] = best - penalty
        return tuple((c, wprobs[c]) for c in self._order if c in wprobs and c != END)

    def _tag_order_is_uniform(self) -> bool:
        if self._uniform is None:
            orders = {tuple(followers) for followers in self.tagger.LP_trans_word.values()}
            self._uniform = len(orders) == 1
            self._order = next(iter(orders)) if self._uniform else None
        return self._uniform
