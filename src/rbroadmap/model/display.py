"""Notebook displays (*tampilan*) of the model: a road map and an area as compact HTML.

Jupyter shows an object's ``_repr_html_``; `rbroadmap.RoadMap` and
`rbroadmap.Area` hand theirs to this module, which is loaded only when a
notebook asks, as the displays of validation and attainment reports are.
"""

from __future__ import annotations

from typing import Final

from rbroadmap import _html
from rbroadmap.model import structure
from rbroadmap.model.action import Action
from rbroadmap.model.area import Area
from rbroadmap.model.parts import Problem
from rbroadmap.model.roadmap import RoadMap
from rbroadmap.notation import format_number, format_rupiah

__all__ = ["area_html", "roadmap_html"]

_HTML_ROWS: Final = 50
"""The rows of an area shown in a notebook; the others are counted in one line."""


def _total_rupiah(amount: int) -> str:
    """Write a sum of budgets, which may exceed the largest single budget (`MAX_RUPIAH`)."""
    return "Rp" + format_number(amount, grouping=True)


def roadmap_html(roadmap: RoadMap) -> str:
    """A summary of *roadmap* by area, for notebooks (not every row)."""
    rows = []
    totals = [0, 0, 0, 0]
    for area in roadmap.areas:
        actions = structure.collect(area, Action)
        counts = [
            len(structure.collect(area, Problem)),
            sum(1 for a in actions if a.text is not None),
            len(actions),
            sum(a.budget for a in actions if a.budget is not None),
        ]
        totals = [t + c for t, c in zip(totals, counts, strict=True)]
        rows.append(
            [
                _html.text(area.number if area.number is not None else area.label or ""),
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
        f"{roadmap.government} · {roadmap.period} · {len(roadmap.programmes)} programmes · "
        f"{len(roadmap.units)} units · {len(roadmap.teams)} teams · {len(roadmap.stages)} stages"
    )
    return _html.section(roadmap.title or roadmap.id, subtitle, body)


def area_html(area: Area) -> str:
    """The action plan of *area* as a compact table, for notebooks."""
    rows = []
    every_row = area.rows
    for action in every_row[:_HTML_ROWS]:
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
        more=_html.more(len(every_row) - _HTML_ROWS, "rows (area.rows holds them all)"),
    )
    subtitle = f"{len(structure.collect(area, Problem))} problems, {len(every_row)} rows"
    return _html.section(area.heading, subtitle, body)
