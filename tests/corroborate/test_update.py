"""Filing claims into facts in a store: incremental, independent of ingest order."""

from __future__ import annotations

import itertools

from lagebild.corroborate import fact_detail, list_facts, source_claims, timeline, update_facts
from lagebild.model import Analysis, Claim, Document, Event, Quantity, Span
from lagebild.store import Store, open_store

# (date, sentence, source, modality, event, figure) per article; the event is what the
# extractor would give: (type, actor, target) or None.
ARTICLES = {
    "a": (
        "2024-10-18",
        [
            (
                "Nach Erkenntnissen des Geheimdienstes sollen 12.000 Soldaten nach Russland"
                " entsandt werden.",
                "National Intelligence Service (South Korea)",
                "reportative",
                ("DEPLOY_TROOPS", "North Korea", "Russia"),
                ("12.000", 12000.0, None, "Soldat"),
            ),
            (
                "Nordkorea liefert bereits Artilleriegeschosse an Russland.",
                None,
                "asserted",
                ("SUPPLY_WEAPONS", "North Korea", "Russia"),
                None,
            ),
        ],
    ),
    "b": (
        "2024-10-29",
        [
            (
                "Pentagon-Sprecherin Sabrina Singh sagte, rund 10.000 Soldaten seien in Russland.",
                "Sabrina Singh",
                "asserted",
                ("DEPLOY_TROOPS", "North Korea", "Russia"),
                ("rund 10.000", 10000.0, True, "Soldat"),
            ),
            (
                "Kremlsprecher Peskow bestritt, dass nordkoreanische Truppen in Russland seien.",
                "Dmitry Peskov",
                "denied",
                None,
                None,
            ),
        ],
    ),
    "c": (
        "2024-11-13",
        [
            (
                "Secretary of State Antony Blinken said more than 10,000 soldiers had been sent.",
                None,
                "asserted",
                None,
                ("more than 10,000", None, True, "soldier"),
            ),
            (
                "Kremlin spokesman Dmitry Peskov declined to comment on the reports.",
                None,
                "unconfirmed",
                None,
                None,
            ),
        ],
    ),
    "d": (
        "2024-10-30",
        [
            (
                "Nach Angaben der Rettungskräfte kamen mindestens 51 Menschen ums Leben.",
                None,
                "asserted",
                ("CASUALTIES", None, "Spain"),
                ("mindestens 51", None, True, "Mensch"),
            ),
        ],
    ),
}


def analysis(name: str) -> Analysis:
    date, sentences = ARTICLES[name]
    text = " ".join(s[0] for s in sentences)
    doc = Document(text=text, language="de", date=date, title=f"Artikel {name}")
    claims, at = [], 0
    for i, (sentence, source, modality, event, figure) in enumerate(sentences, 1):
        quantities = []
        if figure is not None:
            ftext, value, approx_or_low, unit = figure
            start = text.index(ftext, at)
            low = (
                10000.0
                if ftext.startswith("more")
                else (51.0 if ftext.startswith("mind") else None)
            )
            quantities.append(
                Quantity(
                    ftext,
                    start,
                    start + len(ftext),
                    None if low else value,
                    low=low,
                    approximate=bool(approx_or_low),
                    unit=unit,
                )
            )
        claims.append(
            Claim(
                id=f"c{i}",
                message=[Span(sentence, at, at + len(sentence))],
                source_entity=source,
                form="indirect" if source else "unattributed",
                modality=modality,
                event=Event(*event) if event else None,
                quantities=quantities,
            )
        )
        at += len(sentence) + 1
    return Analysis(document=doc, claims=claims)


def clusters(store: Store) -> set[frozenset[tuple[str, str]]]:
    out = set()
    for fact in list_facts(store):
        out.add(frozenset((c["document"]["title"], c["claim_key"]) for c in fact["claims"]))
    return out


def build(order: tuple[str, ...], update_each: bool) -> Store:
    store = open_store(":memory:")
    for name in order:
        store.add_analysis(analysis(name))
        if update_each:
            update_facts(store)
    update_facts(store)
    return store


def test_facts_do_not_depend_on_ingest_order() -> None:
    reference = clusters(build(("a", "b", "c", "d"), update_each=False))
    assert frozenset({("Artikel a", "c1"), ("Artikel b", "c1"), ("Artikel b", "c2"),
                      ("Artikel c", "c1"), ("Artikel c", "c2")}) in reference  # fmt: skip
    assert len(reference) == 3
    for order in itertools.permutations("abcd"):
        store = build(order, update_each=True)
        assert clusters(store) == reference, order
        ids = {f["id"] for f in list_facts(store)}
        assert ids == {f["id"] for f in list_facts(build(("a", "b", "c", "d"), False))}


def test_an_update_only_reads_new_claims() -> None:
    store = build(("a", "b"), update_each=True)
    assert update_facts(store).claims == 0
    store.add_analysis(analysis("c"))
    summary = update_facts(store)
    assert summary.claims == 2 and summary.filed == 2


def test_fact_detail_lists_each_source_figure_with_date_and_stance() -> None:
    store = build(("c", "a", "b", "d"), update_each=True)
    deploy = next(f for f in list_facts(store) if f["event"]["type"] == "DEPLOY_TROOPS")
    detail = fact_detail(store, deploy["id"])
    assert detail is not None
    table = {(r["source"], r["date"], r["stance"]) for r in detail["figures"]}
    assert table == {
        ("National Intelligence Service (South Korea)", "2024-10-18", "supports"),
        ("Sabrina Singh", "2024-10-29", "figure-differs"),
        ("(unattributed)", "2024-11-13", "supports"),
    }
    stances = {c["source_entity"]: c["stance"] for c in detail["claims"]}
    assert stances["Dmitry Peskov"] == "denies"
    assert detail["first_seen"] == "2024-10-18" and detail["last_seen"] == "2024-11-13"
    assert [e["date"] for e in detail["timeline"]] == sorted(e["date"] for e in detail["timeline"])


