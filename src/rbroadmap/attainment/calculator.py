"""The attainment calculator (*kalkulator capaian*): `attain`.

`attain` judges a road map's realisations at a date and returns an
`rbroadmap.attainment.report.AttainmentReport`. It is pure and deterministic:
the same road map, realisations, date and options give the same report, and
nothing is read from the clock. It takes time in proportion to the number of
targets times the number of years, plus the realisations.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal
from fractions import Fraction
from typing import Final, NamedTuple, final

import attrs

from rbroadmap import _checks
from rbroadmap._keys import NONE, Keys
from rbroadmap._text import Suggester
from rbroadmap.attainment._lazy import Explanation, Later
from rbroadmap.attainment._numbers import pct, pct_number, total
from rbroadmap.attainment.bands import DEFAULT_BANDS, BandTable
from rbroadmap.attainment.forecast import Forecast, ForecastMethod, Outlook, Point, project
from rbroadmap.attainment.formulas import (
    Expected,
    LowerIsBetter,
    Outcome,
    TargetFormula,
    bounds,
    magnitude,
)
from rbroadmap.attainment.limits import limits_of
from rbroadmap.attainment.outlooks import OutlookCounts, OutlookRule, decide
from rbroadmap.attainment.periods import (
    Proration,
    as_date,
    elapsed,
    elapsed_text,
    quarter_start,
)
from rbroadmap.attainment.prorating import (
    baseline_point,
    built_from_nothing,
    expected_within_year,
    same_kind,
)
from rbroadmap.attainment.quarters import stated_quarter
from rbroadmap.attainment.realizations import (
    DuplicateRealizationError,
    OutsidePeriodError,
    Realization,
    RealizationKey,
    Realizations,
    UnitMismatchError,
    UnknownTargetError,
    Verdict,
    compatible,
)
from rbroadmap.attainment.report import (
    Attainment,
    AttainmentOptions,
    AttainmentReport,
    LeftOut,
    LeftOutReason,
    Status,
    TargetAttainment,
)
from rbroadmap.attainment.rollups import (
    Child,
    Dimension,
    RollUp,
    RollUpMethod,
    combine,
)
from rbroadmap.attainment.starts import StartPoint, StartSource
from rbroadmap.errors import UnknownIdError
from rbroadmap.messages import Lang, Message
from rbroadmap.model import (
    Activity,
    Area,
    Goal,
    Indicator,
    Objective,
    Period,
    ResolvedAction,
    RoadMap,
    SubActivity,
    Target,
    Theme,
    structure,
)
from rbroadmap.notation import format_value
from rbroadmap.schedule import Direction, Shape, shape_candidates
from rbroadmap.values import CheckMark, NoTarget, Qualitative, TargetValue, is_due

__all__ = ["attain"]

_Key = tuple[str | None, str]
"""A group's key and label."""


@final
@attrs.frozen
class _Info:
    """What the calculator needs to know of one target."""

    owner: str
    target: Target
    area: Area | None
    label: str
    programme: _Key
    units: tuple[_Key, ...]
    budget: int | None
    cumulative: bool
    formula: TargetFormula = attrs.field(factory=TargetFormula)
    budget_per_year: tuple[tuple[int, int], ...] = ()
    """The amounts of a budget given for each year (`rbroadmap.Action.budget_per_year`)."""
    baseline: StartPoint | None = None
    """The target's baseline, where one is known (an indicator's): where its first year
    and its forecast start. An action plan row has none."""
    plan: tuple[tuple[Dimension, _Key], ...] = ()
    """The activity and sub-activity of the plan hierarchy the row sits under, if any; for
    an indicator, the objective, theme and goal it sits under."""
    indicator: bool = False
    """Whether the target is an indicator's (never in a programme's or a unit's roll-up)."""
    period: Period | None = None
    """The years its realisations may be for, if not the road map's: an indicator's goal
    table's."""


def _plan_groups(roadmap: RoadMap, owner: str) -> tuple[tuple[Dimension, _Key], ...]:
    """The activity and sub-activity of the plan hierarchy a row sits under, if any."""
    levels = {Activity: Dimension.ACTIVITY, SubActivity: Dimension.SUB_ACTIVITY}
    return tuple(
        (levels[type(e)], (e.id, e.name))  # type: ignore[union-attr]  # a level of the plan
        for e in roadmap.ancestors(owner)
        if type(e) in levels
    )


def _is_cumulative(target: Target) -> bool:
    shape = target.shape
    if shape is Shape.CUMULATIVE:
        return True
    if shape is Shape.ENDING_EARLY:
        due = [v for _, v in target.values if is_due(v)]
        return Shape.CUMULATIVE in shape_candidates(due, target.direction)
    return False


_INDICATOR_LEVELS: Final = {
    Objective: Dimension.OBJECTIVE,
    Theme: Dimension.THEME,
    Goal: Dimension.GOAL,
}


def _indicator_infos(roadmap: RoadMap) -> dict[str, _Info]:
    """Every indicator with yearly targets, with where it sits and where it starts."""
    infos: dict[str, _Info] = {}
    for indicator in roadmap.indicators():
        target = indicator.targets
        if target is None:
            continue
        start = indicator.start()
        baseline = None if start is None else baseline_point(target, start[1], start[0])
        groups: tuple[tuple[Dimension, _Key], ...] = tuple(
            (_INDICATOR_LEVELS[type(e)], (e.id, str(getattr(e, "name", None) or e.text)))  # type: ignore[union-attr]
            for e in roadmap.ancestors(indicator.id)
            if type(e) in _INDICATOR_LEVELS
        )
        period = structure.period_of(roadmap, indicator)
        infos[indicator.id] = _Info(
            owner=indicator.id,
            target=target,
            area=roadmap.area_of(indicator.id),
            label=indicator.name,
            programme=NONE,
            units=(NONE,),
            budget=None,
            cumulative=_is_cumulative(target),
            baseline=baseline,
            plan=groups,
            indicator=True,
            period=None if period == roadmap.period else period,
        )
    return infos


