"""Revisions (*perubahan*): what changed between two versions of a road map.

A road map is amended by a later regulation (a Perwal or Perbup that changes
an earlier one, `rbroadmap.Regulation`): targets of later years re-set, rows
added or dropped, budgets and units changed. `diff` compares two versions and
lists every change, each with the id of the entity it is about and its JSON
path, like a rule finding, and a message in Indonesian and English:

* an entity added or removed (`ChangeKind.ADDED`, `ChangeKind.REMOVED`),
  reported once at the outermost entity: a row removed takes its problems and
  result with it;
* an entity moved to another parent (`ChangeKind.MOVED`): a row moved from
  one sub-activity or area to another;
* a text re-worded (`ChangeKind.REWORDED`): a name, a problem, an action, a
  list item;
* a target raised, lowered or otherwise changed in one year, or in one
  stated quarter (`ChangeKind.TARGET_RAISED`, `TARGET_LOWERED`,
  `TARGET_CHANGED`): raised or lowered when both cells measure the same thing
  (a threshold or a graded score by its number: ``> IRB 70`` to ``> IRB 75``
  is raised), else changed (``√`` to ``-``, a grade re-set); and a target's
  direction, declared shape, unit column (*Satuan*), own lower-is-better
  formula or cap changed (`TARGET_CHANGED`, at ``targets.unit`` and so on);
* a budget changed, in amount or in form (`ChangeKind.BUDGET_CHANGED`), a year
  at a time when both versions give amounts per year;
* the responsible units or the programme of a row changed
  (`ChangeKind.UNITS_CHANGED`, `ChangeKind.PROGRAMME_CHANGED`);
* any other field changed (`ChangeKind.CHANGED`): a number, a label, a
  standard code, the period, the profile.

Entities are matched by id, walking the table of what contains what
(`rbroadmap.model.structure`), so every level of a road map is compared,
levels added to the table later included; the two road maps themselves are
matched whatever their ids. The result is deterministic: the same two road
maps give the same changes in the same order.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from decimal import Decimal
from typing import Any, Final, final

import attrs

from rbroadmap import _checks, _html
from rbroadmap._text import clip
from rbroadmap.messages import LabelledEnum, Lang, Message
from rbroadmap.model import Action, Item, RoadMap, Target, YearlyBudget, structure
from rbroadmap.notation import format_rupiah, format_value
from rbroadmap.values import QUARTER_NAMES, TargetValue, is_numeric

__all__ = ["Change", "ChangeKind", "Diff", "diff"]


class ChangeKind(LabelledEnum):
    """Kind of change (*jenis perubahan*) between two versions of a road map."""

    ADDED = "added", "Ditambahkan", "Added"
    """Ditambahkan: an entity the new version has and the old one does not."""
    REMOVED = "removed", "Dihapus", "Removed"
    """Dihapus: an entity the old version has and the new one does not."""
    MOVED = "moved", "Dipindahkan", "Moved"
    """Dipindahkan: an entity held by another entity in the new version."""
    REWORDED = "reworded", "Diubah redaksinya", "Re-worded"
    """Diubah redaksinya: a text written differently."""
    TARGET_RAISED = "target-raised", "Target dinaikkan", "Target raised"
    """Target dinaikkan: a year's target set higher, in the same kind of value."""
    TARGET_LOWERED = "target-lowered", "Target diturunkan", "Target lowered"
    """Target diturunkan: a year's target set lower, in the same kind of value."""
    TARGET_CHANGED = "target-changed", "Target diubah", "Target changed"
    """Target diubah: a year's target added, removed or changed in kind."""
    BUDGET_CHANGED = "budget-changed", "Anggaran diubah", "Budget changed"
    """Anggaran diubah: a budget changed in amount or in form."""
    UNITS_CHANGED = "units-changed", "Penanggung jawab diubah", "Responsible units changed"
    """Penanggung jawab diubah: the responsible units of a row changed."""
    PROGRAMME_CHANGED = "programme-changed", "Program diubah", "Programme changed"
    """Program diubah: the programme of a row changed."""
    CHANGED = "changed", "Diubah", "Changed"
    """Diubah: any other field changed."""


