"""SQL is written only in the store, and never built from values: every value is bound as a
parameter. This reads the source (ast): an f-string or a %/format() on SQL text elsewhere,
or with a piece not on the list below, fails here."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import lagebild

SRC = Path(lagebild.__file__).parent
SQL = re.compile(r"\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|CREATE|DROP|WHERE)\b")
# What an f-string may put into SQL text: placeholders ("?, ?, ?"), and names bound only to
# fixed fragments of SQL in the module that writes them (table names from fixed tuples,
# columns named at fixed call sites, WHERE clauses assembled from fixed conditions, the
# tsvector and tsquery expressions, the dialect's row order and full-text matches, the tables
# a query joins).
FRAGMENTS = {
    "marks(chunk)",
    "marks(ids)",
    "placeholders",
    "CLAIMS_TSVECTOR",
    "DOCUMENTS_TSVECTOR",
    "_TSQUERY",
    "self.dialect.insert_order",
    "self.dialect.claims_matches",
    "table",
    "tables",
    "column",
    "columns",
    "where",
    "t",
}


def _sql_strings() -> list[tuple[Path, ast.AST, str]]:
    found = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.JoinedStr):
                text = "".join(
                    v.value
                    for v in node.values
                    if isinstance(v, ast.Constant) and isinstance(v.value, str)
                )
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
            else:
                continue
            if SQL.search(text) and re.search(r"\b(FROM|INTO|SET|TABLE|INDEX)\b", text):
                found.append((path, node, text))
    return found


def test_sql_is_written_only_in_the_store() -> None:
    outside = [
        f"{path.relative_to(SRC)}:{node.lineno}"  # type: ignore[attr-defined]
        for path, node, _ in _sql_strings()
        if path.relative_to(SRC).parts[0] != "store"
    ]
    assert outside == []


def test_sql_interpolates_only_fixed_fragments() -> None:
    built = []
    for path, node, _ in _sql_strings():
        if isinstance(node, ast.JoinedStr):
            for value in node.values:
                if (
                    isinstance(value, ast.FormattedValue)
                    and ast.unparse(value.value) not in FRAGMENTS
                ):
                    built.append(
                        f"{path.relative_to(SRC)}:{node.lineno}: {ast.unparse(value.value)}"
                    )
    assert built == []


def test_sql_is_never_formatted_with_percent_or_format() -> None:
    formatted = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            target = None
            if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
                target = node.left
            elif (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "format"
            ):
                target = node.func.value
            if (
                isinstance(target, ast.Constant)
                and isinstance(target.value, str)
                and SQL.search(target.value)
            ):
                formatted.append(f"{path.relative_to(SRC)}:{node.lineno}")
    assert formatted == []


def test_the_check_sees_sql() -> None:
    assert len(_sql_strings()) > 30
