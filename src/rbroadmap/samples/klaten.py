"""Kabupaten Klaten road map 2022-2024, pages IV-44 and IV-45 (*Road Map RB Kabupaten Klaten*).

An excerpt of the *Road Map Reformasi Birokrasi Kabupaten Klaten Tahun
2022-2024*, encoded as written: two pages of its action plan, a table in the
regional budget nomenclature (Permendagri 90/2019) with the columns *No*,
*Kegiatan*, *Sub Kegiatan*, *Output* and *Tahun Pelaksanaan* 2022, 2023, 2024
(a ``√`` where the output is planned). The areas follow the 2020-2024 set of
PermenPAN-RB 25/2020, lettered as the document letters them:

* **G. Penguatan Pengawasan** (page IV-44): an output carried over from the
  previous page, then kegiatan 3 *Meningkatkan sistem integritas dalam upaya
  pencegahan KKN* with its three sub-activities and eight outputs;
* **H. PENINGKATAN KUALITAS PELAYANAN PUBLIK** (page IV-45, the heading as
  printed; area G's heading is on an earlier page, so its name is the area
  set's): kegiatan 1
  *Peningkatan indeks kepuasan masyarakat terhadap penyelenggaraan pelayanan
  publik* with its six sub-activities, one output each.

Each output is a row of the action plan (`rbroadmap.Action`) whose result is
the output as written and whose target is the ``√`` of each year
(`rbroadmap.values.CheckMark`): its attainment is judged from verdict
realisations (done or not done) per output and year. The road map's
`rbroadmap.Profile` says that the table has only an output and a target
column (*No*, *Kegiatan* and *Sub Kegiatan* are the plan hierarchy), so the
rules do not report, row after row, the problems, actions, budgets,
programmes and units it never had.

**What the excerpt leaves out.** Everything but these two pages: areas A to F
of the action plan, the pages of area G before IV-44 (its kegiatan 1 and 2,
and the kegiatan and sub kegiatan of the first output of IV-44), the rest of
area H after IV-45, the road map's other chapters (its goals, its quick wins
in 4.5, its organisation), and the regulation that sets it out. The road map
holds only what the two pages show.

**The reading of the two pages.** The source is text extracted from the
published PDF (``real/klaten_2022_2024_IV-44_45.txt`` in the project's shared
material), which interleaves the halves of each page: the left half (No,
Kegiatan, the start of each Sub Kegiatan) comes first, then the right half
(the end of each Sub Kegiatan, the Output, the ``√``), a letter at the cut
often written twice (``Pembangunan Zon`` + ``na Integritas``). The readings:

* *Sub kegiatan names* join the two halves at the cut: ``Pengendalian
  grati`` + ``ifikasi`` is *Pengendalian gratifikasi*; ``pembangunan dan`` +
  ``n penerapan`` and ``penyelenggaraan SPIP`` + ``P`` is *pembangunan dan
  penerapan penyelenggaraan SPIP* (lower case as written).
* *The first output of IV-44*, *laporan penanganan pengaduan masyarakat*,
  continues a sub-activity of the previous page (outside the excerpt): its No,
  Kegiatan and Sub Kegiatan cells are blank on IV-44, so it is held as a row
  directly under area G, not under kegiatan 3.
* *Outputs of IV-45*: ``Dokumen Peraturan Bupati`` and ``Pedoman Standar
  Kualitas Pelayanan pelayan publik.`` are read as one output, the title of
  the regent's regulation that sub kegiatan 1 (*Penyusunan Kebijakan standar
  pelayanan.*) drafts: the page then has one output for each of its six
  sub-activities, and as many ``√`` groups as outputs.
* *Outputs without a* ``√`` *in the extraction*: on IV-44 the three outputs
  of sub kegiatan 3 (SPIP), on IV-45 *Mall Pelayanan Publik.* and *Laporan
  pengaduan*. They are read as ticked in 2022, 2023 and 2024, like every other
  output, because the extraction has moved the ticks up the page, not lost
  them: IV-44 has nine ``√ √√`` groups for its nine outputs and IV-45 six for
  its six, two of them on the lines of one two-line output each time (*laporan
  evaluasi atas kebijakan penanganan gratifikasi*, *Dokumen Hasil survei ...*)
  and none on the last outputs; every group is a full three-year ``√ √√``, so
  no output is planned in some years only. Each such row says so beside it.

**Findings the excerpt causes.** Some findings of `rbroadmap.validate` come
from the cut, not from the document, and are waived in the sample with that
reason (`rbroadmap.Waiver`): areas A to F are missing (RB102), the areas'
letters start at G and area G's activities at kegiatan 3 (RB703), and no year
has a stage (RB705). What remains are the notes, once each, that the checks
of the columns the table does not have were left out.

>>> roadmap = klaten()
>>> roadmap.government, str(roadmap.period), [a.heading for a in roadmap.areas]
('Kabupaten Klaten', '2022-2024', ['G. Penguatan Pengawasan', 'H. PENINGKATAN KUALITAS PELAYANAN PUBLIK'])
"""

