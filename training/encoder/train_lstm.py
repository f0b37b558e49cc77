"""Train the BiLSTM-CRF encoder NER head in torch on cached features; numpy head out.

    python training/encoder/train_lstm.py de --features training/output/encoder \
        --out src/lagebild/models/encoder_ner_de.npz --layers 4 5 6 7 8

Each candidate (--layers sets, separated by commas: ``--layers 6 7 8 , 4 5 6 7 8``) is
trained with Adam (lr 1e-3, batches of 32 sentences, gradient norm clipped at 5, dropout
0.3 on the features, the projection and the BiLSTM's output, seed 0) and scored after every
epoch on the tune part with the exported numpy head (strict span F1); the best candidate and
epoch are kept and, when its features are cached, scored once on the held-out part.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lstm_model import BiLstmCrf, to_head

from lagebild.evaluate.ner import score_ner
from lagebild.nlp.encoder_ner_lstm import LstmCrfHead

EPOCHS = int(os.environ.get("EPOCHS", 15))
BATCH = 32
LR = 1e-3


def load(
    features: Path, lang: str, part: str, layers: tuple[int, ...]
) -> tuple[list[np.ndarray], list[list[str]]] | None:
    """Per sentence its feature rows of ``layers`` (float16) and its gold tags."""
    shards = sorted(
        features.glob(f"{lang}-{part}-*.npz"), key=lambda p: int(p.stem.rsplit("-", 1)[1])
    )
    if not shards:
        return None
    xs, tags = [], []
    for shard in shards:
        with np.load(shard) as data:
            stored = [int(n) for n in data["layers"]] if "layers" in data.files else [6, 7, 8]
            cols = np.concatenate([np.arange(384) + 384 * stored.index(n) for n in layers])
            x = data["x"][:, cols]
            at = 0
            flat = [str(t) for t in data["tags"]]
            for n in data["lengths"]:
                xs.append(x[at : at + n])
                tags.append(flat[at : at + n])
                at += int(n)
    return xs, tags


def f1(head: LstmCrfHead, xs: list[np.ndarray], gold: list[list[str]]) -> tuple[float, list]:
    pred = [head.decode(x) for x in xs]
    per_label, overall = score_ner(gold, pred)
    return overall.f1, [*per_label, overall]


def train(
    xs: list[np.ndarray],
    ys: list[np.ndarray],
    tags: list[str],
    layers: tuple[int, ...],
    mean: np.ndarray,
    scale: np.ndarray,
    tune: tuple[list[np.ndarray], list[list[str]]],
    proj: int,
    hidden: int,
    dropout: float,
    keep: Path | None = None,
) -> tuple[float, LstmCrfHead, int]:
    torch.manual_seed(0)
    rng = np.random.default_rng(0)
    model = BiLstmCrf(tags, xs[0].shape[1], proj=proj, hidden=hidden, dropout=dropout)
    optimizer = torch.optim.Adam(model.parameters(), lr=LR)
    mean_t, scale_t = torch.from_numpy(mean), torch.from_numpy(scale)
    best: tuple[float, LstmCrfHead | None, int] = (-1.0, None, 0)
    for epoch in range(1, EPOCHS + 1):
        started = time.time()
        model.train()
        order = rng.permutation(len(xs))
        total = 0.0
        for a in range(0, len(order), BATCH):
            idx = order[a : a + BATCH]
            lengths = torch.tensor([len(xs[i]) for i in idx])
            width = int(lengths.max())
            x = torch.zeros(len(idx), width, xs[0].shape[1])
            y = torch.zeros(len(idx), width, dtype=torch.long)
            for row, i in enumerate(idx):
                x[row, : len(xs[i])] = (
                    torch.from_numpy(xs[i].astype(np.float32)) - mean_t
                ) / scale_t
                y[row, : len(ys[i])] = torch.from_numpy(ys[i])
            loss = model.nll(x, lengths, y)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimizer.step()
            total += float(loss) * len(idx)
        model.eval()
        head = to_head(model, layers, mean, scale)
        score, _ = f1(head, *tune)
        print(
            f"  layers={','.join(map(str, layers))} proj={proj} hidden={hidden} dropout={dropout}"
            f" epoch {epoch}: loss {total / len(xs):.3f}, tune F1 {score:.3f}"
            f" ({time.time() - started:.0f} s)",
            flush=True,
        )
        if score > best[0]:
            best = (score, head, epoch)
            if keep is not None:  # the best so far survives an interrupted run
                head.save(keep)
    assert best[1] is not None
    return best[0], best[1], best[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("lang", choices=["de", "en"])
    parser.add_argument("--features", type=Path, default=Path("training/output/encoder"))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--layers", nargs="+", default=["6", "7", "8"])
    parser.add_argument("--proj", type=int, default=256)
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--dropout", type=float, default=0.3)
    parser.add_argument("--sentences", type=int, default=None, help="the first N training ones")
    args = parser.parse_args()
    torch.set_num_threads(int(os.environ.get("THREADS", 2)))
    candidates = [
        tuple(int(n) for n in group.split()) for group in " ".join(args.layers).split(",")
    ]
    results = []
    for layers in candidates:
        train_part = load(args.features, args.lang, "train", layers)
        tune = load(args.features, args.lang, "tune", layers)
        if train_part is None or tune is None:
            sys.exit(f"no train or tune features for {args.lang} in {args.features}")
        xs, gold = train_part
        if args.sentences is not None:
            xs, gold = xs[: args.sentences], gold[: args.sentences]
        tags = ["O", *sorted({t for s in gold for t in s if t != "O"})]
        index = {t: i for i, t in enumerate(tags)}
        ys = [np.array([index[t] for t in s]) for s in gold]
        stacked = np.concatenate(xs).astype(np.float32)
        mean, scale = stacked.mean(axis=0), stacked.std(axis=0) + 1e-3
        del stacked
        print(
            f"{args.lang}: {len(xs)} training sentences; layers {layers}; tags {tags}", flush=True
        )
        started = time.time()
        score, head, epoch = train(
            xs,
            ys,
            tags,
            layers,
            mean,
            scale,
            tune,
            args.proj,
            args.hidden,
            args.dropout,
            keep=args.out if len(candidates) == 1 else None,
        )
        print(f"layers {layers}: best tune F1 {score:.3f} at epoch {epoch}"
              f" ({time.time() - started:.0f} s)", flush=True)  # fmt: skip
        results.append((score, layers, epoch, head, len(xs)))
    score, layers, epoch, head, n_train = max(results, key=lambda r: r[0])
    report: dict = {
        "lang": args.lang,
        "kind": "bilstm-crf",
        "train_sentences": n_train,
        "layers": list(layers),
        "proj": args.proj,
        "hidden": args.hidden,
        "dropout": args.dropout,
        "epoch": epoch,
        "tune_f1": round(score, 4),
        "candidates": [
            {"layers": list(ls), "epoch": e, "tune_f1": round(s, 4)} for s, ls, e, _, _ in results
        ],
    }
    heldout = load(args.features, args.lang, "heldout", layers)
    if heldout is not None:
        held, lines = f1(head, *heldout)
        report["heldout_f1"] = round(held, 4)
        report["heldout"] = [line.line() for line in lines]
    print(json.dumps(report, indent=2), flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    head.save(args.out)
    args.out.with_suffix(".json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
