"""The ``lagebild`` command line: thin commands over the library, one module each.

A new command lives in its own module and is registered here with one line.
"""

from __future__ import annotations

import atexit
import functools
import gc
import logging
from typing import Annotated

import typer

from lagebild.cli import (
    analyze,
    bench,
    brief,
    claims,
    export,
    facts,
    failures,
    ingest,
    listing,
    reanalyze,
    serve,
)
from lagebild.cli.evaluate import eval_app
from lagebild.cli.group import ErrorLineGroup
from lagebild.cli.kb import kb_app
from lagebild.cli.spark import spark_app
from lagebild.cli.spkatt import spkatt_app
from lagebild.cli.train import train_app

app = typer.Typer(
    name="lagebild",
    help="News articles to a situational picture that keeps who said what.",
    no_args_is_help=True,
    cls=ErrorLineGroup,
    rich_markup_mode=None,
    pretty_exceptions_show_locals=False,
    context_settings={"max_content_width": 120},
)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"lagebild {version('lagebild')}")
        raise typer.Exit()


@app.callback()
def main(
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Log progress details; show tracebacks.")
    ] = False,
    version: Annotated[
        bool,
        typer.Option("--version", help="Print the version and exit.", callback=_version,
                     is_eager=True),
    ] = False,
) -> None:  # fmt: skip
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    _freeze_at_exit()


@functools.cache
def _freeze_at_exit() -> None:
    """Move every object to the collector's permanent generation when the interpreter exits.

    Python's shutdown otherwise walks the loaded models (spaCy's vocabulary, HanTa's tables:
    millions of objects) in a full collection: a quarter to half a second of a cold
    ``lagebild analyze``. Frozen, they are freed without being traversed; exit handlers
    still run and files are still flushed, so nothing else changes.
    """
    atexit.register(gc.freeze)  # once: the cache makes later calls no-ops


app.command("analyze")(analyze.analyze)
app.command("ingest")(ingest.ingest)
app.command("claims")(claims.claims)
facts.register(app, eval_app)
listing.register(app)
bench.register(app)
export.register(app)
brief.register(app, eval_app)
reanalyze.register(app)
serve.register(app)
failures.register(app)
app.add_typer(eval_app, name="eval")
app.add_typer(kb_app, name="kb")
app.add_typer(spkatt_app, name="spkatt")
app.add_typer(spark_app, name="spark")
app.add_typer(train_app, name="train")


if __name__ == "__main__":  # pragma: no cover
    app()
