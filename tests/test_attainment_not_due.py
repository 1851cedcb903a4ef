"""Values realised for a year with nothing due: left out with the reason, never a figure,
never a trend; and the other realisations left out, each with its own reason."""

from __future__ import annotations

from decimal import Decimal

import pendulum

import rbroadmap as rb
from rbroadmap.attainment import ForecastMethod, LeftOutReason, Status

R = rb.Realization.parse
PERIODIC = ("-", "100%", "-", "100%", "-")


def roadmap(*cells: str) -> rb.RoadMap:
    return rb.RoadMap(
        id="kota-x",
        government="Kota X",
        period=rb.Period(2018, 2022),
        areas=[
            rb.Area(
                id="o",
                name="Organisasi",
                actions=[
                    rb.Action(id="a1", targets=rb.Target.of(2018, *cells), budget=100_000_000)
                ],
            )
        ],
    )


def test_a_value_in_a_year_with_nothing_due_feeds_no_trend() -> None:
    # 10% in 2018 (nothing due) and 90% in 2019: the line through them read 250% by 2021.
    realised = [R("a1", 2018, "10%"), R("a1", 2019, "90%")]
    report = rb.attain(roadmap(*PERIODIC), realised, as_of=pendulum.date(2019, 12, 31))
    forecast = report.target("a1").forecast
    assert forecast.method is ForecastMethod.FLAT
    assert forecast.projected_value == 90
    assert forecast.percent == Decimal("90.00")  # (was 250,00%, on track)
    assert forecast.outlook is rb.Outlook.AT_RISK
    assert report.left_out == (realised[0],)
    (left,) = report.left_out_reasons
    assert left.realization == realised[0]
    assert left.reason is LeftOutReason.NOTHING_DUE
    assert left.explanation.indonesian == (
        "2018: tidak ada target tahun 2018 ('-'); tidak dinilai dan tidak dipakai untuk tren"
    )
    assert report.row("a1", 2018).status is Status.NOT_DUE
    assert report.row("a1", 2018).realization is None


def test_a_value_in_a_year_with_nothing_due_changes_no_figure() -> None:
    due = [R("a1", 2019, "90%", spent=80_000_000)]
    idle = [
        R("a1", 2018, "10%", spent=50_000_000),
        R("a1", 2020, "40%", quarter=2),
        R("a1", 2022, "100%", quarter=1),
    ]
    day = pendulum.date(2022, 6, 30)
    alone = rb.attain(roadmap(*PERIODIC), due, as_of=day)
    with_idle = rb.attain(roadmap(*PERIODIC), [*idle, *due], as_of=day)
    for key in ("rows", "targets", "rollups"):
        assert with_idle.to_dict()[key] == alone.to_dict()[key]
    assert with_idle.target("a1").spent == 80_000_000  # money spent in a `-` year counts nowhere
    assert {left.reason for left in with_idle.left_out_reasons} == {LeftOutReason.NOTHING_DUE}
    assert set(with_idle.left_out) == set(idle)


def test_a_cumulative_target_with_a_gap_takes_no_value_from_the_gap() -> None:
    rm = rb.RoadMap(
        id="kota-x",
        government="Kota X",
        period=rb.Period(2018, 2022),
        areas=[
            rb.Area(
                id="o",
                name="O",
                actions=[
                    rb.Action(
                        id="a1",
                        targets=rb.Target(
                            values={2018: rb.NO_TARGET, 2019: rb.Percentage(50)}
                            | {2020: rb.NO_TARGET, 2021: rb.Percentage(100)}
                            | {2022: rb.NO_TARGET},
                            shape=rb.Shape.CUMULATIVE,
                        ),
                    )
                ],
            )
        ],
    )
    realised = [R("a1", 2019, "50%"), R("a1", 2020, "95%")]
    target = rb.attain(rm, realised, as_of=pendulum.date(2020, 12, 31)).target("a1")
    assert target.percent == Decimal("100.00")  # the latest due value, 50 of 50
    assert target.progress is not None
    assert target.progress.percent == Decimal("50.00")  # not 95 of 100


def test_every_realisation_left_out_says_why() -> None:
    realised = [
        R("a1", 2019, "60%", recorded=pendulum.date(2020, 7, 1)),
        R("a1", 2020, "20%", quarter=3),
        R("a1", 2021, "30%"),
        R("a1", 2018, "5%"),
    ]
    report = rb.attain(
        roadmap("-", "60%", "70%", "80%", "100%"), realised, as_of=pendulum.date(2020, 6, 30)
    )
    reasons = {left.realization.key: left for left in report.left_out_reasons}
    assert {key: left.reason for key, left in reasons.items()} == {
        ("a1", 2019, None): LeftOutReason.RECORDED_LATER,
        ("a1", 2020, 3): LeftOutReason.NOT_BEGUN,
        ("a1", 2021, None): LeftOutReason.NOT_BEGUN,
        ("a1", 2018, None): LeftOutReason.NOTHING_DUE,
    }
    assert reasons[("a1", 2019, None)].explanation.english == (
        "2019: recorded on 2020-07-01, after 2020-06-30"
    )
    assert reasons[("a1", 2020, 3)].explanation.english == (
        "2020 Q3 has not begun as of 2020-06-30"
    )
    assert [left.realization for left in report.left_out_reasons] == list(report.left_out)
    records = report.to_dict()["left_out"]
    assert {r["reason"] for r in records} == {"recorded-later", "not-begun", "nothing-due"}
    assert all(set(r["explanation"]) == {"id", "en"} for r in records)


def test_a_year_the_schedule_does_not_cover_has_nothing_due() -> None:
    rm = roadmap("25%", "35%")  # 2018 and 2019 only, in a period to 2022
    report = rb.attain(rm, [R("a1", 2021, "50%")], as_of=pendulum.date(2021, 12, 31))
    (left,) = report.left_out_reasons
    assert left.reason is LeftOutReason.NOTHING_DUE
    assert left.explanation.english == (
        "2021: the schedule has no cell for 2021; not judged and not used for a trend"
    )
    assert report.target("a1").forecast.method is ForecastMethod.NONE
