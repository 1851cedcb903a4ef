"""The domain model: it holds a road map as written, merged cells included."""

from __future__ import annotations

import pickle

import attrs
import pytest

import rbroadmap as rb

T = rb.Target.of


def sdm_area() -> rb.Area:
    """The opening rows of the seed's SDM block: four rows under merged cells."""
    return rb.Area(
        id="sdm",
        number=4,
        name="Sumber Daya Manusia",
        standard="sdm",
        other_names=["Sumber Daya Manusia Aparatur"],
        improvements=[rb.Item(label="a", text="Penetapan hasil analisis jabatan")],
        goals=[rb.Goal(id="sdm-sasaran-1", text="Peningkatan kompetensi ASN")],
        actions=[
            rb.Action(
                id="sdm-1",
                problems=[rb.Problem(id="sdm-1-masalah", text="Belum tersedianya pedoman")],
                text="Penetapan hasil analisis jabatan",
                result=rb.Result(id="sdm-1-hasil", text="Dokumen dan laporan ABK"),
                expected_condition="Penempatan pegawai sesuai kualifikasi",
                targets=T(2018, "50%", "100%", "100%", "100%", "100%"),
                programme="Program peningkatan kapasitas sumberdaya aparatur",
                budget=200_000_000,
                units=["BKPSDM"],
            ),
            rb.Action(
                id="sdm-2",
                problems=[rb.Problem(id="sdm-2-masalah", text="Penempatan pegawai")],
                text="Redistribusi dan rekomposisi pegawai",
                shares="sdm-1",
            ),
            rb.Action(
                id="sdm-3",
                problems=[rb.Problem(id="sdm-3-masalah", text="Belum memiliki manajemen karir")],
                result=rb.Result(id="sdm-3-hasil", text="Dokumen talent pool"),
                expected_condition="Profesionalisme aparatur",
                shares="sdm-2",
            ),
        ],
    )


def roadmap(**changes: object) -> rb.RoadMap:
    fields: dict[str, object] = {
        "id": "kota-x-2018-2022",
        "government": "Kota X",
        "title": "Road Map Reformasi Birokrasi",
        "period": rb.Period(2018, 2022),
        "area_set": "permenpanrb-11-2015",
        "areas": [sdm_area()],
        "programmes": [
            rb.Programme(
                id="kapasitas-sda",
                number=3,
                name="Program Peningkatan Kapasitas Sumber Daya Aparatur",
                activities=[rb.Item(label="a", text="Kegiatan peningkatan sarana")],
            )
        ],
        "stages": [rb.Stage(id="tahap-2018", year=2018, description="Landasan")],
        "services": [rb.PriorityService(id="kesehatan", name="Pelayanan bidang kesehatan")],
        "quick_wins": [
            rb.QuickWin(
                id="simpustronik", field="Bidang Kesehatan", text="...", service="kesehatan"
            )
        ],
        "teams": [
            rb.Team(
                id="tim-pengarah",
                number="1",
                name="Tim Pengarah",
                members=[rb.TeamMember(role=rb.Role.CHAIR, holder="Walikota")],
            )
        ],
        "units": rb.UnitRegistry(units=[rb.ResponsibleUnit(id="bkpsdm", name="BKPSDM")]),
    }
    fields.update(changes)
    return rb.RoadMap(**fields)  # type: ignore[arg-type]


def test_a_row_shares_the_merged_cells_of_the_row_above() -> None:
    rm = roadmap()
    row = rm.resolve("sdm-2")
    assert row.text == "Redistribusi dan rekomposisi pegawai"
    assert row.result is not None
    assert row.result.text == "Dokumen dan laporan ABK"
    assert row.budget == 200_000_000
    assert row.budget_owner == row.target_owner == "sdm-1"
    assert row.units == ("BKPSDM",)
    assert row.inherited == {
        "result",
        "expected_condition",
        "targets",
        "programme",
        "budget",
        "units",
    }


