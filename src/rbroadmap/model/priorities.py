"""Priorities of the reform (*prioritas*): priority services, quick wins, achievements to keep.

Sections 3.1.2 and 3.1.3 and parts B-D of Table 3.1: the public services to
improve first, the quick wins that show change fast, and the achievements to
maintain with their indicators (`rbroadmap.model.indicators`).
"""

from __future__ import annotations

from typing import final

import attrs

from rbroadmap import _checks
from rbroadmap.model.indicators import Indicator
from rbroadmap.model.parts import Goal, Item, to_goals, to_indicators, to_items
from rbroadmap.values import Comparison

__all__ = ["Achievement", "Comparison", "Indicator", "PriorityService", "QuickWin"]


@final
@attrs.frozen(kw_only=True)
class PriorityService:
    """Priority public service (*pelayanan prioritas*), sections 3.1.3 and Table 3.1 C.

    Attributes:
        id: Stable id, such as ``"kesehatan"``.
        number: The service's number in the document, if numbered.
        name: The service as written (``"Pelayanan bidang kesehatan"``).
        description: What is to change, as written.
        items: The changes listed for it, as written.
        goals: Its goals (*sasaran*, Table 3.1 part C).
    """

    id: str = attrs.field(validator=_checks.identifier)
    number: int | None = attrs.field(default=None, validator=_checks.optional_number)
    name: str = attrs.field(validator=_checks.text)
    description: str | None = attrs.field(default=None, validator=_checks.optional_text)
    items: tuple[Item, ...] = attrs.field(
        default=(), converter=to_items, validator=_checks.tuple_of(Item)
    )
    goals: tuple[Goal, ...] = attrs.field(
        default=(), converter=to_goals, validator=_checks.tuple_of(Goal)
    )


@final
@attrs.frozen(kw_only=True)
class QuickWin:
    """Quick win (*quick wins*, Table 3.1 part D): a fast, visible improvement.

    Attributes:
        id: Stable id, such as ``"simpustronik"``.
        number: Its number in the document, if numbered.
        field: The field it belongs to as written (``"Bidang Kesehatan"``).
        text: The quick win as written.
        service: The id of the priority service it serves, if any.
    """

    id: str = attrs.field(validator=_checks.identifier)
    number: int | None = attrs.field(default=None, validator=_checks.optional_number)
    field: str = attrs.field(validator=_checks.text)
    text: str = attrs.field(validator=_checks.text)
    service: str | None = attrs.field(default=None, validator=_checks.optional_identifier)


@final
@attrs.frozen(kw_only=True)
class Achievement:
    """Achievement to maintain (*hal yang dipertahankan*), 3.1.2 and Table 3.1 B.

    Attributes:
        id: Stable id, such as ``"pelayanan-publik-berkualitas"``.
        number: Its number in the document, if numbered.
        name: The achievement as written (``"Kualitas pelayanan publik"``).
        items: What is to be kept up, as written (3.1.2).
        goals: Its goals (*sasaran*, Table 3.1 part B).
        indicators: Its indicators (`rbroadmap.Indicator`), with baselines and targets.
    """

    id: str = attrs.field(validator=_checks.identifier)
    number: int | None = attrs.field(default=None, validator=_checks.optional_number)
    name: str = attrs.field(validator=_checks.text)
    items: tuple[Item, ...] = attrs.field(
        default=(), converter=to_items, validator=_checks.tuple_of(Item)
    )
    goals: tuple[Goal, ...] = attrs.field(
        default=(), converter=to_goals, validator=_checks.tuple_of(Goal)
    )
    indicators: tuple[Indicator, ...] = attrs.field(
        default=(), converter=to_indicators, validator=_checks.tuple_of(Indicator)
    )
