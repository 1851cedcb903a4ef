"""Budget summary (*ringkasan anggaran*) of a road map's action plan.

A road map gives each row's estimated budget in one of three forms
(`rbroadmap.model.BudgetForm`), as its authors wrote it: an amount per year
(*estimasi anggaran per tahun*, column 11 of Kota Probolinggo's table,
``Action.budget``), a different amount for each year
(``Action.budget_per_year``), or one total for the whole period
(``Action.budget_total``). `budget_summary` adds them up, never turning one
form into another: a total is never multiplied, an annual amount never
divided. Every figure is whole rupiah, and the parts always add up to their
total.

The summary gives two sets of figures:

* **A year** (`BudgetSummary.total`, `by_area`, `by_programme`, `by_unit`,
  `by_activity`, `by_sub_activity`): the annual budgets added up, each the
  money of one year. Only rows whose budget is annual count here: the other
  forms state no such figure.
* **The period** (`BudgetSummary.period`, with `BudgetFigures.total` equal to
  `BudgetSummary.period_total`): every budget over the whole period. An
  annual budget counts in every year in which its row's target has something
  due (a year marked ``-`` has nothing to fund; a row without a target counts
  in every year of the period), an amount per year counts as written, a total
  counts once. These figures add up to the document's own.

By year (`BudgetSummary.by_year`): annual budgets in the years they are due and
amounts per year in their years. A total for the period is not given per year
and is not spread over the years: it is counted in `BudgetSummary.unspread`,
so that ``sum(by_year.values()) + unspread == period_total``.
`BudgetSummary.by_form` says how much of the period's money each form holds.

How rows are counted:

* **Merged cells.** A budget that covers several rows (a merged cell, see
  `rbroadmap.model`) is counted once, at the row that holds it; the rows that
  share it add nothing.
* **Programmes and units** are those of the row as resolved
  (`rbroadmap.RoadMap.resolve`): a row whose programme or unit cell is covered
  by a merged cell counts under the programme or unit of that cell, and a row
  under a programme of the plan hierarchy with no programme cell of its own
  counts under that programme. A programme the road map declares is keyed by
  its id; any other programme text by its first spelling in the road map, so
  that texts differing only in case and runs of spaces (*Program Foo*,
  *program  foo*) are one programme; a row with no programme under ``None``.
  `rbroadmap.attain` groups its programme and unit roll-ups by the same keys.
* **Several units.** A row that names several units splits its budget between
  them in equal whole-rupiah shares; the rupiah left over by the division go one
  each to the first units named, so the shares add up to the budget. Units the
  registry knows are keyed by their id, others by the first spelling of their
  name (as programmes are), and a row with no unit under ``None``.
* **Activities and sub-activities** of the plan hierarchy are keyed by their
  ids; a row under none counts under ``None``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import final

import attrs

from rbroadmap import _checks
from rbroadmap._keys import Keys
from rbroadmap.messages import Lang, Message
from rbroadmap.model import Action, Activity, BudgetForm, RoadMap, SubActivity, structure
from rbroadmap.model.action import budget_over_period

__all__ = ["BudgetFigures", "BudgetSummary", "budget_summary"]


def _pairs(value: Iterable[tuple[str | None, int]]) -> tuple[tuple[str | None, int], ...]:
    return tuple(value)


def _year_pairs(value: Iterable[tuple[int, int]]) -> tuple[tuple[int, int], ...]:
    return tuple(value)


def _form_pairs(value: Iterable[tuple[BudgetForm, int]]) -> tuple[tuple[BudgetForm, int], ...]:
    return tuple(value)


@final
@attrs.frozen(kw_only=True)
class BudgetFigures:
    """Budget figures (*angka anggaran*): budgets added up in total and by group.

    The ``by_*`` properties return new ordered dictionaries, in the order the
    road map first meets each key; each adds up to `total`.

    Attributes:
        total: The budgets added up.
        areas: ``(area id, rupiah)`` pairs.
        programmes: ``(programme key, rupiah)`` pairs.
        units: ``(unit key, rupiah)`` pairs.
        activities: ``(activity id or None, rupiah)`` pairs.
        sub_activities: ``(sub-activity id or None, rupiah)`` pairs.
    """

    total: int
    areas: tuple[tuple[str | None, int], ...] = attrs.field(converter=_pairs)
    programmes: tuple[tuple[str | None, int], ...] = attrs.field(converter=_pairs)
    units: tuple[tuple[str | None, int], ...] = attrs.field(converter=_pairs)
    activities: tuple[tuple[str | None, int], ...] = attrs.field(converter=_pairs)
    sub_activities: tuple[tuple[str | None, int], ...] = attrs.field(converter=_pairs)

    @property
    def by_area(self) -> dict[str | None, int]:
        """Rupiah by area id."""
        return dict(self.areas)

    @property
    def by_programme(self) -> dict[str | None, int]:
        """Rupiah by programme id (or the programme's first spelling, or ``None``)."""
        return dict(self.programmes)

    @property
    def by_unit(self) -> dict[str | None, int]:
        """Rupiah by unit id (or the unit name's first spelling, or ``None``)."""
        return dict(self.units)

    @property
    def by_activity(self) -> dict[str | None, int]:
        """Rupiah by activity (*kegiatan*) id, ``None`` for rows under no activity."""
        return dict(self.activities)

    @property
    def by_sub_activity(self) -> dict[str | None, int]:
        """Rupiah by sub-activity (*sub kegiatan*) id, ``None`` for rows under none."""
        return dict(self.sub_activities)


@final
@attrs.frozen(kw_only=True)
class BudgetSummary:
    """Budget summary (*ringkasan anggaran*): the estimated budget added up.

    The ``by_*`` properties return new ordered dictionaries, in the order the
    road map first meets each key. See the module documentation for the two
    sets of figures, a year's and the period's.

    Attributes:
        total: The estimated budget for one year (*anggaran per tahun*): the
            annual budgets added up, each counted once.
        period_total: The estimated budget over the whole period, every form
            counted as written: ``period.total``, and the sum of `by_year`
            and `unspread`.
        areas: ``(area id, rupiah a year)`` pairs.
        programmes: ``(programme key, rupiah a year)`` pairs.
        units: ``(unit key, rupiah a year)`` pairs.
        years: ``(year, rupiah)`` pairs.
        activities: ``(activity id or None, rupiah a year)`` pairs.
        sub_activities: ``(sub-activity id or None, rupiah a year)`` pairs.
        unspread: The budgets given as one total for the period, which no
            year is given: `by_year` leaves them out.
        forms: ``(budget form, rupiah over the period)`` pairs, for the forms
            the road map uses.
        period: The figures over the whole period, by every group.
    """

    total: int
    period_total: int
    areas: tuple[tuple[str | None, int], ...] = attrs.field(converter=_pairs)
    programmes: tuple[tuple[str | None, int], ...] = attrs.field(converter=_pairs)
    units: tuple[tuple[str | None, int], ...] = attrs.field(converter=_pairs)
    years: tuple[tuple[int, int], ...] = attrs.field(converter=_year_pairs)
    activities: tuple[tuple[str | None, int], ...] = attrs.field(converter=_pairs)
    sub_activities: tuple[tuple[str | None, int], ...] = attrs.field(converter=_pairs)
    unspread: int
    forms: tuple[tuple[BudgetForm, int], ...] = attrs.field(converter=_form_pairs)
    period: BudgetFigures

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
    def by_activity(self) -> dict[str | None, int]:
        """Rupiah a year by activity (*kegiatan*) id, ``None`` for rows under no activity."""
        return dict(self.activities)

    @property
    def by_sub_activity(self) -> dict[str | None, int]:
        """Rupiah a year by sub-activity (*sub kegiatan*) id, ``None`` for rows under none."""
        return dict(self.sub_activities)

    @property
    def by_year(self) -> dict[int, int]:
        """Rupiah by year of the period.

        Annual budgets count in the years they are due, amounts per year in their
        years; totals for the period are left out (see `unspread`).
        """
        return dict(self.years)

    @property
    def by_form(self) -> dict[BudgetForm, int]:
        """Rupiah over the period by the form the budgets are written in."""
        return dict(self.forms)

    def to_text(
        self, lang: Lang = "id", *, width: int | None = None, number_lang: Lang | None = None
    ) -> str:
        """Return the summary as readable text, in *lang*.

        The total a year and over the period; then a table by area, by
        programme, by responsible unit (and by activity and sub-activity, for a
        plan hierarchy), each with the budget a year beside the budget over the
        period and keyed as in the summary (ids, or names as first written); the
        years, with the totals for the period that no year is given
        (`unspread`) and their sum; and the money each budget form holds
        (`by_form`). A grouping with nothing in it is left out.

        Args:
            lang: ``"id"`` (the default) or ``"en"``.
            width: The longest line, in characters, or ``None`` for no limit.
            number_lang: The notation of the rupiah, by default that of *lang*
                (``Rp5.535.000.000``, ``Rp5,535,000,000``).
        """
        from rbroadmap import _budget_display  # noqa: PLC0415  # for displays only

        language = _checks.language("BudgetSummary.to_text", lang)
        numbers = _checks.number_language("BudgetSummary.to_text", number_lang, language)
        return _budget_display.summary_text(
            self, language, numbers, _checks.width("BudgetSummary.to_text", width, least=40)
        )

    def __str__(self) -> str:
        return self.to_text()

    def to_html(self, lang: Lang = "id", *, number_lang: Lang | None = None) -> str:
        """Return the summary as compact HTML, in *lang*: what a notebook shows (see `to_text`)."""
        from rbroadmap import _budget_display  # noqa: PLC0415  # for displays only

        language = _checks.language("BudgetSummary.to_html", lang)
        numbers = _checks.number_language("BudgetSummary.to_html", number_lang, language)
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


@final
class _Tally:
    """Budgets added up by group, on one basis (a year's, or the period's)."""

    __slots__ = ("activities", "areas", "programmes", "sub_activities", "total", "units")

    def __init__(self, area_ids: Iterable[str]) -> None:
        self.total = 0
        self.areas: dict[str | None, int] = dict.fromkeys(area_ids, 0)
        self.programmes: dict[str | None, int] = {}
        self.units: dict[str | None, int] = {}
        self.activities: dict[str | None, int] = {}
        self.sub_activities: dict[str | None, int] = {}

    def add(self, amount: int, groups: _Groups) -> None:
        area, programme, units, activity, sub_activity = groups
        self.total += amount
        self.areas[area] = self.areas.get(area, 0) + amount
        self.programmes[programme] = self.programmes.get(programme, 0) + amount
        self.activities[activity] = self.activities.get(activity, 0) + amount
        self.sub_activities[sub_activity] = self.sub_activities.get(sub_activity, 0) + amount
        for unit, share in zip(units, _split(amount, len(units)), strict=True):
            self.units[unit] = self.units.get(unit, 0) + share

    def figures(self) -> BudgetFigures:
        return BudgetFigures(
            total=self.total,
            areas=self.areas.items(),
            programmes=self.programmes.items(),
            units=self.units.items(),
            activities=self.activities.items(),
            sub_activities=self.sub_activities.items(),
        )


_Groups = tuple[str, str | None, tuple[str | None, ...], str | None, str | None]
"""A row's area id, programme key, unit keys, activity id and sub-activity id."""


def budget_summary(roadmap: RoadMap) -> BudgetSummary:
    """Add up a road map's estimated budgets (*ringkasan anggaran*).

    See the module documentation for the forms of budget, how merged cells,
    several units and the years of the period are counted, and the figures of
    a year and of the period.

    Args:
        roadmap: The road map.

    Returns:
        The totals in whole rupiah.

    Raises:
        ModelTypeError: If *roadmap* is not a `rbroadmap.RoadMap`.

    >>> from rbroadmap.samples import probolinggo
    >>> from rbroadmap.notation import format_rupiah
    >>> summary = budget_summary(probolinggo())
    >>> format_rupiah(summary.total)
    'Rp5.535.000.000'
    >>> format_rupiah(summary.by_area["sdm"])
    'Rp1.250.000.000'
    >>> summary.period_total == sum(summary.by_year.values()) + summary.unspread
    True
    """
    _checks.argument("budget_summary", "roadmap", roadmap, RoadMap, Message("RoadMap", "a RoadMap"))
    area_ids = [area.id for area in roadmap.areas]
    annual = _Tally(area_ids)
    period = _Tally(area_ids)
    years = dict.fromkeys(roadmap.period.years, 0)
    forms: dict[BudgetForm, int] = {}
    unspread = 0
    keys = Keys(roadmap)
    for area in roadmap.areas:
        for action in structure.collect(area, Action):
            form = action.budget_form
            if form is None:
                continue  # no budget of its own: nothing, or a merged budget counted at its owner
            row = roadmap.resolve(action)
            above = roadmap.ancestors(action.id) if area.programmes or area.activities else ()
            groups: _Groups = (
                area.id,
                keys.programme(row.programme)[0],
                tuple(keys.unit(name)[0] for name in row.units or (None,)),
                next((e.id for e in reversed(above) if type(e) is Activity), None),
                next((e.id for e in reversed(above) if type(e) is SubActivity), None),
            )
            due = row.targets.due_years if row.targets is not None else roadmap.period.years
            if action.budget is not None:
                for year in due:
                    years[year] += action.budget
                annual.add(action.budget, groups)
            elif action.budget_per_year is not None:
                for year, money in action.budget_per_year.items():
                    years[year] += money
            else:
                assert action.budget_total is not None  # the third form
                unspread += action.budget_total
            amount = budget_over_period(action, len(due))
            assert amount is not None  # the row has a budget form
            period.add(amount, groups)
            forms[form] = forms.get(form, 0) + amount
    figures = annual.figures()
    return BudgetSummary(
        total=figures.total,
        period_total=period.total,
        areas=figures.areas,
        programmes=figures.programmes,
        units=figures.units,
        years=years.items(),
        activities=figures.activities,
        sub_activities=figures.sub_activities,
        unspread=unspread,
        forms=sorted(forms.items(), key=lambda pair: list(BudgetForm).index(pair[0])),
        period=period.figures(),
    )
