"""Train the BiLSTM-CRF encoder NER head in torch on cached features; numpy head out.

    python training/encoder/train_lstm.py de --features training/output/encoder \
        --out src/lagebild/models/encoder_ner_de.npz --layers 4 5 6 7 8

Each candidate (--layers sets, separated by commas: ``--layers 6 7 8 , 4 5 6 7 8``) is
trained with Adam (lr 1e-3, batches of 32 sentences, gradient norm clipped at 5, dropout
0.3 on the features, the projection and the BiLSTM's output) once per seed (--seeds) and
scored after every epoch on the tune part with the exported numpy head (strict span F1);
each seed keeps its best epoch, and with several seeds their heads' averaged scores (an
ensemble) are scored too. The best candidate is kept and, when its features are cached,
scored once on the held-out part.

--shapes: each word's shape columns (:mod:`lagebild.nlp.encoder_ner_shapes`) join its
features. --mix: the layers are mixed with learned weights before the projection instead of
concatenated. --plain DIR: the features of the same sentences with every word followed by a
space (as ``lagebild eval ner`` builds its Docs: "Berlin , sagte"), cached by ``features.py
--plain``: the tune F1 that chooses is the mean over both spacings, and with --augment the
training part is read twice (both spacings).
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

from data import english, german
from lagebild.evaluate.ner import score_ner
from lagebild.nlp.encoder_ner_lstm import LstmCrfEnsemble, LstmCrfHead
from lagebild.nlp.encoder_ner_shapes import SHAPES, word_shapes

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


Part = tuple[list[np.ndarray], list[list[str]], list[np.ndarray] | None]


def shapes_of(data: Path, lang: str, part: str, plain: bool) -> list[np.ndarray]:
    """Each sentence's word shape columns, spaced as its features were encoded."""
    sentences = (german(data) if lang == "de" else english(data))[part]
    return [word_shapes(s.words, [True] * len(s.words) if plain else s.spaces) for s in sentences]


def f1(
    head: LstmCrfHead | LstmCrfEnsemble,
    xs: list[np.ndarray],
    gold: list[list[str]],
    shapes: list[np.ndarray] | None,
) -> tuple[float, list]:
    if shapes is None:
        pred = [head.decode(x) for x in xs]
    else:
        pred = [head.decode(x, s) for x, s in zip(xs, shapes, strict=True)]
    per_label, overall = score_ner(gold, pred)
    return overall.f1, [*per_label, overall]


def mean_f1(head: LstmCrfHead | LstmCrfEnsemble, views: list[Part]) -> float:
    """The tune F1 averaged over the spacings (views) of the tune part."""
    return float(np.mean([f1(head, *view)[0] for view in views]))


