"""Strategies of values (*nilai*): target values of every kind, and rupiah amounts."""

from __future__ import annotations

import math
from collections.abc import Callable
from decimal import ROUND_CEILING, ROUND_FLOOR, Decimal
from typing import Any, Final

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from rbroadmap.notation import MAX_RUPIAH
from rbroadmap.scales import IKM_2004, IKM_2017, IRB, SAKIP, SPIP, Scale
from rbroadmap.strategies import _options
from rbroadmap.values import (
    CHECK_MARK,
    MAX_DECIMAL_PLACES,
    MAX_INTEGER_DIGITS,
    NO_TARGET,
    NOT_AVAILABLE,
    VALUE_KINDS,
    CheckMark,
    Comparison,
    Count,
    Graded,
    IndexScore,
    Level,
    NoTarget,
    NotAvailable,
    Percentage,
    Qualitative,
    Quantity,
    Range,
    TargetValue,
    Threshold,
)

COUNT_UNITS = (
    "OPD",
    "Orang",
    "Unit",
    "Dokumen",
    "Kecamatan",
    "Kelurahan",
    "Aplikasi",
    "Peraturan Daerah",
    "Peraturan Walikota",
    "website",
    "Laporan",
)
"""Units of count seen in road maps, one word or several."""

QUANTITY_UNITS = ("hari", "jam", "Indeks", "Nilai", "hari kerja", "menit")
"""Units of measured quantities seen in road maps (``2,5 hari``, ``3,27 Indeks``)."""

QUALIFIERS = ("Dan masyarakat", "dan masyarakat", "se-Kota", "terintegrasi", "yang terintegrasi")
"""Words written after a count's unit, as in ``39 OPD Dan masyarakat``; a qualifier that
does not start with a connective word is written after a comma (``39 OPD, terintegrasi``)."""

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


