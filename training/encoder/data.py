"""The NER splits the encoder heads train, tune and are scored on (the same as the fast models).

German (GermEval 2014, as ``de_lagebild``): train = dev + test sentences 0-2799, tune =
test 2800-3099, held out = test 3100-5099. English (UD EWT + Universal NER, as
``en_lagebild``): ``training/en/prepare.py``'s split by document (held out: every second
EWT test document). Words keep their spacing where the data records it (EWT's
SpaceAfter=No); GermEval's tokens are rejoined by punctuation rules, so the encoder sees
text as an article writes it ("Berlin," not "Berlin ,").
"""

from __future__ import annotations

import importlib.util
import sys
from dataclasses import dataclass
from pathlib import Path

from lagebild.evaluate.ner import read_ner_file

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "“", "%", "'", "'s", "n't", "..."}
NO_SPACE_AFTER = {"(", "[", "{", "„", "/"}


@dataclass(frozen=True, slots=True)
class Sentence:
    """Words, whether a space follows each, and gold outer BIO tags."""

    words: list[str]
    spaces: list[bool]
    tags: list[str]


def rule_spaces(words: list[str]) -> list[bool]:
    """A space after each word, except before closing and after opening punctuation."""
    spaces = []
    for word, following in zip(words, [*words[1:], ""], strict=True):
        spaces.append(
            bool(following) and following not in NO_SPACE_BEFORE and word not in NO_SPACE_AFTER
        )
    return spaces


def german(data: Path) -> dict[str, list[Sentence]]:
    """GermEval 2014 in the fixed parts of training/Makefile."""
    dev = read_ner_file(data / "germeval2014" / "NER-de-dev.tsv")
    test = read_ner_file(data / "germeval2014" / "NER-de-test.tsv")
    parts = {"train": dev + test[:2800], "tune": test[2800:3100], "heldout": test[3100:]}
    return {
        name: [Sentence(s.words, rule_spaces(s.words), s.tags) for s in sentences]
        for name, sentences in parts.items()
    }


def english(data: Path) -> dict[str, list[Sentence]]:
    """UD EWT with Universal NER labels, split by training/en/prepare.py."""
    path = Path(__file__).resolve().parent.parent / "en" / "prepare.py"
    spec = importlib.util.spec_from_file_location("en_prepare", path)
    assert spec is not None and spec.loader is not None
    prepare = importlib.util.module_from_spec(spec)
    sys.modules["en_prepare"] = prepare  # its dataclasses look their module up
    spec.loader.exec_module(prepare)
    ner: dict[str, list[tuple[str, str]]] = {}
    for part in ("dev", "test"):
        ner.update(prepare.read_iob2(data / "uner-english" / f"en_ewt-ud-{part}.iob2"))
    out: dict[str, list[Sentence]] = {}
    for name, sentences in prepare.split(data).items():
        out[name] = []
        for sentence in sentences:
            rows = [r for r in sentence.rows if r[0].isdigit()]
            words = [r[1] for r in rows]
            spaces = ["SpaceAfter=No" not in r[9] for r in rows]
            tags = (
                prepare.align_tags(words, ner[sentence.sent_id])[0]
                if sentence.sent_id in ner
                else ["O"] * len(words)
            )
            out[name].append(Sentence(words, spaces, [t if t != "_" else "O" for t in tags]))
    return out


def write_iob(path: Path, sentences: list[Sentence]) -> None:
    """The sentences as a CoNLL file (``word tag``), readable by ``lagebild eval ner``."""
    lines = []
    for s in sentences:
        lines.extend(f"{w}\t{t}" for w, t in zip(s.words, s.tags, strict=True))
        lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
