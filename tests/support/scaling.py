"""How work grows with the size of an input, counted rather than timed.

A promise of linear time is a law about growth: make the input k times larger and
the work grows about k times, where comparing every pair would make it grow k²
times. Seconds are a poor measure of work inside a test: they depend on the machine
and on whatever else runs on it. The tests count operations instead, which gives the
same answer on every machine, at small sizes, and so in little time.

The measures, each of a callable that does the work once:

* `calls` -- the function calls made, Python and built-in, counted by `cProfile`
  (each step of a generator counts as one), at two to eight times the plain
  running time. ``calls(run).of(function)`` says how many went to one Python
  function: the comparisons of a similarity index, say.
* `lines` -- the lines of Python executed, counted by a trace function. It also
  sees loops that call nothing (a comparison inside two nested loops), but slows
  Python code down many times more than `calls`: for small inputs.
* `peak_memory` -- the most memory held at once while it runs, from `tracemalloc`:
  for work that builds something in the square of its input (every deletion of
  every word) without calling anything for each piece.
* A counter the code itself exposes (``NearDuplicates.comparisons``), or the calls
  of one inner function: the most direct measure of all, when there is one.
* `cpu_seconds` -- the last resort, for work hidden inside one call to C that no
  counter sees, such as a regular expression backtracking: this thread's CPU time
  (not the wall clock: other processes do not count), the least of a few runs. Use
  its ratios only, never its seconds.

`assert_growth` runs a callable of size -> work at each of a few sizes and fails
unless the work grows by at most a bound from one size to the next. Validation of a
road map of many rows, in function calls::

    def work(rows_per_area: int) -> int:
        roadmap = large(rows_per_area)  # built before counting starts
        return calls(lambda: rb.validate(roadmap)).total

    assert_growth(work, sizes=(20, 80), bound=5)

A rule that reads text with a regular expression, on a run of punctuation, in CPU
time (`calls` would count the same few calls at both sizes, however long the
search takes inside them)::

    def work(n: int) -> float:
        roadmap = with_action(clean(), "sdm-1", text="a" + "-" * n + "a")
        return cpu_seconds(lambda: rb.validate(roadmap, select=["RB503"]))

    assert_growth(work, sizes=(1_000, 4_000), bound=5)

How to choose:

* Sizes grow by a constant factor k (4 is good), and the bound sits a little above
  k (5 for 4): linear work grows k times, work over every pair k² times. A bound of
  1 says the work does not grow at all (a megabyte refused costs what a short text
  costs).
* Build the input outside the measured callable, so that only the work under test
  is counted, and run it once before measuring if the first run fills caches.
* Counts do not jitter, so sizes need not be large; they need to be large enough
  that the part that grows outweighs the fixed cost of a call, or a quadratic part
  hides behind it. Check that the test can fail: make the code quadratic on purpose
  (compare every pair, lift a limit) and see the assertion trip.
* A measure only bounds what it sees: `calls` misses a Python loop that calls
  nothing, `calls` and `lines` both miss the work inside a call to C. Adversarial
  text (runs of punctuation or whitespace, long names, scripts of many letters)
  often meets a regular expression: measure such a rule with `cpu_seconds`, with
  sizes whose running time is milliseconds, not microseconds.
"""

from __future__ import annotations

import contextlib
import cProfile
import dataclasses
import gc
import inspect
import itertools
import math
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator, Mapping, Sequence
from types import CodeType, FrameType
from typing import Any

__all__ = [
    "Calls",
    "Growth",
    "assert_growth",
    "calls",
    "cpu_seconds",
    "growth",
    "lines",
    "peak_memory",
]


