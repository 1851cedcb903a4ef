"""Realisations: building them, and the clear typed errors for what cannot be judged."""

from __future__ import annotations

import pickle

import attrs
import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rbroadmap as rb
from rbroadmap import strategies as rbst
from rbroadmap.attainment import (
    DuplicateRealizationError,
    OutsidePeriodError,
    UnitMismatchError,
    UnknownTargetError,
)

R = rb.Realization.parse
AS_OF = pendulum.date(2020, 12, 31)


def roadmap() -> rb.RoadMap:
    return rb.RoadMap(
        id="kota-x",
        government="Kota X",
        period=rb.Period(2018, 2022),
        areas=[
            rb.Area(
                id="pengawasan",
                name="Pengawasan",
                actions=[
                    rb.Action(id="spip", targets=rb.Target.of(2018, *["39 OPD"] * 5)),
                    rb.Action(id="pmprb", targets=rb.Target.of(2018, "IRB 70", "IRB 73")),
                    rb.Action(id="diklat", targets=rb.Target.of(2018, "10 Orang", "15 Orang")),
                    rb.Action(id="diklat-lanjut", text="Diklat lanjutan", shares="diklat"),
                    rb.Action(id="tanpa-target", text="Tanpa target"),
                    rb.Action(id="wtp", targets=rb.Target.of(2018, "WTP", "WTP")),
                ],
            )
        ],
    )


def test_a_realisation_holds_what_the_issue_asks() -> None:
    r = rb.Realization(
        target_id="spip",
        year=2019,
        quarter=2,
        value=rb.Count(20, "OPD"),
        spent=20_000_000,
        recorded=pendulum.date(2019, 7, 3),
        note="Sosialisasi tahap I",
    )
    assert r.key == ("spip", 2019, 2)
    assert r.period.indonesian == "2019 TW II"
    assert r.period.english == "2019 Q2"
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        r.year = 2020  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(r)) == r
    assert "__slots__" in rb.Realization.__dict__


def test_parse_reads_indonesian_notation() -> None:
    r = R("spip", 2019, "20 OPD", quarter=1, spent="20.000.000,-")
    assert r.value == rb.Count(20, "OPD")
    assert r.spent == 20_000_000
    assert R("pmprb", 2018, "IRB 72,5").value == rb.IndexScore("IRB", rb.parse_number("72,5"))
    assert R("wtp", 2018, "Belum tercapai").value is rb.Verdict.NOT_ACHIEVED
    assert R("wtp", 2018, "WTP").value == rb.Qualitative("WTP")


def test_a_standard_date_is_recorded_as_a_pendulum_date() -> None:
    import datetime

    r = R("spip", 2019, "20 OPD", recorded=datetime.date(2019, 7, 3))
    assert isinstance(r.recorded, pendulum.Date)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"quarter": 5}, "quarter"),
        ({"quarter": 0}, "quarter"),
        ({"spent": -1}, "spent"),
        ({"spent": 1.5}, "spent"),
        ({"value": rb.parse_value("70-80%")}, "value"),
        ({"value": rb.NO_TARGET}, "value"),
        ({"value": "60%"}, "value"),
        ({"year": 1800}, "year"),
        ({"target_id": "bukan id"}, "target_id"),
        ({"note": 5}, "note"),
    ],
)
def test_a_realisation_refuses_what_is_meaningless(changes: dict[str, object], field: str) -> None:
    fields: dict[str, object] = {"target_id": "spip", "year": 2019, "value": rb.Count(1, "OPD")}
    fields.update(changes)
    with pytest.raises(rb.ModelError) as info:
        rb.Realization(**fields)  # type: ignore[arg-type]
    assert info.value.field == field


def test_a_set_refuses_two_realisations_for_one_period() -> None:
    with pytest.raises(DuplicateRealizationError) as info:
        rb.Realizations.of(R("spip", 2019, "20 OPD"), R("spip", 2019, "25 OPD"))
    assert info.value.index == 1
    assert info.value.first == 0
    assert info.value.path == "$[1].target_id"
    assert "$[0]" in str(info.value)
    # a quarter and the whole year are different periods
    assert (
        len(rb.Realizations.of(R("spip", 2019, "20 OPD"), R("spip", 2019, "9 OPD", quarter=1))) == 2
    )


def test_a_set_looks_up_by_target_and_period() -> None:
    rs = rb.Realizations.of(R("spip", 2019, "20 OPD"), R("spip", 2020, "9 OPD", quarter=1))
    assert rs.get("spip", 2020, 1) is rs.items[1]
    assert rs.get("spip", 2020) is None
    assert rs.for_target("spip") == rs.items
    assert ("spip", 2019, None) in rs
    assert list(rs) == list(rs.items)


def test_every_error_is_a_roadmap_error_and_a_value_error() -> None:
    for cls in (
        UnknownTargetError,
        OutsidePeriodError,
        DuplicateRealizationError,
        UnitMismatchError,
    ):
        assert issubclass(cls, rb.RealizationError)
        assert issubclass(cls, rb.RoadmapError)
        assert issubclass(cls, ValueError)


def test_an_unknown_id_is_refused_with_a_suggestion() -> None:
    with pytest.raises(UnknownTargetError) as info:
        rb.attain(roadmap(), [R("spip", 2018, "39 OPD"), R("pmprp", 2018, "IRB 70")], as_of=AS_OF)
    error = info.value
    assert error.index == 1
    assert error.suggestion == "pmprb"
    assert error.path == "$[1].target_id"
    assert "did you mean 'pmprb'?" in str(error)
    assert "maksud Anda 'pmprb'?" in error.text("id")


