"""Action-plan tables: the rows of a table read into a road map's action plan, and back.

``tests/data/probolinggo_table_3_2.tsv`` is Table 3.2 of the seed exactly as the
document gives it, without its header rows: read with the header of the document,
it gives the action plan of the bundled sample, every row, share, target, budget
and unit equal.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, assume, given, settings

import rbroadmap as rb
import rbroadmap.strategies as rbst
from rbroadmap.areasets import AREA_SETS
from rbroadmap.model import Activity, SubActivity
from rbroadmap.tables import (
    Field,
    NoteKind,
    TableError,
    read_plan,
    write_plan,
)
from rbroadmap.tables._writing import is_empty, plan_view
from support.plans import klaten_like
from support.scaling import assert_growth, calls

TSV = Path(__file__).parent / "data" / "probolinggo_table_3_2.tsv"
ROWS = [line.split("\t") for line in TSV.read_text(encoding="utf-8").splitlines()]
HEADER = [
    "Permasalahan",
    "Aksi",
    "Hasil",
    "Kondisi yang Diharapkan",
    "2018",
    "2019",
    "2020",
    "2021",
    "2022",
    "Program",
    "Estimasi Anggaran",
    "Penanggung Jawab",
]
SAMPLE = rb.samples.probolinggo()


def without_plan(roadmap: rb.RoadMap) -> rb.RoadMap:
    return attrs.evolve(
        roadmap,
        areas=[attrs.evolve(a, actions=(), programmes=(), activities=()) for a in roadmap.areas],
    )


def read_seed() -> rb.tables.TableReading:
    return read_plan(ROWS, columns=HEADER, units=SAMPLE.units)


# -- Kota Probolinggo, Table 3.2


def test_table_3_2_reads_into_exactly_the_sample() -> None:
    assert read_seed().into(without_plan(SAMPLE)) == SAMPLE


def test_table_3_2_has_every_area_in_the_order_of_its_headings() -> None:
    reading = read_seed()
    assert [a.id for a in reading.areas] == [
        "organisasi",
        "tatalaksana",
        "peraturan",
        "sdm",
        "pengawasan",
        "akuntabilitas",
        "pola-pikir",
        "pelayanan-publik",
    ]
    assert sum(len(a.actions) for a in reading.areas) == 41
    assert reading.profile == rb.model.Profile()


def test_the_log_explains_every_merged_cell() -> None:
    reading = read_seed()
    continued = reading.notes(NoteKind.CONTINUED)
    for area in SAMPLE.areas:
        for action in area.actions:
            own = attrs.asdict(action, recurse=False)
            blank = (
                {
                    name
                    for name in ("text", "result", "expected_condition", "targets", "programme")
                    if own[name] is None
                }
                | ({"budget"} if action.budget is None else set())
                | ({"units"} if not action.units else set())
            )
            notes = [n for n in continued if f"({action.shares})" in n.message.english]
            if action.shares is None:
                assert not blank or area.actions.index(action) == 0
                continue
            # one note per blank group of the row, naming the row that holds the cell
            row_notes = [n for n in notes if n.row == row_of(action.id)]
            assert len(row_notes) == len(blank), action.id


def row_of(action_id: str) -> int:
    """The sheet row of an action of the seed table (1-based, headings counted)."""
    area_id, _, number = action_id.rpartition("-")
    seen: dict[str, int] = {}
    current = ""
    headings = {a.id: a for a in SAMPLE.areas}
    for i, cells in enumerate(ROWS, start=1):
        if all(not c.strip() for c in cells[1:]):
            for area in headings.values():
                if cells[0] in (area.name, *area.other_names):
                    current = area.id
            continue
        seen[current] = seen.get(current, 0) + 1
        if current == area_id and seen[current] == int(number):
            return i
    raise AssertionError(action_id)


def test_the_log_names_the_merged_cell_as_a_spreadsheet_does() -> None:
    notes = [n.text("en") for n in read_seed().notes(NoteKind.CONTINUED)]
    # sdm-2: every column but the problem and the action is merged from sdm-1 (row 15)
    assert "C16: blank: the merged cell of row 15 (sdm-1) continues" in notes
    assert "E16: blank: the merged cell of row 15 (sdm-1) continues" in notes
    indonesian = [n.text("id") for n in read_seed().notes(NoteKind.CONTINUED)]
    assert "C16: kosong: sel gabungan baris 15 (sdm-1) berlanjut" in indonesian


def test_the_log_says_a_repeated_area_heading_continues_the_area() -> None:
    areas = [n.text("en") for n in read_seed().notes(NoteKind.AREA)]
    assert (
        "A47: 'Pelayanan Publik': area 'pelayanan-publik' continues"
        " (heading repeated on a new page)" in areas
    )
    assert len(areas) == 9


def test_the_log_says_what_every_target_and_budget_cell_was_read_as() -> None:
    values = [n.text("en") for n in read_seed().notes(NoteKind.VALUE)]
    assert "E31: '100 %' read as 100% (Percentage)" in values
    assert "E26: 'IRB 70' read as IRB 70 (IndexScore)" in values
    assert "K2: '150.000.000,-' read as Rp150.000.000" in values
    targets = sum(1 for a in SAMPLE.areas for r in a.actions if r.targets for _ in r.targets.years)
    budgets = sum(1 for a in SAMPLE.areas for r in a.actions if r.budget is not None)
    assert len(values) == targets + budgets


def test_the_log_names_the_units_split_and_the_markup_removed() -> None:
    reading = read_seed()
    units = [n.text("en") for n in reading.notes(NoteKind.UNITS)]
    assert "L9: 2 units: 'Bag. Organisasi Setda', 'BPPKAD'" in units
    assert [n.cell for n in reading.notes(NoteKind.MARKUP)] == ["A7"]


# -- columns


def test_a_two_row_header_with_years_under_a_spanning_target_cell() -> None:
    rows = [
        ["RENCANA AKSI REFORMASI BIROKRASI"],
        [
            "No",
            "Pemasalahan",
            "Kegiatan",
            "Keluaran",
            "Target Pencapaian Aksi",
            None,
            "Pagu (Rp)",
            "PJ",
        ],
        [None, None, None, None, "2022", "2023", None, None],
        ["1", "2", "3", "4", "5", "6", "7", "8"],
        ["A. Penguatan Pengawasan"],
        [
            "1",
            "Zona integritas belum ada",
            "Pencanangan ZI",
            "Laporan",
            "50%",
            "100%",
            150_000_000,
            "Inspektorat",
        ],
        [
            "No",
            "Pemasalahan",
            "Kegiatan",
            "Keluaran",
            "Target Pencapaian Aksi",
            None,
            "Pagu (Rp)",
            "PJ",
        ],
        ["2", "Gratifikasi", "Sosialisasi UPG", "Laporan UPG", None, None, None, None],
    ]
    reading = read_plan(rows, area_set="permenpanrb-25-2020")
    assert [(c.letter, c.field, c.year) for c in reading.columns] == [
        ("A", Field.NUMBER, None),
        ("B", Field.PROBLEM, None),
        ("C", Field.ACTION, None),
        ("D", Field.RESULT, None),
        ("E", Field.TARGET, 2022),
        ("F", Field.TARGET, 2023),
        ("G", Field.BUDGET, None),
        ("H", Field.UNITS, None),
    ]
    (area,) = reading.areas
    assert (area.id, area.label, area.name) == ("pengawasan", "A", "Penguatan Pengawasan")
    first, second = area.actions
    assert first.result == rb.Result(id="pengawasan-1-keluaran", text="Laporan")
    assert first.targets == rb.Target.of(2022, "50%", "100%")
    assert first.budget == 150_000_000
    assert second.shares == "pengawasan-1"
    assert second.result is not None
    skipped = [n.text("en") for n in reading.notes(NoteKind.SKIPPED)]
    assert skipped == [
        "row 1: row above the header skipped (a title)",
        "row 4: row of column numbers (1 2 3 …) skipped",
        "row 7: repeated column headers (a new page) skipped",
    ]
    columns = [n.text("en") for n in reading.notes(NoteKind.COLUMN)]
    assert (
        "B2: column B 'Pemasalahan' read as Problem (closest spelling: 'permasalahan')" in columns
    )


def test_an_explicit_column_map_names_what_the_headers_do_not() -> None:
    rows = [
        ["Isu strategis", "Langkah", "Capaian 2021"],
        ["Tatalaksana"],
        ["SOP belum ada", "Penyusunan SOP", "1 Dokumen"],
    ]
    with pytest.raises(TableError) as caught:
        read_plan(rows)
    assert caught.value.cells == ("A1",)
    reading = read_plan(rows, columns={"A": "Permasalahan", "C": "Target 2021"}, header_rows=1)
    action = reading.areas[0].actions[0]
    assert action.problems[0].text == "SOP belum ada"
    assert action.text == "Penyusunan SOP"
    assert action.targets == rb.Target.of(2021, "1 Dokumen")


def test_quarter_columns_and_a_unit_column() -> None:
    rows = [
        ["Aksi", "Satuan", "Target 2022", "TW I", "TW II", "TW III", "TW IV"],
        ["Pelayanan Publik"],
        ["Survei kepuasan", "Indeks", "80", "20", "40", "60", "80"],
    ]
    (area,) = read_plan(rows).areas
    target = area.actions[0].targets
    assert target == rb.Target.parse(
        {2022: "80"}, unit="Indeks", quarters={2022: {1: "20", 2: "40", 3: "60", 4: "80"}}
    )


def test_the_hierarchy_of_a_klaten_like_table() -> None:
    expected = klaten_like()
    rows = [
        [
            "Program",
            "Kegiatan",
            "Sub Kegiatan",
            "Aksi",
            "Output",
            "2022",
            "2023",
            "2024",
            "Program aksi",
        ],
        ["1", "2", "3", "4", "5", "6", "7", "8", "9"],
        ["G. PENGUATAN PENGAWASAN"],
        [
            None,
            "3. Meningkatkan sistem integritas dalam upaya pencegahan KKN",
            "1. Pembangunan Zona Integritas",
            None,
            "Pencanangan zona integritas",
            "100%",
            "100%",
            None,
            None,
        ],
        [None, None, None, None, "Laporan pembangunan zona integritas", "50%", None, None, None],
        [
            None,
            None,
            "2. Pengendalian gratifikasi",
            None,
            "Laporan public campaign",
            "1 Dokumen",
            None,
            None,
            None,
        ],
        ["H. Peningkatan Kualitas Pelayanan Publik"],
        [
            "1. Program peningkatan kualitas pelayanan publik",
            None,
            None,
            "Survei kepuasan masyarakat",
            None,
            None,
            None,
            None,
            None,
        ],
        [None, None, None, "Mall pelayanan publik", None, None, None, None, "Program MPP"],
    ]
    reading = read_plan(rows, area_set="permenpanrb-25-2020")
    assert [plan_view(a) for a in reading.areas] == [
        plan_view(attrs.evolve(a, name=n))
        for a, n in zip(
            expected.areas,
            ["PENGUATAN PENGAWASAN", "Peningkatan Kualitas Pelayanan Publik"],
            strict=True,
        )
    ]
    # Rows under activity 3 are numbered as the Klaten sample numbers them.
    assert [r.id for r in reading.areas[0].rows] == [r.id for r in expected.areas[0].rows]
    assert (
        reading.areas[0].activities[0].sub_activities[0].actions[0]
        == (expected.areas[0].activities[0].sub_activities[0].actions[0])
    )


# -- cells of every type


def test_cells_as_spreadsheet_libraries_return_them() -> None:
    rows = [
        ["Aksi", "2021", "2022", "2023", "Anggaran"],
        ["Tatalaksana"],
        ["a", 0.25, Decimal("0.5"), 1, 150_000_000],
        ["b", True, False, True, Decimal("2500000")],
        ["c", 0.1, 0.35, 1.0, 1.5e8],
    ]
    actions = read_plan(rows, percent_fractions=True).areas[0].actions
    assert actions[0].targets == rb.Target.of(2021, "25%", "50%", "100%")
    assert actions[0].budget == 150_000_000
    assert actions[1].targets == rb.Target.parse({2021: "√", 2023: "√"})
    assert actions[1].budget == 2_500_000
    assert actions[2].targets == rb.Target.of(2021, "10%", "35%", "100%")
    assert actions[2].budget == 150_000_000


def test_a_bare_number_is_read_in_the_unit_column_or_refused() -> None:
    rows = [["Aksi", "Satuan", "2022"], ["Tatalaksana"], ["a", "Dokumen", 3], ["b", None, 3]]
    with pytest.raises(TableError) as caught:
        read_plan(rows)
    assert caught.value.cells == ("C4",)
    rows[3][1] = "Laporan"
    actions = read_plan(rows).areas[0].actions
    assert actions[0].targets == rb.Target.parse({2022: "3"}, unit="Dokumen")


def test_every_bad_cell_is_reported_at_once_by_cell_and_path() -> None:
    rows = [
        ["Permasalahan", "Aksi", "2019", "2020", "Anggaran", "Penanggung Jawab"],
        ["Tatalaksana"],
        ["p", "a", "25%%", "50%", "Rp 1,5 M", "X"],
        ["q", "b", dt.date(2020, 1, 2), "50%", 1500.5, "Y"],
        ["r", "c", "10%", "20%", "satu juta", "Z", "extra"],
    ]
    with pytest.raises(TableError) as caught:
        read_plan(rows)
    error = caught.value
    assert error.cells == ("C3", "C4", "E4", "E5", "G5")
    assert error.paths[:4] == (
        "$.areas[0].actions[0].targets[2019]",
        "$.areas[0].actions[1].targets[2019]",
        "$.areas[0].actions[1].budget",
        "$.areas[0].actions[2].budget",
    )
    assert isinstance(error, rb.DataError)
    english = error.details[1].text("en")
    assert english.startswith("$.areas[0].actions[1].targets[2019]: cell C4: ")
    assert "format the column as text" in english
    assert "sel C4" in error.details[1].text("id")
    assert "whole rupiah" in error.details[2].text("en")


def test_rows_before_any_heading_need_an_area() -> None:
    rows = [["Aksi", "2022"], ["Penyusunan SOP", "100%"]]
    with pytest.raises(TableError) as caught:
        read_plan(rows)
    assert caught.value.cells == ("2",)
    (area,) = read_plan(rows, area="Tatalaksana").areas
    assert (area.id, area.actions[0].id) == ("tatalaksana", "tatalaksana-1")


@pytest.mark.parametrize(
    ("call", "name"),
    [
        (lambda: read_plan("rows"), "rows"),
        (lambda: read_plan([], columns="Aksi"), "columns"),
        (lambda: read_plan([], units=["BKPSDM"]), "units"),
        (lambda: read_plan([], first_row=0), "first_row"),
        (lambda: read_plan([], first_column="1"), "first_column"),
        (lambda: read_plan([], area_set="permenpanrb-1-1999"), "area_set"),
        (lambda: write_plan("roadmap"), "roadmap"),
        (lambda: write_plan(SAMPLE, merges="some"), "merges"),
    ],
)
def test_arguments_are_checked(call: object, name: str) -> None:
    with pytest.raises(rb.errors.ModelError) as caught:
        call()  # type: ignore[operator]
    assert caught.value.field == name


# -- the writer


def test_the_sample_round_trips_exactly() -> None:
    table = write_plan(SAMPLE)
    assert table.notes == ()
    assert "Gabung baris" not in table.header
    assert read_plan(table.rows, units=SAMPLE.units).into(without_plan(SAMPLE)) == SAMPLE


def test_merged_blocks_are_written_once() -> None:
    table = write_plan(SAMPLE)
    sdm = [row for row in table.rows if row[1].startswith("Redistribusi")]
    assert sdm == [(sdm[0][0], sdm[0][1], *[""] * 10)]


def test_a_share_blank_cells_cannot_say_gets_a_column() -> None:
    area = rb.Area(
        id="pengawasan",
        name="Pengawasan",
        standard="pengawasan",
        activities=[
            Activity(
                id="k1",
                name="Sistem integritas",
                sub_activities=[
                    SubActivity(
                        id="s1", name="ZI", actions=[rb.Action(id="r1", text="a", budget=5)]
                    ),
                    SubActivity(
                        id="s2", name="UPG", actions=[rb.Action(id="r2", text="b", shares="r1")]
                    ),
                ],
            )
        ],
    )
    roadmap = rb.RoadMap(id="x", government="Kota X", period=rb.Period(2020, 2024), areas=[area])
    table = write_plan(roadmap)
    assert table.header[-1] == "Gabung baris"
    assert table.rows[-1][-1] == "1"
    back = read_plan(table.rows).areas
    assert [plan_view(a) for a in back] == [plan_view(area)]


def test_what_a_table_cannot_hold_is_noted() -> None:
    action = SAMPLE.action("organisasi-1")
    assert action.targets is not None
    capped = attrs.evolve(action, targets=attrs.evolve(action.targets, cap=Decimal(120)))
    organisasi = SAMPLE.areas[0]
    roadmap = attrs.evolve(
        SAMPLE,
        areas=[
            attrs.evolve(organisasi, actions=[capped, *organisasi.actions[1:]]),
            *SAMPLE.areas[1:],
        ],
    )
    notes = write_plan(roadmap).note_texts("en")
    assert notes == ("action 'organisasi-1': targets.cap is not written in a table",)


def table_part(roadmap: rb.RoadMap) -> list[object]:
    return [plan_view(a) for a in roadmap.areas]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rbst.roadmaps())
def test_reading_what_is_written_gives_the_same_action_plan(roadmap: rb.RoadMap) -> None:
    assume(not any(is_empty(row) for area in roadmap.areas for row in area.rows))
    table = write_plan(roadmap)
    reading = read_plan(table.rows, area_set=AREA_SETS[roadmap.area_set or ""], units=roadmap.units)
    assert [plan_view(a) for a in reading.areas] == table_part(roadmap)
    # only what a table has no cell for is left out, and it is said
    assert all(" targets." in note.english for note in table.notes)
    assert write_plan(reading.into(roadmap)).rows == table.rows


# -- growth


def test_reading_grows_linearly_with_the_rows() -> None:
    def table(n: int) -> list[list[str]]:
        rows = [HEADER]
        for k in range(n):
            if k % 50 == 0:
                rows.append(["Tatalaksana" if k % 100 == 0 else "Pengawasan"])
            rows.append([*ROWS[1][:4], "25%", "35%", "60%", "80%", "100%", *ROWS[1][9:]])
        return rows

    def work(n: int) -> int:
        rows = table(n)
        return calls(lambda: read_plan(rows)).total

    assert_growth(work, sizes=(100, 400), bound=5)
