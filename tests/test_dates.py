"""Dates are dates, everywhere rbroadmap takes one.

A waiver used to keep a `pendulum.DateTime` given as its expiry: it could not be
read back from its own document, and `validate(as_of=...)` then raised
`TypeError: can't compare DateTime to Date`; `validate(as_of="2020-06-30")`
raised a plain `TypeError` where `attain` raised `ModelTypeError`. Every place
that takes a date now does what `attain(as_of=)` always did: a `pendulum.Date`
is kept, a `datetime.date` becomes the same day, a date-time becomes its own
calendar date as written (no time zone is applied), and anything else is
refused with a `ModelTypeError` naming the argument or field.
"""

from __future__ import annotations

import datetime
import typing
from collections.abc import Callable
from typing import Any

import attrs
import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

import rbroadmap as rb
from support.inventory import DOCUMENT_CLASSES, instance

DAY = pendulum.date(2020, 6, 30)
ROADMAP = rb.RoadMap(
    id="kota-x",
    government="Kota X",
    period=rb.Period(2018, 2022),
    areas=[rb.Area(id="area", name="Area", actions=[rb.Action(id="a1")])],
)

# What each place that takes a date makes of one: the date it holds or judges on.
TAKERS: dict[str, Callable[[Any], object]] = {
    "Waiver.expires": lambda d: (
        rb.Waiver(code="RB1", entity_id="a1", reason="r", expires=d).expires
    ),
    "Waiver.in_force": lambda d: rb.Waiver(
        code="RB1", entity_id="a1", reason="r", expires=DAY
    ).in_force(d),
    "Realization.recorded": lambda d: (
        rb.Realization(target_id="a1", year=2020, value=rb.Percentage(1), recorded=d).recorded
    ),
    "Realization.parse(recorded=)": lambda d: (
        rb.Realization.parse("a1", 2020, "1%", recorded=d).recorded
    ),
    "attain(as_of=)": lambda d: rb.attain(ROADMAP, [], as_of=d).as_of,
    "validate(as_of=)": lambda d: rb.validate(ROADMAP, as_of=d, select=["RB0"]).as_of,
    "quarter_of": rb.attainment.quarter_of,
}

SAME_DAY = {
    "a pendulum date": DAY,
    "a standard date": datetime.date(2020, 6, 30),
    "a naive date-time": datetime.datetime(2020, 6, 30, 23, 59),  # noqa: DTZ001 - on purpose
    "a date-time in UTC": pendulum.datetime(2020, 6, 30, 0, 0),
    "a date-time in WIB, late": pendulum.datetime(2020, 6, 30, 23, 30, tz="Asia/Jakarta"),
    "a date-time with an offset": datetime.datetime(
        2020, 6, 30, 1, tzinfo=datetime.timezone(datetime.timedelta(hours=-11))
    ),
}

NOT_DATES = {
    "ISO text": "2020-06-30",
    "a year": 2020,
    "a timestamp": 1593475200.0,
    "a time": datetime.time(12, 0),
    "a list": [2020, 6, 30],
}


def _date_fields() -> list[tuple[type, str]]:
    """Every field of a class built in code that holds a date, found by its type."""
    found = []
    for cls in sorted({*DOCUMENT_CLASSES, rb.Realization, rb.Waiver}, key=lambda c: c.__name__):
        hints = typing.get_type_hints(cls)
        for field in attrs.fields(cls):
            kinds = typing.get_args(hints[field.name]) or (hints[field.name],)
            if field.init and any(
                isinstance(kind, type) and issubclass(kind, datetime.date) for kind in kinds
            ):
                found.append((cls, field.alias))
    return found


DATE_FIELDS = _date_fields()


def _taker(cls: type, alias: str) -> Callable[[Any], object]:
    return lambda day: getattr(attrs.evolve(instance(cls), **{alias: day}), alias)


# Every date field of the model, found by its type, so that one added later is tried too.
TAKERS.update({f"{cls.__name__}.{alias}": _taker(cls, alias) for cls, alias in DATE_FIELDS})


def test_the_date_fields_of_the_model_are_found() -> None:
    names = {f"{cls.__name__}.{alias}" for cls, alias in DATE_FIELDS}
    assert {"Waiver.expires", "Realization.recorded", "Regulation.enacted"} <= names


@pytest.mark.parametrize("given_day", SAME_DAY.values(), ids=list(SAME_DAY))
@pytest.mark.parametrize("take", TAKERS.values(), ids=list(TAKERS))
def test_every_date_taken_is_the_calendar_day_written(
    take: Callable[[Any], object], given_day: datetime.date
) -> None:
    assert take(given_day) == take(DAY)
    held = take(given_day)
    if isinstance(held, datetime.date):
        assert type(held) is pendulum.Date


@pytest.mark.parametrize("value", NOT_DATES.values(), ids=list(NOT_DATES))
@pytest.mark.parametrize("take", TAKERS.values(), ids=list(TAKERS))
def test_anything_else_is_refused_naming_where(
    take: Callable[[Any], object], value: object
) -> None:
    with pytest.raises(rb.ModelTypeError) as caught:
        take(value)
    assert caught.value.field in ("expires", "on", "recorded", "as_of", "day", "enacted")
    assert "a date (pendulum.Date)" in str(caught.value)
    assert "tanggal" in caught.value.text("id")


def test_a_waiver_expiring_at_a_date_time_reads_back_and_is_judged() -> None:
    # Regression: the waiver kept the DateTime, which from_dict(to_dict(...)) refused
    # and validate(as_of=...) could not compare with a date.
    waiver = rb.Waiver(
        code="RB101", entity_id="kota-x", reason="Menyusul", expires=pendulum.datetime(2020, 1, 1)
    )
    assert rb.from_dict(rb.to_dict(waiver), rb.Waiver) == waiver
    roadmap = rb.RoadMap(
        id="kota-x", government="Kota X", period=rb.Period(2018, 2022), waivers=[waiver]
    )
    before = rb.validate(roadmap, as_of=pendulum.datetime(2020, 1, 1, 23, tz="Asia/Jakarta"))
    after = rb.validate(roadmap, as_of=datetime.datetime(2020, 1, 2, 0, 30))  # noqa: DTZ001
    assert "RB101" not in {f.code for f in before}  # waived on its last day
    assert {"RB001", "RB101"} <= {f.code for f in after}  # expired the day after


@given(st.datetimes(timezones=st.none() | st.timezones()))
def test_a_date_time_is_always_its_own_calendar_date(moment: datetime.datetime) -> None:
    waiver = rb.Waiver(code="RB1", entity_id="a1", reason="r", expires=moment)
    assert waiver.expires == pendulum.Date(moment.year, moment.month, moment.day)
    assert rb.from_dict(rb.to_dict(waiver), rb.Waiver) == waiver