Plain = str | int | None
"""A value of a change as plain data: text, a whole number or ``None``."""


@final
@attrs.frozen(kw_only=True)
class Change:
    """Change (*perubahan*): one difference between two versions of a road map.

    Attributes:
        kind: What kind of change it is.
        entity_id: The id of the entity it is about (in the new version; in the
            old one for an entity removed).
        path: The JSON path of what changed, in the new version (in the old
            one for what was removed): ``$.areas[0].actions[2].targets["2023"]``.
        field: Where in the entity, relative to it (``"targets[2023]"``), or
            ``""`` for the entity as a whole.
        old: The value in the old version, as plain data, or ``None``.
        new: The value in the new version, as plain data, or ``None``.
        year: The year a change of a target or a budget is about, if any.
        message: What changed, in Indonesian and English.
    """

    kind: ChangeKind
    entity_id: str
    path: str
    field: str = ""
    old: Plain = None
    new: Plain = None
    year: int | None = None
    message: Message

    def text(self, lang: Lang = "id") -> str:
        """Return ``"<path>: <message>"`` in *lang*."""
        return f"{self.path}: {self.message.get(_checks.language('Change.text', lang))}"


def _changes(value: Sequence[Change]) -> tuple[Change, ...]:
    return tuple(value)


@final
@attrs.frozen(kw_only=True)
class Diff:
    """Differences (*perbedaan*) between two versions of a road map: every `Change`, in order.

    A diff is falsy when nothing changed, and iterates over its changes.

    Attributes:
        old_id: The id of the old version.
        new_id: The id of the new version.
        changes: Every change, in document order.
    """

    old_id: str
    new_id: str
    changes: tuple[Change, ...] = attrs.field(converter=_changes)

    def __bool__(self) -> bool:
        return bool(self.changes)

    def __len__(self) -> int:
        return len(self.changes)

    def __iter__(self) -> Iterator[Change]:
        return iter(self.changes)

    def of(self, kind: ChangeKind | str) -> tuple[Change, ...]:
        """The changes of one kind (a `ChangeKind`, or its value as text: ``"added"``), in order.

        Raises:
            ModelError: If *kind* names no kind (a `ModelTypeError` if it is not text).
        """
        wanted = _checks.choice("Diff.of", "kind", kind, ChangeKind)
        return tuple(c for c in self.changes if c.kind is wanted)

    def about(self, entity_id: str) -> tuple[Change, ...]:
        """The changes of one entity, in order.

        Raises:
            ModelTypeError: If *entity_id* is not text.
        """
        _checks.argument("Diff.about", "entity_id", entity_id, str, Message("teks", "a str"))
        return tuple(c for c in self.changes if c.entity_id == entity_id)

    def to_text(self, lang: Lang = "id") -> str:
        """The changes as readable text, one line each, in *lang*."""
        lang = _checks.language("Diff.to_text", lang)
        n = len(self.changes)
        if lang == "id":
            head = f"{n} perubahan dari {self.old_id} ke {self.new_id}"
        else:
            head = f"{n} change{'s' * (n != 1)} from {self.old_id} to {self.new_id}"
        lines = [head + (":" if n else "")]
        for change in self.changes:
            lines.append(f"  {change.kind.label.get(lang)}: {change.text(lang)}")
        return "\n".join(lines)

    def to_dict(self, lang: Lang = "id") -> dict[str, Any]:
        """The diff as plain data, for JSON; messages in *lang*."""
        lang = _checks.language("Diff.to_dict", lang)
        return {
            "old_id": self.old_id,
            "new_id": self.new_id,
            "changes": [
                {
                    "kind": c.kind.value,
                    "entity_id": c.entity_id,
                    "path": c.path,
                    "field": c.field,
                    "old": c.old,
                    "new": c.new,
                    "year": c.year,
                    "message": c.message.get(lang),
                }
                for c in self.changes
            ],
        }

    def __repr__(self) -> str:
        return f"<Diff {self.old_id!r} -> {self.new_id!r}: {len(self.changes)} changes>"

    def _repr_html_(self) -> str:
        """The changes as a table, for notebooks."""
        rows = [
            [
                _html.text(c.kind.label.english),
                f'<span style="white-space:nowrap">{_html.text(c.entity_id)}</span>',
                _html.cut("" if c.old is None else str(c.old), 40),
                _html.cut("" if c.new is None else str(c.new), 40),
                _html.cut(c.message.english, 80),
            ]
            for c in self.changes
        ]
        body = _html.table(["change", "entity", "old", "new", "what"], rows)
        return _html.section(f"{self.old_id} → {self.new_id}", f"{len(self.changes)} changes", body)


