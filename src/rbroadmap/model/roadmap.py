"""Road map (*Road Map Reformasi Birokrasi*): the whole document, and its id index."""

from __future__ import annotations

import itertools
import operator
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, Final, TypeAlias, TypeVar, final

import attrs

from rbroadmap import _checks
from rbroadmap._text import Suggester, name_key, shorten
from rbroadmap.errors import IntegrityError, ModelError, UnknownIdError
from rbroadmap.messages import Lang, Message
from rbroadmap.model.action import Action, ResolvedAction
from rbroadmap.model.area import Area
from rbroadmap.model.objectives import Objective, to_objectives
from rbroadmap.model.organisation import Stage, Team
from rbroadmap.model.parts import Goal, Period, Problem, Result, to_goals
from rbroadmap.model.plan import Activity, PlanProgramme, SubActivity
from rbroadmap.model.priorities import Achievement, Indicator, PriorityService, QuickWin
from rbroadmap.model.profile import Profile
from rbroadmap.model.programme import Programme
from rbroadmap.model.regulation import Regulation
from rbroadmap.model.themes import Theme
from rbroadmap.model.waiver import Waiver
from rbroadmap.model.yearly import Target, YearlyBudget
from rbroadmap.units import UnitRef, UnitRegistry

if TYPE_CHECKING:
    from rbroadmap.model import structure as _structure
else:
    # The table of what contains what names RoadMap, so it is read when first needed.
    _structure = _checks.LazyModule("rbroadmap.model.structure")

__all__ = ["Entity", "RoadMap"]

_ID: Final = operator.attrgetter("id")


def _areas(value: Iterable[Area]) -> tuple[Area, ...]:
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def _themes(value: Iterable[Theme]) -> tuple[Theme, ...]:
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
    "RoadMap | Area | Goal | Problem | Action | Result | PlanProgramme | Activity | SubActivity "
    "| Theme | Programme | Stage | Team | PriorityService | QuickWin | Achievement | Indicator "
    "| Objective | UnitRef"
)
"""Anything in a road map that has an id."""


