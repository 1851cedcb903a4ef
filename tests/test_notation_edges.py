"""Indonesian notation at its edges: the longest text, the largest amount, the highest level.

`tests/test_notation.py` reads every form of the seed and the common mistakes.
Here each limit and each choice the reader makes is tested on both sides:
a text of exactly `MAX_NOTATION_LENGTH` characters, `MAX_RUPIAH` and one more,
``Level 99`` and ``Level 100``, a count written with a decimal comma, a range
of thousands, and the hint each refusal gives.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import rbroadmap as rb
from rbroadmap.notation import MAX_NOTATION_LENGTH, MAX_RUPIAH


def refusal(parse: object, text: str) -> rb.NotationError:
    """The error *parse* raises for *text*."""
    with pytest.raises(rb.NotationError) as info:
        parse(text)  # type: ignore[operator]
    assert info.value.text_given == text
    return info.value


def test_the_documented_limits() -> None:
    assert MAX_NOTATION_LENGTH == 200
    assert MAX_RUPIAH == 999_999_999_999_999_999


def test_a_text_of_exactly_200_characters_is_read() -> None:
    text = "T" * MAX_NOTATION_LENGTH
    assert rb.parse_value(text) == rb.Qualitative(text)
    padded = "25%".center(MAX_NOTATION_LENGTH)
    assert rb.parse_value(padded) == rb.Percentage(25)
    assert rb.parse_number("7".rjust(MAX_NOTATION_LENGTH)) == 7
    assert rb.parse_rupiah("7".rjust(MAX_NOTATION_LENGTH)) == 7
    for parse in (rb.parse_value, rb.parse_number, rb.parse_rupiah):
        error = refusal(parse, " " + "7".rjust(MAX_NOTATION_LENGTH))
        assert "longer than 200 characters" in str(error)


def test_the_largest_amount_of_money() -> None:
    assert rb.parse_rupiah("999.999.999.999.999.999") == MAX_RUPIAH
    assert rb.parse_rupiah("Rp999999999999999999,-") == MAX_RUPIAH
    assert rb.parse_rupiah("0999999999999999999") == MAX_RUPIAH  # a leading zero adds nothing
    assert rb.format_rupiah(MAX_RUPIAH) == "Rp999.999.999.999.999.999"
    for text in ("1.000.000.000.000.000.000", "1000000000000000000"):
        error = refusal(rb.parse_rupiah, text)
        assert f"the amount exceeds {MAX_RUPIAH}" in str(error)
        assert f"jumlah melebihi {MAX_RUPIAH}" in error.text("id")


def test_a_count_with_a_decimal_is_refused() -> None:
    error = refusal(rb.parse_value, "5,0 OPD")
    assert "'5,0' is a whole number written with a comma: a count is written without one" in str(
        error
    )
    for text in ("1-2,0 OPD", "1,5-2 OPD"):
        error = refusal(rb.parse_value, text)
        assert "a count is a whole number, without a comma" in str(error)
        assert "jumlah harus bilangan bulat tanpa koma" in error.text("id")
    # A number with a fraction in a unit is a quantity, never a count.
    assert rb.parse_value("5,5 OPD") == rb.Quantity(Decimal("5.5"), "OPD")


def test_a_range_of_thousands() -> None:
    value = rb.parse_value("1.000-2.000 Orang")
    assert value == rb.Range(rb.Count(1000, "Orang"), rb.Count(2000, "Orang"))
    assert rb.format_value(value) == "1.000-2.000 Orang"
    assert rb.parse_value("1.500 s.d. 2.500 Orang Dan keluarga") == rb.Range(
        rb.Count(1500, "Orang", "Dan keluarga"), rb.Count(2500, "Orang", "Dan keluarga")
    )


def test_level_99_is_the_highest() -> None:
    assert rb.parse_value("Level 99") == rb.Level(99)
    assert rb.parse_value("Level 0") == rb.Level(0)
    assert rb.parse_value("tingkat 099") == rb.Level(99)
    error = refusal(rb.parse_value, "Level 100")
    assert "a level is at most 99" in str(error)
    assert "level paling tinggi 99" in error.text("id")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Level 3 (terdefinisi)", rb.Level(3, "terdefinisi")),
        ("Level 3 ( terdefinisi )", rb.Level(3, "terdefinisi")),
        ("Level 3(terdefinisi)", rb.Level(3, "terdefinisi")),
    ],
)
def test_a_level_name_is_trimmed(text: str, value: rb.Level) -> None:
    assert rb.parse_value(text) == value


@pytest.mark.parametrize("text", ["Level 3 ()", "Level 3 (  )", "Level 3 (level 3)"])
def test_a_level_name_must_be_text_without_digits(text: str) -> None:
    assert "the level's name in parentheses must be text without digits" in str(
        refusal(rb.parse_value, text)
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1.500 Orang", rb.Count(1500, "Orang")),
        ("1.000.000 Orang", rb.Count(1_000_000, "Orang")),
        ("IKM 79,30", rb.IndexScore("IKM", Decimal("79.30"))),
        ("IRB 70 - 75", rb.Range(rb.IndexScore("IRB", 70), rb.IndexScore("IRB", 75))),
        ("-0,5%", rb.Percentage(Decimal("-0.5"))),
        ("-0,5 - 10%", rb.Range(rb.Percentage(Decimal("-0.5")), rb.Percentage(10))),
    ],
)
def test_reads(text: str, value: rb.TargetValue) -> None:
    assert rb.parse_value(text) == value


# -- the hint each refusal gives


@pytest.mark.parametrize(
    ("text", "english", "indonesian"),
    [
        (
            "1.500%",
            "'1.500' is ambiguous: the dot groups thousands; write '1500' or '1,500'",
            "'1.500' bermakna ganda: titik memisahkan ribuan; tulis '1500' atau '1,500'",
        ),
        (
            "1.500.000%",
            "'1.500.000' is ambiguous: the dot groups thousands; write '1500000'",
            "'1.500.000' bermakna ganda: titik memisahkan ribuan; tulis '1500000'",
        ),
        (
            "IKM 1.500",
            "'1.500' is ambiguous: the dot groups thousands; write '1500' or '1,500'",
            "'1.500' bermakna ganda: titik memisahkan ribuan; tulis '1500' atau '1,500'",
        ),
        (
            "1.500-2000%",
            "'1.500' is ambiguous: the dot groups thousands; write '1500' or '1,500'",
            "'1.500' bermakna ganda: titik memisahkan ribuan; tulis '1500' atau '1,500'",
        ),
        (
            "10-1.500%",
            "'1.500' is ambiguous: the dot groups thousands; write '1500' or '1,500'",
            "'1.500' bermakna ganda: titik memisahkan ribuan; tulis '1500' atau '1,500'",
        ),
        (
            "IKM 1.500-2000",
            "'1.500' is ambiguous: the dot groups thousands; write '1500' or '1,500'",
            "'1.500' bermakna ganda: titik memisahkan ribuan; tulis '1500' atau '1,500'",
        ),
        (
            "IKM 10-1.500",
            "'1.500' is ambiguous: the dot groups thousands; write '1500' or '1,500'",
            "'1.500' bermakna ganda: titik memisahkan ribuan; tulis '1500' atau '1,500'",
        ),
        (
            "79.30%",
            "Indonesian notation uses a decimal comma: '79,30'",
            "notasi Indonesia memakai koma desimal: '79,30'",
        ),
        (
            "-79.30%",
            "Indonesian notation uses a decimal comma: '-79,30'",
            "notasi Indonesia memakai koma desimal: '-79,30'",
        ),
    ],
)
def test_a_dot_in_a_percentage_or_a_score_is_refused_with_both_readings(
    text: str, english: str, indonesian: str
) -> None:
    error = refusal(rb.parse_value, text)
    assert str(error).endswith(english)
    assert error.text("id").endswith(indonesian)


@pytest.mark.parametrize(
    "text",
    ["9999999999999999%", "1234567890123456 OPD", "0,1234567890123%", "IKM 0,1234567890123"],
)
def test_too_many_digits_are_refused_by_the_reader(text: str) -> None:
    error = refusal(rb.parse_value, text)
    assert str(error).endswith("at most 15 digits before the comma and 12 after it")
    assert error.text("id").endswith("paling banyak 15 angka di depan koma dan 12 di belakangnya")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("999999999999999%", rb.Percentage(Decimal("999999999999999"))),
        ("999.999.999.999.999 OPD", rb.Count(999_999_999_999_999, "OPD")),
        ("0,123456789012%", rb.Percentage(Decimal("0.123456789012"))),
    ],
)
def test_fifteen_digits_and_twelve_decimals_are_read(text: str, value: rb.TargetValue) -> None:
    assert rb.parse_value(text) == value


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        (
            "85",
            "a number without a unit; write for example '85%', '85 OPD' or 'IKM 85', or give "
            "the column's unit (unit=...)",
        ),
        (
            "-85",
            "a number without a unit; write for example '-85%', '-85 OPD' or 'IKM -85', or "
            "give the column's unit (unit=...)",
        ),
        (
            "1.500",
            "a number without a unit; write for example '1.500%', '1.500 OPD' or 'IKM 1.500', "
            "or give the column's unit (unit=...)",
        ),
        ("lima%", "a percentage is a number followed by '%', such as '25%'"),
        ("25 %x", "a percentage is a number followed by '%', such as '25%'"),
        ("25%%", "'%' is written more than once"),
        ("25 persen", "write a percentage with '%', such as '25%'"),
        ("Rp 5 OPD", "money is not a target value; use parse_rupiah for budgets"),
    ],
)
def test_text_that_matches_no_notation_gets_a_hint(text: str, hint: str) -> None:
    assert str(refusal(rb.parse_value, text)).endswith(hint)


EXPECTED_VALUE = (
    "expected a percentage ('25%'), a count with a unit ('39 OPD'), a quantity with a unit "
    "('2,5 hari'), an index score ('IRB 70'), a level ('Level 3'), a threshold ('≥ 80%', "
    "'minimal 80%'), a score with its grade ('SAKIP 60/B'), a range ('70-80%'), a check mark "
    "('√'), text without digits ('WTP'), 'NA' for not available or '-' for no target"
)


@pytest.mark.parametrize("text", ["Opd 5", "Tahap 2", "WTP\nWBK", "WTP\r\nWBK"])
def test_text_with_digits_or_line_breaks_is_not_qualitative(text: str) -> None:
    error = refusal(rb.parse_value, text)
    assert str(error) == f"{text!r} is not a valid target value: {EXPECTED_VALUE}"


@pytest.mark.parametrize(("text", "amount"), [("Rp1,5 M", 1_500_000_000), ("1,5 juta", 1_500_000)])
def test_an_amount_in_words_is_read_exactly(text: str, amount: int) -> None:
    assert rb.parse_rupiah(text) == amount


@pytest.mark.parametrize("text", ["Rp 1,5 X", "lima juta"])
def test_an_amount_in_words_not_known_is_refused_without_a_misleading_hint(text: str) -> None:
    assert str(refusal(rb.parse_rupiah, text)) == (
        f"{text!r} is not a valid rupiah amount: expected whole rupiah such as "
        "'150.000.000,-', 'Rp150.000.000', 'Rp 1.250.000,00' or 'Rp 150 juta'"
    )


def test_numbers_are_written_without_grouping_unless_asked() -> None:
    assert rb.format_number(1500) == "1500"
    assert rb.format_number(Decimal("1500.50")) == "1500,50"
    assert rb.format_number(Decimal("-1500.5"), grouping=True) == "-1.500,5"