# -- comparing


_INDEX: Final = re.compile(r"\[(\d+)\]")
_BUDGET: Final = ("budget", "budget_per_year", "budget_total")
"""The fields of a row that hold its one budget cell, in whichever form."""


def _path_key(path: str) -> tuple[object, ...]:
    """Order paths with their list indices as numbers, so that [10] comes after [9]."""
    return tuple(
        (0, int(piece), "") if piece.isdigit() else (1, 0, piece) for piece in _INDEX.split(path)
    )


def _join(path: str, field: str) -> str:
    """The JSON path of *field* within the entity at *path* (``""`` for the road map)."""
    base = f"$.{path}" if path else "$"
    if not field:
        return base
    return f"{base}{field}" if field.startswith("[") else f"{base}.{field}"


def _plain(value: object) -> Plain:
    """A value as plain data: target values in notation, rupiah as whole numbers."""
    if value is None or isinstance(value, str | int):
        return value
    if isinstance(value, Target):
        return " ".join(
            f"{year}: {text}" for year, text in zip(value.years, value.notation(), strict=True)
        )
    if isinstance(value, YearlyBudget):
        return " ".join(f"{year}: {amount}" for year, amount in value.items())
    if isinstance(value, tuple):
        return " | ".join(str(_plain(v)) for v in value)
    try:
        return format_value(value)  # type: ignore[arg-type]
    except TypeError:
        return str(value)


def _shown(value: Plain) -> str:
    """A value quoted for a message, or ``—`` for none."""
    return "—" if value is None or value == "" else clip(str(value), 60)


def _bare(value: str | None) -> str:
    """A value in notation for a message, unquoted, or ``—`` for none."""
    return "—" if value is None else value


def _principal(entity: Any) -> str | None:
    """The text an entity is named by: its principal text, or its name.

    Without either, the text of the one entity it holds in a single field: a row
    without an action of its own is named by its result.
    """
    rows = structure.parts_of(entity.__class__)
    for row in rows:
        if isinstance(row, structure.Text) and row.principal:
            value = getattr(entity, row.field)
            if isinstance(value, str):
                return value
    name = getattr(entity, "name", None)
    if isinstance(name, str):
        return name
    for row in rows:
        if isinstance(row, structure.Part) and not row.many and structure.is_entity(row.child):
            held = getattr(entity, row.field)
            if held is not None:
                return _principal(held)
    return None


@final
class _Version:
    """One version of a road map: its entities by id, with their paths and holders."""

    __slots__ = ("entities", "holders", "parts", "paths", "roadmap")

    def __init__(self, roadmap: RoadMap) -> None:
        self.roadmap = roadmap
        self.entities: dict[str, Any] = {}
        self.paths: dict[str, str] = {}
        self.holders: dict[str, str | None] = {}  # the id of the entity holding it
        self.parts: dict[str, structure.Part] = {}  # the part of the table holding it
        by_path: dict[str, Any] = {}
        for path, entity in structure.walk(roadmap):
            by_path[path] = entity
            if entity is roadmap:
                continue
            self.entities[entity.id] = entity
            self.paths[entity.id] = path
            holder = path
            while holder:
                cut = max(holder.rfind("."), holder.rfind("["))
                holder = holder[: max(cut, 0)]
                found = by_path.get(holder)
                if found is not None:
                    self.holders[entity.id] = None if found is roadmap else found.id
                    field = path[len(holder) :].lstrip(".").split("[")[0].split(".")[0]
                    self.parts[entity.id] = next(
                        row
                        for row in structure.parts_of(found.__class__)
                        if isinstance(row, structure.Part) and row.field == field
                    )
                    break


