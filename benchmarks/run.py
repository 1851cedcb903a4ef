"""The national-scale benchmark: structure, validate and attain a portfolio of road maps.

Prints one table (Markdown), measured in one run, with the targets of issue 8:

    pip install -e '.[benchmark]'
    python benchmarks/run.py                      # 630 road maps x 100 rows, a few minutes
    python benchmarks/run.py --roadmaps 60 --scaling 1000,10000   # a quick look

The portfolio is `rbroadmap.samples.synthetic_portfolio` (deterministic). Every time
is the median of several runs, each after a full garbage collection, with the
garbage collector on as in an application; peak memory is measured apart, with
tracemalloc. Not part of the test suite: speed goals belong here, not in assertions.
docs/performance.md holds a recent copy of the table and says what each side does.

Two smaller scripts time single operations on the Kota Probolinggo sample:
benchmarks/rules.py (validation of the sample enlarged 4, 16 and 64 times) and
benchmarks/attainment.py (attainment and its records); benchmarks/model.py times
the walks over each road map of the portfolio (its id index, paths, texts, rows).
"""

from __future__ import annotations

import argparse
import gc
import platform
import runpy
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

import pendulum

import rbroadmap as rb

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import pandas_attainment  # noqa: E402  # benchmark-only modules beside this file
import pydantic_models  # noqa: E402

AS_OF = pendulum.date(2021, 1, 31)


