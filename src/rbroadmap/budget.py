"""Budget summary (*ringkasan anggaran*) of a road map's action plan.

Column 11 of an action plan gives each row's estimated budget per year
(*estimasi anggaran per tahun*) in rupiah. `budget_summary` adds them up: in
total, by area, by programme, by responsible unit and by year. Every figure is
whole rupiah, and the parts always add up to the total.

How rows are counted:

* **Merged cells.** A budget that covers several rows (a merged cell, see
  `rbroadmap.model`) is counted once, at the row that holds it; the rows that
  share it add nothing.
* **Programmes and units** are those of the row as resolved
  (`rbroadmap.RoadMap.resolve`): a row whose programme or unit cell is covered
  by a merged cell counts under the programme or unit of that cell. A programme
  the road map declares is keyed by its id; any other programme text by its
  first spelling in the road map, so that texts differing only in case and runs
  of spaces (*Program Foo*, *program  foo*) are one programme; a row with no
  programme under ``None``. `rbroadmap.attain` groups its programme and unit
  roll-ups by the same keys.
* **Several units.** A row that names several units splits its budget between
  them in equal whole-rupiah shares; the rupiah left over by the division go one
  each to the first units named, so the shares add up to the budget. Units the
  registry knows are keyed by their id, others by the first spelling of their
  name (as programmes are), and a row with no unit under ``None``.
* **Years.** The budget is per year. Over the period, a row's budget counts in
  every year in which its target has something due: a year marked ``-`` has
  nothing to fund. A row without a target counts in every year of the period.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import final

import attrs

from rbroadmap._keys import Keys
from rbroadmap.messages import Lang, check_lang
from rbroadmap.model import Action, RoadMap, structure

__all__ = ["BudgetSummary", "budget_summary"]


def _pairs(value: Iterable[tuple[str | None, int]]) -> tuple[tuple[str | None, int], ...]:
    return tuple(value)


def _year_pairs(value: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    return tuple(value)


@final
@attrs.frozen(kw_only=True)
class BudgetSummary:
    """Budget summary (*ringkasan anggaran*): the estimated budget added up.

    The ``by_*`` properties return new ordered dictionaries, in the order the
    road map first meets each key.

    Attributes:
        total: The estimated budget for one year (*anggaran per tahun*), each
            budget counted once.
        period_total: The estimated budget over the whole period: the sum of
            `by_year`.
        areas: ``(area id, rupiah)`` pairs.
        programmes: ``(programme key, rupiah)`` pairs.
        units: ``(unit key, rupiah)`` pairs.
        years: ``(year, rupiah)`` pairs.
    """

    total: int
    period_total: int
    areas: tuple[tuple[str | None, int], ...] = attrs.field(converter=_pairs)
    programmes: tuple[tuple[str | None, int], ...] = attrs.field(converter=_pairs)
    units: tuple[tuple[str | None, int], ...] = attrs.field(converter=_pairs)
    years: tuple[tuple[int, int], ...] = attrs.field(converter=_year_pairs)

    @property
    def by_area(self) -> dict[str | None, int]:
        """Rupiah a year by area id."""
        return dict(self.areas)

    @property
    def by_programme(self) -> dict[str | None, int]:
        """Rupiah a year by programme id (or the programme's first spelling, or ``None``)."""
        return dict(self.programmes)

    @property
    def by_unit(self) -> dict[str | None, int]:
        """Rupiah a year by unit id (or the unit name's first spelling, or ``None``)."""
        return dict(self.units)

    @property
    def by_year(self) -> dict[int, int]:
        """Rupiah by year of the period, counting each row in the years it is due."""
        return dict(self.years)

    def to_text(
        self, lang: Lang = "id", *, width: int | None = None, number_lang: Lang | None = None
    ) -> str:
        """Return the summary as readable text, in *lang*.

        The total a year and over the period, then a table by area, by
        programme, by responsible unit and by year, each keyed as in the
        summary (ids, or names as first written).

        Args:
            lang: ``"id"`` (the default) or ``"en"``.
            width: The longest line, in characters, or ``None`` for no limit.
            number_lang: The notation of the rupiah, by default that of *lang*
                (``Rp5.535.000.000``, ``Rp5,535,000,000``).
        """
        from rbroadmap import _budget_display  # noqa: PLC0415  # for displays only

        language = check_lang(lang)
        numbers = language if number_lang is None else check_lang(number_lang)
        return _budget_display.summary_text(self, language, numbers, width)

    def __str__(self) -> str:
        return self.to_text()

    def to_html(self, lang: Lang = "id", *, number_lang: Lang | None = None) -> str:
        """Return the summary as compact HTML, in *lang*: what a notebook shows (see `to_text`)."""
        from rbroadmap import _budget_display  # noqa: PLC0415  # for displays only

        language = check_lang(lang)
        numbers = language if number_lang is None else check_lang(number_lang)
        return _budget_display.summary_html(self, language, numbers)

    def _repr_html_(self) -> str:
        """The summary's tables, for notebooks."""
        return self.to_html()


def _split(amount: int, parts: int) -> list[int]:
    """Split *amount* into *parts* whole shares that add up to it, larger ones first.

    >>> _split(100, 3)
    [34, 33, 33]
    """
    share, left = divmod(amount, parts)
    return [share + 1 if i < left else share for i in range(parts)]


def budget_summary(roadmap: RoadMap) -> BudgetSummary:
    """Add up a road map's estimated budgets (*ringkasan anggaran*).

    See the module documentation for how merged cells, several units and the
    years of the period are counted.

    Args:
        roadmap: The road map.

    Returns:
        The totals in whole rupiah.

    >>> from rbroadmap.samples import probolinggo
    >>> from rbroadmap.notation import format_rupiah
    >>> summary = budget_summary(probolinggo())
    >>> format_rupiah(summary.total)
    'Rp5.535.000.000'
    >>> format_rupiah(summary.by_area["sdm"])
    'Rp1.250.000.000'
    """
    areas: dict[str | None, int] = {}
    programmes: dict[str | None, int] = {}
    units: dict[str | None, int] = {}
    years = dict.fromkeys(roadmap.period.years, 0)
    keys = Keys(roadmap)
    for area in roadmap.areas:
        areas.setdefault(area.id, 0)
        for action in structure.collect(area, Action):
            if action.budget is None:
                continue  # no budget of its own: nothing, or a merged budget counted at its owner
            amount = action.budget
            row = roadmap.resolve(action)
            areas[area.id] += amount

            programme_key = keys.programme(row.programme)[0]
            programmes[programme_key] = programmes.get(programme_key, 0) + amount

            names = row.units or (None,)
            for name, share in zip(names, _split(amount, len(names)), strict=True):
                unit_key = keys.unit(name)[0]
                units[unit_key] = units.get(unit_key, 0) + share

            due = row.targets.due_years if row.targets is not None else roadmap.period.years
            for year in due:
                years[year] += amount
    total = sum(areas.values())
    return BudgetSummary(
        total=total,
        period_total=sum(years.values()),
        areas=areas.items(),
        programmes=programmes.items(),
        units=units.items(),
        years=years.items(),
    )
