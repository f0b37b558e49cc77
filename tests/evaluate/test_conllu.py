"""CoNLL-U reading (merged multi-word tokens) and token-level scores on hand-made input."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from lagebild.evaluate.conllu import docs_from_conllu, score_pos

# "zum" is a multi-word token (zu + dem) as in UD German GSD.
CONLLU = """# sent_id = t1
# text = Er ging zum Bahnhof.
1\tEr\ter\tPRON\tPPER\tCase=Nom|Number=Sing|Person=3\t2\tnsubj\t_\t_
2\tging\tgehen\tVERB\tVVFIN\tMood=Ind|Tense=Past\t0\troot\t_\t_
3-4\tzum\t_\t_\t_\t_\t_\t_\t_\t_
3\tzu\tzu\tADP\tAPPR\t_\t5\tcase\t_\t_
4\tdem\tder\tDET\tART\tCase=Dat\t5\tdet\t_\t_
5\tBahnhof\tBahnhof\tNOUN\tNN\tCase=Dat\t2\tobl:arg\t_\tSpaceAfter=No
6\t.\t.\tPUNCT\t$.\t_\t2\tpunct\t_\t_

"""


def test_multiword_tokens_merge_into_one_stts_token() -> None:
    (doc,) = docs_from_conllu(CONLLU)
    assert [t.text for t in doc] == ["Er", "ging", "zum", "Bahnhof", "."]
    zum = doc[2]
    assert zum.tag_ == "APPRART"
    assert zum.lemma_ == "zu"
    assert zum.head.text == "Bahnhof"
    assert doc[0].head.text == "ging"
    assert doc[3].dep_ == "obl:arg"


def test_scores_compare_tokens_and_the_universal_relation() -> None:
    (gold,) = docs_from_conllu(CONLLU)
    nlp = spacy.blank("de")
    heads = [1, 1, 3, 1, 1]
    pred = Doc(
        nlp.vocab,
        words=[t.text for t in gold],
        spaces=[bool(t.whitespace_) for t in gold],
        pos=["PRON", "VERB", "ADP", "PROPN", "PUNCT"],
        tags=["PPER", "VVFIN", "APPRART", "NE", "$."],
        lemmas=["er", "gehen", "zu", "Bahnhof", "."],
        heads=heads,
        deps=["nsubj", "ROOT", "case", "obl", "nsubj"],
    )
    scores = score_pos([gold], [pred])
    assert scores.tokens == 5
    assert scores.upos == 0.8  # Bahnhof NOUN vs PROPN
    assert scores.tag == 0.8
    assert scores.lemma == 1.0
    assert scores.uas == 1.0
    assert scores.las == 0.8  # obl:arg scores as obl; the final punct is mislabelled
    assert scores.morph == 0.0  # no features predicted where gold has them
    assert scores.summary().startswith("UPOS=80.0 tag=80.0")
