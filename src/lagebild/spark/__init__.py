"""lagebild.spark: the pipeline as a PySpark job, Parquet out in the export's schema."""

from lagebild.spark.job import SparkOptions, SparkSummary, spark_ingest

__all__ = ["SparkOptions", "SparkSummary", "spark_ingest"]
