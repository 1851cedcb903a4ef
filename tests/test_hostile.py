"""The calculator and the rules under hostile values.

Zero targets, zero and negative realisations, numbers at the model's bounds
(15 integer digits, 12 decimals; rupiah up to 10**18 - 1), empty road maps,
road maps whose targets are all ``-``, megabytes of text, and a caller whose
decimal context would round or trap: every result is defined and documented
(an attainment is a `Fraction` of at least 0, or ``None`` with the reason),
never NaN, and no exception of the standard library escapes.
"""

from __future__ import annotations

import decimal
import json
import math
import random
from collections.abc import Callable, Iterator
from decimal import Decimal
from fractions import Fraction
from typing import Any

import pendulum
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rbroadmap as rb
from rbroadmap import scales
from rbroadmap.attainment import Status
from rbroadmap.notation import MAX_RUPIAH
from support.hostile import hostile_texts
from support.scaling import assert_growth, calls

# -- the model's bounds

BIGGEST = Decimal("999999999999999.999999999999")  # 15 integer digits, 12 decimals
SMALLEST = Decimal("0.000000000001")
# Written out: negating BIGGEST would compute under the decimal context, made hostile below.
NEGATIVE_BIGGEST = Decimal("-999999999999999.999999999999")
NEGATIVE_SMALLEST = Decimal("-0.000000000001")
BIGGEST_COUNT = 10**15 - 1
PERIOD = rb.Period(2018, 2022)
DAY = pendulum.date(2020, 6, 30)  # two years over, the third half done


def roadmap(*actions: rb.Action, **changes: Any) -> rb.RoadMap:
    """A road map 2018-2022 of one area holding *actions*."""
    return rb.RoadMap(
        id="kota-x",
        government="Kota X",
        period=PERIOD,
        areas=[rb.Area(id="area", name="Area", actions=actions)] if actions else [],
        **changes,
    )


def target(*cells: rb.TargetValue, direction: rb.Direction = rb.Direction.HIGHER) -> rb.Target:
    return rb.Target(values=dict(zip(PERIOD.years, cells, strict=False)), direction=direction)


def figures(report: rb.AttainmentReport) -> Iterator[Fraction | None]:
    """Every exact figure of a report."""
    for row in report.rows:
        yield row.exact
    for t in report.targets:
        yield t.exact
        yield t.forecast.exact
        yield t.forecast.projected_value
        yield None if t.progress is None else t.progress.exact
    for r in report.rollups:
        yield from (r.exact, r.mean, r.budget_weighted, r.worst, r.forecast_exact)
        yield r.absorption_exact


def check_report(report: rb.AttainmentReport, *, cap: Decimal | int | None = None) -> None:
    """What every report promises: exact figures, never below 0, never NaN, plain data."""
    for figure in figures(report):
        assert figure is None or isinstance(figure, Fraction)
    for figure in (r.exact for r in report.rows):
        if figure is not None:
            assert figure >= 0
            if cap is not None:
                assert figure <= Fraction(cap)
    for row in report.rows:
        if row.status is Status.UNDEFINED:
            assert row.exact is None
            assert "undefined" in row.explanation.english
    text = json.dumps(report.to_dict(), allow_nan=False)
    assert "NaN" not in text
    assert "Infinity" not in text
    for table in ("rows", "targets", "rollups"):
        for record in report.to_records(table, numbers="float"):  # type: ignore[arg-type]
            for value in record.values():
                if isinstance(value, float):
                    assert not math.isnan(value)
                    assert abs(value) != float("inf")


def check_validation(subject: rb.RoadMap) -> rb.Report:
    report = rb.validate(subject, as_of=DAY)
    json.dumps(report.to_dict(), allow_nan=False)
    assert report.to_text("en")
    return report


# -- zero, negative and enormous values


