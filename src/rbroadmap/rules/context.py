"""The read-only view (*tampilan baca*) of a road map that every rule's check receives.

A `Context` holds the road map, the options of the validation and indexes
computed once and shared by all rules: the action plan rows with their merged
cells resolved (`Context.rows`), every text of the road map with where it
sits (`Context.texts`), the JSON path and document position of every entity,
and a memo (`Context.memo`) where rule modules keep indexes of their own, so
that two rules needing the same index build it once.

Everything a check can reach is immutable: the road map and its parts are
frozen attrs classes, and the context hands out tuples.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any, Final, TypeVar, final

import attrs

from rbroadmap.areasets import AREA_SETS, AreaSet
from rbroadmap.messages import Message
from rbroadmap.model import Action, Area, Column, ResolvedAction, RoadMap, structure
from rbroadmap.scales import IKM_2004, IKM_2017, Scale

__all__ = ["KINDS", "Context", "Options", "Row", "TextRef"]

T = TypeVar("T")

IKM_2017_FROM: Final = 2017
"""The year PermenPAN-RB 14/2017 replaced the earlier IKM regulations."""


def _read_only(value: Mapping[str, AreaSet]) -> Mapping[str, AreaSet]:
    """A read-only copy of the area sets, so that options cannot change once made."""
    if isinstance(value, MappingProxyType):
        return value
    return MappingProxyType(dict(value))


@final
@attrs.frozen(kw_only=True)
class Options:
    """Options (*opsi*) of one validation, as passed to `rbroadmap.validate`.

    Attributes:
        ikm_scale: The IKM regulation to check claims against, or ``None`` for
            the one in force when the road map's period starts.
        area_sets: The standard area sets known by code, held read-only (a
            mapping given is copied). They do not enter the hash: equal options
            still hash equal.
    """

    ikm_scale: Scale | None = None
    area_sets: Mapping[str, AreaSet] = attrs.field(
        default=AREA_SETS, converter=_read_only, hash=False
    )

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle with the area sets as a dict: a read-only mapping cannot be pickled."""
        return (_options, (self.ikm_scale, dict(self.area_sets)))


def _options(ikm_scale: Scale | None, area_sets: dict[str, AreaSet]) -> Options:
    return Options(ikm_scale=ikm_scale, area_sets=area_sets)


@final
@attrs.frozen(kw_only=True)
class Row:
    """Row (*baris*) of the action plan, with its merged cells resolved.

    Attributes:
        area: The area the row belongs to.
        action: The row as written.
        resolved: The row with the cells it shares filled in
            (`rbroadmap.RoadMap.resolve`).
        path: The row's JSON path (``"$.areas[1].actions[3]"``).
    """

    area: Area
    action: Action
    resolved: ResolvedAction
    path: str

    @property
    def id(self) -> str:
        """The id of the row (its action)."""
        return self.action.id

    def owns(self, field: str) -> bool:
        """Whether the row's *field* is its own cell (not blank, not merged from another row).

        ``"budget"`` stands for the budget in whichever form it is written.
        """
        if field in self.resolved.inherited:
            return False
        if field == "budget":
            return self.resolved.budget_form is not None
        return getattr(self.resolved, field) not in (None, ())


KINDS: Final = {
    row.kind: (row.name.indonesian, row.name.english)
    for row in structure.STRUCTURE
    if isinstance(row, structure.Text)
}
"""The kinds of text, with their names in Indonesian and English (from the model's table)."""

_OWN_ENTITY: Final = frozenset(
    row.kind for row in structure.STRUCTURE if isinstance(row, structure.Text) and row.principal
)


@final
@attrs.frozen(kw_only=True)
class TextRef:
    """Text reference (*rujukan teks*): one text of the road map and where it sits.

    Attributes:
        entity_id: The id of the entity the text belongs to (for list items,
            the entity that holds the list).
        field: Where in the entity (``"text"``, ``"improvements[8].text"``).
        kind: What the text is (``"problem"``, ``"improvement"``, ...).
        text: The text as written.
        scope: What the text belongs to for duplicate checks: texts of one kind
            are compared within one scope (an area's improvement items, one
            stage's steps) or road-map wide (``""``).
    """

    entity_id: str
    field: str
    kind: str
    text: str
    scope: str = ""
    label: str | None = None

    @property
    def where(self) -> Message:
        """Where the text sits, in words: *the problem 'x'*, *improvement item e of 'y'*.

        >>> TextRef(entity_id="akuntabilitas", field="improvements[4].text",
        ...         kind="improvement", text="...", label="e").where.english
        "improvement item e of 'akuntabilitas'"
        """
        indonesian, english = KINDS.get(self.kind, (self.kind, self.kind))
        if self.kind in _OWN_ENTITY:
            return Message(f"{indonesian} {self.entity_id!r}", f"the {english} {self.entity_id!r}")
        label = f" {self.label}" if self.label else ""
        return Message(
            f"{indonesian}{label} dari {self.entity_id!r}",
            f"{english}{label} of {self.entity_id!r}",
        )