def _collect(roadmap: RoadMap) -> dict[str, _Info]:
    """Every target of the road map: each row's once, at the row that holds it; each indicator's."""
    actions = list(roadmap.actions())
    position = {a.id: i for i, a in enumerate(actions)}
    resolved: dict[str, ResolvedAction] = {a.id: roadmap.resolve(a) for a in actions}
    rows_of: dict[str, list[ResolvedAction]] = defaultdict(list)
    for action in actions:
        row = resolved[action.id]
        if row.target_owner is not None:
            rows_of[row.target_owner].append(row)
    budgets: dict[str, int] = {}
    per_year: dict[str, dict[int, int]] = {}
    seen_budgets: set[str] = set()
    for action in actions:
        row = resolved[action.id]
        if row.budget_owner is None or row.budget_owner in seen_budgets:
            continue
        if row.budget is None and row.budget_per_year is None:
            continue  # no budget, or a total for the period: no year's money (never spread)
        seen_budgets.add(row.budget_owner)
        holder = resolved[row.budget_owner].target_owner or row.target_owner
        if holder is None:
            continue
        if row.budget is not None:
            budgets[holder] = budgets.get(holder, 0) + row.budget
        if row.budget_per_year is not None:
            amounts = per_year.setdefault(holder, {})
            for year, amount in row.budget_per_year.items():
                amounts[year] = amounts.get(year, 0) + amount
    keys = Keys(roadmap)
    infos: dict[str, _Info] = {}
    for owner in sorted(rows_of, key=position.__getitem__):
        own = resolved[owner]
        assert own.targets is not None  # it holds the target
        units: dict[str | None, _Key] = {}
        for row in rows_of[owner]:
            for name in row.units:
                key = keys.unit(name)
                units.setdefault(key[0], key)
        area = roadmap.area_of(owner)
        assert area is not None  # every action belongs to an area
        infos[owner] = _Info(
            owner=owner,
            target=own.targets,
            area=area,
            label=own.text or (own.result.text if own.result is not None else owner),
            programme=keys.programme(own.programme),
            units=tuple(units.values()) or (NONE,),
            budget=budgets.get(owner),
            budget_per_year=tuple(sorted(per_year.get(owner, {}).items())),
            cumulative=_is_cumulative(own.targets),
            plan=_plan_groups(roadmap, owner) if area.programmes or area.activities else (),
        )
    infos.update(_indicator_infos(roadmap))
    return infos


def _year_budget(info: _Info, year: int) -> int | None:
    """The target's money for *year*: its annual budget and its amount for the year, if any.

    An annual budget holds for every year; a budget per year gives its own amount for
    the years it names; a total for the period gives no year's amount and is never
    spread over the years.
    """
    amounts = [amount for y, amount in info.budget_per_year if y == year]
    if info.budget is None and not amounts:
        return None
    return (info.budget or 0) + sum(amounts)


def _weight(info: _Info, rows: Sequence[Attainment]) -> int | None:
    """The budget a target weighs in roll-ups to date: its money for the year it stands at.

    The year is the latest due so far, else the first due. An annual budget is the
    same whatever the year; a target with nothing ever due weighs its annual budget.
    """
    if not info.budget_per_year:
        return info.budget
    due = [r for r in rows if r.status.due]
    if due:
        return due[-1].budget
    ahead = [r for r in rows if is_due(r.cell)]
    return ahead[0].budget if ahead else info.budget


def _reference_cell(target: Target, year: int) -> TargetValue | None:
    """The cell a realisation for *year* is checked against: the year's, or the first due."""
    cell = target.get(year)
    if cell is not None and is_due(cell):
        return cell
    for _, value in target.values:
        if is_due(value):
            return value
    return None


def _left_out(realization: Realization, target: Target, as_of: date) -> LeftOut | None:
    """Why *realization* counts nowhere at *as_of*, or ``None`` if it counts.

    It is not known yet when its period has not begun or it was recorded after
    *as_of*; it is never judged when its year has nothing due (``-``).
    """
    period = realization.period
    if realization.recorded is not None and realization.recorded > as_of:
        return LeftOut(
            realization=realization,
            reason=LeftOutReason.RECORDED_LATER,
            explanation=Message(
                f"{period.indonesian}: dicatat {realization.recorded.isoformat()}, setelah "
                f"{as_of.isoformat()}",
                f"{period.english}: recorded on {realization.recorded.isoformat()}, after "
                f"{as_of.isoformat()}",
            ),
        )
    if realization.quarter is not None:
        begun = quarter_start(realization.year, realization.quarter) <= as_of
    else:
        begun = realization.year <= as_of.year
    if not begun:
        return LeftOut(
            realization=realization,
            reason=LeftOutReason.NOT_BEGUN,
            explanation=Message(
                f"{period.indonesian} belum dimulai per {as_of.isoformat()}",
                f"{period.english} has not begun as of {as_of.isoformat()}",
            ),
        )
    cell = target.get(realization.year)
    if cell is None or not is_due(cell):
        year = realization.year
        if cell is None:
            why = Message(
                f"jadwal tidak memuat tahun {year}", f"the schedule has no cell for {year}"
            )
        elif isinstance(cell, NoTarget):
            why = Message(f"tidak ada target tahun {year} ('-')", f"no target in {year} ('-')")
        else:
            written = format_value(cell)
            why = Message(
                f"target tahun {year} tidak tersedia ({written!r})",
                f"the target for {year} is not available ({written!r})",
            )
        return LeftOut(
            realization=realization,
            reason=LeftOutReason.NOTHING_DUE,
            explanation=Message(
                f"{period.indonesian}: {why.indonesian}; tidak dinilai dan tidak dipakai "
                "untuk tren",
                f"{period.english}: {why.english}; not judged and not used for a trend",
            ),
        )
    return None


def _sort_realizations(
    roadmap: RoadMap, infos: dict[str, _Info], realizations: Realizations, as_of: date
) -> tuple[dict[str, dict[int, list[Realization]]], tuple[LeftOut, ...]]:
    """Check every realisation against the road map; sort the known ones by target and year.

    What counts nowhere (not known at *as_of*, or for a year with nothing due) is left
    out, with the reason.
    """
    known: dict[str, dict[int, list[Realization]]] = defaultdict(lambda: defaultdict(list))
    left_out: list[tuple[str, LeftOut]] = []
    first: dict[RealizationKey, int] = {}
    for i, realization in enumerate(realizations):
        found = infos.get(realization.target_id)
        if found is not None and found.indicator:
            owner: str | None = found.owner
        else:
            try:
                owner = roadmap.resolve(realization.target_id).target_owner
            except UnknownIdError:
                if isinstance(roadmap.get(realization.target_id), Indicator):
                    raise UnknownTargetError(
                        realization,
                        index=i,
                        reason=Message(
                            "indikator ini tidak memiliki target tahunan",
                            "this indicator has no yearly targets",
                        ),
                    ) from None
                close = Suggester(infos).closest(realization.target_id)
                raise UnknownTargetError(
                    realization,
                    index=i,
                    reason=Message(
                        "tidak ada aksi atau indikator dengan id ini",
                        "no action or indicator has this id",
                    ),
                    suggestion=close,
                ) from None
        if owner is None:
            raise UnknownTargetError(
                realization,
                index=i,
                reason=Message(
                    "baris ini tidak memiliki target, sendiri maupun bersama",
                    "this row has no target, of its own or shared",
                ),
            )
        years = infos[owner].period or roadmap.period
        if realization.year not in years:
            raise OutsidePeriodError(realization, index=i, period=str(years))
        key = (owner, realization.year, realization.quarter)
        j = first.setdefault(key, i)
        if j != i:
            raise DuplicateRealizationError(realization, index=i, first=j, target_id=owner)
        info = infos[owner]
        cell = _reference_cell(info.target, realization.year)
        if cell is not None and not compatible(cell, realization.value):
            raise UnitMismatchError(realization, index=i, expected=cell)
        why = _left_out(realization, info.target, as_of)
        if why is None:
            known[owner][realization.year].append(realization)
        else:
            left_out.append((owner, why))
    return _in_order(known, left_out, infos)


