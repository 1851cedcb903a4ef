"""Strategies of whole road maps (*Road Map Reformasi Birokrasi*), valid by construction."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, Final

from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from rbroadmap.areasets import AREA_SETS
from rbroadmap.model import (
    Achievement,
    Goal,
    Objective,
    Period,
    Profile,
    Programme,
    QuickWin,
    Regulation,
    RoadMap,
    Stage,
)
from rbroadmap.strategies import _options
from rbroadmap.strategies._common import _int, _pick
from rbroadmap.strategies.parts import (
    _GOAL_OPENINGS,
    _GOVERNMENTS,
    _MAX_PARTS,
    _UNKNOWN_UNIT_NAMES,
    PROGRAMME_NAMES,
    _draw_area,
    _draw_theme,
    _sentence,
    _slug,
    achievements,
    objectives,
    periods,
    priority_services,
    profiles,
    quick_wins,
    regulations,
    stages,
    teams,
    unit_registries,
    waivers,
)

# -- road maps


def roadmaps(
    *,
    periods: st.SearchStrategy[Period] | None = None,
    area_sets: Sequence[str] = ("permenpanrb-11-2015", "permenpanrb-25-2020", "permenpanrb-3-2023"),
    min_areas: int = 1,
    max_areas: int = 8,
    min_actions: int = 0,
    max_actions: int = 6,
    max_programmes: int = 6,
    max_waivers: int = 2,
    hierarchies: bool = True,
) -> st.SearchStrategy[RoadMap]:
    """Road maps (*Road Map Reformasi Birokrasi*), complete and valid by construction.

    A road map of a city, regency or province, following one of *area_sets*,
    with its areas in the regulation's order (numbered, or now and then
    lettered ``A``, ``B``, ...), each with its rows, directly or under a plan
    hierarchy of activities and sub-activities (see `areas`); some of the
    set's themes of *RB Tematik* if it has any, with impact indicators (see
    `themes`); goal tables of objectives, goals and indicators (see
    `objectives`), now and then covering years of their own; now and then a
    profile leaving some columns out, whose cells its rows then leave blank
    (see `profiles`); now and then the regulation that sets it out and the
    one it amends (see `regulations`); general
    goals, achievements to maintain, priority services and quick wins serving
    them, a stage per year, programmes, teams, a unit registry and a few
    waivers. Ids are unique across the road map; rows share only the cells of
    earlier rows of their area; every target year lies within the period;
    most responsible units and programmes named by rows are known to the road
    map (one in ten or so is not, as in real documents, for the rules to find).

    Args:
        periods: The strategy of the periods; by default `periods`, mostly
            five years.
        area_sets: The codes of the standard area sets to follow; by default
            those of 2015-2019, 2020-2024 and its 2023 revision.
        min_areas: The fewest areas.
        max_areas: The most areas (at most the number of general areas of the
            area set).
        min_actions: The fewest rows per area.
        max_actions: The most rows per area.
        max_programmes: The most programmes.
        max_waivers: The most waivers.
        hierarchies: Whether areas now and then group their rows under a plan
            hierarchy; with ``False``, every row is in its area's ``actions``.

    Raises:
        InvalidArgument: If *periods* is not a strategy, *area_sets* names no
            known set (`rbroadmap.AREA_SETS`) or a code it does not know, a
            number is not a whole number of at least 0, or a lower number
            exceeds its upper one.
    """
    _options.strategy("roadmaps", "periods", periods)
    codes = _options.area_sets("roadmaps", area_sets)
    for name, bound, low in (
        ("min_areas", min_areas, 0),
        ("max_areas", max_areas, 0),
        ("min_actions", min_actions, 0),
        ("max_actions", max_actions, 0),
        ("max_programmes", max_programmes, 0),
        ("max_waivers", max_waivers, 0),
    ):
        _options.whole("roadmaps", name, bound, low=low, high=_MAX_PARTS)
    _options.at_most("roadmaps", "min_areas", min_areas, "max_areas", max_areas)
    _options.at_most("roadmaps", "min_actions", min_actions, "max_actions", max_actions)
    _options.boolean("roadmaps", "hierarchies", hierarchies)
    return _roadmap(
        period_strategy=_periods() if periods is None else periods,
        area_sets=codes,
        min_areas=min_areas,
        max_areas=max_areas,
        min_actions=min_actions,
        max_actions=max_actions,
        max_programmes=max_programmes,
        max_waivers=max_waivers,
        hierarchies=hierarchies,
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
    hierarchies: bool,
) -> RoadMap:
    period = draw(period_strategy)
    if not isinstance(period, Period):
        raise InvalidArgument(f"roadmaps(periods=...): the strategy gave {period!r}, not a Period")
    area_set = AREA_SETS[draw(_pick(area_sets))]
    size = len(area_set.general)
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
    lettered = draw(_int(0, 3)) == 0  # areas lettered A.-H., as many 2020-2024 road maps do
    profile = draw(_PROFILES) if draw(_int(0, 5)) == 0 else Profile()
    absent = frozenset(profile.missing)
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
            standard=area_set.general[index],
            number=None if lettered else number + 1,
            label="ABCDEFGHIJKL"[number] if lettered else None,
            period=period,
            min_actions=min_actions,
            max_actions=max_actions,
            unit_names=unit_names,
            programme_names=programme_refs,
            hierarchies=hierarchies,
            absent=absent,
        )
        for number, index in enumerate(chosen)
    ]
    n_themes = len(area_set.themes)
    theme_list = [
        _draw_theme(draw, area_set.themes[index], k + 1, period)
        for k, index in enumerate(
            sorted(draw(_distinct(n_themes, draw(_int(0, n_themes))))) if n_themes else []
        )
    ]
    services = [draw(_numbered("layanan", k + 1)) for k in range(draw(_int(0, 2)))]
    service_ids = tuple(s.id for s in services)
    wins = [draw(_quick_win(k + 1, service_ids)) for k in range(draw(_int(0, 2)))]
    action_ids = [a.id for area in area_list for a in area.rows]
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
        objectives=[draw(_objective(k + 1, period)) for k in range(draw(_int(0, 2)))],
        areas=area_list,
        themes=theme_list,
        achievements=[draw(_achievement(k + 1, period)) for k in range(draw(_int(0, 2)))],
        services=services,
        quick_wins=wins,
        stages=[draw(_stage(year)) for year in period.years if draw(_int(0, 3))],
        programmes=programme_list,
        teams=[draw(_numbered("tim", k + 1)) for k in range(draw(_int(0, 2)))],
        units=registry,
        profile=profile,
        regulation=draw(st.one_of(st.none(), _regulations(period.start))),
        amends=draw(st.one_of(st.none(), _regulations(period.start - 1))),
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
    """The *k*-th service or team of a road map, by its id."""
    build = {"layanan": priority_services, "tim": teams}[kind]
    return build(ids=st.just(f"{kind}-{k}"))


@functools.cache
def _achievement(k: int, period: Period) -> st.SearchStrategy[Achievement]:
    """The *k*-th achievement to maintain of a road map of *period*."""
    return achievements(ids=st.just(f"capaian-{k}"), period=period)


@functools.cache
def _objective(k: int, period: Period) -> st.SearchStrategy[Objective]:
    """The *k*-th objective of the goal tables of a road map of *period*."""
    return objectives(ids=st.just(f"tujuan-{k}"), period=period)


@functools.cache
def _quick_win(k: int, services: tuple[str, ...]) -> st.SearchStrategy[QuickWin]:
    return quick_wins(ids=st.just(f"quick-win-{k}"), services=services)


@functools.cache
def _regulations(year: int) -> st.SearchStrategy[Regulation]:
    return regulations(years=st.just(year))


@functools.cache
def _stage(year: int) -> st.SearchStrategy[Stage]:
    return stages(years=st.just(year))


_REGISTRIES: Final = unit_registries()
_PROFILES: Final = profiles()
