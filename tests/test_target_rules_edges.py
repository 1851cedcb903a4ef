"""Target rules (RB2xx) at their edges: when a schedule counts as cumulative, one year over.

`tests/test_rules_catalogue.py` gives each rule a road map that triggers it and
near misses. Here each condition a target rule turns on is tested on both
sides, through `rb.validate(select=["RB2"])` as an application runs it: a
schedule is cumulative because it says so or because it ends nearer its goal;
a single year above the universe is enough; 0% and 100% are inside the range
of a percentage, and so on.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pytest

import rbroadmap as rb

YEARS = range(2018, 2023)
OPD = rb.UnitGroup(id="seluruh-opd", name="seluruh OPD", size=39, unit="OPD")


def schedule(
    *cells: str, direction: rb.Direction = rb.Direction.HIGHER, shape: rb.Shape | None = None
) -> rb.Target:
    """A target schedule written from 2018 on."""
    return rb.Target.parse(dict(zip(YEARS, cells, strict=False)), direction=direction, shape=shape)


def roadmap(
    *targets: rb.Target,
    groups: Sequence[rb.UnitGroup] = (OPD,),
    indicators: Sequence[rb.Indicator] = (),
) -> rb.RoadMap:
    """A 2018-2022 road map with one row per target, ``a1``, ``a2``..."""
    return rb.RoadMap(
        id="kota-x",
        government="Kota X",
        period=rb.Period(2018, 2022),
        areas=[
            rb.Area(
                id="organisasi",
                name="Penataan dan Penguatan Organisasi",
                actions=[
                    rb.Action(id=f"a{n}", text=f"Aksi nomor {n}", targets=target)
                    for n, target in enumerate(targets, start=1)
                ],
            )
        ],
        achievements=[rb.Achievement(id="capaian", number=1, name="Capaian", indicators=indicators)]
        if indicators
        else (),
        units=rb.UnitRegistry(groups=groups),
    )


def findings(rm: rb.RoadMap, code: str) -> list[rb.Finding]:
    """The findings of one target rule, in English."""
    return [f for f in rb.validate(rm, select=["RB2"], lang="en") if f.code == code]


def found(rm: rb.RoadMap) -> Mapping[str, int]:
    """How many findings of each target rule."""
    out: dict[str, int] = {}
    for finding in rb.validate(rm, select=["RB2"]):
        out[finding.code] = out.get(finding.code, 0) + 1
    return out


# -- RB203: a cumulative schedule never falls


def test_a_schedule_that_ends_nearer_its_goal_is_treated_as_cumulative() -> None:
    (fall,) = findings(roadmap(schedule("25%", "60%", "35%", "80%", "100%")), "RB203")
    assert (fall.entity_id, fall.path) == ("a1", "$.areas[0].actions[0].targets[2020]")
    assert fall.value == "35%"
    assert fall.suggestion == "60%"
    assert fall.message == (
        "the cumulative target of row 'a1' falls from 60% (2019) to 35% (2020): "
        "25% 60% 35% 80% 100%"
    )


def test_a_schedule_that_ends_where_it_starts_or_lower_is_not_cumulative() -> None:
    for cells in [
        ("60%", "35%", "35%", "35%", "35%"),
        ("60%", "35%", "60%", "60%", "60%"),
    ]:
        rm = roadmap(schedule(*cells))
        assert findings(rm, "RB203") == [], cells
        assert "RB207" in found(rm)  # irregular instead


def test_a_schedule_declared_cumulative_is_checked_even_if_it_ends_lower() -> None:
    rm = roadmap(schedule("50%", "40%", "60%", "60%", "45%", shape=rb.Shape.CUMULATIVE))
    falls = findings(rm, "RB203")
    assert [(f.path, f.suggestion) for f in falls] == [
        ("$.areas[0].actions[0].targets[2019]", "50%"),
        ("$.areas[0].actions[0].targets[2022]", "60%"),
    ]


def test_a_schedule_declared_otherwise_is_not_cumulative_even_if_it_rises() -> None:
    rm = roadmap(schedule("25%", "60%", "35%", "80%", "100%", shape=rb.Shape.PERIODIC))
    assert findings(rm, "RB203") == []


def test_when_lower_is_better_a_rise_is_the_fall() -> None:
    lower = rb.Direction.LOWER
    rm = roadmap(schedule("30%", "25%", "28%", "15%", "10%", direction=lower))
    (rise,) = findings(rm, "RB203")
    assert (rise.value, rise.suggestion) == ("28%", "25%")
    steady = roadmap(schedule("30%", "25%", "25%", "15%", "10%", direction=lower))
    assert findings(steady, "RB203") == []


def test_a_cumulative_count_schedule_falls_too() -> None:
    (fall,) = findings(roadmap(schedule("3 OPD", "10 OPD", "9 OPD", "30 OPD", "39 OPD")), "RB203")
    assert fall.value == "9 OPD"


# -- RB211: a count above its universe


def test_a_single_year_above_the_universe_is_reported() -> None:
    (over,) = findings(roadmap(schedule("39 OPD", "40 OPD", "39 OPD", "39 OPD", "39 OPD")), "RB211")
    assert (over.entity_id, over.value, over.suggestion) == ("a1", "40 OPD", "39 OPD")
    assert over.message == (
        "the target of row 'a1' (40 OPD in 2019) exceeds the 39 OPD declared for 'seluruh OPD'"
    )


def test_the_largest_year_above_the_universe_is_quoted_with_every_year() -> None:
    rm = roadmap(schedule("39 OPD", "45 opd", "40 OPD", "39 OPD", "41 OPD Dan masyarakat"))
    (over,) = findings(rm, "RB211")
    assert over.value == "45 opd"
    assert over.suggestion == "39 opd"
    assert "(45 opd in 2019, 2020, 2022)" in over.message


def test_the_upper_end_of_a_range_can_exceed_the_universe() -> None:
    (over,) = findings(roadmap(schedule("30-40 OPD", "-", "-", "-", "-")), "RB211")
    assert over.value == "40 OPD"
    assert findings(roadmap(schedule("30-39 OPD", "-", "-", "-", "-")), "RB211") == []


def test_the_largest_declared_group_of_a_unit_is_the_universe() -> None:
    pilots = rb.UnitGroup(id="opd-percontohan", name="OPD percontohan", size=5, unit="OPD")
    rm = roadmap(schedule("39 OPD", "39 OPD", "39 OPD", "39 OPD", "39 OPD"), groups=[pilots, OPD])
    assert findings(rm, "RB211") == []
    rm = roadmap(schedule("39 OPD", "39 OPD", "39 OPD", "39 OPD", "39 OPD"), groups=[OPD, pilots])
    assert findings(rm, "RB211") == []


def test_of_two_groups_of_one_size_the_first_is_named() -> None:
    pemda = rb.UnitGroup(id="perangkat-daerah", name="perangkat daerah", size=39, unit="opd")
    unsized = rb.UnitGroup(id="opd-lain", name="OPD lain", unit="OPD")
    rm = roadmap(schedule("40 OPD", "-", "-", "-", "-"), groups=[unsized, OPD, pemda])
    (over,) = findings(rm, "RB211")
    assert over.message.endswith("exceeds the 39 OPD declared for 'seluruh OPD'")
    rm = roadmap(schedule("40 OPD", "-", "-", "-", "-"), groups=[unsized, pemda, OPD])
    (over,) = findings(rm, "RB211")
    assert over.message.endswith("exceeds the 39 OPD declared for 'perangkat daerah'")


def test_without_a_declared_size_there_is_no_universe() -> None:
    unsized = rb.UnitGroup(id="seluruh-opd", name="seluruh OPD", unit="OPD")
    rm = roadmap(schedule("40 OPD", "40 OPD", "40 OPD", "40 OPD", "40 OPD"), groups=[unsized])
    assert findings(rm, "RB211") == []


# -- RB202: percentages between 0 and 100


@pytest.mark.parametrize("cells", [("0%", "100%"), ("0-100%", "100%")])
def test_0_and_100_percent_are_in_range(cells: tuple[str, ...]) -> None:
    assert findings(roadmap(schedule(*cells, "-", "-", "-")), "RB202") == []


@pytest.mark.parametrize(("cell", "year"), [("-0,5%", 2018), ("100,5%", 2019), ("90-101%", 2019)])
def test_just_outside_0_to_100_percent(cell: str, year: int) -> None:
    cells = [cell, "100%", "-", "-", "-"] if year == 2018 else ["50%", cell, "-", "-", "-"]
    (out,) = findings(roadmap(schedule(*cells)), "RB202")
    assert out.path == f"$.areas[0].actions[0].targets[{year}]"
    assert out.message.endswith(", outside 0-100%")


# -- RB204: a rising percentage schedule reaches 100%


def test_a_rising_schedule_that_reaches_100_percent_is_complete() -> None:
    assert findings(roadmap(schedule("25%", "35%", "60%", "80%", "100%")), "RB204") == []
    (short,) = findings(roadmap(schedule("25%", "35%", "60%", "80%", "99,5%")), "RB204")
    assert (short.value, short.suggestion) == ("99,5%", "100%")


# -- RB212: totals of one unit agree


def test_steady_counts_within_a_tenth_of_the_largest_are_totals() -> None:
    def steady(cell: str) -> rb.Target:
        return schedule(*[cell] * 5)

    # 36 is 90% of 40: a total; 35 is a subset, left alone.
    (total,) = findings(roadmap(steady("40 Orang"), steady("36 Orang"), groups=()), "RB212")
    assert total.message == (
        "the total of Orang is written differently: 36 in 1 row (a2); 40 in 1 row (a1)"
    )
    assert findings(roadmap(steady("40 Orang"), steady("35 Orang"), groups=()), "RB212") == []


def test_the_declared_universe_settles_the_total() -> None:
    def steady(cell: str) -> rb.Target:
        return schedule(*[cell] * 5)

    three_rows = [steady("38 OPD"), steady("38 OPD"), steady("39 OPD")]
    (declared,) = findings(roadmap(*three_rows), "RB212")
    assert declared.suggestion == "39 OPD"  # the registry's size, though two rows write 38
    (undeclared,) = findings(roadmap(*three_rows, groups=()), "RB212")
    assert undeclared.suggestion == "38 OPD"  # the total most rows write
    (tie,) = findings(roadmap(steady("38 OPD"), steady("39 OPD"), groups=()), "RB212")
    assert tie.suggestion == "39 OPD"  # as many rows each way: the larger
    assert findings(roadmap(steady("39 OPD"), steady("39 opd")), "RB212") == []


def test_a_steady_count_is_the_same_count_every_due_year() -> None:
    rising = schedule("36 OPD", "38 OPD", "39 OPD", "39 OPD", "39 OPD")
    once = schedule("-", "36 OPD", "-", "-", "-")
    assert findings(roadmap(rising, schedule(*["39 OPD"] * 5)), "RB212") == []
    assert findings(roadmap(once, schedule(*["39 OPD"] * 5)), "RB212") == []


# -- RB210: an indicator's years


def test_a_baseline_in_the_first_target_year_is_not_before_it() -> None:
    def indicator(baseline_year: int) -> rb.Indicator:
        return rb.Indicator.parse(
            id="ikm", name="IKM", baseline={baseline_year: "IKM 80"}, targets={2022: "IKM 85"}
        )

    steady = schedule(*["100%"] * 5)
    (same,) = findings(roadmap(steady, indicators=[indicator(2022)]), "RB210")
    assert (same.entity_id, same.path, same.value) == (
        "ikm",
        "$.achievements[0].indicators[0].baseline[2022]",
        2022,
    )
    assert findings(roadmap(steady, indicators=[indicator(2021)]), "RB210") == []


# -- which schedules are cumulative, and when falls count


def test_cumulative_is_judged_from_the_first_due_value_to_the_last() -> None:
    # Ends above where it starts, whatever lies between: cumulative, and 60% -> 35% falls.
    (fall,) = findings(roadmap(schedule("60%", "35%", "35%", "35%", "70%")), "RB203")
    assert (fall.path, fall.suggestion) == ("$.areas[0].actions[0].targets[2019]", "60%")
    (fall,) = findings(roadmap(schedule("-", "60%", "35%", "70%", "-")), "RB203")
    assert fall.path == "$.areas[0].actions[0].targets[2020]"


def test_qualitative_and_mixed_schedules_have_no_falls() -> None:
    cumulative = rb.Shape.CUMULATIVE
    texts = roadmap(schedule("Tersedia", "WTP", "WTP", "WTP", "WTP", shape=cumulative))
    assert findings(texts, "RB203") == []
    mixed = roadmap(schedule("50%", "10 OPD", "60%", "5 OPD", "100%", shape=cumulative))
    assert findings(mixed, "RB203") == []
    assert "RB205" in found(mixed)


def test_a_two_year_rising_schedule_must_reach_100_percent() -> None:
    (short,) = findings(roadmap(schedule("25%", "90%", "-", "-", "-")), "RB204")
    assert (short.path, short.suggestion) == ("$.areas[0].actions[0].targets[2019]", "100%")
    assert findings(roadmap(schedule("-", "-", "-", "-", "90%")), "RB204") == []


def test_a_row_without_a_target_is_left_to_the_structure_rules() -> None:
    rm = rb.RoadMap(
        id="kota-x",
        government="Kota X",
        period=rb.Period(2018, 2022),
        areas=[
            rb.Area(
                id="organisasi",
                name="Penataan dan Penguatan Organisasi",
                actions=[
                    rb.Action(id="a1", text="Aksi nomor 1", targets=schedule(*["100%"] * 5)),
                    rb.Action(id="a2", text="Aksi nomor 2", shares="a1"),
                    rb.Action(id="a3", text="Aksi nomor 3"),
                ],
            )
        ],
    )
    assert list(rb.validate(rm, select=["RB2"])) == []


def test_a_lower_is_better_schedule_that_ends_where_it_starts_is_not_cumulative() -> None:
    lower = rb.Direction.LOWER
    back = roadmap(schedule("30%", "25%", "28%", "15%", "30%", direction=lower))
    assert findings(back, "RB203") == []
    down = roadmap(schedule("30%", "25%", "28%", "15%", "29%", direction=lower))
    assert [f.value for f in findings(down, "RB203")] == ["28%", "29%"]
    up = roadmap(schedule("20%", "25%", "22%", "28%", "30%", direction=lower))
    assert findings(up, "RB203") == []


# -- RB202, RB205, RB209: one finding per cell, units, empty schedules


def test_a_range_with_both_ends_outside_0_to_100_is_one_finding() -> None:
    (out,) = findings(roadmap(schedule("-5-150%", "100%", "-", "-", "-")), "RB202")
    assert (out.path, out.value) == ("$.areas[0].actions[0].targets[2018]", "-5-150%")


def test_a_count_with_and_without_a_qualifier_mixes_units() -> None:
    rm = roadmap(schedule("39 OPD", "39 OPD Dan masyarakat", "39 OPD", "39 OPD", "39 OPD"))
    (mixed,) = findings(rm, "RB205")
    assert mixed.message == (
        "the target of row 'a1' mixes units: 39 OPD 39 OPD Dan masyarakat 39 OPD 39 OPD 39 OPD"
    )
    same = schedule(*["39 OPD Dan masyarakat"] * 5)
    assert findings(roadmap(same), "RB205") == []


def test_a_schedule_of_dashes_is_empty_not_mixed() -> None:
    assert found(roadmap(schedule("-", "-", "-", "-", "-"))) == {"RB209": 1}


# -- every row is checked: a row a rule passes over does not end its check


def test_each_rule_checks_the_rows_after_one_it_passes_over() -> None:
    lower = rb.Direction.LOWER
    passed_over = [
        schedule("100%", "100%", "100%", "100%", "100%"),  # steady
        schedule("30%", "25%", "20%", "15%", "10%", direction=lower),
        schedule("10 OPD", "20 OPD", "30 OPD", "39 OPD", "39 OPD"),
        schedule("80%", "60%", "60%", "60%", "60%"),  # ends lower
        schedule("25%", "60%", "35%", "80%", "100%"),  # falls
        schedule("25%", "10 OPD", "60%", "80%", "100%"),  # mixed
        schedule("-", "50%", "-", "100%", "-", shape=rb.Shape.PERIODIC),
    ]
    short = schedule("25%", "35%", "60%", "80%", "90%")
    irregular = schedule("100%", "-", "-", "100%", "100%")
    falls = schedule("25%", "60%", "35%", "80%", "100%")
    rm = roadmap(*passed_over, short, irregular, falls)
    last = len(passed_over) + 3
    assert {f.entity_id for f in findings(rm, "RB203")} == {"a5", f"a{last}"}
    assert [f.entity_id for f in findings(rm, "RB204")] == [f"a{last - 2}"]
    assert f"a{last - 1}" in {f.entity_id for f in findings(rm, "RB207")}


# -- RB204: only rising percentage schedules, short of 100%


def test_only_a_rising_percentage_schedule_short_of_100_percent_is_short() -> None:
    lower = rb.Direction.LOWER
    for cells, direction in [
        (("30%", "25%", "20%", "15%", "10%"), lower),  # lower is better: falling is rising
        (("25%", "50%", "75%", "100%", "110%"), rb.Direction.HIGHER),  # past 100%: RB202
        (("3 OPD", "10 OPD", "20 OPD", "30 OPD", "38 OPD"), rb.Direction.HIGHER),
    ]:
        assert findings(roadmap(schedule(*cells, direction=direction)), "RB204") == [], cells


# -- RB207: irregular schedules that no other rule explains


def test_an_irregular_schedule_explained_by_mixed_units_is_not_reported_again() -> None:
    mixed = roadmap(schedule("100%", "-", "-", "10 OPD", "100%"))
    assert found(mixed) == {"RB205": 1}


# -- RB208: the suggestion is the first shape the values fit


def test_a_declared_shape_the_values_do_not_fit_suggests_the_first_that_fits() -> None:
    rm = roadmap(schedule("-", "50%", "-", "100%", "-", shape=rb.Shape.STEADY))
    (mismatch,) = findings(rm, "RB208")
    assert (mismatch.value, mismatch.suggestion) == ("steady", "periodic")
    assert mismatch.message == (
        "the target of row 'a1' is declared steady, but its values (- 50% - 100% -) are periodic"
    )
    # In Indonesian too the values are said to fit the first shape, not the second.
    (indonesian,) = rb.validate(rm, select=["RB208"], lang="id")
    assert indonesian.message.startswith("target baris 'a1' dinyatakan ")
    assert "cumulative" not in indonesian.message
    assert "kumulatif" not in indonesian.message


# -- RB210: indicator years


def test_an_indicator_without_yearly_targets_is_not_checked() -> None:
    undated = rb.Indicator.parse(
        id="ikm", name="IKM", baseline={2023: "IKM 80"}, aim=rb.parse_value("IKM 85")
    )
    assert findings(roadmap(schedule(*["100%"] * 5), indicators=[undated]), "RB210") == []


def test_a_baseline_after_the_first_target_year_is_reported() -> None:
    late = rb.Indicator.parse(
        id="ikm", name="IKM", baseline={2018: "IKM 80", 2021: "IKM 81"}, targets={2020: "IKM 85"}
    )
    (after,) = findings(roadmap(schedule(*["100%"] * 5), indicators=[late]), "RB210")
    assert after.message == (
        "the baseline year of the indicator 'IKM' (2021) is not before its first target year (2020)"
    )


def test_counts_of_two_units_above_their_universes_are_reported_unit_by_unit() -> None:
    staff = rb.UnitGroup(id="pegawai", name="seluruh pegawai", size=50, unit="Orang")
    rm = roadmap(schedule("40 OPD", "60 Orang", "41 OPD", "-", "-"), groups=[OPD, staff])
    assert [(f.value, f.suggestion, f.message) for f in findings(rm, "RB211")] == [
        (
            "41 OPD",
            "39 OPD",
            "the target of row 'a1' (41 OPD in 2018, 2020) exceeds the 39 OPD declared for "
            "'seluruh OPD'",
        ),
        (
            "60 Orang",
            "50 Orang",
            "the target of row 'a1' (60 Orang in 2019) exceeds the 50 Orang declared for "
            "'seluruh pegawai'",
        ),
    ]


# -- RB212: which schedules are steady totals


def steady(cell: str) -> rb.Target:
    """The same count every year."""
    return schedule(*[cell] * 5)


def test_a_steady_count_is_one_count_of_one_unit_every_due_year() -> None:
    forty = steady("40 OPD")
    for cells in [
        ("39 OPD", "38 OPD", "38 OPD", "38 OPD", "38 OPD"),  # falling
        ("38 OPD", "39 OPD", "39 OPD", "39 OPD", "39 OPD"),  # rising
        ("39 OPD", "39 Orang", "39 OPD", "39 OPD", "39 OPD"),
        ("39 Orang", "39 OPD", "39 OPD", "39 OPD", "39 OPD"),
    ]:
        assert findings(roadmap(forty, schedule(*cells), groups=()), "RB212") == [], cells
    mixed = schedule("39 Orang", "39 OPD", "39 Orang", "39 Orang", "39 Orang")
    assert findings(roadmap(steady("40 Orang"), mixed, groups=()), "RB212") == []
    two_years = schedule("-", "38 OPD", "38 OPD", "-", "-")
    assert len(findings(roadmap(forty, two_years, groups=()), "RB212")) == 1
    grouped = schedule("1.000 Orang", "1000 Orang", "1.000 Orang", "1000 Orang", "1000 Orang")
    (total,) = findings(roadmap(grouped, steady("1.050 Orang"), groups=()), "RB212")
    assert total.message == (
        "the total of Orang is written differently: 1000 in 1 row (a1); 1050 in 1 row (a2)"
    )


def test_the_unit_is_shown_as_the_first_total_writes_it() -> None:
    first = schedule("39 OPD", "39 opd", "39 opd", "39 opd", "39 opd")
    (total,) = findings(roadmap(first, steady("40 opd"), groups=()), "RB212")
    assert total.value == "OPD: 39, 40"
    assert total.suggestion == "40 OPD"


def test_three_totals_and_a_second_unit_are_reported() -> None:
    rm = roadmap(
        steady("39 OPD"),
        steady("38 OPD"),
        steady("10 Orang"),
        steady("9 Orang"),
        steady("39 OPD"),
        steady("40 OPD"),
        groups=(),
    )
    assert [(f.value, f.suggestion) for f in findings(rm, "RB212")] == [
        ("OPD: 38, 39, 40", "39 OPD"),
        ("Orang: 9, 10", "10 Orang"),
    ]
    rm = roadmap(steady("39 OPD"), steady("39 OPD"), steady("10 Orang"), steady("9 Orang"))
    assert [f.value for f in findings(rm, "RB212")] == ["Orang: 9, 10"]


def test_every_row_writing_a_total_is_named() -> None:
    rm = roadmap(steady("1.000 Orang"), steady("1000 Orang"), steady("1.050 Orang"), groups=())
    (total,) = findings(rm, "RB212")
    assert total.message == (
        "the total of Orang is written differently: 1000 in 2 rows (a1, a2); 1050 in 1 row (a3)"
    )