@final
class Context:
    """Context (*konteks*): the read-only view of a road map that checks receive.

    Attributes:
        roadmap: The road map being validated.
        options: The options of this validation.
    """

    __slots__ = ("_memo", "_paths", "_positions", "_rows", "_texts", "options", "roadmap")

    def __init__(self, roadmap: RoadMap, options: Options | None = None) -> None:
        self.roadmap: Final = roadmap
        self.options: Final = Options() if options is None else options
        self._paths: dict[str, str] = {}
        self._positions: dict[str, int] = {}
        for position, (path, entity) in enumerate(structure.walk(roadmap)):
            self._paths.setdefault(entity.id, f"$.{path}" if path else "$")
            self._positions.setdefault(entity.id, position)
        self._rows: tuple[Row, ...] | None = None
        self._texts: tuple[TextRef, ...] | None = None
        self._memo: dict[str, object] = {}

    # -- paths and order

    def path(self, entity_id: str, field: str = "") -> str:
        """Return the JSON path of *field* within the entity *entity_id*.

        >>> import rbroadmap as rb
        >>> rm = rb.RoadMap(id="x", government="X", period=rb.Period(2018, 2022),
        ...                 areas=[rb.Area(id="org", name="Organisasi")])
        >>> Context(rm).path("org", "improvements[2].text")
        '$.areas[0].improvements[2].text'
        """
        base = self._paths.get(entity_id, "$")
        if not field:
            return base
        return f"{base}{field}" if field.startswith("[") else f"{base}.{field}"

    def position(self, entity_id: str) -> int:
        """The entity's place in document order (entities not in the road map come last)."""
        return self._positions.get(entity_id, len(self._positions))

    # -- shared indexes

    @property
    def rows(self) -> tuple[Row, ...]:
        """Every row of the action plan, in order, with merged cells resolved."""
        if self._rows is None:
            roadmap = self.roadmap
            self._rows = tuple(
                Row(
                    area=area,
                    action=action,
                    resolved=roadmap.resolve(action),
                    path=self._paths[action.id],
                )
                for area in roadmap.areas
                for action in structure.collect(area, Action)
            )
        return self._rows

    @property
    def texts(self) -> tuple[TextRef, ...]:
        """Every text of the road map, in document order, with where it sits.

        Cells a row takes from a merged cell are not repeated: only the row
        that holds a text lists it.
        """
        if self._texts is None:
            self._texts = tuple(_texts(self.roadmap))
        return self._texts

    def has_column(self, column: Column) -> bool:
        """Whether the road map's action plan has *column*, as its profile says.

        >>> import rbroadmap as rb
        >>> rm = rb.RoadMap(id="x", government="X", period=rb.Period(2022, 2024),
        ...                 profile=rb.Profile(columns=[rb.Column.RESULT, rb.Column.TARGET]))
        >>> Context(rm).has_column(rb.Column.BUDGET)
        False
        """
        return self.roadmap.profile.has(column)

    @property
    def ikm_scale(self) -> Scale:
        """The IKM scale claims are checked against.

        The option if given; otherwise PermenPAN-RB 14/2017 (`IKM_2017`) for road
        maps whose period starts in 2017 or later, KepMenPAN 25/2004 before.
        """
        if self.options.ikm_scale is not None:
            return self.options.ikm_scale
        return IKM_2017 if self.roadmap.period.start >= IKM_2017_FROM else IKM_2004

    def memo(self, key: str, build: Callable[[], T]) -> T:
        """Return the value stored under *key*, building it with *build* the first time.

        Rule modules keep the indexes they share here, so that each is built once
        per validation.
        """
        if key not in self._memo:
            self._memo[key] = build()
        return self._memo[key]  # type: ignore[return-value]


def _texts(roadmap: RoadMap) -> list[TextRef]:
    """Every text of the road map, in document order (the model's table says where)."""
    return structure.texts(roadmap, TextRef)
