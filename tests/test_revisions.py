"""What changed between two versions of a road map: `rb.diff` lists each change made by an
amendment, with ids and paths like findings, and nothing else."""

from __future__ import annotations

import json

import attrs
import pendulum
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import rbroadmap as rb
from rbroadmap import strategies as rbst
from rbroadmap.model import YearlyBudget
from support.plans import klaten_like
from support.revisions import amended, replace_row

ROADMAPS = rbst.roadmaps(max_areas=4, max_actions=5)
SAMPLE = rb.samples.probolinggo()


def edit_row(roadmap: rb.RoadMap, row_id: str, **changes: object) -> rb.RoadMap:
    return attrs.evolve(
        roadmap,
        areas=tuple(
            replace_row(area, row_id, lambda r: (attrs.evolve(r, **changes),))
            for area in roadmap.areas
        ),
    )


# -- properties


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(ROADMAPS)
def test_a_road_map_does_not_differ_from_itself(roadmap: rb.RoadMap) -> None:
    found = rb.diff(roadmap, roadmap)
    assert not found
    assert len(found) == 0
    assert not rb.diff(roadmap, rb.from_json(rb.to_json(roadmap), rb.RoadMap))


@settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_every_edit_of_an_amendment_is_one_change(data: st.DataObject) -> None:
    roadmap = data.draw(ROADMAPS, label="roadmap")
    new, edits = data.draw(amended(roadmap), label="amended")
    found = rb.diff(roadmap, new)
    assert len(found) == edits, found.to_text(lang="en")
    assert bool(found) == (edits > 0)
    for change in found:
        assert change.path.startswith("$")
        assert change.message.indonesian != change.message.english


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_the_diff_back_undoes_what_the_diff_did(data: st.DataObject) -> None:
    roadmap = data.draw(ROADMAPS, label="roadmap")
    new, _ = data.draw(amended(roadmap), label="amended")
    forth, back = rb.diff(roadmap, new), rb.diff(new, roadmap)
    assert len(forth) == len(back)
    added = {c.entity_id for c in forth.of("added")}
    assert added == {c.entity_id for c in back.of("removed")}
    assert {c.entity_id for c in forth.of("removed")} == {c.entity_id for c in back.of("added")}
    for change in forth.of(rb.ChangeKind.TARGET_RAISED):
        [undone] = [c for c in back.about(change.entity_id) if c.year == change.year]
        assert undone.kind is rb.ChangeKind.TARGET_LOWERED
        assert (undone.old, undone.new) == (change.new, change.old)


