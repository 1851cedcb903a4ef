"""Notebook displays (*tampilan*) of the model: a road map and an area as compact HTML.

Jupyter shows an object's ``_repr_html_``; `rbroadmap.RoadMap` and
`rbroadmap.Area` hand theirs to this module, which is loaded only when a
notebook asks, as the displays of validation and attainment reports are. A
display is in one language, Indonesian unless asked (``to_html(lang="en")``),
with its numbers in that language's notation unless *number_lang* says
otherwise; the road map's own texts are shown as written.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from rbroadmap import _checks, _html
from rbroadmap._text import shorten
from rbroadmap.messages import Lang, Message
from rbroadmap.model import structure
from rbroadmap.model.action import Action, BudgetForm, budget_over_period
from rbroadmap.model.area import Area
from rbroadmap.model.parts import Problem
from rbroadmap.model.roadmap import RoadMap
from rbroadmap.notation import format_number, format_rupiah

__all__ = ["area_html", "roadmap_html"]

_HTML_ROWS: Final = 50
"""The rows of an area shown in a notebook; the others are counted in one line."""

_NO_ANNUAL: Final = "—"
"""The budget a year of rows whose budgets are all given per year or for the period."""

_WORDS: Final = {
    "number": Message("No.", "No."),
    "area": Message("Area perubahan", "Area of change"),
    "problems": Message("Permasalahan", "Problems"),
    "actions": Message("Aksi", "Actions"),
    "rows": Message("Baris", "Rows"),
    "budget": Message("Anggaran per tahun", "Budget a year"),
    "budgets": Message("Anggaran", "Budget"),
    "over": Message("Anggaran selama periode", "Budget over the period"),
    "a year": Message("per tahun", "a year"),
    "for the period": Message("untuk periode", "for the period"),
    "total": Message("Jumlah", "Total"),
    "problem": Message("Permasalahan", "Problem"),
    "action": Message("Aksi", "Action"),
    "target": Message("Target", "Targets"),
    "units": Message("Penanggung jawab", "Responsible units"),
    "merged": Message("sel tergabung dengan", "merged with"),
    "left": Message("baris", "rows"),
    "all": Message("area.rows memuat semuanya", "area.rows holds them all"),
}


def _counted(n: int, indonesian: str, singular: str, plural: str, lang: Lang) -> str:
    """``3 program`` / ``3 programmes``, ``1 programme``."""
    if lang == "id":
        return f"{n} {indonesian}"
    return f"{n} {singular if n == 1 else plural}"


def _total_rupiah(amount: int, lang: Lang) -> str:
    """Write a sum of budgets, which may exceed the largest single budget (`MAX_RUPIAH`)."""
    return "Rp" + format_number(amount, grouping=True, lang=lang)


def _over_period(roadmap: RoadMap, action: Action) -> int:
    """The money a row's own budget holds over the period (`budget_over_period`)."""
    targets = roadmap.resolve(action).targets
    due = targets.due_years if targets is not None else roadmap.period.years
    amount = budget_over_period(action, len(due))
    return amount or 0


def _a_year(annual: int, over_period: int, budgeted: list[Action], numbers: Lang) -> str:
    """The budget a year of rows: ``—`` where none is annual but they hold money."""
    if over_period and not any(a.budget is not None for a in budgeted):
        return _NO_ANNUAL
    return _total_rupiah(annual, numbers)


def roadmap_html(roadmap: RoadMap, *, lang: Lang = "id", number_lang: Lang | None = None) -> str:
    """A summary of *roadmap* by area, for notebooks (not every row), in *lang*."""
    lang = _checks.language("RoadMap.to_html", lang)
    numbers = _checks.number_language("RoadMap.to_html", number_lang, lang)

    def w(key: str) -> str:
        return _WORDS[key].get(lang)

    rows = []
    totals = [0, 0, 0, 0, 0]
    for area in roadmap.areas:
        actions = structure.collect(area, Action)
        budgeted = [a for a in actions if a.budget_form is not None]
        counts = [
            len(structure.collect(area, Problem)),
            sum(1 for a in actions if a.text is not None),
            len(actions),
            sum(a.budget for a in budgeted if a.budget is not None),
            sum(_over_period(roadmap, a) for a in budgeted),
        ]
        totals = [t + c for t, c in zip(totals, counts, strict=True)]
        rows.append(
            [
                _html.text(area.number if area.number is not None else area.label or ""),
                _html.cut(area.name, 60),
                *(_html.text(c) for c in counts[:3]),
                _html.text(_a_year(counts[3], counts[4], budgeted, numbers)),
                _html.text(_total_rupiah(counts[4], numbers)),
            ]
        )
    every_row = [a for area in roadmap.areas for a in structure.collect(area, Action)]
    budgeted = [a for a in every_row if a.budget_form is not None]
    rows.append(
        [
            "",
            f"<b>{_html.text(w('total'))}</b>",
            *(f"<b>{c}</b>" for c in totals[:3]),
            f"<b>{_html.text(_a_year(totals[3], totals[4], budgeted, numbers))}</b>",
            f"<b>{_html.text(_total_rupiah(totals[4], numbers))}</b>",
        ]
    )
    body = _html.table(
        [w("number"), w("area"), w("problems"), w("actions"), w("rows"), w("budget"), w("over")],
        rows,
        numeric=frozenset({2, 3, 4, 5, 6}),
    )
    parts = [
        roadmap.government,
        str(roadmap.period),
        _counted(len(roadmap.programmes), "program", "programme", "programmes", lang),
        _counted(len(roadmap.units), "unit", "unit", "units", lang),
        _counted(len(roadmap.teams), "tim", "team", "teams", lang),
        _counted(len(roadmap.stages), "tahapan", "stage", "stages", lang),
    ]
    return _html.section(roadmap.title or roadmap.id, " · ".join(parts), body)


