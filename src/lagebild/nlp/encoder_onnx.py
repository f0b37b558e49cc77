"""The encoder's transformer layers as an ONNX graph run by onnxruntime (one thread).

The same computation as :func:`lagebild.nlp.encoder_forward.forward` after the embeddings
(which stay in numpy, as the word embedding is dequantized row by row): per layer
self-attention and the GELU feed-forward block (exact erf), each added back and
layer-normalized, from the same fp32 matrices. The graph is written from the numpy
weights as ONNX protobuf bytes (:class:`_Graph`; nothing read from disk or downloaded,
and no ``onnx`` package, whose import alone took 1.2 s of a cold start); onnxruntime
fuses the attention, GELU and layer-norm steps numpy runs one array pass at a time, and
ran the layers of 40 articles' sentences 1.9x as fast as numpy on one thread
(MODELS.md, "Speed and memory"). Hidden states agree with numpy's at cosine >= 0.9999.
Used where ``onnxruntime`` is installed (the ``accurate`` extra); numpy otherwise.
"""

from __future__ import annotations

import logging
import struct
from collections.abc import Sequence
from importlib import util
from typing import Any

import numpy as np
import numpy.typing as npt

from lagebild.nlp.encoder_weights import EncoderWeights, Floats, Layer

log = logging.getLogger(__name__)

THREADS = 1  # one analysis worker per core (encoder_threads.py: a second thread only waits)
OPSET = 17  # LayerNormalization


def available() -> bool:
    """Whether onnxruntime is installed."""
    return util.find_spec("onnxruntime") is not None


class OnnxLayers:
    """Runs layers 1 to ``depth`` of the encoder on embedded, padded batches."""

    def __init__(self, weights: EncoderWeights, depth: int) -> None:
        import onnxruntime as ort

        self.depth = depth
        options = ort.SessionOptions()
        options.intra_op_num_threads = THREADS
        options.inter_op_num_threads = 1
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        self.session = ort.InferenceSession(
            build_graph(weights, depth), options, providers=["CPUExecutionProvider"]
        )
        log.info("encoder layers 1-%d on onnxruntime %s", depth, ort.__version__)

    def __call__(self, x: Floats, bias: Floats, layers: Sequence[int]) -> dict[int, Floats]:
        """States (batch, length, hidden) of ``layers`` (1..depth) from the embeddings ``x``
        and the additive attention mask ``bias`` (batch, 1, 1, length)."""
        names = [f"h{n}" for n in layers]
        outputs = self.session.run(names, {"x": x, "bias": bias})
        return dict(zip(layers, outputs, strict=True))


def build_graph(weights: EncoderWeights, depth: int) -> bytes:
    """The serialized ONNX model of layers 1 to ``depth``: inputs ``x`` (embeddings) and
    ``bias``, outputs ``h1`` .. ``h{depth}``."""
    cfg = weights.config
    hidden, heads = cfg.hidden, cfg.heads
    head_dim = hidden // heads
    graph = _Graph()
    split = graph.const("split_heads", np.array([0, 0, heads, head_dim], dtype=np.int64))
    merge = graph.const("merge_heads", np.array([0, 0, hidden], dtype=np.int64))
    scale = graph.const("scale", np.array(1.0 / np.sqrt(head_dim), dtype=np.float32))
    sqrt2 = graph.const("sqrt2", np.array(np.sqrt(2.0), dtype=np.float32))
    one = graph.const("one", np.array(1.0, dtype=np.float32))
    half = graph.const("half", np.array(0.5, dtype=np.float32))
    op = graph.op
    x = "x"
    for n, layer in enumerate(weights.layers[:depth], start=1):
        vec = layer.vectors

        def linear(inp: str, name: str, n: int = n, layer: Layer = layer) -> str:
            w = graph.const(f"l{n}.{name}.w", layer.matrix(name).T)  # (in, out)
            b = graph.const(f"l{n}.{name}.b", layer.vectors[f"{name}.b"])
            return op("Add", [op("MatMul", [inp, w]), b])

        def split_heads(t: str) -> str:
            return op("Transpose", [op("Reshape", [t, split])], perm=[0, 2, 1, 3])

        def norm(t: str, name: str, out: str | None = None, n: int = n, vec: Any = vec) -> str:
            w = graph.const(f"l{n}.{name}.w", vec[f"{name}.w"])
            b = graph.const(f"l{n}.{name}.b", vec[f"{name}.b"])
            return op("LayerNormalization", [t, w, b], out=out, axis=-1, epsilon=cfg.eps)

        q = split_heads(linear(x, "q"))
        k = split_heads(linear(x, "k"))
        v = split_heads(linear(x, "v"))
        scores = op("MatMul", [q, op("Transpose", [k], perm=[0, 1, 3, 2])])
        probs = op("Softmax", [op("Add", [op("Mul", [scores, scale]), "bias"])], axis=-1)
        context = op("Transpose", [op("MatMul", [probs, v])], perm=[0, 2, 1, 3])
        merged = op("Reshape", [context, merge])
        x = norm(op("Add", [x, linear(merged, "ao")]), "aln")
        inner = linear(x, "fi")
        erf = op("Erf", [op("Div", [inner, sqrt2])])
        gelu = op("Mul", [op("Mul", [inner, op("Add", [erf, one])]), half])
        x = norm(op("Add", [x, linear(gelu, "fo")]), "oln", out=f"h{n}")
    Shape = list[int | str]
    inputs: list[tuple[str, Shape]] = [
        ("x", ["batch", "length", hidden]),
        ("bias", ["batch", 1, 1, "length"]),
    ]
    outputs: list[tuple[str, Shape]] = [
        (f"h{n}", ["batch", "length", hidden]) for n in range(1, depth + 1)
    ]
    return graph.model("multilingual-e5-small", inputs, outputs)


