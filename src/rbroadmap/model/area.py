"""Area of change (*area perubahan*): its improvement items, goals and action plan rows."""

from __future__ import annotations

from collections.abc import Iterable
from typing import final

import attrs

from rbroadmap import _checks
from rbroadmap.errors import ModelError, quote
from rbroadmap.messages import Lang, Message
from rbroadmap.model.action import Action
from rbroadmap.model.parts import Goal, Item, Problem, Result, to_goals, to_items, to_strings

__all__ = ["Area"]


def to_actions(value: Iterable[Action]) -> tuple[Action, ...]:
    """A tuple of action plan rows."""
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def _check_shares_in_area(area: Area) -> None:
    ids: dict[str, int] = {}
    for i, action in enumerate(area.actions):
        first = ids.setdefault(action.id, i)
        if first != i:
            raise ModelError(
                Message(
                    f"id aksi {action.id!r} sudah dipakai di actions[{first}]",
                    f"the action id {action.id!r} is already used at actions[{first}]",
                ),
                entity="Area",
                field="id",
                value=action.id,
                path=f"actions[{i}].id",
            )
    for i, action in enumerate(area.actions):
        if action.shares is None:
            continue
        if action.shares == action.id:
            raise ModelError(
                Message(
                    f"aksi {action.id!r} tidak dapat berbagi sel dengan dirinya sendiri",
                    f"action {action.id!r} cannot share the cells of itself",
                ),
                entity="Area",
                field="shares",
                value=action.shares,
                path=f"actions[{i}].shares",
            )
        if action.shares not in ids:
            raise ModelError(
                Message(
                    f"aksi {action.id!r} berbagi sel dengan {action.shares!r}, yang bukan "
                    f"aksi di area {area.id!r}",
                    f"action {action.id!r} shares the cells of {action.shares!r}, which is "
                    f"not an action of area {area.id!r}",
                ),
                entity="Area",
                field="shares",
                value=action.shares,
                path=f"actions[{i}].shares",
            )
    by_id = {a.id: a for a in area.actions}
    for i, action in enumerate(area.actions):
        seen = {action.id}
        current = action
        while current.shares is not None:
            if current.shares in seen:
                raise ModelError(
                    Message(
                        f"rantai 'shares' dari aksi {action.id!r} berputar",
                        f"the 'shares' chain from action {action.id!r} goes round in a circle",
                    ),
                    entity="Area",
                    field="shares",
                    value=action.shares,
                    path=f"actions[{i}].shares",
                )
            seen.add(current.shares)
            current = by_id[current.shares]


@final
@attrs.frozen(kw_only=True, repr=False)
class Area:
    """Area of change (*area perubahan*), such as *Penataan dan Penguatan Organisasi*.

    Attributes:
        id: Stable id, such as ``"organisasi"``.
        number: The area's number in the document (1-8), if numbered.
        name: The area's name as the document writes it.
        standard: The code of the standard area it stands for in the road
            map's area set (see `rbroadmap.areasets`), or ``None``.
        other_names: Other wordings the document uses for this area (in a
            table header, say).
        improvements: The improvement items (*proses pembenahan*, 3.1.1).
        goals: The goals (*sasaran*, Table 3.1 part A).
        actions: The rows of the action plan (Table 3.2), in order.
    """

    id: str = attrs.field(validator=_checks.identifier)
    number: int | None = attrs.field(default=None, validator=_checks.optional_number)
    name: str = attrs.field(validator=_checks.text)
    standard: str | None = attrs.field(default=None, validator=_checks.optional_text)
    other_names: tuple[str, ...] = attrs.field(
        default=(), converter=to_strings, validator=_checks.tuple_of(str)
    )
    improvements: tuple[Item, ...] = attrs.field(
        default=(), converter=to_items, validator=_checks.tuple_of(Item)
    )
    goals: tuple[Goal, ...] = attrs.field(
        default=(), converter=to_goals, validator=_checks.tuple_of(Goal)
    )
    actions: tuple[Action, ...] = attrs.field(
        default=(), converter=to_actions, validator=_checks.tuple_of(Action)
    )

    def __attrs_post_init__(self) -> None:
        _check_shares_in_area(self)

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Every problem named in the area's rows, in order."""
        return tuple(p for a in self.actions for p in a.problems)

    @property
    def results(self) -> tuple[Result, ...]:
        """Every result of the area's rows, in order."""
        return tuple(a.result for a in self.actions if a.result is not None)

    def __repr__(self) -> str:
        return (
            f"<Area {self.id!r}: {quote(self.name)}, {len(self.problems)} problems, "
            f"{len(self.actions)} rows>"
        )

    def to_html(self, lang: Lang = "id", *, number_lang: Lang | None = None) -> str:
        """The area's action plan as a compact HTML table, in *lang*.

        What a notebook shows (in Indonesian): the first 50 rows, then how many
        more. Numbers are written in the notation of *number_lang*, by default
        that of *lang*.
        """
        from rbroadmap.model import display  # noqa: PLC0415  # for displays only: loaded there

        return display.area_html(self, lang=lang, number_lang=number_lang)

    def _repr_html_(self) -> str:
        """The area's action plan as a compact table, for notebooks."""
        return self.to_html()
