"""Synthetic road maps (*road map sintetis*): a national portfolio made up, for scale.

The national evaluator and the provinces look at all their governments at once:
about 630 bodies (ministries, provinces, regencies, cities and agencies), each
with a road map of about 100 rows and five years of targets, and every year the
values each body reached. `synthetic_portfolio` makes such a portfolio up, as
the plain data of the documented document format (see the page *Document
format*), so that an application, a notebook or a benchmark can be tried at
national scale without real data:

```python
import rbroadmap as rb

entry = rb.samples.synthetic_roadmap(7, rows=20)
roadmap = rb.from_dict(entry["roadmap"], rb.RoadMap)
realizations = rb.from_dict(entry["realizations"], rb.Realizations)
```

**Made up, but shaped like the real thing.** Every road map follows the eight
areas of PermenPAN-RB 11/2015 over five years, with the schedules the Kota
Probolinggo road map shows (cumulative ``25% 35% 60% 80% 100%``, steady
``100%``, one-off, periodic, ending early, growing counts ``3 OPD`` to
``39 OPD``, ``IRB 70`` scores, lower-is-better and qualitative targets), merged
cells (``shares``), budgets written as ``150.000.000,-`` or as whole numbers,
programmes named by name, id or alias, and a registry of units. The
realisations cover the first three years, each recorded in the January after
it, with some left unreported. Texts are composed from a small vocabulary, so
the rules find what they would find in a hastily written road map: similar
wordings, a few missing budgets.

**Deterministic.** The same arguments always give the same data, on every
machine and Python version: the variety comes from an integer hash of the
arguments, not from a random generator or the clock. Road map *number* of a
portfolio does not depend on the others, so a worker process can make its own
share (`synthetic_roadmap`).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Final, TypeVar

from rbroadmap._checks import argument, bad_argument
from rbroadmap.messages import Message

__all__ = ["NATIONAL_BODIES", "synthetic_portfolio", "synthetic_roadmap"]

T = TypeVar("T")

NATIONAL_BODIES: Final = 630
"""About how many government bodies run a reform road map: the default portfolio size."""

_MASK: Final = (1 << 64) - 1
_YEARS: Final = 5
_REPORTED: Final = 3

# How many bodies of each kind, in portfolio order: 34 ministries, 38 provinces,
# 416 regencies, 98 cities, and agencies after them.
_KINDS: Final = (
    (34, "Kementerian", "kementerian"),
    (38, "Provinsi", "provinsi"),
    (416, "Kabupaten", "kabupaten"),
    (98, "Kota", "kota"),
)
_FIRST: Final = ("Suka", "Tanjung", "Batu", "Karang", "Sumber", "Lubuk", "Muara", "Pasir", "Bukit")
_FIRST_MORE: Final = ("Rejo", "Wono", "Banyu", "Gunung", "Kali", "Sido", "Tegal", "Talang", "Ujung")
_SECOND: Final = (
    "jaya",
    "maju",
    "makmur",
    "asri",
    "indah",
    "sari",
    "mulya",
    "agung",
    "raya",
    "baru",
    "harjo",
    "kencana",
    "permai",
    "lestari",
    "sejahtera",
    "utama",
    "tengah",
    "timur",
    "barat",
    "selatan",
    "utara",
    "wangi",
    "mas",
    "abadi",
    "damai",
)
_MINISTRIES: Final = (
    "Dalam Negeri",
    "Keuangan",
    "Kesehatan",
    "Pendidikan",
    "Pertanian",
    "Perhubungan",
    "Sosial",
    "Agama",
    "Perindustrian",
    "Perdagangan",
    "Ketenagakerjaan",
    "Lingkungan Hidup",
    "Kelautan dan Perikanan",
    "Pariwisata",
    "Koperasi dan UKM",
    "Desa",
    "Energi",
    "Luar Negeri",
    "Pertahanan",
    "Hukum dan HAM",
    "Sekretariat Negara",
    "Perencanaan Pembangunan Nasional",
    "Pendayagunaan Aparatur Negara",
    "Badan Usaha Milik Negara",
    "Komunikasi dan Informatika",
    "Pekerjaan Umum",
    "Agraria dan Tata Ruang",
    "Pemuda dan Olahraga",
    "Riset dan Teknologi",
    "Investasi",
    "Kehutanan",
    "Pemberdayaan Perempuan",
    "Transmigrasi",
    "Ekonomi Kreatif",
)

# The eight areas of PermenPAN-RB 11/2015, with the topics their rows are about.
_AREAS: Final = (
    (
        "organisasi",
        "Penataan dan Penguatan Organisasi",
        (
            "tugas dan fungsi OPD",
            "struktur organisasi perangkat daerah",
            "uraian jabatan struktural",
            "kelembagaan unit pelaksana teknis",
            "pelimpahan kewenangan urusan",
            "peta jabatan fungsional",
        ),
    ),
    (
        "tatalaksana",
        "Tatalaksana",
        (
            "standar operasional prosedur",
            "peta proses bisnis",
            "sistem arsip elektronik",
            "tata naskah dinas",
            "e-government terpadu",
            "keterbukaan informasi publik",
        ),
    ),
    (
        "peraturan",
        "Peraturan Perundang-undangan",
        (
            "harmonisasi peraturan daerah",
            "jaringan dokumentasi hukum",
            "kajian peraturan kepala daerah",
            "deregulasi kebijakan perizinan",
            "penyuluhan hukum aparatur",
            "evaluasi produk hukum",
        ),
    ),
    (
        "sdm",
        "Sumber Daya Manusia Aparatur",
        (
            "analisis beban kerja pegawai",
            "sistem merit kepegawaian",
            "penilaian kinerja individu",
            "diklat kepemimpinan",
            "data kepegawaian elektronik",
            "pola karier pegawai",
        ),
    ),
    (
        "pengawasan",
        "Pengawasan",
        (
            "sistem pengendalian intern pemerintah",
            "tindak lanjut temuan pemeriksaan",
            "zona integritas menuju WBK",
            "pengendalian gratifikasi",
            "whistleblowing system",
            "kapabilitas APIP",
        ),
    ),
    (
        "akuntabilitas",
        "Akuntabilitas Kinerja",
        (
            "indikator kinerja utama",
            "perjanjian kinerja",
            "laporan kinerja instansi",
            "cascading kinerja OPD",
            "evaluasi SAKIP",
            "e-budgeting berbasis kinerja",
        ),
    ),
    (
        "pelayanan-publik",
        "Pelayanan Publik",
        (
            "standar pelayanan publik",
            "survei kepuasan masyarakat",
            "pengaduan masyarakat",
            "mal pelayanan publik",
            "inovasi pelayanan",
            "perizinan berbasis elektronik",
        ),
    ),
    (
        "pola-pikir",
        "Pola Pikir dan Budaya Kerja Aparatur",
        (
            "budaya kerja aparatur",
            "agen perubahan",
            "kode etik pegawai",
            "role model pimpinan",
            "disiplin kehadiran pegawai",
            "gerakan hidup sederhana",
        ),
    ),
)
_VERBS: Final = (
    "Penyusunan",
    "Penataan",
    "Evaluasi",
    "Pengembangan",
    "Sosialisasi",
    "Penguatan",
    "Pemantauan",
    "Penerapan",
    "Reviu",
    "Digitalisasi",
)
_SCOPES: Final = (
    "pada seluruh OPD",
    "di lingkungan pemerintah",
    "secara berkala",
    "berbasis elektronik",
    "sesuai ketentuan",
    "secara terpadu",
    "bagi seluruh pegawai",
    "pada unit pelayanan",
)
_ASPECTS: Final = (
    "kebijakan",
    "pedoman teknis",
    "aplikasi pendukung",
    "ketersediaan data",
    "kompetensi pengelola",
    "dukungan anggaran",
    "koordinasi antar unit",
    "sarana dan prasarana",
    "pemantauan berkala",
    "pelaporan hasil",
    "regulasi daerah",
    "partisipasi masyarakat",
    "komitmen pimpinan",
    "standar mutu",
    "integrasi sistem",
    "sosialisasi kepada pegawai",
)
_PROBLEMS: Final = (
    "Belum optimalnya {topic} {scope}",
    "Masih terdapat kendala dalam {topic}",
    "Kurangnya pemahaman tentang {topic}",
    "Belum tersedianya {topic} yang memadai",
    "Rendahnya kualitas {topic}",
)
_RESULTS: Final = (
    "Dokumen {topic}",
    "Laporan {verb} {topic}",
    "Terlaksananya {verb} {topic}",
    "Peraturan kepala daerah tentang {topic}",
)
_PROGRAMMES: Final = (
    ("program-kelembagaan", "Program peningkatan kapasitas kelembagaan", "Program kelembagaan"),
    ("program-tatalaksana", "Program penataan tatalaksana", "Program tatalaksana"),
    ("program-aparatur", "Program peningkatan kapasitas sumber daya aparatur", "Program SDM"),
    ("program-pengawasan", "Program peningkatan sistem pengawasan internal", "Program SPI"),
    ("program-kinerja", "Program peningkatan akuntabilitas kinerja", "Program SAKIP"),
    ("program-pelayanan", "Program peningkatan kualitas pelayanan publik", "Program pelayanan"),
)
# The programme each area's rows usually fall under.
_AREA_PROGRAMME: Final = (0, 1, 1, 2, 3, 4, 5, 2)
_REGIONAL_UNITS: Final = (
    ("setda", "Setda", "Sekretariat Daerah", None),
    ("bag-organisasi", "Bag. Organisasi Setda", "Bagian Organisasi", "setda"),
    ("bag-hukum", "Bag. Hukum Setda", "Bagian Hukum", "setda"),
    ("bkpsdm", "BKPSDM", "Badan Kepegawaian dan Pengembangan SDM", None),
    ("bappeda", "BAPPEDA", "Badan Perencanaan Pembangunan Daerah", None),
    ("bppkad", "BPPKAD", "Badan Pengelolaan Keuangan dan Aset Daerah", None),
    ("diskominfo", "Diskominfo", "Dinas Komunikasi dan Informatika", None),
    ("dpmptsp", "DPMPTSP", "Dinas Penanaman Modal dan PTSP", None),
    ("inspektorat", "Inspektorat", "Inspektorat Daerah", None),
    ("dinkes", "Dinas Kesehatan", "Dinkes", None),
)
_CENTRAL_UNITS: Final = (
    ("setjen", "Sekretariat Jenderal", "Setjen", None),
    ("biro-organisasi", "Biro Organisasi dan Tata Laksana", "Biro Ortala", "setjen"),
    ("biro-hukum", "Biro Hukum", "Biro Hukum dan Humas", "setjen"),
    ("biro-sdm", "Biro SDM", "Biro Kepegawaian", "setjen"),
    ("biro-perencanaan", "Biro Perencanaan", "Roren", "setjen"),
    ("biro-keuangan", "Biro Keuangan", "Biro Keuangan dan BMN", "setjen"),
    ("pusdatin", "Pusdatin", "Pusat Data dan Informasi", None),
    ("itjen", "Inspektorat Jenderal", "Itjen", None),
    ("ditjen-pelayanan", "Direktorat Jenderal Pelayanan", "Ditjen Pelayanan", None),
    ("bpsdm", "BPSDM", "Badan Pengembangan SDM", None),
)
# Which units each area's rows usually name (indices into the lists above).
_AREA_UNITS: Final = ((1,), (1, 6), (2,), (3,), (8,), (4, 1), (7, 9), (3, 0))


def _mix(*keys: int) -> int:
    """A 64-bit hash of whole numbers (SplitMix64 steps): the same on every machine."""
    h = 0x9E3779B97F4A7C15
    for key in keys:
        h = ((h ^ (key & _MASK)) * 0xBF58476D1CE4E5B9) & _MASK
        h ^= h >> 31
        h = (h * 0x94D049BB133111EB) & _MASK
        h ^= h >> 29
    return h


def _pick(options: Sequence[T], *keys: int) -> T:
    return options[_mix(*keys) % len(options)]


def _name(number: int) -> tuple[str, str]:
    """The name of body *number* and the stem of its id."""
    offset = 0
    for size, kind, slug in _KINDS:
        if number < offset + size:
            local = number - offset
            if kind == "Kementerian":
                subject = _MINISTRIES[local % len(_MINISTRIES)]
                round_ = local // len(_MINISTRIES)
                subject += f" {'I' * (round_ + 1)}" if round_ else ""
                return f"Kementerian {subject}", f"{slug}-{_slug(subject)}"
            return _place(kind, slug, local)
        offset += size
    return _place("Badan", "badan", number - offset)


def _place(kind: str, slug: str, number: int) -> tuple[str, str]:
    firsts = (*_FIRST, *_FIRST_MORE)
    combos = len(firsts) * len(_SECOND)
    index = (number * 7) % combos  # 7 is prime to the count: every body a name of its own
    first, second = firsts[index // len(_SECOND)], _SECOND[index % len(_SECOND)]
    place = f"{first}{second}"
    extra = number // combos
    if extra:
        place += f" {extra + 1}"
    return f"{kind} {place}", f"{slug}-{_slug(place)}"


def _slug(text: str) -> str:
    return "-".join(text.casefold().split())


def _number(value: Decimal) -> str:
    """A number in Indonesian notation: ``57,5``."""
    text = format(value.normalize(), "f")
    return text.replace(".", ",")


# -- target schedules: (cells, direction, realised values for the first years)

_Schedule = tuple[list[str], str | None, list[str]]


def _percent_series(cells: Sequence[int | str], factors: Sequence[Decimal]) -> _Schedule:
    texts = [c if isinstance(c, str) else f"{c}%" for c in cells]
    realised = []
    for cell, factor in zip(cells, factors, strict=False):
        if isinstance(cell, str):
            realised.append("-")
        else:
            value = min(Decimal(100), (Decimal(cell) * factor * 2).quantize(Decimal(1)) / 2)
            realised.append(f"{_number(value)}%")
    return texts, None, realised


def _schedule(kind: int, h: int, opd: int, factors: Sequence[Decimal]) -> _Schedule:
    if kind < 35:  # cumulative percentages, the commonest shape
        cumulative = _pick(
            (
                (25, 35, 60, 80, 100),
                (20, 40, 60, 80, 100),
                (10, 30, 50, 75, 100),
                (50, 60, 70, 85, 100),
            ),
            h,
        )
        return _percent_series(cumulative, factors)
    if kind < 50:  # steady
        return _percent_series((100,) * _YEARS, factors)
    if kind < 56:  # one-off
        at = 1 + h % 3
        return _percent_series(["-" if i != at else 100 for i in range(_YEARS)], factors)
    if kind < 62:  # periodic
        return _percent_series(["-", 100, "-", 100, "-"], factors)
    if kind < 68:  # ending early
        return _percent_series([50, 75, 100, "-", "-"], factors)
    if kind < 80:  # growing counts of OPD
        steps = [max(1, opd * k // 12) for k in (1, 3, 6, 9, 12)]
        realised = [f"{min(opd, int(s * f))} OPD" for s, f in zip(steps, factors, strict=False)]
        return [f"{s} OPD" for s in steps], None, realised
    if kind < 86:  # an index score
        base = Decimal(60 + h % 12)
        scores = [base + Decimal(3) * i for i in range(_YEARS)]
        realised = [
            f"IRB {_number((c * (1 + (f - 1) / 4)).quantize(Decimal('0.1')))}"
            for c, f in zip(scores, factors, strict=False)
        ]
        return [f"IRB {_number(c)}" for c in scores], None, realised
    if kind < 92:  # lower is better
        cells_l = [12, 10, 8, 6, 4]
        realised = [
            f"{_number((Decimal(c) * (2 - f)).quantize(Decimal('0.1')))}%"
            for c, f in zip(cells_l, factors, strict=False)
        ]
        return [f"{c}%" for c in cells_l], "lower", realised
    if kind < 96:  # a steady count of something else
        unit, size = _pick((("Orang", 10 + h % 40), ("Unit", 1 + h % 3), ("Dokumen", 2)), h, 3)
        realised = [f"{max(0, int(size * f))} {unit}" for f in factors]
        return [f"{size} {unit}"] * _YEARS, None, realised
    # qualitative: an unqualified audit opinion every year
    realised = ["WTP" if f >= 1 else "tidak tercapai" for f in factors]
    return ["WTP"] * _YEARS, None, realised


def _factors(h: int) -> list[Decimal]:
    """How far each reported year's value falls from its target: 0.6 to 1.1."""
    return [Decimal(60 + _mix(h, year) % 51) / 100 for year in range(_REPORTED)]


