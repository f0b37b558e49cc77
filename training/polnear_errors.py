"""Error classes of the English attribution rules on PolNeAR: what they miss, counted.

Runs the default English pipeline on each article, scores it like ``lagebild eval
polnear`` and sorts every gold attribution into one class (the first that fits):

- found: at least half of its content tokens predicted as content, its cue found;
- content found, cue missed / content found, source missed or cut (pronoun, common
  noun, name);
- content missed, then by its cue: no cue; a cue outside the cue lexicon (the commonest
  lemmas listed); a participle ("..., saying ..."); content that is a quotation; a bare
  clause right after the verb (no "that"); a common-noun or plural source; other.

    PYTHONPATH=src python training/polnear_errors.py ../shared/data/polnear/train \
        [--limit N | --sample N] [--examples 2]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from lagebild.evaluate.polnear import (
    GoldAttribution,
    GoldDocument,
    PolnearScores,
    RoleSpan,
    TokenIndex,
    annotation_files,
    format_lines,
    predicted_spans,
    read_attributions,
    score_document,
    select,
)
from lagebild.extract.attribution.lexicon_en import LEXICON
from lagebild.model import Document
from lagebild.pipeline import Analyzer, build_analysis

QUOTES = frozenset('"“”')
FOUND_SHARE = 0.5


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--sample", type=int, help="N articles spread over the sorted names")
    parser.add_argument("--examples", type=int, default=2)
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args(argv)
    analyzer = Analyzer()
    nlp = analyzer.nlp("en")
    table = ErrorTable(args.examples)
    total = PolnearScores()
    started = time.perf_counter()
    for text_path, ann_path in select(annotation_files(args.gold_dir), args.limit, args.sample):
        text = text_path.read_text(encoding="utf-8")
        attributions = read_attributions(ann_path, text)
        gold = GoldDocument(text_path.stem, text, [s for a in attributions for s in a.spans])
        try:
            doc = nlp(text)
            predicted = predicted_spans(build_analysis(Document(text=text, language="en"), doc))
        except Exception:  # counted like eval polnear: the article scores without predictions
            total.crashed.append(text_path.stem)
            doc, predicted = nlp.make_doc(text), []
        total.add(score_document(gold, predicted))
        table.add(text_path.stem, text, doc, attributions, predicted)
    seconds = time.perf_counter() - started
    table.show(args.top)
    print(f"{total.documents} documents in {seconds:.0f} s")
    for line in format_lines(total):
        print(line)
    return 0


class ErrorTable:
    """Gold attributions counted by class, with the tokens each role lost, the cue lemmas
    outside the lexicon, and up to ``examples`` examples per class."""

    def __init__(self, examples: int) -> None:
        self.examples = examples
        self.classes: Counter[str] = Counter()
        self.lost: dict[str, Counter[str]] = defaultdict(Counter)
        self.outside: Counter[str] = Counter()
        self.shown: dict[str, list[str]] = defaultdict(list)

    def add(
        self,
        name: str,
        text: str,
        doc: Doc,
        attributions: list[GoldAttribution],
        predicted: list[Any],
    ) -> None:
        """Count the gold ``attributions`` of one article against its ``predicted`` spans."""
        index = TokenIndex(text)
        pred = {
            role: set().union(*(index.covered(s) for s in predicted if s.role == role))
            for role in ("Source", "Cue", "Content")
        }
        for attribution in attributions:
            cls, lemma = classify(attribution, doc, index, pred)
            self.classes[cls] += 1
            if lemma:
                self.outside[lemma] += 1
            for role in ("Source", "Cue", "Content"):
                toks = set().union(*(index.covered(s) for s in attribution.role(role)))
                self.lost[cls][role] += len(toks - pred[role])
            if len(self.shown[cls]) < self.examples:
                self.shown[cls].append(f"{name}: {_show(attribution)}")

    def show(self, top: int) -> None:
        """The class table (markdown), the commonest outside lemmas and the examples."""
        roles = "source tokens lost | cue tokens lost | content tokens lost"
        print(f"| class | attributions | {roles} |")
        print("|---|---|---|---|---|")
        for cls, count in self.classes.most_common():
            row = self.lost[cls]
            print(f"| {cls} | {count} | {row['Source']} | {row['Cue']} | {row['Content']} |")
        print()
        print("cue lemmas outside the lexicon (content missed):")
        print(", ".join(f"{lemma} {n}" for lemma, n in self.outside.most_common(top)))
        print()
        for cls, lines in self.shown.items():
            print(f"{cls}:")
            for line in lines:
                print(f"  {line}")
        print()


def classify(
    attribution: GoldAttribution, doc: Doc, index: TokenIndex, pred: dict[str, set[int]]
) -> tuple[str, str | None]:
    """The class of one gold attribution, and the cue's lemma when it is outside the lexicon."""
    toks = {
        role: set().union(*(index.covered(s) for s in attribution.role(role)))
        for role in ("Source", "Cue", "Content")
    }
    content, cue, source = toks["Content"], toks["Cue"], toks["Source"]
    content_found = bool(content) and len(content & pred["Content"]) >= FOUND_SHARE * len(content)
    cue_tokens = _doc_tokens(doc, attribution.role("Cue"))
    source_tokens = _doc_tokens(doc, attribution.role("Source"))
    if content_found:
        if cue and not cue & pred["Cue"]:
            return "content found, cue missed", None
        if source and not source & pred["Source"]:
            return f"content found, source missed ({_source_kind(source_tokens)})", None
        if source and len(source & pred["Source"]) < len(source):
            return f"content found, source cut ({_source_kind(source_tokens)})", None
        return "found", None
    if not cue_tokens:
        return "content missed: no cue", None
    lemmas = [t.lemma_.lower() for t in cue_tokens if not t.is_punct]
    if not any(lemma in LEXICON.cue_verbs for lemma in lemmas):
        return "content missed: cue outside the lexicon", " ".join(lemmas[:3])
    head = next(t for t in cue_tokens if t.lemma_.lower() in LEXICON.cue_verbs)
    if head.text.lower().endswith("ing") and head.i > 0 and doc[head.i - 1].text == ",":
        return "content missed: participle cue (', saying ...')", None
    content_tokens = _doc_tokens(doc, attribution.role("Content"))
    if content_tokens and (
        content_tokens[0].text in QUOTES
        or (content_tokens[0].i > 0 and doc[content_tokens[0].i - 1].text in QUOTES)
    ):
        return "content missed: quotation", None
    if (
        content_tokens
        and 0 <= content_tokens[0].i - cue_tokens[-1].i <= 2
        and content_tokens[0].lower_ != "that"
        and doc[content_tokens[0].i - 1].lower_ != "that"
    ):
        return "content missed: bare clause after the cue", None
    if source_tokens and _source_kind(source_tokens) == "common noun":
        return "content missed: common-noun source", None
    return "content missed: other", None


def _doc_tokens(doc: Doc, spans: list[RoleSpan]) -> list[Token]:
    out: dict[int, Token] = {}
    for span in spans:
        for start, end in span.fragments:
            found = doc.char_span(start, end, alignment_mode="expand")
            if found is not None:
                out.update((t.i, t) for t in found)
    return [out[i] for i in sorted(out)]


def _source_kind(tokens: list[Token]) -> str:
    words = [t for t in tokens if not t.is_punct]
    if len(words) == 1 and words[0].lower_ in LEXICON.pronoun_sources | {"you", "i", "me", "us"}:
        return "pronoun"
    if any(t.pos_ == "PROPN" for t in words):
        return "name"
    return "common noun"


def _show(attribution: GoldAttribution) -> str:
    return " | ".join(f"{s.role}={s.text[:70]!r}" for s in attribution.spans)


if __name__ == "__main__":
    sys.exit(main())
