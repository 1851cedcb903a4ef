"""Bulk work (*kerja massal*) without repeated full garbage collections.

Python's garbage collector looks for reference cycles among the objects a program
holds, in three generations. Young objects are looked at often and cheaply; a *full*
collection walks every object still alive, and runs each time the objects kept since
the last one reach a quarter of those it walked then. A program that validates or
attains a portfolio of road maps keeps millions of objects (the road maps, their
reports), so its full collections grow with the portfolio: attaining the 630 road maps
of the national sample portfolio and keeping the reports spends almost half of its
time in them, validating 1,000 road maps about a tenth, validating 10 almost none.

`bulk` holds full collections off while a block of bulk work runs and gives the
collector its settings back afterwards. Young collections go on as usual, so the
short-lived cycles of the work are still freed; what the block keeps is looked at by
the first full collection after it:

```python
import rbroadmap as rb

portfolio = rb.samples.synthetic_portfolio(8, rows=10)
with rb.bulk():
    roadmaps = [rb.from_dict(entry["roadmap"], rb.RoadMap) for entry in portfolio]
    reports = [rb.validate(roadmap) for roadmap in roadmaps]
```

It changes nothing but the collector's thresholds (`gc.set_threshold`), and puts
back exactly those it found, also when the block raises. The thresholds belong to
the whole interpreter: while the block runs, other threads run without full
collections too.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator
from typing import Final

__all__ = ["bulk"]

NEVER: Final = 2**31 - 1
"""The threshold of the oldest generation inside `bulk`: more young collections than run."""


@contextlib.contextmanager
def bulk() -> Iterator[None]:
    """Bulk work (*kerja massal*): no full garbage collection until the block ends.

    Inside the block the collector stays on for young objects (its first two
    thresholds are left as they are) and makes no full collection (the threshold of
    the oldest generation is raised out of reach). On leaving the block, by its end
    or by an exception, the three thresholds are set back to what they were on
    entering it; blocks may be nested. A collector switched off (`gc.disable`) stays
    off.

    Use it around work that builds and keeps many objects, such as reading,
    validating and attaining every road map of a portfolio: the time of each road
    map then stays the same however many came before it. The cycles that become
    garbage inside the block and live long enough to reach the oldest generation are
    freed by the first full collection after it; rbroadmap's own objects make none.

    Yields:
        Nothing: the block runs with full collections held off.

    >>> import gc
    >>> before = gc.get_threshold()
    >>> with bulk():
    ...     gc.get_threshold()[:2] == before[:2], gc.get_threshold()[2] == NEVER
    (True, True)
    >>> gc.get_threshold() == before
    True
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(thresholds[0], thresholds[1], NEVER)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
