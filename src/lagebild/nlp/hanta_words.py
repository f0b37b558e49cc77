"""HanTa's word analyses (``analyze_forward``, ``analyze_viterbi``) with the same results and
fewer calls.

For a word the shipped lexicon does not hold, HanTa runs a Viterbi over its morphemes: for
every state, every later position and every tag that may follow, it calls ``lp_m_t`` for
the log-probability of that stretch of the word as a morpheme of that tag, about 4,000
calls a word, most of them answering minus infinity (a closed-class tag and a stretch
that is none of its morphemes). Here the loops are HanTa's own, step by step, with that
call inlined: a known morpheme is looked up in the tag's table, an unknown one is asked of
HanTa only for the tags that can have unknown morphemes (its open classes), and the
rest are skipped as HanTa's ``lp1 > lowerbound`` test skips them. HanTa's estimate for
an unknown morpheme is a sum of a class's intercept, hapax and length terms (kept per
class and length) and a suffix term found by a cascade over the last four letters (done
once for all open classes, whose suffix tables list the same suffixes). The sums are the
same in the same order and the tables fill in the same order, so the analyses are identical
(tests/nlp/test_hanta_words.py compares them with HanTa's on words of every kind).
"""

from __future__ import annotations

import math
from collections.abc import Container
from operator import itemgetter
from typing import Any

from HanTa.HanoverTagger import logaddexp

EMPTY, START, UNKNOWN = 0, 1, 3
LOWER_BOUND = -1e6
TOP_STATES = 3  # states continued per position (HanTa's rowbound in a word)

State = tuple[int, int]
# a stretch of the word: its closed-class tags, its text, the suffix log-probabilities of
# the open classes (None when HanTa does not estimate), its length capped at 24 (for
# LP_len_t), whether it is the whole word, and lp_m_t of the open classes asked so far
# (None: minus infinity)
Segment = tuple[
    dict[int, float] | None,
    str,
    dict[int, float] | None,
    int,
    bool,
    dict[int, float | None],
]
# the tags that may follow a state: open classes as (place, tag, lp), closed ones by tag
Followup = tuple[list[tuple[int, int, float]], dict[int, tuple[int, float]]]