def _in_order(
    known: dict[str, dict[int, list[Realization]]],
    left_out: list[tuple[str, LeftOut]],
    infos: dict[str, _Info],
) -> tuple[dict[str, dict[int, list[Realization]]], tuple[LeftOut, ...]]:
    """Put the realisations in one order, whatever the order they were given in.

    Targets in document order, then years, then quarters (the whole year after
    its quarters), so that no output of `attain` depends on the order of its
    input. *left_out* pairs each realisation left out with the row that holds its
    target.
    """
    position = {owner: i for i, owner in enumerate(infos)}
    for by_year in known.values():
        for year_values in by_year.values():
            year_values.sort(key=_period_order)

    def order(pair: tuple[str, LeftOut]) -> tuple[int, int, int, str]:
        owner, why = pair
        return (position[owner], why.realization.year, _period_order(why.realization), owner)

    return known, tuple(why for _, why in sorted(left_out, key=order))


def _period_order(realization: Realization) -> int:
    return 5 if realization.quarter is None else realization.quarter


def _year_value(realizations: Sequence[Realization]) -> Realization | None:
    """The year's own realisation, or else its latest quarter's."""
    if not realizations:
        return None
    for realization in realizations:
        if realization.quarter is None:
            return realization
    return max(realizations, key=lambda r: r.quarter or 0)


def _expected(
    info: _Info,
    year: int,
    *,
    share: Fraction,
    when: Message,
    quarter: int | None = None,
) -> Expected:
    """What *info*'s target expects in *year* once *share* of it has elapsed.

    A running year's quarter whose target the road map states (*quarter*, see
    `rbroadmap.attainment.quarters`) expects that target, as written; any other
    is pro-rated from where the year starts
    (`rbroadmap.attainment.prorating.expected_within_year`).
    """
    if share < 1 and bounds(info.target[year]) is not None:
        stated = stated_quarter(info.target, year, quarter, share=share)
        if stated is not None:
            return stated
    return expected_within_year(info.target, year, share=share, when=when, baseline=info.baseline)


def _join(*parts: Message | None) -> Message:
    present = [p for p in parts if p is not None]
    return Message("; ".join(p.indonesian for p in present), "; ".join(p.english for p in present))


def _realised_prefix(realization: Realization) -> Message | None:
    if realization.quarter is None:
        return None
    period = realization.period
    return Message(f"realisasi {period.indonesian}", f"realised in {period.english}")


def _judge(expected: Expected, realization: Realization, info: _Info) -> Outcome:
    """Judge a realisation with the target's formula: its own choices, else the report's."""
    return info.formula.judge(expected, realization.value)


@final
class _Memo:
    """What every target of one report shares.

    The shares of the years elapsed, the messages of the years with nothing due, the
    expected value of each whole year's cell.
    """

    __slots__ = ("_not_due", "_points", "_shares", "as_of", "not_yet_due", "proration")

    def __init__(self, as_of: date, proration: Proration) -> None:
        self.as_of = as_of
        self.proration = proration
        self.not_yet_due = _not_yet_due(as_of)
        self._shares: dict[int, Fraction] = {}
        self._not_due: dict[tuple[int, TargetValue], Message] = {}
        self._points: dict[int, Expected] = {}

    def share(self, year: int) -> Fraction:
        """`elapsed` for *year*, at the report's date and by its proration."""
        found = self._shares.get(year)
        if found is None:
            found = self._shares[year] = elapsed(year, self.as_of, self.proration)
        return found

    def not_due(self, cell: TargetValue, year: int) -> Message:
        """`_not_due`, written once for each year and cell."""
        key = (year, cell)
        found = self._not_due.get(key)
        if found is None:
            found = self._not_due[key] = _not_due(cell, year)
        return found

    def point(self, cell: TargetValue) -> Expected:
        """`Expected.point` of *cell*, made once for each cell of the road map."""
        found = self._points.get(id(cell))
        if found is None or found.cell is not cell:
            found = self._points[id(cell)] = Expected.point(cell)
        return found


def _rows(
    info: _Info,
    known: dict[int, list[Realization]],
    as_of: date,
    opts: AttainmentOptions,
    memo: _Memo,
) -> tuple[Attainment, ...]:
    rows = []
    target = info.target
    for year, cell in target.values:
        realization = _year_value(known.get(year, ()))
        share = memo.share(year)
        common = {
            "target_id": info.owner,
            "area_id": None if info.area is None else info.area.id,
            "year": year,
            "cell": cell,
            "budget": _year_budget(info, year),
            "realization": realization,
        }
        if not is_due(cell):
            rows.append(
                Attainment(
                    **common,  # type: ignore[arg-type]
                    status=Status.NOT_DUE,
                    expected=None,
                    exact=None,
                    formula=None,
                    band=None,
                    explanation=memo.not_due(cell, year),
                )
            )
            continue
        if share == 0 or (isinstance(cell, Qualitative | CheckMark) and share < 1):
            rows.append(
                Attainment(
                    **common,  # type: ignore[arg-type]
                    status=Status.NOT_YET_DUE,
                    expected=None,
                    exact=None,
                    formula=None,
                    band=None,
                    explanation=memo.not_yet_due,
                )
            )
            continue
        if share == 1:  # a whole year: its target, as written
            expected = memo.point(cell)
        else:
            expected = _expected(
                info,
                year,
                share=share,
                when=elapsed_text(year, as_of, opts.proration),
                quarter=_quarter_judged(realization, year, as_of),
            )
        if realization is None:
            rows.append(
                Attainment(
                    **common,  # type: ignore[arg-type]
                    status=Status.MISSING,
                    expected=expected,
                    exact=None,
                    formula=None,
                    band=None,
                    explanation=Later(_not_reported, expected, as_of),
                )
            )
            continue
        outcome = _judge(expected, realization, info)
        rows.append(
            Attainment(
                **common,  # type: ignore[arg-type]
                status=Status.JUDGED if outcome.exact is not None else Status.UNDEFINED,
                expected=expected,
                exact=outcome.exact,
                formula=outcome.formula,
                band=None if outcome.exact is None else opts.bands.classify(outcome.exact),
                explanation=Later(_judged, info.formula, expected, realization),
            )
        )
    return tuple(rows)


