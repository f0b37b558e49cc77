"""Writing the store's tables: JSONL (one file, a ``table`` key per row), CSV and Parquet
(one file per table in a directory)."""

from __future__ import annotations

import csv
import json
import logging
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from lagebild.errors import LagebildError
from lagebild.export.arrow import pyarrow, schema
from lagebild.store import Store
from lagebild.store.rows import COLUMNS, GROUPS

log = logging.getLogger(__name__)

FORMATS = ("jsonl", "csv", "parquet")
_BATCH = 5000


def export_store(
    store: Store, out: Path, fmt: str, what: Iterable[str] = tuple(GROUPS)
) -> dict[str, int]:
    """Write the tables of the groups in ``what`` (documents, entities, claims, facts) to
    ``out``: a file for JSONL, a directory for CSV and Parquet. Rows written per table."""
    if fmt not in FORMATS:
        raise LagebildError(f"--format {fmt!r}: expected one of {', '.join(FORMATS)}")
    tables: list[str] = []
    for group in what:
        if group not in GROUPS:
            raise LagebildError(f"--what {group!r}: expected one of {', '.join(GROUPS)}")
        tables += [t for t in GROUPS[group] if t not in tables]
    if "facts" in tables:
        from lagebild.corroborate import update_facts

        update_facts(store)  # claims stored since the last update are filed first
    counts: dict[str, int] = {}
    if fmt == "jsonl":
        out.parent.mkdir(parents=True, exist_ok=True)
        with out.open("w", encoding="utf-8") as fh:
            for table in tables:
                counts[table] = 0
                for row in store.table_rows(table):
                    fh.write(json.dumps({"table": table} | row, ensure_ascii=False) + "\n")
                    counts[table] += 1
        return counts
    out.mkdir(parents=True, exist_ok=True)
    for table in tables:
        path = out / f"{table}.{fmt}"
        rows = store.table_rows(table)
        counts[table] = (
            _write_csv(path, table, rows) if fmt == "csv" else write_parquet(path, table, rows)
        )
        log.info("%s: %d rows", path, counts[table])
    return counts


def _write_csv(path: Path, table: str, rows: Iterable[dict[str, Any]]) -> int:
    n = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(COLUMNS[table]))
        writer.writeheader()
        for row in rows:
            writer.writerow(row)
            n += 1
    return n


def write_parquet(path: Path, table: str, rows: Iterable[dict[str, Any]]) -> int:
    """Write rows of an export table as one Parquet file with the table's schema."""
    pa = pyarrow()
    n = 0
    with pa.parquet.ParquetWriter(str(path), schema(table)) as writer:
        for batch in _batches(rows):
            writer.write_table(pa.Table.from_pylist(batch, schema=schema(table)))
            n += len(batch)
    return n


def _batches(rows: Iterable[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= _BATCH:
            yield batch
            batch = []
    if batch:
        yield batch
