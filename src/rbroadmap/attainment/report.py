"""The attainment report (*laporan capaian*): every figure, with its explanation.

`rbroadmap.attain` returns an `AttainmentReport`. It holds three tables, each
row an immutable object whose every figure is exact (`fractions.Fraction`,
``exact``) and shown rounded half up to two decimals (`decimal.Decimal`,
``percent``), with an ``explanation`` in Indonesian and English naming the
formula and its inputs:

* `AttainmentReport.rows`: one `Attainment` per target and year of its
  schedule: what was expected, what was realised, the attainment, its band and
  the budget absorption;
* `AttainmentReport.targets`: one `TargetAttainment` per target: its
  attainment to date, its progress towards the final-year target, and its
  forecast;
* `AttainmentReport.rollups`: one `rbroadmap.attainment.rollups.RollUp` per
  group (action, area, programme, unit, year, road map) and year, and to date.

**Plain records.** `AttainmentReport.to_records` turns a table into a list of
plain dicts, one per row, ready for ``pandas.DataFrame(records)`` without
pandas being a dependency. Numbers stay exact by default: percentages and
absorption as `decimal.Decimal` rounded to two places, money as `int`, dates
as ISO text. Pass ``numbers="float"`` for float columns that pandas can sum at
once (the two-decimal values convert without surprise), or ``numbers="str"``.
`AttainmentReport.to_dict` gives JSON-ready plain data (decimals as text, both
languages of every message).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any, Literal, TypeAlias, final

import attrs
import pendulum

from rbroadmap import _checks
from rbroadmap._checks import exact_decimal
from rbroadmap.attainment import _display, _lazy
from rbroadmap.attainment._numbers import round_half_up
from rbroadmap.attainment.bands import DEFAULT_BANDS, Band, BandTable
from rbroadmap.attainment.forecast import Forecast
from rbroadmap.attainment.formulas import Expected, Formula, LowerIsBetter, Outcome, TargetFormula
from rbroadmap.attainment.outlooks import OutlookRule
from rbroadmap.attainment.periods import Proration
from rbroadmap.attainment.realizations import Realization, RealizedValue, Verdict
from rbroadmap.attainment.rollups import Dimension, RollUp, RollUpMethod
from rbroadmap.messages import LabelledEnum, Lang, Message
from rbroadmap.notation import format_value
from rbroadmap.schedule import Direction, Shape
from rbroadmap.values import TargetValue, is_numeric

__all__ = [
    "Attainment",
    "AttainmentOptions",
    "AttainmentReport",
    "LeftOut",
    "LeftOutReason",
    "Numbers",
    "Status",
    "Table",
    "TargetAttainment",
]

Numbers: TypeAlias = Literal["decimal", "float", "str"]
"""How `AttainmentReport.to_records` writes decimal numbers."""

Table: TypeAlias = Literal["rows", "targets", "rollups"]
"""A table of the report: ``"rows"``, ``"targets"`` or ``"rollups"``."""


class Status(LabelledEnum):
    """Status (*status*) of a target in a year, or of a target to date."""

    JUDGED = "judged", "Dinilai", "Judged"
    """Dinilai: due and reported; the attainment is computed."""
    MISSING = "missing", "Belum dilaporkan", "Not reported"
    """Belum dilaporkan: due, but no realised value is known at ``as_of``."""
    UNDEFINED = "undefined", "Tidak terdefinisi", "Undefined"
    """Tidak terdefinisi: reported, but the formula is undefined (T/R with R = 0)."""
    NOT_DUE = "not-due", "Tidak ada target", "No target"
    """Tidak ada target: the year's cell is ``-``; nothing is due."""
    NOT_YET_DUE = "not-yet-due", "Belum jatuh tempo", "Not yet due"
    """Belum jatuh tempo: the year has not begun, or none of it has elapsed."""

    @property
    def due(self) -> bool:
        """Whether something was due: judged, missing or undefined."""
        return self in (Status.JUDGED, Status.MISSING, Status.UNDEFINED)

    @property
    def reported(self) -> bool:
        """Whether a realised value was judged: judged or undefined."""
        return self in (Status.JUDGED, Status.UNDEFINED)


