"""Mutators of the budget and programme rules (RB3xx)."""

from __future__ import annotations

import attrs

from rbroadmap.model import Item, Programme
from rbroadmap.strategies.mutations._core import (
    Editor,
    Pick,
    direct_rows,
    drop_unused_programmes,
    fresh_texts,
    mutator,
    rows,
)


@mutator("RB301", "Baris tanpa anggaran", "A row without its budget")
def _missing_budget(editor: Editor, pick: Pick) -> None:
    row = pick(rows(editor.roadmap))
    for field in ("budget", "budget_per_year", "budget_total"):
        if getattr(row, field) is not None:
            editor.set(row.id, field, None)


@mutator("RB302", "Anggaran Rp 0", "A budget of Rp 0")
def _non_positive_budget(editor: Editor, pick: Pick) -> None:
    row = pick(rows(editor.roadmap))
    for field in ("budget_per_year", "budget_total"):
        if getattr(row, field) is not None:
            editor.set(row.id, field, None)
    editor.set(row.id, "budget", 0)


@mutator(
    "RB303",
    "Baris yang menyebut program yang tidak dinyatakan",
    "A row naming a programme that is not declared",
)
def _undeclared_programme(editor: Editor, pick: Pick) -> None:
    editor.set(pick(direct_rows(editor)).id, "programme", "Program Kegiatan Lainnya")
    drop_unused_programmes(editor)


@mutator(
    "RB304",
    "Program yang ditulis dengan tanda hubung di antara dua katanya",
    "A programme written with a hyphen between two of its words",
)
def _programme_spelling_variant(editor: Editor, pick: Pick) -> None:
    row = pick(direct_rows(editor))
    assert row.programme is not None
    editor.set(row.id, "programme", row.programme.replace(" ", "-", 2).replace("-", " ", 1))


@mutator("RB305", "Program yang tidak dipakai baris mana pun", "A programme no row uses")
def _unused_programme(editor: Editor, pick: Pick) -> None:
    roadmap = editor.roadmap
    (activity,) = fresh_texts(roadmap, 1)
    k = len(roadmap.programmes) + 1
    programme = Programme(
        id=f"program-{k}",
        number=k,
        name="Program Koordinasi Lintas Sektor",
        activities=(Item(label="a", text=activity),),
    )
    editor.append(roadmap.id, "programmes", programme)


@mutator("RB306", "Program tanpa kegiatan", "A programme without its activities")
def _programme_without_activities(editor: Editor, pick: Pick) -> None:
    editor.set(pick(editor.roadmap.programmes).id, "activities", ())


__all__: list[str] = []
del attrs
