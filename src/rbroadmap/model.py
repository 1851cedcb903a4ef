"""The domain model (*model domain*) of a bureaucratic-reform road map.

A road map (*Road Map Reformasi Birokrasi*) says, per area of change, which
problems exist, which actions fix them, the result of each action, the
expected condition, a target for every year, the programme, the estimated
annual budget and the responsible units. This module holds it as written:

* `RoadMap`: the whole document, with its period, the standard set of areas
  it follows, its programmes, units, teams, stages and priorities.
* `Area`: one area of change, with its improvement items (3.1.1), goals
  (Table 3.1) and its rows of the action plan (Table 3.2).
* `Action`: one row of the action plan: the problems it addresses, the action,
  its `Result`, the expected condition, a `Target` per year, the programme,
  the estimated annual budget and the responsible units.

Every class is immutable (frozen, slotted attrs classes with keyword-only
fields and tuples); change one with `attrs.evolve`. Every addressable entity
has a stable, human-readable id, unique in its road map, so that rule findings
and realised values can point at it.

**Merged cells.** Printed action plans merge cells: one result, one target
schedule and one budget may cover several problem/action rows, and a blank
programme or unit cell continues the row above. An action states this with
``shares``: the id of the row whose cells cover its blank ones. Its own cells
always win; `RoadMap.resolve` gives the row with the covered cells filled in.
A budget or a target reached through ``shares`` is the same money and the
same target, counted once, at the row that holds it.

What a constructor refuses is what makes an object meaningless: a wrong type,
a negative budget, a target year outside the period, two entities with one
id. Whether the parts agree with each other (do targets rise, is a unit known,
is a programme declared) is for `rbroadmap.validate` to report.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Final, TypeAlias, final

import attrs

from rbroadmap import _checks
from rbroadmap.errors import ModelError, UnknownIdError, quote
from rbroadmap.messages import LabelledEnum, Message
from rbroadmap.notation import (
    MAX_RUPIAH,
    format_number,
    format_rupiah,
    format_value,
    parse_value,
)
from rbroadmap.schedule import Direction, Shape, shape_candidates
from rbroadmap.units import UnitRef, UnitRegistry
from rbroadmap.values import (
    Count,
    IndexScore,
    Level,
    NoTarget,
    Percentage,
    Qualitative,
    Range,
    TargetValue,
)

if TYPE_CHECKING:
    import pendulum
else:
    # pendulum is needed for waivers' expiry dates only: imported when first used, so
    # that `import rbroadmap` does not wait for it.
    pendulum = _checks.LazyModule("pendulum")

__all__ = [
    "Achievement",
    "Action",
    "Area",
    "Comparison",
    "Entity",
    "Goal",
    "Indicator",
    "Item",
    "Period",
    "PriorityService",
    "Problem",
    "Programme",
    "QuickWin",
    "ResolvedAction",
    "Result",
    "RoadMap",
    "Role",
    "Stage",
    "Target",
    "Team",
    "TeamMember",
    "Waiver",
]

_TARGET_VALUE_TYPES: Final = (Percentage, Count, IndexScore, Level, Range, Qualitative, NoTarget)


# -- converters: named functions, so that type checkers see what __init__ takes


def _items(value: Iterable[Item]) -> tuple[Item, ...]:
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def _goals(value: Iterable[Goal]) -> tuple[Goal, ...]:
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def _problems(value: Iterable[Problem]) -> tuple[Problem, ...]:
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def _actions(value: Iterable[Action]) -> tuple[Action, ...]:
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def _areas(value: Iterable[Area]) -> tuple[Area, ...]:
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def _strings(value: Iterable[str]) -> tuple[str, ...]:
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def _programmes(value: Iterable[Programme]) -> tuple[Programme, ...]:
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def _members(value: Iterable[TeamMember]) -> tuple[TeamMember, ...]:
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


def _indicators(value: Iterable[Indicator]) -> tuple[Indicator, ...]:
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def _waivers(value: Iterable[Waiver]) -> tuple[Waiver, ...]:
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def _date(value: date | None) -> pendulum.Date | None:
    """Turn a standard-library date into a pendulum date; leave anything else alone."""
    raw: object = value
    if isinstance(raw, date) and not isinstance(raw, pendulum.Date | datetime):
        return pendulum.Date(raw.year, raw.month, raw.day)
    return raw  # type: ignore[return-value]  # a pendulum.Date, or refused by the validator


# -- small parts


@final
@attrs.frozen(kw_only=True)
class Item:
    """Item of a list (*butir*): a lettered or numbered line, as written.

    Used for the improvement items of an area (3.1.1), the steps of a stage,
    the duties of a team and the activities of a programme.

    Attributes:
        label: The item's letter or number as written (``"a"``, ``"3"``), or
            ``None`` for an unlabelled item.
        text: The item's text as written.

    >>> Item(label="a", text="Penyusunan IKU sesuai proses bisnis;").label
    'a'
    """

    label: str | None = attrs.field(default=None, validator=_checks.optional_text)
    text: str = attrs.field(validator=_checks.text)


@final
@attrs.frozen(kw_only=True)
class Goal:
    """Goal (*sasaran*): what the road map aims at, as written in Table 3.1.

    Attributes:
        id: Stable id, such as ``"organisasi-sasaran-1"``.
        text: The goal as written.

    >>> Goal(id="g1", text="Organisasi yang tepat fungsi").id
    'g1'
    """

    id: str = attrs.field(validator=_checks.identifier)
    text: str = attrs.field(validator=_checks.text)


@final
@attrs.frozen(kw_only=True)
class Problem:
    """Problem (*permasalahan*): column 1 of the action plan.

    Attributes:
        id: Stable id, such as ``"organisasi-1-masalah"``.
        text: The problem as written.

    >>> Problem(id="p1", text="Belum optimal pelaksanaan SOP").text
    'Belum optimal pelaksanaan SOP'
    """

    id: str = attrs.field(validator=_checks.identifier)
    text: str = attrs.field(validator=_checks.text)


@final
@attrs.frozen(kw_only=True)
class Result:
    """Result (*hasil*): the output an action delivers, column 3.

    Attributes:
        id: Stable id, such as ``"organisasi-1-hasil"``.
        text: The result as written.

    >>> Result(id="r1", text="Dokumen evaluasi SOP").text
    'Dokumen evaluasi SOP'
    """

    id: str = attrs.field(validator=_checks.identifier)
    text: str = attrs.field(validator=_checks.text)


def _schedule(
    value: Mapping[int, TargetValue] | Iterable[tuple[int, TargetValue]],
) -> tuple[tuple[int, TargetValue], ...]:
    raw: object = value
    if isinstance(raw, Mapping):
        pairs = list(raw.items())
    elif isinstance(raw, Iterable) and not isinstance(raw, str | bytes):
        pairs = list(raw)
    else:
        return raw  # type: ignore[return-value]  # refused by the validator
    try:
        return tuple(sorted(pairs, key=_first))
    except (TypeError, IndexError):
        return tuple(pairs)  # refused by the validator


_first: Final = operator.itemgetter(0)


def _check_schedule(instance: Target, attribute: attrs.Attribute[Any], value: object) -> None:
    if not isinstance(value, tuple):
        raise _checks.wrong_type(
            instance, attribute.name, value, "pemetaan tahun -> nilai / a mapping year -> value"
        )
    seen: set[int] = set()
    for pair in value:
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise _checks.wrong_type(
                instance, attribute.name, pair, "pasangan (tahun, nilai) / a (year, value) pair"
            )
        year, cell = pair
        if type(year) is not int or not _checks.MIN_YEAR <= year <= _checks.MAX_YEAR:
            _checks.check_year(instance, f"values[{quote(year)}]", year)  # raises, naming it
        if year in seen:
            raise _checks.fail(
                instance,
                f"values[{year}]",
                cell,
                "tahun ini muncul dua kali",
                "this year appears twice",
            )
        seen.add(year)
        if not isinstance(cell, _TARGET_VALUE_TYPES):
            raise _checks.wrong_type(
                instance,
                f"values[{year}]",
                cell,
                "nilai target (Percentage, Count, ...) / a target value (Percentage, Count, ...)",
            )


@final
@attrs.frozen(kw_only=True)
class Target:
    """Target (*target pencapaian aksi*): a value for each year of the period.

    The yearly target cells of one action plan row (columns 5-9), such as
    ``25% 35% 60% 80% 100%`` for 2018-2022. A year marked ``-`` holds
    `rbroadmap.values.NO_TARGET`: nothing is due. A target is addressed by the
    id of the action that holds it.

    Attributes:
        values: The value for each year, as ``(year, value)`` pairs in year
            order. A mapping ``{2018: Percentage(25), ...}`` is accepted too.
        direction: Whether higher or lower values are better.
        shape: The shape the road map declares (`Shape`), or ``None`` to read
            it from the values (see `shape`).

    >>> t = Target.parse({2018: "25%", 2019: "35%", 2020: "60%"})
    >>> t[2019]
    Percentage(value=Decimal('35'))
    >>> t.shape.value
    'cumulative'
    """

    values: tuple[tuple[int, TargetValue], ...] = attrs.field(
        converter=_schedule, validator=_check_schedule
    )
    direction: Direction = attrs.field(
        default=Direction.HIGHER, validator=_checks.instance_of(Direction)
    )
    declared_shape: Shape | None = attrs.field(
        default=None, validator=_checks.optional_of(Shape), alias="shape"
    )
    # The shapes the values fit, read once: the rules and the attainment calculator ask
    # for them again and again, and a target never changes.
    _candidates: tuple[Shape, ...] | None = attrs.field(
        init=False, default=None, eq=False, hash=False, repr=False
    )

    @classmethod
    def parse(
        cls,
        cells: Mapping[int, str],
        *,
        direction: Direction = Direction.HIGHER,
        shape: Shape | None = None,
    ) -> Target:
        """Build a target from its cells written in Indonesian notation.

        Args:
            cells: The text of each year's cell, by year.
            direction: Whether higher or lower values are better.
            shape: The declared shape, if any.

        Raises:
            NotationError: If a cell is not valid notation.

        >>> Target.parse({2018: "-", 2019: "1 Unit"}).due_years
        (2019,)
        """
        return cls(
            values={year: parse_value(text) for year, text in cells.items()},
            direction=direction,
            shape=shape,
        )

    @classmethod
    def of(cls, start: int, *cells: str, direction: Direction = Direction.HIGHER) -> Target:
        """Build a target from consecutive yearly cells starting in *start*.

        >>> Target.of(2018, "25%", "35%").years
        (2018, 2019)
        """
        return cls.parse({start + i: c for i, c in enumerate(cells)}, direction=direction)

    def __getitem__(self, year: int) -> TargetValue:
        for y, value in self.values:
            if y == year:
                return value
        raise KeyError(year)

    def get(self, year: int) -> TargetValue | None:
        """Return the value for *year*, or ``None`` if the year has no cell.

        >>> Target.of(2018, "25%").get(2030) is None
        True
        """
        for y, value in self.values:
            if y == year:
                return value
        return None

    def __contains__(self, year: object) -> bool:
        return any(y == year for y, _ in self.values)

    def __iter__(self) -> Iterator[int]:
        return (y for y, _ in self.values)

    def __len__(self) -> int:
        return len(self.values)

    def items(self) -> tuple[tuple[int, TargetValue], ...]:
        """The ``(year, value)`` pairs, in year order."""
        return self.values

    @property
    def years(self) -> tuple[int, ...]:
        """The years that have a cell, in order.

        >>> Target.of(2018, "-", "100%").years
        (2018, 2019)
        """
        return tuple(y for y, _ in self.values)

    @property
    def due_years(self) -> tuple[int, ...]:
        """The years in which something is due (cells other than ``-``).

        >>> Target.of(2018, "-", "100%", "-").due_years
        (2019,)
        """
        return tuple(y for y, v in self.values if not isinstance(v, NoTarget))

    @property
    def final(self) -> TargetValue | None:
        """The value of the last year in which something is due, or ``None``.

        >>> Target.of(2018, "50%", "100%", "-").final
        Percentage(value=Decimal('100'))
        """
        for _, value in reversed(self.values):
            if not isinstance(value, NoTarget):
                return value
        return None

    @property
    def shape(self) -> Shape:
        """The declared shape, or else the one read from the values.

        >>> Target.of(2018, "-", "100%", "-", "100%", "-").shape.value
        'periodic'
        """
        if self.declared_shape is not None:
            return self.declared_shape
        return self.shape_candidates[0]  # as schedule.infer_shape reads it

    @property
    def shape_candidates(self) -> tuple[Shape, ...]:
        """Every shape the values fit, the likeliest first (see `rbroadmap.schedule`)."""
        found = self._candidates
        if found is None:
            found = shape_candidates([v for _, v in self.values], self.direction)
            object.__setattr__(self, "_candidates", found)  # a cache, not a change
        return found

    def notation(self) -> tuple[str, ...]:
        """Each year's value in canonical Indonesian notation, in year order.

        >>> Target.of(2018, "100 %", "-").notation()
        ('100%', '-')
        """
        return tuple(format_value(v) for _, v in self.values)


def _check_budget(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None:
        return
    if type(value) is not int:
        raise _checks.wrong_type(
            instance, attribute.name, value, "rupiah utuh (int) / whole rupiah (int)"
        )
    if value < 0 or value > MAX_RUPIAH:
        raise _checks.fail(
            instance,
            attribute.name,
            value,
            f"anggaran harus antara 0 dan {MAX_RUPIAH} rupiah",
            f"a budget must be between 0 and {MAX_RUPIAH} rupiah",
        )


@final
@attrs.frozen(kw_only=True)
class Action:
    """Action (*aksi*): one row of the action plan (*rencana aksi*, Table 3.2).

    A row holds the problems it addresses (column 1), the action (2), its
    result (3), the expected condition (4), the yearly target (5-9), the
    programme (10), the estimated annual budget in whole rupiah (11) and the
    responsible units (12). Cells the document leaves blank are ``None`` or
    empty; a blank cell covered by a merged cell of another row is filled
    through ``shares`` (see `RoadMap.resolve`).

    Attributes:
        id: Stable id, such as ``"organisasi-1"``. It also addresses the row's
            target.
        text: The action as written, or ``None`` when the row has no action of
            its own.
        problems: The problems the row names (usually one).
        result: The row's result (*hasil*), if it has one of its own.
        expected_condition: The expected condition (*kondisi yang
            diharapkan*) as written, if any.
        targets: The yearly target (*target pencapaian aksi*), if any.
        programme: The programme (*program*) as written: the id or the name of
            one of the road map's programmes, or any other text, for the rules
            to check.
        budget: The estimated annual budget (*estimasi anggaran per tahun*) in
            whole rupiah, if the row has one of its own.
        units: The responsible units (*penanggung jawab*) as written, one name
            per unit; the road map's `UnitRegistry` resolves them.
        shares: The id of the row, in the same area, whose merged cells cover
            this row's blank ones.

    >>> a = Action(id="a1", text="Penyusunan SOP", budget=100_000_000, units=["Bag. Organisasi"])
    >>> a.units
    ('Bag. Organisasi',)
    """

    id: str = attrs.field(validator=_checks.identifier)
    text: str | None = attrs.field(default=None, validator=_checks.optional_text)
    problems: tuple[Problem, ...] = attrs.field(
        default=(), converter=_problems, validator=_checks.tuple_of(Problem)
    )
    result: Result | None = attrs.field(default=None, validator=_checks.optional_of(Result))
    expected_condition: str | None = attrs.field(default=None, validator=_checks.optional_text)
    targets: Target | None = attrs.field(default=None, validator=_checks.optional_of(Target))
    programme: str | None = attrs.field(default=None, validator=_checks.optional_text)
    budget: int | None = attrs.field(default=None, validator=_check_budget)
    units: tuple[str, ...] = attrs.field(
        default=(), converter=_strings, validator=_checks.tuple_of(str)
    )
    shares: str | None = attrs.field(default=None, validator=_checks.optional_identifier)


@final
@attrs.frozen(kw_only=True)
class ResolvedAction:
    """An action plan row with the cells it shares filled in (*baris terisi*).

    Returned by `RoadMap.resolve`. Each field holds the row's own cell or,
    when that is blank, the cell of the row it shares (following ``shares``
    as far as needed). ``inherited`` names the fields that came from another
    row, and ``target_owner`` and ``budget_owner`` say which row holds the
    target and the budget, so that shared money and targets are counted once.

    Attributes:
        action: The row as written.
        text: The action text.
        problems: The row's own problems (problems are never shared).
        result: The result.
        expected_condition: The expected condition.
        targets: The yearly target.
        target_owner: The id of the row that holds the target, or ``None``.
        programme: The programme as written.
        budget: The estimated annual budget.
        budget_owner: The id of the row that holds the budget, or ``None``.
        units: The responsible units as written.
        inherited: The names of the fields filled from another row.
    """

    action: Action
    text: str | None
    problems: tuple[Problem, ...]
    result: Result | None
    expected_condition: str | None
    targets: Target | None
    target_owner: str | None
    programme: str | None
    budget: int | None
    budget_owner: str | None
    units: tuple[str, ...]
    inherited: frozenset[str]

    @property
    def id(self) -> str:
        """The id of the row."""
        return self.action.id


def _check_shares_in_area(area: Area) -> None:
    ids: dict[str, int] = {}
    for i, action in enumerate(area.actions):
        first = ids.setdefault(action.id, i)
        if first != i:
            raise ModelError(
                Message(
                    f"id aksi {action.id!r} sudah dipakai di actions[{first}]",
                    f"the action id {action.id!r} is already used at actions[{first}]",
                ),
                entity="Area",
                field="id",
                value=action.id,
                path=f"actions[{i}].id",
            )
    for i, action in enumerate(area.actions):
        if action.shares is None:
            continue
        if action.shares == action.id:
            raise ModelError(
                Message(
                    f"aksi {action.id!r} tidak dapat berbagi sel dengan dirinya sendiri",
                    f"action {action.id!r} cannot share the cells of itself",
                ),
                entity="Area",
                field="shares",
                value=action.shares,
                path=f"actions[{i}].shares",
            )
        if action.shares not in ids:
            raise ModelError(
                Message(
                    f"aksi {action.id!r} berbagi sel dengan {action.shares!r}, yang bukan "
                    f"aksi di area {area.id!r}",
                    f"action {action.id!r} shares the cells of {action.shares!r}, which is "
                    f"not an action of area {area.id!r}",
                ),
                entity="Area",
                field="shares",
                value=action.shares,
                path=f"actions[{i}].shares",
            )
    by_id = {a.id: a for a in area.actions}
    for i, action in enumerate(area.actions):
        seen = {action.id}
        current = action
        while current.shares is not None:
            if current.shares in seen:
                raise ModelError(
                    Message(
                        f"rantai 'shares' dari aksi {action.id!r} berputar",
                        f"the 'shares' chain from action {action.id!r} goes round in a circle",
                    ),
                    entity="Area",
                    field="shares",
                    value=action.shares,
                    path=f"actions[{i}].shares",
                )
            seen.add(current.shares)
            current = by_id[current.shares]


_HTML_ROWS: Final = 50
"""The rows of an area shown in a notebook; the others are counted in one line."""


@final
@attrs.frozen(kw_only=True, repr=False)
class Area:
    """Area of change (*area perubahan*), such as *Penataan dan Penguatan Organisasi*.

    Attributes:
        id: Stable id, such as ``"organisasi"``.
        number: The area's number in the document (1-8), if numbered.
        name: The area's name as the document writes it.
        standard: The code of the standard area it stands for in the road
            map's area set (see `rbroadmap.areasets`), or ``None``.
        other_names: Other wordings the document uses for this area (in a
            table header, say).
        improvements: The improvement items (*proses pembenahan*, 3.1.1).
        goals: The goals (*sasaran*, Table 3.1 part A).
        actions: The rows of the action plan (Table 3.2), in order.
    """

    id: str = attrs.field(validator=_checks.identifier)
    number: int | None = attrs.field(default=None, validator=_checks.optional_number)
    name: str = attrs.field(validator=_checks.text)
    standard: str | None = attrs.field(default=None, validator=_checks.optional_text)
    other_names: tuple[str, ...] = attrs.field(
        default=(), converter=_strings, validator=_checks.tuple_of(str)
    )
    improvements: tuple[Item, ...] = attrs.field(
        default=(), converter=_items, validator=_checks.tuple_of(Item)
    )
    goals: tuple[Goal, ...] = attrs.field(
        default=(), converter=_goals, validator=_checks.tuple_of(Goal)
    )
    actions: tuple[Action, ...] = attrs.field(
        default=(), converter=_actions, validator=_checks.tuple_of(Action)
    )

    def __attrs_post_init__(self) -> None:
        _check_shares_in_area(self)

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Every problem named in the area's rows, in order."""
        return tuple(p for a in self.actions for p in a.problems)

    @property
    def results(self) -> tuple[Result, ...]:
        """Every result of the area's rows, in order."""
        return tuple(a.result for a in self.actions if a.result is not None)

    def __repr__(self) -> str:
        return (
            f"<Area {self.id!r}: {quote(self.name)}, {len(self.problems)} problems, "
            f"{len(self.actions)} rows>"
        )

    def _repr_html_(self) -> str:
        """The area's action plan as a compact table, for notebooks."""
        from rbroadmap import _html  # noqa: PLC0415  # for notebooks only: loaded there

        rows = []
        for action in self.actions[:_HTML_ROWS]:
            cells = " · ".join(action.targets.notation()) if action.targets else ""
            if action.shares is not None:
                cells = cells or f"↳ {action.shares}"
            rows.append(
                [
                    f'<span style="white-space:nowrap">{_html.text(action.id)}</span>',
                    _html.cut("; ".join(p.text for p in action.problems), 50),
                    _html.cut(action.text or "—", 50),
                    _html.text(cells),
                    _html.text(format_rupiah(action.budget) if action.budget is not None else ""),
                    _html.cut(", ".join(action.units), 30),
                ]
            )
        body = _html.table(
            [
                "id",
                "permasalahan / problem",
                "aksi / action",
                "target",
                "anggaran / budget",
                "unit",
            ],
            rows,
            numeric=frozenset({4}),
            more=_html.more(len(self.actions) - _HTML_ROWS, "rows (area.actions holds them all)"),
        )
        subtitle = f"{len(self.problems)} problems, {len(self.actions)} rows"
        return _html.section(f"{self.number or ''} {self.name}".strip(), subtitle, body)


