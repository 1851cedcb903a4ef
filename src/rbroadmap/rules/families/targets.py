"""Target rules (*aturan target*), RB2xx: yearly schedules, their shapes and their universes.

A target (*target pencapaian aksi*) gives a value for each year of the period.
These rules check each schedule on its own (years, percentages, units, shape)
and count targets against the universe they count in: a road map whose
registry says there are 39 OPD should not aim at 40 OPD, and should not count
all its OPD as 39 in one row and 40 in another.

Comparisons join these checks: a threshold (``≥ 39 OPD``, ``maks. 5 hari``)
counts by its bound, in the direction its comparison states, and a floor
(``≥``, ``>``) of a count is a claim on the count's universe.

Only the row that holds a target is checked; rows that share it through a
merged cell are not reported again. Target years outside the period cannot
occur: `rbroadmap.RoadMap` refuses them when it is built, so the year rules
report the years of the period a schedule leaves out, and baselines of indicators
that are not before their targets.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from decimal import Decimal
from itertools import pairwise
from typing import Final

from rbroadmap._exact import EXACT
from rbroadmap._text import clip
from rbroadmap.messages import Lang, Message
from rbroadmap.model import Target
from rbroadmap.notation import format_value
from rbroadmap.rules.kernel import Context, Row, Severity, Violation, rule
from rbroadmap.schedule import Direction, Shape
from rbroadmap.units import UnitGroup
from rbroadmap.values import (
    VALUE_KINDS,
    Count,
    Graded,
    NumericValue,
    Percentage,
    Range,
    TargetValue,
    Threshold,
    is_numeric,
)

__all__ = ["RULES"]

_HUNDRED: Final = Decimal(100)
_UNIVERSE_SHARE: Final = Decimal("0.9")


def _owned(ctx: Context) -> tuple[tuple[Row, Target], ...]:
    """Each row that holds a target of its own, with the target (found once per validation)."""

    def build() -> tuple[tuple[Row, Target], ...]:
        return tuple(
            (row, row.action.targets)
            for row in ctx.rows
            if row.owns("targets") and row.action.targets is not None
        )

    return ctx.memo("owned-targets", build)


_DUE: Final = frozenset(
    cls for cls, kind in {kind.cls: kind for kind in VALUE_KINDS}.items() if kind.due
)
"""The classes of the values that are due, as `rbroadmap.values.is_due` reads them (by
class), in one set look-up."""


def _due(target: Target) -> list[tuple[int, TargetValue]]:
    return [(y, v) for y, v in target.values if type(v) in _DUE]


def _number_of(value: TargetValue) -> TargetValue:
    """The value a threshold or a graded score holds its number in; any other as it is."""
    if isinstance(value, Graded):
        value = value.score
    if isinstance(value, Threshold):
        return value.value
    return value


def _claimed_count(value: TargetValue) -> Count | None:
    """The count a cell claims: a count, or the bound of a floor on a count (``≥ 39 OPD``)."""
    if isinstance(value, Count):
        return value
    if (
        isinstance(value, Threshold)
        and not value.comparison.upper
        and isinstance(value.value, Count)
    ):
        return value.value
    return None


def _cells(target: Target, lang: Lang = "id") -> str:
    return " ".join(target.notation(lang=lang))


_Fall = tuple[int, NumericValue, int, NumericValue]


def _falls(target: Target) -> list[_Fall]:
    """The steps between consecutive due years that move away from the goal."""
    due = _due(target)
    values = [v for _, v in due]
    if not due or not all(is_numeric(v) for v in values):
        return []
    if len({v.dimension for v in values}) != 1:
        return []
    out: list[_Fall] = []
    for (y1, a), (y2, b) in pairwise(due):
        assert is_numeric(a)
        assert is_numeric(b)
        backwards = b.magnitude < a.magnitude
        if target.direction is Direction.LOWER:
            backwards = b.magnitude > a.magnitude
        if backwards:
            out.append((y1, a, y2, b))
    return out


def _net_progress(target: Target) -> bool:
    """Whether the due values end nearer the goal than they start."""
    due = [v for _, v in _due(target)]
    if len(due) < 2 or not all(is_numeric(v) for v in due):
        return False
    first, last = due[0], due[-1]
    assert is_numeric(first)
    assert is_numeric(last)
    if first.dimension != last.dimension:
        return False
    if target.direction is Direction.LOWER:
        return last.magnitude < first.magnitude
    return last.magnitude > first.magnitude


def _mixed(target: Target) -> bool:
    due = [v for _, v in _due(target)]
    if len({v.dimension for v in due}) > 1:
        return True
    counts = [v for v in due if isinstance(v, Count)]
    return len({c.qualifier for c in counts}) > 1


@rule(
    code="RB201",
    name="missing-target-year",
    severity=Severity.WARNING,
    summary=Message(
        "Target tidak memuat setiap tahun periode",
        "A target schedule leaves out a year of the period",
    ),
    what=(
        "That every target schedule has a cell for every year of the road map's period. A "
        "year with nothing due is written `-` (`NO_TARGET`) and counts as a cell. Years "
        "outside the period cannot occur: the road map refuses them when it is built."
    ),
    why=(
        "A year without a cell is ambiguous: nothing due, or a cell lost in conversion? The "
        "attainment of that year cannot be judged either way."
    ),
    example='`Target.of(2018, "25%", "50%", "100%")` in a 2018-2022 road map (2021 and '
    "2022 missing).",
)
def missing_target_year(ctx: Context) -> Iterator[Violation]:
    """Report schedules without a cell for some years of the period."""
    years = ctx.roadmap.period.years
    for row, target in _owned(ctx):
        missing = [y for y in years if y not in target]
        if missing:
            shown = ", ".join(str(y) for y in missing)
            yield Violation(
                entity_id=row.id,
                field="targets",
                value=shown,
                message=Message(
                    f"target baris {row.id!r} tidak memuat tahun {shown}",
                    f"the target of row {row.id!r} has no cell for {shown}",
                ),
            )


@rule(
    code="RB202",
    name="percentage-out-of-range",
    severity=Severity.ERROR,
    summary=Message("Target persentase di luar 0-100%", "A percentage target lies outside 0-100%"),
    what=(
        "That every percentage in a target schedule lies between 0% and 100%, a threshold's "
        "bound (`≥ 150%`) and a graded score included."
    ),
    why=(
        "A target percentage measures a share of something done or covered; more than 100% "
        "or less than 0% cannot be reached, and usually means a count or a score was typed "
        "with a `%`."
    ),
    example='`Target.of(2018, "25%", "50%", "150%", ...)`.',
)
def percentage_out_of_range(ctx: Context) -> Iterator[Violation]:
    """Report percentages below 0 or above 100."""
    for row, target in _owned(ctx):
        for year, value in target.values:
            ends = (value.low, value.high) if isinstance(value, Range) else (_number_of(value),)
            for end in ends:
                if isinstance(end, Percentage) and not 0 <= end.value <= _HUNDRED:
                    yield Violation(
                        entity_id=row.id,
                        field=f"targets[{year}]",
                        value=value,
                        message=Message(
                            f"target {year} baris {row.id!r} = {format_value(value)}, di luar "
                            "0-100%",
                            f"the {year} target of row {row.id!r} = "
                            f"{format_value(value, lang='en')}, "
                            "outside 0-100%",
                        ),
                    )
                    break


@rule(
    code="RB203",
    name="cumulative-target-falls",
    severity=Severity.ERROR,
    summary=Message("Target kumulatif menurun", "A cumulative target goes down"),
    what=(
        "That a cumulative schedule never moves away from its goal from one due year to the "
        "next (down when higher is better, up when lower is better). A schedule is judged "
        "cumulative when it declares so, or when it ends nearer its goal than it starts."
    ),
    why=(
        "A cumulative target counts what has been reached so far: what was reached cannot be "
        "un-reached. A fall is usually a typo (`60% 35%` for `35% 60%`), and it makes the "
        "attainment of the later year meaningless."
    ),
    example='`Target.of(2018, "25%", "60%", "35%", "80%", "100%")`.',
)
def cumulative_target_falls(ctx: Context) -> Iterator[Violation]:
    """Report falls in rising schedules."""
    for row, target in _owned(ctx):
        cumulative = target.declared_shape is Shape.CUMULATIVE or (
            target.declared_shape is None and _net_progress(target)
        )
        if not cumulative:
            continue
        for y1, a, y2, b in _falls(target):
            yield Violation(
                entity_id=row.id,
                field=f"targets[{y2}]",
                value=b,
                message=Message(
                    f"target kumulatif baris {row.id!r} turun dari {format_value(a)} ({y1}) "
                    f"ke {format_value(b)} ({y2}): {_cells(target)}",
                    f"the cumulative target of row {row.id!r} falls from "
                    f"{format_value(a, lang='en')} ({y1}) to {format_value(b, lang='en')} "
                    f"({y2}): {_cells(target, 'en')}",
                ),
                suggestion=format_value(a),
            )


@rule(
    code="RB204",
    name="cumulative-percentage-short",
    severity=Severity.WARNING,
    summary=Message(
        "Target persentase kumulatif tidak mencapai 100% pada tahun terakhir",
        "A cumulative percentage target does not reach 100% by its last year",
    ),
    what=(
        "That a rising schedule of percentages (higher is better, no falls) reaches 100% in "
        "its last due year."
    ),
    why=(
        "A rising percentage schedule measures progress towards completion (25%, 35%, 60%, "
        "80%, 100% of a regulation drafted). Ending short of 100% means the road map plans "
        "not to finish; if that is meant, a steady or ending-early schedule with its own final "
        "value says so more clearly."
    ),
    example='`Target.of(2018, "25%", "35%", "60%", "80%", "90%")`.',
)
def cumulative_percentage_short(ctx: Context) -> Iterator[Violation]:
    """Report rising percentage schedules that stop short of 100%."""
    for row, target in _owned(ctx):
        due = _due(target)
        if target.direction is not Direction.HIGHER or len(due) < 2:
            continue
        if not all(isinstance(v, Percentage) for _, v in due):
            continue
        if not _net_progress(target) or _falls(target):
            continue
        year, final = due[-1]
        assert isinstance(final, Percentage)
        if final.value < _HUNDRED:
            yield Violation(
                entity_id=row.id,
                field=f"targets[{year}]",
                value=final,
                message=Message(
                    f"target kumulatif baris {row.id!r} berakhir pada {format_value(final)} "
                    f"({year}), bukan 100%: {_cells(target)}",
                    f"the cumulative target of row {row.id!r} ends at "
                    f"{format_value(final, lang='en')} ({year}), not 100%: {_cells(target, 'en')}",
                ),
                suggestion="100%",
            )


@rule(
    code="RB205",
    name="mixed-target-units",
    severity=Severity.ERROR,
    summary=Message("Satu jadwal target mencampur satuan", "One target schedule mixes units"),
    what=(
        "That all due values of one schedule measure the same thing: all percentages, all "
        "counts of one unit with one qualifier, all scores of one index, or all levels."
    ),
    why=(
        "`25%` in one year and `10 OPD` in the next cannot both measure the same action; "
        "progress between them cannot be computed, and one of the cells is probably in the "
        "wrong row."
    ),
    example='`Target.of(2018, "25%", "10 OPD", "60%", "80%", "100%")`.',
)
def mixed_target_units(ctx: Context) -> Iterator[Violation]:
    """Report schedules that mix units."""
    for row, target in _owned(ctx):
        if _mixed(target):
            yield Violation(
                entity_id=row.id,
                field="targets",
                value=_cells(target),
                message=Message(
                    f"target baris {row.id!r} mencampur satuan: {_cells(target)}",
                    f"the target of row {row.id!r} mixes units: {_cells(target, 'en')}",
                ),
            )


@rule(
    code="RB206",
    name="ambiguous-target-shape",
    severity=Severity.INFO,
    summary=Message(
        "Pola jadwal target dapat dibaca lebih dari satu cara",
        "A target schedule can be read more than one way",
    ),
    what=(
        "That a schedule that fits more than one shape (`rbroadmap.schedule.shape_candidates`) "
        "declares the one it means (`Target(shape=...)`). `- 50% - 100% -` is periodic, or "
        "cumulative with gaps."
    ),
    why=(
        "The shape decides how attainment is judged: a cumulative target on its latest "
        "value, a periodic one only in its marked years. Read the wrong way, the same "
        "realisation is a success or a failure."
    ),
    example='`Target.of(2018, "-", "50%", "-", "100%", "-")` with no declared shape.',
)
def ambiguous_target_shape(ctx: Context) -> Iterator[Violation]:
    """Report schedules with more than one candidate shape and none declared."""
    for row, target in _owned(ctx):
        candidates = target.shape_candidates
        if target.declared_shape is None and len(candidates) > 1:
            shapes = Message(
                ", ".join(s.label.indonesian.lower() for s in candidates),
                ", ".join(s.label.english.lower() for s in candidates),
            )
            yield Violation(
                entity_id=row.id,
                field="targets",
                value=_cells(target),
                message=Message(
                    f"target baris {row.id!r} ({_cells(target)}) dapat dibaca sebagai "
                    f"{shapes.indonesian}; nyatakan polanya",
                    f"the target of row {row.id!r} ({_cells(target, 'en')}) reads as "
                    f"{shapes.english}; "
                    "declare its shape",
                ),
                suggestion=candidates[0].value,
            )


@rule(
    code="RB207",
    name="irregular-target-shape",
    severity=Severity.INFO,
    summary=Message("Jadwal target tidak berpola", "A target schedule has no recognisable shape"),
    what=(
        "That a schedule has one of the known shapes (cumulative, steady, one-off, periodic, "
        "ending early), unless it declares its shape. Falls and mixed units have rules of "
        "their own (RB203, RB205); this rule reports the rest, such as uneven gaps "
        "(`100% - - 100% 100%`)."
    ),
    why=(
        "An irregular schedule has no rule for judging attainment: it is unclear what is due "
        "in the years between."
    ),
    example='`Target.of(2018, "100%", "-", "-", "100%", "100%")`.',
)
def irregular_target_shape(ctx: Context) -> Iterator[Violation]:
    """Report irregular schedules that RB203 and RB205 do not explain."""
    for row, target in _owned(ctx):
        if target.declared_shape is not None or target.shape is not Shape.IRREGULAR:
            continue
        if _mixed(target) or (_net_progress(target) and _falls(target)):
            continue
        yield Violation(
            entity_id=row.id,
            field="targets",
            value=_cells(target),
            message=Message(
                f"target baris {row.id!r} tidak berpola: {_cells(target)}",
                f"the target of row {row.id!r} has no recognisable shape: {_cells(target, 'en')}",
            ),
        )


@rule(
    code="RB208",
    name="declared-shape-mismatch",
    severity=Severity.WARNING,
    summary=Message(
        "Pola yang dinyatakan tidak cocok dengan nilai target",
        "The declared shape does not fit the target's values",
    ),
    what="That a schedule's declared shape is one of the shapes its values fit.",
    why="A declared shape overrides what the values say; if they disagree, one is wrong.",
    example='`Target.parse({2018: "100%", 2019: "100%"}, shape=Shape.ONE_OFF)`.',
)
def declared_shape_mismatch(ctx: Context) -> Iterator[Violation]:
    """Report declared shapes the values do not fit."""
    for row, target in _owned(ctx):
        declared = target.declared_shape
        candidates = target.shape_candidates
        if declared is not None and declared not in candidates:
            yield Violation(
                entity_id=row.id,
                field="targets.shape",
                value=declared.value,
                message=Message(
                    f"target baris {row.id!r} dinyatakan berpola "
                    f"{declared.label.indonesian.lower()}, tetapi nilainya ({_cells(target)}) "
                    f"berpola {candidates[0].label.indonesian.lower()}",
                    f"the target of row {row.id!r} is declared {declared.label.english.lower()}, "
                    f"but its values ({_cells(target, 'en')}) are "
                    f"{candidates[0].label.english.lower()}",
                ),
                suggestion=candidates[0].value,
            )


@rule(
    code="RB209",
    name="empty-target",
    severity=Severity.WARNING,
    summary=Message(
        "Target tanpa tahun yang jatuh tempo", "A target schedule has nothing due in any year"
    ),
    what="That a schedule has at least one year with a target (not every cell `-`).",
    why="A schedule of dashes plans nothing: the action is never due, and never judged.",
    example='`Target.of(2018, "-", "-", "-", "-", "-")`.',
)
def empty_target(ctx: Context) -> Iterator[Violation]:
    """Report schedules with nothing due."""
    for row, target in _owned(ctx):
        if target.values and not target.due_years:
            yield Violation(
                entity_id=row.id,
                field="targets",
                value=_cells(target),
                message=Message(
                    f"target baris {row.id!r} tidak memuat target pada tahun mana pun",
                    f"the target of row {row.id!r} has nothing due in any year",
                ),
            )


@rule(
    code="RB210",
    name="indicator-baseline-after-targets",
    severity=Severity.WARNING,
    summary=Message(
        "Nilai dasar indikator tidak sebelum targetnya",
        "An indicator's baseline is not before its targets",
    ),
    what=(
        "That every baseline year of an indicator comes before its first target year. "
        "(A target year outside the road map's period, or outside the years of the "
        "indicator's goal table, is refused when the road map is built.)"
    ),
    why=(
        "A baseline is where an indicator stands before its targets start: attainment "
        "forecasts start from it. A baseline in or after a target year is a swapped pair "
        "or a realised value written in the wrong column."
    ),
    example='`Indicator.parse(id="ikm", name="IKM", unit="Indeks", baseline={2023: "80"}, '
    'targets={2022: "82", 2023: "84"})`.',
)
def indicator_year_outside_period(ctx: Context) -> Iterator[Violation]:
    """Report baseline years that are not before an indicator's first target year."""
    for indicator in ctx.roadmap.indicators():
        if indicator.targets is None or not indicator.targets.years:
            continue
        first = indicator.targets.years[0]
        for year, _ in indicator.baseline.values:
            if year >= first:
                yield Violation(
                    entity_id=indicator.id,
                    field=f"baseline[{year}]",
                    value=year,
                    message=Message(
                        f"tahun dasar indikator {clip(indicator.name)} ({year}) tidak sebelum "
                        f"tahun target pertamanya ({first})",
                        f"the baseline year of the indicator {clip(indicator.name)} ({year}) "
                        f"is not before its first target year ({first})",
                    ),
                )


