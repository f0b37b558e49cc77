"""The near-duplicate index over the store: the MinHash band keys of stored documents
(:mod:`lagebild.ingest.dedup` makes the signatures) kept in the store, so the index survives
runs and costs no memory per stored document, plus the documents still being analysed.

The store's tables ``minhash_bands (band, key, document_id)`` and ``minhash_signatures
(document_id, hashvalues)`` hold the index (:mod:`lagebild.store.minhash_sql`). A band row
whose document is not stored (a run killed between the two writes) is ignored when matching.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import numpy as np

from lagebild.ingest.dedup import (
    NUM_PERM,
    THRESHOLD,
    Signature,
    lsh_bands,
    similarity,
    text_signature,
)
from lagebild.store import Store

log = logging.getLogger(__name__)


@dataclass(slots=True)
class _Pending:
    signatures: dict[str, Signature] = field(default_factory=dict)
    bands: dict[tuple[int, bytes], set[str]] = field(default_factory=dict)


class NearDuplicates:
    """Finds stored (or pending) documents whose text is a near-duplicate of a new one."""

    def __init__(
        self, store: Store, threshold: float = THRESHOLD, num_perm: int = NUM_PERM
    ) -> None:
        self.store = store
        self.threshold = threshold
        self.num_perm = num_perm
        self.b, self.r = lsh_bands(threshold, num_perm)
        self._pending = _Pending()

    def signature(self, text: str) -> Signature:
        """The MinHash of the text's word 3-grams (lower-cased) and its band keys."""
        return text_signature(text, self.b, self.r, self.num_perm)

    def find(self, signature: Signature) -> tuple[str, bool] | None:
        """(document id, pending?) of the most similar near-duplicate at or above the
        threshold: a stored document, or one handed to ``add_pending`` and not yet stored."""
        best: tuple[float, str, bool] | None = None
        pending = set()
        for band, key in enumerate(signature.bands):
            pending |= self._pending.bands.get((band, key), set())
        for doc_id in pending:
            score = similarity(signature, self._pending.signatures[doc_id])
            if score >= self.threshold and (best is None or score > best[0]):
                best = (score, doc_id, True)
        with self.store.session(write=False) as session:
            for doc_id in sorted(session.band_candidates(signature.bands)):
                hashvalues = session.signature_of(doc_id)
                if hashvalues is None:
                    continue
                stored = np.frombuffer(hashvalues, dtype=np.uint64)
                score = float(np.mean(stored == signature.hashvalues))
                if score >= self.threshold and (best is None or score > best[0]):
                    best = (score, doc_id, False)
        if best is None:
            return None
        log.debug("near-duplicate of %s (estimated Jaccard %.2f)", best[1], best[0])
        return best[1], best[2]

    def add_pending(self, document_id: str, signature: Signature) -> None:
        """Remember a document that is being analysed, so its near-duplicates wait for it."""
        self._pending.signatures[document_id] = signature
        for band, key in enumerate(signature.bands):
            self._pending.bands.setdefault((band, key), set()).add(document_id)

    def drop_pending(self, document_id: str) -> Signature | None:
        """Forget a pending document (stored or failed); its signature."""
        signature = self._pending.signatures.pop(document_id, None)
        if signature is not None:
            for band, key in enumerate(signature.bands):
                ids = self._pending.bands.get((band, key))
                if ids is not None:
                    ids.discard(document_id)
                    if not ids:
                        del self._pending.bands[(band, key)]
        return signature

    def add(self, document_id: str, signature: Signature) -> None:
        """Index a stored document (one transaction)."""
        with self.store.session() as session:
            session.add_signature(document_id, signature.hashvalues.tobytes(), signature.bands)
