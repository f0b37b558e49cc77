"""A small store for the read commands, built once through the library (the real pipeline)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.corroborate import update_facts
from lagebild.ingest.text import read_text_file
from lagebild.pipeline import Analyzer, analyze
from lagebild.store import open_store

from ..conftest import GOLD_DIR

FLOOD = """12.03.2025

Panorama

Hochwasser in Passau

Die Donau ist in Passau über die Ufer getreten. Die Feuerwehr, das Technische Hilfswerk und zahlreiche freiwillige Helferinnen und Helfer aus dem gesamten Landkreis waren seit dem frühen Morgen im Einsatz, um Sandsäcke zu füllen, Keller auszupumpen und ältere Bewohnerinnen und Bewohner aus den überfluteten Straßen der Altstadt in Sicherheit zu bringen. Nach Angaben des DRK mussten rund 2.000 Menschen ihre Häuser verlassen. Die Polizei teilte mit, die Lage sei unter Kontrolle. Der Freistaat stellt nach Angaben der Staatsregierung 2 Milliarden Euro für den Wiederaufbau bereit."""

ARTICLES = ("fed-rates-en-2025-01-30", "landtag-kliniken-2025-02-14")


@pytest.fixture(scope="session")
def store_path(tmp_path_factory: pytest.TempPathFactory, analyzer: Analyzer) -> Path:
    path = tmp_path_factory.mktemp("cli") / "lagebild.db"
    fill_store(str(path), analyzer)
    return path


def fill_store(url: str, analyzer: Analyzer) -> None:
    """The flood story, the gold articles, one reject and the facts, into the store at url."""
    with open_store(url) as store:
        store.add_analysis(analyze(FLOOD, analyzer=analyzer))
        for name in ARTICLES:
            document = read_text_file(GOLD_DIR / f"{name}.txt")
            store.add_analysis(analyzer.analyze_document(document))
        store.add_reject("kaputt/leer.txt", "input is empty")
        update_facts(store)
