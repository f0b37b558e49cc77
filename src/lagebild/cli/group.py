"""The top-level command group: an error becomes one line on stderr, not a traceback.

``lagebild -v COMMAND`` shows the traceback instead.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import typer
from typer.core import TyperGroup

from lagebild.errors import InputError, LagebildError


def error_line(exc: BaseException) -> tuple[str, int]:
    """The message and exit code for an exception that ended a command.

    Errors of the user's input or setup (a store that is not there, an unreadable file)
    exit with 2; an input that could not be read as an article with 1; anything else is a
    fault of lagebild and exits 1 with the hint to rerun with -v.
    """
    if isinstance(exc, InputError):
        return str(exc), 1
    if isinstance(exc, LagebildError):
        return str(exc), 2
    if isinstance(exc, sqlite3.Error):
        return f"the store failed ({type(exc).__name__}: {exc}); rerun with lagebild -v", 2
    if isinstance(exc, OSError):
        where = f" {exc.filename}" if exc.filename else ""
        return f"cannot use{where}: {exc.strerror or exc}", 2
    return (
        f"unexpected {type(exc).__name__}: {exc}; rerun with lagebild -v for the traceback",
        1,
    )


class ErrorLineGroup(TyperGroup):
    """Runs a command; its errors end in one line (a traceback with ``-v``)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        name_metavars(self)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except Exception as exc:
            if ctx.params.get("verbose") or _is_command_line_exit(exc):
                raise
            message, code = error_line(exc)
            typer.echo(f"lagebild: error: {message}", err=True)
            raise typer.Exit(code) from None


def _is_command_line_exit(exc: Exception) -> bool:
    """True for the exceptions the command-line framework ends a command with (Exit, Abort,
    usage errors): they are not errors of lagebild's and have their own output."""
    return isinstance(exc, typer.Exit | typer.Abort) or type(exc).__module__.startswith(
        ("typer", "click")
    )


def name_metavars(command: Any) -> None:
    """Give every value option and argument of ``command`` (and its subcommands) a plain
    metavar ("--db DB", "PATHS") where none is set, instead of typer's "<str>"."""
    for param in command.params:
        if param.param_type_name == "argument":
            # typer prints an argument's Python type ("PATH <list[str]>") beside its name
            param.display_type_rich = lambda ctx: None
        if param.metavar is not None or getattr(param, "is_flag", False) or not param.name:
            continue
        if not getattr(param, "count", False):
            param.metavar = param.name.upper()
    for sub in getattr(command, "commands", {}).values():
        name_metavars(sub)