def _holder_name(version: _Version, entity_id: str) -> Message:
    """Where an entity sits, in words: *the action plan rows of 'organisasi'*."""
    part = version.parts[entity_id]
    holder = version.holders[entity_id]
    if holder is None:
        return Message(part.name.indonesian, f"the {part.name.english}")
    return Message(f"{part.name.indonesian} {holder!r}", f"the {part.name.english} of {holder!r}")


def _added_or_removed(old: _Version, new: _Version) -> Iterator[Change]:
    for kind, here, there in ((ChangeKind.ADDED, new, old), (ChangeKind.REMOVED, old, new)):
        for entity_id, entity in here.entities.items():
            if entity_id in there.entities:
                continue
            holder = here.holders[entity_id]
            if holder is not None and holder not in there.entities:
                continue  # inside an entity added or removed with it: counted there
            where = _holder_name(here, entity_id)
            text = _principal(entity)
            said = f": {clip(text, 60)}" if text else ""
            if kind is ChangeKind.ADDED:
                message = Message(
                    f"{entity_id!r} ditambahkan ke {where.indonesian}{said}",
                    f"{entity_id!r} added to {where.english}{said}",
                )
            else:
                message = Message(
                    f"{entity_id!r} dihapus dari {where.indonesian}{said}",
                    f"{entity_id!r} removed from {where.english}{said}",
                )
            yield Change(
                kind=kind,
                entity_id=entity_id,
                path=_join(here.paths[entity_id], ""),
                old=text if kind is ChangeKind.REMOVED else None,
                new=text if kind is ChangeKind.ADDED else None,
                message=message,
            )


def _cell_change(
    entity_id: str,
    where: tuple[str, str, int, Message],
    before: TargetValue | None,
    after: TargetValue | None,
) -> Change:
    """The change of one target cell: raised or lowered in the same measure, else changed.

    *where* is the cell's path, its field within the entity, its year and its name in
    messages (``2023``, ``2023 TW II``).
    """
    path, field, year, when = where
    kind = ChangeKind.TARGET_CHANGED
    if (
        before is not None
        and after is not None
        and is_numeric(before)
        and is_numeric(after)
        and before.dimension == after.dimension
    ):
        if after.magnitude > before.magnitude:
            kind = ChangeKind.TARGET_RAISED
        elif after.magnitude < before.magnitude:
            kind = ChangeKind.TARGET_LOWERED
    shown_old = format_value(before) if before is not None else None
    shown_new = format_value(after) if after is not None else None
    verb = {
        ChangeKind.TARGET_RAISED: ("dinaikkan", "raised"),
        ChangeKind.TARGET_LOWERED: ("diturunkan", "lowered"),
        ChangeKind.TARGET_CHANGED: ("diubah", "changed"),
    }[kind]
    return Change(
        kind=kind,
        entity_id=entity_id,
        path=path,
        field=field,
        old=shown_old,
        new=shown_new,
        year=year,
        message=Message(
            f"target {entity_id!r} {when.indonesian} {verb[0]}: {_bare(shown_old)} → "
            f"{_bare(shown_new)}",
            f"the target of {entity_id!r} for {when.english} {verb[1]}: {_bare(shown_old)} → "
            f"{_bare(shown_new)}",
        ),
    )


