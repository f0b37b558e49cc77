"""Words that recur across documents, kept in spaCy's vocabularies between memory zones.

Each batch is analysed in a memory zone (:class:`lagebild.pipeline.Analyzer`), so the
lexemes and tokenizer-cache entries of the words it adds are freed with it: memory stays
flat on a long stream of new names and figures. The price was that every document made
its common words anew: with one document per batch (an ``ingest`` worker's task) a
German news article created about 500 lexemes (spaCy's lexical attributes are Python
functions) and split its chunks at affixes again (11 % of a worker's time under cProfile,
a few per cent without; docs/performance.md, "Sixth round").

:class:`RecurringWords` keeps the whitespace-separated chunks seen in two documents:
before a batch's zone opens, they are tokenized outside it, which is what a pipeline
without zones does with every chunk (a lexeme per token, the chunk's tokenization in the
tokenizer's cache), and their tokens are added to the vocabularies of the components
that have their own (the on-demand parse models). Lexemes and tokenizations are pure
functions of the text, so the analyses are the same; only where they live changes. At
most ``limit`` chunks are kept for good (a few hundred bytes each), and the chunks seen
once are forgotten when there are more than ``window`` of them, so memory stays bounded.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language

# chunks kept for good per pipeline (31 MB of lexemes and cache entries for 50,000 made-up
# chunks in a blank pipeline); the 300 bench articles keep 14,575
KEEP_LIMIT = 50_000
# chunks seen once, remembered until there are this many (10 MB; 200,000 took 20 MB)
SEEN_WINDOW = 100_000


class RecurringWords:
    """The chunks a pipeline has seen in two documents, kept in its vocabularies."""

    def __init__(self, limit: int = KEEP_LIMIT, window: int = SEEN_WINDOW) -> None:
        self.limit = limit
        self.window = window
        self._seen: set[str] = set()
        self._kept: set[str] = set()

    @property
    def kept(self) -> int:
        """How many chunks are kept."""
        return len(self._kept)

    def keep(self, nlp: Language, texts: Iterable[str]) -> None:
        """Count the chunks of ``texts`` (once per text) and keep those seen in a second
        text, tokenized into ``nlp``'s vocabulary outside any memory zone."""
        if len(self._kept) >= self.limit or nlp.vocab.in_memory_zone:  # type: ignore[attr-defined]
            return
        seen, kept = self._seen, self._kept
        recurring: list[str] = []
        for text in texts:
            for chunk in set(text.split()):
                if chunk in kept:
                    continue
                if chunk in seen:
                    recurring.append(chunk)
                    kept.add(chunk)
                    seen.discard(chunk)
                else:
                    seen.add(chunk)
        if len(seen) > self.window:
            seen.clear()
        if not recurring:
            return
        room = self.limit - (len(kept) - len(recurring))
        if room < len(recurring):
            kept.difference_update(recurring[room:])
            recurring = recurring[:room]
        doc = nlp.tokenizer(" ".join(recurring))
        words = {token.text for token in doc}
        for _, component in nlp.pipeline:
            keep_words = getattr(component, "keep_words", None)
            if keep_words is not None:
                keep_words(words)
