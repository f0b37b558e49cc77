"""Build ``data/hanta_lexicon_<lang>.npz``: HanTa's analyses of the most frequent words.

Run from the repository root (needs wordfreq, the `lexicon` extra; the pipeline does not)::

    PYTHONPATH=src python -m lagebild.nlp.build_hanta_lexicon de --words 200000 --jobs 2

Input: wordfreq's ``top_n_list`` for the language (frequencies from Wikipedia, subtitles,
news, books, web text and social media; lower-cased), in frequency order. For every word
HanTa would analyse from scratch, the file keeps ``analyze_forward``'s log-probabilities
of the tags that survive HanTa's cut-off of 5 in any of the three ways a sentence tagger
asks (first word, later lower-case word, later capitalized word); for every word, the
lemma of each way's best tag. Other tags and words fall back to HanTa at run time, so
results never change, only speed.

The work (about 10 minutes on 2 processes for 200,000 words) is split into chunks kept in
``--chunk-dir``; a rerun skips finished chunks, and ``--max-chunks`` bounds one run. The
output is deterministic: same inputs, same file.
"""

from __future__ import annotations

import argparse
import logging
import pickle
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from lagebild.nlp.hanta_lexicon import LEXICON_FORMAT, lexicon_path, model_fingerprint

log = logging.getLogger(__name__)

CHUNK = 5000
CUTOFF = 5  # what HanTa's sentence tagger passes to _tag_word


@dataclass(frozen=True, slots=True)
class WordAnalysis:
    """One word's entries: forward (tag, log-probability) pairs (empty when HanTa's own
    cache answers) and (asked tag, lemma, returned tag) triples."""

    word: str
    forward: tuple[tuple[int, float], ...]
    lemmas: tuple[tuple[int, str, int], ...]


@lru_cache(maxsize=2)
def _tagger(lang: str) -> Any:
    from HanTa import HanoverTagger

    from lagebild.nlp.hanta import HANTA_MODELS

    tagger = HanoverTagger.HanoverTagger(HANTA_MODELS[lang])
    tagger.analyze_forward = lru_cache(maxsize=64)(tagger.analyze_forward)  # asked 4 times a word
    return tagger


def analyse_word(tagger: Any, word: str) -> WordAnalysis:
    """HanTa's analyses of one lower-cased word, restricted as the module docstring says."""
    ways = (
        tagger._tag_word(word, cutoff=CUTOFF, casesensitive=False, conditional=True),
        tagger._tag_word(word, cutoff=CUTOFF, casesensitive=True, conditional=True),
        tagger._tag_word(word[:1].upper() + word[1:], CUTOFF, True, True),
    )
    kept = {tag for way in ways for tag, _ in way}
    forward: tuple[tuple[int, float], ...] = ()
    if word not in tagger.cache:
        forward = tuple(
            (int(tag), float(lp)) for tag, lp in tagger.analyze_forward(word) if tag in kept
        )
    best = sorted({way[0][0] for way in ways if way})
    lemmas = []
    for tag in best:
        lemma, tag_name = tagger._analyze(word, tag, taglevel=1)
        lemmas.append((int(tag), lemma, int(tagger.tag2int.get(tag_name, tag))))
    return WordAnalysis(word, forward, tuple(lemmas))


def _chunk(args: tuple[str, list[str], Path]) -> Path:
    lang, words, out = args
    tagger = _tagger(lang)
    analyses = [analyse_word(tagger, w) for w in words]
    tmp = out.with_suffix(".tmp")
    tmp.write_bytes(pickle.dumps(analyses))
    tmp.replace(out)
    return out


def candidate_words(lang: str, n: int) -> list[str]:
    """The ``n`` most frequent words that HanTa analyses as they are (lower case)."""
    from wordfreq import top_n_list

    tagger = _tagger(lang)
    return [w for w in top_n_list(lang, n) if w and w == tagger.normalize(w) == w.lower()]


