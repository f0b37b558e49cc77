"""Train the biaffine parser head on cached encoder features (torch), keep the best tune epoch.

    python training/encoder/train_parser.py --features training/output/encoder \
        --layers 6-8 --out src/lagebild/models/encoder_parser_de.npz

Features come from ``parse_features.py`` (every layer at each word's first piece). The head
(``lagebild.nlp.encoder_parser.ParserHead``): the chosen layers standardized and mixed by
learned weights, dropout, ReLU layers per role (arc dependent/head, relation
dependent/head), a biaffine arc scorer and a biaffine relation classifier (Dozat & Manning
2017). Loss: cross-entropy over each word's heads and over the relations of its gold arc.
Adam (lr 2e-3, betas 0.9/0.9), batches of 32 sentences, seed 0. After each epoch the numpy
head decodes the tune part (Chu-Liu/Edmonds, one root) and the epoch with the best tune LAS
is kept; it is scored once on the held-out part (GSD test) as ``lagebild eval pos`` scores:
every token, punctuation included, the universal part of each relation.
"""

from __future__ import annotations

import argparse
import json
import logging
import time
from pathlib import Path

import numpy as np
import torch
from torch import nn

from lagebild.nlp.encoder_parser import ROOT_LABEL, ParserHead

DIMS = 384
ALL_LAYERS = tuple(range(1, 13))


def layer_list(text: str) -> tuple[int, ...]:
    """ "5-10" or "6,7,8" as a tuple of layer numbers."""
    if "-" in text:
        a, b = text.split("-")
        return tuple(range(int(a), int(b) + 1))
    return tuple(int(n) for n in text.split(","))


class Part:
    """One cached part: features of the chosen layers, sentence bounds, gold heads and
    relations."""

    def __init__(self, path: Path, layers: tuple[int, ...]) -> None:
        with np.load(path) as data:
            cols = np.concatenate([np.arange(DIMS) + DIMS * ALL_LAYERS.index(n) for n in layers])
            self.x = data["x"][:, cols].astype(np.float32)
            self.lengths = [int(n) for n in data["lengths"]]
            self.heads = data["heads"].astype(np.int64)
            self.deps = [str(d) for d in data["deps"]]
        self.starts = np.cumsum([0, *self.lengths[:-1]])

    def sentence(self, k: int) -> slice:
        return slice(int(self.starts[k]), int(self.starts[k]) + self.lengths[k])


