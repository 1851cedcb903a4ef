"""Plain data and JSON: documents read and written exactly, and every bad document
refused with a DataError whose paths point at the bad fields."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pendulum
import pytest

import rbroadmap as rb
from support.documents import version_1

DOCS = Path(__file__).resolve().parent.parent / "docs"


def kota_contoh() -> rb.RoadMap:
    """A small road map in the manner of Kota Probolinggo's, every kind of part in it."""
    organisasi = rb.Area(
        id="organisasi",
        number=1,
        name="Penataan dan Penguatan Organisasi",
        standard="organisasi",
        improvements=[rb.Item(label="a", text="Penataan tugas dan fungsi OPD;")],
        goals=[rb.Goal(id="organisasi-sasaran-1", text="Organisasi yang tepat fungsi")],
        actions=[
            rb.Action(
                id="organisasi-1",
                problems=[rb.Problem(id="organisasi-1-masalah", text="Masih ada sub urusan ...")],
                text="Penataan dan pelaksanaan revisi tugas dan fungsi pada OPD",
                result=rb.Result(id="organisasi-1-hasil", text="Penerbitan Perwali"),
                expected_condition="Tugas dan fungsi sesuai dengan urusan dan kewenangannya",
                targets=rb.Target.of(2018, "25%", "35%", "60%", "80%", "100%"),
                programme="Program peningkatan kapasitas kelembagaan",
                budget=150_000_000,
                units=["Bag. Organisasi Setda"],
            ),
            rb.Action(
                id="organisasi-2",
                problems=[rb.Problem(id="organisasi-2-masalah", text="Tumpang tindih tugas")],
                text="Penguatan pelaksanaan tugas dan fungsi pada OPD melalui monitoring",
                targets=rb.Target.of(2018, "79,30%", "79,35%", "80,00%", "-", "-"),
                budget=0,
                shares="organisasi-1",
            ),
        ],
    )
    pengawasan = rb.Area(
        id="pengawasan",
        number=5,
        name="Pengawasan",
        actions=[
            rb.Action(
                id="pengawasan-1",
                problems=[rb.Problem(id="pengawasan-1-masalah", text="Satgas SPIP belum optimal")],
                targets=rb.Target.of(2018, "3 OPD", "10 OPD", "20 OPD", "30 OPD", "39 OPD"),
                programme="program-good-governance",
                budget=45_000_000,
                units=["Inspektorat", "di seluruh OPD"],
            ),
            rb.Action(
                id="pengawasan-2",
                targets=rb.Target(
                    values={
                        2018: rb.IndexScore("IRB", 70),
                        2019: rb.Range(rb.Percentage(70), rb.Percentage(80)),
                    },
                    direction=rb.Direction.LOWER,
                    shape=rb.Shape.IRREGULAR,
                ),
                shares="pengawasan-1",
            ),
            rb.Action(
                id="pengawasan-3",
                targets=rb.Target.of(2018, "-", "100%", "-", "100%", "-"),
                budget=rb.parse_rupiah("Rp 1.250.000.000,00"),
            ),
        ],
    )
    return rb.RoadMap(
        id="kota-contoh-2018-2022",
        government="Kota Contoh",
        title="Road Map Reformasi Birokrasi Kota Contoh 2018-2022",
        period=rb.Period(2018, 2022),
        area_set="permenpanrb-11-2015",
        goals=[rb.Goal(id="sasaran-1", text="Birokrasi yang bersih")],
        areas=[organisasi, pengawasan],
        achievements=[
            rb.Achievement(
                id="pelayanan",
                name="Kualitas pelayanan publik",
                indicators=[
                    rb.Indicator(
                        id="ikm",
                        name="IKM",
                        baseline=rb.Baseline(values={2017: rb.IndexScore("IKM", Decimal("79.30"))}),
                        targets=rb.Target(
                            values={
                                2022: rb.Threshold(
                                    rb.Comparison.MORE_THAN, rb.IndexScore("IKM", 85)
                                )
                            }
                        ),
                    )
                ],
            )
        ],
        services=[rb.PriorityService(id="kesehatan", name="Pelayanan bidang kesehatan")],
        quick_wins=[
            rb.QuickWin(
                id="simpustronik",
                field="Bidang Kesehatan",
                text="SIMPUSTRONIK",
                service="kesehatan",
            )
        ],
        stages=[rb.Stage(id="tahap-2018", year=2018, description="Peletakan dasar")],
        programmes=[rb.Programme(id="program-good-governance", name="Program good governance")],
        teams=[
            rb.Team(
                id="tim-pengarah",
                name="Tim Pengarah",
                members=[rb.TeamMember(role=rb.Role.CHAIR, holder="Walikota")],
            )
        ],
        units=rb.UnitRegistry(
            units=[
                rb.ResponsibleUnit(id="setda", name="Setda"),
                rb.ResponsibleUnit(
                    id="bag-organisasi", name="Bag. Organisasi Setda", parent="setda"
                ),
                rb.ResponsibleUnit(id="inspektorat", name="Inspektorat"),
            ],
            groups=[
                rb.UnitGroup(
                    id="seluruh-opd",
                    name="seluruh OPD",
                    aliases=["di seluruh OPD"],
                    members=["inspektorat"],
                    size=39,
                    unit="OPD",
                )
            ],
        ),
        waivers=[
            rb.Waiver(
                code="RB402",
                entity_id="pengawasan-2",
                reason="Anggaran dibagi bersama",
                expires=pendulum.date(2020, 12, 31),
            )
        ],
    )


