"""Exact decimal arithmetic (private), whatever the caller's decimal context.

Python's `decimal` rounds every sum, product and quotient to the precision of
the *current* context, and raises for the conditions the current context
traps. That context belongs to the caller's thread: an application that sets
``decimal.getcontext().prec = 6`` or traps `decimal.Inexact` for its own money
sums would otherwise change rbroadmap's figures, or make it raise
`decimal.Inexact` from deep inside a rule. So rbroadmap never computes with the
current context:

* sums, differences and products go through `EXACT`, a context with the
  largest precision and exponent range `decimal` allows, in which they are
  exact (its traps stay the defaults, and nothing here is ever inexact);
* rounding is done on whole numbers (`round_half_up`) and a number is given
  its decimal places by building it from its digits (`shift`), which no
  context touches.

rbroadmap never changes any context either: not the caller's, and not
`EXACT`, which it only passes to `decimal.Context` methods.
"""

from __future__ import annotations

from decimal import MAX_EMAX, MAX_PREC, MIN_EMIN, Context, Decimal
from fractions import Fraction
from typing import Final

__all__ = ["EXACT", "round_half_up", "shift"]

EXACT: Final = Context(prec=MAX_PREC, Emax=MAX_EMAX, Emin=MIN_EMIN)
"""A context in which addition, subtraction and multiplication are exact."""


def shift(whole: int, places: int) -> Decimal:
    """Return ``whole × 10**-places`` exactly, with *places* decimals.

    >>> shift(1234, 2), shift(-5, 1), shift(0, 2)
    (Decimal('12.34'), Decimal('-0.5'), Decimal('0.00'))
    """
    sign, digits, _ = Decimal(whole).as_tuple()
    return Decimal((sign, digits, -places))


def round_half_up(value: Fraction, places: int = 2) -> Decimal:
    """Round *value* half up (away from zero at .5) to *places* decimals, exactly.

    >>> round_half_up(Fraction(2, 3))
    Decimal('0.67')
    >>> round_half_up(Fraction(-1, 200))
    Decimal('-0.01')
    >>> round_half_up(Fraction(1, 200))
    Decimal('0.01')
    >>> round_half_up(Fraction(10**30 + 1, 3))
    Decimal('333333333333333333333333333333.67')
    """
    numerator, denominator = value.numerator, value.denominator
    whole, rest = divmod(abs(numerator) * 10**places, denominator)
    if 2 * rest >= denominator:
        whole += 1
    sign = -1 if numerator < 0 and whole else 1
    return shift(sign * whole, places)
