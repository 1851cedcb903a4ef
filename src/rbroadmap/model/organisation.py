"""Organisation of the reform (*pengorganisasian*): its stages, teams and their members."""

from __future__ import annotations

from collections.abc import Iterable
from typing import final

import attrs

from rbroadmap import _checks
from rbroadmap.messages import LabelledEnum
from rbroadmap.model.parts import Item, to_items

__all__ = ["Role", "Stage", "Team", "TeamMember"]


def to_members(value: Iterable[TeamMember]) -> tuple[TeamMember, ...]:
    """A tuple of team members."""
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


@final
@attrs.frozen(kw_only=True)
class Stage:
    """Stage (*tahapan*): what the road map plans for one year, with its steps.

    Attributes:
        id: Stable id, such as ``"tahap-2018"``.
        year: The year of the stage, within the road map's period.
        description: The stage's aim as written.
        steps: Its steps (*langkah-langkah*), as written.
    """

    id: str = attrs.field(validator=_checks.identifier)
    year: int = attrs.field(validator=_checks.year)
    description: str = attrs.field(default="", validator=_checks.text)
    steps: tuple[Item, ...] = attrs.field(
        default=(), converter=to_items, validator=_checks.tuple_of(Item)
    )


class Role(LabelledEnum):
    """Role in a team (*peran dalam tim*)."""

    CHAIR = "chair", "Ketua", "Chair"
    """Ketua: chairs the team."""
    SECRETARY = "secretary", "Sekretaris", "Secretary"
    """Sekretaris: keeps the team's records."""
    MEMBER = "member", "Anggota", "Member"
    """Anggota: sits in the team."""


@final
@attrs.frozen(kw_only=True)
class TeamMember:
    """Team member (*anggota tim*): who holds a role in a team.

    Attributes:
        role: Chair, secretary or member.
        holder: Who holds the role, as written (``"Sekretaris Daerah"``).
        title: The role's title as written when it says more than the role
            (``"Ketua I"``), or ``None``.
    """

    role: Role = attrs.field(validator=_checks.instance_of(Role))
    holder: str = attrs.field(validator=_checks.text)
    title: str | None = attrs.field(default=None, validator=_checks.optional_text)


@final
@attrs.frozen(kw_only=True)
class Team:
    """Team (*tim*) that carries the reform, section 3.4.

    Attributes:
        id: Stable id, such as ``"tim-pengarah"``.
        number: The team's number as written (``"4"``), or ``None``.
        name: The team's name as written.
        duties: Its duties (*tugas*), as written.
        members: Who chairs, records and sits in it.
        composition: The document's sentence on who holds which role, as
            written.
    """

    id: str = attrs.field(validator=_checks.identifier)
    number: str | None = attrs.field(default=None, validator=_checks.optional_text)
    name: str = attrs.field(validator=_checks.text)
    duties: tuple[Item, ...] = attrs.field(
        default=(), converter=to_items, validator=_checks.tuple_of(Item)
    )
    members: tuple[TeamMember, ...] = attrs.field(
        default=(), converter=to_members, validator=_checks.tuple_of(TeamMember)
    )
    composition: str | None = attrs.field(default=None, validator=_checks.optional_text)

    def holders(self, role: Role) -> tuple[str, ...]:
        """Who holds *role* in this team, in order."""
        return tuple(m.holder for m in self.members if m.role is role)
