"""The shipped knowledge base and tables from the cache file: the same as built, rebuilt
when the tables change, built anyway where the cache cannot be used."""

from __future__ import annotations

import dataclasses
import pickle
import shutil
from pathlib import Path

import pytest

from lagebild.resolve import kb_cache
from lagebild.resolve.kb import KnowledgeBase
from lagebild.resolve.tables import DATA_DIR, Alias, Record, read_tables, shipped_tables


@pytest.fixture(autouse=True)
def _cache_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv(kb_cache.NO_CACHE_VAR, raising=False)
    monkeypatch.delenv("LAGEBILD_KB", raising=False)
    return tmp_path / "cache" / "lagebild"


def _state(kb: KnowledgeBase) -> tuple[object, ...]:
    entities = [(e.canonical, e.type, e.wikidata, list(e.aliases)) for e in kb.entities()]
    return entities, list(kb.keyed_aliases()), kb.conflicts(), sorted(kb._user)


def _refuse() -> KnowledgeBase:
    raise AssertionError("built although a current cache file is there")


def test_the_cached_knowledge_base_is_the_built_one(_cache_in: Path) -> None:
    built = KnowledgeBase.from_records(read_tables().records, read_tables().aliases)
    first = kb_cache.cached("kb", DATA_DIR, KnowledgeBase._shipped)  # builds and stores
    assert "kb" in {p.name.split("-")[0] for p in _cache_in.glob("*.pickle")}
    second = kb_cache.cached("kb", DATA_DIR, _refuse)  # read back
    assert _state(first) == _state(second) == _state(built)
    for name in ("Selenskyj", "Nordkoreaner", "BND", "Pjöngjang"):
        assert second.lookup(name) == built.lookup(name), name
    assert second.fuzzy("Selenski") == built.fuzzy("Selenski")


def test_a_user_file_is_added_on_top_of_the_cached_one(tmp_path: Path) -> None:
    user = tmp_path / "mine.csv"
    user.write_text(
        "canonical,type,wikidata,aliases,acronyms,descriptions_de,descriptions_en,sources\n"
        "Quirlwerk Nord,ORG,,Quirlwerk,QWN,,,\n",
        encoding="utf-8",
    )
    KnowledgeBase.default()  # stores the shipped one
    kb = KnowledgeBase.default(user_file=user)
    found = kb.lookup("QWN")
    assert found is not None and found.canonical == "Quirlwerk Nord"
    assert KnowledgeBase.default().lookup("QWN") is None  # the stored one is untouched


def test_changed_tables_are_read_again(tmp_path: Path, _cache_in: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    before = kb_cache.cached("tables", data, lambda: read_tables(data))
    rows = (data / "entities.csv").read_text(encoding="utf-8")
    (data / "entities.csv").write_text(rows + "Quirlwerk Nord,ORG,,,,,,\n", encoding="utf-8")
    after = kb_cache.cached("tables", data, lambda: read_tables(data))
    assert len(after.records) == len(before.records) + 1
    assert after.records[-1].canonical == "Quirlwerk Nord"
    assert len(list(_cache_in.glob("tables-*.pickle"))) == 1  # the stale file is gone


def test_a_damaged_file_is_built_again_and_replaced(_cache_in: Path) -> None:
    kb_cache.cached("tables", DATA_DIR, read_tables)
    (stored,) = _cache_in.glob("tables-*.pickle")
    stored.write_bytes(b"not a pickle")
    assert kb_cache.cached("tables", DATA_DIR, read_tables) == read_tables()
    assert kb_cache.cached("tables", DATA_DIR, lambda: pytest.fail("built")) == read_tables()


def test_without_a_writable_cache_it_builds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # a file: no folder can be made
    assert kb_cache.cached("tables", DATA_DIR, read_tables) == read_tables()
    monkeypatch.setenv(kb_cache.NO_CACHE_VAR, "1")
    assert kb_cache.cached("tables", DATA_DIR, read_tables) == read_tables()
    assert shipped_tables() == read_tables()


def test_aliases_and_records_pickle_with_every_field() -> None:
    # they pickle as their constructor's arguments (faster to read back): a field added
    # to the class but not to its __reduce__ would be lost, and so would this equality
    alias = Alias(*(f"value {i}" for i in range(len(dataclasses.fields(Alias)))))
    record = Record(*(f"value {i}" for i in range(len(dataclasses.fields(Record)) - 1)), (alias,))
    assert pickle.loads(pickle.dumps(alias)) == alias
    assert pickle.loads(pickle.dumps(record)) == record
    tables = read_tables()
    assert pickle.loads(pickle.dumps(tables, protocol=pickle.HIGHEST_PROTOCOL)) == tables
