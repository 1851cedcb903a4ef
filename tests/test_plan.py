"""The plan hierarchy: rows of the action plan grouped under programmes, activities and
sub-activities (Permendagri 90/2019), as the Kabupaten Klaten road map writes them; and
areas labelled as written (``G``, ``H``)."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pendulum
import pytest

import rbroadmap as rb
from rbroadmap.model import Activity, PlanLevel, SubActivity, structure
from support.plans import klaten_like

T = rb.Target.of


def test_rows_under_a_hierarchy_are_rows_of_their_area_and_road_map() -> None:
    rm = klaten_like()
    ids = [a.id for a in rm.actions()]
    assert ids == [
        "pengawasan-k3-s1-1",
        "pengawasan-k3-s1-2",
        "pengawasan-k3-s2-1",
        "pelayanan-p1-1",
        "pelayanan-p1-2",
    ]
    area = rm.areas[0]
    assert [a.id for a in area.rows] == ids[:3]
    assert area.actions == ()
    assert [r.text for r in area.results] == [
        "Pencanangan zona integritas",
        "Laporan pembangunan zona integritas",
        "Laporan public campaign",
    ]
    assert rm.area_of("pengawasan-k3-s2-1") is area
    assert rm.area_of("pengawasan-k3-s1") is area
    assert rm.action("pengawasan-k3-s1-2").targets == T(2022, "50%")
    assert repr(area).endswith("3 rows>")
    assert repr(rm).endswith("5 action plan rows>")


def test_every_entity_knows_what_holds_it() -> None:
    rm = klaten_like()
    assert [e.id for e in rm.ancestors("pengawasan-k3-s1-2")] == [
        "pengawasan",
        "pengawasan-k3",
        "pengawasan-k3-s1",
    ]
    assert rm.parent_of("pengawasan-k3-s1-2-keluaran").id == "pengawasan-k3-s1-2"  # type: ignore[union-attr]
    assert rm.parent_of("pengawasan") is rm
    assert rm.parent_of(rm.id) is None
    assert rm.parent_of("tidak-ada") is None
    assert rm.ancestors("pelayanan-p1-1")[-1].id == "pelayanan-p1"
    for entity in rm.entities():
        chain = rm.ancestors(entity.id)
        if entity is not rm:
            assert entity in structure.entities(chain[0] if chain else rm)


def test_a_row_under_a_programme_heading_counts_under_that_programme() -> None:
    rm = klaten_like()
    row = rm.resolve("pelayanan-p1-1")
    assert row.programme == "Program peningkatan kualitas pelayanan publik"
    assert "programme" in row.inherited
    own = rm.resolve("pelayanan-p1-2")
    assert own.programme == "Program MPP"  # its own cell wins
    assert "programme" not in own.inherited
    assert rm.resolve("pengawasan-k3-s1-1").programme is None  # no programme above it


def test_levels_name_themselves() -> None:
    names = [level.label.indonesian for level in PlanLevel]
    assert names == ["Program", "Kegiatan", "Sub kegiatan"]
    rm = klaten_like()
    assert rm.entity("pengawasan-k3").level is PlanLevel.ACTIVITY  # type: ignore[union-attr]
    assert rm.entity("pengawasan-k3-s1").level is PlanLevel.SUB_ACTIVITY  # type: ignore[union-attr]
    assert rm.entity("pelayanan-p1").level is PlanLevel.PROGRAMME  # type: ignore[union-attr]


def test_an_area_is_headed_by_its_label_or_number_as_written() -> None:
    assert rb.Area(id="g", label="G", name="Penguatan Pengawasan").heading == (
        "G. Penguatan Pengawasan"
    )
    assert rb.Area(id="o", number=1, name="Organisasi").heading == "1. Organisasi"
    assert rb.Area(id="o", name="Organisasi").heading == "Organisasi"


def test_rows_share_cells_across_the_groups_of_their_area_only() -> None:
    rm = klaten_like()
    area = rm.areas[0]
    sub = area.activities[0].sub_activities[1]
    shared = attrs.evolve(
        sub, actions=(*sub.actions, rb.Action(id="pengawasan-k3-s2-2", shares="pengawasan-k3-s1-1"))
    )
    activity = attrs.evolve(
        area.activities[0], sub_activities=(area.activities[0].sub_activities[0], shared)
    )
    fine = attrs.evolve(area, activities=(activity,))
    assert [a.id for a in fine.rows][-1] == "pengawasan-k3-s2-2"
    assert rb.RoadMap(id="r", government="X", period=rb.Period(2022, 2024), areas=[fine]).resolve(
        "pengawasan-k3-s2-2"
    ).targets == T(2022, "100%", "100%")
    elsewhere = SubActivity(
        id="s", name="S", actions=[rb.Action(id="x-1", shares="pelayanan-p1-1")]
    )
    with pytest.raises(rb.ModelError) as caught:
        attrs.evolve(area, activities=[attrs.evolve(activity, sub_activities=[elsewhere])])
    assert caught.value.path == "activities[0].sub_activities[0].actions[0].shares"
    assert "not an action of area 'pengawasan'" in str(caught.value)


def test_an_id_used_twice_in_one_area_names_both_places_in_the_hierarchy() -> None:
    row = rb.Action(id="dua-kali")
    with pytest.raises(rb.ModelError) as caught:
        rb.Area(
            id="g",
            name="Pengawasan",
            actions=[row],
            activities=[Activity(id="k", name="K", actions=[row])],
        )
    assert caught.value.path == "activities[0].actions[0].id"
    assert "already used at actions[0]" in str(caught.value)


def test_labels_are_numbered_lists_the_rules_check() -> None:
    rm = klaten_like()
    lists = {(part.field, owner): entries for part, owner, entries in structure.numbered_lists(rm)}
    assert lists[("areas", None)] == [
        ("pengawasan", "label", "G"),
        ("pelayanan-publik", "label", "H"),
    ]
    assert lists[("sub_activities", "pengawasan-k3")] == [
        ("pengawasan-k3-s1", "label", "1"),
        ("pengawasan-k3-s2", "label", "2"),
    ]
    gap = klaten_like(
        areas=[
            attrs.evolve(
                rm.areas[0],
                activities=[
                    attrs.evolve(
                        rm.areas[0].activities[0],
                        sub_activities=[
                            rm.areas[0].activities[0].sub_activities[0],
                            attrs.evolve(rm.areas[0].activities[0].sub_activities[1], label="3"),
                        ],
                    )
                ],
            ),
            rm.areas[1],
        ]
    )
    # An excerpt: the areas start at G, the activities of area G at 3.
    areas, activities, finding = rb.validate(gap, select=["RB703"], lang="en").findings
    assert areas.message == (
        "the numbering of the areas of change jumps to 'G'; "
        "'A', 'B', 'C', 'D', 'E' and 'F' are missing"
    )
    assert activities.entity_id == "pengawasan-k3"
    assert finding.entity_id == "pengawasan-k3-s2"
    assert finding.path == "$.areas[0].activities[0].sub_activities[1].label"
    assert finding.message == (
        "the numbering of the sub-activities of 'pengawasan-k3' jumps to '3'; '2' is missing"
    )


def test_the_rules_read_the_rows_and_names_of_a_hierarchy() -> None:
    rm = klaten_like()
    report = rb.validate(rm, select=["RB105", "RB110", "RB113"], lang="en")
    assert [(f.code, f.entity_id) for f in report] == [
        ("RB110", "pelayanan-p1-1"),
        ("RB110", "pelayanan-p1-2"),
    ]  # no area without rows: area G's rows are under its sub-activities
    kinds = {kind for _, _, kind, _, _, _ in structure.texts(rm)}
    assert {"plan-activity", "sub-activity", "plan-programme", "result"} <= kinds
    empty = klaten_like(
        areas=[
            attrs.evolve(
                rm.areas[0],
                activities=[attrs.evolve(rm.areas[0].activities[0], name=" ")],
            ),
            rm.areas[1],
        ]
    )
    [finding] = rb.validate(empty, select=["RB113"], lang="en").findings
    assert finding.path == "$.areas[0].activities[0].name"
    assert finding.message == "the activity 'pengawasan-k3' is empty"


def test_a_hierarchy_survives_a_trip_through_json() -> None:
    rm = klaten_like()
    text = rb.to_json(rm)
    assert rb.from_json(text, rb.RoadMap) == rm
    data = rb.to_dict(rm)
    assert data["areas"][0]["label"] == "G"
    sub = data["areas"][0]["activities"][0]["sub_activities"][0]
    assert sub["name"] == "Pembangunan Zona Integritas"
    assert sub["actions"][0]["targets"] == {"2022": "100%", "2023": "100%"}


def test_attainment_rolls_up_by_activity_and_sub_activity() -> None:
    base = klaten_like()
    heading = base.areas[1].programmes[0]
    survey = attrs.evolve(heading.actions[0], targets=T(2022, "IKM 80", "IKM 82", "IKM 84"))
    service = attrs.evolve(heading, actions=(survey, heading.actions[1]))
    rm = attrs.evolve(
        base, areas=(base.areas[0], attrs.evolve(base.areas[1], programmes=(service,)))
    )
    parse = rb.Realization.parse
    report = rb.attain(
        rm,
        [
            parse("pengawasan-k3-s1-1", 2022, "100%"),
            parse("pengawasan-k3-s1-2", 2022, "25%"),
            parse("pengawasan-k3-s2-1", 2022, "1 Dokumen"),
        ],
        as_of=pendulum.date(2022, 12, 31),
    )
    row = report.rollup("action", "pengawasan-k3-s1-1")
    assert row.label == "Pencanangan zona integritas"  # an output is named by its result
    first = report.rollup("sub-activity", "pengawasan-k3-s1", year=2022)
    assert first.label == "Pembangunan Zona Integritas"
    assert first.children == ("pengawasan-k3-s1-1", "pengawasan-k3-s1-2")
    assert first.percent == 75  # (100 + 50) / 2
    activity = report.rollup(rb.Dimension.ACTIVITY, "pengawasan-k3", year=2022)
    assert activity.children == ("pengawasan-k3-s1-1", "pengawasan-k3-s1-2", "pengawasan-k3-s2-1")
    assert activity.percent == Decimal("83.33")  # (100 + 50 + 100) / 3
    assert report.rollup("activity", "pengawasan-k3").due == 3  # to date
    programme = report.rollup("programme", "Program peningkatan kualitas pelayanan publik")
    assert programme.children == ("pelayanan-p1-1",)  # under the heading, no cell of its own
    with pytest.raises(KeyError):
        report.rollup("activity", "pelayanan-p1")  # a programme is not an activity