def _budget(h: int) -> str | int:
    millions = 25 + (h >> 8) % 30 * 25
    amount = millions * 1_000_000
    style = h % 4
    if style == 0:
        return amount
    grouped = f"{amount:,}".replace(",", ".")
    if style == 3:
        return f"Rp {grouped},00"
    return f"{grouped},-"


def synthetic_roadmap(
    number: int, *, rows: int = 100, start: int = 2018, seed: int = 0
) -> dict[str, Any]:
    """Make up road map *number* of a national portfolio, with its realisations.

    Args:
        number: The body's number in the portfolio, from 0: numbers 0-33 are
            ministries, 34-71 provinces, 72-487 regencies, 488-585 cities, and
            agencies after them.
        rows: The number of rows of its action plan, spread over the eight
            areas of change.
        start: The first year of its five-year period.
        seed: Another seed gives other data of the same shape.

    Returns:
        Plain data: ``{"roadmap": ..., "realizations": ...}``, a road map
        document that `rbroadmap.from_dict` reads as a `rbroadmap.RoadMap`, and
        the realised values of its first three years, which it reads as
        `rbroadmap.Realizations`.

    Examples:
        >>> entry = synthetic_roadmap(500, rows=16)
        >>> entry["roadmap"]["government"], len(entry["roadmap"]["areas"])
        ('Kota Karangbaru', 8)
        >>> entry["roadmap"]["areas"][0]["actions"][0]["targets"]
        {'2018': '20%', '2019': '40%', '2020': '60%', '2021': '80%', '2022': '100%'}
    """
    for name, given in (("number", number), ("rows", rows), ("start", start), ("seed", seed)):
        argument("synthetic_roadmap", name, given, int, Message("bilangan bulat", "an int"))
    if rows < 0:
        raise bad_argument(
            "synthetic_roadmap", "rows", rows, Message("harus 0 atau lebih", "must be zero or more")
        )
    government, stem = _name(number)
    central = number < _KINDS[0][0]
    end = start + _YEARS - 1
    years = [str(start + i) for i in range(_YEARS)]
    base = _mix(seed, number)
    unit_table = _CENTRAL_UNITS if central else _REGIONAL_UNITS
    opd = 12 + base % 40
    unit_names = [u[1] for u in unit_table]
    all_units = "seluruh unit kerja" if central else "seluruh OPD"
    realizations: list[dict[str, Any]] = []
    areas = []
    for a, (area_id, area_name, topics) in enumerate(_AREAS):
        count = rows // len(_AREAS) + (1 if a < rows % len(_AREAS) else 0)
        actions: list[dict[str, Any]] = []
        for j in range(1, count + 1):
            h = _mix(base, a, j)
            row_id = f"{area_id}-{j}"
            topic = topics[(j + h % 2) % len(topics)]
            verb = _VERBS[(j * 3 + a + base) % len(_VERBS)]
            scope = _SCOPES[(j * 5 + base // 7) % len(_SCOPES)]
            aspect = _pick(_ASPECTS, h, 8)
            means = _pick(_ASPECTS, h, 9)
            problem = _pick(_PROBLEMS, h, 1).format(topic=topic, scope=scope)
            action: dict[str, Any] = {
                "id": row_id,
                "problems": [{"id": f"{row_id}-masalah", "text": f"{problem}, terutama {aspect}"}],
                "text": f"{verb} {topic} {scope} melalui {means}",
            }
            if j > 1 and h % 100 < 12:  # merged cells: the row above covers this one's blanks
                action["shares"] = f"{area_id}-{j - 1}"
                actions.append(action)
                continue
            result = _pick(_RESULTS, h, 2).format(topic=topic, verb=verb.casefold())
            action["result"] = {"id": f"{row_id}-hasil", "text": f"{result} ({aspect})"}
            action["expected_condition"] = f"{topic[0].upper()}{topic[1:]} yang efektif {scope}"
            kind = h % 100
            cells, direction, realised = _schedule(kind, h >> 16, opd, _factors(h))
            targets: dict[str, str] = dict(zip(years, cells, strict=True))
            if direction is not None:
                targets["direction"] = direction
            action["targets"] = targets
            programme_id, name, alias = _PROGRAMMES[_AREA_PROGRAMME[a]]
            action["programme"] = _pick((name, name, name, programme_id, alias), h, 4)
            budget = _budget(_mix(h, 5))
            if h % 50 != 7:  # now and then a budget cell left blank
                action["budget"] = budget
            picked = [unit_names[i] for i in _AREA_UNITS[a]]
            if h % 10 == 3:
                picked.append(f"di {all_units}")
            action["units"] = picked[: 2 if h % 7 == 0 else 1]  # one row in seven names two
            actions.append(action)
            amount = budget if isinstance(budget, int) else None
            for y, value in enumerate(realised):
                if value == "-" or _mix(h, y, 6) % 100 < 5:  # some values are not reported
                    continue
                entry: dict[str, Any] = {
                    "target_id": row_id,
                    "year": start + y,
                    "value": value,
                    "recorded": f"{start + y + 1}-01-31",
                }
                if amount is not None and "budget" in action:
                    entry["spent"] = amount * (70 + _mix(h, y, 7) % 30) // 100
                realizations.append(entry)
        areas.append(
            {
                "id": area_id,
                "number": a + 1,
                "name": area_name,
                "standard": area_id,
                "improvements": [
                    {"label": chr(ord("a") + k), "text": f"Penataan {topic};"}
                    for k, topic in enumerate(topics[:3])
                ],
                "goals": [
                    {
                        "id": f"{area_id}-sasaran-1",
                        "text": f"{area_name} yang efektif, efisien dan akuntabel",
                    }
                ],
                "actions": actions,
            }
        )
    registry_units = []
    for unit_id, name, alias, parent in unit_table:
        unit: dict[str, Any] = {"id": unit_id, "name": name, "aliases": [alias]}
        if parent is not None:
            unit["parent"] = parent
        registry_units.append(unit)
    roadmap = {
        "format_version": 1,
        "id": f"{stem}-{start}-{end}",
        "government": government,
        "title": f"Road Map Reformasi Birokrasi {government} {start}-{end}",
        "period": {"start": start, "end": end},
        "area_set": "permenpanrb-11-2015",
        "goals": [
            {"id": "sasaran-umum-1", "text": "Birokrasi yang bersih dan akuntabel"},
            {"id": "sasaran-umum-2", "text": "Birokrasi yang efektif dan efisien"},
            {
                "id": "sasaran-umum-3",
                "text": "Birokrasi yang memiliki pelayanan publik berkualitas",
            },
        ],
        "areas": areas,
        "stages": [
            {
                "id": f"tahap-{year}",
                "year": int(year),
                "description": f"Tahap {i + 1} pelaksanaan reformasi birokrasi",
                "steps": [{"label": "1", "text": f"Pelaksanaan rencana aksi tahun {year}"}],
            }
            for i, year in enumerate(years)
        ],
        "programmes": [
            {
                "id": programme_id,
                "number": i + 1,
                "name": name,
                "activities": [{"text": f"Kegiatan pendukung {name.casefold()}"}],
                "aliases": [alias],
            }
            for i, (programme_id, name, alias) in enumerate(_PROGRAMMES)
        ],
        "teams": [
            {
                "id": "tim-pengarah",
                "number": "1",
                "name": "Tim Pengarah",
                "duties": [{"label": "a", "text": "Memberikan arahan pelaksanaan reformasi"}],
                "members": [
                    {"role": "chair", "holder": "Menteri" if central else "Kepala Daerah"},
                    {"role": "secretary", "holder": unit_names[0]},
                ],
            }
        ],
        "units": {
            "units": registry_units,
            "groups": [
                {
                    "id": "seluruh-unit",
                    "name": all_units,
                    "aliases": [f"di {all_units}"],
                    "members": [u[0] for u in unit_table],
                    "size": opd,
                    "unit": "OPD",
                }
            ],
        },
    }
    return {"roadmap": roadmap, "realizations": {"items": realizations}}


def synthetic_portfolio(
    count: int = NATIONAL_BODIES, *, rows: int = 100, start: int = 2018, seed: int = 0
) -> list[dict[str, Any]]:
    """Make up a national portfolio (*portofolio nasional*) of road maps, with realisations.

    Args:
        count: How many road maps (bodies); by default `NATIONAL_BODIES`.
        rows: The number of action plan rows of each road map.
        start: The first year of their five-year period.
        seed: Another seed gives other data of the same shape.

    Returns:
        One entry per body, in order, as `synthetic_roadmap` makes it:
        ``{"roadmap": <document>, "realizations": <realisations>}``, all plain
        data.

    Examples:
        >>> portfolio = synthetic_portfolio(3, rows=8)
        >>> [entry["roadmap"]["id"] for entry in portfolio]
        ['kementerian-dalam-negeri-2018-2022', 'kementerian-keuangan-2018-2022', 'kementerian-kesehatan-2018-2022']
    """
    return [synthetic_roadmap(n, rows=rows, start=start, seed=seed) for n in range(count)]