def _universes(ctx: Context) -> dict[str, tuple[int, UnitGroup]]:
    """The largest declared group size for each count unit, by case-folded unit."""
    out: dict[str, tuple[int, UnitGroup]] = {}
    for group in ctx.roadmap.units.groups:
        if group.unit is None or group.size is None:
            continue
        key = group.unit.casefold()
        if key not in out or group.size > out[key][0]:
            out[key] = (group.size, group)
    return out


@rule(
    code="RB211",
    name="count-exceeds-universe",
    severity=Severity.ERROR,
    summary=Message(
        "Target jumlah melebihi jumlah unit yang dinyatakan road map",
        "A count target exceeds the number of units the road map declares",
    ),
    what=(
        "That no count target is larger than the size of the group of units it counts in: "
        'a `UnitGroup` of the road map\'s registry with that count unit (`unit="OPD"`) and a '
        "`size`. A floor on a count (`paling sedikit 40 OPD`, `> 39 OPD`) claims its bound; "
        "`> 39 OPD` claims more than all 39."
    ),
    why=(
        "A city with 39 OPD cannot have 40 OPD survey their users. Either the target or the "
        "registry is wrong, and an attainment computed against the wrong universe misleads "
        "both ways."
    ),
    example='`Target.of(2018, "40 OPD", ...)` when the registry declares '
    '`UnitGroup(id="seluruh-opd", name="seluruh OPD", size=39, unit="OPD")`.',
)
def count_exceeds_universe(ctx: Context) -> Iterator[Violation]:
    """Report count targets above the declared group size."""
    universes = _universes(ctx)
    if not universes:
        return
    for row, target in _owned(ctx):
        over: list[tuple[int, Count]] = []
        for year, value in target.values:
            ends = (value.low, value.high) if isinstance(value, Range) else (value,)
            for cell in ends:
                end = _claimed_count(cell)
                if end is not None and end.dimension in universes:
                    size, _ = universes[end.dimension]
                    strict = isinstance(cell, Threshold) and cell.comparison.strict
                    if end.value > size or (strict and end.value >= size):
                        over.append((year, end))
        by_unit: dict[str, list[tuple[int, Count]]] = defaultdict(list)
        for year, end in over:
            by_unit[end.dimension].append((year, end))
        for dimension, counts in by_unit.items():
            size, group = universes[dimension]
            largest = max(counts, key=lambda pair: pair[1].value)[1]
            years = ", ".join(str(y) for y, _ in counts)
            yield Violation(
                entity_id=row.id,
                field="targets",
                value=largest,
                message=Message(
                    f"target baris {row.id!r} ({format_value(largest)} pada {years}) melebihi "
                    f"{size} {largest.unit} yang dinyatakan untuk {clip(group.name)}",
                    f"the target of row {row.id!r} ({format_value(largest, lang='en')} in {years}) "
                    "exceeds "
                    f"the {size} {largest.unit} declared for {clip(group.name)}",
                ),
                suggestion=format_value(Count(size, largest.unit, largest.qualifier)),
            )


