"""What every time rule works with: the text, its reference date and language, the
sentence and clause around a span and its tense (:class:`Context`), and what a rule
finds (:class:`Hit`)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date

from lagebild.extract import time_calendar as cal
from lagebild.extract import time_lexicon as lex
from lagebild.extract import time_patterns as pat

PAST, NEUTRAL, FUTURE, STRONG_FUTURE = -1, 0, 1, 2


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    from_: str | None
    to: str | None
    approximate: bool = False
    combined: bool = False  # already a range or modified by seit/ab/bis


class Context:
    """The text, its reference date and language, and tense cues around a span."""

    def __init__(self, text: str, ref: date | None, lang: str) -> None:
        self.text = text
        self.ref = ref
        self.lang = lang if lang in lex.FUTURE_CUES else "de"
        self._sentence_ends = [m.start() for m in pat.SENTENCE_END.finditer(text)]

    def hit(
        self, start: int, end: int, interval: cal.Interval | None, approximate: bool = False
    ) -> Hit:
        """A hit; an unresolvable ``interval`` (None) gives open ends."""
        from_, to = interval if interval is not None else (None, None)
        return Hit(start, end, from_, to, approximate)

    def sentence(self, start: int, end: int) -> tuple[int, int]:
        """Bounds of the sentence around ``start:end``."""
        lo = max((e + 1 for e in self._sentence_ends if e < start), default=0)
        hi = min((e for e in self._sentence_ends if e >= end), default=len(self.text))
        return lo, hi

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """Bounds of the comma-delimited clause around ``start:end`` within its sentence."""
        lo, hi = self.sentence(start, end)
        before = [m.end() for m in pat.CLAUSE_END.finditer(self.text, lo, start)]
        after = pat.CLAUSE_END.search(self.text, end, hi)
        return (before[-1] if before else lo), (after.start() if after else hi)

    def previous_words(self, start: int, count: int = 2) -> list[str]:
        """Up to ``count`` words right before ``start``, within the clause, lowercased."""
        lo, _ = self.clause(start, start)
        return [w.lower() for w in pat.WORD.findall(self.text[lo:start])][-count:]

    def lean(self, start: int, end: int) -> int:
        """Whether the expression points back (PAST) or ahead (FUTURE, STRONG_FUTURE)."""
        lo, hi = self.clause(start, end)
        own = self._tense(self.text[lo:start] + " " + self.text[end:hi])
        tense = own if own != NEUTRAL else self._tense(self._main_clauses(start, end))
        before = self.text[lo:start]
        words = [w.lower() for w in pat.WORD.findall(before)][-2:]
        words += [w.lower() for w in pat.WORD.findall(self.text[start:end])][:1]  # "by Thursday"
        for word in reversed(words):
            if word in lex.PAST_PREPOSITIONS:
                return PAST
            # "bis Samstag wurden": past; "warned that rain could fall by Thursday": ahead
            if word in lex.FUTURE_PREPOSITIONS and own != PAST:
                if word in ("bis", "until", "till") and _has_range_opener(before):
                    return NEUTRAL  # "von März bis Mai" is a range, not a bound ahead
                return STRONG_FUTURE
        return tense

    def _main_clauses(self, start: int, end: int) -> str:
        """The sentence around ``start:end`` without the expression and other relative clauses."""
        lo, hi = self.sentence(start, end)
        cuts = [lo, *(m.end() for m in pat.CLAUSE_END.finditer(self.text, lo, hi)), hi]
        kept = []
        for a, b in itertools.pairwise(cuts):
            if a <= start < b or not pat.RELATIVE_CLAUSE.match(self.text[a:b]):
                kept.append(self.text[a:b])
        return " ".join(kept).replace(self.text[start:end], " ")

    def _tense(self, window: str) -> int:
        future = {m.group(0).lower() for m in pat.FUTURE_CUES[self.lang].finditer(window)}
        reportative = self.lang == "de" and future and future <= set(lex.REPORTATIVE_MODALS_DE)
        if reportative and pat.PERFECT_INFINITIVE_DE.search(window):
            return PAST  # "soll ... angegriffen haben"
        if future and not all(pat.WEAK_FUTURE_CUES.fullmatch(f) for f in future):
            return STRONG_FUTURE
        if self._past(window):
            return PAST  # a past verb outweighs "werden", "would", "next"
        return FUTURE if future else NEUTRAL

    def _past(self, window: str) -> bool:
        if pat.PAST_CUES[self.lang].search(window):
            return True
        if self.lang == "en":
            past_tense = pat.ENGLISH_PAST_TENSE.finditer(window)
            return any(m.group(0) not in lex.EN_ED_NOT_PAST for m in past_tense)
        return False

    # --- resolution helpers ---------------------------------------------------------------

    def year_for(self, month: int, day: int | None, lean: int) -> int | None:
        """The year of a month (and day) named without one, per the module's rules."""
        if self.ref is None:
            return None
        ref = self.ref
        after = (month, day or 1) > (ref.month, ref.day if day else 1)
        if after and lean == PAST:
            return ref.year - 1
        before = (month, day or 31) < (ref.month, ref.day if day else 1)
        if before and lean == STRONG_FUTURE and month < ref.month:
            return ref.year + 1
        return ref.year

    def year_spec(self, spec: str | None) -> int | None:
        """The year named by a YEAR_SPEC ("2024", "vergangenen Jahres", "of next year")."""
        if not spec:
            return None
        digits = "".join(c for c in spec if c.isdigit())
        if len(digits) == 4:
            return int(digits)
        if self.ref is None:
            return None
        words = spec.lower().split()
        if "vorjahres" in words or any(pat.REL_PAST_RE.match(w) for w in words):
            return self.ref.year - 1
        if any(pat.REL_FUTURE_RE.match(w) for w in words):
            return self.ref.year + 1
        return self.ref.year


def _has_range_opener(before: str) -> bool:
    words = [w.lower() for w in pat.WORD.findall(before)][-6:]
    return any(w in lex.RANGE_OPENERS for w in words)
