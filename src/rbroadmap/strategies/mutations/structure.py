"""Mutators of the structure rules (RB1xx): areas, themes, and the cells every row needs."""

from __future__ import annotations

import attrs

from rbroadmap.model import Area, Column, PlanProgramme, Profile, Theme
from rbroadmap.strategies.mutations._core import (
    Editor,
    Pick,
    direct_rows,
    drop_unused_programmes,
    fresh_texts,
    mutator,
    new_row,
    rows,
)

_THEMED = ("permenpanrb-3-2023",)


def _relabelled(
    kept: tuple[PlanProgramme, ...], moved: tuple[PlanProgramme, ...]
) -> tuple[PlanProgramme, ...]:
    """The plan programmes *moved* after *kept*, labelled on from them."""
    start = len(kept) + 1
    return (*kept, *(attrs.evolve(p, label=str(k)) for k, p in enumerate(moved, start=start)))


def _extra_area(editor: Editor, standard: str | None, name: str) -> None:
    """Add an area after the last, numbered next, with one clean row."""
    roadmap = editor.roadmap
    like = rows(roadmap)[0]
    area = Area(
        id="area-tambahan",
        number=len(roadmap.areas) + 1,
        name=name,
        standard=standard,
        actions=(new_row(roadmap, "area-tambahan-1", like),),
    )
    editor.append(roadmap.id, "areas", area)


@mutator("RB101", "Kode set area tidak dikenal", "An area set code no one knows")
def _unknown_area_set(editor: Editor, pick: Pick) -> None:
    editor.set(editor.roadmap.id, "area_set", "permenpanrb-99-2099")


@mutator(
    "RB102",
    "Area standar terakhir dihapus, barisnya dipindah ke area sebelumnya",
    "The last standard area left out, its rows moved to the area before it",
)
def _missing_standard_area(editor: Editor, pick: Pick) -> None:
    areas = editor.roadmap.areas
    last, before = areas[-1], areas[-2]
    editor.remove(editor.roadmap.id, "areas", len(areas) - 1)
    for row in last.actions:
        editor.append(before.id, "actions", row)
    editor.set(before.id, "programmes", _relabelled(before.programmes, last.programmes))


@mutator(
    "RB103",
    "Area tambahan yang tidak merujuk area standar",
    "An extra area that stands for no standard area",
)
def _unknown_standard_area(editor: Editor, pick: Pick) -> None:
    _extra_area(editor, "area-lain", "Area Tambahan Daerah")


@mutator(
    "RB104",
    "Area tambahan untuk area standar yang sudah ada",
    "An extra area for a standard area the road map already has",
)
def _duplicate_standard_area(editor: Editor, pick: Pick) -> None:
    twin = pick(editor.roadmap.areas)
    _extra_area(editor, twin.standard, twin.name)


@mutator(
    "RB105",
    "Baris sebuah area dipindah ke area lain",
    "The rows of an area moved to another area",
)
def _area_without_actions(editor: Editor, pick: Pick) -> None:
    areas = editor.roadmap.areas
    k = pick(range(len(areas)))
    other = areas[k - 1] if k else areas[1]
    emptied = areas[k]
    editor.set(emptied.id, "actions", ())
    editor.set(emptied.id, "programmes", ())
    for row in emptied.actions:
        editor.append(other.id, "actions", row)
    editor.set(other.id, "programmes", _relabelled(other.programmes, emptied.programmes))


def _row_cell(field: str, value: object):  # type: ignore[no-untyped-def]
    def apply(editor: Editor, pick: Pick) -> None:
        editor.set(pick(rows(editor.roadmap)).id, field, value)

    return apply


mutator("RB106", "Baris tanpa aksi", "A row without its action")(_row_cell("text", None))
mutator("RB107", "Baris tanpa permasalahan", "A row without its problem")(_row_cell("problems", ()))
mutator("RB108", "Baris tanpa hasil", "A row without its result")(_row_cell("result", None))
mutator("RB109", "Baris tanpa kondisi yang diharapkan", "A row without its expected condition")(
    _row_cell("expected_condition", None)
)
mutator("RB110", "Baris tanpa target", "A row without its targets")(_row_cell("targets", None))
mutator("RB111", "Baris tanpa penanggung jawab", "A row without its responsible unit")(
    _row_cell("units", ())
)


@mutator("RB112", "Baris tanpa program", "A row without its programme")
def _missing_programme(editor: Editor, pick: Pick) -> None:
    editor.set(pick(direct_rows(editor)).id, "programme", None)
    drop_unused_programmes(editor)


@mutator("RB113", "Langkah tahapan yang kosong", "An empty step of a stage")
def _empty_text(editor: Editor, pick: Pick) -> None:
    stage = pick(editor.roadmap.stages)
    step = stage.steps[0]
    editor.set(stage.id, "steps", (attrs.evolve(step, text=""), *stage.steps[1:]))


mutator("RB114", "Aksi yang belum diisi", "An action left as a placeholder: belum diisi")(
    _row_cell("text", "belum diisi")
)


@mutator(
    "RB115",
    "Set area yang berlaku sebelum periode road map",
    "An area set that was in force before the road map's period",
    area_sets=("permenpanrb-11-2015",),
)
def _area_set_outside_period(editor: Editor, pick: Pick) -> None:
    editor.set(editor.roadmap.id, "area_set", "permenpanrb-20-2010")


@mutator(
    "RB116",
    "Tema RB Tematik terakhir dihapus",
    "The last theme of RB Tematik left out",
    area_sets=_THEMED,
)
def _missing_theme(editor: Editor, pick: Pick) -> None:
    editor.remove(editor.roadmap.id, "themes", len(editor.roadmap.themes) - 1)


@mutator(
    "RB117",
    "Tema tambahan yang tidak merujuk tema set area",
    "An extra theme that stands for no theme of the area set",
)
def _unknown_theme(editor: Editor, pick: Pick) -> None:
    roadmap = editor.roadmap
    (description,) = fresh_texts(roadmap, 1)
    theme = Theme(
        id="tema-tambahan",
        number=len(roadmap.themes) + 1,
        name="Tema Tambahan Daerah",
        standard="tema-lain",
        description=description,
    )
    editor.append(roadmap.id, "themes", theme)


@mutator(
    "RB118",
    "Profil tanpa kolom kondisi yang diharapkan, sementara baris mengisinya",
    "A profile without the expected condition column, while rows fill it",
    companions=("RB109",),
)
def _cell_in_absent_column(editor: Editor, pick: Pick) -> None:
    columns = tuple(c for c in Profile().columns if c is not Column.EXPECTED_CONDITION)
    editor.set(editor.roadmap.id, "profile", Profile(columns=columns))


__all__: list[str] = []
