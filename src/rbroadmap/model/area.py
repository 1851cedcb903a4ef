"""Area of change (*area perubahan*): its improvement items, goals and action plan rows."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, final

import attrs

from rbroadmap import _checks
from rbroadmap.errors import ModelError, quote
from rbroadmap.messages import Lang, Message
from rbroadmap.model.action import Action
from rbroadmap.model.parts import Goal, Item, Problem, Result, to_goals, to_items, to_strings
from rbroadmap.model.plan import Activity, PlanProgramme, to_actions, to_activities

if TYPE_CHECKING:
    from rbroadmap.model import structure as _structure
else:
    # The table of what contains what names Area, so it is read when first needed.
    _structure = _checks.LazyModule("rbroadmap.model.structure")

__all__ = ["Area"]


def to_programmes(value: Iterable[PlanProgramme]) -> tuple[PlanProgramme, ...]:
    """A tuple of plan programmes."""
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def _rows_with_paths(area: Area) -> list[tuple[str, Action]]:
    """Every row of the area with its path, wherever it sits in the plan hierarchy."""
    if not area.programmes and not area.activities:
        return [(f"actions[{i}]", action) for i, action in enumerate(area.actions)]
    return [(path, e) for path, e in _structure.walk(area) if type(e) is Action]


def _shares_error(path: str, action: Action, indonesian: str, english: str) -> ModelError:
    return ModelError(
        Message(indonesian, english),
        entity="Area",
        field="shares",
        value=action.shares,
        path=f"{path}.shares",
    )


def _check_shares_in_area(area: Area) -> None:
    rows = _rows_with_paths(area)
    ids: dict[str, str] = {}
    for path, action in rows:
        first = ids.setdefault(action.id, path)
        if first != path:
            raise ModelError(
                Message(
                    f"id aksi {action.id!r} sudah dipakai di {first}",
                    f"the action id {action.id!r} is already used at {first}",
                ),
                entity="Area",
                field="id",
                value=action.id,
                path=f"{path}.id",
            )
    for path, action in rows:
        if action.shares is None:
            continue
        if action.shares == action.id:
            raise _shares_error(
                path,
                action,
                f"aksi {action.id!r} tidak dapat berbagi sel dengan dirinya sendiri",
                f"action {action.id!r} cannot share the cells of itself",
            )
        if action.shares not in ids:
            raise _shares_error(
                path,
                action,
                f"aksi {action.id!r} berbagi sel dengan {action.shares!r}, yang bukan "
                f"aksi di area {area.id!r}",
                f"action {action.id!r} shares the cells of {action.shares!r}, which is "
                f"not an action of area {area.id!r}",
            )
    by_id = {a.id: a for _, a in rows}
    for path, action in rows:
        seen = {action.id}
        current = action
        while current.shares is not None:
            if current.shares in seen:
                raise _shares_error(
                    path,
                    action,
                    f"rantai 'shares' dari aksi {action.id!r} berputar",
                    f"the 'shares' chain from action {action.id!r} goes round in a circle",
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
        label: The area's number or letter as written (``"G"``, ``"III"``), for
            areas not numbered 1-8; see `number`.
        name: The area's name as the document writes it.
        standard: The code of the standard area it stands for in the road
            map's area set (see `rbroadmap.areasets`), or ``None``.
        other_names: Other wordings the document uses for this area (in a
            table header, say).
        improvements: The improvement items (*proses pembenahan*, 3.1.1).
        goals: The goals (*sasaran*, Table 3.1 part A).
        actions: The rows of the action plan (Table 3.2), in order.
        programmes: The programmes of its plan hierarchy (*program*), each
            with its activities and rows (see `rbroadmap.model.plan`).
        activities: The activities of its plan hierarchy (*kegiatan*), for
            tables that start at the activity.

    The rows under the programmes and activities are rows of the area like
    those in ``actions``: `rows` lists them all, in document order.
    """

    id: str = attrs.field(validator=_checks.identifier)
    number: int | None = attrs.field(default=None, validator=_checks.optional_number)
    label: str | None = attrs.field(default=None, validator=_checks.optional_text)
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
    programmes: tuple[PlanProgramme, ...] = attrs.field(
        default=(), converter=to_programmes, validator=_checks.tuple_of(PlanProgramme)
    )
    activities: tuple[Activity, ...] = attrs.field(
        default=(), converter=to_activities, validator=_checks.tuple_of(Activity)
    )

    def __attrs_post_init__(self) -> None:
        _check_shares_in_area(self)

    @property
    def rows(self) -> tuple[Action, ...]:
        """Every row of the area's action plan, in order, also those of its plan hierarchy.

        ``actions`` holds the rows directly in the area; this adds the rows under
        its programmes, activities and sub-activities, in document order.

        >>> from rbroadmap.model import SubActivity
        >>> area = Area(id="g", label="G", name="Penguatan Pengawasan", activities=[
        ...     Activity(id="g-k3", label="3", name="Sistem integritas", sub_activities=[
        ...         SubActivity(id="g-k3-s1", name="Zona Integritas", actions=[
        ...             Action(id="g-k3-s1-1"), Action(id="g-k3-s1-2")])])])
        >>> [row.id for row in area.rows]
        ['g-k3-s1-1', 'g-k3-s1-2']
        """
        if not self.programmes and not self.activities:
            return self.actions
        return tuple(_structure.collect(self, Action))

    @property
    def problems(self) -> tuple[Problem, ...]:
        """Every problem named in the area's rows, in order."""
        return tuple(p for a in self.rows for p in a.problems)

    @property
    def results(self) -> tuple[Result, ...]:
        """Every result of the area's rows, in order."""
        return tuple(a.result for a in self.rows if a.result is not None)

    @property
    def heading(self) -> str:
        """The area's number or label and its name, as a heading: ``"G. Penguatan Pengawasan"``.

        >>> Area(id="g", label="G", name="Penguatan Pengawasan").heading
        'G. Penguatan Pengawasan'
        """
        mark = self.label if self.label is not None else self.number
        return self.name if mark is None else f"{mark}. {self.name}"

    def __repr__(self) -> str:
        return (
            f"<Area {self.id!r}: {quote(self.name)}, {len(self.problems)} problems, "
            f"{len(self.rows)} rows>"
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
