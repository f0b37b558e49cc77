"""The ``lagebild`` command line: thin commands over the library, one module each.

``app`` (all commands, built by :mod:`lagebild.cli.commands` on first access) is what
tests and ``python -c`` callers use; :func:`main` is the ``lagebild`` script and
``python -m lagebild``. For ``lagebild analyze ...`` and ``lagebild ingest ...`` it builds
an app with that command alone (the same registration, options and errors), so a cold
analysis neither imports the other commands' modules nor has typer build them (about 0.09 s
of a cold start).
"""

from __future__ import annotations

import gc
import sys
from typing import Any


def main() -> None:
    """Run the command line on ``sys.argv``."""
    from lagebild.cli.root import ALONE, command_app

    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "analyze":
        # One article, then the process ends: no automatic collections (importing spaCy
        # and loading the models start about 340, a tenth of a cold start's CPU, that free
        # next to nothing); what the article leaves is freed at exit.
        gc.set_threshold(0)
    if command in ALONE:
        command_app(command)(prog_name="lagebild")
    else:
        from lagebild.cli.commands import app

        app(prog_name="lagebild")


def __getattr__(name: str) -> Any:
    if name == "app":
        from lagebild.cli.commands import app

        return app
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
