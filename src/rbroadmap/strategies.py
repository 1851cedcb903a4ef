"""Hypothesis strategies (*strategi Hypothesis*) for property-testing with rbroadmap.

Needs the ``hypothesis`` extra (``pip install rbroadmap[hypothesis]``); it is
not a runtime dependency of the library. Every strategy is named as the plural
of what it builds, takes keyword-only options, and builds values that are
realistic and valid by construction: road maps with unique ids, rows that share
the cells of earlier rows of their area, target years within the period,
responsible units mostly known to the registry, budgets in round rupiah and
texts that read like those of an Indonesian road map.

```python
from hypothesis import given
import rbroadmap as rb
from rbroadmap import strategies as rbst

@given(rbst.roadmaps(max_areas=3))
def test_my_dashboard_shows_every_action(roadmap):
    page = my_dashboard.render(roadmap)
    assert all(action.id in page for action in roadmap.actions())
```

Installing the extra also registers the strategies with Hypothesis, through
the ``hypothesis`` entry point group, so that ``st.from_type(rb.RoadMap)``,
``st.from_type(rb.Action)`` and so on build the same realistic objects, and
``st.builds`` fills fields of these types in your own classes.

Options that are values are documented as values (``period=Period(2018,
2022)``); options that are strategies are named and documented as strategies
(``periods=st.just(...)``). No option takes either.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Final

import pendulum

from rbroadmap.areasets import AREA_SETS, AREAS_2015_2019, StandardArea
from rbroadmap.attainment.realizations import (
    Realization,
    Realizations,
    RealizedValue,
    Verdict,
)
from rbroadmap.model import (
    Achievement,
    Action,
    Area,
    Comparison,
    Goal,
    Indicator,
    Item,
    Period,
    PriorityService,
    Problem,
    Programme,
    QuickWin,
    Result,
    RoadMap,
    Role,
    Stage,
    Target,
    Team,
    TeamMember,
    Waiver,
)
from rbroadmap.notation import format_rupiah, format_value
from rbroadmap.schedule import Direction, Shape
from rbroadmap.units import ResponsibleUnit, UnitGroup, UnitRegistry
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

# Hypothesis runs the hook of its entry point when it is first imported. When this
# module is what imports it first, that happens in the import just below, while
# this module is half-imported: so the hook is defined before that import, and
# then leaves the registration to the end of the module.
_EARLY: list[bool] = []


def _hypothesis_setup_hook() -> None:
    """Register the strategies for `st.from_type`; run by Hypothesis' entry point."""
    register = globals().get("_register_types")
    if register is None:  # this module is still being imported: its last line registers
        _EARLY.append(True)
        return
    register()


try:
    from hypothesis import strategies as st  # after the hook, on purpose
except ImportError as error:  # pragma: no cover - depends on the environment
    msg = (
        "rbroadmap.strategies needs Hypothesis: install it with 'pip install rbroadmap[hypothesis]'"
    )
    raise ImportError(msg) from error

