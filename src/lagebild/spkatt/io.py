"""Reading and writing SpkAtt-2023 task files (one JSON document per article).

A file holds ``DocumentName``, ``Sentences`` (``SentenceId``, ``Tokens``) and
``Annotations``, whose roles list tokens as ``"sentence:token"`` ids. Here ids are
``(sentence, token)`` pairs; writing a document read here gives the same JSON back.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

TokenId = tuple[int, int]
ROLES = ("Addr", "Cue", "Frame", "Message", "Source")
FORMS = ("Direct", "Indirect", "Reported", "FreeIndirect", "IndirectFreeIndirect")


@dataclass(slots=True)
class Sentence:
    """One sentence of the task's tokenization."""

    id: int
    tokens: list[str]


@dataclass(slots=True)
class Annotation:
    """One attribution: token ids per role, speech form and kind (speech/thought/writing)."""

    cue: list[TokenId] = field(default_factory=list)
    source: list[TokenId] = field(default_factory=list)
    message: list[TokenId] = field(default_factory=list)
    addr: list[TokenId] = field(default_factory=list)
    frame: list[TokenId] = field(default_factory=list)
    form: str = "Indirect"
    stwr: str = "Speech"
    is_nested: bool = False
    has_nested: bool = False

    def role(self, name: str) -> list[TokenId]:
        """The ids of a role by its task name (``Cue``, ``Source``, ``Message``, ...)."""
        return {
            "Addr": self.addr,
            "Cue": self.cue,
            "Frame": self.frame,
            "Message": self.message,
            "Source": self.source,
        }[name]


@dataclass(slots=True)
class SpkAttDocument:
    """An article of the task: its sentences and (gold or predicted) annotations."""

    name: str
    sentences: list[Sentence]
    annotations: list[Annotation] = field(default_factory=list)

    def token(self, tid: TokenId) -> str:
        """The text of a token by its id (sentence ids are positions in ``sentences``)."""
        return self.sentences[tid[0]].tokens[tid[1]]

    def text_of(self, ids: list[TokenId]) -> str:
        """The tokens of ``ids`` joined by spaces, in document order."""
        return " ".join(self.token(t) for t in sorted(ids))

    def top_level(self) -> list[Annotation]:
        """The annotations that count in the simplified task (``IsNested`` false)."""
        return [a for a in self.annotations if not a.is_nested]


def parse_id(value: str) -> TokenId:
    """``"3:18"`` -> ``(3, 18)``."""
    sentence, _, token = value.partition(":")
    return int(sentence), int(token)


def format_id(tid: TokenId) -> str:
    """``(3, 18)`` -> ``"3:18"``."""
    return f"{tid[0]}:{tid[1]}"


def annotation_from_json(data: dict[str, Any]) -> Annotation:
    """An annotation from its task JSON object."""
    return Annotation(
        cue=[parse_id(v) for v in data.get("Cue", [])],
        source=[parse_id(v) for v in data.get("Source", [])],
        message=[parse_id(v) for v in data.get("Message", [])],
        addr=[parse_id(v) for v in data.get("Addr", [])],
        frame=[parse_id(v) for v in data.get("Frame", [])],
        form=data.get("Form", "Indirect"),
        stwr=data.get("STWR", "Speech"),
        is_nested=bool(data.get("IsNested", False)),
        has_nested=bool(data.get("HasNested", False)),
    )


def annotation_to_json(ann: Annotation) -> dict[str, Any]:
    """The task JSON object of an annotation (keys in the task's order)."""
    return {
        "Addr": [format_id(t) for t in ann.addr],
        "Cue": [format_id(t) for t in ann.cue],
        "Form": ann.form,
        "Frame": [format_id(t) for t in ann.frame],
        "HasNested": ann.has_nested,
        "IsNested": ann.is_nested,
        "Message": [format_id(t) for t in ann.message],
        "STWR": ann.stwr,
        "Source": [format_id(t) for t in ann.source],
    }


def document_from_json(data: dict[str, Any]) -> SpkAttDocument:
    """A document from the task JSON; sentences are ordered by ``SentenceId``."""
    sentences = sorted(
        (Sentence(int(s["SentenceId"]), list(s["Tokens"])) for s in data["Sentences"]),
        key=lambda s: s.id,
    )
    if [s.id for s in sentences] != list(range(len(sentences))):
        raise ValueError(f"{data.get('DocumentName')}: sentence ids are not 0..n-1")
    return SpkAttDocument(
        name=str(data.get("DocumentName", "")),
        sentences=sentences,
        annotations=[annotation_from_json(a) for a in data.get("Annotations", [])],
    )


def document_to_json(doc: SpkAttDocument) -> dict[str, Any]:
    """The task JSON of a document."""
    return {
        "Annotations": [annotation_to_json(a) for a in doc.annotations],
        "DocumentName": doc.name,
        "Sentences": [{"SentenceId": s.id, "Tokens": s.tokens} for s in doc.sentences],
    }


def read_document(path: str | Path) -> SpkAttDocument:
    """Read one task file."""
    with Path(path).open(encoding="utf-8") as fh:
        return document_from_json(json.load(fh))


def write_document(doc: SpkAttDocument, path: str | Path) -> None:
    """Write one task file (UTF-8, indented like the task's files)."""
    Path(path).write_text(
        json.dumps(document_to_json(doc), ensure_ascii=False, indent=4) + "\n", encoding="utf-8"
    )


def document_paths(directory: str | Path) -> list[Path]:
    """The task files of a directory, sorted by name."""
    return sorted(Path(directory).glob("*.json"))


def read_dir(directory: str | Path) -> Iterator[tuple[Path, SpkAttDocument]]:
    """Every task file of a directory with its path, sorted by name."""
    for path in document_paths(directory):
        yield path, read_document(path)