def document() -> dict[str, Any]:
    return rb.to_dict(kota_contoh())  # type: ignore[no-any-return]


def refused(data: object, cls: Any = rb.RoadMap) -> rb.DataError:
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict(data, cls)
    return caught.value


def refused_json(text: str, cls: Any = rb.RoadMap) -> rb.DataError:
    with pytest.raises(rb.DataError) as caught:
        rb.from_json(text, cls)
    return caught.value


# -- round trips


def test_a_road_map_survives_the_round_trip_through_plain_data() -> None:
    roadmap = kota_contoh()
    assert rb.from_dict(rb.to_dict(roadmap), rb.RoadMap) == roadmap


def test_a_road_map_survives_the_round_trip_through_json() -> None:
    roadmap = kota_contoh()
    text = rb.to_json(roadmap)
    assert isinstance(text, str)
    assert rb.from_json(text, rb.RoadMap) == roadmap
    assert rb.from_json(text.encode("utf-8"), rb.RoadMap) == roadmap


def test_plain_data_is_json_data_only() -> None:
    def check(node: object) -> None:
        if isinstance(node, dict):
            assert all(isinstance(k, str) for k in node)
            for value in node.values():
                check(value)
        elif isinstance(node, list):
            for value in node:
                check(value)
        else:
            assert node is None or type(node) in (str, int), node

    check(document())


def test_decimals_keep_their_digits() -> None:
    roadmap = rb.from_json(rb.to_json(kota_contoh()), rb.RoadMap)
    cells = roadmap.action("organisasi-2").targets
    assert cells is not None
    assert str(cells[2020].value) == "80.00"  # type: ignore[union-attr]
    indicator = roadmap.entity("ikm")
    assert str(indicator.baseline[2017].value) == "79.30"  # type: ignore[union-attr]


def test_budgets_stay_whole_rupiah() -> None:
    data = document()
    actions = data["areas"][1]["actions"]
    assert actions[2]["budget"] == 1_250_000_000
    assert type(actions[2]["budget"]) is int
    roadmap = rb.from_dict(data, rb.RoadMap)
    assert roadmap.action("pengawasan-3").budget == 1_250_000_000


def test_waiver_dates_come_back_as_pendulum_dates() -> None:
    data = document()
    assert data["waivers"][0]["expires"] == "2020-12-31"
    waiver = rb.from_dict(data, rb.RoadMap).waivers[0]
    assert type(waiver.expires) is pendulum.Date
    assert waiver.expires == pendulum.date(2020, 12, 31)


def test_a_road_map_document_starts_with_its_format_version() -> None:
    data = document()
    assert next(iter(data)) == "format_version"
    assert data["format_version"] == rb.converters.FORMAT_VERSION == 2


def test_parts_carry_no_format_version() -> None:
    action = kota_contoh().action("organisasi-1")
    assert "format_version" not in rb.to_dict(action)
    assert rb.from_dict(rb.to_dict(action), rb.Action) == action


def test_keys_are_the_english_field_names_in_field_order() -> None:
    data = document()
    assert list(data)[:5] == ["format_version", "id", "government", "title", "period"]
    row = data["areas"][0]["actions"][0]
    assert list(row) == [
        "id",
        "text",
        "problems",
        "result",
        "expected_condition",
        "targets",
        "programme",
        "budget",
        "units",
    ]


def test_private_fields_and_defaults_are_not_written() -> None:
    text = rb.to_json(kota_contoh())
    assert "_index" not in text
    assert "_by_key" not in text
    assert '"direction": "higher"' not in text
    assert rb.to_dict(rb.Action(id="a1")) == {"id": "a1"}


def test_targets_are_keyed_by_year_in_canonical_notation() -> None:
    data = document()
    assert data["areas"][0]["actions"][0]["targets"] == {
        "2018": "25%",
        "2019": "35%",
        "2020": "60%",
        "2021": "80%",
        "2022": "100%",
    }
    assert data["areas"][1]["actions"][1]["targets"] == {
        "2018": "IRB 70",
        "2019": "70-80%",
        "direction": "lower",
        "shape": "irregular",
    }


def test_enums_and_periods_are_written_as_their_values() -> None:
    data = document()
    assert data["period"] == {"start": 2018, "end": 2022}
    assert data["teams"][0]["members"][0]["role"] == "chair"
    assert data["achievements"][0]["indicators"][0]["targets"] == {"2022": "> IKM 85"}


def test_to_json_writes_indonesian_text_unescaped_and_indents_on_request() -> None:
    problem = rb.Problem(id="p1", text="Pelayanan — cepat")
    assert "—" in rb.to_json(problem)
    assert "\n" not in rb.to_json(problem, indent=None)


# -- reading what people write


