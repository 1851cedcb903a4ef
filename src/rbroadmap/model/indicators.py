"""Indicators (*indikator kinerja*): what a goal is measured by, with baselines and targets.

Road maps measure their goals (*sasaran*) by indicators in goal tables
(*Tujuan → Sasaran → Indikator*): each indicator has a unit (*Satuan*), a
baseline (*nilai dasar*, *baseline*) in one or several years before the
period, and a target for each year. The themes of *RB Tematik* are measured
the same way by impact indicators (*indikator dampak*), and the achievements to
maintain by the indicators Table 3.1 gives them.

An `Indicator` is a measured target: realisations name its id, and
`rbroadmap.attain` judges them against its yearly `rbroadmap.Target` exactly
as it judges the rows of an action plan, starting its forecasts from the
latest baseline value before the year (see `Indicator.start`). Its cells are
any kind of target value: comparisons (``> 70``), scores with their grade
(``60/B``), audit opinions (``WTP``), bare numbers read in the unit of the
Satuan column, ``NA`` where nothing is known.

Documents also state a baseline or a target without a year (*kondisi saat
ini* ..., *ditingkatkan menjadi lebih dari 85,00*): `Indicator.current` and
`Indicator.aim` hold those as written; they are shown and checked by the
rules, but an undated target is never due in a year, so attainment is not
computed on it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Final, final

import attrs

from rbroadmap import _checks
from rbroadmap.model.yearly import (
    Target,
    Yearly,
    check_yearly,
    checked_measure,
    direction_of_cells,
    yearly_pairs,
)
from rbroadmap.notation import format_value, parse_value
from rbroadmap.schedule import Direction
from rbroadmap.values import (
    TARGET_TYPES,
    NoTarget,
    NotAvailable,
    TargetValue,
    measure_of,
    unit_measure,
)

__all__ = ["Baseline", "Indicator"]


def _baseline_pairs(
    value: Mapping[int, TargetValue] | Iterable[tuple[int, TargetValue]],
) -> tuple[tuple[int, TargetValue], ...]:
    return yearly_pairs(value)


def _is_baseline_value(value: object) -> bool:
    return isinstance(value, TARGET_TYPES) and not isinstance(value, NoTarget)


_check_baseline: Final = check_yearly(
    _is_baseline_value,
    "nilai (Percentage, IndexScore, NA, ...; bukan '-') / a value (Percentage, IndexScore, "
    "NA, ...; not '-')",
)


@final
@attrs.frozen(kw_only=True)
class Baseline(Yearly[TargetValue]):
    """Baseline (*nilai dasar*, *baseline*): an indicator's value in years before its targets.

    One year (``IRB 62,5`` in 2019) or several (2017, 2018, 2019 in the
    columns of a goal table); a year whose value is not known is ``NA``
    (`rbroadmap.values.NOT_AVAILABLE`). A ``-`` is refused: a baseline year
    without a value is written ``NA`` or left out.

    Attributes:
        values: The value of each year, as ``(year, value)`` pairs in year
            order; a mapping ``{2019: IndexScore("IRB", 62.5)}`` is accepted too.

    >>> b = Baseline.parse({2018: "NA", 2019: "IRB 62,5"})
    >>> b.latest()
    (2019, IndexScore(index='IRB', value=Decimal('62.5')))
    >>> b.latest(before=2019) is None
    True
    """

    values: tuple[tuple[int, TargetValue], ...] = attrs.field(
        default=(), converter=_baseline_pairs, validator=_check_baseline
    )

    @classmethod
    def parse(cls, cells: Mapping[int, str], *, unit: str | None = None) -> Baseline:
        """Build a baseline from its cells written in Indonesian notation, by year.

        Args:
            cells: The text of each year's cell.
            unit: The unit of the Satuan column bare numbers are read in, if any.

        Raises:
            NotationError: If a cell is not valid notation.

        >>> Baseline.parse({2019: "62,5"}, unit="IRB")[2019]
        IndexScore(index='IRB', value=Decimal('62.5'))
        """
        return cls(values={year: parse_value(text, unit=unit) for year, text in cells.items()})

    def latest(self, *, before: int | None = None) -> tuple[int, TargetValue] | None:
        """The latest year with a known value (not ``NA``), before *before* if given.

        >>> Baseline.parse({2017: "70%", 2018: "NA"}).latest()
        (2017, Percentage(value=Decimal('70')))
        """
        for year, value in reversed(self.values):
            if isinstance(value, NotAvailable):
                continue
            if before is None or year < before:
                return year, value
        return None

    def notation(self) -> tuple[str, ...]:
        """Each year's value in canonical notation, in year order."""
        return tuple(format_value(v) for _, v in self.values)