ZERO_CASES = [
    # (target cell, direction, realised, formula, exact)
    (rb.Percentage(0), rb.Direction.HIGHER, rb.Percentage(0), "zero-target", 100),
    (rb.Percentage(0), rb.Direction.HIGHER, rb.Percentage(BIGGEST), "zero-target", 100),
    (rb.Percentage(0), rb.Direction.LOWER, rb.Percentage(0), "zero-target", 100),
    (rb.Percentage(0), rb.Direction.LOWER, rb.Percentage(SMALLEST), "zero-target", 0),
    (rb.Count(0, "OPD"), rb.Direction.LOWER, rb.Count(BIGGEST_COUNT, "OPD"), "zero-target", 0),
    (rb.Percentage(50), rb.Direction.HIGHER, rb.Percentage(0), "higher", 0),
    (rb.Percentage(50), rb.Direction.HIGHER, rb.Percentage(-50), "higher", 0),  # floored
    (rb.Percentage(50), rb.Direction.LOWER, rb.Percentage(0), "lower-difference", 200),
    (rb.Percentage(50), rb.Direction.LOWER, rb.Percentage(-50), "lower-difference", 300),
    (rb.Percentage(50), rb.Direction.LOWER, rb.Percentage(BIGGEST), "lower-difference", 0),
    # Regression: a negative target gave 50% for -25 against -50 (better than the target)
    # and 0% for 25; and a value below a target of 0 met it when higher is better.
    (rb.Percentage(-50), rb.Direction.HIGHER, rb.Percentage(-25), "higher", None),
    (rb.Percentage(-50), rb.Direction.HIGHER, rb.Percentage(25), "higher", None),
    (rb.Percentage(-50), rb.Direction.LOWER, rb.Percentage(-75), "lower-difference", None),
    (rb.Level(0), rb.Direction.HIGHER, rb.Level(99), "zero-target", 100),
    (rb.IndexScore("IKM", 0), rb.Direction.HIGHER, rb.IndexScore("IKM", -1), "zero-target", 0),
    (rb.IndexScore("IKM", 0), rb.Direction.LOWER, rb.IndexScore("IKM", -1), "zero-target", 100),
    (
        rb.Range(rb.Percentage(0), rb.Percentage(10)),
        rb.Direction.LOWER,
        rb.Percentage(-1),
        "range",
        100,
    ),
    (
        rb.Range(rb.Percentage(0), rb.Percentage(10)),
        rb.Direction.LOWER,
        rb.Percentage(20),
        "range",
        0,
    ),
    (
        rb.Range(rb.Percentage(-10), rb.Percentage(10)),
        rb.Direction.HIGHER,
        rb.Percentage(-20),
        "range",
        None,
    ),
    (
        rb.Percentage(SMALLEST),
        rb.Direction.HIGHER,
        rb.Percentage(BIGGEST),
        "higher",
        Fraction(BIGGEST) / Fraction(SMALLEST) * 100,
    ),
]


@pytest.mark.parametrize(
    ("cell", "direction", "realised", "formula", "exact"),
    ZERO_CASES,
    ids=[f"{rb.format_value(c)}-{d.value}-{rb.format_value(r)}" for c, d, r, *_ in ZERO_CASES],
)
def test_zero_negative_and_enormous_values_have_defined_attainments(
    cell: rb.TargetValue,
    direction: rb.Direction,
    realised: rb.Percentage,
    formula: str,
    exact: Fraction | None,
) -> None:
    subject = roadmap(rb.Action(id="a1", targets=target(cell, direction=direction)))
    realised_first = [rb.Realization(target_id="a1", year=2018, value=realised)]
    for cap in (None, 120):
        report = rb.attain(subject, realised_first, as_of=DAY, cap=cap)
        row = report.row("a1", 2018)
        assert row.status is (Status.UNDEFINED if exact is None else Status.JUDGED)
        assert row.formula is not None
        assert row.formula.value == formula
        assert row.exact == (exact if exact is None or cap is None else min(exact, cap))
        check_report(report, cap=cap)


def test_an_enormous_attainment_keeps_every_digit() -> None:
    # Regression: percentages were rounded to 28 digits by the decimal context
    # and shown as 1.000000000000000000000000000E+29 (29 digits).
    subject = roadmap(rb.Action(id="a1", targets=target(rb.Percentage(SMALLEST))))
    report = rb.attain(
        subject,
        [rb.Realization(target_id="a1", year=2018, value=rb.Percentage(BIGGEST))],
        as_of=DAY,
    )
    percent = report.row("a1", 2018).percent
    assert percent == Decimal("99999999999999999999999999900.00")
    assert str(percent) == "99999999999999999999999999900.00"
    assert report.to_dict()["rows"][0]["attainment"] == "99999999999999999999999999900.00"


