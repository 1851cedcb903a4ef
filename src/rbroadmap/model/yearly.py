"""Yearly series (*deret tahunan*): a value for each of some years, and the yearly target.

A road map keys much of what it says by year: the target of an action plan row
(*target pencapaian aksi*, one cell per year of the period), and, in the
documents that give them, budgets per year and the baseline and targets of an
indicator. `Yearly` is what such series share: ``(year, value)`` pairs in year
order, looked up by year, with the years within the road map's period (a
`rbroadmap.RoadMap` checks that). `Target` is the series of target values of
one row: it may also carry the unit of the table's unit column (*Satuan*) its
bare numbers are read in, and targets stated per quarter (*triwulan*, ``TW
I`` to ``TW IV``) within its years. `YearlyBudget` is the budget of a row that
gives an amount for each year.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable, Iterator, Mapping
from decimal import Decimal
from typing import Any, Final, Generic, TypeVar, final

import attrs

from rbroadmap import _checks
from rbroadmap.errors import ModelError, quote
from rbroadmap.messages import Lang
from rbroadmap.notation import MAX_RUPIAH, format_rupiah, format_value, parse_value
from rbroadmap.schedule import Direction, LowerIsBetter, Shape, shape_candidates
from rbroadmap.values import (
    QUARTER_NAMES,
    TARGET_TYPES,
    Measure,
    TargetValue,
    Threshold,
    is_due,
    measure_of,
    unit_measure,
)

__all__ = ["QUARTER_NAMES", "Target", "Yearly", "YearlyBudget", "direction_of_cells"]

V = TypeVar("V")

_first: Final = operator.itemgetter(0)


class Yearly(Generic[V]):
    """Yearly series (*deret tahunan*): a value for each of some years, in year order.

    The base of the model's year-keyed series (`Target`). A subclass is a frozen
    attrs class with a field ``values`` holding ``(year, value)`` pairs, made by
    `yearly_pairs` and checked by `check_yearly`; the base gives it the
    behaviour of a read-only mapping from year to value.

    >>> t = Target.of(2018, "25%", "-", "60%")
    >>> t.years, 2019 in t, len(t)
    ((2018, 2019, 2020), True, 3)
    >>> t[2020]
    Percentage(value=Decimal('60'))
    """

    __slots__ = ()

    values: tuple[tuple[int, V], ...]

    def __getitem__(self, year: int) -> V:
        for y, value in self.values:
            if y == year:
                return value
        raise KeyError(year)

    def get(self, year: int) -> V | None:
        """Return the value for *year*, or ``None`` if the year has no value.

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

    def items(self) -> tuple[tuple[int, V], ...]:
        """The ``(year, value)`` pairs, in year order."""
        return self.values

    @property
    def years(self) -> tuple[int, ...]:
        """The years that have a value, in order.

        >>> Target.of(2018, "-", "100%").years
        (2018, 2019)
        """
        return tuple(y for y, _ in self.values)


def yearly_pairs(value: Mapping[int, V] | Iterable[tuple[int, V]]) -> tuple[tuple[int, V], ...]:
    """Turn a mapping ``{year: value}`` or ``(year, value)`` pairs into pairs in year order.

    The converter of a `Yearly` series' ``values``. What it cannot turn into
    pairs passes through unchanged, for `check_yearly` to refuse.

    >>> yearly_pairs({2019: "b", 2018: "a"})
    ((2018, 'a'), (2019, 'b'))
    """
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


def check_yearly(
    accepts: Callable[[object], bool], expected: str
) -> Callable[[Any, attrs.Attribute[Any], object], None]:
    """The validator of a `Yearly` series' ``values``.

    It refuses what is not a tuple of ``(year, value)`` pairs, a year that is
    not a plausible calendar year or that appears twice, and a value that
    *accepts* refuses, naming the year (``values[2019]``).

    Args:
        accepts: Whether a value may be held.
        expected: What a value must be, ``"<Indonesian> / <English>"``.
    """

    def check(instance: Any, attribute: attrs.Attribute[Any], value: object) -> None:
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
            if not accepts(cell):
                raise _checks.wrong_type(instance, f"values[{year}]", cell, expected)

    return check