def test_the_hand_written_example_of_the_documentation_reads() -> None:
    page = (DOCS / "reference" / "format.md").read_text(encoding="utf-8")
    example = re.search(r"```json\n(.*?)\n```", page, re.S)
    assert example is not None
    roadmap = rb.from_json(example.group(1), rb.RoadMap)
    assert roadmap.action("organisasi-1").budget == 150_000_000
    assert roadmap.action("pengawasan-1").budget == 45_000_000
    assert roadmap.action("organisasi-2").targets[2018] == rb.Percentage(25)  # type: ignore[index]
    assert roadmap.action("pengawasan-2").targets[2019] == rb.IndexScore("IRB", 73)  # type: ignore[index]
    assert roadmap.action("pengawasan-3").targets.direction is rb.Direction.LOWER  # type: ignore[union-attr]
    assert roadmap.action("pengawasan-3").targets.lower_is_better is rb.LowerIsBetter.RATIO  # type: ignore[union-attr]
    assert roadmap.action("pengawasan-3").targets.cap == 120  # type: ignore[union-attr]
    assert rb.from_json(rb.to_json(roadmap), rb.RoadMap) == roadmap


def _page_documents() -> list[str]:
    page = (DOCS / "reference" / "format.md").read_text(encoding="utf-8")
    return re.findall(r"```json\n(.*?)\n```", page, re.S)


def test_the_documentation_shows_the_shapes_of_other_regions() -> None:
    other = _page_documents()[1]
    roadmap = rb.from_json(other, rb.RoadMap)
    assert [a.heading for a in roadmap.areas] == [
        "G. Penguatan Pengawasan",
        "H. Peningkatan Kualitas Pelayanan Publik",
    ]
    assert [row.id for row in roadmap.areas[0].rows] == ["pengawasan-k3-s1-1", "pengawasan-k3-s1-2"]
    survey = roadmap.action("pelayanan-p1-k1-1")
    assert survey.budget_per_year == rb.YearlyBudget(values={2022: 100_000_000, 2023: 150_000_000})
    assert roadmap.action("pelayanan-p1-k1-2").budget_total == 750_000_000
    assert roadmap.resolve("pelayanan-p1-k1-2").programme == (
        "Program peningkatan kualitas pelayanan publik"
    )
    assert [t.standard for t in roadmap.themes] == ["kemiskinan", "p3dn"]
    assert roadmap.profile.missing == (
        rb.Column.PROBLEM, rb.Column.ACTION, rb.Column.EXPECTED_CONDITION,
        rb.Column.PROGRAMME, rb.Column.UNIT,
    )  # fmt: skip
    assert str(roadmap.amends) == "Perbup 12/2021"
    assert roadmap.regulation is not None
    assert roadmap.regulation.enacted == pendulum.date(2022, 6, 30)
    # Target cells as the region writes them, in the same document.
    assert roadmap.action("pengawasan-k3-s1-1").targets == rb.Target(
        values={2022: rb.NOT_AVAILABLE, 2023: rb.Percentage(100), 2024: rb.Percentage(100)}
    )
    assert roadmap.action("pengawasan-k3-s1-2").targets == rb.Target(
        values={2022: rb.CHECK_MARK, 2023: rb.NO_TARGET, 2024: rb.NO_TARGET}
    )
    ikm = survey.targets
    assert ikm is not None
    assert ikm.unit == "IKM"
    assert ikm[2022] == rb.Threshold(rb.Comparison.MORE_THAN, rb.IndexScore("IKM", 80))
    assert isinstance(ikm[2024], rb.Graded)
    assert ikm.quarter(2023, 2) == rb.IndexScore("IKM", 81)
    waiting = roadmap.action("pelayanan-p1-1").targets
    assert waiting is not None
    assert waiting.direction is rb.Direction.LOWER  # its cells are ceilings
    assert (waiting.lower_is_better, waiting.cap) == (rb.LowerIsBetter.RATIO, 120)
    assert rb.from_json(rb.to_json(roadmap), rb.RoadMap) == roadmap
    summary = rb.budget_summary(roadmap)
    assert summary.period_total == 100_000_000 + 150_000_000 + 750_000_000
    assert summary.unspread == 750_000_000
    report = rb.validate(roadmap, select=["RB111", "RB118"])
    assert [(f.code, f.path) for f in report] == [("RB111", "$.profile.columns")]  # a note only


def test_the_two_documents_hold_every_key_of_the_format() -> None:
    written: dict[type, set[str]] = {}

    def collect(value: object) -> None:
        if attrs.has(type(value)):
            names = {a.name for a in attrs.fields(type(value)) if a.init}
            data = rb.to_dict(value) if not isinstance(value, rb.RoadMap) else {}
            written.setdefault(type(value), set()).update(
                n for n in names if isinstance(data, dict) and n in data
            )
            for name in names:
                collect(getattr(value, name))
        elif isinstance(value, tuple):
            for item in value:
                collect(item)

    for text in _page_documents():
        collect(rb.from_json(text, rb.RoadMap))
    for cls in (
        rb.Area, rb.PlanProgramme, rb.Activity, rb.SubActivity, rb.Theme, rb.Regulation,
        rb.Objective, rb.Goal, rb.Indicator,
    ):  # fmt: skip
        keys = {a.name for a in attrs.fields(cls) if a.init}
        assert keys <= written[cls], (cls.__name__, keys - written[cls])
    action_keys = {a.name for a in attrs.fields(rb.Action)}
    assert action_keys <= written[rb.Action]