@final
@attrs.frozen(kw_only=True)
class Programme:
    """Programme (*program*) with its activities (*kegiatan*), section 3.3.

    Attributes:
        id: Stable id, such as ``"kapasitas-kelembagaan"``.
        number: The programme's number in the document, if numbered.
        name: The programme's name as written.
        description: What the programme is for, as written.
        activities: Its activities (*kegiatan*), as written.
        aliases: Other names that refer to this programme.
    """

    id: str = attrs.field(validator=_checks.identifier)
    number: int | None = attrs.field(default=None, validator=_checks.optional_number)
    name: str = attrs.field(validator=_checks.text)
    description: str | None = attrs.field(default=None, validator=_checks.optional_text)
    activities: tuple[Item, ...] = attrs.field(
        default=(), converter=_items, validator=_checks.tuple_of(Item)
    )
    aliases: tuple[str, ...] = attrs.field(
        default=(), converter=_strings, validator=_checks.tuple_of(str)
    )

    @property
    def names(self) -> tuple[str, ...]:
        """The programme's name, then its aliases."""
        return (self.name, *self.aliases)


@final
@attrs.frozen(kw_only=True)
class Stage:
    """Stage (*tahapan*): what the road map plans for one year, with its steps.

    Attributes:
        id: Stable id, such as ``"tahap-2018"``.
        year: The year of the stage, within the road map's period.
        description: The stage's aim as written.
        steps: Its steps (*langkah-langkah*), as written.
    """

    id: str = attrs.field(validator=_checks.identifier)
    year: int = attrs.field(validator=_checks.year)
    description: str = attrs.field(default="", validator=_checks.text)
    steps: tuple[Item, ...] = attrs.field(
        default=(), converter=_items, validator=_checks.tuple_of(Item)
    )


