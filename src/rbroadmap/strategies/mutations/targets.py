"""Mutators of the target rules (RB2xx): schedules, shapes, universes and thresholds."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import attrs

from rbroadmap.model import Goal, Indicator, Period, Target
from rbroadmap.model.indicators import Baseline
from rbroadmap.schedule import Direction, Shape
from rbroadmap.strategies.mutations._core import Editor, Pick, fresh_texts, mutator, rows
from rbroadmap.units import UnitGroup
from rbroadmap.values import (
    CHECK_MARK,
    NO_TARGET,
    Comparison,
    Count,
    Percentage,
    TargetValue,
    Threshold,
)


def _schedule(
    code: str,
    indonesian: str,
    english: str,
    cells: Callable[[Period], Sequence[TargetValue]],
    *,
    shape: Shape | None = None,
    direction: Direction = Direction.HIGHER,
    companions: Sequence[str] = (),
    min_years: int = 2,
    skip_first: bool = False,
) -> None:
    """Register a mutator that gives one row the target *cells* make for the period."""

    def apply(editor: Editor, pick: Pick) -> None:
        period = editor.roadmap.period
        values = dict(zip(period.years, cells(period), strict=True))
        if skip_first:
            del values[period.start]
        target = Target(values=values, shape=shape, direction=direction)
        editor.set(pick(rows(editor.roadmap)).id, "targets", target)

    mutator(code, indonesian, english, companions=companions, min_years=min_years)(apply)


def _spread(period: Period, last: int) -> list[TargetValue]:
    """Percentages rising evenly to *last* over the period."""
    n = len(period)
    return [Percentage(last * (k + 1) // n) for k in range(n)]


_schedule(
    "RB201",
    "Target tanpa tahun pertama periode",
    "A target that leaves out the first year of the period",
    lambda p: [CHECK_MARK] * len(p),
    skip_first=True,
)
_schedule(
    "RB202",
    "Target persentase 120% pada tahun terakhir",
    "A percentage target of 120% in the last year",
    lambda p: [*([NO_TARGET] * (len(p) - 1)), Percentage(120)],
)
_schedule(
    "RB203",
    "Target kumulatif yang turun pada tahun kedua",
    "A cumulative target that falls in its second year",
    lambda p: [_spread(p, 100)[1], _spread(p, 100)[0], *_spread(p, 100)[2:]],
    min_years=3,
)
_schedule(
    "RB204",
    "Target persentase kumulatif yang berhenti di 80%",
    "A cumulative percentage target that stops at 80%",
    lambda p: _spread(p, 80),
    shape=Shape.CUMULATIVE,
)
_schedule(
    "RB205",
    "Target yang mencampur satuan Dokumen dan Laporan",
    "A target mixing the units Dokumen and Laporan",
    lambda p: [Count(k + 1, "Dokumen" if k % 2 == 0 else "Laporan") for k in range(len(p))],
)
_schedule(
    "RB206",
    "Target yang dapat dibaca lebih dari satu cara",
    "A target that can be read more than one way",
    lambda p: [NO_TARGET, Percentage(50), NO_TARGET, Percentage(100), NO_TARGET],
    min_years=5,
)
_schedule(
    "RB207",
    "Target tanpa bentuk yang dikenali",
    "A target without a recognisable shape",
    lambda p: [Percentage(100), NO_TARGET, *([Percentage(100)] * (len(p) - 2))],
    min_years=4,
)
_schedule(
    "RB208",
    "Target kumulatif yang dinyatakan tetap",
    "A cumulative target declared steady",
    lambda p: _spread(p, 100),
    shape=Shape.STEADY,
)
_schedule(
    "RB209",
    "Target tanpa nilai pada tahun mana pun",
    "A target with nothing due in any year",
    lambda p: [NO_TARGET] * len(p),
)


@mutator(
    "RB212",
    "Dua baris dengan total OPD yang berbeda: 39 dan 40",
    "Two rows with different totals of OPD: 39 and 40",
)
def _inconsistent_universe(editor: Editor, pick: Pick) -> None:
    found = rows(editor.roadmap)
    k = pick(range(1, len(found)))
    years = editor.roadmap.period.years
    for row, total in ((found[k - 1], 39), (found[k], 40)):
        editor.set(row.id, "targets", Target(values={y: Count(total, "OPD") for y in years}))


_schedule(
    "RB213",
    "Ambang paling banyak pada target yang naik",
    "An at-most threshold on a target where higher is better",
    lambda p: [Threshold(Comparison.AT_MOST, Percentage(80))] * len(p),
)


@mutator(
    "RB210",
    "Indikator dengan nilai dasar setelah targetnya",
    "An indicator whose baseline comes after its targets",
)
def _indicator_baseline_after_targets(editor: Editor, pick: Pick) -> None:
    roadmap = editor.roadmap
    period = roadmap.period
    goal_text, name = fresh_texts(roadmap, 2)
    indicator = Indicator(
        id="indikator-tambahan",
        number=1,
        name=name,
        baseline=Baseline(values={period.end: Percentage(60)}),
        targets=Target(values={year: Percentage(100) for year in period.years}),
    )
    goal = Goal(id="sasaran-tambahan", text=goal_text, indicators=(indicator,))
    editor.append(roadmap.id, "goals", goal)


@mutator(
    "RB211",
    "Target hitungan yang melebihi jumlah OPD yang dinyatakan",
    "A count target above the number of OPD the road map declares",
)
def _count_exceeds_universe(editor: Editor, pick: Pick) -> None:
    roadmap = editor.roadmap
    group = UnitGroup(id="seluruh-opd", name="seluruh OPD", size=39, unit="OPD")
    editor.set(
        roadmap.id, "units", attrs.evolve(roadmap.units, groups=(*roadmap.units.groups, group))
    )
    period = roadmap.period
    target = Target(values={year: Count(40, "OPD") for year in period.years})
    editor.set(pick(rows(editor.roadmap)).id, "targets", target)