def _schedule(
    value: Mapping[int, TargetValue] | Iterable[tuple[int, TargetValue]],
) -> tuple[tuple[int, TargetValue], ...]:
    return yearly_pairs(value)


def _is_target_value(value: object) -> bool:
    return isinstance(value, TARGET_TYPES)


_check_schedule: Final = check_yearly(
    _is_target_value,
    "nilai target (Percentage, Count, ...) / a target value (Percentage, Count, ...)",
)

Quarters = tuple[tuple[int, tuple[tuple[int, TargetValue], ...]], ...]
"""Targets stated per quarter: ``(year, ((quarter, value), ...))`` in order."""


def direction_of_cells(values: Iterable[tuple[int, TargetValue]]) -> Direction:
    """The direction a schedule's own cells state: lower is better when its thresholds are ceilings.

    A schedule written ``maks. 10 hari``, ``maks. 8 hari``, ``maks. 5 hari`` says
    by its cells that lower is better; one with a floor (``≥ 80%``) or without
    thresholds is read higher-is-better. This is the default of
    `Target.direction`.

    >>> direction_of_cells(Target.of(2018, "maks. 10 hari", "≤ 5 hari").values).value
    'lower'
    """
    thresholds = [v for _, v in values if isinstance(v, Threshold)]
    if thresholds and all(t.comparison.upper for t in thresholds):
        return Direction.LOWER
    return Direction.HIGHER


def _default_direction(target: Target) -> Direction:
    values: object = target.values
    if not isinstance(values, tuple) or not all(
        isinstance(pair, tuple) and len(pair) == 2 for pair in values
    ):
        return Direction.HIGHER  # refused by the validator of values
    return direction_of_cells(values)


def _quarters(value: object) -> object:
    """Turn ``{year: {quarter: value}}`` (or pairs) into `Quarters`; leave the rest alone."""
    if isinstance(value, Mapping):
        pairs: list[Any] = list(value.items())
    elif isinstance(value, Iterable) and not isinstance(value, str | bytes):
        pairs = list(value)
    else:
        return value
    out = []
    for pair in pairs:
        if not isinstance(pair, tuple) or len(pair) != 2:
            return tuple(pairs)  # refused by the validator
        year, cells = pair
        if isinstance(cells, Mapping):
            cells = tuple(cells.items())
        elif isinstance(cells, Iterable) and not isinstance(cells, str | bytes):
            cells = tuple(cells)
        try:
            cells = tuple(sorted(cells, key=_first))
        except (TypeError, IndexError):
            cells = tuple(cells)  # refused by the validator
        out.append((year, cells))
    try:
        return tuple(sorted(out, key=_first))
    except TypeError:
        return tuple(out)


def checked_measure(instance: object, unit: object) -> Measure:
    """The measure of *instance*'s ``unit`` (a target's, an indicator's), or its error."""
    try:
        return unit_measure(unit)  # type: ignore[arg-type]  # it checks the type
    except ModelError as error:
        raise _checks.fail(
            instance,
            "unit",
            unit,
            "bukan satuan yang valid",
            f"is not a valid unit: {error.message.english}",
        ) from None


def _check_unit(instance: Target, attribute: attrs.Attribute[Any], unit: object) -> None:
    if unit is None:
        return
    measure = checked_measure(instance, unit)
    for year, cell in instance.values:
        found = measure_of(cell)
        if found is not None and found != measure:
            raise _checks.fail(
                instance,
                f"values[{year}]",
                format_value(cell),
                f"tidak dalam satuan target {unit!r}",
                f"is not in the target's unit {unit!r}",
            )


