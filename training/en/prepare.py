"""Prepare the English training data: UD English EWT with Universal NER labels, fixed splits.

UD English EWT dev and test (POS, morphology, lemmas, dependencies) and Universal NER
English (PER, ORG, LOC on the same sentences) are merged sentence by sentence (by
``sent_id``; NER labels go into the MISC column as ``NE=B-PER``), then split by
document, so no document is in two parts:

- heldout: every second document of EWT test (documents 1, 3, 5, ... in file order),
  never seen in training or model selection; all scores in MODELS.md (English) are on it.
- tune: every tenth document of the training pool (spaCy's dev set: picks the best epoch).
- train: the rest of the pool (all of EWT dev plus the even documents of EWT test).

Writes ``<out>/{train,tune,heldout}.conllu`` and a report of the alignment; ``spacy
convert`` turns them into ``.spacy`` files (see training/en/Makefile).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

HELDOUT_EVERY = 2  # every second EWT test document is held out
TUNE_EVERY = 10  # every tenth training-pool document tunes (spaCy dev)


@dataclass
class Sentence:
    """One CoNLL-U sentence: comment lines and token lines (including multiword ranges)."""

    sent_id: str
    doc_id: str
    comments: list[str] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)

    def words(self) -> list[str]:
        """The syntactic words (no multiword ranges, no empty nodes)."""
        return [r[1] for r in self.rows if r[0].isdigit()]


def read_conllu(path: Path) -> list[Sentence]:
    """Sentences of a CoNLL-U file, each with the id of the document it belongs to."""
    sentences: list[Sentence] = []
    doc_id = ""
    current: Sentence | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current is not None:
                sentences.append(current)
            current = None
            continue
        if current is None:
            current = Sentence(sent_id="", doc_id=doc_id)
        if line.startswith("#"):
            if line.startswith("# newdoc id ="):
                doc_id = line.split("=", 1)[1].strip()
                current.doc_id = doc_id
            elif line.startswith("# sent_id ="):
                current.sent_id = line.split("=", 1)[1].strip()
            current.comments.append(line)
        else:
            current.rows.append(line.split("\t"))
    if current is not None:
        sentences.append(current)
    return sentences


def read_iob2(path: Path) -> dict[str, list[tuple[str, str]]]:
    """Universal NER sentences by sent_id: (word, IOB2 tag) pairs."""
    result: dict[str, list[tuple[str, str]]] = {}
    sent_id = ""
    tokens: list[tuple[str, str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("# sent_id ="):
            sent_id = line.split("=", 1)[1].strip()
        elif line.startswith("#"):
            continue
        elif not line.strip():
            if sent_id and tokens:
                result[sent_id] = tokens
            sent_id, tokens = "", []
        else:
            parts = line.split("\t")
            tokens.append((parts[1], parts[2]))
    return result


def _spans(tags: list[str]) -> Iterator[tuple[int, int, str]]:
    """(start, end, label) word spans of an IOB2 sequence (an I- without B- starts one)."""
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        inside = tag.startswith("I-") and label == tag[2:]
        if start >= 0 and not inside:
            yield start, i, label
            start, label = -1, ""
        if tag[:2] in {"B-", "I-"} and start < 0:
            start, label = i, tag[2:]


def align_tags(words: list[str], ner: list[tuple[str, str]]) -> tuple[list[str], int]:
    """IOB2 tags for ``words`` from NER tokens of the same sentence, and the entities lost.

    Identical tokenizations copy the tags; otherwise entities are carried over by character
    offsets (whitespace ignored) when their boundaries fall on word boundaries.
    """
    if [w for w, _ in ner] == words:
        return [t for _, t in ner], 0
    starts, ends = {}, {}
    offset = 0
    for i, word in enumerate(words):
        starts[offset] = i
        offset += len(word)
        ends[offset] = i + 1
    ner_offsets = []
    offset = 0
    for word, _ in ner:
        ner_offsets.append(offset)
        offset += len(word)
    ner_offsets.append(offset)
    tags = ["O"] * len(words)
    lost = 0
    for s, e, label in _spans([t for _, t in ner]):
        a, b = starts.get(ner_offsets[s]), ends.get(ner_offsets[e])
        if a is None or b is None:
            lost += 1
            continue
        tags[a] = f"B-{label}"
        for j in range(a + 1, b):
            tags[j] = f"I-{label}"
    return tags, lost


def with_ner(sentence: Sentence, tags: list[str]) -> list[str]:
    """The sentence as CoNLL-U lines, each word's MISC column extended by ``NE=<tag>``."""
    lines = list(sentence.comments)
    words = iter(tags)
    for row in sentence.rows:
        row = list(row)
        if row[0].isdigit():
            tag = next(words)
            if tag != "O":
                misc = [] if row[9] == "_" else row[9].split("|")
                row[9] = "|".join([f"NE={tag}", *misc])
        lines.append("\t".join(row))
    return lines


def split(data: Path) -> dict[str, list[Sentence]]:
    """The fixed train/tune/heldout split, by document (see module docstring)."""
    dev = read_conllu(data / "ud-english" / "en_ewt-ud-dev.conllu")
    test = read_conllu(data / "ud-english" / "en_ewt-ud-test.conllu")
    test_docs = list(dict.fromkeys(s.doc_id for s in test))
    heldout_docs = {d for i, d in enumerate(test_docs) if i % HELDOUT_EVERY == 1}
    pool = dev + [s for s in test if s.doc_id not in heldout_docs]
    pool_docs = list(dict.fromkeys(s.doc_id for s in pool))
    tune_docs = {d for i, d in enumerate(pool_docs) if i % TUNE_EVERY == TUNE_EVERY - 1}
    return {
        "train": [s for s in pool if s.doc_id not in tune_docs],
        "tune": [s for s in pool if s.doc_id in tune_docs],
        "heldout": [s for s in test if s.doc_id in heldout_docs],
    }


def main() -> None:
    """Write the merged, split CoNLL-U files and print what went into each."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, default=Path("training/corpus/en"))
    args = parser.parse_args()
    ner: dict[str, list[tuple[str, str]]] = {}
    for part in ("dev", "test"):
        ner.update(read_iob2(args.data / "uner-english" / f"en_ewt-ud-{part}.iob2"))
    args.out.mkdir(parents=True, exist_ok=True)
    report: dict[str, dict[str, int]] = {}
    for name, sentences in split(args.data).items():
        lines: list[str] = []
        stats = {"sentences": len(sentences), "words": 0, "entities": 0, "realigned": 0}
        stats |= {"lost_entities": 0, "no_ner": 0}
        for sentence in sentences:
            words = sentence.words()
            stats["words"] += len(words)
            if sentence.sent_id in ner:
                tags, lost = align_tags(words, ner[sentence.sent_id])
                stats["realigned"] += [w for w, _ in ner[sentence.sent_id]] != words
                stats["lost_entities"] += lost
            else:
                tags = ["O"] * len(words)
                stats["no_ner"] += 1
            stats["entities"] += sum(t.startswith("B-") for t in tags)
            lines.extend([*with_ner(sentence, tags), ""])
        (args.out / f"{name}.conllu").write_text("\n".join(lines) + "\n", encoding="utf-8")
        report[name] = stats
    (args.out / "split.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