def test_a_version_1_document_loads_to_the_same_road_map_as_before() -> None:
    for roadmap in (rb.samples.probolinggo(), kota_contoh()):
        old = version_1(roadmap)
        assert rb.from_dict(old, rb.RoadMap) == roadmap
        assert rb.to_dict(rb.from_dict(old, rb.RoadMap))["format_version"] == 2
    first = json.loads(_page_documents()[0])
    # The complete document shows an indicator as version 2 writes it; its version-1 form
    # holds one baseline and one target, and reads as the same goal-table row.
    v1_ikm = {
        "id": "ikm",
        "name": "Indeks Kepuasan Masyarakat",
        "baseline": "IKM 79,30",
        "baseline_year": 2017,
        "target": "IKM 85",
        "comparison": "more-than",
    }
    ikm = rb.from_dict(
        {
            "format_version": 1,
            "id": "r",
            "government": "Kota X",
            "period": {"start": 2018, "end": 2022},
            "achievements": [{"id": "a", "name": "Pelayanan", "indicators": [v1_ikm]}],
        },
        rb.RoadMap,
    ).entity("ikm")
    assert ikm == rb.Indicator(
        id="ikm",
        name="Indeks Kepuasan Masyarakat",
        baseline=rb.Baseline(values={2017: rb.parse_value("IKM 79,30")}),
        aim=rb.parse_value("> IKM 85"),
    )
    first["achievements"][0]["indicators"] = [v1_ikm]
    # The complete document shows a target's own formula, a key of version 2: a version-1
    # document may not write it, and reads as before without it.
    pengawasan_3 = first["areas"][1]["actions"][2]["targets"]
    assert {"lower_is_better", "cap"} <= set(pengawasan_3)
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict({**first, "format_version": 1}, rb.RoadMap)
    assert set(caught.value.paths) == {
        '$.areas[1].actions[2].targets["lower_is_better"]',
        '$.areas[1].actions[2].targets["cap"]',
    }
    del pengawasan_3["lower_is_better"], pengawasan_3["cap"]
    again = rb.from_dict({**first, "format_version": 1}, rb.RoadMap)
    first["achievements"][0]["indicators"] = [rb.to_dict(ikm)]
    assert again == rb.from_dict(first, rb.RoadMap)


ROW: tuple[str | int, ...] = ("areas", 0, "actions", 1)
IKM: tuple[str | int, ...] = ("achievements", 0, "indicators", 0)


@pytest.mark.parametrize(
    ("where", "key", "value", "path"),
    [
        ((), "themes", [], "$.themes"),
        ((), "profile", {"columns": ["target"]}, "$.profile"),
        ((), "regulation", {"instrument": "Perwali", "number": "5"}, "$.regulation"),
        ((), "amends", {"instrument": "Perwali", "number": "4"}, "$.amends"),
        (("areas", 0), "label", "A", "$.areas[0].label"),
        (("areas", 0), "programmes", [], "$.areas[0].programmes"),
        (("areas", 0), "activities", [], "$.areas[0].activities"),
        (ROW, "budget_per_year", {"2018": 1}, "$.areas[0].actions[1].budget_per_year"),
        (ROW, "budget_total", 5, "$.areas[0].actions[1].budget_total"),
        ((), "objectives", [], "$.objectives"),
        (("goals", 0), "indicators", [], "$.goals[0].indicators"),
        (IKM, "unit", "IKM", "$.achievements[0].indicators[0].unit"),
        (IKM, "aim", "IKM 90", "$.achievements[0].indicators[0].aim"),
        (IKM, "targets", {"2022": "IKM 90"}, "$.achievements[0].indicators[0].targets"),
    ],
)  # fmt: skip
def test_a_version_1_document_may_not_hold_a_part_of_version_2(
    where: tuple[str | int, ...], key: str, value: object, path: str
) -> None:
    old, new = version_1(kota_contoh()), document()
    for data in (old, new):
        holder: Any = data
        for step in where:
            holder = holder[step]
        if key in {"budget_per_year", "budget_total"}:
            del holder["budget"]
        holder[key] = value
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict(old, rb.RoadMap)
    assert caught.value.paths == (path,)
    detail = caught.value.details[0].message
    assert detail.english == (
        f'the key {key!r} is new in format version 2; write "format_version": 2'
    )
    assert "versi format 2" in detail.indonesian
    rb.from_dict(new, rb.RoadMap)  # reads as version 2


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("25%", rb.Percentage(25)),
        ("100 %", rb.Percentage(100)),
        ("39 OPD Dan masyarakat", rb.Count(39, "OPD", "Dan masyarakat")),
        ("IRB 70", rb.IndexScore("IRB", 70)),
        ("-", rb.NO_TARGET),
        ({"kind": "percentage", "value": "79.30"}, rb.Percentage(Decimal("79.30"))),
        ({"kind": "percentage", "value": 25}, rb.Percentage(25)),
        (
            {"kind": "count", "value": 39, "unit": "OPD", "qualifier": "Dan masyarakat"},
            rb.Count(39, "OPD", "Dan masyarakat"),
        ),
        ({"kind": "index", "index": "IRB", "value": "70"}, rb.IndexScore("IRB", 70)),
        ({"kind": "level", "value": 3, "label": "Terdefinisi"}, rb.Level(3, "Terdefinisi")),
        (
            {"kind": "range", "low": "70%", "high": {"kind": "percentage", "value": "80"}},
            rb.Range(rb.Percentage(70), rb.Percentage(80)),
        ),
        ({"kind": "qualitative", "text": "WTP"}, rb.Qualitative("WTP")),
        ({"kind": "none"}, rb.NO_TARGET),
    ],
)
def test_target_cells_read_from_notation_or_structured_form(cell: object, value: object) -> None:
    target = rb.from_dict({"2019": cell}, rb.Target)
    assert target[2019] == value
    assert repr(target[2019]) == repr(value)


