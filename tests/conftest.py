"""Shared fixtures: the German and English pipelines are built once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from lagebild.pipeline import Analyzer, build_nlp

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_ARTICLE = SHARED / "seed" / "nordkorea-truppen-2024-10-18.txt"
GOLD_DIR = ROOT / "tests" / "data"


@pytest.fixture(scope="session")
def nlp_de() -> Language:
    return build_nlp("de")


@pytest.fixture(scope="session")
def nlp_en() -> Language:
    return build_nlp("en")


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer()


def needs_shared() -> pytest.MarkDecorator:
    return pytest.mark.skipif(
        not SEED_ARTICLE.exists(), reason="../shared is not beside the checkout"
    )