@pytest.mark.parametrize("lower", list(rb.LowerIsBetter))
@pytest.mark.parametrize("cap", [None, SMALLEST, 120, BIGGEST])
def test_a_realised_zero_under_t_over_r_is_undefined_or_capped(
    lower: rb.LowerIsBetter, cap: Decimal | int | None
) -> None:
    subject = roadmap(
        rb.Action(id="a1", targets=target(rb.Percentage(20), direction=rb.Direction.LOWER))
    )
    realised = [rb.Realization(target_id="a1", year=2018, value=rb.Percentage(0))]
    report = rb.attain(subject, realised, as_of=DAY, lower_is_better=lower, cap=cap)
    row = report.row("a1", 2018)
    if lower is rb.LowerIsBetter.RATIO and cap is None:
        assert row.status is Status.UNDEFINED
        assert row.exact is None
        assert report.overall.undefined == ("a1",)
    else:
        assert row.status is Status.JUDGED
        assert row.exact is not None
    check_report(report, cap=cap)


def test_empty_road_maps_have_nothing_due() -> None:
    for subject in (roadmap(), roadmap(rb.Action(id="a1", text="Tanpa target"))):
        report = rb.attain(subject, [], as_of=DAY)
        assert report.rows == ()
        assert report.targets == ()
        assert report.overall.exact is None
        assert report.overall.due == 0
        assert report.overall.coverage is None
        assert report.overall.outlook is rb.Outlook.UNKNOWN
        check_report(report)
        check_validation(subject)
        assert rb.budget_summary(subject).total == 0
        assert subject._repr_html_()


def test_a_road_map_whose_targets_are_all_dashes_has_nothing_due() -> None:
    dashes = target(*[rb.NO_TARGET] * 5)
    subject = roadmap(
        rb.Action(id="a1", targets=dashes, budget=MAX_RUPIAH),
        rb.Action(id="a2", shares="a1"),
    )
    for day in (pendulum.date(2017, 1, 1), DAY, pendulum.date(2030, 1, 1)):
        report = rb.attain(subject, [], as_of=day)
        assert {row.status for row in report.rows} == {Status.NOT_DUE}
        (only,) = report.targets
        assert only.status is Status.NOT_DUE
        assert only.exact is None
        assert only.forecast.outlook is rb.Outlook.UNKNOWN
        assert report.overall.due == 0
        check_report(report)
    assert dashes.shape is rb.Shape.EMPTY
    check_validation(subject)


# -- everything at the model's bounds flows through


def at_the_bounds() -> tuple[rb.RoadMap, list[rb.Realization]]:
    """A road map whose every number is at a bound of the model, and realisations to match."""
    cells: list[rb.TargetValue] = [
        rb.Percentage(BIGGEST),
        rb.Percentage(NEGATIVE_BIGGEST),
        rb.Percentage(SMALLEST),
        rb.Count(BIGGEST_COUNT, "OPD", "Dan masyarakat"),
        rb.IndexScore("IKM", BIGGEST),
        rb.Level(99, "Optimum"),
        rb.Range(rb.Count(0, "Orang"), rb.Count(BIGGEST_COUNT, "Orang")),
        rb.Range(rb.Percentage(NEGATIVE_BIGGEST), rb.Percentage(BIGGEST)),
    ]
    actions = []
    realised = []
    for i, cell in enumerate(cells):
        for direction in rb.Direction:
            action_id = f"a{i}-{direction.value}"
            actions.append(
                rb.Action(
                    id=action_id,
                    text="Aksi",
                    targets=target(cell, cell, rb.NO_TARGET, cell, cell, direction=direction),
                    budget=MAX_RUPIAH if i % 2 else 0,
                    units=["BKPSDM"],
                    programme="Program X",
                )
            )
            low = cell.low if isinstance(cell, rb.Range) else cell
            for year in (2018, 2019, 2020):
                value: Any = low
                if isinstance(low, rb.Count) and year == 2019:
                    value = rb.Count(0, low.unit)
                elif isinstance(low, rb.Percentage) and year == 2019:
                    value = rb.Percentage(low.value.copy_negate() if low.value else BIGGEST)
                realised.append(
                    rb.Realization(
                        target_id=action_id, year=year, value=value, spent=MAX_RUPIAH, quarter=None
                    )
                )
    indicator = rb.Indicator(
        id="ikm",
        name="Indeks Kepuasan Masyarakat",
        current=rb.IndexScore("IKM", BIGGEST),
        aim=rb.IndexScore("IKM", NEGATIVE_BIGGEST),
        baseline_category="sangat baik",
        target_category="baik",
    )
    subject = roadmap(
        *actions,
        achievements=[rb.Achievement(id="ach", name="Kualitas", indicators=[indicator])],
    )
    return subject, realised


