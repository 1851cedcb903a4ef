"""Target cells as the road maps of every region write them.

Goal tables and plan tables of other cities, regencies and provinces write what the
Kota Probolinggo road map does not: comparisons (``>70``, ``minimal 80%``, ``maks. 5
hari``), a score with its grade (``60/B``, ``3,27 (Baik)``), ticks in year columns
(``√``), ``NA``, multi-word units (``11 Peraturan Daerah``), bare numbers under a unit
column (*Satuan*), budgets in short (``Rp 150 juta``) and quarterly targets. Each is
held exactly, judged, checked by the rules and kept in documents; version-1 documents
load as they always did.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pendulum
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import rbroadmap as rb
from rbroadmap import strategies as rbst
from rbroadmap.attainment.formulas import SHORT_OF_MET, Expected, judge
from support.documents import version_1
from support.rules import T, clean, with_action

D = Decimal
DOCS = Path(__file__).resolve().parent.parent / "docs"
END_2022 = pendulum.date(2022, 12, 31)


def roadmap(target: rb.Target, *, period: rb.Period = rb.Period(2020, 2022)) -> rb.RoadMap:  # noqa: B008
    row = rb.Action(id="r1", text="Aksi", targets=target)
    area = rb.Area(id="a", name="Pengawasan", actions=[row])
    return rb.RoadMap(id="kota-x", government="Kota X", period=period, areas=[area])


def attain(target: rb.Target, *reports: tuple[int, str], **kw: Any) -> rb.AttainmentReport:
    realisations = [rb.Realization.parse("r1", year, text, **kw) for year, text in reports]
    return rb.attain(roadmap(target), realisations, as_of=END_2022)


# -- Done when: the issue's own examples


def test_a_realised_unit_phrase_other_than_the_target_s_is_a_unit_error() -> None:
    target = rb.Target.of(2020, "11 Peraturan Daerah", "11 Peraturan Daerah", "11 Peraturan Daerah")
    assert target[2020] == rb.Count(11, "Peraturan Daerah")
    with pytest.raises(rb.attainment.UnitMismatchError) as caught:
        attain(target, (2020, "12 Peraturan Bupati"))
    assert isinstance(caught.value, rb.RealizationError)
    assert "Peraturan Bupati" in str(caught.value)
    assert "Peraturan Daerah" in caught.value.message.indonesian
    report = attain(target, (2020, "12 Peraturan Daerah"))
    assert report.row("r1", 2020).percent == D("109.09")


@pytest.mark.parametrize("text", ["NA", "N/A", "n.a.", "N.A.", "t.a.d.", "na"])
def test_na_is_never_a_qualitative_target_named_na(text: str) -> None:
    assert rb.parse_value(text) is rb.NOT_AVAILABLE
    assert rb.format_value(rb.parse_value(text)) == "NA"
    with pytest.raises(rb.ModelError, match="not available"):
        rb.Qualitative(text)
    report = attain(rb.Target.of(2020, text, "100%", text), (2021, "100%"))
    assert [r.status for r in report.rows] == [
        rb.attainment.Status.NOT_DUE,
        rb.attainment.Status.JUDGED,
        rb.attainment.Status.NOT_DUE,
    ]
    assert "not available" in report.row("r1", 2020).explanation.english


def test_more_than_70_is_not_met_by_irb_70_and_is_met_by_72() -> None:
    target = rb.Target.parse(dict.fromkeys((2020, 2021, 2022), ">70"), unit="IRB")
    assert target[2020] == rb.Threshold(rb.Comparison.MORE_THAN, rb.IndexScore("IRB", 70))
    report = attain(target, (2020, "IRB 70"), (2021, "IRB 72"), (2022, "IRB 69"))
    at_bound, above, below = (report.row("r1", year) for year in (2020, 2021, 2022))
    assert at_bound.percent == D("99.99")  # not met: held below 100%
    assert at_bound.formula is rb.attainment.Formula.COMPARISON
    assert "does not meet it" in at_bound.explanation.english
    assert above.percent == D("100.00")
    assert "meets it" in above.explanation.english
    # How far: 69 of the bound 70, R/T of the bound.
    assert below.exact == rb.attainment.formulas.Fraction(6900, 70)
    assert below.percent == D("98.57")
    assert "69/70" in below.explanation.english


def test_more_than_70_bb_is_met_by_irb_72() -> None:
    target = rb.Target.parse(dict.fromkeys((2020, 2021, 2022), ">70/BB"), unit="IRB")
    assert target[2020] == rb.Graded(
        rb.Threshold(rb.Comparison.MORE_THAN, rb.IndexScore("IRB", 70)), "BB"
    )
    report = attain(target, (2020, "IRB 72"), (2021, "IRB 70"), (2022, "IRB 80,01"))
    assert report.row("r1", 2020).percent == D("100.00")
    assert report.row("r1", 2020).formula is rb.attainment.Formula.GRADE
    assert "(BB)" in report.row("r1", 2020).explanation.english
    assert report.row("r1", 2021).percent == D("99.99")  # 70 is B, below BB
    assert report.row("r1", 2022).percent == D("100.00")  # A is better than BB


def test_60_b_under_sakip_is_reported_by_a_rule() -> None:
    target = rb.Target.parse(dict.fromkeys(range(2018, 2023), "60/B"), unit="SAKIP")
    assert target[2018] == rb.Graded(rb.IndexScore("SAKIP", 60), "B")
    changed = with_action(clean(), "pengawasan-2", targets=target)
    report = rb.validate(changed, select=["RB606"], lang="en")
    assert [f.code for f in report] == ["RB606"] * 5
    finding = report.findings[0]
    assert finding.severity is rb.Severity.ERROR
    assert "60 is CC" in str(finding.message)
    assert finding.suggestion == "SAKIP 60/CC"
    assert rb.parse_value(finding.suggestion) == rb.Graded(rb.IndexScore("SAKIP", 60), "CC")


def test_three_ticks_done_not_done_done_attain_two_thirds() -> None:
    target = rb.Target.of(2020, "√", "√", "√")
    assert target.values == ((2020, rb.CHECK_MARK), (2021, rb.CHECK_MARK), (2022, rb.CHECK_MARK))
    report = attain(target, (2020, "terlaksana"), (2021, "tidak terlaksana"), (2022, "terlaksana"))
    assert [r.percent for r in report.rows] == [D("100.00"), D("0.00"), D("100.00")]
    assert report.target("r1").percent == D("66.67")
    assert report.rows[0].formula is rb.attainment.Formula.CHECK_MARK


def test_a_version_1_document_loads_to_the_road_map_it_always_did() -> None:
    sample = rb.samples.probolinggo()
    assert rb.to_dict(sample)["format_version"] == 2
    # Written as version 1 wrote it: the indicators with one baseline and one target.
    assert rb.from_dict(version_1(sample), rb.RoadMap) == sample


# -- every form, as the notation how-to lists it


def _form_table() -> list[tuple[str, str | None, str, str]]:
    """The rows of the table of every accepted form in the notation how-to."""
    page = (DOCS / "how-to" / "notation.md").read_text(encoding="utf-8")
    start = page.index("| written | unit column (*Satuan*) | canonical | kind |")
    rows = []
    for line in page[start:].splitlines()[2:]:
        if not line.startswith("|"):
            break
        cells = [c.strip() for c in line.strip("|").split("|")]
        written, unit, canonical, kind = (re.sub(r"^`(.*)`$", r"\1", c) for c in cells)
        rows.append((written, None if unit == "" else unit, canonical, kind))
    return rows


FORMS = _form_table()


def test_the_table_of_forms_lists_every_kind() -> None:
    assert {kind for *_, kind in FORMS} == {kind.cls.__name__ for kind in rb.values.VALUE_KINDS}
    assert len(FORMS) >= 40


@pytest.mark.parametrize(("written", "unit", "canonical", "kind"), FORMS, ids=str)
def test_every_form_of_the_table_reads_as_it_says(
    written: str, unit: str | None, canonical: str, kind: str
) -> None:
    value = rb.parse_value(written, unit=unit)
    assert type(value).__name__ == kind
    assert rb.format_value(value) == canonical
    again = rb.parse_value(canonical, unit=unit)
    assert again == value
    assert repr(again) == repr(value)
    assert rb.format_value(again) == canonical


# -- comparisons


@pytest.mark.parametrize(
    ("written", "comparison"),
    [
        (">70%", rb.Comparison.MORE_THAN),
        ("> 70%", rb.Comparison.MORE_THAN),
        ("lebih dari 70%", rb.Comparison.MORE_THAN),
        ("di atas 70%", rb.Comparison.MORE_THAN),
        ("≥ 70%", rb.Comparison.AT_LEAST),
        (">= 70%", rb.Comparison.AT_LEAST),
        ("minimal 70%", rb.Comparison.AT_LEAST),
        ("Minimal 70%", rb.Comparison.AT_LEAST),
        ("min. 70%", rb.Comparison.AT_LEAST),
        ("paling sedikit 70%", rb.Comparison.AT_LEAST),
        ("sekurang-kurangnya 70%", rb.Comparison.AT_LEAST),
        ("< 70%", rb.Comparison.LESS_THAN),
        ("kurang dari 70%", rb.Comparison.LESS_THAN),
        ("≤ 70%", rb.Comparison.AT_MOST),
        ("<= 70%", rb.Comparison.AT_MOST),
        ("maksimal 70%", rb.Comparison.AT_MOST),
        ("maks. 70%", rb.Comparison.AT_MOST),
        ("maks.70%", rb.Comparison.AT_MOST),
        ("paling banyak 70%", rb.Comparison.AT_MOST),
        ("paling lama 70%", rb.Comparison.AT_MOST),
    ],
)
def test_every_way_of_writing_a_comparison(written: str, comparison: rb.Comparison) -> None:
    assert rb.parse_value(written) == rb.Threshold(comparison, rb.Percentage(70))


def test_a_comparison_holds_any_numeric_value_with_the_unit_rules_of_a_bare_one() -> None:
    assert rb.parse_value("paling sedikit 39 OPD") == rb.Threshold(
        rb.Comparison.AT_LEAST, rb.Count(39, "OPD")
    )
    assert rb.parse_value("paling lama 3 hari kerja") == rb.Threshold(
        rb.Comparison.AT_MOST, rb.Count(3, "hari kerja")
    )
    assert rb.parse_value("IRB >70") == rb.parse_value("> IRB 70")
    assert rb.parse_value("≥ Level 3") == rb.Threshold(rb.Comparison.AT_LEAST, rb.Level(3))
    assert rb.parse_value("≤ 2,5 hari") == rb.Threshold(
        rb.Comparison.AT_MOST, rb.Quantity(D("2.5"), "hari")
    )
    assert rb.parse_value("> 70", unit="persen") == rb.parse_value("> 70%")
    assert rb.format_value(rb.parse_value(">= 80%")) == "≥ 80%"


def test_thresholds_of_ceilings_make_a_schedule_lower_is_better() -> None:
    target = rb.Target.of(2020, "maks. 10 hari", "maks. 8 hari", "maks. 5 hari")
    assert target.direction is rb.Direction.LOWER
    assert target.shape is rb.Shape.CUMULATIVE
    assert rb.Target.of(2020, "≥ 70%", "≥ 80%").direction is rb.Direction.HIGHER
    explicit = rb.Target.of(2020, "maks. 10 hari", direction=rb.Direction.HIGHER)
    assert explicit.direction is rb.Direction.HIGHER
    report = attain(target, (2020, "12 hari"), (2021, "8 hari"), (2022, "2,5 hari"))
    assert report.row("r1", 2020).percent == D("80.00")  # (2 × 10 − 12)/10
    assert report.row("r1", 2021).percent == D("100.00")
    assert report.row("r1", 2022).percent == D("100.00")


@settings(max_examples=200)
@given(
    threshold=rbst.thresholds(values=rbst.percentages(places=1)),
    realised=rbst.percentages(max_value=150, places=1),
)
def test_a_threshold_is_attained_in_full_exactly_when_it_is_met(
    threshold: rb.Threshold, realised: rb.Percentage
) -> None:
    outcome = judge(Expected.point(threshold), realised)
    met = threshold.met_by(realised.value)
    if outcome.exact is None:  # a negative bound: undefined
        assert threshold.magnitude < 0
        return
    assert (outcome.exact >= 100) == met
    assert outcome.exact <= SHORT_OF_MET or met
    assert (outcome.percent is not None and outcome.percent >= 100) == met


@settings(max_examples=200)
@given(
    graded=rbst.graded_scores(consistent=True),
    realised=st.decimals(min_value=0, max_value=100, places=2),
)
def test_a_grade_is_attained_in_full_exactly_when_the_realised_grade_is_as_good(
    graded: rb.Graded, realised: Decimal
) -> None:
    scale = graded.on_scale
    assert scale is not None
    if realised > (scale.maximum or 100):
        return
    index = graded.score.value if isinstance(graded.score, rb.Threshold) else graded.score
    assert isinstance(index, rb.IndexScore)
    outcome = judge(Expected.point(graded), rb.IndexScore(index.index, realised))
    reached = scale.classify(realised)
    assert graded.stated_grade is not None
    assert (outcome.exact is not None and outcome.exact >= 100) == scale.at_least(
        reached, graded.stated_grade
    )


def test_a_comparison_without_a_number_says_so() -> None:
    for text in [">", "> %", "minimal", "maks", "≥ OPD", "minimal %"]:
        with pytest.raises(rb.NotationError, match="comparison needs a number") as caught:
            rb.parse_value(text)
        assert "perbandingan memerlukan bilangan" in caught.value.text("id")
    with pytest.raises(rb.NotationError, match="without '='"):
        rb.parse_value("= 70%")
    with pytest.raises(rb.NotationError, match="a number without a unit"):
        rb.parse_value("> 70")
    assert rb.parse_value("minimal WTP") == rb.Qualitative("minimal WTP")  # words, as written


# -- scores with their grade


def test_a_grade_is_known_from_the_index_the_unit_column_or_a_declared_scale() -> None:
    assert rb.parse_value("SAKIP 60/B").on_scale is rb.scales.SAKIP  # type: ignore[union-attr]
    assert rb.parse_value("60/B", unit="SAKIP").on_scale is rb.scales.SAKIP  # type: ignore[union-attr]
    ikm = rb.parse_value("IKM 85/B", scale="IKM_2017")
    assert ikm == rb.Graded(rb.IndexScore("IKM", 85), "B", "IKM_2017")
    assert rb.parse_value("IKM 85/B").on_scale is None  # type: ignore[union-attr]
    # The notation does not write a declared scale: it reads back with the same scale.
    assert rb.parse_value(rb.format_value(ikm), scale="IKM_2017") == ikm
    document = rb.to_dict(rb.Target(values={2020: ikm}))
    assert document["2020"]["scale"] == "IKM_2017"
    assert rb.from_dict(document, rb.Target)[2020] == ikm


def test_grades_are_written_as_codes_or_names() -> None:
    assert rb.format_value(rb.parse_value("IRB 72 (BB)")) == "IRB 72/BB"
    assert rb.format_value(rb.parse_value("IRB 72 (Sangat Baik)")) == "IRB 72 (Sangat Baik)"
    graded = rb.parse_value("3,27 (Baik)", unit="Nilai")
    assert graded == rb.Graded(rb.Quantity(D("3.27"), "Nilai"), "Baik")
    assert rb.format_value(graded) == "3,27 Nilai (Baik)"
    assert rb.parse_value("57/CC", unit="SAKIP") == rb.Graded(rb.IndexScore("SAKIP", 57), "CC")
    assert rb.parse_value("Level 3 (Terdefinisi)") == rb.Level(3, "Terdefinisi")  # a level


def test_a_grade_the_scale_does_not_have_is_refused_with_its_grades() -> None:
    with pytest.raises(rb.NotationError) as caught:
        rb.parse_value("SAKIP 60/Z")
    assert "not a grade of the SAKIP scale" in str(caught.value)
    assert "AA, A, BB, B, CC, C, D" in str(caught.value)
    assert "bukan predikat skala SAKIP" in caught.value.text("id")
    with pytest.raises(rb.NotationError, match="needs its index or the column's unit"):
        rb.parse_value("60/B")
    with pytest.raises(rb.NotationError, match="names the IRB scale"):
        rb.parse_value("IRB 70/B", scale="SAKIP")
    with pytest.raises(rb.NotationError, match="scale of scores"):
        rb.parse_value("IKM 85/B", scale="BPK")


def test_qualitative_grades_are_judged_on_their_order() -> None:
    report = attain(rb.Target.of(2020, "WDP", "WTP", "WTP"), (2020, "WTP"), (2021, "WDP"))
    assert report.row("r1", 2020).percent == D("100.00")  # WTP is better than WDP
    assert report.row("r1", 2021).percent == D("0.00")
    report = attain(rb.Target.of(2020, "Baik", "-", "-"), (2020, "Sangat Baik"))
    assert report.row("r1", 2020).percent == D("100.00")


# -- check marks


@pytest.mark.parametrize("tick", ["√", "✓", "✔", "v", "V", " √ "])
def test_a_tick_alone_in_a_year_cell_is_a_check_mark(tick: str) -> None:
    assert rb.parse_value(tick) is rb.CHECK_MARK
    assert rb.format_value(rb.parse_value(tick)) == "√"


@pytest.mark.parametrize("text", ["√ 2020", "√√", "√ √ √", "√ OPD", "Ada √"])
def test_a_tick_with_anything_else_is_refused(text: str) -> None:
    with pytest.raises(rb.NotationError, match="stands alone in a year cell"):
        rb.parse_value(text)


def test_a_tick_is_judged_by_verdicts_only() -> None:
    with pytest.raises(rb.ModelError, match="marks a year of a schedule"):
        rb.Realization.parse("r1", 2020, "√")
    with pytest.raises(rb.attainment.UnitMismatchError):
        attain(rb.Target.of(2020, "√", "-", "-"), (2020, "100%"))
    report = attain(rb.Target.of(2020, "-", "√", "-"), (2021, "belum terlaksana"))
    assert report.row("r1", 2021).percent == D("0.00")
    assert report.target("r1").forecast.method is rb.attainment.ForecastMethod.ACTUAL


# -- units as written, and the unit column


@pytest.mark.parametrize(
    ("written", "unit", "qualifier"),
    [
        ("39 OPD Dan masyarakat", "OPD", "Dan masyarakat"),
        ("11 Peraturan Daerah", "Peraturan Daerah", None),
        ("583 website", "website", None),
        ("12 Dokumen", "Dokumen", None),
        ("10 Orang ASN", "Orang ASN", None),
        ("39 OPD se-Kota", "OPD", "se-Kota"),
        ("39 OPD yang terintegrasi", "OPD", "yang terintegrasi"),
        ("39 OPD, terintegrasi", "OPD", "terintegrasi"),
        ("39 OPD (terintegrasi)", "OPD", "(terintegrasi)"),
        ("5 Dokumen  Renstra", "Dokumen Renstra", None),
    ],
)
def test_a_count_s_unit_is_its_whole_unit_phrase(
    written: str, unit: str, qualifier: str | None
) -> None:
    value = rb.parse_value(written)
    assert isinstance(value, rb.Count)
    assert (value.unit, value.qualifier) == (unit, qualifier)
    assert rb.parse_value(rb.format_value(value)) == value


def test_a_unit_column_reads_bare_numbers_in_its_unit() -> None:
    assert rb.parse_value("79", unit="Indeks") == rb.Count(79, "Indeks")
    assert rb.parse_value("79,30", unit="Indeks") == rb.Quantity(D("79.30"), "Indeks")
    assert rb.parse_value("583", unit="website") == rb.Count(583, "website")
    assert rb.parse_value("1500", unit="Dokumen") == rb.Count(1500, "Dokumen")
    assert rb.parse_value("1.500 Dokumen", unit="Dokumen") == rb.Count(1500, "Dokumen")
    assert rb.parse_value("1.500,5", unit="Indeks") == rb.Quantity(D("1500.5"), "Indeks")
    assert rb.parse_value("79", unit="%") == rb.Percentage(79)
    assert rb.parse_value("79", unit="persen") == rb.Percentage(79)
    assert rb.parse_value("79", unit="IRB") == rb.IndexScore("IRB", 79)
    assert rb.parse_value("3", unit="Level") == rb.Level(3)
    assert rb.parse_value("70-80", unit="%") == rb.Range(rb.Percentage(70), rb.Percentage(80))
    assert rb.parse_value("79 Indeks", unit="Indeks") == rb.Count(79, "Indeks")
    assert rb.parse_value("WTP", unit="Opini") == rb.Qualitative("WTP")
    assert rb.parse_value("-", unit="Indeks") is rb.NO_TARGET


def test_a_unit_column_is_checked() -> None:
    with pytest.raises(rb.NotationError, match="the column's unit is 'Laporan'"):
        rb.parse_value("12 Dokumen", unit="Laporan")
    with pytest.raises(rb.NotationError, match="a number without a unit"):
        rb.parse_value("79")
    with pytest.raises(rb.NotationError, match="column unit"):
        rb.parse_value("79", unit="Rp")
    with pytest.raises(rb.NotationError, match="column unit"):
        rb.parse_value("79", unit="Dokumen dan Laporan")
    with pytest.raises(rb.NotationError, match="whole number written with a comma"):
        rb.parse_value("3,0", unit="Indeks")
    with pytest.raises(rb.NotationError, match="ambiguous under a column's unit") as caught:
        rb.parse_value("1.500", unit="Indeks")  # 1500 of them, or 1,5?
    assert "'1500' or '1.500 Indeks'" in str(caught.value)
    with pytest.raises(rb.ModelError, match="not in the target's unit 'Laporan'"):
        rb.Target(values={2020: rb.Count(12, "Dokumen")}, unit="Laporan")


@given(rbst.unit_column_cells())
def test_a_cell_under_a_unit_column_round_trips(cell: tuple[str, str, rb.TargetValue]) -> None:
    text, unit, value = cell
    read = rb.parse_value(text, unit=unit)
    assert read == value
    canonical = rb.format_value(read)
    assert rb.parse_value(canonical, unit=unit) == read
    assert rb.parse_value(canonical) == read  # the canonical form writes its unit
    assert rb.format_value(rb.parse_value(canonical)) == canonical


def test_a_target_with_a_unit_column_is_kept_in_documents() -> None:
    target = rb.Target.parse({2020: "79", 2021: "80,5", 2022: "≥ 82"}, unit="Indeks")
    data = rb.to_dict(target)
    assert data == {
        "2020": "79 Indeks",
        "2021": "80,5 Indeks",
        "2022": "≥ 82 Indeks",
        "unit": "Indeks",
    }
    assert rb.from_dict(data, rb.Target) == target
    assert rb.from_dict({"2020": "79", "unit": "Indeks"}, rb.Target)[2020] == rb.Count(79, "Indeks")
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict({"2020": "12 Dokumen", "unit": "Laporan"}, rb.Target)
    assert caught.value.paths == ('$["2020"]',)


def test_a_realised_count_and_quantity_in_the_same_unit_are_judged_together() -> None:
    target = rb.Target.parse({2020: "80", 2021: "80", 2022: "80"}, unit="Indeks")
    report = attain(target, (2020, "79,30"), (2021, "80"), unit="Indeks")
    assert report.row("r1", 2020).percent == D("99.13")
    assert report.row("r1", 2021).percent == D("100.00")


# -- money written short


@pytest.mark.parametrize(
    ("written", "rupiah"),
    [
        ("Rp 150 juta", 150_000_000),
        ("150 jt", 150_000_000),
        ("150 Juta", 150_000_000),
        ("Rp. 150 jt.", 150_000_000),
        ("Rp1,5 M", 1_500_000_000),
        ("1,5 miliar", 1_500_000_000),
        ("1,5 milyar", 1_500_000_000),
        ("Rp 1.250 juta", 1_250_000_000),
        ("2 T", 2_000_000_000_000),
        ("2 triliun", 2_000_000_000_000),
        ("500 ribu", 500_000),
        ("Rp 0,5 juta", 500_000),
        ("1,234567 M", 1_234_567_000),
    ],
)
def test_budgets_written_short_are_exact_whole_rupiah(written: str, rupiah: int) -> None:
    assert rb.parse_rupiah(written) == rupiah


def test_a_short_budget_that_would_need_rounding_is_refused_with_its_exact_figure() -> None:
    with pytest.raises(rb.NotationError) as caught:
        rb.parse_rupiah("Rp1,2345678901 M")
    assert "Rp1.234.567.890,1" in str(caught.value)
    assert "not whole rupiah" in str(caught.value)
    assert "bukan rupiah utuh" in caught.value.text("id")
    for bad in ["1,5 m", "1,5 t", "2 juta rupiah", "dua juta", "1.5 M"]:
        with pytest.raises(rb.NotationError):
            rb.parse_rupiah(bad)
    with pytest.raises(rb.NotationError, match="exceeds"):
        rb.parse_rupiah("2.000.000 T")


# -- quarterly targets


def test_a_target_states_its_quarters_within_a_year() -> None:
    target = rb.Target.parse(
        {2022: "100%"}, quarters={2022: {1: "20%", 2: "45%", 3: "-", 4: "100%"}}
    )
    assert target.quarter(2022, 2) == rb.Percentage(45)
    assert target.quarter(2022, 3) is rb.NO_TARGET
    assert target.quarter(2021, 2) is None
    with pytest.raises(rb.ModelError, match="only within a year that has a target"):
        rb.Target.parse({2022: "-"}, quarters={2022: {1: "20%"}})
    with pytest.raises(rb.ModelError, match="same kind as the year's target"):
        rb.Target.parse({2022: "100%"}, quarters={2022: {1: "2 OPD"}})
    with pytest.raises(rb.ModelError, match="1, 2, 3 or 4"):
        rb.Target.parse({2022: "100%"}, quarters={2022: {5: "20%"}})


def test_quarterly_targets_are_kept_in_documents_by_their_names() -> None:
    target = rb.Target.parse({2021: "50%", 2022: "100%"}, quarters={2022: {1: "20%", 2: "45%"}})
    data = rb.to_dict(target)
    assert data["quarters"] == {"2022": {"TW I": "20%", "TW II": "45%"}}
    assert rb.from_dict(data, rb.Target) == target
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict({"2022": "100%", "quarters": {"2022": {"Q1": "20%"}}}, rb.Target)
    assert caught.value.paths == ('$["quarters"]["2022"]["Q1"]',)
    assert '"TW I"' in str(caught.value)


def test_a_stated_quarterly_target_is_what_a_running_year_expects() -> None:
    target = rb.Target.parse(
        {2020: "40%", 2021: "60%", 2022: "100%"}, quarters={2022: {1: "55%", 2: "70%"}}
    )
    realised = [rb.Realization.parse("r1", 2022, "63%", quarter=2)]
    report = rb.attain(roadmap(target), realised, as_of=pendulum.date(2022, 6, 30))
    row = report.row("r1", 2022)
    assert row.expected is not None
    assert row.expected.low == 70  # stated for TW II, not pro-rated 60 + (100 − 60) × 2/4 = 80
    assert row.percent == D("90.00")
    assert "stated for 2022 Q2: 70%" in row.explanation.english
    # A quarter without a stated target is pro-rated as before: TW III is 60 + 40 × 3/4.
    later = rb.attain(roadmap(target), [], as_of=pendulum.date(2022, 9, 30)).row("r1", 2022)
    assert later.expected is not None
    assert later.expected.low == 90


# -- realised values


def test_a_realised_value_is_one_value() -> None:
    for text, says in [
        (">70%", "not a comparison"),
        ("NA", "leave the period unreported"),
        ("-", "leave the period unreported"),
        ("70-80%", "not a range"),
        ("SAKIP >60/B", "not a comparison"),
    ]:
        with pytest.raises(rb.ModelError, match=says) as caught:
            rb.Realization.parse("r1", 2020, text)
        assert caught.value.message.indonesian != caught.value.message.english
    assert rb.Realization.parse("r1", 2020, "SAKIP 62/B").value == rb.Graded(
        rb.IndexScore("SAKIP", 62), "B"
    )
    assert rb.Realization.parse("r1", 2020, "selesai").value is rb.Verdict.ACHIEVED


# -- rules


def test_thresholds_join_the_universe_rules() -> None:
    over = with_action(clean(), "organisasi-1", targets=T(2018, *["paling sedikit 40 OPD"] * 5))
    assert {f.entity_id for f in rb.validate(over, select=["RB211"])} == {"organisasi-1"}
    beyond = with_action(clean(), "organisasi-1", targets=T(2018, *["> 39 OPD"] * 5))
    assert {f.entity_id for f in rb.validate(beyond, select=["RB211"])} == {"organisasi-1"}
    ceiling = with_action(clean(), "organisasi-1", targets=T(2018, *["maks. 40 OPD"] * 5))
    assert not rb.validate(ceiling, select=["RB211"]).findings


def test_thresholds_join_the_rising_and_falling_checks() -> None:
    falling = with_action(
        clean(), "organisasi-1", targets=T(2018, "≥ 25%", "≥ 60%", "≥ 35%", "≥ 80%", "≥ 100%")
    )
    (finding,) = rb.validate(falling, select=["RB203"]).findings
    assert finding.suggestion == "≥ 60%"
    shrinking = with_action(
        clean(),
        "organisasi-1",
        targets=T(
            2018, "maks. 10 hari", "maks. 8 hari", "maks. 9 hari", "maks. 5 hari", "maks. 3 hari"
        ),
    )
    (finding,) = rb.validate(shrinking, select=["RB203"]).findings
    assert finding.path.endswith("targets[2020]")


CELL_SUGGESTIONS = {"RB203", "RB204", "RB211", "RB212", "RB604", "RB606"}
"""The rules whose suggestion is a target cell: each is written in valid notation."""


def _target_unit(roadmap: rb.RoadMap, entity_id: str) -> str | None:
    try:
        entity = roadmap.entity(entity_id)
    except rb.UnknownIdError:
        return None
    targets = getattr(entity, "targets", None)
    return targets.unit if isinstance(targets, rb.Target) else None


def _check_suggestions(roadmap: rb.RoadMap) -> None:
    for finding in rb.validate(roadmap):
        if finding.suggestion is None:
            continue
        if finding.code in CELL_SUGGESTIONS:
            rb.parse_value(finding.suggestion, unit=_target_unit(roadmap, finding.entity_id))
        else:
            assert not re.search(r"\.targets\[\d{4}\]\Z", finding.path), finding


def test_every_cell_a_rule_suggests_on_the_sample_is_valid_notation() -> None:
    _check_suggestions(rb.samples.probolinggo())


@pytest.mark.parametrize(
    "cells",
    [
        ("IRB 70", "IRB 72", "IRB 74", "IRB 76", "IRB 78"),
        ("IRB 60/B", "IRB 73/BB", "IRB 76 (Baik)", "> IRB 79/BB", "IRB 82/A"),
        ("≥ 25%", "≥ 60%", "≥ 35%", "≥ 80%", "≥ 90%"),
        ("41 OPD", "41 OPD", "41 OPD", "41 OPD", "41 OPD"),
        ("≥ 41 OPD", "≥ 41 OPD", "≥ 41 OPD", "≥ 41 OPD", "≥ 41 OPD"),
    ],
)
def test_every_cell_a_rule_suggests_on_a_changed_road_map_is_valid_notation(
    cells: tuple[str, ...],
) -> None:
    _check_suggestions(with_action(clean(), "pengawasan-2", targets=T(2018, *cells)))


@settings(max_examples=25, deadline=None)
@given(rbst.roadmaps(max_areas=3, max_actions=4))
def test_every_cell_a_rule_suggests_on_generated_road_maps_is_valid_notation(
    generated: rb.RoadMap,
) -> None:
    _check_suggestions(generated)


# -- documents of version 1


VERSION_1_CELLS = {
    "11 Peraturan Daerah": rb.Count(11, "Peraturan", "Daerah"),
    "10-15 Peraturan Daerah": rb.Range(
        rb.Count(10, "Peraturan", "Daerah"), rb.Count(15, "Peraturan", "Daerah")
    ),
    "39 OPD Dan masyarakat": rb.Count(39, "OPD", "Dan masyarakat"),
    "39 OPD, terintegrasi": rb.Count(39, "OPD,", "terintegrasi"),
    "v": rb.Qualitative("v"),
    "minimal": rb.Qualitative("minimal"),
    "25%": rb.Percentage(25),
    "NA": rb.NOT_AVAILABLE,  # the one reading version 2 corrects
}


def _document(cells: dict[int, str], version: int) -> dict[str, Any]:
    return {
        "format_version": version,
        "id": "kota-x",
        "government": "Kota X",
        "period": {"start": 2020, "end": 2022},
        "areas": [
            {
                "id": "a",
                "name": "Pengawasan",
                "actions": [{"id": "r1", "targets": {str(y): c for y, c in cells.items()}}],
            }
        ],
        "achievements": [
            {
                "id": "b",
                "name": "Kualitas pelayanan",
                "indicators": [
                    {"id": "i", "name": "Dokumen", "baseline": cells[2020]}
                    if version == 1
                    else {"id": "i", "name": "Dokumen", "current": cells[2020]}
                ],
            }
        ],
    }


@pytest.mark.parametrize(("cell", "read"), list(VERSION_1_CELLS.items()), ids=str)
def test_a_version_1_cell_reads_as_version_1_read_it(cell: str, read: rb.TargetValue) -> None:
    data = _document({2020: cell, 2021: "-", 2022: "-"}, version=1)
    before = json.dumps(data)
    loaded = rb.from_dict(data, rb.RoadMap)
    assert json.dumps(data) == before  # the document given is not changed
    assert loaded.action("r1").targets[2020] == read  # type: ignore[index]
    assert next(loaded.indicators()).current == read  # a baseline without a year
    again = rb.to_dict(loaded)
    assert again["format_version"] == 2
    assert rb.from_dict(again, rb.RoadMap) == loaded


def test_a_version_2_document_reads_cells_the_new_way() -> None:
    data = _document({2020: "11 Peraturan Daerah", 2021: "v", 2022: "NA"}, version=2)
    target = rb.from_dict(data, rb.RoadMap).action("r1").targets
    assert target is not None
    assert target.values == (
        (2020, rb.Count(11, "Peraturan Daerah")),
        (2021, rb.CHECK_MARK),
        (2022, rb.NOT_AVAILABLE),
    )


def test_the_version_2_parts_of_the_format_page_read() -> None:
    page = (DOCS / "reference" / "format.md").read_text(encoding="utf-8")
    section = page[page.index("## Target cells of other regions") :]
    example = re.search(r"```json\n(.*?)\n```", section, re.S)
    assert example is not None
    loaded = rb.from_json(example.group(1), rb.RoadMap)
    ikm = loaded.action("ikm-1").targets
    assert ikm is not None
    assert ikm.unit == "IKM"
    assert ikm[2021] == rb.Threshold(rb.Comparison.MORE_THAN, rb.IndexScore("IKM", 80))
    assert ikm.quarter(2022, 2) == rb.IndexScore("IKM", 81)
    checks = loaded.action("sop-1").targets
    assert checks is not None
    assert checks.due_years == (2021, 2022)
    assert rb.from_json(rb.to_json(loaded), rb.RoadMap) == loaded
    assert attrs.evolve(loaded) == loaded
