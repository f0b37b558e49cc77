"""CSV downloads: every key a column, nested values as JSON, formulas defused."""

from __future__ import annotations

import csv
import io

from lagebild.web.export import to_csv


def test_csv_columns_nested_values_and_formulas() -> None:
    rows = [
        {"id": 1, "title": '=HYPERLINK("http://x")', "figures": [{"value": 12000}]},
        {"id": 2, "title": "-5", "extra": "+SUM(A1)", "figures": []},
        {"id": 3, "title": "@cmd", "figures": None},
    ]
    out = list(csv.DictReader(io.StringIO(to_csv(rows))))
    assert list(out[0]) == ["id", "title", "figures", "extra"]
    assert out[0]["title"] == '\'=HYPERLINK("http://x")'
    assert out[0]["figures"] == '[{"value": 12000}]'
    assert out[1]["title"] == "-5" and out[1]["extra"] == "'+SUM(A1)"
    assert out[2]["title"] == "'@cmd" and out[2]["figures"] == "" and out[0]["extra"] == ""
