"""The seed scorer against predictions built by hand from the seed article and a Wikinews text."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path
from typing import Any

import pytest

from lagebild.evaluate.matching import dates_match, head_or_phrase_match, quantity_value_match
from lagebild.evaluate.seed import explain, format_report, score_corpus, score_document

SHARED = Path(__file__).resolve().parents[3] / "shared"
if not SHARED.is_dir():
    SHARED = Path("/work/shared")
SEED = SHARED / "seed" / "nordkorea-truppen-2024-10-18"
GOLD: dict[str, Any] = json.loads(SEED.with_suffix(".gold.json").read_text(encoding="utf-8"))
RAW = SEED.with_suffix(".txt").read_text(encoding="utf-8")


def body_text(raw: str, title: str) -> str:
    """The article body after the repeated title."""
    second = raw.index(title, raw.index(title) + 1)
    return raw[second + len(title) :].lstrip()


BODY = body_text(RAW, GOLD["document"]["title"])


# -- building predictions by hand ------------------------------------------------------


def span(text: str, s: str, near: int | None = None) -> dict[str, Any]:
    """The occurrence of ``s`` whose start is nearest ``near`` (the first when None)."""
    found = [m.start() for m in re.finditer(re.escape(s), text)]
    assert found, s
    start = found[0] if near is None else min(found, key=lambda i: abs(i - near))
    return {"text": s, "start": start, "end": start + len(s)}


def predict_from_gold(gold: dict[str, Any], text: str) -> dict[str, Any]:
    """The analysis JSON a perfect system would print for ``text``."""
    claims = []
    for gc in gold["claims"]:
        parts = gc["message"] if isinstance(gc["message"], list) else [gc["message"]]
        message = [span(text, parts[0])]
        for part in parts[1:]:
            message.append(span(text, part, near=message[-1]["end"]))
        near = message[0]["start"]
        claim: dict[str, Any] = {
            "id": "p" + gc["id"],
            "message": message,
            "source": span(text, gc["source"], near) if gc.get("source") else None,
            "cue": span(text, gc["cue"], near) if gc.get("cue") else None,
            "source_entity": gc.get("source_entity"),
            "form": gc["form"],
            "modality": gc["modality"],
            "event": copy.deepcopy(gc.get("event")),
            "quantities": [
                {**span(text, q["text"], near), **{k: v for k, v in q.items() if k != "text"}}
                for q in gc.get("quantities", [])
            ],
            "times": [
                {"from": None, "to": None, **span(text, t["text"], near)}
                | {k: v for k, v in t.items() if k != "text"}
                for t in gc.get("times", [])
            ],
            "relayed_by": None,
        }
        claims.append(claim)
    entities = [
        {
            "canonical": e["canonical"],
            "type": e["type"],
            "wikidata": e["wikidata"],
            "mentions": [span(text, m) for m in e["mentions"]],
        }
        for e in gold["entities"]
    ]
    times = [
        {"from": None, "to": None, **span(text, t["text"])}
        | {k: v for k, v in t.items() if k in ("from", "to")}
        for t in gold["times"]
        if t["text"] in text
    ]
    return {
        "schema": 1,
        "document": {"title": gold["document"]["title"], "text": text},
        "entities": entities,
        "claims": claims,
        "times": times,
    }


def claim_of(pred: dict[str, Any], gold_id: str) -> dict[str, Any]:
    return next(c for c in pred["claims"] if c["id"] == "p" + gold_id)


# -- the seed article ------------------------------------------------------------------


@pytest.mark.parametrize("text", [BODY, RAW], ids=["body", "whole-file"])
def test_perfect_prediction_scores_one_everywhere(text: str) -> None:
    score = score_document(predict_from_gold(GOLD, text), GOLD)
    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)
    assert score.matched == score.gold_claims == 12
    assert all(c.correct == c.total for c in score.fields.values()), score.fields
    assert score.fields_total.ratio == 1.0
    for field in ("source", "cue", "modality", "event.actor", "quantity.unit", "time"):
        assert score.fields[field].total > 0
    assert score.entities.mentions.ratio == score.entities.canonical.ratio == 1.0
    assert score.entities.recall.ratio == score.entities.precision.ratio == 1.0
    assert score.times.correct == score.times.total
    assert format_report(score)[-1] == "claims F1=1.000 fields=1.000"


def test_dateline_absent_from_body_is_not_scored_but_reported() -> None:
    body = score_document(predict_from_gold(GOLD, BODY), GOLD)
    whole = score_document(predict_from_gold(GOLD, RAW), GOLD)
    assert (body.times.total, whole.times.total) == (3, 4)
    assert body.absent == ["time '18. Oktober, 2024'"]
    assert whole.absent == []
    assert any("1 gold strings absent" in line for line in format_report(body))
    assert "  times: all 3 time expressions resolved" in format_report(body)
    pred = predict_from_gold(GOLD, RAW)
    pred["times"][1]["to"] = "2024-12"  # "ab November" is open-ended
    assert "  times: 3 of 4 time expressions resolved" in format_report(score_document(pred, GOLD))


def test_missing_claim_lowers_recall_and_counts_its_fields_as_missed() -> None:
    pred = predict_from_gold(GOLD, BODY)
    pred["claims"] = [c for c in pred["claims"] if c["id"] != "pc6"]
    score = score_document(pred, GOLD)
    assert score.precision == 1.0
    assert score.recall == pytest.approx(11 / 12)
    assert score.fields["modality"].correct == 11
    assert score.fields["modality"].total == 12
    assert score.fields["time"].correct == 2  # c6's "ab November" missed; c9, c12 found
    assert "  c6: MISSING  " in "\n".join(explain(score))
    assert format_report(score)[-1].startswith("claims F1=0.957 fields=0.")


def test_wrong_modality_is_one_failed_field() -> None:
    pred = predict_from_gold(GOLD, BODY)
    claim_of(pred, "c6")["modality"] = "asserted"
    score = score_document(pred, GOLD)
    assert score.f1 == 1.0
    assert (score.fields["modality"].correct, score.fields["modality"].total) == (11, 12)
    lines = explain(score)
    assert "      modality: gold 'possible'  pred 'asserted'" in lines
    assert score.fields_total.total - score.fields_total.correct == 1


@pytest.mark.parametrize(("fraction", "matched"), [(0.3, True), (0.45, True), (0.55, False)])
def test_shifted_message_matches_only_with_half_overlap(fraction: float, matched: bool) -> None:
    pred = predict_from_gold(GOLD, BODY)
    message = claim_of(pred, "c10")["message"][0]
    shift = int(len(message["text"]) * fraction)
    start, end = message["start"] + shift, message["end"] + shift
    claim_of(pred, "c10")["message"] = [{"text": BODY[start:end], "start": start, "end": end}]
    score = score_document(pred, GOLD)
    result = next(r for r in score.claims if r.gold_id == "c10")
    assert (result.pred_id == "pc10") is matched
    assert score.matched == (12 if matched else 11)
    assert score.pred_claims == 12


@pytest.mark.parametrize(
    ("source", "ok"),
    [
        ("Kyrylo Budanow", True),
        ("Budanow", True),
        ("Der Chef des ukrainischen Militärgeheimdienstes, Kyrylo Budanow", True),
        ("Der Chef des ukrainischen Militärgeheimdienstes", False),
        ("Yoon Suk Yeol", False),
    ],
)
def test_source_as_head_name_or_full_noun_phrase(source: str, ok: bool) -> None:
    pred = predict_from_gold(GOLD, BODY)
    claim = claim_of(pred, "c6")
    claim["source"] = span(BODY, source, near=claim["message"][0]["start"])
    score = score_document(pred, GOLD)
    assert score.fields["source"].correct == (12 if ok else 11)


def test_lone_determiner_inside_the_phrase_is_not_a_head() -> None:
    text = "Der Chef des ukrainischen Militärgeheimdienstes, Kyrylo Budanow, bestätigte"
    phrase = [(0, 63)]
    assert head_or_phrase_match(text, phrase, [(49, 63)])
    assert not head_or_phrase_match(text, phrase, [(0, 3)])  # "Der"
    assert not head_or_phrase_match(text, phrase, [(13, 25)])  # "ukrainischen"


@pytest.mark.parametrize(
    ("start", "end", "ok"),
    [
        ("2024-11", None, True),
        ("2024-11-01", None, True),
        ("2024", None, True),
        ("2024-12", None, False),
        ("2024-11-01", "2024-11-30", False),  # gold: open end
    ],
)
def test_claim_time_granularity_and_open_end(start: str, end: str | None, ok: bool) -> None:
    pred = predict_from_gold(GOLD, BODY)
    claim_of(pred, "c6")["times"][0].update({"from": start, "to": end})
    assert score_document(pred, GOLD).fields["time"].correct == (3 if ok else 2)


def test_time_with_omitted_gold_end_accepts_any_value() -> None:
    pred = predict_from_gold(GOLD, BODY)
    claim_of(pred, "c12")["times"][0]["from"] = "2024-07"  # gold omits "from"
    assert score_document(pred, GOLD).fields["time"].ratio == 1.0
    claim_of(pred, "c12")["times"][0]["to"] = "2024-09"
    assert score_document(pred, GOLD).fields["time"].correct == 2


@pytest.mark.parametrize(
    ("low", "high", "ok"),
    [(100, 300, True), (200, 999, True), (999, None, True), (1000, 5000, False)],
)
def test_vague_amount_ranges_must_overlap(low: int, high: int | None, ok: bool) -> None:
    pred = predict_from_gold(GOLD, BODY)
    quantity = claim_of(pred, "c7")["quantities"][0]
    quantity.update({"value": None, "low": low, "high": high})
    assert score_document(pred, GOLD).fields["quantity"].correct == (3 if ok else 2)


def test_point_figure_needs_value_approximate_and_unit() -> None:
    pred = predict_from_gold(GOLD, BODY)
    claim_of(pred, "c6")["quantities"][0]["approximate"] = False  # "rund 11.000"
    claim_of(pred, "c1")["quantities"][0]["unit"] = "soldat"  # case does not matter
    score = score_document(pred, GOLD)
    assert (score.fields["quantity"].correct, score.fields["quantity.unit"].correct) == (2, 3)
    claim_of(pred, "c1")["quantities"][0]["text"] = "12.000 nordkoreanische Soldaten"
    claim_of(pred, "c1")["quantities"][0]["end"] += len(" nordkoreanische Soldaten")
    score = score_document(pred, GOLD)  # the span no longer overlaps half: figure and unit lost
    assert (score.fields["quantity"].correct, score.fields["quantity.unit"].correct) == (1, 2)


def test_repeated_cue_is_taken_nearest_its_message() -> None:
    # "berichtet" occurs three times: after Yonhap (c2), after the Ukrainian military (c5)
    # and after ISW (c7).
    assert BODY.count("berichtet") == 3
    pred = predict_from_gold(GOLD, BODY)
    c2 = claim_of(pred, "c2")
    c2["cue"] = claim_of(pred, "c5")["cue"]
    score = score_document(pred, GOLD)
    assert score.fields["cue"].correct == score.fields["cue"].total - 1
    c2_at, c5_at = BODY.index("berichtet"), c2["cue"]["start"]
    assert f"      cue: gold 'berichtet' @{c2_at}  pred 'berichtet' @{c5_at}" in explain(score)


def test_entity_mention_matches_any_occurrence_and_aliases_count() -> None:
    pred = predict_from_gold(GOLD, BODY)
    north_korea = next(e for e in pred["entities"] if e["canonical"] == "North Korea")
    last = BODY.rindex("Nordkorea")
    assert last != BODY.index("Nordkorea")
    north_korea["mentions"][0] = {"text": "Nordkorea", "start": last, "end": last + 9}
    nis = next(e for e in pred["entities"] if e["canonical"].startswith("National Intel"))
    nis["canonical"] = "National Intelligence Service"
    claim_of(pred, "c1")["source_entity"] = "NIS"
    claim_of(pred, "c6")["source_entity"] = "Budanov"
    claim_of(pred, "c6")["event"]["target"] = "Ukraine"
    score = score_document(pred, GOLD)
    assert score.entities.mentions.ratio == score.entities.canonical.ratio == 1.0
    assert score.fields["source_entity"].ratio == 1.0
    assert score.fields["event.target"].correct == score.fields["event.target"].total - 1


def test_null_gold_source_and_event_need_null_predictions() -> None:
    pred = predict_from_gold(GOLD, BODY)
    claim_of(pred, "c8")["source"] = span(
        BODY, "Nordkorea", claim_of(pred, "c8")["message"][0]["start"]
    )
    claim_of(pred, "c10")["event"] = {"type": "DEPLOY_TROOPS", "actor": "North Korea"}
    claim_of(pred, "c11")["event"] = None
    score = score_document(pred, GOLD)
    assert score.fields["source"].correct == score.fields["source"].total - 1
    assert "event" not in score.fields  # no gold claim states a null event


def test_corpus_pools_micro_averages_and_ends_with_summary_line() -> None:
    good = predict_from_gold(GOLD, BODY)
    bad = predict_from_gold(GOLD, RAW)
    bad["claims"] = bad["claims"][:6]
    corpus = score_corpus([(good, GOLD), (bad, GOLD)], names=["body", "whole"])
    assert corpus.recall == pytest.approx(18 / 24)
    assert corpus.precision == 1.0
    report = format_report(corpus)
    assert report[-1] == f"claims F1={corpus.f1:.3f} fields={corpus.fields_total.ratio:.3f}"
    assert re.fullmatch(r"claims F1=0\.857 fields=0\.\d{3}", report[-1])
    assert "pooled over 2 documents" in report
    assert sum(line.startswith("document ") for line in report) == 2


# -- a Wikinews article (SpkAtt-2023): repeated names, a discontinuous reading ---------

WIKINEWS = SHARED / "data" / "spkatt2023" / "train" / "11775.json"


@pytest.fixture
def wikinews() -> str:
    if not WIKINEWS.is_file():
        pytest.skip("SpkAtt-2023 data not available")
    doc = json.loads(WIKINEWS.read_text(encoding="utf-8"))
    return " ".join(" ".join(s["Tokens"]) for s in doc["Sentences"][:8])


def wikinews_gold() -> dict[str, Any]:
    return {
        "entities": [
            {
                "canonical": "Federal Administrative Court (Germany)",
                "type": "ORG",
                "wikidata": None,
                "mentions": ["Bundesverwaltungsgericht", "BVerwG"],
                "aliases": ["Bundesverwaltungsgericht"],
            }
        ],
        "claims": [
            {
                "id": "w1",
                "source": "Das Bundesverwaltungsgericht",
                "source_entity": "Federal Administrative Court (Germany)",
                "cue": "geäußert",
                "message": "zur Frage der Völkerrechtswidrigkeit des Irak-Krieges",
                "form": "reported",
                "modality": "asserted",
            },
            {
                "id": "w2",
                "source": "Der Soldat",
                "cue": "ging davon aus",
                "message": [
                    "dass diese Software auch bei den Kampfhandlungen im Irak",
                    "eingesetzt werden würde",
                ],
                "form": "indirect",
                "modality": "possible",
            },
        ],
        "times": [{"text": "2003", "from": "2003", "to": "2003"}],
    }


def test_wikinews_source_nearest_its_message(wikinews: str) -> None:
    gold = wikinews_gold()
    assert wikinews.count("Bundesverwaltungsgericht") >= 3
    pred = predict_from_gold({**gold, "document": {"title": ""}}, wikinews)
    assert score_document(pred, gold).fields_total.ratio == 1.0
    # the court named again two sentences later is not the source of w1
    later = wikinews.index("Das Bundesverwaltungsgericht (")
    pred["claims"][0]["source"] = {
        "text": "Das Bundesverwaltungsgericht",
        "start": later,
        "end": later + 28,
    }
    score = score_document(pred, gold)
    assert (score.fields["source"].correct, score.fields["source"].total) == (1, 2)
    # one contiguous predicted message for the two-part gold message still matches
    first = pred["claims"][1]["message"][0]
    whole = span(wikinews, "dass diese Software auch bei den Kampfhandlungen im Irak eingesetzt")
    assert whole["start"] == first["start"]
    pred["claims"][1]["message"] = [whole]
    score = score_document(pred, gold)
    assert score.matched == 2
    assert score.times.ratio == 1.0


def test_matching_primitives() -> None:
    assert dates_match("2024-11", "2024-11-01")
    assert dates_match("2024-11-01", "2024-11")
    assert not dates_match("2024-1", "2024-11")
    assert dates_match(None, None)
    assert not dates_match(None, "2024-11")
    gold = {"value": None, "low": 200, "high": 999, "approximate": True}
    assert quantity_value_match(gold, {"value": None, "low": 100, "high": 300, "approximate": True})
    assert not quantity_value_match(gold, {"value": None, "low": 100, "high": 300})
    assert quantity_value_match({"value": 12000, "approximate": False}, {"value": 12000.0})


def test_null_gold_event_is_checked_when_stated() -> None:
    gold = copy.deepcopy(GOLD)
    next(c for c in gold["claims"] if c["id"] == "c10")["event"] = None
    next(c for c in gold["claims"] if c["id"] == "c11")["event"] = None
    pred = predict_from_gold(GOLD, BODY)
    claim_of(pred, "c10")["event"] = {"type": "DEPLOY_TROOPS", "actor": "North Korea"}
    del claim_of(pred, "c11")["event"]
    score = score_document(pred, gold)
    assert (score.fields["event"].correct, score.fields["event"].total) == (1, 2)


def test_offsets_that_do_not_give_their_text_are_reported() -> None:
    pred = predict_from_gold(GOLD, BODY)
    claim_of(pred, "c6")["cue"]["start"] += 1
    score = score_document(pred, GOLD)
    assert len(score.bad_spans) == 1
    assert score.bad_spans[0].startswith(".claims[5].cue 'bestätigte'")
    assert any(line.startswith("  bad spans: 1 ") for line in format_report(score))
    assert score_document(predict_from_gold(GOLD, RAW), GOLD).bad_spans == []
