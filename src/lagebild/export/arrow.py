"""Arrow schemas of the export tables (the column types of :mod:`lagebild.store.rows`)."""

from __future__ import annotations

from typing import Any

from lagebild.errors import LagebildError
from lagebild.store.rows import COLUMNS


def pyarrow() -> Any:
    """The pyarrow module, or an error saying how to install it."""
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError as exc:  # pragma: no cover - pyarrow is in the dev and parquet extras
        raise LagebildError("Parquet needs pyarrow: pip install 'lagebild[parquet]'") from exc
    return pyarrow


def schema(table: str) -> Any:
    """The Arrow schema of an export table."""
    pa = pyarrow()
    types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
    return pa.schema([(name, types[kind]) for name, kind in COLUMNS[table].items()])
