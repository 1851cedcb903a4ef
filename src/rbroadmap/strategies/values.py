"""Strategies of values (*nilai*): target values of every kind, and rupiah amounts."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, Final

from hypothesis import strategies as st

from rbroadmap.values import (
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


def decimals(
    *,
    min_value: Decimal | int = 0,
    max_value: Decimal | int = 100,
    places: int = 2,
) -> st.SearchStrategy[Decimal]:
    """Exact decimals between *min_value* and *max_value* with up to *places* decimals.

    Whole numbers come often, as they do in road maps (``25%``, ``IRB 70``).
    """
    whole = st.integers(int(min_value), int(max_value)).map(Decimal)
    fractional = st.decimals(
        min_value=Decimal(min_value),
        max_value=Decimal(max_value),
        places=places,
        allow_nan=False,
        allow_infinity=False,
    )
    return st.one_of(whole, fractional) if places > 0 else whole


def percentages(
    *, min_value: Decimal | int = 0, max_value: Decimal | int = 100, places: int = 2
) -> st.SearchStrategy[Percentage]:
    """Percentages (*persentase*) such as ``25%`` or ``79,30%``."""
    return decimals(min_value=min_value, max_value=max_value, places=places).map(Percentage)


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
    """Counts with a unit (*jumlah*) such as ``39 OPD`` or ``39 OPD Dan masyarakat``."""
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
    """Index scores (*nilai indeks*) such as ``IRB 70`` or ``IKM 79,30``."""
    return st.builds(
        IndexScore,
        st.sampled_from(INDEXES) if indexes is None else indexes,
        decimals(min_value=min_value, max_value=max_value, places=places),
    )


def levels(*, min_value: int = 0, max_value: int = 5) -> st.SearchStrategy[Level]:
    """Maturity levels (*level*) such as ``Level 3 (Terdefinisi)``."""
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
    """Any target value (*nilai target*), of every kind the notation knows."""
    return st.one_of(
        [
            VALUE_STRATEGIES[kind.cls]()
            for kind in VALUE_KINDS
            if kind.target and (include_no_target or kind.cls is not NoTarget)
        ]
    )


def rupiah_amounts(*, min_value: int = 0, max_value: int = 10**12) -> st.SearchStrategy[int]:
    """Whole rupiah, mostly round budget figures such as ``150.000.000``."""
    round_figures = st.integers(min_value // 1_000_000, max_value // 1_000_000).map(
        lambda millions: millions * 1_000_000
    )
    any_amount = st.integers(min_value, max_value)
    return st.one_of(round_figures.filter(lambda x: min_value <= x <= max_value), any_amount)