class Role(LabelledEnum):
    """Role in a team (*peran dalam tim*)."""

    CHAIR = "chair", "Ketua", "Chair"
    """Ketua: chairs the team."""
    SECRETARY = "secretary", "Sekretaris", "Secretary"
    """Sekretaris: keeps the team's records."""
    MEMBER = "member", "Anggota", "Member"
    """Anggota: sits in the team."""


@final
@attrs.frozen(kw_only=True)
class TeamMember:
    """Team member (*anggota tim*): who holds a role in a team.

    Attributes:
        role: Chair, secretary or member.
        holder: Who holds the role, as written (``"Sekretaris Daerah"``).
        title: The role's title as written when it says more than the role
            (``"Ketua I"``), or ``None``.
    """

    role: Role = attrs.field(validator=_checks.instance_of(Role))
    holder: str = attrs.field(validator=_checks.text)
    title: str | None = attrs.field(default=None, validator=_checks.optional_text)


@final
@attrs.frozen(kw_only=True)
class Team:
    """Team (*tim*) that carries the reform, section 3.4.

    Attributes:
        id: Stable id, such as ``"tim-pengarah"``.
        number: The team's number as written (``"4"``), or ``None``.
        name: The team's name as written.
        duties: Its duties (*tugas*), as written.
        members: Who chairs, records and sits in it.
        composition: The document's sentence on who holds which role, as
            written.
    """

    id: str = attrs.field(validator=_checks.identifier)
    number: str | None = attrs.field(default=None, validator=_checks.optional_text)
    name: str = attrs.field(validator=_checks.text)
    duties: tuple[Item, ...] = attrs.field(
        default=(), converter=_items, validator=_checks.tuple_of(Item)
    )
    members: tuple[TeamMember, ...] = attrs.field(
        default=(), converter=_members, validator=_checks.tuple_of(TeamMember)
    )
    composition: str | None = attrs.field(default=None, validator=_checks.optional_text)

    def holders(self, role: Role) -> tuple[str, ...]:
        """Who holds *role* in this team, in order."""
        return tuple(m.holder for m in self.members if m.role is role)