def _not_yet_due(as_of: date) -> Message:
    return Message(
        f"belum jatuh tempo per {as_of.isoformat()}",
        f"not yet due as of {as_of.isoformat()}",
    )


def _not_reported(expected: Expected, as_of: date) -> Message:
    return _join(
        expected.explanation,
        Message(
            f"belum dilaporkan per {as_of.isoformat()}: diharapkan {expected.text}",
            f"not reported as of {as_of.isoformat()}: {expected.written('en')} was expected",
        ),
    )


def _judged(formula: TargetFormula, expected: Expected, realization: Realization) -> Message:
    outcome = formula.judge(expected, realization.value)
    return _join(expected.explanation, _realised_prefix(realization), outcome.explanation)


def _not_due(cell: TargetValue, year: int) -> Message:
    """Why a year is not judged: nothing is due (``-``), or nothing is known (``NA``)."""
    written = format_value(cell)
    if isinstance(cell, NoTarget):
        return Message(
            f"tidak ada target tahun {year} ('-'): tidak dinilai",
            f"no target in {year} ('-'): not judged",
        )
    return Message(
        f"target tahun {year} tidak tersedia ({written!r}): tidak dinilai",
        f"the target for {year} is not available ({written!r}): not judged",
    )


def _quarter_judged(realization: Realization | None, year: int, as_of: date) -> int | None:
    """The quarter a running year is judged in: the one reported, or the last completed."""
    if realization is not None and realization.quarter is not None:
        return realization.quarter
    completed = int(elapsed(year, as_of, Proration.QUARTERS) * 4)
    return completed or None


def _latest(known: dict[int, list[Realization]]) -> Realization | None:
    for year in sorted(known, reverse=True):
        value = _year_value(known[year])
        if value is not None:
            return value
    return None


def _summary(
    info: _Info,
    rows: tuple[Attainment, ...],
    latest: Realization | None,
    opts: AttainmentOptions,
) -> tuple[Status, Fraction | None, Explanation]:
    """The target's attainment to date: status, exact value and explanation."""
    due = [r for r in rows if r.status.due]
    if not due:
        if not info.target.due_years:
            return (
                Status.NOT_DUE,
                None,
                Message("tidak ada target di tahun mana pun", "no target in any year"),
            )
        return (
            Status.NOT_YET_DUE,
            None,
            Message("belum ada target yang jatuh tempo", "no target is due yet"),
        )
    if info.cumulative:
        current = due[-1]
        assert current.expected is not None  # due rows have one
        if latest is None:
            return (
                Status.MISSING,
                None,
                Message(
                    "kumulatif: belum ada realisasi yang dilaporkan",
                    "cumulative: no realised value reported yet",
                ),
            )
        outcome = _judge(current.expected, latest, info)
        status = Status.JUDGED if outcome.exact is not None else Status.UNDEFINED
        return status, outcome.exact, Later(_cumulative_text, info.formula, current, latest)
    judged = [r for r in due if r.exact is not None]
    if not judged:
        status = (
            Status.UNDEFINED if any(r.status is Status.UNDEFINED for r in due) else Status.MISSING
        )
        return status, None, Later(_unjudged_text, due)
    value = total(r.exact for r in judged if r.exact is not None) / len(judged)
    return Status.JUDGED, value, Later(_mean_text, due, value)


def _cumulative_text(formula: TargetFormula, current: Attainment, latest: Realization) -> Message:
    assert current.expected is not None  # due rows have one
    outcome = formula.judge(current.expected, latest.value)
    period = latest.period
    lead = Message(
        f"kumulatif, dinilai dengan nilai terakhir ({period.indonesian}) terhadap target "
        f"{current.year}",
        f"cumulative, judged on its latest value ({period.english}) against the target "
        f"for {current.year}",
    )
    return _join(current.expected.explanation, lead, outcome.explanation)


def _missing_note(due: Sequence[Attainment]) -> Message | None:
    unreported = [str(r.year) for r in due if r.status is Status.MISSING]
    if not unreported:
        return None
    return Message(
        "belum dilaporkan: " + ", ".join(unreported), "not reported: " + ", ".join(unreported)
    )


def _unjudged_text(due: Sequence[Attainment]) -> Message:
    return _join(
        Message("tidak ada tahun yang dapat dinilai", "no year can be judged"), _missing_note(due)
    )


def _mean_text(due: Sequence[Attainment], value: Fraction) -> Message:
    judged = [r for r in due if r.exact is not None]

    def written(lang: Lang) -> str:
        terms = " + ".join(
            f"{r.year}: {pct_number(r.exact, lang)}" for r in judged if r.exact is not None
        )
        return f"({terms})/{len(judged)} = {pct(value, lang)}"

    years = "year" if len(judged) == 1 else "years"
    lead = Message(
        f"tiap tahun dinilai tersendiri; rata-rata {len(judged)} tahun: {written('id')}",
        f"each year judged on its own; mean of {len(judged)} {years}: {written('en')}",
    )
    return _join(lead, _missing_note(due))


def _progress(info: _Info, latest: Realization | None, opts: AttainmentOptions) -> Outcome | None:
    final = info.target.final
    if latest is None or final is None or not compatible(final, latest.value):
        return None
    return _judge(Expected.point(final), latest, info)


def _point_time(realization: Realization, as_of: date, start: int) -> Fraction:
    """When a value was reached, in years from the start of the period."""
    offset = Fraction(realization.year - start)
    if realization.quarter is not None:
        return offset + Fraction(realization.quarter, 4)
    return offset + elapsed(realization.year, as_of, Proration.DAYS)


def _forecast_start(info: _Info) -> StartPoint | None:
    """Where a forecast of *info*'s target starts, if known before its realised values.

    Its baseline where one is known; else zero for a cumulative, higher-is-better
    target built from nothing (a percentage of work done, a count); else nothing:
    never zero for a score, a level, a steady, periodic or one-off schedule.
    """
    if info.baseline is not None:
        return info.baseline
    final = info.target.final
    if (
        info.cumulative
        and info.target.direction is Direction.HIGHER
        and final is not None
        and built_from_nothing(final)
    ):
        first = info.target.due_years[0]
        return StartPoint(
            year=first - 1, low=Fraction(0), high=Fraction(0), source=StartSource.ZERO
        )
    return None


