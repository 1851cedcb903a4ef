"""benchmarks/run.py: ``--quick`` sets the smaller run's defaults, and an option given
on the command line wins over both sets (the benchmark itself is never run here)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

RUN = Path(__file__).resolve().parent.parent / "benchmarks" / "run.py"


@pytest.fixture(scope="module")
def run() -> ModuleType:
    spec = importlib.util.spec_from_file_location("benchmark_run", RUN)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_full_run_measures_the_goals_sizes(run: ModuleType) -> None:
    args = run.parse_args([])
    assert not args.quick
    assert args.roadmaps == 630
    assert run.sizes(args.structure) == [10, 100, 630]
    assert run.sizes(args.scaling) == [1_000, 10_000, 100_000]


def test_quick_is_smaller(run: ModuleType) -> None:
    args = run.parse_args(["--quick"])
    assert args.roadmaps < 630
    assert run.sizes(args.structure) == [10, 100]
    assert run.sizes(args.scaling) == [1_000, 10_000]
    assert run.sizes(args.single) == []
    assert args.imports < run.FULL["imports"]


def test_an_option_given_wins_over_quick(run: ModuleType) -> None:
    args = run.parse_args(["--quick", "--roadmaps", "7", "--scaling", "200,400"])
    assert args.roadmaps == 7
    assert run.sizes(args.scaling) == [200, 400]
    assert run.sizes(args.structure) == [10, 100]
