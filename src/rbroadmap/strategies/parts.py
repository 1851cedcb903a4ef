"""Strategies of the parts of a road map (*bagian*), with texts that read like a road map's."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, Final

import attrs
import pendulum
from hypothesis import strategies as st

from rbroadmap.areasets import AREAS_2015_2019, AREAS_2023, AreaKind, StandardArea
from rbroadmap.model import (
    Achievement,
    Action,
    Activity,
    Area,
    Baseline,
    Column,
    Goal,
    Indicator,
    Item,
    Objective,
    Period,
    PlanProgramme,
    PriorityService,
    Problem,
    Profile,
    Programme,
    QuickWin,
    Regulation,
    Result,
    Role,
    Stage,
    SubActivity,
    Target,
    Team,
    TeamMember,
    Theme,
    Waiver,
    YearlyBudget,
)
from rbroadmap.model.profile import FIELDS
from rbroadmap.strategies import _options
from rbroadmap.strategies._common import _BOOLEANS, _int, _pick
from rbroadmap.strategies.schedules import target_schedules
from rbroadmap.strategies.values import target_values
from rbroadmap.units import ResponsibleUnit, UnitGroup, UnitRegistry
from rbroadmap.values import (
    NOT_AVAILABLE,
    Percentage,
    is_due,
    measure_of,
    number_of,
    unit_measure,
)

_DEFAULT_PERIOD: Final = Period(2020, 2024)
"""The period of drawn indicators, themes, objectives and achievements unless told."""

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


_MAX_PERIOD_YEARS: Final = 50
"""The longest period `periods` draws, in years: the longest a `Period` may be."""

_MAX_PARTS: Final = 1_000
"""The most problems of a row, or rows of an area, a strategy is asked for."""


@functools.cache
def _budgets() -> st.SearchStrategy[int]:
    """Estimated annual budgets as road maps write them: round, 5 to 500 million."""
    return st.integers(1, 100).map(lambda k: k * 5_000_000)


# -- the parts of a road map


def periods(*, min_years: int = 1, max_years: int = 6) -> st.SearchStrategy[Period]:
    """Periods (*periode*) of road maps: mostly five years, from 2010 to 2030.

    Args:
        min_years: The fewest years a period has, at least 1.
        max_years: The most years a period has, at most 50.

    Raises:
        InvalidArgument: If a length is not a whole number from 1 to 50, or
            *min_years* exceeds *max_years*.
    """
    for name, bound in (("min_years", min_years), ("max_years", max_years)):
        _options.whole("periods", name, bound, low=1, high=_MAX_PERIOD_YEARS)
    _options.at_most("periods", "min_years", min_years, "max_years", max_years)

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

    Raises:
        InvalidArgument: If *texts* is not a strategy.
    """
    _options.strategy("items", "texts", texts)
    return st.builds(
        lambda label, text: Item(label=label, text=text),
        st.one_of(st.none(), st.sampled_from("abcdefghijk")),
        _sentence(_ACTION_OPENINGS) if texts is None else texts,
    )


def goals(*, ids: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Goal]:
    """Goals (*sasaran*) such as ``Terwujudnya tugas dan fungsi OPD``.

    Args:
        ids: The strategy of the goals' ids; by default ``sasaran-<n>``.

    Raises:
        InvalidArgument: If *ids* is not a strategy.
    """
    _options.strategy("goals", "ids", ids)
    return st.builds(
        lambda id, text: Goal(id=id, text=text),
        _ids("sasaran") if ids is None else ids,
        _sentence(_GOAL_OPENINGS),
    )


def problems(*, ids: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Problem]:
    """Problems (*permasalahan*) such as ``Belum optimal pelaksanaan SOP perangkat daerah``.

    Args:
        ids: The strategy of the problems' ids; by default ``masalah-<n>``.

    Raises:
        InvalidArgument: If *ids* is not a strategy.
    """
    _options.strategy("problems", "ids", ids)
    return st.builds(
        lambda id, text: Problem(id=id, text=text),
        _ids("masalah") if ids is None else ids,
        _sentence(_PROBLEM_OPENINGS),
    )


