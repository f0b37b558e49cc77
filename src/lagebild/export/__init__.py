"""lagebild.export: the store's tables as JSONL, CSV or Parquet, and Parquet back into a store."""

from lagebild.export.load import LoadSummary, load_parquet
from lagebild.export.write import FORMATS, export_store

__all__ = ["FORMATS", "LoadSummary", "export_store", "load_parquet"]