class LeftOutReason(LabelledEnum):
    """Why a realisation is left out of every figure (*alasan tidak dihitung*)."""

    NOT_BEGUN = "not-begun", "Periodenya belum dimulai", "Its period has not begun"
    """Periodenya belum dimulai: its year, or its quarter, begins after ``as_of``."""
    RECORDED_LATER = (
        "recorded-later",
        "Dicatat setelah tanggal laporan",
        "Recorded after the report's date",
    )
    """Dicatat setelah tanggal laporan: its ``recorded`` date is after ``as_of``."""
    NOTHING_DUE = "nothing-due", "Tidak ada target tahun itu", "Nothing due that year"
    """Tidak ada target tahun itu: its year's cell is ``-``, so nothing is judged; the
    value feeds no figure and no trend."""


@final
@attrs.frozen(kw_only=True)
class LeftOut:
    """A realisation left out of every figure (*realisasi yang tidak dihitung*), and why.

    Attributes:
        realization: The realisation.
        reason: Why it was left out.
        explanation: The reason with its particulars, in both languages.
    """

    realization: Realization
    reason: LeftOutReason
    explanation: Message


def _cap(value: Decimal | int | None) -> Decimal | None:
    return None if value is None else exact_decimal(value, "AttainmentOptions", "cap")


def _tolerance(value: Decimal | int) -> Decimal:
    return exact_decimal(value, "AttainmentOptions", "tolerance")


def _check_cap(instance: object, attribute: attrs.Attribute[Any], value: Decimal | None) -> None:
    if value is not None and value <= 0:
        raise _checks.fail(
            instance, attribute.name, value, "batas atas harus positif", "a cap must be positive"
        )


def _threshold(value: Decimal | int) -> Decimal:
    return exact_decimal(value, "AttainmentOptions", "outlook_threshold")


def _check_threshold(instance: object, attribute: attrs.Attribute[Any], value: Decimal) -> None:
    if not 0 < value <= 100:
        raise _checks.fail(
            instance,
            attribute.name,
            value,
            "ambang harus lebih dari 0 dan paling banyak 100 persen",
            "a threshold must be above 0 and at most 100 percent",
        )


def _check_tolerance(instance: object, attribute: attrs.Attribute[Any], value: Decimal) -> None:
    if not 0 <= value <= 100:
        raise _checks.fail(
            instance,
            attribute.name,
            value,
            "toleransi harus antara 0 dan 100 poin persen",
            "a tolerance must be between 0 and 100 percentage points",
        )


def _lower_is_better(value: object) -> object:
    return _checks.as_member(LowerIsBetter, value)


def _method(value: object) -> object:
    return _checks.as_member(RollUpMethod, value)


def _proration(value: object) -> object:
    return _checks.as_member(Proration, value)


def _outlook_rule(value: object) -> object:
    return _checks.as_member(OutlookRule, value)


@final
@attrs.frozen(kw_only=True)
class AttainmentOptions:
    """Options (*pengaturan*) of an attainment report, as passed to `rbroadmap.attain`.

    Each choice is a member of its enumeration, or its value as text:
    ``method="worst"`` is ``RollUpMethod.WORST``.

    Attributes:
        lower_is_better: The formula for lower-is-better targets.
        cap: The highest attainment reported, in percent (100, 120, 150), or
            ``None`` for no cap (the default: no regulation caps attainment).
        method: How roll-ups combine their targets.
        bands: The status band table.
        proration: How the elapsed share of the current year is counted.
        tolerance: How many percentage points short of 100% a forecast may
            fall and still be *at risk* rather than *off track*.
        outlook_rule: How a group's outlook is decided from its targets'
            (`rbroadmap.attainment.outlooks.OutlookRule`).
        outlook_threshold: For the threshold-share rule: the share of a group's
            targets, in percent, that must be on track.

    >>> AttainmentOptions(cap=120).cap
    Decimal('120')
    """

    lower_is_better: LowerIsBetter = attrs.field(
        default=LowerIsBetter.DIFFERENCE,
        converter=_lower_is_better,
        validator=_checks.member_of(LowerIsBetter),
    )
    cap: Decimal | None = attrs.field(default=None, converter=_cap, validator=_check_cap)
    method: RollUpMethod = attrs.field(
        default=RollUpMethod.MEAN,
        converter=_method,
        validator=_checks.member_of(RollUpMethod),
    )
    bands: BandTable = attrs.field(default=DEFAULT_BANDS, validator=_checks.instance_of(BandTable))
    proration: Proration = attrs.field(
        default=Proration.QUARTERS,
        converter=_proration,
        validator=_checks.member_of(Proration),
    )
    tolerance: Decimal = attrs.field(
        default=Decimal(15), converter=_tolerance, validator=_check_tolerance
    )
    outlook_rule: OutlookRule = attrs.field(
        default=OutlookRule.COMBINED,
        converter=_outlook_rule,
        validator=_checks.member_of(OutlookRule),
    )
    outlook_threshold: Decimal = attrs.field(
        default=Decimal(80), converter=_threshold, validator=_check_threshold
    )


