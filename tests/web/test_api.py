"""The JSON API and the pages, through FastAPI's TestClient on a store of real articles."""

from __future__ import annotations

import csv
import io
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from lagebild.errors import StoreError
from lagebild.web import create_app
from tests.conftest import needs_shared

PAGES = ("/", "/search?q=Soldaten", "/facts", "/sources", "/entities", "/ingest", "/docs")


def troop_fact(client: TestClient) -> dict[str, Any]:
    """The seed's fact: North Korean troops for Russia, with the seed article's claims."""
    facts = client.get("/api/facts", params={"event": "DEPLOY_TROOPS", "size": 200}).json()
    for summary in facts["results"]:
        detail = client.get(f"/api/facts/{summary['id']}").json()
        titles = {c["document"]["title"] or "" for c in detail["claims"]}
        if any("Nordkorea" in t for t in titles) and len(detail["figures"]) >= 3:
            return detail
    raise AssertionError("no DEPLOY_TROOPS fact with three figures")


def test_overview_counts_and_latest_facts(client: TestClient) -> None:
    data = client.get("/api/overview").json()
    assert data["counts"]["documents"] >= 9
    assert data["counts"]["claims"] > data["counts"]["documents"]
    assert data["facts"], "no facts on the overview"
    dates = [f["last_seen"] for f in data["facts"]]
    assert dates == sorted(dates, reverse=True)
    spread = [f["spread"] for f in data["facts"] if f["spread"]]
    assert all(low <= high for low, high in spread)
    assert data["rejects"][0]["source"] == "feeds/broken.xml:3"


