"""Every public strategy refuses an impossible option when it is built, as Hypothesis' do.

`periods(min_years=0)` and `levels(max_value=150)` used to be accepted and then
fail while drawing, deep inside a user's test, and `rupiah_amounts(min_value=-5)`
drew negative budgets. Each strategy of `rbroadmap.strategies` is now built with
each of its options replaced by values of every kind: it raises
`hypothesis.errors.InvalidArgument` naming the strategy and the option, or it
draws values without error. Drawn values keep within the bounds asked for.
"""

from __future__ import annotations

import contextlib
import inspect
from collections.abc import Callable
from decimal import Decimal
from typing import Any, Final

import pytest
from hypothesis import HealthCheck, Phase, find, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument, NoSuchExample

import rbroadmap as rb
from rbroadmap import strategies as rbst

ROADMAP = rb.samples.probolinggo()
STRATEGIES: dict[str, Callable[..., st.SearchStrategy[Any]]] = {
    name: getattr(rbst, name) for name in rbst.__all__
}
REQUIRED: dict[str, dict[str, Any]] = {  # what the positional arguments must be
    "realizations": {"roadmap": ROADMAP},
    "realized_values": {"cell": rb.Percentage(80)},
    "violating": {"code": "RB401"},
}

WRONG: dict[str, Any] = {
    "None": None,
    "a negative number": -5,
    "zero": 0,
    "a huge number": 10**20,
    "a float": 1.5,
    "text": "x",
    "a boolean": True,
    "an empty list": [],
    "a list of numbers": [1, 2],
    "an object": object(),
    "a strategy": st.just(1),
}

DRAWING: Final = settings(
    max_examples=8,
    database=None,
    phases=[Phase.generate],
    suppress_health_check=list(HealthCheck),
    deadline=None,
)


def draw_some(strategy: st.SearchStrategy[Any]) -> None:
    """Draw a few values of *strategy*; any error while drawing propagates."""
    with contextlib.suppress(NoSuchExample):
        find(strategy, lambda _: False, settings=DRAWING)


def _cases() -> list[tuple[str, str, str]]:
    cases = []
    for name, function in STRATEGIES.items():
        for parameter in inspect.signature(function).parameters.values():
            cases += [(name, parameter.name, wrong) for wrong in WRONG]
    return cases


CASES = _cases()


def test_every_strategy_takes_options_to_check() -> None:
    assert len({name for name, _, _ in CASES}) >= 25
    assert len(CASES) > 500


@pytest.mark.parametrize(("name", "option", "wrong"), CASES, ids=[" ".join(case) for case in CASES])
def test_an_option_is_refused_when_built_or_works(name: str, option: str, wrong: str) -> None:
    arguments = dict(REQUIRED.get(name, {}))
    arguments[option] = WRONG[wrong]
    refused: InvalidArgument | None = None
    try:
        strategy = STRATEGIES[name](**arguments)
    except InvalidArgument as error:
        refused = error
    if refused is not None:
        assert f"{name}(" in str(refused)
        assert option in str(refused)
        return
    if wrong == "a strategy":
        # A strategy given as an option is drawn from: what it gives is checked when
        # it is used, by the model (a ModelError naming the field) or the strategy.
        with contextlib.suppress(rb.ModelError, InvalidArgument):
            draw_some(strategy)
        return
    draw_some(strategy)  # accepted: then it draws


IMPOSSIBLE: list[tuple[Callable[[], object], str]] = [
    (lambda: rbst.periods(min_years=0), "min_years"),
    (lambda: rbst.periods(min_years=4, max_years=3), "min_years"),
    (lambda: rbst.levels(max_value=150), "max_value"),
    (lambda: rbst.levels(min_value=-1), "min_value"),
    (lambda: rbst.rupiah_amounts(min_value=-5), "min_value"),
    (lambda: rbst.rupiah_amounts(max_value=10**18), "max_value"),
    (lambda: rbst.rupiah_amounts(min_value=10, max_value=5), "min_value"),
    (lambda: rbst.decimals(min_value=5, max_value=1), "min_value"),
    (lambda: rbst.decimals(min_value=Decimal("0.5"), max_value=Decimal("0.6"), places=0), "places"),
    (lambda: rbst.decimals(min_value=0.5), "min_value"),
    (lambda: rbst.percentages(places=13), "places"),
    (lambda: rbst.index_scores(max_value=10**15), "max_value"),
    (lambda: rbst.counts(min_value=-1), "min_value"),
    (lambda: rbst.counts(units="OPD"), "units"),
    (lambda: rbst.target_schedules(shapes=[]), "shapes"),
    (lambda: rbst.target_schedules(directions=["higher"]), "directions"),
    (lambda: rbst.roadmaps(area_sets=["permenpanrb-99-2099"]), "area_sets"),
    (lambda: rbst.roadmaps(min_actions=3, max_actions=2), "min_actions"),
    (lambda: rbst.areas(number=10_000), "number"),
    (lambda: rbst.actions(max_problems=-1), "max_problems"),
    (lambda: rbst.waivers(entity_ids=[]), "entity_ids"),
    (lambda: rbst.waivers(entity_ids=["bukan id"]), "entity_ids"),
    (lambda: rbst.unit_registries(min_units=11), "min_units"),
    (lambda: rbst.realizations(ROADMAP, coverage=101), "coverage"),
    (lambda: rbst.realizations(ROADMAP, years=[2030]), "years"),
    (lambda: rbst.realizations(ROADMAP, years=[2019, 2019]), "years"),
    (lambda: rbst.realized_values(rb.NO_TARGET), "cell"),
    (lambda: rbst.clean_roadmaps(area_sets=["permenpanrb-99-2099"]), "area_sets"),
    (lambda: rbst.clean_roadmaps(min_years=1), "min_years"),
    (lambda: rbst.clean_roadmaps(max_actions=0), "max_actions"),
    (lambda: rbst.violating("RB999"), "code"),
    (lambda: rbst.violating("RB401", base=rb.samples.probolinggo()), "base"),
]


@pytest.mark.parametrize(("build", "option"), IMPOSSIBLE)
def test_an_impossible_option_is_refused_when_built(
    build: Callable[[], object], option: str
) -> None:
    with pytest.raises(InvalidArgument, match=option):
        build()


@given(st.data(), st.integers(0, 10**18 - 1), st.integers(0, 10**18 - 1))
def test_rupiah_amounts_keep_within_their_bounds(data: st.DataObject, a: int, b: int) -> None:
    low, high = min(a, b), max(a, b)
    amount = data.draw(rbst.rupiah_amounts(min_value=low, max_value=high))
    assert low <= amount <= high


@given(
    st.data(),
    st.decimals(-(10**6), 10**6, places=3),
    st.decimals(0, 10**3, places=3),
    st.integers(0, 12),
)
def test_decimals_keep_within_their_bounds_and_places(
    data: st.DataObject, low: Decimal, width: Decimal, places: int
) -> None:
    high = low + width
    try:
        strategy = rbst.decimals(min_value=low, max_value=high, places=places)
    except InvalidArgument:
        # only when no number of that many places lies between the bounds
        assert places < 3
        return
    value = data.draw(strategy)
    assert low <= value <= high
    assert -value.as_tuple().exponent <= max(places, 0)  # type: ignore[operator]


@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow])
@given(st.data(), st.integers(1, 50), st.integers(1, 50))
def test_periods_have_the_lengths_asked_for(data: st.DataObject, a: int, b: int) -> None:
    shortest, longest = min(a, b), max(a, b)
    period = data.draw(rbst.periods(min_years=shortest, max_years=longest))
    assert shortest <= len(period) <= longest