def _check_quarters(instance: Target, attribute: attrs.Attribute[Any], quarters: object) -> None:
    if not isinstance(quarters, tuple):
        raise _checks.wrong_type(
            instance, "quarters", quarters, "pemetaan tahun -> triwulan -> nilai / a mapping"
        )
    seen: set[object] = set()
    for pair in quarters:
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise _checks.wrong_type(
                instance, "quarters", pair, "pasangan (tahun, triwulan) / a (year, quarters) pair"
            )
        year, cells = pair
        if year in seen:
            raise _checks.fail(
                instance,
                f"quarters[{quote(year)}]",
                year,
                "tahun muncul dua kali",
                "this year appears twice",
            )
        seen.add(year)
        cell = instance.get(year) if isinstance(year, int) else None
        if cell is None or not is_due(cell):
            raise _checks.fail(
                instance,
                f"quarters[{quote(year)}]",
                year,
                "triwulan hanya untuk tahun yang memiliki target",
                "quarters are stated only within a year that has a target",
            )
        _check_quarter_cells(instance, year, cell, cells)


def _check_quarter_cells(instance: Target, year: int, cell: TargetValue, cells: object) -> None:
    if not isinstance(cells, tuple):
        raise _checks.wrong_type(
            instance, f"quarters[{year}]", cells, "pemetaan triwulan -> nilai / a mapping"
        )
    previous = 0
    for item in cells:
        if not isinstance(item, tuple) or len(item) != 2:
            raise _checks.wrong_type(
                instance, f"quarters[{year}]", item, "pasangan (triwulan, nilai) / a pair"
            )
        quarter, value = item
        if type(quarter) is not int or not 1 <= quarter <= 4 or quarter == previous:
            raise _checks.fail(
                instance,
                f"quarters[{year}]",
                quarter,
                "triwulan adalah 1, 2, 3 atau 4, masing-masing sekali",
                "a quarter is 1, 2, 3 or 4, each once",
            )
        previous = quarter
        where = f"quarters[{year}][{QUARTER_NAMES[quarter - 1]}]"
        if not isinstance(value, TARGET_TYPES):
            raise _checks.wrong_type(instance, where, value, "nilai target / a target value")
        if is_due(value) and (
            measure_of(value) != measure_of(cell)
            or (measure_of(cell) is None and type(value) is not type(cell))
        ):
            raise _checks.fail(
                instance,
                where,
                format_value(value),  # type: ignore[arg-type]  # a target value, checked above
                f"harus sejenis dengan target tahunnya {format_value(cell)!r}",
                f"must be of the same kind as the year's target {format_value(cell)!r}",
            )


def _cap(value: Decimal | int | None) -> Decimal | None:
    return None if value is None else _checks.exact_decimal(value, "Target", "cap")


def _check_cap(instance: object, attribute: attrs.Attribute[Any], value: Decimal | None) -> None:
    if value is not None and value <= 0:
        raise _checks.fail(
            instance, attribute.name, value, "batas atas harus positif", "a cap must be positive"
        )