def _planned(
    info: _Info, realization: Realization, as_of: date
) -> tuple[Fraction, Fraction] | None:
    """The plan's value when *realization* was reached, and at the final year.

    The plan at a time is what the target expects then: the year's target, pro-rated
    while the year runs. ``None`` when the year's cell is not a number of the kind of
    the final target.
    """
    target = info.target
    final = target.final
    cell = target.get(realization.year)
    if final is None or cell is None or not same_kind(cell, final):
        return None
    if realization.quarter is not None:
        share = Fraction(realization.quarter, 4)
    else:
        share = elapsed(realization.year, as_of, Proration.DAYS)
    now = _expected(
        info,
        realization.year,
        share=share,
        when=Message(str(share), str(share)),
        quarter=realization.quarter,
    )
    end = Expected.point(final)
    if target.direction is Direction.HIGHER:
        at_now, at_end = now.low, end.low
    else:
        at_now, at_end = now.high, end.high
    if at_now is None or at_end is None:
        return None
    return at_now, at_end


def _forecast(
    info: _Info,
    known: dict[int, list[Realization]],
    latest: Realization | None,
    *,
    as_of: date,
    start: int,
    opts: AttainmentOptions,
) -> Forecast:
    target = info.target
    due_years = target.due_years
    if not due_years:
        return Forecast(
            final_year=None,
            final_target=None,
            method=ForecastMethod.NONE,
            projected_value=None,
            exact=None,
            outlook=Outlook.UNKNOWN,
            explanation=Message("tidak ada target akhir", "no final target"),
        )
    final_year = due_years[-1]
    final = target[final_year]
    expected = Expected.point(final)

    def done(
        method: ForecastMethod, value: Fraction | None, outcome: Outcome | None, how: Message
    ) -> Forecast:
        return Forecast.judged(
            final_year=final_year,
            final_target=final,
            method=method,
            projected_value=value,
            outcome=outcome,
            how=how,
            tolerance=opts.tolerance,
        )

    nothing = Message("belum ada realisasi untuk diproyeksikan", "nothing realised to project from")
    final_over = elapsed(final_year, as_of, Proration.DAYS) == 1
    final_value = _year_value(known.get(final_year, ())) if final_over else None
    if final_value is not None and compatible(final, final_value.value):
        outcome = _judge(expected, final_value, info)
        shown = _shown(final_value)
        return done(
            ForecastMethod.ACTUAL,
            _projected_number(final_value, outcome),
            outcome,
            Message(
                f"tahun akhir {final_year} sudah lewat: realisasi {shown.indonesian}",
                f"the final year {final_year} is over: realised {shown.english}",
            ),
        )
    if isinstance(final, Qualitative | CheckMark):
        if latest is None or not compatible(final, latest.value):
            return done(ForecastMethod.NONE, None, None, nothing)
        outcome = _judge(expected, latest, info)
        shown = _shown(latest)
        period = latest.period
        return done(
            ForecastMethod.LATEST,
            outcome.exact,
            outcome,
            Message(
                f"kualitatif: status terakhir ({period.indonesian}: {shown.indonesian}) "
                "dianggap tetap",
                f"qualitative: the latest verdict ({period.english}: {shown.english}) "
                "carried forward",
            ),
        )
    points: list[Point] = []
    first: Realization | None = None
    for year in sorted(known):
        value = _year_value(known[year])
        if value is None or isinstance(value.value, Verdict | Qualitative):
            continue
        if not compatible(final, value.value):
            continue
        first = first or value
        points.append(
            Point(
                t=_point_time(value, as_of, start),
                value=magnitude(value.value),
                year=value.year,
                quarter=value.quarter,
            )
        )
    if not points or first is None:
        return done(ForecastMethod.NONE, None, None, nothing)
    return project(
        points,
        final_year=final_year,
        final_target=final,
        formula=info.formula,
        tolerance=opts.tolerance,
        period_start=start,
        cumulative=info.cumulative,
        periodic=target.shape is Shape.PERIODIC and not info.cumulative,
        start=_forecast_start(info),
        planned=_planned(info, first, as_of) if len(points) == 1 else None,
        limits=limits_of(target, year=start),
    )


def _shown(realization: Realization) -> Message:
    value = realization.value
    if isinstance(value, Verdict):
        return value.label
    return Message(format_value(value), format_value(value, lang="en"))


def _projected_number(realization: Realization, outcome: Outcome) -> Fraction | None:
    value = realization.value
    if isinstance(value, Verdict | Qualitative):
        return outcome.exact
    return magnitude(value)


def _target(
    info: _Info,
    known: dict[int, list[Realization]],
    as_of: date,
    start: int,
    opts: AttainmentOptions,
    *,
    memo: _Memo,
) -> TargetAttainment:
    rows = _rows(info, known, as_of, opts, memo)
    latest = _latest(known)
    status, exact, explanation = _summary(info, rows, latest, opts)
    spent_rows = [r for r in rows if r.spent is not None]
    spent = sum(r.spent or 0 for r in spent_rows) if spent_rows else None
    # Measured against the budget of each year whose spending was reported: all or none.
    spent_budget = (
        sum(r.budget or 0 for r in spent_rows)
        if spent_rows and all(r.budget is not None for r in spent_rows)
        else None
    )
    return TargetAttainment(
        target_id=info.owner,
        area_id=None if info.area is None else info.area.id,
        label=info.label,
        shape=info.target.shape,
        cumulative=info.cumulative,
        direction=info.target.direction,
        programme=info.programme[0],
        units=tuple(key for key, _ in info.units if key is not None),
        budget=_weight(info, rows),
        rows=rows,
        status=status,
        exact=exact,
        band=None if exact is None else opts.bands.classify(exact),
        explanation=explanation,
        progress=_progress(info, latest, opts),
        forecast=_forecast(info, known, latest, as_of=as_of, start=start, opts=opts),
        spent=spent,
        spent_budget=spent_budget,
        formula=info.formula,
    )


# -- roll-ups


class _Part(NamedTuple):
    """One target's contribution to a roll-up (a plain tuple: a report makes many)."""

    id: str
    status: Status
    exact: Fraction | None
    budget: int | None
    spent: int | None
    spent_budget: int | None
    forecast: Forecast | None
    due: bool


def _coverage_note(due: int, missing: Sequence[str]) -> Message:
    reported = due - len(missing)
    if not missing:
        return Message(
            f"{reported} dari {due} target melapor", f"{reported} of {due} targets reported"
        )
    names = ", ".join(missing)
    return Message(
        f"{reported} dari {due} target melapor; belum melapor: {names}",
        f"{reported} of {due} targets reported; not reported: {names}",
    )


