"""One inventory of what the library makes public, and one object of each public class.

The tests that must hold for every public thing -- it is documented, it is on a
reference page, it pickles, it is frozen, it hashes as it compares, it survives a
trip through JSON -- take their lists from here. A module, class or error added to
the library is then checked by all of them at once, and no list can forget it
while another remembers.

Everything is found, not written down: the public modules are the package and its
modules one level down whose names do not start with ``_``; their ``__all__`` give
the public names; the classes a road map document is made of are those reachable
from `rbroadmap.RoadMap` through the fields it is built from. Only the objects are
chosen by hand: `roots` builds the sample, its reports and the library's tables,
and `zoo` finds in them one object of every class.
"""

from __future__ import annotations

import enum
import functools
import importlib
import inspect
import pkgutil
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from decimal import Decimal
from typing import Any

import attrs
import pendulum

import rbroadmap as rb
from support.goals import goal_table, irb

__all__ = [
    "ABSTRACT_ERRORS",
    "AS_OF",
    "DOCUMENT_CLASSES",
    "ENUMS",
    "ERROR_CLASSES",
    "NOT_VALUES",
    "PUBLIC_CLASSES",
    "PUBLIC_FUNCTIONS",
    "PUBLIC_MODULES",
    "VALUE_CLASSES",
    "VIEWS",
    "enum_members",
    "errors",
    "instance",
    "public_names",
    "realisations",
    "roots",
    "zoo",
]

AS_OF = pendulum.date(2020, 9, 30)
"""The day the reports of the inventory are made on."""

# -- modules and names


def _public_modules() -> tuple[str, ...]:
    found = [
        info.name
        for info in pkgutil.iter_modules(rb.__path__, prefix=f"{rb.__name__}.")
        if not info.name.rpartition(".")[2].startswith("_")
    ]
    return (rb.__name__, *sorted(found))


PUBLIC_MODULES = _public_modules()
"""The modules users import: the package, and each module or package one level down
whose name does not start with ``_``."""


def public_names() -> list[tuple[str, str]]:
    """Every public name, with the module that exports it (a name may have several)."""
    names = []
    for module in PUBLIC_MODULES:
        exported = getattr(importlib.import_module(module), "__all__", None)
        assert exported is not None, (
            f"{module} has no __all__: list its public names, or start its name with _"
        )
        names += [(module, name) for name in exported]
    return names


def _exported() -> list[object]:
    return [getattr(importlib.import_module(module), name) for module, name in public_names()]


PUBLIC_CLASSES: tuple[type, ...] = tuple(
    sorted(
        {obj for obj in _exported() if inspect.isclass(obj)},
        key=lambda cls: (cls.__module__, cls.__qualname__),
    )
)
"""Every class a public module exports, once."""

PUBLIC_FUNCTIONS: tuple[Callable[..., Any], ...] = tuple(
    sorted(
        {obj for obj in _exported() if inspect.isfunction(obj)},
        key=lambda function: (function.__module__, function.__qualname__),
    )
)
"""Every function a public module exports, once."""

NOT_VALUES: frozenset[type] = frozenset({rb.rules.Context})
"""Public classes that are not values: the working view a rule's check is given,
with its memo. Every other public class has an object in the `zoo`."""

VALUE_CLASSES: tuple[type, ...] = tuple(
    cls for cls in PUBLIC_CLASSES if attrs.has(cls) and cls not in NOT_VALUES
)
"""The public attrs classes: frozen values users hold."""

ENUMS: tuple[type[enum.Enum], ...] = tuple(
    cls for cls in PUBLIC_CLASSES if issubclass(cls, enum.Enum)
)
"""The public enumerations."""

ERROR_CLASSES: tuple[type[BaseException], ...] = tuple(
    cls for cls in PUBLIC_CLASSES if issubclass(cls, BaseException)
)
"""The public errors, abstract roots included."""

ABSTRACT_ERRORS: frozenset[type[BaseException]] = frozenset({rb.RoadmapError, rb.RealizationError})
"""The roots of the errors, never raised themselves: `errors` has their subclasses."""


def _reachable_classes(*types_: Any) -> set[type]:
    """The attrs classes reachable from *types_* through the fields they are built from."""
    found: set[type] = set()
    stack = list(types_)
    while stack:
        tp = stack.pop()
        if typing.get_origin(tp) is not None or isinstance(tp, types.UnionType):
            stack.extend(typing.get_args(tp))
        elif isinstance(tp, type) and attrs.has(tp) and tp not in found:
            found.add(tp)
            hints = typing.get_type_hints(tp)
            stack.extend(hints[a.name] for a in attrs.fields(tp) if a.init)
    return found