def results(*, ids: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Result]:
    """Results (*hasil*) such as ``Dokumen evaluasi SOP perangkat daerah``.

    Args:
        ids: The strategy of the results' ids; by default ``hasil-<n>``.

    Raises:
        InvalidArgument: If *ids* is not a strategy.
    """
    _options.strategy("results", "ids", ids)
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
    budget (mostly annual, now and then an amount for some years of *period*
    or one total for it) and one to three responsible units. Now and then a cell is blank,
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

    Raises:
        InvalidArgument: If an option is not of the type above, or
            *max_problems* is negative.
    """
    _options.strategy("actions", "ids", ids)
    _options.instance("actions", "period", period, Period)
    _options.texts("actions", "unit_names", unit_names)
    _options.texts("actions", "programme_names", programme_names)
    _options.whole("actions", "max_problems", max_problems, low=0, high=_MAX_PARTS)
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
def _yearly_budgets(period: Period) -> st.SearchStrategy[YearlyBudget]:
    return yearly_budgets(period=period)


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
    absent: frozenset[Column] = frozenset(),
) -> Action:
    """Draw one row; *blank* rows leave the cells covered by the row they share empty.

    A row has no cell in the *absent* columns.
    """
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
    budget, per_year, total = _draw_budget(draw, period) if has() else (None, None, None)
    row = Action(
        id=id,
        text=draw(_sentence(_ACTION_OPENINGS)) if draw(_int(0, 9)) else None,
        problems=row_problems,
        result=Result(id=f"{id}-hasil", text=draw(_sentence(_RESULT_OPENINGS))) if has() else None,
        expected_condition=draw(_sentence(_CONDITION_OPENINGS)) if has() else None,
        targets=draw(_schedules(period)) if has() else None,
        programme=draw(_pick(programme_names)) if programme_names and has() else None,
        units=units if not blank or draw(_BOOLEANS) else [],
        shares=shares,
        budget=budget,
        budget_per_year=per_year,
        budget_total=total,
    )
    if absent:
        defaults = attrs.fields_dict(Action)
        blanked: dict[str, Any] = {
            f: defaults[f].default for column in absent for f in FIELDS[column]
        }
        row = attrs.evolve(row, **blanked)
    return row


_OPTIONAL_COLUMNS: Final = (
    Column.PROBLEM,
    Column.EXPECTED_CONDITION,
    Column.PROGRAMME,
    Column.BUDGET,
    Column.UNIT,
)
"""The columns road maps leave out of their action plans (Kabupaten Klaten's has none)."""


def profiles() -> st.SearchStrategy[Profile]:
    """Document profiles (*profil dokumen*): every column, or some left out, as road maps do.

    The columns left out are among the problem, expected condition, programme,
    budget and unit columns; the others stay, in the order of the table.
    """
    return st.sets(st.sampled_from(_OPTIONAL_COLUMNS)).map(
        lambda absent: Profile(columns=[c for c in Column if c not in absent])
    )


def regulations(*, years: st.SearchStrategy[int] | None = None) -> st.SearchStrategy[Regulation]:
    """Regulations (*peraturan*) of a regional government, such as ``Perwal 41/2021``.

    Args:
        years: The strategy of the regulations' years; by default 2010 to 2026.

    Raises:
        InvalidArgument: If *years* is not a strategy.
    """
    _options.strategy("regulations", "years", years)
    return st.builds(
        lambda instrument, number, year, enacted, title: Regulation(
            instrument=instrument,
            number=str(number),
            year=year,
            enacted=pendulum.Date(year, enacted[0], enacted[1]) if enacted else None,
            title=title,
        ),
        st.sampled_from(("Peraturan Wali Kota", "Perwal", "Peraturan Bupati", "Perbup", "Pergub")),
        st.integers(1, 120),
        st.integers(2010, 2026) if years is None else years,
        st.one_of(st.none(), st.tuples(st.integers(1, 12), st.integers(1, 28))),
        st.one_of(st.none(), st.just("Road Map Reformasi Birokrasi")),
    )


def yearly_budgets(
    *,
    period: Period = Period(2022, 2024),  # noqa: B008 - an immutable value
) -> st.SearchStrategy[YearlyBudget]:
    """Budgets per year (*anggaran tiap tahun*): a round amount for some years of *period*.

    Args:
        period: The years an amount may be given for.

    Raises:
        InvalidArgument: If *period* is not a `rbroadmap.Period`.
    """
    _options.instance("yearly_budgets", "period", period, Period)
    return st.dictionaries(
        st.sampled_from(period.years), _budgets(), min_size=1, max_size=len(period)
    ).map(lambda amounts: YearlyBudget(values=amounts))


def _draw_budget(
    draw: st.DrawFn, period: Period
) -> tuple[int | None, YearlyBudget | None, int | None]:
    """A row's budget in one of the forms road maps write.

    Mostly annual, now and then an amount for some years or one total for the period.
    """
    form = draw(_int(0, 7))
    if form == 0:
        return None, draw(_yearly_budgets(period)), None
    if form == 1:
        return None, None, draw(_budgets()) * len(period)
    return draw(_budgets()), None, None


_PLAN_NAMES: Final = (
    "Meningkatkan sistem integritas dalam upaya pencegahan KKN",
    "Peningkatan indeks kepuasan masyarakat terhadap penyelenggaraan pelayanan publik",
    "Penataan kelembagaan perangkat daerah",
    "Penguatan akuntabilitas kinerja instansi pemerintah",
)
_SUB_ACTIVITY_NAMES: Final = (
    "Pembangunan Zona Integritas",
    "Pengendalian gratifikasi",
    "Pembangunan dan penyelenggaraan SPIP",
    "Penyusunan kebijakan standar pelayanan",
    "Survei kepuasan terhadap pelayanan publik",
    "Pengelolaan pengaduan",
)


def sub_activities(
    *,
    ids: st.SearchStrategy[str] | None = None,
    period: Period = Period(2022, 2024),  # noqa: B008 - an immutable value
    max_actions: int = 4,
) -> st.SearchStrategy[SubActivity]:
    """Sub-activities (*sub kegiatan*) with one row per output, as Kabupaten Klaten writes them.

    Each row is an output (its result) with its own target and no problem,
    budget, programme or unit: the columns such tables leave out. The rows take
    ids made from the sub-activity's (``<id>-1``, ``<id>-2``, ...).

    Args:
        ids: The strategy of the sub-activities' ids; by default ``sub-kegiatan-<n>``.
        period: The years the targets give a cell for.
        max_actions: The most rows (outputs).

    Raises:
        InvalidArgument: If *ids* is not a strategy, *period* not a
            `rbroadmap.Period`, or *max_actions* not a whole number of at least 0.
    """
    _options.strategy("sub_activities", "ids", ids)
    _options.instance("sub_activities", "period", period, Period)
    _options.whole("sub_activities", "max_actions", max_actions, low=0, high=_MAX_PARTS)

    @st.composite
    def build(draw: st.DrawFn) -> SubActivity:
        id = draw(_ids("sub-kegiatan") if ids is None else ids)
        rows = [
            Action(
                id=f"{id}-{k + 1}",
                result=Result(id=f"{id}-{k + 1}-keluaran", text=draw(_sentence(_RESULT_OPENINGS))),
                targets=draw(_schedules(period)) if draw(_int(0, 3)) else None,
            )
            for k in range(draw(_int(0, max_actions)))
        ]
        return SubActivity(
            id=id,
            label=draw(st.one_of(st.none(), st.integers(1, 9).map(str))),
            name=draw(_pick(_SUB_ACTIVITY_NAMES)),
            actions=rows,
        )

    return build()


def activities(
    *,
    ids: st.SearchStrategy[str] | None = None,
    period: Period = Period(2022, 2024),  # noqa: B008 - an immutable value
    max_sub_activities: int = 3,
) -> st.SearchStrategy[Activity]:
    """Activities (*kegiatan*) of a plan hierarchy, each with its sub-activities and outputs.

    Args:
        ids: The strategy of the activities' ids; by default ``kegiatan-<n>``.
        period: The years the targets give a cell for.
        max_sub_activities: The most sub-activities.

    Raises:
        InvalidArgument: If *ids* is not a strategy, *period* not a
            `rbroadmap.Period`, or *max_sub_activities* not a whole number of at least 0.
    """
    _options.strategy("activities", "ids", ids)
    _options.instance("activities", "period", period, Period)
    _options.whole("activities", "max_sub_activities", max_sub_activities, low=0, high=_MAX_PARTS)

    @st.composite
    def build(draw: st.DrawFn) -> Activity:
        id = draw(_ids("kegiatan") if ids is None else ids)
        return Activity(
            id=id,
            label=draw(st.one_of(st.none(), st.integers(1, 9).map(str))),
            name=draw(_pick(_PLAN_NAMES)),
            sub_activities=[
                draw(sub_activities(ids=st.just(f"{id}-{k + 1}"), period=period, max_actions=3))
                for k in range(draw(_int(0, max_sub_activities)))
            ],
        )

    return build()


def plan_programmes(
    *,
    ids: st.SearchStrategy[str] | None = None,
    period: Period = Period(2022, 2024),  # noqa: B008 - an immutable value
    max_activities: int = 2,
) -> st.SearchStrategy[PlanProgramme]:
    """Programmes (*program*) of a plan hierarchy, each with its activities.

    Args:
        ids: The strategy of the programmes' ids; by default ``program-rencana-<n>``.
        period: The years the targets give a cell for.
        max_activities: The most activities.

    Raises:
        InvalidArgument: If *ids* is not a strategy, *period* not a
            `rbroadmap.Period`, or *max_activities* not a whole number of at least 0.
    """
    _options.strategy("plan_programmes", "ids", ids)
    _options.instance("plan_programmes", "period", period, Period)
    _options.whole("plan_programmes", "max_activities", max_activities, low=0, high=_MAX_PARTS)

    @st.composite
    def build(draw: st.DrawFn) -> PlanProgramme:
        id = draw(_ids("program-rencana") if ids is None else ids)
        return PlanProgramme(
            id=id,
            label=draw(st.one_of(st.none(), st.integers(1, 9).map(str))),
            name=draw(_pick(PROGRAMME_NAMES)),
            activities=[
                draw(activities(ids=st.just(f"{id}-{k + 1}"), period=period, max_sub_activities=2))
                for k in range(draw(_int(0, max_activities)))
            ],
        )

    return build()


def areas(
    *,
    standard: StandardArea | None = None,
    number: int | None = 1,
    label: str | None = None,
    period: Period = Period(2018, 2022),  # noqa: B008 - an immutable value
    min_actions: int = 0,
    max_actions: int = 6,
    unit_names: Sequence[str] = UNIT_NAMES,
    programme_names: Sequence[str] = PROGRAMME_NAMES,
    hierarchies: bool = True,
) -> st.SearchStrategy[Area]:
    """Areas of change (*area perubahan*) with their goals, items and rows.

    The area stands for a standard area (its id is the standard's code, its
    name the standard's name or one of its aliases). Its rows have the ids
    ``<area>-1``, ``<area>-2``, ...; a row now and then shares the cells of an
    earlier row of the area and leaves them blank, as merged cells do. In about
    one area in four the rows are grouped, in order, under the activities and
    sub-activities of a plan hierarchy (``<area>-kegiatan-1``,
    ``<area>-kegiatan-1-sub-1``), sometimes under a programme
    (``<area>-program-1``) above them.

    Args:
        standard: The standard area it stands for; by default one of the
            2015-2019 set, drawn.
        number: The area's number, or ``None``.
        label: The area's label as written (``"G"``), or ``None``.
        period: The years the targets give a cell for.
        min_actions: The fewest rows.
        max_actions: The most rows.
        unit_names: The names of responsible units to choose from.
        programme_names: The programme names (or ids) to choose from.
        hierarchies: Whether the rows are now and then grouped under a plan
            hierarchy; with ``False``, every row is in ``actions``.

    Raises:
        InvalidArgument: If an option is not of the type above, *number* is not
            from 0 to 9999, or the numbers of rows are negative or reversed.
    """
    _options.instance("areas", "standard", standard, StandardArea, optional=True)
    if number is not None:
        _options.whole("areas", "number", number, low=0, high=9999)
    _options.text("areas", "label", label, optional=True)
    _options.boolean("areas", "hierarchies", hierarchies)
    _options.instance("areas", "period", period, Period)
    for name, bound in (("min_actions", min_actions), ("max_actions", max_actions)):
        _options.whole("areas", name, bound, low=0, high=_MAX_PARTS)
    _options.at_most("areas", "min_actions", min_actions, "max_actions", max_actions)
    _options.texts("areas", "unit_names", unit_names)
    _options.texts("areas", "programme_names", programme_names)
    standards = st.sampled_from(AREAS_2015_2019.areas) if standard is None else st.just(standard)
    units, names = tuple(unit_names), tuple(programme_names)

    @st.composite
    def build(draw: st.DrawFn) -> Area:
        return _draw_area(
            draw,
            standard=draw(standards),
            number=number,
            label=label,
            period=period,
            min_actions=min_actions,
            max_actions=max_actions,
            unit_names=units,
            programme_names=names,
            hierarchies=hierarchies,
        )

    return build()


def _draw_area(
    draw: st.DrawFn,
    *,
    standard: StandardArea,
    number: int | None,
    label: str | None = None,
    period: Period,
    min_actions: int,
    max_actions: int,
    unit_names: tuple[str, ...],
    programme_names: tuple[str, ...],
    hierarchies: bool = True,
    absent: frozenset[Column] = frozenset(),
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
                absent=absent,
            )
        )
    n_goals = draw(_int(0, 2))
    n_items = draw(_int(0, 3))
    programmes: list[PlanProgramme] = []
    groups: list[Activity] = []
    if hierarchies and rows and draw(_int(0, 3)) == 0:
        groups = _draw_groups(draw, code, rows)
        if draw(_BOOLEANS):
            programmes = [
                PlanProgramme(
                    id=f"{code}-program-1",
                    label="1",
                    name=draw(_pick(PROGRAMME_NAMES)),
                    activities=groups,
                )
            ]
            groups = []
        rows = []
    return Area(
        id=code,
        number=number,
        label=label,
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
        programmes=programmes,
        activities=groups,
    )


