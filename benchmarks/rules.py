"""Time rb.validate on the Kota Probolinggo sample and on road maps made 4, 16 and 64 times larger.

Not part of the test suite (speed goals belong here, not in assertions; the suite only
checks that the time grows linearly):

    python benchmarks/rules.py
"""

from __future__ import annotations

import timeit

import attrs

import rbroadmap as rb


def enlarged(roadmap: rb.RoadMap, copies: int) -> rb.RoadMap:
    """The road map with every row of the action plan repeated *copies* times, ids renamed."""
    areas = []
    for area in roadmap.areas:
        rows = []
        for copy in range(copies):

            def rename(entity_id: str, copy: int = copy) -> str:
                return entity_id if copy == 0 else f"{entity_id}-k{copy}"

            for action in area.actions:
                rows.append(
                    attrs.evolve(
                        action,
                        id=rename(action.id),
                        problems=tuple(attrs.evolve(p, id=rename(p.id)) for p in action.problems),
                        result=(
                            None
                            if action.result is None
                            else attrs.evolve(action.result, id=rename(action.result.id))
                        ),
                        shares=None if action.shares is None else rename(action.shares),
                    )
                )
        areas.append(attrs.evolve(area, actions=tuple(rows)))
    return attrs.evolve(roadmap, areas=tuple(areas))


def main() -> None:
    sample = rb.samples.probolinggo()
    for copies in (1, 4, 16, 64):
        roadmap = enlarged(sample, copies)
        rows = sum(len(a.actions) for a in roadmap.areas)
        runs = max(1, 20 // copies)
        best = min(timeit.repeat(lambda r=roadmap: rb.validate(r), number=runs, repeat=3)) / runs
        findings = len(rb.validate(roadmap))
        print(f"{rows:6d} rows  {best * 1000:8.1f} ms  {findings:6d} findings")


if __name__ == "__main__":
    main()
