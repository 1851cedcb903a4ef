"""Reporting periods (*periode pelaporan*): years, quarters and what is due at a date.

Road maps set a target per year, and governments report on them per year and
per quarter (*triwulan*, abbreviated TW): TW I is January to March, TW II
April to June, TW III July to September and TW IV October to December.

The date of a report, ``as_of``, is always passed in; nothing here reads the
clock. At ``as_of`` a year before ``as_of``'s year is complete, a later year has
not begun, and ``as_of``'s own year is under way: the share of it that has
elapsed (`elapsed`) pro-rates what is expected by then, counted either in
completed quarters (the default, as quarterly monitoring counts it) or in
days.

>>> import pendulum
>>> elapsed(2020, pendulum.date(2020, 6, 30), Proration.QUARTERS)
Fraction(1, 2)
>>> elapsed(2020, pendulum.date(2020, 6, 29), Proration.QUARTERS)
Fraction(1, 4)
>>> quarter_end(2020, 2)
Date(2020, 6, 30)
"""

from __future__ import annotations

from calendar import isleap, monthrange
from datetime import date
from fractions import Fraction
from typing import Final

import pendulum

from rbroadmap import _checks
from rbroadmap.messages import LabelledEnum, Message
from rbroadmap.values import QUARTER_NAMES as _QUARTER_NAMES

__all__ = [
    "QUARTER_NAMES",
    "Proration",
    "as_date",
    "elapsed",
    "elapsed_text",
    "period_text",
    "quarter_end",
    "quarter_of",
    "quarter_start",
]

QUARTER_NAMES: Final = _QUARTER_NAMES
"""The Indonesian names of the quarters (*triwulan*), TW I first (as
`rbroadmap.values.QUARTER_NAMES`)."""

_ENGLISH_QUARTERS: Final = ("Q1", "Q2", "Q3", "Q4")


class Proration(LabelledEnum):
    """How the share of the current year elapsed is counted (*cara pro rata*)."""

    QUARTERS = "quarters", "Triwulan", "Quarters"
    """Completed quarters (*triwulan*) out of four: 0, 1/4, 1/2, 3/4 or 1.

    A quarter counts once its last day is reached: on 30 June two quarters have
    elapsed, on 29 June one. This is how quarterly monitoring (*monev
    triwulanan*) reads a schedule, and it is the default.
    """
    DAYS = "days", "Hari", "Days"
    """Days elapsed out of the days of the year, ``as_of`` included: 182/366 on
    30 June 2020, 1 on 31 December."""


def as_date(value: object, name: str = "as_of") -> pendulum.Date:
    """Return *value* as a `pendulum.Date`, the calendar date it names.

    A `datetime.date` is accepted, and so is a date-time, whose own calendar
    date is taken as given (no time zone is applied), as everywhere rbroadmap
    takes a date.

    Raises:
        ModelTypeError: If *value* is not a date, naming *name*.

    >>> import datetime
    >>> as_date(datetime.date(2020, 12, 31))
    Date(2020, 12, 31)
    >>> as_date(pendulum.datetime(2020, 12, 31, 23, tz="Asia/Jakarta"))
    Date(2020, 12, 31)
    """
    return _checks.calendar_date(value, "attain", name)  # type: ignore[no-any-return]


def quarter_of(day: date) -> int:
    """Return the quarter (*triwulan*, 1-4) *day* falls in.

    >>> import pendulum
    >>> quarter_of(pendulum.date(2020, 4, 1))
    2
    """
    return _quarter(as_date(day, "day"))


def _quarter(day: date) -> int:
    return (day.month - 1) // 3 + 1


