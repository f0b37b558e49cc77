"""``lagebild bench``: throughput, memory and latency, side by side with a bare tokenizer."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from lagebild.cli.options import Profile, ProfileOption


def bench(
    quick: Annotated[
        bool, typer.Option("--quick", help="300 articles (about a minute on 2 cores).")
    ] = False,
    docs: Annotated[
        int | None, typer.Option(help="Synthetic articles (default 10,000).", show_default=False)
    ] = None,
    workers: Annotated[int, typer.Option(help="Analysis processes (0 = one per core).")] = 0,
    corpus: Annotated[
        Path | None,
        typer.Option(
            help="SpkAtt-2023 task files to recombine (default ../shared/data/spkatt2023/train"
            " when present, else the articles shipped with lagebild).",
            show_default=False,
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures as JSON.")] = False,
    profile: ProfileOption = Profile.fast,
) -> None:
    """Measure throughput, memory and start-up on a synthetic corpus, in one run: a bare
    tokenizer pass, each stage alone, the full pipeline and a cold ``analyze``."""
    from lagebild.bench import BenchOptions, run_bench
    from lagebild.nlp.loading import NlpOptions

    options = BenchOptions(
        docs=docs,
        quick=quick,
        workers=workers,
        corpus=corpus,
        analyze_args=("--profile", profile.value),
        nlp=NlpOptions(profile=profile.value),
    )
    result = run_bench(options, on_step=lambda s: typer.echo(f"bench: {s}", err=True))
    if as_json:
        json.dump(result.to_json(), sys.stdout, indent=2)
        sys.stdout.write("\n")
        return
    r = result
    typer.echo(f"corpus: {r.documents:,} synthetic articles, {r.words:,} words ({r.corpus})")
    typer.echo(
        f"full pipeline: {r.seconds_full:.1f} s with {r.workers} workers, "
        f"{r.docs_per_s_full} articles/s, {r.words_per_s_full:,.0f} words/s"
    )
    typer.echo(
        f"bare tokenizer: {r.docs_per_s_tokenizer} articles/s, "
        f"{r.words_per_s_tokenizer:,.0f} words/s"
    )
    typer.echo(
        f"memory: peak RSS {r.peak_rss_mb:.0f} MB in all, {r.peak_rss_worker_mb:.0f} MB the "
        f"largest process; cold analyze of one article {r.seconds_to_first_result:.2f} s"
    )
    total = sum(r.stages.values()) or 1.0
    typer.echo(f"stages alone on {r.stage_documents} articles (one process):")
    for name, seconds in sorted(r.stages.items(), key=lambda kv: -kv[1]):
        typer.echo(f"  {name:<24} {seconds:8.2f} s  {100 * seconds / total:5.1f} %")
    typer.echo(
        f"near-duplicates found {r.duplicates_found} of {r.near_duplicates_expected}, "
        f"rejected {r.rejected}"
    )
    typer.echo(
        f"summary: {r.docs_per_s_full} articles/s, the full pipeline costs "
        f"{r.ratio_full_to_tokenizer}x a tokenizer pass"
    )


def register(app: typer.Typer) -> None:
    """Add ``bench`` to the command line."""
    app.command()(bench)