def _draw_groups(draw: st.DrawFn, code: str, rows: list[Action]) -> list[Activity]:
    """*rows*, in order, cut into the sub-activities of one or two activities."""
    cuts = sorted(draw(st.sets(st.integers(1, len(rows) - 1), max_size=3))) if len(rows) > 1 else []
    chunks = [rows[a:b] for a, b in zip([0, *cuts], [*cuts, len(rows)], strict=True)]
    split = draw(_int(1, len(chunks)))
    activities: list[Activity] = []
    for k, part in enumerate((chunks[:split], chunks[split:])):
        if not part:
            continue
        id = f"{code}-kegiatan-{k + 1}"
        activities.append(
            Activity(
                id=id,
                label=str(k + 1),
                name=draw(_pick(_PLAN_NAMES)),
                sub_activities=[
                    SubActivity(
                        id=f"{id}-sub-{m + 1}",
                        label=str(m + 1),
                        name=draw(_pick(_SUB_ACTIVITY_NAMES)),
                        actions=chunk,
                    )
                    for m, chunk in enumerate(part)
                ],
            )
        )
    return activities


def themes(
    *,
    standard: StandardArea | None = None,
    number: int | None = 1,
    period: Period = _DEFAULT_PERIOD,
) -> st.SearchStrategy[Theme]:
    """Themes of thematic reform (*tema RB Tematik*) with problems, goals and impact indicators.

    The theme stands for a theme of the 2023 set (its id is the standard's
    code, its name the standard's name or one of its aliases); its impact
    indicators (*indikator dampak*) are drawn as `indicators` are.

    Args:
        standard: The theme it stands for; by default one of the themes of
            `rbroadmap.areasets.AREAS_2023` or their parts, drawn.
        number: The theme's number, or ``None``.
        period: The years of its impact indicators' targets.

    Raises:
        InvalidArgument: If *standard* is not a `rbroadmap.areasets.StandardArea`,
            *number* is not from 0 to 9999, or *period* is not a `Period`.
    """
    _options.instance("themes", "standard", standard, StandardArea, optional=True)
    if number is not None:
        _options.whole("themes", "number", number, low=0, high=9999)
    _options.instance("themes", "period", period, Period)
    choices = tuple(a for a in AREAS_2023 if a.kind is AreaKind.THEMATIC)
    standards = st.sampled_from(choices) if standard is None else st.just(standard)

    @st.composite
    def build(draw: st.DrawFn) -> Theme:
        return _draw_theme(draw, draw(standards), number, period)

    return build()


