"""What the head reads per token besides the encoder: the rules' output (stacking), and
what it learns from: gold tags per role.

Rule features of a token (:func:`rule_features`, language-neutral): the roles the rule
component gives it and the tokens up to two either side, the form of the rule claim
whose message holds it, quotation state, whether its sentence and the sentences around
hold rule roles, and where in the sentence it stands. Lexicon features
(:func:`lexicon_features`): whether the token and the tokens up to two either side are a
cue verb or a frame word of the rules' lexicon of the language, whether or not the rules
made a claim of them. Context features (:func:`context_features`): the previous
sentence's encoder states averaged over its tokens and the roles the rules give in it.
A model is trained on these together with the encoder states of
:mod:`lagebild.learned.encoded`. :func:`rule_shift` turns the rules' roles into a
decoding prior.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

import numpy as np
import numpy.typing as npt

from lagebild.learned.head import ROLE_CODES
from lagebild.spkatt.features import CLOSING, OPENING, STRAIGHT, DocumentView
from lagebild.spkatt.io import FORMS, SpkAttDocument
from lagebild.spkatt.tags import ROLES, normalise

OFFSETS = (0, -1, 1, -2, 2)
N_RULE_FEATURES = len(OFFSETS) * len(ROLE_CODES) + len(FORMS) + 2 + 5 + 4
LEXICON_GROUPS = ("cue verb", "frame word")
N_LEXICON_FEATURES = len(OFFSETS) * len(LEXICON_GROUPS)
QUOTE_MARKS = OPENING | CLOSING | STRAIGHT
Floats = npt.NDArray[np.float32]


def rule_features(view: DocumentView, s: int) -> Floats:
    """(tokens, :data:`N_RULE_FEATURES`) features of sentence ``s`` of an analysed view."""
    words = view.words[s]
    n = len(words)
    out = np.zeros((n, N_RULE_FEATURES), dtype=np.float32)
    roles = view.rule_roles[s] if view.rule_roles else [""] * n
    forms = view.rule_forms[s] if view.rule_forms else [""] * n
    quoted = view.in_quote[s] if view.in_quote else [False] * n
    for i in range(n):
        col = 0
        for off in OFFSETS:
            j = i + off
            for code in ROLE_CODES:
                if 0 <= j < n and code in roles[j]:
                    out[i, col] = 1.0
                col += 1
        if forms[i] in FORMS:
            out[i, col + FORMS.index(forms[i])] = 1.0
        col += len(FORMS)
        out[i, col] = float(quoted[i])
        out[i, col + 1] = float(words[i] in QUOTE_MARKS)
        col += 2
        out[i, col] = float(any("C" in r for r in roles))
        out[i, col + 1] = float(any(roles))
        before = view.rule_roles[s - 1] if s > 0 and view.rule_roles else []
        after = view.rule_roles[s + 1] if s + 1 < len(view.rule_roles) else []
        out[i, col + 2] = float(bool(before) and "M" in before[-1])
        out[i, col + 3] = float(any(before))
        out[i, col + 4] = float(any(after))
        col += 5
        out[i, col] = float(i == 0)
        out[i, col + 1] = float(i == n - 1)
        out[i, col + 2] = i / max(n - 1, 1)
        out[i, col + 3] = float(s == 0)
    return out


def context_features(
    view: DocumentView,
    states: Sequence[npt.NDArray[np.float16]],
    s: int,
    layers: Sequence[int],
    width: int,
) -> Floats:
    """(tokens, len(layers) * width + 4) features of sentence ``s``, the same on every
    token: the previous sentence's states of the cached layer slots ``layers`` (each
    ``width`` wide) averaged over its tokens, and whether the rules give any of its
    tokens each role of :data:`ROLE_CODES` (zeros for the first sentence)."""
    n = len(view.words[s])
    out = np.zeros((n, len(layers) * width + len(ROLE_CODES)), dtype=np.float32)
    if s == 0 or not len(states[s - 1]):
        return out
    previous = states[s - 1].astype(np.float32).mean(axis=0)
    for k, layer in enumerate(layers):
        out[:, k * width : (k + 1) * width] = previous[layer * width : (layer + 1) * width]
    roles = view.rule_roles[s - 1] if len(view.rule_roles) > s - 1 else []
    for r, code in enumerate(ROLE_CODES):
        out[:, len(layers) * width + r] = float(any(code in held for held in roles))
    return out


def rule_shift(
    view: DocumentView, s: int, prior: Mapping[str, float], roles: Sequence[str] = ROLE_CODES
) -> Floats | None:
    """(tokens, roles) amounts to lower the ``O`` score by when decoding sentence ``s``:
    ``prior[code]`` where the rules give the token that role, else 0 (None: no prior)."""
    if not prior or not view.rule_roles:
        return None
    held = view.rule_roles[s]
    out = np.zeros((len(view.words[s]), len(roles)), dtype=np.float32)
    for r, code in enumerate(roles):
        weight = prior.get(code, 0.0)
        if weight:
            out[:, r] = [weight if code in h else 0.0 for h in held]
    return out


@cache
def cue_lexicon(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """Lower-cased cue verb lemmas and frame words (frame nouns and prepositions,
    "according") of the rules' lexicon of ``lang`` (``en``, else German)."""
    if lang == "en":
        from lagebild.extract.attribution.lexicon_en import LEXICON as EN

        frames = {*EN.frame_nouns, *EN.according_to[:1], *EN.relay_verbs}
        return frozenset(EN.cue_verbs), frozenset(w.lower() for w in frames)
    from lagebild.extract.attribution.lexicon_de import LEXICON as DE

    frames = {*DE.frame_nouns, *DE.frame_preps}
    return frozenset(v.lower() for v in DE.cue_verbs), frozenset(w.lower() for w in frames)


