"""The shipped HanTa lexicon gives HanTa's own results, word by word and sentence by sentence."""

from __future__ import annotations

from pathlib import Path

import HanTa
import pytest
from HanTa import HanoverTagger

from lagebild.nlp.build_hanta_lexicon import CUTOFF
from lagebild.nlp.hanta import HANTA_MODELS, _load_tagger
from lagebild.nlp.hanta_lexicon import HantaLexicon, lexicon_path, load_lexicon

EXAMPLE = Path(__file__).parents[2] / "examples" / "nordkorea-truppen-2024-10-18.txt"


@pytest.fixture(scope="module")
def plain() -> object:
    """HanTa as it comes, without lexicon or memo."""
    return HanoverTagger.HanoverTagger(HANTA_MODELS["de"])


@pytest.fixture(scope="module")
def lexicon(plain: object) -> HantaLexicon:
    if not lexicon_path("de").exists():
        pytest.skip("no HanTa lexicon built (python -m lagebild.nlp.build_hanta_lexicon de)")
    model = Path(HanTa.__file__).with_name(HANTA_MODELS["de"])
    found = load_lexicon("de", model, plain.int2tag)  # type: ignore[attr-defined]
    assert found is not None, "the shipped lexicon does not match the installed HanTa model"
    return found


def test_the_lexicon_holds_frequent_words_in_sorted_order(lexicon: HantaLexicon) -> None:
    assert len(lexicon) > 50_000
    words = [lexicon.word(i) for i in range(0, len(lexicon), 997)]
    assert words == sorted(words)
    assert lexicon.index("regierung") is not None and lexicon.index("xqzvbn") is None


def test_sampled_words_match_hantas_own_analyses(lexicon: HantaLexicon, plain: object) -> None:
    tagger: object = plain
    compared = 0
    for i in range(0, len(lexicon), len(lexicon) // 60):
        word = lexicon.word(i).decode("utf-8")
        forward = lexicon.forward(word)
        if forward is not None:
            own = tagger.analyze_forward(word)  # type: ignore[attr-defined]
            kept = {tag for tag, _ in forward}
            assert forward == [(t, float(p)) for t, p in own if t in kept], word
        for tag, _ in tagger._tag_word(word, CUTOFF, False, True)[:1]:  # type: ignore[attr-defined]
            entry = lexicon.lemma(word, tag)
            assert entry is not None, word
            assert (entry.lemma, entry.tag) == tagger._analyze(word, tag, taglevel=1), word  # type: ignore[attr-defined]
            compared += 1
    assert compared >= 50


def test_a_real_article_is_tagged_exactly_as_by_plain_hanta(plain: object) -> None:
    if not lexicon_path("de").exists():
        pytest.skip("no HanTa lexicon built")
    lines = [ln.split() for ln in EXAMPLE.read_text(encoding="utf-8").splitlines() if ln.strip()]
    fast = _load_tagger("de")
    for words in lines[:25]:
        assert fast.tag_sent(words) == plain.tag_sent(words), " ".join(words)  # type: ignore[attr-defined]