@pytest.mark.parametrize("path", PAGES)
def test_pages_answer_with_csp_and_no_inline_script(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200, response.text[:300]
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", response.text, re.S)
    assert scripts and all('src="/static/' in attrs and not body.strip() for attrs, body in scripts)
    assert "cdn" not in response.text.lower() and "https://" not in re.sub(
        r"<code>.*?</code>", "", response.text
    )


def test_search_claims_finds_the_source_words(client: TestClient) -> None:
    data = client.get("/api/search", params={"q": "Budanow"}).json()
    assert data["results"], data
    for row in data["results"]:
        assert "budanow" in (row["message"] + (row["source_text"] or "")).lower()


def test_search_documents_marks_the_matches(client: TestClient) -> None:
    data = client.get("/api/search", params={"q": "Kursk", "kind": "documents"}).json()
    assert data["results"]
    assert all("\x02" in r["snippet"] for r in data["results"])
    page = client.get("/search", params={"q": "Kursk", "kind": "documents"}).text
    assert re.search(r"<mark>Kursk", page, re.I)


def test_search_filters_language_and_dates(client: TestClient) -> None:
    english = client.get("/api/search", params={"language": "en", "size": 200}).json()
    assert english["results"] and {r["language"] for r in english["results"]} == {"en"}
    since, until = "2024-10-25", "2024-11-05"
    ranged = client.get("/api/search", params={"since": since, "until": until, "size": 200})
    dates = {r["date"] for r in ranged.json()["results"]}
    assert dates and all(since <= d <= until for d in dates)


def test_search_pages_do_not_repeat_rows(client: TestClient) -> None:
    first = client.get("/api/search", params={"size": 5, "page": 1}).json()["results"]
    second = client.get("/api/search", params={"size": 5, "page": 2}).json()["results"]
    assert len(first) == len(second) == 5
    assert not {r["id"] for r in first} & {r["id"] for r in second}


@pytest.mark.parametrize(
    "query", ['"unbalanced', "AND OR (", "Soldaten NOT", "*", "a:b:c", "'); DROP TABLE claims; --"]
)
def test_broken_query_syntax_is_a_message_never_a_500(client: TestClient, query: str) -> None:
    for kind in ("claims", "documents"):
        api = client.get("/api/search", params={"q": query, "kind": kind})
        assert api.status_code == 200, api.text
        assert api.json()["messages"], f"no message for {query!r}"
        page = client.get("/search", params={"q": query, "kind": kind})
        assert page.status_code == 200 and 'class="message"' in page.text
    assert client.get("/api/overview").json()["counts"]["claims"] > 0  # nothing dropped


def test_broken_query_is_searched_as_a_phrase(client: TestClient) -> None:
    data = client.get("/api/search", params={"q": 'Budanow"'}).json()
    assert data["query"] == '"Budanow"""'
    assert "as a phrase" in data["messages"][0]


def test_bad_date_filter_is_a_message(client: TestClient) -> None:
    data = client.get("/api/search", params={"since": "gestern"}).json()
    assert "gestern" in data["messages"][0]
    assert data["results"]


@needs_shared()
def test_document_page_highlights_roles_figures_and_dates(client: TestClient) -> None:
    doc_id = _seed_document(client)
    data = client.get(f"/api/documents/{doc_id}").json()
    text = data["document"]["text"]
    for claim in data["claims"]:
        if claim["source_start"] is not None:
            assert text[claim["source_start"] : claim["source_end"]] == claim["source_text"]
    page = client.get(f"/documents/{doc_id}").text
    assert re.search(r'<span class="role-source"[^>]*data-claim="c\d+"[^>]*>[^<]*Budanow', page)
    assert re.search(r'<span class="role-cue"', page) and re.search(r'class="role-message', page)
    figure = re.search(r'class="[^"]*\bfig\b[^"]*"[^>]*title="([^"]*)">([^<]*)<', page)
    assert figure and re.search(r"\d", figure.group(1))
    assert re.search(r'class="[^"]*\bdate\b[^"]*"[^>]*title="\d{4}', page)
    assert 'href="/entities/' in page and 'href="/facts/' in page
    for claim in data["claims"]:
        assert f'id="claim-{claim["claim_key"]}"' in page
        assert claim["form"] in page and claim["modality"] in page


def _seed_document(client: TestClient) -> str:
    docs = client.get("/api/search", params={"q": "Budanow", "kind": "documents"}).json()
    seed = [d for d in docs["results"] if d["date"] == "2024-10-18"]
    assert seed, docs
    return str(seed[0]["id"])


@needs_shared()
def test_troop_fact_has_three_sources_figures_and_a_chart(client: TestClient) -> None:
    fact = troop_fact(client)
    seed_rows = [r for r in fact["figures"] if r["date"] == "2024-10-18"]
    by_source = {r["source"]: r["figure"] for r in seed_rows}
    nis = "National Intelligence Service (South Korea)"
    assert {nis, "Kyrylo Budanov", "Institute for the Study of War"} <= set(by_source), by_source
    assert by_source[nis]["value"] == 12000 and not by_source[nis]["approximate"]
    budanov = by_source["Kyrylo Budanov"]
    assert budanov["value"] == 11000 and budanov["approximate"]
    isw = by_source["Institute for the Study of War"]
    assert isw["value"] is None and isw["low"] < 1000 <= isw["high"] + 1
    page = client.get(f"/facts/{fact['id']}").text
    assert '<svg class="figure-chart"' in page
    dated = [r for r in fact["figures"] if r["date"]]
    assert page.count("<circle cx=") + page.count('<path d="M') >= len(dated)
    assert "„Budanow" in page or "Budanow" in page  # the text's words beside the entity
    for claim in fact["claims"]:
        assert f"/documents/{claim['document']['id']}#claim-{claim['claim_key']}" in page


def test_entity_and_source_pages(client: TestClient) -> None:
    entities = client.get("/api/entities", params={"name": "Korea"}).json()["results"]
    north = next(e for e in entities if e["canonical"] == "North Korea")
    data = client.get(f"/api/entities/{north['id']}").json()
    assert data["entity"]["aliases"] and data["facts"] and data["claims"]
    dates = [c["date"] for c in data["claims"]]
    assert dates == sorted(dates)
    assert client.get(f"/entities/{north['id']}").status_code == 200
    sources = client.get("/api/sources", params={"size": 200}).json()["results"]
    top = sources[0]["source"]
    source = client.get(f"/api/sources/{top}").json()
    assert source["total"] == sources[0]["claims"]
    assert client.get(f"/sources/{top}").status_code == 200


def test_ingest_shows_duplicates_with_every_provenance_and_rejects(client: TestClient) -> None:
    data = client.get("/api/ingest").json()
    assert data["duplicates"] and len(data["duplicates"][0]["provenance"]) == 2
    assert "https://example.org/copy" in {p["url"] for p in data["duplicates"][0]["provenance"]}
    assert data["rejects"][0]["reason"].startswith("not a feed")
    page = client.get("/ingest").text
    assert "https://example.org/copy" in page and "not a feed: no &lt;rss&gt;" in page


@pytest.mark.parametrize(
    "path", ["/documents/nope", "/facts/nope", "/entities/999999", "/sources/nobody-at-all"]
)
def test_unknown_ids_are_404_pages_and_json(client: TestClient, path: str) -> None:
    page = client.get(path)
    assert page.status_code == 404 and "not in this store" in page.text
    assert "<html" in page.text
    api = client.get("/api" + path)
    assert api.status_code == 404 and "not in this store" in api.json()["detail"]


def test_csv_downloads_have_a_header_and_every_row(client: TestClient) -> None:
    for path in (
        "/api/search",
        "/api/facts",
        "/api/entities",
        "/api/sources",
        "/api/documents",
        "/api/rejects",
        "/api/duplicates",
    ):
        as_json = client.get(path, params={"size": 50}).json()
        response = client.get(path, params={"size": 50, "format": "csv"})
        assert response.headers["content-type"].startswith("text/csv")
        assert "attachment" in response.headers["content-disposition"]
        rows = list(csv.DictReader(io.StringIO(response.text)))
        assert len(rows) == as_json["count"], path


def test_limits(client: TestClient) -> None:
    assert client.get("/api/search", params={"size": 1000}).status_code == 422
    assert client.get("/search", params={"size": 1000}).status_code == 422
    assert client.get("/search?q=" + "x" * 5000).status_code == 414
    big = client.post("/api/search", content=b"x" * 100_000)
    assert big.status_code == 413


def test_openapi_lists_the_api(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()
    for path in (
        "/api/search",
        "/api/facts/{fact_id}",
        "/api/documents/{document_id}",
        "/api/entities/{entity_id}",
        "/api/sources/{name}",
        "/api/ingest",
    ):
        assert path in schema["paths"], path
    docs = client.get("/docs").text
    assert "/api/facts/{fact_id}" in docs and "swagger" not in docs.lower()


def test_the_store_is_never_written(web_db: Path) -> None:
    before = web_db.read_bytes()
    with TestClient(create_app(web_db)) as fresh:
        for path in PAGES:
            fresh.get(path)
    assert web_db.read_bytes() == before
    with sqlite3.connect(web_db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_missing_store_is_refused_by_name(tmp_path: Path) -> None:
    missing = tmp_path / "nothing.db"
    with pytest.raises(StoreError, match=r"nothing\.db"):
        create_app(missing)
    assert not missing.exists()