def _report_lang(value: object) -> Lang:
    if value in {"id", "en"}:
        return "id" if value == "id" else "en"
    if isinstance(value, str):
        raise _checks.fail_named(
            "AttainmentReport", "lang", value, "harus 'id' atau 'en'", "must be 'id' or 'en'"
        )
    raise _checks.wrong_type_named(
        "AttainmentReport", "lang", value, "'id' atau 'en' / 'id' or 'en'"
    )


def _pct(value: Fraction | None) -> Decimal | None:
    return None if value is None else round_half_up(value)


def _absorption(spent: int | None, budget: int | None) -> Fraction | None:
    if spent is None or not budget:
        return None
    return Fraction(spent * 100, budget)


@final
@attrs.frozen(kw_only=True)
class Attainment:
    """Attainment (*capaian*) of one target in one year.

    Attributes:
        target_id: The id of the action that holds the target.
        area_id: The id of its area of change, or ``None`` for an indicator
            outside every area (a theme's, a goal table's, an achievement's).
        year: The year.
        cell: The year's target cell, as written.
        status: Judged, missing, undefined, not due or not yet due.
        expected: What was expected by ``as_of`` (the cell, pro-rated while the
            year runs), or ``None`` when nothing is due.
        realization: The realisation judged: the year's own, or else its latest
            quarter's, known at ``as_of``; ``None`` if none.
        exact: The attainment in percent, exactly, or ``None``.
        formula: The formula used, or ``None``.
        band: The status band, or ``None``.
        budget: The target's budget for the year: its annual budget, or its
            amount for the year when the budget is given per year; ``None`` when it
            has none for the year (a total for the period gives no year's amount).
        explanation: How the figure came about, with its inputs.
    """

    target_id: str
    area_id: str | None
    year: int
    cell: TargetValue
    status: Status
    expected: Expected | None
    realization: Realization | None
    exact: Fraction | None
    formula: Formula | None
    band: Band | None
    budget: int | None
    _explanation: _lazy.Explanation = attrs.field(
        alias="explanation", eq=_lazy.message, repr=_lazy.show
    )

    @property
    def explanation(self) -> Message:
        """How the figure came about, with its inputs."""
        return _lazy.read(self, "_explanation")

    __repr__ = _lazy.lazy_repr

    @property
    def percent(self) -> Decimal | None:
        """The attainment rounded half up to two decimals, or ``None``."""
        return _pct(self.exact)

    @property
    def realized(self) -> RealizedValue | None:
        """The realised value judged, or ``None``."""
        return None if self.realization is None else self.realization.value

    @property
    def spent(self) -> int | None:
        """The rupiah spent in the year, as reported, or ``None``."""
        return None if self.realization is None else self.realization.spent

    @property
    def absorption_exact(self) -> Fraction | None:
        """Budget absorption (*penyerapan anggaran*): spent / budget × 100, exactly."""
        return _absorption(self.spent, self.budget)

    @property
    def absorption(self) -> Decimal | None:
        """Budget absorption in percent, rounded half up to two decimals."""
        return _pct(self.absorption_exact)