def quantities(
    *,
    min_value: Decimal | int = 0,
    max_value: Decimal | int = 100,
    places: int = 2,
    units: st.SearchStrategy[str] | None = None,
    qualifiers: st.SearchStrategy[str | None] | None = None,
) -> st.SearchStrategy[Quantity]:
    """Quantities with a fraction and a unit (*besaran*) such as ``2,5 hari`` or ``3,27 Indeks``.

    Raises:
        InvalidArgument: If a bound is not an exact number from 0 to less than
            10**15, *min_value* exceeds *max_value*, *places* is not from 0 to
            12, no number with a fraction of that many decimals (at least one)
            lies between the bounds, or *units* or *qualifiers* is not a strategy.
    """
    low = _options.decimal_bounds("quantities", "min_value", min_value, low=0)
    high = _options.decimal_bounds("quantities", "max_value", max_value, low=0)
    digits = max(_options.whole("quantities", "places", places, low=0, high=MAX_DECIMAL_PLACES), 1)
    _options.at_most("quantities", "min_value", min_value, "max_value", max_value)
    _options.strategy("quantities", "units", units)
    _options.strategy("quantities", "qualifiers", qualifiers)
    step = Decimal(1).scaleb(-digits)
    first = low.scaleb(digits).to_integral_value(ROUND_CEILING).scaleb(-digits)
    if first == first.to_integral_value():
        first += step
    if first > high:
        raise InvalidArgument(
            f"quantities(min_value={min_value!r}, max_value={max_value!r}, places={places!r}): "
            f"no number with a fraction of {digits} decimals lies between the bounds"
        )
    fractional = st.decimals(
        min_value=low,
        max_value=high,
        places=digits,
        allow_nan=False,
        allow_infinity=False,
    ).filter(lambda d: d != d.to_integral_value())
    return st.builds(
        Quantity,
        fractional,
        st.sampled_from(QUANTITY_UNITS) if units is None else units,
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


_BOUNDED_COMPARISONS: Final = tuple(c for c in Comparison if c is not Comparison.EXACTLY)


def thresholds(
    *, values: st.SearchStrategy[Percentage | Count | Quantity | IndexScore | Level] | None = None
) -> st.SearchStrategy[Threshold]:
    """Thresholds (*ambang batas*) such as ``> IRB 70``, ``≥ 80%`` or ``≤ 5 hari``.

    Args:
        values: The strategy of the bounds; by default percentages, counts
            without a qualifier, quantities, index scores and levels.

    Raises:
        InvalidArgument: If *values* is not a strategy.
    """
    _options.strategy("thresholds", "values", values)
    bounds = (
        st.one_of(
            percentages(),
            counts(qualifiers=st.none()),
            quantities(qualifiers=st.none()),
            index_scores(),
            levels(),
        )
        if values is None
        else values
    )
    return st.builds(Threshold, st.sampled_from(_BOUNDED_COMPARISONS), bounds)


_LOWER_BOUNDS: Final = (Comparison.AT_LEAST, Comparison.MORE_THAN)

GRADED_SCALES: Final = (IRB, SAKIP, SPIP)
"""The scales whose index names them, as graded scores are drawn on."""


@st.composite
def _graded(draw: st.DrawFn, consistent: bool, declared: bool) -> Graded:
    scales = (*GRADED_SCALES, IKM_2017, IKM_2004) if declared else GRADED_SCALES
    scale: Scale = draw(st.sampled_from(scales))
    top = scale.maximum if scale.maximum is not None else Decimal(100)
    low = scale.minimum if scale.minimum is not None else Decimal(0)
    number = draw(decimals(min_value=low, max_value=top, places=2))
    index = "IKM" if scale in (IKM_2017, IKM_2004) else scale.code
    bound = IndexScore(index, number)
    score: IndexScore | Threshold = bound
    if draw(st.integers(0, 3)) == 0:
        # A consistent grade is the grade of the bound itself: at least the bound.
        compared = (Comparison.AT_LEAST,) if consistent else _LOWER_BOUNDS
        score = Threshold(draw(st.sampled_from(compared)), bound)
    grade = scale.classify(number) if consistent else draw(st.sampled_from(scale.grades))
    name = draw(st.sampled_from((grade.code, grade.code, grade.indonesian)))
    if scale is SPIP:
        name = grade.indonesian  # SPIP's codes are digits: its grades are written by name
    return Graded(score, name, scale.code if index == "IKM" else None)


def graded_scores(*, consistent: bool = False, declared: bool = False) -> st.SearchStrategy[Graded]:
    """Scores with their grade (*nilai dengan predikat*) such as ``SAKIP 60/B`` or ``> IRB 70/BB``.

    On the IRB, SAKIP and SPIP scales (named by the index), with the grade
    written as its code or its name.

    Args:
        consistent: Whether the grade is always the one the regulation gives
            the score (as far as a threshold's bound is concerned); by default
            any grade of the scale, as documents sometimes write.
        declared: Whether IKM scores graded on a declared scale (IKM 2017 or
            IKM 2004) come too. Their notation does not say the scale: it reads
            back with ``parse_value(text, scale=...)``, and the document format
            writes them in structured form.

    Raises:
        InvalidArgument: If *consistent* or *declared* is not a bool.
    """
    _options.boolean("graded_scores", "consistent", consistent)
    _options.boolean("graded_scores", "declared", declared)
    return _graded(consistent, declared)


def check_marks() -> st.SearchStrategy[CheckMark]:
    """The check mark ``√``: scheduled in this year."""
    return st.just(CHECK_MARK)


def not_availables() -> st.SearchStrategy[NotAvailable]:
    """The value ``NA``: not available."""
    return st.just(NOT_AVAILABLE)


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
    Quantity: quantities,
    IndexScore: index_scores,
    Level: levels,
    Threshold: thresholds,
    Graded: graded_scores,
    Range: ranges,
    CheckMark: check_marks,
    Qualitative: qualitatives,
    NotAvailable: not_availables,
    NoTarget: no_targets,
}
"""The strategy of each kind of value (`rbroadmap.values.VALUE_KINDS`), with its defaults."""


def target_values(*, include_no_target: bool = True) -> st.SearchStrategy[TargetValue]:
    """Any target value (*nilai target*), of every kind the notation knows.

    Args:
        include_no_target: Whether values that ask for nothing come too: ``-``
            and ``NA``. Leave them out for a cell that must be due.

    Raises:
        InvalidArgument: If *include_no_target* is not a bool.
    """
    _options.boolean("target_values", "include_no_target", include_no_target)
    return st.one_of(
        [
            VALUE_STRATEGIES[kind.cls]()
            for kind in VALUE_KINDS
            if kind.target and (include_no_target or kind.due)
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
