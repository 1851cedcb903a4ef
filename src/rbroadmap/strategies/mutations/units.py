"""Mutators of the responsible-unit rules (RB4xx)."""

from __future__ import annotations

import attrs

from rbroadmap.strategies.mutations._core import Editor, Pick, mutator, rows
from rbroadmap.units import UnitGroup


@mutator("RB401", "Penanggung jawab yang tidak ada di daftar unit", "A unit the registry lacks")
def _unknown_unit(editor: Editor, pick: Pick) -> None:
    editor.set(pick(rows(editor.roadmap)).id, "units", ("Dinas Pariwisata",))


@mutator("RB402", "Dua penanggung jawab pada satu baris", "Two responsible units on one row")
def _several_units(editor: Editor, pick: Pick) -> None:
    row = pick(rows(editor.roadmap))
    other = next(u.name for u in editor.roadmap.units.units if u.name not in row.units)
    editor.set(row.id, "units", (*row.units, other))


@mutator(
    "RB403",
    "Satu unit ditulis dengan nama lainnya",
    "One unit written by another name of it",
)
def _unit_written_several_ways(editor: Editor, pick: Pick) -> None:
    roadmap = editor.roadmap
    row = pick(rows(roadmap))
    unit = roadmap.unit(row.units[0])
    assert unit is not None
    name = row.units[0]
    registered = next(u for u in roadmap.units.units if u.name == name)
    alias = f"Unit {name}"
    units = tuple(
        attrs.evolve(u, aliases=(*u.aliases, alias)) if u is registered else u
        for u in roadmap.units.units
    )
    editor.set(roadmap.id, "units", attrs.evolve(roadmap.units, units=units))
    editor.set(row.id, "units", (alias,))
    others = [r for r in rows(editor.roadmap) if r.units == (name,)]
    if not others:  # the unit is written its own way on one more row
        twin = next(r for r in rows(editor.roadmap) if r.id != row.id)
        editor.set(twin.id, "units", (name,))


@mutator(
    "RB404",
    "Penanggung jawab berupa seluruh kelompok unit",
    "Responsibility given to a whole group of units",
)
def _group_as_unit(editor: Editor, pick: Pick) -> None:
    roadmap = editor.roadmap
    group = UnitGroup(id="seluruh-opd", name="Seluruh OPD")
    editor.set(
        roadmap.id, "units", attrs.evolve(roadmap.units, groups=(*roadmap.units.groups, group))
    )
    editor.set(pick(rows(editor.roadmap)).id, "units", ("Seluruh OPD",))


__all__: list[str] = []