class Biaffine(nn.Module):
    """The torch twin of :class:`ParserHead`."""

    def __init__(self, n_layers: int, n_labels: int, arc: int, rel: int, hidden: int,
                 dropout: float) -> None:  # fmt: skip
        super().__init__()
        self.mix_logits = nn.Parameter(torch.zeros(n_layers))
        self.gamma = nn.Parameter(torch.ones(()))
        self.root = nn.Parameter(torch.randn(DIMS) * 0.1)
        self.drop = nn.Dropout(dropout)
        self.n_layers = n_layers

        def mlp(out: int) -> nn.Sequential:
            layers: list[nn.Module] = []
            width = DIMS
            if hidden:
                layers += [nn.Linear(DIMS, hidden), nn.ReLU(), nn.Dropout(dropout)]
                width = hidden
            layers += [nn.Linear(width, out), nn.ReLU(), nn.Dropout(dropout)]
            return nn.Sequential(*layers)

        self.mlps = nn.ModuleDict(
            {"arc_dep": mlp(arc), "arc_head": mlp(arc), "rel_dep": mlp(rel), "rel_head": mlp(rel)}
        )
        self.arc_w = nn.Parameter(torch.zeros(arc + 1, arc))
        self.rel_w = nn.Parameter(torch.zeros(n_labels, rel + 1, rel + 1))

    def mix(self) -> torch.Tensor:
        return torch.softmax(self.mix_logits, 0) * self.gamma

    def forward(
        self, x: torch.Tensor, heads: torch.Tensor | None = None
    ) -> tuple[torch.Tensor, torch.Tensor]:
        """x: (batch, words, layers * dims), standardized -> arc scores (batch, n+1, n+1)
        and relation scores (batch, n+1, n+1, labels), or with ``heads`` (batch, n+1) only
        those of each word's arc to its given head (batch, n+1, labels): n times less work."""
        b, n, _ = x.shape
        mixed = torch.einsum("bnld,l->bnd", x.view(b, n, self.n_layers, DIMS), self.mix())
        h = torch.cat([self.root.expand(b, 1, DIMS), mixed], dim=1)
        h = self.drop(h)
        out = {name: m(h) for name, m in self.mlps.items()}
        ones = torch.ones(b, n + 1, 1)
        dep = torch.cat([out["arc_dep"], ones], -1)
        arcs = torch.einsum("bip,pq,bjq->bij", dep, self.arc_w, out["arc_head"])
        rd = torch.cat([out["rel_dep"], ones], -1)
        rh = torch.cat([out["rel_head"], ones], -1)
        if heads is not None:
            picked = torch.gather(
                rh, 1, heads.clamp(min=0)[:, :, None].expand(-1, -1, rh.shape[-1])
            )
            return arcs, torch.einsum("bip,lpq,biq->bil", rd, self.rel_w, picked)
        rels = torch.einsum("bip,lpq,bjq->bijl", rd, self.rel_w, rh)
        return arcs, rels

    def to_head(self, layers: tuple[int, ...], labels: list[str], mean: np.ndarray,
                scale: np.ndarray) -> ParserHead:  # fmt: skip
        def f(t: torch.Tensor) -> np.ndarray:
            return t.detach().numpy().astype(np.float32)

        mlp = {}
        for name, seq in self.mlps.items():
            linears = [m for m in seq if isinstance(m, nn.Linear)]
            mlp[name] = [(f(m.weight.T), f(m.bias)) for m in linears]
        return ParserHead(
            layers=layers,
            labels=labels,
            mix=f(self.mix()),
            mean=mean.astype(np.float32),
            scale=scale.astype(np.float32),
            root=f(self.root),
            mlp=mlp,  # type: ignore[arg-type]
            arc_w=f(self.arc_w),
            rel_w=f(self.rel_w),
        )


def universal(dep: str) -> str:
    return dep.lower().split(":")[0]


def score(head: ParserHead, part: Part, x: np.ndarray) -> tuple[float, float, float]:
    """UAS, LAS (every token, universal relations) and seconds of decoding."""
    started = time.time()
    n = uas = las = 0
    for k in range(len(part.lengths)):
        sl = part.sentence(k)
        heads, deps = head.parse(x[sl])
        for h, d, gh, gd in zip(heads, deps, part.heads[sl], part.deps[sl], strict=True):
            n += 1
            if h == gh:
                uas += 1
                las += universal(d) == universal(gd)
    return uas / n, las / n, time.time() - started


