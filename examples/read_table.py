"""Read an action plan from a CSV table, show the reading log, and validate the road map.

    python examples/read_table.py            # the log in Indonesian
    python examples/read_table.py --lang en  # in English

The table is Kota Probolinggo's action plan (Table 3.2), written as CSV from the
bundled sample with `rbroadmap.tables.write_plan`, as an application exports what it
holds; it is then read back as a program reads a CSV file a user uploads. A real
program opens the file with ``open(path, encoding="utf-8", newline="")``; here the CSV
stays in memory, so that the example writes nothing to disk.
"""

from __future__ import annotations

import argparse
import collections
import csv
import io

import attrs

import rbroadmap as rb
import rbroadmap.tables as rt


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=["id", "en"], default="id")
    args = parser.parse_args()

    sample = rb.samples.probolinggo()
    exported = io.StringIO()
    csv.writer(exported, delimiter=";").writerows(rt.write_plan(sample).rows)

    uploaded = io.StringIO(exported.getvalue())
    rows = list(csv.reader(uploaded, delimiter=";"))
    try:
        reading = rt.read_plan(rows, units=sample.units)
    except rt.TableError as error:  # every cell that cannot be read, by its name (D14)
        print(error.text(args.lang))
        raise SystemExit(1) from None

    counts = collections.Counter(note.kind for note in reading.log)
    for kind, count in counts.items():
        print(f"{kind.label.get(args.lang)}: {count}")
    print()
    for note in reading.notes(rt.NoteKind.CONTINUED)[:5]:
        print(note.text(args.lang))
    print()

    # The table's action plan in the road map the application holds.
    empty = attrs.evolve(sample, areas=[attrs.evolve(area, actions=()) for area in sample.areas])
    roadmap = reading.into(empty)
    print(roadmap == sample)
    report = rb.validate(roadmap, lang=args.lang)
    print(len(report.findings), rb.budget_summary(roadmap).total)


if __name__ == "__main__":
    main()
