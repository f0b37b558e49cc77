"""Signatures, links and stances on claims written as the store holds them."""

from __future__ import annotations

from lagebild.corroborate.signature import (
    ClaimRecord,
    Figure,
    compatible,
    denies_the_same,
    origins,
    reference_figure,
    signatures,
    split_by_measure,
    stance,
)


def record(cid: int, extent: str, **kw: object) -> ClaimRecord:
    defaults: dict[str, object] = {
        "document_id": "d1", "claim_key": f"c{cid}", "date": "2024-10-20", "start": cid * 100,
        "modality": "asserted",
    }  # fmt: skip
    defaults.update(kw)
    return ClaimRecord(claim_id=cid, extent=extent, **defaults)  # type: ignore[arg-type]


def test_topic_cue_types_a_claim_the_extractor_left_without_event() -> None:
    claim = record(1, "Blinken also said that North Korean troops had begun fighting in Kursk")
    assert signatures([claim])[1].fact_type == "FIGHT"


def test_extracted_event_wins_over_topic_cue() -> None:
    claim = record(1, "Nordkorea liefert Waffen an Soldaten", event_type="SUPPLY_WEAPONS")
    assert signatures([claim])[1].fact_type == "SUPPLY_WEAPONS"


def test_missing_people_are_kept_apart_from_the_death_toll() -> None:
    claim = record(1, "Dutzende Menschen würden noch vermisst", event_type="CASUALTIES")
    assert signatures([claim])[1].fact_type == "CASUALTIES:missing"


def test_refusal_to_comment_on_the_reports_takes_the_type_before_it() -> None:
    fight = record(1, "Soldiers had begun fighting in the Kursk region")
    reply = record(2, "Kremlin spokesman Dmitry Peskov declined to comment on the reports")
    unrelated = record(3, "Der Wetterdienst warnte vor Starkregen bis Donnerstag")
    sigs = signatures([reply, fight, unrelated])
    assert sigs[2].fact_type == "FIGHT"
    assert sigs[3].fact_type is None


def test_a_denial_without_anaphor_or_topic_stays_out() -> None:
    denial = record(2, "die Bevölkerung zu spät gewarnt zu haben", modality="denied")
    assert signatures([record(1, "Die Zahl der Todesopfer stieg"), denial])[2].fact_type is None


def test_link_needs_same_type_window_and_no_conflicting_actor() -> None:
    a = record(1, "x", event_type="DEPLOY_TROOPS", actor="North Korea", target="Russia")
    b = record(2, "y", event_type="DEPLOY_TROOPS", actor="North Korea", target="Ukraine",
               date="2024-11-19")  # fmt: skip
    c = record(3, "z", event_type="DEPLOY_TROOPS", actor="Belarus", target="Russia")
    d = record(4, "w", event_type="DEPLOY_TROOPS", actor="North Korea", date="2025-03-01")
    sig = {**signatures([a, c]), **signatures([b]), **signatures([d])}
    assert compatible(sig[1], sig[2], 45)  # same actor: a differing target is allowed
    assert not compatible(sig[1], sig[3], 45)
    assert not compatible(sig[1], sig[4], 45)


def test_disjoint_places_block_a_link() -> None:
    a = record(1, "kamen 51 Menschen ums Leben", event_type="CASUALTIES", target="Spain")
    b = record(2, "killed 40 people", event_type="CASUALTIES", places=frozenset({"Indonesia"}))
    sigs = {**signatures([a]), **signatures([b])}
    assert not compatible(sigs[1], sigs[2], 45)


def test_stances_from_modality_negation_and_figures() -> None:
    nis = record(1, "sollen 12.000 Soldaten entsandt werden", modality="reportative",
                 figures=[Figure(12000.0, unit="Soldat")])  # fmt: skip
    budanov = record(2, "rund 11.000 Infanteristen", date="2024-10-21",
                     figures=[Figure(11000.0, approximate=True, unit="Infanterist")])  # fmt: skip
    kirby = record(3, "mindestens 3.000 Soldaten", date="2024-10-24",
                   figures=[Figure(None, low=3000.0, approximate=True, unit="Soldat")])  # fmt: skip
    moscow = record(4, "die Berichte als Falschmeldung", modality="denied", date="2024-10-24")
    isw = record(5, "sie habe keine Belege für Kämpfe gefunden", date="2024-11-05")
    nato = record(6, "the alliance could not yet confirm that soldiers were in Russia")
    tanks = record(7, "50 Panzer", date="2024-10-30", figures=[Figure(50.0, unit="percent")])
    claims = [budanov, nis, kirby, moscow, isw, nato, tanks]
    reference = reference_figure(claims)
    assert reference is not None and reference[0] is nis
    got = {c.claim_id: stance(c, reference, 0.05) for c in claims}
    assert got == {
        1: "supports", 2: "figure-differs", 3: "supports", 4: "denies", 5: "contradicts",
        6: "unconfirmed", 7: "supports",
    }  # fmt: skip


def test_wire_copies_share_an_origin_and_named_sources_are_one_origin() -> None:
    text = "Heavy rain has flooded the region of Valencia, killing at least 51 people"
    a = record(1, text, document_id="d1")
    b = record(2, text + ".", document_id="d2", date="2024-10-31")
    c = record(3, "An entirely different sentence about a ferry", document_id="d3")
    nis1 = record(4, "12.000 Soldaten", source="National Intelligence Service (South Korea)")
    nis2 = record(5, "3.000 Soldaten", document_id="d4", relayed_by="Yonhap",
                  source="National Intelligence Service (South Korea)")  # fmt: skip
    got = origins([a, b, c, nis1, nis2], 95.0)
    assert got[1] == got[2] != got[3]
    assert got[4] == got[5]


