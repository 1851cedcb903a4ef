"""How a budget summary shows itself (private): text, or compact HTML for notebooks.

A `rbroadmap.BudgetSummary` holds its figures by key (area ids, programme and
unit keys, years), not the road map; its displays show the keys as they are, in
the order the road map first meets them. Each grouping is one table with both
figures side by side: the budget a year (annual budgets only) and over the period
(every form as written). Then the years, with the period totals no year is given
and the sum, and the money each budget form holds. A grouping with nothing in it
(no plan hierarchy, no programme) is left out. One language at a time,
Indonesian unless asked, the rupiah in that language's notation unless
*number_lang* says otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Protocol

import attrs

from rbroadmap import _html, _layout
from rbroadmap.messages import LabelledEnum, Lang, Message
from rbroadmap.notation import format_number

Pairs = tuple[tuple[str | None, int], ...]


class BudgetFigures(Protocol):
    """What the displays read of a `rbroadmap.BudgetFigures`."""

    @property
    def areas(self) -> Pairs: ...
    @property
    def programmes(self) -> Pairs: ...
    @property
    def units(self) -> Pairs: ...
    @property
    def activities(self) -> Pairs: ...
    @property
    def sub_activities(self) -> Pairs: ...


class BudgetSummary(BudgetFigures, Protocol):
    """What the displays read of a `rbroadmap.BudgetSummary` (which imports this module)."""

    @property
    def total(self) -> int: ...
    @property
    def period_total(self) -> int: ...
    @property
    def years(self) -> tuple[tuple[int, int], ...]: ...
    @property
    def unspread(self) -> int: ...
    @property
    def forms(self) -> tuple[tuple[LabelledEnum, int], ...]: ...
    @property
    def period(self) -> BudgetFigures: ...


WORDS: Final = {
    "title": Message("Ringkasan anggaran", "Budget summary"),
    "a year": Message("Jumlah per tahun", "Total a year"),
    "period": Message("selama periode", "over the period"),
    "area": Message("Area", "Area"),
    "programme": Message("Program", "Programme"),
    "unit": Message("Penanggung jawab", "Responsible unit"),
    "activity": Message("Kegiatan", "Activity"),
    "sub_activity": Message("Sub kegiatan", "Sub-activity"),
    "year": Message("Tahun", "Year"),
    "budget": Message("Anggaran per tahun", "Budget a year"),
    "over period": Message("Selama periode", "Over the period"),
    "in year": Message("Anggaran tahun itu", "Budget that year"),
    "unspread": Message("(total periode, tanpa tahun)", "(period totals, no year given)"),
    "sum": Message("Jumlah", "Total"),
    "form": Message("Bentuk anggaran", "Budget form"),
    "no programme": Message("(tanpa program)", "(no programme)"),
    "no unit": Message("(tanpa penanggung jawab)", "(no responsible unit)"),
    "no area": Message("(tanpa area)", "(no area)"),
    "no activity": Message("(tanpa kegiatan)", "(no activity)"),
    "no sub_activity": Message("(tanpa sub kegiatan)", "(no sub-activity)"),
}
"""The words of the displays, in each language."""

NONE: Final = "—"
"""The budget a year of a key whose rows give none (their budgets are not annual)."""

_GROUPS: Final = (
    ("area", "areas"),
    ("programme", "programmes"),
    ("unit", "units"),
    ("activity", "activities"),
    ("sub_activity", "sub_activities"),
)
"""The groupings, in the order shown: each with the field of the figures that holds it."""


@attrs.frozen
class _Table:
    """One table of a summary: its headers and rows, the last row a sum if *total*."""

    headers: list[str]
    rows: list[list[str]]
    total: bool = attrs.field(default=False, kw_only=True)


def rupiah(amount: int, numbers: Lang) -> str:
    """A sum of rupiah, which may exceed the largest single budget: ``Rp5.535.000.000``."""
    return "Rp" + format_number(amount, grouping=True, lang=numbers)


def _tables(summary: BudgetSummary, lang: Lang, numbers: Lang) -> list[_Table]:
    """Every table of the summary: the groupings that hold anything, the years, the forms."""

    def w(key: str) -> str:
        return WORDS[key].get(lang)

    tables = []
    for group, field in _GROUPS:
        yearly: Pairs = getattr(summary, field)
        overall: Pairs = getattr(summary.period, field)
        keys = list(dict.fromkeys([*(k for k, _ in overall), *(k for k, _ in yearly)]))
        if group in {"activity", "sub_activity"} and keys in ([], [None]):
            continue  # no plan hierarchy
        if not keys:
            continue
        a_year, over = dict(yearly), dict(overall)
        rows = [
            [
                w(f"no {group}") if key is None else key,
                NONE if key not in a_year else rupiah(a_year[key], numbers),
                rupiah(over.get(key, 0), numbers),
            ]
            for key in keys
        ]
        tables.append(_Table([w(group), w("budget"), w("over period")], rows))
    years = [[str(year), rupiah(amount, numbers)] for year, amount in summary.years]
    if summary.unspread:
        years.append([w("unspread"), rupiah(summary.unspread, numbers)])
    if years:
        years.append([w("sum"), rupiah(summary.period_total, numbers)])
        tables.append(_Table([w("year"), w("in year")], years, total=True))
    if summary.forms:
        forms = [[form.label.get(lang), rupiah(amount, numbers)] for form, amount in summary.forms]
        tables.append(_Table([w("form"), w("over period")], forms))
    return tables


def _totals(summary: BudgetSummary, lang: Lang, numbers: Lang) -> str:
    return (
        f"{WORDS['a year'].get(lang)}: {rupiah(summary.total, numbers)}; "
        f"{WORDS['period'].get(lang)}: {rupiah(summary.period_total, numbers)}"
    )


def _right(headers: Sequence[str]) -> frozenset[int]:
    return frozenset(range(1, len(headers)))


def summary_text(summary: BudgetSummary, lang: Lang, numbers: Lang, width: int | None) -> str:
    """The summary as text: the totals, then a table per grouping, the years and the forms."""
    totals = _totals(summary, lang, numbers)
    lines = [WORDS["title"].get(lang)]
    lines += [totals] if width is None else _layout.wrap(totals, width)
    for table in _tables(summary, lang, numbers):
        lines.append("")
        lines += _layout.table(table.headers, table.rows, right=_right(table.headers), width=width)
    return "\n".join(lines)


def summary_html(summary: BudgetSummary, lang: Lang, numbers: Lang) -> str:
    """The summary as compact HTML: the totals, then the tables side by side."""
    parts = []
    for table in _tables(summary, lang, numbers):
        rows = [
            [_html.cut(key, 50), *(_html.text(cell) for cell in cells)]
            for key, *cells in table.rows
        ]
        if table.total:
            rows[-1] = [f"<b>{cell}</b>" for cell in rows[-1]]
        parts.append(
            '<div style="display:inline-block;vertical-align:top;margin-right:1.5em">'
            + _html.table(table.headers, rows, numeric=_right(table.headers))
            + "</div>"
        )
    return _html.section(WORDS["title"].get(lang), _totals(summary, lang, numbers), "".join(parts))