def _draw_theme(
    draw: st.DrawFn, standard: StandardArea, number: int | None, period: Period
) -> Theme:
    code = standard.code
    return Theme(
        id=code,
        number=number,
        name=draw(_pick((standard.name, *standard.aliases))),
        standard=code,
        description=draw(st.one_of(st.none(), _sentence(_CONDITION_OPENINGS))),
        problems=[
            Problem(id=f"{code}-masalah-{k + 1}", text=draw(_sentence(_PROBLEM_OPENINGS)))
            for k in range(draw(_int(0, 2)))
        ],
        goals=[
            Goal(id=f"{code}-sasaran-{k + 1}", text=draw(_sentence(_GOAL_OPENINGS)))
            for k in range(draw(_int(0, 2)))
        ],
        indicators=[
            draw(indicators(ids=st.just(f"{code}-dampak-{k + 1}"), period=period))
            for k in range(draw(_int(0, 2)))
        ],
    )


def programmes(*, ids: st.SearchStrategy[str] | None = None) -> st.SearchStrategy[Programme]:
    """Programmes (*program*) with their activities (*kegiatan*).

    Args:
        ids: The strategy of the programmes' ids; by default ``program-<n>``.

    Raises:
        InvalidArgument: If *ids* is not a strategy.
    """
    _options.strategy("programmes", "ids", ids)

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

    Raises:
        InvalidArgument: If *years* is not a strategy.
    """
    _options.strategy("stages", "years", years)
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

    Raises:
        InvalidArgument: If *ids* is not a strategy.
    """
    _options.strategy("teams", "ids", ids)
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

    Raises:
        InvalidArgument: If *ids* is not a strategy.
    """
    _options.strategy("priority_services", "ids", ids)

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

    Raises:
        InvalidArgument: If *ids* is not a strategy, or *services* not a list
            of ids.
    """
    _options.strategy("quick_wins", "ids", ids)
    _options.ids("quick_wins", "services", services)
    return st.builds(
        lambda id, field, text, service: QuickWin(id=id, field=field, text=text, service=service),
        _ids("quick-win") if ids is None else ids,
        st.sampled_from(("Bidang Kesehatan", "Bidang Perizinan", "Bidang Kependudukan")),
        st.sampled_from(("SIMPUSTRONIK", "Perizinan online", "KTP-el sehari jadi")),
        st.one_of(st.none(), st.sampled_from(services)) if services else st.none(),
    )


