"""Lists as downloads: CSV (nested values as JSON, formulas defused) or JSON."""

from __future__ import annotations

import csv
import io
import json
from enum import StrEnum
from typing import Any

from fastapi.responses import JSONResponse, Response


class Format(StrEnum):
    json = "json"
    csv = "csv"


def listing(rows: list[dict[str, Any]], fmt: Format, name: str, **extra: Any) -> Response:
    """``rows`` as JSON (with ``extra`` keys beside them) or as a CSV file named ``name``."""
    if fmt is Format.csv:
        return Response(
            to_csv(rows),
            media_type="text/csv; charset=utf-8",
            headers={"content-disposition": f'attachment; filename="{name}.csv"'},
        )
    return JSONResponse({**extra, "count": len(rows), "results": rows})


def to_csv(rows: list[dict[str, Any]]) -> str:
    """One line per row, the union of keys as header in first-seen order."""
    columns: dict[str, None] = {}
    for row in rows:
        columns.update(dict.fromkeys(row))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(list(columns))
    for row in rows:
        writer.writerow([_cell(row.get(c)) for c in columns])
    return out.getvalue()


def _cell(value: Any) -> str:
    if value is None:
        return ""
    text = json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else str(value)
    # a spreadsheet runs cells that start like a formula: text from the web must not
    if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _is_number(text):
        text = "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True