@pytest.mark.parametrize("method", list(rb.RollUpMethod))
@pytest.mark.parametrize("lower", list(rb.LowerIsBetter))
def test_numbers_at_the_models_bounds_flow_through_attain(
    method: rb.RollUpMethod, lower: rb.LowerIsBetter
) -> None:
    subject, realised = at_the_bounds()
    for cap in (None, BIGGEST):
        report = rb.attain(
            subject,
            realised,
            as_of=DAY,
            method=method,
            lower_is_better=lower,
            cap=cap,
            tolerance=100,
            proration=rb.Proration.DAYS,
        )
        check_report(report, cap=cap)
        assert report.overall.budget == MAX_RUPIAH * 8


def test_numbers_at_the_models_bounds_flow_through_validate_and_json() -> None:
    subject, _ = at_the_bounds()
    check_validation(subject)
    text = rb.to_json(subject)
    again = rb.from_json(text, rb.RoadMap)
    assert again == subject
    assert rb.to_json(again) == text
    summary = rb.budget_summary(subject)
    assert summary.total == MAX_RUPIAH * 8  # a total may exceed the largest budget
    assert "Rp7.999.999.999.999.999.992" in subject._repr_html_()


def test_a_total_of_budgets_beyond_the_largest_budget_is_shown() -> None:
    # Regression: the notebook display wrote the total with format_rupiah, which
    # refuses more than MAX_RUPIAH, and raised ValueError.
    subject = roadmap(*(rb.Action(id=f"a{i}", budget=MAX_RUPIAH) for i in range(3)))
    assert "Rp2.999.999.999.999.999.997" in subject._repr_html_()
    assert "Rp999.999.999.999.999.999" in subject.areas[0]._repr_html_()


# -- random hostile values, all kinds at once

EXTREME_NUMBERS = st.sampled_from(
    [Decimal(0), SMALLEST, NEGATIVE_SMALLEST, BIGGEST, NEGATIVE_BIGGEST, Decimal(1)]
)


@st.composite
def hostile_cells(draw: st.DrawFn) -> rb.TargetValue:
    kind = draw(st.sampled_from(["percentage", "count", "index", "level", "range", "text", "-"]))
    number = draw(EXTREME_NUMBERS)
    count = draw(st.sampled_from([0, 1, BIGGEST_COUNT]))
    if kind == "percentage":
        return rb.Percentage(number)
    if kind == "count":
        return rb.Count(count, "OPD")
    if kind == "index":
        return rb.IndexScore("IRB", number)
    if kind == "level":
        return rb.Level(draw(st.sampled_from([0, 1, 99])))
    if kind == "range":
        other = draw(EXTREME_NUMBERS)
        low, high = sorted([number, other])
        return rb.Range(rb.Percentage(low), rb.Percentage(high))
    if kind == "text":
        return rb.Qualitative("WTP")
    return rb.NO_TARGET


