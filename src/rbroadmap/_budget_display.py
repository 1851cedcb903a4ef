"""How a budget summary shows itself (private): text, or compact HTML for notebooks.

A `rbroadmap.BudgetSummary` holds its figures by key (area ids, programme and
unit keys, years), not the road map; its displays show the keys as they are, in
the order the road map first meets them, one table per grouping, with the
total a year and over the period. One language at a time, Indonesian unless
asked, the rupiah in that language's notation unless *number_lang* says
otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, Protocol

from rbroadmap import _html, _layout
from rbroadmap.messages import Lang, Message
from rbroadmap.notation import format_number


class BudgetSummary(Protocol):
    """What the displays read of a `rbroadmap.BudgetSummary` (which imports this module)."""

    @property
    def total(self) -> int: ...
    @property
    def period_total(self) -> int: ...
    @property
    def areas(self) -> tuple[tuple[str | None, int], ...]: ...
    @property
    def programmes(self) -> tuple[tuple[str | None, int], ...]: ...
    @property
    def units(self) -> tuple[tuple[str | None, int], ...]: ...
    @property
    def years(self) -> tuple[tuple[int, int], ...]: ...


WORDS: Final = {
    "title": Message("Ringkasan anggaran", "Budget summary"),
    "a year": Message("Jumlah per tahun", "Total a year"),
    "period": Message("selama periode", "over the period"),
    "area": Message("Area", "Area"),
    "programme": Message("Program", "Programme"),
    "unit": Message("Penanggung jawab", "Responsible unit"),
    "year": Message("Tahun", "Year"),
    "budget": Message("Anggaran per tahun", "Budget a year"),
    "in year": Message("Anggaran tahun itu", "Budget that year"),
    "no programme": Message("(tanpa program)", "(no programme)"),
    "no unit": Message("(tanpa penanggung jawab)", "(no responsible unit)"),
    "no area": Message("(tanpa area)", "(no area)"),
}
"""The words of the displays, in each language."""


def rupiah(amount: int, numbers: Lang) -> str:
    """A sum of rupiah, which may exceed the largest single budget: ``Rp5.535.000.000``."""
    return "Rp" + format_number(amount, grouping=True, lang=numbers)


def _groups(summary: BudgetSummary, lang: Lang) -> list[tuple[str, str, Sequence[tuple[str, int]]]]:
    """Each grouping: its key column's header, the amount's header, and its rows."""

    def w(key: str) -> str:
        return WORDS[key].get(lang)

    def named(pairs: Sequence[tuple[str | None, int]], missing: str) -> list[tuple[str, int]]:
        return [(w(missing) if key is None else key, amount) for key, amount in pairs]

    return [
        (w("area"), w("budget"), named(summary.areas, "no area")),
        (w("programme"), w("budget"), named(summary.programmes, "no programme")),
        (w("unit"), w("budget"), named(summary.units, "no unit")),
        (w("year"), w("in year"), [(str(year), amount) for year, amount in summary.years]),
    ]


def _totals(summary: BudgetSummary, lang: Lang, numbers: Lang) -> str:
    return (
        f"{WORDS['a year'].get(lang)}: {rupiah(summary.total, numbers)}; "
        f"{WORDS['period'].get(lang)}: {rupiah(summary.period_total, numbers)}"
    )


def summary_text(summary: BudgetSummary, lang: Lang, numbers: Lang, width: int | None) -> str:
    """The summary as text: the totals, then a table per grouping."""
    totals = _totals(summary, lang, numbers)
    lines = [WORDS["title"].get(lang)]
    lines += [totals] if width is None else _layout.wrap(totals, width)
    for key_header, amount_header, rows in _groups(summary, lang):
        lines.append("")
        lines += _layout.table(
            [key_header, amount_header],
            [[key, rupiah(amount, numbers)] for key, amount in rows],
            right=frozenset({1}),
            width=width,
        )
    return "\n".join(lines)


def summary_html(summary: BudgetSummary, lang: Lang, numbers: Lang) -> str:
    """The summary as compact HTML: the totals, then the tables side by side."""
    tables = "".join(
        '<div style="display:inline-block;vertical-align:top;margin-right:1.5em">'
        + _html.table(
            [key_header, amount_header],
            [[_html.cut(key, 50), _html.text(rupiah(amount, numbers))] for key, amount in rows],
            numeric=frozenset({1}),
        )
        + "</div>"
        for key_header, amount_header, rows in _groups(summary, lang)
    )
    return _html.section(WORDS["title"].get(lang), _totals(summary, lang, numbers), tables)