def _option_text(value: object) -> Plain:
    """A target's option (direction, shape, unit, formula, cap) as its document writes it."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(getattr(value, "value", value))


_TARGET_OPTIONS: Final = (
    ("direction", "direction"),
    ("declared_shape", "shape"),
    ("unit", "unit"),
    ("lower_is_better", "lower_is_better"),
    ("cap", "cap"),
)
"""The fields of a target beside its cells, with the key its document writes each under."""


def _target_changes(entity_id: str, path: str, old: Target, new: Target) -> Iterator[Change]:
    for year in sorted({*old.years, *new.years}):
        before, after = old.get(year), new.get(year)
        if before != after:
            where = (
                _join(path, f'targets["{year}"]'),
                f"targets[{year}]",
                year,
                Message(f"tahun {year}", f"{year}"),
            )
            yield _cell_change(entity_id, where, before, after)
    for year in sorted({y for y, _ in (*old.quarters, *new.quarters)}):
        for q, name in enumerate(QUARTER_NAMES, start=1):
            before, after = old.quarter(year, q), new.quarter(year, q)
            if before != after:
                where = (
                    _join(path, f'targets.quarters["{year}"]["{name}"]'),
                    f"targets.quarters[{year}][{name}]",
                    year,
                    Message(f"tahun {year} {name}", f"{year} {name}"),
                )
                yield _cell_change(entity_id, where, before, after)
    for name, key in _TARGET_OPTIONS:
        was, now = _option_text(getattr(old, name)), _option_text(getattr(new, name))
        if was != now:
            yield Change(
                kind=ChangeKind.TARGET_CHANGED,
                entity_id=entity_id,
                path=_join(path, f"targets.{key}"),
                field=f"targets.{key}",
                old=was,
                new=now,
                message=Message(
                    f"{key} target {entity_id!r} diubah: {_shown(was)} → {_shown(now)}",
                    f"the {key} of the target of {entity_id!r} changed: {_shown(was)} → "
                    f"{_shown(now)}",
                ),
            )


def _budget_text(action: Action) -> tuple[Plain, Message]:
    """A row's budget as plain data and in words, whatever its form."""
    if action.budget is not None:
        shown = format_rupiah(action.budget)
        return action.budget, Message(f"{shown} per tahun", f"{shown} a year")
    if action.budget_total is not None:
        shown = format_rupiah(action.budget_total)
        return action.budget_total, Message(f"{shown} untuk periode", f"{shown} for the period")
    if action.budget_per_year is not None:
        parts = ", ".join(
            f"{format_rupiah(money)} ({year})" for year, money in action.budget_per_year.items()
        )
        return _plain(action.budget_per_year), Message(parts, parts)
    return None, Message("tanpa anggaran", "no budget")


def _budget_changes(entity_id: str, path: str, old: Action, new: Action) -> Iterator[Change]:
    if (old.budget, old.budget_per_year, old.budget_total) == (
        new.budget,
        new.budget_per_year,
        new.budget_total,
    ):
        return
    if old.budget_per_year is not None and new.budget_per_year is not None:  # year by year
        for year in sorted({*old.budget_per_year.years, *new.budget_per_year.years}):
            before, after = old.budget_per_year.get(year), new.budget_per_year.get(year)
            if before == after:
                continue
            was = "—" if before is None else format_rupiah(before)
            now = "—" if after is None else format_rupiah(after)
            yield Change(
                kind=ChangeKind.BUDGET_CHANGED,
                entity_id=entity_id,
                path=_join(path, f'budget_per_year["{year}"]'),
                field=f"budget_per_year[{year}]",
                old=before,
                new=after,
                year=year,
                message=Message(
                    f"anggaran {entity_id!r} tahun {year} diubah: {was} → {now}",
                    f"the budget of {entity_id!r} for {year} changed: {was} → {now}",
                ),
            )
        return
    old_value, old_words = _budget_text(old)
    new_value, new_words = _budget_text(new)
    field = next((f for f in _BUDGET if getattr(new, f) is not None), "budget")
    yield Change(
        kind=ChangeKind.BUDGET_CHANGED,
        entity_id=entity_id,
        path=_join(path, field),
        field=field,
        old=old_value,
        new=new_value,
        message=Message(
            f"anggaran {entity_id!r} diubah: {old_words.indonesian} → {new_words.indonesian}",
            f"the budget of {entity_id!r} changed: {old_words.english} → {new_words.english}",
        ),
    )


