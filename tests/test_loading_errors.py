"""Every loading error at once: a document with bad cells, years outside its period, ids
used twice and references to nothing is refused with one DataError that lists them all,
each path once; a road map built in code raises one IntegrityError holding them all."""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rbroadmap as rb
from rbroadmap import strategies as rbst
from rbroadmap.converters._documents import years_outside_document
from support.documents import ObjectSite, walk

T = rb.Target.of


def document() -> dict[str, Any]:
    return {
        "format_version": 2,
        "id": "kabupaten-contoh-2022-2024",
        "government": "Kabupaten Contoh",
        "period": {"start": 2022, "end": 2024},
        "stages": [{"id": "tahap-2021", "year": 2021}],
        "areas": [
            {
                "id": "pengawasan",
                "name": "Penguatan Pengawasan",
                "actions": [
                    {"id": "g-1", "targets": {"2021": "5%", "2022": "5%%", "2026": "1%"}},
                    {"id": "g-2", "budget_per_year": {"2021": 5, "2025": "6 juta"}},
                ],
                "activities": [
                    {
                        "id": "g-k1",
                        "name": "Sistem integritas",
                        "actions": [{"id": "g-3", "targets": {"2020": "1%%", "2023": "1 Dokumen"}}],
                    }
                ],
            }
        ],
    }


def refused(data: object) -> rb.DataError:
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict(data, rb.RoadMap)
    return caught.value


def test_every_year_outside_the_period_is_reported_with_every_bad_cell() -> None:
    error = refused(document())
    assert set(error.paths) == {
        '$.areas[0].actions[0].targets["2022"]',  # '5%%', a bad cell
        '$.areas[0].actions[1].budget_per_year["2025"]',  # '6 juta', a bad amount
        '$.areas[0].activities[0].actions[0].targets["2020"]',  # '1%%'
        '$.areas[0].actions[0].targets["2021"]',
        '$.areas[0].actions[0].targets["2026"]',
        '$.areas[0].actions[1].budget_per_year["2021"]',
        "$.stages[0].year",
    }
    assert len(error.paths) == 7
    # '2025' and '2020' are outside the period too, but their cells are wrong already:
    # each path is reported once, with the first problem found there.
    assert "the year 2021 is outside the period 2022-2024" in str(error)
    assert error.details[-1].message.indonesian == (
        "stages[0].year: tahun 2021 di luar periode 2022-2024"
    )


def test_a_road_map_that_reads_well_reports_every_problem_of_the_whole() -> None:
    data = document()
    data["areas"][0]["actions"][0]["targets"]["2022"] = "5%"
    data["areas"][0]["actions"][1]["budget_per_year"]["2025"] = 6
    data["areas"][0]["activities"][0]["actions"][0]["targets"]["2020"] = "1 Dokumen"
    data["goals"] = [{"id": "g-1", "text": "Sasaran"}, {"id": "g-2", "text": "Sasaran"}]
    data["services"] = [{"id": "kesehatan", "name": "Pelayanan kesehatan"}]
    data["quick_wins"] = [
        {"id": "qw-1", "field": "Kesehatan", "text": "A", "service": "tidak-ada"},
        {"id": "qw-2", "field": "Kesehatan", "text": "B", "service": "kesehatan"},
        {"id": "qw-3", "field": "Kesehatan", "text": "C", "service": "juga-tidak"},
    ]
    error = refused(data)
    assert error.paths == (  # in document order
        "$.areas[0].actions[0].id",
        '$.areas[0].actions[0].targets["2021"]',
        '$.areas[0].actions[0].targets["2026"]',
        "$.areas[0].actions[1].id",
        '$.areas[0].actions[1].budget_per_year["2021"]',
        '$.areas[0].actions[1].budget_per_year["2025"]',
        '$.areas[0].activities[0].actions[0].targets["2020"]',
        "$.quick_wins[0].service",
        "$.quick_wins[2].service",
        "$.stages[0].year",
    )
    assert "already used at goals[0]" in error.details[0].message.english


def test_building_a_road_map_raises_one_error_holding_every_problem() -> None:
    row = rb.Action(id="a1", targets=T(2020, "1%", "2%", "3%", "4%", "5%", "6%"))
    with pytest.raises(rb.IntegrityError) as caught:
        rb.RoadMap(
            id="r",
            government="X",
            period=rb.Period(2022, 2024),
            areas=[rb.Area(id="g", name="G", actions=[row])],
            stages=[rb.Stage(id="a1", year=2023)],
        )
    error = caught.value
    assert isinstance(error, rb.ModelError)
    assert [p.path for p in error.problems] == [
        "areas[0].actions[0].targets[2020]",
        "areas[0].actions[0].targets[2021]",
        "areas[0].actions[0].targets[2025]",
        "stages[0].id",
    ]
    assert error.path == "areas[0].actions[0].targets[2020]"  # the first, as before
    assert str(error).endswith("(and 3 more problems)")
    assert error.text("id").endswith("(dan 3 masalah lain)")
    with pytest.raises(ValueError, match="at least one problem"):
        rb.IntegrityError([])


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_every_year_moved_outside_the_period_is_reported_at_its_path(data: st.DataObject) -> None:
    roadmap = data.draw(rbst.roadmaps(max_areas=3, max_actions=4))
    original = rb.to_dict(roadmap)
    keyed = [
        o
        for o in walk(original, rb.RoadMap)
        if isinstance(o, ObjectSite) and o.keyed and o.path.endswith(".targets")
    ]
    if not keyed:
        return
    chosen = data.draw(st.lists(st.sampled_from(keyed), min_size=1, unique_by=lambda o: o.path))
    broken = copy.deepcopy(original)
    expected = set()
    for site in chosen:
        holder: Any = broken
        for step in site.location:
            holder = holder[step]
        year = str(roadmap.period.end + 1 + data.draw(st.integers(0, 3)))
        holder[year] = "100%"
        expected.add(site.step(year))
    if data.draw(st.booleans()):  # and a bad cell elsewhere, or not
        broken["title"] = 5
        expected.add("$.title")
    error = refused(broken)
    assert set(error.paths) == expected
    assert len(error.paths) == len(set(error.paths))


def test_years_are_read_from_the_document_as_written() -> None:
    assert years_outside_document({"period": "2022-2024", "stages": [{"year": 1}]}) == []
    assert years_outside_document({"period": {"start": 2024, "end": 2022}}) == []
    found = years_outside_document(
        {"period": {"start": 2022, "end": 2024}, "stages": "x", "areas": [5, {"actions": {}}]}
    )
    assert found == []  # what is not where the table says is left to the converter
