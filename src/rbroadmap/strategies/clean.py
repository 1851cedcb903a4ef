"""Clean road maps (*road map tanpa temuan*): road maps on which no rule finds anything.

`clean_roadmaps` draws road maps on which `rbroadmap.validate` (the default
catalogue and options) reports no finding at all. They are clean by
construction, not by filtering: every area of the set is present and numbered
in order, every row has its problem, result, expected condition, a target for
every year of the period in a shape that reads one way only, one responsible
unit written as the registry writes it, a declared programme and a budget;
every text is written once, from a vocabulary that has no word one letter
away from another. They are the base the one-violation strategy
(`rbroadmap.strategies.violating`) breaks one rule of.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from decimal import Decimal
from typing import Final

import attrs
from hypothesis import strategies as st

from rbroadmap.areasets import AREA_SETS, AreaSet
from rbroadmap.model import (
    Achievement,
    Action,
    Activity,
    Area,
    Baseline,
    Goal,
    Indicator,
    Item,
    Objective,
    Period,
    PlanProgramme,
    PriorityService,
    Problem,
    Programme,
    QuickWin,
    Regulation,
    Result,
    RoadMap,
    Stage,
    SubActivity,
    Target,
    Team,
    TeamMember,
    Theme,
    YearlyBudget,
)
from rbroadmap.model.organisation import Role
from rbroadmap.scales import SAKIP
from rbroadmap.schedule import Direction, Shape
from rbroadmap.strategies import _options
from rbroadmap.strategies._common import _int, _pick
from rbroadmap.units import ResponsibleUnit, UnitRegistry
from rbroadmap.values import (
    CHECK_MARK,
    NO_TARGET,
    Comparison,
    Count,
    Graded,
    IndexScore,
    Level,
    Percentage,
    Qualitative,
    Quantity,
    TargetValue,
    Threshold,
)

__all__ = ["clean_roadmaps"]

_CLEAN_AREA_SETS: Final = tuple(AREA_SETS)
"""The codes of the standard area sets clean road maps follow: every known set."""

# -- vocabulary: no two words one letter apart, so no text is taken for a typo

_VERBS: Final = (
    "Penyusunan",
    "Pelaksanaan",
    "Evaluasi",
    "Sosialisasi",
    "Pengembangan",
    "Pembinaan",
    "Penguatan",
    "Reviu",
    "Monitoring",
    "Digitalisasi",
    "Integrasi",
    "Fasilitasi",
)
_NOUNS: Final = (
    "SOP",
    "anjab",
    "arsip",
    "aplikasi",
    "kinerja",
    "regulasi",
    "kompetensi",
    "pengaduan",
    "perizinan",
    "website",
    "anggaran",
    "laporan",
    "survei",
    "inovasi",
    "renstra",
    "database",
    "kearsipan",
    "jabatan",
    "gratifikasi",
    "manual",
)
_PLACES: Final = (
    "kecamatan",
    "kelurahan",
    "sekretariat",
    "puskesmas",
    "badan",
    "dinas",
    "bagian",
    "daerah",
)
_N_TEXTS: Final = len(_VERBS) * len(_NOUNS) * len(_PLACES)

_GOVERNMENTS: Final = ("Kota Probolinggo", "Kota Malang", "Kabupaten Sidoarjo", "Kota Kediri")

# id, name: the units of a clean road map, each named by exactly one row form
_UNITS: Final = (
    ("bag-organisasi", "Bag. Organisasi Setda"),
    ("bkpsdm", "BKPSDM"),
    ("bappeda", "BAPPEDA"),
    ("diskominfo", "Diskominfo"),
    ("inspektorat", "Inspektorat"),
    ("dpmptsp", "DPMPTSP"),
)
_REGISTRY: Final = UnitRegistry(
    units=tuple(ResponsibleUnit(id=uid, name=name) for uid, name in _UNITS)
)
_PROGRAMMES: Final = (
    "Program Penunjang Urusan Pemerintahan",
    "Program Pengembangan Aparatur",
    "Program Pengawasan Internal",
    "Program Pelayanan Terpadu",
)
_INDEXES: Final = ("IKM", "SKM", "IPK")
_COUNT_UNITS: Final = ("Dokumen", "Kegiatan", "Laporan")
_QUALITATIVES: Final = ("Tersedia", "Terlaksana", "Terintegrasi")


class _Texts:
    """Hands out texts, each written once in the road map."""

    def __init__(self, draw: st.DrawFn) -> None:
        self._draw = draw
        self._used: set[int] = set()

    def __call__(self) -> str:
        k = self._draw(_int(0, _N_TEXTS - 1))
        while k in self._used:  # the next free text: drawn, not filtered
            k = (k + 1) % _N_TEXTS
        self._used.add(k)
        verb, rest = divmod(k, len(_NOUNS) * len(_PLACES))
        noun, place = divmod(rest, len(_PLACES))
        return f"{_VERBS[verb]} {_NOUNS[noun]} {_PLACES[place]}"


def clean_roadmaps(
    *,
    area_sets: Sequence[str] = _CLEAN_AREA_SETS,
    min_years: int = 2,
    max_actions: int = 3,
    hierarchies: bool = True,
) -> st.SearchStrategy[RoadMap]:
    """Road maps (*Road Map Reformasi Birokrasi*) on which no rule finds anything.

    `rbroadmap.validate(roadmap)` with the default catalogue and options reports no
    finding on them, not even a waived one: they hold no waivers, so no ``as_of``
    is needed. Each follows one of *area_sets* in years the set is in force, with
    every general area of the set (numbered in order, or now and then lettered,
    and now and then grouping its rows under a plan hierarchy of programme,
    activity and sub-activity) and a theme for each theme of *RB Tematik* the set
    has, now and then with an impact indicator. Every row addresses its own
    problem and has an action, a result, an expected condition, one responsible
    unit of the registry, a declared programme, a budget (annual, per year or one
    total) and a target for every year, in a shape that reads one way only:
    cumulative percentages reaching 100%, growing counts, index scores, graded
    SAKIP scores and maturity levels, steady ``100%``, ``√``, ``≥ 80%`` or
    qualitative cells, one-off, periodic and ending-early targets, falling
    lower-is-better quantities, now and then with the last target stated for its
    fourth quarter too. Now and then it has a goal table (objective, goal,
    indicator with targets and a baseline the year before), an achievement to
    maintain, a priority service with its quick win, the regulation that sets it
    out and the one it amends, improvement items and goals of areas, and the
    composition of a team. Now and then the last of three rows of an area shares the cells of
    the row before it (*sel gabungan*: its target, programme, budget and unit).
    Every declared programme is used and lists its activities; every team has one
    chair and its duties; every year has a stage with its steps. Every text is
    written once, from a vocabulary with no word one letter from another.

    What a clean road map cannot hold: waivers (a waiver that waives nothing is
    RB002's), a profile leaving out a column (the column's rule then reports that
    it did not run).

    Args:
        area_sets: The codes of the standard area sets to follow; by default every
            known set (`rbroadmap.AREA_SETS`).
        min_years: The fewest years of the period (from 2 to 5; periods have at
            most five years).
        max_actions: The most rows per area (at least 1).
        hierarchies: Whether areas now and then group their rows under a plan
            hierarchy; with ``False``, every row is in its area's ``actions``.

    Raises:
        InvalidArgument: If *area_sets* is empty or names a set that is not known,
            *min_years* is not a whole number from 2 to 5, *max_actions* is not a
            whole number from 1 to 6, or *hierarchies* is not
            a bool.
    """
    codes = _options.area_sets("clean_roadmaps", area_sets)
    _options.whole("clean_roadmaps", "min_years", min_years, low=2, high=5)
    _options.whole("clean_roadmaps", "max_actions", max_actions, low=1, high=6)
    _options.boolean("clean_roadmaps", "hierarchies", hierarchies)
    return _clean(tuple(codes), min_years, max_actions, hierarchies)


@functools.cache
def _clean(
    codes: tuple[str, ...], min_years: int, max_actions: int, hierarchies: bool
) -> st.SearchStrategy[RoadMap]:
    return _roadmap(
        codes=codes, min_years=min_years, max_actions=max_actions, hierarchies=hierarchies
    )


def _period(draw: st.DrawFn, area_set: AreaSet, min_years: int) -> Period:
    start = area_set.start if area_set.start is not None else 2018
    end = area_set.end if area_set.end is not None else start + 4
    first = draw(_int(start, end))
    years = draw(_int(min_years, 5))
    return Period(first, first + years - 1)


@st.composite
def _roadmap(
    draw: st.DrawFn, *, codes: tuple[str, ...], min_years: int, max_actions: int, hierarchies: bool
) -> RoadMap:
    area_set = AREA_SETS[draw(_pick(codes))]
    period = _period(draw, area_set, min_years)
    texts = _Texts(draw)
    programme_names = _PROGRAMMES[: draw(_int(1, len(_PROGRAMMES)))]
    used: set[str] = set()
    areas = []
    lettered = draw(_int(0, 3)) == 3  # areas lettered A.-H., as many 2020-2024 road maps do
    for number, standard in enumerate(area_set.general, start=1):
        code = standard.code
        rows = [
            _action(
                draw,
                texts,
                id=f"{code}-{k}",
                period=period,
                programme_names=programme_names,
            )
            for k in range(1, draw(_int(1, max_actions)) + 1)
        ]
        plan: tuple[PlanProgramme, ...] = ()
        if hierarchies and draw(_int(0, 3)) == 3:
            plan = (_hierarchy(draw, texts, code, rows),)
            rows = []
        elif number > 1 and len(rows) == 3 and draw(_int(0, 3)) == 3:
            # the last row shares the cells of the one before it (merged cells): its
            # targets, programme, budget and unit; the first row keeps its own
            rows[-1] = attrs.evolve(
                rows[-1],
                shares=rows[-2].id,
                targets=None,
                programme=None,
                budget=None,
                budget_per_year=None,
                budget_total=None,
                units=(),
            )
        used.update(row.programme for row in _all_rows(rows, plan) if row.programme is not None)
        areas.append(
            Area(
                id=code,
                number=None if lettered else number,
                label="ABCDEFGH"[number - 1] if lettered else None,
                name=standard.name,
                standard=code,
                improvements=tuple(
                    Item(label="abc"[j], text=texts()) for j in range(draw(_int(0, 2)))
                ),
                goals=tuple(
                    Goal(id=f"{code}-sasaran-{j}", text=texts())
                    for j in range(1, draw(_int(0, 1)) + 1)
                ),
                actions=tuple(rows),
                programmes=plan,
            )
        )
    # every declared programme is used: only the ones the rows name are declared
    programmes = tuple(
        Programme(
            id=f"program-{k}",
            number=k,
            name=name,
            activities=(Item(label="a", text=texts()),),
        )
        for k, name in enumerate((n for n in programme_names if n in used), start=1)
    )
    themes = tuple(
        Theme(
            id=f"tema-{theme.code}",
            number=k,
            name=theme.name,
            standard=theme.code,
            description=texts(),
            indicators=tuple(
                _indicator(draw, texts, f"tema-{theme.code}-indikator-{j}", j, period)
                for j in range(1, draw(_int(0, 1)) + 1)
            ),
        )
        for k, theme in enumerate(area_set.themes, start=1)
        if theme.part_of is None
    )
    stages = tuple(
        Stage(
            id=f"tahap-{year}",
            year=year,
            description=texts(),
            steps=tuple(Item(label=str(k), text=texts()) for k in range(1, draw(_int(1, 2)) + 1)),
        )
        for year in period.years
    )
    teams = tuple(
        Team(
            id=f"tim-{k}",
            number=str(k),
            name=f"Tim {texts()}",
            duties=tuple(Item(label=str(j), text=texts()) for j in range(1, draw(_int(1, 2)) + 1)),
            members=(TeamMember(role=Role.CHAIR, holder="Sekretaris Daerah"),),
            composition=texts() if draw(_int(0, 1)) else None,
        )
        for k in range(1, draw(_int(0, 2)) + 1)
    )
    services = tuple(
        PriorityService(
            id=f"layanan-{k}",
            number=k,
            name=texts(),
            description=texts(),
            items=(Item(label="1", text=texts()),),
        )
        for k in range(1, draw(_int(0, 1)) + 1)
    )
    government = draw(_pick(_GOVERNMENTS))
    return RoadMap(
        id=f"{government.lower().replace(' ', '-')}-{period.start}-{period.end}",
        government=government,
        title=f"Road Map Reformasi Birokrasi {government} {period}",
        period=period,
        area_set=area_set.code,
        goals=tuple(Goal(id=f"sasaran-{k}", text=texts()) for k in range(1, draw(_int(0, 2)) + 1)),
        objectives=tuple(
            Objective(
                id=f"tujuan-{k}",
                number=k,
                text=texts(),
                goals=(
                    Goal(
                        id=f"tujuan-{k}-sasaran-1",
                        text=texts(),
                        indicators=(_indicator(draw, texts, f"tujuan-{k}-indikator-1", 1, period),),
                    ),
                ),
            )
            for k in range(1, draw(_int(0, 1)) + 1)
        ),
        achievements=tuple(
            Achievement(
                id=f"capaian-{k}",
                number=k,
                name=texts(),
                items=(Item(label="1", text=texts()),),
            )
            for k in range(1, draw(_int(0, 1)) + 1)
        ),
        services=services,
        quick_wins=tuple(
            QuickWin(
                id=f"quick-win-{k}",
                number=k,
                field=texts(),
                text=texts(),
                service=services[0].id if services else None,
            )
            for k in range(1, draw(_int(0, 1)) + 1)
        ),
        regulation=Regulation(
            instrument="Peraturan Wali Kota", number=str(draw(_int(1, 60))), year=period.start
        )
        if draw(_int(0, 2)) == 2
        else None,
        amends=Regulation(
            instrument="Peraturan Wali Kota", number=str(draw(_int(1, 60))), year=period.start - 1
        )
        if draw(_int(0, 3)) == 3
        else None,
        areas=tuple(areas),
        themes=themes,
        stages=stages,
        programmes=programmes,
        teams=teams,
        units=_REGISTRY,
    )


def _all_rows(rows: list[Action], plan: tuple[PlanProgramme, ...]) -> list[Action]:
    """The rows of an area: its own, and those under its plan hierarchy."""
    held = list(rows)
    for programme in plan:
        for activity in programme.activities:
            held += activity.actions
            for sub in activity.sub_activities:
                held += sub.actions
    return held


def _hierarchy(draw: st.DrawFn, texts: _Texts, code: str, rows: list[Action]) -> PlanProgramme:
    """A plan programme of one activity holding *rows*, now and then under a sub-activity."""
    if draw(_int(0, 1)):
        activity = Activity(
            id=f"{code}-kegiatan-1",
            label="1",
            name=texts(),
            sub_activities=(
                SubActivity(id=f"{code}-sub-1", label="1", name=texts(), actions=tuple(rows)),
            ),
        )
    else:
        activity = Activity(id=f"{code}-kegiatan-1", label="1", name=texts(), actions=tuple(rows))
    return PlanProgramme(id=f"{code}-program", label="1", name=texts(), activities=(activity,))


def _action(
    draw: st.DrawFn,
    texts: _Texts,
    *,
    id: str,
    period: Period,
    programme_names: tuple[str, ...],
) -> Action:
    programme = draw(_pick(programme_names))
    budget_form = draw(_int(0, 5))
    amount = draw(_int(1, 500)) * 1_000_000
    budget: int | None = amount
    per_year: YearlyBudget | None = None
    total: int | None = None
    if budget_form == 0:
        budget = None
        per_year = YearlyBudget(values=dict.fromkeys(period.years, amount))
    elif budget_form == 1:
        budget = None
        total = amount * len(period)
    return Action(
        id=id,
        text=texts(),
        problems=(Problem(id=f"{id}-masalah", text=texts()),),
        result=Result(id=f"{id}-hasil", text=texts()),
        expected_condition=texts(),
        targets=_target(draw, period),
        programme=programme,
        budget=budget,
        budget_per_year=per_year,
        budget_total=total,
        units=(draw(_pick(_UNITS))[1],),
    )


def _indicator(draw: st.DrawFn, texts: _Texts, id: str, number: int, period: Period) -> Indicator:
    """An indicator with its targets and, now and then, its baseline the year before."""
    targets = _target(draw, period)
    first = targets.values[0][1]
    baseline = (
        Baseline(values={period.start - 1: first})
        if draw(_int(0, 1)) and targets.declared_shape is Shape.CUMULATIVE
        else Baseline()
    )
    return Indicator(id=id, number=number, name=texts(), baseline=baseline, targets=targets)


def _rising(draw: st.DrawFn, n: int, low: int, high: int) -> list[int]:
    """*n* strictly rising whole numbers from *low* to *high*, ending on *high*."""
    chosen = sorted(
        draw(st.lists(st.integers(low, high - 1), min_size=n - 1, max_size=n - 1, unique=True))
    )
    return [*chosen, high]


def _target(draw: st.DrawFn, period: Period) -> Target:
    years = period.years
    n = len(years)
    kind = draw(_int(0, 12))
    cells: list[TargetValue]
    direction = Direction.HIGHER
    shape: Shape | None = None
    if kind == 0:  # cumulative percentages reaching 100%
        cells = [Percentage(5 * v) for v in _rising(draw, n, 1, 20)]
        shape = Shape.CUMULATIVE
    elif kind == 1:  # growing counts
        unit = draw(_pick(_COUNT_UNITS))
        cells = [Count(v, unit) for v in _rising(draw, n, 1, draw(_int(n, 40)))]
        shape = Shape.CUMULATIVE
    elif kind == 2:  # growing index scores
        index = draw(_pick(_INDEXES))
        cells = [IndexScore(index, v) for v in _rising(draw, n, 60, draw(_int(60 + n, 95)))]
        shape = Shape.CUMULATIVE
    elif kind == 3:  # steady 100%
        cells = [Percentage(100)] * n
    elif kind == 4:  # steady check marks
        cells = [CHECK_MARK] * n
    elif kind == 5:  # steady threshold
        cells = [Threshold(Comparison.AT_LEAST, Percentage(draw(_int(6, 9)) * 10))] * n
    elif kind == 6:  # steady qualitative
        cells = [Qualitative(draw(_pick(_QUALITATIVES)))] * n
    elif kind == 7:  # one-off
        cells = [NO_TARGET] * n
        cells[draw(_int(0, n - 1))] = Percentage(100)
    elif kind == 9 and n >= 3:  # periodic
        cells = [Percentage(100) if k % 2 == 0 else NO_TARGET for k in range(n)]
        shape = Shape.PERIODIC
    elif kind == 10 and n >= 3:  # ending early
        cells = [*(Percentage(5 * v) for v in _rising(draw, n - 1, 1, 20)), NO_TARGET]
        shape = Shape.ENDING_EARLY
    elif kind == 11:  # graded SAKIP scores, rising
        scores = _rising(draw, n, 50, draw(_int(50 + n, 95)))
        cells = [Graded(score=IndexScore("SAKIP", v), grade=_grade(v)) for v in scores]
        shape = Shape.CUMULATIVE
    elif kind == 12:  # maturity levels, rising
        cells = [Level(v) for v in _rising(draw, n, 1, 5)]
        shape = Shape.CUMULATIVE
    elif kind >= 9:  # periodic or ending early in too few years: steady check marks
        cells = [CHECK_MARK] * n
    else:  # falling quantities, lower is better
        days = list(reversed(_rising(draw, n, 1, draw(_int(n, 30)))))
        cells = [Quantity(Decimal(v) + Decimal("0.5"), "Hari") for v in days]
        direction = Direction.LOWER
        shape = Shape.CUMULATIVE
    values = dict(zip(years, cells, strict=True))
    quarters: dict[int, dict[int, TargetValue]] = {}
    if draw(_int(0, 5)) == 5:  # the last year's target stated for its fourth quarter too
        due = [year for year, cell in values.items() if cell is not NO_TARGET]
        quarters[due[-1]] = {4: values[due[-1]]}
    return Target(values=values, direction=direction, shape=shape, quarters=quarters)


def _grade(score: int) -> str:
    """The grade SAKIP gives *score*."""
    grade = SAKIP.classify(Decimal(score))
    assert grade is not None
    return grade.code