def _unit_change(entity_id: str, path: str, old: Action, new: Action) -> Iterator[Change]:
    if old.units == new.units:
        return
    added = [u for u in new.units if u not in old.units]
    removed = [u for u in old.units if u not in new.units]
    said = "; ".join(
        [*(f"+{clip(u, 40)}" for u in added), *(f"-{clip(u, 40)}" for u in removed)]
    ) or ", ".join(clip(u, 40) for u in new.units)  # the same units, in another order
    yield Change(
        kind=ChangeKind.UNITS_CHANGED,
        entity_id=entity_id,
        path=_join(path, "units"),
        field="units",
        old=_plain(old.units) or None,
        new=_plain(new.units) or None,
        message=Message(
            f"penanggung jawab {entity_id!r} diubah: {said}",
            f"the responsible units of {entity_id!r} changed: {said}",
        ),
    )


def _text_kinds(cls: type) -> dict[str, Message]:
    """The fields of *cls* the table says hold prose, with the name of one such text."""
    return {
        row.field: row.name for row in structure.parts_of(cls) if isinstance(row, structure.Text)
    }


@functools.cache
def _has_entities(cls: type) -> bool:
    """Whether an object of *cls* is, or holds at any depth, an entity."""
    return structure.is_entity(cls) or any(
        isinstance(row, structure.Part) and _has_entities(row.child)
        for row in structure.parts_of(cls)
    )


def _holding(cls: type) -> frozenset[str]:
    """The fields of *cls* whose entities are compared by their own ids."""
    return frozenset(
        row.field
        for row in structure.parts_of(cls)
        if isinstance(row, structure.Part) and _has_entities(row.child)
    )


def _list_changes(
    entity_id: str,
    path: str,
    field: str,
    *,
    old: tuple[Any, ...],
    new: tuple[Any, ...],
    name: Message,
) -> Iterator[Change]:
    """Changes in a list of values that are not entities: items, members, waivers."""
    for i in range(max(len(old), len(new))):
        before = old[i] if i < len(old) else None
        after = new[i] if i < len(new) else None
        if before == after:
            continue
        where = f"{field}[{i}]"
        if before is None or after is None:
            kind = ChangeKind.ADDED if before is None else ChangeKind.REMOVED
            shown = after if after is not None else before
            said = f": {clip(shown.text, 60)}" if isinstance(shown, Item) else ""
            verb = ("ditambahkan", "added") if before is None else ("dihapus", "removed")
            yield Change(
                kind=kind,
                entity_id=entity_id,
                path=_join(path, where),
                field=where,
                old=None if before is None else _item_value(before),
                new=None if after is None else _item_value(after),
                message=Message(
                    f"{name.indonesian} #{i + 1} dari {entity_id!r} {verb[0]}{said}",
                    f"{name.english} #{i + 1} of {entity_id!r} {verb[1]}{said}",
                ),
            )
        elif isinstance(before, Item) and isinstance(after, Item) and before.label == after.label:
            yield _reworded(
                entity_id,
                _join(path, f"{where}.text"),
                f"{where}.text",
                old=before.text,
                new=after.text,
                name=name,
            )
        else:
            yield _changed(entity_id, path, where, old=_item_value(before), new=_item_value(after))


def _item_value(value: object) -> Plain:
    if isinstance(value, Item):
        return value.text if value.label is None else f"{value.label}. {value.text}"
    cls: Any = value.__class__
    if attrs.has(cls) and cls.__str__ is not object.__str__:
        return str(value)  # a citation ('Perwal 41/2021'), a period ('2018-2022')
    if attrs.has(cls):
        return ", ".join(
            f"{a.name}={_plain(getattr(value, a.name))}"
            for a in attrs.fields(cls)
            if a.init and getattr(value, a.name) is not None
        )
    return _plain(value)


