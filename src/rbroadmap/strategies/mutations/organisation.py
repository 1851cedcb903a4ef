"""Mutators of the organisation rules (RB7xx): teams, numbering and stages."""

from __future__ import annotations

from rbroadmap.model import Item, Stage, Team, TeamMember
from rbroadmap.model.organisation import Role
from rbroadmap.strategies.mutations._core import Editor, Pick, fresh_texts, mutator


def _team(editor: Editor, *, chairs: int, duties: int) -> None:
    roadmap = editor.roadmap
    k = len(roadmap.teams) + 1
    name, *texts = fresh_texts(roadmap, 1 + duties)
    team = Team(
        id=f"tim-{k}",
        number=str(k),
        name=f"Tim {name}",
        duties=tuple(Item(label=str(j), text=t) for j, t in enumerate(texts, start=1)),
        members=(
            *(
                TeamMember(role=Role.CHAIR, holder=h)
                for h in ("Wali Kota", "Sekretaris Daerah")[:chairs]
            ),
            TeamMember(role=Role.MEMBER, holder="Kepala BAPPEDA"),
        ),
    )
    editor.append(roadmap.id, "teams", team)


@mutator("RB701", "Tim tanpa ketua", "A team without a chair")
def _team_without_chair(editor: Editor, pick: Pick) -> None:
    _team(editor, chairs=0, duties=1)


@mutator("RB702", "Tim dengan dua ketua", "A team with two chairs")
def _several_chairs(editor: Editor, pick: Pick) -> None:
    _team(editor, chairs=2, duties=1)


@mutator("RB707", "Tim tanpa tugas", "A team without duties")
def _team_without_duties(editor: Editor, pick: Pick) -> None:
    _team(editor, chairs=1, duties=0)


def _renumber_last_area(editor: Editor, step: int) -> None:
    """Move the last area's number (or letter) by *step*."""
    last = editor.roadmap.areas[-1]
    if last.number is not None:
        editor.set(last.id, "number", last.number + step)
    else:
        assert last.label is not None
        editor.set(last.id, "label", chr(ord(last.label) + step))


@mutator("RB703", "Nomor area terakhir dilompati", "The last area's number skips one")
def _numbering_gap(editor: Editor, pick: Pick) -> None:
    _renumber_last_area(editor, 1)


@mutator("RB704", "Nomor area terakhir diulang", "The last area's number repeats the one before")
def _numbering_repeat(editor: Editor, pick: Pick) -> None:
    _renumber_last_area(editor, -1)


@mutator("RB705", "Tahap satu tahun dihapus", "The stage of one year left out")
def _year_without_stage(editor: Editor, pick: Pick) -> None:
    stages = editor.roadmap.stages
    editor.remove(editor.roadmap.id, "stages", pick(range(len(stages))))


@mutator("RB706", "Tahap kedua untuk satu tahun", "A second stage for one year")
def _repeated_stage_year(editor: Editor, pick: Pick) -> None:
    roadmap = editor.roadmap
    twin = pick(roadmap.stages)
    description, step = fresh_texts(roadmap, 2)
    stage = Stage(
        id=f"{twin.id}-b",
        year=twin.year,
        description=description,
        steps=(Item(label="1", text=step),),
    )
    editor.append(roadmap.id, "stages", stage)


@mutator("RB708", "Tahap tanpa langkah", "A stage without steps")
def _stage_without_steps(editor: Editor, pick: Pick) -> None:
    editor.set(pick(editor.roadmap.stages).id, "steps", ())


__all__: list[str] = []