def _check_in_unit(instance: Indicator, field: str, value: TargetValue) -> None:
    if instance.unit is None:
        return
    measure = unit_measure(instance.unit)
    found = measure_of(value)
    if found is not None and found != measure:
        raise _checks.fail(
            instance,
            field,
            format_value(value),
            f"tidak dalam satuan indikator {instance.unit!r}",
            f"is not in the indicator's unit {instance.unit!r}",
        )


def _check_unit(instance: Indicator, attribute: attrs.Attribute[Any], unit: object) -> None:
    if unit is not None:
        checked_measure(instance, unit)


def _check_indicator(instance: Indicator) -> None:
    """The parts of an indicator agree: its unit, its targets' unit, its baseline's years."""
    targets = instance.targets
    if targets is not None and targets.unit != instance.unit:
        raise _checks.fail(
            instance,
            "targets.unit",
            targets.unit,
            f"satuan kolom target harus satuan indikator ({instance.unit!r})",
            f"the targets' unit column must be the indicator's unit ({instance.unit!r})",
        )
    for year, value in instance.baseline.values:
        _check_in_unit(instance, f"baseline[{year}]", value)
    for field in ("current", "aim"):
        value = getattr(instance, field)
        if value is not None:
            _check_in_unit(instance, field, value)


@final
@attrs.frozen(kw_only=True)
class Indicator:
    """Indicator (*indikator kinerja*): a measured target, with its baseline and yearly targets.

    An indicator of a goal (*sasaran*) in a goal table, an impact indicator
    (*indikator dampak*) of a theme of *RB Tematik*, or an indicator of an
    achievement to maintain. Realisations name its id (`rbroadmap.Realization`),
    and attainment, roll-ups, forecasts and the rules read it as they read a
    row of the action plan.

    Attributes:
        id: Stable id, such as ``"irb"``. It also addresses the indicator's targets.
        number: Its number in the document, if numbered.
        name: What is measured, as written (``"Indeks Reformasi Birokrasi"``).
        unit: The unit of its Satuan column (``"Indeks"``, ``"%"``, ``"IRB"``),
            if any: bare numbers in its cells are read in it, and every value
            with a number is in it.
        baseline: Its values in years before its targets (`Baseline`), as
            written; empty if none is given.
        current: Its value as the document states it without a year (*kondisi
            saat ini*), if any.
        baseline_category: The category the document gives its baseline
            (``"baik"``), if any: that of the latest baseline value, or of
            `current`.
        targets: Its target for each year (and quarter), in any kind of value,
            with its own formula choice if any (`rbroadmap.Target`'s
            ``lower_is_better`` and ``cap``); ``None`` if the document gives
            no yearly target. Its unit column is the indicator's `unit`.
        aim: The value aimed at as the document states it without a year
            (*ditingkatkan menjadi lebih dari 85,00*), if any. Never due in a
            year: attainment is computed on `targets` only.
        target_category: The category the document gives its target (``"sangat
            baik"``), if any: that of the final target, or of `aim`.

    >>> irb = Indicator.parse(id="irb", name="Indeks Reformasi Birokrasi", unit="IRB",
    ...     baseline={2019: "62,5"}, targets={2020: "65", 2021: "67,5", 2022: "70"})
    >>> irb.targets[2022]
    IndexScore(index='IRB', value=Decimal('70'))
    >>> irb.start(2020)
    (2019, IndexScore(index='IRB', value=Decimal('62.5')))
    """

    id: str = attrs.field(validator=_checks.identifier)
    number: int | None = attrs.field(default=None, validator=_checks.optional_number)
    name: str = attrs.field(validator=_checks.text)
    unit: str | None = attrs.field(default=None, validator=_check_unit)
    baseline: Baseline = attrs.field(factory=Baseline, validator=_checks.instance_of(Baseline))
    current: TargetValue | None = attrs.field(
        default=None, validator=_checks.optional_of(*TARGET_TYPES)
    )
    baseline_category: str | None = attrs.field(default=None, validator=_checks.optional_text)
    targets: Target | None = attrs.field(default=None, validator=_checks.optional_of(Target))
    aim: TargetValue | None = attrs.field(
        default=None, validator=_checks.optional_of(*TARGET_TYPES)
    )
    target_category: str | None = attrs.field(default=None, validator=_checks.optional_text)

    def __attrs_post_init__(self) -> None:
        _check_indicator(self)

    @classmethod
    def parse(
        cls,
        *,
        id: str,
        name: str,
        unit: str | None = None,
        baseline: Mapping[int, str] | None = None,
        targets: Mapping[int, str] | None = None,
        quarters: Mapping[int, Mapping[int, str]] | None = None,
        direction: Direction | None = None,
        scale: str | None = None,
        number: int | None = None,
        **fields: Any,
    ) -> Indicator:
        """Build an indicator from the cells of its row of a goal table, in Indonesian notation.

        Args:
            id: Its id.
            name: What is measured, as written.
            unit: The unit of its Satuan column, if any.
            baseline: The text of each baseline year's cell.
            targets: The text of each target year's cell.
            quarters: The text of each quarter's cell, by year and quarter.
            direction: Whether higher or lower is better; by default what the cells say.
            scale: The code of the scale grades are on, for scores whose index
                does not name it.
            number: Its number in the document, if numbered.
            **fields: Any other field (``current``, ``aim``, the categories).

        Raises:
            NotationError: If a cell is not valid notation.

        >>> Indicator.parse(id="ikm", name="IKM", unit="Indeks", targets={2022: "> 80"}).aim is None
        True
        """
        return cls(
            id=id,
            number=number,
            name=name,
            unit=unit,
            baseline=Baseline.parse(baseline or {}, unit=unit),
            targets=None
            if targets is None
            else Target.parse(
                targets, unit=unit, quarters=quarters, direction=direction, scale=scale
            ),
            **fields,
        )

    @property
    def direction(self) -> Direction:
        """Whether higher or lower values are better: its targets', else what its aim says.

        >>> Indicator.parse(id="i", name="Waktu", aim=parse_value("maks. 5 hari")).direction.value
        'lower'
        """
        if self.targets is not None:
            return self.targets.direction
        if self.aim is not None:
            return direction_of_cells(((0, self.aim),))
        return Direction.HIGHER

    @property
    def final(self) -> TargetValue | None:
        """The value finally aimed at: the last due target, else the aim, or ``None``."""
        if self.targets is not None and self.targets.final is not None:
            return self.targets.final
        return self.aim

    def start(self, year: int | None = None) -> tuple[int, TargetValue] | None:
        """Where the indicator stands before *year*: its latest known baseline value.

        Before its first target year when *year* is ``None``. ``None`` when no
        baseline value is known before it (``NA`` is no value).

        >>> ikm = Indicator.parse(id="ikm", name="IKM", baseline={2016: "IKM 77", 2017: "NA"})
        >>> ikm.start()
        (2016, IndexScore(index='IKM', value=Decimal('77')))
        """
        if year is None and self.targets is not None and self.targets.years:
            year = self.targets.years[0]
        return self.baseline.latest(before=year)
