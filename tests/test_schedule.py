"""Shapes of target schedules, from the seed's own schedules."""

from __future__ import annotations

import pytest

import rbroadmap as rb
from rbroadmap.schedule import infer_shape, shape_candidates

S = rb.Shape


def cells(*texts: str) -> list[rb.TargetValue]:
    return [rb.parse_value(t) for t in texts]


@pytest.mark.parametrize(
    ("texts", "shape"),
    [
        (("25%", "35%", "60%", "80%", "100%"), S.CUMULATIVE),
        (("50%", "50%", "75%", "100%", "100%"), S.CUMULATIVE),
        (("3 OPD", "10 OPD", "20 OPD", "30 OPD", "39 OPD"), S.CUMULATIVE),
        (("IRB 70", "IRB 73", "IRB 76", "IRB 79", "IRB 82"), S.CUMULATIVE),
        (("100%", "100%", "100%", "100%", "100%"), S.STEADY),
        (("39 OPD",) * 5, S.STEADY),
        (("-", "1 Unit", "1 Unit", "1 Unit", "1 Unit"), S.STEADY),
        (("-", "100%", "-", "-", "-"), S.ONE_OFF),
        (("-", "100%", "-", "100%", "-"), S.PERIODIC),
        (("50%", "75%", "100%", "-", "-"), S.ENDING_EARLY),
        (("-", "-", "-", "-", "-"), S.EMPTY),
        (("100%", "60%", "80%", "90%", "100%"), S.IRREGULAR),
        (("25%", "35%", "10 OPD", "80%", "100%"), S.IRREGULAR),
        (("100%", "-", "100%", "100%", "-"), S.IRREGULAR),
    ],
)
def test_seed_schedules(texts: tuple[str, ...], shape: rb.Shape) -> None:
    assert infer_shape(cells(*texts)) is shape


def test_ambiguous_schedule_lists_every_reading() -> None:
    assert shape_candidates(cells("-", "50%", "-", "100%", "-")) == (S.PERIODIC, S.CUMULATIVE)


def test_lower_is_better_schedules_fall() -> None:
    falling = cells("10%", "8%", "6%", "4%", "2%")
    assert infer_shape(falling, rb.Direction.LOWER) is S.CUMULATIVE
    assert infer_shape(falling, rb.Direction.HIGHER) is S.IRREGULAR


def test_declared_shape_wins() -> None:
    target = rb.Target.parse({2018: "100%", 2019: "100%", 2020: "100%"}, shape=rb.Shape.CUMULATIVE)
    assert target.shape is S.CUMULATIVE
    assert target.shape_candidates == (S.STEADY,)
