"""The bundled Kabupaten Klaten excerpt, held against a typed copy of its printed table.

``tests/data/klaten_2022_2024_IV-44_45.tsv`` is the table of pages IV-44 and IV-45 of
the Klaten road map 2022-2024, typed out (tab-separated, UTF-8): one header row with
the printed columns ``No``, ``Kegiatan``, ``Sub Kegiatan``, ``Output``, ``2022``,
``2023``, ``2024``; then one row per output, a cell left blank where the printed table
merges it with the cell above (the number and name of a kegiatan or sub kegiatan
continue downwards); the heading of area H in the first cell of a row of its own, as
printed across the table (area G's heading is on an earlier page). Numbers are written
as printed (``3.``, ``1. Pembangunan Zona Integritas``), ticks as ``√`` (U+221A). The
reading of the PDF's text behind it is in the sample's documentation. The sample is
checked against it cell by cell.
"""

from __future__ import annotations

import re
from pathlib import Path

import pendulum
import pytest

import rbroadmap as rb
from rbroadmap.attainment import Dimension, Status
from rbroadmap.model import Activity, SubActivity
from rbroadmap.samples import klaten

TABLE = (Path(__file__).parent / "data" / "klaten_2022_2024_IV-44_45.tsv").read_text(
    encoding="utf-8"
)
HEADER = ["No", "Kegiatan", "Sub Kegiatan", "Output", "2022", "2023", "2024"]
AREAS = {"G": "pengawasan", "H": "pelayanan-publik"}
SAMPLE = klaten()


def table_rows() -> list[tuple[str, list[str], list[str]]]:
    """(area letter, the row's cells, the row's cells with merged ones filled in)."""
    lines = TABLE.splitlines()
    assert lines[0].split("\t") == HEADER
    rows = []
    area = "G"  # the excerpt starts inside area G
    filled = [""] * 7
    for line in lines[1:]:
        cells = line.split("\t")
        assert len(cells) == 7, line
        if all(c == "" for c in cells[1:]):
            area = cells[0].split(".")[0]
            filled = [""] * 7
            continue
        if cells[1]:  # a new kegiatan starts its sub kegiatan afresh
            filled = [""] * 7
        filled = [own or above for own, above in zip(cells, filled, strict=True)]
        rows.append((area, cells, list(filled)))
    return rows


ROWS = table_rows()


def _number(cell: str) -> str:
    """The number a cell starts with: ``"3."`` -> ``"3"``."""
    found = re.match(r"(\d+)\.", cell)
    assert found is not None, cell
    return found.group(1)


def _name(cell: str) -> str:
    return re.sub(r"^\d+\.\s*", "", cell)


def test_the_table_and_the_sample_have_the_same_outputs() -> None:
    assert len(ROWS) == 15
    assert [len(a.rows) for a in SAMPLE.areas] == [9, 6]
    outputs = [a.result.text for a in SAMPLE.actions() if a.result is not None]
    assert outputs == [cells[3] for _, cells, _ in ROWS]


@pytest.mark.parametrize(
    ("position", "row"), list(enumerate(ROWS)), ids=[r[1][3][:30] for r in ROWS]
)
def test_every_cell_of_the_table(position: int, row: tuple[str, list[str], list[str]]) -> None:
    letter, cells, filled = row
    action = list(SAMPLE.actions())[position]
    area = SAMPLE.area_of(action.id)
    assert area is not None
    assert area.label == letter
    assert area.id == AREAS[letter]
    # Output and ticks.
    assert action.result is not None
    assert action.result.text == cells[3]
    assert action.targets is not None
    assert action.targets.years == (2022, 2023, 2024)
    assert list(action.targets.notation()) == cells[4:]
    assert all(isinstance(v, rb.CheckMark) for _, v in action.targets.items())
    # Nothing the table has no column for.
    assert (action.text, action.problems, action.programme, action.units) == (None, (), None, ())
    assert action.budget_form is None
    assert action.expected_condition is None
    # The plan hierarchy above it, as the merged cells say.
    levels = {type(e): e for e in SAMPLE.ancestors(action.id)}
    if not filled[1]:  # the output carried over from page IV-43
        assert set(levels) == {rb.Area}
        return
    activity, sub = levels[Activity], levels[SubActivity]
    assert isinstance(activity, Activity)
    assert isinstance(sub, SubActivity)
    assert (activity.label, activity.name) == (_number(filled[0]), filled[1])
    assert (sub.label, sub.name) == (_number(filled[2]), _name(filled[2]))


