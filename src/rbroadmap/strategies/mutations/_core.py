"""The mutation kernel (private): changes, mutations, the editor and the registry."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Final, TypeVar

import attrs
import pendulum

from rbroadmap.messages import Message
from rbroadmap.model import Action, Problem, Result, RoadMap
from rbroadmap.model.structure import texts, walk
from rbroadmap.strategies.clean import _NOUNS, _PLACES, _VERBS

__all__ = ["MUTATORS", "Change", "Editor", "Mutation", "Mutator", "Pick", "first", "mutator"]

T = TypeVar("T")

Pick = Callable[[Sequence[Any]], Any]
"""Chooses one of a non-empty sequence: the first (`first`), or one a strategy draws."""


def first(options: Sequence[T]) -> T:
    """Pick the first of *options*: the choice `mutate` makes when given no other."""
    return options[0]


@attrs.frozen(kw_only=True, slots=True)
class Change:
    """Change (*perubahan*): one cell a mutation wrote.

    Attributes:
        entity_id: The id of the entity whose cell changed (the road map's own id for
            a field of the road map), as `rbroadmap.Finding.entity_id` names it.
        path: The JSON path of the cell, as `rbroadmap.Finding.path` writes it
            (``"$.areas[0].actions[1].units"``).
        field: The name of the field that changed (``"units"``).
        old: The value before the change.
        new: The value after it.
    """

    entity_id: str
    path: str
    field: str
    old: Any
    new: Any


@attrs.frozen(kw_only=True, slots=True)
class Mutation:
    """Mutation (*mutasi*): a road map with one named defect, and what was changed.

    Attributes:
        code: The code of the rule the defect breaks (``"RB401"``).
        roadmap: The road map with the defect.
        changes: The cells that were changed, in the order they were written.
        description: What the defect is, in Indonesian and English.
        as_of: The date to give `rbroadmap.validate` (``as_of=``) for the rule to
            fire, or ``None`` for the default; only waivers need one.
        companions: The codes of the rules that may fire beside *code* on this defect
            (the rule cannot fire without them); empty for most rules.
    """

    code: str
    roadmap: RoadMap
    changes: tuple[Change, ...]
    description: Message
    as_of: pendulum.Date | None = None
    companions: frozenset[str] = frozenset()


MutateFunction = Callable[["Editor", Pick], None]


@attrs.frozen(kw_only=True, slots=True)
class Mutator:
    """Mutator (*pemutasi*): introduces the defect one rule finds into a clean road map.

    Attributes:
        code: The code of the rule it breaks.
        description: What the defect is, in Indonesian and English.
        apply: Writes the defect through an `Editor`, choosing where with a `Pick`.
        as_of: The date `rbroadmap.validate` needs for the rule to fire, if any.
        companions: The codes of the rules that fire with it (documented in the
            rule reference).
        area_sets: The area sets a road map must follow for the defect to be
            made (the themes of *RB Tematik* exist from 2023 on); empty for any.
        min_years: The fewest years a period needs for the defect to be made
            (some shapes of schedule need four or five).
    """

    code: str
    description: Message
    apply: MutateFunction = attrs.field(repr=False)
    as_of: pendulum.Date | None = None
    companions: frozenset[str] = frozenset()
    area_sets: tuple[str, ...] = ()
    min_years: int = 2


MUTATORS: Final[dict[str, Mutator]] = {}
"""Every mutator, by the code of the rule it breaks."""


def mutator(
    code: str,
    indonesian: str,
    english: str,
    *,
    as_of: pendulum.Date | None = None,
    companions: Sequence[str] = (),
    area_sets: Sequence[str] = (),
    min_years: int = 2,
) -> Callable[[MutateFunction], MutateFunction]:
    """Register the decorated function as the mutator of rule *code*."""

    def register(function: MutateFunction) -> MutateFunction:
        if code in MUTATORS:
            raise ValueError(f"a mutator of {code} is already registered")
        MUTATORS[code] = Mutator(
            code=code,
            description=Message(indonesian, english),
            apply=function,
            as_of=as_of,
            companions=frozenset(companions),
            area_sets=tuple(area_sets),
            min_years=min_years,
        )
        return function

    return register


def _path(base: str, field: str) -> str:
    return f"$.{base}.{field}" if base else f"$.{field}"


class Editor:
    """Writes cells of a road map, one entity at a time, recording every change."""

    def __init__(self, roadmap: RoadMap) -> None:
        self.roadmap = roadmap
        self.changes: list[Change] = []

    def paths(self) -> dict[str, str]:
        """The JSON path of every entity of the current road map, by id."""
        return {getattr(e, "id", ""): p for p, e in walk(self.roadmap)}

    def set(self, entity_id: str, field: str, new: Any) -> None:
        """Write *new* into *field* of the entity *entity_id* (the road map's id for its own)."""
        old = self._read(entity_id, field)
        if old == new:
            return
        path = self._holder_path(entity_id)
        self._write(entity_id, field, new)
        self.changes.append(
            Change(entity_id=entity_id, path=_path(path, field), field=field, old=old, new=new)
        )

    def append(self, entity_id: str, field: str, item: Any) -> None:
        """Add *item* at the end of the list *field* of the entity *entity_id*."""
        old = self._read(entity_id, field)
        path = self._holder_path(entity_id)
        self._write(entity_id, field, (*old, item))
        self.changes.append(
            Change(
                entity_id=entity_id,
                path=_path(path, f"{field}[{len(old)}]"),
                field=field,
                old=None,
                new=item,
            )
        )

    def remove(self, entity_id: str, field: str, index: int) -> None:
        """Leave out the item at *index* of the list *field* of the entity *entity_id*."""
        old = self._read(entity_id, field)
        path = self._holder_path(entity_id)
        self._write(entity_id, field, (*old[:index], *old[index + 1 :]))
        self.changes.append(
            Change(
                entity_id=entity_id,
                path=_path(path, f"{field}[{index}]"),
                field=field,
                old=old[index],
                new=None,
            )
        )

    def _read(self, entity_id: str, field: str) -> Any:
        holder = self.roadmap if entity_id == self.roadmap.id else self.roadmap.entity(entity_id)
        return getattr(holder, field)

    def _holder_path(self, entity_id: str) -> str:
        return "" if entity_id == self.roadmap.id else self.paths()[entity_id]

    def _write(self, entity_id: str, field: str, new: Any) -> None:
        if entity_id == self.roadmap.id:
            self.roadmap = attrs.evolve(self.roadmap, **{field: new})
            return

        def change(obj: Any) -> Any:
            return attrs.evolve(obj, **{field: new})

        self.roadmap = _rebuild(self.roadmap, entity_id, change)


def _rebuild(obj: Any, entity_id: str, change: Callable[[Any], Any]) -> Any:
    """*obj* with the entity *entity_id* inside it replaced by ``change(entity)``."""
    if isinstance(obj, tuple):
        items = tuple(_rebuild(item, entity_id, change) for item in obj)
        return obj if all(a is b for a, b in zip(items, obj, strict=True)) else items
    if not attrs.has(type(obj)):
        return obj
    if getattr(obj, "id", None) == entity_id and not isinstance(obj, RoadMap):
        return change(obj)
    changes: dict[str, Any] = {}
    for field in attrs.fields(type(obj)):
        if not field.init:
            continue
        value = getattr(obj, field.name)
        if isinstance(value, tuple) or attrs.has(type(value)):
            rebuilt = _rebuild(value, entity_id, change)
            if rebuilt is not value:
                changes[field.alias or field.name] = rebuilt
    return attrs.evolve(obj, **changes) if changes else obj


# -- helpers the mutators share


def rows(roadmap: RoadMap) -> list[Action]:
    """The rows of the action plan that hold their own cells, in document order.

    A row that shares the cells of another (``shares``), or whose cells another
    shares, is left out: a cell changed there would change (or leave unchanged)
    what another row reads.
    """
    lenders = {row.shares for row in roadmap.actions() if row.shares is not None}
    return [row for row in roadmap.actions() if row.shares is None and row.id not in lenders]


def fresh_texts(roadmap: RoadMap, n: int) -> list[str]:
    """*n* texts of the clean vocabulary the road map does not write yet."""
    written = {text for *_, text, _, _ in texts(roadmap)}
    out: list[str] = []
    for verb in reversed(_VERBS):
        for noun in reversed(_NOUNS):
            for place in reversed(_PLACES):
                text = f"{verb} {noun} {place}"
                if text not in written:
                    out.append(text)
                    if len(out) == n:
                        return out
    raise AssertionError("the clean vocabulary is exhausted")  # pragma: no cover


def new_row(roadmap: RoadMap, id: str, like: Action) -> Action:
    """A clean row *id* with the cells of *like* and texts of its own."""
    action, problem, result, condition = fresh_texts(roadmap, 4)
    return attrs.evolve(
        like,
        id=id,
        text=action,
        problems=(Problem(id=f"{id}-masalah", text=problem),),
        result=Result(id=f"{id}-hasil", text=result),
        expected_condition=condition,
    )


def programme_users(roadmap: RoadMap) -> dict[str, int]:
    """How many rows name each programme cell."""
    users: dict[str, int] = {}
    for row in roadmap.actions():
        if row.programme is not None:
            users[row.programme] = users.get(row.programme, 0) + 1
    return users


def drop_unused_programmes(editor: Editor) -> None:
    """Leave out the declared programmes no row names any more, numbering the rest anew."""
    users = programme_users(editor.roadmap)
    kept = [p for p in editor.roadmap.programmes if p.name in users]
    if len(kept) == len(editor.roadmap.programmes):
        return
    editor.set(
        editor.roadmap.id,
        "programmes",
        tuple(attrs.evolve(p, id=f"program-{k}", number=k) for k, p in enumerate(kept, start=1)),
    )


def direct_rows(editor: Editor) -> list[Action]:
    """The rows that stand directly in their area, not under a plan hierarchy.

    A road map whose every area groups its rows under a hierarchy has its first
    area's rows taken out of it first (recorded as changes), so that a row's own
    cells are not covered by the cells of the programme it stands under.
    """
    own = {row.id for row in rows(editor.roadmap)}
    found = [row for area in editor.roadmap.areas for row in area.actions if row.id in own]
    if found:
        return found
    area = editor.roadmap.areas[0]
    held = [row for row in rows(editor.roadmap) if editor.roadmap.area_of(row.id) is area]
    editor.set(area.id, "programmes", ())
    editor.set(area.id, "actions", tuple(held))
    return held
