"""The PostgreSQL store against a real server: the same rows, facts and answers as SQLite."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.batch import IngestOptions, ingest_paths
from lagebild.corroborate import list_facts, source_claims
from lagebild.pipeline import Analyzer, analyze
from lagebild.store import ClaimFilter, Store
from lagebild.store.base import migrations
from lagebild.store.rows import COLUMNS
from tests.conftest import GOLD_DIR
from tests.store.pg import fresh_pg, needs_pg
from tests.store.test_sqlite import TEXT

pytestmark = needs_pg

ARTICLES = [
    *sorted((GOLD_DIR / "facts").glob("nordkorea-*.txt")),
    GOLD_DIR / "fed-rates-en-2025-01-30.txt",
]


def _tables(store: Store) -> dict[str, list[dict[str, object]]]:
    out = {t: list(store.table_rows(t)) for t in COLUMNS}
    for row in out["documents"]:
        row.pop("ingested_at")
    return out


@pytest.fixture
def pg() -> str:
    return fresh_pg()


def test_same_rows_and_facts_as_sqlite(pg: str, analyzer: Analyzer) -> None:
    options = IngestOptions(workers=1)
    with Store(":memory:") as lite, Store(pg) as post:
        for store in (lite, post):
            summary = ingest_paths(ARTICLES, store, options, analyzer=analyzer)
            assert summary.ingested == len(ARTICLES)
        facts = list_facts(post)
        assert facts and facts == list_facts(lite)
        assert source_claims(post) == source_claims(lite)
        assert source_claims(post, "Budanow") == source_claims(lite, "Budanow")
        assert _tables(post) == _tables(lite)
        assert post.counts() == lite.counts()


def test_filters_full_text_and_hostile_input(pg: str, analyzer: Analyzer) -> None:
    analysis = analyze(TEXT, analyzer=analyzer)
    with Store(pg) as store:
        assert store.add_analysis(analysis) is True
        assert store.add_analysis(analysis) is False
        assert store.counts()["documents"] == 1
        # LIKE filters stay case-insensitive as on SQLite
        assert [r["cue_text"] for r in store.claims(ClaimFilter(source="feuerwehr"))] == [
            "Nach Angaben"
        ]
        assert store.claims(ClaimFilter(since="2025-04-01")) == []
        # tsvector with the German configuration: "Kontrollen" finds "Kontrolle"
        hits = store.claims(ClaimFilter(query="Kontrollen"))
        assert len(hits) == 1 and "Kontrolle" in hits[0]["message"]
        assert store.claims(ClaimFilter(query="Feuerwehr OR Bürgermeister"))
        assert store.claims(ClaimFilter(source="'; DROP TABLE claims; --")) == []
        assert store.claims(ClaimFilter(query="'; DROP TABLE claims; --")) == []
        assert store.counts()["claims"] == len(analysis.claims)


def test_migrations_are_versioned_and_run_once(pg: str) -> None:
    newest = migrations("postgresql")[-1][0]
    assert newest == migrations("sqlite")[-1][0]
    with Store(pg) as store:
        assert store.migrate() == newest
    with Store(pg) as again:
        assert again.migrate() == newest
        with again.session(write=False) as s:
            assert s.value("SELECT value FROM meta WHERE key = 'schema_version'") == str(newest)


def test_bad_url_names_the_server_without_password() -> None:
    from lagebild.errors import StoreError

    with pytest.raises(StoreError, match=r"postgresql://nobody@127\.0\.0\.1:1/x") as err:
        Store("postgresql://nobody:geheim@127.0.0.1:1/x")
    assert "geheim" not in str(err.value)


def test_export_and_load_between_backends(pg: str, analyzer: Analyzer, tmp_path: Path) -> None:
    from lagebild.export import export_store, load_parquet

    with Store(":memory:") as lite:
        ingest_paths(ARTICLES[:2], lite, IngestOptions(workers=1), analyzer=analyzer)
        export_store(lite, tmp_path / "pq", "parquet")
        with Store(pg) as post:
            assert load_parquet(tmp_path / "pq", post).stored == 2
            assert _tables(post) | {"facts": [], "fact_claims": []} == _tables(lite) | {
                "facts": [], "fact_claims": []
            }  # fmt: skip
            assert list_facts(post) == list_facts(lite)


def test_claim_vectors_round_trip_and_join_facts(pg: str) -> None:
    from lagebild.corroborate import update_facts
    from tests.corroborate.test_vectors import analysis, facts_of, table_options

    options, embed = table_options()
    with Store(pg) as store:
        for name in ("bibliothek", "library", "strike"):
            store.add_analysis(analysis(name))
        update_facts(store, options)
        assert len(embed.embedded) == 5
        store.add_analysis(analysis("walkout"))
        update_facts(store, options)
        assert len(embed.embedded) == 6  # the stored vectors were read back, not recomputed
        assert facts_of(store) == {
            frozenset({"bibliothek:c1", "library:c1"}),
            frozenset({"strike:c1", "walkout:c1"}),
        }
