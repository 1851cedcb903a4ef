"""Mutators of the waiver rules (RB0xx)."""

from __future__ import annotations

import pendulum

from rbroadmap.model import Waiver
from rbroadmap.strategies.mutations._core import Editor, Pick, mutator, rows
from rbroadmap.strategies.mutations.units import _several_units

AS_OF = pendulum.date(2030, 1, 1)
"""The date waivers are judged on for RB001: after every period a clean road map has."""


def _waive_several_units(editor: Editor, pick: Pick, expires: pendulum.Date | None) -> None:
    _several_units(editor, pick)
    row = editor.changes[-1].entity_id
    waiver = Waiver(
        code="RB402", entity_id=row, reason="Dua unit berbagi tugas ini", expires=expires
    )
    editor.append(editor.roadmap.id, "waivers", waiver)


@mutator(
    "RB001",
    "Pengecualian RB402 yang sudah kedaluwarsa",
    "A waiver of RB402 that has expired",
    as_of=AS_OF,
    companions=("RB402",),
)
def _expired_waiver(editor: Editor, pick: Pick) -> None:
    _waive_several_units(editor, pick, pendulum.date(2029, 12, 31))


@mutator(
    "RB002",
    "Pengecualian RB301 pada baris yang beranggaran",
    "A waiver of RB301 on a row that has a budget",
)
def _unused_waiver(editor: Editor, pick: Pick) -> None:
    row = pick(rows(editor.roadmap))
    waiver = Waiver(code="RB301", entity_id=row.id, reason="Anggaran menyusul")
    editor.append(editor.roadmap.id, "waivers", waiver)


@mutator(
    "RB003",
    "Pengecualian RB402 bertanggal kedaluwarsa, diperiksa tanpa as_of",
    "A waiver of RB402 with an expiry date, validated without as_of",
)
def _unjudged_waiver(editor: Editor, pick: Pick) -> None:
    _waive_several_units(editor, pick, pendulum.date(2029, 12, 31))


__all__ = ["AS_OF"]