def realised_for(draw: st.DrawFn, cell: rb.TargetValue) -> Any:
    if isinstance(cell, rb.Range):
        cell = cell.low
    if isinstance(cell, rb.Percentage):
        return rb.Percentage(draw(EXTREME_NUMBERS))
    if isinstance(cell, rb.Count):
        return rb.Count(draw(st.sampled_from([0, 1, BIGGEST_COUNT])), "opd")
    if isinstance(cell, rb.IndexScore):
        return rb.IndexScore("IRB", draw(EXTREME_NUMBERS))
    if isinstance(cell, rb.Level):
        return rb.Level(draw(st.sampled_from([0, 99])))
    return draw(
        st.sampled_from([rb.Verdict.ACHIEVED, rb.Verdict.NOT_ACHIEVED, rb.Qualitative("X")])
    )


@st.composite
def hostile_cases(draw: st.DrawFn) -> tuple[rb.RoadMap, list[rb.Realization]]:
    kind = draw(hostile_cells())
    actions = []
    realised = []
    for i in range(draw(st.integers(0, 4))):
        same_kind = draw(st.booleans())
        cells = [kind if same_kind else draw(hostile_cells()) for _ in range(5)]
        if not same_kind:
            cells = [c if isinstance(c, type(cells[0])) else rb.NO_TARGET for c in cells]
        row = rb.Action(
            id=f"a{i}",
            targets=target(*cells, direction=draw(st.sampled_from(rb.Direction))),
            budget=draw(st.sampled_from([None, 0, 1, MAX_RUPIAH])),
        )
        actions.append(row)
        reference = next((c for c in cells if not isinstance(c, rb.NoTarget)), None)
        if reference is None:
            continue
        for year in PERIOD.years:
            if draw(st.booleans()):
                realised.append(
                    rb.Realization(
                        target_id=row.id,
                        year=year,
                        quarter=draw(st.sampled_from([None, 1, 4])),
                        value=realised_for(draw, reference),
                        spent=draw(st.sampled_from([None, 0, MAX_RUPIAH])),
                    )
                )
    return roadmap(*actions), realised


@settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow])
@given(
    hostile_cases(),
    st.dates(pendulum.date(2017, 1, 1), pendulum.date(2024, 1, 1)),
    st.sampled_from(rb.LowerIsBetter),
    st.sampled_from(rb.RollUpMethod),
    st.sampled_from([None, SMALLEST, 100, BIGGEST]),
    st.sampled_from(rb.Proration),
)
def test_hostile_values_never_escape_as_standard_errors(
    case: tuple[rb.RoadMap, list[rb.Realization]],
    day: Any,
    lower: rb.LowerIsBetter,
    method: rb.RollUpMethod,
    cap: Decimal | None,
    proration: rb.Proration,
) -> None:
    subject, realised = case
    try:
        report = rb.attain(
            subject,
            realised,
            as_of=day,
            lower_is_better=lower,
            method=method,
            cap=cap,
            proration=proration,
        )
    except rb.RealizationError:  # two quarters ... of one year are fine; a clash is ours
        return
    check_report(report, cap=cap)
    check_validation(subject)


# -- the caller's decimal context


HOSTILE_CONTEXT = decimal.Context(
    prec=3,
    rounding=decimal.ROUND_FLOOR,
    Emax=5,
    Emin=-5,
    traps=[
        decimal.Inexact,
        decimal.Rounded,
        decimal.Overflow,
        decimal.Underflow,
        decimal.Subnormal,
        decimal.Clamped,
        decimal.InvalidOperation,
        decimal.DivisionByZero,
        decimal.FloatOperation,
    ],
)


def everything() -> list[str]:
    """Every kind of output, as text: validation, attainment, JSON, scales, values."""
    sample = rb.samples.probolinggo()
    subject, realised = at_the_bounds()
    realised_sample = [
        rb.Realization.parse("organisasi-1", 2018, "20,123456789%"),
        rb.Realization.parse("organisasi-1", 2019, "35%"),
    ]
    out = []
    for rm, values in ((sample, realised_sample), (subject, realised)):
        out.append(json.dumps(rb.validate(rm, as_of=DAY).to_dict()))
        for lower in rb.LowerIsBetter:
            report = rb.attain(
                rm, values, as_of=DAY, cap=120, tolerance=Decimal("7.5"), lower_is_better=lower
            )
            out.append(json.dumps(report.to_dict()))
            out.append(repr(report.to_records("targets", numbers="float")))
        text = rb.to_json(rm)
        out.append(rb.to_json(rb.from_json(text, rb.RoadMap)))
        out.append(rm._repr_html_())
    out.append(repr(scales.ikm_2017([Decimal("3.123456789")] * 9)))
    out.append(repr(scales.ikm_2004([Decimal("2.5")] * 14)))
    out.append(repr(rb.Percentage(Decimal("1E+14"))))
    out.append(repr(rb.parse_value("IKM 79,123456789012")))
    out.append(repr(rb.parse_rupiah("Rp 999.999.999.999.999.999,-")))
    return out


