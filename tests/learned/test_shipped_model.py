"""The SpkAtt-trained tagger in models/spkatt-attribution-de (layers 7-10 fine-tuned):
labelled with its licences, small, loadable, and never part of the default pipeline."""

from __future__ import annotations

import json
from pathlib import Path

from lagebild.learned.tagger import AttributionTagger
from lagebild.nlp.loading import NlpOptions

MODEL = Path(__file__).resolve().parents[2] / "models" / "spkatt-attribution-de"


def test_the_shipped_model_says_its_licence_and_stays_small() -> None:
    meta = json.loads((MODEL / "meta.json").read_text(encoding="utf-8"))
    assert meta["corpus"] == "spkatt" and meta["license"] == "CC BY-NC-SA 4.0"
    notice = (MODEL / "LICENSE.txt").read_text(encoding="utf-8")
    assert "non-commercial" in notice and "never loaded by default" in notice
    # its fine-tuned layers derive from the encoder's weights too
    assert "multilingual-e5-small" in notice and "MIT" in notice
    assert sum(p.stat().st_size for p in MODEL.iterdir()) <= 30 * 2**20


def test_the_shipped_model_loads_and_is_opt_in() -> None:
    tagger = AttributionTagger.load(MODEL)
    assert tagger.lang == "de"
    assert tagger.options.rule_prior == {"C": 1.0, "S": 1.0}
    assert tagger.meta["tuned_layers"] == [7, 8, 9, 10]
    assert tagger.tuned_layers == MODEL / "layers.npz"
    assert NlpOptions().attribution_model is None
