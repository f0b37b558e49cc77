"""Loading HanTa faster changes nothing it computes."""

from __future__ import annotations

import pytest
from HanTa import HanoverTagger

from lagebild.nlp.hanta import HANTA_MODELS, _Tagger, reachability


@pytest.mark.parametrize("lang", ["de", "en"])
def test_reachable_states_are_hantas(lang: str) -> None:
    plain = HanoverTagger.HanoverTagger(HANTA_MODELS[lang])
    found = reachability(plain.LP_trans, plain.int2tag)
    assert found == plain.reachability
    assert list(found) == list(plain.reachability)  # same order too
    loaded = _Tagger(HANTA_MODELS[lang])
    assert loaded.reachability == plain.reachability
    assert loaded.atomic_class == plain.atomic_class


def test_a_chain_of_transitions_is_followed_back_to_its_start() -> None:
    # 5 -> 6 -> 7 -> -7 (final), 8 -> 6, 9 -> -9; a loop 10 <-> 11 -> -7
    trans = {
        (0, 5): {6: 0.0}, (5, 6): {7: 0.0}, (6, 7): {-7: 0.0}, (0, 8): {6: 0.0},
        (0, 9): {-9: 0.0}, (0, 10): {11: 0.0}, (10, 11): {10: 0.0, -7: 0.0},
    }  # fmt: skip
    found = reachability(trans, {5: "A", 6: "B", 7: "C", -7: "C.", -9: "D.", 1: "START"})
    assert found == {-7: frozenset({5, 6, 7, 8, 10, 11}), -9: frozenset({9})}
