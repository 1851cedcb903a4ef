"""Target value types: exact numbers, and constructors that refuse nonsense."""

from __future__ import annotations

import pickle
from decimal import Decimal

import attrs
import pytest
from hypothesis import given

import rbroadmap as rb
from rbroadmap import strategies as rbst


def test_numbers_are_exact_decimals() -> None:
    assert rb.Percentage(25).value == Decimal(25)
    assert isinstance(rb.Percentage(25).value, Decimal)
    assert rb.IndexScore("IKM", Decimal("79.30")).value.as_tuple().exponent == -2


def test_exponents_and_negative_zero_are_normalised() -> None:
    assert str(rb.Percentage(Decimal("1E+2")).value) == "100"
    assert not rb.Percentage(Decimal("-0.0")).value.is_signed()


@pytest.mark.parametrize(
    ("build", "fragment"),
    [
        (lambda: rb.Percentage(0.1), "binary float is not exact"),  # type: ignore[arg-type]
        (lambda: rb.Percentage(Decimal("NaN")), "finite"),
        (lambda: rb.Percentage(Decimal("Infinity")), "finite"),
        (lambda: rb.Percentage("25"), "expected a Decimal"),  # type: ignore[arg-type]
        (lambda: rb.Percentage(True), "expected a Decimal"),  # type: ignore[arg-type]
        (lambda: rb.Percentage(Decimal("1E+20")), "digits before"),
        (lambda: rb.Percentage(Decimal("1E-20")), "digits after"),
        (lambda: rb.Count(-1, "OPD"), "between 0"),
        (lambda: rb.Count(3, ""), "empty"),
        (lambda: rb.Count(3, "two  words"), "separated by one space"),
        (lambda: rb.Count(3, "Dokumen 2"), "digits"),
        (lambda: rb.Quantity(Decimal("3.0"), "Indeks"), "a Count"),
        (lambda: rb.Quantity(Decimal("-2.5"), "hari"), "negative"),
        (lambda: rb.Threshold(rb.Comparison.EXACTLY, rb.Percentage(80)), "without a comparison"),
        (lambda: rb.Threshold(rb.Comparison.AT_LEAST, rb.NO_TARGET), "expected"),  # type: ignore[arg-type]
        (lambda: rb.Graded(rb.IndexScore("SAKIP", 60), "Z"), "not a grade of the SAKIP scale"),
        (lambda: rb.Graded(rb.IndexScore("IRB", 85), "B", "IKM_2017"), "already names"),
        (lambda: rb.Graded(rb.IndexScore("IKM", 85), "B", "BPK"), "not a scale of scores"),
        (
            lambda: rb.Graded(rb.Threshold(rb.Comparison.AT_LEAST, rb.Level(3)), "Terdefinisi"),
            "carries its own name",
        ),
        (lambda: rb.Graded(rb.Count(3, "OPD", "dan x"), "B"), "no qualifier"),
        (lambda: rb.Graded(rb.IndexScore("IRB", 70), "B/C"), "parentheses or slashes"),
        (lambda: rb.Qualitative("N/A"), "not available"),
        (lambda: rb.Count(3, "Rp"), "money is not a count"),
        (lambda: rb.Count(3, "persen"), "percentage is not a count"),
        (lambda: rb.Count(3, "OPD", "7 kali"), "digits"),
        (lambda: rb.Count(Decimal("2.5"), "Unit"), "expected an int"),  # type: ignore[arg-type]
        (lambda: rb.IndexScore("irb", 70), "capital letters"),
        (lambda: rb.IndexScore("RP", 70), "capital letters"),
        (lambda: rb.Level(100), "between 0 and 99"),
        (lambda: rb.Level(3, "(x)"), "parentheses"),
        (lambda: rb.Qualitative(""), "empty"),
        (lambda: rb.Qualitative("-"), "contain a letter"),
        (lambda: rb.Qualitative("ISO 9001"), "digits"),
        (lambda: rb.Qualitative(" WTP"), "start or end with a space"),
        (lambda: rb.Range(rb.Percentage(80), rb.Percentage(70)), "greater than"),
        (lambda: rb.Range(rb.Percentage(70), rb.Count(80, "OPD")), "same kind"),
        (lambda: rb.Range(rb.Count(1, "OPD"), rb.Count(2, "OPD", "lain")), "qualifier"),
        (lambda: rb.Range(rb.NO_TARGET, rb.Percentage(2)), "Percentage"),  # type: ignore[arg-type]
    ],
)
def test_constructors_refuse_meaningless_values(build: object, fragment: str) -> None:
    with pytest.raises(rb.ModelError) as info:
        build()  # type: ignore[operator]
    assert fragment in str(info.value)
    assert isinstance(info.value, ValueError)


def test_a_wrong_type_is_also_a_type_error() -> None:
    with pytest.raises(TypeError):
        rb.Percentage("25")  # type: ignore[arg-type]


def test_error_names_class_field_and_value() -> None:
    with pytest.raises(rb.ModelError) as info:
        rb.Count(-3, "OPD")
    error = info.value
    assert (error.entity, error.field, error.value) == ("Count", "value", -3)
    assert str(error).startswith("Count.value = -3:")


def test_dimensions() -> None:
    assert rb.Percentage(1).dimension == "%"
    assert rb.Count(1, "OPD").dimension == rb.Count(2, "opd").dimension == "opd"
    assert rb.IndexScore("IRB", 1).dimension == "IRB"
    assert rb.Level(1).dimension == "level"
    assert rb.Qualitative("WTP").dimension == "text"
    assert rb.NO_TARGET.dimension is None


@given(rbst.target_values())
def test_values_are_immutable_hashable_and_pickle(value: rb.TargetValue) -> None:
    assert hash(value) == hash(attrs.evolve(value))
    assert pickle.loads(pickle.dumps(value)) == value
    fields = attrs.fields(type(value))
    if fields:
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            setattr(value, fields[0].name, None)


@given(rbst.percentages())
def test_equal_percentages_hash_equal(p: rb.Percentage) -> None:
    same = rb.Percentage(Decimal(str(p.value)))
    assert same == p
    assert hash(same) == hash(p)
