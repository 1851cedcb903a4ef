"""Exact numbers for attainment (private): fractions in, rounded decimals out.

Every figure is computed exactly with `fractions.Fraction` and shown as a
`decimal.Decimal` rounded half up (*pembulatan setengah ke atas*), the way a
performance report rounds, or written for messages in the notation of their language (``91,67%`` in
Indonesian, ``91.67%`` in English).
Rounding is done on whole numbers (`rbroadmap._exact.round_half_up`), so the
caller's decimal context never changes a figure.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Final

from rbroadmap import _exact
from rbroadmap._exact import shift
from rbroadmap.messages import Lang
from rbroadmap.notation import format_number

__all__ = [
    "HUNDRED",
    "exact_decimal",
    "num",
    "pct",
    "pct_number",
    "round_half_up",
    "total",
]

HUNDRED: Final = Fraction(100)
_EXACT_PLACES: Final = 4


def exact_decimal(value: Fraction) -> Decimal | None:
    """Return *value* as a `Decimal` if it has at most four decimals, else ``None``.

    >>> exact_decimal(Fraction(95, 2))
    Decimal('47.5')
    >>> exact_decimal(Fraction(1, 3)) is None
    True
    """
    # In lowest terms, value * 10**p is whole exactly when the denominator divides 10**p.
    denominator = value.denominator
    if 10**_EXACT_PLACES % denominator:
        return None
    for places in range(_EXACT_PLACES + 1):
        if 10**places % denominator == 0:
            return shift(value.numerator * (10**places // denominator), places)
    return None  # pragma: no cover - 10**4 is divisible, so the loop returns


def total(values: Iterable[Fraction | int], weights: Iterable[int] | None = None) -> Fraction:
    """Σ values, or Σ values × weights, exactly, reduced to lowest terms once.

    Adding fractions one by one reduces every partial sum (a gcd each time); here every
    term is put over the least common denominator and the sum reduced once. The
    result is the same fraction.

    >>> total([Fraction(1, 3), Fraction(1, 6), 1])
    Fraction(3, 2)
    >>> total([Fraction(75), Fraction(50)], [100, 300])
    Fraction(22500, 1)
    """
    terms = [Fraction(v) if isinstance(v, int) else v for v in values]
    if not terms:
        return Fraction(0)
    common = math.lcm(*(v.denominator for v in terms))
    if weights is None:
        numerator = sum(v.numerator * (common // v.denominator) for v in terms)
    else:
        numerator = sum(
            v.numerator * w * (common // v.denominator) for v, w in zip(terms, weights, strict=True)
        )
    return Fraction(numerator, common)


def round_half_up(value: Fraction, places: int = 2) -> Decimal:
    """Round *value* half up to *places* decimals, exactly (see `rbroadmap._exact.round_half_up`).

    The roundings to two places are kept by numerator and denominator: a report rounds
    the same few figures many times (a band, an outlook, a record).

    >>> round_half_up(Fraction(275, 3))
    Decimal('91.67')
    """
    if places != 2:
        return _exact.round_half_up(value, places)
    return _rounded(value.numerator, value.denominator)


@lru_cache(maxsize=8192)
def _rounded(numerator: int, denominator: int) -> Decimal:
    return _exact.round_half_up(Fraction(numerator, denominator))


# The texts of numbers are kept by numerator and denominator: a pair of ints hashes and
# compares in C, where a Fraction does both in Python (a modular inverse per hash).


def num(value: Fraction, lang: Lang = "id") -> str:
    """Write a number in the notation of *lang*: exact if short, else ``≈`` two decimals.

    >>> num(Fraction(95, 2)), num(Fraction(100, 3)), num(Fraction(-40))
    ('47,5', '≈33,33', '-40')
    >>> num(Fraction(95, 2), "en")
    '47.5'
    """
    return _num(value.numerator, value.denominator, lang)


@lru_cache(maxsize=4096)
def _num(numerator: int, denominator: int, lang: Lang) -> str:
    value = Fraction(numerator, denominator)
    exact = exact_decimal(value)
    if exact is not None:
        return format_number(exact, lang=lang)
    return "≈" + format_number(round_half_up(value), lang=lang)


def pct(value: Fraction, lang: Lang = "id") -> str:
    """Write a percentage to two decimals, half up, in the notation of *lang*.

    >>> pct(Fraction(275, 3)), pct(Fraction(275, 3), "en")
    ('91,67%', '91.67%')
    """
    return _pct_number(value.numerator, value.denominator, lang) + "%"


def pct_number(value: Fraction, lang: Lang = "id") -> str:
    """Write a percentage's number to two decimals, without the ``%`` sign."""
    return _pct_number(value.numerator, value.denominator, lang)


@lru_cache(maxsize=4096)
def _pct_number(numerator: int, denominator: int, lang: Lang) -> str:
    return format_number(round_half_up(Fraction(numerator, denominator)), lang=lang)
