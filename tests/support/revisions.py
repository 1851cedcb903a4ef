"""Amended copies of a road map for the tests of `rbroadmap.diff`: k edits, each of which is
one change a revision makes (a row re-worded, added or removed, a year's target, a stated
quarter, a target's cap, a budget, the units or the programme of a row changed, an area
renamed)."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
from hypothesis import strategies as st

import rbroadmap as rb
from rbroadmap.model import BudgetForm

__all__ = ["EDITS", "amended", "replace_row"]

EDITS = ("reword", "target", "quarter", "cap", "budget", "units", "programme", "remove", "add")
"""The edits of a row; an area's edit is a new name."""

_CONTAINERS = ("programmes", "activities", "sub_activities")


def replace_row(
    holder: Any, row_id: str, make: Callable[[rb.Action], tuple[rb.Action, ...]]
) -> Any:
    """*holder* (an area, or a level of its plan) with the row *row_id* replaced by what
    *make* returns for it: the row changed, nothing (removed), or the row and another."""
    changes: dict[str, Any] = {}
    rows = getattr(holder, "actions", ())
    if any(row.id == row_id for row in rows):
        changes["actions"] = tuple(new for row in rows for new in (
            make(row) if row.id == row_id else (row,)))  # fmt: skip
    for name in _CONTAINERS:
        inner = getattr(holder, name, None)
        if inner:
            changes[name] = tuple(replace_row(child, row_id, make) for child in inner)
    return attrs.evolve(holder, **changes) if changes else holder


def _edit_row(
    roadmap: rb.RoadMap, row_id: str, make: Callable[[rb.Action], tuple[rb.Action, ...]]
) -> rb.RoadMap:
    return attrs.evolve(
        roadmap, areas=tuple(replace_row(area, row_id, make) for area in roadmap.areas)
    )


def _edits(row: rb.Action, shared: set[str], roadmap: rb.RoadMap) -> list[str]:
    """The edits that change *row* in exactly one way."""
    found = ["units", "programme"]
    if row.text is not None:
        found.append("reword")
    if row.targets is not None and _plain_years(row.targets):
        found.append("target")
    if row.targets is not None and row.targets.quarters:
        found.append("quarter")
    if row.targets is not None:
        found.append("cap")
    if row.budget_form in (None, BudgetForm.ANNUAL):
        found.append("budget")
    if row.id not in shared:
        found.append("remove")
    if f"{row.id}-baru" not in roadmap:
        found.append("add")
    return found


def _plain_years(target: rb.Target) -> list[int]:
    """The years of *target* whose cell can change alone: no quarter is stated in them."""
    stated = {year for year, _ in target.quarters}
    return [year for year in target.years if year not in stated]


def _cell(text: str, unit: str | None) -> rb.TargetValue | None:
    """*text* read as a target cell, under the target's unit column if it has one."""
    if unit is None:
        return rb.Percentage(Decimal(text))
    try:
        return rb.parse_value(text, unit=unit)
    except rb.RoadmapError:
        return None


@st.composite
def amended(draw: st.DrawFn, roadmap: rb.RoadMap, *, max_edits: int = 6) -> tuple[rb.RoadMap, int]:
    """A copy of *roadmap* with k edits, and k: each edit on a row or area of its own."""
    rows = list(roadmap.actions())
    shared = {row.shares for row in rows if row.shares is not None}
    chosen = (
        draw(st.lists(st.sampled_from(rows), unique_by=lambda r: r.id, max_size=max_edits))
        if rows
        else []
    )
    renamed = (
        draw(st.lists(st.sampled_from(roadmap.areas), unique_by=lambda a: a.id, max_size=2))
        if roadmap.areas
        else []
    )
    new = roadmap
    for row in chosen:
        edit = draw(st.sampled_from(_edits(row, shared, roadmap)))
        new = _edit_row(new, row.id, _row_edit(draw, edit, row))
    if renamed:
        names = {area.id for area in renamed}
        new = attrs.evolve(new, areas=tuple(
            attrs.evolve(area, name=f"{area.name} (perubahan)") if area.id in names else area
            for area in new.areas))  # fmt: skip
    return new, len(chosen) + len(renamed)


def _row_edit(
    draw: st.DrawFn, edit: str, row: rb.Action
) -> Callable[[rb.Action], tuple[rb.Action, ...]]:
    if edit == "reword":
        return lambda r: (attrs.evolve(r, text=f"{r.text} (perubahan)"),)
    if edit == "target":
        assert row.targets is not None
        target = row.targets
        year = draw(st.sampled_from(_plain_years(target)))
        old = target[year]
        value = draw(
            st.integers(0, 200)
            .map(lambda n: _cell(str(n), target.unit))
            .filter(lambda v: v is not None and v != old)
        )
        values = {**dict(target.values), year: value}
        return lambda r: (attrs.evolve(r, targets=attrs.evolve(r.targets, values=values)),)
    if edit == "quarter":
        assert row.targets is not None
        stated = [(y, q) for y, cells in row.targets.quarters for q, _ in cells]
        year, quarter = draw(st.sampled_from(stated))
        quarters = {
            y: {q: v for q, v in cells if (y, q) != (year, quarter)}
            for y, cells in row.targets.quarters
        }
        left = {y: cells for y, cells in quarters.items() if cells}
        return lambda r: (attrs.evolve(r, targets=attrs.evolve(r.targets, quarters=left)),)
    if edit == "cap":
        assert row.targets is not None
        cap = (row.targets.cap or Decimal(100)) + draw(st.integers(1, 50))
        return lambda r: (attrs.evolve(r, targets=attrs.evolve(r.targets, cap=cap)),)
    if edit == "budget":
        return lambda r: (attrs.evolve(r, budget=(r.budget or 0) + 5_000_000),)
    if edit == "units":
        return lambda r: (attrs.evolve(r, units=(*r.units, "Unit Pelaksana Teknis Baru")),)
    if edit == "programme":
        return lambda r: (attrs.evolve(r, programme=f"{r.programme or 'Program'} baru"),)
    if edit == "remove":
        return lambda r: ()
    assert edit == "add"
    return lambda r: (r, rb.Action(id=f"{r.id}-baru", text="Baris yang ditambahkan"))
