"""An article from the open web with markup, event handlers and ``javascript:`` URLs in its
title, text, source, entity and provenance: every page shows it as text."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from tests.web.conftest import HOSTILE_ENTITY, HOSTILE_OUTLET, HOSTILE_SOURCE


class LiveMarkup(HTMLParser):
    """Collects what a browser would run or load: event handlers, javascript: URLs,
    scripts other than the app's own, embedded frames and images."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=...>")
            if name in ("href", "src", "action") and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.found.append(f"<{tag} {name}={value}>")
        if tag == "script" and dict(attrs).get("src") != "/static/app.js":
            self.found.append("<script> not the app's")
        if tag in ("iframe", "img", "object", "embed"):
            self.found.append(f"<{tag}>")


def live_markup(html: str) -> list[str]:
    parser = LiveMarkup()
    parser.feed(html)
    return parser.found


def hostile_pages(client: TestClient) -> list[str]:
    docs = client.get("/api/documents").json()["results"]
    doc_id = docs[0]["id"]
    entity = client.get("/api/entities", params={"name": "onerror"}).json()["results"][0]
    facts = client.get("/api/facts").json()["results"]
    return [
        "/",
        f"/documents/{doc_id}",
        f"/entities/{entity['id']}",
        f"/sources/{HOSTILE_SOURCE}",
        "/sources",
        "/entities",
        "/ingest",
        "/search?q=script",
        "/search?q=Hafen&kind=documents",
        *[f"/facts/{f['id']}" for f in facts],
    ]


def test_hostile_names_are_stored_as_they_came(hostile_client: TestClient) -> None:
    data = hostile_client.get("/api/ingest").json()
    assert data["duplicates"][0]["provenance"][0]["outlet"] == HOSTILE_OUTLET
    names = [e["canonical"] for e in hostile_client.get("/api/entities").json()["results"]]
    assert HOSTILE_ENTITY in names


def test_every_page_escapes_what_came_from_the_web(hostile_client: TestClient) -> None:
    for path in hostile_pages(hostile_client):
        page = hostile_client.get(path)
        assert page.status_code == 200, path
        assert live_markup(page.text) == [], path
        body = page.text
        assert "&lt;script&gt;" in body or "&lt;img" in body or "javascript:" in body, path


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_downloads_defuse_spreadsheet_formulas(hostile_client: TestClient, fmt: str) -> None:
    response = hostile_client.get("/api/search", params={"q": "Hafen", "format": fmt})
    assert response.status_code == 200
    if fmt == "csv":
        assert not re.search(r"(^|,)[=+@]", response.text, re.M)
