"""No output depends on the order of an input whose order means nothing.

A road map is a document: the order of its areas, rows and lists is the order
its authors wrote, and reports follow it. But realisations are a set (at most
one per target and period), and so are the rules to run, the codes to select
or ignore and the severities to override: giving them in another order must
give the same report, byte for byte. `AttainmentReport.left_out` used to keep
the order the realisations came in, so `attain(s, R) != attain(s, R[::-1])`.
"""

from __future__ import annotations

import datetime
import json
from random import Random

import attrs
import pendulum
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rbroadmap as rb
from rbroadmap import strategies as rbst
from rbroadmap.rules import CATALOGUE
from support.rules import budget_over_400m


@st.composite
def reported(draw: st.DrawFn) -> tuple[rb.RoadMap, list[rb.Realization], pendulum.Date]:
    """A road map, realisations of every period (some quarterly, some recorded late) and
    a day between the first and the last of them."""
    roadmap = draw(rbst.roadmaps(max_areas=3, max_actions=3))
    items: list[rb.Realization] = []
    for realisation in draw(rbst.realizations(roadmap)):
        quarter = draw(st.sampled_from([None, None, 1, 2, 3, 4]))
        recorded = draw(
            st.one_of(
                st.none(),
                st.dates(datetime.date(realisation.year, 1, 1), datetime.date(2031, 12, 31)),
            )
        )
        items.append(attrs.evolve(realisation, quarter=quarter, recorded=recorded))
    start, end = roadmap.period.start, roadmap.period.end
    day = draw(st.dates(datetime.date(start, 1, 1), datetime.date(end + 1, 6, 30)))
    return roadmap, items, pendulum.Date(day.year, day.month, day.day)


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(reported(), st.randoms(use_true_random=False), st.sampled_from(rb.RollUpMethod))
def test_attainment_does_not_depend_on_the_order_of_the_realisations(
    case: tuple[rb.RoadMap, list[rb.Realization], pendulum.Date],
    random: Random,
    method: rb.RollUpMethod,
) -> None:
    roadmap, items, day = case
    shuffled = list(items)
    random.shuffle(shuffled)
    first = rb.attain(roadmap, items, as_of=day, method=method)
    again = rb.attain(roadmap, rb.Realizations(items=shuffled), as_of=day, method=method)
    assert again == first
    assert json.dumps(again.to_dict()) == json.dumps(first.to_dict())
    assert again.to_records() == first.to_records()
    assert again.to_records("rollups") == first.to_records("rollups")


def test_left_out_realisations_come_in_document_order_then_by_period() -> None:
    roadmap = rb.samples.probolinggo()
    parse = rb.Realization.parse
    late = [
        parse("pengawasan-1", 2021, "30 OPD"),
        parse("organisasi-1", 2021, "80%", quarter=2),
        parse("organisasi-1", 2021, "90%"),
        parse("organisasi-1", 2021, "70%", quarter=1),
        parse("organisasi-1", 2020, "60%", recorded=pendulum.date(2021, 1, 5)),
    ]
    report = rb.attain(roadmap, late[::-1], as_of=pendulum.date(2020, 12, 31))
    assert [(r.target_id, r.year, r.quarter) for r in report.left_out] == [
        ("organisasi-1", 2020, None),
        ("organisasi-1", 2021, 1),
        ("organisasi-1", 2021, 2),
        ("organisasi-1", 2021, None),
        ("pengawasan-1", 2021, None),
    ]


@settings(max_examples=25, suppress_health_check=[HealthCheck.too_slow])
@given(rbst.roadmaps(max_areas=3, max_actions=3), st.randoms(use_true_random=False))
def test_validation_does_not_depend_on_the_order_of_its_arguments(
    roadmap: rb.RoadMap, random: Random
) -> None:
    rules = [*CATALOGUE.rules, budget_over_400m]
    select, ignore = ["RB1", "RB2", "RB4", "RB5", "KOTA"], ["RB103", "RB2"]
    severity: dict[str, rb.Severity | str] = {"RB4": "error", "RB401": "info", "RB5": "warning"}
    first = rb.validate(
        roadmap, rules=rules, select=select, ignore=ignore, severity=severity, lang="en"
    )
    for items in (rules, select, ignore):
        random.shuffle(items)
    reordered = dict(reversed(severity.items()))
    again = rb.validate(
        roadmap, rules=rules, select=select, ignore=ignore, severity=reordered, lang="en"
    )
    assert again == first
    assert [r.code for r in again.rules] == sorted(
        (r.code for r in again.rules), key=rb.rules.kernel.code_key
    )
    assert json.dumps(again.to_dict()) == json.dumps(first.to_dict())


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(rbst.roadmaps(max_areas=3, max_actions=4), st.randoms(use_true_random=False))
def test_budget_amounts_do_not_depend_on_the_order_of_rows(
    roadmap: rb.RoadMap, random: Random
) -> None:
    # Rows keep their cells: a row sharing the cells of another still names it, so
    # only where the rows sit changes. The order of keys follows the document, and
    # a name the registry does not know is keyed by its first spelling; the amounts
    # are the same.
    areas = []
    for area in roadmap.areas:
        rows = list(area.actions)
        random.shuffle(rows)
        areas.append(attrs.evolve(area, actions=rows))
    shuffled = attrs.evolve(roadmap, areas=areas)
    first, again = rb.budget_summary(roadmap), rb.budget_summary(shuffled)
    assert (again.total, again.period_total) == (first.total, first.period_total)
    assert again.by_area == first.by_area
    assert again.by_year == first.by_year
    assert sorted(again.by_programme.values()) == sorted(first.by_programme.values())
    assert sorted(again.by_unit.values()) == sorted(first.by_unit.values())
