"""Target values at their edges: the largest and smallest accepted, the first refused.

Each limit a value type documents (digits before and after the decimal point,
the longest text, the highest level, the largest count) is tested on both
sides, and each refusal names its field and says why. These are the cases a
reader of a real road map meets: a 200-character qualitative target, a level
99, a range whose ends were read from two different cells.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import rbroadmap as rb
from rbroadmap.values import MAX_DECIMAL_PLACES, MAX_INTEGER_DIGITS, MAX_TEXT_LENGTH

LARGEST_NUMBER = Decimal("9" * MAX_INTEGER_DIGITS)
FINEST_NUMBER = Decimal(f"0.{'0' * (MAX_DECIMAL_PLACES - 1)}1")


def test_the_documented_limits() -> None:
    assert (MAX_INTEGER_DIGITS, MAX_DECIMAL_PLACES, MAX_TEXT_LENGTH) == (15, 12, 200)


@pytest.mark.parametrize("build", [rb.Percentage, lambda n: rb.IndexScore("IKM", n)])
def test_numbers_up_to_fifteen_digits_and_twelve_decimals(build: object) -> None:
    assert build(LARGEST_NUMBER).value == LARGEST_NUMBER  # type: ignore[operator]
    assert build(-LARGEST_NUMBER).value == -LARGEST_NUMBER  # type: ignore[operator]
    assert build(FINEST_NUMBER).value == FINEST_NUMBER  # type: ignore[operator]
    with pytest.raises(rb.ModelError, match="at most 15 digits before the decimal point"):
        build(LARGEST_NUMBER + 1)  # type: ignore[operator]
    with pytest.raises(rb.ModelError, match="at most 12 digits after the decimal point"):
        build(FINEST_NUMBER / 10)  # type: ignore[operator]


def test_trailing_zeros_count_as_decimal_places() -> None:
    # 0,5 written with twelve decimals is kept; with thirteen it is refused.
    twelve = Decimal("0." + "5" + "0" * (MAX_DECIMAL_PLACES - 1))
    assert rb.Percentage(twelve).value.as_tuple() == twelve.as_tuple()
    with pytest.raises(rb.ModelError, match="digits after"):
        rb.Percentage(Decimal(f"{twelve}0"))


@pytest.mark.parametrize(
    ("given", "shown"),
    [
        (Decimal("1E+1"), "10"),
        (Decimal("1E+2"), "100"),
        (Decimal("25"), "25"),
        (Decimal("2.50"), "2.50"),
        (Decimal("-0.5"), "-0.5"),
        (Decimal("-25"), "-25"),
        (Decimal("-0"), "0"),
        (Decimal("-0.00"), "0.00"),
    ],
)
def test_values_keep_their_digits_sign_and_no_exponent(given: Decimal, shown: str) -> None:
    assert str(rb.Percentage(given).value) == shown
    assert str(rb.IndexScore("IKM", given).value) == shown


def test_counts_up_to_fifteen_digits() -> None:
    largest = 10**MAX_INTEGER_DIGITS - 1
    assert rb.Count(largest, "OPD").value == largest
    assert rb.Count(0, "OPD").value == 0
    with pytest.raises(rb.ModelError, match="between 0 and 999999999999999") as info:
        rb.Count(largest + 1, "OPD")
    assert (info.value.field, info.value.value) == ("value", largest + 1)


def test_level_99_is_the_highest() -> None:
    assert rb.Level(99).value == 99
    assert rb.Level(0).value == 0
    with pytest.raises(rb.ModelError, match="between 0 and 99"):
        rb.Level(100)
    with pytest.raises(rb.ModelError, match="between 0 and 99"):
        rb.Level(-1)


def test_a_level_computes_with_its_number() -> None:
    assert rb.Level(3, "terdefinisi").magnitude == Decimal(3)
    assert rb.Count(39, "OPD").magnitude == Decimal(39)


@pytest.mark.parametrize(
    "build",
    [
        lambda text: rb.Count(1, "OPD", text),
        lambda text: rb.Level(3, text),
    ],
)
def test_qualifiers_and_labels_of_exactly_200_characters_are_accepted(build: object) -> None:
    text = "Tersedia " + "a" * (MAX_TEXT_LENGTH - len("Tersedia "))
    assert len(text) == 200
    build(text)  # type: ignore[operator]
    with pytest.raises(rb.ModelError, match="at most 200 characters long"):
        build(text + "a")  # type: ignore[operator]


def test_a_qualitative_text_of_exactly_200_characters() -> None:
    text = "W" * MAX_TEXT_LENGTH
    assert rb.Qualitative(text).text == text
    with pytest.raises(rb.ModelError, match="at most 200") as info:
        rb.Qualitative(text + "W")
    assert (info.value.entity, info.value.field) == ("Qualitative", "text")


@pytest.mark.parametrize("text", [" WTP", "WTP ", "WTP\t", "\tWTP"])
def test_a_text_with_a_space_at_either_end_is_refused(text: str) -> None:
    with pytest.raises(rb.ModelError, match="start or end with a space"):
        rb.Qualitative(text)


@pytest.mark.parametrize("text", ["WTP%", "%", "WTP\nWBK", "Tersedia 2"])
def test_a_text_with_a_digit_a_percent_sign_or_a_line_break_is_refused(text: str) -> None:
    with pytest.raises(rb.ModelError, match="digits, '%' or line breaks"):
        rb.Qualitative(text)


@pytest.mark.parametrize("label", ["terdefinisi)", "(terdefinisi", "(terdefinisi)"])
def test_a_level_label_with_any_parenthesis_is_refused(label: str) -> None:
    with pytest.raises(rb.ModelError, match="parentheses"):
        rb.Level(3, label)


@pytest.mark.parametrize(
    ("low", "high"),
    [
        (rb.Count(1, "OPD"), rb.Count(5, "Orang")),
        (rb.Count(1, "Orang"), rb.Count(5, "OPD")),
        (rb.IndexScore("IRB", 70), rb.IndexScore("IKM", 80)),
        (rb.IndexScore("IKM", 70), rb.IndexScore("IRB", 80)),
        (rb.Percentage(1), rb.Count(5, "OPD")),
    ],
)
def test_a_range_of_two_units_is_refused(low: rb.Percentage, high: rb.Percentage) -> None:
    with pytest.raises(rb.ModelError, match="same kind as the low end") as info:
        rb.Range(low, high)
    assert (info.value.entity, info.value.field) == ("Range", "high")


def test_a_range_of_one_unit_written_in_two_cases_is_one_unit() -> None:
    assert rb.Range(rb.Count(1, "OPD"), rb.Count(5, "opd")).dimension == "opd"


def test_a_range_whose_ends_were_read_from_two_cells() -> None:
    # Equal qualifiers read separately are equal, not the same object.
    low = rb.parse_value("1 OPD Dan masyarakat")
    high = rb.parse_value("5 OPD Dan masyarakat")
    assert isinstance(low, rb.Count)
    assert isinstance(high, rb.Count)
    assert rb.Range(low, high) == rb.Range(rb.Count(1, "OPD", "Dan masyarakat"), high)


@pytest.mark.parametrize(
    ("low", "high", "field"),
    [
        (rb.Level(1), rb.Level(3), "low"),
        (rb.NO_TARGET, rb.Percentage(2), "low"),
        (rb.Percentage(2), rb.Qualitative("WTP"), "high"),
    ],
)
def test_a_range_of_levels_texts_or_no_target_is_a_type_error(
    low: object, high: object, field: str
) -> None:
    with pytest.raises(rb.ModelError, match="Percentage, Count or IndexScore") as info:
        rb.Range(low, high)  # type: ignore[arg-type]
    assert isinstance(info.value, TypeError)
    assert info.value.field == field


@pytest.mark.parametrize(
    ("low", "high", "dimension"),
    [
        (rb.Percentage(70), rb.Percentage(80), "%"),
        (rb.Count(10, "OPD"), rb.Count(15, "OPD"), "opd"),
        (rb.IndexScore("IRB", 70), rb.IndexScore("IRB", 70), "IRB"),
    ],
)
def test_a_range_measures_what_its_ends_measure(
    low: rb.Percentage, high: rb.Percentage, dimension: str
) -> None:
    assert rb.Range(low, high).dimension == dimension


def test_text_held_in_a_str_subclass_is_accepted() -> None:
    # Cells read through NumPy arrive as numpy.str_, a subclass of str.
    class Cell(str):
        __slots__ = ()

    assert rb.Qualitative(Cell("WTP")) == rb.Qualitative("WTP")
    assert rb.Count(3, Cell("OPD"), Cell("Dan masyarakat")).qualifier == "Dan masyarakat"
    assert rb.Level(3, Cell("terdefinisi")).label == "terdefinisi"