@contextlib.contextmanager
def _no_collection() -> Iterator[None]:
    """Collect no garbage while measuring.

    A collection runs the finalizers and weakref callbacks of whatever garbage the
    process holds, at a moment no test controls: their calls and lines would be
    counted as the work under test. Objects the work frees still go at once.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclasses.dataclass(frozen=True)
class Calls:
    """The function calls one run made: in all, and by function."""

    total: int
    by_code: Mapping[CodeType | str, int]

    def of(self, function: Callable[..., Any]) -> int:
        """How many calls went to *function* (a Python function or method)."""
        code = getattr(inspect.unwrap(function), "__code__", None)
        if code is None:
            msg = f"{function!r} is not a Python function: its calls have no code to count by"
            raise TypeError(msg)
        return self.by_code.get(code, 0)


def calls(run: Callable[[], object]) -> Calls:
    """Count the function calls, Python and built-in, that *run* makes."""
    profiler = cProfile.Profile()
    with _no_collection():
        profiler.enable()
        try:
            run()
        finally:
            profiler.disable()
    by_code: dict[CodeType | str, int] = {}
    for entry in profiler.getstats():
        by_code[entry.code] = by_code.get(entry.code, 0) + entry.callcount
    return Calls(total=sum(by_code.values()), by_code=by_code)


def lines(run: Callable[[], object]) -> int:
    """Count the lines of Python that *run* executes (a trace function's line events)."""
    count = 0

    def local(frame: FrameType, event: str, arg: object) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def start(frame: FrameType, event: str, arg: object) -> Any:
        return local

    previous = sys.gettrace()
    with _no_collection():
        sys.settrace(start)
        try:
            run()
        finally:
            sys.settrace(previous)
    return count


def peak_memory(run: Callable[[], object]) -> int:
    """The most bytes *run* holds at once beyond what was held before it started."""
    tracing = tracemalloc.is_tracing()
    if not tracing:
        tracemalloc.start()
    try:
        with _no_collection():
            tracemalloc.reset_peak()
            before, _ = tracemalloc.get_traced_memory()
            run()
            _, peak = tracemalloc.get_traced_memory()
    finally:
        if not tracing:
            tracemalloc.stop()
    return peak - before


def cpu_seconds(run: Callable[[], object], *, repeat: int = 5) -> float:
    """The least CPU time of this thread that *run* takes, of *repeat* runs.

    For ratios between sizes only: never compare it with a number of seconds.
    """
    best = math.inf
    for _ in range(repeat):
        with _no_collection():
            start = time.thread_time()
            run()
            best = min(best, time.thread_time() - start)
    return best


@dataclasses.dataclass(frozen=True)
class Growth:
    """The work measured at each size, and how much it grew from one size to the next."""

    sizes: tuple[int, ...]
    work: tuple[float, ...]

    @property
    def ratios(self) -> tuple[float, ...]:
        """The work at each size divided by the work at the size before."""
        return tuple(b / a for a, b in itertools.pairwise(self.work))

    def __str__(self) -> str:
        steps = [f"size {self.sizes[0]:,}: {_amount(self.work[0])}"]
        for size, work, ratio in zip(self.sizes[1:], self.work[1:], self.ratios, strict=True):
            steps.append(f"size {size:,}: {_amount(work)} (x{ratio:.2f})")
        return "; ".join(steps)


def _amount(work: float) -> str:
    return f"{int(work):,}" if float(work).is_integer() else f"{work:.4g}"


def growth(work: Callable[[int], float], sizes: Sequence[int]) -> Growth:
    """Measure ``work(size)`` at each of *sizes*, smallest first."""
    sizes = tuple(sizes)
    if len(sizes) < 2 or any(b <= a for a, b in itertools.pairwise(sizes)):
        msg = f"sizes must be two or more, growing: {sizes}"
        raise ValueError(msg)
    measured = tuple(work(size) for size in sizes)
    if any(w <= 0 for w in measured):
        msg = f"the measure saw no work at some size: {measured}"
        raise ValueError(msg)
    return Growth(sizes=sizes, work=measured)


def assert_growth(work: Callable[[int], float], sizes: Sequence[int], *, bound: float) -> Growth:
    """Fail unless ``work(size)`` grows by at most *bound* from each size to the next.

    Args:
        work: Does the work for an input of the given size once and returns how much
            it did, in one of the measures above.
        sizes: Two or more sizes, growing, best by a constant factor.
        bound: The largest growth allowed from one size to the next: a little above
            the factor between the sizes for linear work, 1 for work that must not
            grow at all.

    Returns:
        What was measured, to check more about it.
    """
    measured = growth(work, sizes)
    worst = max(measured.ratios)
    assert worst <= bound, (
        f"the work grew x{worst:.2f} from one size to the next, over x{bound}: {measured}"
    )
    return measured