def test_a_row_without_an_action_of_its_own_keeps_its_own_cells() -> None:
    row = roadmap().resolve("sdm-3")
    assert row.text == "Redistribusi dan rekomposisi pegawai"  # through sdm-2
    assert row.result is not None
    assert row.result.text == "Dokumen talent pool"  # its own
    assert row.expected_condition == "Profesionalisme aparatur"
    assert row.budget_owner == "sdm-1"
    assert "text" in row.inherited
    assert "result" not in row.inherited


def test_a_row_with_its_own_cells_inherits_nothing() -> None:
    row = roadmap().resolve("sdm-1")
    assert row.inherited == frozenset()
    assert row.action is roadmap().action("sdm-1") or row.action == roadmap().action("sdm-1")


def test_lookups_and_iteration() -> None:
    rm = roadmap()
    assert isinstance(rm.entity("sdm-1-hasil"), rb.Result)
    assert rm["tim-pengarah"].name == "Tim Pengarah"  # type: ignore[union-attr]
    assert "bkpsdm" in rm
    assert rm.get("nothing") is None
    assert rm.area_of("sdm-3-masalah") is rm.areas[0]
    assert [a.id for a in rm.actions()] == ["sdm-1", "sdm-2", "sdm-3"]
    assert [p.id for p in rm.problems()] == ["sdm-1-masalah", "sdm-2-masalah", "sdm-3-masalah"]
    assert [r.id for r in rm.results()] == ["sdm-1-hasil", "sdm-3-hasil"]
    assert [a.id for a, _ in rm.targets()] == ["sdm-1"]
    assert [g.id for g in rm.all_goals()] == ["sdm-sasaran-1"]
    assert rm.programme("program peningkatan  kapasitas sumber daya aparatur") is rm.programmes[0]
    assert rm.programme("kapasitas-sda") is rm.programmes[0]
    assert rm.programme("Program good governance") is None
    assert rm.unit("bkpsdm") == rm.units.units[0]
    ids = [e.id for e in rm.entities()]
    assert ids[0] == rm.id
    assert len(ids) == len(set(ids))


def test_unknown_id_suggests_the_closest() -> None:
    with pytest.raises(rb.UnknownIdError) as info:
        roadmap().entity("sdm-1-hasl")
    assert info.value.suggestion == "sdm-1-hasil"
    assert isinstance(info.value, KeyError)
    assert "did you mean 'sdm-1-hasil'" in str(info.value)


def test_duplicate_ids_are_refused_with_both_places() -> None:
    area = sdm_area()
    clash = attrs.evolve(area.actions[1], id="sdm-1-masalah", shares=None)
    with pytest.raises(rb.ModelError) as info:
        roadmap(areas=[attrs.evolve(area, actions=[area.actions[0], clash])])
    assert info.value.path == "areas[0].actions[1].id"
    assert "already used at areas[0].actions[0].problems[0]" in str(info.value)


def test_an_area_refuses_two_rows_with_one_id() -> None:
    area = sdm_area()
    clash = attrs.evolve(area.actions[1], id="sdm-1", shares=None)
    with pytest.raises(rb.ModelError) as info:
        attrs.evolve(area, actions=[area.actions[0], clash])
    assert info.value.path == "actions[1].id"


def test_ids_are_unique_across_kinds() -> None:
    with pytest.raises(rb.ModelError, match="'sdm' is already used"):
        roadmap(teams=[rb.Team(id="sdm", name="Tim")])


@pytest.mark.parametrize(
    ("shares", "fragment"),
    [("sdm-9", "not an action of area"), ("sdm-2", "circle")],
)
def test_shares_must_name_a_row_of_the_area(shares: str, fragment: str) -> None:
    area = sdm_area()
    rows = list(area.actions)
    rows[0] = attrs.evolve(rows[0], shares=shares)
    with pytest.raises(rb.ModelError, match=fragment):
        attrs.evolve(area, actions=rows)