@pytest.mark.parametrize(
    ("budget", "rupiah"),
    [
        (150_000_000, 150_000_000),
        ("150.000.000,-", 150_000_000),
        ("Rp150.000.000", 150_000_000),
        ("Rp 1.250.000,00", 1_250_000),
        ("0", 0),
        (None, None),
    ],
)
def test_budgets_read_from_integers_or_rupiah_notation(budget: object, rupiah: int | None) -> None:
    assert rb.from_dict({"id": "a1", "budget": budget}, rb.Action).budget == rupiah


def test_every_value_class_reads_its_structured_form_and_notation() -> None:
    assert rb.to_dict(rb.Percentage(Decimal("79.30"))) == {"kind": "percentage", "value": "79.30"}
    assert rb.from_dict({"kind": "percentage", "value": "79.30"}, rb.Percentage) == rb.Percentage(
        Decimal("79.30")
    )
    assert rb.from_dict("39 OPD", rb.Count) == rb.Count(39, "OPD")
    assert rb.from_dict("25%", rb.TargetValue) == rb.Percentage(25)
    error = refused("39 OPD", rb.Percentage)
    assert error.paths == ("$",)
    assert "percentage" in str(error)


def test_a_value_whose_notation_would_not_read_back_is_written_in_structured_form() -> None:
    odd = rb.Qualitative("Tersedia\rdan terpakai")  # a carriage return the notation refuses
    target = rb.Target(values={2019: odd})
    data = rb.to_dict(target)
    assert data == {"2019": {"kind": "qualitative", "text": "Tersedia\rdan terpakai"}}
    assert rb.from_dict(data, rb.Target) == target


# -- pendulum types, in classes of an application's own


@attrs.frozen
class Submission:
    roadmap_id: str
    received: pendulum.DateTime
    due: pendulum.Date


def test_pendulum_types_survive_the_round_trip_with_their_offset() -> None:
    converter = rb.converters.make_converter()
    submission = Submission(
        roadmap_id="kota-contoh",
        received=pendulum.datetime(2020, 12, 31, 9, 30, 15, 123, tz="Asia/Jakarta"),
        due=pendulum.date(2021, 1, 31),
    )
    data = rb.to_dict(submission, converter=converter)
    assert data["received"] == "2020-12-31T09:30:15.000123+07:00"
    back = rb.from_json(
        rb.to_json(submission, converter=converter), Submission, converter=converter
    )
    assert back == submission
    assert type(back.received) is pendulum.DateTime
    assert type(back.due) is pendulum.Date
    assert back.received.utcoffset() == submission.received.utcoffset()


def test_utc_is_written_with_its_offset_and_z_is_read() -> None:
    converter = rb.converters.make_converter()
    at = pendulum.datetime(2020, 12, 31, 2, tz="UTC")
    assert converter.unstructure(at) == "2020-12-31T02:00:00+00:00"
    assert converter.structure("2020-12-31T02:00:00Z", pendulum.DateTime) == at


def test_naive_date_times_are_refused_both_ways() -> None:
    converter = rb.converters.make_converter()
    with pytest.raises(ValueError, match="naive"):
        converter.unstructure(pendulum.naive(2020, 12, 31, 9))
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict(
            {"roadmap_id": "x", "received": "2020-12-31T09:00:00", "due": "2021-01-31"},
            Submission,
            converter=converter,
        )
    assert caught.value.paths == ("$.received",)
    assert "+07:00" in str(caught.value)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("received", "2020-02-30T09:00:00+07:00"),
        ("received", "31/12/2020 09:00"),
        ("received", 1_609_376_400),
        ("due", "2021-02-30"),
        ("due", "20210131"),
        ("due", "2021-01-31T00:00:00+07:00"),
    ],
)
def test_bad_dates_are_refused_at_their_path(field: str, value: object) -> None:
    data: dict[str, object] = {
        "roadmap_id": "x",
        "received": "2020-12-31T09:00:00+07:00",
        "due": "2021-01-31",
    }
    data[field] = value
    converter = rb.converters.make_converter()
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict(data, Submission, converter=converter)
    assert caught.value.paths == (f"$.{field}",)


# -- errors: every problem, each with its path


def test_every_problem_is_reported_with_its_path_in_both_languages() -> None:
    data = document()
    row = data["areas"][0]["actions"][0]
    row["targets"]["2019"] = "35%%"
    row["targets"]["20x9"] = "35%"
    row["budget"] = 1.5
    row["unit"] = ["BKPSDM"]
    del row["id"]
    row["problems"][0]["text"] = 5
    data["period"]["end"] = "2022"
    data["format_version"] = 3
    error = refused(data)
    assert isinstance(error, rb.RoadmapError)
    assert isinstance(error, ValueError)
    assert set(error.paths) == {
        "$.format_version",
        "$.period.end",
        "$.areas[0].actions[0].id",
        "$.areas[0].actions[0].problems[0].text",
        '$.areas[0].actions[0].targets["2019"]',
        '$.areas[0].actions[0].targets["20x9"]',
        "$.areas[0].actions[0].budget",
        "$.areas[0].actions[0].unit",
    }
    for detail in error.details:
        assert detail.message.indonesian
        assert detail.message.english
        assert detail.message.indonesian != detail.message.english
    assert "dokumen tidak valid (8 masalah)" in error.text("id")


