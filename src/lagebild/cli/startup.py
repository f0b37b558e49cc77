"""Start-up helpers for commands that analyse text: spaCy imported without its command line.

``import spacy`` imports ``spacy.cli.info`` for the ``spacy.info`` function, and with it all
of spaCy's command line (requests, weasel, httpx, jinja2, click): a quarter of a second
of a cold ``lagebild analyze`` (of about two), for a function lagebild never calls.
:func:`import_spacy` imports spaCy with a stand-in for that one module; ``spacy.info``
imports the real one when called, and ``import spacy.cli`` works as ever afterwards.

thinc (under spaCy) also tries ``import torch`` when it is imported, to offer its PyTorch
wrappers: seconds of a cold start in an environment where torch is installed (the
``encoder-train`` extra), for a library no lagebild pipeline runs on (the encoder runs on
numpy and onnxruntime, the shipped models are thinc's own). :func:`import_spacy` hides torch
while spaCy is imported, so thinc takes it for absent; ``import torch`` works afterwards.
"""

from __future__ import annotations

import sys
import types
from typing import Any

_INFO = "spacy.cli.info"
# Imported by thinc when present, never used by lagebild's pipelines (see above).
_HIDDEN = ("torch",)


def import_spacy() -> None:
    """Import spaCy (if not imported yet) without importing its command line or torch."""
    if "spacy" in sys.modules or _INFO in sys.modules:
        return
    stand_in = types.ModuleType(_INFO)
    stand_in.info = _info  # type: ignore[attr-defined]
    sys.modules[_INFO] = stand_in
    # None in sys.modules makes ``import torch`` raise ImportError, as if not installed
    hidden = [name for name in _HIDDEN if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]
    try:
        import spacy  # noqa: F401
    finally:
        if sys.modules.get(_INFO) is stand_in:
            del sys.modules[_INFO]  # the real module is imported when asked for
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]  # importable again for whoever asks later


def _info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``: spaCy's own, imported on first use."""
    from spacy.cli.info import info

    return info(*args, **kwargs)
