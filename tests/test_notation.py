"""Indonesian notation: every form in the seed, the errors, and the round trips."""

from __future__ import annotations

import contextlib
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import rbroadmap as rb
from rbroadmap import strategies as rbst
from rbroadmap.notation import MAX_NOTATION_LENGTH, MAX_RUPIAH
from support.scaling import assert_growth, lines

# Every distinct target cell of Table 3.2 of the Kota Probolinggo road map.
SEED_CELLS = {
    "25%": rb.Percentage(25),
    "35%": rb.Percentage(35),
    "0%": rb.Percentage(0),
    "100%": rb.Percentage(100),
    "100 %": rb.Percentage(100),
    "-": rb.NO_TARGET,
    "39 OPD": rb.Count(39, "OPD"),
    "40 OPD": rb.Count(40, "OPD"),
    "3 OPD": rb.Count(3, "OPD"),
    "39 OPD Dan masyarakat": rb.Count(39, "OPD", "Dan masyarakat"),
    "10 Orang": rb.Count(10, "Orang"),
    "1 Unit": rb.Count(1, "Unit"),
    "IRB 70": rb.IndexScore("IRB", 70),
    "IRB 82": rb.IndexScore("IRB", 82),
}


@pytest.mark.parametrize(("text", "expected"), SEED_CELLS.items())
def test_parses_every_seed_cell(text: str, expected: rb.TargetValue) -> None:
    assert rb.parse_value(text) == expected


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("25%", "25%"),
        ("100 %", "100%"),
        ("  25%  ", "25%"),
        ("79,30%", "79,30%"),
        ("39 OPD Dan masyarakat", "39 OPD Dan masyarakat"),
        ("39  OPD", "39 OPD"),
        ("1.500 Orang", "1.500 Orang"),
        ("1500 Orang", "1.500 Orang"),
        ("IRB 70", "IRB 70"),
        ("IKM 79,30", "IKM 79,30"),
        ("level 3 (terdefinisi)", "Level 3 (terdefinisi)"),
        ("Tingkat 3", "Level 3"),
        ("70-80%", "70-80%"),
        ("70% - 80%", "70-80%"),
        ("70 s.d. 80%", "70-80%"),
        ("70 s/d 80%", "70-80%"),
        ("10–15 OPD", "10-15 OPD"),
        ("IRB 70-75", "IRB 70-75"),
        ("WTP", "WTP"),
        ("–", "-"),
        ("-5%", "-5%"),
    ],
)
def test_formats_canonically(text: str, canonical: str) -> None:
    assert rb.format_value(rb.parse_value(text)) == canonical


def test_keeps_every_decimal_digit() -> None:
    value = rb.parse_value("79,30%")
    assert isinstance(value, rb.Percentage)
    assert value.value.as_tuple() == Decimal("79.30").as_tuple()


def test_qualifier_is_kept_as_written() -> None:
    value = rb.parse_value("39 OPD Dan masyarakat")
    assert value == rb.Count(39, "OPD", "Dan masyarakat")
    assert value != rb.Count(39, "OPD")


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("25%%", "more than once"),
        ("79.30%", "decimal comma: '79,30'"),
        ("1.500%", "ambiguous"),
        ("IRB 70.5", "decimal comma"),
        ("Rp 5 OPD", "money is not a target value"),
        ("25 persen", "with '%'"),
        ("", "empty"),
        ("   ", "empty"),
        ("25\u00a0%", "no-break space"),
        ("２５%", "non-ASCII digit"),
        ("85", "a number without a unit"),
        ("2,0 Unit", "whole number written with a comma"),
        ("80-70%", "greater than its high end"),
        ("Level 3 (50%)", "Level"),
        ("IDR 5", "money"),
        ("x" * (MAX_NOTATION_LENGTH + 1), "longer than"),
        ("1,2,3%", "well-formed"),
    ],
)
def test_refuses_bad_text_with_a_hint(text: str, fragment: str) -> None:
    with pytest.raises(rb.NotationError) as info:
        rb.parse_value(text)
    error = info.value
    assert isinstance(error, ValueError)
    assert isinstance(error, rb.RoadmapError)
    assert error.text_given == text
    assert fragment in str(error)
    assert error.message.indonesian  # the same error in Indonesian


def test_error_quotes_the_text_and_is_bilingual() -> None:
    with pytest.raises(rb.NotationError) as info:
        rb.parse_value("79.30%")
    assert str(info.value).startswith("'79.30%' is not a valid target value")
    assert info.value.text("id").startswith("'79.30%' bukan nilai target yang valid")