@final
@attrs.frozen(kw_only=True)
class TargetAttainment:
    """Attainment of one target to date (*capaian target s.d. tanggal laporan*).

    A cumulative schedule is judged on its latest value: the latest realised
    value known against what is expected by ``as_of``. Steady, one-off,
    periodic and other schedules are judged year by year on their own terms:
    the figure to date is the mean of the due years' attainments.

    Attributes:
        target_id: The id of the action that holds the target.
        area_id: The id of its area of change, or ``None`` for an indicator
            outside every area (a theme's, a goal table's, an achievement's).
        label: The action's text, else its result's (an output of a sub-activity), or its id.
        shape: The schedule's shape.
        cumulative: Whether it is read as cumulative.
        direction: Whether higher or lower is better.
        programme: The programme's key (see `RollUp.key`), or ``None``.
        units: The responsible units' keys.
        budget: The budget it weighs in roll-ups to date, counted once: its
            budget for the latest year due so far (else the first due), that is its
            annual budget, or that year's amount of a budget given per year;
            ``None`` when it has none (a total for the period is never spread).
        rows: Its rows, one per year of the schedule.
        status: Judged, missing, undefined, not yet due (nothing due so far)
            or not due (nothing is ever due).
        exact: The attainment to date in percent, exactly, or ``None``.
        band: Its status band, or ``None``.
        explanation: How it was computed.
        progress: The latest realised value against the final-year target, or
            ``None``.
        forecast: The forecast for the final year.
        spent: The rupiah spent to date, as reported, or ``None``.
        spent_budget: The budgets of the years whose spending was reported,
            added up: what `spent` is measured against.
        formula: The formula its figures were judged with: its direction, its
            lower-is-better formula and cap (its own, else the report's).
    """

    target_id: str
    area_id: str | None
    label: str
    shape: Shape
    cumulative: bool
    direction: Direction
    programme: str | None
    units: tuple[str, ...]
    budget: int | None
    rows: tuple[Attainment, ...]
    status: Status
    exact: Fraction | None
    band: Band | None
    _explanation: _lazy.Explanation = attrs.field(
        alias="explanation", eq=_lazy.message, repr=_lazy.show
    )
    progress: Outcome | None
    forecast: Forecast
    spent: int | None
    spent_budget: int | None
    formula: TargetFormula = attrs.field(factory=TargetFormula)

    @property
    def explanation(self) -> Message:
        """How it was computed."""
        return _lazy.read(self, "_explanation")

    __repr__ = _lazy.lazy_repr

    @property
    def percent(self) -> Decimal | None:
        """The attainment to date rounded half up to two decimals, or ``None``."""
        return _pct(self.exact)

    @property
    def due(self) -> int:
        """How many years were due so far."""
        return sum(1 for r in self.rows if r.status.due)

    @property
    def reported(self) -> int:
        """How many due years were reported."""
        return sum(1 for r in self.rows if r.status.reported)

    @property
    def absorption_exact(self) -> Fraction | None:
        """Σ spent / Σ budget × 100 over the years whose spending was reported."""
        return _absorption(self.spent, self.spent_budget)

    @property
    def absorption(self) -> Decimal | None:
        """Budget absorption to date in percent, rounded half up to two decimals."""
        return _pct(self.absorption_exact)


def _number(value: Decimal | None, numbers: Numbers) -> Decimal | float | str | None:
    if value is None:
        return None
    if numbers == "float":
        return float(value)
    if numbers == "str":
        return str(value)
    return value


def _realized_text(value: RealizedValue | None, lang: Lang) -> str | None:
    if value is None:
        return None
    if isinstance(value, Verdict):
        return value.label.get(lang)
    return format_value(value)


def _magnitude(value: RealizedValue | None) -> Decimal | None:
    if is_numeric(value):
        return value.magnitude
    return None


def _date_text(value: pendulum.Date | None) -> str | None:
    return None if value is None else value.isoformat()


def _two(value: Fraction | None) -> Decimal | None:
    return None if value is None else round_half_up(value)


_Text = Callable[[Message], Any]


def _left_out_record(left: LeftOut | None, text: _Text) -> dict[str, Any]:
    if left is None:
        return {"reason": None, "explanation": None}
    return {"reason": left.reason.value, "explanation": text(left.explanation)}


