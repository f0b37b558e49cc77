"""Benchmarks of the whole pipeline, side by side with a bare tokenizer in one run."""

from lagebild.bench.run import BenchOptions, BenchResult, run_bench

__all__ = ["BenchOptions", "BenchResult", "run_bench"]