def lexicon_features(view: DocumentView, s: int, lang: str) -> Floats:
    """(tokens, :data:`N_LEXICON_FEATURES`) features of sentence ``s``: per offset of
    :data:`OFFSETS`, whether that token's lemma is a cue verb, and whether its word or
    lemma is a frame word, of the rules' lexicon of ``lang``."""
    verbs, frames = cue_lexicon(lang)
    words, lemmas = view.words[s], view.lemmas[s]
    n = len(words)
    hits = np.zeros((n, len(LEXICON_GROUPS)), dtype=np.float32)
    for i in range(n):
        lemma = (lemmas[i] or words[i]).lower()
        hits[i, 0] = float(lemma in verbs)
        hits[i, 1] = float(words[i].lower() in frames or lemma in frames)
    out = np.zeros((n, N_LEXICON_FEATURES), dtype=np.float32)
    for k, off in enumerate(OFFSETS):
        cols = slice(k * len(LEXICON_GROUPS), (k + 1) * len(LEXICON_GROUPS))
        if off >= 0:
            out[: n - off, cols] = hits[off:]
        else:
            out[-off:, cols] = hits[: n + off]
    return out


def gold_role_tags(document: SpkAttDocument) -> list[npt.NDArray[np.int64]]:
    """Per sentence a (tokens, roles) array of indices into :data:`BIO`: a token is
    ``B`` of a role where a top-level annotation's run of that role starts."""
    sizes = [len(s.tokens) for s in document.sentences]
    out = [np.zeros((n, len(ROLE_CODES)), dtype=np.int64) for n in sizes]
    by_code = dict((code, name) for name, code in ROLES)
    for ann in document.top_level():
        for r, code in enumerate(ROLE_CODES):
            ids = set(ann.role(by_code[code]))
            for s, t in ids:
                if s >= len(sizes) or t >= sizes[s]:
                    continue
                begins = (s, t - 1) not in ids
                if begins or out[s][t, r] == 0:
                    out[s][t, r] = 1 if begins else 2
    return out


def combined_labels(tags: list[dict[str, str]]) -> list[str]:
    """Per-role tags of a sentence as the one-label-per-token BIO codes of
    :mod:`lagebild.spkatt.tags` (``B-SM``, ``I-C``, ``O``, ...)."""
    out: list[str] = []
    previous = "O"
    for token in tags:
        held = "".join(code for code in ROLE_CODES if token.get(code, "O") != "O")
        code = normalise(held)
        if code == "O":
            out.append("O")
        else:
            begins = code != previous or any(token.get(c) == "B" for c in code)
            out.append(("B-" if begins else "I-") + code)
        previous = code
    return out
