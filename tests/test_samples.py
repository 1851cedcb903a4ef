"""The bundled Kota Probolinggo sample, held against the seed document.

``tests/data/probolinggo_table_3_2.tsv`` is Table 3.2 of the seed exactly as the
document's text gives it (tab-separated; the repeated column headers of each page
left out), so the sample is checked cell by cell against an independent copy of
the source.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

import rbroadmap as rb
from rbroadmap.budget import budget_summary
from rbroadmap.samples import probolinggo

SEED_TABLE_3_2 = (Path(__file__).parent / "data" / "probolinggo_table_3_2.tsv").read_text(
    encoding="utf-8"
)

HEADERS = {
    "Penataan dan Penguatan Organisasi": "organisasi",
    "Tatalaksana": "tatalaksana",
    "Peraturan Perundang-undangan": "peraturan",
    "Sumber Daya Manusia Aparatur": "sdm",
    "Pengawasan": "pengawasan",
    "Akuntabilitas Kinerja": "akuntabilitas",
    "Pola Pikir (Mind Set) dan Budaya Kerja (Culture Set)": "pola-pikir",
    "Pelayanan Publik": "pelayanan-publik",
}


def seed_rows() -> list[tuple[str, int, list[str]]]:
    """(area id, row number in the area, the 12 cells) for every row of Table 3.2."""
    rows: list[tuple[str, int, list[str]]] = []
    counts: dict[str, int] = {}
    area = ""
    for line in SEED_TABLE_3_2.splitlines():
        cells = [c.strip().replace("<i>", "").replace("</i>", "") for c in line.split("\t")]
        if all(c == "" for c in cells[1:]):
            area = HEADERS[cells[0]]  # a repeated header continues the same area
            continue
        counts[area] = counts.get(area, 0) + 1
        rows.append((area, counts[area], cells))
    return rows


ROWS = seed_rows()
SAMPLE = probolinggo()


def test_the_table_has_every_row() -> None:
    assert len(ROWS) == 41
    assert sum(len(a.actions) for a in SAMPLE.areas) == 41


@pytest.mark.parametrize(("area", "number", "cells"), ROWS, ids=[f"{a}-{n}" for a, n, _ in ROWS])
def test_every_cell_of_table_3_2(area: str, number: int, cells: list[str]) -> None:
    action = SAMPLE.action(f"{area}-{number}")
    assert SAMPLE.area_of(action.id) is not None
    assert SAMPLE.area_of(action.id).id == area  # type: ignore[union-attr]
    problem, text, result, condition, *targets, programme, budget, units = cells
    row = SAMPLE.resolve(action)

    assert [p.text for p in action.problems] == [problem]
    assert action.text == (text or None)
    assert (action.result.text if action.result else None) == (result or None)
    assert action.expected_condition == (condition or None)

    if any(targets):
        assert action.targets is not None
        # The seed writes "100 %" with a space in one row; its canonical notation is "100%".
        assert list(action.targets.notation()) == [t.replace(" %", "%") for t in targets]
        assert [rb.parse_value(t) for t in targets] == [v for _, v in action.targets.items()]
        assert action.targets.years == (2018, 2019, 2020, 2021, 2022)
    else:
        assert action.targets is None

    assert action.programme == (programme or None)
    assert action.budget == (rb.parse_rupiah(budget) if budget else None)
    if units:
        # One cell may name several units, run together or with a comma.
        assert units in {" ".join(action.units), ", ".join(action.units)}
    else:
        assert action.units == ()

    # A blank cell is covered by a merged cell of an earlier row of the same area.
    for own, resolved in [
        (action.programme, row.programme),
        (action.units or None, row.units or None),
        (action.targets, row.targets),
        (action.budget, row.budget),
    ]:
        if own is not None:
            assert resolved == own
    if not programme:
        assert action.shares is not None
        assert row.programme is not None


MERGED = {
    # row: the row whose merged cells it shares, as read from the table
    "organisasi-2": "organisasi-1",
    "tatalaksana-2": "tatalaksana-1",
    "sdm-2": "sdm-1",
    "sdm-3": "sdm-1",
    "sdm-4": "sdm-1",
    "sdm-7": "sdm-6",
    "sdm-8": "sdm-6",
    "sdm-9": "sdm-6",
    "pengawasan-2": "pengawasan-1",
    "pengawasan-5": "pengawasan-1",
    "pengawasan-7": "pengawasan-6",
    "pengawasan-9": "pengawasan-6",
    "pelayanan-publik-2": "pelayanan-publik-1",
    "pelayanan-publik-5": "pelayanan-publik-4",
    "pelayanan-publik-8": "pelayanan-publik-6",
    "pola-pikir-2": "pola-pikir-1",
}


@pytest.mark.parametrize(("row", "owner"), MERGED.items())
def test_merged_cells(row: str, owner: str) -> None:
    assert SAMPLE.action(row).shares == owner


def test_four_sdm_actions_share_one_target_and_one_budget() -> None:
    for n in (2, 3, 4):
        row = SAMPLE.resolve(f"sdm-{n}")
        assert row.text == SAMPLE.action(f"sdm-{n}").text
        assert row.budget == 200_000_000
        assert row.budget_owner == row.target_owner == "sdm-1"
        assert row.result is not None
        assert row.result.text == "Dokumen dan laporan ABK, Evjab dan standar kompetensi jabatan"


def test_problems_with_a_result_but_no_action_of_their_own() -> None:
    for n, result in ((7, "Dokumen talent pool"), (8, "Jaminan kepastian hukum kepada pegawai")):
        action = SAMPLE.action(f"sdm-{n}")
        assert action.text is None
        assert action.result is not None
        assert action.result.text == result
        row = SAMPLE.resolve(action)
        assert row.text == SAMPLE.action("sdm-6").text
        assert row.budget_owner == "sdm-6"


def test_a_repeated_header_continues_the_area() -> None:
    area = SAMPLE.entity("pelayanan-publik")
    assert isinstance(area, rb.Area)
    assert len(area.actions) == 8
    assert [a.id for a in SAMPLE.areas].count("pelayanan-publik") == 1


def test_units_resolve_through_the_registry_unless_misspelt() -> None:
    names = {name for action in SAMPLE.actions() for name in action.units}
    unknown = sorted(n for n in names if SAMPLE.unit(n) is None)
    assert unknown == ["Bag. Pemerintahan", "DPMPPTSP"]
    group = SAMPLE.unit("di seluruh OPD")
    assert isinstance(group, rb.UnitGroup)
    assert group.size == 39


# -- the other parts of the chapter: counts per area and per table part


@pytest.mark.parametrize(
    ("area", "number", "name", "improvements", "goals", "rows"),
    [
        ("organisasi", 1, "Penataan dan Penguatan Organisasi", 4, 2, 4),
        ("tatalaksana", 2, "Tatalaksana", 5, 3, 5),
        ("peraturan", 3, "Peraturan Perundang - undangan", 1, 2, 1),
        ("sdm", 4, "Sumber Daya Manusia", 7, 2, 9),
        ("pengawasan", 5, "Pengawasan", 11, 2, 9),
        ("akuntabilitas", 6, "Akuntabilitas Kinerja", 11, 1, 3),
        ("pelayanan-publik", 7, "Pelayanan Publik", 6, 2, 8),
        ("pola-pikir", 8, "Pola Pikir dan Budaya Kerja", 4, 2, 2),
    ],
)
def test_areas(area: str, number: int, name: str, improvements: int, goals: int, rows: int) -> None:
    found = SAMPLE.entity(area)
    assert isinstance(found, rb.Area)
    assert (found.number, found.name, found.standard) == (number, name, area)
    assert [i.label for i in found.improvements] == list("abcdefghijk"[:improvements])
    assert len(found.goals) == goals
    assert len(found.actions) == rows


def test_improvement_items_as_written() -> None:
    akuntabilitas = SAMPLE.entity("akuntabilitas")
    assert isinstance(akuntabilitas, rb.Area)
    items = {i.label: i.text for i in akuntabilitas.improvements}
    assert items["e"] == items["i"]  # the document lists this item twice
    tatalaksana = SAMPLE.entity("tatalaksana")
    assert isinstance(tatalaksana, rb.Area)
    assert tatalaksana.improvements[0].text == (
        "Pelaksanaan evaluasi terhadap penyusunan bussines process OPD"
    )
    pola_pikir = SAMPLE.entity("pola-pikir")
    assert isinstance(pola_pikir, rb.Area)
    assert pola_pikir.improvements[1].text == (
        "Penerapan budaya kerja berbasis kinerja mengutamakan output dan outcome yang "
        "terukur dan nyata;"
    )


def test_table_3_1_parts() -> None:
    assert [g.text[:13] for g in SAMPLE.goals] == [
        "terwujudnya p",
        "meningkatnya ",
        "meningkatnya ",
    ]
    assert [a.name for a in SAMPLE.achievements] == [
        "Pemerintahan bersih dan bebas KKN",
        "Kualitas pelayanan publik",
        "Kapasitas dan akuntabilitas kinerja",
    ]
    assert [len(a.goals) for a in SAMPLE.achievements] == [1, 3, 2]
    assert [len(a.items) for a in SAMPLE.achievements] == [1, 3, 2]
    assert [s.name for s in SAMPLE.services] == [
        "Pelayanan bidang kesehatan",
        "Pelayanan bidang pendidikan",
        "Pelayanan bidang perizinan",
        "Pelayanan bidang kependudukan dan pencatatan sipil",
    ]
    assert [len(s.goals) for s in SAMPLE.services] == [1, 1, 2, 3]
    assert [len(s.items) for s in SAMPLE.services] == [0, 0, 2, 3]
    assert [(q.field, q.service) for q in SAMPLE.quick_wins] == [
        ("Bidang Kesehatan", "kesehatan"),
        ("Bidang Pendidikan", "pendidikan"),
        ("Bidang Perizinan Usaha", "perizinan"),
        ("Bidang Kependudukan dan Pencatatan Sipil", "kependudukan"),
    ]


def test_the_ikm_baseline_and_target() -> None:
    ikm = SAMPLE.entity("ikm")
    assert isinstance(ikm, rb.Indicator)
    # 3.1.2: "79,30 ... dengan kategori baik" in 2017; Table 3.1 B: "lebih dari 85,00
    # (sangat baik)", without a year.
    assert ikm.baseline.items() == ((2017, rb.IndexScore("IKM", Decimal("79.30"))),)
    assert ikm.baseline_category == "baik"
    assert ikm.targets is None
    assert ikm.aim == rb.Threshold(rb.Comparison.MORE_THAN, rb.IndexScore("IKM", Decimal("85.00")))
    assert ikm.target_category == "sangat baik"


def test_stages() -> None:
    assert [(s.year, len(s.steps)) for s in SAMPLE.stages] == [
        (2018, 7),
        (2019, 5),
        (2020, 5),
        (2021, 5),
        (2022, 4),
    ]
    assert SAMPLE.stages[0].steps[0].text == (
        "menyusun tim reformasi birokrasi Kota Probolinggo sesuai dengan ketentuan yang berlaku;"
    )


def test_programmes() -> None:
    assert [(p.number, p.name, len(p.activities)) for p in SAMPLE.programmes] == [
        (1, "Program peningkatan kapasitas kelembagaan", 4),
        (2, "Program penataan peraturan perundang-undangan", 4),
        (3, "Program Peningkatan Kapasitas Sumber Daya Aparatur", 5),
        (4, "Program peningkatan pengawasan", 5),
        (5, "Program perencanaan dan pematapan pembangunan daerah", 5),
        (6, "Program peningkatan kuantitas dan kualitas pelayanan publik", 3),
    ]
    assert SAMPLE.programmes[2].activities[4].text == (
        "Pemanfaatan teknologi informasi dalam penataan, peningkatan dan pengembangan Aparatur "
        "yang terintegrasi"
    )


def test_teams() -> None:
    pengarah, pelaksana, monev = SAMPLE.teams
    assert [t.number for t in SAMPLE.teams] == ["1", "2", "4"]  # as numbered in the document
    assert pengarah.holders(rb.Role.CHAIR) == ("Walikota", "Wakil Walikota")
    assert pengarah.holders(rb.Role.SECRETARY) == ("Sekretaris Daerah", "Asisten Administrasi Umum")
    assert [(m.holder, m.title) for m in pelaksana.members if m.role is rb.Role.CHAIR] == [
        ("Sekretaris Daerah", "Ketua I"),
        ("Asisten Administrasi Umum Setda", "Ketua II"),
    ]
    assert pelaksana.holders(rb.Role.MEMBER) == ("semua kepala OPD",)
    assert len(pelaksana.duties) == 6
    assert monev.holders(rb.Role.CHAIR) == ("Inspektur Inspektorat",)
    assert len(monev.duties) == 3


def test_every_target_schedule_shape_of_the_seed_is_present() -> None:
    shapes = {target.shape for _, target in SAMPLE.targets()}
    assert shapes == {
        rb.Shape.CUMULATIVE,
        rb.Shape.STEADY,
        rb.Shape.ONE_OFF,
        rb.Shape.PERIODIC,
        rb.Shape.ENDING_EARLY,
    }


# -- the budget summary


def test_budget_summary_counts_each_budget_once() -> None:
    summary = budget_summary(SAMPLE)
    # Hand-added from column 11: every budget cell of the table once.
    assert summary.total == sum(rb.parse_rupiah(c[10]) for _, _, c in ROWS if c[10])
    assert summary.total == 5_535_000_000
    assert summary.by_area == {
        "organisasi": 420_000_000,
        "tatalaksana": 350_000_000,
        "peraturan": 50_000_000,
        "sdm": 1_250_000_000,
        "pengawasan": 1_290_000_000,
        "akuntabilitas": 300_000_000,
        "pelayanan-publik": 1_650_000_000,
        "pola-pikir": 225_000_000,
    }


def test_budget_totals_add_up() -> None:
    summary = budget_summary(SAMPLE)
    assert sum(summary.by_area.values()) == summary.total
    assert sum(summary.by_programme.values()) == summary.total
    assert sum(summary.by_unit.values()) == summary.total
    assert sum(summary.by_year.values()) == summary.period_total


def test_budget_by_programme_follows_merged_cells() -> None:
    by_programme = budget_summary(SAMPLE).by_programme
    assert by_programme["Program good governance"] == 1_290_000_000  # all of Pengawasan
    # Two spellings that differ only in capitals count together, under the first one.
    assert by_programme["Program peningkatan disiplin aparatur"] == 150_000_000
    assert "Program peningkatan Disiplin Aparatur" not in by_programme
    assert by_programme["program-kapasitas-kelembagaan"] == 420_000_000


def test_budget_split_between_several_units() -> None:
    by_unit = budget_summary(SAMPLE).by_unit
    # "BAPPEDA BPPKAD Diskominfo" share Rp50.000.000: 16.666.667 + 16.666.667 + 16.666.666.
    assert by_unit["bappeda"] == 16_666_667
    assert by_unit["DPMPPTSP"] == 350_000_000  # kept as written, not corrected
    assert by_unit["seluruh-opd"] == 150_000_000


def test_budget_by_year_counts_due_years_only() -> None:
    by_year = budget_summary(SAMPLE).by_year
    assert by_year[2019] == 5_535_000_000  # every row is due in 2019
    # 2018: rows with '-' in 2018 (pola-pikir-2, pelayanan-publik-1, -2, -6) fund nothing.
    assert by_year[2018] == 5_535_000_000 - (75 + 200 + 100 + 250) * 1_000_000


def test_sample_is_fresh_on_each_call() -> None:
    # That it is cheap (a few milliseconds) is measured in benchmarks/run.py.
    roadmap = probolinggo()
    assert roadmap == SAMPLE
    assert roadmap is not SAMPLE
    assert probolinggo() is not roadmap