@final
@attrs.frozen(kw_only=True)
class AttainmentReport:
    """Attainment report (*laporan capaian*) of a road map at a date.

    Attributes:
        roadmap_id: The road map's id.
        as_of: The date of the report: what was due and known then.
        options: The options it was computed with.
        rows: One `Attainment` per target and year of its schedule, target by
            target in document order.
        targets: One `TargetAttainment` per target, in document order.
        rollups: Every `RollUp`: by year, the road map to date, then by area,
            programme, unit and action, each group year by year and to date.
        left_out: Realisations left out of every figure: not yet known at
            ``as_of`` (for a later period, or recorded after it), or for a year
            with nothing due (``-``); by target in document order, then by
            period (a whole year after its quarters), whatever the order they
            were given in.
        left_out_reasons: Why each of `left_out` was left out, in the same
            order: one `LeftOut` per realisation.
        lang: The language the report shows itself in: its text (`to_text`,
            ``str``), its notebook display (`to_html`) and its records
            (`to_records`). Every explanation holds both languages.
    """

    roadmap_id: str
    as_of: pendulum.Date
    options: AttainmentOptions
    rows: tuple[Attainment, ...]
    targets: tuple[TargetAttainment, ...]
    rollups: tuple[RollUp, ...]
    left_out: tuple[Realization, ...] = ()
    left_out_reasons: tuple[LeftOut, ...] = ()
    lang: Lang = attrs.field(default="id", converter=_report_lang)
    _targets: dict[str, TargetAttainment] = attrs.field(
        init=False, factory=dict, eq=False, hash=False, repr=False
    )
    _rollups: dict[tuple[Dimension, str | None, int | None], RollUp] = attrs.field(
        init=False, factory=dict, eq=False, hash=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        for target in self.targets:
            self._targets[target.target_id] = target
        for rollup in self.rollups:
            self._rollups[(rollup.dimension, rollup.key, rollup.year)] = rollup

    # -- lookups

    def target(self, target_id: str) -> TargetAttainment:
        """Return the attainment of the target held by *target_id*.

        Raises:
            KeyError: If the report has no such target.
        """
        return self._targets[target_id]

    def row(self, target_id: str, year: int) -> Attainment:
        """Return the attainment of *target_id* in *year*.

        Raises:
            KeyError: If the target has no cell for that year.
        """
        for row in self._targets[target_id].rows:
            if row.year == year:
                return row
        raise KeyError((target_id, year))

    def rollup(
        self, dimension: Dimension | str, key: str | None = None, *, year: int | None = None
    ) -> RollUp:
        """Return one roll-up: by *dimension* and *key*, for *year* or to date.

        For ``"roadmap"`` the key may be left out; for ``"year"`` give the year
        as *key* (``"2020"``) or as *year*.

        Raises:
            KeyError: If there is no such roll-up.

        """
        dim = Dimension(dimension)
        if dim is Dimension.ROADMAP and key is None:
            key = self.roadmap_id
        if dim is Dimension.YEAR:
            if key is None and year is not None:
                key = str(year)
            if key is not None and year is None:
                year = int(key)
        return self._rollups[(dim, key, year)]

    def rollups_by(
        self, dimension: Dimension | str, *, year: int | None = None
    ) -> tuple[RollUp, ...]:
        """Every roll-up of *dimension*, for *year* or (by default) to date.

        For ``"year"``, every year's roll-up whatever *year* says.
        """
        dim = Dimension(dimension)
        if dim is Dimension.YEAR:
            return tuple(r for r in self.rollups if r.dimension is dim)
        return tuple(r for r in self.rollups if r.dimension is dim and r.year == year)

    @property
    def overall(self) -> RollUp:
        """The road map to date: every target, with the forecast for the final year."""
        return self.rollup(Dimension.ROADMAP)

    def by_year(self, year: int) -> RollUp:
        """The roll-up of every target due in *year*."""
        return self.rollup(Dimension.YEAR, year=year)

    # -- display

    def with_lang(self, lang: Lang) -> AttainmentReport:
        """Return the same report, showing itself in *lang*."""
        return attrs.evolve(self, lang=_checks.language("AttainmentReport.with_lang", lang))

    def __repr__(self) -> str:
        return _display.report_repr(self)

    def __str__(self) -> str:
        return self.to_text()

    def to_text(
        self,
        lang: Lang | None = None,
        *,
        width: int | None = None,
        number_lang: Lang | None = None,
    ) -> str:
        """Return the report as readable text, in *lang* (by default the report's).

        The headline (attainment to date, its band, how many due targets
        reported, the budget absorbed and the outlook for the final year),
        the roll-ups by year and by area of change, the targets projected to
        miss their final target, worst first, and the due targets that did not
        report. Every figure is in `to_records`, with its explanation.

        Args:
            lang: The language, by default the report's.
            width: The longest line, in characters: a long name wraps inside
                its column. ``None`` (the default) for no limit.
            number_lang: The notation of the numbers, by default that of
                *lang* (``92,08%`` in Indonesian, ``92.08%`` in English).
        """
        language = self.lang if lang is None else _checks.language("AttainmentReport.to_text", lang)
        numbers = _checks.number_language("AttainmentReport.to_text", number_lang, language)
        return _display.report_text(
            self, language, numbers, _checks.width("AttainmentReport.to_text", width, least=40)
        )

    def to_html(self, lang: Lang | None = None, *, number_lang: Lang | None = None) -> str:
        """Return a compact HTML summary, in *lang* (by default the report's).

        What a notebook shows: the headline, the roll-ups by year and by area
        of change with bars (the tick marks 100%), the targets off track, worst
        first. Numbers are in the notation of *number_lang*, by default that of
        *lang*.
        """
        language = self.lang if lang is None else _checks.language("AttainmentReport.to_html", lang)
        numbers = _checks.number_language("AttainmentReport.to_html", number_lang, language)
        return _display.report_html(self, language, numbers)

    def _repr_html_(self) -> str:
        """A compact summary for notebooks: headline, years and areas with bars, off track."""
        return self.to_html()

    # -- plain data

    def to_records(
        self, table: Table = "rows", *, lang: Lang | None = None, numbers: Numbers = "decimal"
    ) -> list[dict[str, Any]]:
        """The rows of one table as plain dicts, ready for ``pandas.DataFrame``.

        Args:
            table: ``"rows"`` (one per target and year), ``"targets"`` (one per
                target, to date, with the forecast) or ``"rollups"``.
            lang: The language of labels and explanations, ``"id"`` or ``"en"``;
                by default the report's. Target cells stay in the document's
                notation, so that `rbroadmap.parse_value` reads them back.
            numbers: ``"decimal"`` (exact `Decimal` rounded to two places, the
                default), ``"float"`` or ``"str"``.

        Money is whole rupiah (`int`), dates ISO text (``"2020-12-31"``), and a
        missing figure ``None``.
        """
        language = self.lang if lang is None else _checks.language("to_records", lang)
        _checks.literal("to_records", "numbers", numbers, ("decimal", "float", "str"))
        _checks.literal("to_records", "table", table, ("rows", "targets", "rollups"))

        def text(message: Message) -> str:
            return message.get(language)

        if table == "rows":
            return [self._row_record(r, text, language, numbers, flat=True) for r in self.rows]
        if table == "targets":
            return [self._target_record(t, text, numbers, flat=True) for t in self.targets]
        return [self._rollup_record(r, text, numbers, flat=True) for r in self.rollups]

    def to_dict(self) -> dict[str, Any]:
        """The whole report as JSON-ready plain data.

        Decimals are text (``"91.67"``), so that no digit is lost; every message
        is given in both languages as ``{"id": ..., "en": ...}``.
        """

        def both(message: Message) -> dict[str, str]:
            return {"id": message.indonesian, "en": message.english}

        opts = self.options
        why = {left.realization: left for left in self.left_out_reasons}
        return {
            "roadmap": self.roadmap_id,
            "as_of": self.as_of.isoformat(),
            "options": {
                "lower_is_better": opts.lower_is_better.value,
                "cap": None if opts.cap is None else str(opts.cap),
                "method": opts.method.value,
                "bands": opts.bands.name,
                "proration": opts.proration.value,
                "tolerance": str(opts.tolerance),
                "outlook_rule": opts.outlook_rule.value,
                "outlook_threshold": str(opts.outlook_threshold),
            },
            "rows": [self._row_record(r, both, "en", "str", flat=False) for r in self.rows],
            "targets": [self._target_record(t, both, "str", flat=False) for t in self.targets],
            "rollups": [self._rollup_record(r, both, "str", flat=False) for r in self.rollups],
            "left_out": [
                {"target_id": r.target_id, "year": r.year, "quarter": r.quarter}
                | _left_out_record(why.get(r), both)
                for r in self.left_out
            ],
        }

    def _row_record(
        self, row: Attainment, text: _Text, lang: Lang, numbers: Numbers, *, flat: bool
    ) -> dict[str, Any]:
        expected = row.expected
        low = high = None
        if expected is not None and expected.low is not None and expected.high is not None:
            low = _two(expected.low)
            high = _two(expected.high) if expected.is_range else None
        realization = row.realization
        return {
            "roadmap": self.roadmap_id,
            "as_of": self.as_of.isoformat(),
            "target_id": row.target_id,
            "area_id": row.area_id,
            "year": row.year,
            "status": row.status.value,
            "target": format_value(row.cell),
            "expected": _number(low, numbers),
            "expected_high": _number(high, numbers),
            "realized": _realized_text(row.realized, lang)
            if flat
            else (
                None
                if row.realized is None
                else {
                    "id": _realized_text(row.realized, "id"),
                    "en": _realized_text(row.realized, "en"),
                }
            ),
            "realized_value": _number(_magnitude(row.realized), numbers),
            "quarter": None if realization is None else realization.quarter,
            "recorded": None if realization is None else _date_text(realization.recorded),
            "attainment": _number(row.percent, numbers),
            "formula": None if row.formula is None else row.formula.value,
            "band": None if row.band is None else text(row.band.label),
            "band_code": None if row.band is None else row.band.code,
            "budget": row.budget,
            "spent": row.spent,
            "absorption": _number(row.absorption, numbers),
            "note": None if realization is None else realization.note,
            "explanation": text(row.explanation),
        }

    def _target_record(
        self, target: TargetAttainment, text: _Text, numbers: Numbers, *, flat: bool
    ) -> dict[str, Any]:
        forecast = target.forecast
        progress = None if target.progress is None else target.progress.percent
        return {
            "roadmap": self.roadmap_id,
            "as_of": self.as_of.isoformat(),
            "target_id": target.target_id,
            "area_id": target.area_id,
            "action": target.label,
            "shape": target.shape.value,
            "cumulative": target.cumulative,
            "direction": target.direction.value,
            "programme": target.programme,
            "units": "; ".join(target.units) if flat else list(target.units),
            "status": target.status.value,
            "due": target.due,
            "reported": target.reported,
            "attainment": _number(target.percent, numbers),
            "band": None if target.band is None else text(target.band.label),
            "band_code": None if target.band is None else target.band.code,
            "progress": _number(progress, numbers),
            "final_year": forecast.final_year,
            "final_target": None
            if forecast.final_target is None
            else format_value(forecast.final_target),
            "forecast_method": forecast.method.value,
            "forecast_start": None if forecast.start is None else forecast.start.source.value,
            "projected_value": _number(_two(forecast.projected_value), numbers),
            "forecast_clipped": forecast.clipped,
            "forecast": _number(forecast.percent, numbers),
            "outlook": text(forecast.outlook.label),
            "outlook_code": forecast.outlook.value,
            "budget": target.budget,
            "spent": target.spent,
            "absorption": _number(target.absorption, numbers),
            "explanation": text(target.explanation),
            "forecast_explanation": text(forecast.explanation),
        }

    def _rollup_record(
        self, rollup: RollUp, text: _Text, numbers: Numbers, *, flat: bool
    ) -> dict[str, Any]:
        def ids(values: tuple[str, ...]) -> str | list[str]:
            return "; ".join(values) if flat else list(values)

        counts = rollup.outlook_counts

        return {
            "roadmap": self.roadmap_id,
            "as_of": self.as_of.isoformat(),
            "dimension": rollup.dimension.value,
            "key": rollup.key,
            "label": rollup.label,
            "year": rollup.year,
            "method": rollup.method.value,
            "attainment": _number(rollup.percent, numbers),
            "mean": _number(_two(rollup.mean), numbers),
            "budget_weighted": _number(_two(rollup.budget_weighted), numbers),
            "worst": _number(_two(rollup.worst), numbers),
            "band": None if rollup.band is None else text(rollup.band.label),
            "band_code": None if rollup.band is None else rollup.band.code,
            "due": rollup.due,
            "reported": rollup.reported,
            "coverage": _number(rollup.coverage, numbers),
            "missing": ids(rollup.missing),
            "undefined": ids(rollup.undefined),
            "budget": rollup.budget,
            "spent": rollup.spent,
            "absorption": _number(rollup.absorption, numbers),
            "forecast": _number(rollup.forecast, numbers),
            "outlook": None if rollup.outlook is None else text(rollup.outlook.label),
            "outlook_code": None if rollup.outlook is None else rollup.outlook.value,
            "meeting": rollup.meeting if rollup.year is None else None,
            "at_risk": ids(rollup.at_risk),
            "outlook_on_track": None if counts is None else counts.on_track,
            "outlook_at_risk": None if counts is None else counts.at_risk,
            "outlook_off_track": None if counts is None else counts.off_track,
            "outlook_unknown": None if counts is None else counts.unknown,
            "outlook_explanation": None
            if rollup.outlook_explanation is None
            else text(rollup.outlook_explanation),
            "explanation": text(rollup.explanation),
        }