@final
@attrs.frozen(kw_only=True)
class PriorityService:
    """Priority public service (*pelayanan prioritas*), sections 3.1.3 and Table 3.1 C.

    Attributes:
        id: Stable id, such as ``"kesehatan"``.
        number: The service's number in the document, if numbered.
        name: The service as written (``"Pelayanan bidang kesehatan"``).
        description: What is to change, as written.
        items: The changes listed for it, as written.
        goals: Its goals (*sasaran*, Table 3.1 part C).
    """

    id: str = attrs.field(validator=_checks.identifier)
    number: int | None = attrs.field(default=None, validator=_checks.optional_number)
    name: str = attrs.field(validator=_checks.text)
    description: str | None = attrs.field(default=None, validator=_checks.optional_text)
    items: tuple[Item, ...] = attrs.field(
        default=(), converter=_items, validator=_checks.tuple_of(Item)
    )
    goals: tuple[Goal, ...] = attrs.field(
        default=(), converter=_goals, validator=_checks.tuple_of(Goal)
    )


@final
@attrs.frozen(kw_only=True)
class QuickWin:
    """Quick win (*quick wins*, Table 3.1 part D): a fast, visible improvement.

    Attributes:
        id: Stable id, such as ``"simpustronik"``.
        number: Its number in the document, if numbered.
        field: The field it belongs to as written (``"Bidang Kesehatan"``).
        text: The quick win as written.
        service: The id of the priority service it serves, if any.
    """

    id: str = attrs.field(validator=_checks.identifier)
    number: int | None = attrs.field(default=None, validator=_checks.optional_number)
    field: str = attrs.field(validator=_checks.text)
    text: str = attrs.field(validator=_checks.text)
    service: str | None = attrs.field(default=None, validator=_checks.optional_identifier)


