"""Honest outlooks: every roll-up counts its targets by outlook, the headline says the
share, and a report may decide a group's outlook by its worst target or a threshold share."""

from __future__ import annotations

import runpy
from decimal import Decimal
from pathlib import Path

import pendulum
import pytest

import rbroadmap as rb
from rbroadmap.attainment import OutlookCounts, OutlookRule

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = runpy.run_path(str(ROOT / "examples" / "attainment.py"))
R = rb.Realization.parse


def sample_report(**options: object) -> rb.AttainmentReport:
    roadmap = rb.samples.probolinggo()
    return rb.attain(
        roadmap,
        EXAMPLE["realizations"](roadmap),
        as_of=pendulum.date(2021, 1, 31),
        **options,  # type: ignore[arg-type]
    )


@pytest.fixture(scope="module")
def report() -> rb.AttainmentReport:
    return sample_report()


def test_the_sample_headline_says_how_many_targets_are_on_track(
    report: rb.AttainmentReport,
) -> None:
    overall = report.overall
    assert overall.outlook_counts == OutlookCounts(on_track=23, at_risk=7, off_track=6, unknown=0)
    assert overall.meeting == overall.outlook_counts.on_track
    assert len(overall.at_risk) == 13  # at risk and off track: projected to miss
    assert overall.forecast == Decimal("95.60")
    assert overall.outlook is rb.Outlook.AT_RISK
    assert overall.headline is not None
    assert overall.headline.english == (
        "outlook: at risk (95.60%); 23 of 36 targets on track, 7 at risk, 6 off track"
    )
    assert overall.headline.indonesian == (
        "prospek: berisiko (95,60%); 23 dari 36 target sesuai jalur, 7 berisiko, "
        "6 tidak sesuai jalur"
    )
    assert "(23 of 36 targets on track, 7 at risk, 6 off track)>" in repr(report)
    assert overall.outlook_explanation is not None
    assert overall.outlook_explanation.english == (
        "the outlook of the combined attainment: At risk; "
        "23 of 36 targets on track, 7 at risk, 6 off track"
    )


def test_every_roll_up_to_date_counts_its_targets_and_no_yearly_one_does(
    report: rb.AttainmentReport,
) -> None:
    for rollup in report.rollups:
        if rollup.year is not None:
            assert rollup.outlook_counts is None
            assert rollup.headline is None
            continue
        assert rollup.outlook_counts is not None
    for area in report.rollups_by("area"):
        members = [t for t in report.targets if t.area_id == area.key]
        assert area.outlook_counts == OutlookCounts.of(t.forecast.outlook for t in members)
    assert report.overall.outlook_counts == OutlookCounts.of(
        t.forecast.outlook for t in report.targets
    )
    # pengawasan-4, -5, -7, -8 on track; -2, -3, -9 at risk; -1, -6 off track
    pengawasan = report.rollup("area", "pengawasan")
    assert pengawasan.outlook_counts == OutlookCounts(on_track=4, at_risk=3, off_track=2)


@pytest.mark.parametrize(
    ("rule", "threshold", "outlook", "says"),
    [
        (OutlookRule.COMBINED, 80, rb.Outlook.AT_RISK, "the outlook of the combined attainment"),
        (OutlookRule.WORST, 80, rb.Outlook.OFF_TRACK, "the worst outlook of 36 targets: Off track"),
        # 23/36 = 63,89% on track; 30/36 = 83,33% on track or at risk
        (
            OutlookRule.SHARE,
            80,
            rb.Outlook.AT_RISK,
            "63.89% of targets on track and 83.33% on track or at risk, against a threshold of "
            "80.00%: At risk",
        ),
        (OutlookRule.SHARE, 60, rb.Outlook.ON_TRACK, "against a threshold of 60.00%: On track"),
        (OutlookRule.SHARE, 90, rb.Outlook.OFF_TRACK, "against a threshold of 90.00%: Off track"),
    ],
)
def test_a_report_chooses_how_a_group_outlook_is_decided(
    rule: OutlookRule, threshold: int, outlook: rb.Outlook, says: str
) -> None:
    overall = sample_report(outlook_rule=rule, outlook_threshold=threshold).overall
    assert overall.outlook is outlook
    assert overall.outlook_explanation is not None
    assert says in overall.outlook_explanation.english
    assert overall.outlook_counts == OutlookCounts(on_track=23, at_risk=7, off_track=6)


def test_the_options_are_kept_and_checked() -> None:
    report = sample_report(outlook_rule=OutlookRule.SHARE, outlook_threshold=75)
    assert report.options.outlook_rule is OutlookRule.SHARE
    assert report.options.outlook_threshold == 75
    assert report.to_dict()["options"]["outlook_rule"] == "share"
    assert report.to_dict()["options"]["outlook_threshold"] == "75"
    for bad in (0, 101, -5):
        with pytest.raises(rb.ModelError, match="threshold"):
            sample_report(outlook_threshold=bad)


def test_a_group_with_nothing_to_forecast_cannot_be_forecast_whatever_the_rule() -> None:
    roadmap = rb.samples.probolinggo()
    for rule in OutlookRule:
        overall = rb.attain(
            roadmap, [], as_of=pendulum.date(2019, 1, 31), outlook_rule=rule
        ).overall
        assert overall.outlook is rb.Outlook.UNKNOWN
        assert overall.outlook_counts == OutlookCounts(unknown=36)
        assert overall.headline is not None
        assert overall.headline.english == (
            "outlook: cannot be forecast; 0 of 36 targets on track, 0 at risk, 0 off track, "
            "36 cannot be forecast"
        )


def test_the_records_carry_the_counts(report: rb.AttainmentReport) -> None:
    record = next(r for r in report.to_records("rollups") if r["dimension"] == "roadmap")
    assert (
        record["outlook_on_track"],
        record["outlook_at_risk"],
        record["outlook_off_track"],
        record["outlook_unknown"],
    ) == (23, 7, 6, 0)
    yearly = next(r for r in report.to_records("rollups") if r["dimension"] == "year")
    assert yearly["outlook_on_track"] is None
    assert "23 dari 36 target sesuai jalur" in record["outlook_explanation"]


def test_counts_in_words() -> None:
    counts = OutlookCounts.of([rb.Outlook.ON_TRACK, rb.Outlook.UNKNOWN, rb.Outlook.OFF_TRACK])
    assert (counts.total, counts.forecastable) == (3, 2)
    assert counts.share_on_track == 50
    assert counts.summary.english == (
        "1 of 3 targets on track, 0 at risk, 1 off track, 1 cannot be forecast"
    )
    assert OutlookCounts().share_on_track is None