def _rollup(
    dimension: Dimension,
    key: str | None,
    label: str,
    *,
    year: int | None,
    due: Sequence[_Part],
    source: Mapping[str, _Part],
    opts: AttainmentOptions,
    parts: Sequence[_Part] = (),
) -> RollUp:
    """The roll-up of the *due* parts of a group; to date, *parts* are all its parts.

    *source* holds every part of the year (or to date) by target, for the explanation.
    """
    children = tuple(p.id for p in due)
    valued = [p for p in due if p.exact is not None]
    if len(valued) <= 1:
        # One figure (an action's own roll-up, say) is its own mean, weighted mean and
        # worst: no need to compute them again, in exact fractions.
        exact = mean = weighted = worst = valued[0].exact if valued else None
    else:
        mean, weighted, worst = _figures(
            [p.exact for p in valued if p.exact is not None], [p.budget for p in valued]
        )
        exact = _by_method((mean, weighted, worst), opts.method)
    missing = tuple(p.id for p in due if p.status is Status.MISSING)
    undefined = tuple(p.id for p in due if p.status is Status.UNDEFINED)
    budgets = [p.budget for p in due if p.budget is not None]
    spent_parts = [p for p in due if p.spent is not None]
    pooled = [p for p in spent_parts if p.spent_budget]
    absorption = (
        Fraction(sum(p.spent or 0 for p in pooled) * 100, sum(p.spent_budget or 0 for p in pooled))
        if pooled
        else None
    )
    forecast_exact = outlook = None
    meeting = 0
    at_risk: tuple[str, ...] = ()
    counts: OutlookCounts | None = None
    outlook_explanation: Explanation | None = None
    if year is None:
        forecasts = [p for p in parts if p.forecast is not None]
        projected = [
            (p.forecast.exact, p.budget)
            for p in forecasts
            if p.forecast is not None and p.forecast.exact is not None
        ]
        if projected:
            figures = _figures([v for v, _ in projected], [b for _, b in projected])
            forecast_exact = _by_method(figures, opts.method)
        meeting = sum(1 for p in forecasts if p.forecast and p.forecast.will_meet)
        at_risk = tuple(
            p.id
            for p in forecasts
            if p.forecast and p.forecast.outlook in (Outlook.AT_RISK, Outlook.OFF_TRACK)
        )
        counts = OutlookCounts.of(p.forecast.outlook for p in forecasts if p.forecast is not None)
        outlook, outlook_explanation = _decided(
            counts, Outlook.classify(forecast_exact, opts.tolerance), opts
        )
    return RollUp(
        dimension=dimension,
        key=key,
        label=label,
        year=year,
        method=opts.method,
        exact=exact,
        mean=mean,
        budget_weighted=weighted,
        worst=worst,
        band=None if exact is None else opts.bands.classify(exact),
        explanation=Later(_rollup_text, source, children, opts.method, missing),
        children=children,
        missing=missing,
        undefined=undefined,
        budget=sum(budgets) if budgets else None,
        spent=sum(p.spent or 0 for p in spent_parts) if spent_parts else None,
        absorption_exact=absorption,
        forecast_exact=forecast_exact,
        outlook=outlook,
        meeting=meeting,
        at_risk=at_risk,
        outlook_counts=counts,
        outlook_explanation=outlook_explanation,
    )


def _single(
    dimension: Dimension,
    key: str | None,
    label: str,
    *,
    year: int | None,
    part: _Part,
    source: Mapping[str, _Part],
    opts: AttainmentOptions,
) -> RollUp:
    """`_rollup` of a group of one target (an action's, an indicator's): its own figures."""
    due = part.due
    exact = part.exact if due else None
    children = (part.id,) if due else ()
    status = part.status
    missing = children if status is Status.MISSING else ()
    spent = part.spent if due else None
    absorption = (
        Fraction(spent * 100, part.spent_budget)
        if spent is not None and part.spent_budget
        else None
    )
    forecast_exact = outlook = None
    meeting = 0
    at_risk: tuple[str, ...] = ()
    counts: OutlookCounts | None = None
    outlook_explanation: Explanation | None = None
    forecast = part.forecast
    if year is None and forecast is not None:
        forecast_exact = forecast.exact
        meeting = 1 if forecast.will_meet else 0
        if forecast.outlook in (Outlook.AT_RISK, Outlook.OFF_TRACK):
            at_risk = (part.id,)
        counts = _ONE_OUTLOOK[forecast.outlook]
        outlook, outlook_explanation = _decided(
            counts, Outlook.classify(forecast_exact, opts.tolerance), opts
        )
    elif year is None:
        counts = OutlookCounts()
        outlook, outlook_explanation = _decided(counts, Outlook.UNKNOWN, opts)
    return RollUp(
        dimension=dimension,
        key=key,
        label=label,
        year=year,
        method=opts.method,
        exact=exact,
        mean=exact,
        budget_weighted=exact,
        worst=exact,
        band=None if exact is None else opts.bands.classify(exact),
        explanation=Later(_rollup_text, source, children, opts.method, missing),
        children=children,
        missing=missing,
        undefined=children if status is Status.UNDEFINED else (),
        budget=part.budget if due else None,
        spent=spent,
        absorption_exact=absorption,
        forecast_exact=forecast_exact,
        outlook=outlook,
        meeting=meeting,
        at_risk=at_risk,
        outlook_counts=counts,
        outlook_explanation=outlook_explanation,
    )


_ONE_OUTLOOK: Final = {outlook: OutlookCounts.of([outlook]) for outlook in Outlook}
"""The counts of a group of one target, by its outlook."""


