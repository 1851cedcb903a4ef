"""Responsible units (*penanggung jawab*) and the road map's registry of them.

Every action of a road map names the units responsible for it, as the authors
wrote them: ``Bag. Organisasi Setda``, ``BKPSDM``, ``di seluruh OPD``. A road
map declares the units it knows in a `UnitRegistry`, with their aliases and
groups (``seluruh OPD``: all the regional government units, *Organisasi
Perangkat Daerah*). Actions keep the names as written; the registry resolves
them, and a name it does not know is left for the rules to report, with the
closest known name as a suggestion.

Names resolve without regard to case or to runs of spaces:
``"bag.  organisasi setda"`` finds ``Bag. Organisasi Setda``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TypeAlias, final

import attrs

from rbroadmap import _checks
from rbroadmap._text import name_key
from rbroadmap.errors import ModelError, quote
from rbroadmap.messages import Message

__all__ = ["ResponsibleUnit", "UnitGroup", "UnitRef", "UnitRegistry", "name_key"]


def _names(value: Iterable[str]) -> tuple[str, ...]:
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def _ids(value: Iterable[str]) -> tuple[str, ...]:
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def _check_names(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _checks.tuple_of(str)(instance, attribute, value)
    names: tuple[str, ...] = value  # type: ignore[assignment]  # checked just above
    for i, name in enumerate(names):
        if not name_key(name):
            raise _checks.fail(
                instance,
                f"{attribute.name}[{i}]",
                name,
                "nama tidak boleh kosong",
                "a name must not be empty",
            )


def _check_name(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    _checks.text(instance, attribute, value)
    if not name_key(value):  # type: ignore[arg-type]
        raise _checks.fail(
            instance, attribute.name, value, "nama tidak boleh kosong", "a name must not be empty"
        )


@final
@attrs.frozen(kw_only=True)
class ResponsibleUnit:
    """Responsible unit (*penanggung jawab*): an OPD or a part of one.

    Attributes:
        id: Stable id, such as ``"bkpsdm"``.
        name: The unit's name as the road map writes it (``"BKPSDM"``).
        aliases: Other names that mean this unit (``"Badan Kepegawaian dan
            Pengembangan SDM"``).
        parent: The id of the unit this one belongs to, if any (a *bagian*
            of the Secretariat, *Setda*).

    >>> ResponsibleUnit(id="bkpsdm", name="BKPSDM").name
    'BKPSDM'
    """

    id: str = attrs.field(validator=_checks.identifier)
    name: str = attrs.field(validator=_check_name)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_names, validator=_check_names)
    parent: str | None = attrs.field(default=None, validator=_checks.optional_identifier)

    @property
    def names(self) -> tuple[str, ...]:
        """Every name this unit is known by: its name, then its aliases.

        >>> ResponsibleUnit(id="a", name="A", aliases=("B",)).names
        ('A', 'B')
        """
        return (self.name, *self.aliases)


@final
@attrs.frozen(kw_only=True)
class UnitGroup:
    """Group of units (*kelompok unit*), such as ``seluruh OPD`` (all OPD).

    A group answers for all its members at once. Its *size* is how many units
    it holds, which is also the largest sensible count target in its *unit*:
    a road map whose group ``seluruh OPD`` has 39 members should not aim at
    ``40 OPD``.

    Attributes:
        id: Stable id, such as ``"seluruh-opd"``.
        name: The group's name as written (``"seluruh OPD"``).
        aliases: Other names of the group (``"di seluruh OPD"``, ``"semua OPD"``).
        members: Ids of member units the registry lists, if any.
        size: How many units the group holds, when known; at least the number
            of listed members.
        unit: The count unit that counts the group's units (``"OPD"``), so that
            count targets can be checked against *size*.

    >>> UnitGroup(id="seluruh-opd", name="seluruh OPD", size=39, unit="OPD").size
    39
    """

    id: str = attrs.field(validator=_checks.identifier)
    name: str = attrs.field(validator=_check_name)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=_names, validator=_check_names)
    members: tuple[str, ...] = attrs.field(default=(), converter=_ids)
    size: int | None = attrs.field(default=None)
    unit: str | None = attrs.field(default=None, validator=_checks.optional_text)

    @members.validator
    def _check_members(self, attribute: attrs.Attribute[Any], value: object) -> None:
        _checks.tuple_of(str)(self, attribute, value)
        for i, member in enumerate(self.members):
            if not _checks.ID_PATTERN.match(member):
                raise _checks.fail(
                    self,
                    f"members[{i}]",
                    member,
                    "bukan id yang valid",
                    "not a valid id",
                )

    @size.validator
    def _check_size(self, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is None:
            return
        if type(value) is not int:
            raise _checks.wrong_type(self, attribute.name, value, "int atau None / an int or None")
        if value < len(self.members) or value > 10**6:
            raise _checks.fail(
                self,
                attribute.name,
                value,
                f"ukuran harus antara jumlah anggota ({len(self.members)}) dan 1.000.000",
                f"the size must be between the number of members ({len(self.members)}) "
                "and 1,000,000",
            )

    @property
    def names(self) -> tuple[str, ...]:
        """Every name this group is known by: its name, then its aliases.

        >>> UnitGroup(id="g", name="seluruh OPD", aliases=("semua OPD",)).names
        ('seluruh OPD', 'semua OPD')
        """
        return (self.name, *self.aliases)


UnitRef: TypeAlias = ResponsibleUnit | UnitGroup
"""What a responsible-unit name resolves to: a unit or a group of units."""


def _units(value: Iterable[ResponsibleUnit]) -> tuple[ResponsibleUnit, ...]:
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


def _groups(value: Iterable[UnitGroup]) -> tuple[UnitGroup, ...]:
    return _checks.to_tuple(value)  # type: ignore[no-any-return]


@final
@attrs.frozen(kw_only=True)
class UnitRegistry:
    """Registry of responsible units (*daftar penanggung jawab*).

    The units and groups a road map knows, with every name they go by. Two
    units may not share an id, a name or an alias, counted without regard to
    case or runs of spaces (an id ``diskominfo`` and another unit's name
    ``Diskominfo`` are refused), so that a name always resolves to one unit.
    A unit's parent and a group's members are ids of other units of the
    registry.

    Attributes:
        units: The known units.
        groups: The known groups of units.

    >>> registry = UnitRegistry(units=[ResponsibleUnit(id="bkpsdm", name="BKPSDM")])
    >>> registry.resolve("bkpsdm").id
    'bkpsdm'
    >>> registry.resolve("BKD") is None
    True
    """

    units: tuple[ResponsibleUnit, ...] = attrs.field(
        default=(), converter=_units, validator=_checks.tuple_of(ResponsibleUnit)
    )
    groups: tuple[UnitGroup, ...] = attrs.field(
        default=(), converter=_groups, validator=_checks.tuple_of(UnitGroup)
    )
    _by_key: dict[str, UnitRef] = attrs.field(
        init=False, factory=dict, eq=False, hash=False, repr=False
    )
    _by_id: dict[str, UnitRef] = attrs.field(
        init=False, factory=dict, eq=False, hash=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        entries: list[tuple[str, UnitRef]] = [("units", u) for u in self.units]
        entries += [("groups", g) for g in self.groups]
        counters = {"units": 0, "groups": 0}
        for kind, ref in entries:
            path = f"{kind}[{counters[kind]}]"
            counters[kind] += 1
            if ref.id in self._by_id:
                raise ModelError(
                    Message(
                        f"id unit {ref.id!r} dipakai dua kali",
                        f"the unit id {ref.id!r} is used twice",
                    ),
                    entity="UnitRegistry",
                    field="id",
                    value=ref.id,
                    path=f"{path}.id",
                )
            self._by_id[ref.id] = ref
            # Ids resolve as names do, so an id and another unit's name may not differ by
            # case or spacing alone: "diskominfo" and "Diskominfo" would be two units.
            fields = [("id", ref.id), ("name", ref.name)]
            fields += [(f"aliases[{j}]", alias) for j, alias in enumerate(ref.aliases)]
            for field, name in fields:
                key = name_key(name)
                other = self._by_key.get(key)
                if other is not None and other is not ref:
                    raise ModelError(
                        Message(
                            f"nama {quote(name)} dipakai oleh {other.id!r} dan {ref.id!r} "
                            "(huruf besar/kecil dan spasi tidak membedakan nama)",
                            f"the name {quote(name)} belongs to both {other.id!r} and {ref.id!r} "
                            "(names do not differ by case or spacing)",
                        ),
                        entity="UnitRegistry",
                        field=field.partition("[")[0],
                        value=name,
                        path=f"{path}.{field}",
                    )
                self._by_key[key] = ref
        for i, unit in enumerate(self.units):
            parent = unit.parent
            if parent is not None and (
                parent == unit.id or not isinstance(self._by_id.get(parent), ResponsibleUnit)
            ):
                raise ModelError(
                    Message(
                        f"induk {parent!r} dari unit {unit.id!r} bukan unit lain yang terdaftar",
                        f"the parent {parent!r} of unit {unit.id!r} is not another registered unit",
                    ),
                    entity="UnitRegistry",
                    field="parent",
                    value=parent,
                    path=f"units[{i}].parent",
                )
        self._check_parent_cycles()
        for i, group in enumerate(self.groups):
            for j, member in enumerate(group.members):
                if not isinstance(self._by_id.get(member), ResponsibleUnit):
                    raise ModelError(
                        Message(
                            f"anggota {member!r} dari kelompok {group.id!r} bukan unit terdaftar",
                            f"member {member!r} of group {group.id!r} is not a registered unit",
                        ),
                        entity="UnitRegistry",
                        field="members",
                        value=member,
                        path=f"groups[{i}].members[{j}]",
                    )

    def _check_parent_cycles(self) -> None:
        """Refuse units that are, through their parents, their own ancestors."""
        done: set[str] = set()
        for i, unit in enumerate(self.units):
            chain: list[str] = []
            current: ResponsibleUnit = unit
            while current.parent is not None and current.id not in done:
                if current.id in chain:
                    cycle = " -> ".join([*chain[chain.index(current.id) :], current.id])
                    raise ModelError(
                        Message(
                            f"unit {unit.id!r} menjadi induknya sendiri: {cycle}",
                            f"unit {unit.id!r} is its own ancestor: {cycle}",
                        ),
                        entity="UnitRegistry",
                        field="parent",
                        value=unit.parent,
                        path=f"units[{i}].parent",
                    )
                chain.append(current.id)
                parent = self._by_id[current.parent]
                assert isinstance(parent, ResponsibleUnit)  # checked just before
                current = parent
            done.update(chain)

    def resolve(self, name: str) -> UnitRef | None:
        """Return the unit or group *name* means, or ``None`` if none.

        *name* may be an id, a name or an alias; case and runs of spaces do not
        matter, for ids as for names.

        >>> UnitRegistry(groups=[UnitGroup(id="all", name="seluruh OPD")]).resolve(
        ...     "Seluruh  OPD"
        ... ).id
        'all'
        """
        return self._by_id.get(name) or self._by_key.get(name_key(name))

    def get(self, id: str) -> UnitRef | None:
        """Return the unit or group with this id, or ``None``."""
        return self._by_id.get(id)

    def known_names(self) -> tuple[str, ...]:
        """Every name and alias of every unit and group, in registry order.

        >>> UnitRegistry(units=[ResponsibleUnit(id="a", name="A", aliases=("AA",))]).known_names()
        ('A', 'AA')
        """
        refs: tuple[UnitRef, ...] = (*self.units, *self.groups)
        return tuple(name for ref in refs for name in ref.names)

    def __iter__(self) -> Iterator[UnitRef]:
        """Iterate over the units, then the groups."""
        yield from self.units
        yield from self.groups

    def __len__(self) -> int:
        return len(self.units) + len(self.groups)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.resolve(name) is not None