@pytest.mark.parametrize(
    ("mutate", "path", "says"),
    [
        (lambda d: d.pop("government"), "$.government", "required key missing: expected text"),
        (lambda d: d.update(format_version="1"), "$.format_version", "supported versions are 1, 2"),
        (lambda d: d.pop("format_version"), "$.format_version", "required key missing"),
        (lambda d: d.update(areas={}), "$.areas", "expected a list of"),
        (
            lambda d: d["areas"][0].update(other_names="Organisasi"),
            "$.areas[0].other_names",
            "not the text",
        ),
        (lambda d: d["areas"][0].update(number=1.0), "$.areas[0].number", "write 1"),
        (lambda d: d["areas"][0].update(number=True), "$.areas[0].number", "boolean"),
        (
            lambda d: d["areas"][0]["actions"].append("organisasi-3"),
            "$.areas[0].actions[2]",
            "Action object",
        ),
        (
            lambda d: d["areas"][0]["actions"][0].update(targets=["25%"]),
            "$.areas[0].actions[0].targets",
            "mapping of years",
        ),
        (
            lambda d: d["areas"][0]["actions"][0]["targets"].update({"2019": 35}),
            '$.areas[0].actions[0].targets["2019"]',
            "target value in notation",
        ),
        (
            lambda d: d["areas"][0]["actions"][0]["targets"].update({"2019": "35.5%"}),
            '$.areas[0].actions[0].targets["2019"]',
            "decimal comma",
        ),
        (
            lambda d: d["areas"][0]["actions"][0]["targets"].update({"20190": "35%"}),
            '$.areas[0].actions[0].targets["20190"]',
            "four digits",
        ),
        (
            lambda d: d["areas"][0]["actions"][0]["targets"].update({"1800": "35%"}),
            '$.areas[0].actions[0].targets["1800"]',
            "between 1900 and 2200",
        ),
        (
            lambda d: d["areas"][0]["actions"][0]["targets"].update(direction="up"),
            '$.areas[0].actions[0].targets["direction"]',
            "one of 'higher', 'lower'",
        ),
        (
            lambda d: d["areas"][0]["actions"][0]["targets"].update(
                {"2019": {"kind": "percentage", "value": 35.5}}
            ),
            '$.areas[0].actions[0].targets["2019"].value',
            "binary float",
        ),
        (
            lambda d: d["areas"][0]["actions"][0]["targets"].update(
                {"2019": {"kind": "percentage", "value": "35,5"}}
            ),
            '$.areas[0].actions[0].targets["2019"].value',
            "'35.5'",
        ),
        (
            lambda d: d["areas"][0]["actions"][0]["targets"].update(
                {"2019": {"kind": "percent", "value": "35"}}
            ),
            '$.areas[0].actions[0].targets["2019"].kind',
            "one of 'percentage'",
        ),
        (
            lambda d: d["areas"][0]["actions"][0]["targets"].update(
                {"2019": {"kind": "count", "value": 3, "unit": "OPD", "units": "x"}}
            ),
            '$.areas[0].actions[0].targets["2019"].units',
            "unknown key",
        ),
        (
            lambda d: d["areas"][0]["actions"][0]["targets"].update(
                {"2019": {"kind": "count", "value": 3, "unit": "Rp"}}
            ),
            '$.areas[0].actions[0].targets["2019"].unit',
            "money is not a count",
        ),
        (
            lambda d: d["areas"][0]["actions"][0]["targets"].update(
                {"2019": {"kind": "percentage", "value": float("nan")}}
            ),
            '$.areas[0].actions[0].targets["2019"].value',
            "nan is not a number",
        ),
        (
            lambda d: d["areas"][0]["actions"][0].update(budget=150_000_000.0),
            "$.areas[0].actions[0].budget",
            "whole rupiah",
        ),
        (
            lambda d: d["areas"][0]["actions"][0].update(budget="seratus juta"),
            "$.areas[0].actions[0].budget",
            "rupiah amount",
        ),
        (
            lambda d: d["areas"][0]["actions"][0].update(budget=-5),
            "$.areas[0].actions[0].budget",
            "between 0 and",
        ),
        (
            lambda d: d["areas"][0]["actions"][0].update(budget=True),
            "$.areas[0].actions[0].budget",
            "boolean",
        ),
        (lambda d: d["areas"][0].update(id="Organisasi 1"), "$.areas[0].id", "an id is 1-128"),
        (lambda d: d["period"].update(end=2010), "$.period.end", "before the start year"),
        (
            lambda d: d["waivers"][0].update(expires="31-12-2020"),
            "$.waivers[0].expires",
            "ISO 8601",
        ),
        (lambda d: d["waivers"][0].update(reason=" "), "$.waivers[0].reason", "give its reason"),
        (
            lambda d: d["teams"][0]["members"][0].update(role="ketua"),
            "$.teams[0].members[0].role",
            "one of 'chair', 'secretary', 'member'",
        ),
    ],
)
def test_one_bad_field_is_reported_at_its_path(mutate: Any, path: str, says: str) -> None:
    data = document()
    mutate(data)
    error = refused(data)
    assert error.paths == (path,)
    assert says in str(error)