def test_results_do_not_depend_on_the_callers_decimal_context() -> None:
    # Regression: a caller's precision of 3 changed every percentage, and a trapped
    # Inexact escaped from RB602 and from the IKM computation.
    expected = everything()
    with decimal.localcontext(HOSTILE_CONTEXT):
        assert everything() == expected


def test_the_callers_decimal_context_is_left_unchanged() -> None:
    with decimal.localcontext() as context:
        context.prec = 7
        context.rounding = decimal.ROUND_DOWN
        context.clear_flags()
        before = repr(context)
        everything()
        assert repr(decimal.getcontext()) == before  # no flag raised, nothing set


# -- megabytes of text

_RNG = random.Random(9)
_CLAIM_WORDS = ["IKM", "79,30", "(baik)", "lebih", "dari", "85,00", "(sangat", "baik)", "monev"]
_CLAIMS = " ".join(_RNG.choice(_CLAIM_WORDS) for _ in range(170_000))[:1_000_000]
LONG_TEXTS: dict[str, Callable[[int], str]] = {
    "a run of letters": lambda n: "a" * n,
    "claims": lambda n: _CLAIMS[:n],
}


def _with_problem_text(text: str) -> str:
    """The sample as JSON, with *text* as its first problem."""
    data = rb.to_dict(rb.samples.probolinggo())
    data["areas"][0]["actions"][0]["problems"][0]["text"] = text
    return json.dumps(data)


def _load_validate_attain_write(document: str) -> rb.Report:
    subject = rb.from_json(document, rb.RoadMap)
    report = check_validation(subject)
    rb.attain(subject, [], as_of=DAY)
    assert rb.from_json(rb.to_json(subject), rb.RoadMap) == subject
    return report


@pytest.mark.parametrize("make", LONG_TEXTS.values(), ids=list(LONG_TEXTS))
def test_a_megabyte_of_text_is_validated_and_attained_in_linear_time(
    make: Callable[[int], str],
) -> None:
    # Regression: RB504 needed memory in the square of a word's length and RB601
    # time in the square of the number of claims: a megabyte did not finish.
    report = _load_validate_attain_write(_with_problem_text(make(1_000_000)))
    assert all(len(f.detail.english) < 2_000 for f in report.findings)

    def work(size: int) -> int:
        document = _with_problem_text(make(size))
        return calls(lambda: _load_validate_attain_write(document)).total

    # Four times the text, at most five times the function calls: linear, where
    # comparing every pair of claims grew sixteen times.
    assert_growth(work, sizes=(25_000, 100_000), bound=5)


# -- values no message can show


class BrokenRepr:
    def __repr__(self) -> str:
        raise RuntimeError("repr fails")


def deeply_nested() -> list[object]:
    nested: list[object] = []
    for _ in range(100_000):
        nested = [nested]
    return nested


class TextWithBrokenMethods(str):
    """Text whose repr, str and len raise: quoting must not call them."""

    def __repr__(self) -> str:
        raise RuntimeError("repr fails")

    def __str__(self) -> str:
        raise RuntimeError("str fails")

    def __len__(self) -> int:
        raise RuntimeError("len fails")


class NumberWithBrokenMethods(int):
    def __repr__(self) -> str:
        raise RuntimeError("repr fails")

    def bit_length(self) -> int:
        raise RuntimeError("bit_length fails")


class HugeRepr:
    def __repr__(self) -> str:
        return "<" + "x" * 1_000_000 + ">"


class ReprOfOddText:
    def __repr__(self) -> str:
        return TextWithBrokenMethods("odd")


