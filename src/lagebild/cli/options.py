"""Command-line options shared by several commands."""

from __future__ import annotations

from typing import Annotated

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