def write_lexicon(lang: str, analyses: list[WordAnalysis], path: Path) -> None:
    """Write the sorted arrays :class:`lagebild.nlp.hanta_lexicon.HantaLexicon` reads."""
    import HanTa

    from lagebild.nlp.hanta import HANTA_MODELS

    model_file = Path(HanTa.__file__).with_name(HANTA_MODELS[lang])
    by_word = {a.word.encode("utf-8"): a for a in analyses}
    words, word_ends = bytearray(), []
    fwd_tags, fwd_lps, fwd_ends = [], [], []
    asked, tags, texts, text_ends, lemma_ends = [], [], bytearray(), [], []
    for key in sorted(by_word):
        a = by_word[key]
        words += key
        word_ends.append(len(words))
        for tag, lp in a.forward:
            fwd_tags.append(tag)
            fwd_lps.append(lp)
        fwd_ends.append(len(fwd_tags))
        for tag, lemma, returned in a.lemmas:
            asked.append(tag)
            tags.append(returned)
            texts += lemma.encode("utf-8")
            text_ends.append(len(texts))
        lemma_ends.append(len(asked))
    path.parent.mkdir(parents=True, exist_ok=True)
    # Stored, not deflated: inflating 14 MB cost 0.05 to 0.08 s of every cold start, and
    # wheels and git compress the file anyway (docs/performance.md, "Cold start").
    np.savez(
        path,
        format=np.int64(LEXICON_FORMAT),
        model_fingerprint=np.str_(model_fingerprint(model_file)),
        words=np.frombuffer(bytes(words), dtype=np.uint8),
        word_ends=np.array(word_ends, dtype=np.uint32),
        fwd_ends=np.array(fwd_ends, dtype=np.uint32),
        fwd_tags=np.array(fwd_tags, dtype=np.int16),
        fwd_lps=np.array(fwd_lps, dtype=np.float64),
        lemma_ends=np.array(lemma_ends, dtype=np.uint32),
        lemma_asked=np.array(asked, dtype=np.int16),
        lemma_tags=np.array(tags, dtype=np.int16),
        lemma_text=np.frombuffer(bytes(texts), dtype=np.uint8),
        lemma_text_ends=np.array(text_ends, dtype=np.uint32),
    )


def build(lang: str, n: int, chunk_dir: Path, jobs: int, max_chunks: int | None) -> bool:
    """Analyse the chunks still missing (at most ``max_chunks``); write the lexicon once
    all are there. True when the lexicon was written."""
    words = candidate_words(lang, n)
    chunk_dir.mkdir(parents=True, exist_ok=True)
    todo = []
    chunks = []
    for k in range(0, len(words), CHUNK):
        out = chunk_dir / f"{lang}-{k // CHUNK:04d}.pkl"  # a prefix of any longer list
        chunks.append(out)
        if not out.exists():
            todo.append((lang, words[k : k + CHUNK], out))
    if max_chunks is not None:
        todo = todo[:max_chunks]
    log.info("%d words, %d chunks, %d to analyse now", len(words), len(chunks), len(todo))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for done in pool.map(_chunk, todo):
            log.info("wrote %s", done.name)
    if not all(c.exists() for c in chunks):
        log.info("not all chunks done; run again to continue")
        return False
    wanted = set(words)
    analyses: list[WordAnalysis] = []
    for c in chunks:  # the last chunk may come from a longer list
        analyses.extend(a for a in pickle.loads(c.read_bytes()) if a.word in wanted)
    write_lexicon(lang, analyses, lexicon_path(lang))
    log.info("wrote %s (%d words)", lexicon_path(lang), len(analyses))
    return True


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("lang", choices=("de", "en"))
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--chunk-dir", type=Path, default=Path("build/hanta-lexicon"))
    parser.add_argument("--max-chunks", type=int, default=None)
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    build(args.lang, args.words, args.chunk_dir, args.jobs, args.max_chunks)


if __name__ == "__main__":
    main()
