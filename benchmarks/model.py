"""Time the walks over a road map: the id index built for every road map, and the others.

Every `rb.RoadMap` builds its id index when it is made (unique ids, target and stage
years within the period, the area of each entity), so the national portfolio pays for
it 630 times; the rules walk the road map for paths, texts and numbered lists. This
script times each walk on the synthetic national portfolio, apart from reading the
documents, so that a change to the walks can be measured before and after:

    python benchmarks/model.py                 # 630 road maps x 100 rows
    python benchmarks/model.py --roadmaps 60   # a quick look

Not part of the test suite: speed goals belong here, not in assertions.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable

import attrs

import rbroadmap as rb
from rbroadmap.rules import Context


def median_time(step: Callable[[], object], repeat: int) -> float:
    """The median time of *repeat* runs of *step*, in seconds, each after a collection."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--roadmaps", type=int, default=rb.samples.NATIONAL_BODIES)
    parser.add_argument("--rows", type=int, default=100, help="action plan rows per road map")
    parser.add_argument("--repeat", type=int, default=7, help="runs of each step")
    args = parser.parse_args()

    portfolio = rb.samples.synthetic_portfolio(args.roadmaps, rows=args.rows)
    roadmaps = [rb.from_dict(entry["roadmap"], rb.RoadMap) for entry in portfolio]
    entities = sum(1 for roadmap in roadmaps for _ in roadmap.entities())
    print(
        f"{len(roadmaps)} road maps, {args.roadmaps * args.rows:,} rows, {entities:,} entities",
        file=sys.stderr,
    )

    def rebuild() -> None:  # the constructor: field checks, then the id index
        for roadmap in roadmaps:
            attrs.evolve(roadmap)

    def contexts() -> None:  # the paths and positions of every entity
        for roadmap in roadmaps:
            Context(roadmap)

    def texts() -> None:
        for roadmap in roadmaps:
            _ = Context(roadmap).texts

    def rows() -> None:
        for roadmap in roadmaps:
            _ = Context(roadmap).rows

    def kinds() -> None:  # iteration over each kind of entity
        for roadmap in roadmaps:
            for _ in roadmap.actions():
                pass
            for _ in roadmap.problems():
                pass
            for _ in roadmap.all_goals():
                pass

    def summaries() -> None:
        for roadmap in roadmaps:
            rb.budget_summary(roadmap)

    steps = {
        "build every road map (attrs.evolve: checks and id index)": rebuild,
        "Context(roadmap): paths and positions of every entity": contexts,
        "Context(roadmap).texts": texts,
        "Context(roadmap).rows": rows,
        "actions(), problems(), all_goals()": kinds,
        "budget_summary(roadmap)": summaries,
    }
    print("| step | median |\n|---|---|")
    for name, step in steps.items():
        print(f"| {name} | {median_time(step, args.repeat) * 1000:.1f} ms |")


if __name__ == "__main__":
    main()
