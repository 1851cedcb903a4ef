"""The road map document as pydantic v2 models: what benchmarks/run.py compares rbroadmap with.

Benchmark-only (needs the ``benchmark`` extra). The models read the same documents
as ``rb.from_dict(data, rb.RoadMap)`` and check the same things, written the way
pydantic does it:

* types, strictly (``strict=True``: no text read as a number, no number as text)
  and unknown keys refused (``extra="forbid"``); frozen models;
* ids against rbroadmap's pattern (`StringConstraints`), numbers and years in
  rbroadmap's ranges (`Field(ge=..., le=...)`), names not blank;
* target cells parsed into typed values with rbroadmap's own notation parser
  (``rb.parse_value``, cached by text) in a ``BeforeValidator``; year keys of four
  digits, ``direction`` and ``shape`` beside them (a ``model_validator``);
* budgets as whole rupiah or rupiah notation (``rb.parse_rupiah``), within
  rbroadmap's bounds; binary floats refused;
* ``format_version`` 1; a period of at most 50 years, its end not before its start;
* references: ``shares`` names another row of the same area without a cycle,
  ids unique across the road map, target and stage years within the period,
  quick wins name a priority service, unit parents and group members name
  registered units, no unit its own ancestor through its parents, group sizes at
  least their members, unit ids, names and aliases unique however written
  (``model_validator(mode="after")``);
* every text without a lone surrogate, as rbroadmap checks every text it reads
  (an ``AfterValidator`` calling rbroadmap's own check).

Both sides use the same notation parser, so the comparison measures the model
and validation machinery (cattrs + attrs against pydantic-core), not two parsers.
Only the notation form of target values is read here (the structured form
``{"kind": ...}`` is not): the benchmark's documents hold notation only.
"""

from __future__ import annotations

import datetime
import re
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    field_validator,
    model_validator,
)

import rbroadmap as rb
from rbroadmap._checks import surrogate_problem

MAX_RUPIAH = 10**18 - 1
_YEAR_KEY = re.compile(r"[0-9]{4}\Z", re.ASCII)

Id = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$")]
Year = Annotated[int, Field(ge=1900, le=2200)]
Number = Annotated[int, Field(ge=0, le=9999)]


def _cell(value: object) -> object:
    """A target cell in notation, parsed into a typed value (rbroadmap's cached parser)."""
    if not isinstance(value, str):
        msg = f"expected a target value in notation, not {type(value).__name__}"
        raise ValueError(msg)  # pydantic turns a ValueError into its validation error
    return rb.parse_value(value)


def _budget(value: object) -> object:
    if value is None:
        return None
    if type(value) is int:
        if not 0 <= value <= MAX_RUPIAH:
            msg = f"a budget must be between 0 and {MAX_RUPIAH} rupiah"
            raise ValueError(msg)
        return value
    if isinstance(value, str):
        return rb.parse_rupiah(value)
    msg = f"expected whole rupiah, not {type(value).__name__}"
    raise ValueError(msg)


def _text(value: str) -> str:
    """Text as rbroadmap reads it: no lone surrogate (half of a UTF-16 pair, no UTF-8)."""
    if not value.isascii() and surrogate_problem(value) is not None:
        msg = "a text holds a lone surrogate"
        raise ValueError(msg)
    return value


def _name(value: str) -> str:
    _text(value)
    if not " ".join(value.casefold().split()):
        msg = "a name must not be empty"
        raise ValueError(msg)
    return value


