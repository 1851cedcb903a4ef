"""Strategies of values (*nilai*): target values of every kind, and rupiah amounts."""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any, Final

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from rbroadmap.notation import MAX_RUPIAH
from rbroadmap.strategies import _options
from rbroadmap.values import (
    MAX_DECIMAL_PLACES,
    MAX_INTEGER_DIGITS,
    NO_TARGET,
    VALUE_KINDS,
    Count,
    IndexScore,
    Level,
    NoTarget,
    Percentage,
    Qualitative,
    Range,
    TargetValue,
)

COUNT_UNITS = ("OPD", "Orang", "Unit", "Dokumen", "Kecamatan", "Kelurahan", "Aplikasi")
"""Units of count seen in road maps."""

QUALIFIERS = ("Dan masyarakat", "dan masyarakat", "se-Kota", "terintegrasi")
"""Words written after a count's unit, as in ``39 OPD Dan masyarakat``."""

INDEXES = ("IRB", "IKM", "SKM", "SAKIP", "SPIP", "IPK", "IKD")
"""Index abbreviations seen in road maps."""

QUALITATIVE_TEXTS = (
    "WTP",
    "Tersedia",
    "Ada",
    "Terlaksana",
    "Opini WTP",
    "Predikat BB",
    "Sangat Baik",
    "Terintegrasi",
)
"""Qualitative target values seen in road maps."""

LEVEL_LABELS = ("Belum Ada", "Rintisan", "Berkembang", "Terdefinisi", "Terkelola dan Terukur")
"""Names of SPIP maturity levels."""

_LARGEST_COUNT: Final = 10**MAX_INTEGER_DIGITS - 1


def decimals(
    *,
    min_value: Decimal | int = 0,
    max_value: Decimal | int = 100,
    places: int = 2,
) -> st.SearchStrategy[Decimal]:
    """Exact decimals between *min_value* and *max_value* with up to *places* decimals.

    Whole numbers come often, as they do in road maps (``25%``, ``IRB 70``).

    Raises:
        InvalidArgument: If a bound is not an exact number the model holds (15
            digits before the point, 12 after), *min_value* exceeds
            *max_value*, *places* is not from 0 to 12, or no number with
            *places* decimals lies between the bounds.
    """
    return _decimals("decimals", min_value, max_value, places)


def _decimals(
    function: str, min_value: object, max_value: object, places: object
) -> st.SearchStrategy[Decimal]:
    low = _options.decimal_bounds(function, "min_value", min_value)
    high = _options.decimal_bounds(function, "max_value", max_value)
    digits = _options.whole(function, "places", places, low=0, high=MAX_DECIMAL_PLACES)
    _options.at_most(function, "min_value", min_value, "max_value", max_value)
    first, last = math.ceil(low), math.floor(high)
    if low.scaleb(digits).to_integral_value(ROUND_CEILING) > high.scaleb(digits).to_integral_value(
        ROUND_FLOOR
    ):
        raise InvalidArgument(
            f"{function}(min_value={min_value!r}, max_value={max_value!r}, places={places!r}): "
            f"no number with {places} decimals lies between the bounds"
        )
    fractional = st.decimals(
        min_value=low, max_value=high, places=digits, allow_nan=False, allow_infinity=False
    )
    if first > last:  # no whole number between the bounds
        return fractional
    whole = st.integers(first, last).map(Decimal)
    return st.one_of(whole, fractional) if digits > 0 else whole


def percentages(
    *, min_value: Decimal | int = 0, max_value: Decimal | int = 100, places: int = 2
) -> st.SearchStrategy[Percentage]:
    """Percentages (*persentase*) such as ``25%`` or ``79,30%``.

    Raises:
        InvalidArgument: As `decimals` does.
    """
    return _decimals("percentages", min_value, max_value, places).map(Percentage)


def count_units() -> st.SearchStrategy[str]:
    """Units of count (*satuan*) such as ``OPD`` and ``Orang``."""
    return st.sampled_from(COUNT_UNITS)


def counts(
    *,
    min_value: int = 0,
    max_value: int = 100,
    units: st.SearchStrategy[str] | None = None,
    qualifiers: st.SearchStrategy[str | None] | None = None,
) -> st.SearchStrategy[Count]:
    """Counts with a unit (*jumlah*) such as ``39 OPD`` or ``39 OPD Dan masyarakat``.

    Raises:
        InvalidArgument: If a bound is not a whole number from 0 to 10**15 - 1,
            *min_value* exceeds *max_value*, or *units* or *qualifiers* is not
            a strategy.
    """
    for name, bound in (("min_value", min_value), ("max_value", max_value)):
        _options.whole("counts", name, bound, low=0, high=_LARGEST_COUNT)
    _options.at_most("counts", "min_value", min_value, "max_value", max_value)
    _options.strategy("counts", "units", units)
    _options.strategy("counts", "qualifiers", qualifiers)
    return st.builds(
        Count,
        st.integers(min_value, max_value),
        count_units() if units is None else units,
        st.one_of(st.none(), st.sampled_from(QUALIFIERS)) if qualifiers is None else qualifiers,
    )


