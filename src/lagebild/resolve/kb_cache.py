"""The shipped knowledge base, kept built in a cache file between runs.

Building it from ``resolve/data/`` (four CSV tables read, a lookup key made for each of
4,000 aliases) took about a tenth of a second of every start; reading the built one back
takes a quarter of that. The file lives in ``$XDG_CACHE_HOME/lagebild`` (else
``~/.cache/lagebild``), named by a digest of the tables, of the code that builds and
holds the knowledge base and of the Python version, so any change to them builds a new
one. It is written on first use (to a temporary name, then renamed into place); where the
folder cannot be written, or the file cannot be read, the knowledge base is built as
before. ``$LAGEBILD_NO_CACHE`` (any value) turns it off.
"""

from __future__ import annotations

import hashlib
import logging
import os
import pickle
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from lagebild.gc_pause import paused_gc

log = logging.getLogger(__name__)

T = TypeVar("T")
NO_CACHE_VAR = "LAGEBILD_NO_CACHE"
_PACKAGE = Path(__file__).resolve().parent.parent
# The code whose change makes a stored knowledge base stale (its classes and its keys).
SOURCES = ("model.py", "resolve/kb.py", "resolve/kb_cache.py", "resolve/tables.py",
           "resolve/normalize.py")  # fmt: skip


def cache_dir() -> Path:
    """Where lagebild keeps files it can rebuild (the Spark class archive does too)."""
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "lagebild"


def fingerprint(data_dir: Path) -> str:
    """A digest of the tables under ``data_dir``, the code in :data:`SOURCES` and the
    Python version and pickle protocol."""
    digest = hashlib.sha256(f"{sys.version}|{pickle.HIGHEST_PROTOCOL}".encode())
    files = sorted(p for p in data_dir.rglob("*") if p.is_file())
    for path in [*files, *(_PACKAGE / s for s in SOURCES)]:
        digest.update(str(path.relative_to(path.parents[1])).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def cached(name: str, data_dir: Path, build: Callable[[], T]) -> T:
    """What ``build()`` returns, read from the cache file for ``name`` and the current
    :func:`fingerprint` of ``data_dir`` when there is one, else built and stored."""
    if os.environ.get(NO_CACHE_VAR):
        return build()
    try:
        path = cache_dir() / f"{name}-{fingerprint(data_dir)}.pickle"
    except OSError as exc:  # a table missing: let the build report it
        log.debug("no cache key for %s: %s", name, exc)
        return build()
    try:
        with path.open("rb") as file:
            data = file.read()
        found: T = _unpickle(data)
        return found
    except FileNotFoundError:
        pass
    except Exception as exc:  # a damaged or foreign file: build anew and replace it
        log.warning("cannot read %s (%s); building it again", path, exc)
    value = build()
    _store(path, name, value)
    return value


def _unpickle(data: bytes) -> Any:
    """``pickle.loads`` with the collector paused: the tens of thousands of objects it
    creates would otherwise start collections that walk every object already loaded (the
    spaCy pipeline's), three times the time of the unpickling itself."""
    with paused_gc():
        return pickle.loads(data)


def _store(path: Path, name: str, value: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=path.name, delete=False) as out:
            pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(out.name, path)
        for stale in path.parent.glob(f"{name}-*.pickle"):
            if stale != path:  # built from other tables or code: a new file replaces it
                stale.unlink(missing_ok=True)
    except OSError as exc:
        log.debug("cannot store %s: %s", path, exc)
