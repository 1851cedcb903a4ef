"""Structure of the model (*struktur model*): what contains what, in one table.

A road map is a tree: the road map holds its areas, an area its action plan
rows, a row its problems and result, and so on. `STRUCTURE` says so once, one
row per field, in the document's order; every walk over a road map is made
from it:

* `Part` rows say which field holds which kind of object (*bagian*), with the
  bilingual name of what it holds and whether its entries are numbered. From
  them come the id index of a `rbroadmap.RoadMap` (`entities`), the JSON path
  of every entity (`walk`), the entities of one kind (`collect`) and the
  numbered lists the rules check (`numbered_lists`).
* `Text` rows say which fields hold the prose the rules read (a name, a
  problem, the items of a list), and what kind of text each is (`texts`).
* `InPeriod` rows say which fields hold years that must lie within the road
  map's period (or, for an indicator's targets, within the years of its goal
  table, `period_of`): a `rbroadmap.model.Yearly` series or a year
  (`check_period`).

Adding a level of entities is adding its class and its rows here; every walk
then includes it. The walks are compiled once per kind of object into plain
loops over the fields that matter, so that the id index, built for every road
map, costs no more than a walk written by hand.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Iterator
from typing import Any, Final, TypeAlias, TypeVar, final, overload

import attrs

from rbroadmap.messages import Message
from rbroadmap.model.action import Action
from rbroadmap.model.area import Area
from rbroadmap.model.indicators import Baseline, Indicator
from rbroadmap.model.objectives import Objective
from rbroadmap.model.organisation import Stage, Team, TeamMember
from rbroadmap.model.parts import Goal, Item, Period, Problem, Result
from rbroadmap.model.plan import Activity, PlanProgramme, SubActivity
from rbroadmap.model.priorities import Achievement, PriorityService, QuickWin
from rbroadmap.model.profile import Profile
from rbroadmap.model.programme import Programme
from rbroadmap.model.regulation import Regulation
from rbroadmap.model.roadmap import RoadMap
from rbroadmap.model.themes import Theme
from rbroadmap.model.waiver import Waiver
from rbroadmap.model.yearly import Target, Yearly, YearlyBudget
from rbroadmap.units import ResponsibleUnit, UnitGroup, UnitRegistry

__all__ = [
    "STRUCTURE",
    "InPeriod",
    "Part",
    "Text",
    "TextEntry",
    "check_period",
    "collect",
    "entities",
    "is_entity",
    "numbered_lists",
    "parts_of",
    "period_of",
    "texts",
    "walk",
    "years_outside",
]

T = TypeVar("T")


@final
@attrs.frozen
class Part:
    """Part (*bagian*): a field of a model class that holds other objects of the road map.

    Attributes:
        parent: The class that holds the field.
        field: The field's name.
        child: The class of what the field holds.
        name: What the field holds, in Indonesian and English, in the plural
            (``Message("area perubahan", "areas of change")``).
        many: Whether the field holds a tuple of children (else one, or ``None``).
        numbered: Whether the children are numbered in a sequence the rules
            check for gaps and repeats (RB703, RB704): an entity's ``number``,
            a list item's ``label``.
    """

    parent: type
    field: str
    child: type
    name: Message
    many: bool = attrs.field(default=True, kw_only=True)
    numbered: bool = attrs.field(default=False, kw_only=True)


@final
@attrs.frozen
class Text:
    """Text (*teks*): a field of a model class whose prose the rules read.

    A field holding list items (`rbroadmap.Item`) stands for the texts of its
    items. Fields left at an empty default (``None``, or ``""`` for a title) are
    not read.

    Attributes:
        parent: The class that holds the field.
        field: The field's name.
        kind: What the text is, a key of the rules (``"problem"``, ``"area-name"``).
        name: What one such text is called, in Indonesian and English.
        principal: Whether the text is what the entity says, so that a message
            names the entity by it (*the problem 'p1'*, not *the name of 'p1'*).
    """

    parent: type
    field: str
    kind: str
    name: Message
    principal: bool = attrs.field(default=False, kw_only=True)


@final
@attrs.frozen
class InPeriod:
    """In the period (*dalam periode*): a field whose years lie within the road map's period.

    The field holds a `rbroadmap.model.Yearly` series (every year it has a value
    for) or a year; a `rbroadmap.RoadMap` refuses one outside its period.

    Attributes:
        parent: The class that holds the field.
        field: The field's name.
    """

    parent: type
    field: str


Row: TypeAlias = Part | Text | InPeriod

M = Message

STRUCTURE: Final[tuple[Row, ...]] = (
    # The road map (chapter III), in the document's order.
    Text(RoadMap, "title", "title", M("judul", "title")),
    Part(RoadMap, "period", Period, M("periode", "period"), many=False),
    Part(RoadMap, "goals", Goal, M("sasaran umum", "general goals")),
    Part(RoadMap, "objectives", Objective, M("tujuan", "objectives"), numbered=True),
    Part(RoadMap, "areas", Area, M("area perubahan", "areas of change"), numbered=True),
    Part(
        RoadMap, "themes", Theme, M("tema RB Tematik", "themes of thematic reform"), numbered=True
    ),
    Part(
        RoadMap,
        "achievements",
        Achievement,
        M("hal yang dipertahankan", "achievements to maintain"),
        numbered=True,
    ),
    Part(
        RoadMap,
        "services",
        PriorityService,
        M("pelayanan prioritas", "priority services"),
        numbered=True,
    ),
    Part(RoadMap, "quick_wins", QuickWin, M("quick wins", "quick wins"), numbered=True),
    Part(RoadMap, "stages", Stage, M("tahapan", "stages")),
    Part(RoadMap, "programmes", Programme, M("program", "programmes"), numbered=True),
    Part(RoadMap, "teams", Team, M("tim", "teams"), numbered=True),
    Part(
        RoadMap,
        "units",
        UnitRegistry,
        M("daftar penanggung jawab", "registry of responsible units"),
        many=False,
    ),
    Part(RoadMap, "waivers", Waiver, M("pengecualian", "waivers")),
    Part(RoadMap, "profile", Profile, M("profil dokumen", "document profile"), many=False),
    Part(RoadMap, "regulation", Regulation, M("peraturan", "regulation"), many=False),
    Part(
        RoadMap, "amends", Regulation, M("peraturan yang diubah", "regulation amended"), many=False
    ),
    # An area of change (3.1.1, Table 3.1 A, Table 3.2).
    Text(Area, "name", "area-name", M("nama area", "area name")),
    Part(Area, "improvements", Item, M("butir pembenahan", "improvement items"), numbered=True),
    Text(Area, "improvements", "improvement", M("butir pembenahan", "improvement item")),
    Part(Area, "goals", Goal, M("sasaran", "goals")),
    Part(Area, "actions", Action, M("baris rencana aksi", "action plan rows")),
    Part(Area, "programmes", PlanProgramme, M("program", "programmes"), numbered=True),
    Part(Area, "activities", Activity, M("kegiatan", "activities"), numbered=True),
    # The plan hierarchy (Permendagri 90/2019): programme, activity, sub-activity, rows.
    Text(PlanProgramme, "name", "plan-programme", M("program", "programme"), principal=True),
    Part(PlanProgramme, "activities", Activity, M("kegiatan", "activities"), numbered=True),
    Part(PlanProgramme, "actions", Action, M("baris rencana aksi", "action plan rows")),
    Text(Activity, "name", "plan-activity", M("kegiatan", "activity"), principal=True),
    Part(
        Activity,
        "sub_activities",
        SubActivity,
        M("sub kegiatan", "sub-activities"),
        numbered=True,
    ),
    Part(Activity, "actions", Action, M("baris rencana aksi", "action plan rows")),
    Text(SubActivity, "name", "sub-activity", M("sub kegiatan", "sub-activity"), principal=True),
    Part(SubActivity, "actions", Action, M("baris rencana aksi", "action plan rows")),
    # A row of the action plan, column by column.
    Part(Action, "problems", Problem, M("permasalahan", "problems")),
    Text(Action, "text", "action", M("aksi", "action"), principal=True),
    Part(Action, "result", Result, M("hasil", "result"), many=False),
    Text(
        Action,
        "expected_condition",
        "expected-condition",
        M("kondisi yang diharapkan", "expected condition"),
    ),
    Part(Action, "targets", Target, M("target", "target"), many=False),
    InPeriod(Action, "targets"),
    Text(Action, "programme", "programme-cell", M("sel program", "programme cell")),
    Part(
        Action,
        "budget_per_year",
        YearlyBudget,
        M("anggaran tiap tahun", "budget per year"),
        many=False,
    ),
    InPeriod(Action, "budget_per_year"),
    # A goal table (Tujuan -> Sasaran -> Indikator): goals anywhere hold indicators.
    Text(Objective, "text", "objective", M("tujuan", "objective"), principal=True),
    Part(Objective, "period", Period, M("tahun tabel sasaran", "years of goal table"), many=False),
    Part(Objective, "goals", Goal, M("sasaran", "goals")),
    Text(Goal, "text", "goal", M("sasaran", "goal"), principal=True),
    Part(Goal, "indicators", Indicator, M("indikator kinerja", "indicators"), numbered=True),
    Text(Problem, "text", "problem", M("permasalahan", "problem"), principal=True),
    Text(Result, "text", "result", M("hasil", "result"), principal=True),
    # A theme of thematic reform (RB Tematik, PermenPAN-RB 3/2023).
    Text(Theme, "name", "theme", M("tema", "theme"), principal=True),
    Text(Theme, "description", "theme-description", M("uraian tema", "description of theme")),
    Part(Theme, "problems", Problem, M("permasalahan", "problems")),
    Part(Theme, "goals", Goal, M("sasaran", "goals")),
    Part(Theme, "indicators", Indicator, M("indikator dampak", "impact indicators"), numbered=True),
    # The achievements to maintain (3.1.2, Table 3.1 B).
    Text(
        Achievement,
        "name",
        "achievement",
        M("hal yang dipertahankan", "achievement to maintain"),
    ),
    Part(Achievement, "items", Item, M("butir", "items"), numbered=True),
    Text(
        Achievement, "items", "achievement-item", M("butir yang dipertahankan", "item to maintain")
    ),
    Part(Achievement, "goals", Goal, M("sasaran", "goals")),
    Part(Achievement, "indicators", Indicator, M("indikator", "indicators")),
    # An indicator: what it measures, its baseline and its targets (checked against the
    # years of its goal table, see `period_of`).
    Text(Indicator, "name", "indicator", M("indikator", "indicator"), principal=True),
    Part(Indicator, "baseline", Baseline, M("nilai dasar", "baseline"), many=False),
    Part(Indicator, "targets", Target, M("target", "target"), many=False),
    InPeriod(Indicator, "targets"),
    # The priority services (3.1.3, Table 3.1 C) and quick wins (Table 3.1 D).
    Text(PriorityService, "name", "service", M("pelayanan prioritas", "priority service")),
    Text(
        PriorityService,
        "description",
        "service-description",
        M("uraian pelayanan prioritas", "description of priority service"),
    ),
    Part(PriorityService, "items", Item, M("butir", "items"), numbered=True),
    Text(
        PriorityService,
        "items",
        "service-item",
        M("butir pelayanan prioritas", "item of priority service"),
    ),
    Part(PriorityService, "goals", Goal, M("sasaran", "goals")),
    Text(QuickWin, "field", "quick-win-field", M("bidang quick win", "field of quick win")),
    Text(QuickWin, "text", "quick-win", M("quick win", "quick win"), principal=True),
    # The stages (3.2), programmes (3.3) and teams (3.4).
    InPeriod(Stage, "year"),
    Text(Stage, "description", "stage", M("uraian tahapan", "description of stage")),
    Part(Stage, "steps", Item, M("langkah", "steps"), numbered=True),
    Text(Stage, "steps", "stage-step", M("langkah tahapan", "step of stage")),
    Text(Programme, "name", "programme", M("nama program", "name of programme")),
    Text(
        Programme,
        "description",
        "programme-description",
        M("uraian program", "description of programme"),
    ),
    Part(Programme, "activities", Item, M("kegiatan", "activities"), numbered=True),
    Text(Programme, "activities", "activity", M("kegiatan", "activity")),
    Text(Team, "name", "team", M("nama tim", "name of team")),
    Part(Team, "duties", Item, M("tugas", "duties"), numbered=True),
    Text(Team, "duties", "team-duty", M("tugas tim", "duty of team")),
    Part(Team, "members", TeamMember, M("anggota", "members")),
    Text(Team, "composition", "team-composition", M("susunan tim", "composition of team")),
    # The registry of responsible units.
    Part(UnitRegistry, "units", ResponsibleUnit, M("unit", "units")),
    Part(UnitRegistry, "groups", UnitGroup, M("kelompok unit", "groups of units")),
)
"""What contains what in a road map, one row per field, in the document's order.