class Comparison(LabelledEnum):
    """How a value is compared with a stated bound (*pembanding*)."""

    AT_LEAST = "at-least", "Paling sedikit", "At least"
    """Paling sedikit (>=)."""
    MORE_THAN = "more-than", "Lebih dari", "More than"
    """Lebih dari (>)."""
    EXACTLY = "exactly", "Sama dengan", "Exactly"
    """Sama dengan (=)."""
    AT_MOST = "at-most", "Paling banyak", "At most"
    """Paling banyak (<=)."""
    LESS_THAN = "less-than", "Kurang dari", "Less than"
    """Kurang dari (<)."""


@final
@attrs.frozen(kw_only=True)
class Indicator:
    """Indicator (*indikator*) of an achievement, with baseline and target.

    For example the public satisfaction index (IKM) of 79,30 in 2017,
    "baik", to be raised to more than 85,00, "sangat baik".

    Attributes:
        id: Stable id, such as ``"ikm"``.
        name: What is measured, as written.
        baseline: The value at the start (*nilai dasar*), if stated.
        baseline_year: The year of the baseline, if stated.
        baseline_category: The category the document gives the baseline
            (``"baik"``), if any.
        target: The value aimed at, if stated.
        comparison: How the target is meant: at least, more than, ...
        target_year: The year the target is for, if stated.
        target_category: The category the document gives the target
            (``"sangat baik"``), if any.
    """

    id: str = attrs.field(validator=_checks.identifier)
    name: str = attrs.field(validator=_checks.text)
    baseline: TargetValue | None = attrs.field(
        default=None, validator=_checks.optional_of(*_TARGET_VALUE_TYPES)
    )
    baseline_year: int | None = attrs.field(default=None, validator=_checks.optional_year)
    baseline_category: str | None = attrs.field(default=None, validator=_checks.optional_text)
    target: TargetValue | None = attrs.field(
        default=None, validator=_checks.optional_of(*_TARGET_VALUE_TYPES)
    )
    comparison: Comparison = attrs.field(
        default=Comparison.AT_LEAST, validator=_checks.instance_of(Comparison)
    )
    target_year: int | None = attrs.field(default=None, validator=_checks.optional_year)
    target_category: str | None = attrs.field(default=None, validator=_checks.optional_text)


