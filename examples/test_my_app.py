"""Property-test an application with rbroadmap's Hypothesis strategies.

A tiny "application" stands for yours: the monitoring dashboard of an e-Monev system,
which shows one line per area of change (rows, rows due in a year, budget a year) and
the share of reported targets that met their target. Instead of the one or two road
maps a developer types by hand, each property below runs on many road maps and
realisations that `rbroadmap.strategies` builds, of every shape real documents have.

    python examples/test_my_app.py    # runs the properties and says how they went
    pytest examples/test_my_app.py    # the same, as tests

Needs the ``hypothesis`` extra: ``pip install "path/to/rbroadmap[hypothesis]"`` from a
checkout (``pip install "rbroadmap[hypothesis]"`` once rbroadmap is on PyPI).
"""

from __future__ import annotations

import pendulum
from hypothesis import given, settings
from hypothesis import strategies as st

import rbroadmap as rb
from rbroadmap import strategies as rbst

# Few examples, no example database and a fixed seed: the script runs in seconds and the
# same way every time. Drop this profile for real use.
settings.register_profile("example", max_examples=25, database=None, derandomize=True)
settings.load_profile("example")


# -- the application under test


def dashboard(roadmap: rb.RoadMap, year: int) -> list[dict[str, object]]:
    """One line per area of change: its rows, the rows due in *year*, its budget a year."""
    lines = []
    for area in roadmap.areas:
        due = [a for a in area.rows if a.targets is not None and year in a.targets.due_years]
        budget = sum(a.budget or 0 for a in area.rows)  # a merged budget is held once
        lines.append(
            {
                "area": area.name,
                "rows": len(area.rows),
                "due": len(due),
                "budget": rb.format_rupiah(budget),
            }
        )
    return lines


def share_met(report: rb.AttainmentReport) -> float | None:
    """The share of reported targets whose attainment to date is 100% or more."""
    judged = [t for t in report.targets if t.percent is not None]
    if not judged:
        return None
    return sum(1 for t in judged if t.percent is not None and t.percent >= 100) / len(judged)


# -- its properties


@given(rbst.roadmaps(max_areas=4, max_actions=5), st.integers(2015, 2030))
def test_dashboard_adds_up(roadmap: rb.RoadMap, year: int) -> None:
    lines = dashboard(roadmap, year)
    assert [line["area"] for line in lines] == [area.name for area in roadmap.areas]
    assert all(0 <= line["due"] <= line["rows"] for line in lines)  # type: ignore[operator]
    total = sum(rb.parse_rupiah(str(line["budget"])) for line in lines)
    assert total == rb.budget_summary(roadmap).total  # each merged budget counted once


@given(st.data())
def test_share_met_is_a_share(data: st.DataObject) -> None:
    roadmap = data.draw(rbst.roadmaps(max_areas=3, max_actions=4), label="roadmap")
    realised = data.draw(rbst.realizations(roadmap), label="realizations")
    report = rb.attain(roadmap, realised, as_of=pendulum.date(roadmap.period.end + 1, 1, 31))
    share = share_met(report)
    assert share is None or 0 <= share <= 1
    if share is not None and share == 1:
        assert all(t.band is not None for t in report.targets if t.percent is not None)


@given(rbst.roadmaps(max_areas=3, max_actions=4))
def test_dashboard_survives_storage_as_json(roadmap: rb.RoadMap) -> None:
    stored = rb.to_json(roadmap, indent=None)  # what the application keeps in its database
    loaded = rb.from_json(stored, rb.RoadMap)
    assert dashboard(loaded, roadmap.period.start) == dashboard(roadmap, roadmap.period.start)


@given(st.data())
def test_form_cells_keep_the_value_typed(data: st.DataObject) -> None:
    value = data.draw(rbst.target_values(), label="value")
    typed = data.draw(rbst.notation_strings(values=st.just(value)), label="typed")
    stored = rb.format_value(rb.parse_value(typed))  # the application's form handler
    assert rb.parse_value(stored) == value


PROPERTIES = [
    test_dashboard_adds_up,
    test_share_met_is_a_share,
    test_dashboard_survives_storage_as_json,
    test_form_cells_keep_the_value_typed,
]

if __name__ == "__main__":
    for prop in PROPERTIES:
        prop()  # a property is a function: calling it runs every example, or raises
        print(f"ok  {prop.__name__}")
    print(f"{len(PROPERTIES)} properties held on the generated road maps")
