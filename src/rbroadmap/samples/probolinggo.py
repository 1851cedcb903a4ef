"""Kota Probolinggo road map 2018-2022 (*Road Map RB Kota Probolinggo*), complete.

Chapter III of the road map of Kota Probolinggo (East Java), *Agenda Reformasi
Birokrasi Pemerintah Kota Probolinggo*, encoded from plain Python data: the
improvement items of the eight areas (3.1.1), the achievements to maintain
(3.1.2) and the priority services (3.1.3); Table 3.1 parts A-D and the stages
2018-2022 (3.2); the six programmes and their activities (3.3); the teams
(3.4); and every row of the action plan, Table 3.2 (3.5).

**As written.** Texts and values are the document's own, typos included
(``tatalaksanan``, ``eletronik``, ``reuiu``, ``movev``, ``DPMPPTSP``,
``inventasi``). Only the markup of the PDF-to-text conversion is dropped: the
italics around foreign words (``business process``, ``good governance``) and
the paragraph tags of Table 3.1. The cell ``100 %`` is held as the value 100%,
whose canonical notation is ``100%``. Where the document is wrong, the rules
say so (`rbroadmap.validate`); this module never corrects it.

**The reading of ambiguous cells** is written beside each row below. In short:
a blank cell covered by a merged cell of an earlier row is expressed with
``shares`` (see `rbroadmap.model`), so a merged budget or target counts once; a
blank unit cell continues the unit above; an area header repeated after a page
break ("Pelayanan Publik") continues the same area; a unit cell that runs
several unit names together is split into those names. Table 3.2 lists *Pola
Pikir* before *Pelayanan Publik*; the areas keep the numbering of 3.1.1, where
*Pelayanan Publik* is 7 and *Pola Pikir* 8.

**The unit registry** lists every unit the action plan names in its usual
spelling. The document's group "seluruh OPD" (all OPD) counts 39 units: the
integrity-zone target grows to ``39 OPD`` for *Seluruh OPD* (Pengawasan, row
6), and the SPIP target covers ``39 OPD``. Spellings the registry does not
list (``Bag. Pemerintahan``, ``DPMPPTSP``) stay as written for the rules to
report.

>>> roadmap = probolinggo()
>>> roadmap.government, str(roadmap.period), len(roadmap.areas)
('Kota Probolinggo', '2018-2022', 8)
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final, NamedTuple

from rbroadmap.model import (
    Achievement,
    Action,
    Area,
    Baseline,
    Goal,
    Indicator,
    Item,
    Period,
    PriorityService,
    Problem,
    Programme,
    QuickWin,
    Result,
    RoadMap,
    Role,
    Stage,
    Target,
    Team,
    TeamMember,
)
from rbroadmap.notation import parse_rupiah, parse_value
from rbroadmap.units import ResponsibleUnit, UnitGroup, UnitRegistry

__all__ = ["probolinggo"]

PERIOD: Final = Period(2018, 2022)


class _Row(NamedTuple):
    """One row of Table 3.2 as written.

    ``shares`` is the 1-based number of the row in the same area whose merged
    cells cover this row's blank ones.
    """

    problem: str
    action: str | None
    result: str | None
    condition: str | None
    targets: tuple[str, str, str, str, str] | None
    programme: str | None
    budget: str | None
    units: tuple[str, ...]
    shares: int | None = None


class _AreaData(NamedTuple):
    id: str
    number: int
    name: str
    standard: str
    other_names: tuple[str, ...]
    goals: tuple[str, ...]


# -- 3.1.1 and Table 3.1 part A: the eight areas, named as in the headings of 3.1.1.
# other_names: the other spellings of the same area in Table 3.1 and Table 3.2.
_AREAS: Final = (
    _AreaData(
        "organisasi",
        1,
        "Penataan dan Penguatan Organisasi",
        "organisasi",
        (),
        # Table 3.1 runs the area's two goals together in one cell; the second
        # starts at the capital "Optimalisasi".
        (
            "Organisasi yang tepat fungsi dan tugas serta dinamis sesuai ketentuan peraturan "
            "perundang-undangan",
            "Optimalisasi kebijakan dan pelaksanaan serta pelimpahan kewenangan urusan "
            "pemerintah daerah",
        ),
    ),
    _AreaData(
        "tatalaksana",
        2,
        "Tatalaksana",
        "tatalaksana",
        (),
        # Three goals run together in one cell, each starting with a capital.
        (
            "Penataan, penyempurnaan dan perbaikan tatalaksana pemerintah dan perangkat daerah "
            "sesuai ketentuan peraturan perundang-undangan",
            "Peningkatan dan pemenuhan manajemen kelembagaan yang modern sesuai "
            "prinsip-prinsip good governance",
            "Pengelolaan kelembagaan dengan sistem prosedur kerja yang jelas, efektif, efisien "
            "dan terukur",
        ),
    ),
    _AreaData(
        "peraturan",
        3,
        "Peraturan Perundang - undangan",
        "peraturan",
        ("Peraturan Perundang-undangan",),
        (
            "Penguatan kebijakan kepala daerah dalam pengelolaan dan pelimpahan kewenangan "
            "urusan pemerintah daerah",
            "Penataan sistem administrasi, dokumentasi, evaluasi dan sosialisasi penyusunan "
            "dan pembentukan peraturan perundang-undangan dengan teknologi informasi yang "
            "terintegrasi",
        ),
    ),
    _AreaData(
        "sdm",
        4,
        "Sumber Daya Manusia",
        "sdm",
        ("Sumber Daya Manusia Aparatur",),
        (
            "Peningkatan kebijakan dan pengelolaan sistem manajemen ASN yang profesional, "
            "transparan dan berintegritas",
            "Peningkatan kompetensi, kualitas, disiplin dan kesejahteraan ASN",
        ),
    ),
    _AreaData(
        "pengawasan",
        5,
        "Pengawasan",
        "pengawasan",
        (),
        (
            "Peningkatan Kapasitas, kapabilitas dan integritas lembaga pengawasan intern "
            "pemerintah daerah",
            "Implementasi pelaksanaan pengawasan dengan teknologi informasi yang terintegrasi",
        ),
    ),
    _AreaData(
        "akuntabilitas",
        6,
        "Akuntabilitas Kinerja",
        "akuntabilitas",
        ("Akuntabilitas kinerja",),
        ("Peningkatan akuntabilitas kinerja penyelenggaraan pemerintahan dan perangkat daerah",),
    ),
    _AreaData(
        "pelayanan-publik",
        7,
        "Pelayanan Publik",
        "pelayanan-publik",
        (),
        (
            "Pemenuhan pedoman, prosedur dan standard pelayanan publik sesuai peraturan "
            "perundang-undangan",
            "Peningkatan kualitas dan kuantitas layanan publik pemerintah dan perangkat daerah",
        ),
    ),
    _AreaData(
        "pola-pikir",
        8,
        "Pola Pikir dan Budaya Kerja",
        "pola-pikir",
        ("Pola Pikir dan budaya kerja", "Pola Pikir (Mind Set) dan Budaya Kerja (Culture Set)"),
        (
            "Penguatan internalisasi dan regulasi budaya dan pola pikir kinerja pada "
            "pemerintah dan perangkat daerah",
            "Peningkatan inovasi dan kuantitas agen perubahan pada perangkat daerah",
        ),
    ),
)

# -- 3.2: the general goals of the reform, from the Grand Design 2010-2025.
_GENERAL_GOALS: Final = (
    "terwujudnya pemerintahan yang bersih dan bebas korupsi, kolusi, dan nepotisme",
    "meningkatnya kualitas pelayanan publik kepada masyarakat",
    "meningkatnya kapasitas dan akuntabilitas kinerja birokrasi",
)

# -- 3.3: the six programmes, in order, with their ids.
_PROGRAMMES: Final = (
    ("program-kapasitas-kelembagaan", "Program peningkatan kapasitas kelembagaan"),
    ("program-penataan-peraturan", "Program penataan peraturan perundang-undangan"),
    # The heading runs into its description: "3. Program Peningkatan Kapasitas Sumber
    # Daya Aparatur pelaksanaan program ini dilaksanakan untuk ...".
    (
        "program-kapasitas-sumber-daya-aparatur",
        "Program Peningkatan Kapasitas Sumber Daya Aparatur",
    ),
    ("program-peningkatan-pengawasan", "Program peningkatan pengawasan"),
    ("program-perencanaan-pembangunan", "Program perencanaan dan pematapan pembangunan daerah"),
    ("program-pelayanan-publik", "Program peningkatan kuantitas dan kualitas pelayanan publik"),
)

# -- The units Table 3.2 names, in their usual spelling.
_UNITS: Final = (
    ("bag-organisasi", "Bag. Organisasi Setda"),
    ("bag-pemerintahan", "Bag. Pemerintahan Setda"),
    ("bag-hukum", "Bag. Hukum Setda"),
    ("bkpsdm", "BKPSDM"),
    ("bappeda", "BAPPEDA"),
    ("bppkad", "BPPKAD"),
    ("diskominfo", "Diskominfo"),
    ("dpmptsp", "DPMPTSP"),
    ("inspektorat", "Inspektorat"),
)

# -- The data below is the document's own text, copied from it (see the module docstring).

_IMPROVEMENTS: Final = {
    "organisasi": (
        ("a", "Perbaikan dan evaluasi tupoksi OPD sesuai dengan kewenangan dan urusan;"),
        ("b", "Mengoptimalkan pelimpahan sebagian kewenangan Walikota kepada Perangkat Daerah;"),
        ("c", "Melaksanakan evaluasi dan analisis pelaporan organisasi secara periodik;"),
        ("d", "Melaksanakan evaluasi terhadap keberhasilan kinerja organisasi."),
    ),
    "tatalaksana": (
        ("a", "Pelaksanaan evaluasi terhadap penyusunan bussines process OPD"),
        (
            "b",
            "Penyusunan SOP sesuai dengan standard manajemen pemerintah yang baik dan efektif penerapannya pada OPD;",
        ),
        (
            "c",
            "Peningkatan sarana dan prasarana secara efektif dan efisien yang berkontribusi nyata pada kinerja OPD ;",
        ),
        ("d", "Penerapan absensi berbasis teknologi informasi dan terintegrasi;"),
        (
            "e",
            "Percepatan dan optimalisasi pelaksanaan e-government baik dari pengelolaan pegawai, keuangan dan kinerja.",
        ),
    ),
    "peraturan": (("a", "Penyusunan aturan tentang diskresi pada pemerintah Kota Probolinggo."),),
    "sdm": (
        (
            "a",
            "Penetapan hasil analisis jabatan dan beban kerja, standar kompetensi jabatan serta evaluasi jabatan;",
        ),
        (
            "b",
            "Redistribusi dan rekomposisi pegawai secara proposional dan profesional sesuai beban kerja dan kompetensinya;",
        ),
        (
            "c",
            "Peningkatan kompetensi, kinerja dan pola manajerial aparatur melalui pendidikan dan pelatihan serta pendidikan formal;",
        ),
        ("d", "Pelaksanaan sistem e-gov pada kompetensi, kinerja dan pola karir pegawai;"),
        ("e", "Pelaksanaan Pembinaan penegakan disiplin dan pemberian sanksi PNS;"),
        (
            "f",
            "Penerapan kode etik pegawai, penilaian kinerja dan pemberian tunjangan kinerja pegawai yang memadai guna mendorong peningkatan kinerja pegawai;",
        ),
        ("g", "Penilaian prestasi kerja dan pemberian penghargaan pegawai secara obyektif."),
    ),
    "pengawasan": (
        (
            "a",
            "Internalisasi dan optimalisasi Sistem Pengendalian Internal Instansi Pemerintah (SPIP) di semua OPD untuk menciptakan pengendalian intern yang memadai;",
        ),
        (
            "b",
            "Percepatan dan peningkatan perbaikan kinerja pengawasan sebagai quality assurance kinerja OPD dan Kota atas hasil audit internal dan eksternal;",
        ),
        (
            "c",
            "Pembentukan sarana konsultasi peningkatan pengelolaan pegawai, keuangan dan kinerja OPD sesuai dengan kaidah pemerintahan yang baik dan peraturan perundang-undangan",
        ),
        ("d", "Peningkatan fungsi UPG (Unit Pengendalian Gratifikasi);"),
        ("e", "Pembentukan whistle blower system;"),
        (
            "f",
            "Peningkatan kelembagaan dan kompetensi APIP secara efektif dan efisien serta berbasis teknologi informasi;",
        ),
        (
            "g",
            "Penerapan Rencana Aksi Daerah (RAD) Pencegahan dan Pemberantasan Korupsi dan penguatan tim saber pungli Kota",
        ),
        ("h", "Penyusunan Perwali tentang Pedoman pengawasan;"),
        (
            "i",
            "Peningkatan penerapan zona integritas menuju Wilayah Birokrasi Bersih Melayani (WBBM) dan Wilayah Bebas Korupsi (WBK);",
        ),
        (
            "j",
            "Peningkatan kelembagaan dan kompetensi APIP secara efektif dan efisien serta berbasis teknologi informasi yang terintegrasi (e-audit)",
        ),
        ("k", "Pembentukan tim PMPRB;"),
    ),
    "akuntabilitas": (
        ("a", "Penyusunan IKU sesuai proses bisnis;"),
        ("b", "Pengembangan sistem perencanaan, penganggaran dan pelaporan terintegrasi;"),
        ("c", "Penyusunan Perwali tentang Pedoman pelaksanaan SAKIP;"),
        (
            "d",
            "Penyusunan Indikator Kinerja Utama (IKU) dan Indikator Kinerja Individu yang baik sebagai indikator RPJMD/ Renstra dan OPD;",
        ),
        (
            "e",
            "Pemanfaatan dokumen kinerja secara optimal untuk perbaikan perencanaan dan kinerja;",
        ),
        ("f", "Evaluasi perencanaan kegiatan OPD agar sesuai dengan tugas pokok dan fungsi OPD ;"),
        ("g", "Penerapan penilaian kinerja OPD secara komprehensif;"),
        ("h", "Peningkatan keterbukaan informasi publik untuk mendukung akuntabilitas kinerja;"),
        (
            "i",
            "Pemanfaatan dokumen kinerja secara optimal untuk perbaikan perencanaan dan kinerja;",
        ),
        (
            "j",
            "Peningkatan koordinasi antar OPD yang membidangi perencanaan, penganggaran dan pelaporan kinerja dan keuangan;",
        ),
        ("k", "Penyediaan E-LPPD yang terintegrasi."),
    ),
    "pelayanan-publik": (
        ("a", "Pelaksanaan survey kepuasan masyarakat pada seluruh OPD;"),
        ("b", "Pengembangan sistem pengaduan layanan publik yang terintegrasi;"),
        ("c", "Penyusunan regulasi tentang pengelolaan aplikasi pelayanan publik;"),
        (
            "d",
            "Pemenuhan sarana dan prasarana yang memadai dalam mendukung kelancaran pelaksanaan pelayanan publik;",
        ),
        (
            "e",
            "Peningkatan Kapasitas SDM penyelenggara/ pelaksana pelayanan publik terhadap Standar Pelayanan yang telah dibuat;",
        ),
        ("f", "Pelaksanaan evaluasi terhadap penerapan Standar pelayanan publik (SPP)."),
    ),
    "pola-pikir": (
        (
            "a",
            "Penyusunan peraturan/ regulasi yang mengatur pola pikir dan budaya kerja secara komprehensif;",
        ),
        (
            "b",
            "Penerapan budaya kerja berbasis kinerja mengutamakan output dan outcome yang terukur dan nyata;",
        ),
        (
            "c",
            "Internalisasi pola pikir dan budaya kerja organisasi dari pimpinan ke seluruh pegawai;",
        ),
        ("d", "Peningkatan Inovasi dan menumbuhkan agen perubahan pada OPD."),
    ),
}

_ROWS_ORGANISASI: Final = (
    _Row(
        problem="Masih ada sub urusan yang dilaksanakan oleh OPD yang tidak berwenang untuk menangani urusan tersebut",
        action="Penataan dan pelaksanaan revisi tugas dan fungsi pada OPD sesuai dengan urusan dan kewenangan",
        result="Penerbitan Perwali untuk tugas dan fungsi OPD",
        condition="Tugas dan fungsi sesuai dengan urusan dan kewenangannya",
        targets=("25%", "35%", "60%", "80%", "100%"),
        programme="Program peningkatan kapasitas kelembagaan",
        budget="150.000.000,-",
        units=("Bag. Organisasi Setda",),
    ),
    # Programme cell blank: the merged programme cell of row 1 covers rows 1-4.
    _Row(
        problem="Masih ada OPD dalam pelaksanaan tugas dan fungsi tidak tepat sehingga menimbulkan tumpang tindih tugas dan fungsi",
        action="Penguatan pelaksanaan tugas dan fungsi pada OPD melalui monitoring",
        result="Dokumen hasil monitoring tugas dan fungsi",
        condition="Tugas dan fungsi OPD dapat dilaksanakan sesuai urusan dan kewenangannya",
        targets=("25%", "35%", "60%", "80%", "100%"),
        programme=None,
        budget="150.000.000,-",
        units=("Bag. Organisasi Setda",),
        shares=1,
    ),
    _Row(
        problem="Belum optimal pelaksanaan pelimpahan kewenangan",
        action="Reviu atas peraturan terkait pelaksanaan pelimpahan kewenangan",
        result="Dokumen hasil reviu peraturan atas pelimpahan kewenangan",
        condition="Pelaksanaan pelimpahan kewenangan sesuai dengan ketentuan peraturan",
        targets=("35%", "50%", "85%", "100%", "100%"),
        programme=None,
        budget="70.000.000,-",
        units=("Bag. Pemerintahan Setda",),
        shares=1,
    ),
    _Row(
        problem="Belum dilakukan evaluasi dan analisis kemampuan struktur organisasi untuk adaptif dan dinamis terhadap perubahan",
        action="Pelaksanaan evaluasi dan analisis kemampuan struktur organisasi untuk adaptif dan dinamis terhadap perubahan strategis",
        result="Dokumen evaluasi SOTK yang adaptif dan dinamis terhadap perubahan strategis",
        condition="SOTK yang adaptif dan dinamis terhadap perubahan strategis",
        targets=("35%", "45%", "60%", "85%", "100%"),
        programme=None,
        budget="50.000.000,-",
        units=("Bag. Organisasi Setda",),
        shares=1,
    ),
)

_ROWS_TATALAKSANA: Final = (
    _Row(
        problem="belum dilaksanakan evaluasi terhadap penyusunan tatalaksana (business process)",
        action="penyusunan evaluasi tatalaksana",
        result="Dokumen evaluasi tatalaksanan",
        condition="Seluruh OPD telah menerapkan tata laksana",
        targets=("35%", "50%", "100%", "100%", "100%"),
        programme="Program peningkatan kuantitas dan kualitas pelayanan publik",
        budget="50.000.000,-",
        units=("Bag. Organisasi Setda",),
    ),
    # Programme cell blank: merged with row 1 (rows 1-2).
    _Row(
        problem="Belum optimal pelaksanaan SOP perangkat daerah",
        action="Penyusunan SOP sesuai dengan standard manajemen pemerintah yang baik dan efektif penerapannya pada OPD",
        result="Dokumen evaluasi SOP",
        condition="Seluruh OPD telah menerapkan SOP sesuai ketentuan peraturan perundang-undangan",
        targets=("35%", "50%", "100%", "100%", "100%"),
        programme=None,
        budget="100.000.000,-",
        units=("Bag. Organisasi Setda",),
        shares=1,
    ),
    # The unit cell 'Bag. Organisasi Setda BPPKAD' names two units.
    _Row(
        problem="Penggunaan sarana dan prasarana kerja yang belum efektif dan efisien",
        action="Peningkatan sarana dan prasarana secara efektif dan efisien yang berkontribusi nyata pada kinerja OPD",
        result="Dokumen Monev Sarana dan prasarana",
        condition="Sarana dan prasarana sesuai dengan kebutuhan kinerja organisasi",
        targets=("0%", "35%", "65%", "85%", "100%"),
        programme="Program peningkatan sarana dan prasarana aparatur",
        budget="50.000.000,-",
        units=("Bag. Organisasi Setda", "BPPKAD"),
    ),
    # The unit cell 'Diskominfo, BKPSDM' names two units.
    _Row(
        problem="belum dilaksanakan absensi eletronik yang terintegrasi",
        action="Integrasi absensi eletronik",
        result="Dokumen dan laporan absensi",
        condition="Pengelolaan organisasi yang efektif dan efisien",
        targets=("0%", "35%", "65%", "85%", "100%"),
        programme="Program peningkatan disiplin aparatur",
        budget="100.000.000,-",
        units=("Diskominfo", "BKPSDM"),
    ),
    # The unit cell 'BAPPEDA BPPKAD Diskominfo' names three units.
    _Row(
        problem="belum optimal pelaksanaan e-government",
        action="Percepatan dan optimalisasi pelaksanaan e-government baik dari pengelolaan pegawai, keuangan dan kinerja",
        result="Integrasi sistem pengelolaan pegawai, keuangan dan kinerja",
        condition="Pengelolaan organisasi yang efektif dan efisien",
        targets=("0%", "30%", "50%", "85%", "100%"),
        programme="Program peningkatan pengembangan sistem pelaporan dan capaian kinerja dan keuangan",
        budget="50.000.000,-",
        units=("BAPPEDA", "BPPKAD", "Diskominfo"),
    ),
)

_ROWS_PERATURAN: Final = (
    _Row(
        problem="Belum optimal penggunaan kewenangan diskresi",
        action="Penyusunan aturan tentang diskresi pada pemerintah Kota Probolinggo",
        result="Regulasi diskresi pimpinan pemerintah kota",
        condition="Kepastian dalam penyelenggaraan pemerintahan",
        targets=("0%", "35%", "65%", "85%", "100%"),
        programme="Program penataan peraturan perundang-undangan",
        budget="50.000.000,-",
        units=("Bag. Hukum Setda",),
    ),
)

_ROWS_SDM: Final = (
    _Row(
        problem="Belum tersedianya pedoman standar kompetensi jabatan",
        action="Penetapan hasil analisis jabatan dan beban kerja, standar kompetensi jabatan serta evaluasi jabatan",
        result="Dokumen dan laporan ABK, Evjab dan standar kompetensi jabatan",
        condition="Penempatan pegawai sesuai kualifikasi, kompetensi dan profesional",
        targets=("50%", "100%", "100%", "100%", "100%"),
        programme="Program peningkatan kapasitas sumberdaya aparatur",
        budget="200.000.000,-",
        units=("BKPSDM",),
    ),
    # Columns 3-12 blank: the result, condition, target, programme, budget and unit cells
    # of row 1 are merged over rows 1-4, so the four actions share one target and one
    # budget of Rp200.000.000.
    _Row(
        problem="Penempatan pegawai belum sesuai kompetensi dan kualifikasi",
        action="Redistribusi dan rekomposisi pegawai secara proposional dan profesional sesuai beban kerja dan kompetensinya",
        result=None,
        condition=None,
        targets=None,
        programme=None,
        budget=None,
        units=(),
        shares=1,
    ),
    _Row(
        problem="Jumlah pegawai yang tidak proposional dan profesional",
        action="Peningkatan kompetensi, kinerja dan pola manajerial aparatur melalui pendidikan dan pelatihan serta pendidikan formal",
        result=None,
        condition=None,
        targets=None,
        programme=None,
        budget=None,
        units=(),
        shares=1,
    ),
    _Row(
        problem="Belum adanya pedoman yang mengatur tentang analisis beban kerja JFU dan JFT",
        action="Pelaksanaan sistem e-gov pada kompetensi, kinerja dan pola karir pegawai",
        result=None,
        condition=None,
        targets=None,
        programme=None,
        budget=None,
        units=(),
        shares=1,
    ),
    _Row(
        problem="Penegakan dan pembinaan disiplin pegawai oleh atasan langsung belum optimal",
        action="Pelaksanaan Pembinaan penegakan disiplin dan pemberian sanksi PNS",
        result="Laporan pembinaan disiplin",
        condition="Peningkatan disiplin aparatur",
        targets=("100%", "100%", "100%", "100%", "100%"),
        programme="Program peningkatan Disiplin Aparatur",
        budget="50.000.000,-",
        units=("BKPSDM",),
    ),
    _Row(
        problem="Pengukuran kinerja pegawai yang belum optimal",
        action="Penerapan kode etik pegawai, penilaian kinerja dan pemberian tunjangan kinerja pegawai yang memadai guna mendorong peningkatan kinerja pegawai",
        result="Dokumen kode etik",
        condition="Peningkatan kesejahteraan aparatur",
        targets=("50%", "50%", "75%", "100%", "100%"),
        programme="Program peningkatan kapasitas sumber daya aparatur",
        budget="500.000.000,-",
        units=("BKPSDM",),
    ),
    # No action of its own: the action, target, programme, budget and unit cells of row 6
    # are merged over rows 6-8; rows 7 and 8 keep their own problem, result and expected
    # condition.
    _Row(
        problem="Belum memiliki manajemen karir yang terdiri dari perencanaan, pengembangan, pola karir, dan kelompok rencana suksesi yang diperoleh dari manajemen talenta",
        action=None,
        result="Dokumen talent pool",
        condition="Profesionalisme aparatur",
        targets=None,
        programme=None,
        budget=None,
        units=(),
        shares=6,
    ),
    _Row(
        problem="Belum adanya regulasi tentang pendampingan kepada PNS dari tindakan penyalahgunaan wewenang",
        action=None,
        result="Jaminan kepastian hukum kepada pegawai",
        condition="Adanya pendampingan dan jaminan hukum bagi pegawai atas kinerja dan jabatannya",
        targets=None,
        programme=None,
        budget=None,
        units=(),
        shares=6,
    ),
    # Programme cell blank: the programme cell of row 6 is merged over rows 6-9;
    # everything else is the row's own.
    _Row(
        problem="Belum optimalnya sistem informasi berbasis kompetensi yang terintegrasi dan dapat diakses oleh seluruh PNS",
        action="Penilaian prestasi kerja dan pemberian penghargaan pegawai secara obyektif",
        result="Dokumen SKP",
        condition="Optimalisasi sistem informasi yang terintegrasi",
        targets=("50%", "50%", "75%", "100%", "100%"),
        programme=None,
        budget="500.000.000,-",
        units=("BKPSDM",),
        shares=6,
    ),
)

_ROWS_PENGAWASAN: Final = (
    _Row(
        problem="Pelaksanaan Satgas SPIP belum optimal",
        action="Sosialisasi dan Monev Implementasi SPIP",
        result="Dokumen sosialisasi dan monev Implementasi SPIP",
        condition="Tingkat Maturitas Implementasi SPIP mencapai level 3 (terdefinisi)",
        targets=("39 OPD", "39 OPD", "39 OPD", "39 OPD", "39 OPD"),
        programme="Program good governance",
        budget="45.000.000,-",
        units=("Inspektorat",),
    ),
    # Programme and unit cells blank: 'Program good governance' and 'Inspektorat' of row 1
    # are merged over rows 1-5.
    _Row(
        problem="Belum tersedianya informasi perkembangan pelaksanaan reformasi birokrasi dan upaya-upaya perbaikan yang perlu dilakukan",
        action="Pembentukan Tim PMPRB yang melibatkan OPD yang menangani 8 area perubahan",
        result="Dokumen PMPRB",
        condition="Tercapainya Indeks Reformasi Birokrasi dengan kategori A (Memuaskan)",
        targets=("IRB 70", "IRB 73", "IRB 76", "IRB 79", "IRB 82"),
        programme=None,
        budget="50.000.000,-",
        units=(),
        shares=1,
    ),
    _Row(
        problem="SDM APIP belum memiliki kompetensi yang memadai",
        action="Pelaksanaan bimtek dan diklat",
        result="Sertifikasi SDM APIP",
        condition="Peningkatan kompetensi APIP dalam pengawasan dan pembinaan",
        targets=("10 Orang", "15 Orang", "20 Orang", "25 Orang", "30 Orang"),
        programme=None,
        budget="350.000.000,-",
        units=(),
        shares=1,
    ),
    _Row(
        problem="Belum optimalnya fungsi Unit Pengendali gratifikasi (UPG) dan tim saber pungli",
        action="Peningkatan fungsi UPG dan penguatan kelembagaan tim saber pungli serta dilaksanakannya monev kegiatan",
        result="Sosialisasi Perwali Pedoman pengendalian gratifikasi serta penguatan UPG dan tim saber pungli serta adanya monev",
        condition="Pengelolaan pemerintahan yang bersih dan bebas dari gratifikasi dan pungli",
        targets=(
            "39 OPD Dan masyarakat",
            "39 OPD Dan masyarakat",
            "39 OPD Dan masyarakat",
            "39 OPD Dan masyarakat",
            "39 OPD Dan masyarakat",
        ),
        programme=None,
        budget="460.000.000,-",
        units=(),
        shares=1,
    ),
    _Row(
        problem="Belum adanya layanan konsultasi akuntabilitas pengelolaan pegawai, keuangan dan kinerja",
        action="Pembentukan klinik layanan konsultasi akuntabilitas keuangan dan kinerja",
        result="Terbentuk dan terlembaganya layanan konsultasi akuntabilitas",
        condition="Pengelolaan pemerintah yang baik dan bersih dengan kinerja baik",
        targets=("50%", "75%", "100%", "100%", "100%"),
        programme=None,
        budget="50.000.000,-",
        units=(),
        shares=1,
    ),
    # A new page: the programme and unit are written again and merged over rows 6-9.
    _Row(
        problem="Belum seluruh OPD ditetapkan sebagai satker zona integritas untuk mendukung WBK/ WBBM dan tercapainya IPK",
        action="Pendampingan Pembangunan ZI pada OPD dan pelaksanaan survei IPK",
        result="Penerapan ZI untuk WBK dan WBBM pada seluruh OPD serta tercapainya nilai IPK baik",
        condition="Seluruh OPD mendapat nilai IPK yang baik dan telah membangun ZI menuju WBK/WBBM",
        targets=("3 OPD", "10 OPD", "20 OPD", "30 OPD", "39 OPD"),
        programme="Program good governance",
        budget="60.000.000,-",
        units=("Inspektorat",),
    ),
    _Row(
        problem="Belum optimalnya penerapan kendali mutu pengawasan mulai dari perencanaan, pelaksanaan sampai",
        action="Pengembangan aplikasi e-audit yang terintegrasi mulai dari perencanaan, pelaksanaan sampai ke tahap tindak lanjut pengawasan",
        result="Pelaksanaan pengawasan berbasis teknologi informasi",
        condition="Akurasi data dan objektivitas hasil pengawasan lebih terjamin",
        targets=("100 %", "100 %", "100 %", "100 %", "100 %"),
        programme=None,
        budget="125.000.000,-",
        units=(),
        shares=6,
    ),
    _Row(
        problem="Belum diimplementasikan pedoman dan movev pengawasan",
        action="Implementasi pedoman dan monev pengawasan",
        result="Pelaksanaan pengawasan sesuai pedoman dan dokumen monev",
        condition="Pengawasan dan pembinaan yang konstruktif dan sesuai kaidah baku",
        targets=("100%", "100%", "100%", "100%", "100%"),
        programme=None,
        budget="50.000.000,-",
        units=(),
        shares=6,
    ),
    _Row(
        problem="Belum dibentuk tim PMPRB Kota dan penilaian RB",
        action="Pembentukan tim dan penilaian PMPRB",
        result="Perwali dan hasil penilaian RB kota",
        condition="Implementasi pelaksanaan RB dan penilaian hasil RB yang baik",
        targets=("10%", "25%", "65%", "85%", "100%"),
        programme=None,
        budget="100.000.000,-",
        units=(),
        shares=6,
    ),
)

_ROWS_AKUNTABILITAS: Final = (
    _Row(
        problem="IKU belum sesuai dengan SOTK baru",
        action="Menyusun dan evaluasi IKU dan IKI sesuai SOTK baru",
        result="Perwali dan dokumen evaluasi IKU serta IKI",
        condition="IKU pada SOTK baru mendukung dan sesuai kebijakan dan perencanaan kota",
        targets=("100%", "100%", "100%", "100%", "100%"),
        programme="Program peningkatan kapasitas kinerja lembaga dan aparatur pemerintah",
        budget="100.000.000,-",
        units=("Bag. Organisasi Setda",),
    ),
    _Row(
        problem="Belum ada reuiu atas pedoman evaluasi internal SAKIP",
        action="Pelaksanaan evaluasi dan reuiu pedoman evaluasi internal SAKIP",
        result="Pedoman dan dokumen evaluasi internal SAKIP yang akuntable",
        condition="Penilaian SAKIP kota yang baik",
        targets=("40 OPD", "40 OPD", "40 OPD", "40 OPD", "40 OPD"),
        programme="Program peningkatan sistem pengawasan dan pengendalian kebijakan KDH",
        budget="150.000.000,-",
        units=("Inspektorat",),
    ),
    _Row(
        problem="Belum tersedianya LPPD berbasis teknologi informasi",
        action="Penyediaan E-LPPD yang terintegrasi.",
        result="Aplikasi LPPD",
        condition="Akuntabilitas LPPD",
        targets=("40 OPD", "40 OPD", "40 OPD", "40 OPD", "40 OPD"),
        programme="Program peningkatan kapasitas kinerja lembaga dan aparatur pemerintah",
        budget="50.000.000,-",
        units=("Bag. Pemerintahan",),
    ),
)

_ROWS_PELAYANAN_PUBLIK: Final = (
    # The unit cell 'Bag. Organisasi Setda Unit Pelayanan' names the organisation section
    # and the service units.
    _Row(
        problem="Belum semua unit pelayanan publik memiliki sertifikat ISO",
        action="Pelaksanaan Sertifikasi ISO pada unit pelayanan",
        result="Sertifikat ISO pada unit pelayanan",
        condition="Peningkatan dan standarisasi pelayanan sesuai ISO",
        targets=("-", "1 Unit", "1 Unit", "1 Unit", "1 Unit"),
        programme="Program peningkatan kuantitas dan kualitas pelayanan publik",
        budget="200.000.000,-",
        units=("Bag. Organisasi Setda", "Unit Pelayanan"),
    ),
    # Programme cell blank: merged with row 1 (rows 1-3). The unit cell names two units.
    _Row(
        problem="Belum terintegrasinya sistem informasi perizinan pada unit pelayanan publik",
        action="Pengembangan dan penyempurnaan sarana dan prasarana sistem informasi perizinan",
        result="Sistem informasi perizinan yang efektif dan efisien",
        condition="Terintegrasinya sistem informasi perizinan dan dapat dimanfaatkan oleh publik",
        targets=("-", "100%", "-", "-", "-"),
        programme=None,
        budget="100.000.000,-",
        units=("DPMPTSP", "Diskominfo"),
        shares=1,
    ),
    # Programme cell blank: merged with row 1. The unit cell names two sections of the
    # Setda.
    _Row(
        problem="Belum ada perwali penyusunan standard pelayanan yang telah disusun OPD dan pelaksanaan SPP pada kecamatan serta kelurahan belum optimal",
        action="Penyusunan perwali dan dokumen standard pelayanan publik serta pelaksanaan survei kepuasan masyarakat hingga tingkat kelurahan",
        result="- Perwali SPP dan SKM - Pedoman dan dokumen SPP dan SKM",
        condition="Pelaksanaan SPP dan SKM sesuai pedoman dan standard baku",
        targets=("50%", "75%", "100%", "-", "-"),
        programme=None,
        budget="200.000.000,-",
        units=("Bag. Organisasi Setda", "Bag. Pemerintahan Setda"),
        shares=1,
    ),
    # The programme is written again: a new merged programme cell over rows 4-5.
    _Row(
        problem="Belum seluruh OPD melakukan survei kepuasan masyarakat",
        action="Pelaksanaan survei dan monev SPP serta SKM",
        result="Dokumen SPP dan SKM serta laporan monev",
        condition="Seluruh OPD telah melaksanakan SKM dan adanya peningkatan pelayanan",
        targets=("40 OPD", "40 OPD", "40 OPD", "40 OPD", "40 OPD"),
        programme="Program peningkatan kuantitas dan kualitas pelayanan publik",
        budget="50.000.000,-",
        units=("Bag. Organisasi Setda",),
    ),
    _Row(
        problem="Sarana dan prasarana pelayanan serta media kontrol masyarakat pada unit pelayanan belum optimal",
        action="Peningkatan dan pengembangan sarana prasarana pelayanan hingga tingkat kelurahan",
        result="Sarana dan prasarana pelayanan yang efektif dan efisien melayani masyarakat",
        condition="Peningkatan kinerja pelayanan pada masyarakat dan peningkatan kepuasan masyarakat atas pelayanan publik",
        targets=("100%", "100%", "100%", "100%", "100%"),
        programme=None,
        budget="500.000.000,-",
        units=("Diskominfo",),
        shares=4,
    ),
    # A new page repeats the area header 'Pelayanan Publik': the same area continues, not
    # a new one.
    _Row(
        problem="Belum tersosialisasikan layanan publik secara optimal",
        action="Pelaksanaan sosialisasi dan publikasi layanan publik secara periodik",
        result="Laporan dan kegiatan sosialisasi dan publikasi layanan publik",
        condition="Pemahaman dan pemanfaatan layanan publik yang optimal oleh",
        targets=("-", "100%", "-", "100%", "-"),
        programme="Program peningkatan kuantitas dan kualitas pelayanan publik",
        budget="250.000.000,-",
        units=("Diskominfo",),
    ),
    # Programme cell blank: merged with row 6 (rows 6-8). 'DPMPPTSP' is written as in the
    # document.
    _Row(
        problem="Belum ada perwali road map, SPP perizinan dan monev investasi kota",
        action="Penyusunan ketentuan peraturan SPP perizinan, road map invenstasi dan monev",
        result="Perwali SPP perizinan, road map investasi dan dokumen monev",
        condition="Adanya payung hukum pelaksanaan dan peningkatan investasi kota",
        targets=("100%", "100%", "100%", "100%", "100%"),
        programme=None,
        budget="100.000.000,-",
        units=("DPMPPTSP",),
        shares=6,
    ),
    _Row(
        problem="Belum optimal kegiatan promosi investasi daerah",
        action="Peningkatan kegiatan promosi investasi daerah",
        result="- Pameran dan publikasi investasi daerah",
        condition="Peningkatan kualitas dan kuantitas investasi di Kota",
        targets=("100%", "100%", "100%", "100%", "100%"),
        programme=None,
        budget="250.000.000,-",
        units=("DPMPPTSP",),
        shares=6,
    ),
)

_ROWS_POLA_PIKIR: Final = (
    # 'di seluruh OPD' is the group of all OPD (see the registry).
    _Row(
        problem="Belum optimal pelaksanaan budaya kerja di seluruh OPD",
        action="- Workshop dan pembentukan unit/agen perubahan mind set dan culture set pada seluruh OPD - Pembentukan kelembagaan agen",
        result="Laporan workshop dan kelembagaan agen perubahan pada seluruh OPD",
        condition="Peningkatan dan perubahan mind dan culture set pegawai seluruh OPD pada tujuan kinerja dan pelayanan prima",
        targets=("100%", "100%", "100%", "100%", "100%"),
        programme="Program peningkatan kapasitas kinerja lembaga dan aparatur pemerintah",
        budget="150.000.000,-",
        units=("di seluruh OPD",),
    ),
    # Programme cell blank: merged with row 1.
    _Row(
        problem="Belum ada perwali dan penetapan agen perubahan pada seluruh OPD",
        action="Penyusunan perwali dan penetapan agen perubahan",
        result="Perwali dan kelembagaan agen perubahan OPD",
        condition="Peningkatan dan perubahan pola serta kinerja pada tujuan pelayanan prima",
        targets=("-", "100%", "100%", "100%", "100%"),
        programme=None,
        budget="75.000.000,-",
        units=("Bag. Organisasi Setda",),
        shares=1,
    ),
)

_STAGES: Final = (
    (
        2018,
        "Tahun pertama pelaksanaan reformasi birokrasi diarahkan untuk membangun landasan yang kuat untuk menjamin implementasi reformasi birokrasi secara konsisten sesuai dengan target yang telah ditentukan. Langkah-langkah yang akan dilakukan :",
        (
            (
                "a",
                "menyusun tim reformasi birokrasi Kota Probolinggo sesuai dengan ketentuan yang berlaku;",
            ),
            ("b", "menyusun rancangan road map reformasi birokrasi Kota Probolinggo;"),
            ("c", "mengajukan konsultasi dan usulan RB kepada Pemerintah Provinsi;"),
            ("d", "mencanangkan pelaksanaan RB Kota Probolinggo;"),
            ("e", "melaksanakan sosialisasi RB kepada semua OPD hingga personilnya;"),
            ("f", "melaksanakan reformasi birokrasi secara bertahap;"),
            ("g", "melakukan monitoring pelaksanaan reformasi birokrasi di OPD."),
        ),
    ),
    (
        2019,
        "Tahun kedua pelaksanaan reformasi birokrasi diarahkan untuk melanjutkan hal-hal yang belum dapat diselesaikan pada tahun 2018, menjaga/ memelihara program/ kegiatan yang sudah berhasil dilaksanakan, melakukan monitoring, evaluasi, dan penyempurnaan terhadap hasil-hasil yang sudah diperoleh pada tahun pertama. Langkah-langkah yang akan dilakukan :",
        (
            ("a", "melanjutkan sosialisasi;"),
            ("b", "melaksanakan reformasi birokrasi secara bertahap;"),
            ("c", "melakukan monitoring pelaksanaan reformasi birokrasi di OPD ;"),
            ("d", "melakukan evaluasi dan menyusun laporan hasil pelaksanaan reformasi birokrasi;"),
            (
                "e",
                "melakukan identifikasi dan analisis terhadap kemungkinan/ risiko kegagalan pelaksanaan reformasi birokrasi, dan mengusulkan rencana mitigasi risiko.",
            ),
        ),
    ),
    (
        2020,
        "Tahun ketiga pelaksanaan reformasi birokrasi diarahkan untuk meneruskan hal-hal yang belum dapat diselesaikan pada tahun kedua, menjaga/memelihara hal-hal yang sudah berhasil dilaksanakan, dan melakukan monitoring, evaluasi dan penyempurnaan terhadap hasil-hasil yang sudah diperoleh pada tahun kedua. Langkah-langkah yang akan dilakukan :",
        (
            ("a", "melanjutkan sosialisasi;"),
            ("b", "melaksanakan reformasi birokrasi secara bertahap;"),
            ("c", "melakukan monitoring pelaksanaan reformasi birokrasi OPD ;"),
            ("d", "melakukan evaluasi dan menyusun laporan hasil pelaksanaan reformasi birokrasi;"),
            (
                "e",
                "Melakukan identifikasi dan analisis terhadap kemungkinan/risiko kegagalan pelaksanaan reformasi birokrasi, dan mengusulkan rencana mitigasi risiko.",
            ),
        ),
    ),
    (
        2021,
        "Tahun keempat pelaksanaan reformasi birokrasi diarahkan untuk meneruskan hal-hal yang belum dapat diselesaikan pada tahun ketiga, menjaga/memelihara hal-hal yang sudah berhasil dilaksanakan, dan melakukan monitoring, evaluasi, dan penyempurnaan terhadap hasil-hasil yang sudah diperoleh pada tahun ketiga. Langkah-langkah yang akan dilakukan :",
        (
            ("a", "melanjutkan sosialisasi;"),
            ("b", "melaksanakan reformasi birokrasi secara bertahap;"),
            ("c", "melakukan monitoring pelaksanaan reformasi birokrasi OPD ;"),
            ("d", "melakukan evaluasi dan menyusun laporan hasil pelaksanaan reformasi birokrasi;"),
            (
                "e",
                "Melakukan identifikasi dan analisis terhadap kemungkinan/risiko kegagalan pelaksanaan reformasi birokrasi, dan mengusulkan rencana mitigasi risiko.",
            ),
        ),
    ),
    (
        2022,
        "Tahun kelima pelaksanaan reformasi birokrasi diarahkan untuk meneruskan hal-hal yang belum dapat diselesaikan pada tahun keempat, menjaga/memelihara hal-hal yang sudah berhasil dilaksanakan, dan melakukan monitoring dan evaluasi menyeluruh terhadap seluruh proses reformasi birokrasi. Langkah-langkah yang akan dilakukan :",
        (
            ("a", "melakukan monitoring pelaksanaan reformasi birokrasi OPD ;"),
            ("b", "melaksanakan reformasi birokrasi secara bertahap;"),
            ("c", "melakukan evaluasi dan menyusun laporan hasil pelaksanaan reformasi birokrasi;"),
            ("d", "melakukan evaluasi menyeluruh hasil pelaksanaan reformasi birokrasi."),
        ),
    ),
)

_PROGRAMME_ACTIVITIES: Final = (
    (
        (
            "a",
            "Kegiatan Fasilitasi Pematapan dan Evaluasi Struktur Organisasi dan Tata Kerja (SOTK) Pemerintah Daerah;",
        ),
        ("b", "Penyesuain struktur organisasi perangkat daerah (resizing dan reorganizing);"),
        (
            "c",
            "Pendampingan dan pematapan standard prosedur kerja, tatalaksana kelembagaan perangkat daerah;",
        ),
        (
            "d",
            "Pengadaan dan peningkatan sarana serta prasarana manajemen pengelolaan kelembagaan modern dengan prinsip-prinsip good governance dan berbasis teknologi informasi terintegrasi.",
        ),
    ),
    (
        ("a", "Kegiatan pengembangan budaya hukum dan kesadaran hukum;"),
        ("b", "Penataan peraturan perundang-undangan;"),
        ("c", "Peningkatan bantuan dan pendampingan hukum;"),
        (
            "d",
            "Optimalisasi pemanfaatan teknologi informasi dalam sosialisasi dan evaluasi peraturan perundang-undangan.",
        ),
    ),
    (
        ("a", "Kegiatan peningkatan sarana dan prasarana aparatur;"),
        ("b", "Peningkatan disiplin Aparatur;"),
        ("c", "Penataan dan pengembangan kompetensi aparatur;"),
        ("d", "Peningkatan kesejahteraan Aparatur;"),
        (
            "e",
            "Pemanfaatan teknologi informasi dalam penataan, peningkatan dan pengembangan Aparatur yang terintegrasi",
        ),
    ),
    (
        ("a", "Peningkatan kapasitas inspektorat kota probolinggo;"),
        ("b", "Peningkatan sistem pengawasan internal dan pengendalian pelaksanaan KDH;"),
        ("c", "Peningkatan profesionalisme tenaga pemeriksa dan aparatur pengawas;"),
        (
            "d",
            "Pendampingan dan pematapan pelaksanaan prinsip-prinsip good governance penyelenggaraan pemerintahan;",
        ),
        (
            "e",
            "Pemanfaatan teknologi informasi yang terintegrasi dalam pengawasan penyelenggaraan pemerintahan.",
        ),
    ),
    (
        (
            "a",
            "Kegiatan koordinasi, monitoring dan pengendalian sistem akuntabilitas kinerja instansi pemerintah (SAKIP);",
        ),
        ("b", "Peningkatan kapasitas kinerja lembaga dan aparatur pemerintah;"),
        ("c", "Pengendalian pelaksanaan reformasi birokrasi;"),
        (
            "d",
            "Pengembangan dan pemanfaatan teknologi informasi yang terintegrasi dalam perencanaan, pelaksanaan dan pelaporan kinerja dan keuangan perangkat daerah;",
        ),
        (
            "e",
            "Peningkatan dan pengembangan perencanaan pembangunan ekonomi, sosial, budaya dan wilayah strategis daerah yang berkelanjutan dan terintegrasi sesuai kebijakan kepala daerah dan peraturan perundang-undangan;",
        ),
    ),
    (
        ("a", "Kegiatan gelar inovasi pemerintah kota probolinggo;"),
        (
            "b",
            "Pengendalian, monitoring dan penilaian pelaksanaan pelayanan publik perangkat daerah;",
        ),
        (
            "c",
            "Penyusunan regulasi, internalisasi dan implementasi gerakan revolusi mental dalam penyelenggaraan pemerintahan.",
        ),
    ),
)
_PROGRAMME_DESCRIPTIONS: Final = (
    "Pelaksanaan program ini untuk mendorong dan mengarah pada sasaran perubahan dalam penataan dan penguatan organisasi serta tatalaksana pemerintah kota probolinggo, kegiatan di antaranya :",
    "Pelaksanaan program ini dilaksanakan untuk mendorong dan mengarah pada sasaran area perubahan pada peraturan perundang-undangan Pemerintah Kota Probolinggo :",
    "pengembangan Aparatur yang terintegrasi",
    "Pelaksanaan program ini dilaksanakan untuk meningkatkan dan mendorong pengawasan pada pemerintah kota probolinggo dengan kegiatan yang dilakukan antara lain :",
    "Pelaksanaan program ini dilaksanakan untuk meningkatkan akuntabilitas kinerja pemerintah daerah. Kegiatan yang dilakukan antara lain :",
    "Pelaksanaan program dilaksanakan untuk mendorong perubahan-perubahan pada pola pikir dan budaya kerja serta meningkatkan pelayanan publik antara lain :",
)

_TEAM_DUTIES: Final = (
    (
        (
            "a",
            "Mengarahkan pelaksanaan reformasi birokrasi Pemerintah Kota Probolinggo sesuai Road Map Reformasi Birokrasi Kota Probolinggo;",
        ),
        (
            "b",
            "Memberikan pertimbangan, saran, dan masukan terhadap konsep dan penerapan reformasi birokrasi Pemerintah Kota Probolinggo.",
        ),
    ),
    (
        (
            "a",
            "Menyusun rencana pelaksanaan reformasi birokrasi sesuai Road Map Reformasi Birokrasi Pemerintah Kota Probolinggo;",
        ),
        (
            "b",
            "Mengoordinasikan dan mengembangkan upaya-upaya percepatan pelaksanaan reformasi birokrasi Pemerintah Kota Probolinggo;",
        ),
        (
            "c",
            "Melaksanakan reformasi birokrasi pada satuan/ unit kerja perangkat daerah Kota Probolinggo;",
        ),
        (
            "d",
            "Memonitoring dan mengevaluasi pelaksanaan reformasi birokrasi Pemerintah Kota Probolinggo;",
        ),
        ("e", "Menyusun laporan pelaksanaan reformasi birokrasi Pemerintah Kota Probolinggo;"),
        ("f", "Melaporkan hasil pekerjaan kepada Walikota."),
    ),
    (
        (
            "a",
            "Menyusun rencana dan pedoman pelaksanaan monitoring dan evaluasi pelaksanaan reformasi birokrasi Kota Probolinggo;",
        ),
        ("b", "Memonitoring dan mengevaluasi pelaksanaan reformasi birokrasi Kota Probolinggo;"),
        ("c", "Melaporkan hasil pekerjaan kepada Walikota."),
    ),
)
_TEAM_COMPOSITIONS: Final = (
    "Tim pengarah diketuai oleh Walikota dan Wakil Walikota. Sekretaris Daerah dan Asisten Administrasi Umum sebagai Sekretaris.",
    "Sekretaris Daerah sebagai Ketua I, Asisten Administrasi Umum Setda sebagai Ketua II, Kepala Bagian Organisasi Setda sebagai Sekretaris, dan semua kepala OPD sebagai Anggota.",
    "Inspektur Inspektorat sebagai Ketua, Sekretaris Inspektorat sebagai Sekretaris, dan semua Inspektur Pembantu Wilayah sebagai Anggota.",
)

_MAINTAIN_ITEMS: Final = {
    2: (
        (
            "a",
            "Mempertahankan dan meningkatkan hasil survei Indeks Kepuasan Masyarakat (IKM) rata-rata satuan/ unit pelayanan publik dari tahun 2017 sebesar 79,30 (dengan kategori baik);",
        ),
        (
            "b",
            "Mempertahankan prosentase unit pelayanan sudah mempunyai Standar Pelayanan dan berupaya meningkatkan;",
        ),
        (
            "c",
            "Mempertahankan kegiatan pemeringkatan pelayanan publik sebagai stimulus inovasi pelayanan publik.",
        ),
    ),
    3: (
        (
            "a",
            "Meningkatkan pencapaian sasaran dan Indikator Kinerja Utama (IKU) yang digunakan sebagai indikator kinerja dalam dokumen perencanaan dan dokumen kinerja pada perangkat daerah;",
        ),
        (
            "b",
            "Meningkatkan dan mengembangkan aplikasi rencana anggaran, keuangan dan pelaporan yang berbasis teknologi informasi yang terintegrasi.",
        ),
    ),
}


def _items(pairs: Sequence[tuple[str, str]]) -> tuple[Item, ...]:
    return tuple(Item(label=label, text=text) for label, text in pairs)


def _goals(owner: str, texts: Sequence[str]) -> tuple[Goal, ...]:
    return tuple(Goal(id=f"{owner}-sasaran-{i}", text=t) for i, t in enumerate(texts, start=1))


def _action(area: str, number: int, row: _Row) -> Action:
    row_id = f"{area}-{number}"
    targets = None
    if row.targets is not None:
        targets = Target(values=dict(zip(PERIOD.years, map(parse_value, row.targets), strict=True)))
    return Action(
        id=row_id,
        problems=(Problem(id=f"{row_id}-masalah", text=row.problem),),
        text=row.action,
        result=None if row.result is None else Result(id=f"{row_id}-hasil", text=row.result),
        expected_condition=row.condition,
        targets=targets,
        programme=row.programme,
        budget=None if row.budget is None else parse_rupiah(row.budget),
        units=row.units,
        shares=None if row.shares is None else f"{area}-{row.shares}",
    )


_ROWS: Final = {
    "organisasi": _ROWS_ORGANISASI,
    "tatalaksana": _ROWS_TATALAKSANA,
    "peraturan": _ROWS_PERATURAN,
    "sdm": _ROWS_SDM,
    "pengawasan": _ROWS_PENGAWASAN,
    "akuntabilitas": _ROWS_AKUNTABILITAS,
    "pelayanan-publik": _ROWS_PELAYANAN_PUBLIK,
    "pola-pikir": _ROWS_POLA_PIKIR,
}


def _areas() -> tuple[Area, ...]:
    return tuple(
        Area(
            id=data.id,
            number=data.number,
            name=data.name,
            standard=data.standard,
            other_names=data.other_names,
            improvements=_items(_IMPROVEMENTS[data.id]),
            goals=_goals(data.id, data.goals),
            actions=tuple(
                _action(data.id, n, row) for n, row in enumerate(_ROWS[data.id], start=1)
            ),
        )
        for data in _AREAS
    )


def _achievements() -> tuple[Achievement, ...]:
    """3.1.2 and Table 3.1 part B: what is to be maintained and raised."""
    return (
        Achievement(
            id="pemerintahan-bersih",
            number=1,
            name="Pemerintahan bersih dan bebas KKN",
            items=(
                Item(
                    text="Mewujudkan opini BPK Wajar Tanpa Pengecualian (WTP) dalam pengelolaan "
                    "keuangan daerah di lingkungan Pemerintah Kota Probolinggo."
                ),
            ),
            goals=_goals(
                "pemerintahan-bersih",
                [
                    "Memperoleh opini Wajar Tanpa Pengecualian (WTP) dari BPK dalam pengelolaan "
                    "keuangan daerah"
                ],
            ),
            # The goal states the opinion aimed at, WTP, without a year: its aim.
            indicators=(
                Indicator(
                    id="opini-bpk",
                    name="Opini BPK atas pengelolaan keuangan daerah",
                    aim=parse_value("WTP"),
                ),
            ),
        ),
        Achievement(
            id="kualitas-pelayanan-publik",
            number=2,
            name="Kualitas pelayanan publik",
            items=_items(_MAINTAIN_ITEMS[2]),
            goals=_goals(
                "kualitas-pelayanan-publik",
                [
                    "Hasil Survei Indeks Kepuasan Masyarakat (IKM) rata-rata satuan/ unit "
                    "pelayanan publik sebesar 79,30 (baik) ditingkatkan menjadi lebih dari 85,00 "
                    "(sangat baik)",
                    "Semua unit pelayanan sudah mempunyai Standar Pelayanan dan adanya "
                    "peningkatan pelayanan.",
                    "Kegiatan gelar inovasi pelayanan publik dan peningkatan inovasi pelayanan "
                    "publik.",
                ],
            ),
            # 3.1.2 gives the 2017 baseline, 79,30 "dengan kategori baik"; Table 3.1 B the
            # target, "lebih dari 85,00 (sangat baik)", without a year: its aim.
            indicators=(
                Indicator(
                    id="ikm",
                    name="Indeks Kepuasan Masyarakat (IKM) rata-rata satuan/ unit pelayanan publik",
                    baseline=Baseline(values={2017: parse_value("IKM 79,30")}),
                    baseline_category="baik",
                    aim=parse_value("> IKM 85,00"),
                    target_category="sangat baik",
                ),
            ),
        ),
        Achievement(
            id="kapasitas-akuntabilitas",
            number=3,
            name="Kapasitas dan akuntabilitas kinerja",
            items=_items(_MAINTAIN_ITEMS[3]),
            goals=_goals(
                "kapasitas-akuntabilitas",
                [
                    "Pencapaian sasaran dan Indikator Kinerja Utama (IKU) dalam dokumen "
                    "perencanaan dan dokumen kinerja pada perangkat daerah dengan berbasis "
                    "teknologi informasi yang terintegrasi",
                    "Meningkatkan aplikasi penyusunan rencana anggaran, keuangan dan pelaporan "
                    "yang berbasis teknologi informasi yang terintegrasi",
                ],
            ),
        ),
    )


def _services() -> tuple[PriorityService, ...]:
    """3.1.3 and Table 3.1 part C: the priority public services."""
    return (
        PriorityService(
            id="kesehatan",
            number=1,
            name="Pelayanan bidang kesehatan",
            description="Prioritas perubahan dalam pelayanan kesehatan adalah peningkatan "
            "kualitas dengan peningkatan akses terhadap pelayanan kesehatan, standarisasi "
            "pelayanan dan jaminan kesehatan masyarakat.",
            goals=_goals(
                "kesehatan",
                [
                    "Peningkatan kualitas pelayanan kesehatan dengan peningkatan akses pelayanan "
                    "kesehatan, standarisasi pelayanan serta jaminan kesehatan masyarakat"
                ],
            ),
        ),
        PriorityService(
            id="pendidikan",
            number=2,
            name="Pelayanan bidang pendidikan",
            description="Prioritas perubahan dalam pelayanan pendidikan adalah peningkatan "
            "kualitas pendidikan dengan kemudahan akses pendidikan yang merata dan berkualitas "
            "bagi masyarakat.",
            goals=_goals(
                "pendidikan",
                [
                    "Peningkatan kualitas pendidikan dengan kemudahan akses pendidikan yang "
                    "merata dan berkualitas bagi masyarakat."
                ],
            ),
        ),
        PriorityService(
            id="perizinan",
            number=3,
            name="Pelayanan bidang perizinan",
            description="Prioritas perubahan dalam pelayanan perizinan meliputi :",
            items=_items(
                [
                    ("a", "Penyederhaan prosedur pelayanan perizinan;"),
                    (
                        "b",
                        "Peningkatan pelayanan perizinan dengan peningkatan koordinasi secara online:",
                    ),
                ]
            ),
            goals=_goals(
                "perizinan",
                [
                    "Penyederhanaan proses perizinan.",
                    "Peningkatan pelayanan perizinan dengan peningkatan koordinasi secara online",
                ],
            ),
        ),
        PriorityService(
            id="kependudukan",
            number=4,
            name="Pelayanan bidang kependudukan dan pencatatan sipil",
            description="Prioritas perubahan dalam pelayanan kependudukan dan pencatatan sipil "
            "meliputi :",
            items=_items(
                [
                    (
                        "a",
                        "Peningkatan akses pelayanan kependudukan 3 in 1 kelahiran dan kematian;",
                    ),
                    (
                        "b",
                        "Pembangunan sistem informasi administrasi kependudukan terpadu antara "
                        "Pemerintah Pusat dan Daerah;",
                    ),
                    ("c", "Pemanfaatan data kependudukan untuk program lintas sektor."),
                ]
            ),
            goals=_goals(
                "kependudukan",
                [
                    "Peningkatan akses pelayanan kependudukan dokumen kelahiran dan kematian",
                    "Pembangunan sistem informasi administrasi kependudukan terpadu antara "
                    "Pemerintah Pusat dan Daerah.",
                    "Pemanfaatan data kependudukan untuk program lintas sektor",
                ],
            ),
        ),
    )


def _quick_wins() -> tuple[QuickWin, ...]:
    """Table 3.1 part D; each serves the priority service of its field."""
    return (
        QuickWin(
            id="simpustronik",
            number=1,
            field="Bidang Kesehatan",
            text="Meningkatkan pelayanan kesehatan, yakni: SIMPUSTRONIK adalah sistem pelayanan "
            "informasi pelayanan puskesmas di wilayah Kota untuk mempermudah dan mempercepat "
            "masyarakat kota dalam akses kesehatan di tingkat wilayah domisilinya.",
            service="kesehatan",
        ),
        QuickWin(
            id="dischotik",
            number=2,
            field="Bidang Pendidikan",
            text="Meningkatkan layanan pendidikan, yakni dengan DISCHOTIK (Digitalisasi Penilaian, "
            "Pembelajaran dan Presensi) merupakan Sistem Informasi dan monitoring pendidik serta "
            "peserta didik di sekolah yang berbasis teknologi informasi",
            service="pendidikan",
        ),
        QuickWin(
            id="sipadu",
            number=3,
            field="Bidang Perizinan Usaha",
            text="Meningkatkan proses pelayanan dan transparansi serta mendorong inventasi, yakni "
            "Program SIPADU yakni percepatan pelayanan proses perizinan secara online dan terpadu",
            service="perizinan",
        ),
        QuickWin(
            id="adminduk",
            number=4,
            field="Bidang Kependudukan dan Pencatatan Sipil",
            text="Meningkatkan pelayanan administrasi kependudukan dan sinergisitas percepatan "
            "dokumen kependudukan, dengan : a. Program 3 in 1 yakni percepatan dan sinergisitas "
            "dokumen kependudukan masyarakat dari KTP/ KIA, Akta dan Kartu Keluarga; b. Program "
            "satu data kependudukan (NIK) untuk pelayanan kesehatan, sosial dan verifikasi "
            "program-program bantuan dari Pemerintah Kota Probolinggo.",
            service="kependudukan",
        ),
    )


def _stages() -> tuple[Stage, ...]:
    return tuple(
        Stage(id=f"tahap-{year}", year=year, description=description, steps=_items(steps))
        for year, description, steps in _STAGES
    )


def _programmes() -> tuple[Programme, ...]:
    return tuple(
        Programme(
            id=programme_id,
            number=number,
            name=name,
            description=description,
            activities=_items(activities),
        )
        for number, ((programme_id, name), description, activities) in enumerate(
            zip(_PROGRAMMES, _PROGRAMME_DESCRIPTIONS, _PROGRAMME_ACTIVITIES, strict=True), start=1
        )
    )


def _teams() -> tuple[Team, ...]:
    chair, secretary, member = Role.CHAIR, Role.SECRETARY, Role.MEMBER
    return (
        Team(
            id="tim-pengarah",
            number="1",
            name="Tim Pengarah",
            duties=_items(_TEAM_DUTIES[0]),
            members=(
                TeamMember(role=chair, holder="Walikota"),
                TeamMember(role=chair, holder="Wakil Walikota"),
                TeamMember(role=secretary, holder="Sekretaris Daerah"),
                TeamMember(role=secretary, holder="Asisten Administrasi Umum"),
            ),
            composition=_TEAM_COMPOSITIONS[0],
        ),
        Team(
            id="tim-pelaksana",
            number="2",
            name="Tim Pelaksana",
            duties=_items(_TEAM_DUTIES[1]),
            members=(
                TeamMember(role=chair, holder="Sekretaris Daerah", title="Ketua I"),
                TeamMember(role=chair, holder="Asisten Administrasi Umum Setda", title="Ketua II"),
                TeamMember(role=secretary, holder="Kepala Bagian Organisasi Setda"),
                TeamMember(role=member, holder="semua kepala OPD"),
            ),
            composition=_TEAM_COMPOSITIONS[1],
        ),
        # Numbered 4 in the document: there is no team 3.
        Team(
            id="tim-monev",
            number="4",
            name="Tim Monitoring dan Evaluasi",
            duties=_items(_TEAM_DUTIES[2]),
            members=(
                TeamMember(role=chair, holder="Inspektur Inspektorat"),
                TeamMember(role=secretary, holder="Sekretaris Inspektorat"),
                TeamMember(role=member, holder="semua Inspektur Pembantu Wilayah"),
            ),
            composition=_TEAM_COMPOSITIONS[2],
        ),
    )


def _registry() -> UnitRegistry:
    return UnitRegistry(
        units=tuple(ResponsibleUnit(id=unit_id, name=name) for unit_id, name in _UNITS),
        groups=(
            UnitGroup(
                id="seluruh-opd",
                name="seluruh OPD",
                aliases=("di seluruh OPD", "semua OPD"),
                size=39,
                unit="OPD",
            ),
            # "Unit Pelayanan" (Pelayanan Publik, row 1): the public service units themselves.
            UnitGroup(id="unit-pelayanan", name="Unit Pelayanan"),
        ),
    )


def probolinggo() -> RoadMap:
    """Return the Kota Probolinggo road map 2018-2022 (*Road Map RB Kota Probolinggo*).

    A new, complete `RoadMap` built from plain data on each call: cheap (a few
    milliseconds) and immutable, so it may be shared freely.

    >>> roadmap = probolinggo()
    >>> roadmap.areas[0].name, roadmap.areas[1].name
    ('Penataan dan Penguatan Organisasi', 'Tatalaksana')
    >>> roadmap.action("pengawasan-2").targets.notation()
    ('IRB 70', 'IRB 73', 'IRB 76', 'IRB 79', 'IRB 82')
    """
    return RoadMap(
        id="kota-probolinggo-2018-2022",
        government="Kota Probolinggo",
        title="Road Map Reformasi Birokrasi Pemerintah Kota Probolinggo 2018-2022",
        period=PERIOD,
        area_set="permenpanrb-11-2015",
        goals=_goals("sasaran-umum", _GENERAL_GOALS),
        areas=_areas(),
        achievements=_achievements(),
        services=_services(),
        quick_wins=_quick_wins(),
        stages=_stages(),
        programmes=_programmes(),
        teams=_teams(),
        units=_registry(),
    )
