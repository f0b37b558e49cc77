"""The per-source figure scorer: which source matches a gold row, which fact holds a gold fact."""

from __future__ import annotations

from lagebild.evaluate.figures import GoldFigure, majority_facts, source_matches


def _row(source: str, entity: str | None, value: float = 7) -> GoldFigure:
    return GoldFigure("f", "doc.txt", source, entity, value, value, value, False, "dead", None)


def test_row_without_entity_matches_the_texts_own_words() -> None:
    row = _row("sächsische Innenministerium", None)
    assert source_matches(row, "Das sächsische Innenministerium", None)
    assert not source_matches(
        row, "Das sächsische Innenministerium", "Federal Ministry of the Interior (Germany)"
    )
    assert not source_matches(row, "Die Feuerwehr", None)


def test_row_with_entity_needs_that_entity() -> None:
    row = _row("Gewerkschaft", "Ver.di")
    assert source_matches(row, "der Gewerkschaft", "Ver.di")
    assert not source_matches(row, "der Gewerkschaft", None)
    assert source_matches(row, "der Gewerkschaft", None, words=True)
    assert not source_matches(_row("Polizei", None), "Die Polizei", "Ver.di")


def test_majority_fact_ignores_unfiled_claims() -> None:
    pairs = [("dead", "F1"), ("dead", "F2"), ("dead", "F1"), ("dead", None), ("rain", None)]
    assert majority_facts(pairs) == {"dead": "F1", "rain": None}
