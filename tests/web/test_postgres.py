"""The web app's reads on the PostgreSQL store: the same answers as on SQLite, a read-only
store that refuses writes, the app itself served from a ``postgresql://`` URL."""

from __future__ import annotations

from pathlib import Path

import psycopg
import pytest
from fastapi.testclient import TestClient

from lagebild.batch import IngestOptions, ingest_paths
from lagebild.corroborate import claim_facts, list_facts
from lagebild.pipeline import Analyzer
from lagebild.store import ClaimFilter, Store, open_store
from lagebild.web import create_app
from tests.store.pg import fresh_pg, needs_pg
from tests.store.test_postgres import ARTICLES

pytestmark = needs_pg


def _ids(rows: list[dict[str, object]]) -> list[object]:
    return [r["id"] for r in rows]


def _named(rows: list[dict[str, object]], key: str = "id") -> list[dict[str, object]]:
    """Rows without their entity ids (PostgreSQL's identity skips numbers on conflicts)."""
    return [{k: v for k, v in r.items() if k != key} for r in rows]


def test_browse_reads_match_sqlite(tmp_path: Path, analyzer: Analyzer) -> None:
    pg = fresh_pg()
    with Store(tmp_path / "lite.db") as lite, Store(pg) as post:
        for store in (lite, post):
            ingest_paths(ARTICLES, store, IngestOptions(workers=1), analyzer=analyzer)
            store.add_reject("feeds/broken.xml:3", "not a feed")
            store.add_reject("feeds/broken.xml:4", "not a feed")
        assert list_facts(post, limit=2) == list_facts(lite, limit=2)
        assert list_facts(post, limit=2, offset=1)[0] == list_facts(lite)[1]
        assert post.facets() == lite.facets()
        assert _named(post.entities(limit=5)) == _named(lite.entities(limit=5))
        assert _named(post.entities("korea")) == _named(lite.entities("korea")) != []
        name = str(lite.entities(limit=1)[0]["canonical"])
        post_id, lite_id = post.entity_id(name), lite.entity_id(name)
        assert post_id is not None and lite_id is not None
        assert _named([post.entity(post_id) or {}]) == _named([lite.entity(lite_id) or {}])
        assert post.rejects(limit=1, offset=1) == [
            r | {"at": post.rejects()[1]["at"]} for r in lite.rejects(limit=1, offset=1)
        ]
        assert sorted(_ids(post.documents())) == sorted(_ids(lite.documents()))
        assert post.duplicates() == lite.duplicates() == []
        for doc in lite.documents():
            post_spans, lite_spans = post.document_spans(doc["id"]), lite.document_spans(doc["id"])
            for kind in ("quantities", "times"):
                assert post_spans[kind] == lite_spans[kind]
            assert _named(post_spans["mentions"], "entity_id") == _named(
                lite_spans["mentions"], "entity_id"
            )
            assert claim_facts(post, doc["id"]) == claim_facts(lite, doc["id"])
        english = ClaimFilter(language="en", until="2025-12-31", limit=3, offset=1)
        assert _ids(post.claims(english)) == _ids(lite.claims(english)) != []
        page = ClaimFilter(limit=4, offset=4)
        assert _ids(post.claims(page)) == _ids(lite.claims(page))
        hits = post.search_documents("Pjöngjang", ClaimFilter(source="Budanow"))
        assert hits and all("\x02" in h["snippet"] for h in hits)
        assert {h["id"] for h in hits} <= {
            h["id"] for h in lite.search_documents(None, ClaimFilter(source="Budanow"))
        }


def test_read_only_store_refuses_writes_and_serves(tmp_path: Path, analyzer: Analyzer) -> None:
    pg = fresh_pg()
    with Store(pg) as store:
        ingest_paths(ARTICLES[:2], store, IngestOptions(workers=1), analyzer=analyzer)
        list_facts(store)  # files the claims
    with open_store(pg, readonly=True) as ro:
        assert ro.readonly and ro.counts()["documents"] == 2
        with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
            ro.add_reject("x", "read-only")
    with TestClient(create_app(pg)) as client:
        overview = client.get("/api/overview").json()
        assert overview["counts"]["documents"] == 2
        docs = client.get("/api/search", params={"q": "Truppen", "kind": "documents"}).json()
        page = client.get("/search", params={"q": "Truppen", "kind": "documents"}).text
        assert docs["results"] and "<mark>" in page
        fact = client.get("/api/facts", params={"size": 1}).json()["results"][0]
        assert client.get(f"/facts/{fact['id']}").status_code == 200
