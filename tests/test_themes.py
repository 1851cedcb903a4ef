"""RB General and RB Tematik (PermenPAN-RB 3/2023): a road map's themes beside its areas,
and the area set that fits its period."""

from __future__ import annotations

import pytest

import rbroadmap as rb
from rbroadmap.areasets import AREAS_2023

PERIOD = rb.Period(2023, 2024)


def tematik(
    *themes: rb.Theme, area_set: str = "permenpanrb-3-2023", **fields: object
) -> rb.RoadMap:
    return rb.RoadMap(
        id="kota-contoh-2023-2024",
        government="Kota Contoh",
        period=fields.pop("period", PERIOD),  # type: ignore[arg-type]
        area_set=area_set,
        areas=[rb.Area(id=a.code, name=a.name, standard=a.code) for a in AREAS_2023.general],
        themes=themes,
        **fields,  # type: ignore[arg-type]
    )


def theme(code: str, number: int, **fields: object) -> rb.Theme:
    standard = AREAS_2023.get(code)
    name = standard.name if standard is not None else code
    return rb.Theme(id=code, number=number, name=name, standard=code, **fields)  # type: ignore[arg-type]


def test_a_road_map_holds_its_themes_beside_its_areas() -> None:
    poverty = theme(
        "kemiskinan",
        1,
        description="Menurunnya angka kemiskinan",
        problems=[rb.Problem(id="kemiskinan-masalah-1", text="Data kemiskinan belum padu")],
        goals=[rb.Goal(id="kemiskinan-sasaran-1", text="Menurunnya persentase penduduk miskin")],
    )
    rm = tematik(poverty, theme("investasi", 2))
    assert [t.id for t in rm.themes] == ["kemiskinan", "investasi"]
    assert rm.entity("kemiskinan-sasaran-1") in rm.themes[0].goals
    assert [e.id for e in rm.ancestors("kemiskinan-masalah-1")] == ["kemiskinan"]
    assert rm.area_of("kemiskinan-masalah-1") is None  # a theme is not an area
    assert rb.from_json(rb.to_json(rm), rb.RoadMap) == rm
    assert rb.to_dict(rm)["themes"][0]["standard"] == "kemiskinan"


def test_a_theme_covers_the_standard_theme_of_the_set() -> None:
    every = tematik(*(theme(t.code, i) for i, t in enumerate(AREAS_2023.themes, start=1)))
    assert not rb.validate(
        every, select=["RB101", "RB102", "RB103", "RB115", "RB116", "RB117"]
    ).findings
    parts = tematik(
        theme("kemiskinan", 1), theme("investasi", 2), theme("digitalisasi", 3),
        theme("p3dn", 4), theme("inflasi", 5),
    )  # fmt: skip
    assert not rb.validate(parts, select=["RB116", "RB117"]).findings
    missing = tematik(theme("kemiskinan", 1))
    report = rb.validate(missing, select=["RB116"], lang="en")
    assert [f.value for f in report] == [
        "Peningkatan Investasi",
        "Digitalisasi Administrasi Pemerintahan",
        "Percepatan Prioritas Aktual Presiden",
    ]


def test_general_areas_and_themes_are_checked_apart() -> None:
    rm = tematik(*(theme(t.code, i) for i, t in enumerate(AREAS_2023.themes, start=1)))
    # Themes are not areas of change: no area is missing for them.
    assert "RB102" not in {f.code for f in rb.validate(rm)}
    without_area = rb.RoadMap(
        id="r", government="X", period=PERIOD, area_set="permenpanrb-3-2023", themes=rm.themes
    )
    report = rb.validate(without_area, select=["RB102"])
    assert len(report.findings) == 8  # the eight general areas


def test_a_theme_the_set_does_not_know_is_reported() -> None:
    rm = tematik(rb.Theme(id="stunting", number=1, name="Penurunan Stunting"))
    [finding] = rb.validate(rm, select=["RB117"], lang="en").findings
    assert finding.message == (
        "the theme 'Penurunan Stunting' names no standard theme and its name is not known as "
        "a theme in Road Map RB 2020-2024 (PermenPAN-RB 3/2023)"
    )
    older = tematik(theme("kemiskinan", 1), area_set="permenpanrb-25-2020")
    assert [f.entity_id for f in rb.validate(older, select=["RB117"])] == ["kemiskinan"]


@pytest.mark.parametrize(
    ("code", "period", "reported", "suggestion"),
    [
        ("permenpanrb-11-2015", rb.Period(2022, 2024), "ended before the period", None),
        ("permenpanrb-25-2020", rb.Period(2015, 2019), "came into force only after", None),
        ("permenpanrb-11-2015", rb.Period(2018, 2022), None, None),  # Kota Probolinggo
        ("permenpanrb-25-2020", rb.Period(2022, 2024), None, None),
        ("permenpanrb-3-2023", rb.Period(2022, 2024), None, None),  # revised in its period
        ("permenpanrb-20-2010", rb.Period(2016, 2020), "ended before", "permenpanrb-11-2015"),
    ],
)
def test_the_area_set_fits_the_period(
    code: str, period: rb.Period, reported: str | None, suggestion: str | None
) -> None:
    rm = rb.RoadMap(id="r", government="X", period=period, area_set=code)
    report = rb.validate(rm, select=["RB115"], lang="en")
    if reported is None:
        assert not report.findings
        return
    [finding] = report.findings
    assert reported in finding.message
    assert finding.path == "$.area_set"
    if suggestion is not None:
        assert finding.suggestion == suggestion
    else:
        assert finding.suggestion in (None, *rb.AREA_SETS)


def test_the_sample_follows_the_set_of_its_time() -> None:
    assert not rb.validate(rb.samples.probolinggo(), select=["RB115", "RB116", "RB117"]).findings


def test_an_area_set_of_ones_own_without_years_is_not_checked() -> None:
    own = rb.AreaSet(code="kota", name="Kota", regulation="Perwal", areas=())
    rm = rb.RoadMap(id="r", government="X", period=rb.Period(2030, 2034), area_set="kota")
    assert not rb.validate(rm, select=["RB115"], area_sets={"kota": own}).findings