def _figures(
    values: Sequence[Fraction], budgets: Sequence[int | None]
) -> tuple[Fraction, Fraction, Fraction]:
    """The mean, budget-weighted mean and worst of *values*, each with its budget.

    The fractions `rbroadmap.attainment.rollups.value_of` gives, in whole numbers: each
    value over the least common denominator, so that the sums are of integers, and the
    worst is the value with the least numerator there.
    """
    common = math.lcm(*(v.denominator for v in values))
    scaled = [v.numerator * (common // v.denominator) for v in values]
    n = len(scaled)
    mean = Fraction(sum(scaled), common * n)
    weighted = mean
    weights = [b or 0 for b in budgets]
    if any(weights):
        weighted = Fraction(
            sum(s * b for s, b in zip(scaled, weights, strict=True)), common * sum(weights)
        )
    worst = values[min(range(n), key=scaled.__getitem__)]
    return mean, weighted, worst


def _by_method(figures: tuple[Fraction, Fraction, Fraction], method: RollUpMethod) -> Fraction:
    """The one of the mean, budget-weighted mean and worst that *method* takes."""
    mean, weighted, worst = figures
    if method is RollUpMethod.MEAN:
        return mean
    if method is RollUpMethod.BUDGET_WEIGHTED:
        return weighted
    return worst


def _rollup_text(
    source: Mapping[str, _Part],
    children: Sequence[str],
    method: RollUpMethod,
    missing: Sequence[str],
) -> Message:
    """How a roll-up's figure was computed, and how many of its targets reported."""
    due = [source[child] for child in children]
    _, how = combine([Child(p.id, p.exact, p.budget) for p in due], method)
    return _join(how, _coverage_note(len(due), missing))


def _decided(
    counts: OutlookCounts, combined: Outlook, opts: AttainmentOptions
) -> tuple[Outlook, Later]:
    """A group's outlook by the report's rule, and its reason, written when read."""
    outlook = decide(counts, combined, opts.outlook_rule, opts.outlook_threshold)[0]
    return outlook, Later(_outlook_text, counts, combined, opts)


def _outlook_text(counts: OutlookCounts, combined: Outlook, opts: AttainmentOptions) -> Message:
    """How a group's outlook was decided, with its targets by outlook."""
    _, why = decide(counts, combined, opts.outlook_rule, opts.outlook_threshold)
    summary = counts.summary
    return Message(f"{why.indonesian}; {summary.indonesian}", f"{why.english}; {summary.english}")


def _groups(roadmap: RoadMap, infos: dict[str, _Info]) -> list[tuple[Dimension, _Key, list[str]]]:
    """Every group with its targets, in report order."""
    areas: dict[str, tuple[_Key, list[str]]] = {}
    programmes: dict[str | None, tuple[_Key, list[str]]] = {}
    units: dict[str | None, tuple[_Key, list[str]]] = {}
    for info in infos.values():
        if info.area is not None:
            areas.setdefault(info.area.id, ((info.area.id, info.area.name), []))[1].append(
                info.owner
            )
        if info.indicator:
            continue  # an indicator has no programme nor responsible unit
        programmes.setdefault(info.programme[0], (info.programme, []))[1].append(info.owner)
        for unit in info.units:
            units.setdefault(unit[0], (unit, []))[1].append(info.owner)
    area_order = {a.id: i for i, a in enumerate(roadmap.areas)}
    programme_order = {p.id: i for i, p in enumerate(roadmap.programmes)}
    unit_order = {u.id: i for i, u in enumerate(roadmap.units)}
    first_seen = {key: i for i, key in enumerate(programmes)}
    unit_seen = {key: i for i, key in enumerate(units)}

    def rank(
        order: dict[str, int], seen: dict[str | None, int], key: str | None
    ) -> tuple[int, int]:
        if key is None:
            return (2, 0)
        if key in order:
            return (0, order[key])
        return (1, seen[key])

    groups: list[tuple[Dimension, _Key, list[str]]] = []
    for key in sorted(areas, key=lambda k: area_order.get(k, 0)):
        groups.append((Dimension.AREA, *areas[key]))
    for pkey in sorted(programmes, key=lambda k: rank(programme_order, first_seen, k)):
        groups.append((Dimension.PROGRAMME, *programmes[pkey]))
    for ukey in sorted(units, key=lambda k: rank(unit_order, unit_seen, k)):
        groups.append((Dimension.UNIT, *units[ukey]))
    plan: dict[tuple[Dimension, str | None], tuple[_Key, list[str]]] = {}
    for info in infos.values():
        for dimension, group in info.plan:
            plan.setdefault((dimension, group[0]), (group, []))[1].append(info.owner)
    for level in (
        Dimension.ACTIVITY,
        Dimension.SUB_ACTIVITY,
        Dimension.OBJECTIVE,
        Dimension.THEME,
        Dimension.GOAL,
    ):
        groups.extend((level, *found) for (d, _), found in plan.items() if d is level)
    for info in infos.values():
        own = Dimension.INDICATOR if info.indicator else Dimension.ACTION
        groups.append((own, (info.owner, info.label), [info.owner]))
    return groups


def _rollups(
    roadmap: RoadMap,
    infos: dict[str, _Info],
    targets: dict[str, TargetAttainment],
    as_of: date,
    opts: AttainmentOptions,
) -> tuple[RollUp, ...]:
    years = [y for y in roadmap.period.years if y <= as_of.year]
    due_in: dict[int, dict[str, _Part]] = {year: {} for year in years}
    to_date: dict[str, _Part] = {}
    for owner, target in targets.items():
        for row in target.rows:
            if not row.status.due or row.year not in due_in:
                continue
            spent = row.spent
            due_in[row.year][owner] = _Part(
                owner,
                row.status,
                row.exact,
                row.budget,
                spent,
                row.budget if spent is not None else None,
                None,
                True,
            )
        to_date[owner] = _Part(
            owner,
            target.status,
            target.exact,
            target.budget,
            target.spent,
            target.spent_budget,
            target.forecast,
            target.status.due,
        )
    result: list[RollUp] = []
    owners = list(infos)
    for year in years:
        due = [due_in[year][o] for o in owners if o in due_in[year]]
        if due:
            result.append(
                _rollup(
                    Dimension.YEAR,
                    str(year),
                    str(year),
                    year=year,
                    due=due,
                    source=due_in[year],
                    opts=opts,
                )
            )
    everything = [to_date[o] for o in owners]
    result.append(
        _rollup(
            Dimension.ROADMAP,
            roadmap.id,
            roadmap.title or roadmap.government,
            year=None,
            due=[p for p in everything if p.due],
            source=to_date,
            parts=everything,
            opts=opts,
        )
    )
    for dimension, (key, label), members in _groups(roadmap, infos):
        if len(members) == 1:
            (owner,) = members
            for year in years:
                found = due_in[year]
                if owner in found:
                    result.append(
                        _single(
                            dimension,
                            key,
                            label,
                            year=year,
                            part=found[owner],
                            source=found,
                            opts=opts,
                        )
                    )
            result.append(
                _single(
                    dimension,
                    key,
                    label,
                    year=None,
                    part=to_date[owner],
                    source=to_date,
                    opts=opts,
                )
            )
            continue
        for year in years:
            found = due_in[year]
            due = [found[o] for o in members if o in found]
            if due:
                result.append(
                    _rollup(dimension, key, label, year=year, due=due, source=found, opts=opts)
                )
        parts = [to_date[o] for o in members]
        result.append(
            _rollup(
                dimension,
                key,
                label,
                year=None,
                due=[p for p in parts if p.due],
                source=to_date,
                parts=parts,
                opts=opts,
            )
        )
    return tuple(result)


def _realizations(value: object) -> Realizations:
    """The realisations given to `attain`, as a set; refused naming the argument."""
    if isinstance(value, Realizations):
        return value
    expected = Message(
        "Realizations atau daftar Realization", "a Realizations or a list of Realization"
    )
    if not isinstance(value, Iterable) or isinstance(value, str | bytes | Mapping):
        raise _checks.wrong_argument("attain", "realizations", value, expected)
    items = tuple(value)
    for i, item in enumerate(items):
        if not isinstance(item, Realization):
            raise _checks.wrong_argument(
                "attain", f"realizations[{i}]", item, Message("Realization", "a Realization")
            )
    return Realizations(items=items)


def attain(
    roadmap: RoadMap,
    realizations: Realizations | Iterable[Realization],
    *,
    as_of: date,
    lower_is_better: LowerIsBetter | str = LowerIsBetter.DIFFERENCE,
    cap: Decimal | int | None = None,
    method: RollUpMethod | str = RollUpMethod.MEAN,
    bands: BandTable = DEFAULT_BANDS,
    proration: Proration | str = Proration.QUARTERS,
    tolerance: Decimal | int = Decimal(15),
    outlook_rule: OutlookRule | str = OutlookRule.COMBINED,
    outlook_threshold: Decimal | int = Decimal(80),
    lang: Lang = "id",
) -> AttainmentReport:
    """Compute the attainment (*capaian*) of *roadmap* from *realizations*, as of a date.

    Args:
        roadmap: The road map.
        realizations: The realised values: a `Realizations` or any iterable
            of `Realization`.
        as_of: The date of the report (a `pendulum.Date`; a `datetime.date`
            is accepted). Years before it are judged in full; its own year is
            pro-rated; later years and realisations recorded after it are left
            out. Never the clock.
        lower_is_better: The formula for lower-is-better targets: ``(2T −
            R)/T`` (the default) or ``T/R``; a `LowerIsBetter`, or its value
            as text (``"difference"``, ``"ratio"``); a target that chooses its
            own (`rbroadmap.Target.lower_is_better`) keeps it.
        cap: The highest attainment reported, in percent, or ``None`` (the
            default); a target with a cap of its own (`rbroadmap.Target.cap`)
            keeps it. Attainment is never below 0.
        method: How roll-ups combine their targets: mean (the default),
            budget-weighted mean or worst child; a `RollUpMethod`, or its value
            as text (``"mean"``, ``"budget-weighted"``, ``"worst"``). Every
            roll-up also carries the figures by the other two methods.
        bands: The status band table.
        proration: How the elapsed share of the current year is counted:
            completed quarters (the default) or days; a `Proration`, or its
            value as text (``"quarters"``, ``"days"``).
        tolerance: Percentage points short of 100% that a forecast may fall
            and be *at risk* rather than *off track*.
        outlook_rule: How a group's outlook is decided: from its combined
            projected attainment (the default), as its worst target's, or by
            the share of its targets on track; an
            `rbroadmap.attainment.outlooks.OutlookRule`, or its value as text
            (``"combined"``, ``"worst"``, ``"share"``). Every group also
            counts its targets by outlook, whatever the rule.
        outlook_threshold: For `OutlookRule.SHARE`: the share of a group's
            targets, in percent, that must be on track (80 unless told
            otherwise).
        lang: The language the report shows itself in (its text, its notebook
            display and its records): ``"id"`` (the default) or ``"en"``.
            Every explanation holds both; `AttainmentReport.with_lang` gives
            the same report in the other language.

    Returns:
        The report: per target and year, per target to date, and roll-ups.

    Raises:
        UnknownTargetError: A realisation names no target of the road map.
        OutsidePeriodError: A realisation's year is outside the period.
        DuplicateRealizationError: Two realisations for one target and period
            (also when one names a row sharing the target of another's row).
        UnitMismatchError: A realised value of another kind or unit than its
            target.
        ModelError: An option is not valid (a cap of 0, ``method="average"``,
            ...); a `ModelTypeError` when an argument has the wrong type.

    >>> import pendulum
    >>> from rbroadmap import Action, Area, Period, RoadMap, Target
    >>> rm = RoadMap(id="kota-x", government="Kota X", period=Period(2018, 2022), areas=[
    ...     Area(id="organisasi", name="Organisasi", actions=[
    ...         Action(id="org-1", targets=Target.of(2018, "25%", "35%", "60%", "80%", "100%"),
    ...                budget=150_000_000)])])
    >>> report = attain(rm, [Realization.parse("org-1", 2018, "20%"),
    ...                      Realization.parse("org-1", 2019, "35%")],
    ...                 as_of=pendulum.date(2019, 12, 31))
    >>> report.row("org-1", 2018).percent, report.row("org-1", 2018).band.indonesian
    (Decimal('80.00'), 'Tinggi')
    >>> print(report.target("org-1").explanation.english)
    cumulative, judged on its latest value (2019) against the target for 2019;
    higher is better: R/T × 100% = 35/35 × 100% = 100.00%
    """
    _checks.argument("attain", "roadmap", roadmap, RoadMap, Message("RoadMap", "a RoadMap"))
    day = as_date(as_of)
    language = _checks.language("attain", lang)
    opts = AttainmentOptions(
        lower_is_better=lower_is_better,
        cap=cap,
        method=method,
        bands=bands,
        proration=proration,
        tolerance=tolerance,
        outlook_rule=outlook_rule,
        outlook_threshold=outlook_threshold,
    )
    given = _realizations(realizations)
    infos = {
        owner: attrs.evolve(
            info,
            formula=TargetFormula.of(
                info.target, lower_is_better=opts.lower_is_better, cap=opts.cap
            ),
        )
        for owner, info in _collect(roadmap).items()
    }
    known, left_out = _sort_realizations(roadmap, infos, given, day)
    start = roadmap.period.start
    memo = _Memo(day, opts.proration)
    targets = {
        owner: _target(info, known.get(owner, {}), day, start, opts, memo=memo)
        for owner, info in infos.items()
    }
    return AttainmentReport(
        roadmap_id=roadmap.id,
        as_of=day,
        options=opts,
        rows=tuple(row for t in targets.values() for row in t.rows),
        targets=tuple(targets.values()),
        rollups=_rollups(roadmap, infos, targets, day, opts),
        left_out=tuple(left.realization for left in left_out),
        left_out_reasons=left_out,
        lang=language,
    )
