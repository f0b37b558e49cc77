"""Disjoint sets: groups from pairwise joins, named by their least item."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from lagebild.corroborate.groups import DisjointSets


def test_chains_join_and_the_least_item_names_the_group() -> None:
    sets: DisjointSets[int] = DisjointSets()
    sets.union(5, 3)
    sets.union(9, 5)
    sets.find(7)
    assert sets.groups() == {3: [5, 3, 9], 7: [7]}
    assert len(sets) == 4


def test_a_key_decides_which_item_names_the_group() -> None:
    order = {"late": (1, 0), "early": (0, 2), "other": (0, 5)}
    sets: DisjointSets[str] = DisjointSets(key=order.__getitem__)
    sets.union("late", "other")
    sets.union("other", "early")
    assert {sets.find(x) for x in order} == {"early"}


@given(st.lists(st.tuples(st.integers(0, 20), st.integers(0, 20)), max_size=40))
def test_groups_are_the_connected_components(pairs: list[tuple[int, int]]) -> None:
    sets: DisjointSets[int] = DisjointSets()
    for a, b in pairs:
        sets.union(a, b)
    # reference: flood fill over the undirected graph
    edges: dict[int, set[int]] = {}
    for a, b in pairs:
        edges.setdefault(a, set()).add(b)
        edges.setdefault(b, set()).add(a)
    seen: set[int] = set()
    components = []
    for start in edges:
        if start in seen:
            continue
        todo, component = [start], set()
        while todo:
            x = todo.pop()
            if x not in component:
                component.add(x)
                todo.extend(edges[x])
        seen |= component
        components.append(component)
    got = sets.groups()
    assert sorted(map(sorted, got.values())) == sorted(map(sorted, components))
    assert all(name == min(members) for name, members in got.items())
