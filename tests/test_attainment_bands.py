"""Status bands: the default table at and beside every boundary, and custom tables."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest

import rbroadmap as rb

D = Decimal

# Printed: >=91 Sangat Tinggi, 76-90 Tinggi, 66-75 Sedang, 51-65 Rendah, <=50 Sangat Rendah.
CASES = [
    (D(0), "sangat-rendah"),
    (D(50), "sangat-rendah"),
    (D("50.99"), "sangat-rendah"),  # in the printed gap: the lower band
    (D(51), "rendah"),
    (D(65), "rendah"),
    (D("65.5"), "rendah"),
    (D(66), "sedang"),
    (D(75), "sedang"),
    (D("75.99"), "sedang"),
    (D(76), "tinggi"),
    (D(90), "tinggi"),
    (D("90.99"), "tinggi"),
    (D(91), "sangat-tinggi"),
    (D(100), "sangat-tinggi"),
    (D(150), "sangat-tinggi"),
]


@pytest.mark.parametrize(("value", "code"), CASES)
def test_default_bands_by_lower_bounds(value: Decimal, code: str) -> None:
    assert rb.DEFAULT_BANDS.classify(value).code == code


def test_labels_in_indonesian_and_english() -> None:
    labels = [(b.indonesian, b.english) for b in rb.DEFAULT_BANDS]
    assert labels == [
        ("Sangat Tinggi", "Very high"),
        ("Tinggi", "High"),
        ("Sedang", "Medium"),
        ("Rendah", "Low"),
        ("Sangat Rendah", "Very low"),
    ]
    assert rb.DEFAULT_BANDS.band("tinggi").aliases == ("Baik",)
    assert rb.DEFAULT_BANDS.band("sangat-rendah").printed == "≤ 50"


def test_a_figure_and_its_band_never_disagree() -> None:
    # 90,996 is shown 91,00 and is therefore Sangat Tinggi
    assert rb.DEFAULT_BANDS.classify(Fraction(90996, 1000)).code == "sangat-tinggi"
    assert rb.DEFAULT_BANDS.classify(Fraction(90994, 1000)).code == "tinggi"


def test_a_custom_table() -> None:
    table = rb.BandTable(
        name="Predikat kinerja",
        bands=[
            rb.Band(code="sangat-baik", low=110, indonesian="Sangat Baik", english="Very good"),
            rb.Band(code="baik", low=90, indonesian="Baik", english="Good"),
            rb.Band(code="kurang", low=0, indonesian="Kurang", english="Poor"),
        ],
    )
    assert table.classify(D("109.99")).code == "baik"
    assert table.classify(110).code == "sangat-baik"
    assert len(table) == 3
    with pytest.raises(KeyError):
        table.band("cukup")


@pytest.mark.parametrize(
    "lows",
    [
        [50, 80, 0],  # not falling
        [80, 50],  # the last does not start at 0
        [],  # empty
    ],
)
def test_a_table_must_cover_every_attainment(lows: list[int]) -> None:
    bands = [
        rb.Band(code=f"b{i}", low=low, indonesian=f"B{i}", english=f"B{i}")
        for i, low in enumerate(lows)
    ]
    with pytest.raises(rb.ModelError):
        rb.BandTable(name="x", bands=bands)


def test_band_codes_are_unique() -> None:
    with pytest.raises(rb.ModelError):
        rb.BandTable(
            name="x",
            bands=[
                rb.Band(code="a", low=50, indonesian="A", english="A"),
                rb.Band(code="a", low=0, indonesian="B", english="B"),
            ],
        )
