"""The data model's Document: its checksum, computed once, and what it leaves alone."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

import lagebild.model as model
from lagebild.model import Document, text_checksum


def test_checksum_is_computed_once_and_again_only_for_new_text(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []

    def counting(text: str) -> str:
        calls.append(text)
        return text_checksum(text)

    monkeypatch.setattr(model, "text_checksum", counting)
    doc = Document(text="Die Feuerwehr meldete am Morgen zwei Verletzte.")
    first = doc.checksum
    assert doc.id == first[:16] and doc.checksum == first and doc.to_json()["checksum"] == first
    assert len(calls) == 1
    doc.text = "Die Polizei meldete drei Verletzte."
    assert doc.checksum != first and len(calls) == 2


def test_the_cache_is_no_part_of_equality_repr_or_copies() -> None:
    text = "Der Bürgermeister sagte, die Straße bleibe gesperrt."
    read = Document(text=text, language="de")
    fresh = Document(text=text, language="de")
    assert read.checksum == text_checksum("Der Bürgermeister  sagte, die Straße\nbleibe gesperrt.")
    assert read == fresh  # one has its checksum cached, the other not
    assert "_checksum" not in repr(read)
    dated = dataclasses.replace(read, date="2024-05-02")
    assert dated.checksum == read.checksum and dated.date == "2024-05-02"
    assert pickle.loads(pickle.dumps(read)).checksum == read.checksum