DOCUMENT_CLASSES: tuple[type, ...] = tuple(
    sorted(_reachable_classes(rb.RoadMap, rb.TargetValue), key=lambda cls: cls.__name__)
)
"""The classes a road map document is made of: `RoadMap`, the target values and every
class reachable from them through the fields they are built from (not through
what they compute). Each is drawn by ``st.from_type`` and read and written by
`rbroadmap.to_dict` and `rbroadmap.from_dict`."""

VIEWS: frozenset[type] = frozenset({rb.ResolvedAction})
"""Classes of the model that a road map computes rather than holds."""


# -- objects


def realisations() -> rb.Realizations:
    """Realised values for the sample: percentages, a count of zero, a quarter, money spent."""
    parse = rb.Realization.parse
    return rb.Realizations.of(
        parse("organisasi-1", 2018, "20%", spent="100.000.000,-"),
        parse("organisasi-1", 2019, "35%", recorded=pendulum.date(2020, 1, 15), note="Perwali"),
        parse("organisasi-1", 2020, "50%", quarter=2),
        parse("pengawasan-1", 2019, "0 OPD"),
    )


def _synthetic() -> tuple[rb.RoadMap, rb.Realizations]:
    entry = rb.samples.synthetic_roadmap(3, rows=16)
    return (
        rb.from_dict(entry["roadmap"], rb.RoadMap),
        rb.from_dict(entry["realizations"], rb.Realizations),
    )


_SYNTHETIC_AS_OF = pendulum.date(2021, 1, 31)


def structures() -> rb.RoadMap:
    """A small road map in the shapes of other regions: lettered areas, a plan hierarchy
    (programme, activity, sub-activity, outputs as rows)."""
    output = rb.Action(
        id="g-k3-s1-1",
        result=rb.Result(id="g-k3-s1-1-keluaran", text="Laporan penanganan pengaduan"),
        targets=rb.Target.of(2022, "100%", "100%", "100%"),
    )
    return rb.RoadMap(
        id="kabupaten-contoh-2022-2024",
        government="Kabupaten Contoh",
        period=rb.Period(2022, 2024),
        area_set="permenpanrb-25-2020",
        areas=[
            rb.Area(
                id="pengawasan",
                label="G",
                name="Penguatan Pengawasan",
                standard="pengawasan",
                activities=[
                    rb.model.Activity(
                        id="g-k3",
                        label="3",
                        name="Meningkatkan sistem integritas dalam upaya pencegahan KKN",
                        sub_activities=[
                            rb.model.SubActivity(
                                id="g-k3-s1",
                                label="1",
                                name="Pembangunan Zona Integritas",
                                actions=[output],
                            )
                        ],
                    )
                ],
            ),
            rb.Area(
                id="pelayanan-publik",
                label="H",
                name="Peningkatan Kualitas Pelayanan Publik",
                standard="pelayanan-publik",
                programmes=[
                    rb.model.PlanProgramme(
                        id="h-p1",
                        label="1",
                        name="Program peningkatan kualitas pelayanan publik",
                        actions=[
                            rb.Action(
                                id="h-p1-1",
                                text="Survei kepuasan masyarakat",
                                budget_per_year=rb.model.YearlyBudget(
                                    values={2022: 100_000_000, 2023: 150_000_000}
                                ),
                            ),
                            rb.Action(id="h-p1-2", text="Mall pelayanan", budget_total=900_000),
                        ],
                    )
                ],
            ),
        ],
        profile=rb.Profile(columns=[rb.Column.RESULT, rb.Column.TARGET, rb.Column.BUDGET]),
        regulation=rb.Regulation(instrument="Perbup", number="41", year=2022),
        amends=rb.Regulation(
            instrument="Peraturan Bupati",
            number="12",
            year=2021,
            enacted=pendulum.date(2021, 6, 30),
            title="Road Map Reformasi Birokrasi",
        ),
        themes=[
            rb.Theme(
                id="kemiskinan",
                number=1,
                name="Pengentasan Kemiskinan",
                standard="kemiskinan",
                goals=[rb.Goal(id="kemiskinan-sasaran-1", text="Menurunnya angka kemiskinan")],
                indicators=[
                    rb.Indicator.parse(
                        id="kemiskinan-dampak-1",
                        name="Persentase penduduk miskin",
                        baseline={2021: "13,5%"},
                        targets={2022: "13%", 2023: "12,5%", 2024: "12%"},
                        direction=rb.Direction.LOWER,
                    )
                ],
            )
        ],
        objectives=[
            goal_table(
                irb(
                    baseline={2019: "NA", 2020: "62,5"},
                    targets={y: str(60 + 2 * (y - 2020)) for y in range(2021, 2026)},
                ),
                period=rb.Period(2021, 2025),
            )
        ],
    )