def _reworded(
    entity_id: str, path: str, field: str, *, old: str | None, new: str | None, name: Message
) -> Change:
    return Change(
        kind=ChangeKind.REWORDED,
        entity_id=entity_id,
        path=path,
        field=field,
        old=old,
        new=new,
        message=Message(
            f"{name.indonesian} {entity_id!r} diubah redaksinya: {_shown(old)} → {_shown(new)}",
            f"the {name.english} of {entity_id!r} re-worded: {_shown(old)} → {_shown(new)}",
        ),
    )


def _changed(
    entity_id: str, path: str, field: str, *, old: Plain, new: Plain, name: Message | None = None
) -> Change:
    said = Message(field, field) if name is None else name
    return Change(
        kind=ChangeKind.CHANGED,
        entity_id=entity_id,
        path=_join(path, field),
        field=field,
        old=old,
        new=new,
        message=Message(
            f"{said.indonesian} dari {entity_id!r} diubah: {_shown(old)} → {_shown(new)}",
            f"the {said.english} of {entity_id!r} changed: {_shown(old)} → {_shown(new)}",
        ),
    )


def _field_changes(entity_id: str, path: str, old: Any, new: Any) -> Iterator[Change]:
    """Every change of one entity's own fields (not of the entities it holds)."""
    cls = type(new)
    texts = _text_kinds(cls)
    skipped = _holding(cls)
    row = cls is Action
    for a in attrs.fields(cls):
        name = a.name
        if not a.init or name.startswith("_") or name in skipped or (row and name in _BUDGET):
            continue
        before, after = getattr(old, name), getattr(new, name)
        if before == after:
            continue
        if isinstance(before, Target) and isinstance(after, Target):
            yield from _target_changes(entity_id, path, before, after)
        elif isinstance(before, Target) or isinstance(after, Target):
            was, now = _plain(before), _plain(after)
            yield Change(
                kind=ChangeKind.TARGET_CHANGED,
                entity_id=entity_id,
                path=_join(path, name),
                field=name,
                old=was,
                new=now,
                message=Message(
                    f"target {entity_id!r} diubah: {_shown(was)} → {_shown(now)}",
                    f"the target of {entity_id!r} changed: {_shown(was)} → {_shown(now)}",
                ),
            )
        elif row and name == "units":
            yield from _unit_change(entity_id, path, old, new)
        elif row and name == "programme":
            yield Change(
                kind=ChangeKind.PROGRAMME_CHANGED,
                entity_id=entity_id,
                path=_join(path, name),
                field=name,
                old=before,
                new=after,
                message=Message(
                    f"program {entity_id!r} diubah: {_shown(before)} → {_shown(after)}",
                    f"the programme of {entity_id!r} changed: {_shown(before)} → {_shown(after)}",
                ),
            )
        elif _records(before) and _records(after):
            label = texts.get(name, Message(name, name))
            yield from _list_changes(entity_id, path, name, old=before, new=after, name=label)
        elif name in texts and not isinstance(before, tuple) and not isinstance(after, tuple):
            yield _reworded(
                entity_id, _join(path, name), name, old=before, new=after, name=texts[name]
            )
        else:
            part = next(
                (
                    r
                    for r in structure.parts_of(new.__class__)
                    if r.field == name and isinstance(r, structure.Part)
                ),
                None,
            )
            said = None if part is None else part.name
            yield _changed(
                entity_id, path, name, old=_item_value(before), new=_item_value(after), name=said
            )
    if row:
        yield from _budget_changes(entity_id, path, old, new)


def _records(value: object) -> bool:
    """Whether *value* is a list of objects that are not entities (items, members, waivers)."""
    return isinstance(value, tuple) and all(attrs.has(type(v)) for v in value)


