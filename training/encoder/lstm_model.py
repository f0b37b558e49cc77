"""The BiLSTM-CRF head in torch (training only) and its export to the numpy head.

The shipped :class:`lagebild.nlp.encoder_ner_lstm.LstmCrfHead` repeats :meth:`BiLstmCrf.
emissions` in numpy (dropout off) and decodes with the same transition, start and end
scores; BIO's forbidden transitions are excluded here too (score -1e4), so training and
decoding see the same paths.
"""

from __future__ import annotations

import numpy as np
import torch
from torch import nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

from lagebild.nlp.encoder_ner_lstm import LstmCrfHead, LstmWeights

FORBIDDEN = -1e4


def bio_masks(tags: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
    """Additive masks: transitions [previous, next] and starts that BIO forbids."""
    n = len(tags)
    trans = torch.zeros(n, n)
    start = torch.zeros(n)
    for j, tag in enumerate(tags):
        if tag.startswith("I-"):
            start[j] = FORBIDDEN
            for i, prev in enumerate(tags):
                if prev not in (f"B-{tag[2:]}", f"I-{tag[2:]}"):
                    trans[i, j] = FORBIDDEN
    return trans, start


class BiLstmCrf(nn.Module):
    """Projection + ReLU, one BiLSTM layer, tag scores; CRF transition scores.

    ``dim`` columns of encoder features, then ``shapes`` columns of word shapes. With
    ``mix`` set (the number of layers the features hold, 384 columns each), the layers are
    first averaged with learned softmax weights and a learned scale (a scalar mix) and only
    the mix is projected; :func:`to_head` folds the mix into the projection.
    """

    def __init__(
        self,
        tags: list[str],
        dim: int,
        proj: int = 256,
        hidden: int = 128,
        dropout: float = 0.3,
        shapes: int = 0,
        mix: int = 0,
    ) -> None:
        super().__init__()
        self.tags = tags
        self.dim, self.shapes, self.mix = dim, shapes, mix
        if mix:
            self.mix_w = nn.Parameter(torch.zeros(mix))
            self.mix_gamma = nn.Parameter(torch.ones(1))
        self.proj = nn.Linear((dim // mix if mix else dim) + shapes, proj)
        self.lstm = nn.LSTM(proj, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, len(tags))
        self.transitions = nn.Parameter(torch.zeros(len(tags), len(tags)))
        self.start = nn.Parameter(torch.zeros(len(tags)))
        self.end = nn.Parameter(torch.zeros(len(tags)))
        self.drop = nn.Dropout(dropout)
        trans_mask, start_mask = bio_masks(tags)
        self.register_buffer("trans_mask", trans_mask)
        self.register_buffer("start_mask", start_mask)

    def emissions(self, x: torch.Tensor, lengths: torch.Tensor) -> torch.Tensor:
        """Tag scores (batch, words, tags) of standardized, padded features."""
        if self.mix:
            feats, shapes = x[..., : self.dim], x[..., self.dim :]
            layers = feats.reshape(*feats.shape[:-1], self.mix, self.dim // self.mix)
            mixed = (layers * self.mix_weights()[:, None]).sum(-2)
            x = torch.cat([mixed, shapes], dim=-1)
        h = self.drop(torch.relu(self.proj(self.drop(x))))
        packed = pack_padded_sequence(h, lengths.cpu(), batch_first=True, enforce_sorted=False)
        out, _ = self.lstm(packed)
        out, _ = pad_packed_sequence(out, batch_first=True, total_length=x.shape[1])
        return self.out(self.drop(out))

    def mix_weights(self) -> torch.Tensor:
        """Each layer's weight in the scalar mix (scale included)."""
        return self.mix_gamma * torch.softmax(self.mix_w, dim=0)

    def nll(self, x: torch.Tensor, lengths: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        """The CRF's mean negative log-likelihood of the gold tags ``y`` (batch, words)."""
        em = self.emissions(x, lengths)
        batch, words, _ = em.shape
        mask = torch.arange(words)[None, :] < lengths[:, None]
        trans = self.transitions + self.trans_mask
        start = self.start + self.start_mask
        rows = torch.arange(batch)
        # the gold path's score
        gold = start[y[:, 0]] + em[rows, 0, y[:, 0]]
        for t in range(1, words):
            step = trans[y[:, t - 1], y[:, t]] + em[rows, t, y[:, t]]
            gold = gold + step * mask[:, t]
        last = y[rows, lengths - 1]
        gold = gold + self.end[last]
        # the log partition function
        alpha = start[None, :] + em[:, 0]
        for t in range(1, words):
            nxt = torch.logsumexp(alpha[:, :, None] + trans[None], dim=1) + em[:, t]
            alpha = torch.where(mask[:, t, None], nxt, alpha)
        log_z = torch.logsumexp(alpha + self.end[None, :], dim=1)
        return (log_z - gold).mean()


def to_head(
    model: BiLstmCrf, layers: tuple[int, ...], mean: np.ndarray, scale: np.ndarray
) -> LstmCrfHead:
    """The numpy head with ``model``'s weights (float32)."""

    def a(t: torch.Tensor) -> np.ndarray:
        return t.detach().cpu().numpy().astype(np.float32)

    lstm = model.lstm

    def direction(suffix: str) -> LstmWeights:
        return LstmWeights(
            a(getattr(lstm, f"weight_ih_l0{suffix}")),
            a(getattr(lstm, f"weight_hh_l0{suffix}")),
            a(getattr(lstm, f"bias_ih_l0{suffix}") + getattr(lstm, f"bias_hh_l0{suffix}")),
        )

    proj_w = a(model.proj.weight.T)  # (in, P)
    if model.mix:
        width = model.dim // model.mix
        weights = a(model.mix_weights())
        feats = np.concatenate([w * proj_w[:width] for w in weights])
        proj_w = np.concatenate([feats, proj_w[width:]])
    return LstmCrfHead(
        tags=list(model.tags),
        layers=layers,
        mean=mean.astype(np.float32),
        scale=scale.astype(np.float32),
        shapes=model.shapes,
        proj_w=proj_w,
        proj_b=a(model.proj.bias),
        forward=direction(""),
        backward=direction("_reverse"),
        out_w=a(model.out.weight.T),
        out_b=a(model.out.bias),
        transitions=a(model.transitions),
        start=a(model.start),
        end=a(model.end),
    )
