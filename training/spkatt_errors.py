"""Error analysis of predicted SpkAtt-2023 annotations against gold: what the rules miss.

Groups the differences into patterns with counts and a few examples: gold annotations
nobody predicted (by form and cue lemma), predicted ones without gold (by cue lemma),
and for matched pairs the cue, source and message boundary errors and form confusions.

    PYTHONPATH=src python training/spkatt_errors.py ../shared/data/spkatt2023/train \
        /tmp/spkatt-pred/rules --examples 3
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from lagebild.evaluate.spkatt import match_annotations
from lagebild.nlp.hanta import _load_tagger
from lagebild.spkatt.io import Annotation, SpkAttDocument, TokenId, read_dir, read_document


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("pred_dir", type=Path)
    parser.add_argument("--examples", type=int, default=2)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument(
        "--raw-dir", type=Path, help="predictions without conventions: cues of cue-less ones"
    )
    args = parser.parse_args(argv)
    patterns: dict[str, Counter[str]] = defaultdict(Counter)
    examples: dict[tuple[str, str], list[str]] = defaultdict(list)

    def note(kind: str, key: str, example: str) -> None:
        patterns[kind][key] += 1
        if len(examples[(kind, key)]) < args.examples:
            examples[(kind, key)].append(example)

    for path, gold in read_dir(args.gold_dir):
        pred_path = args.pred_dir / path.name
        if not pred_path.exists():
            continue
        pred = read_document(pred_path)
        raw = read_document(args.raw_dir / path.name) if args.raw_dir else None
        g_anns, p_anns = gold.top_level(), pred.top_level()
        pairs = match_annotations(g_anns, p_anns)
        g_matched = {g for g, _ in pairs}
        p_matched = {p for _, p in pairs}
        for gi, g in enumerate(g_anns):
            if gi not in g_matched:
                near = any(set(g.message) & set(p.message) for p in p_anns)
                key = f"{g.form} cue={cue_key(gold, g.cue)}" + (" (overlap <50%)" if near else "")
                note("missed", key, show(gold, g, path.stem))
        for pi, p in enumerate(p_anns):
            if pi not in p_matched:
                cue = p.cue or raw_cue(raw, p)
                note("spurious", f"{p.form} cue={cue_key(pred, cue)}", show(pred, p, path.stem))
        for gi, pi in pairs:
            g, p = g_anns[gi], p_anns[pi]
            ex = f"{path.stem}\n      GOLD {show(gold, g)}\n      PRED {show(pred, p)}"
            if g.form != p.form:
                note("form", f"gold {g.form} -> pred {p.form}", ex)
            for role in ("Cue", "Source", "Message"):
                kind = boundary(gold, g.role(role), p.role(role))
                if kind != "exact":
                    key = f"{kind}" if role != "Cue" else f"{kind}: {cue_key(gold, g.cue)}"
                    note(role.lower(), key, ex)
    for kind in ("missed", "spurious", "form", "cue", "source", "message"):
        total = sum(patterns[kind].values())
        print(f"\n## {kind} ({total})")
        for key, count in patterns[kind].most_common(args.top):
            print(f"- {count:4d}  {key}")
            for ex in examples[(kind, key)]:
                print(f"      {ex}")
    return 0


def cue_key(doc: SpkAttDocument, cue: list[TokenId]) -> str:
    """The lemma of the cue's main verb, else the cue's words, lower-cased."""
    if not cue:
        return "-"
    words = [doc.token(t) for t in sorted(cue)]
    tagged = _load_tagger("de").tag_sent(words, taglevel=1)
    verbs = [lemma for _, lemma, tag in tagged if tag.startswith("VV")]
    if verbs:
        rest = [w.lower() for (w, _, tag) in tagged if tag in {"PTKVZ"}]
        return "".join(rest) + verbs[-1]
    return " ".join(w.lower() for w in words)


def raw_cue(raw: SpkAttDocument | None, ann: Annotation) -> list[TokenId]:
    """The cue of the unconverted prediction whose message lies inside ``ann``'s."""
    if raw is None:
        return []
    inside = set(ann.message)
    for other in raw.top_level():
        if other.form == ann.form and other.cue and set(other.message) <= inside:
            return other.cue
    return []


def boundary(doc: SpkAttDocument, gold: list[TokenId], pred: list[TokenId]) -> str:
    """How a predicted role's tokens differ from the gold ones."""
    g, p = set(gold), set(pred)
    if g == p:
        return "exact"
    if not p:
        return "missing"
    if not g:
        return "extra (gold empty)"
    if not g & p:
        return "disjoint"
    if p < g:
        lost = sorted(g - p)
        where = "start" if lost[0] < min(p) else "end"
        if lost[0] < min(p) and lost[-1] > max(p):
            where = "both ends"
        if lost[0][0] != min(p)[0] or lost[-1][0] != max(p)[0]:
            where += ", other sentence"
        return f"too short at {where}"
    if p > g:
        extra = sorted(p - g)
        where = "start" if extra[0] < min(g) else "end"
        if extra[0] < min(g) and extra[-1] > max(g):
            where = "both ends"
        words = " ".join(doc.token(t) for t in extra[:3])
        return f"too long at {where}" + (f" ({words})" if len(extra) <= 3 else "")
    return "crossing"


def show(doc: SpkAttDocument, a: Annotation, name: str = "") -> str:
    prefix = f"{name} " if name else ""
    return (
        f"{prefix}[{a.form}] CUE={doc.text_of(a.cue)!r} SRC={doc.text_of(a.source)!r} "
        f"MSG={doc.text_of(a.message)[:160]!r}"
    )


if __name__ == "__main__":
    sys.exit(main())