@final
@attrs.frozen(kw_only=True)
class Achievement:
    """Achievement to maintain (*hal yang dipertahankan*), 3.1.2 and Table 3.1 B.

    Attributes:
        id: Stable id, such as ``"pelayanan-publik-berkualitas"``.
        number: Its number in the document, if numbered.
        name: The achievement as written (``"Kualitas pelayanan publik"``).
        items: What is to be kept up, as written (3.1.2).
        goals: Its goals (*sasaran*, Table 3.1 part B).
        indicators: Indicators with baseline and target values.
    """

    id: str = attrs.field(validator=_checks.identifier)
    number: int | None = attrs.field(default=None, validator=_checks.optional_number)
    name: str = attrs.field(validator=_checks.text)
    items: tuple[Item, ...] = attrs.field(
        default=(), converter=_items, validator=_checks.tuple_of(Item)
    )
    goals: tuple[Goal, ...] = attrs.field(
        default=(), converter=_goals, validator=_checks.tuple_of(Goal)
    )
    indicators: tuple[Indicator, ...] = attrs.field(
        default=(), converter=_indicators, validator=_checks.tuple_of(Indicator)
    )


def _check_expires(instance: Waiver, attribute: attrs.Attribute[Any], value: object) -> None:
    # _checks.optional_of(pendulum.Date), with pendulum imported only when a waiver is made
    if value is not None and not isinstance(value, pendulum.Date):
        raise _checks.wrong_type(instance, attribute.name, value, "Date | None")