def _moved(old: _Version, new: _Version) -> Iterator[Change]:
    for entity_id, holder in new.holders.items():
        if entity_id not in old.entities:
            continue
        before = old.holders[entity_id]
        if before == holder:
            continue
        was = "road map" if before is None else repr(before)
        now = "road map" if holder is None else repr(holder)
        yield Change(
            kind=ChangeKind.MOVED,
            entity_id=entity_id,
            path=_join(new.paths[entity_id], ""),
            old=before,
            new=holder,
            message=Message(
                f"{entity_id!r} dipindahkan dari {was} ke {now}",
                f"{entity_id!r} moved from {was} to {now}",
            ),
        )


def diff(old: RoadMap, new: RoadMap) -> Diff:
    """Compare two versions of a road map (*bandingkan versi*): every change, in order.

    Args:
        old: The earlier version, such as the road map a Perwal amends.
        new: The later version.

    Returns:
        The changes; falsy when nothing changed.

    Raises:
        ModelTypeError: If *old* or *new* is not a `rbroadmap.RoadMap` (also a
            `TypeError`).

    >>> import attrs, rbroadmap as rb
    >>> old = rb.samples.probolinggo()
    >>> row = old.action("organisasi-1")
    >>> raised = attrs.evolve(row, targets=rb.Target.of(2018, "25%", "35%", "70%", "80%", "100%"))
    >>> area = attrs.evolve(old.areas[0], actions=(raised, *old.areas[0].actions[1:]))
    >>> new = attrs.evolve(old, areas=(area, *old.areas[1:]))
    >>> changes = diff(old, new)
    >>> len(changes), changes.changes[0].message.english
    (1, "the target of 'organisasi-1' for 2020 raised: 60% → 70%")
    >>> bool(diff(old, old))
    False
    """
    _checks.argument("diff", "old", old, RoadMap, Message("RoadMap", "a RoadMap"))
    _checks.argument("diff", "new", new, RoadMap, Message("RoadMap", "a RoadMap"))
    before, after = _Version(old), _Version(new)
    found: list[Change] = list(_added_or_removed(before, after))
    found += _moved(before, after)
    found += _field_changes(new.id, "", old, new)
    for entity_id, entity in after.entities.items():
        previous = before.entities.get(entity_id)
        if previous is not None and type(previous) is type(entity) and previous != entity:
            found += _field_changes(entity_id, after.paths[entity_id], previous, entity)
        elif previous is not None and type(previous) is not type(entity):
            found.append(
                _changed(
                    entity_id,
                    after.paths[entity_id],
                    "",
                    old=type(previous).__name__,
                    new=type(entity).__name__,
                )
            )
    found.sort(key=_document_order(before, after))
    return Diff(old_id=old.id, new_id=new.id, changes=found)


def _field_rank(cls: type, field: str) -> int:
    """The place of *field* (``"targets[2023]"`` names ``targets``) among the fields of *cls*."""
    name = re.split(r"[.\[]", field, maxsplit=1)[0]
    names = [a.name for a in attrs.fields(cls)]
    return names.index(name) if name in names else len(names)


def _document_order(old: _Version, new: _Version) -> Any:
    """The sort key of a change: where it is in the new version, as a person reads it."""
    position = {entity_id: i for i, entity_id in enumerate(new.entities)}

    def key(change: Change) -> tuple[object, ...]:
        entity_id = change.entity_id
        if change.kind is ChangeKind.REMOVED:
            holder = old.holders[entity_id]
            where = -1 if holder is None else position.get(holder, len(position))
            holder_cls = type(
                new.roadmap if holder is None else new.entities.get(holder, new.roadmap)
            )
            rank = _field_rank(holder_cls, old.parts[entity_id].field)
        elif entity_id in position:
            where = position[entity_id]
            rank = _field_rank(type(new.entities[entity_id]), change.field) if change.field else -1
        else:  # the road map itself
            where = -1
            rank = _field_rank(RoadMap, change.field)
        return (where, rank, change.year or 0, _path_key(change.path))

    return key