def test_unknown_keys_are_refused_with_the_closest_known_key() -> None:
    data = document()
    data["areas"][0]["actions"][0]["budjet"] = 5
    data["areas"][0]["actions"][0]["catatan bebas"] = "x"
    data["goverment"] = "Kota Contoh"
    error = refused(data)
    assert set(error.paths) == {
        "$.goverment",
        "$.areas[0].actions[0].budjet",
        '$.areas[0].actions[0]["catatan bebas"]',
    }
    assert 'did you mean "budget"?' in str(error)
    assert 'did you mean "government"?' in str(error)


@pytest.mark.parametrize(
    ("mutate", "path", "says"),
    [
        (
            lambda d: d["areas"][1]["actions"][1].update(id="organisasi-1"),
            "$.areas[1].actions[1].id",
            "already used at areas[0].actions[0]",
        ),
        (
            lambda d: d["areas"][0]["actions"][1].update(id="organisasi-1"),
            "$.areas[0].actions[1].id",
            "already used at actions[0]",
        ),
        (
            lambda d: d["programmes"][0].update(id="ikm"),
            "$.programmes[0].id",
            "already used",
        ),
        (
            lambda d: d["units"]["units"][2].update(id="setda"),
            "$.units.units[2].id",
            "used twice",
        ),
    ],
)
def test_duplicate_ids_are_refused_at_the_second_one(mutate: Any, path: str, says: str) -> None:
    data = document()
    mutate(data)
    error = refused(data)
    assert error.paths == (path,)
    assert says in str(error)


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (
            lambda d: d["areas"][0]["actions"][1].update(shares="organisasi-9"),
            "$.areas[0].actions[1].shares",
        ),
        (
            lambda d: d["areas"][1]["actions"][1].update(shares="organisasi-1"),
            "$.areas[1].actions[1].shares",
        ),
        (lambda d: d["quick_wins"][0].update(service="pendidikan"), "$.quick_wins[0].service"),
        (
            lambda d: d["units"]["groups"][0].update(members=["bkpsdm"]),
            "$.units.groups[0].members[0]",
        ),
        (lambda d: d["units"]["units"][1].update(parent="sekda"), "$.units.units[1].parent"),
        (
            lambda d: d["areas"][0]["actions"][0]["targets"].update({"2023": "100%"}),
            '$.areas[0].actions[0].targets["2023"]',
        ),
        (lambda d: d["stages"][0].update(year=2017), "$.stages[0].year"),
    ],
)
def test_references_to_ids_that_do_not_exist_are_refused(mutate: Any, path: str) -> None:
    data = document()
    mutate(data)
    error = refused(data)
    assert error.paths == (path,)


def test_waivers_may_name_ids_that_no_longer_exist() -> None:
    # A stale waiver is a finding of the rules, not an error of the document.
    data = document()
    data["waivers"][0]["entity_id"] = "tidak-ada-lagi"
    assert rb.from_dict(data, rb.RoadMap).waivers[0].entity_id == "tidak-ada-lagi"


def test_checks_of_the_whole_road_map_wait_for_its_parts() -> None:
    data = document()
    data["areas"][1]["actions"][1]["id"] = "organisasi-1"  # a duplicate across areas
    data["areas"][0]["actions"][0]["budget"] = "banyak"  # and a bad part
    error = refused(data)
    assert error.paths == ("$.areas[0].actions[0].budget",)
    data["areas"][0]["actions"][0]["budget"] = 5
    assert refused(data).paths == ("$.areas[1].actions[1].id",)


@pytest.mark.parametrize(
    ("data", "cls"),
    [
        ([], rb.RoadMap),
        ("kota-contoh", rb.RoadMap),
        (None, rb.RoadMap),
        (42, rb.Action),
        ({"id": "p1"}, rb.Problem),
        ({}, rb.Period),
        ([2018, 2022], rb.Period),
        ({"2019": "25%"}, rb.Action),
        ("25%%", rb.TargetValue),
        (3.5, rb.Target),
    ],
)
def test_anything_that_is_not_a_document_is_a_data_error(data: object, cls: Any) -> None:
    error = refused(data, cls)
    assert error.details
    assert all(path.startswith("$") for path in error.paths)


def test_invalid_json_is_reported_at_the_root_with_line_and_column() -> None:
    error = refused_json('{\n  "id": "kota-contoh",\n  "government": \'Kota\'\n}')
    assert error.paths == ("$",)
    assert "line 3, column" in str(error)
    assert "baris 3, kolom" in error.text("id")


def test_a_key_given_twice_in_one_json_object_is_refused_at_its_path() -> None:
    text = rb.to_json(kota_contoh()).replace('"2019": "35%"', '"2019": "35%", "2019": "40%"', 1)
    error = refused_json(text)
    assert error.paths == ('$.areas[0].actions[0].targets["2019"]',)
    assert "appears twice" in str(error)


