"""Regulation scales, tested at and beside every boundary, exactly as the
regulations state them (each scale in ``rbroadmap.scales`` names its regulation)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import rbroadmap as rb
from rbroadmap.scales import (
    BPK,
    IKM_2004,
    IKM_2017,
    IRB,
    SAKIP,
    SCALES,
    SPIP,
    ScaleError,
    ikm_2004,
    ikm_2017,
    scale_of_index,
)

D = Decimal
STEP = D("0.01")

# (value, grade) at and beside every boundary; IRB and SAKIP are open on the left.
LEFT_OPEN_CASES = [
    (D(0), "D"),
    (D(30), "D"),
    (D("30.01"), "C"),
    (D(50), "C"),
    (D("50.01"), "CC"),
    (D(60), "CC"),
    (D("60.01"), "B"),
    (D(70), "B"),
    (D("70.01"), "BB"),
    (D(80), "BB"),
    (D("80.01"), "A"),
    (D(90), "A"),
    (D("90.01"), "AA"),
    (D(100), "AA"),
]


@pytest.mark.parametrize("scale", [IRB, SAKIP], ids=["IRB", "SAKIP"])
@pytest.mark.parametrize(("value", "code"), LEFT_OPEN_CASES)
def test_irb_and_sakip_are_open_on_the_left(
    scale: rb.scales.Scale, value: Decimal, code: str
) -> None:
    assert scale.classify(value).code == code


def test_irb_70_is_b_and_70_01_is_bb() -> None:
    assert IRB.classify(rb.parse_value("IRB 70")).indonesian == "Baik"  # type: ignore[arg-type]
    assert IRB.classify(D("70.01")).indonesian == "Sangat Baik"


def test_aa_is_up_to_and_including_100_not_above() -> None:
    # A public implementation tested AA as "> 100"; 100 itself is AA, and above is outside.
    assert IRB.classify(100).code == "AA"
    assert IRB.classify(D("99.99")).code == "AA"
    with pytest.raises(ScaleError, match="outside the IRB scale"):
        IRB.classify(D("100.01"))


IKM_2017_CASES = [
    (D("25.00"), "D"),
    (D("64.99"), "D"),
    (D("64.995"), "D"),
    (D("65.00"), "C"),
    (D("76.60"), "C"),
    (D("76.605"), "C"),
    (D("76.61"), "B"),
    (D("88.30"), "B"),
    (D("88.305"), "B"),
    (D("88.31"), "A"),
    (D("100.00"), "A"),
    (D("79.30"), "B"),
    (D("85.00"), "B"),
]


@pytest.mark.parametrize(("value", "code"), IKM_2017_CASES)
def test_ikm_2017_by_lower_bounds(value: Decimal, code: str) -> None:
    assert IKM_2017.classify(value).code == code


IKM_2004_CASES = [
    (D("25.00"), "D"),
    (D("43.75"), "D"),
    (D("43.755"), "D"),
    (D("43.76"), "C"),
    (D("62.50"), "C"),
    (D("62.51"), "B"),
    (D("81.25"), "B"),
    (D("81.255"), "B"),
    (D("81.26"), "A"),
    (D("100"), "A"),
    (D("79.30"), "B"),
    (D("85.00"), "A"),
]


@pytest.mark.parametrize(("value", "code"), IKM_2004_CASES)
def test_ikm_2004_by_lower_bounds(value: Decimal, code: str) -> None:
    assert IKM_2004.classify(value).code == code


SPIP_CASES = [
    (D(0), "0"),
    (D("0.99"), "0"),
    (D(1), "1"),
    (D("1.99"), "1"),
    (D(2), "2"),
    (D("2.99"), "2"),
    (D(3), "3"),
    (D("3.99"), "3"),
    (D(4), "4"),
    (D("4.49"), "4"),
    (D("4.50"), "5"),
    (D(5), "5"),
]


@pytest.mark.parametrize(("value", "code"), SPIP_CASES)
def test_spip_levels_are_closed_on_the_left(value: Decimal, code: str) -> None:
    assert SPIP.classify(value).code == code


def test_spip_level_names() -> None:
    assert SPIP.classify(3).indonesian == "Terdefinisi"
    assert SPIP.find("intuitif") == SPIP.grade("2")
    assert SPIP.find("terdefinisi") == SPIP.grade("3")


@pytest.mark.parametrize(
    ("scale", "value"),
    [
        (IRB, D("-0.01")),
        (IRB, D("100.01")),
        (IKM_2017, D("24.99")),
        (IKM_2004, D("100.01")),
        (SPIP, D("5.01")),
        (SPIP, D("-1")),
    ],
)
def test_values_outside_a_scale_are_refused(scale: rb.scales.Scale, value: Decimal) -> None:
    with pytest.raises(ScaleError) as info:
        scale.classify(value)
    assert isinstance(info.value, ValueError)
    assert info.value.message.indonesian


def test_binary_floats_are_refused() -> None:
    with pytest.raises(rb.ModelError, match="binary float"):
        IRB.classify(70.5)  # type: ignore[arg-type]


SCORED = {code: scale for code, scale in SCALES.items() if scale.scored}


@pytest.mark.parametrize("scale", list(SCORED.values()), ids=list(SCORED))
@given(data=st.data())
def test_every_value_on_a_scale_has_exactly_one_grade(
    scale: rb.scales.Scale, data: st.DataObject
) -> None:
    value = data.draw(st.decimals(min_value=scale.minimum, max_value=scale.maximum, places=3))
    assert sum(g.contains(value) for g in scale) == 1


@pytest.mark.parametrize("scale", list(SCALES.values()), ids=list(SCALES))
def test_grades_are_ordered_best_first_and_labelled(scale: rb.scales.Scale) -> None:
    if scale.scored:
        lows = [g.low for g in scale]
        assert lows == sorted(lows, reverse=True)  # type: ignore[type-var]
    assert [scale.rank(g) for g in scale] == list(range(len(scale)))
    for grade in scale:
        assert grade.label.indonesian
        assert grade.label.english
        assert scale.find(grade.code) == grade
        assert scale.find(grade.indonesian.upper()) is not None


def test_labels() -> None:
    assert IRB.find("Memuaskan") == IRB.grade("A")
    assert IKM_2017.find("sangat  baik") == IKM_2017.grade("A")
    assert IKM_2017.find("luar biasa") is None
    assert str(IRB.grade("BB")) == "BB (Sangat Baik)"
    with pytest.raises(KeyError):
        IRB.grade("Z")


def test_ikm_2017_from_element_means() -> None:
    # Hand computed: (3 x 9 + 0.9) / 9 x 25 = 77.50
    means = [D(3)] * 8 + [D("3.9")]
    assert ikm_2017(means) == D("77.50")
    assert ikm_2017([4] * 9) == D("100.00")
    assert ikm_2017([1] * 9) == D("25.00")
    # 79,30 is the seed's 2017 baseline: mean 3,172 gives it exactly.
    assert ikm_2017([D("3.172")] * 9) == D("79.30")


def test_ikm_2004_weights_each_element_0_071() -> None:
    assert ikm_2004([4] * 14) == D("99.40")
    assert ikm_2004([1] * 14) == D("24.85")
    assert IKM_2004.classify(ikm_2004([1] * 14)).code == "D"
    assert ikm_2004([D("3.5")] * 14) == D("86.98")  # 3.5 x 0.994 x 25 = 86.975 -> 86.98


@pytest.mark.parametrize(
    ("compute", "means", "fragment"),
    [
        (ikm_2017, [3] * 8, "9 service elements, not 8"),
        (ikm_2004, [3] * 9, "14 service elements, not 9"),
        (ikm_2017, [3] * 8 + [5], "U9 = 5 must be between 1 and 4"),
        (ikm_2017, [3] * 8 + [D("0.5")], "between 1 and 4"),
    ],
)
def test_ikm_refuses_bad_scores(compute: object, means: list[Decimal], fragment: str) -> None:
    with pytest.raises(ScaleError, match=fragment):
        compute(means)  # type: ignore[operator]


def test_scales_are_reachable_from_the_package() -> None:
    assert rb.scales.IRB is IRB
    assert set(SCALES) == {"IRB", "SAKIP", "IKM_2017", "IKM_2004", "SPIP", "BPK"}


def test_bpk_opinions_are_ordered_and_have_no_scores() -> None:
    # UU 15/2004, Penjelasan Pasal 16 ayat (1): the four opinions, best first.
    assert [g.code for g in BPK] == ["WTP", "WDP", "TW", "TMP"]
    assert BPK.at_least("WTP", "WDP")
    assert BPK.at_least("WDP", "WDP")
    assert not BPK.at_least("TW", "WDP")
    assert BPK.find("wajar dengan pengecualian") == BPK.grade("WDP")
    assert not BPK.scored
    with pytest.raises(ScaleError, match="orders grades without scores"):
        BPK.classify(90)


def test_grades_compare_by_their_place_in_the_scale() -> None:
    assert IRB.at_least("BB", "B")
    assert IRB.at_least("Sangat Baik", "BB")
    assert not IRB.at_least("CC", "Baik")
    assert [IRB.rank(code) for code in ("AA", "A", "BB", "B", "CC", "C", "D")] == list(range(7))
    with pytest.raises(KeyError):
        IRB.rank("WTP")


def test_an_index_names_its_scale_where_it_can() -> None:
    assert scale_of_index("IRB") is IRB
    assert scale_of_index("SAKIP") is SAKIP
    assert scale_of_index("AKIP") is SAKIP
    assert scale_of_index("SPIP") is SPIP
    assert scale_of_index("IKM") is None  # 2004 or 2017: the document says which
    assert scale_of_index("SKM") is None


def test_classify_takes_any_value_with_a_magnitude() -> None:
    assert IRB.classify(rb.parse_value("> IRB 70")).code == "B"  # type: ignore[arg-type]
    assert SPIP.classify(rb.Quantity(D("3.27"), "Nilai")).code == "3"
