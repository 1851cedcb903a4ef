"""The plan hierarchy (*hierarki rencana*): programmes, activities and sub-activities.

Regional road maps written to the budget nomenclature of Permendagri 90/2019
group the rows of their action plan under named parents: a programme
(*program*) holds activities (*kegiatan*), an activity holds sub-activities
(*sub kegiatan*), and a sub-activity holds one row per output (*keluaran*),
each with its own target. A table may start at any level (Kabupaten Klaten's
starts at the activity) and may leave out the columns of problems, budgets,
programmes and units altogether.

Each level is a class of its own, holding the level below it and rows of the
action plan (`rbroadmap.Action`): a row stays the unit that carries a target,
wherever it sits, so realisations, attainment and the rules address it by its
id as before. `PlanLevel` names the levels for roll-ups and messages.

A row under a programme with a blank programme cell counts under that
programme (`rbroadmap.RoadMap.resolve`), as a programme cell merged over the
rows below it would.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import final

import attrs

from rbroadmap import _checks
from rbroadmap.messages import LabelledEnum
from rbroadmap.model.action import Action

__all__ = ["Activity", "PlanLevel", "PlanProgramme", "SubActivity"]


def to_actions(value: Iterable[Action]) -> tuple[Action, ...]:
    """A tuple of action plan rows."""
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def to_sub_activities(value: Iterable[SubActivity]) -> tuple[SubActivity, ...]:
    """A tuple of sub-activities."""
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def to_activities(value: Iterable[Activity]) -> tuple[Activity, ...]:
    """A tuple of activities."""
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


class PlanLevel(LabelledEnum):
    """Level of the plan hierarchy (*tingkat rencana*), Permendagri 90/2019."""

    PROGRAMME = "programme", "Program", "Programme"
    """Program: the highest level, a line of the regional budget."""
    ACTIVITY = "activity", "Kegiatan", "Activity"
    """Kegiatan: an activity of a programme."""
    SUB_ACTIVITY = "sub-activity", "Sub kegiatan", "Sub-activity"
    """Sub kegiatan: a sub-activity of an activity, whose rows are its outputs."""


@final
@attrs.frozen(kw_only=True)
class SubActivity:
    """Sub-activity (*sub kegiatan*) of the plan hierarchy, with its outputs as rows.

    Attributes:
        id: Stable id, such as ``"pengawasan-k3-s1"``.
        label: Its number or letter as written (``"1"``), if any.
        name: The sub-activity as written (``"Pembangunan Zona Integritas"``).
        actions: Its rows of the action plan, usually one per output
            (*keluaran*), each with its own target.

    >>> SubActivity(id="s1", label="1", name="Pengendalian gratifikasi").label
    '1'
    """

    id: str = attrs.field(validator=_checks.identifier)
    label: str | None = attrs.field(default=None, validator=_checks.optional_text)
    name: str = attrs.field(validator=_checks.text)
    actions: tuple[Action, ...] = attrs.field(
        default=(), converter=to_actions, validator=_checks.tuple_of(Action)
    )

    level = PlanLevel.SUB_ACTIVITY
    """The level of the hierarchy a sub-activity is at."""


@final
@attrs.frozen(kw_only=True)
class Activity:
    """Activity (*kegiatan*) of the plan hierarchy, with its sub-activities and rows.

    Attributes:
        id: Stable id, such as ``"pengawasan-k3"``.
        label: Its number or letter as written (``"3"``), if any.
        name: The activity as written.
        sub_activities: Its sub-activities (*sub kegiatan*), in order.
        actions: Rows of the action plan directly under the activity.

    >>> Activity(id="k1", name="Peningkatan indeks kepuasan masyarakat").sub_activities
    ()
    """

    id: str = attrs.field(validator=_checks.identifier)
    label: str | None = attrs.field(default=None, validator=_checks.optional_text)
    name: str = attrs.field(validator=_checks.text)
    sub_activities: tuple[SubActivity, ...] = attrs.field(
        default=(), converter=to_sub_activities, validator=_checks.tuple_of(SubActivity)
    )
    actions: tuple[Action, ...] = attrs.field(
        default=(), converter=to_actions, validator=_checks.tuple_of(Action)
    )

    level = PlanLevel.ACTIVITY
    """The level of the hierarchy an activity is at."""


@final
@attrs.frozen(kw_only=True)
class PlanProgramme:
    """Programme (*program*) of the plan hierarchy, with its activities and rows.

    The programme as a heading of the action plan, holding the rows below it;
    `rbroadmap.Programme` is a programme as the road map declares it (section
    3.3). A row under a plan programme whose own programme cell is blank counts
    under the plan programme's name, which names a declared programme or not,
    as a programme cell does.

    Attributes:
        id: Stable id, such as ``"pengawasan-p1"``.
        label: Its number or letter as written (``"1"``), if any.
        name: The programme as written.
        activities: Its activities (*kegiatan*), in order.
        actions: Rows of the action plan directly under the programme.

    >>> PlanProgramme(id="p1", name="Program penyelenggaraan pengawasan").level.label.english
    'Programme'
    """

    id: str = attrs.field(validator=_checks.identifier)
    label: str | None = attrs.field(default=None, validator=_checks.optional_text)
    name: str = attrs.field(validator=_checks.text)
    activities: tuple[Activity, ...] = attrs.field(
        default=(), converter=to_activities, validator=_checks.tuple_of(Activity)
    )
    actions: tuple[Action, ...] = attrs.field(
        default=(), converter=to_actions, validator=_checks.tuple_of(Action)
    )

    level = PlanLevel.PROGRAMME
    """The level of the hierarchy a plan programme is at."""