The rows of one class are visited in the order given here: a walk over an
action plan row meets its problems, then its own text, then its result, as the
columns of the printed table run.
"""

del M


# -- reading the table


@functools.cache
def parts_of(cls: type) -> tuple[Row, ...]:
    """The rows of `STRUCTURE` whose parent is *cls*, in order.

    >>> tuple(row.field for row in parts_of(Action) if isinstance(row, Part))
    ('problems', 'result', 'targets', 'budget_per_year')
    """
    return tuple(row for row in STRUCTURE if row.parent is cls)


@functools.cache
def is_entity(cls: type) -> bool:
    """Whether objects of *cls* are entities: they have an ``id`` and go into the id index.

    >>> is_entity(Action), is_entity(Item)
    (True, False)
    """
    return attrs.has(cls) and any(a.name == "id" for a in attrs.fields(cls))


@functools.cache
def _holds(cls: type, kinds: frozenset[type] | None) -> bool:
    """Whether an object of *cls* is, or holds at any depth, an object of *kinds*.

    ``None`` stands for every kind of entity.
    """
    if is_entity(cls) if kinds is None else cls in kinds:
        return True
    return any(isinstance(row, Part) and _holds(row.child, kinds) for row in parts_of(cls))


Collector: TypeAlias = Callable[[Any, Callable[[Any], None], Callable[[Any], None]], None]
PathCollector: TypeAlias = Callable[[Any, str, list[tuple[str, Any]]], None]


@functools.cache
def _steps(cls: type, kinds: frozenset[type] | None) -> tuple[tuple[Part, Any, bool], ...]:
    """The parts of *cls* to descend into for *kinds*: (part, getter, whether a leaf).

    A leaf child is one to take whole: it is of *kinds* and holds none of them.
    """
    steps = []
    for row in parts_of(cls):
        if isinstance(row, Part) and _holds(row.child, kinds):
            own = is_entity(row.child) if kinds is None else row.child in kinds
            inside = any(
                isinstance(p, Part) and _holds(p.child, kinds) for p in parts_of(row.child)
            )
            steps.append((row, operator.attrgetter(row.field), own and not inside))
    return tuple(steps)


@functools.cache
def _collector(cls: type, kinds: frozenset[type] | None) -> Collector:
    """A function that hands every object of *kinds* in an object of *cls* to *append*.

    Compiled once per class and kinds: the loop visits only the fields that can
    lead to such objects, and a tuple of objects holding none is handed whole to
    *extend*. Taking the list's bound methods saves looking them up at every level.
    """
    own = is_entity(cls) if kinds is None else cls in kinds
    steps = tuple(
        (get, part.many, None if leaf else _collector(part.child, kinds))
        for part, get, leaf in _steps(cls, kinds)
    )

    def collect(obj: Any, append: Callable[[Any], None], extend: Callable[[Any], None]) -> None:
        if own:
            append(obj)
        for get, many, sub in steps:
            value = get(obj)
            if value is None:
                continue
            if sub is None:
                if many:
                    extend(value)
                else:
                    append(value)
            elif many:
                for child in value:
                    sub(child, append, extend)
            else:
                sub(value, append, extend)

    return collect


@functools.cache
def _path_collector(cls: type) -> PathCollector:
    """A function that appends ``(path, entity)`` for every entity in an object of *cls*."""
    own = is_entity(cls)
    steps = tuple(
        (part.field, get, part.many, None if leaf else _path_collector(part.child))
        for part, get, leaf in _steps(cls, None)
    )

    def collect(obj: Any, path: str, out: list[tuple[str, Any]]) -> None:
        if own:
            out.append((path, obj))
        prefix = f"{path}." if path else ""
        for field, get, many, sub in steps:
            value = get(obj)
            if value is None:
                continue
            if not many:
                if sub is None:
                    out.append((prefix + field, value))
                else:
                    sub(value, prefix + field, out)
            elif sub is None:
                for i, child in enumerate(value):
                    out.append((f"{prefix}{field}[{i}]", child))
            else:
                for i, child in enumerate(value):
                    sub(child, f"{prefix}{field}[{i}]", out)

    return collect


_BY_KIND: Final[dict[tuple[type, type], Collector]] = {}
"""The collector of each kind of object in each class, looked up by `collect`."""


# -- the walks


def _class(obj: object) -> Any:
    """The class of *obj*, for the caches above (type checkers do not see types as hashable)."""
    return obj.__class__


def entities(obj: Any) -> list[Any]:
    """Every entity in *obj*, *obj* first if it is one, in document order.

    What the id index of a `rbroadmap.RoadMap` holds; `RoadMap.entities` gives
    the same, already indexed.

    >>> area = Area(id="org", name="Organisasi", actions=[Action(id="a1", problems=[
    ...     Problem(id="p1", text="Belum ada SOP")])])
    >>> " ".join(e.id for e in entities(area))
    'org a1 p1'
    """
    out: list[Any] = []
    _collector(_class(obj), None)(obj, out.append, out.extend)
    return out


def collect(obj: Any, kind: type[T]) -> list[T]:
    """Every object of *kind* in *obj*, in document order.

    >>> area = Area(id="org", name="Organisasi", actions=[Action(id="a1", problems=[
    ...     Problem(id="p1", text="Belum ada SOP"), Problem(id="p2", text="Belum ada SPM")])])
    >>> " ".join(p.id for p in collect(area, Problem))
    'p1 p2'
    """
    key = (obj.__class__, kind)
    found = _BY_KIND.get(key)
    if found is None:
        found = _BY_KIND[key] = _collector(key[0], frozenset({kind}))
    out: list[T] = []
    found(obj, out.append, out.extend)
    return out


def walk(obj: Any) -> list[tuple[str, Any]]:
    """``(path, entity)`` for every entity in *obj*, in document order.

    The path is the JSON path of the entity relative to *obj* (``""`` for *obj*
    itself), such as ``"areas[0].actions[2].result"``.

    >>> area = Area(id="org", name="Organisasi", actions=[Action(id="a1", result=Result(
    ...     id="r1", text="Dokumen SOP"))])
    >>> tuple((path, e.id) for path, e in walk(area))
    (('', 'org'), ('actions[0]', 'a1'), ('actions[0].result', 'r1'))
    """
    out: list[tuple[str, Any]] = []
    _path_collector(_class(obj))(obj, "", out)
    return out


@functools.cache
def _in_period() -> dict[type, tuple[str, ...]]:
    """The fields of each class that `InPeriod` rows name."""
    fields: dict[type, tuple[str, ...]] = {}
    for row in STRUCTURE:
        if isinstance(row, InPeriod):
            fields[row.parent] = (*fields.get(row.parent, ()), row.field)
    return fields


@functools.cache
def _dated() -> frozenset[type]:
    return frozenset(_in_period())


def check_period(roadmap: RoadMap) -> tuple[Any, str, int] | None:
    """The first year outside its period, in document order, or ``None``.

    Returns the object holding it, the field (an `InPeriod` row's) and the year.
    """
    return next(years_outside(roadmap), None)


def _spans(roadmap: RoadMap) -> dict[int, Period]:
    """The period of each indicator whose goal table covers other years than the road map.

    Keyed by the indicator's ``id()``: an objective with a period of its own
    (`rbroadmap.Objective.period`) lends it to every indicator under it.
    """
    spans: dict[int, Period] = {}
    for objective in roadmap.objectives:
        if objective.period is not None:
            for indicator in collect(objective, Indicator):
                spans[id(indicator)] = objective.period
    return spans


def period_of(roadmap: RoadMap, holder: Any) -> Period:
    """The years *holder*'s dated fields must lie within: its goal table's, else the road map's.

    >>> from rbroadmap.model.objectives import Objective
    >>> kpi = Indicator(id="i1", name="IKM")
    >>> rm = RoadMap(id="r", government="Kota X", period=Period(2020, 2024), objectives=[
    ...     Objective(id="t1", text="Pelayanan prima", period=Period(2017, 2021),
    ...               goals=[Goal(id="s1", text="IKM naik", indicators=[kpi])])])
    >>> str(period_of(rm, kpi)), str(period_of(rm, rm))
    ('2017-2021', '2020-2024')
    """
    return _spans(roadmap).get(id(holder), roadmap.period) if roadmap.objectives else roadmap.period


def years_outside(roadmap: RoadMap) -> Iterator[tuple[Any, str, int]]:
    """Every year outside its period, in document order.

    The period is the road map's, except for the targets of an indicator in a goal
    table with years of its own (`period_of`). Yields the object holding the year,
    the field (an `InPeriod` row's) and the year.
    """
    fields_of = _in_period()
    spans = _spans(roadmap) if roadmap.objectives else {}
    held: list[Any] = []
    _collector(RoadMap, _dated())(roadmap, held.append, held.extend)
    for obj in held:
        period = spans.get(id(obj), roadmap.period)
        start, end = period.start, period.end
        for field in fields_of[type(obj)]:
            value = getattr(obj, field)
            if isinstance(value, Yearly):
                values = value.values
                if values and (values[0][0] < start or values[-1][0] > end):
                    for year, _ in values:
                        if not start <= year <= end:
                            yield obj, field, year
            elif value is not None and not start <= value <= end:
                yield obj, field, value


TextEntry: TypeAlias = tuple[str, str, str, str, str, str | None]
"""One text of a road map: entity id, field, kind, text, scope and list label.

The field is relative to the entity (``"improvements[8].text"``); the scope
groups the items of one list (``"organisasi:improvements"``) and is ``""``
otherwise; the label is a list item's label (``"#3"`` when it has none).
"""


@functools.cache
def _reads_text(cls: type) -> bool:
    return any(
        isinstance(row, Text) or (isinstance(row, Part) and _reads_text(row.child))
        for row in parts_of(cls)
    )


def _absent(cls: type, field: str) -> object:
    """What a text field holds when it has no text: its default, ``None`` or ``""``."""
    default = attrs.fields_dict(cls)[field].default
    return default if default in (None, "") else None


def _holds_items(row: Text) -> bool:
    """Whether a `Text` row names a field of list items (the texts of its items)."""
    return any(
        isinstance(p, Part) and p.field == row.field and p.child is Item
        for p in parts_of(row.parent)
    )


TextCollector: TypeAlias = Callable[[Any, str, Callable[[Any], None], Callable[..., Any]], None]


@functools.cache
def _text_collector(cls: type) -> TextCollector:
    """A function that appends every text of an object of *cls* (see `texts`)."""
    entity = is_entity(cls)
    steps: list[tuple[int, Any, str, str, object, Any]] = []
    for row in parts_of(cls):
        get = operator.attrgetter(row.field)
        if isinstance(row, Text):
            kind = 1 if _holds_items(row) else 0
            steps.append((kind, get, row.field, row.kind, _absent(cls, row.field), None))
        elif isinstance(row, Part) and _reads_text(row.child):
            steps.append((2 if row.many else 3, get, "", "", None, _text_collector(row.child)))

    def collect(
        obj: Any, owner: str, append: Callable[[Any], None], make: Callable[..., Any]
    ) -> None:
        if entity:
            owner = obj.id
        for kind, get, field, text_kind, absent, sub in steps:
            value = get(obj)
            if kind == 0:
                if value is not None and value != absent:
                    append(make(entity_id=owner, field=field, kind=text_kind, text=value))
            elif kind == 1:
                scope = f"{owner}:{field}"
                for i, item in enumerate(value):
                    append(
                        make(
                            entity_id=owner,
                            field=f"{field}[{i}].text",
                            kind=text_kind,
                            text=item.text,
                            scope=scope,
                            label=item.label or f"#{i + 1}",
                        )
                    )
            elif kind == 2:
                for child in value:
                    sub(child, owner, append, make)
            elif value is not None:
                sub(value, owner, append, make)

    return collect


def _entry(
    *, entity_id: str, field: str, kind: str, text: str, scope: str = "", label: str | None = None
) -> TextEntry:
    return entity_id, field, kind, text, scope, label


@overload
def texts(obj: Any) -> list[TextEntry]: ...
@overload
def texts(obj: Any, make: Callable[..., T]) -> list[T]: ...
def texts(obj: Any, make: Callable[..., Any] = _entry) -> list[Any]:
    """Every text in *obj*, in document order (see `Text` and `TextEntry`).

    Args:
        obj: A road map, or any part of one.
        make: What to make of each text, called with its parts as keywords
            (``entity_id``, ``field``, ``kind``, ``text``, and ``scope`` and
            ``label`` for list items); a `TextEntry` by default.

    >>> area = Area(id="org", name="Organisasi", improvements=[Item(label="a", text="SOP")])
    >>> for text in texts(area):
    ...     print(text)
    ('org', 'name', 'area-name', 'Organisasi', '', None)
    ('org', 'improvements[0].text', 'improvement', 'SOP', 'org:improvements', 'a')
    """
    out: list[Any] = []
    _text_collector(_class(obj))(obj, "", out.append, make)
    return out


def numbered_lists(
    roadmap: RoadMap,
) -> Iterator[tuple[Part, str | None, list[tuple[str, str, str]]]]:
    """Every numbered list of the road map, with its owner and its entries in order.

    Yields the `Part` (its name names the list), the id of the entity that holds
    the list (``None`` for the road map's own lists) and ``(entity id, field,
    label)`` for every entry with a number or label: an entity's ``number`` (or,
    without one, its ``label`` as written) is its own, a list item's ``label``
    belongs to the entity holding the list.
    """
    for row in STRUCTURE:
        if not isinstance(row, Part) or not row.numbered:
            continue
        parents = [roadmap] if row.parent is RoadMap else collect(roadmap, row.parent)
        for parent in parents:
            children = getattr(parent, row.field)
            if is_entity(row.child):
                entries = [entry for child in children if (entry := _number_of(child))]
            else:
                entries = [
                    (parent.id, f"{row.field}[{i}].label", child.label)
                    for i, child in enumerate(children)
                    if child.label is not None
                ]
            yield row, None if parent is roadmap else parent.id, entries


def _number_of(entity: Any) -> tuple[str, str, str] | None:
    """An entity's entry in its numbered list: its ``number``, else its ``label``, or ``None``."""
    number = getattr(entity, "number", None)
    if number is not None:
        return entity.id, "number", str(number)
    label = getattr(entity, "label", None)
    if label is not None:
        return entity.id, "label", label
    return None


def _forget() -> None:
    """Forget every walk compiled from the table, to compile them again from a changed one.

    The table is constant in use; tests that add rows to it call this before and after.
    """
    for cached in (
        parts_of,
        is_entity,
        _holds,
        _steps,
        _collector,
        _path_collector,
        _in_period,
        _dated,
        _reads_text,
        _text_collector,
    ):
        cached.cache_clear()
    _BY_KIND.clear()