def test_a_row_cannot_share_itself() -> None:
    with pytest.raises(rb.ModelError, match="itself"):
        rb.Area(id="x", name="X", actions=[rb.Action(id="a", shares="a")])


def test_target_years_must_lie_within_the_period() -> None:
    with pytest.raises(rb.ModelError) as info:
        roadmap(period=rb.Period(2019, 2022))
    assert info.value.path == "areas[0].actions[0].targets[2018]"
    assert "outside the period 2019-2022" in str(info.value)


def test_stage_years_must_lie_within_the_period() -> None:
    with pytest.raises(rb.ModelError, match="outside the period"):
        roadmap(stages=[rb.Stage(id="tahap-2030", year=2030)])


def test_quick_wins_must_name_a_priority_service() -> None:
    with pytest.raises(rb.ModelError, match="no priority service has the id 'pendidikan'"):
        roadmap(quick_wins=[rb.QuickWin(id="q", field="F", text="T", service="pendidikan")])


@pytest.mark.parametrize(
    ("build", "fragment"),
    [
        (lambda: rb.Action(id="a", budget=-1), "between 0"),
        (lambda: rb.Action(id="a", budget=1.5), "whole rupiah"),
        (lambda: rb.Action(id="a", budget=True), "whole rupiah"),
        (lambda: rb.Action(id=""), "an id is"),
        (lambda: rb.Action(id="a b"), "an id is"),
        (lambda: rb.Action(id="a", units="BKPSDM"), "tuple[str"),
        (lambda: rb.Action(id="a", units=[3]), "units[0]"),
        (lambda: rb.Action(id="a", text=3), "expected a str"),
        (lambda: rb.Action(id="a", targets={2018: "25%"}), "Target"),
        (lambda: rb.Target(values={2018: "25%"}), "target value"),
        (lambda: rb.Target(values={1800: rb.Percentage(5)}), "between 1900"),
        (lambda: rb.Target(values=[(2018, rb.NO_TARGET), (2018, rb.NO_TARGET)]), "twice"),
        (lambda: rb.Target(values=5), "mapping year"),
        (lambda: rb.Period(2022, 2018), "before the start"),
        (lambda: rb.Period(2000, 2060), "at most 50 years"),
        (lambda: rb.Stage(id="s", year="2018"), "a year"),
        (lambda: rb.Area(id="a", name="A", number=-1), "between 0"),
        (lambda: rb.TeamMember(role="chair", holder="Walikota"), "Role"),
    ],
)
def test_constructors_refuse_meaningless_values(build: object, fragment: str) -> None:
    with pytest.raises(rb.ModelError) as info:
        build()  # type: ignore[operator]
    assert fragment in str(info.value)


def test_lists_become_tuples() -> None:
    action = rb.Action(id="a", units=["A", "B"], problems=[rb.Problem(id="p", text="P")])
    assert action.units == ("A", "B")
    assert isinstance(action.problems, tuple)


def test_everything_is_immutable() -> None:
    rm = roadmap()
    for obj in (rm, rm.areas[0], rm.areas[0].actions[0], rm.period, rm.units):
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            obj.id = "other"  # type: ignore[misc, union-attr]


def test_evolve_checks_again() -> None:
    rm = roadmap()
    assert attrs.evolve(rm, title="Lain").title == "Lain"
    with pytest.raises(rb.ModelError):
        attrs.evolve(rm, period=rb.Period(2020, 2022))


def test_equal_road_maps_hash_equal_and_pickle() -> None:
    a, b = roadmap(), roadmap()
    assert a == b
    assert hash(a) == hash(b)
    restored = pickle.loads(pickle.dumps(a))
    assert restored == a
    assert restored.resolve("sdm-2") == a.resolve("sdm-2")
    assert attrs.evolve(a, title="Lain") != a