def baselines(*, period: Period = _DEFAULT_PERIOD) -> st.SearchStrategy[Baseline]:
    """Baselines (*nilai dasar*): an indicator's values in one to three years before *period*.

    The values are of one kind, drawn as `target_values` draws due values
    (percentages, scores, counts, levels, thresholds, ...), now and then ``NA``
    for a year whose value is not known.

    Args:
        period: The years of the targets the baseline comes before.

    Raises:
        InvalidArgument: If *period* is not a `rbroadmap.Period`.
    """
    _options.instance("baselines", "period", period, Period)

    @st.composite
    def build(draw: st.DrawFn) -> Baseline:
        value = draw(target_values(include_no_target=False))
        choices = (number_of(value) or value, NOT_AVAILABLE)
        years = draw(_int(1, 3))
        return Baseline(values={period.start - 1 - k: draw(_pick(choices)) for k in range(years)})

    return build()


_INDICATOR_NAMES: Final = (
    "Indeks Reformasi Birokrasi",
    "Indeks Kepuasan Masyarakat (IKM)",
    "Nilai SAKIP",
    "Maturitas SPIP",
    "Persentase OPD yang menerapkan SOP",
    "Jumlah inovasi pelayanan publik",
    "Waktu penyelesaian perizinan",
    "Angka kemiskinan",
    "Nilai realisasi investasi",
)


