"""Programme and unit keys (private): what counts as the same programme, the same unit.

`rbroadmap.budget_summary`, `rbroadmap.attain` and the programme and unit rules
all group the rows of an action plan by programme and by responsible unit.
They ask this one resolver, so that two rows are one programme (or one unit)
in all of them or in none:

* a programme the road map declares, named by its id, a name or an alias
  (case and runs of spaces aside, `rbroadmap.RoadMap.programme`), is keyed by
  its id and labelled with its name;
* any other programme text is keyed and labelled by its first spelling in the
  road map, in document order, among the texts with the same
  `rbroadmap._text.name_key`: rows naming *Program Foo* and *program  foo* are
  one programme, *Program Foo*, wherever they are and whichever rows are read;
* a unit or group the registry knows (`rbroadmap.UnitRegistry.resolve`) is
  keyed by its id and labelled with its name; any other unit name is keyed and
  labelled by its first spelling, as undeclared programmes are;
* a row with no programme, or no unit, counts under the key ``None``, labelled
  ``"-"``.
"""

from __future__ import annotations

from typing import Final, TypeAlias, final

from rbroadmap._text import name_key
from rbroadmap.model import Programme, RoadMap
from rbroadmap.units import UnitRef

__all__ = ["NONE", "Key", "Keys"]

Key: TypeAlias = tuple[str | None, str]
"""A group's key and its label: ``("program-pengawasan", "Program peningkatan pengawasan")``."""

NONE: Final[Key] = (None, "-")
"""The key of a row without a programme, or of a unit cell left empty."""


@final
class Keys:
    """Key resolver (*penentu kunci*): the programme and unit keys of one road map.

    Built from the whole road map at once, so that the first spelling of an
    undeclared programme or unknown unit does not depend on which rows a
    caller reads.

    >>> import rbroadmap as rb
    >>> rows = [rb.Action(id=f"a{i}", text="x", programme=p)
    ...         for i, p in enumerate(["Program Foo", "program  foo"])]
    >>> roadmap = rb.RoadMap(id="r", government="Kota X", period=rb.Period(2018, 2022),
    ...                      areas=[rb.Area(id="org", name="Organisasi", actions=rows)])
    >>> keys = Keys(roadmap)
    >>> keys.programme("program  foo"), keys.programme(None)
    (('Program Foo', 'Program Foo'), (None, '-'))
    """

    __slots__ = ("_programmes", "_roadmap", "_units")

    def __init__(self, roadmap: RoadMap) -> None:
        self._roadmap: Final = roadmap
        self._programmes: dict[str, str] = {}
        self._units: dict[str, str] = {}
        for action in roadmap.actions():
            cell = action.programme
            if cell is not None and roadmap.programme(cell) is None:
                self._programmes.setdefault(name_key(cell), cell)
            for name in action.units:
                if roadmap.unit(name) is None:
                    self._units.setdefault(name_key(name), name)

    def declared(self, cell: str) -> Programme | None:
        """The declared programme a programme cell names, or ``None``."""
        return self._roadmap.programme(cell)

    def known(self, name: str) -> UnitRef | None:
        """The registered unit or group a unit name means, or ``None``."""
        return self._roadmap.unit(name)

    def programme(self, cell: str | None) -> Key:
        """The key and label a row with this programme cell counts under."""
        if cell is None:
            return NONE
        programme = self.declared(cell)
        if programme is not None:
            return (programme.id, programme.name)
        spelling = self._programmes.get(name_key(cell), cell)
        return (spelling, spelling)

    def unit(self, name: str | None) -> Key:
        """The key and label a row counts under for this unit name."""
        if name is None:
            return NONE
        ref = self.known(name)
        if ref is not None:
            return (ref.id, ref.name)
        spelling = self._units.get(name_key(name), name)
        return (spelling, spelling)