def test_from_json_reads_text_only() -> None:
    with Path(__file__).open(encoding="utf-8") as file:
        error = refused_json(file)  # type: ignore[arg-type]
    assert error.paths == ("$",)
    assert "reads no files" in str(error)


@pytest.mark.parametrize("text", ["", "   ", "nul", "[1, 2", "\x00", "1" * 5000, '{"a": 1e999}'])
def test_text_that_is_not_a_document_is_a_data_error(text: str) -> None:
    error = refused_json(text)
    assert error.paths == ("$",) or all(p.startswith("$") for p in error.paths)


def test_undecodable_bytes_are_a_data_error() -> None:
    assert refused_json(b"\xff\xfe\xfa").paths == ("$",)  # type: ignore[arg-type]


def test_deeply_nested_json_fails_cleanly() -> None:
    depth = 100_000
    error = refused_json("[" * depth + "]" * depth)
    assert error.paths == ("$",)
    assert "nested too deeply" in str(error)


def test_deeply_nested_data_fails_cleanly_at_its_path() -> None:
    nested: list[object] = []
    for _ in range(100_000):
        nested = [nested]
    data = document()
    data["areas"][0]["actions"][0]["units"] = nested
    error = refused(data)
    assert error.paths == ("$.areas[0].actions[0].units[0]",)


def test_very_large_documents_fail_just_as_cleanly() -> None:
    data = document()
    row = data["areas"][0]["actions"][0]
    data["areas"][0]["actions"] = [
        {**row, "id": f"organisasi-{i}", "budget": "x" * 10_000, "problems": []}
        for i in range(5_000)
    ]
    error = refused_json(json.dumps(data))
    assert len(error.details) == 5_000
    assert error.paths[4_999] == "$.areas[0].actions[4999].budget"
    assert len(str(error)) < 5_000  # the message shows the first problems, and counts the rest
    assert "and 4990 more" in str(error)


def test_a_long_unknown_key_is_cut_short_in_its_path() -> None:
    data = {"id": "a1", "x" * 10_000: 1}
    (path,) = refused(data, rb.Action).paths
    assert len(path) < 200


@pytest.mark.parametrize(
    "data", [{"format_version": 1}, {"format_version": 1, "areas": "x"}, {"areas": [{}]}]
)
def test_no_cattrs_exception_is_chained_to_the_data_error(data: object) -> None:
    error = refused(data)
    assert error.__cause__ is None
    assert error.__suppress_context__


def test_a_class_the_converter_cannot_read_is_a_type_error() -> None:
    class Opaque:
        pass

    with pytest.raises(rb.ModelTypeError, match="no way to read"):
        rb.from_dict({}, Opaque)


# -- the sample road map


def test_the_probolinggo_sample_survives_the_json_round_trip() -> None:
    samples = pytest.importorskip("rbroadmap.samples")
    roadmap = samples.probolinggo()
    text = rb.to_json(roadmap)
    assert rb.from_json(text, rb.RoadMap) == roadmap
    assert rb.to_json(rb.from_json(text, rb.RoadMap)) == text


def test_a_key_given_twice_is_reported_with_the_other_problems() -> None:
    text = rb.to_json(kota_contoh())
    text = text.replace('"2019": "35%"', '"2019": "35%", "2019": "40%"', 1)
    text = text.replace('"budget": 150000000', '"budget": "banyak"', 1)
    error = refused_json(text)
    assert error.paths == (
        '$.areas[0].actions[0].targets["2019"]',
        "$.areas[0].actions[0].budget",
    )


def test_null_for_a_target_cell_is_refused_with_a_hint() -> None:
    error = refused({"2019": None}, rb.Target)
    assert error.paths == ('$["2019"]',)
    assert "write '-' for no target" in str(error)


def test_a_number_written_as_text_is_refused_with_a_hint() -> None:
    error = refused({"start": "2018", "end": 2022}, rb.Period)
    assert error.paths == ("$.start",)
    assert "write it without quotes: 2018" in str(error)


@pytest.mark.parametrize("depth", [2, 50, 5_000])
def test_ranges_nested_in_ranges_are_refused_without_recursing(depth: int) -> None:
    cell: object = "70%"
    for _ in range(depth):
        cell = {"kind": "range", "low": cell, "high": "80%"}
    error = refused({"2019": cell}, rb.Target)
    assert error.paths == ('$["2019"].low',)


def test_a_range_that_contains_itself_is_refused() -> None:
    cell: dict[str, object] = {"kind": "range", "high": "80%"}
    cell["low"] = cell
    assert refused({"2019": cell}, rb.Target).paths == ('$["2019"].low',)


@pytest.mark.parametrize(
    ("data", "cls", "path"),
    [
        ({"id": "a1", "budget": 10**5000}, rb.Action, "$.budget"),
        ({"id": "a1", "budget": -(10**30)}, rb.Action, "$.budget"),
        ({"start": 10**5000, "end": 2022}, rb.Period, "$.start"),
        ({"id": 10**5000, "text": "x"}, rb.Problem, "$.id"),
        (
            {"2019": {"kind": "count", "value": 10**5000, "unit": "OPD"}},
            rb.Target,
            '$["2019"].value',
        ),
    ],
)
def test_numbers_too_large_to_show_are_refused_at_their_path(
    data: object, cls: Any, path: str
) -> None:
    assert refused(data, cls).paths == (path,)
