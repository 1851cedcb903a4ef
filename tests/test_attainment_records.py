"""The report as plain records (for pandas.DataFrame) and as JSON-ready data."""

from __future__ import annotations

import json
from decimal import Decimal

import pendulum
import pytest

import rbroadmap as rb

R = rb.Realization.parse


def report() -> rb.AttainmentReport:
    rm = rb.RoadMap(
        id="kota-x",
        government="Kota X",
        period=rb.Period(2018, 2022),
        areas=[
            rb.Area(
                id="organisasi",
                name="Organisasi",
                actions=[
                    rb.Action(
                        id="a1",
                        text="Penataan tugas dan fungsi",
                        targets=rb.Target.of(2018, "25%", "35%", "60%", "80%", "100%"),
                        budget=150_000_000,
                        units=["Bag. Organisasi Setda", "BKPSDM"],
                    ),
                    rb.Action(id="a2", targets=rb.Target.of(2018, "WTP", "WTP", "WTP")),
                ],
            )
        ],
    )
    realised = [
        R("a1", 2018, "20%", spent=120_000_000, recorded=pendulum.date(2019, 1, 10), note="ok"),
        R("a1", 2019, "28%", quarter=3),
        R("a2", 2018, "tercapai"),
    ]
    return rb.attain(rm, realised, as_of=pendulum.date(2019, 9, 30))


PLAIN = (str, int, bool, Decimal, type(None))


@pytest.mark.parametrize("table", ["rows", "targets", "rollups"])
def test_records_are_plain_dicts_with_the_same_keys(table: str) -> None:
    records = report().to_records(table)  # type: ignore[arg-type]
    assert records
    keys = list(records[0])
    for record in records:
        assert list(record) == keys
        for value in record.values():
            assert isinstance(value, PLAIN), (table, value)


def test_one_record_per_target_and_year() -> None:
    records = report().to_records(lang="en")
    assert [(r["target_id"], r["year"]) for r in records] == [
        ("a1", 2018), ("a1", 2019), ("a1", 2020), ("a1", 2021), ("a1", 2022),
        ("a2", 2018), ("a2", 2019), ("a2", 2020),
    ]  # fmt: skip
    first = records[0]
    assert first["attainment"] == Decimal("80.00")
    assert first["expected"] == Decimal("25.00")
    assert first["realized"] == "20%"
    assert first["realized_value"] == Decimal("20")
    assert first["band"] == "High"
    assert first["band_code"] == "tinggi"
    assert (first["budget"], first["spent"], first["absorption"]) == (
        150_000_000,
        120_000_000,
        Decimal("80.00"),
    )
    assert first["recorded"] == "2019-01-10"
    assert first["note"] == "ok"
    assert first["explanation"] == "higher is better: R/T × 100% = 20/25 × 100% = 80,00%"
    quarter = records[1]
    assert (quarter["quarter"], quarter["status"]) == (3, "judged")
    # 25 + (35 - 25) × 3/4 = 32,5; 28/32,5 = 86,15%
    assert quarter["expected"] == Decimal("32.50")
    assert quarter["attainment"] == Decimal("86.15")
    assert records[5]["realized"] == "Achieved"


def test_records_are_in_indonesian_by_default_like_every_report() -> None:
    assert report().to_records() == report().to_records(lang="id")
    record = report().to_records(lang="id")[0]
    assert record["band"] == "Tinggi"
    assert record["explanation"].startswith("semakin tinggi semakin baik")
    assert report().to_records("rollups", lang="id")[0]["explanation"].startswith("rata-rata")


def test_records_with_float_or_text_numbers() -> None:
    as_float = report().to_records(numbers="float")[0]
    assert as_float["attainment"] == 80.0
    assert isinstance(as_float["attainment"], float)
    assert report().to_records(numbers="str")[0]["attainment"] == "80.00"


def test_target_records_carry_the_forecast() -> None:
    record = report().to_records("targets")[0]
    assert record["units"] == "Bag. Organisasi Setda; BKPSDM"
    assert record["cumulative"] is True
    assert record["forecast_method"] == "trend"
    assert record["final_target"] == "100%"
    assert record["outlook_code"] in {"on-track", "at-risk", "off-track"}


def test_rollup_records() -> None:
    records = report().to_records("rollups")
    overall = next(r for r in records if r["dimension"] == "roadmap")
    assert overall["key"] == "kota-x"
    assert overall["year"] is None
    assert overall["meeting"] is not None
    year = next(r for r in records if r["dimension"] == "year" and r["year"] == 2019)
    assert year["meeting"] is None
    assert year["coverage"] == Decimal("100.00")


def test_to_dict_is_json_ready_and_bilingual() -> None:
    data = report().to_dict()
    text = json.dumps(data)
    assert json.loads(text) == data
    assert data["as_of"] == "2019-09-30"
    assert data["options"]["method"] == "mean"
    assert data["options"]["cap"] is None
    row = data["rows"][0]
    assert row["attainment"] == "80.00"
    assert row["explanation"]["id"].startswith("semakin tinggi")
    assert row["explanation"]["en"].startswith("higher is better")
    assert data["targets"][0]["units"] == ["Bag. Organisasi Setda", "BKPSDM"]
    assert data["rows"][5]["realized"] == {"id": "Tercapai", "en": "Achieved"}


def test_left_out_realisations_are_listed() -> None:
    rm = rb.RoadMap(
        id="kota-x",
        government="Kota X",
        period=rb.Period(2018, 2022),
        areas=[
            rb.Area(
                id="o",
                name="O",
                actions=[rb.Action(id="a1", targets=rb.Target.of(2018, "25%", "35%"))],
            )
        ],
    )
    rep = rb.attain(rm, [R("a1", 2019, "30%")], as_of=pendulum.date(2018, 12, 31))
    assert rep.to_dict()["left_out"] == [
        {
            "target_id": "a1",
            "year": 2019,
            "quarter": None,
            "reason": "not-begun",
            "explanation": {
                "id": "2019 belum dimulai per 2018-12-31",
                "en": "2019 has not begun as of 2018-12-31",
            },
        }
    ]


@pytest.mark.parametrize(
    "call",
    [
        lambda r: r.to_records("cells"),
        lambda r: r.to_records(lang="fr"),
        lambda r: r.to_records(numbers="int"),
    ],
)
def test_bad_arguments_are_refused(call: object) -> None:
    with pytest.raises(rb.ModelError, match=r"to_records\((table|lang|numbers)=.*: expected"):
        call(report())  # type: ignore[operator]