def train(
    xs: list[np.ndarray],
    ys: list[np.ndarray],
    shapes: list[np.ndarray] | None,
    tags: list[str],
    layers: tuple[int, ...],
    mean: np.ndarray,
    scale: np.ndarray,
    tune: list[Part],
    proj: int,
    hidden: int,
    dropout: float,
    mix: bool = False,
    seed: int = 0,
    keep: Path | None = None,
) -> tuple[float, LstmCrfHead, int]:
    torch.manual_seed(seed)
    rng = np.random.default_rng(seed)
    n_shapes = len(SHAPES) if shapes is not None else 0
    model = BiLstmCrf(
        tags,
        xs[0].shape[1],
        proj=proj,
        hidden=hidden,
        dropout=dropout,
        shapes=n_shapes,
        mix=len(layers) if mix else 0,
    )
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
            dim = xs[0].shape[1]
            x = torch.zeros(len(idx), width, dim + n_shapes)
            y = torch.zeros(len(idx), width, dtype=torch.long)
            for row, i in enumerate(idx):
                x[row, : len(xs[i]), :dim] = (
                    torch.from_numpy(xs[i].astype(np.float32)) - mean_t
                ) / scale_t
                if shapes is not None:
                    x[row, : len(xs[i]), dim:] = torch.from_numpy(shapes[i])
                y[row, : len(ys[i])] = torch.from_numpy(ys[i])
            loss = model.nll(x, lengths, y)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimizer.step()
            total += float(loss) * len(idx)
        model.eval()
        head = to_head(model, layers, mean, scale)
        views = [f1(head, *view)[0] for view in tune]
        score = float(np.mean(views))
        print(
            f"  layers={','.join(map(str, layers))} proj={proj} hidden={hidden} dropout={dropout}"
            f" shapes={n_shapes} mix={mix} seed={seed}"
            f" epoch {epoch}: loss {total / len(xs):.3f}, tune F1 {score:.4f}"
            f" ({' / '.join(f'{v:.4f}' for v in views)})"
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
    parser.add_argument("--plain", type=Path, default=None, help="features with plain spacing")
    parser.add_argument("--augment", action="store_true", help="train on --plain's too")
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--layers", nargs="+", default=["6", "7", "8"])
    parser.add_argument("--proj", type=int, default=256)
    parser.add_argument("--hidden", type=int, default=128)
    parser.add_argument("--dropout", type=float, default=0.3)
    parser.add_argument("--shapes", action="store_true", help="word shape columns as input")
    parser.add_argument("--mix", action="store_true", help="a learned mix of the layers")
    parser.add_argument("--seeds", type=int, nargs="+", default=[0])
    parser.add_argument("--sentences", type=int, default=None, help="the first N training ones")
    args = parser.parse_args()
    torch.set_num_threads(int(os.environ.get("THREADS", 2)))
    candidates = [
        tuple(int(n) for n in group.split()) for group in " ".join(args.layers).split(",")
    ]
    spacings = [(args.features, False)] + ([(args.plain, True)] if args.plain else [])

    def part(name: str, layers: tuple[int, ...]) -> list[Part] | None:
        views: list[Part] = []
        for features, plain in spacings:
            loaded = load(features, args.lang, name, layers)
            if loaded is None:
                return None
            shapes = shapes_of(args.data, args.lang, name, plain) if args.shapes else None
            views.append((loaded[0], loaded[1], shapes))
        return views

    results = []
    for layers in candidates:
        train_views, tune = part("train", layers), part("tune", layers)
        if train_views is not None and not args.augment:
            train_views = train_views[:1]
        if train_views is None or tune is None:
            sys.exit(f"no train or tune features for {args.lang} in {args.features}")
        n = args.sentences
        xs = [x for view in train_views for x in view[0][:n]]
        gold = [t for view in train_views for t in view[1][:n]]
        shapes = None
        if args.shapes:
            shapes = [s for view in train_views for s in (view[2] or [])[:n]]
        tags = ["O", *sorted({t for s in gold for t in s if t != "O"})]
        index = {t: i for i, t in enumerate(tags)}
        ys = [np.array([index[t] for t in s]) for s in gold]
        stacked = np.concatenate(xs).astype(np.float32)
        mean, scale = stacked.mean(axis=0), stacked.std(axis=0) + 1e-3
        del stacked
        print(
            f"{args.lang}: {len(xs)} training sentences; layers {layers}; tags {tags}", flush=True
        )
        heads: list[LstmCrfHead] = []
        seed_scores = []
        for seed in args.seeds:
            started = time.time()
            score, head, epoch = train(
                xs,
                ys,
                shapes,
                tags,
                layers,
                mean,
                scale,
                tune,
                args.proj,
                args.hidden,
                args.dropout,
                mix=args.mix,
                seed=seed,
                keep=args.out if len(candidates) == 1 and len(args.seeds) == 1 else None,
            )
            print(f"layers {layers} seed {seed}: best tune F1 {score:.4f} at epoch {epoch}"
                  f" ({time.time() - started:.0f} s)", flush=True)  # fmt: skip
            heads.append(head)
            seed_scores.append({"seed": seed, "epoch": epoch, "tune_f1": round(score, 4)})
            results.append((score, layers, [epoch], head, len(xs), seed_scores[-1:]))
        if len(heads) > 1:
            ensemble = LstmCrfEnsemble(heads)
            score = mean_f1(ensemble, tune)
            print(f"layers {layers}: ensemble of {len(heads)} seeds, tune F1 {score:.4f}",
                  flush=True)  # fmt: skip
            epochs = [s["epoch"] for s in seed_scores]
            results.append((score, layers, epochs, ensemble, len(xs), seed_scores))
    score, layers, epochs, head, n_train, seeds = max(results, key=lambda r: r[0])
    report: dict = {
        "lang": args.lang,
        "kind": "bilstm-crf" if isinstance(head, LstmCrfHead) else "bilstm-crf-ensemble",
        "train_sentences": n_train,
        "spacings": ["rules", "plain"][: 2 if args.augment else 1],
        "tune_spacings": ["rules", "plain"][: len(spacings)],
        "layers": list(layers),
        "mix": args.mix,
        "shapes": list(SHAPES) if args.shapes else [],
        "proj": args.proj,
        "hidden": args.hidden,
        "dropout": args.dropout,
        "epochs": EPOCHS,
        "seeds": seeds,
        "epoch": epochs,
        "tune_f1": round(score, 4),
        "candidates": [
            {
                "layers": list(ls),
                "epoch": e,
                "seeds": [x["seed"] for x in sd],
                "tune_f1": round(s, 4),
            }
            for s, ls, e, _, _, sd in results
        ],
    }
    heldout = part("heldout", layers)
    if heldout is not None:
        for (_, plain), view in zip(spacings, heldout, strict=True):
            held, lines = f1(head, *view)
            name = "plain" if plain else "rules"
            report[f"heldout_f1_{name}"] = round(held, 4)
            report[f"heldout_{name}"] = [line.line() for line in lines]
    print(json.dumps(report, indent=2), flush=True)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    head.save(args.out)
    args.out.with_suffix(".json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
