"""The synthetic national portfolio, and the parallel path of examples/portfolio_parallel.py.

Fast (a tiny portfolio): whether it is fast at national scale is for
benchmarks/run.py to say, never an assertion here.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pendulum
import pytest

import rbroadmap as rb

ROOT = Path(__file__).resolve().parent.parent
AS_OF = pendulum.date(2021, 1, 31)


def test_the_portfolio_is_deterministic_plain_data() -> None:
    first = rb.samples.synthetic_portfolio(5, rows=12)
    again = rb.samples.synthetic_portfolio(5, rows=12)
    assert first == again
    assert json.loads(json.dumps(first)) == first  # plain data, JSON as it is
    assert rb.samples.synthetic_portfolio(5, rows=12, seed=1) != first
    assert rb.samples.synthetic_roadmap(3, rows=12) == first[3]  # each one on its own


@pytest.mark.parametrize("number", [0, 40, 100, 500, 600])
def test_each_kind_of_body_reads_as_a_road_map_with_realisations(number: int) -> None:
    entry = rb.samples.synthetic_roadmap(number, rows=20)
    roadmap = rb.from_dict(entry["roadmap"], rb.RoadMap)
    realizations = rb.from_dict(entry["realizations"], rb.Realizations)
    assert sum(len(area.actions) for area in roadmap.areas) == 20
    assert len(roadmap.areas) == 8
    assert rb.to_dict(roadmap)["id"] == entry["roadmap"]["id"]
    report = rb.attain(roadmap, realizations, as_of=AS_OF)
    assert report.overall.exact is not None
    assert not report.left_out
    assert rb.validate(roadmap).ok  # made up, but not wrong: warnings and info only


def test_the_names_and_ids_of_the_national_portfolio_are_unique() -> None:
    portfolio = rb.samples.synthetic_portfolio(rows=0)
    assert len(portfolio) == rb.samples.NATIONAL_BODIES
    assert len({e["roadmap"]["id"] for e in portfolio}) == len(portfolio)
    assert len({e["roadmap"]["government"] for e in portfolio}) == len(portfolio)


def test_rows_cannot_be_negative() -> None:
    with pytest.raises(ValueError, match="rows"):
        rb.samples.synthetic_roadmap(0, rows=-1)


@pytest.fixture(scope="module")
def example() -> ModuleType:
    path = ROOT / "examples" / "portfolio_parallel.py"
    spec = importlib.util.spec_from_file_location("portfolio_parallel", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # so that worker processes find its functions by name
    spec.loader.exec_module(module)
    return module


def test_the_parallel_path_gives_what_one_process_gives(example: ModuleType) -> None:
    entries = rb.samples.synthetic_portfolio(4, rows=10)
    in_workers = example.run(entries, workers=2)
    here = [example.check(entry) for entry in entries]
    assert in_workers == here
    assert [s["id"] for s in here] == [e["roadmap"]["id"] for e in entries]
    assert all(s["targets"] > 0 and s["rows"] == 10 for s in here)
