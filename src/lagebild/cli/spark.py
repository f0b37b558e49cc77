"""``lagebild spark ingest``: the pipeline as a PySpark job, Parquet out for ``lagebild load``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated

import typer

from lagebild.cli.options import ParseOption, fail
from lagebild.errors import LagebildError

spark_app = typer.Typer(help="Run the pipeline on Spark.", no_args_is_help=True)


@spark_app.command("ingest")
def spark_ingest_command(
    inputs: Annotated[
        list[str],
        typer.Argument(
            help="Files (WARC[.gz], JSONL[.gz], text, HTML, feeds), directories, globs."
        ),
    ],
    out: Annotated[Path, typer.Option("--out", help="Directory for the Parquet tables.")],
    master: Annotated[str, typer.Option(help="Spark master URL.")] = "local[2]",
    partitions: Annotated[
        int, typer.Option(help="Analysis partitions (0: twice the cores Spark has).")
    ] = 0,
    date: Annotated[
        str | None, typer.Option(help="Publication date for articles that carry none.")
    ] = None,
    parse: ParseOption = None,
) -> None:
    """Read, deduplicate (exact and near, across all inputs) and analyse on Spark; write one
    Parquet table per export table to OUT (load it with 'lagebild load OUT --db ...')."""
    from lagebild.ingest.records import ReadOptions
    from lagebild.nlp.loading import NlpOptions
    from lagebild.spark import SparkOptions, spark_ingest

    try:
        when = dt.date.fromisoformat(date) if date else None
    except ValueError:
        fail(f"--date {date!r} is not an ISO date (YYYY-MM-DD)", 2)
    options = SparkOptions(
        master=master, partitions=partitions, read=ReadOptions(date=when),
        nlp=NlpOptions(parse=parse),
    )  # fmt: skip
    try:
        summary = spark_ingest(inputs, out, options)
    except LagebildError as exc:
        fail(str(exc), 2)
    typer.echo(f"{summary.line()} -> {out}")