def _budget(action: Action, numbers: Lang, w: Callable[[str], str], *, mixed: bool) -> str:
    """A row's budget cell in the form it is written, ``""`` for none.

    ``Rp150.000.000`` a year (``Rp150.000.000 per tahun`` when other rows of the area
    write other forms, *mixed*), ``2022: Rp100.000.000``, a line a year, for each year,
    ``Rp900.000.000 untuk periode`` for the period.
    """
    if action.budget is not None:
        amount = format_rupiah(action.budget, lang=numbers)
        return f"{amount} {w('a year')}" if mixed else amount
    if action.budget_per_year is not None:
        return "\n".join(
            f"{year}: {format_rupiah(amount, lang=numbers)}"
            for year, amount in action.budget_per_year.items()
        )
    if action.budget_total is not None:
        return f"{format_rupiah(action.budget_total, lang=numbers)} {w('for the period')}"
    return ""


def _units(action: Action, rows: dict[str, Action], merged: str) -> str:
    """The responsible units of a row: its own, or those of the merged cell it shares.

    Units of a merged cell are dimmed and marked (``↳ Inspektorat``), found as
    `rbroadmap.RoadMap.resolve` finds them, among the rows of the area.
    """
    if action.units:
        return _html.cut(", ".join(action.units), 30)
    link, seen = action, {action.id}
    while link.shares is not None and link.shares in rows and link.shares not in seen:
        link = rows[link.shares]
        seen.add(link.id)
        if link.units:
            shown = _html.text(f"↳ {shorten(', '.join(link.units), 28, at_word=True)}")
            title = _html.text(f"{merged} {link.id}: {', '.join(link.units)}")
            return f'<span title="{title}">{_html.dim(shown)}</span>'
    return ""


def area_html(area: Area, *, lang: Lang = "id", number_lang: Lang | None = None) -> str:
    """The action plan of *area* as a compact table, for notebooks, in *lang*."""
    lang = _checks.language("Area.to_html", lang)
    numbers = _checks.number_language("Area.to_html", number_lang, lang)

    def w(key: str) -> str:
        return _WORDS[key].get(lang)

    rows = []
    every_row = area.rows
    by_id = {row.id: row for row in every_row}
    mixed = bool({a.budget_form for a in every_row} - {None, BudgetForm.ANNUAL})
    for action in every_row[:_HTML_ROWS]:
        cells = " · ".join(action.targets.notation(lang=numbers)) if action.targets else ""
        if action.shares is not None:
            cells = cells or f"↳ {w('merged')} {action.shares}"
        rows.append(
            [
                f'<span style="white-space:nowrap">{_html.text(action.id)}</span>',
                _html.cut("; ".join(p.text for p in action.problems), 50),
                _html.cut(action.text or "—", 50),
                _html.text(cells),
                "<br>".join(map(_html.text, _budget(action, numbers, w, mixed=mixed).splitlines())),
                _units(action, by_id, w("merged")),
            ]
        )
    budget = w("budgets" if mixed else "budget")
    body = _html.table(
        ["id", w("problem"), w("action"), w("target"), budget, w("units")],
        rows,
        numeric=frozenset({4}),
        more=_html.more(len(every_row) - _HTML_ROWS, _WORDS["left"], lang, note=_WORDS["all"]),
    )
    problems = len(structure.collect(area, Problem))
    if lang == "id":
        subtitle = f"{problems} permasalahan, {len(every_row)} baris rencana aksi"
    else:
        subtitle = (
            f"{_counted(problems, '', 'problem', 'problems', lang)}, "
            f"{_counted(len(every_row), '', 'action plan row', 'action plan rows', lang)}"
        )
    return _html.section(area.heading, subtitle, body)