@final
@attrs.frozen(kw_only=True)
class Target(Yearly[TargetValue]):
    """Target (*target pencapaian aksi*): a value for each year of the period.

    The yearly target cells of one action plan row (columns 5-9), such as
    ``25% 35% 60% 80% 100%`` for 2018-2022. A year marked ``-`` holds
    `rbroadmap.values.NO_TARGET` (and a year marked ``NA``
    `rbroadmap.values.NOT_AVAILABLE`): nothing is due. A target is addressed by
    the id of the action that holds it.

    Attributes:
        values: The value for each year, as ``(year, value)`` pairs in year
            order. A mapping ``{2018: Percentage(25), ...}`` is accepted too.
        direction: Whether higher or lower values are better. By default the
            cells say (`direction_of_cells`): lower when their thresholds are
            all ceilings (``maks. 5 hari``), higher otherwise.
        shape: The shape the road map declares (`Shape`), or ``None`` to read
            it from the values (see `shape`).
        unit: The unit of the table's unit column (*Satuan*) the cells stand
            under (``"Indeks"``, ``"%"``, ``"IRB"``), or ``None``. Every cell
            with a number is in that unit.
        quarters: Targets stated per quarter (*triwulan*) within a year that
            has a target, as ``(year, ((quarter, value), ...))`` in order; a
            mapping ``{2022: {1: Percentage(20), 2: ...}}`` is accepted too.
            Each is of the same kind as its year's target.
        lower_is_better: The formula this target's attainment uses when lower
            is better (`LowerIsBetter`: ``(2T − R)/T`` or ``T/R``), or ``None``
            for the one the report chooses (`rbroadmap.attain`'s
            ``lower_is_better``). Used when `direction` is lower, and for every
            cell that is a ceiling (``maks. 5 hari``), whatever the direction.
        cap: The highest attainment this target reports, in percent (100,
            120, 150 ...), or ``None`` for the report's cap (`rbroadmap.attain`'s
            ``cap``). A road map sets it where the indicator's own rules cap
            attainment.

    >>> t = Target.parse({2018: "25%", 2019: "35%", 2020: "60%"})
    >>> t[2019]
    Percentage(value=Decimal('35'))
    >>> t.shape.value
    'cumulative'
    >>> Target.parse({2022: "80"}, unit="Indeks", quarters={2022: {2: "40"}}).quarter(2022, 2)
    Count(value=40, unit='Indeks', qualifier=None)
    """

    values: tuple[tuple[int, TargetValue], ...] = attrs.field(
        converter=_schedule, validator=_check_schedule
    )
    direction: Direction = attrs.field(
        default=attrs.Factory(_default_direction, takes_self=True),
        validator=_checks.instance_of(Direction),
    )
    declared_shape: Shape | None = attrs.field(
        default=None, validator=_checks.optional_of(Shape), alias="shape"
    )
    unit: str | None = attrs.field(default=None, validator=_check_unit)
    quarters: Quarters = attrs.field(
        default=(),
        converter=_quarters,
        validator=_check_quarters,
    )
    lower_is_better: LowerIsBetter | None = attrs.field(
        default=None, validator=_checks.optional_of(LowerIsBetter)
    )
    cap: Decimal | None = attrs.field(default=None, converter=_cap, validator=_check_cap)
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
        direction: Direction | None = None,
        shape: Shape | None = None,
        unit: str | None = None,
        scale: str | None = None,
        quarters: Mapping[int, Mapping[int, str]] | None = None,
        lower_is_better: LowerIsBetter | None = None,
        cap: Decimal | int | None = None,
    ) -> Target:
        """Build a target from its cells written in Indonesian notation.

        Args:
            cells: The text of each year's cell, by year.
            direction: Whether higher or lower values are better; by default
                what the cells say (see `direction_of_cells`).
            shape: The declared shape, if any.
            unit: The unit of the table's unit column (*Satuan*), if any: bare
                numbers are read in it (see `rbroadmap.parse_value`).
            scale: The code of the scale grades are on, for scores whose index
                does not name it (``"IKM_2017"``).
            quarters: The text of each quarter's cell, by year and quarter
                (1-4), for years with quarterly targets.
            lower_is_better: The target's own lower-is-better formula, if any.
            cap: The target's own cap in percent, if any.

        Raises:
            NotationError: If a cell is not valid notation.

        >>> Target.parse({2018: "-", 2019: "1 Unit"}).due_years
        (2019,)
        """

        def read(text: str) -> TargetValue:
            return parse_value(text, unit=unit, scale=scale)

        optional: dict[str, Any] = {}
        if direction is not None:
            optional["direction"] = direction
        return cls(
            values={year: read(text) for year, text in cells.items()},
            shape=shape,
            unit=unit,
            quarters={
                year: {q: read(text) for q, text in by_quarter.items()}
                for year, by_quarter in (quarters or {}).items()
            },
            lower_is_better=lower_is_better,
            cap=cap,
            **optional,
        )

    @classmethod
    def of(
        cls,
        start: int,
        *cells: str,
        direction: Direction | None = None,
        unit: str | None = None,
        lower_is_better: LowerIsBetter | None = None,
        cap: Decimal | int | None = None,
    ) -> Target:
        """Build a target from consecutive yearly cells starting in *start*.

        >>> Target.of(2018, "25%", "35%").years
        (2018, 2019)
        >>> Target.of(2018, "10 Kasus", direction=Direction.LOWER, cap=120).cap
        Decimal('120')
        """
        return cls.parse(
            {start + i: c for i, c in enumerate(cells)},
            direction=direction,
            unit=unit,
            lower_is_better=lower_is_better,
            cap=cap,
        )

    @property
    def due_years(self) -> tuple[int, ...]:
        """The years in which something is due (cells other than ``-`` and ``NA``).

        >>> Target.of(2018, "-", "100%", "NA").due_years
        (2019,)
        """
        return tuple(y for y, v in self.values if is_due(v))

    @property
    def final(self) -> TargetValue | None:
        """The value of the last year in which something is due, or ``None``.

        >>> Target.of(2018, "50%", "100%", "-").final
        Percentage(value=Decimal('100'))
        """
        for _, value in reversed(self.values):
            if is_due(value):
                return value
        return None

    def quarter(self, year: int, quarter: int) -> TargetValue | None:
        """The target stated for *quarter* (1-4) of *year*, or ``None`` if none is stated.

        >>> Target.parse({2022: "100%"}, quarters={2022: {1: "20%"}}).quarter(2022, 1)
        Percentage(value=Decimal('20'))
        """
        for y, cells in self.quarters:
            if y == year:
                for q, value in cells:
                    if q == quarter:
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

    def notation(self, *, lang: Lang = "id") -> tuple[str, ...]:
        """Each year's value in canonical Indonesian notation, in year order.

        ``lang="en"`` writes the numbers in English notation, to show the
        schedule in English text (see `rbroadmap.format_value`).

        >>> Target.of(2018, "100 %", "-").notation()
        ('100%', '-')
        >>> Target.of(2018, "79,5%").notation(lang="en")
        ('79.5%',)
        """
        lang = _checks.language("Target.notation", lang)
        return tuple(format_value(v, lang=lang) for _, v in self.values)


