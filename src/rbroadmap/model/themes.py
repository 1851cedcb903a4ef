"""Themes of thematic reform (*tema RB Tematik*), PermenPAN-RB 3/2023.

The 2023 revision of the 2020-2024 national road map splits reform into *RB
General*, the eight areas of change (`rbroadmap.Area`), and *RB Tematik*:
themes that reform must show results on directly, such as poverty alleviation,
investment, the digitalisation of government administration and the
President's current priorities (the use of domestic products, inflation
control). A theme is measured by impact indicators (*indikator dampak*) rather
than by rows of an action plan; it names the standard theme it stands for in
the road map's area set (`rbroadmap.areasets.AREAS_2023`), its problems and its
goals.
"""

from __future__ import annotations

from typing import final

import attrs

from rbroadmap import _checks
from rbroadmap.model.indicators import Indicator
from rbroadmap.model.parts import Goal, Problem, to_goals, to_indicators, to_problems

__all__ = ["Theme"]


@final
@attrs.frozen(kw_only=True)
class Theme:
    """Theme of thematic reform (*tema RB Tematik*), such as *Pengentasan Kemiskinan*.

    Attributes:
        id: Stable id, such as ``"kemiskinan"``.
        number: The theme's number in the document, if numbered.
        label: The theme's number or letter as written, for themes not
            numbered 1, 2, ...; see `number`.
        name: The theme's name as the document writes it.
        standard: The code of the theme it stands for in the road map's area
            set (``"kemiskinan"``, or a part of a theme such as ``"p3dn"``),
            or ``None``.
        description: What the theme is to change, as written.
        problems: The problems (*permasalahan*, *isu*) the theme addresses.
        goals: Its goals (*sasaran*).
        indicators: Its impact indicators (*indikator dampak*), each with its
            baseline and yearly targets (`rbroadmap.Indicator`).

    >>> Theme(id="kemiskinan", number=1, name="Pengentasan Kemiskinan", standard="kemiskinan").name
    'Pengentasan Kemiskinan'
    """

    id: str = attrs.field(validator=_checks.identifier)
    number: int | None = attrs.field(default=None, validator=_checks.optional_number)
    label: str | None = attrs.field(default=None, validator=_checks.optional_text)
    name: str = attrs.field(validator=_checks.text)
    standard: str | None = attrs.field(default=None, validator=_checks.optional_text)
    description: str | None = attrs.field(default=None, validator=_checks.optional_text)
    problems: tuple[Problem, ...] = attrs.field(
        default=(), converter=to_problems, validator=_checks.tuple_of(Problem)
    )
    goals: tuple[Goal, ...] = attrs.field(
        default=(), converter=to_goals, validator=_checks.tuple_of(Goal)
    )
    indicators: tuple[Indicator, ...] = attrs.field(
        default=(), converter=to_indicators, validator=_checks.tuple_of(Indicator)
    )
