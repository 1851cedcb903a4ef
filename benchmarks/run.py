"""The national-scale benchmark: structure, validate and attain a portfolio of road maps.

Prints one table (Markdown, to paste into docs/performance.md as it is), measured in
one run, with the goals of the national-scale issue in its last two columns:

    pip install -e '.[benchmark]'
    python benchmarks/run.py            # 630 road maps x 100 rows: the full run
    python benchmarks/run.py --quick    # fewer road maps, scaling to 10,000 rows: 2 minutes

The portfolio is `rbroadmap.samples.synthetic_portfolio` (deterministic). How each
figure is measured:

* Times are process CPU time (`time.process_time`), which counts the work of this
  process (the garbage collector's included) and not the time other programs on a
  shared machine take from it; the one exception is the run over worker processes,
  timed by the clock. Each time is the median of several runs, each after a full
  garbage collection, with the collector on as in an application unless a row says
  otherwise.
* Where rbroadmap is compared with an alternative, the two sides alternate run by
  run (one, the other, the other, the one, ...), so that a slower spell of the
  machine falls on both.
* The cost a row as the portfolio grows is measured in a fresh interpreter for each
  size, which holds only that size's road maps (and their reports, kept as an
  application keeps them); every run validates road maps that no run validated
  before. The time the collector spends is timed through `gc.callbacks`.
* Import and first use are timed in fresh interpreters (median of ``--imports``),
  interpreter start-up excluded, the two sides alternating.

Not part of the test suite: speed goals belong here, not in assertions. Two smaller
scripts time single operations on the Kota Probolinggo sample: benchmarks/rules.py
and benchmarks/attainment.py; benchmarks/model.py times the walks over each road map.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import runpy
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from importlib import metadata
from pathlib import Path
from typing import Any

import pendulum

import rbroadmap as rb

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

AS_OF = pendulum.date(2021, 1, 31)
GOAL_ROADMAPS = 630
GOAL_ROWS = 100
FIRST_NEW = 10_000
"""The number of the first synthetic road map made for the scaling runs: beyond any portfolio."""

QUICK = {
    "roadmaps": 50,
    "structure": "10,100",
    "scaling": "1000,10000",
    "single": "",
    "imports": 9,
    "repeat": 3,
}
FULL = {
    "roadmaps": GOAL_ROADMAPS,
    "structure": f"10,100,{GOAL_ROADMAPS}",
    "scaling": "1000,10000,100000",
    "single": "1000,10000,100000",
    "imports": 15,
    "repeat": 3,
}


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line: ``--quick`` sets smaller defaults; any option given wins over both."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "--quick", action="store_true", help="a smaller portfolio and scaling: about 2 minutes"
    )
    parser.add_argument(
        "--roadmaps", type=int, help="road maps validated and attained (630; quick 50)"
    )
    parser.add_argument("--structure", help="numbers of road maps structured (10,100,630)")
    parser.add_argument("--rows", type=int, default=GOAL_ROWS, help="action rows a road map")
    parser.add_argument("--repeat", type=int, help="runs of each portfolio step (3)")
    parser.add_argument(
        "--scaling", help="rows validated to measure the cost a row (1000,10000,100000)"
    )
    parser.add_argument(
        "--single", help="rows of single road maps validated to check the rules' linearity"
    )
    parser.add_argument("--imports", type=int, help="fresh interpreters per import (15; quick 9)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes (2)")
    parser.add_argument("--scaling-child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--bulk", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    for name, value in (QUICK if args.quick else FULL).items():
        if getattr(args, name) is None:
            setattr(args, name, value)
    return args


def sizes(text: str) -> list[int]:
    return [int(n) for n in text.split(",") if n.strip()]


# -- timing


def empty_caches() -> int:
    """Empty rbroadmap's bounded `functools.lru_cache` caches, as in a fresh process.

    Validating or attaining the same road maps again finds the texts and numbers of the
    run before in these caches (of texts, words, notation, numbers): the portfolio's
    runs are each made as the first. The unbounded caches of tables made once per class
    are left as they are.
    """
    emptied = 0
    for name, module in list(sys.modules.items()):
        if name == "rbroadmap" or name.startswith("rbroadmap."):
            for value in list(vars(module).values()):
                parameters = getattr(value, "cache_parameters", None)
                if callable(parameters) and parameters()["maxsize"] is not None:
                    value.cache_clear()
                    emptied += 1
    return emptied


def cpu_time(step: Callable[[], object]) -> float:
    """The process time of one run of *step*, after a full collection, in seconds."""
    gc.collect()
    start = time.process_time()
    result = step()
    elapsed = time.process_time() - start
    del result
    return elapsed


def paired(
    one: Callable[[], object], other: Callable[[], object], repeat: int
) -> tuple[float, float]:
    """The median process times of *one* and *other*, run alternately *repeat* times each."""
    ones: list[float] = []
    others: list[float] = []
    for k in range(repeat):
        if k % 2 == 0:
            ones.append(cpu_time(one))
            others.append(cpu_time(other))
        else:
            others.append(cpu_time(other))
            ones.append(cpu_time(one))
    return statistics.median(ones), statistics.median(others)


def loop(step: Callable[[], object], budget: float = 0.2) -> Callable[[], object]:
    """*step* repeated in a loop of about *budget* seconds; the loop knows its length."""
    step()
    start = time.process_time()
    step()
    once = max(time.process_time() - start, 1e-6)
    number = max(1, int(budget / once))

    def run() -> object:
        return [step() for _ in range(number)]

    run.number = number  # type: ignore[attr-defined]
    return run


def paired_small(
    one: Callable[[], object], other: Callable[[], object], repeat: int = 7
) -> tuple[float, float]:
    """The median time of one call of quick steps *one* and *other*, in alternating loops."""
    a, b = loop(one), loop(other)
    ta, tb = paired(a, b, repeat)
    return ta / a.number, tb / b.number  # type: ignore[attr-defined]


def small_time(step: Callable[[], object], repeat: int = 7) -> float:
    run = loop(step)
    return statistics.median(cpu_time(run) for _ in range(repeat)) / run.number  # type: ignore[attr-defined]


def peak_memory(step: Callable[[], object]) -> int:
    """The peak of memory allocated while *step* runs and its result lives, in bytes."""
    gc.collect()
    tracemalloc.start()
    result = step()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del result
    return peak


class CollectorClock:
    """The process time the garbage collector takes, by generation, through `gc.callbacks`."""

    def __init__(self) -> None:
        self.count = [0, 0, 0]
        self.seconds = [0.0, 0.0, 0.0]
        self._start = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._start = time.process_time()
        else:
            generation = info["generation"]
            self.count[generation] += 1
            self.seconds[generation] += time.process_time() - self._start

    def __enter__(self) -> CollectorClock:
        gc.callbacks.append(self)
        return self

    def __exit__(self, *_: object) -> None:
        gc.callbacks.remove(self)


# -- the cost a row, in a fresh interpreter for each size


def scaling_child(args: argparse.Namespace) -> None:
    """Validate *size* rows of new road maps; print the cost a row and the collector's share."""
    size = args.scaling_child
    count = max(1, size // args.rows)
    runs = args.repeat if size < 10_000 else 1
    # The modules and the rules' first-use work are loaded on a road map of its own.
    warm = rb.samples.synthetic_roadmap(FIRST_NEW - 1, rows=args.rows)["roadmap"]
    rb.validate(rb.from_dict(warm, rb.RoadMap))
    del warm
    results = []
    for k in range(runs):
        first = FIRST_NEW + k * count
        roadmaps = [
            rb.from_dict(rb.samples.synthetic_roadmap(n, rows=args.rows)["roadmap"], rb.RoadMap)
            for n in range(first, first + count)
        ]
        gc.collect()
        tracked = len(gc.get_objects())
        with CollectorClock() as clock:
            start = time.process_time()
            if args.bulk:
                with rb.bulk():
                    reports = [rb.validate(roadmap) for roadmap in roadmaps]
            else:
                reports = [rb.validate(roadmap) for roadmap in roadmaps]
            elapsed = time.process_time() - start
        findings = sum(len(report) for report in reports)
        after = len(gc.get_objects())
        del reports, roadmaps
        garbage = gc.collect()
        results.append(
            {
                "seconds": elapsed,
                "collector": sum(clock.seconds),
                "full": clock.count[2],
                "full_seconds": clock.seconds[2],
                "tracked": tracked,
                "tracked_after": after,
                "garbage": garbage,
                "findings": findings,
            }
        )
    print(json.dumps(results))


def scaling(args: argparse.Namespace, size: int, *, bulk: bool) -> dict[str, float]:
    command = [
        sys.executable,
        str(Path(__file__).resolve()),
        "--scaling-child",
        str(size),
        "--rows",
        str(args.rows),
        "--repeat",
        str(args.repeat),
    ]
    if bulk:
        command.append("--bulk")
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    runs = json.loads(output)
    middle = sorted(runs, key=lambda run: run["seconds"])[len(runs) // 2]
    return {**middle, "per_row": middle["seconds"] / size}


# -- import and first use, in fresh interpreters

FIRST_USE = """
import json, sys, time
entry = json.loads(sys.stdin.read())
start = time.process_time()
{statement}
print(time.process_time() - start)
"""

RB_FIRST_USE = (
    "import pendulum; import rbroadmap as rb; "
    "roadmap = rb.from_dict(entry['roadmap'], rb.RoadMap); "
    "realized = rb.from_dict(entry['realizations'], rb.Realizations); "
    "rb.validate(roadmap); rb.attain(roadmap, realized, as_of=pendulum.date(2021, 1, 31))"
)


def fresh_times(statements: Sequence[str], repeat: int, stdin: str) -> list[float]:
    """The median process time of each statement in fresh interpreters, alternating.

    With the modules' bytecode cached, as a package installed by pip has it, also where
    the environment says not to write it (``PYTHONDONTWRITEBYTECODE``): the cache is
    kept in a directory of its own, filled by one run of each statement first.
    """
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    cache = tempfile.mkdtemp(prefix="rbroadmap-bench-")
    env["PYTHONPYCACHEPREFIX"] = cache
    times: list[list[float]] = [[] for _ in statements]
    for k in range(-1, repeat):
        order = range(len(statements)) if k % 2 == 0 else reversed(range(len(statements)))
        for i in order:
            code = FIRST_USE.format(statement=statements[i])
            command = [sys.executable, "-c", code]
            done = subprocess.run(
                command, input=stdin, env=env, check=True, capture_output=True, text=True
            )
            if k >= 0:  # the first round fills the cache
                times[i].append(float(done.stdout))
    shutil.rmtree(cache, ignore_errors=True)
    return [statistics.median(t) for t in times]


# -- validation over worker processes


def _validate_chunk(roadmaps: list[rb.RoadMap]) -> list[rb.Report]:
    return [rb.validate(roadmap) for roadmap in roadmaps]


def parallel_time(roadmaps: list[rb.RoadMap], workers: int, repeat: int) -> tuple[float, float]:
    """The clock times to validate *roadmaps* over *workers* processes (reports sent back)
    and in this process, alternately: on a shared machine the clock counts the waits."""
    chunk = max(1, len(roadmaps) // (workers * 8))
    chunks = [roadmaps[i : i + chunk] for i in range(0, len(roadmaps), chunk)]
    times: list[float] = []
    alone: list[float] = []

    def clock(step: Callable[[], object], into: list[float]) -> None:
        gc.collect()
        start = time.perf_counter()
        step()
        into.append(time.perf_counter() - start)

    with ProcessPoolExecutor(max_workers=workers) as pool:
        list(pool.map(_validate_chunk, [roadmaps[:1]] * workers * 2))  # workers started, warm

        def spread() -> None:
            reports = [r for part in pool.map(_validate_chunk, chunks) for r in part]
            assert len(reports) == len(roadmaps)

        for k in range(repeat):
            steps = [(spread, times), (lambda: _validate_chunk(roadmaps), alone)]
            for step, into in steps if k % 2 == 0 else reversed(steps):
                clock(step, into)
    return statistics.median(times), statistics.median(alone)


# -- the table


def seconds(value: float) -> str:
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 1e-3:
        return f"{value * 1e3:.1f} ms"
    return f"{value * 1e6:.0f} µs"


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(getattr(__import__("os"), "sched_getaffinity", lambda _: [0, 0])(0))
    versions = ", ".join(
        f"{name} {metadata.version(name)}"
        for name in ("rbroadmap", "attrs", "cattrs", "pendulum", "pydantic", "pandas")
    )
    return (
        f"{platform.system()} {platform.machine()}, {cores} cores ({cpu}); "
        f"Python {platform.python_version()}; {versions}"
    )


class Table:
    def __init__(self) -> None:
        self.rows: list[tuple[str, ...]] = []

    def add(self, *cells: str) -> None:
        self.rows.append(cells)
        print("  " + " | ".join(cells), file=sys.stderr, flush=True)

    def markdown(self) -> str:
        head = ("measurement", "rbroadmap", "alternative", "ratio", "goal", "met")
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(row) + " |" for row in self.rows]
        return "\n".join(lines)


def verdict(ok: bool) -> str:
    return "yes" if ok else "**no**"


def main() -> None:  # one table, one run: the steps read in order
    args = parse_args()
    if args.scaling_child:
        scaling_child(args)
        return
    import pandas_attainment  # benchmark-only modules beside this file
    import pydantic_models

    began = time.perf_counter()
    table = Table()
    log = sys.stderr
    n, rows_each = args.roadmaps, args.rows
    rows = n * rows_each
    goal_row = 4 / (GOAL_ROADMAPS * GOAL_ROWS)  # validate 630 x 100 rows in 4 s

    # -- import and first use, first: nothing of this process matters to fresh interpreters
    entry = json.dumps(rb.samples.synthetic_roadmap(0, rows=rows_each))
    t_first, t_import, t_deps = fresh_times(
        [RB_FIRST_USE, "import rbroadmap", "import attrs, cattrs, pendulum"], args.imports, entry
    )
    table.add(
        "`import rbroadmap` + first `from_dict`, `validate`, `attain` (one road map) vs "
        "`import attrs, cattrs, pendulum`",
        seconds(t_first),
        seconds(t_deps),
        f"{t_first / t_deps:.2f}×",
        "≤ 1.5×",
        verdict(t_first <= 1.5 * t_deps),
    )
    table.add(
        "`import rbroadmap` alone vs the same",
        seconds(t_import),
        seconds(t_deps),
        f"{t_import / t_deps:.2f}×",
        "",
        "",
    )

    # -- structuring: rbroadmap against pydantic v2 on the same documents, growing
    documents: list[dict[str, Any]] = []
    for size in sizes(args.structure):
        documents += [
            rb.samples.synthetic_roadmap(k, rows=rows_each)["roadmap"]
            for k in range(len(documents), size)
        ]
        part = documents[:size]

        def structure_rb(part: list[dict[str, Any]] = part) -> list[rb.RoadMap]:
            return [rb.from_dict(document, rb.RoadMap) for document in part]

        def structure_pd(part: list[dict[str, Any]] = part) -> list[Any]:
            return [pydantic_models.RoadMap.model_validate(document) for document in part]

        assert len(structure_rb()) == len(structure_pd()) == size  # both read every document
        repeat = max(args.repeat, min(7, 3 * GOAL_ROADMAPS // (size * 10) + 1))
        t_rb, t_pd = paired(structure_rb, structure_pd, repeat)
        gc.disable()
        try:
            t_rb_off, t_pd_off = paired(structure_rb, structure_pd, repeat)
        finally:
            gc.enable()
        for label, a, b in (("", t_rb, t_pd), (", collector off", t_rb_off, t_pd_off)):
            table.add(
                f"structure {size} road maps{label}: `rb.from_dict` vs pydantic v2",
                seconds(a),
                seconds(b),
                f"{a / b:.2f}×",
                "≤ 1.0×",
                verdict(a <= b),
            )

    def tracked(make: Callable[[], object]) -> tuple[int, object]:
        gc.collect()
        before = len(gc.get_objects())
        made = make()
        gc.collect()
        return len(gc.get_objects()) - before, made

    n_rb, _ = tracked(lambda: rb.from_dict(documents[-1], rb.RoadMap))
    n_pd, _ = tracked(lambda: pydantic_models.RoadMap.model_validate(documents[-1]))
    table.add(
        "objects the garbage collector tracks, one structured road map",
        f"{n_rb:,}",
        f"{n_pd:,}",
        f"{n_rb / n_pd:.2f}×",
        "",
        "",
    )
    m_rb = peak_memory(lambda: [rb.from_dict(d, rb.RoadMap) for d in documents])
    m_pd = peak_memory(lambda: [pydantic_models.RoadMap.model_validate(d) for d in documents])
    table.add(
        f"peak memory while structuring {len(documents)} road maps (tracemalloc)",
        f"{m_rb / 2**20:.0f} MiB",
        f"{m_pd / 2**20:.0f} MiB",
        f"{m_rb / m_pd:.2f}×",
        "",
        "",
    )
    documents += [
        rb.samples.synthetic_roadmap(k, rows=rows_each)["roadmap"] for k in range(len(documents), n)
    ]
    roadmaps = [rb.from_dict(d, rb.RoadMap) for d in documents[:n]]
    # An application keeps the structured road maps, not the documents they were read from.
    documents.clear()
    print(f"structured {n} road maps at {time.perf_counter() - began:.0f} s", file=log)

    # -- validation: the whole portfolio, in one process and over worker processes
    def validate_all() -> list[rb.Report]:
        return [rb.validate(roadmap) for roadmap in roadmaps]

    n_first, _ = tracked(lambda: rb.validate(roadmaps[-1]))
    n_report, _ = tracked(lambda: rb.validate(roadmaps[-1]))
    for what, count in (
        ("one validation report", n_report),
        ("one first validation: its report and what the rules' caches keep", n_first),
    ):
        table.add(f"objects the garbage collector tracks, {what}", f"{count:,}", "", "", "", "")
    found: list[int] = []

    def validate_all_counted() -> None:
        found.append(sum(len(report) for report in validate_all()))

    def cold(step: Callable[[], object]) -> Callable[[], object]:
        def run() -> object:
            empty_caches()
            return step()

        return run

    t_val = statistics.median(cpu_time(cold(validate_all_counted)) for _ in range(args.repeat))
    findings = found[-1] / n
    table.add(
        f"validate {n} road maps ({rows:,} rows, {findings:.0f} findings a road map), one "
        "process, caches emptied before each run",
        seconds(t_val),
        "",
        f"{t_val / rows * 1e6:.0f} µs a row",
        f"≤ 4 s for {GOAL_ROADMAPS} ({goal_row * 1e6:.0f} µs a row)",
        verdict(t_val / rows <= goal_row),
    )
    t_par, t_alone = parallel_time(roadmaps, args.workers, args.repeat)
    table.add(
        f"the same over {args.workers} worker processes (`ProcessPoolExecutor`, reports sent "
        "back) vs in one process, both by the clock",
        seconds(t_par),
        seconds(t_alone),
        f"{t_par / t_alone:.2f}×; {t_par / rows * 1e6:.0f} µs a row",
        f"< 2 s for {GOAL_ROADMAPS} ({goal_row / 2 * 1e6:.0f} µs a row)",
        verdict(t_par / rows < goal_row / 2),
    )
    print(f"validated at {time.perf_counter() - began:.0f} s", file=log)

    # -- attainment: one road map and the portfolio, against pandas
    realizations = [
        rb.from_dict(entry["realizations"], rb.Realizations)
        for entry in (rb.samples.synthetic_roadmap(k, rows=rows_each) for k in range(n))
    ]
    pairs = list(zip(roadmaps, realizations, strict=True))
    realised = sum(len(r.items) for r in realizations)

    def attain_all() -> list[rb.AttainmentReport]:
        return [rb.attain(roadmap, realised, as_of=AS_OF) for roadmap, realised in pairs]

    n_attained, _ = tracked(lambda: rb.attain(*pairs[-1], as_of=AS_OF))
    table.add(
        "objects the garbage collector tracks, one attainment report",
        f"{n_attained:,}",
        "",
        "",
        "",
        "",
    )
    entries = [(rm, rs, report) for (rm, rs), report in zip(pairs, attain_all(), strict=True)]
    check = entries[:10]  # both compute the same figures: checked before anything is timed
    figures = pandas_attainment.attain(pandas_attainment.frames(check), as_of_year=AS_OF.year)
    compared = pandas_attainment.check_same_figures(check, figures)
    print(f"pandas and rbroadmap agree on {compared} figures of {len(check)} road maps", file=log)
    one = entries[len(entries) // 2]
    one_tables = pandas_attainment.frames([one])
    t_one, t_one_pd = paired_small(
        lambda: rb.attain(one[0], one[1], as_of=AS_OF),
        lambda: pandas_attainment.attain(one_tables, as_of_year=AS_OF.year),
    )
    table.add(
        f"attain one road map ({len(one[2].targets)} targets): `rb.attain` vs pandas",
        seconds(t_one),
        seconds(t_one_pd),
        f"{t_one / t_one_pd:.2f}×",
        "≤ 0.3×",
        verdict(t_one <= 0.3 * t_one_pd),
    )
    all_tables = pandas_attainment.frames(entries)
    entries.clear()
    t_all, t_all_pd = paired(
        cold(attain_all),
        lambda: pandas_attainment.attain(all_tables, as_of_year=AS_OF.year),
        args.repeat,
    )
    table.add(
        f"attain {n} road maps ({realised:,} realised values), caches emptied before each "
        "run: `rb.attain` vs pandas",
        seconds(t_all),
        seconds(t_all_pd),
        f"{t_all / t_all_pd:.2f}×",
        "≤ 3×",
        verdict(t_all <= 3 * t_all_pd),
    )

    def attain_all_in_bulk() -> list[rb.AttainmentReport]:
        with rb.bulk():
            return attain_all()

    t_bulk, t_bulk_pd = paired(
        cold(attain_all_in_bulk),
        lambda: pandas_attainment.attain(all_tables, as_of_year=AS_OF.year),
        args.repeat,
    )
    table.add(
        "the same in `rb.bulk()` (no full garbage collection): `rb.attain` vs pandas",
        seconds(t_bulk),
        seconds(t_bulk_pd),
        f"{t_bulk / t_bulk_pd:.2f}×",
        "≤ 3×",
        verdict(t_bulk <= 3 * t_bulk_pd),
    )
    pairs.clear()
    realizations.clear()
    roadmaps.clear()
    print(f"attained at {time.perf_counter() - began:.0f} s", file=log)

    # -- the cost a row as the portfolio grows, each size in an interpreter of its own
    scaled = sizes(args.scaling)
    variants = [("", False), (" in `rb.bulk()`", True)]
    for label, bulk in variants:
        base: dict[str, float] = {}
        for size in scaled:
            measured = scaling(args, size, bulk=bulk)
            base = base or measured
            ratio = measured["per_row"] / base["per_row"]
            last = size == scaled[-1] and size > scaled[0]
            table.add(
                f"validate {size:,} rows ({max(1, size // rows_each):,} road maps){label}: "
                f"cost a row (collector {measured['collector'] / measured['seconds']:.0%} of "
                f"it, {measured['full']} full collections)",
                seconds(measured["per_row"]),
                "",
                f"{ratio:.3f}× the cost at {scaled[0]:,}",
                "≤ 1.15×" if last else "",
                verdict(ratio <= 1.15) if last else "",
            )
    print(f"scaled at {time.perf_counter() - began:.0f} s", file=log)

    # -- single road maps of growing size: a stress test of the rules' linearity. A made-up
    # road map of 100,000 rows repeats its small vocabulary, so it also has more findings
    # a row (duplicate and near-duplicate texts) than a real one.
    single: dict[int, float] = {}
    for size in sizes(args.single):
        big = rb.from_dict(rb.samples.synthetic_roadmap(1, rows=size)["roadmap"], rb.RoadMap)
        found: list[int] = []

        def validate_big(big: rb.RoadMap = big, found: list[int] = found) -> None:
            found.append(len(rb.validate(big)))

        single[size] = cpu_time(validate_big) / size
        first = single[min(single)]
        table.add(
            f"validate one road map of {size:,} rows ({found[0] / size:.2f} findings a row): "
            "cost a row",
            seconds(single[size]),
            "",
            f"{single[size] / first:.2f}× the cost at {min(single):,}",
            "",
            "",
        )
        del big

    # -- the Kota Probolinggo sample
    example = runpy.run_path(str(HERE.parent / "examples" / "attainment.py"))
    sample = rb.samples.probolinggo()
    sample_realizations = example["realizations"](sample)
    for name, step in (
        ("build", rb.samples.probolinggo),
        ("validate", lambda: rb.validate(sample)),
        ("attain", lambda: rb.attain(sample, sample_realizations, as_of=AS_OF)),
    ):
        table.add(f"Probolinggo sample: {name}", seconds(small_time(step)), "", "", "", "")

    kind = "--quick" if args.quick else "full run"
    print(
        f"\n{n} road maps × {rows_each} rows × 5 years ({rows:,} rows, {realised:,} realised "
        f"values); {machine()}; `benchmarks/run.py` ({kind}, "
        f"{(time.perf_counter() - began) / 60:.1f} minutes)\n"
    )
    print(table.markdown())


if __name__ == "__main__":
    main()