def test_a_toll_is_one_fact_family_whichever_type_the_extractor_chose() -> None:
    disaster = record(1, "Seven people have died in the floods", event_type="DISASTER")
    casualties = record(2, "Die Feuerwehr meldete drei Tote", event_type="CASUALTIES")
    injured = record(3, "Zwölf Menschen seien verletzt worden", event_type="CASUALTIES")
    flood = record(4, "Der Damm am Stausee sei gebrochen", event_type="DISASTER")
    sigs = signatures([disaster, casualties, injured, flood])
    assert sigs[1].fact_type == sigs[2].fact_type == "CASUALTIES"
    assert sigs[3].fact_type == "CASUALTIES:injured"
    assert sigs[4].fact_type == "DISASTER"


def test_claims_counting_different_things_are_different_facts() -> None:
    area = record(1, "2,000 hectares burned", figures=[Figure(2000, unit="hectare")])
    area2 = record(2, "4.100 Hektar", figures=[Figure(4100, unit="Hektar")])
    people = record(3, "350 people evacuated", figures=[Figure(350, unit="person")])
    homes = record(4, "60 beschädigte Häuser", figures=[Figure(60, unit="Haus")])
    fire = record(5, "A wildfire has burned through pine forest")
    groups = split_by_measure([area, area2, people, homes, fire])
    assert sorted(sorted(c.claim_id for c in g) for g in groups) == [[1, 2], [3], [4], [5]]
    one_thing = [area, area2, fire]
    assert split_by_measure(one_thing) == [one_thing]


def test_a_duration_is_never_compared_with_a_count() -> None:
    toll = record(1, "drei Tote", figures=[Figure(3, unit="Toter")])
    days = record(2, "burning for three days", figures=[Figure(3, unit="day")])
    later = record(3, "Drei Tage danach sieben Tote", date="2024-10-23",
                   figures=[Figure(3, unit="Tag"), Figure(7, unit="Toter")])  # fmt: skip
    reference = reference_figure([days, toll, later])
    assert reference is not None and reference[0] is toll
    assert stance(days, reference, 0.05) == "supports"
    assert stance(later, reference, 0.05) == "figure-differs"


def test_a_bare_count_continues_the_count_before_it() -> None:
    union = record(1, "3.000 Beschäftigte an einer Kundgebung", event_type="PROTEST",
                   figures=[Figure(3000, unit="Beschäftigter")])  # fmt: skip
    police = record(2, "Police put the number at 2,500", figures=[Figure(2500)])
    assert signatures([union, police])[2].fact_type == "PROTEST"
    alone = record(3, "Police put the number at 2,500", figures=[Figure(2500)])
    assert signatures([alone])[3].fact_type is None


def test_arrests_at_a_protest_are_one_fact_whichever_type() -> None:
    protest = record(1, "more than 400 protesters had been detained", event_type="PROTEST")
    arrest = record(2, "die Polizei habe 224 Demonstranten festgenommen", event_type="ARREST")
    march = record(3, "Tausende zogen vor das Parlament", event_type="PROTEST")
    sigs = signatures([protest, arrest, march])
    assert sigs[1].fact_type == sigs[2].fact_type == "ARREST"
    assert sigs[3].fact_type == "PROTEST"


def test_a_denial_is_about_the_claim_that_says_what_it_denies() -> None:
    said = record(1, "erste Schiffe würden nach Rotterdam umgeleitet")
    denial = record(2, "wonach Schiffe nach Rotterdam umgeleitet worden seien", modality="denied")
    other = record(3, "Verdi denied that a date for new talks had been set", modality="denied")
    assert denies_the_same(denial, said)
    assert not denies_the_same(said, denial)
    assert not denies_the_same(other, said)


def test_a_rise_in_a_count_of_people_is_no_economic_figure() -> None:
    people = record(1, "the number of people stranded at the airport rose to 900",
                    event_type="ECONOMIC_FIGURE", figures=[Figure(900, unit="person")])  # fmt: skip
    prices = record(2, "Die Preise stiegen um 4 Prozent", event_type="ECONOMIC_FIGURE",
                    figures=[Figure(4, unit="percent")])  # fmt: skip
    sigs = signatures([people, prices])
    assert sigs[1].fact_type is None
    assert sigs[2].fact_type == "ECONOMIC_FIGURE"


def test_damaged_homes_are_part_of_the_disaster() -> None:
    barns = record(2, "Nach dem Sturm waren 25 Scheunen beschädigt",
                   figures=[Figure(25, unit="Scheune")])  # fmt: skip
    roofs = record(3, "about 200 roofs were destroyed", figures=[Figure(200, unit="roof")])
    sigs = signatures([barns, roofs])
    assert sigs[2].fact_type == sigs[3].fact_type == "DISASTER"


def test_politicians_arrested_are_counted_apart_from_protesters() -> None:
    crowd = record(1, "120 Demonstranten festgenommen", event_type="ARREST",
                   figures=[Figure(120, unit="Demonstrant")])  # fmt: skip
    arrests = record(2, "von 150 Festnahmen", event_type="ARREST",
                     figures=[Figure(150, unit="Festnahme")])  # fmt: skip
    members = record(3, "vier Abgeordnete festgenommen", event_type="ARREST",
                     figures=[Figure(4, unit="Abgeordneter")])  # fmt: skip
    groups = split_by_measure([crowd, arrests, members])
    assert sorted(sorted(c.claim_id for c in g) for g in groups) == [[1, 2], [3]]