def amendment(roadmap: rb.RoadMap) -> rb.RoadMap:
    """*roadmap* amended in its row ``organisasi-1``: targets re-set with decimals, the
    budget given for the period in thousands of millions, a unit added."""
    from support.revisions import replace_row

    def make(row: rb.Action) -> tuple[rb.Action, ...]:
        return (
            attrs.evolve(
                row,
                targets=rb.Target.of(roadmap.period.start, "25%", "37,5%", "60%", "77,5%", "100%"),
                budget=None,
                budget_total=1_250_000_000,
                units=(*row.units, "Inspektorat"),
            ),
        )

    return attrs.evolve(
        roadmap, areas=tuple(replace_row(area, "organisasi-1", make) for area in roadmap.areas)
    )


@functools.cache
def roots(*, neutral: bool = False) -> tuple[object, ...]:
    """Objects of every public class: the sample, a synthetic road map, their reports,
    the library's tables; the rest of the `zoo` is reached from them.

    With *neutral*, the road maps and realisations are those of
    `support.languages.neutral`: every text of the documents a neutral token, so that
    what the objects show holds no word of either language but the library's own.
    """
    sample = rb.samples.probolinggo()
    synthetic, synthetic_realised = _synthetic()
    realised = realisations()
    shaped = structures()
    if neutral:
        from support.languages import neutral as neutral_words

        sample, synthetic, synthetic_realised, realised, shaped = neutral_words(
            sample, synthetic, synthetic_realised, realised, shaped
        )
    attained = rb.attain(synthetic, synthetic_realised, as_of=_SYNTHETIC_AS_OF)
    report = rb.validate(sample, as_of=AS_OF)
    context = rb.rules.Context(sample, rb.rules.Options())
    first = report.findings[0]
    violation = next(iter(report.rule(first.code).check(context)))
    action = sample.action("organisasi-1")
    table = rb.tables.write_plan(sample)
    return (
        sample,
        table,
        rb.tables.read_plan(table.rows, units=sample.units),
        synthetic,
        shaped,
        sample.resolve("organisasi-2"),
        action.targets,
        report,
        context.rows,
        context.texts,
        violation,
        rb.Waiver(code="RB402", entity_id="a1", reason="Dibagi", expires=pendulum.date(2020, 1, 1)),
        rb.Waiver(code="RB402", entity_id="organisasi-1", reason="Tanggung jawab bersama"),
        rb.Level(3, "Terdefinisi"),
        rb.Range(rb.Count(10, "OPD"), rb.Count(15, "OPD")),
        rb.parse_value("70-80%"),
        rb.Count(39, "OPD", "Dan masyarakat"),
        rb.IndexScore("IRB", 70),
        rb.Qualitative("WTP"),
        rb.NO_TARGET,
        rb.NOT_AVAILABLE,
        rb.CHECK_MARK,
        rb.Quantity(Decimal("2.5"), "hari"),
        rb.parse_value("> IRB 70/BB"),
        rb.parse_value("IKM 85/B", scale="IKM_2017"),
        rb.Message("halo", "hello"),
        rb.errors.ShownValue.of(x for x in "ab"),
        rb.attain(sample, realised, as_of=AS_OF, cap=120),
        rb.attain(  # a value for a year with nothing due, left out with its reason
            sample,
            [*realised, rb.Realization.parse("pelayanan-publik-6", 2018, "100%")],
            as_of=AS_OF,
        ),
        attained,
        synthetic_realised,
        rb.budget_summary(sample),
        rb.diff(sample, shaped),
        rb.diff(sample, amendment(sample)),
        realised,
        rb.attain(  # indicators of a goal table and a theme, judged on their ids
            shaped,
            [
                rb.Realization.parse("irb", 2022, "IRB 64,5"),
                rb.Realization.parse("kemiskinan-dampak-1", 2022, "12,8%"),
            ],
            as_of=pendulum.date(2023, 1, 31),
        ),
        rb.DEFAULT_BANDS,
        rb.rules.CATALOGUE,
        rb.rules.FAMILIES,
        rb.rules.Options(),
        *(
            detail
            for error in errors()
            if isinstance(error, rb.DataError)
            for detail in error.details
        ),
        *rb.AREA_SETS.values(),
        *rb.scales.SCALES.values(),
        *rb.values.VALUE_KINDS,
    )