def indicators(
    *,
    ids: st.SearchStrategy[str] | None = None,
    period: Period = _DEFAULT_PERIOD,
) -> st.SearchStrategy[Indicator]:
    """Indicators (*indikator kinerja*) with a baseline and yearly targets of every kind.

    The targets are a schedule of *period* (see `target_schedules`: every shape
    and kind of value, now and then a unit column, quarters, the target's own
    formula); the indicator's unit (*Satuan*) is the targets' unit column. The
    baseline holds zero to three years before *period*, each a number of the
    targets' kind or ``NA``. Now and then the indicator has no yearly targets,
    or also states a value without a year (its ``aim``).

    Args:
        ids: The strategy of the indicators' ids; by default ``indikator-<n>``.
        period: The years of its targets.

    Raises:
        InvalidArgument: If *ids* is not a strategy, or *period* is not a `Period`.
    """
    _options.strategy("indicators", "ids", ids)
    _options.instance("indicators", "period", period, Period)

    @st.composite
    def build(draw: st.DrawFn) -> Indicator:
        id = draw(_ids("indikator") if ids is None else ids)
        targets = draw(target_schedules(period=period)) if draw(_int(0, 7)) else None
        due = [] if targets is None else [v for _, v in targets.values if is_due(v)]
        pool = [number_of(v) or v for v in due] or [Percentage(50)]
        unit = None if targets is None else targets.unit
        if unit is not None:  # the Satuan: every baseline value must be in it
            pool = [v for v in pool if measure_of(v) == unit_measure(unit)]
        choices = (*pool, NOT_AVAILABLE)
        years = draw(_int(0, 3))
        baseline = {period.start - 1 - k: draw(_pick(choices)) for k in range(years)}
        final = None if targets is None else targets.final
        return Indicator(
            id=id,
            name=draw(_pick(_INDICATOR_NAMES)),
            unit=unit,
            baseline=Baseline(values=baseline),
            targets=targets,
            aim=final if final is not None and unit is None and draw(_int(0, 5)) == 0 else None,
        )

    return build()