def test_a_row_without_a_target_is_refused() -> None:
    with pytest.raises(UnknownTargetError, match="has no target"):
        rb.attain(roadmap(), [R("tanpa-target", 2018, "1 OPD")], as_of=AS_OF)


def test_a_year_outside_the_period_is_refused() -> None:
    with pytest.raises(OutsidePeriodError, match="2023 is outside the road map's period 2018-2022"):
        rb.attain(roadmap(), [R("spip", 2023, "39 OPD")], as_of=AS_OF)


def test_a_row_sharing_a_target_reports_on_its_owner() -> None:
    report = rb.attain(roadmap(), [R("diklat-lanjut", 2018, "8 Orang")], as_of=AS_OF)
    assert report.row("diklat", 2018).percent == rb.parse_number("80")
    with pytest.raises(KeyError):
        report.target("diklat-lanjut")


def test_the_owner_and_a_sharing_row_cannot_both_report_one_period() -> None:
    realised = [R("diklat", 2018, "8 Orang"), R("diklat-lanjut", 2018, "9 Orang")]
    with pytest.raises(DuplicateRealizationError) as info:
        rb.attain(roadmap(), realised, as_of=AS_OF)
    assert "target 'diklat'" in str(info.value)
    assert info.value.first == 0


@pytest.mark.parametrize(
    ("target_id", "value"),
    [
        ("spip", "20 Orang"),  # another unit
        ("spip", "50%"),  # a percentage against a count
        ("pmprb", "IKM 70"),  # another index
        ("pmprb", "70%"),
        ("diklat", "tercapai"),  # a verdict against a number
        ("wtp", "100%"),  # a number against a qualitative target
    ],
)
def test_a_value_of_another_kind_or_unit_is_an_error_not_a_guess(
    target_id: str, value: str
) -> None:
    with pytest.raises(UnitMismatchError) as info:
        rb.attain(roadmap(), [R(target_id, 2018, value)], as_of=AS_OF)
    assert info.value.path == "$[0].value"
    assert info.value.expected == roadmap().action(target_id).targets[2018]  # type: ignore[index]


def test_units_match_without_regard_to_case_or_qualifier() -> None:
    rm = rb.RoadMap(
        id="kota-x",
        government="Kota X",
        period=rb.Period(2018, 2019),
        areas=[
            rb.Area(
                id="pengawasan",
                name="Pengawasan",
                actions=[rb.Action(id="upg", targets=rb.Target.of(2018, "39 OPD Dan masyarakat"))],
            )
        ],
    )
    report = rb.attain(rm, [R("upg", 2018, "39 opd")], as_of=AS_OF)
    assert report.row("upg", 2018).percent == rb.parse_number("100")


def test_errors_survive_pickling() -> None:
    with pytest.raises(UnknownTargetError) as info:
        rb.attain(roadmap(), [R("pmprp", 2018, "IRB 70")], as_of=AS_OF)
    copy = pickle.loads(pickle.dumps(info.value))
    assert str(copy) == str(info.value)
    assert copy.suggestion == "pmprb"


def test_attain_needs_a_road_map() -> None:
    with pytest.raises(rb.ModelTypeError):
        rb.attain("kota-x", [], as_of=AS_OF)  # type: ignore[arg-type]


@pytest.mark.parametrize(("option", "value"), [("cap", 0), ("tolerance", 101), ("cap", -5)])
def test_options_are_checked(option: str, value: int) -> None:
    with pytest.raises(rb.ModelError):
        rb.attain(roadmap(), [], as_of=AS_OF, **{option: value})  # type: ignore[arg-type]


# -- realisations as documents


@pytest.mark.parametrize(
    ("written", "verdict"),
    [
        ("tercapai", rb.Verdict.ACHIEVED),
        ("Achieved", rb.Verdict.ACHIEVED),
        ("tidak  tercapai", rb.Verdict.NOT_ACHIEVED),
        ("Belum tercapai", rb.Verdict.NOT_ACHIEVED),
        ("not-achieved", rb.Verdict.NOT_ACHIEVED),
    ],
)
def test_a_document_and_parse_read_a_verdict_in_words_alike(
    written: str, verdict: rb.Verdict
) -> None:
    # Regression: a document's "tercapai" was read as the qualitative text 'tercapai',
    # which achieves no target ('WTP'), while Realization.parse read it as achieved.
    data = {"target_id": "wtp", "year": 2019, "value": written}
    loaded = rb.from_dict(data, rb.Realization)
    assert loaded.value is verdict
    assert loaded == R("wtp", 2019, written)
    assert rb.from_json(rb.to_json(loaded), rb.Realization) == loaded


def test_a_qualitative_value_spelled_like_a_verdict_keeps_its_kind() -> None:
    written = rb.Realization(target_id="wtp", year=2019, value=rb.Qualitative("tercapai"))
    data = rb.to_dict(written)
    assert data["value"] == {"kind": "qualitative", "text": "tercapai"}
    assert rb.from_dict(data, rb.Realization) == written


@settings(max_examples=20)
@given(st.data())
def test_realisations_survive_the_round_trip_through_json(data: st.DataObject) -> None:
    realised = data.draw(rbst.realizations(rb.samples.probolinggo()))
    for item in realised:
        assert rb.from_json(rb.to_json(item), rb.Realization) == item
    assert rb.from_json(rb.to_json(realised), rb.Realizations) == realised