Cell = Annotated[Any, BeforeValidator(_cell)]
Budget = Annotated[int | None, BeforeValidator(_budget)]
UnitName = Annotated[str, AfterValidator(_name)]
Text = Annotated[str, AfterValidator(_text)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class Item(_Model):
    label: Text | None = None
    text: Text


class Goal(_Model):
    id: Id
    text: Text


class Problem(Goal):
    pass


class Result(Goal):
    pass


class Target(_Model):
    values: tuple[tuple[int, Cell], ...]
    direction: Literal["higher", "lower"] = "higher"
    shape: (
        Literal["cumulative", "steady", "one-off", "periodic", "ending-early", "irregular", "empty"]
        | None
    ) = None

    @model_validator(mode="before")
    @classmethod
    def _by_year(cls, data: object) -> object:
        if not isinstance(data, dict):
            msg = "expected a mapping of years to target values"
            raise ValueError(msg)
        values = []
        rest: dict[str, object] = {}
        for key, cell in data.items():
            if key in ("direction", "shape"):
                rest[key] = cell
            elif isinstance(key, str) and _YEAR_KEY.match(key) and 1900 <= int(key) <= 2200:
                values.append((int(key), cell))
            else:
                msg = f"unknown key {key!r}; expected a year of four digits"
                raise ValueError(msg)
        values.sort(key=lambda pair: pair[0])
        return {"values": tuple(values), **rest}


class Action(_Model):
    id: Id
    text: Text | None = None
    problems: list[Problem] = []
    result: Result | None = None
    expected_condition: Text | None = None
    targets: Target | None = None
    programme: Text | None = None
    budget: Budget = None
    units: list[Text] = []
    shares: Id | None = None


class Area(_Model):
    id: Id
    number: Number | None = None
    name: Text
    standard: Text | None = None
    other_names: list[Text] = []
    improvements: list[Item] = []
    goals: list[Goal] = []
    actions: list[Action] = []

    @model_validator(mode="after")
    def _shares(self) -> Area:
        by_id: dict[str, Action] = {}
        for action in self.actions:
            if action.id in by_id:
                msg = f"the action id {action.id!r} is used twice"
                raise ValueError(msg)
            by_id[action.id] = action
        for action in self.actions:
            seen = {action.id}
            current = action
            while current.shares is not None:
                if current.shares not in by_id:
                    msg = f"action {action.id!r} shares the cells of {current.shares!r}, not a row"
                    raise ValueError(msg)
                if current.shares in seen:
                    msg = f"the 'shares' chain from action {action.id!r} goes round in a circle"
                    raise ValueError(msg)
                seen.add(current.shares)
                current = by_id[current.shares]
        return self


class Period(_Model):
    start: Year
    end: Year

    @model_validator(mode="after")
    def _span(self) -> Period:
        if self.end < self.start or self.end - self.start >= 50:
            msg = "a period ends after it starts and lasts at most 50 years"
            raise ValueError(msg)
        return self


class Programme(_Model):
    id: Id
    number: Number | None = None
    name: Text
    description: Text | None = None
    activities: list[Item] = []
    aliases: list[Text] = []


class Stage(_Model):
    id: Id
    year: Year
    description: Text = ""
    steps: list[Item] = []


class TeamMember(_Model):
    role: Literal["chair", "secretary", "member"]
    holder: Text
    title: Text | None = None


class Team(_Model):
    id: Id
    number: Text | None = None
    name: Text
    duties: list[Item] = []
    members: list[TeamMember] = []
    composition: Text | None = None


class PriorityService(_Model):
    id: Id
    number: Number | None = None
    name: Text
    description: Text | None = None
    items: list[Item] = []
    goals: list[Goal] = []


class QuickWin(_Model):
    id: Id
    number: Number | None = None
    field: Text
    text: Text
    service: Id | None = None


class Indicator(_Model):
    id: Id
    name: Text
    baseline: Cell | None = None
    baseline_year: Year | None = None
    baseline_category: Text | None = None
    target: Cell | None = None
    comparison: Literal["at-least", "more-than", "exactly", "at-most", "less-than"] = "at-least"
    target_year: Year | None = None
    target_category: Text | None = None


class Achievement(_Model):
    id: Id
    number: Number | None = None
    name: Text
    items: list[Item] = []
    goals: list[Goal] = []
    indicators: list[Indicator] = []


class Unit(_Model):
    id: Id
    name: UnitName
    aliases: list[UnitName] = []
    parent: Id | None = None


class UnitGroup(_Model):
    id: Id
    name: UnitName
    aliases: list[UnitName] = []
    members: list[Id] = []
    size: Annotated[int, Field(ge=0, le=10**6)] | None = None
    unit: Text | None = None

    @model_validator(mode="after")
    def _size(self) -> UnitGroup:
        if self.size is not None and self.size < len(self.members):
            msg = "the size must be at least the number of members"
            raise ValueError(msg)
        return self


class UnitRegistry(_Model):
    units: list[Unit] = []
    groups: list[UnitGroup] = []

    @model_validator(mode="after")
    def _references(self) -> UnitRegistry:
        ids: dict[str, str] = {}
        names: dict[str, str] = {}
        for ref in (*self.units, *self.groups):
            if ref.id in ids:
                msg = f"the unit id {ref.id!r} is used twice"
                raise ValueError(msg)
            ids[ref.id] = "unit" if isinstance(ref, Unit) else "group"
            for name in (ref.id, ref.name, *ref.aliases):  # ids resolve as names do
                key = " ".join(name.casefold().split())
                if names.setdefault(key, ref.id) != ref.id:
                    msg = f"the name {name!r} belongs to two units"
                    raise ValueError(msg)
        for unit in self.units:
            parent = unit.parent
            if parent is not None and (ids.get(parent) != "unit" or parent == unit.id):
                msg = f"the parent {parent!r} of unit {unit.id!r} is not another unit"
                raise ValueError(msg)
        parents = {unit.id: unit.parent for unit in self.units}
        done: set[str] = set()
        for unit in self.units:  # no unit is, through its parents, its own ancestor
            chain: list[str] = []
            current: str | None = unit.id
            while current is not None and current not in done:
                if current in chain:
                    msg = f"unit {unit.id!r} is its own ancestor"
                    raise ValueError(msg)
                chain.append(current)
                current = parents[current]
            done.update(chain)
        for group in self.groups:
            for member in group.members:
                if ids.get(member) != "unit":
                    msg = f"member {member!r} of group {group.id!r} is not a registered unit"
                    raise ValueError(msg)
        return self


class Waiver(_Model):
    code: Text
    entity_id: Id
    reason: Text
    expires: Annotated[datetime.date, Field(strict=False)] | None = None

    @field_validator("reason")
    @classmethod
    def _reason(cls, value: str) -> str:
        if not value.strip():
            msg = "a waiver must give its reason"
            raise ValueError(msg)
        return value


class RoadMap(_Model):
    format_version: Literal[1]
    id: Id
    government: Text
    title: Text = ""
    period: Period
    area_set: Text | None = None
    goals: list[Goal] = []
    areas: list[Area] = []
    achievements: list[Achievement] = []
    services: list[PriorityService] = []
    quick_wins: list[QuickWin] = []
    stages: list[Stage] = []
    programmes: list[Programme] = []
    teams: list[Team] = []
    units: UnitRegistry = UnitRegistry()
    waivers: list[Waiver] = []

    @model_validator(mode="after")
    def _whole(self) -> RoadMap:
        ids: set[str] = set()

        def claim(entity_id: str) -> None:
            if entity_id in ids:
                msg = f"the id {entity_id!r} is used twice"
                raise ValueError(msg)
            ids.add(entity_id)

        claim(self.id)
        start, end = self.period.start, self.period.end
        for goal in self.goals:
            claim(goal.id)
        for area in self.areas:
            claim(area.id)
            for goal in area.goals:
                claim(goal.id)
            for action in area.actions:
                claim(action.id)
                for problem in action.problems:
                    claim(problem.id)
                if action.result is not None:
                    claim(action.result.id)
                if action.targets is not None:
                    for year, _ in action.targets.values:
                        if not start <= year <= end:
                            msg = f"the year {year} is outside the period {start}-{end}"
                            raise ValueError(msg)
        for achievement in self.achievements:
            claim(achievement.id)
            for goal in achievement.goals:
                claim(goal.id)
            for indicator in achievement.indicators:
                claim(indicator.id)
        services = set()
        for service in self.services:
            claim(service.id)
            services.add(service.id)
            for goal in service.goals:
                claim(goal.id)
        for quick_win in self.quick_wins:
            claim(quick_win.id)
            if quick_win.service is not None and quick_win.service not in services:
                msg = f"no priority service has the id {quick_win.service!r}"
                raise ValueError(msg)
        for stage in self.stages:
            claim(stage.id)
            if not start <= stage.year <= end:
                msg = f"the year {stage.year} is outside the period {start}-{end}"
                raise ValueError(msg)
        for entity in (*self.programmes, *self.teams, *self.units.units, *self.units.groups):
            claim(entity.id)
        return self
