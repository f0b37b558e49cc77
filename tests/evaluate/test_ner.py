"""NER gold reading (GermEval TSV, IOB2, CoNLL) and strict span scoring on hand-made input."""

from __future__ import annotations

from pathlib import Path

import pytest

from lagebild.evaluate.ner import bio_spans, normalize_tag, read_ner_file, score_ner

GERMEVAL = """#\thttp://example.org/1\t[2010-07-04]
1\tMerkel\tB-PER\tO
2\tsprach\tO\tO
3\tin\tO\tO
4\tNew\tB-LOC\tO
5\tYork\tI-LOC\tO
6\tmit\tO\tO
7\tukrainischen\tB-LOCderiv\tO
8\tSPD-Politikern\tB-ORGpart\tO
9\t.\tO\tO

#\thttp://example.org/2\t[2010-07-05]
1\tDie\tO\tO
2\tUNO\tB-ORG\tO
3\ttagte\tO\tO
"""

IOB2 = """# sent_id = s1
# text = Paris is nice
1\tParis\tB-LOC\t-\t-
2\tis\tO\t-\t-
3\tnice\tO\t-\t-
"""

CONLL = """-DOCSTART- O

EU NNP B-ORG
rejects VBZ O
German JJ B-MISC
call NN O
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf8")
    return path


def test_germeval_tsv_reads_outer_labels_and_drops_derived(tmp_path: Path) -> None:
    sentences = read_ner_file(_write(tmp_path, "g.tsv", GERMEVAL))
    assert [len(s.words) for s in sentences] == [9, 3]
    assert sentences[0].tags == ["B-PER", "O", "O", "B-LOC", "I-LOC", "O", "O", "O", "O"]
    kept = read_ner_file(_write(tmp_path, "g2.tsv", GERMEVAL), keep_derived=True)
    assert kept[0].tags[6:8] == ["B-LOCderiv", "B-ORGpart"]


def test_iob2_and_conll_formats_are_detected(tmp_path: Path) -> None:
    (iob2,) = read_ner_file(_write(tmp_path, "u.iob2", IOB2))
    assert iob2.words == ["Paris", "is", "nice"]
    assert iob2.tags == ["B-LOC", "O", "O"]
    (conll,) = read_ner_file(_write(tmp_path, "c.txt", CONLL))
    assert conll.words == ["EU", "rejects", "German", "call"]
    assert conll.tags == ["B-ORG", "O", "B-MISC", "O"]


def test_spans_are_strict_and_orphan_inside_tags_open_a_span() -> None:
    assert bio_spans(["B-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"]) == {
        (0, 2, "PER"),
        (3, 4, "LOC"),
        (4, 5, "LOC"),
        (5, 6, "ORG"),
    }
    assert normalize_tag("_") == "O"


def test_scores_count_only_exact_spans_with_the_right_label() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"], ["B-ORG", "O"]]
    pred = [["B-PER", "O", "O", "B-LOC"], ["B-LOC", "O"]]
    per_label, overall = score_ner(gold, pred)
    by_label = {s.label: s for s in per_label}
    assert (by_label["PER"].tp, by_label["PER"].gold, by_label["PER"].pred) == (0, 1, 1)
    assert by_label["LOC"].precision == pytest.approx(0.5)
    assert by_label["LOC"].recall == pytest.approx(1.0)
    assert by_label["ORG"].recall == 0.0
    assert (overall.tp, overall.pred, overall.gold) == (1, 3, 3)
    assert overall.f1 == pytest.approx(1 / 3)
    assert overall.line().startswith("ALL P=0.333 R=0.333 F1=0.333")