def batches(part: Part, x: np.ndarray, label_ids: dict[str, int], order: np.ndarray, size: int):
    for a in range(0, len(order), size):
        ks = order[a : a + size]
        n = max(part.lengths[k] for k in ks)
        xb = np.zeros((len(ks), n, x.shape[1]), dtype=np.float32)
        heads = np.full((len(ks), n + 1), -100, dtype=np.int64)
        rels = np.full((len(ks), n + 1), -100, dtype=np.int64)
        mask = np.zeros((len(ks), n + 1), dtype=bool)
        for row, k in enumerate(ks):
            sl = part.sentence(k)
            m = part.lengths[k]
            xb[row, :m] = x[sl]
            heads[row, 1 : m + 1] = part.heads[sl]
            rels[row, 1 : m + 1] = [label_ids.get(d, label_ids["dep"]) for d in part.deps[sl]]
            mask[row, : m + 1] = True
        yield (
            torch.from_numpy(xb),
            torch.from_numpy(heads),
            torch.from_numpy(rels),
            torch.from_numpy(mask),
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--features", type=Path, default=Path("training/output/encoder"))
    parser.add_argument("--layers", default="6-8")
    parser.add_argument("--epochs", type=int, default=15)
    parser.add_argument("--arc", type=int, default=256)
    parser.add_argument("--rel", type=int, default=128)
    parser.add_argument("--hidden", type=int, default=0, help="a shared-shape ReLU layer first")
    parser.add_argument("--dropout", type=float, default=0.33)
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--heldout", action="store_true", help="score the best epoch on GSD test")
    args = parser.parse_args()
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")
    torch.manual_seed(args.seed)
    rng = np.random.default_rng(args.seed)
    layers = layer_list(args.layers)
    train, tune = (Part(args.features / f"parse-{p}.npz", layers) for p in ("train", "tune"))
    mean = train.x.mean(axis=0)
    scale = train.x.std(axis=0) + 1e-6
    xs = (train.x - mean) / scale
    labels = sorted(set(train.deps) | {ROOT_LABEL, "dep"})
    label_ids = {label: i for i, label in enumerate(labels)}
    model = Biaffine(len(layers), len(labels), args.arc, args.rel, args.hidden, args.dropout)
    opt = torch.optim.Adam(model.parameters(), lr=args.lr, betas=(0.9, 0.9))
    ce = nn.CrossEntropyLoss(ignore_index=-100, reduction="sum")
    best: tuple[float, int, ParserHead | None] = (-1.0, -1, None)
    history = []
    for epoch in range(1, args.epochs + 1):
        model.train()
        started = time.time()
        total = 0.0
        order = rng.permutation(len(train.lengths))
        for xb, heads, rels, mask in batches(train, xs, label_ids, order, 32):
            arcs, picked = model(xb, heads)
            arcs = arcs.masked_fill(~mask[:, None, :], -1e9)
            loss_arc = ce(arcs.reshape(-1, arcs.shape[-1]), heads.reshape(-1))
            loss_rel = ce(picked.reshape(-1, len(labels)), rels.reshape(-1))
            n_words = int((heads >= 0).sum())
            loss = (loss_arc + loss_rel) / n_words
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            total += float(loss.detach()) * n_words
        model.eval()
        head = model.to_head(layers, labels, mean, scale)
        uas, las, secs = score(head, tune, tune.x)
        history.append(
            {"epoch": epoch, "loss": total / len(train.deps), "tune_uas": uas, "tune_las": las}
        )
        logging.info(
            "epoch %d: loss %.3f, tune UAS %.1f LAS %.1f (%.0f s train, %.1f s decode)",
            epoch, total / len(train.deps), 100 * uas, 100 * las,
            time.time() - started - secs, secs,
        )  # fmt: skip
        if las > best[0]:
            best = (las, epoch, head)
            if args.out:  # kept at once: a stopped run still leaves its best epoch
                head.save(args.out)
    las, epoch, head = best
    assert head is not None
    logging.info("best tune LAS %.1f at epoch %d; mix %s", 100 * las, epoch, np.round(head.mix, 3))
    report = {"layers": list(layers), "args": {k: str(v) for k, v in vars(args).items()},
              "best_epoch": epoch, "tune_las": las, "history": history}  # fmt: skip
    if args.heldout:
        test = Part(args.features / "parse-heldout.npz", layers)
        uas, las_t, secs = score(head, test, test.x)
        report |= {"heldout_uas": uas, "heldout_las": las_t, "heldout_decode_s": secs}
        logging.info("held out (GSD test): UAS %.1f LAS %.1f", 100 * uas, 100 * las_t)
    if args.out:
        head.save(args.out)
        args.out.with_suffix(".json").write_text(json.dumps(report, indent=1) + "\n")
        logging.info("wrote %s (%.1f MB)", args.out, args.out.stat().st_size / 1e6)


if __name__ == "__main__":
    main()