# The ONNX protobuf messages written field by field (onnx.proto3; the ``onnx`` package,
# whose import alone takes over a second, is not needed at run time).
FLOAT, INT64 = 1, 7  # TensorProto.DataType
ATTRIBUTE_FLOAT, ATTRIBUTE_INT, ATTRIBUTE_INTS = 1, 2, 7  # AttributeProto.AttributeType
IR_VERSION = 8


def _varint(n: int) -> bytes:
    n &= (1 << 64) - 1  # negative int64 as two's complement
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        if n:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _field(number: int, payload: bytes | str) -> bytes:
    """A length-delimited field (a string, bytes or a nested message)."""
    data = payload.encode() if isinstance(payload, str) else payload
    return _varint(number << 3 | 2) + _varint(len(data)) + data


def _int_field(number: int, value: int) -> bytes:
    return _varint(number << 3) + _varint(value)


def _attribute(name: str, value: int | float | list[int]) -> bytes:
    out = _field(1, name)
    if isinstance(value, list):
        out += b"".join(_int_field(8, v) for v in value) + _int_field(20, ATTRIBUTE_INTS)
    elif isinstance(value, float):
        out += _varint(2 << 3 | 5) + struct.pack("<f", value) + _int_field(20, ATTRIBUTE_FLOAT)
    else:
        out += _int_field(3, value) + _int_field(20, ATTRIBUTE_INT)
    return out


def _value_info(name: str, shape: list[int | str]) -> bytes:
    dims = b"".join(
        _field(1, _field(2, d) if isinstance(d, str) else _int_field(1, d)) for d in shape
    )
    tensor_type = _int_field(1, FLOAT) + _field(2, dims)
    return _field(1, name) + _field(2, _field(1, tensor_type))


class _Graph:
    """Nodes and initializers of one ONNX graph, serialized as they are added. An
    initializer is kept as its header and its data apart, so that the model's bytes are
    joined once (the matrices are tens of MB)."""

    def __init__(self) -> None:
        self.nodes: list[bytes] = []
        self.initializers: list[tuple[bytes, bytes]] = []  # (field header, tensor message)

    def const(self, name: str, value: npt.NDArray[Any]) -> str:
        """An initializer (float32 or int64) named ``name``."""
        kind = INT64 if value.dtype == np.int64 else FLOAT
        data = np.ascontiguousarray(value, dtype="<i8" if kind == INT64 else "<f4").tobytes()
        dims = b"".join(_int_field(1, d) for d in value.shape)
        head = dims + _int_field(2, kind) + _field(8, name) + _varint(9 << 3 | 2)
        head += _varint(len(data))
        header = _varint(5 << 3 | 2) + _varint(len(head) + len(data)) + head
        self.initializers.append((header, data))
        return name

    def op(self, kind: str, inputs: list[str], out: str | None = None, **attributes: Any) -> str:
        """A node of operator ``kind``; its one output's name."""
        out = out or f"{kind.lower()}{len(self.nodes)}"
        node = b"".join(_field(1, i) for i in inputs) + _field(2, out)
        node += _field(3, out) + _field(4, kind)
        node += b"".join(_field(5, _attribute(k, v)) for k, v in attributes.items())
        self.nodes.append(_field(1, node))
        return out

    def model(
        self,
        name: str,
        inputs: list[tuple[str, list[int | str]]],
        outputs: list[tuple[str, list[int | str]]],
    ) -> bytes:
        """The serialized ModelProto."""
        parts = [*self.nodes, _field(2, name)]
        for header, data in self.initializers:
            parts += [header, data]
        parts += [_field(11, _value_info(n, s)) for n, s in inputs]
        parts += [_field(12, _value_info(n, s)) for n, s in outputs]
        graph_size = sum(len(p) for p in parts)
        opset = _field(1, "") + _int_field(2, OPSET)
        head = _int_field(1, IR_VERSION) + _varint(7 << 3 | 2) + _varint(graph_size)
        return b"".join([head, *parts, _field(8, opset)])
