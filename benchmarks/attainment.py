"""Time rb.attain on the Kota Probolinggo sample with every target reported for 2018-2020.

Not part of the test suite (speed goals belong here, not in assertions):

    python benchmarks/attainment.py
"""

from __future__ import annotations

import runpy
import timeit
from pathlib import Path

import pendulum

import rbroadmap as rb

EXAMPLE = runpy.run_path(str(Path(__file__).resolve().parent.parent / "examples" / "attainment.py"))


def main() -> None:
    roadmap = rb.samples.probolinggo()
    realizations = EXAMPLE["realizations"](roadmap)
    as_of = pendulum.date(2021, 1, 31)
    report = rb.attain(roadmap, realizations, as_of=as_of)
    runs = 50
    steps = {
        "attain": lambda: rb.attain(roadmap, realizations, as_of=as_of),
        "to_records (rows)": report.to_records,
        "to_records (rollups)": lambda: report.to_records("rollups"),
        "to_dict": report.to_dict,
    }
    print(
        f"{len(realizations)} realisations, {len(report.targets)} targets, "
        f"{len(report.rows)} rows, {len(report.rollups)} roll-ups"
    )
    for name, step in steps.items():
        best = min(timeit.repeat(step, number=runs, repeat=3)) / runs
        print(f"{name:<22} {best * 1000:7.2f} ms")


if __name__ == "__main__":
    main()
