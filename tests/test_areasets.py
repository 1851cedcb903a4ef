"""Standard area sets: each national road map's areas, found by name or alias."""

from __future__ import annotations

import pytest

import rbroadmap as rb
from rbroadmap.areasets import AREAS_2015_2019, AREAS_2020_2024, AREAS_2023, AreaKind


def test_every_set_is_registered_by_code() -> None:
    assert set(rb.AREA_SETS) == {"permenpanrb-11-2015", "permenpanrb-25-2020", "permenpanrb-3-2023"}


@pytest.mark.parametrize("area_set", [AREAS_2015_2019, AREAS_2020_2024])
def test_national_road_maps_have_eight_areas(area_set: rb.AreaSet) -> None:
    assert len(area_set) == 8
    assert len(set(area_set.codes)) == 8


def test_2023_adds_four_themes() -> None:
    themes = [a for a in AREAS_2023 if a.kind is AreaKind.THEMATIC]
    assert [a.code for a in themes] == [
        "kemiskinan",
        "investasi",
        "digitalisasi",
        "prioritas-presiden",
    ]
    assert len(AREAS_2023) == 12


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Penataan dan Penguatan Organisasi", "organisasi"),
        ("Tatalaksana", "tatalaksana"),
        ("Peraturan Perundang - undangan", "peraturan"),
        ("Peraturan Perundang-undangan", "peraturan"),
        ("Sumber Daya Manusia", "sdm"),
        ("Sumber Daya Manusia Aparatur", "sdm"),
        ("Pengawasan", "pengawasan"),
        ("Akuntabilitas Kinerja", "akuntabilitas"),
        ("Akuntabilitas kinerja", "akuntabilitas"),
        ("Pelayanan Publik", "pelayanan-publik"),
        ("Pola Pikir dan Budaya Kerja", "pola-pikir"),
        ("Pola Pikir (Mind Set) dan Budaya Kerja (Culture Set)", "pola-pikir"),
    ],
)
def test_the_seed_wordings_find_their_2015_area(name: str, code: str) -> None:
    found = AREAS_2015_2019.find(name)
    assert found is not None
    assert found.code == code


def test_unknown_names_find_nothing() -> None:
    assert AREAS_2015_2019.find("Manajemen Perubahan") is None
    assert AREAS_2020_2024.find("Manajemen Perubahan") is not None
    assert AREAS_2020_2024.get("nothing") is None
