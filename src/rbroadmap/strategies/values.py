"""Strategies of values (*nilai*): target values of every kind, and rupiah amounts."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, Final

from hypothesis import strategies as st

from rbroadmap.scales import IKM_2004, IKM_2017, IRB, SAKIP, SPIP, Scale
from rbroadmap.values import (
    CHECK_MARK,
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


def quantities(
    *,
    min_value: Decimal | int = 0,
    max_value: Decimal | int = 100,
    places: int = 2,
    units: st.SearchStrategy[str] | None = None,
    qualifiers: st.SearchStrategy[str | None] | None = None,
) -> st.SearchStrategy[Quantity]:
    """Quantities with a fraction and a unit (*besaran*) such as ``2,5 hari`` or ``3,27 Indeks``."""
    fractional = st.decimals(
        min_value=Decimal(min_value),
        max_value=Decimal(max_value),
        places=max(places, 1),
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


_BOUNDED_COMPARISONS: Final = tuple(c for c in Comparison if c is not Comparison.EXACTLY)


def thresholds(
    *, values: st.SearchStrategy[Percentage | Count | Quantity | IndexScore | Level] | None = None
) -> st.SearchStrategy[Threshold]:
    """Thresholds (*ambang batas*) such as ``> IRB 70``, ``≥ 80%`` or ``≤ 5 hari``.

    Args:
        values: The strategy of the bounds; by default percentages, counts
            without a qualifier, quantities, index scores and levels.
    """
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
    """
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
    """
    return st.one_of(
        [
            VALUE_STRATEGIES[kind.cls]()
            for kind in VALUE_KINDS
            if kind.target and (include_no_target or kind.due)
        ]
    )


def rupiah_amounts(*, min_value: int = 0, max_value: int = 10**12) -> st.SearchStrategy[int]:
    """Whole rupiah, mostly round budget figures such as ``150.000.000``."""
    round_figures = st.integers(min_value // 1_000_000, max_value // 1_000_000).map(
        lambda millions: millions * 1_000_000
    )
    any_amount = st.integers(min_value, max_value)
    return st.one_of(round_figures.filter(lambda x: min_value <= x <= max_value), any_amount)