from __future__ import annotations

from typing import Final, NamedTuple

from rbroadmap.model import (
    Action,
    Activity,
    Area,
    Column,
    Period,
    Profile,
    Result,
    RoadMap,
    SubActivity,
    Target,
    Waiver,
)

__all__ = ["klaten"]

PERIOD: Final = Period(2022, 2024)

TICKED: Final = ("√", "√", "√")
"""Planned in 2022, 2023 and 2024: the cells ``√ √ √`` of the Tahun Pelaksanaan columns."""


class _Output(NamedTuple):
    """One output (*output*) as written, with its three year cells."""

    text: str
    cells: tuple[str, str, str] = TICKED


_Sub = tuple[str, str, tuple[_Output, ...]]
"""A sub kegiatan: its number and name as written, and its outputs."""

_Kegiatan = tuple[str, str, tuple[_Sub, ...]]
"""A kegiatan: its number and name as written, and its sub kegiatan."""

# -- Page IV-44, area G. Penguatan Pengawasan.

# Continues a sub kegiatan of page IV-43: its No, Kegiatan and Sub Kegiatan are blank here.
_CARRIED: Final = _Output("laporan penanganan pengaduan masyarakat")

_G_K3: Final[_Kegiatan] = (
    "3",
    "Meningkatkan sistem integritas dalam upaya pencegahan KKN",
    (
        (
            "1",
            "Pembangunan Zona Integritas",
            (
                _Output("Pencanangan zona integritas"),
                _Output("laporan pembangunan zona integritas"),
            ),
        ),
        (
            "2",
            "Pengendalian gratifikasi",
            (
                _Output("laporan evaluasi atas kebijakan penanganan gratifikasi"),
                _Output("laporan public campaign"),
                _Output("laporan penanganan gratifikasi"),
            ),
        ),
        (
            "3",
            "pembangunan dan penerapan penyelenggaraan SPIP",
            (
                # No √ on the lines of these three outputs in the extraction: read as
                # ticked in every year, as IV-44 has nine √ √√ groups for nine outputs.
                _Output("dokumen penilaian risiko OPD"),
                _Output("laporan kegiatan internalisasi"),
                _Output("laporan evaluasi dan monitoring penyelenggaraan SPIP"),
            ),
        ),
    ),
)

# -- Page IV-45, area H. Peningkatan Kualitas Pelayanan Publik.

_H_K1: Final[_Kegiatan] = (
    "1",
    "Peningkatan indeks kepuasan masyarakat terhadap penyelenggaraan pelayanan publik",
    (
        (
            "1",
            "Penyusunan Kebijakan standar pelayanan.",
            (
                # One output over three lines: the title of the regent's regulation drafted.
                _Output(
                    "Dokumen Peraturan Bupati Pedoman Standar Kualitas Pelayanan pelayan publik."
                ),
            ),
        ),
        ("2", "Budaya pelayanan prima", (_Output("Pelayanan prima"),)),
        (
            "3",
            "Peningkatan sarana pelayanan publik terpusat.",
            # No √ on this output's line in the extraction: read as ticked in every year,
            # as IV-45 has six √ √√ groups for six outputs.
            (_Output("Mall Pelayanan Publik."),),
        ),
        (
            "4",
            "Survey kepuasan terhadap pelayanan publik",
            (_Output("Dokumen Hasil survei kepuasan masyarakat dapat diakses secara terbuka"),),
        ),
        (
            "5",
            "Pemanfaatan teknologi informasi.",
            (_Output("Inovasi pelayanan publik yang responsif"),),
        ),
        # No √ on this output's line in the extraction: read as ticked, as "Mall Pelayanan
        # Publik." above.
        ("6", "Pengelolaan pengaduan", (_Output("Laporan pengaduan"),)),
    ),
)


