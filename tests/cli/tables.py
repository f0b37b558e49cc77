"""Reading the printed tables back: rows of cells by column name (wrapped lines joined)."""

from __future__ import annotations

import re


def read_tables(output: str) -> list[dict[str, str]]:
    """Every row of every table in ``output``; a row starts where its first cell has text."""
    lines = output.splitlines()
    rows: list[dict[str, str]] = []
    for i, line in enumerate(lines[:-1]):
        if not set(lines[i + 1].strip()) <= set("─") or not lines[i + 1].strip():
            continue
        starts = [(m.start(), m.group()) for m in re.finditer(r"\S+(?: \S+)?", line)]
        names = _names(line, starts)
        current: dict[str, list[str]] | None = None
        for body in lines[i + 2 :]:
            if not body.strip():
                break
            cells = _slice(body, names)
            if cells[names[0][1]].strip():
                current = {name: [] for _, name in names}
                rows.append(current)  # type: ignore[arg-type]
            assert current is not None
            for name, cell in cells.items():
                if cell.strip():
                    current[name].append(cell.strip())
    return [{k: " ".join(v) for k, v in row.items()} for row in rows]  # type: ignore[union-attr]


def _names(header: str, starts: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Column names and where they start (a name is one word, or two: 'as source')."""
    names: list[tuple[int, str]] = []
    for start, text in starts:
        words = text.split(" ")
        if len(words) == 2 and text != "as source":
            names.append((start, words[0]))
            names.append((start + len(words[0]) + 1, words[1]))
        else:
            names.append((start, text))
    return names


def _slice(line: str, names: list[tuple[int, str]]) -> dict[str, str]:
    out = {}
    for n, (start, name) in enumerate(names):
        end = names[n + 1][0] if n + 1 < len(names) else len(line)
        out[name] = line[start:end]
    return out
