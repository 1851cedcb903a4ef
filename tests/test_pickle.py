"""Every public object pickles: road maps, reports and errors cross process boundaries.

A national portfolio is validated and attained across processes
(`examples/portfolio_parallel.py`, a Dask bag): whatever goes to a worker or comes
back must pickle and come back equal. One representative instance of every public
class exported by `rbroadmap` (and of the errors of `rbroadmap.attainment` and
`rbroadmap.converters`) goes through `pickle` and back.
"""

from __future__ import annotations

import inspect
import pickle
from enum import Enum
from pathlib import Path
from typing import Any

import attrs
import pendulum
import pytest

import rbroadmap as rb
from rbroadmap.attainment import (
    DuplicateRealizationError,
    OutsidePeriodError,
    UnitMismatchError,
    UnknownTargetError,
)
from rbroadmap.converters import InvalidValueError

AS_OF = pendulum.date(2021, 1, 31)


def _raised(call: Any) -> Exception:
    try:
        call()
    except Exception as error:
        return error
    pytest.fail(f"{call} raised nothing")  # pragma: no cover


def _instances() -> list[Any]:
    """One instance of each public class, taken from the sample and its reports."""
    roadmap = rb.samples.probolinggo()
    entry = rb.samples.synthetic_roadmap(3, rows=16)
    realizations = rb.from_dict(entry["realizations"], rb.Realizations)
    synthetic = rb.from_dict(entry["roadmap"], rb.RoadMap)
    report = rb.attain(synthetic, realizations, as_of=AS_OF)
    validation = rb.validate(roadmap, as_of=AS_OF)
    achievement = roadmap.achievements[0]
    service = roadmap.services[0]
    team = roadmap.teams[0]
    action = roadmap.action("organisasi-1")
    one = realizations.items[0]
    waiver = rb.Waiver(code="RB402", entity_id="organisasi-1", reason="Tanggung jawab bersama")
    area_set = next(iter(rb.AREA_SETS.values()))
    data_error = _raised(lambda: rb.from_dict({"start": "2018"}, rb.Period))
    period_error = _raised(
        lambda: rb.attain(synthetic, [attrs_evolve(one, year=2030)], as_of=AS_OF)
    )
    return [
        roadmap,
        synthetic,
        roadmap.areas[0],
        action,
        action.problems[0],
        action.result,
        action.targets,
        roadmap.goals[0],
        roadmap.period,
        roadmap.programmes[0],
        roadmap.stages[0],
        roadmap.stages[0].steps[0],
        team,
        team.members[0],
        service,
        roadmap.quick_wins[0],
        achievement,
        achievement.indicators[0],
        waiver,
        roadmap.resolve("organisasi-2"),
        roadmap.units,
        roadmap.units.units[0],
        roadmap.units.groups[0],
        area_set,
        area_set.areas[0],
        rb.budget_summary(roadmap),
        rb.Percentage(25),
        rb.Count(39, "OPD", "Dan masyarakat"),
        rb.IndexScore("IRB", 70),
        rb.Level(3, "Terdefinisi"),
        rb.parse_value("70-80%"),
        rb.Qualitative("WTP"),
        rb.NO_TARGET,
        rb.Message("halo", "hello"),
        one,
        realizations,
        report,
        report.rows[0],
        report.targets[0],
        report.rollups[0],
        rb.DEFAULT_BANDS,
        rb.DEFAULT_BANDS.bands[0],
        validation,
        validation.findings[0],
        validation.rules[0],
        rb.rules.CATALOGUE,
        *(member for enum in _enums() for member in enum),
        _raised(lambda: rb.parse_value("25%%")),
        _raised(lambda: rb.Action(id="a1", budget=-1)),
        _raised(lambda: rb.Action(id="a1", budget="1")),
        data_error,
        data_error.details[0],
        _raised(lambda: roadmap.entity("organisasi-x")),
        _raised(lambda: rb.attain(synthetic, [attrs_evolve(one, target_id="nope")], as_of=AS_OF)),
        period_error,
        _raised(lambda: rb.attain(synthetic, [one, one], as_of=AS_OF)),
        _raised(lambda: rb.attain(synthetic, [attrs_evolve(one, value=rb.Level(1))], as_of=AS_OF)),
        InvalidValueError(rb.Message("diharapkan teks", "expected text"), path=".units[2]"),
    ]


def attrs_evolve(obj: Any, **changes: Any) -> Any:
    return attrs.evolve(obj, **changes)


def _enums() -> list[type[Enum]]:
    return [
        getattr(rb, name)
        for name in rb.__all__
        if inspect.isclass(getattr(rb, name)) and issubclass(getattr(rb, name), Enum)
    ]


INSTANCES = _instances()


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, BaseException):
        return type(a) is type(b) and str(a) == str(b) and vars(a) == vars(b)
    return bool(a == b)


@pytest.mark.parametrize("obj", INSTANCES, ids=lambda o: type(o).__name__)
def test_public_object_round_trips_through_pickle(obj: Any) -> None:
    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        again = pickle.loads(pickle.dumps(obj, protocol=protocol))
        assert type(again) is type(obj)
        assert _same(again, obj)


def test_every_public_class_has_an_instance_above() -> None:
    covered = {type(obj) for obj in INSTANCES}
    public = {
        getattr(rb, name)
        for name in rb.__all__
        if inspect.isclass(getattr(rb, name))
        # abstract roots: their concrete subclasses are above
        and getattr(rb, name) not in (rb.RoadmapError, rb.RealizationError)
    }
    missing = {cls.__name__ for cls in public if not any(issubclass(t, cls) for t in covered)}
    assert not missing
    errors = {
        DuplicateRealizationError,
        OutsidePeriodError,
        UnitMismatchError,
        UnknownTargetError,
        InvalidValueError,
    }
    assert errors <= covered


def test_a_rule_made_by_the_decorator_unpickles_as_the_same_rule() -> None:
    rule = rb.rules.CATALOGUE["RB301"]
    assert pickle.loads(pickle.dumps(rule)) is rule


def test_a_report_crosses_a_process_boundary_whole(tmp_path: Path) -> None:
    roadmap = rb.samples.probolinggo()
    report = rb.validate(roadmap, lang="en")
    path = tmp_path / "report.pickle"
    path.write_bytes(pickle.dumps(report))
    again = pickle.loads(path.read_bytes())
    assert again.to_text() == report.to_text()
    assert [f.fingerprint for f in again] == [f.fingerprint for f in report]
