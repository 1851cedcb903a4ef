"""Validate and attain a national portfolio of road maps across processes.

    python examples/portfolio_parallel.py                           # 24 road maps, seconds
    python examples/portfolio_parallel.py --roadmaps 630 --rows 100  # the national scale

The portfolio is made up (`rb.samples.synthetic_portfolio`): plain data in the
document format, as an application would read it from its database. Each road map
goes to a worker process of the standard library's ProcessPoolExecutor, which
reads it (`rb.from_dict`), validates it (`rb.validate`) and computes its
attainment (`rb.attain`), and sends back a small summary as plain data. One road
map is one task: they do not depend on each other, so the work spreads over every
core. The same `check` function maps onto a Dask bag (see the page on performance).
"""

from __future__ import annotations

import argparse
import time
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pendulum

import rbroadmap as rb

AS_OF = pendulum.date(2021, 1, 31)


def check(entry: dict[str, Any]) -> dict[str, Any]:
    """Read, validate and attain one road map; return a summary as plain data.

    Defined at module level, so that worker processes started by spawn (Windows,
    macOS) as well as by fork can import it.
    """
    roadmap = rb.from_dict(entry["roadmap"], rb.RoadMap)
    realizations = rb.from_dict(entry["realizations"], rb.Realizations)
    findings = rb.validate(roadmap, as_of=AS_OF)
    attainment = rb.attain(roadmap, realizations, as_of=AS_OF)
    overall = attainment.overall
    return {
        "id": roadmap.id,
        "government": roadmap.government,
        "rows": sum(len(area.actions) for area in roadmap.areas),
        "errors": findings.counts[rb.Severity.ERROR],
        "findings": len(findings),
        "attained": overall.percent,
        "band": overall.band.label.english if overall.band else "-",
        "on_track": overall.meeting,
        "targets": len(attainment.targets),
    }


def run(entries: list[dict[str, Any]], *, workers: int | None = None) -> list[dict[str, Any]]:
    """Check every road map of *entries* in worker processes; summaries in the same order."""
    chunk = max(1, len(entries) // (4 * (workers or 2)))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(check, entries, chunksize=chunk))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--roadmaps", type=int, default=24, help="how many road maps")
    parser.add_argument("--rows", type=int, default=30, help="action plan rows of each")
    parser.add_argument("--workers", type=int, default=None, help="processes (default: cores)")
    args = parser.parse_args()

    entries = rb.samples.synthetic_portfolio(args.roadmaps, rows=args.rows)
    start = time.perf_counter()
    summaries = run(entries, workers=args.workers)
    elapsed = time.perf_counter() - start

    rows = sum(s["rows"] for s in summaries)
    findings = sum(s["findings"] for s in summaries)
    print(
        f"{len(summaries)} road maps, {rows} rows: validated and attained in {elapsed:.1f} s; "
        f"{findings} findings ({sum(s['errors'] for s in summaries)} errors)"
    )
    ranked = sorted(summaries, key=lambda s: (s["attained"] is None, -(s["attained"] or 0)))
    shown = ranked if len(ranked) <= 10 else ranked[:5] + ranked[-5:]
    print(f"{'government':<36} {'attained':>9}  {'band':<14} {'on track':>9}  findings")
    for s in shown:
        attained = (
            "-" if s["attained"] is None else f"{rb.format_number(s['attained'], lang='en')}%"
        )
        print(
            f"{s['government']:<36} {attained:>9}  {s['band']:<14} "
            f"{s['on_track']:>4}/{s['targets']:<4}  {s['findings']}"
        )


if __name__ == "__main__":
    main()