def _reachable(obj: object, seen: dict[int, object]) -> None:
    """Gather *obj* and every attrs object reachable from it through fields and containers."""
    stack = [obj]
    while stack:
        item = stack.pop()
        if id(item) in seen:
            continue
        if attrs.has(type(item)):
            seen[id(item)] = item
            stack.extend(getattr(item, a.name) for a in attrs.fields(type(item)))
        elif isinstance(item, tuple | list | frozenset | set):
            stack.extend(item)
        elif isinstance(item, Mapping):
            stack.extend(item.values())


@functools.cache
def zoo(*, neutral: bool = False) -> Mapping[type, object]:
    """One object of every attrs class reachable from the `roots`, by class."""
    seen: dict[int, object] = {}
    for root in roots(neutral=neutral):
        _reachable(root, seen)
    found: dict[type, object] = {}
    for obj in seen.values():
        found.setdefault(type(obj), obj)
    return types.MappingProxyType(found)


def instance(cls: type) -> Any:
    """The object of the `zoo` of class *cls*."""
    return zoo()[cls]


def enum_members() -> Iterator[enum.Enum]:
    """Every member of every public enumeration."""
    for cls in ENUMS:
        yield from cls


def _raised(attempt: Callable[[], object]) -> BaseException:
    try:
        attempt()
    except rb.RoadmapError as error:
        return error
    msg = f"{attempt} raised nothing"
    raise AssertionError(msg)


@functools.cache
def errors() -> tuple[BaseException, ...]:
    """Errors of every kind, raised as users meet them (and one built by hand)."""
    from rbroadmap.converters import InvalidValueError

    sample = rb.samples.probolinggo()
    synthetic, synthetic_realised = _synthetic()
    one = synthetic_realised.items[0]
    attempts: list[Callable[[], object]] = [
        lambda: rb.parse_value("25%%"),
        lambda: rb.Action(id="a b"),
        lambda: rb.Action(id=5),  # type: ignore[arg-type]
        lambda: rb.Action(id="a1", budget=-1),
        lambda: rb.Action(id="a1", budget="1"),  # type: ignore[arg-type]
        lambda: rb.from_dict({"id": 5, "budget": "x"}, rb.Action),
        lambda: rb.from_dict({"start": "2018"}, rb.Period),
        lambda: rb.RoadMap(
            id="r",
            government="X",
            period=rb.Period(2022, 2024),
            stages=[rb.Stage(id="t", year=2021), rb.Stage(id="t", year=2025)],
        ),
        lambda: sample.entity("organisasi-99"),
        lambda: rb.attain(sample, realisations().items * 2, as_of=AS_OF),
        lambda: rb.attain(sample, [rb.Realization.parse("nobody", 2019, "5%")], as_of=AS_OF),
        lambda: rb.attain(
            sample, [rb.Realization.parse("organisasi-1", 2019, "5 OPD")], as_of=AS_OF
        ),
        lambda: rb.attain(sample, [rb.Realization.parse("organisasi-1", 2030, "5%")], as_of=AS_OF),
        lambda: rb.attain(synthetic, [attrs.evolve(one, year=2030)], as_of=_SYNTHETIC_AS_OF),
        lambda: rb.attain(synthetic, [attrs.evolve(one, target_id="nope")], as_of=_SYNTHETIC_AS_OF),
        lambda: rb.attain(synthetic, [one, one], as_of=_SYNTHETIC_AS_OF),
        lambda: rb.attain(
            synthetic, [attrs.evolve(one, value=rb.Level(1))], as_of=_SYNTHETIC_AS_OF
        ),
        lambda: rb.scales.IRB.classify(Decimal(101)),
        lambda: rb.tables.read_plan([["Aksi", "Target 2022"], ["Tatalaksana"], ["SOP", "25%%"]]),
    ]
    return (
        *(_raised(attempt) for attempt in attempts),
        InvalidValueError(rb.Message("diharapkan teks", "expected text"), path=".units[2]"),
    )
