"""The encoder's SentencePiece unigram tokenizer, with the characters each piece came from.

XLM-R's tokenizer: each character through the vocabulary's normalization table, runs of
spaces as one, a space before the text, spaces as U+2581; then the most probable
segmentation into vocabulary pieces (Viterbi over the pieces' log-probabilities; a
character no piece covers becomes ``<unk>``). No piece of this vocabulary holds U+2581
after its first character, so the best segmentation of a text is the best segmentation of
each of its space-separated words, which are segmented once per process and remembered.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from lagebild.nlp.encoder_weights import Vocabulary

META = "\u2581"
UNKNOWN_PENALTY = 10.0  # an unknown character scores this much below the rarest piece


@dataclass(frozen=True, slots=True)
class Pieces:
    """A text as vocabulary pieces: ``ids[i]`` covers ``text[starts[i]:ends[i]]`` (its
    characters without the leading space marker; empty where the piece is a bare marker
    or its characters were dropped by the normalization)."""

    ids: list[int]
    starts: list[int]
    ends: list[int]

    def __len__(self) -> int:
        return len(self.ids)


class PieceTokenizer:
    """Text to piece ids of the encoder's vocabulary."""

    def __init__(self, vocabulary: Vocabulary, cache_size: int = 200_000) -> None:
        self.vocabulary = vocabulary
        self.index = {piece: i for i, piece in enumerate(vocabulary.pieces)}
        self.index.pop(vocabulary.pieces[vocabulary.unk], None)
        self.scores = [float(s) for s in vocabulary.scores]
        self.unknown_score = min(self.scores) - UNKNOWN_PENALTY
        self.longest = max(len(p) for p in vocabulary.pieces)
        self.normalization = vocabulary.normalization
        self._segment = lru_cache(maxsize=cache_size)(self._viterbi)

    def __call__(self, text: str) -> Pieces:
        """The pieces of ``text`` (no ``<s>``/``</s>``), with character offsets into it."""
        chars, origins = self._normalize(text)
        ids: list[int] = []
        starts: list[int] = []
        ends: list[int] = []
        word_start = 0
        for end in range(1, len(chars) + 1):
            if end < len(chars) and chars[end] != META:
                continue
            word = "".join(chars[word_start:end])
            for piece, a, b in self._segment(word):
                ids.append(piece)
                if a < b:
                    starts.append(origins[word_start + a])
                    ends.append(origins[word_start + b - 1] + 1)
                else:
                    at = origins[word_start + a] if word_start + a < len(origins) else len(text)
                    starts.append(at)
                    ends.append(at)
            word_start = end
        return Pieces(ids, starts, ends)

    def _normalize(self, text: str) -> tuple[list[str], list[int]]:
        """The normalized characters with U+2581 for spaces, and for each the index of the
        character of ``text`` it came from (the leading marker: 0)."""
        chars: list[str] = []
        origins: list[int] = []
        for i, ch in enumerate(text):
            out = self.normalization.get(ch, ch)
            for c in out:
                if c == " " and chars and chars[-1] == META:
                    continue
                chars.append(META if c == " " else c)
                origins.append(i)
        if not chars or chars[0] != META:
            chars.insert(0, META)
            origins.insert(0, 0)
        return chars, origins

    def _viterbi(self, word: str) -> tuple[tuple[int, int, int], ...]:
        """The best segmentation of one word as (piece id, first char, end char); the
        leading marker is excluded from the characters a piece covers."""
        n = len(word)
        best = [float("-inf")] * (n + 1)
        best[0] = 0.0
        back: list[tuple[int, int]] = [(-1, 0)] * (n + 1)
        for i in range(n):
            if best[i] == float("-inf"):
                continue
            for e in range(i + 1, min(n, i + self.longest) + 1):
                piece = self.index.get(word[i:e])
                if piece is not None:
                    score = best[i] + self.scores[piece]
                    if score > best[e]:
                        best[e] = score
                        back[e] = (piece, i)
            score = best[i] + self.unknown_score
            if score > best[i + 1]:
                best[i + 1] = score
                back[i + 1] = (self.vocabulary.unk, i)
        out = []
        e = n
        while e > 0:
            piece, i = back[e]
            first = i + 1 if i == 0 and word.startswith(META) else i
            out.append((piece, first, max(first, e)))
            e = i
        return tuple(reversed(out))
