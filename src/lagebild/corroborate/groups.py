"""Disjoint sets (union-find): items joined pairwise into groups."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from typing import Any, Generic, TypeVar

T = TypeVar("T", bound=Hashable)


class DisjointSets(Generic[T]):
    """Groups of items joined pairwise; a group is named by its least item under ``key``
    (the item itself by default), so the names do not depend on the order of joins."""

    def __init__(self, key: Callable[[T], Any] | None = None) -> None:
        self._parent: dict[T, T] = {}
        self._key: Callable[[T], Any] = key or (lambda x: x)

    def find(self, x: T) -> T:
        """The name of ``x``'s group (``x`` is added as a group of its own if new)."""
        parent = self._parent
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: T, b: T) -> None:
        """Join the groups of ``a`` and ``b``."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            keep, drop = (ra, rb) if self._key(ra) <= self._key(rb) else (rb, ra)
            self._parent[drop] = keep

    def __iter__(self) -> Iterator[T]:
        """Every item seen, in the order first seen."""
        return iter(list(self._parent))

    def __len__(self) -> int:
        return len(self._parent)

    def groups(self) -> dict[T, list[T]]:
        """Each group's name -> its items in the order first seen."""
        out: dict[T, list[T]] = {}
        for x in self:
            out.setdefault(self.find(x), []).append(x)
        return out
