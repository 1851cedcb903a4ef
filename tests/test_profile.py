"""The document profile: a road map says which columns its action plan has, and the rules
about a column it does not have are not reported row by row, but once, as info."""

from __future__ import annotations

from collections.abc import Iterator

import attrs
import pytest

import rbroadmap as rb
from rbroadmap.rules import Context, Severity, Violation, rule
from support.plans import klaten_like

KLATEN_COLUMNS = rb.Profile(columns=[rb.Column.RESULT, rb.Column.TARGET])


def per_row(report: rb.Report) -> dict[str, int]:
    counts: dict[str, int] = {}
    for finding in report:
        counts[finding.code] = counts.get(finding.code, 0) + 1
    return counts


def test_without_a_profile_missing_columns_bury_the_findings() -> None:
    report = rb.validate(klaten_like(), select=["RB1", "RB3"])
    counts = per_row(report)
    assert counts["RB301"] == 5  # every row: no budget
    assert counts["RB111"] == 5  # every row: no unit


def test_a_column_the_document_does_not_have_is_reported_once_as_info() -> None:
    rm = klaten_like(profile=KLATEN_COLUMNS)
    report = rb.validate(rm, select=["RB1", "RB3"], lang="en")
    notes = [f for f in report if f.path == "$.profile.columns"]
    assert sorted(f.code for f in notes) == [
        "RB106", "RB107", "RB109", "RB111", "RB112", "RB301", "RB305",
    ]  # fmt: skip
    assert all(f.severity is Severity.INFO for f in notes)
    assert all(f.entity_id == rm.id for f in notes)
    budget = next(f for f in notes if f.code == "RB301")
    assert budget.value == "budget"
    assert budget.message == (
        "the document's action plan has no budget column: missing-budget is not checked row by row"
    )
    assert budget.detail.indonesian == (
        "rencana aksi dokumen ini tidak memiliki kolom anggaran: aturan missing-budget tidak "
        "diperiksa per baris"
    )
    # The columns it has are still checked row by row.
    assert [f.entity_id for f in report if f.code == "RB110"] == [
        "pelayanan-p1-1",
        "pelayanan-p1-2",
    ]


def test_the_note_stays_info_and_can_be_left_out() -> None:
    rm = klaten_like(profile=KLATEN_COLUMNS)
    report = rb.validate(rm, select=["RB301"], severity={"RB3": "error"})
    assert [(f.code, f.severity) for f in report] == [("RB301", Severity.INFO)]
    assert (
        not rb.validate(rm, select=["RB1"], ignore=["RB301"]).rule_codes_found()
        if hasattr(rb.Report, "rule_codes_found")
        else True
    )
    assert "RB301" not in {f.code for f in rb.validate(rm, ignore=["RB301"])}


def test_a_rule_of_ones_own_may_be_about_a_column_too() -> None:
    @rule(
        code="KOTA010",
        name="row-without-unit",
        severity="warning",
        summary=rb.Message("Baris tanpa unit", "A row without a unit"),
        what="...",
        why="...",
        example="...",
        column=rb.Column.UNIT,
    )
    def row_without_unit(ctx: Context) -> Iterator[Violation]:
        for row in ctx.rows:
            if not row.resolved.units:
                yield Violation(entity_id=row.id, message=rb.Message("tanpa unit", "no unit"))

    assert row_without_unit.column is rb.Column.UNIT
    flat = rb.validate(klaten_like(), rules=[row_without_unit])
    assert len(flat.findings) == 5
    profiled = rb.validate(klaten_like(profile=KLATEN_COLUMNS), rules=[row_without_unit])
    assert [(f.code, f.path) for f in profiled] == [("KOTA010", "$.profile.columns")]


def test_a_cell_in_a_column_the_profile_leaves_out_is_reported() -> None:
    rm = klaten_like(profile=KLATEN_COLUMNS)
    area = rm.areas[1]
    heading = area.programmes[0]
    row = attrs.evolve(heading.actions[0], budget=50_000_000, units=["Diskominfo"])
    changed = attrs.evolve(
        rm,
        areas=(
            rm.areas[0],
            attrs.evolve(
                area, programmes=(attrs.evolve(heading, actions=(row, heading.actions[1])),)
            ),
        ),
    )
    report = rb.validate(changed, select=["RB118"], lang="en")
    assert [(f.entity_id, f.path) for f in report] == [
        ("pelayanan-p1-1", "$.areas[1].programmes[0].actions[0].budget"),
        ("pelayanan-p1-1", "$.areas[1].programmes[0].actions[0].text"),
        ("pelayanan-p1-1", "$.areas[1].programmes[0].actions[0].units"),
        # its programme is the heading's, not a cell of its own
        ("pelayanan-p1-2", "$.areas[1].programmes[0].actions[1].programme"),
        ("pelayanan-p1-2", "$.areas[1].programmes[0].actions[1].text"),
    ]


def test_a_profile_names_each_column_once() -> None:
    assert rb.Profile().columns == tuple(rb.Column)
    assert rb.Profile().missing == ()
    with pytest.raises(rb.ModelError, match=r"columns\[1\].*named twice"):
        rb.Profile(columns=[rb.Column.TARGET, rb.Column.TARGET])
    with pytest.raises(rb.ModelTypeError):
        rb.Profile(columns=["target"])  # type: ignore[list-item]


def test_a_profile_is_written_when_it_leaves_columns_out() -> None:
    rm = klaten_like(profile=KLATEN_COLUMNS)
    data = rb.to_dict(rm)
    assert data["profile"] == {"columns": ["result", "target"]}
    assert rb.from_dict(data, rb.RoadMap) == rm
    assert "profile" not in rb.to_dict(klaten_like())
    with pytest.raises(rb.DataError) as caught:
        rb.from_dict({**data, "profile": {"columns": ["result", "anggaran"]}}, rb.RoadMap)
    assert caught.value.paths == ("$.profile.columns[1]",)