def _is_rupiah(value: object) -> bool:
    return type(value) is int and 0 <= value <= MAX_RUPIAH


def _amounts(
    value: Mapping[int, int] | Iterable[tuple[int, int]],
) -> tuple[tuple[int, int], ...]:
    return yearly_pairs(value)


_check_amounts: Final = check_yearly(
    _is_rupiah,
    f"rupiah utuh antara 0 dan {MAX_RUPIAH} (int) / whole rupiah between 0 and {MAX_RUPIAH} (int)",
)


@final
@attrs.frozen(kw_only=True)
class YearlyBudget(Yearly[int]):
    """Yearly budget (*anggaran tiap tahun*): an amount of whole rupiah for each year.

    The budget of an action plan row that gives a different amount each year,
    as written (``Rp 100.000.000`` in 2022, ``Rp 150.000.000`` in 2023). Each
    amount is that year's money: nothing is spread or multiplied.

    Attributes:
        values: The amount for each year, as ``(year, rupiah)`` pairs in year
            order. A mapping ``{2022: 100_000_000, ...}`` is accepted too.

    >>> budget = YearlyBudget(values={2023: 150_000_000, 2022: 100_000_000})
    >>> budget[2023], budget.total
    (150000000, 250000000)
    """

    values: tuple[tuple[int, int], ...] = attrs.field(converter=_amounts, validator=_check_amounts)

    @property
    def total(self) -> int:
        """The amounts of every year added up.

        >>> YearlyBudget(values={2022: 1, 2024: 2}).total
        3
        """
        return sum(amount for _, amount in self.values)

    def notation(self) -> tuple[str, ...]:
        """Each year's amount in rupiah notation, in year order.

        >>> YearlyBudget(values={2022: 100_000_000}).notation()
        ('Rp100.000.000',)
        """
        return tuple(format_rupiah(amount) for _, amount in self.values)