def _short(text: str, limit: int = 60) -> str:
    """*text* for a one-line summary: cut, with its length, when longer than *limit*."""
    return text if len(text) <= limit else f"{shorten(text, limit - 1)} ({len(text)} characters)"


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
        objectives: The objectives (*tujuan*) of its goal tables, with their
            goals and indicators (*Tujuan → Sasaran → Indikator*).
        areas: The areas of change, in the document's order (*RB General* in
            a road map that follows PermenPAN-RB 3/2023).
        themes: The themes of thematic reform (*RB Tematik*), in the
            document's order.
        achievements: The achievements to maintain (*hal yang
            dipertahankan*).
        services: The priority public services (*pelayanan prioritas*).
        quick_wins: The quick wins.
        stages: The stages (*tahapan*), one per year.
        programmes: The programmes (*program*) and their activities.
        teams: The teams that carry the reform (*pengorganisasian*).
        units: The registry of responsible units.
        waivers: Rule findings accepted on purpose, with their reasons.
        profile: Which columns the road map's action plan has; by default
            every column.
        regulation: The regulation that sets the road map out (*ditetapkan
            dengan*), if cited.
        amends: The regulation this road map amends (*perubahan atas*), if it
            is an amended version.

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
    objectives: tuple[Objective, ...] = attrs.field(
        default=(), converter=to_objectives, validator=_checks.tuple_of(Objective)
    )
    areas: tuple[Area, ...] = attrs.field(
        default=(), converter=_areas, validator=_checks.tuple_of(Area)
    )
    themes: tuple[Theme, ...] = attrs.field(
        default=(), converter=_themes, validator=_checks.tuple_of(Theme)
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
    profile: Profile = attrs.field(factory=Profile, validator=_checks.instance_of(Profile))
    regulation: Regulation | None = attrs.field(
        default=None, validator=_checks.optional_of(Regulation)
    )
    amends: Regulation | None = attrs.field(default=None, validator=_checks.optional_of(Regulation))
    _index: dict[str, Entity] = attrs.field(
        init=False, factory=dict, eq=False, hash=False, repr=False
    )
    _area_of: dict[str, Area] = attrs.field(
        init=False, factory=dict, eq=False, hash=False, repr=False
    )
    _resolved: dict[str, ResolvedAction] = attrs.field(
        init=False, factory=dict, eq=False, hash=False, repr=False
    )
    _programmes_by: list[dict[str, Programme]] = attrs.field(
        init=False, factory=list, eq=False, hash=False, repr=False
    )
    _parents: dict[str, Entity] = attrs.field(
        init=False, factory=dict, eq=False, hash=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        # The id index, from the table of what contains what (`structure`): one list of
        # every entity, then one dict. A duplicate id makes the dict shorter than the list.
        found = _structure.entities(self)
        index = self._index
        index.update(zip(map(_ID, found), found, strict=True))
        services = {s.id for s in self.services}
        if (
            len(index) != len(found)
            or _structure.check_period(self) is not None
            or any(q.service is not None and q.service not in services for q in self.quick_wins)
        ):
            # Paths are written only here: a road map that fits together never pays for them.
            raise IntegrityError(self._integrity_problems())
        # The road map is not in its own index (nor in its table of parents): an object
        # that refers to itself is a reference cycle, and a road map in a cycle, with
        # everything it holds, would be freed only by a full garbage collection.
        del index[self.id]

    def _integrity_problems(self) -> list[ModelError]:
        """Every way the parts of the road map do not fit together, in document order.

        Ids used twice (at the second use of each), years outside the period (each
        year of a series) and quick wins naming no priority service, each at its
        path. The constructor raises them all, in one `rbroadmap.IntegrityError`.
        """
        walked = _structure.walk(self)
        problems: list[tuple[int, ModelError]] = []
        paths: dict[str, str] = {}
        where: dict[int, tuple[int, str]] = {}
        for position, (path, entity) in enumerate(walked):
            where[id(entity)] = (position, path)
            first = paths.get(entity.id)
            if first is not None:
                problems.append(
                    (
                        position,
                        _integrity_error(
                            f"{path}.id" if path else "id",
                            "id",
                            entity.id,
                            f"id {entity.id!r} sudah dipakai di {first}",
                            f"the id {entity.id!r} is already used at {first}",
                        ),
                    )
                )
            else:
                paths[entity.id] = path or "$"
        for holder, field, year in _structure.years_outside(self):
            known = where.get(id(holder))
            position, path = known if known is not None else self._path_of(holder, walked)
            at = f"{path}.{field}" if path else field
            if not isinstance(getattr(holder, field), int):
                at = f"{at}[{year}]"
            period = _structure.period_of(self, holder)
            if period == self.period:
                where_id, where_en = f"periode {period}", f"the period {period}"
            else:
                where_id = f"tahun tabel sasarannya {period}"
                where_en = f"the years of its goal table {period}"
            problems.append(
                (
                    position,
                    _integrity_error(
                        at,
                        field,
                        year,
                        f"tahun {year} di luar {where_id}",
                        f"the year {year} is outside {where_en}",
                    ),
                )
            )
        services = {s.id for s in self.services}
        for i, quick_win in enumerate(self.quick_wins):
            if quick_win.service is not None and quick_win.service not in services:
                problems.append(
                    (
                        where[id(quick_win)][0],
                        _integrity_error(
                            f"quick_wins[{i}].service",
                            "service",
                            quick_win.service,
                            f"tidak ada pelayanan prioritas dengan id {quick_win.service!r}",
                            f"no priority service has the id {quick_win.service!r}",
                        ),
                    )
                )
        problems.sort(key=lambda pair: pair[0])  # stable: each entity's own in order
        return [problem for _, problem in problems]

    def _path_of(self, holder: object, walked: list[tuple[str, Any]]) -> tuple[int, str]:
        """The position and path of an object that is not an entity, such as a target.

        Found by the entity that holds it.
        """
        for position, (path, entity) in enumerate(walked):
            for field in attrs.fields(type(entity)):
                if getattr(entity, field.name, None) is holder:
                    return position, f"{path}.{field.name}" if path else field.name
        return len(walked), ""  # pragma: no cover - every series is held by an entity

    # -- lookups

    def entity(self, id: str) -> Entity:
        """Return the entity with this id.

        Raises:
            UnknownIdError: If no entity has the id; it suggests the closest id.
        """
        try:
            return self._index[id]
        except (KeyError, TypeError):
            if id == self.id:
                return self
            close = Suggester([self.id, *self._index]).closest(str(id))
            raise UnknownIdError(str(id), suggestion=close) from None

    __getitem__ = entity

    def get(self, id: str) -> Entity | None:
        """Return the entity with this id, or ``None`` (also for an *id* that is not text)."""
        return self if id == self.id else _look_up(self._index, id)

    def __contains__(self, id: object) -> bool:
        return isinstance(id, str) and (id in self._index or id == self.id)

    def area_of(self, id: str) -> Area | None:
        """Return the area an area, action, problem, result or area goal belongs to."""
        areas = self._area_of
        if not areas:  # made on first use: the entities of each area, from the table
            found: dict[str, Area] = {}
            for area in _structure.collect(self, Area):
                found.update(dict.fromkeys(map(_ID, _structure.entities(area)), area))
            # Filled in one step, so that another thread never reads it half made.
            areas.update(found)
        return _look_up(areas, id)

    def parent_of(self, id: str) -> Entity | None:
        """Return the entity that holds the entity *id*, or ``None``.

        ``None`` for the road map itself and for an id not in the road map (or not
        text).

        >>> rm = RoadMap(id="r", government="Kota X", period=Period(2022, 2024), areas=[
        ...     Area(id="g", name="Pengawasan", actions=[Action(id="g-1")])])
        >>> rm.parent_of("g-1").id, rm.parent_of("g").id, rm.parent_of("r")
        ('g', 'r', None)
        """
        parents = self._parents
        if not parents:  # made on first use, from the paths of one walk over the table
            by_path: dict[str, Entity] = {}
            made: dict[str, Entity] = {}
            for path, entity in _structure.walk(self):
                by_path[path] = entity
                holder = path
                while holder:
                    cut = max(holder.rfind("."), holder.rfind("["))
                    holder = holder[: max(cut, 0)]
                    found = by_path.get(holder)
                    if found is not None:
                        if found is not self:  # the road map itself: see the index
                            made.setdefault(entity.id, found)
                        break
            # Filled in one step, so that another thread never reads it half made.
            parents.update(made)
        found = _look_up(parents, id)
        if found is None and _look_up(self._index, id) is not None:  # held by the road map
            return self
        return found

    def ancestors(self, id: str) -> tuple[Entity, ...]:
        """Return the entities that hold the entity *id*, outermost first, the road map left out.

        For a row of a plan hierarchy, its area, programme, activity and
        sub-activity; for a row directly in an area, the area.

        >>> rm = RoadMap(id="r", government="Kota X", period=Period(2022, 2024), areas=[
        ...     Area(id="g", name="Pengawasan", activities=[Activity(id="g-k1", name="Integritas",
        ...         sub_activities=[SubActivity(id="g-k1-s1", name="Zona Integritas",
        ...             actions=[Action(id="g-k1-s1-1")])])])])
        >>> [e.id for e in rm.ancestors("g-k1-s1-1")]
        ['g', 'g-k1', 'g-k1-s1']
        """
        chain: list[Entity] = []
        current = self.parent_of(id)
        while current is not None and current is not self:
            chain.append(current)
            current = self.parent_of(current.id)
        return tuple(reversed(chain))

    def action(self, id: str) -> Action:
        """Return the action with this id.

        Raises:
            UnknownIdError: If no action has the id.
        """
        try:
            found = self._index[id]
        except (KeyError, TypeError):
            found = None
        if type(found) is Action:
            return found
        ids = [action.id for action in self.actions()]
        raise UnknownIdError(str(id), suggestion=Suggester(ids).closest(str(id)))

    def programme(self, reference: str) -> Programme | None:
        """Return the programme *reference* names: an id, a name or an alias.

        Names match without regard to case or runs of spaces.
        """
        by_id, by_name = self._programme_keys
        found = by_id.get(reference)
        if found is None:
            found = by_name.get(name_key(reference))
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
                    by_name.setdefault(name_key(name), programme)
            keys.extend((by_id, by_name))
        return keys[0], keys[1]

    def unit(self, name: str) -> UnitRef | None:
        """Return the unit or group *name* means in the registry, or ``None``."""
        return self.units.resolve(name)

    # -- iteration over each kind of entity

    def actions(self) -> Iterator[Action]:
        """Every action plan row, area by area, in order."""
        return iter(_structure.collect(self, Action))

    def problems(self) -> Iterator[Problem]:
        """Every problem, in order."""
        return iter(_structure.collect(self, Problem))

    def results(self) -> Iterator[Result]:
        """Every result, in order."""
        return iter(_structure.collect(self, Result))

    def targets(self) -> Iterator[tuple[Action, Target]]:
        """Every target, with the action that holds it, in order."""
        return ((a, a.targets) for a in _structure.collect(self, Action) if a.targets is not None)

    def all_goals(self) -> Iterator[Goal]:
        """Every goal: general, per area, per achievement and per service."""
        return iter(_structure.collect(self, Goal))

    def indicators(self) -> Iterator[Indicator]:
        """Every indicator, in document order: of goal tables, goals, themes and achievements."""
        return iter(_structure.collect(self, Indicator))

    def entities(self) -> Iterator[Entity]:
        """Every entity with an id, in document order."""
        return itertools.chain((self,), self._index.values())

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
            chain.append(self._index[chain[-1].shares])  # type: ignore[arg-type]  # an action
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
        if programme is None and any(a.programmes for a in self.areas):  # under a heading?
            heading = next(
                (e for e in reversed(self.ancestors(row.id)) if type(e) is PlanProgramme), None
            )
            if heading is not None:
                programme = heading.name
                inherited.add("programme")
        budget_owner = None
        cells: tuple[int | None, YearlyBudget | None, int | None] = (None, None, None)
        for k, link in enumerate(chain):  # the budget cell, in whichever form it is written
            if link.budget_form is not None:
                cells = (link.budget, link.budget_per_year, link.budget_total)
                budget_owner = link.id
                if k:
                    inherited.add("budget")
                break
        budget, budget_per_year, budget_total = cells
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
            budget_per_year=budget_per_year,
            budget_total=budget_total,
        )
        return resolved

    def to_html(self, lang: Lang = "id", *, number_lang: Lang | None = None) -> str:
        """A summary of the road map by area as HTML, in *lang* (not every row).

        What a notebook shows (in Indonesian); the road map's texts are shown as
        written. Numbers are written in the notation of *number_lang*, by
        default that of *lang* (``Rp5.535.000.000``, ``Rp5,535,000,000``).
        """
        from rbroadmap.model import display  # noqa: PLC0415  # for displays only: loaded there

        return display.roadmap_html(self, lang=lang, number_lang=number_lang)

    def _repr_html_(self) -> str:
        """A summary of the road map by area, for notebooks (not every row)."""
        return self.to_html()

    def __repr__(self) -> str:
        n_rows = sum(len(a.rows) for a in self.areas)
        return (
            f"<RoadMap {self.id!r}: {_short(self.government)}, {self.period}, "
            f"{len(self.areas)} areas, {n_rows} action plan rows>"
        )


_T = TypeVar("_T")


def _look_up(table: dict[str, _T], id: str) -> _T | None:
    """The entry of *table* for *id*; ``None`` for an id that is in no table (a list, a dict)."""
    try:
        return table.get(id)
    except TypeError:  # an id that cannot be hashed is the id of nothing
        return None
