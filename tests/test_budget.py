"""Budgets as written: an annual amount, an amount for each year, or one total for the
period. The budget summary adds each up as written, never multiplying a total nor
dividing an annual amount, and its figures add up to the document's own."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings

import rbroadmap as rb
from rbroadmap import strategies as rbst
from rbroadmap.model import Activity, BudgetForm, SubActivity, YearlyBudget

T = rb.Target.of
PERIOD = rb.Period(2022, 2024)


def roadmap(*rows: rb.Action, **area: object) -> rb.RoadMap:
    return rb.RoadMap(
        id="kabupaten-contoh-2022-2024",
        government="Kabupaten Contoh",
        period=PERIOD,
        areas=[rb.Area(id="pengawasan", name="Penguatan Pengawasan", actions=rows, **area)],  # type: ignore[arg-type]
    )


# -- the model


def test_a_row_holds_its_budget_in_the_form_written() -> None:
    assert rb.Action(id="a", budget=100).budget_form is BudgetForm.ANNUAL
    per_year = rb.Action(id="a", budget_per_year=YearlyBudget(values={2022: 5, 2023: 7}))
    assert per_year.budget_form is BudgetForm.PER_YEAR
    assert per_year.budget_per_year is not None
    assert per_year.budget_per_year.total == 12
    assert rb.Action(id="a", budget_total=750).budget_form is BudgetForm.PERIOD_TOTAL
    assert rb.Action(id="a").budget_form is None
    assert [f.label.english for f in BudgetForm] == ["Annual", "Per year", "Period total"]


def test_a_row_holds_one_form_of_budget_only() -> None:
    with pytest.raises(rb.ModelError, match="also holds 'budget'") as caught:
        rb.Action(id="a", budget=100, budget_total=500)
    assert caught.value.field == "budget_total"
    with pytest.raises(rb.ModelError, match="also holds 'budget_per_year'"):
        rb.Action(id="a", budget_per_year=YearlyBudget(values={2022: 1}), budget_total=5)


def test_amounts_per_year_are_whole_rupiah() -> None:
    with pytest.raises(rb.ModelError, match=r"values\[2023\].*whole rupiah"):
        YearlyBudget(values={2022: 1, 2023: -1})
    with pytest.raises(rb.ModelError, match=r"values\[2023\]"):
        YearlyBudget(values={2023: 1.5})  # type: ignore[dict-item]
    assert YearlyBudget(values={2023: 2, 2022: 1}).notation() == ("Rp1", "Rp2")


def test_years_of_a_budget_lie_within_the_period() -> None:
    row = rb.Action(id="a1", budget_per_year=YearlyBudget(values={2021: 5, 2022: 5}))
    with pytest.raises(rb.ModelError) as caught:
        roadmap(row)
    assert caught.value.path == "areas[0].actions[0].budget_per_year[2021]"


def test_a_merged_budget_cell_keeps_its_form() -> None:
    rm = roadmap(
        rb.Action(id="a1", budget_total=900_000_000),
        rb.Action(id="a2", shares="a1"),
    )
    row = rm.resolve("a2")
    assert row.budget_form is BudgetForm.PERIOD_TOTAL
    assert row.budget_total == 900_000_000
    assert row.budget is None
    assert row.budget_owner == "a1"
    assert "budget" in row.inherited


# -- the summary


def test_a_period_total_is_counted_once_and_never_spread() -> None:
    rm = roadmap(
        rb.Action(
            id="a1",
            budget_total=750_000_000,
            targets=T(2022, "1 Dokumen", "2 Dokumen", "3 Dokumen"),
        ),
        rb.Action(id="a2", budget_total=300_000_000),
        rb.Action(id="a3", shares="a1"),  # the merged total: nothing more
    )
    summary = rb.budget_summary(rm)
    assert summary.period_total == 1_050_000_000  # the document's own: 750 + 300 million
    assert summary.period.by_area == {"pengawasan": 1_050_000_000}
    assert summary.unspread == 1_050_000_000
    assert summary.by_year == {2022: 0, 2023: 0, 2024: 0}  # a total says no year's money
    assert summary.total == 0  # and no year's amount
    assert summary.by_area == {"pengawasan": 0}
    assert summary.by_form == {BudgetForm.PERIOD_TOTAL: 1_050_000_000}


def test_amounts_per_year_count_in_their_years() -> None:
    rm = roadmap(
        rb.Action(
            id="a1", budget_per_year=YearlyBudget(values={2022: 100_000_000, 2023: 150_000_000})
        ),
        rb.Action(id="a2", budget_per_year=YearlyBudget(values={2023: 50_000_000, 2024: 5})),
    )
    summary = rb.budget_summary(rm)
    assert summary.by_year == {2022: 100_000_000, 2023: 200_000_000, 2024: 5}
    assert summary.period_total == 300_000_005  # every amount as written
    assert summary.unspread == 0
    assert summary.total == 0
    assert summary.by_form == {BudgetForm.PER_YEAR: 300_000_005}


def test_annual_budgets_count_a_year_and_in_every_year_due() -> None:
    rm = roadmap(
        rb.Action(id="a1", budget=100_000_000, targets=T(2022, "-", "50%", "100%")),
        rb.Action(id="a2", budget=10_000_000),  # no target: every year of the period
    )
    summary = rb.budget_summary(rm)
    assert summary.total == 110_000_000
    assert summary.by_year == {2022: 10_000_000, 2023: 110_000_000, 2024: 110_000_000}
    assert summary.period_total == 230_000_000
    assert summary.period.by_area == {"pengawasan": 230_000_000}
    assert summary.by_form == {BudgetForm.ANNUAL: 230_000_000}


def test_the_forms_add_up_together() -> None:
    rm = roadmap(
        rb.Action(id="a1", budget=100, units=["Inspektorat", "BKPSDM"]),
        rb.Action(id="a2", budget_per_year=YearlyBudget(values={2022: 7}), units=["BKPSDM"]),
        rb.Action(id="a3", budget_total=1_000, units=["Inspektorat"]),
    )
    summary = rb.budget_summary(rm)
    assert summary.total == 100
    assert summary.by_unit == {"Inspektorat": 50, "BKPSDM": 50}
    assert summary.period_total == 300 + 7 + 1_000
    assert summary.period.by_unit == {"Inspektorat": 150 + 1_000, "BKPSDM": 150 + 7}
    assert summary.by_form == {
        BudgetForm.ANNUAL: 300,
        BudgetForm.PER_YEAR: 7,
        BudgetForm.PERIOD_TOTAL: 1_000,
    }
    assert sum(summary.by_year.values()) + summary.unspread == summary.period_total


def test_budgets_add_up_by_activity_and_sub_activity() -> None:
    first = SubActivity(id="k1-s1", name="Zona Integritas", actions=[rb.Action(id="o1", budget=10)])
    second = SubActivity(
        id="k1-s2", name="Gratifikasi", actions=[rb.Action(id="o2", budget_total=90)]
    )
    rm = roadmap(
        rb.Action(id="a1", budget=5),
        activities=[Activity(id="k1", name="Sistem integritas", sub_activities=[first, second])],
    )
    summary = rb.budget_summary(rm)
    assert summary.by_activity == {None: 5, "k1": 10}
    assert summary.by_sub_activity == {None: 5, "k1-s1": 10}
    assert summary.period.by_activity == {None: 15, "k1": 30 + 90}
    assert summary.period.by_sub_activity == {None: 15, "k1-s1": 30, "k1-s2": 90}


def test_a_row_under_a_programme_heading_is_budgeted_under_it() -> None:
    rm = roadmap(
        programmes=[
            rb.model.PlanProgramme(
                id="p1", name="Program penyelenggaraan pengawasan", actions=[
                    rb.Action(id="a1", budget=5)]
            )
        ]
    )  # fmt: skip
    assert rb.budget_summary(rm).by_programme == {"Program penyelenggaraan pengawasan": 5}


def test_the_sample_keeps_its_figures() -> None:
    summary = rb.budget_summary(rb.samples.probolinggo())
    assert summary.total == 5_535_000_000
    assert summary.unspread == 0
    assert summary.by_form == {BudgetForm.ANNUAL: summary.period_total}
    assert summary.period_total == sum(summary.by_year.values()) == 25_850_000_000  # as before
    assert summary.period.by_area["sdm"] == 5 * 1_250_000_000  # every row due every year
    assert summary.by_activity == {None: summary.total}


@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(rbst.roadmaps(max_areas=4, max_actions=5))
def test_every_figure_adds_up_to_its_total(rm: rb.RoadMap) -> None:
    summary = rb.budget_summary(rm)
    for figures, total in ((summary, summary.total), (summary.period, summary.period_total)):
        for by in ("by_area", "by_programme", "by_unit", "by_activity", "by_sub_activity"):
            assert sum(getattr(figures, by).values()) == total, by
    assert sum(summary.by_year.values()) + summary.unspread == summary.period_total
    assert sum(summary.by_form.values()) == summary.period_total
    assert summary.period.total == summary.period_total
    # The document's own figures, each budget once, as written:
    owned = [a for a in rm.actions() if a.budget_form is not None]
    assert summary.total == sum(a.budget for a in owned if a.budget is not None)
    assert summary.unspread == sum(a.budget_total for a in owned if a.budget_total is not None)
    for year in rm.period.years:
        expected = 0
        for row in owned:
            if row.budget is not None:
                target = rm.resolve(row).targets
                if target is None or year in target.due_years:
                    expected += row.budget
            elif row.budget_per_year is not None:
                expected += row.budget_per_year.get(year) or 0
        assert summary.by_year[year] == expected


@settings(max_examples=30, suppress_health_check=[HealthCheck.too_slow])
@given(rbst.roadmaps(max_areas=3, max_actions=4))
def test_budgets_in_every_form_survive_a_trip_through_json(rm: rb.RoadMap) -> None:
    again = rb.from_json(rb.to_json(rm), rb.RoadMap)
    assert again == rm
    assert rb.budget_summary(again) == rb.budget_summary(rm)


# -- the displays


def _mixed_forms() -> rb.BudgetSummary:
    return rb.budget_summary(
        roadmap(
            rb.Action(id="a1", budget=2_000_000, targets=T(2022, "10%", "-", "30%")),
            rb.Action(id="a2", budget_per_year=YearlyBudget(values={2022: 1_500, 2023: 2_500})),
            rb.Action(id="a3", budget_total=1_250_000, units=["Inspektorat"]),
        )
    )


def test_the_summary_shows_both_figures_the_years_and_the_forms() -> None:
    summary = _mixed_forms()
    assert summary.unspread == 1_250_000
    text = summary.to_text("en")
    assert "Total a year: Rp2,000,000; over the period: Rp5,254,000" in text
    lines = text.splitlines()
    assert lines[3].split() == ["Area", "Budget", "a", "year", "Over", "the", "period"]
    assert lines[4].split() == ["pengawasan", "Rp2,000,000", "Rp5,254,000"]
    # a unit given only a total for the period has no figure a year
    assert any(line.split() == ["Inspektorat", "—", "Rp1,250,000"] for line in lines)
    years = text.split("Year")[1].splitlines()
    assert [line.split()[-1] for line in years[1:6]] == [
        "Rp2,001,500",
        "Rp2,500",
        "Rp2,000,000",
        "Rp1,250,000",  # the total for the period, which no year is given
        "Rp5,254,000",  # and their sum, the period's
    ]
    assert "(period totals, no year given)" in years[4]
    forms = text.split("Budget form")[1]
    assert [line.split()[-1] for line in forms.splitlines()[1:]] == [
        "Rp4,000,000",
        "Rp4,000",
        "Rp1,250,000",
    ]
    indonesian = summary.to_text()
    assert "Jumlah per tahun: Rp2.000.000; selama periode: Rp5.254.000" in indonesian
    assert "(total periode, tanpa tahun)" in indonesian
    assert "Bentuk anggaran" in indonesian
    chosen = summary.to_text("en", number_lang="id")  # the caller chooses the notation
    assert "Rp5.254.000" in chosen
    assert "Rp5,254,000" not in chosen
    assert str(summary) == indonesian


def test_the_summary_leaves_out_what_the_road_map_does_not_have() -> None:
    text = rb.budget_summary(rb.samples.probolinggo()).to_text("en")
    assert "Activity" not in text  # no plan hierarchy
    assert "no year given" not in text  # no total for the period
    hierarchy = rb.budget_summary(
        roadmap(
            activities=[
                Activity(
                    id="k1",
                    name="Kegiatan",
                    sub_activities=[
                        SubActivity(id="k1-s1", name="Sub", actions=[rb.Action(id="a1", budget=7)])
                    ],
                )
            ]
        )
    ).to_text("en")
    assert "\nActivity " in hierarchy
    assert "\nSub-activity " in hierarchy
    assert "k1-s1" in hierarchy


def test_the_summary_display_shows_every_table_in_one_language() -> None:
    summary = _mixed_forms()
    html = summary.to_html("en")
    assert summary._repr_html_() == summary.to_html("id")
    for figure in ("Rp2,000,000", "Rp5,254,000", "Rp1,250,000", "Over the period", "Budget form"):
        assert figure in html
    assert "<b>Rp5,254,000</b>" in html  # the sum of the years, in bold
    assert "Anggaran" not in html
    assert "Rp5.254.000" in summary.to_html("id")


@settings(max_examples=40, suppress_health_check=[HealthCheck.too_slow])
@given(rbst.roadmaps(max_areas=3, max_actions=4))
def test_the_summary_text_fits_its_width(rm: rb.RoadMap) -> None:
    summary = rb.budget_summary(rm)
    for lang in ("id", "en"):
        for line in summary.to_text(lang, width=64).splitlines():
            assert len(line) <= 64, line
            assert line == line.rstrip()


# -- the rules


def test_a_row_with_a_total_or_amounts_per_year_is_not_missing_a_budget() -> None:
    rm = roadmap(
        rb.Action(id="a1", budget_total=10),
        rb.Action(id="a2", budget_per_year=YearlyBudget(values={2022: 3})),
        rb.Action(id="a3"),
    )
    report = rb.validate(rm, select=["RB301"])
    assert [f.entity_id for f in report] == ["a3"]


def test_a_zero_amount_is_reported_in_every_form() -> None:
    rm = roadmap(
        rb.Action(id="a1", budget_total=0),
        rb.Action(id="a2", budget_per_year=YearlyBudget(values={2022: 3, 2023: 0})),
    )
    report = rb.validate(rm, select=["RB302"], lang="en")
    assert [(f.path, f.message) for f in report] == [
        (
            "$.areas[0].actions[0].budget_total",
            "the estimated budget for the period of row 'a1' = Rp0",
        ),
        (
            '$.areas[0].actions[1].budget_per_year["2023"]',
            "the estimated budget for 2023 of row 'a2' = Rp0",
        ),
    ]


# -- the format


def test_budgets_read_as_written_in_a_document() -> None:
    row = rb.from_dict(
        {
            "id": "a1",
            "budget_per_year": {"2022": "Rp 100.000.000,-", "2023": 150_000_000},
        },
        rb.Action,
    )
    assert row.budget_per_year == YearlyBudget(values={2022: 100_000_000, 2023: 150_000_000})
    assert rb.to_dict(row) == {
        "id": "a1",
        "budget_per_year": {"2022": 100_000_000, "2023": 150_000_000},
    }
    total = rb.from_dict({"id": "a1", "budget_total": "750.000.000,-"}, rb.Action)
    assert total.budget_total == 750_000_000
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict({"id": "a1", "budget": 1, "budget_total": 2}, rb.Action)
    assert caught.value.paths == ("$.budget_total",)
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict({"id": "a1", "budget_per_year": {"2022": "25%", "x": 1}}, rb.Action)
    assert caught.value.paths == ('$.budget_per_year["2022"]', '$.budget_per_year["x"]')


# -- attainment: what a budget weighs and what spending is measured against


def three_forms() -> rb.RoadMap:
    steady = T(2022, "100%", "100%", "100%")
    return roadmap(
        rb.Action(id="a", targets=steady, budget=100_000_000),
        rb.Action(
            id="b",
            targets=steady,
            budget_per_year=YearlyBudget(values={2022: 50_000_000, 2023: 300_000_000}),
        ),
        rb.Action(id="c", targets=steady, budget_total=900_000_000),
    )


def attained_in_three_forms() -> rb.AttainmentReport:
    real = rb.Realization.parse
    realised = [
        real("a", 2022, "80%"),
        real("a", 2023, "90%"),
        real("b", 2022, "100%", spent=40_000_000),
        real("b", 2023, "60%", spent=150_000_000),
        real("c", 2022, "70%"),
        real("c", 2023, "70%", spent=200_000_000),
    ]
    return rb.attain(
        three_forms(), realised, as_of=date(2023, 12, 31), method=rb.RollUpMethod.BUDGET_WEIGHTED
    )


def test_a_year_weighs_each_target_by_its_money_for_that_year() -> None:
    report = attained_in_three_forms()
    by_year = {r.year: r for r in report.rollups if r.dimension is rb.Dimension.YEAR}
    # 2022: a 80% × 100 juta, b 100% × 50 juta (its amount for 2022); c's total is no
    # year's money, so c weighs nothing: (80 × 100 + 100 × 50) / 150 = 86,67%.
    assert by_year[2022].exact == Fraction(260, 3)
    # 2023: a 90% × 100 juta, b 60% × 300 juta: (9.000 + 18.000) / 400 = 67,50%.
    assert by_year[2023].exact == Fraction(135, 2)
    assert by_year[2023].budget == 400_000_000
    assert "(without a budget for a year, weighing nothing: c)" in by_year[2023].explanation.english


def test_to_date_a_target_weighs_its_money_for_the_year_it_stands_at() -> None:
    report = attained_in_three_forms()
    a, b, c = (report.target(key) for key in "abc")
    assert (a.budget, b.budget, c.budget) == (100_000_000, 300_000_000, None)
    assert [row.budget for row in b.rows] == [50_000_000, 300_000_000, None]
    assert [row.budget for row in c.rows] == [None, None, None]
    # a 85% (the mean of 80 and 90), b 80% (of 100 and 60), c 70% unweighted:
    # (85 × 100 + 80 × 300) / 400 = 81,25%.
    whole = next(r for r in report.rollups if r.dimension is rb.Dimension.ROADMAP)
    assert whole.exact == Fraction(325, 4)


def test_spending_is_measured_against_the_budget_of_its_year() -> None:
    report = attained_in_three_forms()
    b, c = report.target("b"), report.target("c")
    assert [row.absorption for row in b.rows[:2]] == [Decimal("80.00"), Decimal("50.00")]
    assert b.spent_budget == 350_000_000  # 50 juta + 300 juta
    assert b.absorption == Decimal("54.29")  # 190 / 350
    # A total for the period gives no year's budget: its spending is shown, not measured.
    assert (c.spent, c.spent_budget, c.absorption) == (200_000_000, None, None)