__all__ = [
    "achievements",
    "actions",
    "areas",
    "count_units",
    "counts",
    "decimals",
    "goals",
    "index_scores",
    "indicators",
    "items",
    "levels",
    "no_targets",
    "notation_strings",
    "percentages",
    "periods",
    "priority_services",
    "problems",
    "programmes",
    "qualitatives",
    "quick_wins",
    "ranges",
    "realizations",
    "realized_values",
    "responsible_units",
    "results",
    "roadmaps",
    "rupiah_amounts",
    "rupiah_strings",
    "stages",
    "target_schedules",
    "target_values",
    "team_members",
    "teams",
    "unit_groups",
    "unit_registries",
    "waivers",
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


# -- cached strategies: composites draw from these many times per example


@functools.cache
def _int(low: int, high: int) -> st.SearchStrategy[int]:
    return st.integers(low, high)


@functools.cache
def _pick(options: Sequence[Any]) -> st.SearchStrategy[Any]:
    return st.sampled_from(options)


_BOOLEANS: Final = st.booleans()


# -- notation as staff write it


def notation_strings(
    *, values: st.SearchStrategy[TargetValue] | None = None
) -> st.SearchStrategy[str]:
    """Target cells written in Indonesian notation (*notasi*), as staff write them.

    Each string reads back with `rbroadmap.parse_value` to the value it was
    written from. Besides the canonical form (``"25%"``, ``"39 OPD"``,
    ``"IRB 70"``, ``"-"``) come the spellings found in road maps: a space
    before ``%`` (``"100 %"``), ``"Tingkat 3"`` for ``Level 3``, ranges written
    ``"70 - 80%"`` or ``"70 s.d. 80%"``, and spaces around the cell.

    Args:
        values: The strategy of the values to write; by default `target_values`.
    """
    return st.builds(
        _spell,
        target_values() if values is None else values,
        st.integers(0, 5),
        st.sampled_from(("", " ", "  ")),
    )


def _spell(value: TargetValue, variant: int, padding: str) -> str:
    text = format_value(value)
    if isinstance(value, Percentage) and variant == 1:
        text = text[:-1] + " %"
    elif isinstance(value, Level) and variant == 1:
        text = "Tingkat" + text[len("Level") :]
    elif isinstance(value, Level) and variant == 2:
        text = text.lower() if value.label is None else "level" + text[len("Level") :]
    elif isinstance(value, Range) and variant in (1, 2):
        separator = " - " if variant == 1 else " s.d. "
        text = _range_text(value, separator)
    return padding + text + padding


def _range_text(value: Range, separator: str) -> str:
    canonical = format_value(value)
    if isinstance(value.low, IndexScore):
        index, numbers = canonical.split(" ", 1)
        low, high = numbers.split("-", 1)
        return f"{index} {low}{separator}{high}"
    low, high = canonical.split("-", 1)
    return f"{low}{separator}{high}"


def rupiah_strings(*, amounts: st.SearchStrategy[int] | None = None) -> st.SearchStrategy[str]:
    """Amounts of money in the notations budgets are written in (*notasi rupiah*).

    ``"150.000.000,-"``, ``"Rp150.000.000"``, ``"Rp 150.000.000,00"``,
    ``"Rp. 150.000.000,-"`` and plain digits; each reads back with
    `rbroadmap.parse_rupiah` to the amount it was written from.

    Args:
        amounts: The strategy of the amounts; by default `rupiah_amounts`.
    """

    def write(amount: int, form: int) -> str:
        grouped = format_rupiah(amount)[2:]
        forms = (
            f"{grouped},-",
            f"Rp{grouped}",
            f"Rp {grouped},00",
            f"Rp. {grouped},-",
            str(amount),
            grouped,
        )
        return forms[form]

    return st.builds(write, rupiah_amounts() if amounts is None else amounts, st.integers(0, 5))


@functools.cache
def _budgets() -> st.SearchStrategy[int]:
    """Estimated annual budgets as road maps write them: round, 5 to 500 million."""
    return st.integers(1, 100).map(lambda k: k * 5_000_000)


# -- target schedules


SEED_SHAPES: Final = (
    Shape.CUMULATIVE,
    Shape.STEADY,
    Shape.ONE_OFF,
    Shape.PERIODIC,
    Shape.ENDING_EARLY,
)
"""The shapes of target schedule found in Kota Probolinggo's action plan."""

_MIN_YEARS: Final = {
    Shape.EMPTY: 1,
    Shape.ONE_OFF: 1,
    Shape.STEADY: 2,
    Shape.CUMULATIVE: 2,
    Shape.IRREGULAR: 2,
    Shape.PERIODIC: 3,
    Shape.ENDING_EARLY: 3,
}

_STEADY_VALUES: Final[tuple[TargetValue, ...]] = (
    Percentage(100),
    Percentage(100),
    Count(39, "OPD"),
    Count(40, "OPD"),
    Count(1, "Unit"),
    Count(39, "OPD", "Dan masyarakat"),
    Qualitative("WTP"),
    Level(3, "Terdefinisi"),
)
_COUNT_TOTALS: Final = ((39, "OPD"), (40, "OPD"), (30, "Orang"), (5, "Unit"), (12, "Dokumen"))


def target_schedules(
    *,
    period: Period = Period(2018, 2022),  # noqa: B008 - an immutable value
    shapes: Sequence[Shape] = SEED_SHAPES,
    directions: Sequence[Direction] = (Direction.HIGHER, Direction.LOWER),
) -> st.SearchStrategy[Target]:
    """Yearly target schedules (*jadwal target*) of every shape found in the seed.

    A cell for every year of *period*, in one of the *shapes*:
    cumulative (``25% 35% 60% 80% 100%``, growing counts ``3 OPD`` ... ``39
    OPD``, ``IRB 70`` ... ``IRB 82``), steady (``100%`` every year), one-off
    (``- 100% - - -``), periodic (``- 100% - 100% -``) and ending early
    (``50% 75% 100% - -``); `Shape.IRREGULAR` and `Shape.EMPTY` on request.
    The shape `rbroadmap.Target.shape` reads from the values is always the one
    drawn; now and then the target also declares it.

    Args:
        period: The years to give a cell. Shapes that need more years than it
            has (periodic and ending early need three) are left out.
        shapes: The shapes to draw from.
        directions: The directions to draw from. When both are allowed,
            lower-is-better schedules come about one time in ten, as in
            road maps.

    Raises:
        ValueError: If no shape of *shapes* fits in *period*.
    """
    n = len(period)
    feasible = [s for s in shapes if n >= _MIN_YEARS[s]]
    if not feasible:
        msg = f"no shape of {[s.value for s in shapes]} fits in the {n} years of {period}"
        raise ValueError(msg)
    if not directions:
        msg = "give at least one direction"
        raise ValueError(msg)
    return _targets(period, tuple(feasible), tuple(directions))


@st.composite
def _targets(
    draw: st.DrawFn,
    period: Period,
    shapes: tuple[Shape, ...],
    directions: tuple[Direction, ...],
) -> Target:
    n = len(period)
    shape = draw(_pick(shapes))
    lower = Direction.LOWER in directions and (
        Direction.HIGHER not in directions or draw(_int(0, 9)) == 0
    )
    direction = Direction.LOWER if lower else Direction.HIGHER
    cells: list[TargetValue] = [NO_TARGET] * n
    if shape is Shape.ONE_OFF:
        cells[draw(_int(0, n - 1))] = draw(_single_values())
    elif shape is Shape.STEADY:
        cells = [draw(_pick(_STEADY_VALUES))] * n
    elif shape is Shape.CUMULATIVE:
        cells = draw(_rising(n, direction))
    elif shape is Shape.IRREGULAR:
        # A schedule that moves away from its goal once: 80% then 50% when higher is better.
        high, low = Percentage(80), Percentage(50)
        first, second = (high, low) if direction is Direction.HIGHER else (low, high)
        rest = draw(st.lists(percentages(places=0), min_size=n - 2, max_size=n - 2))
        cells = [first, second, *rest]
    elif shape is Shape.PERIODIC:
        gap = draw(_int(2, n - 1))
        offset = draw(_int(0, n - 1 - gap))
        positions = list(range(offset, n, gap))
        due = draw(_steady_or_rising(len(positions), direction))
        for position, value in zip(positions, due, strict=True):
            cells[position] = value
    elif shape is Shape.ENDING_EARLY:
        k = draw(_int(2, n - 1))
        cells[:k] = draw(_steady_or_rising(k, direction))
    declared = shape if draw(_int(0, 9)) == 0 else None
    return Target(
        values=dict(zip(period.years, cells, strict=True)),
        direction=direction,
        shape=declared,
    )


@functools.cache
def _single_values() -> st.SearchStrategy[TargetValue]:
    return st.one_of(
        st.sampled_from(
            (
                Percentage(100),
                Count(1, "Unit"),
                Count(1, "Dokumen"),
                Qualitative("Tersedia"),
                Qualitative("WTP"),
            )
        ),
        target_values(include_no_target=False),
    )


@st.composite
def _rising(draw: st.DrawFn, n: int, direction: Direction) -> list[TargetValue]:
    """*n* values that move towards the goal year on year, and do move."""
    kind = draw(_pick(("percentage", "percentage", "count", "index")))
    if kind == "percentage":
        steps = sorted(draw(st.lists(st.integers(0, 20), min_size=n, max_size=n)))
        numbers = [5 * s for s in steps]
        if draw(_BOOLEANS):
            numbers[-1] = 100
        if numbers[0] == numbers[-1]:
            if numbers[-1] < 100:
                numbers[-1] = 100
            else:
                numbers[0] = 0
        values: list[TargetValue] = [Percentage(x) for x in numbers]
    elif kind == "count":
        total, unit = draw(_pick(_COUNT_TOTALS))
        numbers = sorted(draw(st.lists(st.integers(0, total), min_size=n, max_size=n)))
        numbers[-1] = total
        if numbers[0] == total:
            numbers[0] = 0
        values = [Count(x, unit) for x in numbers]
    else:
        start = draw(_int(55, 75))
        step = draw(_int(1, 5))
        index = draw(_pick(("IRB", "SAKIP", "IKM")))
        values = [IndexScore(index, start + step * i) for i in range(n)]
    return values[::-1] if direction is Direction.LOWER else values


@functools.cache
def _steady_or_rising(n: int, direction: Direction) -> st.SearchStrategy[list[TargetValue]]:
    steady = st.sampled_from(_STEADY_VALUES).map(lambda v: [v] * n)
    return st.one_of(steady, _rising(n, direction))


# -- texts that read like a road map's


_TOPICS: Final = (
    "SOP perangkat daerah",
    "pelimpahan kewenangan",
    "e-government",
    "absensi elektronik yang terintegrasi",
    "standar kompetensi jabatan",
    "pembinaan disiplin pegawai",
    "Satgas SPIP",
    "layanan konsultasi akuntabilitas",
    "survei kepuasan masyarakat",
    "sistem informasi perizinan",
    "budaya kerja di seluruh OPD",
    "kendali mutu pengawasan",
    "pedoman evaluasi internal SAKIP",
    "promosi investasi daerah",
    "analisis beban kerja",
    "tugas dan fungsi OPD",
    "sarana dan prasarana pelayanan",
    "agen perubahan",
    "zona integritas menuju WBK/WBBM",
    "IKU dan IKI sesuai SOTK baru",
)
_PROBLEM_OPENINGS: Final = (
    "Belum optimal pelaksanaan",
    "Belum tersedianya",
    "Belum dilaksanakan evaluasi terhadap",
    "Belum adanya regulasi tentang",
    "Masih ada OPD yang belum menerapkan",
    "Belum optimalnya",
)
_ACTION_OPENINGS: Final = (
    "Penyusunan",
    "Pelaksanaan",
    "Penguatan",
    "Reviu atas",
    "Percepatan dan optimalisasi",
    "Pengembangan",
    "Sosialisasi dan monev",
    "Pendampingan",
)
_RESULT_OPENINGS: Final = (
    "Dokumen evaluasi",
    "Perwali tentang",
    "Laporan monev",
    "Dokumen hasil reviu",
    "Aplikasi",
    "Pedoman",
)
_CONDITION_OPENINGS: Final = (
    "Seluruh OPD telah menerapkan",
    "Peningkatan kualitas",
    "Pelaksanaan sesuai ketentuan peraturan untuk",
    "Terwujudnya",
)
_GOAL_OPENINGS: Final = ("Terwujudnya", "Meningkatnya", "Tercapainya", "Optimalnya")

PROGRAMME_NAMES: Final = (
    "Program peningkatan kapasitas kelembagaan",
    "Program peningkatan kuantitas dan kualitas pelayanan publik",
    "Program peningkatan sarana dan prasarana aparatur",
    "Program peningkatan disiplin aparatur",
    "Program penataan peraturan perundang-undangan",
    "Program peningkatan kapasitas sumberdaya aparatur",
    "Program good governance",
    "Program peningkatan kapasitas kinerja lembaga dan aparatur pemerintah",
    "Program peningkatan sistem pengawasan dan pengendalian kebijakan KDH",
)
"""Programme names as Kota Probolinggo's road map writes them."""

UNIT_NAMES: Final = (
    "Bag. Organisasi Setda",
    "Bag. Hukum Setda",
    "Bag. Pemerintahan Setda",
    "BKPSDM",
    "BAPPEDA",
    "BPPKAD",
    "Diskominfo",
    "DPMPTSP",
    "Inspektorat",
)
"""Names of responsible units as road maps write them."""

_UNKNOWN_UNIT_NAMES: Final = ("DPMPPTSP", "Dinas Kesehatan", "Unit Pelayanan", "Bag. Umum")

# id, name, aliases, parent
_UNITS: Final = (
    ("setda", "Setda", ("Sekretariat Daerah",), None),
    ("bag-organisasi", "Bag. Organisasi Setda", ("Bagian Organisasi", "Bag. Organisasi"), "setda"),
    ("bag-hukum", "Bag. Hukum Setda", ("Bagian Hukum",), "setda"),
    ("bag-pemerintahan", "Bag. Pemerintahan Setda", ("Bag. Pemerintahan",), "setda"),
    ("bkpsdm", "BKPSDM", ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",), None),
    ("bappeda", "BAPPEDA", ("Badan Perencanaan Pembangunan Daerah",), None),
    ("bppkad", "BPPKAD", (), None),
    ("diskominfo", "Diskominfo", ("Dinas Komunikasi dan Informatika",), None),
    ("dpmptsp", "DPMPTSP", (), None),
    ("inspektorat", "Inspektorat", ("Inspektorat Daerah",), None),
)

_GOVERNMENTS: Final = (
    "Kota Probolinggo",
    "Kota Malang",
    "Kabupaten Sidoarjo",
    "Kabupaten Banyuwangi",
    "Provinsi Jawa Timur",
    "Kota Kediri",
)


@functools.cache
def _sentence(openings: Sequence[str]) -> st.SearchStrategy[str]:
    return st.builds(
        lambda opening, topic: f"{opening} {topic}",
        st.sampled_from(openings),
        st.sampled_from(_TOPICS),
    )


def _slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


@functools.cache
def _ids(prefix: str) -> st.SearchStrategy[str]:
    return st.integers(1, 999).map(lambda n: f"{prefix}-{n}")


# -- the parts of a road map


def periods(*, min_years: int = 1, max_years: int = 6) -> st.SearchStrategy[Period]:
    """Periods (*periode*) of road maps: mostly five years, from 2010 to 2030.

    Args:
        min_years: The fewest years a period has.
        max_years: The most years a period has.
    """

    def build(start: int, length: int) -> Period:
        return Period(start, start + length - 1)

    lengths = st.integers(min_years, max_years)
    if min_years <= 5 <= max_years:
        lengths = st.one_of(st.just(5), lengths)
    return st.builds(build, st.integers(2010, 2026), lengths)


def items(*, texts: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Item]:
    """Lettered items (*butir*) such as ``a. Penyusunan IKU ...``.

    Args:
        texts: The strategy of the items' texts.
    """
    return st.builds(
        lambda label, text: Item(label=label, text=text),
        st.one_of(st.none(), st.sampled_from("abcdefghijk")),
        _sentence(_ACTION_OPENINGS) if texts is None else texts,
    )


def goals(*, ids: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Goal]:
    """Goals (*sasaran*) such as ``Terwujudnya tugas dan fungsi OPD``.

    Args:
        ids: The strategy of the goals' ids; by default ``sasaran-<n>``.
    """
    return st.builds(
        lambda id, text: Goal(id=id, text=text),
        _ids("sasaran") if ids is None else ids,
        _sentence(_GOAL_OPENINGS),
    )


def problems(*, ids: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Problem]:
    """Problems (*permasalahan*) such as ``Belum optimal pelaksanaan SOP perangkat daerah``.

    Args:
        ids: The strategy of the problems' ids; by default ``masalah-<n>``.
    """
    return st.builds(
        lambda id, text: Problem(id=id, text=text),
        _ids("masalah") if ids is None else ids,
        _sentence(_PROBLEM_OPENINGS),
    )


def results(*, ids: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Result]:
    """Results (*hasil*) such as ``Dokumen evaluasi SOP perangkat daerah``.

    Args:
        ids: The strategy of the results' ids; by default ``hasil-<n>``.
    """
    return st.builds(
        lambda id, text: Result(id=id, text=text),
        _ids("hasil") if ids is None else ids,
        _sentence(_RESULT_OPENINGS),
    )


def actions(
    *,
    ids: st.SearchStrategy[str] | None = None,
    period: Period = Period(2018, 2022),  # noqa: B008 - an immutable value
    unit_names: Sequence[str] = UNIT_NAMES,
    programme_names: Sequence[str] = PROGRAMME_NAMES,
    max_problems: int = 2,
) -> st.SearchStrategy[Action]:
    """Rows of the action plan (*aksi*), with all their cells.

    Each row addresses one problem or a few, has its action, result, expected
    condition, a target for every year of *period*, a programme, a round
    budget and one to three responsible units. Now and then a cell is blank,
    as in road maps. The problems and the result take ids made from the row's
    (``<id>-masalah-1``, ``<id>-hasil``), so that ids are unique within the row.
    Rows never share the cells of another row (``shares`` is ``None``): see
    `areas` for rows that do.

    Args:
        ids: The strategy of the rows' ids; by default ``aksi-<n>``.
        period: The years the targets give a cell for.
        unit_names: The names of responsible units to choose from.
        programme_names: The programme names (or ids) to choose from.
        max_problems: The most problems one row names.
    """
    id_strategy = _ids("aksi") if ids is None else ids
    units, names = tuple(unit_names), tuple(programme_names)

    @st.composite
    def build(draw: st.DrawFn) -> Action:
        return _draw_action(
            draw,
            id=draw(id_strategy),
            period=period,
            unit_names=units,
            programme_names=names,
            max_problems=max_problems,
            blank=False,
        )

    return build()


@functools.cache
def _unit_lists(unit_names: tuple[str, ...]) -> st.SearchStrategy[list[str]]:
    if not unit_names:
        return st.just([])
    return st.lists(st.sampled_from(unit_names), max_size=3, unique=True)


@functools.cache
def _schedules(period: Period) -> st.SearchStrategy[Target]:
    return target_schedules(period=period)


def _draw_action(
    draw: st.DrawFn,
    *,
    id: str,
    period: Period,
    unit_names: tuple[str, ...],
    programme_names: tuple[str, ...],
    max_problems: int,
    blank: bool,
    shares: str | None = None,
) -> Action:
    """Draw one row; *blank* rows leave the cells covered by the row they share empty."""
    n_problems = draw(_int(0 if blank else min(1, max_problems), max_problems))
    row_problems = [
        Problem(id=f"{id}-masalah-{k + 1}", text=draw(_sentence(_PROBLEM_OPENINGS)))
        for k in range(n_problems)
    ]

    def has() -> bool:
        """Whether the row fills a cell: blank rows never, others nine times in ten."""
        return not blank and draw(_int(0, 9)) != 0

    units = draw(_unit_lists(unit_names))
    if unit_names and not units and not blank:
        units = [unit_names[0]]
    return Action(
        id=id,
        text=draw(_sentence(_ACTION_OPENINGS)) if draw(_int(0, 9)) else None,
        problems=row_problems,
        result=Result(id=f"{id}-hasil", text=draw(_sentence(_RESULT_OPENINGS))) if has() else None,
        expected_condition=draw(_sentence(_CONDITION_OPENINGS)) if has() else None,
        targets=draw(_schedules(period)) if has() else None,
        programme=draw(_pick(programme_names)) if programme_names and has() else None,
        budget=draw(_budgets()) if has() else None,
        units=units if not blank or draw(_BOOLEANS) else [],
        shares=shares,
    )


def areas(
    *,
    standard: StandardArea | None = None,
    number: int | None = 1,
    period: Period = Period(2018, 2022),  # noqa: B008 - an immutable value
    min_actions: int = 0,
    max_actions: int = 6,
    unit_names: Sequence[str] = UNIT_NAMES,
    programme_names: Sequence[str] = PROGRAMME_NAMES,
) -> st.SearchStrategy[Area]:
    """Areas of change (*area perubahan*) with their goals, items and rows.

    The area stands for a standard area (its id is the standard's code, its
    name the standard's name or one of its aliases). Its rows have the ids
    ``<area>-1``, ``<area>-2``, ...; a row now and then shares the cells of an
    earlier row of the area and leaves them blank, as merged cells do.

    Args:
        standard: The standard area it stands for; by default one of the
            2015-2019 set, drawn.
        number: The area's number, or ``None``.
        period: The years the targets give a cell for.
        min_actions: The fewest rows.
        max_actions: The most rows.
        unit_names: The names of responsible units to choose from.
        programme_names: The programme names (or ids) to choose from.
    """
    standards = st.sampled_from(AREAS_2015_2019.areas) if standard is None else st.just(standard)
    units, names = tuple(unit_names), tuple(programme_names)

    @st.composite
    def build(draw: st.DrawFn) -> Area:
        return _draw_area(
            draw,
            standard=draw(standards),
            number=number,
            period=period,
            min_actions=min_actions,
            max_actions=max_actions,
            unit_names=units,
            programme_names=names,
        )

    return build()


def _draw_area(
    draw: st.DrawFn,
    *,
    standard: StandardArea,
    number: int | None,
    period: Period,
    min_actions: int,
    max_actions: int,
    unit_names: tuple[str, ...],
    programme_names: tuple[str, ...],
) -> Area:
    code = standard.code
    n = draw(_int(min_actions, max_actions))
    rows: list[Action] = []
    for j in range(n):
        shares = None
        if j and draw(_int(0, 3)) == 0:
            shares = rows[draw(_int(0, j - 1))].id
        rows.append(
            _draw_action(
                draw,
                id=f"{code}-{j + 1}",
                period=period,
                unit_names=unit_names,
                programme_names=programme_names,
                max_problems=2,
                blank=shares is not None,
                shares=shares,
            )
        )
    n_goals = draw(_int(0, 2))
    n_items = draw(_int(0, 3))
    return Area(
        id=code,
        number=number,
        name=draw(_pick((standard.name, *standard.aliases))),
        standard=code,
        improvements=[
            Item(label="abcdefghijk"[k], text=draw(_sentence(_ACTION_OPENINGS)))
            for k in range(n_items)
        ],
        goals=[
            Goal(id=f"{code}-sasaran-{k + 1}", text=draw(_sentence(_GOAL_OPENINGS)))
            for k in range(n_goals)
        ],
        actions=rows,
    )


def programmes(*, ids: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Programme]:
    """Programmes (*program*) with their activities (*kegiatan*).

    Args:
        ids: The strategy of the programmes' ids; by default ``program-<n>``.
    """

    @st.composite
    def build(draw: st.DrawFn) -> Programme:
        name = draw(_pick(PROGRAMME_NAMES))
        return Programme(
            id=draw(_ids("program") if ids is None else ids),
            number=draw(st.one_of(st.none(), st.integers(1, 9))),
            name=name,
            description=draw(st.one_of(st.none(), _sentence(_GOAL_OPENINGS))),
            activities=draw(st.lists(items(), max_size=3)),
            aliases=[name.replace("Program ", "", 1)] if draw(_BOOLEANS) else [],
        )

    return build()


def stages(*, years: st.SearchStrategy[int] | None = None) -> st.SearchStrategy[Stage]:
    """Stages (*tahapan*): what a road map plans for one year, id ``tahap-<year>``.

    Args:
        years: The strategy of the stages' years; by default 2018 to 2022.
    """
    return st.builds(
        lambda year, description, steps: Stage(
            id=f"tahap-{year}", year=year, description=description, steps=steps
        ),
        st.integers(2018, 2022) if years is None else years,
        _sentence(_GOAL_OPENINGS),
        st.lists(items(), max_size=3),
    )


def team_members() -> st.SearchStrategy[TeamMember]:
    """Members of a team (*anggota tim*): who chairs, records and sits in it."""
    return st.builds(
        lambda role, holder, title: TeamMember(role=role, holder=holder, title=title),
        st.sampled_from(Role),
        st.sampled_from(("Walikota", "Sekretaris Daerah", "Asisten Administrasi", *UNIT_NAMES)),
        st.one_of(st.none(), st.sampled_from(("Ketua I", "Ketua II", "Sekretaris I"))),
    )


def teams(*, ids: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Team]:
    """Teams (*tim*) that carry the reform: steering, implementing, monitoring.

    Args:
        ids: The strategy of the teams' ids; by default ``tim-<n>``.
    """
    return st.builds(
        lambda id, name, duties, members: Team(id=id, name=name, duties=duties, members=members),
        _ids("tim") if ids is None else ids,
        st.sampled_from(("Tim Pengarah", "Tim Pelaksana", "Tim Monitoring dan Evaluasi")),
        st.lists(items(), max_size=3),
        st.lists(team_members(), max_size=4),
    )


def priority_services(
    *, ids: st.SearchStrategy[str] | None = None
) -> st.SearchStrategy[PriorityService]:
    """Priority public services (*pelayanan prioritas*), with their goals.

    Args:
        ids: The strategy of the services' ids; by default ``layanan-<n>``.
    """

    @st.composite
    def build(draw: st.DrawFn) -> PriorityService:
        id = draw(_ids("layanan") if ids is None else ids)
        field = draw(_pick(("kesehatan", "pendidikan", "perizinan", "kependudukan")))
        return PriorityService(
            id=id,
            name=f"Pelayanan bidang {field}",
            items=draw(st.lists(items(), max_size=2)),
            goals=[
                Goal(id=f"{id}-sasaran-{k + 1}", text=draw(_sentence(_GOAL_OPENINGS)))
                for k in range(draw(_int(0, 2)))
            ],
        )

    return build()


def quick_wins(
    *,
    ids: st.SearchStrategy[str] | None = None,
    services: Sequence[str] = (),
) -> st.SearchStrategy[QuickWin]:
    """Quick wins, each serving one of *services* or none.

    Args:
        ids: The strategy of the quick wins' ids; by default ``quick-win-<n>``.
        services: The ids of the priority services a quick win may serve.
    """
    return st.builds(
        lambda id, field, text, service: QuickWin(id=id, field=field, text=text, service=service),
        _ids("quick-win") if ids is None else ids,
        st.sampled_from(("Bidang Kesehatan", "Bidang Perizinan", "Bidang Kependudukan")),
        st.sampled_from(("SIMPUSTRONIK", "Perizinan online", "KTP-el sehari jadi")),
        st.one_of(st.none(), st.sampled_from(services)) if services else st.none(),
    )


def indicators(*, ids: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Indicator]:
    """Indicators (*indikator*) with a baseline and a target, such as IKM 79,30 to 85.

    Args:
        ids: The strategy of the indicators' ids; by default ``indikator-<n>``.
    """
    return st.builds(
        lambda id, base, gain, comparison, year: Indicator(
            id=id,
            name="Indeks Kepuasan Masyarakat (IKM)",
            baseline=IndexScore("IKM", base),
            baseline_year=year,
            baseline_category="baik",
            target=IndexScore("IKM", base + gain),
            comparison=comparison,
            target_year=year + 5,
            target_category="sangat baik",
        ),
        _ids("indikator") if ids is None else ids,
        decimals(min_value=60, max_value=85),
        st.integers(1, 10),
        st.sampled_from(Comparison),
        st.integers(2015, 2025),
    )


def achievements(*, ids: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Achievement]:
    """Achievements to maintain (*hal yang dipertahankan*), with indicators.

    Args:
        ids: The strategy of the achievements' ids; by default ``capaian-<n>``.
    """

    @st.composite
    def build(draw: st.DrawFn) -> Achievement:
        id = draw(_ids("capaian") if ids is None else ids)
        return Achievement(
            id=id,
            name=draw(_pick(("Kualitas pelayanan publik", "Opini WTP dari BPK"))),
            items=draw(st.lists(items(), max_size=2)),
            goals=[
                Goal(id=f"{id}-sasaran-{k + 1}", text=draw(_sentence(_GOAL_OPENINGS)))
                for k in range(draw(_int(0, 2)))
            ],
            indicators=[
                draw(indicators(ids=st.just(f"{id}-indikator-{k + 1}")))
                for k in range(draw(_int(0, 2)))
            ],
        )

    return build()


def waivers(
    *,
    entity_ids: Sequence[str] = ("organisasi-1",),
    years: st.SearchStrategy[int] | None = None,
) -> st.SearchStrategy[Waiver]:
    """Waivers (*pengecualian*) of rule findings on *entity_ids*, with a reason.

    Args:
        entity_ids: The ids a waiver may name.
        years: The strategy of the years the waivers expire in; by default 2018
            to 2024. A waiver without expiry comes now and then.
    """
    expiry_years = st.integers(2018, 2024) if years is None else years
    expiries = st.one_of(
        st.none(),
        st.builds(
            lambda y, m: pendulum.Date(y, m, 28 if m == 2 else 30),
            expiry_years,
            st.integers(1, 12),
        ),
    )
    return st.builds(
        lambda code, entity_id, reason, expires: Waiver(
            code=code, entity_id=entity_id, reason=reason, expires=expires
        ),
        st.sampled_from(("RB101", "RB205", "RB402")),
        st.sampled_from(entity_ids),
        st.sampled_from(("Tanggung jawab bersama", "Ditetapkan oleh Perwali", "Data menyusul")),
        expiries,
    )


def responsible_units() -> st.SearchStrategy[ResponsibleUnit]:
    """Responsible units (*penanggung jawab*) such as ``BKPSDM``, without a parent."""
    return st.sampled_from([u for u in _UNITS if u[3] is None]).map(
        lambda u: ResponsibleUnit(id=u[0], name=u[1], aliases=u[2])
    )


def unit_groups(*, members: Sequence[str] = ()) -> st.SearchStrategy[UnitGroup]:
    """Groups of units (*kelompok unit*) such as ``seluruh OPD`` (39 OPD).

    Args:
        members: The ids of registered units the group may list as members.
    """
    return st.builds(
        lambda size, listed: UnitGroup(
            id="seluruh-opd",
            name="seluruh OPD",
            aliases=("di seluruh OPD", "semua OPD"),
            members=listed,
            size=max(size, len(listed)),
            unit="OPD",
        ),
        st.sampled_from((39, 40, 42)),
        st.lists(st.sampled_from(members), unique=True, max_size=5) if members else st.just([]),
    )


def unit_registries(*, min_units: int = 1) -> st.SearchStrategy[UnitRegistry]:
    """Registries of responsible units (*daftar penanggung jawab*) of a city.

    Units of the regional secretariat (``Bag. Organisasi Setda``) have
    ``Setda`` as parent; a group ``seluruh OPD`` comes now and then.

    Args:
        min_units: The fewest units listed.
    """

    @st.composite
    def build(draw: st.DrawFn) -> UnitRegistry:
        chosen = draw(
            st.lists(
                st.sampled_from(_UNITS),
                min_size=min_units,
                max_size=len(_UNITS),
                unique=True,
            )
        )
        ids = {u[0] for u in chosen}
        units = [
            ResponsibleUnit(
                id=id, name=name, aliases=aliases, parent=parent if parent in ids else None
            )
            for id, name, aliases, parent in _UNITS
            if id in ids
        ]
        groups = draw(st.lists(unit_groups(members=sorted(ids)), max_size=1))
        return UnitRegistry(units=units, groups=groups)

    return build()


# -- road maps


def roadmaps(
    *,
    periods: st.SearchStrategy[Period] | None = None,
    area_sets: Sequence[str] = ("permenpanrb-11-2015", "permenpanrb-25-2020"),
    min_areas: int = 1,
    max_areas: int = 8,
    min_actions: int = 0,
    max_actions: int = 6,
    max_programmes: int = 6,
    max_waivers: int = 2,
) -> st.SearchStrategy[RoadMap]:
    """Road maps (*Road Map Reformasi Birokrasi*), complete and valid by construction.

    A road map of a city, regency or province, following one of *area_sets*,
    with its areas in the regulation's order, each with its rows; general
    goals, achievements to maintain, priority services and quick wins serving
    them, a stage per year, programmes, teams, a unit registry and a few
    waivers. Ids are unique across the road map; rows share only the cells of
    earlier rows of their area; every target year lies within the period;
    most responsible units and programmes named by rows are known to the road
    map (one in ten or so is not, as in real documents, for the rules to find).

    Args:
        periods: The strategy of the periods; by default `periods`, mostly
            five years.
        area_sets: The codes of the standard area sets to follow.
        min_areas: The fewest areas.
        max_areas: The most areas (at most the size of the area set).
        min_actions: The fewest rows per area.
        max_actions: The most rows per area.
        max_programmes: The most programmes.
        max_waivers: The most waivers.
    """
    return _roadmap(
        period_strategy=_periods() if periods is None else periods,
        area_sets=tuple(area_sets),
        min_areas=min_areas,
        max_areas=max_areas,
        min_actions=min_actions,
        max_actions=max_actions,
        max_programmes=max_programmes,
        max_waivers=max_waivers,
    )


@st.composite
def _roadmap(
    draw: st.DrawFn,
    *,
    period_strategy: st.SearchStrategy[Period],
    area_sets: tuple[str, ...],
    min_areas: int,
    max_areas: int,
    min_actions: int,
    max_actions: int,
    max_programmes: int,
    max_waivers: int,
) -> RoadMap:
    period = draw(period_strategy)
    area_set = AREA_SETS[draw(_pick(area_sets))]
    size = len(area_set.areas)
    n_areas = draw(_int(min(min_areas, size), min(max_areas, size)))
    chosen = sorted(draw(_distinct(size, n_areas)))
    registry = draw(_REGISTRIES)
    programme_list = [
        Programme(id=f"program-{k + 1}", number=k + 1, name=PROGRAMME_NAMES[index])
        for k, index in enumerate(
            draw(
                _distinct(
                    len(PROGRAMME_NAMES), draw(_int(0, min(max_programmes, len(PROGRAMME_NAMES))))
                )
            )
        )
    ]
    known_units = registry.known_names()
    unit_names = (*known_units, *known_units, *known_units, *_UNKNOWN_UNIT_NAMES[:1])
    programme_refs = (
        *(p.name for p in programme_list),
        *(p.id for p in programme_list),
        "Program peningkatan kapasitas",
    )
    area_list = [
        _draw_area(
            draw,
            standard=area_set.areas[index],
            number=number + 1,
            period=period,
            min_actions=min_actions,
            max_actions=max_actions,
            unit_names=unit_names,
            programme_names=programme_refs,
        )
        for number, index in enumerate(chosen)
    ]
    services = [draw(_numbered("layanan", k + 1)) for k in range(draw(_int(0, 2)))]
    service_ids = tuple(s.id for s in services)
    wins = [draw(_quick_win(k + 1, service_ids)) for k in range(draw(_int(0, 2)))]
    action_ids = [a.id for area in area_list for a in area.actions]
    government = draw(_pick(_GOVERNMENTS))
    return RoadMap(
        id=f"{_slug(government)}-{period.start}-{period.end}",
        government=government,
        title=f"Road Map Reformasi Birokrasi {government} {period}",
        period=period,
        area_set=area_set.code,
        goals=[
            Goal(id=f"sasaran-{k + 1}", text=draw(_sentence(_GOAL_OPENINGS)))
            for k in range(draw(_int(0, 3)))
        ],
        areas=area_list,
        achievements=[draw(_numbered("capaian", k + 1)) for k in range(draw(_int(0, 2)))],
        services=services,
        quick_wins=wins,
        stages=[draw(_stage(year)) for year in period.years if draw(_int(0, 3))],
        programmes=programme_list,
        teams=[draw(_numbered("tim", k + 1)) for k in range(draw(_int(0, 2)))],
        units=registry,
        waivers=draw(
            st.lists(
                waivers(
                    entity_ids=action_ids,
                    years=st.integers(period.start, period.end + 1),
                ),
                max_size=max_waivers,
            )
        )
        if action_ids
        else [],
    )


_periods = periods


@functools.cache
def _distinct(size: int, n: int) -> st.SearchStrategy[list[int]]:
    """*n* distinct indexes below *size*."""
    return st.lists(st.integers(0, size - 1), min_size=n, max_size=n, unique=True)


@functools.cache
def _numbered(kind: str, k: int) -> st.SearchStrategy[Any]:
    """The *k*-th service, achievement or team of a road map, by its id."""
    build = {"layanan": priority_services, "capaian": achievements, "tim": teams}[kind]
    return build(ids=st.just(f"{kind}-{k}"))


@functools.cache
def _quick_win(k: int, services: tuple[str, ...]) -> st.SearchStrategy[QuickWin]:
    return quick_wins(ids=st.just(f"quick-win-{k}"), services=services)


@functools.cache
def _stage(year: int) -> st.SearchStrategy[Stage]:
    return stages(years=st.just(year))


_REGISTRIES: Final = unit_registries()


# -- st.from_type


def _register_types() -> None:
    """Register the strategies for `st.from_type` (see `_hypothesis_setup_hook`).

    ``st.from_type(RoadMap)`` builds small road maps (at most three areas of four
    rows each), so that it stays quick inside other strategies.
    """
    register: dict[type, st.SearchStrategy[Any]] = {
        RoadMap: roadmaps(max_areas=3, max_actions=4),
        Area: areas(),
        Action: actions(),
        Problem: problems(),
        Result: results(),
        Goal: goals(),
        Item: items(),
        Target: target_schedules(),
        Programme: programmes(),
        Stage: stages(),
        Team: teams(),
        TeamMember: team_members(),
        PriorityService: priority_services(),
        QuickWin: quick_wins(),
        Achievement: achievements(),
        Indicator: indicators(),
        Waiver: waivers(),
        Period: periods(),
        ResponsibleUnit: responsible_units(),
        UnitGroup: unit_groups(),
        UnitRegistry: unit_registries(),
        Percentage: percentages(),
        Count: counts(),
        IndexScore: index_scores(),
        Level: levels(),
        Range: ranges(),
        Qualitative: qualitatives(),
        NoTarget: no_targets(),
    }
    for cls, strategy in register.items():
        st.register_type_strategy(cls, strategy)


# -- realisations


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


if _EARLY:  # Hypothesis was first imported by this module, and ran the hook too early
    _register_types()
