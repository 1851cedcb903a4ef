"""Time reading an action-plan table of many rows with `rbroadmap.tables.read_plan`.

The table is Kota Probolinggo's Table 3.2 (41 rows, eight areas, merged cells, a
repeated heading), written with `rbroadmap.tables.write_plan` and repeated until it has
the asked number of rows, each area heading followed by its rows: the reader does all
its work on every row (merged cells, notation, budgets, units split by the registry,
the log). Times are medians; each size should take about its share of the largest,
reading being linear in the rows:

    python benchmarks/tables.py                  # 1,250 to 10,000 rows
    python benchmarks/tables.py --rows 20000     # a larger table

Not part of the test suite: speed goals belong here, not in assertions (the suite
counts the reader's work instead, in tests/test_tables.py).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import time
from collections.abc import Callable

import rbroadmap as rb
import rbroadmap.tables as rt


def median_time(step: Callable[[], object], repeat: int) -> tuple[float, float]:
    """The median wall and CPU time of *repeat* runs of *step*, in seconds.

    Each run follows a collection. The CPU time of this process leaves out the time
    other processes on a shared machine hold the processor.
    """
    walls, cpus = [], []
    for _ in range(repeat):
        gc.collect()
        start, cpu = time.perf_counter(), time.process_time()
        step()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus)


def table(rows: int) -> list[tuple[str, ...]]:
    """A table of about *rows* rows of the plan: the sample's, repeated."""
    sample = rb.samples.probolinggo()
    written = rt.write_plan(sample).rows
    header, body = written[0], list(written[1:])
    plan_rows = sum(1 for row in body if any(row[1:]))
    out = [header]
    while len(out) - 1 < rows * (len(body) / plan_rows):
        out.extend(body)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000, help="rows of the largest table")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each size")
    args = parser.parse_args()
    units = rb.samples.probolinggo().units
    print(f"{'rows':>8} {'seconds':>9} {'cpu':>7} {'µs per row':>11}")
    for size in (args.rows // 8, args.rows // 4, args.rows // 2, args.rows):
        rows = table(size)
        reading = rt.read_plan(rows, units=units)
        count = sum(len(area.rows) for area in reading.areas)
        seconds, cpu = median_time(lambda rows=rows: rt.read_plan(rows, units=units), args.repeat)
        print(f"{count:>8,} {seconds:>9.3f} {cpu:>7.3f} {cpu / count * 1e6:>11.1f}")


if __name__ == "__main__":
    main()
