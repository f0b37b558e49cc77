"""The top-level ``lagebild`` app: its options (-v, --version) and error handling, without
commands; :mod:`lagebild.cli.commands` adds all of them, :func:`analyze_app` only one."""

from __future__ import annotations

import atexit
import functools
import gc
import importlib
import logging
from typing import Annotated

import typer

from lagebild.cli.group import ErrorLineGroup


def new_app() -> typer.Typer:
    """The top-level app with its options and no commands yet."""
    app = typer.Typer(
        name="lagebild",
        help="News articles to a situational picture that keeps who said what.",
        no_args_is_help=True,
        cls=ErrorLineGroup,
        rich_markup_mode=None,
        pretty_exceptions_show_locals=False,
        context_settings={"max_content_width": 120},
    )
    app.callback()(main)
    return app


# Commands :func:`lagebild.cli.main` builds alone, each the function of the same name in
# the module of the same name under ``lagebild.cli`` (registered so in the full app too).
ALONE = ("analyze", "ingest")


def command_app(name: str) -> typer.Typer:
    """The top-level app with one command of :data:`ALONE`, registered as in the full app:
    what ``lagebild analyze ...`` runs, without importing and building the other 30 commands."""
    module = importlib.import_module(f"lagebild.cli.{name}")
    app = new_app()
    app.command(name)(getattr(module, name))
    return app


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        typer.echo(f"lagebild {version('lagebild')}")
        raise typer.Exit()


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
