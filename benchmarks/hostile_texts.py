"""Time a document full of hostile text: loaded, validated, attained and written back.

The shapes of text that made rules super-linear before (a run of dashes between two
letters took RB503 15 s at 40,000 characters; a run of spaces in a unit cell took
RB401 and RB402 half a minute each) are written into the Kota Probolinggo sample's
texts -- its first action, problem, result and expected condition, a unit cell, the
programme cell and the area name -- at 10,000, 100,000 and 1,000,000 characters each,
and the round trip is timed. Not part of the test suite (tests/test_linear_texts.py
checks that the work grows linearly; the seconds are measured here):

    python benchmarks/hostile_texts.py
"""

from __future__ import annotations

import time

import attrs
import pendulum

import rbroadmap as rb

SHAPES = {
    "dashes between letters": lambda n: "a" + "-" * n + "a",
    "spaces": lambda n: "a" + " " * n + "b",
    "ideographic spaces": lambda n: "a" + "\u3000" * n + "b",
    "distinct letters": lambda n: "".join(chr(0x4E00 + i % 20_000) for i in range(n)),
    "one long name": lambda n: ("Bag. Organisasi Setda dan " * (n // 26 + 1))[:n],
}


def hostile(roadmap: rb.RoadMap, text: str) -> rb.RoadMap:
    """The road map with *text* in the texts of its first area and first action."""
    area = roadmap.areas[0]
    action = area.actions[0]
    changed = attrs.evolve(
        action,
        text=text,
        problems=(attrs.evolve(action.problems[0], text=text), *action.problems[1:]),
        result=None if action.result is None else attrs.evolve(action.result, text=text),
        expected_condition=text,
        programme=text,
        units=(text, *action.units[1:]),
    )
    area = attrs.evolve(area, name=text, actions=(changed, *area.actions[1:]))
    return attrs.evolve(roadmap, areas=(area, *roadmap.areas[1:]))


def main() -> None:
    sample = rb.samples.probolinggo()
    day = pendulum.date(2020, 12, 31)
    columns = ("load", "validate", "attain", "write")
    print(f"{'shape':24} {'characters':>10}  " + " ".join(f"{c:>9}" for c in columns))
    for name, make in SHAPES.items():
        for size in (10_000, 100_000, 1_000_000):
            document = rb.to_json(hostile(sample, make(size)))
            times = []
            start = time.perf_counter()
            roadmap = rb.from_json(document, rb.RoadMap)
            times.append(time.perf_counter() - start)
            for step in (
                lambda r=roadmap: rb.validate(r),
                lambda r=roadmap: rb.attain(r, [], as_of=day),
                lambda r=roadmap: rb.to_json(r),
            ):
                start = time.perf_counter()
                step()
                times.append(time.perf_counter() - start)
            shown = " ".join(f"{t * 1000:7.0f}ms" for t in times)  # 9 characters each
            print(f"{name:24} {size:>10,}  {shown}")


if __name__ == "__main__":
    main()
