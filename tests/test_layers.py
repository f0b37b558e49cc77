"""The packages import one way: model <- nlp <- extract <- pipeline <- cli/web (ast check)."""

from __future__ import annotations

import ast
from pathlib import Path

import lagebild

SRC = Path(lagebild.__file__).parent

# Lower layers never import higher ones; the application layer may import itself.
LAYERS: dict[str, int] = {
    "errors": 0,
    "model": 0,
    "gc_pause": 0,  # loading without collections; used by nlp and resolve
    "nlp": 1,  # linguistics: tokens, sentences, tags, lemmas, parse
    "resolve": 1,  # the knowledge base and its tables
    "store": 1,
    "extract": 2,
    "ingest": 2,  # readers: text, HTML, feeds, WARC; they know no pipeline
    "corroborate": 2,
    "pipeline": 3,  # the stages and the extractor list
    "reanalyze": 4,  # the pipeline again over stored documents, then the facts
    "batch": 4,  # the pipeline over many inputs (readers, dedup, workers) into the store
    "near_duplicates": 4,  # the MinHash index of stored documents (batch ingests use it)
    "export": 3,  # the store's tables to files and back
    "spark": 4,  # the pipeline as a Spark job
    "bench": 4,  # benchmarks of the whole pipeline
    "brief": 4,  # briefings written from stored facts
    "cli": 4,
    "web": 4,
    "evaluate": 4,
    "spkatt": 4,
    "learned": 4,  # opt-in attribution tagger: stacks on the rules, reads task documents
    "__init__": 4,
    "__main__": 4,
}
APPLICATION = 4
# Readers, NLP, extractors and resolution know no store (DESIGN.md, Layers), though it is
# below them.
STORELESS = ("ingest", "nlp", "extract", "resolve")
# What still points the wrong way, each with the reason it stays for now.
KNOWN: set[tuple[str, str]] = set()


def _package(path: Path) -> str:
    rel = path.relative_to(SRC)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _imported(path: Path) -> set[str]:
    """The lagebild packages a module imports, at the top or inside functions."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
            if node.module == "lagebild":
                names = [f"lagebild.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        for name in names:
            parts = name.split(".")
            if parts[0] == "lagebild" and len(parts) > 1:
                found.add(parts[1])
    return found


def wrong_way() -> list[tuple[str, str]]:
    """(module, package) for every import of a higher (or unknown) layer."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        own = _package(path)
        rank = LAYERS[own]
        for target in _imported(path) - {own}:
            other = LAYERS.get(target)
            if other is None or other > rank or (other == rank and rank != APPLICATION):
                found.append((str(path.relative_to(SRC)), target))
    return found


def test_every_package_has_a_layer() -> None:
    packages = {_package(p) for p in SRC.rglob("*.py")}
    assert packages - set(LAYERS) == set()


def test_imports_point_one_way() -> None:
    assert sorted(set(wrong_way()) - KNOWN) == []


def test_readers_nlp_extractors_and_resolution_know_no_store() -> None:
    importing_store = [
        str(path.relative_to(SRC))
        for package in STORELESS
        for path in sorted((SRC / package).rglob("*.py"))
        if "store" in _imported(path)
    ]
    assert importing_store == []


def test_the_known_exceptions_are_still_there() -> None:
    # drop an entry from KNOWN when its import is gone
    assert sorted(KNOWN - set(wrong_way())) == []