def test_queries_filter_by_entity_event_and_date() -> None:
    store = build(("a", "b", "c", "d"), update_each=False)
    assert {f["event"]["type"] for f in list_facts(store, entity="Spain")} == {"CASUALTIES"}
    assert len(list_facts(store, event="supply_weapons")) == 1
    assert {f["event"]["type"] for f in list_facts(store, since="2024-11-01")} == {"DEPLOY_TROOPS"}
    peskov = source_claims(store, "Peskov")
    assert [c["stance"] for c in peskov] == ["denies"]
    assert {r["source"] for r in source_claims(store)} >= {"Sabrina Singh", "Dmitry Peskov"}
    dates = [c["document"]["date"] for c in timeline(store, "North Korea")]
    assert dates == sorted(dates) and len(dates) == 6


def _single(date: str, sentence: str, modality: str) -> Analysis:
    doc = Document(text=sentence, language="de", date=date, title=f"Artikel {date}")
    claim = Claim(
        id="c1",
        message=[Span(sentence, 0, len(sentence))],
        source_entity="HHLA" if modality == "denied" else None,
        form="indirect",
        modality=modality,
    )
    return Analysis(document=doc, claims=[claim])


def test_a_denial_joins_the_claim_it_denies_in_either_order() -> None:
    said = _single("2025-03-10", "Erste Schiffe würden nach Rotterdam umgeleitet.", "asserted")
    denial = _single(
        "2025-03-11",
        "Die HHLA wies zurück, dass Schiffe nach Rotterdam umgeleitet würden.",
        "denied",
    )
    unrelated = _single("2025-03-11", "Der Hafen meldete einen Rekordumschlag.", "asserted")
    results = []
    for order in ((said, denial, unrelated), (unrelated, denial, said)):
        with open_store(":memory:") as store:
            for item in order:
                store.add_analysis(item)
                update_facts(store)
            facts = list_facts(store)
            results.append(sorted(sorted(c["stance"] for c in f["claims"]) for f in facts))
    assert results[0] == results[1] == [["denies", "supports"]]


def test_each_stance_names_the_claim_it_was_computed_against() -> None:
    with open_store(":memory:") as store:
        for name in ("a", "b", "c"):
            store.add_analysis(analysis(name))
        update_facts(store)
        troops = next(f for f in list_facts(store) if f["event"]["type"] == "DEPLOY_TROOPS")
        reference = troops["reference_claim"]
        assert reference is not None
        for claim in troops["claims"]:
            expected = None if claim["claim"] == reference else reference
            assert claim["stance_against"] == expected


def _counted(date: str, sentence: str, source: str, value: float, unit: str,
             event: str | None = None) -> Analysis:  # fmt: skip
    doc = Document(text=sentence, language="en", date=date, title=f"{source} {date}")
    figure = str(int(value))
    at = sentence.index(figure)
    claim = Claim(
        id="c1",
        message=[Span(sentence, 0, len(sentence))],
        source_entity=source,
        form="indirect",
        modality="asserted",
        event=Event(event) if event else None,
        quantities=[Quantity(figure, at, at + len(figure), value, unit=unit)],
    )
    return Analysis(document=doc, claims=[claim])


def _fact_titles(store: Store) -> list[list[str]]:
    return sorted(sorted(c["document"]["title"] for c in f["claims"]) for f in list_facts(store))


def test_a_sources_counts_of_one_thing_form_a_series_in_either_order() -> None:
    first = _counted("2025-04-01", "Airport staff said 40 flights were cancelled.", "Fraport", 40,
                     "flight")  # fmt: skip
    later = _counted("2025-04-03", "By Thursday 120 flights had been cancelled.", "Fraport", 120,
                     "flight")  # fmt: skip
    other = _counted("2025-04-02", "Only 12 flights left on time.", "Lufthansa", 12, "flight")
    results = []
    for order in ((first, later, other), (other, later, first)):
        with open_store(":memory:") as store:
            for item in order:
                store.add_analysis(item)
                update_facts(store)
            results.append(_fact_titles(store))
    assert results[0] == results[1]
    assert ["Fraport 2025-04-01", "Fraport 2025-04-03"] in results[0]
    assert ["Lufthansa 2025-04-02"] in results[0]


def test_an_untyped_count_joins_the_same_sources_typed_count_in_either_order() -> None:
    rally = _counted("2025-05-01", "About 4000 people marched through the city.", "IG Metall",
                     4000, "person", event="PROTEST")  # fmt: skip
    total = _counted("2025-05-02", "The total over two days came to 7000 people.", "IG Metall",
                     7000, "person")  # fmt: skip
    results = []
    for order in ((rally, total), (total, rally)):
        with open_store(":memory:") as store:
            for item in order:
                store.add_analysis(item)
                update_facts(store)
            results.append(_fact_titles(store))
            assert {f["event"]["type"] for f in list_facts(store)} == {"PROTEST"}
    assert results[0] == results[1] == [["IG Metall 2025-05-01", "IG Metall 2025-05-02"]]
