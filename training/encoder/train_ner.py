"""Train the encoder NER head on cached features, choose its shape on the tune part.

    python training/encoder/train_ner.py de --features training/output/encoder \
        --out src/lagebild/models/encoder_ner_de.npz

Candidates (--hidden): an MLP with one ReLU layer of 256 (default; softmax regression, 0,
reached tune F1 0.32 against 0.67 after 4 epochs on 1,000 sentences),
each trained with Adam (lr 1e-3, batches of 256, L2 1e-4, seed 0) and scored after every
epoch on the tune part (strict span F1 after BIO decoding); the best candidate and epoch
is kept and scored once on the held-out part.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

import numpy as np

from lagebild.evaluate.ner import score_ner
from lagebild.nlp.encoder_ner import FEATURE_LAYERS, NerHead

EPOCHS = int(__import__("os").environ.get("EPOCHS", 12))
BATCH = 256
LR = 1e-3
L2 = 1e-4


def load(features: Path, lang: str, part: str) -> tuple[np.ndarray, list[int], list[str]]:
    shards = sorted(
        features.glob(f"{lang}-{part}-*.npz"), key=lambda p: int(p.stem.rsplit("-", 1)[1])
    )
    if not shards:
        sys.exit(f"no features for {lang} {part} in {features}")
    xs, lengths, tags = [], [], []
    for shard in shards:
        with np.load(shard) as data:
            stored = [int(n) for n in data["layers"]] if "layers" in data.files else [6, 7, 8]
            cols = np.concatenate([np.arange(384) + 384 * stored.index(n) for n in FEATURE_LAYERS])
            xs.append(data["x"][:, cols])
            lengths.extend(int(n) for n in data["lengths"])
            tags.extend(str(t) for t in data["tags"])
    return np.concatenate(xs), lengths, tags


def sentences(tags: list[str], lengths: list[int]) -> list[list[str]]:
    out, at = [], 0
    for n in lengths:
        out.append(tags[at : at + n])
        at += n
    return out


def f1(head: NerHead, x: np.ndarray, lengths: list[int], gold: list[str]) -> tuple[float, list]:
    pred, at = [], 0
    for n in lengths:
        pred.append(head.decode(x[at : at + n]))
        at += n
    per_label, overall = score_ner(sentences(gold, lengths), pred)
    return overall.f1, [*per_label, overall]


def neighbours(lengths: list[int], context: int) -> list[np.ndarray]:
    """For k = 1..context the index of the word k before and k after each word in its
    sentence, -1 (the zero row) past its ends; in the order ``with_context`` joins them."""
    out = []
    starts = np.repeat(np.cumsum([0, *lengths[:-1]]), lengths)
    ends = np.repeat(np.cumsum(lengths), lengths)
    at = np.arange(int(sum(lengths)))
    for k in range(1, context + 1):
        out.append(np.where(at - k >= starts, at - k, -1))
        out.append(np.where(at + k < ends, at + k, -1))
    return out


def train(x, y, n_tags, hidden, xt, lt, gt, tags, mean, scale, seed=0, context=0, lengths=(),
          dropout=0.0):  # fmt: skip
    rng = np.random.default_rng(seed)
    xs = np.zeros((len(x) + 1, x.shape[1]), dtype=np.float32)  # the last row: past the ends
    for a in range(0, len(x), 8192):
        chunk = x[a : a + 8192]
        xs[a : a + len(chunk)] = (chunk.astype(np.float32) - mean) / scale
    near = neighbours(list(lengths), context)
    dims = [x.shape[1] * (1 + 2 * context), *([hidden] if hidden else []), n_tags]
    weights = [
        (rng.standard_normal((a, b)) * np.sqrt(2.0 / a)).astype(np.float32)
        for a, b in itertools.pairwise(dims)
    ]
    biases = [np.zeros(b, dtype=np.float32) for b in dims[1:]]
    params = [*weights, *biases]
    m = [np.zeros_like(p) for p in params]
    v = [np.zeros_like(p) for p in params]
    step = 0
    best = (-1.0, None, 0)
    for epoch in range(1, EPOCHS + 1):
        order = rng.permutation(len(x))
        for a in range(0, len(x), BATCH):
            idx = order[a : a + BATCH]
            xb = np.concatenate([xs[idx], *(xs[n[idx]] for n in near)], axis=1)
            if dropout:
                xb = xb * ((rng.random(xb.shape) >= dropout) / (1 - dropout)).astype(np.float32)
            acts = [xb]
            masks = []
            h = xb
            for i, (w, b) in enumerate(zip(weights, biases, strict=True)):
                h = h @ w + b
                if i < len(weights) - 1:
                    h = np.maximum(h, 0)
                    mask = np.ones_like(h)
                    if dropout:
                        mask = ((rng.random(h.shape) >= dropout) / (1 - dropout)).astype(np.float32)
                        h = h * mask
                    masks.append(mask)
                acts.append(h)
            p = np.exp(h - h.max(axis=1, keepdims=True))
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(idx)), y[idx]] -= 1
            grad = p / len(idx)
            gw, gb = [None] * len(weights), [None] * len(weights)
            for i in reversed(range(len(weights))):
                gw[i] = acts[i].T @ grad + L2 * weights[i]
                gb[i] = grad.sum(axis=0)
                if i:
                    grad = (grad @ weights[i].T) * (acts[i] > 0) * masks[i - 1]
            step += 1
            for k, (param, g) in enumerate(zip(params, [*gw, *gb], strict=True)):
                m[k] = 0.9 * m[k] + 0.1 * g
                v[k] = 0.999 * v[k] + 0.001 * g * g
                mh = m[k] / (1 - 0.9**step)
                vh = v[k] / (1 - 0.999**step)
                param -= LR * mh / (np.sqrt(vh) + 1e-8)
        head = NerHead(tags, mean, scale, [w.copy() for w in weights],
                       [b.copy() for b in biases], context=context)  # fmt: skip
        score, _ = f1(head, xt, lt, gt)
        print(f"  hidden={hidden} context={context} dropout={dropout} epoch {epoch}:"
              f" tune F1 {score:.3f}", flush=True)  # fmt: skip
        if score > best[0]:
            best = (score, head, epoch)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("lang", choices=["de", "en"])
    parser.add_argument("--features", type=Path, default=Path("training/output/encoder"))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--hidden", type=int, nargs="*", default=[256])
    parser.add_argument(
        "--context",
        type=int,
        nargs="*",
        default=[0],
        help="candidate context windows (words on each side)",
    )
    parser.add_argument(
        "--dropout",
        type=float,
        nargs="*",
        default=[0.0],
        help="candidate dropout rates (input and hidden layer)",
    )
    parser.add_argument(
        "--sentences", type=int, default=None, help="use only the first N training sentences"
    )
    args = parser.parse_args()
    x, lengths, gold = load(args.features, args.lang, "train")
    if args.sentences is not None:
        words = sum(lengths[: args.sentences])
        x, lengths, gold = x[:words], lengths[: args.sentences], gold[:words]
    xt, lt, gt = load(args.features, args.lang, "tune")
    xh, lh, gh = load(args.features, args.lang, "heldout")
    tags = ["O", *sorted({t for t in gold if t != "O"})]
    index = {t: i for i, t in enumerate(tags)}
    y = np.array([index[t] for t in gold])
    mean = x.astype(np.float32).mean(axis=0)
    scale = x.astype(np.float32).std(axis=0) + 1e-3
    print(
        f"{args.lang}: {len(lengths)} training sentences, {len(x)} words; tags {tags}", flush=True
    )
    results = []
    for hidden, context, dropout in itertools.product(args.hidden, args.context, args.dropout):
        started = time.time()
        score, head, epoch = train(x, y, len(tags), hidden, xt, lt, gt, tags, mean, scale,
                                   context=context, lengths=lengths, dropout=dropout)  # fmt: skip
        print(
            f"hidden={hidden} context={context} dropout={dropout}: best tune F1 {score:.3f}"
            f" at epoch {epoch} ({time.time() - started:.0f} s)",
            flush=True,
        )
        results.append((score, hidden, epoch, head, context, dropout))
    score, hidden, epoch, head, context, dropout = max(results, key=lambda r: r[0])
    held, lines = f1(head, xh, lh, gh)
    report = {
        "lang": args.lang,
        "train_sentences": len(lengths),
        "hidden": hidden,
        "context": context,
        "dropout": dropout,
        "epoch": epoch,
        "tune_f1": round(score, 4),
        "heldout_f1": round(held, 4),
        "candidates": [
            {"hidden": h, "context": c, "dropout": d, "epoch": e, "tune_f1": round(s, 4)}
            for s, h, e, _, c, d in results
        ],
        "heldout": [line.line() for line in lines],
    }
    print(json.dumps(report, indent=2), flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    head.save(args.out)
    args.out.with_suffix(".json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
