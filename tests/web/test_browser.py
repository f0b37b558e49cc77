"""The web app in a real browser (Debian's chromium through Playwright): search, open a
fact, follow a sentence to its document, see the highlights; a hostile article stays inert.

Screenshots of the four main pages go to $LAGEBILD_SCREENSHOTS (``make screenshots`` sets
docs/screenshots), else to a temporary directory."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import needs_shared
from tests.web.browser import CHROMIUM_ARGS, find_chromium, live_server

CHROMIUM = find_chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium (apt-get install chromium; .ci/run does)"
)
sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is missing")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def base_url(web_db: Path) -> Iterator[str]:
    with live_server(web_db) as url:
        yield url


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1360, "height": 900})
    p = context.new_page()
    p.csp_errors = []
    p.on("console", lambda m: "Content Security Policy" in m.text and p.csp_errors.append(m.text))
    yield p
    context.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = os.environ.get("LAGEBILD_SCREENSHOTS")
    path = Path(target) if target else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    return path


def troop_fact_id(page: Any, base_url: str) -> str:
    facts = page.request.get(f"{base_url}/api/facts?event=DEPLOY_TROOPS&size=200").json()
    for summary in facts["results"]:
        detail = page.request.get(f"{base_url}/api/facts/{summary['id']}").json()
        if (
            any("Nordkorea" in (c["document"]["title"] or "") for c in detail["claims"])
            and len(detail["figures"]) >= 3
        ):
            return str(summary["id"])
    raise AssertionError("no troop fact")


def test_search_then_open_a_result_in_its_document(page: Any, base_url: str, shots: Path) -> None:
    page.goto(base_url + "/")
    assert page.locator(".counts li").count() >= 5
    page.screenshot(path=str(shots / "overview.png"), full_page=True)
    page.fill("header input[name=q]", "Soldaten")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url("**/search?q=Soldaten*")
    links = page.locator("a.claim-link")
    assert links.count() > 1
    rows = page.locator("table.claims tbody tr").all_inner_texts()
    assert rows and all("soldat" in row.lower() for row in rows)
    page.screenshot(path=str(shots / "search.png"), full_page=False)
    links.first.click()
    page.wait_for_url("**/documents/**#claim-*")
    key = page.url.rsplit("#claim-", 1)[1]
    active = page.locator(f'#text [data-claim="{key}"].active')
    assert active.count() > 0, "the claim followed is not shown in the text"
    assert page.locator(f"#claim-{key}.active").count() == 1
    assert page.csp_errors == []


@needs_shared()
def test_open_the_troop_fact_and_follow_a_sentence(page: Any, base_url: str, shots: Path) -> None:
    fact_id = troop_fact_id(page, base_url)
    page.goto(f"{base_url}/facts/{fact_id}")
    rows = page.locator("table.figures tbody tr")
    assert rows.count() >= 3
    table = page.locator("table.figures").inner_text()
    for source in (
        "National Intelligence Service (South Korea)",
        "Kyrylo Budanov",
        "Institute for the Study of War",
    ):
        assert source in table
    chart = page.locator("svg.figure-chart").first
    assert chart.is_visible() and chart.locator("circle").count() >= 2
    box = chart.bounding_box()
    assert box and box["width"] > 400 and box["height"] > 150
    page.set_viewport_size({"width": 1360, "height": 1500})
    page.screenshot(path=str(shots / "fact.png"), full_page=False)
    seed_sentence = page.locator("a.sentence-link", has_text="12.000").first
    seed_sentence.click()
    page.wait_for_url("**/documents/**#claim-*")
    key = page.url.rsplit("#claim-", 1)[1]
    highlighted = page.locator(f'#text [data-claim="{key}"]')
    assert "12.000" in " ".join(highlighted.all_inner_texts())
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(shots / "document.png"), full_page=False)
    assert page.csp_errors == []


@needs_shared()
def test_highlights_have_three_colours_and_hover_values(page: Any, base_url: str) -> None:
    fact_id = troop_fact_id(page, base_url)
    page.goto(f"{base_url}/facts/{fact_id}")
    page.locator("a.sentence-link", has_text="11.000 Infanteristen").first.click()
    page.wait_for_url("**/documents/**")
    colours = {
        role: page.locator(f"#text .role-{role}").first.evaluate(
            "el => getComputedStyle(el).backgroundColor"
        )
        for role in ("source", "cue", "message")
    }
    assert len(set(colours.values())) == 3 and "rgba(0, 0, 0, 0)" not in colours.values()
    figure = page.locator("#text .fig", has_text="11.000").first
    assert "≈11.000" in (figure.get_attribute("title") or "")  # the normalized value
    date = page.locator("#text .date").first
    assert (date.get_attribute("title") or "")[:4].isdigit()
    source = page.locator("#text .role-source", has_text="Budanow").first
    key = source.get_attribute("data-claim")
    source.hover()
    assert page.locator(f'.claim[data-claim="{key}"].active').count() == 1
    page.locator(f'.claim[data-claim="{key}"]').click()
    assert page.locator(f'#text [data-claim="{key}"].active').count() >= 2


def test_hostile_article_stays_inert(browser: Any, hostile_db: Path) -> None:
    context = browser.new_context()
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    with live_server(hostile_db) as url:
        doc_id = page.request.get(url + "/api/documents").json()["results"][0]["id"]
        entity = page.request.get(url + "/api/entities?name=onerror").json()["results"][0]["id"]
        source = page.request.get(url + "/api/sources").json()["results"]
        paths = ["/", f"/documents/{doc_id}", f"/entities/{entity}", "/ingest", "/sources",
                 "/entities", "/search?q=script", "/search?q=Hafen&kind=documents",
                 *[f"/sources/{s['source']}" for s in source]]  # fmt: skip
        for path in paths:
            page.goto(url + path)
            page.mouse.move(200, 300)
            for link in page.locator("#text b, #text a, td a").all()[:20]:
                link.hover()
            assert page.evaluate("typeof window.__pwned") == "undefined", path
            injected = page.evaluate(
                """() => [...document.querySelectorAll('*')].filter(el =>
                    [...el.attributes].some(a => a.name.startsWith('on') ||
                      /^\\s*javascript:/i.test(a.value)) ||
                    ['IFRAME', 'IMG', 'OBJECT', 'EMBED'].includes(el.tagName) ||
                    (el.tagName === 'SCRIPT' && el.getAttribute('src') !== '/static/app.js')
                  ).map(el => el.outerHTML.slice(0, 80))"""
            )
            assert injected == [], f"{path}: {injected}"
        assert "onerror" in page.content() or page.url.endswith("kind=documents")
    assert dialogs == []
    context.close()
