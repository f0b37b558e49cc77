"""Every word and tag list in an attribution lexicon is read by a rule."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from lagebild.extract.attribution import de, en, lexicon_de, lexicon_en

RULES_DIR = Path(de.__file__).parent


@pytest.mark.parametrize(
    ("lexicon", "rules"),
    [(lexicon_de.LEXICON, de), (lexicon_en.LEXICON, en)],
    ids=["de", "en"],
)
def test_every_lexicon_entry_is_read_by_a_rule(lexicon: object, rules: object) -> None:
    source = Path(rules.__file__).read_text(encoding="utf-8")  # type: ignore[attr-defined]
    unread = [
        f.name
        for f in dataclasses.fields(lexicon)  # type: ignore[arg-type]
        if not re.search(rf"\bLEX\.{f.name}\b", source)
    ]
    assert unread == []


def test_the_check_sees_an_unread_entry() -> None:
    source = (RULES_DIR / "de.py").read_text(encoding="utf-8")
    assert re.search(r"\bLEX\.cue_verbs\b", source)
    assert not re.search(r"\bLEX\.no_such_table\b", source)