def test_repr_is_a_summary() -> None:
    rm = roadmap()
    assert repr(rm) == (
        "<RoadMap 'kota-x-2018-2022': Kota X, 2018-2022, 1 areas, 3 action plan rows>"
    )
    assert repr(rm.areas[0]) == "<Area 'sdm': 'Sumber Daya Manusia', 3 problems, 3 rows>"


def test_target_reads_like_a_mapping() -> None:
    target = rb.Target.of(2018, "-", "100%", "-", "100%", "-")
    assert target[2019] == rb.Percentage(100)
    assert 2018 in target
    assert 2030 not in target
    assert list(target) == [2018, 2019, 2020, 2021, 2022]
    assert len(target) == 5
    assert target.due_years == (2019, 2021)
    assert target.final == rb.Percentage(100)
    assert target.notation() == ("-", "100%", "-", "100%", "-")
    assert rb.Target.of(2018, "-", "-").final is None
    with pytest.raises(KeyError):
        target[2030]


def test_target_accepts_pairs_in_any_order() -> None:
    assert rb.Target(values=[(2019, rb.NO_TARGET), (2018, rb.Percentage(1))]).years == (2018, 2019)


def test_team_holders() -> None:
    team = rb.Team(
        id="t",
        name="Tim Pelaksana",
        members=[
            rb.TeamMember(role=rb.Role.CHAIR, holder="Sekretaris Daerah", title="Ketua I"),
            rb.TeamMember(role=rb.Role.CHAIR, holder="Asisten Administrasi Umum", title="Ketua II"),
            rb.TeamMember(role=rb.Role.SECRETARY, holder="Kepala Bagian Organisasi"),
        ],
    )
    assert team.holders(rb.Role.CHAIR) == ("Sekretaris Daerah", "Asisten Administrasi Umum")
    assert team.holders(rb.Role.MEMBER) == ()


def test_period() -> None:
    period = rb.Period(2018, 2022)
    assert len(period) == 5
    assert str(period) == "2018-2022"
    assert 2020 in period
    assert "2020" not in period


def test_waivers_are_kept_in_the_road_map() -> None:
    import datetime

    import pendulum

    waiver = rb.Waiver(
        code="RB402",
        entity_id="sdm-1",
        reason="Tanggung jawab bersama",
        expires=datetime.date(2020, 12, 31),
    )
    assert isinstance(waiver.expires, pendulum.Date)
    assert waiver.in_force(pendulum.date(2020, 12, 31))
    assert not waiver.in_force(pendulum.date(2021, 1, 1))
    assert rb.Waiver(code="RB1", entity_id="x", reason="r").in_force(pendulum.date(2999, 1, 1))
    assert roadmap(waivers=[waiver]).waivers == (waiver,)
    with pytest.raises(rb.ModelError, match="reason"):
        rb.Waiver(code="RB402", entity_id="sdm-1", reason="  ")
    with pytest.raises(rb.ModelError, match="Date"):
        rb.Waiver(code="RB402", entity_id="sdm-1", reason="r", expires="2020-12-31")  # type: ignore[arg-type]


def test_notebook_html_is_a_compact_escaped_summary() -> None:
    rm = roadmap(title="Road Map <Kota X> & co")
    html = rm._repr_html_()
    assert "Road Map &lt;Kota X&gt; &amp; co" in html
    assert "<table" in html
    assert "Rp200.000.000" in html
    assert html.count("<tr>") == 1 + len(rm.areas) + 1  # header, one per area, total
    area_html = rm.areas[0]._repr_html_()
    assert area_html.count("<tr>") == 1 + len(rm.areas[0].actions)
    assert "↳ sel tergabung dengan sdm-1" in area_html
    assert "↳ merged with sdm-1" in rm.areas[0].to_html("en")


def test_repr_stays_one_short_line_for_huge_names() -> None:
    rm = roadmap(government="Kota " + "X" * 10_000)
    assert len(repr(rm)) < 200
    area = attrs.evolve(rm.areas[0], name="Y" * 10_000)
    assert len(repr(area)) < 200