def _steady_count(target: Target) -> Count | None:
    """The count a steady count schedule asks every year, or ``None``."""
    due = [_claimed_count(v) for _, v in _due(target)]
    if len(due) < 2:
        return None
    first = due[0]
    if first is None:
        return None
    if all(
        v is not None and v.value == first.value and v.unit.casefold() == first.unit.casefold()
        for v in due
    ):
        return first
    return None


@rule(
    code="RB212",
    name="inconsistent-universe",
    severity=Severity.WARNING,
    summary=Message(
        "Road map memakai jumlah keseluruhan yang berbeda untuk satu satuan",
        "The road map uses different totals for one count unit",
    ),
    what=(
        "That the steady count targets of one unit (the same count every year, which is how "
        "a road map writes *all of them*: `39 OPD` five times, or `minimal 39 OPD`) agree on "
        "one number. Steady "
        "counts within 10% of the largest are taken as totals; smaller ones are pilots or "
        "subsets and are left alone."
    ),
    why=(
        "If one row counts all OPD as 39 and another as 40, at most one is right, and every "
        "attainment computed per OPD is off in the other rows. Settle the number, declare it "
        "in the registry (`UnitGroup(size=..., unit=...)`) and let RB211 guard it."
    ),
    example="Row A: `39 OPD 39 OPD 39 OPD 39 OPD 39 OPD`; row B: `40 OPD 40 OPD 40 OPD 40 OPD "
    "40 OPD`.",
)
def inconsistent_universe(ctx: Context) -> Iterator[Violation]:
    """Report count units whose steady totals disagree."""
    by_unit: dict[str, list[tuple[Row, Count]]] = defaultdict(list)
    for row, target in _owned(ctx):
        count = _steady_count(target)
        if count is not None:
            by_unit[count.dimension].append((row, count))
    universes = _universes(ctx)
    for unit, uses in sorted(by_unit.items()):
        largest = max(c.value for _, c in uses)
        totals = [(r, c) for r, c in uses if c.value >= EXACT.multiply(_UNIVERSE_SHARE, largest)]
        sizes = Counter(c.value for _, c in totals)
        if len(sizes) < 2:
            continue
        shown_unit = totals[0][1].unit
        declared = universes.get(unit)
        reference = declared[0] if declared else max(sizes, key=lambda n: (sizes[n], n))
        parts_id, parts_en = [], []
        for size in sorted(sizes):
            rows = ", ".join(r.id for r, c in totals if c.value == size)
            parts_id.append(f"{size} pada {sizes[size]} baris ({rows})")
            noun = "row" if sizes[size] == 1 else "rows"
            parts_en.append(f"{size} in {sizes[size]} {noun} ({rows})")
        yield Violation(
            entity_id=ctx.roadmap.id,
            value=f"{shown_unit}: " + ", ".join(str(s) for s in sorted(sizes)),
            message=Message(
                f"jumlah seluruh {shown_unit} ditulis berbeda: " + "; ".join(parts_id),
                f"the total of {shown_unit} is written differently: " + "; ".join(parts_en),
            ),
            suggestion=f"{reference} {shown_unit}",
        )


