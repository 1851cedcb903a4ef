"""Roll-ups by action, area, programme, unit, year and road map: each method
against a hand-computed example, coverage, pooled absorption, shared targets."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pendulum
import pytest

import rbroadmap as rb
from rbroadmap.attainment import Status

D = Decimal
R = rb.Realization.parse
T = rb.Target.of
AS_OF = pendulum.date(2019, 12, 31)


def roadmap() -> rb.RoadMap:
    """Four targets, due in 2019, in two areas; ``b2`` shares the target of ``b1``.

    2019 realised: a1 60 of 80 (75%), a2 50 of 50 (100%), b1 20 of 40 (50%), b3 missing.
    """
    return rb.RoadMap(
        id="kota-x",
        government="Kota X",
        title="Road Map RB Kota X",
        period=rb.Period(2018, 2022),
        programmes=[
            rb.Programme(id="kelembagaan", name="Program peningkatan kapasitas kelembagaan"),
            rb.Programme(id="good-governance", name="Program good governance"),
        ],
        units=rb.UnitRegistry(
            units=[
                rb.ResponsibleUnit(id="bag-organisasi", name="Bag. Organisasi Setda"),
                rb.ResponsibleUnit(id="inspektorat", name="Inspektorat"),
            ]
        ),
        areas=[
            rb.Area(
                id="organisasi",
                name="Penataan dan Penguatan Organisasi",
                actions=[
                    rb.Action(
                        id="a1",
                        targets=T(2018, "-", "80%"),
                        programme="Program peningkatan kapasitas kelembagaan",
                        budget=100_000_000,
                        units=["Bag. Organisasi Setda"],
                    ),
                    rb.Action(
                        id="a2",
                        targets=T(2018, "-", "50%"),
                        programme="kelembagaan",
                        budget=300_000_000,
                        units=["Bag. Organisasi Setda", "Inspektorat"],
                    ),
                ],
            ),
            rb.Area(
                id="pengawasan",
                name="Pengawasan",
                actions=[
                    rb.Action(
                        id="b1",
                        targets=T(2018, "-", "40 OPD"),
                        programme="Program good governance",
                        units=["Inspektorat"],
                    ),
                    rb.Action(id="b2", text="Monev", units=["BPPKAD"], shares="b1"),
                    rb.Action(
                        id="b3",
                        targets=T(2018, "-", "10 Orang"),
                        programme="Program good governance",
                        budget=50_000_000,
                        units=["Inspektorat"],
                    ),
                ],
            ),
        ],
    )


REALISED = [
    R("a1", 2019, "60%", spent=80_000_000),
    R("a2", 2019, "50%", spent=150_000_000),
    R("b2", 2019, "20 OPD"),  # reported on the sharing row: the target of b1
]


def report(method: rb.RollUpMethod = rb.RollUpMethod.MEAN) -> rb.AttainmentReport:
    return rb.attain(roadmap(), REALISED, as_of=AS_OF, method=method)


def test_the_year_rolled_up_by_each_method() -> None:
    year = report().by_year(2019)
    assert year.children == ("a1", "a2", "b1", "b3")
    assert year.mean == Fraction(225, 3)  # (75 + 100 + 50)/3
    assert year.percent == D("75.00")
    # (75 × 100.000.000 + 100 × 300.000.000)/400.000.000; b1 has no budget, b3 no value
    assert year.budget_weighted == Fraction(375, 4)
    assert year.worst == 50
    assert year.explanation.english == (
        "mean of 3: (75.00 + 100.00 + 50.00)/3 = 75.00%; 3 of 4 targets reported; not reported: b3"
    )


@pytest.mark.parametrize(
    ("method", "expected", "working"),
    [
        (rb.RollUpMethod.MEAN, "75.00", "mean of 3: (75.00 + 100.00 + 50.00)/3 = 75.00%"),
        (
            rb.RollUpMethod.BUDGET_WEIGHTED,
            "93.75",
            "budget-weighted mean: (75.00 × 100,000,000 + 100.00 × 300,000,000)/400,000,000 "
            "= 93.75% (without a budget for a year, weighing nothing: b1)",
        ),
        (rb.RollUpMethod.WORST, "50.00", "worst of 3: min(75.00; 100.00; 50.00) = 50.00%"),
    ],
)
def test_the_chosen_method_gives_the_figure_and_its_working(
    method: rb.RollUpMethod, expected: str, working: str
) -> None:
    year = report(method).by_year(2019)
    assert year.method is method
    assert year.percent == D(expected)
    assert year.explanation.english.startswith(working)


def test_coverage_counts_and_lists_those_that_did_not_report() -> None:
    year = report().by_year(2019)
    assert (year.due, year.reported) == (4, 3)
    assert year.missing == ("b3",)
    assert year.coverage == D("75.00")


def test_absorption_is_pooled_not_averaged() -> None:
    year = report().by_year(2019)
    assert year.spent == 230_000_000
    # (80 + 150)/(100 + 300) = 57,50%, not the mean of 80% and 50%
    assert year.absorption == D("57.50")
    assert year.budget == 450_000_000


def test_by_area() -> None:
    rep = report()
    organisasi = rep.rollup("area", "organisasi", year=2019)
    assert organisasi.label == "Penataan dan Penguatan Organisasi"
    assert organisasi.percent == D("87.50")  # (75 + 100)/2
    pengawasan = rep.rollup("area", "pengawasan", year=2019)
    assert pengawasan.percent == D("50.00")
    assert pengawasan.missing == ("b3",)
    assert pengawasan.budget_weighted == 50  # no budget among the reported: plain mean


def test_by_programme_by_id_name_or_alias() -> None:
    rep = report()
    kelembagaan = rep.rollup(rb.Dimension.PROGRAMME, "kelembagaan", year=2019)
    assert kelembagaan.children == ("a1", "a2")  # one named by name, one by id
    assert kelembagaan.label == "Program peningkatan kapasitas kelembagaan"
    assert rep.rollup("programme", "good-governance", year=2019).children == ("b1", "b3")


def test_by_unit_a_target_counts_for_each_of_its_units() -> None:
    rep = report()
    inspektorat = rep.rollup("unit", "inspektorat", year=2019)
    assert inspektorat.children == ("a2", "b1", "b3")
    assert inspektorat.percent == D("75.00")  # (100 + 50)/2
    # b2 shares b1's target and names BPPKAD: BPPKAD answers for that target too
    bppkad = rep.rollup("unit", "BPPKAD", year=2019)
    assert bppkad.children == ("b1",)
    assert bppkad.label == "BPPKAD"


def test_by_action_a_shared_target_counts_once_at_its_owner() -> None:
    rep = report()
    assert [r.key for r in rep.rollups_by("action")] == ["a1", "a2", "b1", "b3"]
    b1 = rep.rollup("action", "b1", year=2019)
    assert b1.percent == D("50.00")
    with pytest.raises(KeyError):
        rep.rollup("action", "b2", year=2019)


def test_the_road_map_to_date() -> None:
    overall = report().overall
    assert overall.dimension is rb.Dimension.ROADMAP
    assert overall.key == "kota-x"
    assert overall.label == "Road Map RB Kota X"
    assert overall.year is None
    assert overall.percent == D("75.00")
    assert overall.missing == ("b3",)


def test_roll_up_order_and_lookups() -> None:
    rep = report()
    kinds = [r.dimension.value for r in rep.rollups]
    assert kinds[:2] == ["year", "roadmap"]
    assert kinds.index("area") < kinds.index("programme") < kinds.index("unit")
    assert kinds.index("unit") < kinds.index("action")
    assert rep.rollup("year", "2019") is rep.by_year(2019)
    assert rep.rollup("roadmap") is rep.overall
    assert [r.key for r in rep.rollups_by("unit")] == ["bag-organisasi", "inspektorat", "BPPKAD"]
    assert [r.year for r in rep.rollups_by("year")] == [2019]  # nothing was due in 2018


def test_a_group_with_nothing_reported_has_no_figure() -> None:
    rep = rb.attain(roadmap(), [], as_of=AS_OF)
    year = rep.by_year(2019)
    assert year.exact is None
    assert year.band is None
    assert year.reported == 0
    assert year.missing == ("a1", "a2", "b1", "b3")
    assert year.explanation.english.startswith("no attainment to roll up")


def test_undefined_attainments_are_reported_but_not_counted() -> None:
    rm = rb.RoadMap(
        id="kota-y",
        government="Kota Y",
        period=rb.Period(2018, 2019),
        areas=[
            rb.Area(
                id="pengawasan",
                name="Pengawasan",
                actions=[
                    rb.Action(id="k1", targets=T(2018, "5 Kasus", direction=rb.Direction.LOWER)),
                    rb.Action(id="k2", targets=T(2018, "4 Kasus", direction=rb.Direction.LOWER)),
                ],
            )
        ],
    )
    rep = rb.attain(
        rm,
        [R("k1", 2018, "0 Kasus"), R("k2", 2018, "5 Kasus")],
        as_of=pendulum.date(2018, 12, 31),
        lower_is_better=rb.LowerIsBetter.RATIO,
    )
    year = rep.by_year(2018)
    assert year.undefined == ("k1",)
    assert (year.due, year.reported) == (2, 2)
    assert year.percent == D("80.00")  # k2 alone: 4/5
    assert rep.target("k1").status is Status.UNDEFINED