def median_time(step: Callable[[], object], repeat: int) -> float:
    """The median time of *repeat* runs of *step*, in seconds."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def median_each(steps: list[Callable[[], object]]) -> float:
    """The median time of running each of *steps* once (each on data of its own), in seconds."""
    times = []
    for step in steps:
        gc.collect()
        start = time.perf_counter()
        step()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def small_time(step: Callable[[], object], repeat: int = 7, budget: float = 0.2) -> float:
    """The median time of one call of a quick *step*, run in loops of about *budget* seconds."""
    step()
    start = time.perf_counter()
    step()
    once = max(time.perf_counter() - start, 1e-6)
    number = max(1, int(budget / once))
    return median_time(lambda: [step() for _ in range(number)], repeat) / number


def peak_memory(step: Callable[[], object]) -> int:
    """The peak of memory allocated while *step* runs and its result lives, in bytes."""
    gc.collect()
    tracemalloc.start()
    result = step()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del result
    return peak


def import_time(statement: str, repeat: int) -> float:
    """The median time of *statement* in a fresh interpreter, startup excluded, in seconds."""
    code = (
        f"import time; start = time.perf_counter(); {statement}; print(time.perf_counter() - start)"
    )
    command = [sys.executable, "-c", code]
    runs = [
        float(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
        for _ in range(repeat)
    ]
    return statistics.median(runs)


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
        head = ("measurement", "rbroadmap", "alternative", "ratio", "target", "met")
        lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        lines += ["| " + " | ".join(row) + " |" for row in self.rows]
        return "\n".join(lines)


def verdict(ok: bool) -> str:
    return "yes" if ok else "**no**"


def main() -> None:  # one table, one run: the steps read in order
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--roadmaps", type=int, default=rb.samples.NATIONAL_BODIES)
    parser.add_argument("--rows", type=int, default=100, help="action plan rows per road map")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each portfolio step")
    parser.add_argument(
        "--scaling", default="1000,10000,100000", help="rows validated to measure the cost a row"
    )
    parser.add_argument("--imports", type=int, default=15, help="fresh interpreters per import")
    args = parser.parse_args()
    table = Table()
    log = sys.stderr

    start = time.perf_counter()
    portfolio = rb.samples.synthetic_portfolio(args.roadmaps, rows=args.rows)
    documents = [entry["roadmap"] for entry in portfolio]
    rows = args.roadmaps * args.rows
    realised = sum(len(entry["realizations"]["items"]) for entry in portfolio)
    print(f"generated {args.roadmaps} road maps in {time.perf_counter() - start:.1f} s", file=log)

    # -- structuring: rbroadmap against pydantic v2 on the same documents
    def structure_rb() -> list[rb.RoadMap]:
        return [rb.from_dict(document, rb.RoadMap) for document in documents]

    def structure_pydantic() -> list[pydantic_models.RoadMap]:
        return [pydantic_models.RoadMap.model_validate(document) for document in documents]

    assert len(structure_rb()) == len(structure_pydantic())  # both read every document
    t_rb = median_time(structure_rb, args.repeat)
    t_pd = median_time(structure_pydantic, args.repeat)
    table.add(
        "structure the portfolio: `rb.from_dict` vs pydantic `model_validate`",
        seconds(t_rb),
        seconds(t_pd),
        f"{t_rb / t_pd:.2f}×",
        "≤ 1×",
        verdict(t_rb <= t_pd),
    )
    # The same with the garbage collector off: what each side costs without the collector
    # walking the objects made so far (pydantic makes more of them, see docs/performance.md).
    gc.disable()
    try:
        t_rb_off = median_time(structure_rb, args.repeat)
        t_pd_off = median_time(structure_pydantic, args.repeat)
    finally:
        gc.enable()
    table.add(
        "the same, garbage collector off",
        seconds(t_rb_off),
        seconds(t_pd_off),
        f"{t_rb_off / t_pd_off:.2f}×",
        "",
        "",
    )
    m_rb = peak_memory(structure_rb)
    m_pd = peak_memory(structure_pydantic)
    table.add(
        "peak memory while structuring (tracemalloc)",
        f"{m_rb / 2**20:.0f} MiB",
        f"{m_pd / 2**20:.0f} MiB",
        f"{m_rb / m_pd:.2f}×",
        "≤ 0.5×",
        verdict(m_rb <= m_pd / 2),
    )
    roadmaps = structure_rb()
    realizations = [rb.from_dict(entry["realizations"], rb.Realizations) for entry in portfolio]
    # An application keeps the structured road maps, not the documents they were read
    # from: dropped here, so that the collector does not walk 600 MB of dicts from now on.
    documents.clear()
    portfolio.clear()

    # -- validation: the whole portfolio, then single road maps of growing size
    t_val = median_time(lambda: [rb.validate(roadmap) for roadmap in roadmaps], args.repeat)
    findings = sum(len(rb.validate(roadmap)) for roadmap in roadmaps[:20]) / min(20, len(roadmaps))
    table.add(
        f"validate the portfolio, every built-in rule ({findings:.0f} findings a road map)",
        seconds(t_val),
        "",
        f"{t_val / rows * 1e6:.0f} µs a row",
        "< 2 s",
        verdict(t_val < 2),
    )
    sizes = [int(n) for n in args.scaling.split(",") if n]
    # Cost a row as the portfolio grows: portfolios of 100-row road maps, each run on
    # road maps not validated before where there are enough (caches of texts would
    # otherwise favour a small portfolio run again); the road maps beyond the default
    # portfolio are made here.
    wanted = max(
        max(1, size // args.rows) * (args.repeat if size <= 10_000 else 1) for size in sizes
    )
    pool = roadmaps + [
        rb.from_dict(rb.samples.synthetic_roadmap(n, rows=args.rows)["roadmap"], rb.RoadMap)
        for n in range(len(roadmaps), wanted)
    ]
    per_row: dict[int, float] = {}
    for size in sizes:
        count = max(1, size // args.rows)
        runs = [
            pool[k * count : (k + 1) * count] if (k + 1) * count <= len(pool) else pool[:count]
            for k in range(args.repeat)
        ]
        per_row[size] = median_each([lambda c=c: [rb.validate(r) for r in c] for c in runs]) / size
        first = per_row[sizes[0]]
        table.add(
            f"validate {size:,} rows ({count:,} road maps): cost a row",
            seconds(per_row[size]),
            "",
            f"{per_row[size] / first:.2f}× the cost at {sizes[0]:,}",
            "≤ 1.3×",
            verdict(per_row[size] <= 1.3 * first),
        )
        if size == sizes[-1]:
            # What the collector costs at this size: the same runs with every object made
            # so far frozen out of its walks (see the section on memory of the docs).
            gc.collect()
            gc.freeze()
            try:
                frozen = median_each([lambda c=c: [rb.validate(r) for r in c] for c in runs])
            finally:
                gc.unfreeze()
            table.add(
                "the same after `gc.freeze()`: cost a row",
                seconds(frozen / size),
                "",
                f"{frozen / size / first:.2f}× the cost at {sizes[0]:,}",
                "",
                "",
            )
        del runs
    del pool
    # The same sizes as one road map each: a stress test of the rules' linearity. A
    # made-up road map of 100,000 rows repeats its small vocabulary, so it also has
    # more findings a row (duplicate and near-duplicate texts) than a real one.
    single: dict[int, float] = {}
    for size in sizes:
        bigs = [
            rb.from_dict(rb.samples.synthetic_roadmap(k, rows=size)["roadmap"], rb.RoadMap)
            for k in range(args.repeat if size <= 10_000 else 1)
        ]
        single[size] = median_each([lambda big=big: rb.validate(big) for big in bigs]) / size
        found = len(rb.validate(bigs[0])) / size
        table.add(
            f"validate one road map of {size:,} rows ({found:.2f} findings a row): cost a row",
            seconds(single[size]),
            "",
            f"{single[size] / single[sizes[0]]:.2f}× the cost at {sizes[0]:,}",
            "",
            "",
        )
        del bigs

    # -- attainment: one road map and the portfolio, against pandas
    pairs = list(zip(roadmaps, realizations, strict=True))

    def attain_all() -> list[rb.AttainmentReport]:
        return [rb.attain(roadmap, realised, as_of=AS_OF) for roadmap, realised in pairs]

    entries = [(rm, rs, report) for (rm, rs), report in zip(pairs, attain_all(), strict=True)]
    check = entries[:10]  # both compute the same figures: checked before anything is timed
    figures = pandas_attainment.attain(pandas_attainment.frames(check), as_of_year=AS_OF.year)
    compared = pandas_attainment.check_same_figures(check, figures)
    print(f"pandas and rbroadmap agree on {compared} figures of {len(check)} road maps", file=log)
    one = entries[len(entries) // 2]
    one_tables = pandas_attainment.frames([one])
    t_one = small_time(lambda: rb.attain(one[0], one[1], as_of=AS_OF))
    t_one_pd = small_time(lambda: pandas_attainment.attain(one_tables, as_of_year=AS_OF.year))
    table.add(
        f"attain one road map ({len(one[2].targets)} targets): `rb.attain` vs pandas",
        seconds(t_one),
        seconds(t_one_pd),
        f"{t_one / t_one_pd:.2f}×",
        "< 1×",
        verdict(t_one < t_one_pd),
    )
    all_tables = pandas_attainment.frames(entries)
    t_all = median_time(attain_all, args.repeat)
    t_all_pd = median_time(
        lambda: pandas_attainment.attain(all_tables, as_of_year=AS_OF.year), args.repeat
    )
    table.add(
        f"attain the portfolio ({realised:,} realised values): `rb.attain` vs pandas",
        seconds(t_all),
        seconds(t_all_pd),
        f"{t_all / t_all_pd:.2f}×",
        "≤ 3×",
        verdict(t_all <= 3 * t_all_pd),
    )

    # -- import time, in fresh interpreters
    t_import = import_time("import rbroadmap", args.imports)
    t_deps = import_time("import attrs, cattrs, pendulum", args.imports)
    table.add(
        "`import rbroadmap` vs `import attrs, cattrs, pendulum`",
        seconds(t_import),
        seconds(t_deps),
        f"{t_import / t_deps:.2f}×",
        "≤ 1.5×",
        verdict(t_import <= 1.5 * t_deps),
    )

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

    print(
        f"\n{args.roadmaps} road maps × {args.rows} rows × 5 years ({rows:,} rows, "
        f"{realised:,} realised values); {machine()}\n"
    )
    print(table.markdown())


if __name__ == "__main__":
    main()