def _check_reason(instance: Waiver, attribute: attrs.Attribute[Any], value: object) -> None:
    _checks.text(instance, attribute, value)
    if not str(value).strip():
        raise _checks.fail(
            instance,
            attribute.name,
            value,
            "pengecualian harus memberi alasan",
            "a waiver must give its reason",
        )


@final
@attrs.frozen(kw_only=True)
class Waiver:
    """Waiver (*pengecualian*): a rule finding accepted on purpose, with a reason.

    Kept in the road map's own data, so that everyone who reads the road map
    sees what was accepted, why, and until when. `rbroadmap.validate` reports a
    waived finding as waived, and reports the waivers that have expired or that
    match nothing.

    Attributes:
        code: The code of the rule it waives (``"RB402"``).
        entity_id: The id of the entity whose finding it waives.
        reason: Why the finding is accepted, as written.
        expires: The last day the waiver is in force (a `pendulum.Date`), or
            ``None`` if it does not expire. A standard-library `date` is
            accepted and turned into a `pendulum.Date`.

    >>> import pendulum
    >>> Waiver(code="RB402", entity_id="tatalaksana-3", reason="Tanggung jawab bersama",
    ...        expires=pendulum.date(2020, 12, 31)).expires
    Date(2020, 12, 31)
    """

    code: str = attrs.field(validator=_checks.text)
    entity_id: str = attrs.field(validator=_checks.identifier)
    reason: str = attrs.field(validator=_check_reason)
    expires: pendulum.Date | None = attrs.field(
        default=None, converter=_date, validator=_check_expires
    )

    def in_force(self, on: date) -> bool:
        """Whether the waiver is in force on the day *on* (its expiry day included).

        >>> import pendulum
        >>> w = Waiver(code="RB1", entity_id="a", reason="r", expires=pendulum.date(2020, 12, 31))
        >>> w.in_force(pendulum.date(2020, 12, 31)), w.in_force(pendulum.date(2021, 1, 1))
        (True, False)
        """
        return self.expires is None or on <= self.expires