UNSHOWABLE = {
    "a whole number of 5,001 digits": 10**5000,
    "a negative one": -(10**5000),
    "a list nested 100,000 deep": deeply_nested(),
    "an object whose repr fails": BrokenRepr(),
    "a megabyte of text": "x" * 1_000_000,
    "text whose repr, str and len fail": TextWithBrokenMethods("BKPSDM"),
    "a number whose repr and bit_length fail": NumberWithBrokenMethods(5),
    "an object whose repr is a megabyte": HugeRepr(),
    "an object whose repr is odd text": ReprOfOddText(),
    "a lone surrogate": "Bag. Organisasi Setda\ud800",
}


@pytest.mark.parametrize("value", UNSHOWABLE.values(), ids=list(UNSHOWABLE))
def test_quoting_any_value_never_raises_and_stays_short(value: object) -> None:
    # Regression: quote() raised ValueError for a whole number of over 4,300 digits
    # (Python's limit for writing one), RecursionError for a deeply nested list and
    # the error of a text's own __repr__.
    quoted = rb.errors.quote(value)
    assert type(quoted) is str
    assert len(quoted) < 100
    quoted.encode("utf-8")  # never a lone surrogate


@given(
    st.one_of(
        hostile_texts(),
        st.integers(),
        st.floats(),
        st.decimals(),
        st.dates(),
        st.recursive(st.none() | st.text(max_size=3), lambda inner: st.lists(inner, max_size=3)),
    )
)
def test_quoting_never_raises_and_always_encodes(value: object) -> None:
    quoted = rb.errors.quote(value)
    assert type(quoted) is str
    quoted.encode("utf-8")
    assert len(quoted) <= 12 * 60 + 30  # 60 characters, each at worst an escape of 10


BUILDERS: dict[str, Callable[[Any], object]] = {
    "Action.budget": lambda v: rb.Action(id="a1", budget=v),
    "Action.units": lambda v: rb.Action(id="a1", units=[v]),
    "Period.start": lambda v: rb.Period(v, 2022),
    "Count.value": lambda v: rb.Count(v, "OPD"),
    "Percentage.value": rb.Percentage,
    "Target year": lambda v: rb.Target(values=[(v, rb.NO_TARGET)]),
    "Target cell": lambda v: rb.Target(values={2020: v}),
    "Problem.id": lambda v: rb.Problem(id=v, text="x"),
    "Waiver.expires": lambda v: rb.Waiver(code="RB1", entity_id="a", reason="r", expires=v),
    "Realization.year": lambda v: rb.Realization(target_id="a1", year=v, value=rb.Percentage(1)),
    "attain(as_of=)": lambda v: rb.attain(
        rb.RoadMap(id="x", government="X", period=PERIOD), [], as_of=v
    ),
}


@pytest.mark.parametrize("value", UNSHOWABLE.values(), ids=list(UNSHOWABLE))
@pytest.mark.parametrize("build", BUILDERS.values(), ids=list(BUILDERS))
def test_a_value_no_message_can_show_is_still_refused_with_a_model_error(
    build: Callable[[Any], object], value: object
) -> None:
    # Regression: building with such a value raised the ValueError of int -> str, or
    # RecursionError, from inside the error message meant to refuse it.
    if build is BUILDERS["Action.units"] and isinstance(value, str):
        return  # a unit's name is free text, however long
    if isinstance(value, NumberWithBrokenMethods) and build in (
        BUILDERS["Count.value"],
        BUILDERS["Percentage.value"],
    ):
        return  # a whole number, whatever its repr: a count or a percentage takes it
    with pytest.raises(rb.ModelError) as caught:
        build(value)
    assert len(str(caught.value)) < 300
    assert len(caught.value.text("id")) < 300


def test_two_units_with_one_megabyte_name_are_refused_briefly() -> None:
    name = "x" * 1_000_000
    units = [rb.ResponsibleUnit(id="a", name=name), rb.ResponsibleUnit(id="b", name=name)]
    with pytest.raises(rb.ModelError, match="belongs to both") as caught:
        rb.UnitRegistry(units=units)
    assert len(str(caught.value)) < 300