def test_a_blank_cell_continues_the_kegiatan_and_sub_kegiatan_above() -> None:
    subs = [s for a in SAMPLE.areas for k in a.activities for s in k.sub_activities]
    assert [(s.label, len(s.actions)) for s in subs] == [
        ("1", 2),
        ("2", 3),
        ("3", 3),
        *[(str(i), 1) for i in range(1, 7)],
    ]


def test_the_excerpt_validates_with_no_finding_about_columns_it_does_not_have() -> None:
    report = rb.validate(SAMPLE, lang="en")
    # Only the notes, once each, that checks of absent columns were left out.
    assert {f.severity for f in report} == {rb.Severity.INFO}
    assert all(f.entity_id == SAMPLE.id for f in report)
    assert all("has no" in f.message for f in report)
    assert len(report) == len({f.code for f in report})
    # What the cut causes is waived with its reason, and each waiver matches.
    waived = {(f.code, f.entity_id) for f in report.waived}
    assert waived == {
        ("RB102", SAMPLE.id),
        ("RB703", "pengawasan"),
        ("RB703", "pengawasan-k3"),
        ("RB705", SAMPLE.id),
    }


def test_attainment_from_verdicts_per_output() -> None:
    ids = [a.id for a in SAMPLE.actions()]
    done, not_done = "terlaksana", "belum terlaksana"
    realizations = [rb.Realization.parse(i, 2022, done) for i in ids]
    realizations += [
        rb.Realization.parse(i, 2023, done if k % 3 else not_done) for k, i in enumerate(ids)
    ]
    report = rb.attain(SAMPLE, realizations, as_of=pendulum.date(2023, 12, 31))
    assert report.row(ids[0], 2023).percent == 0
    assert report.row(ids[1], 2023).percent == 100
    assert report.row(ids[0], 2024).status is Status.NOT_YET_DUE
    # 15 outputs; 5 of them not done in 2023.
    assert report.by_year(2022).percent == 100
    assert report.by_year(2023).exact == pytest.approx(100 * 10 / 15)
    g = report.rollup(Dimension.AREA, "pengawasan")
    assert g.children == tuple(ids[:9])
    sub = report.rollup(Dimension.SUB_ACTIVITY, "pengawasan-k3-s2")
    assert sub.children == ("pengawasan-k3-s2-1", "pengawasan-k3-s2-2", "pengawasan-k3-s2-3")


def test_the_sample_is_fresh_on_each_call() -> None:
    assert klaten() == SAMPLE
    assert klaten() is not SAMPLE


def test_the_sample_survives_the_json_round_trip() -> None:
    text = rb.to_json(SAMPLE)
    assert rb.from_json(text, rb.RoadMap) == SAMPLE
    assert rb.to_json(rb.from_json(text, rb.RoadMap)) == text


def test_the_table_reader_reads_the_typed_table_into_the_sample() -> None:
    # The excerpt starts inside area G: its heading is on the page before, so the
    # reader is told the area of the rows before the first heading, with its letter.
    rows = [line.split("\t") for line in TABLE.splitlines()]
    reading = rb.tables.read_plan(
        rows, area="G. Penguatan Pengawasan", area_set="permenpanrb-25-2020"
    )
    assert reading.profile == SAMPLE.profile
    assert reading.areas == SAMPLE.areas
    assert [len(area.rows) for area in reading.areas] == [9, 6]
