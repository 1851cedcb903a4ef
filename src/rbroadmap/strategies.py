"""Hypothesis strategies (*strategi Hypothesis*) for property-testing with rbroadmap.

Needs the ``hypothesis`` extra (``pip install rbroadmap[hypothesis]``); it is
not a runtime dependency of the library. Every strategy is named as the plural
of what it builds, takes keyword-only options, and builds values that are
realistic and valid by construction.

```python
from hypothesis import given
import rbroadmap as rb
from rbroadmap import strategies as rbst

@given(rbst.target_values())
def test_my_app_shows_every_target(value):
    assert my_app.render(value) == rb.format_value(value)
```
"""

from __future__ import annotations

from decimal import Decimal

try:
    from hypothesis import strategies as st
except ImportError as error:  # pragma: no cover - depends on the environment
    msg = (
        "rbroadmap.strategies needs Hypothesis: install it with 'pip install rbroadmap[hypothesis]'"
    )
    raise ImportError(msg) from error

from rbroadmap.values import (
    NO_TARGET,
    Count,
    IndexScore,
    Level,
    NoTarget,
    Percentage,
    Qualitative,
    Range,
    TargetValue,
)

__all__ = [
    "count_units",
    "counts",
    "decimals",
    "index_scores",
    "levels",
    "no_targets",
    "percentages",
    "qualitatives",
    "ranges",
    "rupiah_amounts",
    "target_values",
]

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


def target_values(*, include_no_target: bool = True) -> st.SearchStrategy[TargetValue]:
    """Any target value (*nilai target*), of every kind the notation knows."""
    kinds: list[st.SearchStrategy[TargetValue]] = [
        percentages(),
        counts(),
        index_scores(),
        levels(),
        ranges(),
        qualitatives(),
    ]
    if include_no_target:
        kinds.append(no_targets())
    return st.one_of(kinds)


def rupiah_amounts(*, min_value: int = 0, max_value: int = 10**12) -> st.SearchStrategy[int]:
    """Whole rupiah, mostly round budget figures such as ``150.000.000``."""
    round_figures = st.integers(min_value // 1_000_000, max_value // 1_000_000).map(
        lambda millions: millions * 1_000_000
    )
    any_amount = st.integers(min_value, max_value)
    return st.one_of(round_figures.filter(lambda x: min_value <= x <= max_value), any_amount)


# -- realisations (issue 6). Kept at the end of the module, __all__ included, so that
# work on the strategies above merges without conflict.

from collections.abc import Sequence  # noqa: E402

from rbroadmap.attainment.realizations import (  # noqa: E402
    Realization,
    Realizations,
    RealizedValue,
    Verdict,
)
from rbroadmap.model import RoadMap  # noqa: E402

__all__ += ["realizations", "realized_values"]


def realized_values(cell: TargetValue) -> st.SearchStrategy[RealizedValue]:
    """Realised values (*nilai realisasi*) that can be judged against the target *cell*.

    Of the cell's kind and unit: a percentage up to 150%, a count in the same
    unit up to twice the target, a score of the same index, a level, and for a
    qualitative target its own text, another text or a `Verdict`. Zero comes up
    often, because a realised 0 is a value, not a gap.
    """
    if isinstance(cell, Range):
        return realized_values(cell.low)
    if isinstance(cell, Percentage):
        return percentages(max_value=150)
    if isinstance(cell, Count):
        return counts(
            min_value=0,
            max_value=2 * cell.value + 10,
            units=st.just(cell.unit),
            qualifiers=st.none(),
        )
    if isinstance(cell, IndexScore):
        return index_scores(indexes=st.just(cell.index))
    if isinstance(cell, Level):
        return levels()
    if isinstance(cell, Qualitative):
        return st.one_of(
            st.sampled_from([Verdict.ACHIEVED, Verdict.NOT_ACHIEVED]),
            st.just(cell),
            qualitatives(),
        )
    msg = f"no realised value can be judged against {cell!r}"
    raise ValueError(msg)


def _reference_cell(values: Sequence[tuple[int, TargetValue]], year: int) -> TargetValue | None:
    due = [(y, v) for y, v in values if not isinstance(v, NoTarget)]
    for y, v in due:
        if y == year:
            return v
    return due[0][1] if due else None


def realizations(
    roadmap: RoadMap,
    *,
    years: Sequence[int] | None = None,
    coverage: int | None = None,
    spent: bool = True,
) -> st.SearchStrategy[Realizations]:
    """Sets of realisations (*realisasi*) for the targets of *roadmap*.

    One annual realisation per target (named by the row that holds it) and
    year, of the target's kind and unit, so that `rbroadmap.attain` accepts
    every set.

    Args:
        roadmap: The road map whose targets are reported on.
        years: The years reported on; by default every year of the period.
        coverage: The share of ``(target, year)`` pairs reported, in percent
            (100 reports every one); by default any share.
        spent: Whether realisations may say how much was spent.
    """
    chosen = tuple(roadmap.period.years if years is None else years)
    pairs = [
        (action, year, cell)
        for action, target in roadmap.targets()
        for year in chosen
        if (cell := _reference_cell(target.values, year)) is not None
    ]
    if coverage is not None and not 0 <= coverage <= 100:
        msg = f"coverage must be a percentage between 0 and 100, not {coverage!r}"
        raise ValueError(msg)

    @st.composite
    def build(draw: st.DrawFn) -> Realizations:
        items = []
        for action, year, cell in pairs:
            if coverage is None:
                reported = draw(st.booleans())
            else:
                reported = draw(st.integers(0, 99)) < coverage
            if not reported:
                continue
            money = None
            if spent and draw(st.booleans()):
                money = draw(rupiah_amounts(max_value=2 * (action.budget or 10**9)))
            items.append(
                Realization(
                    target_id=action.id,
                    year=year,
                    value=draw(realized_values(cell)),
                    spent=money,
                )
            )
        return Realizations(items=items)

    return build()
