"""Programme (*program*) with its activities (*kegiatan*), section 3.3."""

from __future__ import annotations

from typing import final

import attrs

from rbroadmap import _checks
from rbroadmap.model.parts import Item, to_items, to_strings

__all__ = ["Programme"]


@final
@attrs.frozen(kw_only=True)
class Programme:
    """Programme (*program*) with its activities (*kegiatan*), section 3.3.

    Attributes:
        id: Stable id, such as ``"kapasitas-kelembagaan"``.
        number: The programme's number in the document, if numbered.
        name: The programme's name as written.
        description: What the programme is for, as written.
        activities: Its activities (*kegiatan*), as written.
        aliases: Other names that refer to this programme.
    """

    id: str = attrs.field(validator=_checks.identifier)
    number: int | None = attrs.field(default=None, validator=_checks.optional_number)
    name: str = attrs.field(validator=_checks.text)
    description: str | None = attrs.field(default=None, validator=_checks.optional_text)
    activities: tuple[Item, ...] = attrs.field(
        default=(), converter=to_items, validator=_checks.tuple_of(Item)
    )
    aliases: tuple[str, ...] = attrs.field(
        default=(), converter=to_strings, validator=_checks.tuple_of(str)
    )

    @property
    def names(self) -> tuple[str, ...]:
        """The programme's name, then its aliases."""
        return (self.name, *self.aliases)