def _check_period(instance: Period, attribute: attrs.Attribute[Any], value: object) -> None:
    _checks.check_year(instance, attribute.name, value)
    if attribute.name == "end":
        if value < instance.start:  # type: ignore[operator]
            raise _checks.fail(
                instance,
                "end",
                value,
                f"tahun akhir sebelum tahun awal {instance.start}",
                f"the end year is before the start year {instance.start}",
            )
        if value - instance.start >= 50:  # type: ignore[operator]
            raise _checks.fail(
                instance,
                "end",
                value,
                "periode paling lama 50 tahun",
                "a period is at most 50 years long",
            )


@final
@attrs.frozen(order=True)
class Period:
    """Period (*periode*) of a road map: its first and last year, inclusive.

    Attributes:
        start: The first year.
        end: The last year.

    >>> Period(2018, 2022).years
    (2018, 2019, 2020, 2021, 2022)
    >>> 2023 in Period(2018, 2022)
    False
    """

    start: int = attrs.field(validator=_check_period)
    end: int = attrs.field(validator=_check_period)

    @property
    def years(self) -> tuple[int, ...]:
        """Every year of the period, in order."""
        return tuple(range(self.start, self.end + 1))

    def __contains__(self, year: object) -> bool:
        return isinstance(year, int) and self.start <= year <= self.end

    def __len__(self) -> int:
        return self.end - self.start + 1

    def __str__(self) -> str:
        return f"{self.start}-{self.end}"


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


def _total_rupiah(amount: int) -> str:
    """Write a sum of budgets, which may exceed the largest single budget (`MAX_RUPIAH`)."""
    return "Rp" + format_number(amount, grouping=True)


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
        default=(), converter=_goals, validator=_checks.tuple_of(Goal)
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
        from rbroadmap import _html  # noqa: PLC0415  # for notebooks only: loaded there

        rows = []
        totals = [0, 0, 0, 0]
        for area in self.areas:
            counts = [
                len(area.problems),
                sum(1 for a in area.actions if a.text is not None),
                len(area.actions),
                sum(a.budget for a in area.actions if a.budget is not None),
            ]
            totals = [t + c for t, c in zip(totals, counts, strict=True)]
            rows.append(
                [
                    _html.text(area.number if area.number is not None else ""),
                    _html.cut(area.name, 60),
                    *(_html.text(c) for c in counts[:3]),
                    _html.text(_total_rupiah(counts[3])),
                ]
            )
        rows.append(
            [
                "",
                "<b>Jumlah / Total</b>",
                *(f"<b>{c}</b>" for c in totals[:3]),
                f"<b>{_html.text(_total_rupiah(totals[3]))}</b>",
            ]
        )
        body = _html.table(
            [
                "No.",
                "area perubahan / area",
                "problems",
                "actions",
                "rows",
                "anggaran / budget a year",
            ],
            rows,
            numeric=frozenset({2, 3, 4, 5}),
        )
        subtitle = (
            f"{self.government} · {self.period} · {len(self.programmes)} programmes · "
            f"{len(self.units)} units · {len(self.teams)} teams · {len(self.stages)} stages"
        )
        return _html.section(self.title or self.id, subtitle, body)

    def __repr__(self) -> str:
        n_rows = sum(len(a.actions) for a in self.areas)
        return (
            f"<RoadMap {self.id!r}: {_short(self.government)}, {self.period}, "
            f"{len(self.areas)} areas, {n_rows} action plan rows>"
        )
