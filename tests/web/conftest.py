"""Stores for the web tests, built once per session from real articles with the real
pipeline: ``web_db`` (the facts corpus and the seed), ``hostile_db`` (an article full of
markup, with hostile entity, source and provenance names)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from lagebild.corroborate import update_facts
from lagebild.model import Entity, Mention, Provenance
from lagebild.pipeline import Analyzer, analyze_file
from lagebild.store import open_store
from lagebild.web import create_app
from tests.conftest import GOLD_DIR, SEED_ARTICLE

FACTS_DIR = GOLD_DIR / "facts"
HOSTILE_ARTICLE = GOLD_DIR / "web" / "hostile-2025-01-15.txt"
HOSTILE_ENTITY = '<img src=x onerror="window.__pwned = 7; alert(7)">'
HOSTILE_SOURCE = "javascript:window.__pwned = 8; alert(8)"
HOSTILE_URL = "javascript:window.__pwned = 9; alert(9)"
HOSTILE_OUTLET = "<script>window.__pwned = 10; alert(10)</script>"


def articles() -> list[Path]:
    paths = sorted(FACTS_DIR.glob("*.txt"))
    if SEED_ARTICLE.exists():
        paths.insert(0, SEED_ARTICLE)
    return paths


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory, analyzer: Analyzer) -> Path:
    path = tmp_path_factory.mktemp("web") / "web.db"
    with open_store(path) as store:
        for article in articles():
            store.add_analysis(analyze_file(article, analyzer=analyzer))
        first = analyze_file(articles()[0], analyzer=analyzer).document
        first.provenance = [Provenance(url="https://example.org/copy", reader="html")]
        store.add_provenance(first)  # the same story seen a second time
        store.add_reject("feeds/broken.xml:3", "not a feed: no <rss> or <feed> element")
        update_facts(store)
    return path


@pytest.fixture(scope="session")
def hostile_db(tmp_path_factory: pytest.TempPathFactory, analyzer: Analyzer) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "hostile.db"
    analysis = analyze_file(HOSTILE_ARTICLE, analyzer=analyzer)
    text = analysis.document.text
    start = text.index("Nordwind")
    analysis.entities.append(Entity(HOSTILE_ENTITY, "ORG"))
    analysis.mentions.append(Mention("Nordwind", start, start + 8, "ORG", HOSTILE_ENTITY))
    analysis.claims[0].source_entity = HOSTILE_SOURCE
    analysis.document.provenance = [
        Provenance(url=HOSTILE_URL, outlet=HOSTILE_OUTLET, reader="html"),
        Provenance(url="https://example.org/b", outlet=HOSTILE_OUTLET, reader="html"),
    ]
    with open_store(path) as store:
        store.add_analysis(analysis)
        store.add_reject(HOSTILE_OUTLET, '<img src=x onerror="alert(11)">')
        update_facts(store)
    return path


@pytest.fixture(scope="session")
def client(web_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(web_db)) as c:
        yield c


@pytest.fixture(scope="session")
def hostile_client(hostile_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(hostile_db)) as c:
        yield c