def objectives(
    *,
    ids: st.SearchStrategy[str] | None = None,
    period: Period = _DEFAULT_PERIOD,
) -> st.SearchStrategy[Objective]:
    """Objectives (*tujuan*) of goal tables, with goals (*sasaran*) and their indicators.

    Now and then the goal table covers years of its own: *period* moved up to
    three years earlier (a table of 2017-2021 in a road map for 2020-2024), its
    indicators' targets in those years.

    Args:
        ids: The strategy of the objectives' ids; by default ``tujuan-<n>``.
        period: The road map's period.

    Raises:
        InvalidArgument: If *ids* is not a strategy, or *period* is not a `Period`.
    """
    _options.strategy("objectives", "ids", ids)
    _options.instance("objectives", "period", period, Period)

    @st.composite
    def build(draw: st.DrawFn) -> Objective:
        id = draw(_ids("tujuan") if ids is None else ids)
        shift = draw(_int(1, 3)) if draw(_int(0, 3)) == 0 else 0
        own = Period(period.start - shift, period.end - shift) if shift else None
        goals = []
        for g in range(draw(_int(1, 2))):
            goal_id = f"{id}-sasaran-{g + 1}"
            goals.append(
                Goal(
                    id=goal_id,
                    text=draw(_sentence(_GOAL_OPENINGS)),
                    indicators=[
                        draw(
                            indicators(
                                ids=st.just(f"{goal_id}-indikator-{k + 1}"),
                                period=own or period,
                            )
                        )
                        for k in range(draw(_int(0, 2)))
                    ],
                )
            )
        return Objective(id=id, text=draw(_sentence(_GOAL_OPENINGS)), period=own, goals=goals)

    return build()


def achievements(
    *,
    ids: st.SearchStrategy[str] | None = None,
    period: Period = _DEFAULT_PERIOD,
) -> st.SearchStrategy[Achievement]:
    """Achievements to maintain (*hal yang dipertahankan*), with indicators.

    Args:
        ids: The strategy of the achievements' ids; by default ``capaian-<n>``.
        period: The years of its indicators' targets.

    Raises:
        InvalidArgument: If *ids* is not a strategy, or *period* is not a `Period`.
    """
    _options.strategy("achievements", "ids", ids)
    _options.instance("achievements", "period", period, Period)

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
                draw(indicators(ids=st.just(f"{id}-indikator-{k + 1}"), period=period))
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

    Raises:
        InvalidArgument: If *entity_ids* is not a non-empty list of ids, or
            *years* not a strategy.
    """
    _options.ids("waivers", "entity_ids", entity_ids, non_empty=True)
    _options.strategy("waivers", "years", years)
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

    Raises:
        InvalidArgument: If *members* is not a list of ids.
    """
    _options.ids("unit_groups", "members", members)
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
        min_units: The fewest units listed, from 0 to 10.

    Raises:
        InvalidArgument: If *min_units* is not a whole number from 0 to 10.
    """
    _options.whole("unit_registries", "min_units", min_units, low=0, high=len(_UNITS))

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