@settings(max_examples=20, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_the_same_versions_give_the_same_changes(data: st.DataObject) -> None:
    roadmap = data.draw(ROADMAPS, label="roadmap")
    new, _ = data.draw(amended(roadmap), label="amended")
    again = rb.from_json(rb.to_json(new), rb.RoadMap)
    assert rb.diff(roadmap, new) == rb.diff(roadmap, again)


# -- what each change says


def test_an_amended_road_map_lists_exactly_its_changes() -> None:
    perwal = rb.Regulation(instrument="Peraturan Wali Kota", number="41", year=2021,
                           enacted=pendulum.date(2021, 6, 30))  # fmt: skip
    new = attrs.evolve(
        edit_row(
            edit_row(
                SAMPLE,
                "organisasi-1",
                targets=rb.Target.of(2018, "25%", "35%", "60%", "70%", "90%"),
            ),
            "sdm-1",
            budget=None,
            budget_total=900_000_000,
        ),
        id="kota-probolinggo-2018-2022-perubahan",
        amends=perwal,
    )
    found = rb.diff(SAMPLE, new)
    assert [(c.kind.value, c.entity_id, c.path) for c in found] == [
        ("changed", "kota-probolinggo-2018-2022-perubahan", "$.id"),
        ("changed", "kota-probolinggo-2018-2022-perubahan", "$.amends"),
        ("target-lowered", "organisasi-1", '$.areas[0].actions[0].targets["2021"]'),
        ("target-lowered", "organisasi-1", '$.areas[0].actions[0].targets["2022"]'),
        ("budget-changed", "sdm-1", "$.areas[3].actions[0].budget_total"),
    ]
    english = [c.message.english for c in found]
    assert english[2] == "the target of 'organisasi-1' for 2021 lowered: 80% → 70%"
    assert english[4] == (
        "the budget of 'sdm-1' changed: Rp200.000.000 a year → Rp900.000.000 for the period"
    )
    assert found.changes[2].year == 2021
    assert (found.changes[2].old, found.changes[2].new) == ("80%", "70%")


def test_rows_added_removed_moved_and_reworded() -> None:
    old = klaten_like()
    area = old.areas[0]
    first, second = area.activities[0].sub_activities
    moved = first.actions[1]
    new_first = attrs.evolve(first, actions=(first.actions[0],), name="Pembangunan ZI")
    new_second = attrs.evolve(
        second,
        actions=(
            second.actions[0],
            moved,
            rb.Action(id="pengawasan-k3-s2-2", result=rb.Result(id="r-baru", text="Laporan baru")),
        ),
    )
    activity = attrs.evolve(area.activities[0], sub_activities=(new_first, new_second))
    heading = old.areas[1].programmes[0]
    new = attrs.evolve(
        old,
        areas=(
            attrs.evolve(area, activities=(activity,)),
            attrs.evolve(
                old.areas[1], programmes=(attrs.evolve(heading, actions=heading.actions[:1]),)
            ),
        ),
    )
    found = rb.diff(old, new)
    assert [(c.kind.value, c.entity_id) for c in found] == [
        ("reworded", "pengawasan-k3-s1"),
        ("moved", "pengawasan-k3-s1-2"),
        ("added", "pengawasan-k3-s2-2"),
        ("removed", "pelayanan-p1-2"),
    ]
    by_kind = {c.kind: c for c in found}
    assert by_kind[rb.ChangeKind.MOVED].message.english == (
        "'pengawasan-k3-s1-2' moved from 'pengawasan-k3-s1' to 'pengawasan-k3-s2'"
    )
    assert by_kind[rb.ChangeKind.ADDED].message.english == (
        "'pengawasan-k3-s2-2' added to the action plan rows of 'pengawasan-k3-s2': 'Laporan baru'"
    )  # its result, added with it, is not a change of its own
    assert by_kind[rb.ChangeKind.REMOVED].path == "$.areas[1].programmes[0].actions[1]"
    assert by_kind[rb.ChangeKind.REWORDED].message.indonesian == (
        "sub kegiatan 'pengawasan-k3-s1' diubah redaksinya: 'Pembangunan Zona Integritas' → "
        "'Pembangunan ZI'"
    )


def test_units_programmes_and_budgets_per_year() -> None:
    old = klaten_like()
    budget = YearlyBudget(values={2022: 100_000_000, 2023: 150_000_000})
    before = edit_row(old, "pelayanan-p1-2", units=["Diskominfo", "BKPSDM"], budget_per_year=budget)
    after = edit_row(
        before,
        "pelayanan-p1-2",
        units=["Diskominfo", "DPMPTSP"],
        programme="Program MPP Kabupaten",
        budget_per_year=YearlyBudget(values={2022: 100_000_000, 2023: 175_000_000, 2024: 5}),
    )
    found = rb.diff(before, after)
    assert [(c.kind.value, c.field) for c in found] == [  # in the order of the row's fields
        ("programme-changed", "programme"),
        ("units-changed", "units"),
        ("budget-changed", "budget_per_year[2023]"),
        ("budget-changed", "budget_per_year[2024]"),
    ]
    assert found.changes[1].message.english == (
        "the responsible units of 'pelayanan-p1-2' changed: +'DPMPTSP'; -'BKPSDM'"
    )
    assert found.changes[3].message.english.endswith("for 2024 changed: — → Rp5")


def test_target_cells_of_every_region_and_a_targets_own_formula() -> None:
    """Thresholds, grades and ticks are compared like other cells; a stated quarter, the
    unit column, the lower-is-better formula and the cap of a target are changes too."""

    def survey(cells: dict[int, str], **options: object) -> rb.Target:
        return rb.Target.parse(cells, unit="IKM", **options)  # type: ignore[arg-type]

    old_targets = survey({2022: ">80", 2023: "82", 2024: "84/B"}, quarters={2023: {2: "81"}})
    new_targets = survey(
        {2022: ">82", 2023: "82", 2024: "84/A"},
        quarters={2023: {2: "80", 4: "82"}},
        lower_is_better=rb.LowerIsBetter.RATIO,
        cap=120,
    )
    ticks = rb.Target.of(2022, "√", "-", "-")
    old = roadmap_with(
        rb.Action(id="ikm-1", targets=old_targets), rb.Action(id="zi-1", targets=ticks)
    )
    new = roadmap_with(
        rb.Action(id="ikm-1", targets=new_targets),
        rb.Action(id="zi-1", targets=rb.Target.of(2022, "-", "√", "-")),
    )
    found = rb.diff(old, new)
    assert [(c.kind.value, c.field, c.old, c.new) for c in found] == [
        ("target-changed", "targets.cap", None, "120"),
        ("target-changed", "targets.lower_is_better", None, "ratio"),
        ("target-raised", "targets[2022]", "> IKM 80", "> IKM 82"),
        ("target-lowered", "targets.quarters[2023][TW II]", "IKM 81", "IKM 80"),
        ("target-changed", "targets.quarters[2023][TW IV]", None, "IKM 82"),
        ("target-changed", "targets[2024]", "IKM 84/B", "IKM 84/A"),
        ("target-changed", "targets[2022]", "√", "-"),
        ("target-changed", "targets[2023]", "-", "√"),
    ]
    quarter = found.changes[3]
    assert quarter.path == '$.areas[0].actions[0].targets.quarters["2023"]["TW II"]'
    assert (
        quarter.message.english == "the target of 'ikm-1' for 2023 TW II lowered: IKM 81 → IKM 80"
    )
    assert quarter.message.indonesian == (
        "target 'ikm-1' tahun 2023 TW II diturunkan: IKM 81 → IKM 80"
    )
    assert quarter.year == 2023
    unit = rb.diff(new, attrs.evolve(new, areas=[attrs.evolve(new.areas[0], actions=[
        rb.Action(id="ikm-1", targets=attrs.evolve(new_targets, unit=None)),
        new.areas[0].actions[1],
    ])]))  # fmt: skip
    assert [(c.field, c.old, c.new) for c in unit] == [("targets.unit", "IKM", None)]
    assert not rb.diff(new, rb.from_json(rb.to_json(new), rb.RoadMap))


def roadmap_with(*rows: rb.Action) -> rb.RoadMap:
    return rb.RoadMap(
        id="kabupaten-contoh-2022-2024",
        government="Kabupaten Contoh",
        period=rb.Period(2022, 2024),
        areas=[rb.Area(id="pelayanan", name="Pelayanan Publik", actions=rows)],
    )


def test_themes_items_and_the_profile_are_compared_too() -> None:
    old = SAMPLE
    area = old.areas[0]
    items = (*area.improvements[:-1], attrs.evolve(area.improvements[-1], text="Evaluasi baru"))
    new = attrs.evolve(
        old,
        areas=(attrs.evolve(area, improvements=items), *old.areas[1:]),
        themes=[rb.Theme(id="kemiskinan", name="Pengentasan Kemiskinan", standard="kemiskinan")],
        profile=rb.Profile(columns=[rb.Column.RESULT, rb.Column.TARGET]),
    )
    found = rb.diff(old, new)
    assert [(c.kind.value, c.path) for c in found] == [
        ("changed", "$.profile"),
        ("reworded", f"$.areas[0].improvements[{len(items) - 1}].text"),
        ("added", "$.themes[0]"),
    ]


def test_a_diff_reads_as_text_html_and_plain_data() -> None:
    new = edit_row(SAMPLE, "organisasi-1", text="Penataan tugas dan fungsi OPD")
    found = rb.diff(SAMPLE, new)
    assert found.to_text(lang="en").splitlines()[0] == (
        "1 change from kota-probolinggo-2018-2022 to kota-probolinggo-2018-2022:"
    )
    assert (
        found.to_text()
        .splitlines()[1]
        .startswith(
            "  Diubah redaksinya: $.areas[0].actions[0].text: aksi 'organisasi-1' diubah redaksinya"
        )
    )
    html = found._repr_html_()
    assert "Re-worded" in html
    assert "<table" in html
    data = found.to_dict(lang="en")
    assert json.loads(json.dumps(data)) == data
    assert data["changes"][0]["kind"] == "reworded"
    assert (
        repr(found)
        == "<Diff 'kota-probolinggo-2018-2022' -> 'kota-probolinggo-2018-2022': 1 changes>"
    )
    assert rb.diff(SAMPLE, SAMPLE).to_text(lang="en") == (
        "0 changes from kota-probolinggo-2018-2022 to kota-probolinggo-2018-2022"
    )


def test_only_road_maps_are_compared() -> None:
    with pytest.raises(rb.ModelTypeError, match=r"diff\(new=.*expected a RoadMap, not dict"):
        rb.diff(SAMPLE, rb.to_dict(SAMPLE))  # type: ignore[arg-type]
