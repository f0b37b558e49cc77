"""Full-text search pages: a query matching many claims walks documents newest first and
stops after the page, one matching few sorts its matches; both give the same claims in the
same order as sorting every match. Document search: best first by rank, a page at a time,
each with its snippet and number of claims. On SQLite and, where a server is given,
PostgreSQL."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from lagebild.model import Analysis, Provenance
from lagebild.pipeline import Analyzer, analyze_file
from lagebild.store import ClaimFilter, Store
from tests.store.pg import fresh_pg, needs_pg

ARTICLES = sorted((Path(__file__).parent.parent / "data").glob("*.txt"))
COPIES = 25  # each article stored this often, a year apart: a few thousand claims


def _copies(originals: list[Analysis]) -> Iterator[Analysis]:
    for k in range(COPIES):
        for original in originals:
            doc = original.document
            date = (
                dt.date.fromisoformat(doc.date) + dt.timedelta(days=365 * k) if doc.date else None
            )
            copy = dataclasses.replace(
                doc,
                text=f"{doc.text}\n\n(copy {k})" if k else doc.text,
                title=f"{doc.title} [{k}]",
                date=date.isoformat() if date else None,
                provenance=[Provenance(reader="test", path=f"copy-{k}")],
            )
            yield dataclasses.replace(original, document=copy)


@pytest.fixture(scope="module")
def analyses(analyzer: Analyzer) -> list[Analysis]:
    return list(_copies([analyze_file(p, analyzer=analyzer) for p in ARTICLES]))


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=needs_pg)])
def store(request: pytest.FixtureRequest, analyses: list[Analysis]) -> Iterator[Store]:
    store = Store(":memory:" if request.param == "sqlite" else fresh_pg())
    for analysis in analyses:
        store.add_analysis(analysis)
    yield store
    store.close()


def _ids(store: Store, **kwargs: object) -> list[int]:
    return [int(r["id"]) for r in store.claims(ClaimFilter(**kwargs))]  # type: ignore[arg-type]


def _walks(store: Store, query: str, limit: int, offset: int = 0) -> bool:
    with store.session(write=False) as s:
        expression = s.search_expression("claims_fts", query)
        assert expression is not None
        flt = ClaimFilter(query=query, limit=limit, offset=offset)
        return s._walk_budget(expression, flt) is not None


def test_broad_and_narrow_queries_page_through_every_match_newest_first(store: Store) -> None:
    broad, narrow = "die OR the", "Erdrutsche"
    assert _walks(store, broad, 10) and not _walks(store, narrow, 10)
    for query in (broad, narrow):
        everything = store.claims(ClaimFilter(query=query, limit=-1))
        assert len(everything) > 10
        dates = [r["document_date"] for r in everything]
        assert dates == sorted(dates, reverse=True)
        ids = [int(r["id"]) for r in everything]
        for offset in (0, 10, 45, len(ids) - 5):
            assert _ids(store, query=query, limit=10, offset=offset) == ids[offset : offset + 10]


def test_the_walk_keeps_date_and_language_filters(store: Store) -> None:
    # broad, but (nearly) all in English: the walk over German claims gives up, sorting answers
    assert _walks(store, "the", 10)
    assert (
        _ids(store, query="the", limit=10, language="de")
        == _ids(store, query="the", limit=-1, language="de")[:10]
    )
    query = "die OR the"
    for extra in ({"since": "2030-01-01"}, {"until": "2030-01-01"}, {"language": "de"},
                  {"since": "2027-06-01", "until": "2035-12-31", "language": "en"}):  # fmt: skip
        everything = store.claims(ClaimFilter(query=query, limit=-1, **extra))  # type: ignore[arg-type]
        assert everything, extra
        for r in everything:
            assert r["document_date"] >= extra.get("since", "")
            assert r["document_date"] <= extra.get("until", "9999")
            assert r["document_language"] == extra.get("language", r["document_language"])
        ids = [int(r["id"]) for r in everything]
        assert _ids(store, query=query, limit=10, **extra) == ids[:10]
        assert _ids(store, query=query, limit=10, offset=20, **extra) == ids[20:30]


def test_claims_on_a_page_carry_their_figures_dates_and_outlet(store: Store) -> None:
    page = store.claims(ClaimFilter(query="die OR the", limit=50))
    by_id = store.claims_by_id([int(r["id"]) for r in page])
    assert any(r["quantities"] for r in page) and any(r["times"] for r in page)
    for row in page:
        assert [q["text"] for q in row["quantities"]] == [
            q["text"] for q in by_id[int(row["id"])]["quantities"]
        ]
        starts = [q["start"] for q in row["quantities"]]
        assert starts == sorted(starts)
        assert [t["text"] for t in row["times"]] == [t["text"] for t in by_id[row["id"]]["times"]]
        assert "document_outlet" in row


def test_document_search_pages_by_rank_with_snippets_and_claim_counts(store: Store) -> None:
    query = "Polizei OR government"
    everything = store.search_documents(query, ClaimFilter(limit=-1))
    assert len(everything) > 30
    ids = [r["id"] for r in everything]
    for offset in (0, 7, 30):
        page = store.search_documents(query, ClaimFilter(limit=7, offset=offset))
        assert [r["id"] for r in page] == ids[offset : offset + 7]
    counts = {r["id"]: r["claims"] for r in everything}
    for row in everything[:5]:
        marked = row["snippet"].split("\x02")[1].split("\x03")[0]
        assert marked.lower() in ("polizei", "government")
        assert counts[row["id"]] == len(store.claims(ClaimFilter(document=row["id"], limit=-1)))
    german = store.search_documents(query, ClaimFilter(language="de", since="2030-01-01"))
    assert german and all(r["language"] == "de" and r["date"] >= "2030-01-01" for r in german)
