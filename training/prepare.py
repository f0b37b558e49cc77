"""Training data for lagebild's spaCy pipelines, from the files in ../shared/data/.

Each sub-command writes one spaCy DocBin from sentence slices of gold files, so the
splits are fixed by the slices written in the Makefile (no randomness, no shuffling):

    python prepare.py ud  OUT.spacy FILE.conllu[:START:END] ... [--untagged FILE[:S:E] ...]
    python prepare.py ner OUT.spacy FILE.tsv[:START:END] ...      # outer named entities
    python prepare.py slice OUT FILE[:START:END]                   # a sentence slice, same format
    python prepare.py distill OUT.spacy DIR --lang de [--limit N]  # HanTa tags on raw text

``START:END`` are sentence numbers (0-based, end exclusive, either may be empty) as in
Python slices. ``--untagged`` files contribute everything but their language-specific tags
(German PUD's XPOS column holds English Penn tags, not STTS, so its tags must stay out of
an STTS tagger). CoNLL-U is read with spaCy's converter (multi-word tokens merged, see
lagebild.evaluate.conllu); NER files with lagebild.evaluate.ner (GermEval 2014 TSV or
CoNLL/IOB2; GermEval's deriv/part labels become O). Both languages use this script.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from lagebild.evaluate.conllu import docs_from_conllu
from lagebild.evaluate.ner import read_ner_file, sentence_doc

UD_SENTS_PER_DOC = 10  # several sentences per Doc so the parser learns sentence boundaries


def parse_slice(spec: str) -> tuple[Path, slice]:
    """``FILE[:START:END]`` -> (path, slice of sentence numbers)."""
    path, sep, rest = spec.partition(":")
    if not sep:
        return Path(path), slice(None)
    start, _, end = rest.partition(":")
    return Path(path), slice(int(start) if start else None, int(end) if end else None)


def sentence_blocks(text: str) -> list[str]:
    """The blank-line separated sentence blocks of a CoNLL-U / GermEval / IOB2 file."""
    return [b.strip("\n") for b in text.replace("\r\n", "\n").split("\n\n") if b.strip()]


def ud_docs(specs: list[str], lang: str, untagged: list[str]) -> list[Doc]:
    nlp = spacy.blank(lang)
    docs: list[Doc] = []
    for spec in [*specs, *untagged]:
        path, part = parse_slice(spec)
        blocks = sentence_blocks(path.read_text(encoding="utf8"))[part]
        new = docs_from_conllu("\n\n".join(blocks) + "\n", nlp.vocab, UD_SENTS_PER_DOC)
        if spec in untagged:
            for doc in new:
                for token in doc:
                    token.tag_ = ""  # missing, not a label
        docs.extend(new)
    return docs


def ner_docs(specs: list[str], lang: str) -> list[Doc]:
    nlp = spacy.blank(lang)
    docs: list[Doc] = []
    for spec in specs:
        path, part = parse_slice(spec)
        docs.extend(sentence_doc(nlp, s, with_gold=True) for s in read_ner_file(path)[part])
    return docs


def distill_docs(directory: Path, lang: str, limit: int | None) -> list[Doc]:
    """SpkAtt-style JSON articles tagged by HanTa: STTS tags and lemmas, nothing else."""
    from lagebild.nlp.hanta import HantaTagger

    nlp = spacy.blank(lang)
    tagger = HantaTagger(lang)
    docs: list[Doc] = []
    for path in sorted(directory.glob("*.json"))[:limit]:
        article = json.loads(path.read_text(encoding="utf8"))
        for sentence in article["Sentences"]:
            words = [w for w in sentence["Tokens"] if w.strip()]
            if not words:
                continue
            doc = tagger(Doc(nlp.vocab, words=words))
            # keep tags and lemmas only: UPOS/morphology/heads stay missing for training
            tagged = Doc(
                nlp.vocab,
                words=words,
                tags=[t.tag_ for t in doc],
                lemmas=[t.lemma_ for t in doc],
            )
            docs.append(tagged)
    return docs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("kind", choices=["ud", "ner", "slice", "distill"])
    parser.add_argument("out", type=Path)
    parser.add_argument("inputs", nargs="+")
    parser.add_argument("--lang", default="de")
    parser.add_argument("--untagged", nargs="*", default=[], help="ud: drop these files' tags")
    parser.add_argument("--limit", type=int, default=None, help="distill: at most N articles")
    args = parser.parse_args(argv)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    if args.kind == "slice":
        path, part = parse_slice(args.inputs[0])
        blocks = sentence_blocks(path.read_text(encoding="utf8"))[part]
        args.out.write_text("\n\n".join(blocks) + "\n\n", encoding="utf8")
        print(f"{args.out}: {len(blocks)} sentences", file=sys.stderr)
        return 0
    if args.kind == "ud":
        docs = ud_docs(args.inputs, args.lang, args.untagged)
    elif args.kind == "ner":
        docs = ner_docs(args.inputs, args.lang)
    else:
        docs = distill_docs(Path(args.inputs[0]), args.lang, args.limit)
    DocBin(docs=docs, store_user_data=False).to_disk(args.out)
    n_tokens = sum(len(d) for d in docs)
    print(f"{args.out}: {len(docs)} docs, {n_tokens} tokens", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
