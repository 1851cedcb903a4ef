"""Notation fuzzing: any text reads or raises NotationError, and what reads round-trips.

`tests/test_notation.py` checks every form of the seed and a few hundred short
texts. Here the three readers (`parse_value`, `parse_rupiah`, `parse_number`,
the last with and without grouping) meet text drawn from the whole of Unicode,
surrogates and control characters included, and text built to sit close to
valid notation: digits grouped right and wrong, decimal commas and points,
units, index names, ``Rp`` and ``,-``, ranges, signs, and the characters
spreadsheets leave behind (no-break and zero-width spaces, full-width digits).

For every text, a reader either returns a value or raises `rb.NotationError`
(never another exception) whose message quotes the text briefly, in both
languages; a value it returns is written back in canonical notation that reads
to the same value with the same digits; and a megabyte is refused with work (lines
of Python run, `support.scaling`) that does not grow with it.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rbroadmap as rb
from rbroadmap import strategies as rbst
from rbroadmap.notation import MAX_NOTATION_LENGTH, MAX_RUPIAH
from rbroadmap.values import MAX_DECIMAL_PLACES, MAX_INTEGER_DIGITS
from support.scaling import assert_growth, lines

ANY_CHARACTER = st.characters(exclude_categories=())  # surrogates and controls included
ANY_TEXT = st.text(ANY_CHARACTER, max_size=MAX_NOTATION_LENGTH + 10)

# Pieces of near-notation: each valid somewhere, many wrong where they land.
DIGITS = st.one_of(
    st.integers(0, 10**18).map(str),
    st.integers(0, 10**18).map(lambda n: f"{n:,}".replace(",", ".")),  # grouped right
    st.integers(0, 10**18).map(lambda n: f"{n:,}"),  # grouped the English way
    st.sampled_from(["0", "00", "007", "1.5", "1,5", "79,30", "79.30", "1.50", "1.500", "1.5000"]),
    st.sampled_from(["１５", "٣٥", "1\u00a0000", "1 000", "1_000", "1e5", "1E+08", "0x1F"]),
)
PIECES = st.one_of(
    DIGITS,
    st.sampled_from(["%", " %", "%%", "persen", " ", "  ", "\t", "\u00a0", "\u200b", "\ufeff"]),
    st.sampled_from(["-", "–", "—", "\u2212", " - ", "s.d.", " s/d ", "+", "(", ")", ",-", ",00"]),
    st.sampled_from(
        ["OPD", " OPD", " Orang", " Unit", " Dan masyarakat", "opd", "Rp", "Rp.", "IDR"]
    ),
    st.sampled_from(["IRB ", "IKM ", "SAKIP ", "Level ", "level ", "Tingkat ", " (terdefinisi)"]),
    st.sampled_from(
        ["WTP", "Tersedia", "nan", "None", "#N/A", "\n", "\r\n", "\x00", "é", "\u0301"]
    ),
)
NEAR_NOTATION = st.lists(PIECES, min_size=1, max_size=6).map("".join)
TEXTS = st.one_of(ANY_TEXT, NEAR_NOTATION, rbst.notation_strings(), rbst.rupiah_strings())

# The readers are fast: three times the profile's examples, and more under `thorough`.
FUZZ = settings(max_examples=3 * settings().max_examples)


def same(a: object, b: object) -> bool:
    """Equal, and with the same digits: Decimal('79.30') is not Decimal('79.3') here."""
    return a == b and repr(a) == repr(b)


def refused_well(text: str, error: rb.NotationError) -> None:
    """A NotationError keeps the text, says what is wrong in both languages, and briefly."""
    assert isinstance(error, ValueError)
    assert error.text_given == text
    english, indonesian = str(error), error.text("id")
    assert english
    assert indonesian
    assert english != indonesian
    assert len(english) < 1_000
    assert len(indonesian) < 1_000


def read(parse: Callable[[str], Any], text: str) -> Any:
    """Read *text*, returning the value or ``None`` for a NotationError; nothing else escapes."""
    try:
        return parse(text)
    except rb.NotationError as error:
        refused_well(text, error)
        return None


@FUZZ
@given(TEXTS)
def test_any_text_is_a_target_value_or_a_notation_error(text: str) -> None:
    value = read(rb.parse_value, text)
    if value is None:
        return
    canonical = rb.format_value(value)
    assert same(rb.parse_value(canonical), value)
    assert rb.format_value(rb.parse_value(canonical)) == canonical
    assert same(rb.from_dict(text, rb.TargetValue), value)


@FUZZ
@given(TEXTS)
def test_any_text_is_an_amount_of_rupiah_or_a_notation_error(text: str) -> None:
    amount = read(rb.parse_rupiah, text)
    if amount is None:
        return
    assert type(amount) is int
    assert 0 <= amount <= MAX_RUPIAH
    canonical = rb.format_rupiah(amount)
    assert rb.parse_rupiah(canonical) == amount
    assert rb.parse_rupiah(canonical.removeprefix("Rp") + ",-") == amount


@FUZZ
@given(TEXTS, st.booleans())
def test_any_text_is_a_number_or_a_notation_error(text: str, grouping: bool) -> None:
    number = read(lambda t: rb.parse_number(t, grouping=grouping), text)
    if number is None:
        return
    assert isinstance(number, Decimal)
    assert number.is_finite()
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)
    assert -MAX_DECIMAL_PLACES <= exponent <= 0
    assert len(str(abs(int(number)))) <= MAX_INTEGER_DIGITS
    canonical = rb.format_number(number, grouping=grouping)
    assert same(rb.parse_number(canonical, grouping=grouping), number)


@given(rbst.target_values(), st.sampled_from(["\u200b", "\ufeff", "\u00ad", "\x00", "\u2028"]))
def test_an_invisible_character_anywhere_is_refused(value: rb.TargetValue, char: str) -> None:
    canonical = rb.format_value(value)
    for position in {0, len(canonical) // 2, len(canonical)}:
        text = canonical[:position] + char + canonical[position:]
        with pytest.raises(rb.NotationError) as caught:
            rb.parse_value(text)
        refused_well(text, caught.value)


@given(rbst.rupiah_amounts(max_value=MAX_RUPIAH), st.integers(1, 9))
def test_one_rupiah_over_the_bound_is_refused(amount: int, extra: int) -> None:
    assert rb.parse_rupiah(rb.format_rupiah(amount)) == amount
    over = MAX_RUPIAH + extra
    text = "Rp" + rb.format_number(over, grouping=True)
    with pytest.raises(rb.NotationError, match="exceeds"):
        rb.parse_rupiah(text)


# -- a megabyte, refused with work that does not grow with it

LONG_TEXTS: dict[str, Callable[[int], str]] = {
    "digits and a percent sign": lambda n: "9" * n + "%",
    "spaces around a cell": lambda n: " " * (n // 2) + "25%" + " " * (n // 2),
    "no-break spaces": lambda n: "\u00a0" * n,
    "grouped digits": lambda n: "1" + ".000" * (n // 4),
    "a count with a long unit": lambda n: "39 " + "O" * n,
    "full-width digits": lambda n: "５" * n,
    "a range": lambda n: "1-" * (n // 2) + "%",
}
READERS: dict[str, Callable[[str], Any]] = {
    "parse_value": rb.parse_value,
    "parse_rupiah": rb.parse_rupiah,
    "parse_number": rb.parse_number,
    "Realization.parse": lambda text: rb.Realization.parse("a1", 2020, text),
    "Target.parse": lambda text: rb.Target.parse({2020: text}),
}


def _refusal(read: Callable[[str], Any], text: str) -> rb.NotationError:
    try:
        read(text)
    except rb.NotationError as error:
        return error
    raise AssertionError(f"{text[:20]!r}... of {len(text):,} characters was read")


@pytest.mark.parametrize("reader", READERS, ids=str)
@pytest.mark.parametrize("make", LONG_TEXTS.values(), ids=list(LONG_TEXTS))
def test_a_megabyte_is_refused_in_time_that_does_not_grow_with_it(
    reader: str, make: Callable[[int], str]
) -> None:
    read = READERS[reader]
    error = _refusal(read, make(1_000_000))
    assert "longer than" in str(error)
    assert len(str(error)) < 500

    def work(size: int) -> int:
        text = make(size)
        _refusal(read, text)  # whatever a first reading caches, before counting
        return lines(lambda: _refusal(read, text))

    # The length is checked first: refusing a megabyte runs the lines of Python that
    # refusing a text just over the limit runs (a loop over its characters would run
    # thousands of times more).
    assert_growth(work, sizes=(MAX_NOTATION_LENGTH + 1, 1_000_000), bound=1.1)