def _quarter_of_year(function: str, year: object, quarter: object) -> None:
    """Refuse a year or a quarter that names no quarter of a year."""
    _checks.argument(function, "year", year, int, Message("tahun (int)", "a year (an int)"))
    _checks.argument(function, "quarter", quarter, int, Message("1, 2, 3 atau 4", "1, 2, 3 or 4"))
    if not 1 <= quarter <= 4:  # type: ignore[operator]  # an int, checked above
        raise _checks.bad_argument(
            function, "quarter", quarter, Message("harus 1, 2, 3 atau 4", "must be 1, 2, 3 or 4")
        )
    if not _checks.MIN_YEAR <= year <= _checks.MAX_YEAR:  # type: ignore[operator]  # an int
        raise _checks.bad_argument(
            function,
            "year",
            year,
            Message(
                f"harus antara {_checks.MIN_YEAR} dan {_checks.MAX_YEAR}",
                f"must be between {_checks.MIN_YEAR} and {_checks.MAX_YEAR}",
            ),
        )


def quarter_start(year: int, quarter: int) -> pendulum.Date:
    """Return the first day of *quarter* (1-4) of *year*.

    >>> quarter_start(2020, 3)
    Date(2020, 7, 1)
    """
    return pendulum.Date(year, 3 * quarter - 2, 1)


def quarter_end(year: int, quarter: int) -> pendulum.Date:
    """Return the last day of *quarter* (1-4) of *year*.

    Handy as an ``as_of`` for a quarterly report.

    >>> quarter_end(2020, 1)
    Date(2020, 3, 31)
    """
    _quarter_of_year("quarter_end", year, quarter)
    month = 3 * quarter
    return pendulum.Date(year, month, monthrange(year, month)[1])


def _completed_quarters(as_of: date) -> int:
    quarter = _quarter(as_of)
    return quarter if as_of == quarter_end(as_of.year, quarter) else quarter - 1


def _day_of_year(day: date) -> int:
    return day.timetuple().tm_yday


def _days_in_year(year: int) -> int:
    return 366 if isleap(year) else 365


def elapsed(year: int, as_of: date, proration: Proration) -> Fraction:
    """Return the share of *year* that has elapsed at *as_of*, from 0 to 1.

    A year before ``as_of``'s year has fully elapsed (1), a later one not at all
    (0); ``as_of``'s own year has elapsed as *proration* counts it.

    >>> import pendulum
    >>> elapsed(2019, pendulum.date(2020, 1, 1), Proration.DAYS)
    Fraction(1, 1)
    >>> elapsed(2020, pendulum.date(2020, 1, 1), Proration.DAYS)
    Fraction(1, 366)
    """
    if year < as_of.year:
        return Fraction(1)
    if year > as_of.year:
        return Fraction(0)
    if proration is Proration.QUARTERS:
        return Fraction(_completed_quarters(as_of), 4)
    return Fraction(_day_of_year(as_of), _days_in_year(year))


def elapsed_text(year: int, as_of: date, proration: Proration) -> Message:
    """Say how much of *year* has elapsed at *as_of*, unreduced: ``2/4 (TW II)``.

    >>> import pendulum
    >>> elapsed_text(2020, pendulum.date(2020, 9, 30), Proration.QUARTERS).english
    '3/4 (to the end of Q3)'
    """
    if year != as_of.year:
        share = elapsed(year, as_of, proration)
        return Message(str(share), str(share))
    if proration is Proration.QUARTERS:
        done = _completed_quarters(as_of)
        if done == 0:
            return Message("0/4", "0/4")
        return Message(
            f"{done}/4 (s.d. {QUARTER_NAMES[done - 1]})",
            f"{done}/4 (to the end of {_ENGLISH_QUARTERS[done - 1]})",
        )
    text = f"{_day_of_year(as_of)}/{_days_in_year(year)}"
    return Message(f"{text} hari", f"{text} days")


def period_text(year: int, quarter: int | None) -> Message:
    """Name a reporting period: ``2020`` or ``2020 TW II`` / ``2020 Q2``.

    >>> period_text(2020, 2).indonesian
    '2020 TW II'
    """
    if quarter is None:
        return Message(str(year), str(year))
    return Message(
        f"{year} {QUARTER_NAMES[quarter - 1]}", f"{year} {_ENGLISH_QUARTERS[quarter - 1]}"
    )
