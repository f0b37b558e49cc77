"""Every word and tag list in an attribution lexicon is read by a rule."""

from __future__ import annotations

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
    main = Path(rules.__file__)  # type: ignore[attr-defined]
    # the language's rules and its modules beside them ("negation_de.py"), not its lexicon
    modules = [main, *(p for p in RULES_DIR.glob(f"*_{main.stem}.py") if "lexicon" not in p.name)]
    source = "\n".join(p.read_text(encoding="utf-8") for p in modules)
    names = [name for name in vars(type(lexicon)) if not name.startswith("_")]
    assert len(names) > 20
    unread = [name for name in names if not re.search(rf"\bLEX\.{name}\b", source)]
    assert unread == []


def test_the_check_sees_an_unread_entry() -> None:
    source = (RULES_DIR / "de.py").read_text(encoding="utf-8")
    assert re.search(r"\bLEX\.cue_verbs\b", source)
    assert not re.search(r"\bLEX\.no_such_table\b", source)