class WordAnalyses:
    """``analyze_forward`` and ``analyze_viterbi`` of one loaded HanTa tagger."""

    def __init__(self, tagger: Any) -> None:
        self.tagger = tagger
        # tags whose unknown morphemes HanTa estimates (lp_m_t's "not strict" branch)
        self._open = frozenset(t for t in tagger.LP_hapax_t if t in tagger.LP_s_t)
        # lp_m_t's estimate for an unknown morpheme of an open class starts from
        # Int_t + LP_hapax_t[t] (HanTa adds left to right, so this is its first sum)
        self._base = {t: tagger.Int_t + tagger.LP_hapax_t[t] for t in self._open}
        # ... plus LP_len_t[t][length] (its second sum), per open class and length
        self._base_len = {
            t: [self._base[t] + tagger.LP_len_t[t][min(n, 24)] for n in range(25)]
            for t in self._open
        }
        # the suffix log-probabilities of all open classes, per suffix, where the classes'
        # suffix tables list the same suffixes (true of the German and English models):
        # then HanTa's suffix cascade picks the same suffix for every class
        tables = [tagger.LP_s_t[t] for t in self._open]
        self._suffix_keys: frozenset[str] | None = None
        self._by_suffix: dict[str, dict[int, float]] = {}
        if tables and all(table.keys() == tables[0].keys() for table in tables):
            self._suffix_keys = frozenset(tables[0])
            self._by_suffix = {
                s: {t: tagger.LP_s_t[t][s] for t in self._open} for s in self._suffix_keys
            }
        self._closed: dict[str, dict[int, float]] | None = None
        self._followups: dict[tuple[State, int | None], Followup] = {}

    def _closed_morphemes(self) -> dict[str, dict[int, float]]:
        """Each known morpheme of the closed classes with its tags and log-probabilities
        (3,300 morphemes in the German model; built on first use, in milliseconds)."""
        if self._closed is None:
            closed: dict[str, dict[int, float]] = {}
            for tag, table in self.tagger.LP_m_t.items():
                if tag not in self._open:
                    for morpheme, lp in table.items():
                        closed.setdefault(morpheme, {})[tag] = lp
            self._closed = closed
        return self._closed

    def _followup(self, state: State, targetpos: int | None) -> Followup:
        """The tags that may follow ``state`` inside a word (those that can lead to
        ``targetpos`` when given), split into open classes (in table order) and closed
        ones (with their place in the table)."""
        key = (state, targetpos)
        found = self._followups.get(key)
        if found is None:
            followers = self.tagger.LP_trans_nonfinal.get(state, [])
            if targetpos is not None:
                reachable_t = self.tagger.reachability.get(targetpos, frozenset())
                followers = [(t, p) for (t, p) in followers if t in reachable_t]
            open_ = [(k, t, p) for k, (t, p) in enumerate(followers) if t in self._open]
            closed = {t: (k, p) for k, (t, p) in enumerate(followers) if t not in self._open}
            found = self._followups[key] = (open_, closed)
        return found

    def forward(self, word: str) -> list[tuple[int, float]]:
        """HanTa's ``analyze_forward(word)``: (tag, log-probability), best first."""
        tagger = self.tagger
        strict = tagger.strict
        wlen = len(word)
        table = _table(wlen)
        self._fill(word, table, None, None, strict)
        last = table[-1]
        for state in table[-2]:
            lp = table[-2][state]
            for tag1, lpt in tagger.LP_trans_final.get(state, []):
                lp1 = lp + lpt
                if lp1 > LOWER_BOUND:
                    newstate = (state[1], tag1)
                    if newstate not in last or lp1 > last[newstate]:
                        last[newstate] = lp1
        results: dict[int, Any] = {}
        for state in last:
            lp = last[state]
            if lp == -math.inf:
                continue
            pos = -state[1]
            if pos in results:
                results[pos] = logaddexp(results[pos], lp)
            else:
                results[pos] = lp
        result_list = list(results.items())
        result_list.sort(key=itemgetter(1), reverse=True)
        if not result_list:
            result_list = [(UNKNOWN, 0)]
        return result_list

    def viterbi(self, word: str, targetpos: int) -> list[tuple[int, int]]:
        """HanTa's ``analyze_viterbi(word, targetpos)``: the morphemes as (tag, end)."""
        tagger = self.tagger
        wlen = len(word)
        for localstrict in (True, False):
            table = _table(wlen)
            backpointer: list[dict[State, tuple[State, int]]] = [{} for _ in range(wlen + 2)]
            self._fill(word, table, backpointer, targetpos, localstrict)
            last = table[-1]
            for state in table[-2]:
                lp = table[-2][state]
                for tag1, lpt in tagger.LP_trans_final.get(state, []):
                    if tag1 == targetpos:
                        lp1 = lp + lpt
                        if lp1 > LOWER_BOUND:
                            newstate = (state[1], tag1)
                            if newstate not in last or lp1 > last[newstate]:
                                last[newstate] = lp1
                                backpointer[-1][newstate] = (state, wlen)
                        break
            if last:
                break
        pmax = -math.inf
        beststate = (EMPTY, EMPTY)
        for state in table[-1]:
            lp = table[-1][state]
            if lp > pmax:
                pmax = lp
                beststate = state
        i = len(backpointer) - 1
        if beststate == (EMPTY, EMPTY):
            states = [((UNKNOWN, -UNKNOWN), i), ((START, UNKNOWN), i - 1)]
        else:
            states = [(beststate, i)]
            state = beststate
            while i > 0:
                state, i = backpointer[i][state]
                states.append((state, i))
            states = states[:-1]
        return [(state[1], i) for (state, i) in states[::-1]]

    def _fill(
        self,
        word: str,
        table: list[dict[State, float]],
        backpointer: list[dict[State, tuple[State, int]]] | None,
        targetpos: int | None,
        strict: bool,
    ) -> None:
        """HanTa's loop over the positions of a word: from each surviving state at ``i``,
        each morpheme ``word[i:j]`` with each tag that may follow, into ``table[j]``
        (and ``backpointer[j]`` for the Viterbi). The tags for which HanTa's ``lp_m_t`` is
        minus infinity (never above the lower bound) are not visited; the others are
        visited in HanTa's order, and ``lp_m_t`` is asked once per morpheme and tag."""
        wlen = len(word)
        closed_morphemes = self._closed_morphemes()
        lp_m_t = self.tagger.LP_m_t
        base_len = self._base_len
        for i in range(wlen + 1):
            row = table[i]
            if len(row) > TOP_STATES:
                rowbound = sorted(row.values(), reverse=True)[TOP_STATES] - 1
            else:
                rowbound = LOWER_BOUND
            segments: list[Segment | None] = [None] * (wlen + 1)
            for state in row:
                lp = row[state]
                if lp < rowbound:
                    continue
                open_, closed = self._followup(state, targetpos)
                previous = state[1]
                for j in range(i + 1, wlen + 1):
                    seg = segments[j]
                    if seg is None:
                        segment = word[i:j]
                        # HanTa estimates an unknown morpheme only outside strict mode, for
                        # an open class, and for one of more than two letters in a word of
                        # four or more
                        guess = not strict and (wlen < 4 or j - i > 2)
                        seg = segments[j] = (
                            closed_morphemes.get(segment),
                            segment,
                            self._suffix_lps(segment) if guess else None,
                            min(j - i, 24),
                            j - i == wlen,
                            {},
                        )
                    tags, segment, suffixes, length, whole, open_lps = seg
                    steps: list[tuple[int, int, float, float]] = []
                    for k, tag1, lpt in open_:
                        if tag1 in open_lps:
                            lpm = open_lps[tag1]
                        else:
                            lpm = lp_m_t[tag1].get(segment)
                            if lpm is None and suffixes is not None:
                                # lp_m_t's estimate: its sums in its order
                                lpm = base_len[tag1][length] + suffixes[tag1]
                                if whole:  # HanTa penalizes the whole word as one morpheme
                                    lpm -= 4.6
                            open_lps[tag1] = lpm
                        if lpm is not None:
                            steps.append((k, tag1, lpt, lpm))
                    if tags:
                        for tag1, lpm in tags.items():
                            place = closed.get(tag1)
                            if place is not None:
                                steps.append((place[0], tag1, place[1], lpm))
                        steps.sort(key=itemgetter(0))
                    target = table[j]
                    for _, tag1, lpt, lpm in steps:
                        lp1 = lp + lpt + lpm
                        if lp1 > LOWER_BOUND:
                            newstate = (previous, tag1)
                            if newstate not in target or lp1 > target[newstate]:
                                target[newstate] = lp1
                                if backpointer is not None:
                                    backpointer[j][newstate] = (state, i)

    def _suffix_lps(self, m: str) -> dict[int, float]:
        """For each open class, the suffix log-probability ``lp_m_t`` adds for an unknown
        morpheme ``m``: that of its longest suffix of four letters or fewer (shorter than
        ``m``) in the class's suffix table, else of the empty suffix."""
        if self._suffix_keys is not None:
            return self._by_suffix[_suffix(self._suffix_keys, m)]
        return {t: self.tagger.LP_s_t[t][_suffix(self.tagger.LP_s_t[t], m)] for t in self._open}


def _suffix(suffixes: Container[str], m: str) -> str:
    """HanTa's suffix cascade in ``lp_m_t``: the suffix of ``m`` it looks up in a class's
    suffix table (which holds the empty suffix)."""
    mlen = len(m)
    if mlen > 4 and m[-4:] in suffixes:
        return m[-4:]
    if mlen > 3 and m[-3:] in suffixes:
        return m[-3:]
    if mlen > 2 and m[-2:] in suffixes:
        return m[-2:]
    if mlen > 1 and m[-1:] in suffixes:
        return m[-1:]
    return ""


def _table(wlen: int) -> list[dict[State, float]]:
    """HanTa's table for a word of ``wlen`` letters: the start state (at 0, an int as in
    HanTa) and an empty row per position and for the end."""
    start: dict[State, float] = {(EMPTY, START): 0}
    return [start] + [{} for _ in range(wlen + 1)]