def test_refuses_what_is_not_text() -> None:
    with pytest.raises(rb.NotationError, match="not text"):
        rb.parse_value(25)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("150.000.000,-", 150_000_000),
        ("70.000.000,-", 70_000_000),
        ("Rp150.000.000", 150_000_000),
        ("Rp 150.000.000,-", 150_000_000),
        ("Rp. 1.250.000,00", 1_250_000),
        ("rp1.000", 1_000),
        ("1.500", 1_500),
        ("150000000", 150_000_000),
        ("0", 0),
        (" Rp 5 ", 5),
    ],
)
def test_parses_rupiah(text: str, amount: int) -> None:
    assert rb.parse_rupiah(text) == amount


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("150.000.00", "well-formed"),
        ("150,000,000", "separates decimals"),
        ("Rp 1.250.000,50", "whole rupiah only"),
        ("-150.000", "negative"),
        ("25%", "percentage is not money"),
        ("", "empty"),
        ("Rp", "expected whole rupiah"),
        ("1" * 20, "exceeds"),
        ("Rp １.000", "non-ASCII digit"),
    ],
)
def test_refuses_bad_rupiah(text: str, fragment: str) -> None:
    with pytest.raises(rb.NotationError, match="rupiah") as info:
        rb.parse_rupiah(text)
    assert fragment in str(info.value)


@pytest.mark.parametrize(
    ("amount", "text"),
    [(150_000_000, "Rp150.000.000"), (0, "Rp0"), (999, "Rp999"), (1_000, "Rp1.000")],
)
def test_formats_rupiah(amount: int, text: str) -> None:
    assert rb.format_rupiah(amount) == text


@pytest.mark.parametrize("bad", [-1, MAX_RUPIAH + 1])
def test_format_rupiah_refuses_out_of_range(bad: int) -> None:
    with pytest.raises(ValueError, match="between 0"):
        rb.format_rupiah(bad)


@pytest.mark.parametrize("bad", [1.5, True, "150"])
def test_format_rupiah_refuses_non_integers(bad: object) -> None:
    with pytest.raises(
        rb.ModelTypeError, match=r"format_rupiah\(amount=.*\): expected whole rupiah"
    ):
        rb.format_rupiah(bad)  # type: ignore[arg-type]


def test_numbers() -> None:
    assert rb.parse_number("79,30") == Decimal("79.30")
    assert rb.parse_number("1.500", grouping=True) == 1500
    assert rb.format_number(Decimal("79.30")) == "79,30"
    assert rb.format_number(1_250_000, grouping=True) == "1.250.000"
    with pytest.raises(rb.NotationError, match="ambiguous"):
        rb.parse_number("1.500")
    with pytest.raises(rb.NotationError):
        rb.parse_number("79,30 OPD")


def test_format_value_refuses_other_objects() -> None:
    with pytest.raises(rb.ModelTypeError, match="expected a target value"):
        rb.format_value("25%")  # type: ignore[arg-type]


# -- properties


@given(rbst.target_values())
def test_parse_inverts_format(value: rb.TargetValue) -> None:
    assert rb.parse_value(rb.format_value(value)) == value


@given(rbst.target_values())
def test_format_is_canonical_and_idempotent(value: rb.TargetValue) -> None:
    once = rb.format_value(value)
    assert rb.format_value(rb.parse_value(once)) == once


@given(rbst.target_values(), st.sampled_from(["", " ", "  ", "\t"]))
def test_surrounding_spaces_do_not_matter(value: rb.TargetValue, pad: str) -> None:
    text = rb.format_value(value)
    assert rb.parse_value(pad + text + pad) == value


@given(rbst.rupiah_amounts(max_value=MAX_RUPIAH))
def test_rupiah_round_trip(amount: int) -> None:
    text = rb.format_rupiah(amount)
    assert rb.parse_rupiah(text) == amount
    assert rb.parse_rupiah(text.removeprefix("Rp") + ",-") == amount


@given(st.text(max_size=60))
def test_any_text_parses_or_raises_notation_error(text: str) -> None:
    try:
        value = rb.parse_value(text)
    except rb.NotationError:
        return
    assert rb.parse_value(rb.format_value(value)) == value


@given(st.text(alphabet="0123456789.,-%Rp OPDIRBLevl()s/d", max_size=30))
def test_notation_like_text_parses_or_raises_notation_error(text: str) -> None:
    for parse in (rb.parse_value, rb.parse_rupiah, rb.parse_number):
        with contextlib.suppress(rb.NotationError):
            parse(text)


@pytest.mark.parametrize("parse", [rb.parse_value, rb.parse_rupiah, rb.parse_number])
def test_a_megabyte_is_refused_at_once(parse: object) -> None:
    def refuse(text: str) -> None:
        with pytest.raises(rb.NotationError, match="longer than"):
            parse(text)  # type: ignore[operator]

    def work(size: int) -> int:
        text = "9" * size + "%"
        refuse(text)
        return lines(lambda: refuse(text))

    # A megabyte costs the lines of Python that a cell one character too long costs.
    assert_growth(work, sizes=(MAX_NOTATION_LENGTH, 1_000_000), bound=1.1)


def test_equal_cells_share_one_value_and_errors_are_raised_every_time() -> None:
    first = rb.parse_value("40 OPD")
    assert rb.parse_value(" 40 OPD") == first
    assert rb.parse_value("40 OPD") is first  # values are immutable: one object serves all
    for _ in range(2):
        with pytest.raises(rb.NotationError):
            rb.parse_value("40 OPDD%")
