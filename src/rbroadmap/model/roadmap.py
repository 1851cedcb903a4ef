"""Road map (*Road Map Reformasi Birokrasi*): the whole document, and its id index."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TypeAlias, final

import attrs

from rbroadmap import _checks
from rbroadmap.errors import ModelError, UnknownIdError
from rbroadmap.messages import Message
from rbroadmap.model.action import Action, ResolvedAction
from rbroadmap.model.area import Area
from rbroadmap.model.organisation import Stage, Team
from rbroadmap.model.parts import Goal, Period, Problem, Result, to_goals
from rbroadmap.model.priorities import Achievement, Indicator, PriorityService, QuickWin
from rbroadmap.model.programme import Programme
from rbroadmap.model.waiver import Waiver
from rbroadmap.model.yearly import Target
from rbroadmap.units import UnitRef, UnitRegistry

__all__ = ["Entity", "RoadMap"]


def _areas(value: Iterable[Area]) -> tuple[Area, ...]:
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def _programmes(value: Iterable[Programme]) -> tuple[Programme, ...]:
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def _teams(value: Iterable[Team]) -> tuple[Team, ...]:
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def _stages(value: Iterable[Stage]) -> tuple[Stage, ...]:
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def _services(value: Iterable[PriorityService]) -> tuple[PriorityService, ...]:
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def _quick_wins(value: Iterable[QuickWin]) -> tuple[QuickWin, ...]:
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def _achievements(value: Iterable[Achievement]) -> tuple[Achievement, ...]:
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def _waivers(value: Iterable[Waiver]) -> tuple[Waiver, ...]:
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


Entity: TypeAlias = (
    "RoadMap | Area | Goal | Problem | Action | Result | Programme | Stage | Team "
    "| PriorityService | QuickWin | Achievement | Indicator | UnitRef"
)
"""Anything in a road map that has an id."""


def _walk(roadmap: RoadMap, *, paths: bool = True) -> Iterator[tuple[str, Entity]]:
    """Yield ``(path, entity)`` for every entity with an id, in document order.

    The one place that says which entities a road map holds and in what order.
    With ``paths=False`` every path is ``""``: building the id index of a road map
    needs no path until an id is used twice (see `_entities`).
    """
    yield "", roadmap
    for i, goal in enumerate(roadmap.goals):
        yield (f"goals[{i}]" if paths else ""), goal
    for i, area in enumerate(roadmap.areas):
        base = f"areas[{i}]" if paths else ""
        yield base, area
        for j, goal in enumerate(area.goals):
            yield (f"{base}.goals[{j}]" if paths else ""), goal
        for j, action in enumerate(area.actions):
            row = f"{base}.actions[{j}]" if paths else ""
            yield row, action
            for k, problem in enumerate(action.problems):
                yield (f"{row}.problems[{k}]" if paths else ""), problem
            if action.result is not None:
                yield (f"{row}.result" if paths else ""), action.result
    for i, achievement in enumerate(roadmap.achievements):
        base = f"achievements[{i}]" if paths else ""
        yield base, achievement
        for j, goal in enumerate(achievement.goals):
            yield (f"{base}.goals[{j}]" if paths else ""), goal
        for j, indicator in enumerate(achievement.indicators):
            yield (f"{base}.indicators[{j}]" if paths else ""), indicator
    for i, service in enumerate(roadmap.services):
        base = f"services[{i}]" if paths else ""
        yield base, service
        for j, goal in enumerate(service.goals):
            yield (f"{base}.goals[{j}]" if paths else ""), goal
    for i, quick_win in enumerate(roadmap.quick_wins):
        yield (f"quick_wins[{i}]" if paths else ""), quick_win
    for i, stage in enumerate(roadmap.stages):
        yield (f"stages[{i}]" if paths else ""), stage
    for i, programme in enumerate(roadmap.programmes):
        yield (f"programmes[{i}]" if paths else ""), programme
    for i, team in enumerate(roadmap.teams):
        yield (f"teams[{i}]" if paths else ""), team
    for i, unit in enumerate(roadmap.units.units):
        yield (f"units.units[{i}]" if paths else ""), unit
    for i, group in enumerate(roadmap.units.groups):
        yield (f"units.groups[{i}]" if paths else ""), group


def _entities(roadmap: RoadMap) -> Iterator[Entity]:
    """Yield every entity with an id, in the order of `_walk`, without their paths."""
    for _, entity in _walk(roadmap, paths=False):
        yield entity


def _close_matches(word: str, possibilities: Iterable[str], n: int, cutoff: float) -> list[str]:
    """`difflib.get_close_matches`, with difflib imported only when an id is not found."""
    import difflib  # noqa: PLC0415  # only for the message of an error

    return difflib.get_close_matches(word, possibilities, n=n, cutoff=cutoff)


def _short(text: str, limit: int = 60) -> str:
    """*text* for a one-line summary: cut, with its length, when longer than *limit*."""
    return text if len(text) <= limit else f"{text[: limit - 1]}… ({len(text)} characters)"


def _integrity_error(
    path: str, field: str, value: object, indonesian: str, english: str
) -> ModelError:
    return ModelError(
        Message(f"{path}: {indonesian}", f"{path}: {english}"),
        entity="RoadMap",
        field=field,
        value=value,
        path=path,
    )


@final
@attrs.frozen(kw_only=True, repr=False, cache_hash=True)
class RoadMap:
    """Road map (*Road Map Reformasi Birokrasi*): the whole document.

    Attributes:
        id: Stable id, such as ``"kota-probolinggo-2018-2022"``.
        government: The government body it belongs to (*instansi*), as
            written (``"Kota Probolinggo"``).
        title: The document's title.
        period: Its first and last year.
        area_set: The code of the standard set of areas it follows (see
            `rbroadmap.areasets`), such as ``"permenpanrb-11-2015"``.
        goals: The general goals (*sasaran umum*) of the reform.
        areas: The areas of change, in the document's order.
        achievements: The achievements to maintain (*hal yang
            dipertahankan*).
        services: The priority public services (*pelayanan prioritas*).
        quick_wins: The quick wins.
        stages: The stages (*tahapan*), one per year.
        programmes: The programmes (*program*) and their activities.
        teams: The teams that carry the reform (*pengorganisasian*).
        units: The registry of responsible units.
        waivers: Rule findings accepted on purpose, with their reasons.

    A road map is checked when built: ids are unique across the whole road map,
    every ``shares`` names a row of the same area, every target year and stage
    year lies within the period, and every quick win's service exists.
    """

    id: str = attrs.field(validator=_checks.identifier)
    government: str = attrs.field(validator=_checks.text)
    title: str = attrs.field(default="", validator=_checks.text)
    period: Period = attrs.field(validator=_checks.instance_of(Period))
    area_set: str | None = attrs.field(default=None, validator=_checks.optional_text)
    goals: tuple[Goal, ...] = attrs.field(
        default=(), converter=to_goals, validator=_checks.tuple_of(Goal)
    )
    areas: tuple[Area, ...] = attrs.field(
        default=(), converter=_areas, validator=_checks.tuple_of(Area)
    )
    achievements: tuple[Achievement, ...] = attrs.field(
        default=(), converter=_achievements, validator=_checks.tuple_of(Achievement)
    )
    services: tuple[PriorityService, ...] = attrs.field(
        default=(), converter=_services, validator=_checks.tuple_of(PriorityService)
    )
    quick_wins: tuple[QuickWin, ...] = attrs.field(
        default=(), converter=_quick_wins, validator=_checks.tuple_of(QuickWin)
    )
    stages: tuple[Stage, ...] = attrs.field(
        default=(), converter=_stages, validator=_checks.tuple_of(Stage)
    )
    programmes: tuple[Programme, ...] = attrs.field(
        default=(), converter=_programmes, validator=_checks.tuple_of(Programme)
    )
    teams: tuple[Team, ...] = attrs.field(
        default=(), converter=_teams, validator=_checks.tuple_of(Team)
    )
    units: UnitRegistry = attrs.field(
        factory=UnitRegistry, validator=_checks.instance_of(UnitRegistry)
    )
    waivers: tuple[Waiver, ...] = attrs.field(
        default=(), converter=_waivers, validator=_checks.tuple_of(Waiver)
    )
    _index: dict[str, Entity] = attrs.field(
        init=False, factory=dict, eq=False, hash=False, repr=False
    )
    _area_of: dict[str, Area] = attrs.field(
        init=False, factory=dict, eq=False, hash=False, repr=False
    )
    _actions: dict[str, Action] = attrs.field(
        init=False, factory=dict, eq=False, hash=False, repr=False
    )
    _resolved: dict[str, ResolvedAction] = attrs.field(
        init=False, factory=dict, eq=False, hash=False, repr=False
    )
    _programmes_by: list[dict[str, Programme]] = attrs.field(
        init=False, factory=list, eq=False, hash=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        index = self._index
        for entity in _entities(self):
            if entity.id in index:
                self._duplicate_id()
            index[entity.id] = entity
        years = self.period
        for i, area in enumerate(self.areas):
            for j, action in enumerate(area.actions):
                self._actions[action.id] = action
                self._area_of[action.id] = area
                for problem in action.problems:
                    self._area_of[problem.id] = area
                if action.result is not None:
                    self._area_of[action.result.id] = area
                if action.targets is not None:
                    for year, _ in action.targets.values:
                        if year not in years:
                            raise _integrity_error(
                                f"areas[{i}].actions[{j}].targets[{year}]",
                                "targets",
                                year,
                                f"tahun {year} di luar periode {years}",
                                f"the year {year} is outside the period {years}",
                            )
            for goal in area.goals:
                self._area_of[goal.id] = area
            self._area_of[area.id] = area
        for i, stage in enumerate(self.stages):
            if stage.year not in years:
                raise _integrity_error(
                    f"stages[{i}].year",
                    "year",
                    stage.year,
                    f"tahun {stage.year} di luar periode {years}",
                    f"the year {stage.year} is outside the period {years}",
                )
        services = {s.id for s in self.services}
        for i, quick_win in enumerate(self.quick_wins):
            if quick_win.service is not None and quick_win.service not in services:
                raise _integrity_error(
                    f"quick_wins[{i}].service",
                    "service",
                    quick_win.service,
                    f"tidak ada pelayanan prioritas dengan id {quick_win.service!r}",
                    f"no priority service has the id {quick_win.service!r}",
                )

    def _duplicate_id(self) -> None:
        """Raise the error for the first id used twice, with the paths of both uses.

        Paths are written only here: a road map without a duplicate id never pays for them.
        """
        paths: dict[str, str] = {}
        for path, entity in _walk(self):
            where = path or "$"
            first = paths.get(entity.id)
            if first is not None:
                raise _integrity_error(
                    f"{path}.id" if path else "id",
                    "id",
                    entity.id,
                    f"id {entity.id!r} sudah dipakai di {first}",
                    f"the id {entity.id!r} is already used at {first}",
                )
            paths[entity.id] = where

    # -- lookups

    def entity(self, id: str) -> Entity:
        """Return the entity with this id.

        Raises:
            UnknownIdError: If no entity has the id; it suggests the closest id.
        """
        try:
            return self._index[id]
        except (KeyError, TypeError):
            close = _close_matches(str(id), self._index.keys(), n=1, cutoff=0.75)
            raise UnknownIdError(str(id), suggestion=close[0] if close else None) from None

    __getitem__ = entity

    def get(self, id: str) -> Entity | None:
        """Return the entity with this id, or ``None``."""
        return self._index.get(id)

    def __contains__(self, id: object) -> bool:
        return isinstance(id, str) and id in self._index

    def area_of(self, id: str) -> Area | None:
        """Return the area an area, action, problem, result or area goal belongs to."""
        return self._area_of.get(id)

    def action(self, id: str) -> Action:
        """Return the action with this id.

        Raises:
            UnknownIdError: If no action has the id.
        """
        try:
            return self._actions[id]
        except (KeyError, TypeError):
            close = _close_matches(str(id), self._actions.keys(), n=1, cutoff=0.75)
            raise UnknownIdError(str(id), suggestion=close[0] if close else None) from None

    def programme(self, reference: str) -> Programme | None:
        """Return the programme *reference* names: an id, a name or an alias.

        Names match without regard to case or runs of spaces.
        """
        by_id, by_name = self._programme_keys
        found = by_id.get(reference)
        if found is None:
            found = by_name.get(" ".join(reference.casefold().split()))
        return found

    @property
    def _programme_keys(self) -> tuple[dict[str, Programme], dict[str, Programme]]:
        """The programmes by id and by name key, the first one winning, made once."""
        keys = self._programmes_by
        if not keys:
            by_id: dict[str, Programme] = {}
            by_name: dict[str, Programme] = {}
            for programme in self.programmes:
                by_id.setdefault(programme.id, programme)
                for name in programme.names:
                    by_name.setdefault(" ".join(name.casefold().split()), programme)
            keys.extend((by_id, by_name))
        return keys[0], keys[1]

    def unit(self, name: str) -> UnitRef | None:
        """Return the unit or group *name* means in the registry, or ``None``."""
        return self.units.resolve(name)

    # -- iteration over each kind of entity

    def actions(self) -> Iterator[Action]:
        """Every action plan row, area by area, in order."""
        for area in self.areas:
            yield from area.actions

    def problems(self) -> Iterator[Problem]:
        """Every problem, in order."""
        for action in self.actions():
            yield from action.problems

    def results(self) -> Iterator[Result]:
        """Every result, in order."""
        for action in self.actions():
            if action.result is not None:
                yield action.result

    def targets(self) -> Iterator[tuple[Action, Target]]:
        """Every target, with the action that holds it, in order."""
        for action in self.actions():
            if action.targets is not None:
                yield action, action.targets

    def all_goals(self) -> Iterator[Goal]:
        """Every goal: general, per area, per achievement and per service."""
        yield from self.goals
        for area in self.areas:
            yield from area.goals
        for achievement in self.achievements:
            yield from achievement.goals
        for service in self.services:
            yield from service.goals

    def indicators(self) -> Iterator[Indicator]:
        """Every indicator of every achievement to maintain."""
        for achievement in self.achievements:
            yield from achievement.indicators

    def entities(self) -> Iterator[Entity]:
        """Every entity with an id, in document order."""
        return iter(self._index.values())

    # -- merged cells

    def resolve(self, action: Action | str) -> ResolvedAction:
        """Return the row with the cells it shares filled in.

        Args:
            action: An action of this road map, or its id.

        Raises:
            UnknownIdError: If the action is not in this road map.
        """
        row = self.action(action) if isinstance(action, str) else self.action(action.id)
        done = self._resolved.get(row.id)
        if done is not None:
            return done
        chain = [row]
        while chain[-1].shares is not None:
            chain.append(self._actions[chain[-1].shares])
        inherited: set[str] = set()

        def first(name: str) -> tuple[Any, str | None]:
            for k, link in enumerate(chain):
                value = getattr(link, name)
                if value is not None and value != ():
                    if k:
                        inherited.add(name)
                    return value, link.id
            return None, None

        text, _ = first("text")
        result, _ = first("result")
        condition, _ = first("expected_condition")
        targets, target_owner = first("targets")
        programme, _ = first("programme")
        budget, budget_owner = first("budget")
        units, _ = first("units")
        # A resolved row depends on the immutable road map only, so it is kept: resolving
        # every row costs one walk per row, whatever the length of the 'shares' chains.
        resolved = self._resolved[row.id] = ResolvedAction(
            action=row,
            text=text,
            problems=row.problems,
            result=result,
            expected_condition=condition,
            targets=targets,
            target_owner=target_owner,
            programme=programme,
            budget=budget,
            budget_owner=budget_owner,
            units=units or (),
            inherited=frozenset(inherited),
        )
        return resolved

    def _repr_html_(self) -> str:
        """A summary of the road map by area, for notebooks (not every row)."""
        from rbroadmap.model import display  # noqa: PLC0415  # for notebooks only: loaded there

        return display.roadmap_html(self)

    def __repr__(self) -> str:
        n_rows = sum(len(a.actions) for a in self.areas)
        return (
            f"<RoadMap {self.id!r}: {_short(self.government)}, {self.period}, "
            f"{len(self.areas)} areas, {n_rows} action plan rows>"
        )
