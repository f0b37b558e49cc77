"""The PolNeAR scorer on a small BRAT sample written here, and on the real split if present."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.cli import app
from lagebild.evaluate.polnear import (
    RoleSpan,
    annotation_files,
    evaluate_dir,
    read_ann,
    read_gold,
    score_document,
    select,
    tokens,
)
from lagebild.pipeline import Analyzer

from ..conftest import SHARED

POLNEAR_TRAIN = SHARED / "data" / "polnear" / "train"

TEXT = (
    "Bridge to reopen\n\n"
    "The harbour authority said on Monday that the old bridge would reopen in May. "
    "Traffic will be slow, the mayor warned, because one lane stays closed.\n"
)


def _offsets(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def _ann_lines(text: str) -> str:
    src = _offsets(text, "The harbour authority")
    cue = _offsets(text, "said")
    content = _offsets(text, "the old bridge would reopen in May")
    c1 = _offsets(text, "Traffic will be slow")
    c2 = _offsets(text, "because one lane stays closed")
    src2 = _offsets(text, "the mayor")
    cue2 = _offsets(text, "warned")
    return "\n".join(
        [
            f"T1\tSource {src[0]} {src[1]}\tThe harbour authority",
            f"T2\tCue {cue[0]} {cue[1]}\tsaid",
            f"T3\tContent {content[0]} {content[1]}\tthe old bridge would reopen in May",
            f"T4\tAttribution {cue[0]} {cue[1]}\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            f"T5\tSource {src2[0]} {src2[1]}\tthe mayor",
            f"T6\tCue {cue2[0]} {cue2[1]}\twarned",
            f"T7\tContent {c1[0]} {c1[1]};{c2[0]} {c2[1]}\t"
            "Traffic will be slow because one lane stays closed",
            f"T8\tAttribution {cue2[0]} {cue2[1]}\twarned",
            "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
            f"T9\tSource {src2[0]} {src2[1]}\tthe mayor",  # not tied by an E line
            f"T10\tDiscard {cue[0]} {cue[1]}\tsaid",
            f"T11\tContent {c1[0]} {c1[1]}\tTraffic",
            "The rest of a span text after a line break",  # no annotation line
            "",
        ]
    )


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "bridge.txt").write_text(TEXT, encoding="utf-8")
    # two annotators: the first by name ("a1") is scored; "b2" annotated nothing
    (tmp_path / "attributions" / "bridge_a1.ann").write_text(_ann_lines(TEXT), encoding="utf-8")
    (tmp_path / "attributions" / "bridge_b2.ann").write_text("", encoding="utf-8")
    return tmp_path


def test_read_ann_keeps_tied_spans_and_joins_fragments(gold_dir: Path) -> None:
    spans = read_ann(gold_dir / "attributions" / "bridge_a1.ann", TEXT)
    assert [(s.role, s.text) for s in spans] == [
        ("Source", "The harbour authority"),
        ("Cue", "said"),
        ("Content", "the old bridge would reopen in May"),
        ("Content", "Traffic will be slow because one lane stays closed"),
        ("Source", "the mayor"),
        ("Cue", "warned"),
    ]
    assert len(spans[3].fragments) == 2


def test_read_ann_names_the_file_when_offsets_do_not_fit(tmp_path: Path) -> None:
    ann = tmp_path / "x_a1.ann"
    ann.write_text("T1\tSource 0 3\tabc\nE1\tAttribution:T1 Source:T1\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"x_a1\.ann:1"):
        read_ann(ann, "xy")
    # a differing span text is only reported: the offsets count
    assert [s.fragments for s in read_ann(ann, "xyz")] == [((0, 3),)]


def test_one_annotator_per_article_the_first_by_name(gold_dir: Path) -> None:
    pairs = annotation_files(gold_dir)
    assert [(t.name, a.name) for t, a in pairs] == [("bridge.txt", "bridge_a1.ann")]


def test_a_sample_is_spread_over_all_items() -> None:
    assert select(list(range(10)), sample=4) == [0, 2, 5, 7]
    assert select(list(range(10)), limit=3) == [0, 1, 2]
    assert select(list(range(3)), sample=5) == [0, 1, 2]


def test_tokens_split_words_and_punctuation() -> None:
    text = "U.S. don’t"
    assert [text[a:b] for a, b in tokens(text)] == ["U", ".", "S", ".", "don", "’", "t"]


def test_score_counts_tokens_a_prediction_overlaps(gold_dir: Path) -> None:
    gold = next(read_gold(gold_dir))
    said = _offsets(TEXT, "said")
    # a cue that covers "said on" (one right token, one wrong), a source cut to "authority"
    pred = [
        RoleSpan("Cue", ((said[0], said[1] + 3),), "said on"),
        RoleSpan("Source", (_offsets(TEXT, "authority"),), "authority"),
    ]
    scores = score_document(gold, pred)
    assert (scores.roles["Cue"].tp, scores.roles["Cue"].fp, scores.roles["Cue"].fn) == (1, 1, 1)
    assert (scores.roles["Source"].tp, scores.roles["Source"].fn) == (1, 4)
    assert scores.roles["Content"].tp == 0
    kinds = {(e.role, e.kind, e.text) for e in scores.errors}
    assert ("Source", "partial", "The harbour authority") in kinds
    assert ("Cue", "missed", "warned") in kinds
    assert ("Cue", "spurious", "said on") not in kinds  # it overlaps gold


def test_the_pipeline_finds_the_indirect_claim(gold_dir: Path, analyzer: Analyzer) -> None:
    scores = evaluate_dir(gold_dir, analyzer)
    assert scores.documents == 1 and not scores.crashed
    content = scores.roles["Content"]
    # "the old bridge would reopen in May" is found whole; "the harbour authority" too
    assert content.tp >= 7
    assert scores.roles["Source"].tp >= 3
    assert scores.roles["Cue"].tp >= 1


def test_eval_polnear_cli_prints_the_summary_last(gold_dir: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "polnear", str(gold_dir), "-v"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[-1].startswith("polnear content F1=")
    assert lines[-1].endswith("documents=1")
    assert any(line.startswith("== Cue:") for line in lines)


def test_eval_polnear_cli_rejects_a_directory_without_annotations(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "polnear", str(tmp_path)])
    assert result.exit_code == 2
    assert "no annotation files" in result.output


@pytest.mark.skipif(not POLNEAR_TRAIN.is_dir(), reason="../shared/data/polnear is absent")
def test_real_polnear_articles_read_and_score(analyzer: Analyzer) -> None:
    golds = list(read_gold(POLNEAR_TRAIN, limit=3))
    assert len(golds) == 3 and all(g.spans for g in golds)
    scores = evaluate_dir(POLNEAR_TRAIN, analyzer, limit=3)
    assert scores.documents == 3 and not scores.crashed
    assert scores.roles["Content"].tp > 0 and scores.roles["Content"].fn > 0
