"""Every public object pickles: road maps, reports and errors cross process boundaries.

A national portfolio is validated and attained across processes
(`examples/portfolio_parallel.py`, a Dask bag): whatever goes to a worker or comes
back must pickle and come back equal. The objects of the test inventory
(`support.inventory`: the sample, its reports, the library's tables, one object of
every public class of every public module, every enumeration member and errors of
every kind) go through `pickle` and back.
"""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any

import pytest

import rbroadmap as rb
from support import inventory
from support.inventory import enum_members, errors, roots, zoo


def _instances() -> list[Any]:
    """The objects of the inventory: its roots, one object of every class reachable from
    them, every member of every public enumeration and errors of every kind."""
    found: dict[int, Any] = {}
    for obj in (*roots(), *zoo().values(), *enum_members(), *errors()):
        found.setdefault(id(obj), obj)
    return list(found.values())


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
        cls
        for cls in inventory.PUBLIC_CLASSES
        # abstract roots: their concrete subclasses are above
        if cls not in inventory.ABSTRACT_ERRORS and cls not in inventory.NOT_VALUES
    }
    missing = {cls.__name__ for cls in public if not any(issubclass(t, cls) for t in covered)}
    assert not missing
    kinds = {
        rb.attainment.DuplicateRealizationError,
        rb.attainment.OutsidePeriodError,
        rb.attainment.UnitMismatchError,
        rb.attainment.UnknownTargetError,
        rb.converters.InvalidValueError,
    }
    assert kinds <= covered


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
