"""Standard area sets: each national road map's areas, found by name or alias."""

from __future__ import annotations

import pytest

import rbroadmap as rb
from rbroadmap.areasets import (
    AREAS_2010_2014,
    AREAS_2015_2019,
    AREAS_2020_2024,
    AREAS_2023,
    AreaKind,
)


def test_every_set_is_registered_by_code() -> None:
    assert set(rb.AREA_SETS) == {
        "permenpanrb-20-2010",
        "permenpanrb-11-2015",
        "permenpanrb-25-2020",
        "permenpanrb-3-2023",
    }


@pytest.mark.parametrize("area_set", [AREAS_2010_2014, AREAS_2015_2019, AREAS_2020_2024])
def test_national_road_maps_have_eight_areas(area_set: rb.AreaSet) -> None:
    assert len(area_set) == 8
    assert len(set(area_set.codes)) == 8
    assert area_set.general == area_set.areas
    assert area_set.themes == ()


def test_the_first_road_map_has_the_eight_areas_of_the_grand_design() -> None:
    assert AREAS_2010_2014.codes == AREAS_2015_2019.codes
    assert AREAS_2010_2014.find("Pola Pikir (Mind Set) dan Budaya Kerja (Culture Set)")
    assert "20/2010" in AREAS_2010_2014.regulation


def test_2023_adds_four_themes_and_the_presidents_two_priorities() -> None:
    assert [a.code for a in AREAS_2023.themes] == [
        "kemiskinan",
        "investasi",
        "digitalisasi",
        "prioritas-presiden",
    ]
    assert [a.code for a in AREAS_2023.parts_of("prioritas-presiden")] == ["p3dn", "inflasi"]
    assert all(a.kind is AreaKind.THEMATIC for a in AREAS_2023.parts_of("prioritas-presiden"))
    assert AREAS_2023.general == AREAS_2020_2024.areas
    assert len(AREAS_2023) == 14
    assert AREAS_2023.find("P3DN").code == "p3dn"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("area_set", "years"),
    [
        (AREAS_2010_2014, (2010, 2014)),
        (AREAS_2015_2019, (2015, 2019)),
        (AREAS_2020_2024, (2020, 2024)),
        (AREAS_2023, (2023, 2024)),
    ],
)
def test_every_set_says_when_it_was_in_force(area_set: rb.AreaSet, years: tuple[int, int]) -> None:
    assert (area_set.start, area_set.end) == years
    assert area_set.in_force(years[0])
    assert area_set.in_force(years[1])
    assert not area_set.in_force(years[0] - 1)
    assert not area_set.in_force(years[1] + 1)
    assert rb.AreaSet(code="x", name="X", regulation="-", areas=()).in_force(2020) is None


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