def index_scores(
    *,
    indexes: st.SearchStrategy[str] | None = None,
    min_value: Decimal | int = 0,
    max_value: Decimal | int = 100,
    places: int = 2,
) -> st.SearchStrategy[IndexScore]:
    """Index scores (*nilai indeks*) such as ``IRB 70`` or ``IKM 79,30``.

    Raises:
        InvalidArgument: As `decimals` does, or if *indexes* is not a strategy.
    """
    _options.strategy("index_scores", "indexes", indexes)
    return st.builds(
        IndexScore,
        st.sampled_from(INDEXES) if indexes is None else indexes,
        _decimals("index_scores", min_value, max_value, places),
    )


def levels(*, min_value: int = 0, max_value: int = 5) -> st.SearchStrategy[Level]:
    """Maturity levels (*level*) such as ``Level 3 (Terdefinisi)``.

    Raises:
        InvalidArgument: If a bound is not a whole number from 0 to 99, or
            *min_value* exceeds *max_value*.
    """
    for name, bound in (("min_value", min_value), ("max_value", max_value)):
        _options.whole("levels", name, bound, low=0, high=99)
    _options.at_most("levels", "min_value", min_value, "max_value", max_value)
    return st.builds(
        Level,
        st.integers(min_value, max_value),
        st.one_of(st.none(), st.sampled_from(LEVEL_LABELS)),
    )


def ranges() -> st.SearchStrategy[Range]:
    """Range targets (*target rentang*) such as ``70-80%`` or ``IRB 70-75``."""

    def build(kind: str, low: int, width: int, index: str, unit: str) -> Range:
        if kind == "percentage":
            return Range(Percentage(low), Percentage(low + width))
        if kind == "count":
            return Range(Count(low, unit), Count(low + width, unit))
        return Range(IndexScore(index, low), IndexScore(index, low + width))

    return st.builds(
        build,
        st.sampled_from(("percentage", "count", "index")),
        st.integers(0, 90),
        st.integers(0, 20),
        st.sampled_from(INDEXES),
        count_units(),
    )


def qualitatives() -> st.SearchStrategy[Qualitative]:
    """Qualitative values (*nilai kualitatif*) such as ``WTP``."""
    return st.sampled_from(QUALITATIVE_TEXTS).map(Qualitative)


def no_targets() -> st.SearchStrategy[NoTarget]:
    """The value ``-``: no target that year."""
    return st.just(NO_TARGET)


VALUE_STRATEGIES: Final[dict[type, Callable[[], st.SearchStrategy[Any]]]] = {
    Percentage: percentages,
    Count: counts,
    IndexScore: index_scores,
    Level: levels,
    Range: ranges,
    Qualitative: qualitatives,
    NoTarget: no_targets,
}
"""The strategy of each kind of value (`rbroadmap.values.VALUE_KINDS`), with its defaults."""


def target_values(*, include_no_target: bool = True) -> st.SearchStrategy[TargetValue]:
    """Any target value (*nilai target*), of every kind the notation knows.

    Raises:
        InvalidArgument: If *include_no_target* is not a bool.
    """
    _options.boolean("target_values", "include_no_target", include_no_target)
    return st.one_of(
        [
            VALUE_STRATEGIES[kind.cls]()
            for kind in VALUE_KINDS
            if kind.target and (include_no_target or kind.cls is not NoTarget)
        ]
    )


def rupiah_amounts(*, min_value: int = 0, max_value: int = 10**12) -> st.SearchStrategy[int]:
    """Whole rupiah, mostly round budget figures such as ``150.000.000``.

    Raises:
        InvalidArgument: If a bound is not whole rupiah from 0 to `MAX_RUPIAH`,
            or *min_value* exceeds *max_value*.
    """
    for name, bound in (("min_value", min_value), ("max_value", max_value)):
        _options.whole("rupiah_amounts", name, bound, low=0, high=MAX_RUPIAH)
    _options.at_most("rupiah_amounts", "min_value", min_value, "max_value", max_value)
    any_amount = st.integers(min_value, max_value)
    first, last = -(-min_value // 1_000_000), max_value // 1_000_000  # whole millions within
    if first > last:
        return any_amount
    round_figures = st.integers(first, last).map(lambda millions: millions * 1_000_000)
    return st.one_of(round_figures, any_amount)