@rule(
    code="RB213",
    name="comparison-against-direction",
    severity=Severity.WARNING,
    summary=Message(
        "Tanda pembanding target berlawanan dengan arah kinerjanya",
        "A threshold points against its target's direction",
    ),
    what=(
        "That a threshold cell points the way its target's direction does: a floor (`≥`, "
        "`>`, *minimal*, *lebih dari*) where higher is better, a ceiling (`≤`, `<`, "
        "*maksimal*, *paling lama*) where lower is better. A target whose thresholds are all "
        "ceilings is lower-is-better unless it says otherwise, so this finds a direction "
        "set against the cells, or floors and ceilings mixed in one schedule."
    ),
    why=(
        "The direction decides the formula (R/T or (2T − R)/T) and which way a cumulative "
        "schedule may move; the cell decides whether a value meets it. `maks. 5 hari` in a "
        "higher-is-better row is met by 4 days but judged as if more days were better."
    ),
    example='`Target.of(2018, "maks. 5 hari", ..., direction=Direction.HIGHER)`.',
)
def comparison_against_direction(ctx: Context) -> Iterator[Violation]:
    """Report targets with threshold cells that point against the target's direction."""
    for row, target in _owned(ctx):
        lower = target.direction is Direction.LOWER
        against = [
            (year, value)
            for year, value in target.values
            if isinstance(value, Threshold) and value.comparison.upper != lower
        ]
        if not against:
            continue
        years = ", ".join(str(year) for year, _ in against)
        first, first_en = format_value(against[0][1]), format_value(against[0][1], lang="en")
        direction = target.direction.label
        bounds = (
            Message("batas atas", "ceilings") if not lower else Message("batas bawah", "floors")
        )
        yield Violation(
            entity_id=row.id,
            field="targets.direction",
            value=target.direction.value,
            message=Message(
                f"target baris {row.id!r} dibaca {direction.indonesian.lower()}, tetapi selnya "
                f"({first} pada {years}) adalah {bounds.indonesian}",
                f"the target of row {row.id!r} is read as {direction.english.lower()}, but its "
                f"cells ({first_en} in {years}) are {bounds.english}",
            ),
            suggestion=(Direction.HIGHER if lower else Direction.LOWER).value,
        )


RULES: Final = (
    missing_target_year,
    percentage_out_of_range,
    cumulative_target_falls,
    cumulative_percentage_short,
    mixed_target_units,
    ambiguous_target_shape,
    irregular_target_shape,
    declared_shape_mismatch,
    empty_target,
    indicator_year_outside_period,
    count_exceeds_universe,
    inconsistent_universe,
    comparison_against_direction,
)
