"""Road maps for the rule tests: one that no rule flags, helpers to break it, and a
rule of a city's own.

`clean()` builds a small but complete road map (the eight standard areas of the
2015-2019 set, one or two rows each, one area's row under a plan hierarchy of
programme, activity and sub-activity, programmes, units, stages, teams, an
achievement with an IKM indicator, a priority service, a quick win and the
regulation that enacts it) on which the whole catalogue finds nothing. Each rule's
test changes one thing in it. `budget_over_400m` (KOTA001) is a custom rule as a city
would write one, run beside the catalogue and documented by the same reference
generator.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any

import attrs
import pendulum

import rbroadmap as rb
from rbroadmap.messages import Message
from rbroadmap.rules import Context, Severity, Violation, rule

T = rb.Target.of

# (id, name, problem, action, result, condition, improvements, goal, unit, programme)
AREAS: tuple[tuple[str, str, str, str, str, str, tuple[str, str], str, str, int], ...] = (
    (
        "organisasi",
        "Penataan dan Penguatan Organisasi",
        "Masih ada tumpang tindih tugas dan fungsi perangkat daerah",
        "Penataan tugas dan fungsi perangkat daerah sesuai kewenangan",
        "Peraturan walikota tentang tugas dan fungsi",
        "Tugas dan fungsi perangkat daerah jelas",
        ("Perbaikan tupoksi perangkat daerah sesuai kewenangan", "Evaluasi kelembagaan berkala"),
        "Organisasi yang tepat fungsi dan tepat ukuran",
        "Bag. Organisasi Setda",
        0,
    ),
    (
        "tatalaksana",
        "Tatalaksana",
        "Prosedur operasional standar belum lengkap",
        "Penyusunan prosedur operasional standar seluruh layanan",
        "Dokumen prosedur operasional standar",
        "Proses kerja yang jelas dan terukur",
        ("Penyusunan peta proses bisnis", "Penerapan absensi berbasis teknologi informasi"),
        "Tatalaksana pemerintahan yang efektif dan efisien",
        "Bag. Organisasi Setda",
        0,
    ),
    (
        "peraturan",
        "Peraturan Perundang-undangan",
        "Belum ada aturan tentang diskresi pimpinan",
        "Penyusunan peraturan tentang diskresi",
        "Regulasi diskresi pimpinan",
        "Kepastian hukum penyelenggaraan pemerintahan",
        ("Penyusunan aturan tentang diskresi", "Harmonisasi produk hukum daerah"),
        "Regulasi yang tertib dan harmonis",
        "Bag. Hukum Setda",
        0,
    ),
    (
        "sdm",
        "Sumber Daya Manusia",
        "Standar kompetensi jabatan belum tersedia",
        "Penetapan standar kompetensi jabatan",
        "Dokumen standar kompetensi jabatan",
        "Penempatan pegawai sesuai kompetensi",
        ("Analisis jabatan dan beban kerja", "Pendidikan dan pelatihan aparatur"),
        "Aparatur yang profesional dan berintegritas",
        "BKPSDM",
        1,
    ),
    (
        "pengawasan",
        "Pengawasan",
        "Kapasitas auditor internal masih terbatas",
        "Sertifikasi auditor internal",
        "Sertifikat auditor internal",
        "Tingkat maturitas SPIP mencapai level 3 (terdefinisi)",
        ("Penguatan unit pengendalian gratifikasi", "Pembentukan sistem pelaporan pelanggaran"),
        "Pemerintahan yang bersih dan akuntabel",
        "Inspektorat",
        1,
    ),
    (
        "akuntabilitas",
        "Akuntabilitas Kinerja",
        "Indikator kinerja utama belum selaras",
        "Penyusunan indikator kinerja utama",
        "Keputusan walikota tentang indikator kinerja",
        "Perencanaan kinerja yang selaras",
        ("Penyusunan indikator kinerja individu", "Pengembangan aplikasi pelaporan kinerja"),
        "Akuntabilitas kinerja yang meningkat",
        "Bag. Organisasi Setda",
        0,
    ),
    (
        "pelayanan-publik",
        "Pelayanan Publik",
        "Survei kepuasan masyarakat belum rutin",
        "Pelaksanaan survei kepuasan masyarakat",
        "Laporan survei kepuasan masyarakat",
        "Layanan yang memuaskan warga",
        ("Pengembangan kanal pengaduan terpadu", "Penerapan standar pelayanan"),
        "Pelayanan publik yang prima",
        "DPMPTSP",
        1,
    ),
    (
        "pola-pikir",
        "Pola Pikir dan Budaya Kerja",
        "Budaya kerja berorientasi hasil belum tumbuh",
        "Pembentukan agen perubahan",
        "Keputusan tentang agen perubahan",
        "Budaya kerja yang berorientasi hasil",
        ("Internalisasi nilai budaya kerja", "Penghargaan bagi inovator"),
        "Budaya kerja yang inovatif",
        "Diskominfo",
        1,
    ),
)

PROGRAMMES = (
    rb.Programme(
        id="kelembagaan",
        number=1,
        name="Program Penataan Kelembagaan",
        activities=[
            rb.Item(label="a", text="Penataan struktur organisasi"),
            rb.Item(label="b", text="Penyusunan prosedur kerja"),
        ],
    ),
    rb.Programme(
        id="kapasitas-sda",
        number=2,
        name="Program Peningkatan Kapasitas Sumber Daya Aparatur",
        activities=[
            rb.Item(label="a", text="Pendidikan dan pelatihan teknis"),
            rb.Item(label="b", text="Peningkatan disiplin aparatur"),
        ],
    ),
)

UNITS = rb.UnitRegistry(
    units=[
        rb.ResponsibleUnit(id="bag-organisasi", name="Bag. Organisasi Setda"),
        rb.ResponsibleUnit(id="bag-hukum", name="Bag. Hukum Setda"),
        rb.ResponsibleUnit(id="bkpsdm", name="BKPSDM"),
        rb.ResponsibleUnit(id="inspektorat", name="Inspektorat"),
        rb.ResponsibleUnit(id="dpmptsp", name="DPMPTSP"),
        rb.ResponsibleUnit(id="diskominfo", name="Diskominfo"),
    ],
    groups=[
        rb.UnitGroup(
            id="seluruh-opd", name="seluruh OPD", aliases=["di seluruh OPD"], size=39, unit="OPD"
        )
    ],
)


def _area(number: int, data: tuple[Any, ...]) -> rb.Area:
    code, name, problem, action, result, condition, items, goal, unit, programme = data
    actions = [
        rb.Action(
            id=f"{code}-1",
            problems=[rb.Problem(id=f"{code}-1-masalah", text=problem)],
            text=action,
            result=rb.Result(id=f"{code}-1-hasil", text=result),
            expected_condition=condition,
            targets=T(2018, "25%", "50%", "75%", "100%", "100%"),
            programme=PROGRAMMES[programme].name,
            budget=100_000_000,
            units=[unit],
        )
    ]
    if code == "pengawasan":
        actions.append(
            rb.Action(
                id="pengawasan-2",
                problems=[
                    rb.Problem(id="pengawasan-2-masalah", text="Penilaian mandiri belum ada")
                ],
                text="Pembentukan tim penilaian mandiri",
                result=rb.Result(id="pengawasan-2-hasil", text="Dokumen penilaian mandiri"),
                expected_condition="Tercapainya Indeks Reformasi Birokrasi dengan kategori A "
                "(Memuaskan)",
                targets=T(2018, "IRB 70", "IRB 73", "IRB 76", "IRB 79", "IRB 82"),
                programme=PROGRAMMES[1].name,
                budget=50_000_000,
                units=["Inspektorat"],
            )
        )
    if code == "pelayanan-publik":
        actions.append(
            rb.Action(
                id="pelayanan-publik-2",
                problems=[
                    rb.Problem(id="pelayanan-publik-2-masalah", text="Zona integritas belum luas")
                ],
                text="Pendampingan pembangunan zona integritas",
                result=rb.Result(id="pelayanan-publik-2-hasil", text="Satuan kerja berpredikat"),
                expected_condition="Seluruh OPD membangun zona integritas",
                targets=T(2018, "3 OPD", "10 OPD", "20 OPD", "30 OPD", "39 OPD"),
                shares="pelayanan-publik-1",
            )
        )
    hierarchy: dict[str, Any] = {"actions": actions}
    if code == "tatalaksana":  # its row sits under a plan hierarchy, as regions write them
        hierarchy = {"programmes": [_plan(code, actions)]}
    return rb.Area(
        id=code,
        number=number,
        name=name,
        standard=code,
        improvements=[rb.Item(label=label, text=t) for label, t in zip("ab", items, strict=True)],
        goals=[rb.Goal(id=f"{code}-sasaran-1", text=goal)],
        **hierarchy,
    )


def _plan(code: str, actions: list[rb.Action]) -> rb.PlanProgramme:
    """A programme of a plan hierarchy with one activity and one sub-activity over *actions*."""
    return rb.PlanProgramme(
        id=f"{code}-program",
        label="1",
        name="Program Penataan Kelembagaan",
        activities=[
            rb.Activity(
                id=f"{code}-kegiatan",
                label="1",
                name="Penyusunan prosedur operasional standar pelayanan",
                sub_activities=[
                    rb.SubActivity(
                        id=f"{code}-sub-kegiatan",
                        label="1",
                        name="Penyusunan prosedur operasional standar perangkat daerah",
                        actions=actions,
                    )
                ],
            )
        ],
    )


def clean(**changes: Any) -> rb.RoadMap:
    """A road map on which no built-in rule finds anything."""
    fields: dict[str, Any] = {
        "id": "kota-contoh-2018-2022",
        "government": "Kota Contoh",
        "title": "Road Map Reformasi Birokrasi Kota Contoh",
        "period": rb.Period(2018, 2022),
        "area_set": "permenpanrb-11-2015",
        "areas": [_area(i, data) for i, data in enumerate(AREAS, start=1)],
        "achievements": [
            rb.Achievement(
                id="kualitas-pelayanan",
                number=1,
                name="Kualitas pelayanan publik",
                goals=[
                    rb.Goal(
                        id="kualitas-pelayanan-sasaran-1",
                        text="Indeks Kepuasan Masyarakat (IKM) sebesar 79,30 (baik) "
                        "ditingkatkan menjadi paling sedikit 88,31 (sangat baik)",
                    )
                ],
                indicators=[
                    rb.Indicator(
                        id="ikm",
                        name="Indeks Kepuasan Masyarakat",
                        baseline=rb.Baseline(values={2017: rb.IndexScore("IKM", Decimal("79.30"))}),
                        baseline_category="baik",
                        targets=rb.Target(values={2022: rb.IndexScore("IKM", Decimal("88.31"))}),
                        target_category="sangat baik",
                    )
                ],
            )
        ],
        "services": [
            rb.PriorityService(
                id="perizinan",
                number=1,
                name="Pelayanan bidang perizinan",
                items=[rb.Item(label="a", text="Penyederhanaan prosedur perizinan")],
                goals=[rb.Goal(id="perizinan-sasaran-1", text="Perizinan yang cepat dan mudah")],
            )
        ],
        "quick_wins": [
            rb.QuickWin(
                id="sipadu",
                number=1,
                field="Bidang Perizinan",
                text="Perizinan daring terpadu",
                service="perizinan",
            )
        ],
        "stages": [
            rb.Stage(
                id=f"tahap-{year}",
                year=year,
                description=f"Tahun {year} pelaksanaan reformasi birokrasi",
                steps=[
                    rb.Item(label="a", text="Melaksanakan reformasi birokrasi secara bertahap"),
                    rb.Item(label="b", text="Melakukan monitoring dan evaluasi"),
                ],
            )
            for year in range(2018, 2023)
        ],
        "programmes": PROGRAMMES,
        "teams": [
            rb.Team(
                id="tim-pengarah",
                number="1",
                name="Tim Pengarah",
                duties=[rb.Item(label="a", text="Mengarahkan pelaksanaan reformasi birokrasi")],
                members=[
                    rb.TeamMember(role=rb.Role.CHAIR, holder="Walikota"),
                    rb.TeamMember(role=rb.Role.SECRETARY, holder="Sekretaris Daerah"),
                ],
            ),
            rb.Team(
                id="tim-pelaksana",
                number="2",
                name="Tim Pelaksana",
                duties=[rb.Item(label="a", text="Menyusun rencana pelaksanaan reformasi")],
                members=[rb.TeamMember(role=rb.Role.CHAIR, holder="Sekretaris Daerah")],
            ),
        ],
        "units": UNITS,
        "regulation": rb.Regulation(
            instrument="Peraturan Wali Kota",
            number="12",
            year=2018,
            enacted=pendulum.date(2018, 3, 1),
            title="Road Map Reformasi Birokrasi Kota Contoh Tahun 2018-2022",
        ),
    }
    fields.update(changes)
    return rb.RoadMap(**fields)


def replace(items: Iterable[Any], item_id: str, **changes: Any) -> tuple[Any, ...]:
    """The items, with the one whose id is *item_id* changed."""
    found = False
    out = []
    for item in items:
        if item.id == item_id:
            found = True
            out.append(attrs.evolve(item, **changes))
        else:
            out.append(item)
    assert found, item_id
    return tuple(out)


def with_area(roadmap: rb.RoadMap, area_id: str, **changes: Any) -> rb.RoadMap:
    """The road map with one area changed."""
    return attrs.evolve(roadmap, areas=replace(roadmap.areas, area_id, **changes))


def with_action(roadmap: rb.RoadMap, action_id: str, **changes: Any) -> rb.RoadMap:
    """The road map with one action plan row changed, wherever it sits in its area."""
    area = roadmap.area_of(action_id)
    assert area is not None, action_id
    changed, found = _with_row(area, action_id, changes)
    assert found, action_id
    return attrs.evolve(roadmap, areas=replace(roadmap.areas, area.id, **_fields(changed)))


_HOLDING = ("actions", "programmes", "activities", "sub_activities")
"""The fields through which an area and its plan hierarchy hold rows."""


def _fields(holder: Any) -> dict[str, Any]:
    return {name: getattr(holder, name) for name in _HOLDING if hasattr(holder, name)}


def _with_row(holder: Any, action_id: str, changes: dict[str, Any]) -> tuple[Any, bool]:
    """*holder* (an area or a level of its plan) with the row *action_id* changed."""
    for name in _HOLDING:
        items = getattr(holder, name, ())
        for i, item in enumerate(items):
            if isinstance(item, rb.Action) and item.id == action_id:
                new = attrs.evolve(item, **changes)
            else:
                new, found = (
                    (item, False)
                    if isinstance(item, rb.Action)
                    else _with_row(item, action_id, changes)
                )
                if not found:
                    continue
            return attrs.evolve(holder, **{name: (*items[:i], new, *items[i + 1 :])}), True
    return holder, False


def add_action(roadmap: rb.RoadMap, area_id: str, action: rb.Action) -> rb.RoadMap:
    """The road map with one more row in an area."""
    area = next(a for a in roadmap.areas if a.id == area_id)
    return with_area(roadmap, area_id, actions=(*area.actions, action))


def row(action_id: str, **changes: Any) -> rb.Action:
    """A complete row with its own cells, as in the clean road map."""
    fields: dict[str, Any] = {
        "id": action_id,
        "problems": [rb.Problem(id=f"{action_id}-masalah", text="Masalah tambahan yang nyata")],
        "text": "Aksi tambahan yang jelas",
        "result": rb.Result(id=f"{action_id}-hasil", text="Hasil tambahan yang terukur"),
        "expected_condition": "Kondisi tambahan yang diharapkan",
        "targets": T(2018, "25%", "50%", "75%", "100%", "100%"),
        "programme": PROGRAMMES[0].name,
        "budget": 10_000_000,
        "units": ["BKPSDM"],
    }
    fields.update(changes)
    return rb.Action(**fields)


def codes(report: rb.Report) -> set[str]:
    """The codes of the findings (not waived) of a report."""
    return {f.code for f in report}


# -- a rule of a city's own


@rule(
    code="KOTA001",
    name="budget-over-400m",
    severity=Severity.WARNING,
    summary=Message("Anggaran di atas Rp400 juta", "Budget above Rp400 million"),
    what="That no row's budget exceeds Rp400.000.000.",
    why="Above that the city's procurement rules apply.",
    example="`budget=500_000_000`.",
)
def budget_over_400m(ctx: Context) -> Iterator[Violation]:
    for r in ctx.rows:
        if r.owns("budget") and (r.action.budget or 0) > 400_000_000:
            yield Violation(
                entity_id=r.id,
                field="budget",
                value=r.action.budget,
                message=Message("anggaran terlalu besar", "budget too large"),
            )
