"""Where the default gold data of ``lagebild eval`` lives: the working directory, else the
source checkout lagebild is installed from (an editable install), with ``../shared`` beside it.
"""

from __future__ import annotations

from pathlib import Path


def checkout_root() -> Path | None:
    """The source checkout of the running lagebild (src layout), or None for a wheel."""
    import lagebild

    root = Path(lagebild.__file__).resolve().parents[2]
    return root if (root / "pyproject.toml").is_file() else None


def search_bases() -> list[Path]:
    """The directories default paths are relative to, in order: here, then the checkout."""
    bases = [Path.cwd()]
    root = checkout_root()
    if root is not None and root != bases[0].resolve():
        bases.append(root)
    return bases


def default_path(relative: str) -> Path:
    """``relative`` under the first search base that has it (else under the working
    directory, where it is missing)."""
    for base in search_bases():
        if (base / relative).exists():
            return Path(relative) if base == Path.cwd() else base / relative
    return Path(relative)


def looked_in(*relatives: str) -> str:
    """'../shared/seed, tests/data under /here and /checkout' for an error message."""
    bases = " and ".join(str(b) for b in search_bases())
    return f"{', '.join(relatives)} under {bases}"