def _row(id: str, output: _Output) -> Action:
    """An output as a row of the action plan: its result and its tick per year."""
    return Action(
        id=id,
        result=Result(id=f"{id}-output", text=output.text),
        targets=Target.of(PERIOD.start, *output.cells),
    )


def _activity(area: str, data: _Kegiatan) -> Activity:
    """A kegiatan with its sub kegiatan, whose rows are their outputs."""
    label, name, subs = data
    activity_id = f"{area}-k{label}"
    return Activity(
        id=activity_id,
        label=label,
        name=name,
        sub_activities=[
            SubActivity(
                id=f"{activity_id}-s{sub_label}",
                label=sub_label,
                name=sub_name,
                actions=[
                    _row(f"{activity_id}-s{sub_label}-{i}", output)
                    for i, output in enumerate(outputs, start=1)
                ],
            )
            for sub_label, sub_name, outputs in subs
        ],
    )


_EXCERPT: Final = (
    "Kutipan halaman IV-44 dan IV-45 saja / An excerpt of pages IV-44 and IV-45 only: "
)

_WAIVERS: Final = (
    Waiver(
        code="RB102",
        entity_id="kabupaten-klaten-2022-2024",
        reason=_EXCERPT + "area A-F ada di halaman sebelumnya / areas A to F are on earlier pages",
    ),
    Waiver(
        code="RB703",
        entity_id="pengawasan",
        reason=_EXCERPT + "area A-F ada di halaman sebelumnya / areas A to F are on earlier pages",
    ),
    Waiver(
        code="RB703",
        entity_id="pengawasan-k3",
        reason=_EXCERPT + "kegiatan 1 dan 2 area G ada di halaman sebelumnya / kegiatan 1 and 2 "
        "of area G are on earlier pages",
    ),
    Waiver(
        code="RB705",
        entity_id="kabupaten-klaten-2022-2024",
        reason=_EXCERPT + "tahapan ada di bab lain / the stages are in another chapter",
    ),
)


def klaten() -> RoadMap:
    """Return the excerpt of the Kabupaten Klaten road map 2022-2024, pages IV-44 and IV-45.

    A new road map on each call. See the module's documentation for what the
    excerpt holds, how the two pages were read and what they leave out.

    >>> roadmap = klaten()
    >>> [s.name for s in roadmap.entity("pengawasan-k3").sub_activities]
    ['Pembangunan Zona Integritas', 'Pengendalian gratifikasi', 'pembangunan dan penerapan penyelenggaraan SPIP']
    >>> roadmap.action("pelayanan-publik-k1-s3-1").result.text
    'Mall Pelayanan Publik.'
    """
    return RoadMap(
        id="kabupaten-klaten-2022-2024",
        government="Kabupaten Klaten",
        title="Road Map Reformasi Birokrasi Kabupaten Klaten Tahun 2022-2024",
        period=PERIOD,
        area_set="permenpanrb-25-2020",
        areas=[
            Area(
                id="pengawasan",
                label="G",
                # Not printed on IV-44 (the heading is on an earlier page): the area set's name.
                name="Penguatan Pengawasan",
                standard="pengawasan",
                # The row's id is the one `rb.tables.read_plan` gives it: the first row
                # of area G read from these pages.
                actions=[_row("pengawasan-1", _CARRIED)],
                activities=[_activity("pengawasan", _G_K3)],
            ),
            Area(
                id="pelayanan-publik",
                label="H",
                name="PENINGKATAN KUALITAS PELAYANAN PUBLIK",  # the page's heading, as printed
                standard="pelayanan-publik",
                activities=[_activity("pelayanan-publik", _H_K1)],
            ),
        ],
        profile=Profile(columns=[Column.RESULT, Column.TARGET]),
        waivers=_WAIVERS,
    )
