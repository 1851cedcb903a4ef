"""Objectives (*tujuan*): the top level of a goal table, *Tujuan → Sasaran → Indikator*.

Regional road maps set out what reform is for in goal tables: an objective
(*tujuan*) holds goals (*sasaran*), each measured by indicators (*indikator
kinerja*, `rbroadmap.Indicator`) with a baseline and a target per year.

**The years of a goal table.** A goal table may cover other years than the
road map's period: a road map for 2020-2024 may carry over the goal table of a
medium-term plan (RPJMD) for 2017-2021. An objective says which years its
table covers (`Objective.period`); the targets of its indicators must lie
within those years, not within the road map's. Without one, they must lie
within the road map's period, as every other target. Baseline years are
before the targets and are not held to any period.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import final

import attrs

from rbroadmap import _checks
from rbroadmap.model.parts import Goal, Period, to_goals

__all__ = ["Objective"]


def to_objectives(value: Iterable[Objective]) -> tuple[Objective, ...]:
    """A tuple of objectives."""
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


@final
@attrs.frozen(kw_only=True)
class Objective:
    """Objective (*tujuan*): the top level of a goal table, holding its goals (*sasaran*).

    Attributes:
        id: Stable id, such as ``"tujuan-1"``.
        number: Its number in the document, if numbered.
        text: The objective as written.
        period: The years its goal table covers, if other than the road map's
            period (a table of 2017-2021 in a road map for 2020-2024); the
            targets of its indicators lie within them. ``None``: the road
            map's period.
        goals: Its goals (*sasaran*), each with its indicators.

    >>> Objective(id="t1", text="Birokrasi yang bersih", period=Period(2017, 2021)).period.years[-1]
    2021
    """

    id: str = attrs.field(validator=_checks.identifier)
    number: int | None = attrs.field(default=None, validator=_checks.optional_number)
    text: str = attrs.field(validator=_checks.text)
    period: Period | None = attrs.field(default=None, validator=_checks.optional_of(Period))
    goals: tuple[Goal, ...] = attrs.field(
        default=(), converter=to_goals, validator=_checks.tuple_of(Goal)
    )
